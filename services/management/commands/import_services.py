"""Import services from HSDS 3 JSON (format: docs/open-data.md).

    python manage.py import_services services.json [more.json …] [--locale de]

A file may hold the API's list envelope, a bare list of services or one
service. Each service is imported in its own savepoint: a bad one is reported
with its id and field and leaves nothing behind, the others are imported. A
file that cannot be read (not JSON, nested too deeply, over
IMPORT_SERVICES_MAX_FILE_SIZE) is reported by name and the next file imported.
The command exits non-zero if any file or service failed. Re-importing
unchanged data adds no revision.

Records are imported in batches of IMPORT_SERVICES_BATCH_SIZE, each batch in
one transaction, indexed for the search once and the page cache bumped once
(home/bulk.py); the terms, areas and locations that records repeat are
imported once a batch (home/memo.py); the new services' history entries and
relations are written together (home/bulk_writes.py). On a terminal a progress
line shows the count, the rate and the time left.
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation

from home.bulk import deferred_indexing
from home.bulk_pages import published_together, write_pending
from home.import_source import size_text, too_large
from home.memo import forget, remembering
from home.progress import Progress
from services.hsds_import import RecordError, import_service, link_related, records_from
from services.hsds_import.values import parse_uuid


class Command(BaseCommand):
    help = "Import services from an HSDS 3 JSON file (the API's format), idempotent by id."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE.json")
        parser.add_argument(
            "--locale",
            help="the language of services that have no x_locale (default: LANGUAGE_CODE)",
        )
        parser.add_argument(
            "--allow-duplicate-title",
            action="store_true",
            help="create a service with a new id even if one of that name exists",
        )

    def handle(self, *args, files, locale=None, **options):
        # Output is for operators: English, whatever LANGUAGE_CODE says.
        with translation.override("en"):
            failed = []
            for file in files:
                try:
                    self.import_file(Path(file), locale, options)
                except CommandError as error:
                    if len(files) == 1:
                        raise
                    failed.append(file)
                    self.stderr.write(str(error))
            if failed:
                raise CommandError(
                    f"{len(failed)} of {len(files)} files failed: {', '.join(failed)}"
                )

    def import_file(self, path, locale, options):
        try:
            message = too_large(path, settings.IMPORT_SERVICES_MAX_FILE_SIZE)
            if message:
                raise CommandError(f"{path}: {message}")
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise CommandError(f"{path}: no such file") from None
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"{path}: cannot read the file: {error}") from None
        except RecursionError:
            raise CommandError(f"{path}: nested too deeply to read") from None
        except json.JSONDecodeError as error:
            raise CommandError(
                f"{path}: not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
            ) from None
        try:
            records = records_from(data)
        except RecordError as error:
            raise CommandError(f"{path}: {error}") from None

        counts = {"created": 0, "updated": 0, "unchanged": 0, "exists": 0}
        failed, imported = [], []
        progress = Progress(self.stderr, len(records), "services")
        self.progress = progress
        for batch in batches(list(enumerate(records, 1)), settings.IMPORT_SERVICES_BATCH_SIZE):
            # One transaction and one round of search indexing per batch; each record
            # still in a savepoint of its own, so a bad one leaves nothing behind.
            seen = set()
            with (
                transaction.atomic(),
                deferred_indexing(),
                remembering(),
                published_together(),
            ):
                for number, record in batch:
                    key = record_key(record)
                    if key is not None and key in seen:
                        # Another language of a service of this batch, or the same
                        # one twice: its page is read back, with its relations.
                        write_pending()
                    seen.add(key)
                    result, label = self.import_record(path, record, number, locale, options)
                    progress.step()
                    if result is None:
                        failed.append(label)
                        forget()  # its savepoint took back what it created
                        continue
                    counts[result.action] += 1
                    if result.action != "exists":
                        imported.append((result, record, label))
        progress.finish()

        # Related services may refer to services later in the file, or to a service whose
        # version in this language came later: link them now (a second revision only where
        # a link changed), so that a second run of the same file changes nothing.
        relinked = [item for item in imported if item[1].get("x_related_services")]
        for batch in batches(relinked, settings.IMPORT_SERVICES_BATCH_SIZE):
            with transaction.atomic(), deferred_indexing():
                for result, record, label in batch:
                    missing = link_related(result.page, record)
                    for key in missing or []:
                        self.stderr.write(
                            f"{path.name}: {label}: x_related_services: no page with the id "
                            f"{key} (left out)"
                        )

        summary = ", ".join(f"{count} {action}" for action, count in counts.items())
        if failed:
            raise CommandError(f"{len(failed)} of {len(records)} services failed ({summary}).")
        self.stdout.write(self.style.SUCCESS(f"{len(records)} services imported ({summary})."))

    def import_record(self, path, record, number, locale, options):
        """(the Result, the record's label); no Result when the record failed."""
        label = self.label(record, number)
        try:
            check_size(record)
            with transaction.atomic():
                result = import_service(record, locale, options.get("allow_duplicate_title", False))
        except RecordError as error:
            self.say(self.stderr, f"{path.name}: {label}: {error}")
            return None, label
        except Exception as error:
            if options.get("traceback"):
                raise
            self.say(
                self.stderr,
                f"{path.name}: {label}: unexpected error: {type(error).__name__}: {error}",
            )
            return None, label
        for warning in result.warnings:
            self.say(self.stderr, f"{path.name}: {label}: warning: {warning}")
        if result.action == "exists":
            url = result.page.get_full_url() or result.page.url_path
            self.say(
                self.stdout,
                f"{label}: exists as {url}, not created (--allow-duplicate-title creates it)",
            )
        elif options["verbosity"] > 1 or result.action != "unchanged":
            self.say(self.stdout, f"{result.action} {label}: {result.page.title}")
        return result, label

    def say(self, stream, text):
        """A message on its own line, not written into the progress line."""
        self.progress.clear()
        stream.write(text)

    @staticmethod
    def label(record, number):
        service_id = record.get("id") if isinstance(record, dict) else None
        return f"service {service_id}" if service_id else f"service #{number} (no id)"


def record_key(record):
    """The record's id as import_service() reads it; None if it has none."""
    try:
        return parse_uuid(record.get("id"), "id")
    except (AttributeError, RecordError):
        return None


def batches(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def check_size(record):
    """A record over IMPORT_SERVICES_MAX_RECORD_SIZE (as JSON) is refused before
    any work: one huge description must not hold the run for minutes."""
    limit = settings.IMPORT_SERVICES_MAX_RECORD_SIZE
    try:
        size = len(json.dumps(record, ensure_ascii=False).encode())
    except RecursionError:
        raise RecordError("service", "nested too deeply") from None
    if size > limit:
        raise RecordError(
            "service", f"the record has {size_text(size)} as JSON; the limit is {size_text(limit)}"
        )
