from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "admin"


class Command(BaseCommand):
    help = "Create the development login admin/admin. Refuses outside development settings."

    def handle(self, *args, **options):
        if not getattr(settings, "DEV_LOGIN_ALLOWED", False):
            raise CommandError("Only for development settings: this login has a known password.")
        User = get_user_model()
        if User.objects.filter(username=USERNAME).exists():
            self.stdout.write(f"Development login exists: {USERNAME} / {PASSWORD}")
            return
        User.objects.create_superuser(USERNAME, "admin@example.invalid", PASSWORD)
        self.stdout.write(f"Created development login: {USERNAME} / {PASSWORD}")
