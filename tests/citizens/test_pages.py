"""What citizens meet beyond the home page: the phone header, the notice
after the language switcher, helpful 404 and no-result pages, tables, the
login, news dates, and the service page's order and hours."""

import datetime
import zoneinfo

import lxml.html
import pytest
import time_machine
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from tests.citizens.test_home_page import path, text, tree
from tests.factories import NewsIndexPageFactory, NewsPageFactory, StandardPageFactory
from tests.services.factories import ServiceLocationFactory, ServicePageFactory, weekly_hours

pytestmark = pytest.mark.django_db
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def test_menu_and_languages_fold_behind_a_menu_button(site_client, standard, danish_home):
    root = tree(site_client.get(standard.url))
    (menu,) = root.xpath("//header//details[contains(@class, 'site-menu')]")
    assert text(menu.xpath("./summary")[0]) == "Menü"
    assert menu.xpath(".//nav[contains(@class, 'language-switcher')]")
    # No script is needed: nothing in the header has an event handler or inline script.
    assert not root.xpath("//header//script | //header//*[@*[starts-with(name(), 'on')]]")
    search = root.xpath("//header//form[@role='search']")[0]
    assert search.xpath(".//input/@placeholder") and search.xpath(".//svg[@aria-hidden='true']")


def test_the_switcher_says_visibly_that_a_page_is_not_translated(
    site_client, standard, danish_home
):
    root = tree(site_client.get(standard.url))
    (dansk,) = root.xpath("//nav[contains(@class, 'language-switcher')]//a[@lang='da']")
    assert dansk.get("href") == "/da/?not_translated=de"
    target = tree(site_client.get(dansk.get("href")))
    (notice,) = target.xpath("//aside[contains(@class, 'notice')]")
    assert "visually-hidden" not in (notice.get("class") or "")
    assert text(notice).startswith("Denne side er ikke oversat")
    # Opened directly, the home page has no notice.
    assert not tree(site_client.get("/da/")).xpath("//aside[contains(@class, 'notice')]")


def test_the_404_page_offers_search_a_to_z_and_top_tasks(site_client, tasks):
    response = site_client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    root = lxml.html.fromstring(response.content.decode())
    assert root.xpath("//main//form[@role='search']//input[@name='q']")
    links = {
        text(a): a.get("href") for a in root.xpath("//nav[@aria-labelledby='ways-on-heading']//a")
    }
    assert links["Leistungen von A bis Z"].endswith("/leistungen/a-z/")
    assert links["Aufgabe 8"] == path(tasks[8].url)


def test_a_search_without_results_offers_the_same_ways_on(site_client, tasks):
    root = tree(site_client.get("/de/search/", {"q": "Xylophonreparatur"}))
    links = [text(a) for a in root.xpath("//nav[@aria-labelledby='ways-on-heading']//a")]
    assert "Leistungen von A bis Z" in links and "Aufgabe 8" in links


def test_a_table_block_is_a_table_with_its_caption(site_client, home):
    page = StandardPageFactory(
        parent=home,
        body=[
            (
                "table",
                {
                    "caption": "Gebühren",
                    "table": {
                        "data": [["Leistung", "Preis"], ["Ausweis", "37 €"]],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                    },
                },
            )
        ],
    )
    root = tree(site_client.get(page.url))
    (table,) = root.xpath("//main//table")
    assert text(table.xpath("./caption")[0]) == "Gebühren"
    assert [text(th) for th in table.xpath(".//th[@scope='col']")] == ["Leistung", "Preis"]
    assert [text(td) for td in table.xpath(".//td")] == ["Ausweis", "37 €"]
    assert "{" not in text(root.xpath("//main")[0])


def test_after_the_front_end_login_the_visitor_is_not_sent_to_a_404(site_client, standard):
    PageViewRestriction.objects.create(page=standard, restriction_type="login")
    get_user_model().objects.create_user("buerger", password="geheim-12345")
    response = site_client.get(standard.url)
    assert response.status_code == 302
    login_url = response["Location"]
    # With the page to return to: back to it.
    response = site_client.post(login_url, {"username": "buerger", "password": "geheim-12345"})
    assert response["Location"] == path(standard.url)
    # Without one: the home page, never /accounts/profile/.
    site_client.logout()
    response = site_client.post(
        login_url.split("?")[0], {"username": "buerger", "password": "geheim-12345"}, follow=True
    )
    assert response.status_code == 200
    assert "/accounts/profile/" not in [url for url, _status in response.redirect_chain]


def test_an_imported_old_news_item_shows_its_date_not_today_as_last_updated(site_client, home):
    index = NewsIndexPageFactory(parent=home)
    with time_machine.travel(datetime.datetime(2026, 11, 18, 10, tzinfo=BERLIN)):
        item = NewsPageFactory(parent=index, date=datetime.date(2024, 5, 22))
        item.save_revision().publish()
        root = tree(site_client.get(item.url))
    assert "Zuletzt aktualisiert" not in text(root.xpath("//main")[0])
    assert root.xpath("//p[@class='news-date']/time/@datetime") == ["2024-05-22"]
    # Changed and published again on a later day: now it says so.
    with time_machine.travel(datetime.datetime(2026, 11, 20, 10, tzinfo=BERLIN)):
        item.refresh_from_db()
        item.title = "Geänderte Meldung"
        item.save_revision().publish()
        root = tree(site_client.get(item.url))
    assert root.xpath("//p[@class='meta']/time/@datetime") == ["2026-11-20"]


@pytest.fixture
def service(services):
    first = ServiceLocationFactory(name="Bürgerbüro Markt", locale=services.locale)
    weekly_hours(first, days=range(5), opens="08:00", closes="12:00")
    second = ServiceLocationFactory(name="Außenstelle Nord", locale=services.locale)
    weekly_hours(second, days=[0, 2], opens="14:00", closes="18:00")
    page = ServicePageFactory(
        parent=services,
        title="Wohngeld",
        eligibility="<p>Für Mieterinnen und Mieter.</p>",
        body=[("paragraph", "<p>Ein Zuschuss zur Miete.</p>")],
        relations={"locations": [first, second]},
    )
    page.save_revision().publish()
    return page


def test_the_service_page_puts_its_content_before_the_places(site_client, service):
    with time_machine.travel(datetime.datetime(2026, 11, 20, 13, tzinfo=BERLIN), tick=False):
        root = tree(site_client.get(service.url))
    headings = [text(h) for h in root.xpath("//main//h2")]
    assert headings.index("Für wen") < headings.index("Kontakt und Standorte")
    assert headings.index("Über diese Leistung") < headings.index("Kontakt und Standorte")
    first, second = root.xpath("//section[contains(@class, 'service-location')]")
    # Places are listed by name.
    assert "Außenstelle Nord" in text(first) and "Bürgerbüro Markt" in text(second)
    # The first place shows its week; the others fold it under a <details>.
    assert first.xpath(".//table") and not first.xpath(".//details")
    (folded,) = second.xpath(".//details")
    assert folded.xpath(".//table") and "Bürgerbüro Markt" in text(folded.xpath("./summary")[0])
    # Friday 13:00: both closed; when they open again is said.
    assert "Öffnet wieder am Montag, 23.11.2026, um 14:00" in text(first)
    assert "Öffnet wieder am Montag, 23.11.2026, um 08:00" in text(second)
