import fcntl
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings

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


@pytest.fixture(scope="session")
def skeleton_backup(django_db_setup, django_db_blocker, tmp_path_factory):
    """A backup (`manage.py backup`) of the test database's skeleton: how these tests
    put a working site into a database of their own. Made in this process, once per
    worker: pg_dump sees what is committed, the skeleton, and no test's open
    transaction. The test run's media folder holds other tests' uploads, so the backup
    takes an empty one."""
    folder = tmp_path_factory.mktemp("skeleton-backup")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=str(folder / "media")):
        path = call_command("backup", output_dir=str(folder), stdout=io.StringIO())
    return Path(path)
