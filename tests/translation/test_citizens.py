"""What citizens meet: the switcher for untranslated pages, and a valid sitemap."""

from pathlib import Path

import lxml.etree
import lxml.html
import pytest
from wagtail.models import Site

from home.models import SiteSettings
from tests.factories import skeleton_page

pytestmark = pytest.mark.django_db

SCHEMA = Path(__file__).parent / "schemas" / "sitemap.xsd"


def switcher_link(html, language):
    [link] = html.xpath(f'//nav[@class="language-switcher"]//a[@lang="{language}"]')
    return link


def get_html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return lxml.html.fromstring(response.content)


def use_original_for_untranslated_pages():
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.untranslated_pages = "source_page"
    settings.save()


def test_the_switcher_sends_to_the_home_page_and_says_so(client, source_page):
    link = switcher_link(get_html(client, source_page.url), "da")
    # The home page is told where the visitor came from, to say so visibly (tests/citizens).
    assert link.get("href") == skeleton_page("home", "da").url + "?not_translated=de"
    assert link.xpath('.//span[@class="visually-hidden"]')


def test_as_a_site_setting_the_switcher_shows_the_original_with_a_notice(
    client, source_page, agenda
):
    use_original_for_untranslated_pages()
    link = switcher_link(get_html(client, source_page.url), "da")
    assert link.get("href") == f"{source_page.url}?untranslated=da"
    assert link.get("hreflang") == "de"  # the page linked to is German

    html = get_html(client, link.get("href"))
    [notice] = html.xpath('//aside[@aria-labelledby="untranslated-notice-heading"]')
    assert notice.get("lang") == "da"  # read out in the visitor's language
    assert notice.xpath(f'.//a[@href="{skeleton_page("home", "da").url}"]')
    assert html.xpath('//html[@lang="de"]')  # the page itself stays German
    # Translated pages keep linking to their translations.
    html = get_html(client, agenda["de"].url)
    assert switcher_link(html, "da").get("href") == agenda["da"].url


@pytest.mark.parametrize("language", ["xx", "de", "<script>"])
def test_a_meaningless_untranslated_parameter_is_ignored(client, source_page, language):
    html = get_html(client, f"{source_page.url}?untranslated={language}")
    assert not html.xpath('//aside[@aria-labelledby="untranslated-notice-heading"]')


def test_no_notice_when_the_translation_exists(client, agenda):
    html = get_html(client, agenda["de"].url + "?untranslated=da")
    assert not html.xpath('//aside[@aria-labelledby="untranslated-notice-heading"]')


def test_the_sitemap_validates_against_the_sitemap_schema(client, source_page):
    schema = lxml.etree.XMLSchema(lxml.etree.parse(str(SCHEMA)))
    response = client.get("/sitemap.xml")
    document = lxml.etree.fromstring(response.content)
    assert schema.validate(document), schema.error_log
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    assert document.xpath("//x:link", namespaces=ns)  # the alternates were validated too
    locations = document.xpath("//s:loc/text()", namespaces=ns)
    assert any(loc.endswith(source_page.url) for loc in locations)


def test_the_schema_rejects_a_broken_sitemap(client):
    """The schema is not a formality: an alternate without hreflang fails it."""
    schema = lxml.etree.XMLSchema(lxml.etree.parse(str(SCHEMA)))
    content = client.get("/sitemap.xml").content.replace(b'hreflang="da"', b"", 1)
    assert not schema.validate(lxml.etree.fromstring(content))
