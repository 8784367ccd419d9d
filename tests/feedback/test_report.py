"""The admin report of page feedback: counts per page and language, share of "no",
comments, filters by section, language and date, CSV; who may read it."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from lxml import html

from home.feedback.models import Feedback
from tests.factories import StandardPageFactory, TopicPageFactory, translate

pytestmark = pytest.mark.django_db

URL = "/admin/reports/feedback/"


def give(page, useful, comment="", days_ago=0):
    feedback = Feedback.objects.create(
        page=page, locale=page.locale, useful=useful, comment=comment
    )
    Feedback.objects.filter(pk=feedback.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=days_ago)
    )


@pytest.fixture
def answers():
    waste = TopicPageFactory(title="Abfall")
    bins = StandardPageFactory(parent=waste, title="Biotonne")
    english_bins = translate(bins, "en", title="Organic waste bin", slug="organic-bin")
    parking = StandardPageFactory(title="Parkausweis")
    give(bins, False, "Abholtermine fehlen")
    give(bins, False)
    give(bins, True)
    give(english_bins, True, "Clear, thanks", days_ago=40)
    give(parking, True)
    return {"waste": waste, "bins": bins, "english": english_bins, "parking": parking}


@pytest.fixture
def user_in(django_user_model):
    def make(group):
        user = django_user_model.objects.create_user(group.lower(), f"{group}@example.invalid")
        user.groups.add(Group.objects.get(name=group))
        client = Client()
        client.force_login(user)
        return client

    return make


def rows(response):
    tree = html.fromstring(response.content)
    return [
        [" ".join(cell.text_content().split()) for cell in row.xpath("./th|./td")]
        for row in tree.xpath("//table[contains(@class, 'feedback-report')]/tbody/tr")
    ]


def test_counts_and_share_of_no_per_page_and_language(answers, admin_client):
    response = admin_client.get(URL)
    assert response.status_code == 200
    table = rows(response)
    assert table[0] == ["Biotonne", "Deutsch", "3", "1", "2", "67 %", "1"]
    assert ["Organic waste bin", "English", "1", "1", "0", "0 %", "1"] in table
    assert ["Parkausweis", "Deutsch", "1", "1", "0", "0 %", "0"] in table
    content = response.content.decode()
    assert "Abholtermine fehlen" in content and "Clear, thanks" in content


def test_filters_by_section_language_and_date(answers, admin_client):
    section = admin_client.get(URL, {"section": answers["waste"].pk})
    assert [row[0] for row in rows(section)] == ["Biotonne", "Organic waste bin"]
    english = admin_client.get(URL, {"language": "en"})
    assert [row[0] for row in rows(english)] == ["Organic waste bin"]
    since = (timezone.localdate() - datetime.timedelta(days=7)).isoformat()
    recent = admin_client.get(URL, {"start": since})
    assert "Organic waste bin" not in [row[0] for row in rows(recent)]
    assert "Clear, thanks" not in recent.content.decode()
    # A filter that makes no sense shows the whole report, not an error.
    assert admin_client.get(URL, {"start": "gestern", "section": "x"}).status_code == 200


def test_csv_export_follows_the_filter(answers, admin_client):
    response = admin_client.get(URL, {"language": "de", "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(response.content.decode())))
    assert lines[0][0] == "Seite"  # the admin speaks German here
    assert lines[1][0] == "Biotonne" and lines[1][2:] == ["de", "3", "1", "2", "67", "1"]
    assert [line[0] for line in lines[1:]] == ["Biotonne", "Parkausweis"]


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_read_the_report(answers, user_in, group):
    response = user_in(group).get(URL)
    assert response.status_code == 200
    assert "Abholtermine fehlen" in response.content.decode()


def test_translators_and_anonymous_visitors_do_not(answers, user_in):
    translator = user_in("Translators (Danish)").get(URL)
    # Wagtail sends those it refuses back to the dashboard with a message.
    assert translator.status_code == 302 and translator["Location"] == "/admin/"
    assert "Abholtermine fehlen" not in translator.content.decode()
    anonymous = Client().get(URL)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
