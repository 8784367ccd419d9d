"""Page-view throughput, each figure a ratio to a bare Django view
(/robots.txt) measured in the same run on the same server.

Serves the demo site with gunicorn (2 sync workers, DEBUG off) and loads it
with wrk (2 threads, 10 connections), median of BENCH_ROUNDS rounds. Each page
is measured twice on the same server:
- cached: the same URL again and again, answered from the page cache;
- uncached: every request a cold key (a query parameter no view reads, new
  for each request), so each is rendered as a first visit after a publish is.
With BENCH_BEFORE=<commit> (default: a80d794, main before the page-cache work
of issue 15) that commit's code is served from a copy on a second port, on the
same database, and measured uncached in the same run: the "before" column.
Prints the table and writes bench/results/pages.json.
"""

import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
PORT = int(os.environ.get("BENCH_PORT", "8765"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
DURATION = os.environ.get("BENCH_DURATION", "8s")
BEFORE = os.environ.get("BENCH_BEFORE", "a80d794")

# Budgets of issue 15, as ratios to the bare view's requests/s.
CACHED_RATIO, CACHED_P99_MS = 0.5, 50.0
UNCACHED_RATIO = {"content": 0.05, "service": 0.03, "directory": 0.03, "search": 0.0}

# Every request a new URL: a cold page-cache key. Threads number themselves in
# setup(); the clock tells rounds apart.
COLD_LUA = """
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function init(args)
  n = 0
  sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
end
function request()
  n = n + 1
  return wrk.format(nil, wrk.path .. sep .. "cold=" .. os.time() .. "-" .. tid .. "-" .. n)
end
"""

# What the benchmark requests, found in the demo content (as a citizen would click to it).
TARGETS_SCRIPT = """
import json
from django.db.models import Count
from news.models import NewsIndexPage
from services.models import ServiceCategory, ServiceIndexPage, ServicePage
index = ServiceIndexPage.objects.filter(locale__language_code="de").order_by("path").first()
service = (
    ServicePage.objects.child_of(index).live().annotate(n=Count("locations"))
    .order_by("-n", "path").first()
)
used = (
    ServiceCategory.objects.filter(services__in=ServicePage.objects.child_of(index))
    .annotate(uses=Count("services")).order_by("-uses", "pk").first()
)
news = NewsIndexPage.objects.filter(locale__language_code="de").order_by("path").first()
print(json.dumps({
    "directory": index.url, "service": service.url,
    "category": (used.parent or used).slug, "news": news.url,
}))
"""


def ensure_wrk():
    if shutil.which("wrk"):
        return
    print("bench: wrk is not installed; installing Debian's package `wrk`…", flush=True)
    try:
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        raise SystemExit(
            f"bench: skipped, wrk is missing and could not be installed ({error}); "
            "install it with `apt-get install wrk`"
        ) from None


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


def run_wrk(url, script=None):
    command = ["wrk", "-t2", "-c10", f"-d{DURATION}", "--timeout", "10s", "--latency"]
    if script:
        command += ["-s", script]
    out = subprocess.run(command + [url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", out)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise SystemExit(f"bench: {url} answered {errors.group(1)} errors")
    return rps, to_ms(*p50.groups()), to_ms(*p99.groups())


def measure(url, script=None):
    subprocess.run(["wrk", "-t1", "-c2", "-d2s", url], capture_output=True)  # warm up
    rounds = [run_wrk(url, script) for _ in range(ROUNDS)]
    return {
        "rps": statistics.median(r[0] for r in rounds),
        "p50_ms": statistics.median(r[1] for r in rounds),
        "p99_ms": statistics.median(r[2] for r in rounds),
    }


def port_is_free(port):
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def gunicorn(cwd, port, env):
    return subprocess.Popen(
        [
            # This interpreter's gunicorn: a copied virtualenv's script may name another's.
            sys.executable,
            "-m",
            "gunicorn",
            "municipal_site.wsgi",
            "--workers=2",
            f"--bind=127.0.0.1:{port}",
            "--log-level=warning",
            # gunicorn.conf.py logs every request; the benchmark measures the site.
            "--access-logfile=/dev/null",
        ],
        cwd=cwd,
        env=env,
    )


# Run by Python at start-up in the "before" copy (PYTHONPATH): this checkout is
# installed editable, and its finder would hand out modules that the older code
# lacks (`municipal_site.apps`) from this checkout, mixing the two.
BEFORE_SITECUSTOMIZE = """
import sys
def _editable(item):
    return getattr(item, "__module__", "").startswith("__editable__")
sys.meta_path[:] = [f for f in sys.meta_path if not _editable(f)]
sys.path_hooks[:] = [h for h in sys.path_hooks if not _editable(h)]
"""


def before_tree(commit):
    """`commit`'s files in a temporary folder, importable instead of this checkout:
    gunicorn puts its folder first on sys.path, `municipal_site` is a symlink to
    ./site there, and this checkout's editable finder is switched off
    (BEFORE_SITECUSTOMIZE; the folder goes on PYTHONPATH, before_env). None if git
    cannot produce it."""
    folder = Path(tempfile.mkdtemp(prefix="bench-before-"))
    try:
        archive = subprocess.run(
            ["git", "archive", commit], cwd=ROOT, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
        (folder / "municipal_site").symlink_to("site")
        (folder / "sitecustomize.py").write_text(BEFORE_SITECUSTOMIZE)
        subprocess.run(
            [sys.executable, "manage.py", "compilemessages", "--ignore=.venv", "-v0"],
            cwd=folder,
            env=before_env(folder, os.environ),
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"bench: no 'before' column, {commit} could not be prepared: {error}")
        shutil.rmtree(folder, ignore_errors=True)
        return None
    return folder


def before_env(folder, env):
    """The older code on this checkout's database: its settings would take the
    embedded server under its own folder otherwise (an empty one)."""
    return {
        "EMBEDDED_POSTGRES_DIR": str(ROOT / ".local"),
        **env,
        "PYTHONPATH": str(folder),
    }


def pages(env):
    found = json.loads(
        subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", TARGETS_SCRIPT],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    directory = found["directory"]
    return [
        ("home page", "/de/", "content"),
        ("content page", "/de/gesundheit-und-pflege/", "content"),
        ("content page, 3 levels", "/de/gesundheit-und-pflege/runder-tisch-pflege/", "content"),
        ("service page", found["service"], "service"),
        ("directory, no filter", directory, "directory"),
        ("directory, category", f"{directory}?category={found['category']}", "directory"),
        ("directory, open now", f"{directory}?open_now=1", "directory"),
        ("news list", found["news"], "content"),
        ("search page", "/de/search/?q=Kita", "search"),
    ]


def main():
    ensure_wrk()
    for port in (PORT, PORT + 1):
        if not port_is_free(port):
            raise SystemExit(f"bench: port {port} is taken; set BENCH_PORT")
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="municipal_site.settings.dev", DEBUG="false")
    env.pop("PAGE_CACHE", None)  # on, as in production
    targets = pages(env)
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    script.write_text(COLD_LUA)
    old = before_tree(BEFORE) if BEFORE else None
    servers = [gunicorn(ROOT, PORT, env)]
    if old is not None:
        servers.append(gunicorn(old, PORT + 1, before_env(old, env)))
    base, before_base = f"http://127.0.0.1:{PORT}", f"http://127.0.0.1:{PORT + 1}"
    bare, results = {}, []
    try:
        wait_until_up(base + "/robots.txt")
        if old is not None:
            wait_until_up(before_base + "/robots.txt")
        # Measured alone, one server at a time: the other is idle meanwhile.
        bare = measure(base + "/robots.txt")
        if old is not None:
            bare["before"] = measure(before_base + "/robots.txt")
        for label, path, kind in targets:
            row = {"label": label, "path": path, "kind": kind}
            row["cached"] = measure(base + path)
            row["uncached"] = measure(base + path, str(script))
            if old is not None:
                row["before_uncached"] = measure(before_base + path, str(script))
            results.append(row)
            print(f"  measured {label}", flush=True)
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)
        script.unlink(missing_ok=True)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    report(bare, results, old is not None)


def figures(measured):
    return f"{measured['rps']:>8.1f} {measured['ratio']:>6.3f} {measured['p99_ms']:>6.0f}"


def report(bare, results, with_before):
    rps = bare["rps"]
    load = os.getloadavg()
    print(
        f"\nPage views: gunicorn 2 sync workers, wrk -t2 -c10, median of {ROUNDS}×{DURATION}; "
        f"load average at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
        f"on {os.cpu_count()} CPUs"
    )
    line = f"bare view /robots.txt: {rps:.0f} req/s, p99 {bare['p99_ms']:.1f} ms"
    if with_before:
        line += f" (before: {bare['before']['rps']:.0f} req/s)"
    print(line)
    columns = "{:>8} {:>6} {:>6}".format
    header = f"{'page':<30} {columns('cached', 'ratio', 'p99')}"
    header += f"  {columns('uncached', 'ratio', 'p99')}"
    if with_before:
        header += f"  {columns('before', 'ratio', 'p99')}"
    print(header + "   budgets")
    failures = []
    for r in results:
        cached, uncached = r["cached"], r["uncached"]
        r["cached"]["ratio"] = cached["rps"] / rps
        r["uncached"]["ratio"] = uncached["rps"] / rps
        line = f"{r['label']:<30} {figures(cached)}  {figures(uncached)}"
        if with_before:
            before = r["before_uncached"]
            before["ratio"] = before["rps"] / bare["before"]["rps"]
            line += f"  {figures(before)}"
        budget = UNCACHED_RATIO[r["kind"]]
        met = []
        if cached["ratio"] < CACHED_RATIO or cached["p99_ms"] > CACHED_P99_MS:
            met.append(f"cached < {CACHED_RATIO} or p99 > {CACHED_P99_MS:.0f} ms")
        if uncached["ratio"] < budget:
            met.append(f"uncached < {budget}")
        r["budgets_missed"] = met
        failures += [f"{r['label']}: {m}" for m in met]
        print(line + ("   " + "; ".join(met) if met else "   ok"))
    print("\nRatios: req/s ÷ the bare view's req/s of the same server; p99 in ms.")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "pages.json").write_text(
        json.dumps(
            {
                "bare": bare,
                "pages": results,
                "rounds": ROUNDS,
                "duration": DURATION,
                "before_commit": BEFORE if with_before else None,
                "load_average": load,
                "budgets_missed": failures,
            },
            indent=2,
            ensure_ascii=False,
        )
    )
    print(f"Written to {RESULTS}/pages.json")


if __name__ == "__main__":
    main()
