"""The newcomer's database: embedded PostgreSQL that keeps its data, stops with its last user."""

import json
import subprocess
import sys

import psutil

SCRIPT = """
import json, sys
from pathlib import Path
import psycopg
from municipal_site.database import embedded_database_settings

db = embedded_database_settings(Path(sys.argv[1]))
with psycopg.connect(dbname=db["NAME"], user=db["USER"], host=db["HOST"], autocommit=True) as conn:
    conn.execute("CREATE TABLE IF NOT EXISTS visits (n int)")
    conn.execute("INSERT INTO visits VALUES (1)")
    count = conn.execute("SELECT count(*) FROM visits").fetchone()[0]
    pid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]
    configs = [r[0] for r in conn.execute("SELECT cfgname FROM pg_ts_config")]
    trgm = conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'").fetchone()
print(json.dumps({"count": count, "backend": pid, "configs": configs, "trgm": bool(trgm)}))
"""


def run(local_dir):
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(local_dir)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def postmaster_running(pgdata):
    pid_file = pgdata / "postmaster.pid"
    return pid_file.exists() and psutil.pid_exists(int(pid_file.read_text().split()[0]))


def test_embedded_server_keeps_data_across_runs_and_stops_after_the_last_process(tmp_path):
    first = run(tmp_path)
    assert first["count"] == 1
    assert {"german", "danish", "finnish", "english", "simple"} <= set(first["configs"])
    assert first["trgm"], "pg_trgm must be available for search"
    assert not postmaster_running(tmp_path / "pgdata"), "server still running after exit"

    second = run(tmp_path)
    assert second["count"] == 2  # the same data folder, reused
    assert not postmaster_running(tmp_path / "pgdata")


def start_holder(local_dir):
    """A process that starts the server and keeps it, like a running `make run`."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; "
            "from municipal_site.database import embedded_database_settings; "
            "embedded_database_settings(Path(sys.argv[1])); "
            "print('up', flush=True); time.sleep(60)",
            str(local_dir),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "up"
    return holder


def test_a_crashed_process_does_not_keep_the_server_alive_forever(tmp_path):
    holder = start_holder(tmp_path)
    holder.kill()  # SIGKILL: no exit handlers run
    holder.wait()
    assert postmaster_running(tmp_path / "pgdata")

    run(tmp_path)
    assert not postmaster_running(tmp_path / "pgdata")


def test_a_terminated_process_stops_the_server_it_started(tmp_path):
    holder = start_holder(tmp_path)
    holder.terminate()  # SIGTERM, as from systemd or `kill`
    holder.wait(timeout=30)
    assert not postmaster_running(tmp_path / "pgdata")
