"""Import services from Finland's national service catalogue (PTV Open API v11 JSON).

    python manage.py import_ptv FILE_OR_DIR [more …] [--allow-duplicate-title]

Reads services, service channels and organisations from the files (one item, a
list, or a page of the API's list endpoints with `itemList`; a folder is read
with its sub-folders) and imports every service in each of the site's languages
among Finnish, Swedish and English, with its locations (service location
channels and their opening hours), phone numbers, e-service, links and its
responsible organisation, idempotent by PTV id. A bad service or channel is
reported with its file, id and field, the others are imported; what has no
field here is reported per field. Exits non-zero if anything failed.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale

from home.bulk import deferred_indexing
from home.progress import Progress
from services.hsds_import import RecordError, import_service
from services.ptv import read, service_records

from .import_services import batches, check_size


class Command(BaseCommand):
    help = "Import services from PTV (Finland's service catalogue) Open API v11 JSON."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
        parser.add_argument(
            "--allow-duplicate-title",
            action="store_true",
            help="create a service with a new id even if one of that name exists",
        )

    def handle(self, *args, paths, **options):
        # Output is for operators: English, whatever LANGUAGE_CODE says.
        with translation.override("en"):
            self.run(paths, options)

    def run(self, paths, options):
        self.options = options
        catalogue = read(paths)
        for problem in catalogue.problems:
            self.stderr.write(problem)
        site = [
            code
            for code, _name in settings.LANGUAGES
            if Locale.objects.filter(language_code=code).exists()
        ]
        self.counts = {"created": 0, "updated": 0, "unchanged": 0, "exists": 0}
        self.failed, self.reported = [], set()
        self.progress = Progress(self.stderr, len(catalogue.services), "services")
        for batch in batches(catalogue.services, settings.IMPORT_SERVICES_BATCH_SIZE):
            # One transaction and one round of search indexing per batch; each
            # language version of a service in a savepoint of its own.
            with transaction.atomic(), deferred_indexing():
                for item in batch:
                    self.import_item(item, catalogue, site)
                    self.progress.step()
        self.progress.finish()

        summary = ", ".join(f"{count} {action}" for action, count in self.counts.items())
        total = len(catalogue.services)
        if self.failed or catalogue.problems:
            raise CommandError(
                f"{len(self.failed)} of {total} services failed, "
                f"{len(catalogue.problems)} files or items unreadable ({summary})."
            )
        self.stdout.write(self.style.SUCCESS(f"{total} services imported ({summary})."))

    def import_item(self, item, catalogue, site):
        try:
            check_size(item.data)
            service = service_records(item, catalogue, site)
        except RecordError as error:
            self.say(self.stderr, f"{item.file}: {item.label}: {error}")
            self.failed.append(item.label)
            return
        except Exception as error:
            if self.options.get("traceback"):
                raise
            message = f"unexpected error: {type(error).__name__}: {error}"
            self.say(self.stderr, f"{item.file}: {item.label}: {message}")
            self.failed.append(item.label)
            return
        for channel, error in service.channel_errors.items():
            self.once(self.stderr, f"{channel.file}: {channel.label}: {error}")
        for channel, notes in service.channel_notes.items():
            for field, message in sorted(notes):
                where = f"{channel.file}: {channel.label}: {field}"
                self.once(self.stderr, f"{where}: not imported: {message}")
        for field, message in sorted(service.notes):
            self.say(self.stderr, f"{item.file}: {item.label}: {field}: not imported: {message}")
        failed = False
        for mapped in service.records:
            failed |= not self.import_record(item, mapped)
        if failed:
            self.failed.append(item.label)

    def import_record(self, item, mapped):
        where = f"{item.file}: {item.label} ({mapped.language})"
        try:
            with transaction.atomic():
                result = import_service(
                    mapped.record,
                    allow_duplicate_title=self.options.get("allow_duplicate_title", False),
                )
        except RecordError as error:
            self.say(self.stderr, f"{where}: {mapped.ptv_field(error.field)}: {error.message}")
            return False
        except Exception as error:
            if self.options.get("traceback"):
                raise
            self.say(self.stderr, f"{where}: unexpected error: {type(error).__name__}: {error}")
            return False
        self.counts[result.action] += 1
        if result.action == "exists":
            url = result.page.get_full_url() or result.page.url_path
            self.say(
                self.stdout,
                f"{where}: exists as {url}, not created (--allow-duplicate-title creates it)",
            )
        elif self.options["verbosity"] > 1 or result.action != "unchanged":
            self.say(self.stdout, f"{result.action} {where}: {result.page.title}")
        return True

    def once(self, stream, text):
        """A channel's message once, however many services link to it."""
        if text not in self.reported:
            self.reported.add(text)
            self.say(stream, text)

    def say(self, stream, text):
        """A message on its own line, not written into the progress line."""
        self.progress.clear()
        stream.write(text)
