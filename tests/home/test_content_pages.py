"""Strategies, the care network, the accessibility statement and content blocks, as seen."""

import datetime
import re

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext
from icalendar import Calendar

from tests.factories import (
    CareNetworkPageFactory,
    ContactFactory,
    DocumentFactory,
    ImageFactory,
    OrganisationFactory,
    StandardPageFactory,
    StrategyPageFactory,
    TopicPageFactory,
    skeleton_page,
    stream,
)
from tests.html import get, has_class, one, text
from tests.services.factories import ServicePageFactory
from tests.utils import edit_form_data

pytestmark = pytest.mark.django_db


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def goal(n, status="planned", title=None):
    return (
        "goal",
        {
            "title": title or f"Ziel Nummer {n}",
            "description": "",
            "indicator": "",
            "status": status,
        },
    )


def action(n, goals="1", status="planned"):
    return (
        "action",
        {
            "title": f"Maßnahme {n}",
            "description": "",
            "goals": goals,
            "owner": "",
            "timeline": "",
            "status": status,
        },
    )


def meeting(days_from_today, topic, photos=()):
    return (
        "meeting",
        {
            "date": (timezone.localdate() + datetime.timedelta(days=days_from_today)).isoformat(),
            "start_time": "14:00:00",
            "end_time": "16:00:00",
            "place": "Landratsamt",
            "topic": topic,
            "participants": None,
            "outcomes": "",
            "photos": list(photos),
        },
    )


def strategy(language="de", goal_titles=("Eins", "Zwei", "Drei"), **fields):
    """A strategy in implementation: three goals, three actions, one of them achieved."""
    return StrategyPageFactory(
        language=language,
        status="in_implementation",
        goals=stream(*(goal(n, title=title) for n, title in enumerate(goal_titles, 1))),
        actions=stream(
            action(1, goals="1, 3", status="achieved"),
            action(2, goals="2", status="in_progress"),
            action(3, goals="3"),
        ),
        **fields,
    )


def test_strategy_shows_numbered_goals_and_actions_linked_to_them(client):
    page = strategy(goal_titles=("Online-Dienste", "Hilfe vor Ort", "Offene Daten"))
    html = get(client, page.url)
    goals = html.xpath(f"//ol[{has_class('goals')}]/li")
    assert [item.get("id") for item in goals] == ["goal-1", "goal-2", "goal-3"]
    assert all("card" in item.get("class").split() for item in goals)
    assert text(one(html, "//li[@id='goal-3']/h3")) == "Ziel 3: Offene Daten"
    first_action = html.xpath(f"//ul[{has_class('actions')}]/li")[0]
    assert [(text(a), a.get("href")) for a in first_action.xpath(".//a")] == [
        ("Ziel 1", "#goal-1"),
        ("Ziel 3", "#goal-3"),
    ]
    assert "1 von 3 Maßnahmen umgesetzt." in text(html)
    # The strategy's status in words, not colour only.
    status = one(html, f"//dl[{has_class('facts')}]//span[{has_class('badge')}]")
    assert text(status) == "In Umsetzung"


def test_strategy_in_danish_keeps_its_structure(client):
    contact = ContactFactory(language="da", name="Mette Sørensen", role="Digitaliseringschef")
    page = strategy(
        language="da",
        title="Digital dagsorden",
        goal_titles=("Selvbetjening online", "Hjælp ved skranken", "Åbne data"),
        contact=contact,
    )
    html = get(client, page.url)
    assert html.get("lang") == "da"
    assert text(one(html, "//li[@id='goal-1']/h3")) == "Mål 1: Selvbetjening online"
    assert "Mette Sørensen" in text(html)


@pytest.mark.parametrize("language", ["de", "fi"])
def test_editor_cannot_link_an_action_to_a_goal_that_does_not_exist(admin_client, language):
    page = strategy(language=language)
    data = edit_form_data(page)
    data["actions-0-value-goals"] = "7"
    response = admin_client.post(edit_url(page), data)
    assert response.status_code == 200
    # The admin speaks the editor's language (German without a preference).
    message = "bezieht sich auf Ziel 7, es gibt aber 3 Ziele"
    # StreamField errors reach the editor in the block widgets' data, which the admin's
    # JavaScript renders next to the field: not in the document's text.
    assert message in response.content.decode()
    page.refresh_from_db()
    assert "7" not in [block.value["goals"] for block in page.actions]


def test_care_network_lists_meetings_newest_first_and_offers_calendar_files(client):
    page = CareNetworkPageFactory(
        title="Netzwerk Pflege",
        meetings=stream(
            meeting(-30, "Rückblick"), meeting(14, "Ausblick"), meeting(-400, "Gründung")
        ),
    )
    html = get(client, page.url)
    headings = [text(h3) for h3 in html.xpath(f"//ol[{has_class('meetings')}]/li/h3")]
    assert [heading.split(": ", 1)[1] for heading in headings] == [
        "Ausblick",
        "Rückblick",
        "Gründung",
    ]

    calendar_response = client.get(page.url + "meetings/calendar/")
    assert calendar_response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(calendar_response.content)
    events = calendar.walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Netzwerk Pflege: Ausblick"]  # upcoming only
    assert calendar.walk("VTIMEZONE"), "a TZID needs its VTIMEZONE"

    [single_url] = [
        href
        for href in html.xpath("//a/@href")
        if re.fullmatch(rf"{re.escape(page.url)}meetings/[^/]+/calendar/", href)
    ]
    single = Calendar.from_ical(client.get(single_url).content)
    assert str(single.walk("VEVENT")[0]["location"]) == "Landratsamt"
    assert client.get(page.url + "meetings/no-such-meeting/calendar/").status_code == 404


def test_care_network_shows_members_and_the_contact_point(client):
    home = OrganisationFactory(
        language="en", name="Sunnyside care home", kind="inpatient_care", website=""
    )
    service = OrganisationFactory(
        language="en",
        name="Care at home Ltd",
        kind="outpatient_care",
        website="https://care.example.org/",
    )
    contact = ContactFactory(language="en", name="Independent contact point")
    page = CareNetworkPageFactory(
        language="en",
        members=stream(("member", home.pk), ("member", service.pk)),
        contact_point=contact,
        contact_point_note="Opens in spring.",
    )
    html = get(client, page.url)
    members = html.xpath("//section[@aria-labelledby='members-heading']//li")
    assert [text(one(li, "./h3")) for li in members] == ["Sunnyside care home", "Care at home Ltd"]
    assert "Inpatient care" in text(members[0])
    assert members[1].xpath("./h3/a/@href") == ["https://care.example.org/"]
    point = one(html, "//section[@aria-labelledby='contact-point-heading']")
    assert "Independent contact point" in text(point) and "Opens in spring." in text(point)


EU_MODEL_SECTIONS = (
    "Compliance status",
    "Non-accessible content",
    "Preparation of this statement",
    "Feedback and contact",
    "Enforcement procedure",
)


@pytest.mark.parametrize("language", ["de", "da", "fi", "en"])
def test_accessibility_statement_follows_the_eu_model(client, language):
    page = skeleton_page("accessibility", language)
    page.conformance_status = "partial"
    page.last_reviewed_on = datetime.date(2026, 9, 1)
    page.save_revision().publish()
    html = get(client, page.url)
    headings = [text(h2) for h2 in html.xpath("//article/section/h2")]
    with translation.override(language):
        assert headings == [gettext(heading) for heading in EU_MODEL_SECTIONS]
        assert gettext("partially compliant") in text(html)
    if language == "de":
        assert headings == [
            "Stand der Vereinbarkeit",
            "Nicht barrierefreie Inhalte",
            "Erstellung dieser Erklärung",
            "Feedback und Kontakt",
            "Durchsetzungsverfahren",
        ]
        assert "teilweise vereinbar" in text(html)
    preparation = one(html, "//section[@aria-labelledby='preparation-heading']")
    assert "2026-09-01" in preparation.xpath(".//time/@datetime")


def test_image_needs_alt_text_unless_it_is_decorative(admin_client):
    page = StandardPageFactory()
    block = {
        "image": ImageFactory().pk,
        "alt_text": "",
        "decorative": "",
        "caption": "",
        "credit": "© Kreis",
    }
    data = edit_form_data(page)
    data.update(
        {
            "body-count": "1",
            "body-0-type": "image",
            "body-0-deleted": "",
            "body-0-order": "0",
            **{f"body-0-value-{k}": v for k, v in block.items()},
        }
    )
    rejected = admin_client.post(edit_url(page), data)
    assert rejected.status_code == 200
    assert "Beschreiben Sie das Bild" in rejected.content.decode()  # in the block's data

    data["body-0-value-decorative"] = "on"
    data["action-publish"] = "publish"
    accepted = admin_client.post(edit_url(page), data)
    assert accepted.status_code == 302
    main = one(get(admin_client, page.url), "//main")
    assert [image.get("alt") for image in main.xpath(".//img")] == [""]
    assert "© Kreis" in text(main)


def test_video_loads_nothing_from_the_provider_until_the_visitor_asks(client):
    page = StandardPageFactory(
        body=stream(
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=abcdefghijk",
                    "title": "Kreistag",
                    "transcript": "",
                },
            )
        )
    )
    response = client.get(page.url)
    html = get(client, page.url)
    assert not html.xpath("//iframe") and b"youtube-nocookie" not in response.content
    [link] = [href for href in html.xpath("//a/@href") if href.startswith("?video=")]
    played = get(client, page.url + link)
    assert played.xpath("//iframe/@src") == ["https://www.youtube-nocookie.com/embed/abcdefghijk"]


def test_page_shows_review_date_and_owner_and_the_admin_lists_overdue_pages(admin_client):
    overdue = StandardPageFactory(
        title="Gebührenordnung",
        reviewed_on=datetime.date(2025, 3, 1),
        review_due=datetime.date(2026, 3, 1),
        content_owner="Hauptamt",
    )
    StandardPageFactory(title="Satzung", review_due=timezone.localdate() + datetime.timedelta(30))
    meta = one(get(admin_client, overdue.url), f"//p[{has_class('meta')}]")
    assert "Geprüft am" in text(meta) and "von Hauptamt" in text(meta)
    report = text(get(admin_client, "/admin/reports/review-due/"))
    assert "Gebührenordnung" in report
    assert "Satzung" not in report


@pytest.mark.parametrize(
    ("factory", "field", "make"),
    [
        (StrategyPageFactory, "goals", goal),
        (StrategyPageFactory, "actions", action),
        (CareNetworkPageFactory, "meetings", lambda n: meeting(-n, f"Treffen {n}")),
        (StandardPageFactory, "body", lambda n: ("paragraph", f"<p>Absatz {n}</p>")),
    ],
)
def test_page_queries_stay_the_same_with_1_or_50_items(
    client, factory, field, make, django_assert_num_queries, django_assert_max_num_queries
):
    # A strategy's factory gives it one goal, which the actions refer to by number.
    page = factory(**{field: stream(make(1))})
    client.get(page.url)  # warm per-process caches
    with django_assert_max_num_queries(15) as one_item:
        assert client.get(page.url).status_code == 200
    expected = len(one_item)  # read now: the next request empties Django's query log
    setattr(page, field, stream(*(make(n) for n in range(1, 51))))
    page.save_revision().publish()
    client.get(page.url)
    with django_assert_num_queries(expected):
        assert client.get(page.url).status_code == 200


def published_service():
    page = ServicePageFactory(parent=skeleton_page("services"), title="Pflegeberatung daheim")
    page.save_revision().publish()
    return page


@pytest.mark.parametrize(
    "make",
    [
        lambda: skeleton_page("home"),
        lambda: TopicPageFactory(),
        lambda: StandardPageFactory(),
        lambda: strategy(),
        lambda: CareNetworkPageFactory(),
        lambda: skeleton_page("accessibility"),
        lambda: skeleton_page("services"),
        published_service,
        lambda: skeleton_page("news"),
    ],
    ids=[
        "home",
        "topic",
        "standard",
        "strategy",
        "network",
        "accessibility",
        "services",
        "service",
        "news",
    ],
)
def test_every_page_type_says_when_it_was_last_updated(client, make):
    page = make()
    meta = one(get(client, page.url), f"//p[{has_class('meta')}]")
    assert text(meta).startswith("Zuletzt aktualisiert:")
    [updated] = meta.xpath("./time/@datetime")
    assert updated == timezone.localtime(page.last_published_at).date().isoformat()


def test_strategy_lists_its_documents_with_their_file_type(client):
    document = DocumentFactory(title="Beschluss des Kreistags")
    page = strategy(documents=stream(("document", document.pk)))
    section = one(get(client, page.url), f"//section[{has_class('documents')}]")
    [item] = section.xpath(".//li")
    assert [(text(a), a.get("href")) for a in item.xpath("./a")] == [
        ("Beschluss des Kreistags", document.url)
    ]
    assert text(one(item, "./span")).startswith(f"({document.file_extension.upper()}")
