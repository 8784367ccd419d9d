"""Every search is counted per language and day, without personal data; editors see
the most frequent queries and those without results."""

import pytest
from django.utils import timezone

from search.models import SearchQueryStat

from .helpers import publish

pytestmark = pytest.mark.django_db


def test_searches_are_counted_without_personal_data(client):
    publish("de", "Fundbüro im Rathaus", "Verloren, gefunden.")
    client.get("/de/search/", {"q": "Fundbüro"}, REMOTE_ADDR="203.0.113.9")
    client.get("/de/search/", {"q": "  fundbüro "}, HTTP_USER_AGENT="Browser")
    client.get("/de/search/", {"q": "Fundbüro", "page": "2"})  # a further page: not a new search
    client.get("/da/search/", {"q": "Fundbüro"})
    client.get("/de/search/", {"q": "Einhornweide"})
    # Other tests' searches through the live server are committed: look at ours only.
    rows = {
        (row.locale.language_code, row.query): row
        for row in SearchQueryStat.objects.select_related("locale").filter(
            query__in=["fundbüro", "einhornweide"]
        )
    }
    assert set(rows) == {("de", "fundbüro"), ("da", "fundbüro"), ("de", "einhornweide")}
    assert rows["de", "fundbüro"].searches == 2
    assert rows["de", "fundbüro"].searches_without_results == 0
    assert rows["da", "fundbüro"].searches_without_results == 1
    assert rows["de", "einhornweide"].date == timezone.localdate()
    stored = {field.name for field in SearchQueryStat._meta.get_fields()}
    assert stored == {"id", "locale", "query", "date", "searches", "searches_without_results"}


def test_admin_reports_per_language(admin_client, client):
    for _ in range(3):
        client.get("/de/search/", {"q": "Einhornweide"})
    client.get("/da/search/", {"q": "enhjørning"})
    frequent = admin_client.get("/admin/reports/searches/", {"language": "de", "days": "30"})
    assert frequent.status_code == 200
    ours = {"einhornweide", "enhjørning"}
    rows = [(r["query"], r["searches"]) for r in frequent.context["rows"] if r["query"] in ours]
    assert rows == [("einhornweide", 3)]
    zero = admin_client.get("/admin/reports/searches/without-results/")
    assert {r["query"] for r in zero.context["rows"]} >= ours
    assert b"einhornweide" in zero.content
    reports_menu = admin_client.get("/admin/")
    assert reports_menu.status_code == 200
