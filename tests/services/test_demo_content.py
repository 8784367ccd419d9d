"""The demo service directory (services/demo_content.py) as `load_demo_content` leaves it:
enough services, translations, shared places and every structured field, in every language."""

import datetime
import io
import re
from collections import Counter

import pytest
from django.core.management import call_command
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.models import Page

from home.models import MemberOrganisation
from services.models import (
    LifeEvent,
    ServiceArea,
    ServiceCategory,
    ServiceLocation,
    ServicePage,
    TargetGroup,
)
from tests.factories import demo_page

pytestmark = pytest.mark.django_db

TRANSLATIONS = ("da", "fi", "en")


def services(language="de"):
    return ServicePage.objects.live().filter(locale__language_code=language)


def test_at_least_30_german_services_across_6_top_level_categories():
    german = list(services().prefetch_related("categories__parent"))
    assert len(german) >= 30
    top_level = Counter()
    for service in german:
        for category in service.categories.all():
            top_level[(category.parent or category).slug] += 1
    assert len(top_level) >= 6, top_level
    assert all(service.categories.exists() for service in german)


def test_every_demo_service_passes_the_editors_validation():
    # The admin would refuse a short description over 150 characters or a bad age range.
    for service in ServicePage.objects.filter(locale__language_code__in=["de", *TRANSLATIONS]):
        service.full_clean()


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_at_least_10_services_are_translations_with_terms_in_their_language(language):
    german = {service.translation_key: service for service in services()}
    translated = list(services(language).filter(translation_key__in=german))
    assert len(translated) >= 10
    for service in translated:
        source = german[service.translation_key]
        assert service.title != source.title and service.summary != source.summary
        assert service.url.startswith(f"/{language}/")
        for field in ("categories", "target_groups", "locations"):
            terms = getattr(service, field).all()
            assert {t.translation_key for t in terms} == {
                t.translation_key for t in getattr(source, field).all()
            }, (service.title, field)
            assert {t.locale.language_code for t in terms} <= {language}, (service.title, field)
        assert service.organisation.locale.language_code == language
        assert len(service.how_to_apply) == len(source.how_to_apply)
        for block in service.related_pages:
            assert block.value.locale.language_code == language


def test_taxonomies_exist_in_every_language_with_shared_translation_keys():
    for model in (ServiceCategory, TargetGroup, LifeEvent, ServiceArea, ServiceLocation):
        keys = {
            code: set(
                model.objects.filter(locale__language_code=code).values_list(
                    "translation_key", flat=True
                )
            )
            for code in ("de", *TRANSLATIONS)
        }
        assert keys["de"] and all(keys[code] == keys["de"] for code in TRANSLATIONS), model
    german_categories = ServiceCategory.objects.filter(locale__language_code="de")
    top = german_categories.filter(parent=None)
    assert top.count() >= 6
    assert all(category.children.exists() for category in top)
    for category in ServiceCategory.objects.exclude(parent=None):
        assert category.parent.locale_id == category.locale_id
        assert category.parent.parent is None  # two levels
    areas = Counter(
        ServiceArea.objects.filter(locale__language_code="de").values_list("kind", flat=True)
    )
    assert areas["municipality"] >= 6 and areas["region"] >= 2


def test_locations_are_shared_and_have_hours_as_data():
    german = ServiceLocation.objects.filter(locale__language_code="de").prefetch_related(
        "hours", "exceptions", "services"
    )
    assert 6 <= len(german) <= 10
    assert max(location.services.count() for location in german) >= 3
    year = datetime.date.today().year
    christmas = datetime.date(year, 12, 25)
    kinds = Counter()
    for location in german:
        assert location.latitude and location.longitude and location.street_address
        assert location.transport and location.accessibility_notes
        hours = list(location.hours.all())
        assert hours, location
        exceptions = list(location.exceptions.all())
        assert any(e.start_date <= christmas <= e.last_date and e.is_closed for e in exceptions)
        for exception in exceptions:
            exception.full_clean()
            kinds[exception.kind] += 1
            if exception.end_date and exception.end_date > exception.start_date:
                kinds["several days"] += 1
        per_day = Counter(h.weekday for h in hours)
        kinds["split day"] += any(n > 1 for n in per_day.values())
        kinds["closed weekday"] += any(day not in per_day for day in range(5))
        kinds["late"] += any(h.closes >= datetime.time(18) for h in hours)
        kinds["saturday"] += 5 in per_day
    for kind in ("public_holiday", "closure", "special_hours", "several days", "split day"):
        assert kinds[kind], kind
    for kind in ("closed weekday", "late", "saturday"):
        assert kinds[kind], kind
    assert any(location.induction_loop for location in german)
    assert not all(location.step_free_access for location in german)  # some have steps


STRUCTURED_FIELDS = [
    "body",
    "eligibility",
    "minimum_age",
    "maximum_age",
    "cost_description",
    "how_to_apply",
    "required_documents",
    "processing_time",
    "deadlines",
    "legal_basis",
    "further_notes",
    "online_service_url",
    "online_service_label",
    "phones",
    "email",
    "forms",
    "organisation",
    "languages",
    "status_notice",
    "reviewed_on",
    "reviewed_by",
    "related_pages",
]
RELATIONS = ["categories", "target_groups", "life_events", "areas", "locations"]


def filled(value):
    if value is None or value == "":
        return False
    try:
        return len(value) > 0
    except TypeError:  # a number, a date, an organisation
        return True


def test_every_structured_field_is_filled_by_some_service():
    german = list(services().prefetch_related(*RELATIONS))
    for field in STRUCTURED_FIELDS:
        assert any(filled(getattr(service, field)) for service in german), field
    for field in RELATIONS:
        assert any(getattr(service, field).all() for service in german), field
    assert {service.cost for service in german} == {"free", "charged", "varies"}
    statuses = {service.status: service for service in german}
    assert set(statuses) == {"active", "suspended", "discontinued"}
    assert statuses["suspended"].status_notice and statuses["discontinued"].status_notice
    phones = [block.value for service in german for block in service.phones]
    assert all(phone["number"] and phone["hours"] for phone in phones)
    assert any(len(service.phones) > 1 for service in german)
    kinds = {service.organisation.kind for service in german if service.organisation}
    assert {"public_authority", "counselling"} <= kinds
    assert any("sgn" in service.languages for service in german)
    assert any(
        re.search(r"§ \d+\w? SGB", block.value["title"]) and block.value["url"]
        for service in german
        for block in service.legal_basis
    )
    # Addresses are fictional or example domains, never a real county's.
    for service in german:
        if service.online_service_url:
            assert re.match(r"https://([\w.-]+\.example|id\.bund\.de)/", service.online_service_url)
        if service.email:
            assert service.email.endswith(".example")


def test_printable_forms_download_as_pdf(client):
    documents = [block.value for service in services() for block in service.forms]
    assert documents
    for document in documents:
        response = client.get(document.url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF-1.4")


def test_a_second_load_creates_nothing():
    models = [Page, ServiceCategory, TargetGroup, LifeEvent, ServiceArea, ServiceLocation]
    models += [MemberOrganisation, get_document_model()]
    before = {model: model.objects.count() for model in models}
    out = io.StringIO()

    call_command("load_demo_content", stdout=out)

    assert "(0 objects created)" in out.getvalue()
    assert {model: model.objects.count() for model in models} == before


def test_the_danish_service_index_lists_the_danish_services(client):
    index = demo_page("services", "da")
    danish = list(services("da"))

    response = client.get(index.url)

    assert response.status_code == 200
    content = response.content.decode()
    assert len(danish) >= 10
    for service in danish:
        assert f'href="{service.url}"' in content, service.url
        assert escape(service.title) in content
    german_only = services().exclude(translation_key__in=[s.translation_key for s in danish])
    for service in german_only:
        assert escape(service.title) not in content


def test_a_translated_service_page_shows_its_own_language(client):
    page = ServicePage.objects.get(slug="boligstoette", locale__language_code="da")
    content = client.get(page.url).content.decode()
    assert '<html lang="da"' in content
    assert "Søg om boligstøtte" in content


def test_every_demo_service_page_renders_in_its_language(client):
    pages = ServicePage.objects.live().select_related("locale")
    assert pages.count() >= 30 + 3 * 10
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f'<html lang="{page.locale.language_code}"' in response.content.decode()
