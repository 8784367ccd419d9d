"""Indexes for alphabetical title order (home.collation.title_order): the
service directory's page of 20 services is read from an index in title order
instead of sorting every service of the directory."""

from django.db import migrations, models
from django.db.models import F

from home.collation import TITLE_ORDER_INDEXES, title_order

# unaccent() is only STABLE (its dictionary could change), so it cannot appear
# in an index; this wrapper names the dictionary and is declared IMMUTABLE, the
# usual way to index unaccented text. The search app installs the extension too.
FUNCTION = """
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE OR REPLACE FUNCTION title_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
"""


def indexes():
    return [
        models.Index(title_order(language), F("title"), F("id"), name=f"page_title_{name}")
        for name, language in TITLE_ORDER_INDEXES.items()
    ]


def create(apps, schema_editor):
    page = apps.get_model("wagtailcore", "Page")
    for index in indexes():
        schema_editor.add_index(page, index)


def drop(apps, schema_editor):
    page = apps.get_model("wagtailcore", "Page")
    for index in indexes():
        schema_editor.remove_index(page, index)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0011_review_block"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(FUNCTION, "DROP FUNCTION IF EXISTS title_unaccent(text)"),
        migrations.RunPython(create, drop),
    ]
