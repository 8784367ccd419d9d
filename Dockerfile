# The site's image: gunicorn serving the production settings, static files
# collected and catalogues compiled at build time, run as an unprivileged user.
# Build: docker build -t municipal-cms .   Run: see compose.yaml and docs/deploy.md.
FROM python:3.11-slim-trixie

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=municipal_site.settings.production \
    GUNICORN_BIND=0.0.0.0:8000 \
    MEDIA_ROOT=/app/media \
    STATIC_ROOT=/app/static

# gettext compiles the catalogues; the PostgreSQL client runs `manage.py backup`
# and `restore` (pg_dump/pg_restore at least as new as the server).
# Debian's stable packages are pinned by the base image's release.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext postgresql-client \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 site \
    && useradd --system --uid 10001 --gid 10001 --create-home --home-dir /home/site site

WORKDIR /app

# Production's lock only: no pytest, Playwright or embedded PostgreSQL.
COPY requirements.lock ./
RUN pip install --require-hashes -r requirements.lock

COPY . .
# Settings need these to load; nothing connects to a database during the build.
# Editable: settings find templates, catalogues and static files in /app.
RUN pip install --no-deps -e . \
    && DATABASE_URL=postgres://build@localhost/build SECRET_KEY=build-only ALLOWED_HOSTS=build \
       python manage.py compilemessages --ignore=.venv --ignore=.local -v0 \
    && DATABASE_URL=postgres://build@localhost/build SECRET_KEY=build-only ALLOWED_HOSTS=build \
       python manage.py collectstatic --no-input -v0 \
    && mkdir -p /app/media /app/backups \
    && chown site:site /app/media /app/backups

USER 10001:10001
VOLUME ["/app/media"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]
ENTRYPOINT ["/app/deploy/entrypoint.sh"]
CMD ["web"]
