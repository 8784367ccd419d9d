import fcntl
import os
import subprocess
import sys

import pytest

from .helpers import BASE_DIR, closed_port, production_env


@pytest.fixture(scope="session")
def production_static(tmp_path_factory):
    """STATIC_ROOT after `collectstatic` with production settings, as the image builds it
    (no database): production's {% static %} needs its manifest. Built once per run,
    shared by the pytest-xdist workers."""
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID", str(os.getpid()))
    root = tmp_path_factory.getbasetemp().parent / f"production-static-{run}"
    root.mkdir(exist_ok=True)
    static = root / "static"
    with open(root / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (static / "staticfiles.json").exists():
            subprocess.run(
                [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
                cwd=BASE_DIR,
                env=production_env(
                    STATIC_ROOT=str(static),
                    DATABASE_URL=f"postgres://nobody@127.0.0.1:{closed_port()}/none",
                ),
                check=True,
                timeout=600,
            )
    return static
