"""Editors add, schedule and translate alerts in the admin."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone
from lxml import html

from home.alerts.models import Alert, Severity
from tests.alerts.factories import AlertFactory
from tests.factories import TopicPageFactory, skeleton_page

pytestmark = pytest.mark.django_db

ADD = "/admin/snippets/alerts/alert/add/?locale=de"


def form_data(**values):
    now = timezone.localtime()
    data = {
        "severity": "warning",
        "title": "Glätte",
        "text": "Bitte fahren Sie vorsichtig.",
        "link_page": "",
        "link_url": "",
        "starts_at": (now - datetime.timedelta(minutes=5)).strftime("%Y-%m-%d %H:%M"),
        "ends_at": (now + datetime.timedelta(hours=5)).strftime("%Y-%m-%d %H:%M"),
        "page": "",
    }
    data.update(values)
    return data


def test_an_editor_adds_an_alert_for_a_section_and_citizens_see_it(admin_client):
    topic = TopicPageFactory(title="Verkehr")
    response = admin_client.post(ADD, form_data(page=topic.pk))
    assert response.status_code == 302
    alert = Alert.objects.get(title="Glätte")
    assert alert.severity == Severity.WARNING and alert.page_id == topic.pk
    assert alert.locale.language_code == "de"
    assert b"Gl\xc3\xa4tte" in Client().get(topic.url).content
    assert b"Gl\xc3\xa4tte" not in Client().get(skeleton_page("home").url).content


def test_an_end_before_the_start_and_two_links_are_refused_with_a_message(admin_client):
    now = timezone.localtime()
    response = admin_client.post(
        ADD,
        form_data(
            ends_at=(now - datetime.timedelta(hours=1)).strftime("%Y-%m-%d %H:%M"),
            link_url="https://example.org/",
            link_page=skeleton_page("privacy").pk,
        ),
    )
    assert response.status_code == 200
    tree = html.fromstring(response.content)
    errors = " ".join(tree.xpath("//*[contains(@class, 'error-message')]//text()"))
    # The admin speaks the editor's language, German here.
    assert "Das Ende muss nach dem Beginn liegen." in errors
    assert "Verlinken Sie eine Seite oder eine Adresse, nicht beides." in errors
    assert not Alert.objects.filter(title="Glätte").exists()


def test_the_list_shows_severity_period_and_what_it_covers(admin_client):
    topic = TopicPageFactory(title="Verkehr")
    AlertFactory(title="Hochwasser", severity=Severity.EMERGENCY, page=topic)
    AlertFactory(title="Neue Sprechzeiten")
    response = admin_client.get("/admin/snippets/alerts/alert/")
    assert response.status_code == 200
    rows = html.fromstring(response.content).xpath("//table//tbody/tr")
    text = {" ".join(row.text_content().split()) for row in rows}
    assert any("Hochwasser" in row and "Notfall" in row and "Verkehr" in row for row in text)
    assert any("Neue Sprechzeiten" in row and "Die ganze Website" in row for row in text)


def test_alerts_are_in_the_admin_menu(admin_client):
    response = admin_client.get("/admin/")
    assert b"/admin/snippets/alerts/alert/" in response.content


def test_an_editor_translates_an_alert_with_wagtail_localize(admin_client):
    alert = AlertFactory(title="Glätte", text="Vorsicht.", severity=Severity.WARNING)
    response = admin_client.post(
        f"/admin/localize/submit/snippet/alerts/alert/{alert.pk}/",
        {"locales": [skeleton_page("home", "en").locale_id]},
    )
    assert response.status_code == 302
    english = Alert.objects.get(translation_key=alert.translation_key, locale__language_code="en")
    assert english.severity == Severity.WARNING
    assert english.starts_at == alert.starts_at
