"""`manage.py generate_services`: marked synthetic services that the directory
lists, a consistent page tree after bulk inserts, and `--delete`."""

import io
import re

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from services.models import (
    LifeEvent,
    ServiceArea,
    ServiceCategory,
    ServiceLocation,
    ServicePage,
    TargetGroup,
)
from tests.factories import skeleton_page
from tests.services.factories import (
    ServiceCategoryFactory,
    ServiceIndexPageFactory,
    ServicePageFactory,
    TargetGroupFactory,
)
from tests.services.test_directory import AZ_LIST, count, parse, tags, teasers, titles

pytestmark = pytest.mark.django_db


def generate(*args, **options):
    out = io.StringIO()
    call_command("generate_services", *args, stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def index():
    return ServiceIndexPageFactory(
        parent=skeleton_page("home", "de"), title="Synthetische Liste", slug="synthetische-liste"
    )


def tree_problems():
    return [problem for problem in Page.find_problems() if problem]


TERMS = (ServiceCategory, TargetGroup, LifeEvent, ServiceArea)


def test_creates_marked_services_the_directory_lists(client, index):
    real = ServicePageFactory(parent=index, title="Echte Leistung")
    ServiceCategoryFactory(name="Mobilität", slug="mobilitaet")
    TargetGroupFactory(name="Pendler", slug="pendler")
    output = generate(30, index="synthetische-liste", seed=3)
    assert re.fullmatch(
        rf"Created 30 synthetic services under {re.escape(index.url_path)} in \d+\.\d s\.\n",
        output,
    ), output

    synthetic = ServicePage.objects.child_of(index).exclude(pk=real.pk)
    assert synthetic.count() == 30
    assert all(s.title.startswith("[synthetic] ") for s in synthetic)
    assert all(s.slug.startswith("synthetic-") for s in synthetic)
    assert tree_problems() == []
    assert index.get_children().count() == Page.objects.get(pk=index.pk).numchild == 31

    response = client.get(index.url)
    assert response.status_code == 200
    listed = synthetic.exclude(status="discontinued").count() + 1
    assert count(response) == listed
    assert len(titles(response)) == 20
    a_to_z = [a.text_content() for a in parse(client.get(f"{index.url}a-z/")).xpath(AZ_LIST)]
    assert len(a_to_z) == listed and "Echte Leistung" in a_to_z
    # Drawn from the existing terms: the filters have something to offer.
    assert not ServiceCategory.objects.filter(slug__startswith="synthetic-").exists()
    assert not TargetGroup.objects.filter(slug__startswith="synthetic-").exists()
    page = parse(response)
    assert page.xpath('//select[@name="category"]//option[@value!=""]')
    assert page.xpath('//select[@name="language"]//option[@value="de"]')
    assert any(tags(teaser) for teaser in teasers(page))

    one = synthetic.filter(status="active").first()
    assert client.get(one.url).status_code == 200
    category = one.categories.first()
    filtered = client.get(f"{index.url}?category={category.slug}")
    assert one.title in titles(filtered) or count(filtered) > 20


def test_runs_add_up_and_delete_removes_only_synthetic_services(client, index):
    real = ServicePageFactory(parent=index, title="Echte Leistung")
    generate(5, index=str(index.pk))
    generate(5, index=str(index.pk), seed=1)
    slugs = list(index.get_children().values_list("slug", flat=True))
    assert len(slugs) == len(set(slugs)) == 11
    assert tree_problems() == []

    output = generate(delete=True)
    assert re.fullmatch(r"Removed 10 synthetic services in \d+\.\d s\.\n", output), output
    assert list(index.get_children().values_list("pk", flat=True)) == [real.pk]
    assert Page.objects.get(pk=index.pk).numchild == 1
    assert tree_problems() == []
    assert titles(client.get(index.url)) == ["Echte Leistung"]


def test_defaults_to_the_locales_directory(index):
    output = generate(3, locale="en")
    english = skeleton_page("services", "en")
    assert f"under {english.url_path} " in output
    assert (
        ServicePage.objects.child_of(english).filter(title__startswith="[synthetic] ").count() == 3
    )
    generate(delete=True)
    assert not ServicePage.objects.filter(title__startswith="[synthetic] ").exists()


def test_in_an_empty_directory_makes_its_own_terms_and_places_and_delete_removes_them(client):
    """A new authority's Finnish directory: no terms and no places yet."""
    finnish = skeleton_page("services", "fi")
    for model in (*TERMS, ServiceLocation):
        model.objects.filter(locale=finnish.locale).delete()
    own = ServicePageFactory(parent=finnish, title="Oma palvelu")

    output = generate(12, locale="fi", seed=5)

    assert f"under {finnish.url_path} " in output
    for model in TERMS:
        made = model.objects.filter(locale=finnish.locale)
        assert made.exists() and all(t.slug.startswith("synthetic-") for t in made), model
    places = ServiceLocation.objects.filter(locale=finnish.locale)
    assert places.exists() and all(p.name.startswith("[synthetic] ") for p in places)
    assert tree_problems() == []
    response = client.get(finnish.url)
    assert response.status_code == 200
    assert parse(response).get("lang") == "fi"
    assert (
        count(response)
        == 1
        + ServicePage.objects.child_of(finnish)
        .exclude(status="discontinued")
        .exclude(pk=own.pk)
        .count()
    )
    assert parse(response).xpath(
        '//select[@name="category"]//option[starts-with(@value, "synthetic-")]'
    )

    # An editor gives the real service one of the made-up categories and places: those stay.
    kept_category = ServiceCategory.objects.filter(locale=finnish.locale).first()
    kept_place = places.first()
    own.categories.set([kept_category])
    own.locations.set([kept_place])
    own.save_revision().publish()
    generate(delete=True)
    assert [p.pk for p in ServicePage.objects.child_of(finnish)] == [own.pk]
    assert list(ServiceCategory.objects.filter(locale=finnish.locale)) == [kept_category]
    assert list(ServiceLocation.objects.filter(locale=finnish.locale)) == [kept_place]
    for model in (TargetGroup, LifeEvent, ServiceArea):
        assert not model.objects.filter(locale=finnish.locale).exists(), model
    assert titles(client.get(finnish.url)) == ["Oma palvelu"]


@pytest.mark.parametrize(
    ("args", "options", "message"),
    [
        ((5,), {"index": "gibt-es-nicht"}, "No service index 'gibt-es-nicht' in locale 'de'"),
        ((5,), {"locale": "xx"}, "Unknown locale 'xx'"),
        ((), {}, "Give the number of services to create"),
    ],
)
def test_bad_arguments_are_reported(args, options, message):
    with pytest.raises(CommandError, match=message):
        generate(*args, **options)


def test_delete_also_removes_synthetic_services_someone_edited_or_linked(client, index):
    from wagtail.contrib.redirects.models import Redirect

    generate(3, index=str(index.pk))
    edited, linked, _plain = ServicePage.objects.child_of(index).order_by("path")
    edited.summary = "Von Hand geändert"
    edited.save_revision().publish()
    Redirect.objects.create(old_path="/alte-leistung", redirect_page=linked)

    output = generate(delete=True)
    assert output.startswith("Removed 3 synthetic services")
    assert not index.get_children().exists()
    assert not Redirect.objects.filter(old_path="/alte-leistung").exists()
    assert Page.objects.get(pk=index.pk).numchild == 0
    assert tree_problems() == []
    assert count(client.get(index.url)) == 0
