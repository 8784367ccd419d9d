import uuid

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Generation",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("value", models.UUIDField(default=uuid.uuid4)),
            ],
            options={"verbose_name": "page cache generation"},
        ),
        # The one row, so that serving a page never writes.
        migrations.RunPython(
            lambda apps, schema_editor: apps.get_model("pagecache", "Generation").objects.create(),
            migrations.RunPython.noop,
        ),
    ]
