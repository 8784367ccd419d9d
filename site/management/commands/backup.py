"""manage.py backup [--output-dir DIR]: database dump and media archive, timestamped.

Writes DIR/<site>-<UTC time>/ with database.dump (pg_dump, custom format; the
search index tables without rows), media.tar.gz (MEDIA_ROOT) and manifest.json.
Restore with `manage.py restore DIR/<site>-<UTC time>`.
"""

import json
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
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
        target.mkdir(parents=True, exist_ok=False)

        arguments, environment = connection_arguments()
        excluded = index_tables()
        dump = [client_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges"]
        dump += [f"--exclude-table-data={table}" for table in excluded]
        result = subprocess.run(
            [*dump, "--file", str(target / DATABASE_FILE), *arguments],
            env=environment,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise CommandError(f"pg_dump failed: {result.stderr.strip()}")

        media_root = Path(settings.MEDIA_ROOT)
        files = 0
        with tarfile.open(target / MEDIA_FILE, "w:gz") as archive:
            if media_root.exists():
                for path in sorted(media_root.rglob("*")):
                    if path.is_file():
                        archive.add(path, arcname=str(path.relative_to(media_root)))
                        files += 1

        manifest = {
            "created": started.isoformat(),
            "database": connection.settings_dict["NAME"],
            "postgresql": connection.pg_version,
            "latest_migrations": dict(
                MigrationRecorder.Migration.objects.order_by("app", "applied").values_list(
                    "app", "name"
                )
            ),
            "index_tables_without_rows": excluded,
            "media_files": files,
        }
        (target / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2))
        self.stdout.write(f"Backup written to {target} ({files} media files).")
        return str(target)
