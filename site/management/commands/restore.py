"""manage.py restore BACKUP: a backup (manage.py backup) into the configured
database and MEDIA_ROOT, then the search index rebuilt.

The database must be empty (a fresh one), unless --replace is given, which
drops what is there first. Media files are extracted over MEDIA_ROOT.

pg_restore runs as one transaction: a restore that fails (a dump cut short on
its way back from off-site storage, a full disk) leaves the database as it found
it, empty or, with --replace, the site as it was, and can simply be run again.
"""

import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from municipal_site.backup import DATABASE_FILE, MEDIA_FILE, client_tool, connection_arguments


class Command(BaseCommand):
    help = "Restore a backup folder made by `manage.py backup`, then rebuild the search index."

    def add_arguments(self, parser):
        parser.add_argument("backup", help="The backup folder.")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Drop the tables already in the database before restoring.",
        )
        parser.add_argument(
            "--skip-index", action="store_true", help="Do not rebuild the search index."
        )

    def handle(self, backup, replace=False, skip_index=False, **options):
        folder = Path(backup)
        for name in (DATABASE_FILE, MEDIA_FILE):
            if not (folder / name).is_file():
                raise CommandError(f"{folder}: {name} is missing; is this a backup folder?")
        tables = connection.introspection.table_names()
        if tables and not replace:
            raise CommandError(
                f"The database {connection.settings_dict['NAME']} already has {len(tables)} "
                "tables. Restore into a fresh database, or pass --replace to drop them."
            )

        arguments, environment = connection_arguments()
        restore = [
            client_tool("pg_restore"),
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
        ]
        if replace:
            restore += ["--clean", "--if-exists"]
        connection.close()  # pg_restore --clean must not wait for our own session
        result = subprocess.run(
            [*restore, *arguments, str(folder / DATABASE_FILE)],
            env=environment,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise CommandError(f"pg_restore failed: {result.stderr.strip()}")

        media_root = Path(settings.MEDIA_ROOT)
        media_root.mkdir(parents=True, exist_ok=True)
        with tarfile.open(folder / MEDIA_FILE, "r:gz") as archive:
            archive.extractall(media_root, filter="data")
        self.stdout.write(f"Database and media restored from {folder}.")

        if not skip_index:
            call_command("update_index", verbosity=0)
            self.stdout.write("Search index rebuilt.")
