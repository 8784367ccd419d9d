"""The test run: dev defaults, plus speed where it does not change behaviour."""

import atexit
import shutil
import tempfile

from .dev import *  # noqa: F403
from .dev import env

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
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
