"""Load the demo county, Landkreis Lindenau, from its files in home/demo/.

The demo is data in the project's own import formats, loaded by the importers a county
uses (docs/import-format.md, docs/open-data.md): snippets, images and documents
(`import_snippets`), pages (`import_content`), services with their locations,
organisations and taxonomies (`import_services`). It goes on top of the site skeleton
of `setup_site`, whose pages (home, services, news, legal pages) it updates by their keys.

Idempotent: a second run changes nothing (the importers publish only what differs).
Translations are recorded as wagtail-localize translations of the German pages, so the
translation dashboard shows them as up to date.
"""

import io
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

DEMO = Path(__file__).resolve().parents[2] / "demo"
NAME = "Landkreis Lindenau"


class Command(BaseCommand):
    help = "Load the demo county's content in every configured language (idempotent)."

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        out = self.stdout if verbosity > 1 else io.StringIO()
        quiet = {"verbosity": verbosity, "stdout": out}
        languages = [code for code, _name in settings.LANGUAGES]
        call_command("setup_site", name=NAME, languages=",".join(languages), **quiet)
        call_command("import_snippets", str(DEMO / "snippets.yaml"), **quiet)
        # The home pages last: their top tasks are services, and the services refer to
        # other pages as related pages.
        pages = sorted((DEMO / "pages").glob("*.md"))
        homes = [path for path in pages if path.name.startswith("home.")]
        call_command("import_content", *(str(p) for p in pages if p not in homes), **quiet)
        # German first: the other languages' services are its translations.
        codes = sorted(languages, key=lambda code: code != settings.LANGUAGE_CODE)
        paths = [DEMO / "services" / f"services-{code}.json" for code in codes]
        call_command("import_services", *(str(path) for path in paths if path.exists()), **quiet)
        call_command("import_content", *(str(path) for path in homes), **quiet)
        if verbosity:
            self.stdout.write(f"Demo content of {NAME} loaded from {DEMO}.")
