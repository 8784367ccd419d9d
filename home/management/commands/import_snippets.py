"""Import snippets, images and documents from YAML files (format: docs/import-format.md).

    python manage.py import_snippets content/snippets.yaml

Each object is imported in its own transaction: a bad one is reported (file, line,
field) and skipped, the others are imported, and the command exits non-zero if any
failed. A re-import changes only what differs.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import translation

from home.import_source import ContentError
from home.snippet_import import import_item, read_items


class Command(BaseCommand):
    help = "Import snippets, images and documents from YAML files."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="FILE", help="a .yaml file")

    def handle(self, *args, paths, **options):
        # Output is for operators: English, whatever LANGUAGE_CODE says.
        with translation.override("en"):
            return self.import_all(paths, options)

    def import_all(self, paths, options):
        failed, counts = [], {"created": 0, "updated": 0, "unchanged": 0}
        for path in paths:
            try:
                items = read_items(path)
            except ContentError as error:
                failed.append(path)
                self.stderr.write(error.describe(path))
                continue
            for item in items:
                try:
                    with transaction.atomic():
                        action = import_item(item)
                except ContentError as error:
                    failed.append(f"{path}: {item.label}")
                    self.stderr.write(error.describe(path))
                    continue
                counts[action] += 1
                if action != "unchanged" and options["verbosity"] > 1:
                    self.stdout.write(f"{action} {item.label}")
        summary = ", ".join(f"{n} {action}" for action, n in counts.items())
        if failed:
            raise CommandError(f"{len(failed)} failed ({summary}): {'; '.join(failed)}")
        self.stdout.write(self.style.SUCCESS(f"Snippets imported: {summary}."))
