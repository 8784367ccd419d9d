"""The test run: dev defaults, plus speed where it does not change behaviour."""

import atexit
import os
import shutil
import tempfile
from urllib.parse import urlsplit

from .dev import *  # noqa: F403
from .dev import env

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if env.str("REDIS_URL", default=""):
    # The real Redis (CI's second run). Tests clear the cache between tests, which
    # empties a whole Redis database: each pytest-xdist worker gets its own,
    # counted from the one REDIS_URL names (redis://host:6379/8 → 8, 9, …).
    _redis = urlsplit(env.str("REDIS_URL"))
    _worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    _number = int(_redis.path.strip("/") or 0) + _worker
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": _redis._replace(path=f"/{_number}").geturl(),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["*"]
# Renditions and uploads made by tests go to a throw-away folder, not ./media.
MEDIA_ROOT = tempfile.mkdtemp(prefix="municipal-test-media-")
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)

# Parallel runs on one server (two checkouts, a developer and CI) each name their own test database.
DATABASES["default"]["TEST"] = {"NAME": env.str("TEST_DATABASE_NAME", default=None)}  # noqa: F405
# Request threads of the browser tests' live server must not keep connections
# open, or the test database cannot be dropped at the end.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405

# Off for the suite, so query counts and freshness tests see every request served;
# the page cache's own tests switch it on.
PAGE_CACHE_ENABLED = False
# Django's test client logs in without a request, which django-axes refuses;
# the lockout tests (tests/security/test_login.py) switch it on for themselves.
AXES_ENABLED = False
# Every admin test would otherwise first have to set up a second factor; the
# two-factor tests (tests/security/test_two_factor.py) switch it on for themselves.
TWO_FACTOR_REQUIRED = False
