"""The home page is built for the tasks citizens come with: search first,
then the editors' top tasks, the newest news, today's hours, a contact block."""

import datetime
import zoneinfo
from urllib.parse import urlsplit

import lxml.html
import pytest
import time_machine
from wagtail.models import Site
from wagtail.test.utils.form_data import streamfield

from home.models import OrganisationDetails, SiteSettings
from services.models import ServiceSettings
from tests.factories import NewsIndexPageFactory, NewsPageFactory
from tests.services.factories import ServiceLocationFactory, weekly_hours
from tests.utils import edit_form_data

pytestmark = pytest.mark.django_db
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def tree(response):
    assert response.status_code == 200, response.status_code
    return lxml.html.fromstring(response.content.decode())


def path(url):
    """The path of a page's URL: Wagtail makes URLs absolute when a second site exists."""
    return urlsplit(url).path


def text(node):
    return " ".join(node.text_content().split())


def test_the_search_box_is_the_first_thing_in_main(site_client, home):
    root = tree(site_client.get("/de/"))
    (main,) = root.xpath("//main")
    first = [el for el in main.iter() if el.tag in ("form", "a", "input", "ul", "section")][0]
    assert first.tag == "form" and first.get("role") == "search"
    # A visible label, a placeholder, and no second search box in the header.
    assert text(main.xpath('.//form[@role="search"]//label')[0]) == "Wonach suchen Sie?"
    assert main.xpath(".//input[@name='q']/@placeholder")
    assert len(root.xpath("//form[@role='search']")) == 1


def test_top_tasks_are_the_eight_chosen_in_their_order(site_client, tasks):
    root = tree(site_client.get("/de/"))
    links = root.xpath('//section[@aria-labelledby="top-tasks-heading"]//a')
    assert [text(a) for a in links] == [f"Aufgabe {n}" for n in range(8, 0, -1)]
    assert links[0].get("href") == path(tasks[8].url)


def test_an_editor_cannot_choose_a_ninth_task(admin_client, home, tasks):
    data = edit_form_data(home, top_tasks=streamfield([("task", task.pk) for task in tasks]))
    response = admin_client.post(f"/admin/pages/{home.pk}/edit/", data)
    assert response.status_code == 200
    assert "Die maximale Anzahl an Elementen ist 8" in response.content.decode()
    home.refresh_from_db()
    assert len(home.top_tasks) == 8


def test_the_three_newest_news_items_follow(site_client, home):
    index = NewsIndexPageFactory(parent=home, title="Aktuelles", slug="aktuelles")
    for day in range(1, 5):
        NewsPageFactory(parent=index, title=f"Meldung {day}", date=datetime.date(2026, 3, day))
    root = tree(site_client.get("/de/"))
    (news,) = root.xpath('//section[@aria-labelledby="home-news-heading"]')
    assert [text(a) for a in news.xpath(".//li/a")] == ["Meldung 4", "Meldung 3", "Meldung 2"]
    assert news.xpath(".//a[normalize-space()='Alle Meldungen']/@href") == [path(index.url)]


@pytest.mark.parametrize(
    ("moment", "status"),
    [
        (datetime.datetime(2026, 11, 18, 10, 0, tzinfo=BERLIN), "Jetzt geöffnet, bis 16:00"),
        (datetime.datetime(2026, 11, 18, 17, 0, tzinfo=BERLIN), "Öffnet wieder am Donnerstag"),
        (datetime.datetime(2026, 11, 18, 7, 0, tzinfo=BERLIN), "Öffnet wieder heute um 08:00"),
    ],
)
def test_todays_hours_of_the_main_office(site_client, home, moment, status):
    office = ServiceLocationFactory(name="Landratsamt", locale=home.locale)
    weekly_hours(office, days=range(5), opens="08:00", closes="16:00")
    ServiceSettings.objects.create(site=Site.objects.get(root_page=home), main_office=office)
    with time_machine.travel(moment, tick=False):
        root = tree(site_client.get("/de/"))
    (panel,) = root.xpath('//section[@aria-labelledby="home-hours-heading"]')
    assert "Landratsamt" in text(panel)
    assert "08:00–16:00" in text(panel)
    assert status in text(panel)


def test_the_cached_home_page_follows_the_main_office_opening_and_closing(
    site_client, home, settings
):
    """With the page cache on, "open now" on the home page changes at 16:00 sharp,
    though the home page was cached at 15:59."""
    settings.PAGE_CACHE_ENABLED = True
    office = ServiceLocationFactory(name="Landratsamt", locale=home.locale)
    weekly_hours(office, days=range(5), opens="08:00", closes="16:00")
    ServiceSettings.objects.create(site=Site.objects.get(root_page=home), main_office=office)

    def status_at(hour, minute, second=0):
        moment = datetime.datetime(2026, 11, 18, hour, minute, second, tzinfo=BERLIN)
        with time_machine.travel(moment, tick=False):
            response = site_client.get("/de/")
        (panel,) = tree(response).xpath('//section[@aria-labelledby="home-hours-heading"]')
        return response["X-Page-Cache"], text(panel)

    cache, panel = status_at(15, 59)
    assert cache == "miss" and "Jetzt geöffnet, bis 16:00" in panel
    assert status_at(15, 59, 30)[0] == "hit"
    cache, panel = status_at(16, 0, 1)
    assert cache == "miss" and "Jetzt geschlossen" in panel


def test_the_contact_block_shows_the_organisation(site_client, home):
    organisation = OrganisationDetails.objects.create(
        name="Landratsamt Beispiel",
        address="Marktplatz 1\n12345 Beispielstadt",
        phone="+49 1234 567-0",
        email="post@example.invalid",
        locale=home.locale,
    )
    SiteSettings.objects.create(site=Site.objects.get(root_page=home), organisation=organisation)
    root = tree(site_client.get("/de/"))
    (contact,) = root.xpath('//section[@aria-labelledby="home-contact-heading"]')
    assert "Marktplatz 1" in text(contact)
    assert contact.xpath(".//a/@href") == ["tel:+491234567-0", "mailto:post@example.invalid"]


def test_the_home_page_without_tasks_news_or_office_still_leads_with_search(site_client, home):
    root = tree(site_client.get("/de/"))
    assert root.xpath("//main//form[@role='search']")
    assert not root.xpath('//section[@aria-labelledby="top-tasks-heading"]')
    assert not root.xpath('//section[@aria-labelledby="home-hours-heading"]')
