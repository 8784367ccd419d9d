"""The translator workflow becomes its own app (`translation`); its groups' rows are kept.

The table is renamed in place and its content type relabelled (see _moved_models);
translation 0001 takes the model into its state, and 0008 drops it from home's.
"""

from django.db import migrations

from home.migrations._moved_models import relabel_content_types

MOVES = [("home", "translatorgroup", "translation", "translatorgroup")]


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_organisations_leave_home"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable("translatorgroup", "translation_translatorgroup"),
            ],
        ),
        migrations.RunPython(*relabel_content_types(MOVES)),
    ]
