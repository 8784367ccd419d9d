#!/bin/sh
# The container's entrypoint (Dockerfile, compose.yaml); it runs outside a container
# too, with python and gunicorn on PATH and the project as the working directory.
#
#   web        migrate (unless MIGRATE_ON_START=0), then gunicorn (gunicorn.conf.py)
#   scheduler  the scheduled jobs, forever (manage.py run_jobs --loop)
#   anything else is run as given, e.g. `manage.py backup`
set -eu
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?Set DATABASE_URL (production never starts a database of its own).}"

case "${1:-web}" in
    web)
        if [ "${MIGRATE_ON_START:-1}" = "1" ]; then
            python manage.py migrate --no-input
        fi
        exec gunicorn --config gunicorn.conf.py
        ;;
    scheduler)
        exec python manage.py run_jobs --loop
        ;;
    *)
        exec "$@"
        ;;
esac
