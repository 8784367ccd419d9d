"""For migrations that move a model to another app and keep its rows (not a migration).

The table is renamed in place; its content type is relabelled rather than replaced, so
everything that points at a row by content type (wagtail-localize objects, log entries,
the reference index, search rows, revisions) and every group's permissions still do.
"""


def relabel_content_types(moves):
    """A RunPython pair for [(old app, old model, new app, new model)]."""

    def relabel(apps, moves):
        ContentType = apps.get_model("contenttypes", "ContentType")
        Permission = apps.get_model("auth", "Permission")
        for old_app, old_model, new_app, new_model in moves:
            content_type = ContentType.objects.filter(app_label=old_app, model=old_model).first()
            if content_type is None:
                continue  # a fresh database: post_migrate creates the new one
            # One under the new label exists only if post_migrate ran between the
            # steps of this move; nothing can point at it yet.
            ContentType.objects.filter(app_label=new_app, model=new_model).delete()
            content_type.app_label, content_type.model = new_app, new_model
            content_type.save(update_fields=["app_label", "model"])
            if old_model != new_model:
                for permission in Permission.objects.filter(content_type=content_type):
                    action = permission.codename.removesuffix(f"_{old_model}")
                    permission.codename = f"{action}_{new_model}"
                    permission.save(update_fields=["codename"])

    def forwards(apps, schema_editor):
        relabel(apps, moves)

    def backwards(apps, schema_editor):
        relabel(apps, [(na, nm, oa, om) for oa, om, na, nm in moves])

    return forwards, backwards
