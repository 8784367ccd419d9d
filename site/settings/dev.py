"""Local development: the only place with default secrets, and they are useless elsewhere.

DEBUG stays off unless asked for (DEBUG=1), so `make run` shows what citizens
see, friendly 404 pages included.
"""

from pathlib import Path

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES, env

if not DATABASES["default"].get("NAME"):
    # No DATABASE_URL: the embedded PostgreSQL under .local/ (started or joined here).
    from municipal_site.database import embedded_database_settings

    _local = Path(env.str("EMBEDDED_POSTGRES_DIR", default=str(BASE_DIR / ".local")))
    DATABASES["default"].update(embedded_database_settings(_local))

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Serve static files from the app folders and uploads from MEDIA_ROOT without
# collectstatic or a web server, with DEBUG on or off.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA = True
# The known development login (create_dev_admin) may only be created here.
DEV_LOGIN_ALLOWED = True
# The known development login would otherwise have to set up an authenticator app
# before `make run`'s admin opens; production (base) requires it, and
# TWO_FACTOR_REQUIRED=true tries it here.
TWO_FACTOR_REQUIRED = env.bool("TWO_FACTOR_REQUIRED", default=False)
