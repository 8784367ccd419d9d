"""manage.py backup [--output-dir DIR]: database dump and media archive, timestamped.

Writes DIR/<site>-<UTC time>/ with database.dump (pg_dump, custom format; the
search index tables without rows), media.tar.gz (MEDIA_ROOT) and manifest.json.
Restore with `manage.py restore DIR/<site>-<UTC time>`.

The folder is written under a hidden name (.<site>-<UTC time>.partial) and gets its
real name only when everything is in it: a backup that fails (database away, disk
full) leaves nothing that a rotation script or an operator could take for a backup.
"""

import json
import shutil
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from django.utils.text import slugify

from municipal_site.backup import (
    DATABASE_FILE,
    MANIFEST_FILE,
    MEDIA_FILE,
    client_tool,
    connection_arguments,
    index_tables,
)


def latest_migrations():
    """The newest applied migration of each app, by number. Not by time applied:
    Django records a squashed migration after the ones it replaces."""
    latest = {}
    for app, name in MigrationRecorder.Migration.objects.values_list("app", "name"):
        latest[app] = max(latest.get(app, name), name)
    return dict(sorted(latest.items()))


class Command(BaseCommand):
    help = "Back up the database and the uploaded media into a timestamped folder."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            default=settings.BACKUP_DIR,
            help="Where the backup folder is made (BACKUP_DIR, default ./backups).",
        )

    def handle(self, output_dir, **options):
        started = timezone.now()
        name = f"{slugify(settings.WAGTAIL_SITE_NAME) or 'site'}-{started:%Y%m%dT%H%M%SZ}"
        target = Path(output_dir) / name
        if target.exists():
            raise CommandError(f"{target} exists already.")
        partial = target.with_name(f".{name}.partial")
        partial.mkdir(parents=True)
        try:
            files = self.write(partial, started)
            partial.rename(target)
        except DatabaseError as error:
            raise CommandError(f"Backup failed: the database cannot be read: {error}") from error
        except (OSError, RuntimeError) as error:
            raise CommandError(f"Backup failed: {error}") from error
        finally:
            shutil.rmtree(partial, ignore_errors=True)
        self.stdout.write(f"Backup written to {target} ({files} media files).")
        return str(target)

    def write(self, folder, started):
        """Writes the dump, the media archive and the manifest; returns the file count."""
        arguments, environment = connection_arguments()
        excluded = index_tables()
        dump = [client_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges"]
        dump += [f"--exclude-table-data={table}" for table in excluded]
        result = subprocess.run(
            [*dump, "--file", str(folder / DATABASE_FILE), *arguments],
            env=environment,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise RuntimeError(f"pg_dump failed: {result.stderr.strip()}")

        media_root = Path(settings.MEDIA_ROOT)
        files = 0
        with tarfile.open(folder / MEDIA_FILE, "w:gz") as archive:
            if media_root.exists():
                for path in sorted(media_root.rglob("*")):
                    if path.is_file():
                        archive.add(path, arcname=str(path.relative_to(media_root)))
                        files += 1

        manifest = {
            "created": started.isoformat(),
            "database": connection.settings_dict["NAME"],
            "postgresql": connection.pg_version,
            "latest_migrations": latest_migrations(),
            "index_tables_without_rows": excluded,
            "media_files": files,
        }
        (folder / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2))
        return files
