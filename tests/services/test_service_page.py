"""The service page as a citizen reads it: every structured field, in the
visitor's language, in a bounded number of queries."""

import datetime
import re
import zoneinfo

import factory
import lxml.html
import pytest
import time_machine
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Locale
from wagtail.rich_text import RichText

from tests.factories import OrganisationFactory, skeleton_page
from tests.services.factories import (
    LifeEventFactory,
    ServiceAreaFactory,
    ServiceCategoryFactory,
    ServiceLocationFactory,
    ServicePageFactory,
    TargetGroupFactory,
    exception,
    weekly_hours,
)

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
# A Wednesday in November: winter time, no holiday.
HOURS = "Mon–Fri 8–12"
WEDNESDAY_MORNING = datetime.datetime(2026, 11, 18, 10, 30, tzinfo=BERLIN)


def located_at(count, locale=None, **hours):
    """`count` locations open Monday to Friday 8–16 (or `hours`), with a holiday each."""
    locations = []
    for n in range(count):
        location = ServiceLocationFactory(
            name=f"Town Hall Office {n:02d}",
            street_address=f"Rathausgasse {n + 1}",
            postal_code="12345",
            locality="Lindenau",
            latitude="50.123400",
            longitude="10.500000",
            phone="+49 1234 55-0",
            step_free_access=True,
            induction_loop=True,
            transport="Bus 7 to the town hall, then two minutes on foot.",
            **({"locale": locale} if locale else {}),
        )
        weekly_hours(location, **hours)
        exception(location, datetime.date(2026, 12, 25), kind="public_holiday")
        exception(location, datetime.date(2026, 12, 28), datetime.date(2026, 12, 31), "closure")
        locations.append(location)
    return locations


def form_document(title):
    document = Document(title=title, file=ContentFile(b"%PDF-1.4 form", name="form.pdf"))
    document.file_size = 15
    document.save()
    return document


def rich_service(language="en", locations=1, terms=1, phones=1, steps=3, **fields):
    """A service with every structured field filled in, under the skeleton's index of
    `language`, linking that index as its related page."""
    parent = skeleton_page("services", language)
    locale = parent.locale
    organisation = OrganisationFactory(
        name="Youth Welfare Office Lindenau",
        kind="public_authority",
        address="Schlossplatz 2\n12345 Lindenau",
        website="https://youth.example.invalid/",
        phone="",
        locale=locale,
    )
    values = {
        "title": "Holiday care grant",
        "summary": "Money towards supervised care for school children during the holidays.",
        "body": [("paragraph", RichText("<p>The county pays part of the holiday camp fee.</p>"))],
        "eligibility": "<p>You live in the county and your child goes to school.</p>",
        "minimum_age": 6,
        "maximum_age": 14,
        "cost": "charged",
        "cost_description": "You pay 5 euros a day yourself.",
        "how_to_apply": [
            ("step", {"title": f"Step {n + 1} of the application", "text": RichText("")})
            for n in range(steps)
        ],
        "required_documents": [
            ("document", {"document": "Proof of residence", "url": ""}),
            ("document", {"document": "Proof of income", "url": "https://income.example.invalid/"}),
        ],
        "processing_time": "About three weeks",
        "deadlines": "Four weeks before the holidays begin.",
        "legal_basis": [("law", {"title": "§ 90 SGB VIII", "url": "https://law.example.invalid/"})],
        "further_notes": "<p>Brothers and sisters pay half.</p>",
        "online_service_url": "https://portal.example.invalid/holiday-care",
        "online_service_label": "Apply online",
        "phones": [
            (
                "phone",
                {"number": f"+49 (0)1234 44-{10 + n}", "label": "Advice", "hours": "Mon–Fri 8–12"},
            )
            for n in range(phones)
        ],
        "email": "holiday-care@example.invalid",
        "forms": [("form", form_document("Application form for the holiday grant"))],
        "organisation": organisation,
        "languages": ["de", "en", "uk", "sgn"],
        "status": "suspended",
        "status_notice": "Suspended while the office moves, until the end of January.",
        "reviewed_on": datetime.date(2026, 10, 1),
        "reviewed_by": "Family support team",
        "related_pages": [("page", parent)],
    }
    values.update(fields)
    page = ServicePageFactory(parent=parent, **values)
    page.categories.set(ServiceCategoryFactory.create_batch(terms, locale=locale))
    page.target_groups.set(
        TargetGroupFactory.create_batch(
            terms, name=factory.Sequence(lambda n: f"Pupils {n}"), locale=locale
        )
    )
    page.life_events.set(LifeEventFactory.create_batch(terms, locale=locale))
    page.areas.set(ServiceAreaFactory.create_batch(terms, locale=locale))
    page.locations.set(located_at(locations, locale=locale))
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def tree(response):
    assert response.status_code == 200
    # A line break separates words as a space would.
    return lxml.html.fromstring(response.content.decode().replace("<br>", "<br> "))


def text(node):
    return " ".join(node.text_content().split())


def texts(root, xpath):
    return [text(node) for node in root.xpath(xpath)]


def section(root, heading):
    """The <section> whose heading reads `heading`."""
    (found,) = root.xpath(
        f'//main//section[*[self::h2 or self::h3][normalize-space()="{heading}"]]'
    )
    return found


def fact(root, term):
    """The text of the <dd> after the <dt> `term`."""
    (found,) = root.xpath(f'//dt[normalize-space()="{term}"]/following-sibling::dd[1]')
    return text(found)


@pytest.fixture
def wednesday():
    with time_machine.travel(WEDNESDAY_MORNING, tick=False):
        yield


@pytest.mark.django_db
def test_every_structured_field_is_shown_in_a_citizen_first_order(client, wednesday):
    page = rich_service()
    root = tree(client.get(page.url))
    assert (
        texts(root, "//main//h2")
        == [
            "This service is temporarily suspended",
            "Who it is for",
            "Cost",
            "How to apply",
            "Documents required",
            "Processing time and deadlines",
            "About this service",
            "Legal basis",
            "Further notes",
            # The places come after the page's own content (issue 14).
            "Contact and places",
            "Provider, languages and area",
            "Related services",
        ][: len(root.xpath("//main//h2"))]
    )
    assert len(root.xpath("//main//h1")) == 1

    notice = section(root, "This service is temporarily suspended")
    assert "until the end of January" in text(notice)
    # The notice comes before anything else the citizen might act on.
    assert root.xpath("//main//h2")[0] is notice.xpath("h2")[0]
    (online,) = root.xpath('//a[@class="button"]')
    assert (online.get("href"), text(online)) == (
        "https://portal.example.invalid/holiday-care",
        "Apply online",
    )

    audience = section(root, "Who it is for")
    target_group = page.target_groups.get()
    assert fact(audience, "Target groups") == target_group.name
    assert fact(audience, "Life events") == page.life_events.get().name
    assert fact(audience, "Age") == "From 6 to 14 years"
    assert "your child goes to school" in text(audience)
    assert texts(root, '//p[@class="service-categories"]') == [
        f"Category: {page.categories.get().name}"
    ]

    cost = section(root, "Cost")
    assert "Charged" in text(cost) and "5 euros a day" in text(cost)
    assert texts(section(root, "How to apply"), "ol/li") == [
        "Step 1 of the application",
        "Step 2 of the application",
        "Step 3 of the application",
    ]
    documents = section(root, "Documents required")
    assert texts(documents, ".//li") == ["Proof of residence", "Proof of income"]
    assert documents.xpath(".//a/@href") == ["https://income.example.invalid/"]
    timing = section(root, "Processing time and deadlines")
    assert fact(timing, "Processing time") == "About three weeks"
    assert fact(timing, "Deadlines") == "Four weeks before the holidays begin."

    contact = section(root, "Contact and places")
    assert texts(contact, './ul[@class="service-channels"]/li') == [
        "Advice: +49 (0)1234 44-10 (Mon–Fri 8–12)",
        "Email: holiday-care@example.invalid",
    ]
    assert contact.xpath('.//a[starts-with(@href, "tel:")]/@href')[0] == "tel:+4912344410"
    assert contact.xpath('.//a[starts-with(@href, "mailto:")]/@href') == [
        "mailto:holiday-care@example.invalid"
    ]
    (form,) = contact.xpath('.//ul[@class="service-forms"]/li')
    assert text(form) == "Application form for the holiday grant (PDF, 15 bytes)"
    assert re.fullmatch(r"/documents/\d+/form[\w-]*\.pdf", form.xpath("a/@href")[0])

    assert "pays part of the holiday camp fee" in text(section(root, "About this service"))
    law = section(root, "Legal basis")
    assert (texts(law, ".//a"), law.xpath(".//a/@href")) == (
        ["§ 90 SGB VIII"],
        ["https://law.example.invalid/"],
    )
    assert "Brothers and sisters pay half." in text(section(root, "Further notes"))

    provider = section(root, "Provider, languages and area")
    assert fact(provider, "Responsible organisation") == (
        "Youth Welfare Office Lindenau Schlossplatz 2 12345 Lindenau"
    )
    assert fact(provider, "Languages offered") == "German, English, Ukrainian, Sign language"
    assert fact(provider, "Service area") == page.areas.get().name
    assert fact(provider, "Information last checked") == "Oct. 1, 2026 by Family support team"
    index = page.get_parent()
    related = root.xpath('//nav[@class="related"]//a')
    assert [(text(a), a.get("href")) for a in related] == [(index.title, index.url)]


@pytest.mark.django_db
def test_a_location_shows_address_map_link_access_and_hours_of_today_and_the_week(
    client, wednesday
):
    page = rich_service()
    root = tree(client.get(page.url))
    location = section(root, "Town Hall Office 00")
    assert texts(location, './/p[@class="location-address"]') == ["Rathausgasse 1 12345 Lindenau"]
    (osm,) = location.xpath('.//a[contains(@href, "openstreetmap.org")]')
    assert osm.get("href") == (
        "https://www.openstreetmap.org/?mlat=50.1234&mlon=10.5#map=17/50.1234/10.5"
    )
    assert text(osm) == "Show on OpenStreetMap: Town Hall Office 00"
    assert texts(location, './/h4[.="Accessibility"]/following-sibling::ul[1]/li') == [
        "Step-free access",
        "Induction loop",
    ]
    assert "Bus 7 to the town hall" in text(location)
    assert texts(location, './/p[contains(@class, "open-status")]') == [
        "Open now, until 4 p.m. Today: 8 a.m.–4 p.m."
    ]
    rows = location.xpath(".//table/tbody/tr")
    assert [texts(row, "th|td") for row in rows] == [
        ["Wednesday, 11/18/2026", "8 a.m.–4 p.m."],
        ["Thursday, 11/19/2026", "8 a.m.–4 p.m."],
        ["Friday, 11/20/2026", "8 a.m.–4 p.m."],
        ["Saturday, 11/21/2026", "Closed"],
        ["Sunday, 11/22/2026", "Closed"],
        ["Monday, 11/23/2026", "8 a.m.–4 p.m."],
        ["Tuesday, 11/24/2026", "8 a.m.–4 p.m."],
    ]
    assert rows[0].get("aria-current") == "date"
    assert texts(location, './/ul[@class="hours-exceptions"]/li') == [
        "Dec. 25, 2026: Public holiday: closed",
        "Dec. 28, 2026 to Dec. 31, 2026: Closed",
    ]


@pytest.mark.django_db
def test_status_notice_and_online_button_follow_the_status(client):
    discontinued = rich_service(
        status="discontinued", status_notice="Replaced by the school's own holiday club."
    )
    root = tree(client.get(discontinued.url))
    notice = section(root, "This service is no longer offered")
    assert "Replaced by the school's own holiday club." in text(notice)
    assert root.xpath('//a[@class="button"]') == []

    active = rich_service(status="active", status_notice="")
    root = tree(client.get(active.url))
    assert root.xpath('//section[contains(@class, "service-notice")]') == []
    assert texts(root, '//a[@class="button"]') == ["Apply online"]


@pytest.mark.django_db
def test_terms_and_locations_chosen_in_german_are_shown_in_danish_where_translated(
    client, wednesday
):
    danish = Locale.objects.get(language_code="da")
    german_group = TargetGroupFactory(name="Schulkinder", slug="schulkinder")
    TargetGroupFactory(
        name="Skolebørn",
        slug="skoleboern",
        locale=danish,
        translation_key=german_group.translation_key,
    )
    untranslated = TargetGroupFactory(name="Alleinerziehende", slug="alleinerziehende")
    (german_place,) = located_at(1, locale=german_group.locale)
    german_place.name = "Bürgerbüro Markt"
    german_place.save()
    danish_place = ServiceLocationFactory(
        name="Borgerservice Torvet", locale=danish, translation_key=german_place.translation_key
    )
    weekly_hours(danish_place, days=[2], opens="09:00", closes="15:00")

    page = rich_service("da")
    page.target_groups.set([german_group, untranslated])
    page.locations.set([german_place])
    page.save_revision().publish()

    root = tree(client.get(page.url))
    assert root.xpath("/html/@lang") == ["da"]
    groups = root.xpath('(//section[@aria-labelledby="service-audience"]//dd)[1]//li')
    assert [(text(li), li.get("lang")) for li in groups] == [
        ("Alleinerziehende", "de"),
        ("Skolebørn", None),
    ]
    location = section(root, "Borgerservice Torvet")
    assert location.get("lang") is None
    assert root.xpath('//h3[normalize-space()="Bürgerbüro Markt"]') == []
    # Weekday names and the languages offered are in Danish too.
    assert texts(location, ".//table/tbody/tr[1]/th") == ["Onsdag, 18.11.2026"]
    assert "tysk, engelsk, ukrainsk" in text(root.xpath("//main")[0])


@pytest.mark.django_db
def test_queries_do_not_grow_with_locations_terms_phones_and_steps(
    client, wednesday, django_assert_max_num_queries
):
    small = rich_service(locations=1, terms=1, phones=1, steps=1)
    large = rich_service(locations=20, terms=20, phones=20, steps=20, title="Large service")
    client.get(small.url)
    # 16: one of them the alerts that cover the page (home/alerts/selection.py).
    with django_assert_max_num_queries(16) as one:
        response = client.get(small.url)
    assert response.status_code == 200
    expected = len(one)
    with django_assert_max_num_queries(expected) as many:
        response = client.get(large.url)
    root = tree(response)
    assert len(root.xpath('//section[@class="service-location"]')) == 20
    assert len(root.xpath('//table[@class="hours-table"]/tbody/tr')) == 20 * 7
    assert len(many) == expected


@pytest.mark.django_db
def test_each_service_shows_its_own_organisation_forms_places_and_terms(client, wednesday):
    """Service pages share one compiled query (services/models/page_data.py); pages
    of the same shape and of others, read one after the other, each show their own."""
    youth = "Youth Welfare Office Lindenau"
    first = rich_service(title="First service")
    second = rich_service(title="Second service", locations=2, terms=2)
    second.organisation.name = "Health Office Lindenau"
    second.organisation.save()
    bare = ServicePageFactory(parent=skeleton_page("services", "en"), title="Bare service")
    two_forms = rich_service(
        title="Two forms",
        forms=[("form", form_document("Form A")), ("form", form_document("Form B"))],
    )
    expected = [
        (first, youth, ["Application form for the holiday grant"], 1),
        (second, "Health Office Lindenau", ["Application form for the holiday grant"], 2),
        (bare, None, [], 0),
        (two_forms, youth, ["Form A", "Form B"], 1),
    ]
    for _round in range(2):
        for page, organisation, forms, places in expected:
            root = tree(client.get(page.url))
            text = root.text_content()
            for name in (youth, "Health Office Lindenau"):
                assert (name in text) == (name == organisation), (page.title, name)
            shown = [t for t in texts(root, "//main//a") if t.startswith(("Form", "Application"))]
            assert shown == forms, page.title
            assert len(root.xpath('//section[@class="service-location"]')) == places, page.title


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["de", "da", "fi", "en"])
def test_services_render_with_their_places_and_structured_data_in_every_language(client, language):
    index = skeleton_page("services", language)
    locale = index.locale
    # A place chosen in German and its translation: the page shows it once, translated.
    german_place = ServiceLocationFactory(name="Bürgerbüro")
    places = [german_place]
    if language != "de":
        places.append(
            ServiceLocationFactory(
                name=f"Bürgerbüro ({language})",
                locale=locale,
                translation_key=german_place.translation_key,
            )
        )
    pages = [
        # Nothing but the required fields: no places, no channels, no terms.
        ServicePageFactory(parent=index, title="Ömbudsdienst & Co. <Test>"),
        rich_service(language, locations=2, terms=2, phones=2),
        ServicePageFactory(parent=index, title="Beratung vor Ort", relations={"locations": places}),
    ]
    for page in pages:
        root = tree(client.get(page.url))
        assert root.xpath("/html/@lang") == [language], page.url
        assert texts(root, "//main//h1") == [page.title], page.url
        assert len(root.xpath('//script[@type="application/ld+json"]')) == 1, page.url
        shown = root.xpath('//section[@class="service-location"]')
        assert len(shown) == len({loc.translation_key for loc in page.locations.all()}), page.url
    (place,) = tree(client.get(pages[2].url)).xpath('//section[@class="service-location"]//h3')
    assert text(place) == places[-1].name
