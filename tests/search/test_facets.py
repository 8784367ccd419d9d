"""Refining a search by a service's category and target group, as a visitor clicks through."""

import logging
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from services.models import ServiceCategory, ServicePage, TargetGroup
from tests.factories import skeleton_page

from .helpers import publish, search_json

pytestmark = pytest.mark.django_db

# Words found on several services of the world below, with categories that have
# subcategories among the results.
SEARCHES = [("de", "Pflege"), ("da", "pleje")]

# Per language: categories (a parent with two subcategories and one more), target
# groups, and services (title, category keys, target group keys). The same keys
# in both languages: the terms are each other's translations.
CATEGORIES = {
    "de": {
        "health": "Gesundheit",
        "care": "Pflege daheim",
        "advice": "Beratung",
        "family": "Familie",
    },
    "da": {
        "health": "Sundhed",
        "care": "Pleje i hjemmet",
        "advice": "Rådgivning",
        "family": "Familie",
    },
}
PARENTS = {"care": "health", "advice": "health"}
GROUPS = {
    "de": {"older": "Ältere Menschen", "relatives": "Angehörige"},
    "da": {"older": "Ældre", "relatives": "Pårørende"},
}
SERVICES = {
    "de": [
        ("Pflegeberatung für Angehörige", ["advice"], ["relatives"]),
        ("Ambulante Pflege zu Hause", ["care"], ["older"]),
        ("Pflegegeld beantragen", ["family"], ["relatives", "older"]),
        ("Kurzzeitpflege nach dem Krankenhaus", ["care", "family"], ["older"]),
    ],
    "da": [
        ("Plejevejledning for pårørende", ["advice"], ["relatives"]),
        ("Hjemmepleje og praktisk hjælp", ["care"], ["older"]),
        ("Plejevederlag til pårørende", ["family"], ["relatives", "older"]),
        ("Aflastningspleje efter hospital", ["care", "family"], ["older"]),
    ],
}


@pytest.fixture(autouse=True)
def service_world(empty_search_index):
    """Services in German and Danish with translated categories and target groups."""
    keys = {}
    for language in ["de", "da"]:
        index = skeleton_page("services", language)
        categories, groups = {}, {}
        for key, name in CATEGORIES[language].items():
            categories[key] = ServiceCategory.objects.create(
                name=name,
                slug=f"{name.lower().replace(' ', '-')}-{language}",
                locale=index.locale,
                parent=categories.get(PARENTS.get(key)),
                **({"translation_key": keys[key]} if key in keys else {}),
            )
            keys.setdefault(key, categories[key].translation_key)
        for key, name in GROUPS[language].items():
            groups[key] = TargetGroup.objects.create(
                name=name,
                slug=f"{name.lower().replace(' ', '-')}-{language}",
                locale=index.locale,
                **({"translation_key": keys[key]} if key in keys else {}),
            )
            keys.setdefault(key, groups[key].translation_key)
        for n, (title, category_keys, group_keys) in enumerate(SERVICES[language]):
            service = ServicePage(
                title=title,
                slug=f"dienst-{n}",
                categories=[categories[k] for k in category_keys],
                target_groups=[groups[k] for k in group_keys],
            )
            index.add_child(instance=service)
            service.save_revision().publish()


class FacetLinks(HTMLParser):
    """The facet filters of a results page as a browser shows them:
    {heading: [link]}, each link {label, count, url, current, remove_url, children}."""

    def __init__(self, html):
        super().__init__()
        self.groups, self.heading, self.text = {}, None, None
        self.navs, self.lists, self.items = 0, [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "nav" and (self.navs or "search-facets" in (attrs.get("class") or "")):
            self.navs += 1
        if not self.navs:
            return
        if tag == "h2":
            self.text = ""
        elif tag == "ul":
            parent = self.items[-1]["children"] if self.items else self.groups[self.heading]
            self.lists.append(parent)
        elif tag == "li":
            self.items.append({"children": [], "remove_url": None})
            self.lists[-1].append(self.items[-1])
        elif tag == "a" and attrs.get("class") == "search-facet-remove":
            self.items[-1]["remove_url"] = attrs["href"]
        elif tag == "a":
            self.items[-1].update(url=attrs["href"], current=attrs.get("aria-current") == "true")
            self.text = ""

    def handle_endtag(self, tag):
        if not self.navs:
            return
        if tag == "nav":
            self.navs -= 1
        elif tag == "h2":
            self.heading = self.text.strip()
            self.groups[self.heading] = []
            self.text = None
        elif tag == "ul":
            self.lists.pop()
        elif tag == "li":
            self.items.pop()
        elif tag == "a" and self.text is not None:
            label, _space, count = self.text.strip().rpartition(" ")
            self.items[-1].update(label=label, count=int(count.strip("()")))
            self.text = None

    def handle_data(self, data):
        if self.text is not None:
            self.text += data


def facet_page(client, language, url_or_params):
    if isinstance(url_or_params, str):
        response = client.get(f"/{language}/search/{url_or_params}")
    else:
        response = client.get(f"/{language}/search/", url_or_params)
    assert response.status_code == 200
    return response, FacetLinks(response.content.decode()).groups


def walk(links):
    for link in links:
        yield link
        yield from walk(link["children"])


def hit_titles(response):
    return [hit.title for hit in response.context["results"].hits]


@pytest.mark.parametrize(("language", "query"), SEARCHES)
def test_each_count_is_the_number_of_results_its_link_shows(client, language, query):
    response, groups = facet_page(client, language, {"q": query})
    assert len(groups) == 2, "a category and a target group filter"
    links = [link for group in groups.values() for link in walk(group)]
    assert len(links) >= 5
    for link in links:
        assert not link["current"]
        assert parse_qs(urlsplit(link["url"]).query)["q"] == [query]
        filtered, filtered_groups = facet_page(client, language, link["url"])
        results = filtered.context["results"]
        assert results.total == link["count"], link
        assert {hit.type_key for hit in results.hits} == {"services.servicepage"}
        # The chosen value is marked and can be removed, back to the whole search.
        [chosen] = [c for g in filtered_groups.values() for c in walk(g) if c["current"]]
        assert (chosen["label"], chosen["count"]) == (link["label"], link["count"])
        back = client.get(f"/{language}/search/{chosen['remove_url']}")
        assert hit_titles(back) == hit_titles(response)


@pytest.mark.parametrize(("language", "query"), SEARCHES)
def test_a_category_counts_its_subcategories_and_shows_them_below_it(client, language, query):
    _response, groups = facet_page(client, language, {"q": query})
    category_heading = next(iter(groups))
    parents = [link for link in groups[category_heading] if link["children"]]
    assert parents, "the search finds services in a subcategory"
    for parent in parents:
        parent_titles = {
            hit["title"]
            for hit in search_json(client, language, query, **params(parent))["results"]
        }
        for child in parent["children"]:
            assert child["count"] <= parent["count"]
            child_titles = {
                hit["title"]
                for hit in search_json(client, language, query, **params(child))["results"]
            }
            assert child_titles and child_titles <= parent_titles
    # Within a subcategory, its category (which every result has) is not offered.
    child = parents[0]["children"][0]
    _filtered, filtered_groups = facet_page(client, language, child["url"])
    labels = [link["label"] for link in walk(filtered_groups[category_heading])]
    assert child["label"] in labels
    assert parents[0]["label"] not in labels


def params(link):
    return {k: v for k, v in parse_qs(urlsplit(link["url"]).query).items() if k != "q"}


@pytest.mark.parametrize(("language", "query"), SEARCHES)
def test_target_group_and_category_narrow_together(client, language, query):
    _response, groups = facet_page(client, language, {"q": query})
    category_heading, group_heading = groups
    target_group = groups[group_heading][0]
    filtered, filtered_groups = facet_page(client, language, target_group["url"])
    assert filtered.context["results"].total == target_group["count"]
    # Adding a category keeps the target group: both filters apply, counts stay exact.
    category = next(walk(filtered_groups[category_heading]))
    both = parse_qs(urlsplit(category["url"]).query)
    assert set(both) == {"q", "category", "target_group"}
    narrowed, narrowed_groups = facet_page(client, language, category["url"])
    assert narrowed.context["results"].total == category["count"]
    current = [
        link["label"] for g in narrowed_groups.values() for link in walk(g) if link["current"]
    ]
    assert sorted(current) == sorted([target_group["label"], category["label"]])
    json_titles = [hit["title"] for hit in search_json(client, language, query, **both)["results"]]
    assert json_titles == hit_titles(narrowed)


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("de", "Die Kategorie „gibt-es-nicht“ ist nicht bekannt"),
        ("da", 'Kategorien "gibt-es-nicht" kendes ikke'),
    ],
)
def test_an_unknown_value_is_left_out_and_named(client, language, message):
    query = dict(SEARCHES)[language]
    plain = client.get(f"/{language}/search/", {"q": query})
    response = client.get(f"/{language}/search/", {"q": query, "category": "gibt-es-nicht"})
    assert response.status_code == 200
    assert escape(message) in response.content.decode()
    assert hit_titles(response) == hit_titles(plain)
    data = search_json(client, language, query, target_group="<script>", category="gibt-es-nicht")
    assert data["count"] == plain.context["results"].total


def test_slugs_of_another_language_are_understood(client):
    _response, groups = facet_page(client, "de", {"q": "Pflege"})
    german = next(walk(next(iter(groups.values()))))
    danish = ServiceCategory.objects.get(
        translation_key=ServiceCategory.objects.get(
            slug=params(german)["category"][0], locale__language_code="de"
        ).translation_key,
        locale__language_code="da",
    )
    response, danish_groups = facet_page(client, "de", {"q": "Pflege", "category": danish.slug})
    assert response.context["results"].total == german["count"]
    [chosen] = [c for g in danish_groups.values() for c in walk(g) if c["current"]]
    assert chosen["label"] == german["label"]  # named in the page's language


def test_a_search_without_services_offers_no_facets(client):
    publish("de", "Kranichzug über dem Moor", "Tausende Vögel rasten im Herbst.")
    response, groups = facet_page(client, "de", {"q": "Kranichzug"})
    assert response.context["results"].total == 1
    assert groups == {}
    assert b"search-facets" not in response.content


def test_a_filter_that_leaves_nothing_can_still_be_removed(client):
    publish("de", "Kranichzug über dem Moor", "Tausende Vögel rasten im Herbst.")
    _response, groups = facet_page(client, "de", {"q": "Pflege"})
    link = next(walk(next(iter(groups.values()))))
    response, groups = facet_page(client, "de", {"q": "Kranichzug", **params(link)})
    assert response.context["results"].total == 0
    [chosen] = [c for g in groups.values() for c in walk(g)]
    assert chosen["current"] and chosen["count"] == 0
    back = client.get("/de/search/" + chosen["remove_url"])
    assert hit_titles(back) == ["Kranichzug über dem Moor"]


def test_pages_of_filtered_results_keep_the_filter(client):
    index = skeleton_page("services", "de")
    category = ServiceCategory.objects.create(
        name="Wasserspender", slug="wasserspender", locale=index.locale
    )
    for n in range(12):
        service = ServicePage(
            title=f"Trinkbrunnen Standort {n}", slug=f"trinkbrunnen-{n}", categories=[category]
        )
        index.add_child(instance=service)
        service.save_revision().publish()
    publish("de", "Trinkbrunnen im Park", "Kein Dienst, eine Seite.")
    first, groups = facet_page(client, "de", {"q": "Trinkbrunnen"})
    assert first.context["results"].total == 13
    [link] = list(walk(next(iter(groups.values()))))
    assert (link["label"], link["count"]) == ("Wasserspender", 12)
    filtered = client.get("/de/search/" + link["url"])
    next_url = filtered.context["next_url"]
    assert parse_qs(urlsplit(next_url).query)["category"] == ["wasserspender"]
    second = client.get("/de/search/" + next_url)
    assert second.context["results"].page == 2
    assert len(second.context["results"].hits) == 2
    assert "Trinkbrunnen im Park" not in hit_titles(filtered) + hit_titles(second)
    # The type filter keeps the category too.
    all_types = client.get("/de/search/", {"q": "Trinkbrunnen"})
    assert len(all_types.context["type_links"]) == 3
    for type_link in filtered.context["type_links"]:
        assert "category=wasserspender" in type_link["url"]


def count(link):
    return link["count"]


def test_facet_filters_cost_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    from .test_queries import MAX_QUERIES

    _response, groups = facet_page(client, "de", {"q": "Pflege"})
    links = list(walk(next(iter(groups.values()))))
    broad, narrow = max(links, key=count), min(links, key=count)
    assert broad["count"] > narrow["count"]
    # Both are first searches (not in the results cache); the site's caches are warm.
    with django_assert_max_num_queries(MAX_QUERIES), CaptureQueriesContext(connection) as many:
        client.get("/de/search/" + broad["url"])
    with CaptureQueriesContext(connection) as few:
        client.get("/de/search/" + narrow["url"])
    assert len(many) == len(few)


def test_counts_of_a_very_broad_search_say_they_are_partial(client, monkeypatch):
    exact, _groups = facet_page(client, "de", {"q": "Pflege"})
    assert b'class="search-facets-note"' not in exact.content
    monkeypatch.setattr("search.query.FACET_SCAN_LIMIT", 2)
    cache.clear()  # results are cached until the index changes, not the code
    response, partial = facet_page(client, "de", {"q": "Pflege"})
    assert b'class="search-facets-note"' in response.content
    assert max(link["count"] for g in partial.values() for link in walk(g)) <= 3
    # Only the counting is bounded, not the results.
    assert response.context["results"].total == exact.context["results"].total


def test_facet_filters_are_answered_by_our_index_even_with_elasticsearch(client, settings, caplog):
    from search.backend_settings import search_backends

    _response, groups = facet_page(client, "de", {"q": "Pflege"})
    link = next(walk(next(iter(groups.values()))))
    # Facets live only in our index: Elasticsearch (here unreachable) is not asked.
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        ["de", "da", "fi", "en"], elasticsearch_url="http://127.0.0.1:9"
    )
    with caplog.at_level(logging.WARNING, logger="search.engines"):
        response = client.get("/de/search/" + link["url"])
    assert response.context["results"].total == link["count"]
    assert not caplog.records
