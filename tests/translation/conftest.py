import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale

from tests.factories import (
    StandardPageFactory,
    StrategyPageFactory,
    TopicPageFactory,
    translate,
)


@pytest.fixture
def make_user(django_user_model):
    def make(username, *group_names):
        user = django_user_model.objects.create_user(username, f"{username}@example.invalid", "pw")
        user.groups.add(*Group.objects.filter(name__in=group_names))
        assert user.groups.count() == len(group_names)
        return user

    return make


@pytest.fixture
def citizen():
    """An anonymous visitor, whatever the test's other clients are logged in as."""
    return Client()


@pytest.fixture
def danish_translator(make_user):
    """A client of its own: `client` and `admin_client` are one object, logged in as a superuser."""
    translator = Client()
    translator.force_login(make_user("dansk", "Translators (Danish)"))
    return translator


SECTION = {"da": "Sundhed og pleje", "fi": "Terveys ja hoiva", "en": "Health and care"}


@pytest.fixture
def section():
    """A German section translated into every other language (outside wagtail-localize,
    as pages that merely share a translation key), so that pages below it can be."""
    german = TopicPageFactory(title="Gesundheit und Pflege", slug="gesundheit-pflege")
    for language, title in SECTION.items():
        translate(german, language, title=title, slug=f"section-{language}")
    return german


@pytest.fixture
def source_page(section):
    """A published German page in `section` with no translations yet."""
    return StandardPageFactory(
        parent=section,
        title="Pflegeberatung zu Hause",
        slug="pflegeberatung-zu-hause",
        summary="Beratung für Angehörige, die zu Hause pflegen.",
    )


@pytest.fixture
def agenda():
    """A German strategy with a Danish translation made after it: {"de": …, "da": …}."""
    german = StrategyPageFactory(title="Digitale Agenda", slug="digitale-agenda")
    danish = translate(german, "da", title="Digital dagsorden", slug="digital-dagsorden")
    return {"de": german, "da": danish}


@pytest.fixture
def submit(django_user_model, django_capture_on_commit_callbacks):
    """Submits a page for translation as an administrator; returns {language: translated page}."""

    def submit(page, *languages):
        admin = Client()
        admin.force_login(
            django_user_model.objects.get_or_create(
                username="submitter", defaults={"is_superuser": True, "is_staff": True}
            )[0]
        )
        locales = [Locale.objects.get(language_code=code).pk for code in languages]
        with django_capture_on_commit_callbacks(execute=True):
            response = admin.post(
                reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
                {"locales": locales},
            )
        assert response.status_code == 302, response.content.decode()[:2000]
        return {
            code: page.get_translation(Locale.objects.get(language_code=code)).specific
            for code in languages
        }

    return submit
