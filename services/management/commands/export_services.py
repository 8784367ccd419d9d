"""Export a language's published services as HSDS 3 JSON, as the API shows
them but all on one page (format: docs/open-data.md).

    python manage.py export_services --locale de [-o services-de.json]
"""

import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from services.hsds import export_language


class Command(BaseCommand):
    help = "Write a language's published services as HSDS 3 JSON (stdout or a file)."

    def add_arguments(self, parser):
        parser.add_argument("--locale", default=settings.LANGUAGE_CODE, help="language code")
        parser.add_argument("-o", "--output", help="file to write (default: standard output)")

    def handle(self, *args, locale, output=None, **options):
        languages = [code for code, _name in settings.LANGUAGES]
        if locale not in languages:
            raise CommandError(
                f"Unknown language {locale!r}; the site has: {', '.join(languages)}."
            )
        document = export_language(locale)
        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        if output in (None, "-"):
            self.stdout.write(text, ending="")
            return
        try:
            with open(output, "w", encoding="utf-8") as file:
                file.write(text)
        except OSError as error:
            raise CommandError(f"{output}: cannot write: {error}") from None
        self.stdout.write(f"{document['total_items']} services written to {output}.")
