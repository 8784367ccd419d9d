"""TranslatorGroup leaves home's state; its table lives on as the translation app's (0007)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0007_translator_groups_to_own_app"),
        ("translation", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="TranslatorGroup")],
        ),
    ]
