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

import functools
from dataclasses import dataclass, field
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Value
from django.db.models.functions import Cast
from wagtail.models import get_page_models

from home.collation import alphabetical
from home.querysets import language_preference

# Values per facet read from the query string: more cannot narrow anything
# further, and the filter stays small.
MAX_SELECTED = 10


def facet_value(name, term):
    return f"{name}:{term.translation_key}"


def with_ancestors(term):
    seen = set()
    while term is not None and term.pk not in seen:
        seen.add(term.pk)
        yield term
        term = getattr(term, "parent", None)


@functools.cache
def declared_facets():
    """{name: (Facet, the model of its terms)} from every page model's
    `search_facets` (home.search_facets), in the order declared."""
    found = {}
    for model in get_page_models():
        for facet in getattr(model, "search_facets", ()):
            terms = model._meta.get_field(facet.attribute).related_model
            found.setdefault(facet.name, (facet, terms))
    return found


def facet_labels():
    return {name: facet.label for name, (facet, _terms) in declared_facets().items()}


def facets_for(page):
    values = set()
    for facet in getattr(type(page), "search_facets", ()):
        for term in getattr(page, facet.attribute).all():
            values.update(facet_value(facet.name, t) for t in with_ancestors(term))
    return sorted(values)


def faceted_content_type_ids():
    """Content types of the page models that have facets (Django caches them)."""
    models = [model for model in get_page_models() if getattr(model, "search_facets", ())]
    return [
        content_type.pk for content_type in ContentType.objects.get_for_models(*models).values()
    ]


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
        for facet, (_declared, model) in declared_facets().items():
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
        for facet, (declared, _model) in declared_facets().items():
            for raw in params.getlist(facet)[:MAX_SELECTED]:
                slug = raw.strip()
                if not slug:
                    continue
                value = self._loaded[1].get((facet, slug))
                if value is None:
                    ignored.append(declared.unknown % {"value": slug[:50]})
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
    groups = {facet: [] for facet in declared_facets()}
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
