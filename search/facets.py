"""Facets beyond the content type: values a page contributes to the filters.

Each facet is a (name, how to read the values from a page). A value is stored
in the index as "name:value" (IndexedDocument.facets), so counting and
filtering need no join with the page's own tables. The service directory's
category and target group are read when the ServicePage has those fields.
"""

# Facet name → the attribute of a page holding its values (a related manager of
# translatable snippets). The label shown is the snippet's str() in the page's
# own language, so translated snippets give translated filters.
FACET_ATTRIBUTES = {
    "category": "categories",
    "target_group": "target_groups",
}


def facet_value(name, obj):
    return f"{name}:{obj.pk}"


def facets_for(page):
    values = []
    for name, attribute in FACET_ATTRIBUTES.items():
        related = getattr(page, attribute, None)
        if related is None or not hasattr(related, "all"):
            continue
        values.extend(facet_value(name, obj) for obj in related.all())
    return values
