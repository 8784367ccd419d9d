"""The demo county (home/demo/) as `load_demo_content` loads it on top of `setup_site`:
every file becomes what it says, a second run changes nothing, every page renders in
its language, and the translation dashboard sees real, up-to-date translations.

The demo is loaded once for this module, inside a transaction that is rolled back at
the end, so no other test sees it."""

import io
import shutil

import pytest
from django.core.management import call_command
from django.db import transaction
from lxml import html
from wagtail.models import Locale, ModelLogEntry, Page, PageLogEntry, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.import_source import read_source
from home.keys import translation_key
from home.management.commands.load_demo_content import DEMO

pytestmark = pytest.mark.django_db

PAGE_FILES = sorted((DEMO / "pages").glob("*.md"))


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("load_demo_content", verbosity=0)
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def files():
    return [read_source(path) for path in PAGE_FILES]


def page_of(source):
    key = source.meta.get("translation_of") or source.meta["key"]
    return Page.objects.get(
        translation_key=translation_key(key), locale__language_code=source.meta["locale"]
    )


def test_every_page_file_is_a_live_page_with_its_title_in_its_language():
    sources = files()
    assert len(sources) > 40
    for source in sources:
        page = page_of(source)
        assert page.live, source.path
        assert page.title == source.meta["title"], source.path
    # The skeleton's pages are the demo's: one page per key and language, none doubled.
    for key in ("home", "services", "news", "legal-notice", "privacy", "accessibility"):
        pages = Page.objects.filter(translation_key=translation_key(key))
        assert pages.count() == Locale.objects.count(), key
        assert len({page.locale_id for page in pages}) == pages.count(), key


def test_a_second_run_changes_nothing():
    counts = (Page, Revision, PageLogEntry, ModelLogEntry, TranslationSource, StringTranslation)
    before = [model.objects.count() for model in counts]
    synced = list(TranslationSource.objects.values_list("pk", "last_updated_at").order_by("pk"))
    call_command("load_demo_content", verbosity=0)
    assert [model.objects.count() for model in counts] == before
    assert list(TranslationSource.objects.values_list("pk", "last_updated_at").order_by("pk")) == (
        synced
    )


def test_every_demo_page_renders_in_its_language(client):
    pages = Page.objects.filter(depth__gt=1, live=True).specific()
    languages = set()
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        document = html.fromstring(response.content)
        assert document.get("lang") == page.locale.language_code, page.url
        assert page.title in document.findtext(".//h1").strip() or page.depth == 2, page.url
        languages.add(page.locale.language_code)
    assert languages == set(Locale.objects.values_list("language_code", flat=True))


@pytest.mark.parametrize(
    "language, title",
    [
        ("de", "Termine im Bürgerbüro jetzt online buchen"),
        ("en", "Book citizens' office appointments online"),
    ],
)
def test_the_demo_has_an_active_information_alert_in_each_language(client, language, title):
    home = Page.objects.get(translation_key=translation_key("home"), locale__language_code=language)
    document = html.fromstring(client.get(home.url).content)
    (alert,) = document.xpath("//main//section[contains(@class, 'alert-information')]")
    assert alert.get("lang") == language
    assert alert.xpath("string(.//strong)") == title
    services = Page.objects.get(
        translation_key=translation_key("services"), locale__language_code=language
    )
    assert alert.xpath(".//a/@href") == [services.full_url]


def dashboard_counts(client, language, kind="pages"):
    response = client.get("/admin/translations/", {"locale": language})
    assert response.status_code == 200
    (row,) = html.fromstring(response.content).xpath(
        f'//tr[@data-locale="{language}"][@data-kind="{kind}"]'
    )
    return {cell.get("data-status"): int(cell.text) for cell in row.xpath("td[@data-status]")}


@pytest.mark.parametrize("language", ["da", "fi", "en"])
def test_the_dashboard_shows_the_demo_translations_up_to_date(admin_client, language):
    counts = dashboard_counts(admin_client, language)
    translated = Page.objects.filter(locale__language_code=language, depth__gt=1)
    assert counts["up_to_date"] == translated.count() > 10
    assert counts["outdated"] == counts["in_progress"] == 0
    assert counts["missing"] > 0  # the German-only pages, honestly missing
    assert dashboard_counts(admin_client, language, "snippets")["outdated"] == 0
    # Real wagtail-localize translations: a Translation per page, its strings filled in.
    for page in translated.filter(live=True).specific()[:20]:
        source = TranslationSource.objects.get(object_id=page.translation_key)
        translation = Translation.objects.get(source=source, target_locale=page.locale)
        total, done = translation.get_progress()
        assert done > 0 and done <= total, page.url


def test_a_changed_german_file_makes_its_translations_outdated(admin_client, tmp_path):
    german = DEMO / "pages" / "digital-county.de.md"
    changed = tmp_path / german.name
    shutil.copy(german, changed)
    changed.write_text(german.read_text(encoding="utf-8") + "\nEin neuer Absatz.\n", "utf-8")
    call_command("import_content", str(changed), stdout=io.StringIO())
    danish = DEMO / "pages" / "digital-county.da.md"
    for language in ("fi", "en"):
        assert dashboard_counts(admin_client, language)["outdated"] == 1
    # A translator brings the Danish page up to date (here: by importing its file again,
    # changed, as a translation agency would deliver it).
    changed_da = tmp_path / danish.name
    changed_da.write_text(danish.read_text(encoding="utf-8") + "\nEt nyt afsnit.\n", "utf-8")
    call_command("import_content", str(changed_da), stdout=io.StringIO())
    assert dashboard_counts(admin_client, "da")["outdated"] == 0
    assert dashboard_counts(admin_client, "fi")["outdated"] == 1


def test_every_demo_service_and_its_printable_forms(client):
    from services.models import ServicePage

    services = ServicePage.objects.live()
    assert services.filter(locale__language_code="de").count() >= 30
    forms = [block.value for page in services for block in page.forms]
    assert forms
    for document in {form.pk: form for form in forms}.values():
        response = client.get(document.url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_every_home_page_shows_eight_top_tasks_in_its_language(client):
    for locale in Locale.objects.all():
        response = client.get(f"/{locale.language_code}/")
        links = html.fromstring(response.content).xpath(
            '//section[@aria-labelledby="top-tasks-heading"]//a/@href'
        )
        assert len(links) == 8, locale.language_code
        for href in links:
            assert href.startswith(f"/{locale.language_code}/"), href
            assert client.get(href).status_code == 200, href


@pytest.mark.parametrize(
    "language, original_key, link_text",
    [
        ("de", "home", "Diese Seite in Leichter Sprache lesen"),
        ("de", "citizen-services", "Diese Seite in Leichter Sprache lesen"),
        ("fi", "home", "Lue tämä sivu selkokielellä"),
        ("fi", "citizen-services", "Lue tämä sivu selkokielellä"),
        ("da", "home", "Læs denne side i let læst udgave"),
    ],
)
def test_the_demo_has_easy_read_versions_linked_from_their_originals(
    client, language, original_key, link_text
):
    original = Page.objects.get(
        translation_key=translation_key(original_key), locale__language_code=language
    )
    easy = Page.objects.get(
        translation_key=translation_key(f"easy-read-{original_key}"),
        locale__language_code=language,
    ).specific
    assert easy.live and easy.original_id == original.pk
    document = html.fromstring(client.get(original.url).content)
    (link,) = document.xpath("//main//p[contains(@class, 'easy-read-notice')]/a")
    assert (link.text_content(), link.get("href")) == (link_text, easy.url)
    (entry,) = document.xpath("//header//a[contains(@class, 'easy-read-entry')]")
    index = html.fromstring(client.get(entry.get("href")).content)
    assert easy.title in [a.text_content() for a in index.xpath("//main//li//h2/a")]


def test_the_demo_home_page_explains_the_site_in_german_sign_language(client):
    document = html.fromstring(client.get("/de/").content)
    (section,) = document.xpath("//main//section[contains(@class, 'sign-language-video')]")
    assert "Deutsche Gebärdensprache (DGS)" in section.text_content()
    assert "Herzlich willkommen beim Landkreis Lindenau" in section.text_content()
    assert not document.xpath("//iframe")  # nothing loaded before the visitor asks
