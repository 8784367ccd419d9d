"""How fast `import_services` brings services in: new ones, then the same file again.

Runs on a throw-away database on the same PostgreSQL server as the site's
(created, migrated and given the `setup_site` skeleton, dropped at the end).
`generate_services` makes BENCH_IMPORT_SERVICES synthetic services (default
1,000), `export_services` writes them as HSDS JSON, `generate_services --delete`
removes them (and the terms and locations it made), and `import_services` reads
the file twice: the first run creates every service with its terms and
locations, the second finds them unchanged. Reports services per second for
both runs (the process's start-up not counted) and writes
bench/results/imports.json. Issue 13 asks for at least 50 new services a second.
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.pages import RESULTS, ROOT
from bench.services import create_database, drop_database, manage

SERVICES = int(os.environ.get("BENCH_IMPORT_SERVICES", "1000"))
TARGET_RATE = 50  # new services a second (issue 13)

# Times the command inside one process, so Django's start-up is left out.
IMPORT_SCRIPT = """
import io, os, time
from django.core.management import call_command
start = time.perf_counter()
path = os.environ["BENCH_IMPORT_FILE"]
call_command("import_services", path, stdout=io.StringIO(), stderr=io.StringIO())
print("SECONDS", time.perf_counter() - start)
"""


def timed_import(env, path):
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", IMPORT_SCRIPT],
        cwd=ROOT,
        env=dict(env, BENCH_IMPORT_FILE=str(path)),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return float(re.search(r"SECONDS ([\d.]+)", out).group(1))


def main():
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="municipal_site.settings.dev",
        DEBUG="false",
        DATABASE_URL=create_database("bench_imports"),
    )
    path = Path(tempfile.mkstemp(suffix=".json")[1])
    runs = {}
    try:
        print("Preparing the throw-away database (migrations, skeleton)…", flush=True)
        manage(env, "migrate", "--no-input")
        manage(env, "setup_site", "--name", "Landkreis Bench")
        manage(env, "generate_services", str(SERVICES), "--seed", "13")
        manage(env, "export_services", "--locale", "de", "-o", str(path))
        manage(env, "generate_services", "--delete")
        for run in ("new", "unchanged"):
            started = time.perf_counter()
            seconds = timed_import(env, path)
            runs[run] = {
                "services": SERVICES,
                "seconds": seconds,
                "per_second": SERVICES / seconds,
                "wall_seconds": time.perf_counter() - started,
            }
    finally:
        drop_database("bench_imports")
        path.unlink(missing_ok=True)

    print(f"\nimport_services of {SERVICES:,} synthetic services (HSDS JSON)")
    for run, result in runs.items():
        print(f"{run:>10}: {result['seconds']:7.1f} s  {result['per_second']:6.1f} services/s")
    verdict = "reached" if runs["new"]["per_second"] >= TARGET_RATE else "NOT reached"
    print(f"Target for new services: {TARGET_RATE}/s, {verdict}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "imports.json").write_text(json.dumps(runs, indent=2))
    print(f"\nWritten to {RESULTS}/imports.json")


if __name__ == "__main__":
    main()
