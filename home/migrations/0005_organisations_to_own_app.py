"""Organisations and contacts move to their own app (`organisations`), keeping their rows.

The tables are renamed in place and their content types relabelled, so everything that
points at a row (foreign keys, wagtail-localize sources, log entries, the reference index,
search rows, group permissions) still does. The app's own 0001 then takes the models
into its state, and 0006 drops them from this app's state.
"""

from django.db import migrations

# (old app label, old model, new app label, new model)
MOVES = [
    ("home", "memberorganisation", "organisations", "organisation"),
    ("home", "contact", "organisations", "contact"),
]


def relabel(apps, moves):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for old_app, old_model, new_app, new_model in moves:
        content_type = ContentType.objects.filter(app_label=old_app, model=old_model).first()
        if content_type is None:
            continue  # a fresh database: post_migrate creates the new one
        # A content type under the new label exists only if post_migrate ran between
        # the two halves of this move; it has no rows of its own yet.
        ContentType.objects.filter(app_label=new_app, model=new_model).delete()
        content_type.app_label, content_type.model = new_app, new_model
        content_type.save(update_fields=["app_label", "model"])
        if old_model != new_model:
            for permission in Permission.objects.filter(content_type=content_type):
                action = permission.codename.removesuffix(f"_{old_model}")
                permission.codename = f"{action}_{new_model}"
                permission.save(update_fields=["codename"])


def forwards(apps, schema_editor):
    relabel(apps, MOVES)


def backwards(apps, schema_editor):
    relabel(apps, [(na, nm, oa, om) for oa, om, na, nm in MOVES])


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
        migrations.RunPython(forwards, backwards),
    ]
