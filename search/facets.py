"""Facets beyond the content type: values a page contributes to the filters.

Stored in the index as "name:<translation key>" (IndexedDocument.facets), so
counting and filtering need no join with the page's own tables, and a Danish
page pointing at a German term (translations keep their source's terms)
counts under the same value as the term's Danish translation. A service's
category counts for its parent categories too, as in the service directory.
"""

# Facet name → the many-to-many field of a page holding translatable terms.
FACET_ATTRIBUTES = {
    "category": "categories",
    "target_group": "target_groups",
}


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
