"""The scheduled jobs (SCHEDULED_JOBS), run as the timers and the scheduler run them."""

from datetime import timedelta

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.models import Page, Revision

from search.models import SearchQueryStat
from tests.factories import HomePageFactory, LocaleFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    return HomePageFactory(parent=Page.get_first_root_node(), locale=LocaleFactory())


def expired_and_current_sessions():
    expired, current = SessionStore(), SessionStore()
    expired.set_expiry(-60)
    expired.save()
    current.save()
    return expired.session_key, current.session_key


def test_frequent_jobs_publish_a_page_whose_time_has_come(home):
    page = StandardPageFactory(parent=home, title="Neue Sprechzeiten", live=False)
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() - timedelta(minutes=1)
    revision.save()

    call_command("run_jobs", "frequent")

    page.refresh_from_db()
    assert page.live
    assert page.live_revision == revision


def test_daily_jobs_apply_the_retention_policies(home, settings):
    today = timezone.localdate()
    locale = home.locale
    old = SearchQueryStat.objects.create(
        locale=locale, query="kita", date=today - timedelta(days=731), searches=3
    )
    recent = SearchQueryStat.objects.create(
        locale=locale, query="kita", date=today - timedelta(days=30), searches=5
    )
    expired, current = expired_and_current_sessions()
    page = StandardPageFactory(parent=home, title="Pflegeberatung")
    first = page.save_revision()
    Revision.objects.filter(pk=first.pk).update(created_at=timezone.now() - timedelta(days=400))
    latest = page.save_revision()

    call_command("run_jobs", "daily")

    assert list(SearchQueryStat.objects.filter(query="kita")) == [recent]
    assert not SearchQueryStat.objects.filter(pk=old.pk).exists()
    assert not Session.objects.filter(session_key=expired).exists()
    assert Session.objects.filter(session_key=current).exists()
    assert not Revision.objects.filter(pk=first.pk).exists()
    assert Revision.objects.filter(pk=latest.pk).exists()


def test_a_failing_job_does_not_stop_the_others_and_fails_the_run(settings):
    settings.SCHEDULED_JOBS = {"frequent": [], "daily": [["no_such_command"], ["clearsessions"]]}
    expired, _current = expired_and_current_sessions()

    with pytest.raises(CommandError, match="1 job\\(s\\) failed: no_such_command"):
        call_command("run_jobs", "daily")
    assert not Session.objects.filter(session_key=expired).exists()
