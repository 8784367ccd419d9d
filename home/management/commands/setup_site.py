"""Create an authority's empty site: `manage.py setup_site --name … --languages de,da,fi,en`."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.skeleton import Skeleton


class Command(BaseCommand):
    help = (
        "Create what every authority's site needs (home page per language, service directory, "
        "news, legal notice, privacy notice, accessibility statement, organisation details, "
        "settings, groups). Idempotent: a re-run adds only what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help="e.g. 'Landkreis Musterland'")
        parser.add_argument(
            "--languages",
            help="comma-separated language codes, a subset of CONTENT_LANGUAGES "
            "(default: all of them)",
        )
        parser.add_argument(
            "--domain", help="the site's public host name, e.g. www.musterland.example"
        )

    def handle(self, *args, name, languages, domain, **options):
        name = name.strip()
        if not name:
            raise CommandError("--name: must not be empty")
        configured = [code for code, _label in settings.LANGUAGES]
        wanted = [c.strip() for c in (languages or ",".join(configured)).split(",") if c.strip()]
        unknown = [code for code in wanted if code not in configured]
        if unknown:
            raise CommandError(
                f"--languages: {', '.join(unknown)} is not a language of this site "
                f"(CONTENT_LANGUAGES: {', '.join(configured)})"
            )
        if settings.LANGUAGE_CODE not in wanted:
            wanted.insert(0, settings.LANGUAGE_CODE)
        created = Skeleton(name, wanted, domain).build()
        for line in created:
            self.stdout.write(f"created {line}")
        self.stdout.write(
            f"Site '{name}' ready in {', '.join(wanted)} ({len(created)} objects created)."
        )
