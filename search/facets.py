"""Facets beyond the content type: values a page contributes to the filters.

Stored in the index as "name:<translation key>" (IndexedDocument.facets), so
counting and filtering need no join with the page's own tables, and a Danish
page pointing at a German term (translations keep their source's terms)
counts under the same value as the term's Danish translation. A service's
category counts for its parent categories too, as in the service directory.

On the results page a visitor refines a search by these values: every value
chosen narrows the results further (they are ANDed, `?category=a&category=b`),
so each count shown is exactly the number of results its link leads to.
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models
from django.db.models import Value
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import get_page_models

from home.querysets import language_preference
from services.directory import UNKNOWN, alphabetical

from .query import DOCS, where_clause

# Facet name → the many-to-many field of a page holding translatable terms.
FACET_ATTRIBUTES = {
    "category": "categories",
    "target_group": "target_groups",
}
# Facet name → the model of those terms (their query parameter is the facet name,
# as in the service directory), and the heading of its filter.
FACET_MODELS = {
    "category": "services.ServiceCategory",
    "target_group": "services.TargetGroup",
}
FACET_LABELS = {
    "category": _("Category"),
    "target_group": _("Who it is for"),
}
# Values per facet read from the query string: more cannot narrow anything
# further, and the filter stays small.
MAX_SELECTED = 10

# Facets are counted over at most this many matching pages that have any. A
# word found on most of 100,000 pages would otherwise unnest the facets of all
# of them on every search; with LIMIT and no ORDER BY, PostgreSQL stops reading
# rows once it has enough, so the count costs the same however broad the query.
# Only pages of the types that have facets are read (the index on locale and
# content type narrows the matches before any row is fetched), so a search
# finding thousands of news items and a few services still counts all services.
# Below the limit (every search of the demo county, and most of a large one: it
# takes 2,000 matching services) the counts are exact; above it they count part
# of the results, and the page says so.
FACET_SCAN_LIMIT = 2000

COUNT_SQL = """
WITH matched AS (
    SELECT d.facets FROM {docs} d
    WHERE {where} AND d.content_type_id = ANY(%s) AND cardinality(d.facets) > 0
    LIMIT {limit}
)
SELECT f, count(*) FROM matched, unnest(matched.facets) f GROUP BY f
UNION ALL
SELECT NULL, count(*) FROM matched
"""


def facet_value(name, term):
    return f"{name}:{term.translation_key}"


def with_ancestors(term):
    seen = set()
    while term is not None and term.pk not in seen:
        seen.add(term.pk)
        yield term
        term = getattr(term, "parent", None)


def facets_for(page):
    values = set()
    for name, attribute in FACET_ATTRIBUTES.items():
        related = getattr(page, attribute, None)
        if related is None or not hasattr(related, "all"):
            continue
        for term in related.all():
            values.update(facet_value(name, t) for t in with_ancestors(term))
    return sorted(values)


def faceted_content_type_ids():
    """Content types of the page models that have facets (Django caches them)."""
    models = [
        model
        for model in get_page_models()
        if any(hasattr(model, attribute) for attribute in FACET_ATTRIBUTES.values())
    ]
    return [
        content_type.pk for content_type in ContentType.objects.get_for_models(*models).values()
    ]


def count_facets(locale_id, match, hidden, content_type_id=None, facets=()):
    """({facet value: matching results}, whether only part of them was counted),
    in one query, for the same match as the search (search.query.where_clause)."""
    where, params = where_clause(locale_id, match, hidden, content_type_id, facets)
    sql = COUNT_SQL.format(docs=DOCS, where=where, limit=FACET_SCAN_LIMIT + 1)
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, faceted_content_type_ids()])
        rows = cursor.fetchall()
    counts = {value: count for value, count in rows if value is not None}
    scanned = next((count for value, count in rows if value is None), 0)
    return counts, scanned > FACET_SCAN_LIMIT


@dataclass(frozen=True)
class FacetTerm:
    facet: str  # "category"
    value: str  # "category:<translation key>", as in the index
    name: str  # in the visitor's language where translated
    slug: str  # for the query string, in the same language as the name
    parent: str | None = None  # the parent term's value


class FacetTerms:
    """The terms of every facet, each in the visitor's language where translated,
    else in the default language: one query for all of them, made on first use.
    The taxonomies are small (the service directory loads them whole, too), and
    pages may point at terms of any language, so all languages are read."""

    def __init__(self, language):
        self.language = language

    @cached_property
    def _loaded(self):
        rank = language_preference(self.language)
        best, slugs = {}, {}
        for facet, key, name, slug, code, parent in self._rows():
            order = rank(code)
            term = FacetTerm(facet, f"{facet}:{key}", name, slug, parent and f"{facet}:{parent}")
            if term.value not in best or order < best[term.value][0]:
                best[term.value] = (order, term)
            # A slug of any language is understood, as in the service directory:
            # a visitor may arrive with a link from another language's page.
            if (facet, slug) not in slugs or order < slugs[facet, slug][0]:
                slugs[facet, slug] = (order, term.value)
        return (
            {value: term for value, (_order, term) in best.items()},
            {key: value for key, (_order, value) in slugs.items()},
        )

    def _rows(self):
        no_parent = Cast(Value(None), output_field=models.UUIDField())
        branches = []
        for facet, label in FACET_MODELS.items():
            model = apps.get_model(label)
            has_parent = any(f.name == "parent" for f in model._meta.get_fields())
            branches.append(
                model.objects.order_by().values_list(
                    Value(facet, output_field=models.CharField()),
                    "translation_key",
                    "name",
                    "slug",
                    "locale__language_code",
                    "parent__translation_key" if has_parent else no_parent,
                )
            )
        return branches[0].union(*branches[1:], all=True)

    @property
    def by_value(self):
        return self._loaded[0]

    def parse(self, params):
        """(chosen FacetTerms, messages for the values not understood) from a
        QueryDict. Unknown values are left out and named, as in the directory."""
        chosen, ignored = [], []
        for facet in FACET_MODELS:
            for raw in params.getlist(facet)[:MAX_SELECTED]:
                slug = raw.strip()
                if not slug:
                    continue
                value = self._loaded[1].get((facet, slug))
                if value is None:
                    ignored.append(UNKNOWN[facet] % {"value": slug[:50]})
                elif self.by_value[value] not in chosen:
                    chosen.append(self.by_value[value])
        return chosen, ignored


@dataclass
class FacetOption:
    term: FacetTerm
    count: int
    current: bool
    children: list = field(default_factory=list)


def facet_options(counts, chosen, terms, language):
    """{facet: [FacetOption]} for the values found among the results and the chosen
    ones, most results first, subcategories under their category. Categories above
    a chosen one are left out: every result has them, choosing them changes nothing."""
    chosen_values = {term.value for term in chosen}
    implied = set()
    for term in chosen:
        parent = terms.get(term.parent)
        while parent is not None and parent.value not in implied:
            implied.add(parent.value)
            parent = terms.get(parent.parent)
    options = {
        value: FacetOption(terms[value], counts.get(value, 0), value in chosen_values)
        for value in set(counts) | chosen_values
        if value in terms and (value in chosen_values or value not in implied)
    }
    groups = {facet: [] for facet in FACET_MODELS}
    ordered = sorted(
        options.values(), key=lambda o: (-o.count, alphabetical(o.term.name, language))
    )
    for option in ordered:
        parent = options.get(option.term.parent)
        if parent is not None:
            parent.children.append(option)
        else:
            groups[option.term.facet].append(option)
    return groups
