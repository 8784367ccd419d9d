"""Terms to tick in the page editor: categories as a tree, a filter box, and
only the page's own language, on service and news pages alike."""

import lxml.html
import pytest
from wagtail.models import Locale

from services.models import ServicePage
from tests.factories import NewsIndexPageFactory, NewsPageFactory, NewsTopicFactory
from tests.services.factories import (
    ServiceCategoryFactory,
    ServiceLocationFactory,
    ServicePageFactory,
)
from tests.services.test_page_types import service_form_data

pytestmark = pytest.mark.django_db


def html(response):
    return lxml.html.fromstring(response.content.decode())


def text(element):
    return " ".join(element.text_content().split())


def tree(root, name):
    """The field's list as nested (label, checked, [children]) tuples."""
    (group,) = root.xpath(f'//div[@data-term-tree][.//input[@name="{name}"]]')

    def level(ul):
        return [
            (
                text(li.xpath("./label")[0]),
                bool(li.xpath("./label/input/@checked")),
                level(li.xpath("./ul")[0]) if li.xpath("./ul") else [],
            )
            for li in ul.xpath("./li")
        ]

    return group, level(group.xpath('./ul[contains(@class, "term-tree__options")]')[0])


@pytest.fixture
def categories(german_home, finnish_home):
    german, finnish = (Locale.objects.get(language_code=c) for c in ("de", "fi"))
    family = ServiceCategoryFactory(name="Familie und Kinder", locale=german)
    made = {
        "family": family,
        "day_care": ServiceCategoryFactory(name="Kita", locale=german, parent=family),
        "school": ServiceCategoryFactory(name="Schule", locale=german, parent=family),
        "waste": ServiceCategoryFactory(name="Abfall", locale=german),
        "finnish": ServiceCategoryFactory(name="Perhe", locale=finnish),
    }
    made["bulky"] = ServiceCategoryFactory(name="Sperrmüll", locale=german, parent=made["waste"])
    return made


def test_categories_are_a_tree_of_the_pages_language(editor_client, german_services, categories):
    service = ServicePageFactory(parent=german_services, title="Kitaplatz", slug="kitaplatz")
    service.categories.set([categories["day_care"]])
    service.save_revision()
    root = html(editor_client.get(f"/admin/pages/{service.pk}/edit/"))
    group, items = tree(root, "categories")
    assert items == [
        ("Abfall", False, [("Sperrmüll", False, [])]),
        ("Familie und Kinder", False, [("Kita", True, []), ("Schule", False, [])]),
    ]
    # The list is a labelled group with a filter box that JavaScript shows.
    assert group.get("role") == "group" and group.get("aria-label") == "Kategorien"
    (search,) = group.xpath('.//input[@type="search"]')
    assert search.get("hidden") is not None
    assert search.get("aria-label") == "Kategorien: Liste filtern"
    assert root.xpath('//script[contains(@src, "home/admin/term-tree.js")]')


def test_ticking_a_subcategory_saves_it(editor_client, german_services, categories):
    service = ServicePageFactory(parent=german_services, title="Kitaplatz", slug="kitaplatz")
    response = editor_client.post(
        f"/admin/pages/{service.pk}/edit/",
        service_form_data(service, categories=[categories["school"], categories["bulky"]]),
    )
    assert response.status_code == 302
    saved = ServicePage.objects.get(pk=service.pk).get_latest_revision_as_object()
    assert sorted(c.name for c in saved.categories.all()) == ["Schule", "Sperrmüll"]
    root = html(editor_client.get(f"/admin/pages/{service.pk}/edit/"))
    checked = root.xpath('//input[@name="categories"][@checked]/../text()')
    assert sorted(label.strip() for label in checked) == ["Schule", "Sperrmüll"]


def test_a_term_of_another_language_the_page_already_has_is_marked(
    editor_client, german_services, categories
):
    # E.g. synchronised from a translation's source before the editor could choose.
    service = ServicePageFactory(parent=german_services, title="Kitaplatz", slug="kitaplatz")
    service.categories.set([categories["finnish"]])
    service.save_revision()
    root = html(editor_client.get(f"/admin/pages/{service.pk}/edit/"))
    _group, items = tree(root, "categories")
    assert ("Perhe (Finnisch)", True, []) in items


def test_locations_are_a_filterable_list_of_the_pages_language(
    editor_client, german_services, finnish_home
):
    ServiceLocationFactory(name="Rathaus Hainbach", locale=Locale.objects.get(language_code="de"))
    ServiceLocationFactory(name="Hainbachin virasto", locale=Locale.objects.get(language_code="fi"))
    root = html(editor_client.get(f"/admin/pages/add/services/servicepage/{german_services.pk}/"))
    _group, items = tree(root, "locations")
    assert items == [("Rathaus Hainbach, Lindenau", False, [])]


def test_news_topics_list_the_pages_language_only(editor_client, german_home, finnish_home):
    german, finnish = (Locale.objects.get(language_code=c) for c in ("de", "fi"))
    NewsTopicFactory(name="Verkehr", locale=german)
    NewsTopicFactory(name="Liikenne", locale=finnish)
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=german_home))
    root = html(editor_client.get(f"/admin/pages/{news.pk}/edit/"))
    _group, items = tree(root, "topics")
    assert items == [("Verkehr", False, [])]


def test_an_empty_list_says_there_is_nothing_in_the_pages_language(editor_client, german_services):
    root = html(editor_client.get(f"/admin/pages/add/services/servicepage/{german_services.pk}/"))
    (empty,) = root.xpath('//p[@id="id_life_events"]')
    assert text(empty) == "In der Sprache der Seite gibt es noch keine Einträge."
