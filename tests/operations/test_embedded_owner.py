"""The embedded PostgreSQL has one owner: the outermost long-lived process.

Process-level tests on a throw-away data folder (EMBEDDED_POSTGRES_DIR): the
development server and gunicorn are started as a developer starts them, then
sent the signals a terminal, systemd, an IDE or a CI timeout sends.
"""

import os
import signal
import subprocess
import sys
import time
import urllib.request

import psutil
import pytest

from .helpers import BASE_DIR, TEST_RUN_ONLY, free_port


def postmaster_pid(pgdata):
    pid_file = pgdata / "postmaster.pid"
    if not pid_file.exists():
        return None
    pid = int(pid_file.read_text().split()[0])
    return pid if psutil.pid_exists(pid) else None


def wait_for(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := condition():
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def answers(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except OSError:
        return None


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    """One data folder for the module (initdb once); each test ends with the server stopped."""
    return tmp_path_factory.mktemp("embedded") / "local"


def dev_env(local, **env):
    environment = {k: v for k, v in os.environ.items() if k not in TEST_RUN_ONLY}
    environment.update(
        DJANGO_SETTINGS_MODULE="municipal_site.settings.dev",
        EMBEDDED_POSTGRES_DIR=str(local),
        PYTHONUNBUFFERED="1",
        **env,
    )
    return environment


def start(command, local, log, **env):
    return subprocess.Popen(
        command,
        cwd=BASE_DIR,
        env=dev_env(local, **env),
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, as in a terminal
    )


def serving(process, url, local, log):
    try:
        wait_for(lambda: answers(url) == 200, 180, url)
    except AssertionError:
        process.kill()
        raise AssertionError(log.read_text()[-3000:]) from None
    return wait_for(lambda: postmaster_pid(local / "pgdata"), 10, "the embedded server")


def assert_all_stopped(process, processes, local):
    process.wait(timeout=60)
    gone, alive = psutil.wait_procs(processes, timeout=30)
    assert not alive, f"still running: {alive}"
    wait_for(lambda: postmaster_pid(local / "pgdata") is None, 30, "PostgreSQL to stop")


def runserver(local, log, port):
    command = [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}"]
    return start(command, local, log)


def test_sigterm_to_the_development_server_stops_it_and_its_database(local, tmp_path):
    port, log = free_port(), tmp_path / "runserver.log"
    with log.open("w") as output:
        server = runserver(local, output, port)
    serving(server, f"http://127.0.0.1:{port}/healthz", local, log)
    family = psutil.Process(server.pid).children(recursive=True)
    assert any("runserver" in " ".join(p.cmdline()) for p in family), "no autoreload child"

    server.send_signal(signal.SIGTERM)  # the parent only, as `kill` or an IDE does
    assert_all_stopped(server, family, local)


def test_ctrl_c_on_the_development_server_leaves_no_database_running(local, tmp_path):
    port, log = free_port(), tmp_path / "runserver.log"
    with log.open("w") as output:
        server = runserver(local, output, port)
    serving(server, f"http://127.0.0.1:{port}/healthz", local, log)
    family = psutil.Process(server.pid).children(recursive=True)

    os.killpg(server.pid, signal.SIGINT)  # a terminal's Ctrl-C reaches the whole group
    assert_all_stopped(server, family, local)


def test_sigterm_to_make_serve_stops_the_server_and_its_database(local, tmp_path):
    """`make run` ends with the same recipe as `make serve`."""
    port, log = free_port(), tmp_path / "make.log"
    with log.open("w") as output:
        make = start(["make", "--no-print-directory", "serve", f"PORT={port}"], local, output)
    serving(make, f"http://127.0.0.1:{port}/healthz", local, log)
    family = psutil.Process(make.pid).children(recursive=True)

    make.send_signal(signal.SIGTERM)  # make alone: it does not pass the signal on
    assert_all_stopped(make, family, local)


def test_a_killed_gunicorn_worker_never_stops_the_database(local, tmp_path):
    port, log = free_port(), tmp_path / "gunicorn.log"
    with log.open("w") as output:
        master = start(
            [str(sys.executable).replace("python", "gunicorn"), "--workers=1"],
            local,
            output,
            GUNICORN_BIND=f"127.0.0.1:{port}",
        )
    ready = f"http://127.0.0.1:{port}/readyz"
    before = serving(master, ready, local, log)
    [worker] = psutil.Process(master.pid).children()

    # A worker that exits (recycled, or killed on a timeout) runs its exit handlers.
    worker.send_signal(signal.SIGTERM)
    worker.wait(timeout=30)
    wait_for(lambda: answers(ready) == 200, 120, "a new worker")
    assert postmaster_pid(local / "pgdata") == before, "a worker's exit restarted the database"

    family = psutil.Process(master.pid).children(recursive=True)
    master.send_signal(signal.SIGTERM)  # systemd stopping the service: the owner goes
    assert_all_stopped(master, family, local)
