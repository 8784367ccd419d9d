"""Strategies, the care network, the accessibility statement and content blocks, as seen."""

import datetime
import re

import pytest
import wagtail_factories
from django.utils import timezone
from icalendar import Calendar

from tests.factories import demo_page
from tests.utils import edit_form_data

pytestmark = pytest.mark.django_db


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def goal(n, status="planned"):
    return (
        "goal",
        {"title": f"Ziel Nummer {n}", "description": "", "indicator": "", "status": status},
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
            "date": timezone.localdate() + datetime.timedelta(days=days_from_today),
            "start_time": datetime.time(14, 0),
            "end_time": datetime.time(16, 0),
            "place": "Landratsamt",
            "topic": topic,
            "participants": None,
            "outcomes": "",
            "photos": list(photos),
        },
    )


def test_strategy_shows_numbered_goals_and_actions_linked_to_them(client):
    content = client.get("/de/digitaler-landkreis/digitale-agenda/").content.decode()
    assert '<li id="goal-1" class="card">' in content
    assert "Ziel 3:</span> Offene Daten" in content
    assert '<a href="#goal-3">Ziel 3</a>' in content
    assert "1 von 3 Maßnahmen umgesetzt." in content
    assert "In Umsetzung" in content  # the strategy's status in words, not colour only


def test_strategy_in_danish_keeps_its_structure(client):
    content = client.get("/da/digitalt-amt/digital-dagsorden/").content.decode()
    assert "Mål 1:</span> Selvbetjening online" in content
    assert "Jana Hofmann" in content


def test_editor_cannot_link_an_action_to_a_goal_that_does_not_exist(admin_client):
    page = demo_page("digital-agenda")
    data = edit_form_data(page)
    data["actions-0-value-goals"] = "7"
    response = admin_client.post(edit_url(page), data)
    assert response.status_code == 200
    assert "bezieht sich auf Ziel 7, es gibt aber 3 Ziele" in response.content.decode()


def test_care_network_lists_meetings_newest_first_and_offers_calendar_files(client):
    page = demo_page("care-network")
    page.meetings = [meeting(-30, "Rückblick"), meeting(14, "Ausblick"), meeting(-400, "Gründung")]
    page.save_revision().publish()
    content = client.get(page.url).content.decode()
    topics = re.findall(r"</time>: ([^<]+)</h3>", content)
    assert topics == ["Ausblick", "Rückblick", "Gründung"]

    calendar_response = client.get(page.url + "meetings/calendar/")
    assert calendar_response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(calendar_response.content)
    events = calendar.walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Netzwerk Pflege: Ausblick"]  # upcoming only
    assert calendar.walk("VTIMEZONE"), "a TZID needs its VTIMEZONE"

    meeting_id = re.search(r'href="([^"]+/meetings/[^/]+/calendar/)"', content).group(1)
    single = Calendar.from_ical(client.get(meeting_id).content)
    assert str(single.walk("VEVENT")[0]["location"]) == "Landratsamt"
    assert client.get(page.url + "meetings/no-such-meeting/calendar/").status_code == 404


def test_care_network_shows_members_and_the_contact_point(client):
    content = client.get("/en/health-and-care/care-network/").content.decode()
    assert "Pflegeheim Sonnenhof" in content and "Inpatient care" in content
    assert "Independent contact point" in content


def test_accessibility_statement_follows_the_eu_model(client):
    content = client.get("/de/barrierefreiheit/").content.decode()
    for heading in (
        "Stand der Vereinbarkeit",
        "Nicht barrierefreie Inhalte",
        "Erstellung dieser Erklärung",
        "Feedback und Kontakt",
        "Durchsetzungsverfahren",
    ):
        assert f">{heading}</h2>" in content
    assert "teilweise vereinbar" in content
    assert '<time datetime="2026-09-01">' in content


def test_image_needs_alt_text_unless_it_is_decorative(admin_client):
    page = demo_page("legal-notice")
    image = wagtail_factories.ImageFactory()
    block = {
        "image": image.pk,
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
    assert "Beschreiben Sie das Bild" in rejected.content.decode()

    data["body-0-value-decorative"] = "on"
    data["action-publish"] = "publish"
    accepted = admin_client.post(edit_url(page), data)
    assert accepted.status_code == 302
    content = admin_client.get(page.url).content.decode()
    assert 'alt=""' in content and "© Kreis" in content


def test_video_loads_nothing_from_the_provider_until_the_visitor_asks(client):
    page = demo_page("legal-notice")
    page.body = [
        (
            "video",
            {
                "url": "https://www.youtube.com/watch?v=abcdefghijk",
                "title": "Kreistag",
                "transcript": "",
            },
        )
    ]
    revision = page.save_revision()
    revision.publish()
    content = client.get(page.url).content.decode()
    assert "<iframe" not in content and "youtube-nocookie" not in content
    link = re.search(r'href="(\?video=[^"#]+)', content).group(1)
    played = client.get(page.url + link).content.decode()
    assert 'src="https://www.youtube-nocookie.com/embed/abcdefghijk"' in played


def test_page_shows_review_date_and_owner_and_the_admin_lists_overdue_pages(admin_client):
    page = demo_page("legal-notice")
    page.reviewed_on = datetime.date(2025, 3, 1)
    page.review_due = datetime.date(2026, 3, 1)
    page.content_owner = "Hauptamt"
    page.save_revision().publish()
    content = admin_client.get(page.url).content.decode()
    assert "Geprüft am" in content and "von Hauptamt" in content
    report = admin_client.get("/admin/reports/review-due/").content.decode()
    assert "Impressum" in report
    assert "Datenschutz" not in report


@pytest.mark.parametrize(
    ("key", "field", "make"),
    [
        ("digital-agenda", "goals", goal),
        ("digital-agenda", "actions", action),
        ("care-network", "meetings", lambda n: meeting(-n, f"Treffen {n}")),
        ("legal-notice", "body", lambda n: ("paragraph", f"<p>Absatz {n}</p>")),
    ],
)
def test_page_queries_stay_the_same_with_1_or_50_items(
    client, key, field, make, django_assert_num_queries, django_assert_max_num_queries
):
    page = demo_page(key)
    if field == "goals":
        page.actions = []  # actions refer to goals by number
    setattr(page, field, [make(1)])
    page.save_revision().publish()
    client.get(page.url)  # warm per-process caches
    with django_assert_max_num_queries(15) as one:
        assert client.get(page.url).status_code == 200
    expected = len(one)  # read now: the next request empties Django's query log
    setattr(page, field, [make(n) for n in range(1, 51)])
    page.save_revision().publish()
    client.get(page.url)
    with django_assert_num_queries(expected):
        assert client.get(page.url).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/de/",
        "/de/gesundheit-und-pflege/",
        "/de/impressum/",
        "/de/digitaler-landkreis/digitale-agenda/",
        "/de/gesundheit-und-pflege/netzwerk-pflege/",
        "/de/barrierefreiheit/",
        "/de/leistungen/",
        "/de/leistungen/pflegeberatung/",
        "/de/aktuelles/",
    ],
)
def test_every_page_type_says_when_it_was_last_updated(client, path):
    content = client.get(path).content.decode()
    assert re.search(r'Zuletzt aktualisiert: <time datetime="\d{4}-\d{2}-\d{2}">', content), path


def test_strategy_lists_its_documents_with_their_file_type(client):
    page = demo_page("digital-agenda")
    document = wagtail_factories.DocumentFactory(title="Beschluss des Kreistags")
    page.documents = [("document", document)]
    page.save_revision().publish()
    content = client.get(page.url).content.decode()
    assert f'<a href="{document.url}">Beschluss des Kreistags</a>' in content
    assert f"({document.file_extension.upper()}" in content
