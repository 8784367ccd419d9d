"""Migration services 0005 merges "last verified on / by" into the one review block."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from services.models import ServicePage
from tests.services.factories import ServicePageFactory

pytestmark = pytest.mark.django_db

BEFORE = [("services", "0004_main_office_setting")]
AFTER = [("services", "0005_review_block")]


def migrate(targets):
    # The test's own rows leave deferred foreign-key checks pending, and
    # PostgreSQL alters no table with pending trigger events: check them now.
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


def test_verification_dates_and_names_become_the_review(german_services):
    newer = ServicePageFactory(parent=german_services, reviewed_on=datetime.date(2026, 1, 1))
    older = ServicePageFactory(parent=german_services, reviewed_on=datetime.date(2026, 6, 1))
    unreviewed = ServicePageFactory(parent=german_services)
    draft = ServicePageFactory(parent=german_services)
    draft.save_revision()
    migrate(BEFORE)
    with connection.cursor() as cursor:
        for page, verified_on, by in [
            (newer, "2026-03-01", "Fachdienst Wohnen"),
            (older, "2026-02-01", "Sozialamt"),
            (unreviewed, None, "Frau Berg"),
        ]:
            cursor.execute(
                "UPDATE services_servicepage SET last_verified_on = %s, verified_by = %s "
                "WHERE page_ptr_id = %s",
                [verified_on, by, page.pk],
            )
        cursor.execute(
            "UPDATE wagtailcore_revision SET content = content || "
            '\'{"last_verified_on": "2026-04-01", "verified_by": "Team Nord"}\'::jsonb '
            "WHERE object_id = %s",
            [str(draft.pk)],
        )
    migrate(AFTER)
    pages = {
        p.pk: p for p in ServicePage.objects.filter(pk__in=[newer.pk, older.pk, unreviewed.pk])
    }
    assert (pages[newer.pk].reviewed_on, pages[newer.pk].reviewed_by) == (
        datetime.date(2026, 3, 1),
        "Fachdienst Wohnen",
    )
    # A later review stays as it was.
    assert pages[older.pk].reviewed_on == datetime.date(2026, 6, 1)
    assert pages[older.pk].reviewed_by == ""
    assert pages[unreviewed.pk].reviewed_by == "Frau Berg"
    revision = draft.get_latest_revision()
    revision.refresh_from_db()
    assert revision.content["reviewed_on"] == "2026-04-01"
    assert revision.content["reviewed_by"] == "Team Nord"
    assert "last_verified_on" not in revision.content
