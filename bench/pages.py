"""Page-view throughput, each figure a ratio to a bare Django view
measured in the same run on the same server.

Serves the demo site with gunicorn (2 sync workers, DEBUG off) and loads it
with wrk (10 connections), as DESIGN.md's budgets assume. Prints medians of
several rounds and writes bench/results/pages.json.
"""

import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
PORT = int(os.environ.get("BENCH_PORT", "8765"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
DURATION = os.environ.get("BENCH_DURATION", "8s")

TARGETS = [
    ("bare Django view (/robots.txt)", "/robots.txt"),
    ("home page (uncached)", "/de/"),
    ("content page (uncached)", "/de/gesundheit-und-pflege/"),
    ("content page, 3 levels deep (uncached)", "/de/gesundheit-und-pflege/runder-tisch-pflege/"),
]


def ensure_wrk():
    if shutil.which("wrk"):
        return
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)


def wait_until_up(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"bench: server did not answer {url} within {timeout}s")


def to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(url):
    out = subprocess.run(
        ["wrk", "-t2", "-c10", f"-d{DURATION}", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", out)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise SystemExit(f"bench: {url} answered {errors.group(1)} errors")
    return rps, to_ms(*p50.groups()), to_ms(*p99.groups())


def main():
    ensure_wrk()
    port_free = socket.socket()
    if port_free.connect_ex(("127.0.0.1", PORT)) == 0:
        raise SystemExit(f"bench: port {PORT} is taken; set BENCH_PORT")
    port_free.close()
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="municipal_site.settings.dev", DEBUG="false")
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "municipal_site.wsgi",
            "--workers=2",
            f"--bind=127.0.0.1:{PORT}",
            "--log-level=warning",
            # gunicorn.conf.py logs every request; the benchmark measures the site.
            "--access-logfile=/dev/null",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{PORT}"
    results = []
    try:
        wait_until_up(base + "/robots.txt")
        for label, path in TARGETS:
            subprocess.run(["wrk", "-t1", "-c2", "-d2s", base + path], capture_output=True)
            rounds = [run_wrk(base + path) for _ in range(ROUNDS)]
            results.append(
                {
                    "label": label,
                    "path": path,
                    "rps_median": statistics.median(r[0] for r in rounds),
                    "p50_ms_median": statistics.median(r[1] for r in rounds),
                    "p99_ms_median": statistics.median(r[2] for r in rounds),
                    "rounds": ROUNDS,
                }
            )
    finally:
        server.terminate()
        server.wait(timeout=30)

    baseline = results[0]["rps_median"]
    print(f"\nPage views: gunicorn 2 sync workers, wrk 10 connections, {ROUNDS}×{DURATION}")
    print(f"{'target':<42} {'req/s':>9} {'ratio':>7} {'p50 ms':>8} {'p99 ms':>8}")
    for r in results:
        r["ratio_to_bare"] = r["rps_median"] / baseline
        print(
            f"{r['label']:<42} {r['rps_median']:>9.1f} {r['ratio_to_bare']:>7.3f} "
            f"{r['p50_ms_median']:>8.1f} {r['p99_ms_median']:>8.1f}"
        )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "pages.json").write_text(json.dumps(results, indent=2))
    print(
        f"\nBudget: uncached content page ≥ 0.05 of the bare view; written to {RESULTS}/pages.json"
    )


if __name__ == "__main__":
    main()
