"""Import pages from Markdown files with YAML front matter (format: docs/import-format.md).

    python manage.py import_content content/ more/page.md

Each file is imported in its own transaction: a bad file is reported (file,
line, field) and skipped, the others are imported, and the command exits
non-zero if any file failed. Re-importing a file updates its page and
publishes a new revision.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation

from home.import_source import ContentError, collect_files, import_order, read_source
from home.importing import import_source


class Command(BaseCommand):
    help = "Import pages from Markdown files with YAML front matter (files or folders of *.md)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="a .md file or a folder")
        parser.add_argument(
            "--allow-duplicate-title",
            action="store_true",
            help="create a page with a new key even if its parent has a page of that title",
        )

    def handle(self, *args, paths, **options):
        # Output is for operators: English, whatever LANGUAGE_CODE says.
        with translation.override("en"):
            return self.import_all(paths, options)

    def import_all(self, paths, options):
        files, missing = collect_files(paths)
        failed = [str(path) for path in missing]
        for path in missing:
            self.stderr.write(f"{path}: no such file or folder")
        total = len(files) + len(missing)
        if total == 0:
            raise CommandError("No .md files found in " + ", ".join(paths))

        sources = []
        for path in files:
            try:
                sources.append(read_source(path))
            except ContentError as error:
                self.fail(failed, path, error)

        claimed = {}
        for source in import_order(sources):
            try:
                with transaction.atomic():
                    result = import_source(
                        source, claimed, options.get("allow_duplicate_title", False)
                    )
            except ContentError as error:
                self.fail(failed, source.path, error)
                continue
            except Exception as error:
                if options.get("traceback"):
                    raise
                error = ContentError("page", f"unexpected error: {type(error).__name__}: {error}")
                self.fail(failed, source.path, error)
                continue
            page = result.page
            url = page.get_full_url() or page.url_path
            for warning in result.warnings:
                self.stderr.write(f"warning: {source.path}: {warning}")
            if result.action == "exists":
                self.stdout.write(
                    f"{source.path}: exists as {url}, not created "
                    "(--allow-duplicate-title creates it)"
                )
                continue
            note = f" ({result.note})" if result.note else ""
            self.stdout.write(f"{result.action} {source.path}: {url}{note}")

        if failed:
            raise CommandError(f"{len(failed)} of {total} files failed: {', '.join(failed)}")
        self.stdout.write(self.style.SUCCESS(f"{total} files imported."))

    def fail(self, failed, path, error):
        failed.append(str(path))
        self.stderr.write(error.describe(path))
