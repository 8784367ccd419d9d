"""Settings shared by every environment. Values come from the environment only.

Safe development defaults live in dev.py; production.py insists on the secrets.
"""

import sys
from email.utils import getaddresses
from pathlib import Path

import environ
from csp.constants import NONCE
from django.conf.locale import LANG_INFO

from municipal_site.observability import logging_config
from search.backend_settings import search_backends

BASE_DIR = Path(__file__).resolve().parents[2]
PROJECT_DIR = BASE_DIR / "site"

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default=None)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])

INSTALLED_APPS = [
    # The project itself: health checks, scheduled jobs, backup and restore commands.
    "municipal_site",
    "home",
    "home.pagecache",
    "home.organisations",
    "home.translation",
    "home.feedback",
    "home.forms",
    "home.easyread",
    "services",
    "services.events",
    "news",
    "home.alerts",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    # Two-factor authentication in the admin: TOTP devices, recovery codes (static tokens).
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    # /healthz and /readyz: before the host check and the HTTPS redirect.
    "municipal_site.health.HealthCheckMiddleware",
    # A request id on every log record and response (X-Request-ID).
    "municipal_site.observability.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "municipal_site.security.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside everything that reads the session or sets cookies, so it sees the final
    # response and answers a hit before any of them run.
    "home.pagecache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Asks admin users who must (or chose to) use a second factor for their code.
    "django_otp.middleware.OTPMiddleware",
    "municipal_site.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Keeps each locale's Translators group to its locale on wagtail-localize's endpoints.
    "home.translation.scope.TranslatorScopeMiddleware",
    # Answers a locked-out login attempt with the lockout page (django-axes wants to be last).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "municipal_site.urls"
WSGI_APPLICATION = "municipal_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: DATABASE_URL. Without it, development and tests use the embedded
# PostgreSQL (dev.py) and production refuses to start (production.py).
DATABASES = {"default": env.db("DATABASE_URL") if env.str("DATABASE_URL", default="") else {}}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
# A connection the database dropped (restart, failover) is replaced at the next
# request: the site recovers by itself when the database is back.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# Time limits, in seconds. A web process (wsgi.py, runserver) gives up on a
# database that does not answer, a lock or a statement well before gunicorn's
# worker timeout, so citizens get the 503 page (views.server_error) instead of
# a hung or killed worker; management commands (imports, index rebuilds,
# backups) may wait longer. 0 means no limit.
WEB_PROCESS = env.str("MUNICIPAL_PROCESS", default="") == "web" or sys.argv[1:2] == ["runserver"]
_limits = "WEB" if WEB_PROCESS else "COMMAND"
DATABASE_TIMEOUTS = {
    "connect": env.int(f"DB_{_limits}_CONNECT_TIMEOUT", default=2 if WEB_PROCESS else 10),
    "lock": env.float(f"DB_{_limits}_LOCK_TIMEOUT", default=1 if WEB_PROCESS else 60),
    "statement": env.float(f"DB_{_limits}_STATEMENT_TIMEOUT", default=5 if WEB_PROCESS else 0),
}
DATABASES["default"].setdefault("OPTIONS", {})
DATABASES["default"]["OPTIONS"].setdefault("connect_timeout", DATABASE_TIMEOUTS["connect"])
DATABASES["default"]["OPTIONS"]["options"] = " ".join(
    [
        DATABASES["default"]["OPTIONS"].get("options", ""),
        f"-c lock_timeout={int(DATABASE_TIMEOUTS['lock'] * 1000)}",
        f"-c statement_timeout={int(DATABASE_TIMEOUTS['statement'] * 1000)}",
    ]
).strip()
# Seconds a citizen is asked to wait (Retry-After) when the database is unavailable.
DATABASE_RETRY_AFTER = env.int("DB_RETRY_AFTER", default=30)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if env.str("REDIS_URL", default=""):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env.str("REDIS_URL"),
        }
    }
else:
    # Each process its own cache (and the page cache with it). Django's default of
    # 300 entries is less than one county's pages and their shared fragments: a
    # burst of first visits would push out what every visitor reads.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": env.int("LOCAL_CACHE_ENTRIES", default=3000)},
        }
    }

# The page cache for anonymous visitors (home/pagecache): on unless PAGE_CACHE=false.
PAGE_CACHE_ENABLED = env.bool("PAGE_CACHE", default=True)
PAGE_CACHE_ALIAS = "default"
# At most this long, and never past local midnight or a page's declared next change.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=3600)
# How long a CDN or reverse proxy may keep a page (s-maxage).
PAGE_CACHE_PROXY_SECONDS = env.int("PAGE_CACHE_PROXY_SECONDS", default=60)
PAGE_CACHE_SKIP_PATHS = ["/admin/", "/django-admin/", "/documents/", "/healthz", "/readyz"]
# Written while serving visitors or never shown to them: no reason to drop cached pages.
PAGE_CACHE_IGNORED_MODELS = [
    "search.SearchQueryStat",
    "search.IndexedDocument",
    "search.IndexedTerm",
    "search.IndexVersion",
    "search.LexemeStatistics",
    "search.LocaleStatistics",
    "search.SynonymUse",
    # Visitors' answers: written while serving them, shown only in the admin.
    "feedback.Feedback",
]
# A CDN or reverse proxy in front: publishing purges it (wagtail.contrib.frontend_cache).
WAGTAILFRONTENDCACHE = {}
if env.str("FRONTEND_CACHE_URL", default=""):
    # Varnish, nginx (with a purge module) or Squid: an HTTP PURGE per changed URL.
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env.str("FRONTEND_CACHE_URL"),
    }
if env.str("CLOUDFLARE_ZONE_ID", default=""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env.str("CLOUDFLARE_ZONE_ID"),
        "BEARER_TOKEN": env.str("CLOUDFLARE_API_TOKEN"),
    }

# django-axes first: it refuses locked-out user names and clients before the password is checked.
# Its AxesBackend (rather than AxesStandaloneBackend) also resolves a session's user as the
# model backend does: code that logs in with the first backend, as Wagtail's page test
# helpers do, otherwise finds no user behind the session.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: the default first, then the other content languages. Each is
# offered under its own name ("Dansk", "Suomi") in the language switcher.
LANGUAGE_CODE = env.str("LANGUAGE_CODE", default="de")
_content_languages = env.list("CONTENT_LANGUAGES", default=["de", "da", "fi", "en"])
_content_languages = [LANGUAGE_CODE] + [c for c in _content_languages if c != LANGUAGE_CODE]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES = [
    (code, LANG_INFO.get(code, {}).get("name_local", code)) for code in _content_languages
]
WAGTAIL_I18N_ENABLED = True
# Addresses in ASCII: the slug policy of home/slugs.py transliterates per language.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
USE_I18N = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Berlin")
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static")
# site/static is found as the municipal_site app's static folder.
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Where `manage.py backup` writes its timestamped folders.
BACKUP_DIR = env.str("BACKUP_DIR", default=str(BASE_DIR / "backups"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# EMAIL_URL, e.g. smtp+tls://user:password@mail.example.org:587, sets EMAIL_BACKEND, EMAIL_HOST, ...
globals().update(env.email_url("EMAIL_URL", default="smtp://localhost:25"))

# After the front-end login (private pages), without a `next` address: the
# home page in the visitor's language, not Django's /accounts/profile/ (a 404 here).
LOGIN_REDIRECT_URL = "/"

WAGTAIL_SITE_NAME = env.str("WAGTAIL_SITE_NAME", default="Landkreis")
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="")
# Size limits (bytes in settings, megabytes in the environment; docs/limits.md).
MB = 1024 * 1024
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(env.float("DOCUMENT_MAX_UPLOAD_MB", default=20) * MB)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(env.float("IMAGE_MAX_UPLOAD_MB", default=10) * MB)
IMPORT_CONTENT_MAX_FILE_SIZE = int(env.float("IMPORT_CONTENT_MAX_FILE_MB", default=2) * MB)
IMPORT_SERVICES_MAX_FILE_SIZE = int(env.float("IMPORT_SERVICES_MAX_FILE_MB", default=200) * MB)
IMPORT_SERVICES_MAX_RECORD_SIZE = int(env.float("IMPORT_SERVICES_MAX_RECORD_MB", default=1) * MB)
# import_services commits and indexes for the search once per this many services.
IMPORT_SERVICES_BATCH_SIZE = env.int("IMPORT_SERVICES_BATCH_SIZE", default=200)
# The admin calls no third party: no avatars from Gravatar, no update check
# against releases.wagtail.org (tests/editing/test_admin_privacy.py).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# A translator (member of a Translators group) may translate only into their
# own language, unless also in one of these groups (home/translation/scope.py).
TRANSLATION_UNCONFINED_GROUPS = env.list(
    "TRANSLATION_UNCONFINED_GROUPS", default=["Editors", "Moderators"]
)
# Machine translation in the translation editor: DeepL when DEEPL_API_KEY is set
# (a free-tier key ends in ":fx" and uses DeepL's free endpoint), otherwise none.
if env.str("DEEPL_API_KEY", default=""):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env.str("DEEPL_API_KEY")},
    }

# The admin's backend, the site search's language-aware database index and,
# with ELASTICSEARCH_URL, one index per language on Elasticsearch 8/9 or OpenSearch 2/3
# (the URL's scheme or ELASTICSEARCH_BACKEND; search/backend_settings.py).
WAGTAILSEARCH_BACKENDS = search_backends(
    [code for code, _name in WAGTAIL_CONTENT_LANGUAGES],
    elasticsearch_url=env.str("ELASTICSEARCH_URL", default=""),
    index_prefix=env.str("ELASTICSEARCH_INDEX", default="municipal"),
    flavour=env.str("ELASTICSEARCH_BACKEND", default=""),
)

# Logs go to stderr, as text or (LOG_FORMAT=json) one JSON object a line with
# time, level, logger, request id, path and status (observability.py).
LOG_FORMAT = env.str("LOG_FORMAT", default="text")
LOGGING = logging_config(
    log_format=LOG_FORMAT,
    level=env.str("LOG_LEVEL", default="WARNING"),
    request_log=env.bool("LOG_REQUESTS", default=LOG_FORMAT == "json"),
)

# Errors reach someone: mail to ADMINS ("Name <address>, …", through Django's
# mail_admins logging handler) and/or Sentry or GlitchTip with SENTRY_DSN.
ADMINS = getaddresses(env.list("ADMINS", default=[]))
if env.str("SENTRY_DSN", default=""):
    import sentry_sdk

    sentry_sdk.init(
        dsn=env.str("SENTRY_DSN"),
        environment=env.str("SENTRY_ENVIRONMENT", default="production"),
        release=env.str("SENTRY_RELEASE", default=None),
        traces_sample_rate=env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0),
        send_default_pii=False,
    )

# Scheduled jobs, all in one place: management commands by cadence, run by
# `manage.py run_jobs frequent|daily` (systemd timers) or `run_jobs --loop`
# (the compose scheduler). Apps that keep personal data add their retention
# command to "daily" here (feedback, form submissions).
SEARCH_QUERY_LOG_DAYS = env.int("SEARCH_QUERY_LOG_DAYS", default=730)
# Revisions older than this are deleted, except each object's latest, the ones
# scheduled to go live and the ones in moderation (Wagtail's purge_revisions).
# 0 keeps every revision.
REVISION_RETENTION_DAYS = env.int("REVISION_RETENTION_DAYS", default=365)
# Personal data visitors send: feedback comments are emptied (the yes/no answer is kept
# for the counts) and form submissions deleted after this many days (prune_personal_data).
FEEDBACK_COMMENT_RETENTION_DAYS = env.int("FEEDBACK_COMMENT_RETENTION_DAYS", default=180)
FORM_SUBMISSION_RETENTION_DAYS = env.int("FORM_SUBMISSION_RETENTION_DAYS", default=180)
SCHEDULED_JOBS = {
    "frequent": [["publish_scheduled"]],
    "daily": [
        ["clearsessions"],
        ["prune_search_queries", f"--days={SEARCH_QUERY_LOG_DAYS}"],
        [
            "prune_personal_data",
            f"--feedback-days={FEEDBACK_COMMENT_RETENTION_DAYS}",
            f"--submission-days={FORM_SUBMISSION_RETENTION_DAYS}",
        ],
    ],
}
if REVISION_RETENTION_DAYS:
    SCHEDULED_JOBS["daily"].append(["purge_revisions", f"--days={REVISION_RETENTION_DAYS}"])
SCHEDULED_JOBS_INTERVAL = env.int("SCHEDULED_JOBS_INTERVAL", default=300)
SCHEDULED_JOBS_DAILY_AT = env.str("SCHEDULED_JOBS_DAILY_AT", default="03:30")

# Spam protection of the feedback form and the form pages (home/spam.py): a form sent
# sooner than SPAM_MIN_FILL_SECONDS after it was shown, or later than
# SPAM_MAX_FORM_AGE_SECONDS (beyond a cached page's life), is refused, as is more than
# SPAM_RATE_LIMIT posts from one address in SPAM_RATE_WINDOW_SECONDS.
SPAM_MIN_FILL_SECONDS = env.int("SPAM_MIN_FILL_SECONDS", default=3)
SPAM_MAX_FORM_AGE_SECONDS = env.int("SPAM_MAX_FORM_AGE_SECONDS", default=24 * 3600)
SPAM_RATE_LIMIT = env.int("SPAM_RATE_LIMIT", default=10)
SPAM_RATE_WINDOW_SECONDS = env.int("SPAM_RATE_WINDOW_SECONDS", default=600)

# --- Secure by default (docs/security.md) ------------------------------------------------

# Login lockout (django-axes): after AXES_FAILURE_LIMIT failed logins, the user
# name and, separately, the client address are locked for LOGIN_LOCKOUT_MINUTES,
# on the admin login and on the password form of protected pages alike.
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("LOGIN_LOCKOUT_MINUTES", default=15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "municipal_site.security.lockout_response"
AXES_VERBOSE = False
# Behind a proxy (nginx, a load balancer) the client address is the last one
# the proxy adds to X-Forwarded-For: TRUSTED_PROXY_COUNT proxies in front.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXY_COUNT or None
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

# Two-factor authentication (municipal_site/two_factor.py: TOTP in an authenticator
# app, plus recovery codes): superusers and members of TWO_FACTOR_REQUIRED_GROUPS must set
# up a device before they can use the admin and give its code at each login;
# anyone else who sets one up is asked for it too. TWO_FACTOR_REQUIRED=false
# switches it off (the test suite does; its own tests switch it on).
TWO_FACTOR_REQUIRED = env.bool("TWO_FACTOR_REQUIRED", default=True)
TWO_FACTOR_REQUIRED_GROUPS = env.list("TWO_FACTOR_REQUIRED_GROUPS", default=["Moderators"])
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
TWO_FACTOR_RECOVERY_CODES = 10

# Idle session timeout: a session ends SESSION_IDLE_MINUTES after the last request.
SESSION_COOKIE_AGE = env.int("SESSION_IDLE_MINUTES", default=60) * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# Content-Security-Policy (django-csp; municipal_site/security.py): scripts,
# styles, fonts and images from the site itself; frames only from the video
# hosts the video block embeds; nothing may frame the site.
MEDIA_SOURCES = env.list("CSP_MEDIA_SOURCES", default=[])
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        # NONCE: 'nonce-…' of the response, when one of its inline scripts has
        # it (municipal_site/security.py); dropped when none does.
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *MEDIA_SOURCES],
        "media-src": ["'self'", *MEDIA_SOURCES],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        # 'self': the admin's live preview shows the page in a frame.
        "frame-ancestors": ["'self'"],
    }
}

# Browser features the site never uses, switched off for it and anything it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Mail: a sender the county's relay accepts (Django's default, webmaster@localhost,
# is rejected by most). SERVER_EMAIL sends error reports to ADMINS.
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="noreply@localhost")
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = env.str(
    "WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", default=DEFAULT_FROM_EMAIL
)
