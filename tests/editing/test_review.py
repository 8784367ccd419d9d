"""Pages due for review: the report's columns and the editor's dashboard panel."""

import datetime

import lxml.html
import pytest
import time_machine
from django.contrib.auth.models import Group

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 18)


def text(node):
    return " ".join(node.text_content().split())


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_user(
        "erika", password="pw", first_name="Erika", last_name="Muster"
    )
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def page_due(parent, title, due, owner, unit="Hauptamt"):
    page = StandardPageFactory(
        parent=parent, title=title, review_due=due, content_owner=unit, owner=owner
    )
    page.save_revision().publish()
    return page


@time_machine.travel(datetime.datetime(2026, 11, 18, 9), tick=False)
def test_the_report_shows_due_date_owner_and_responsible_unit(admin_client, german_home, editor):
    page_due(german_home, "Abfallkalender", TODAY - datetime.timedelta(days=3), editor, "Umweltamt")
    page_due(german_home, "Später fällig", TODAY + datetime.timedelta(days=90), editor)
    root = lxml.html.fromstring(admin_client.get("/admin/reports/review-due/").content.decode())
    (table,) = root.xpath("//table[contains(@class, 'review-due-report')]")
    headings = [text(th) for th in table.xpath(".//th")]
    assert headings[:4] == ["Titel", "Prüfung fällig am", "Eigentümer", "Zuständige Stelle"]
    rows = [[text(td) for td in tr.xpath("./td")] for tr in table.xpath("./tbody/tr")]
    row = next(r for r in rows if r[0].startswith("Abfallkalender"))
    assert row[1:4] == ["15.11.2026", "Erika Muster", "Umweltamt"]
    assert not any(r[0].startswith("Später fällig") for r in rows)


@time_machine.travel(datetime.datetime(2026, 11, 18, 9), tick=False)
def test_the_dashboard_lists_the_editors_own_pages_due_in_the_next_30_days(
    client, german_home, editor, django_user_model
):
    someone_else = django_user_model.objects.create_user("otto", password="pw")
    page_due(german_home, "Überfällig", TODAY - datetime.timedelta(days=1), editor)
    page_due(german_home, "In drei Wochen", TODAY + datetime.timedelta(days=21), editor)
    page_due(german_home, "In zwei Monaten", TODAY + datetime.timedelta(days=60), editor)
    page_due(german_home, "Nicht meine", TODAY + datetime.timedelta(days=2), someone_else)
    root = lxml.html.fromstring(client.get("/admin/").content.decode())
    (panel,) = root.xpath('//section[@aria-labelledby="review-due-panel-heading"]')
    assert (
        text(panel.xpath(".//h2")[0])
        == "Ihre Seiten, deren Prüfung in den nächsten 30 Tagen fällig ist"
    )
    titles = [text(a) for a in panel.xpath(".//tbody//td[1]/a")]
    assert titles == ["Überfällig", "In drei Wochen"]
    assert "überfällig" in text(panel)
