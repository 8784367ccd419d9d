import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "municipal_site.settings.production")
# Web requests get short database time limits (settings/base.py).
os.environ.setdefault("MUNICIPAL_PROCESS", "web")

application = get_wsgi_application()
