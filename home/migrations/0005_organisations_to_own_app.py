"""Organisations and contacts move to their own app (`organisations`), keeping their rows.

The tables are renamed in place and their content types relabelled, so everything that
points at a row (foreign keys, wagtail-localize sources, log entries, the reference index,
search rows, group permissions) still does. The app's own 0001 then takes the models
into its state, and 0006 drops them from this app's state.
"""

from django.db import migrations

from home.migrations._moved_models import relabel_content_types

MOVES = [
    ("home", "memberorganisation", "organisations", "organisation"),
    ("home", "contact", "organisations", "contact"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_translators"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable("memberorganisation", "organisations_organisation"),
                migrations.AlterModelTable("contact", "organisations_contact"),
            ],
        ),
        migrations.RunPython(*relabel_content_types(MOVES)),
    ]
