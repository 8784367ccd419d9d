"""Settings shared by every environment. Values come from the environment only.

Safe development defaults live in dev.py; production.py insists on the secrets.
"""

from pathlib import Path

import environ
from django.conf.locale import LANG_INFO

from search.backend_settings import search_backends

BASE_DIR = Path(__file__).resolve().parents[2]
PROJECT_DIR = BASE_DIR / "site"

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default=None)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])

INSTALLED_APPS = [
    "home",
    "home.pagecache",
    "services",
    "news",
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
]

MIDDLEWARE = [
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
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if env.str("REDIS_URL", default=""):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env.str("REDIS_URL"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

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
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
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
USE_I18N = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env.str("TIME_ZONE", default="Europe/Berlin")
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# EMAIL_URL, e.g. smtp+tls://user:password@mail.example.org:587, sets EMAIL_BACKEND, EMAIL_HOST, ...
globals().update(env.email_url("EMAIL_URL", default="smtp://localhost:25"))

WAGTAIL_SITE_NAME = env.str("WAGTAIL_SITE_NAME", default="Landkreis")
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="")
# Size limits (bytes in settings, megabytes in the environment; docs/limits.md).
MB = 1024 * 1024
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(env.float("DOCUMENT_MAX_UPLOAD_MB", default=20) * MB)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(env.float("IMAGE_MAX_UPLOAD_MB", default=10) * MB)
IMPORT_CONTENT_MAX_FILE_SIZE = int(env.float("IMPORT_CONTENT_MAX_FILE_MB", default=2) * MB)
IMPORT_SERVICES_MAX_FILE_SIZE = int(env.float("IMPORT_SERVICES_MAX_FILE_MB", default=200) * MB)
IMPORT_SERVICES_MAX_RECORD_SIZE = int(env.float("IMPORT_SERVICES_MAX_RECORD_MB", default=1) * MB)
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
# with ELASTICSEARCH_URL, one Elasticsearch index per language (search/backend_settings.py).
WAGTAILSEARCH_BACKENDS = search_backends(
    [code for code, _name in WAGTAIL_CONTENT_LANGUAGES],
    elasticsearch_url=env.str("ELASTICSEARCH_URL", default=""),
    index_prefix=env.str("ELASTICSEARCH_INDEX", default="municipal"),
)

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
AXES_IPWARE_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

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
        "script-src": ["'self'"],
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

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
}
