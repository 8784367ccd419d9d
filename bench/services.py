"""The service directory's response times with 1,000 and 10,000 services.

Runs on a throw-away database on the same PostgreSQL server as the site's
(created, migrated and loaded with the demo content, dropped at the end), so
the development database is left as it was. `generate_services` adds the
synthetic services to the German directory; gunicorn (2 sync workers, DEBUG
off) serves the site and wrk (10 connections) loads it, as in bench/pages.py.
Reports the median and p95 latency (and requests/s) of the directory with and
without filters and of the A–Z list, each request with a cold page-cache key
(rendered, not served from the cache), next to a bare Django view measured in
the same run, and the 10,000 ÷ 1,000 ratios; writes bench/results/services.json.
"""

import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote, urlencode

from bench.pages import (
    COLD_LUA,
    DURATION,
    PORT,
    RESULTS,
    ROOT,
    ROUNDS,
    ensure_wrk,
    wait_until_up,
)

SIZES = [1_000, 10_000]
# Named apart when several checkouts share one PostgreSQL server.
DATABASE = os.environ.get("BENCH_DATABASE", "bench_services")

# wrk's own report has no 95th percentile: print the percentiles from its Lua hook.
PERCENTILES_LUA = """
done = function(summary, latency, requests)
  io.write(string.format("PCT %d %d %d\\n",
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""

# What the benchmark requests, found in the throw-away database after generating.
TARGETS_SCRIPT = """
import json
from django.db.models import Count
from services.models import ServiceCategory, ServiceIndexPage, ServicePage
index = ServiceIndexPage.objects.filter(locale__language_code="de").order_by("path").first()
used = (
    ServiceCategory.objects.filter(services__in=ServicePage.objects.child_of(index))
    .annotate(uses=Count("services")).order_by("-uses").first()
)
# Its top-level category: the filter then takes in the subcategories too.
print(json.dumps({"url": index.url, "category": (used.parent or used).slug}))
"""


def create_database(name=DATABASE):
    """A fresh database next to the site's; returns its DATABASE_URL."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "municipal_site.settings.dev")
    import django

    django.setup()
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    db = connection.settings_dict
    credentials = quote(db["USER"] or "") + (f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else "")
    host = db["HOST"] or ""
    options = dict(db.get("OPTIONS") or {})
    if host.startswith("/"):  # a Unix socket: passed as an option, not in the address
        options["host"], host = host, ""
    address = host + (f":{db['PORT']}" if db["PORT"] else "")
    query = f"?{urlencode(options)}" if options else ""
    return f"postgres://{credentials}@{address}/{name}{query}"


def drop_database(name=DATABASE):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def targets(env):
    found = json.loads(manage(env, "shell", "-c", TARGETS_SCRIPT).strip().splitlines()[-1])
    base, category = found["url"], found["category"]
    return [
        ("bare Django view (/robots.txt)", "/robots.txt"),
        ("directory, no filter", base),
        ("directory, category + language", f"{base}?category={category}&language=de"),
        ("directory, open now", f"{base}?open_now=1"),
        ("directory, page 10", f"{base}?page=10"),
        ("A–Z list", f"{base}a-z/"),
    ]


def run_wrk(url, script):
    out = subprocess.run(
        # A long timeout: wrk leaves requests slower than its default 2 s out of the latencies.
        ["wrk", "-t2", "-c10", f"-d{DURATION}", "--timeout", "30s", "-s", script, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise SystemExit(f"bench: {url} answered {errors.group(1)} errors")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50, p95, p99 = (int(v) / 1000 for v in re.search(r"PCT (\d+) (\d+) (\d+)", out).groups())
    return rps, p50, p95, p99


def measure(base_url, label, path, script, services):
    subprocess.run(["wrk", "-t1", "-c2", "-d2s", base_url + path], capture_output=True)
    rounds = [run_wrk(base_url + path, script) for _ in range(ROUNDS)]
    return {
        "services": services,
        "label": label,
        "path": path,
        "rps_median": statistics.median(r[0] for r in rounds),
        "p50_ms_median": statistics.median(r[1] for r in rounds),
        "p95_ms_median": statistics.median(r[2] for r in rounds),
        "p99_ms_median": statistics.median(r[3] for r in rounds),
        "rounds": ROUNDS,
    }


def main():
    ensure_wrk()
    probe = socket.socket()
    if probe.connect_ex(("127.0.0.1", PORT)) == 0:
        raise SystemExit(f"bench: port {PORT} is taken; set BENCH_PORT")
    probe.close()

    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    # Every request a cold page-cache key: the directory as rendered, not as cached.
    script.write_text(COLD_LUA + PERCENTILES_LUA)
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="municipal_site.settings.dev",
        DEBUG="false",
        DATABASE_URL=create_database(),
    )
    server = None
    results, generation = [], {}
    try:
        print("Preparing the throw-away database (migrations, demo content)…", flush=True)
        manage(env, "migrate", "--no-input")
        manage(env, "load_demo_content")
        base_url = f"http://127.0.0.1:{PORT}"
        server = subprocess.Popen(
            [
                # This interpreter's gunicorn: a copied virtualenv's script may name another's.
                sys.executable,
                "-m",
                "gunicorn",
                "municipal_site.wsgi",
                "--workers=2",
                f"--bind=127.0.0.1:{PORT}",
                "--log-level=warning",
                "--access-logfile=/dev/null",  # gunicorn.conf.py logs every request
            ],
            cwd=ROOT,
            env=env,
        )
        wait_until_up(base_url + "/robots.txt")
        have = 0
        for size in SIZES:
            out = manage(env, "generate_services", str(size - have), "--seed", str(size))
            generation[size] = float(re.search(r"in ([\d.]+) s", out).group(1))
            have = size
            # Fresh planner statistics, as autovacuum would have them soon after.
            manage(
                env,
                "shell",
                "-c",
                "from django.db import connection; connection.cursor().execute('ANALYZE')",
            )
            for label, path in targets(env):
                results.append(measure(base_url, label, path, str(script), size))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        drop_database()
        script.unlink(missing_ok=True)

    print(f"\nService directory: gunicorn 2 sync workers, wrk 10 connections, {ROUNDS}×{DURATION}")
    for size, seconds in generation.items():
        print(f"generate_services up to {size:,}: {seconds:.1f} s")
    print(f"{'services':>8}  {'target':<32} {'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for r in results:
        print(
            f"{r['services']:>8,}  {r['label']:<32} {r['rps_median']:>9.1f} "
            f"{r['p50_ms_median']:>8.1f} {r['p95_ms_median']:>8.1f} {r['p99_ms_median']:>8.1f}"
        )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "services.json").write_text(
        json.dumps(
            {"generation_seconds": {str(k): v for k, v in generation.items()}, "results": results},
            indent=2,
            ensure_ascii=False,
        )
    )
    print("\nUncached (a cold page-cache key per request); 10,000 ÷ 1,000 services, p50:")
    by_size = {(r["services"], r["label"]): r for r in results}
    for r in results:
        if r["services"] == SIZES[-1] and (SIZES[0], r["label"]) in by_size:
            small = by_size[(SIZES[0], r["label"])]
            print(f"  {r['label']:<32} {r['p50_ms_median'] / small['p50_ms_median']:.2f}×")
    print(f"\nWritten to {RESULTS}/services.json")


if __name__ == "__main__":
    main()
