"""`manage.py setup_site`: an authority's empty site, with no demo content, idempotent."""

import io
import textwrap

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from lxml import html
from wagtail.models import Locale, Page, Site

from home.keys import translation_key
from home.models import OrganisationDetails
from home.organisations.models import Contact

pytestmark = pytest.mark.django_db


@pytest.fixture
def empty_database():
    """No pages, snippets or site: what a county has after `migrate`, bar Wagtail's root."""
    for page in Page.objects.filter(depth=2):
        page.delete()
    Site.objects.all().delete()
    OrganisationDetails.objects.all().delete()
    Contact.objects.all().delete()
    Group.objects.filter(name__in=["Moderators", "Editors"]).delete()
    assert not Page.objects.filter(depth__gt=1).exists()


def setup_site(*args):
    out = io.StringIO()
    call_command("setup_site", *args, stdout=out)
    return out.getvalue()


def page(key, language):
    return Page.objects.get(
        translation_key=translation_key(key), locale__language_code=language
    ).specific


def get(url):
    response = Client().get(url)
    assert response.status_code == 200, url
    return html.fromstring(response.content)


def test_creates_the_skeleton_of_an_authority_in_each_language(empty_database):
    output = setup_site("--name", "Landkreis Musterland", "--languages", "de,da")

    assert "ready in de, da" in output
    for language in ("de", "da"):
        home = page("home", language)
        assert home.title == "Landkreis Musterland" and home.live
        assert home.url == f"/{language}/"
        for key in ("services", "news", "legal-notice", "privacy", "accessibility"):
            child = page(key, language)
            assert child.live and child.get_parent().pk == home.pk
    assert Site.objects.get(is_default_site=True).root_page_id == page("home", "de").pk
    assert not Page.objects.filter(locale__language_code="fi").exists()

    # The pages speak their language, and their placeholders say what to fill in.
    assert page("legal-notice", "de").title == "Impressum"
    assert page("legal-notice", "da").title == "Kolofon"
    assert page("services", "da").url == "/da/tilbud/"
    notice = get(page("legal-notice", "de").url)
    assert "Auszufüllen: wer die Behörde vertritt" in notice.text_content()
    statement = get(page("accessibility", "da").url)
    assert "Udfyldes:" in statement.text_content()

    # The footer links the legal pages; the header names the authority.
    home = get("/da/")
    footer_links = {a.text_content().strip() for a in home.xpath("//footer//a")}
    assert {"Kolofon", "Privatlivspolitik", "Tilgængelighedserklæring"} <= footer_links
    assert "Landkreis Musterland" in home.text_content()
    for language in ("de", "da"):
        get(page("services", language).url)
        get(page("news", language).url)

    assert Group.objects.filter(name__in=["Moderators", "Editors"]).count() == 2
    assert Group.objects.filter(name__startswith="Translators").exists()
    editors = Group.objects.get(name="Editors")
    assert editors.page_permissions.filter(page__depth=1).exists()


def test_is_idempotent_and_keeps_what_editors_changed(empty_database):
    setup_site("--name", "Landkreis Musterland", "--languages", "de")
    notice = page("legal-notice", "de")
    notice.title = "Impressum des Landkreises"
    notice.save_revision().publish()
    pages = Page.objects.count()

    output = setup_site("--name", "Landkreis Musterland", "--languages", "de")

    assert "0 objects created" in output
    assert Page.objects.count() == pages
    assert page("legal-notice", "de").title == "Impressum des Landkreises"


def test_a_language_added_later_gets_its_pages(empty_database):
    setup_site("--name", "Landkreis Musterland", "--languages", "de")
    german = Page.objects.filter(depth__gt=1, locale__language_code="de").count()

    setup_site("--name", "Landkreis Musterland", "--languages", "de,fi")

    assert Page.objects.filter(depth__gt=1, locale__language_code="de").count() == german
    assert Page.objects.filter(locale__language_code="fi").count() == german
    assert page("privacy", "fi").title == "Tietosuojaseloste"
    assert OrganisationDetails.objects.filter(locale__language_code="fi").exists()
    get("/fi/")


def test_refuses_a_language_that_is_not_configured(empty_database):
    with pytest.raises(CommandError, match="sv is not a language of this site"):
        setup_site("--name", "Musterland", "--languages", "de,sv")
    assert not Page.objects.filter(depth__gt=1).exists()
    assert not Locale.objects.filter(language_code="sv").exists()


def test_the_domain_names_the_site(empty_database):
    setup_site("--name", "Musterland", "--languages", "de", "--domain", "www.musterland.example")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("www.musterland.example", 443)


def test_content_imports_into_the_skeleton(empty_database, tmp_path):
    """A county's own pages go into the empty site: news under the news index, a service
    into the directory, a translation next to its source."""
    setup_site("--name", "Landkreis Musterland", "--languages", "de,da")
    files = {
        "news.md": """
            ---
            key: first-news
            type: news
            locale: de
            title: Neue Sprechzeiten im Kreishaus
            date: 2026-11-30
            ---
            Ab Januar ist das Kreishaus auch donnerstags geöffnet.
            """,
        "news-da.md": """
            ---
            key: first-news
            type: news
            locale: da
            title: Nye åbningstider i amtshuset
            date: 2026-11-30
            ---
            Fra januar har amtshuset også åbent om torsdagen.
            """,
        "service.md": """
            ---
            key: dog-licence
            type: service
            locale: de
            title: Hund anmelden
            ---
            Wer einen Hund hält, meldet ihn innerhalb von zwei Wochen an.
            """,
    }
    for name, text in files.items():
        (tmp_path / name).write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")

    call_command("import_content", str(tmp_path), stdout=io.StringIO())

    assert page("first-news", "de").get_parent().pk == page("news", "de").pk
    assert page("first-news", "da").get_parent().pk == page("news", "da").pk
    assert page("dog-licence", "de").get_parent().pk == page("services", "de").pk
    news_list = get(page("news", "da").url)
    assert "Nye åbningstider i amtshuset" in news_list.text_content()
