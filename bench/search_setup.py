"""A throw-away database with a bare site (a home page, news index and service index per
language) for the search benchmarks; dropped afterwards."""

import contextlib
import os

import django


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "municipal_site.settings.dev")
    django.setup()


@contextlib.contextmanager
def throwaway_database(name):
    """Create `name` on the configured server, migrate it, use it, drop it."""
    from django.db import connection

    connection.settings_dict.setdefault("TEST", {})["NAME"] = name
    original = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        yield
    finally:
        connection.creation.destroy_test_db(original, verbosity=0)


@contextlib.contextmanager
def kept_database(name):
    """`name` on the configured server, created and migrated if need be, kept afterwards:
    a large benchmark database is made once and measured again after a change."""
    from django.core.management import call_command
    from django.db import connection

    with connection._nodb_cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()
    connection.settings_dict["NAME"] = name
    call_command("migrate", verbosity=0, interactive=False)
    yield


def existing_site(languages=("de", "da", "fi", "en")):
    """{language: home page} of a site that build_site() made earlier, or None."""
    from home.models import HomePage

    homes = {home.locale.language_code: home for home in HomePage.objects.filter(depth=2)}
    return homes if set(languages) <= set(homes) else None


def build_site(languages=("de", "da", "fi", "en")):
    """Home, news index and service index per language; returns {language: home page}."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage
    from news.models import NewsIndexPage
    from services.models import ServiceIndexPage

    root = Page.get_first_root_node()
    homes = {}
    for code in languages:
        locale, _created = Locale.objects.get_or_create(language_code=code)
        home = root.add_child(instance=HomePage(title=f"Home {code}", slug=code, locale=locale))
        home.add_child(instance=NewsIndexPage(title="News", slug="news", locale=locale))
        home.add_child(instance=ServiceIndexPage(title="Services", slug="services", locale=locale))
        homes[code] = home
    first = homes[languages[0]]
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=first, is_default_site=True)
    # Wagtail's placeholder page from its own migration.
    Page.objects.filter(depth=2).exclude(pk__in=[h.pk for h in homes.values()]).delete()
    # Each language's home page is a translation of the first one.
    for home in homes.values():
        home.translation_key = first.translation_key
        home.save(update_fields=["translation_key"])
    return homes
