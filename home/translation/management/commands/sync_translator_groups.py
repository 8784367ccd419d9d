"""Create or repair the Translators group of every locale (also runs after each migrate)."""

from django.core.management.base import BaseCommand

from home.translation.groups import ensure_translator_groups


class Command(BaseCommand):
    help = "Create or repair the per-locale Translators groups and their permissions."

    def handle(self, *args, **options):
        for group in ensure_translator_groups():
            self.stdout.write(f"{group.name}: ready")
