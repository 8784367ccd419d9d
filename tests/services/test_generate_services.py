"""`manage.py generate_services`: marked synthetic services that the directory
lists, a consistent page tree after bulk inserts, and `--delete`."""

import io
import re

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from services.models import ServicePage
from tests.factories import demo_page
from tests.services.factories import ServiceIndexPageFactory, ServicePageFactory
from tests.services.test_directory import count, soup, titles

pytestmark = pytest.mark.django_db


def generate(*args, **options):
    out = io.StringIO()
    call_command("generate_services", *args, stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def index():
    return ServiceIndexPageFactory(
        parent=demo_page("home", "de"), title="Synthetische Liste", slug="synthetische-liste"
    )


def tree_problems():
    return [problem for problem in Page.find_problems() if problem]


def test_creates_marked_services_the_directory_lists(client, index):
    real = ServicePageFactory(parent=index, title="Echte Leistung")
    output = generate(30, index="synthetische-liste", seed=3)
    assert re.fullmatch(
        r"Created 30 synthetic services under /start/synthetische-liste/ in \d+\.\d s\.\n",
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
    a_to_z = [a.get_text() for a in soup(client.get(f"{index.url}a-z/")).select(".az-list a")]
    assert len(a_to_z) == listed and "Echte Leistung" in a_to_z
    # Drawn from the existing terms: the filters have something to offer.
    page = soup(response)
    assert page.select("select[name=category] option[value!='']")
    assert page.select("select[name=language] option[value='de']")
    assert page.select("article.service-teaser .service-tag")

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
    english = demo_page("services", "en")
    assert f"under {english.url_path} " in output
    assert (
        ServicePage.objects.child_of(english).filter(title__startswith="[synthetic] ").count() == 3
    )
    generate(delete=True)
    assert not ServicePage.objects.filter(title__startswith="[synthetic] ").exists()


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
