"""One review block: a service's "last verified on / by" becomes the
"last reviewed on / by" every page has (the later date wins, with its
reviewer). Draft revisions are carried over too, so no typed value is lost."""

from django.db import migrations, models


def merge(apps, schema_editor):
    ServicePage = apps.get_model("services", "ServicePage")
    for page in ServicePage.objects.exclude(last_verified_on=None).iterator():
        if page.reviewed_on is None or page.last_verified_on >= page.reviewed_on:
            page.reviewed_on = page.last_verified_on
            page.reviewed_by = page.verified_by
            page.save(update_fields=["reviewed_on", "reviewed_by"])
    for page in ServicePage.objects.filter(last_verified_on=None).exclude(verified_by=""):
        page.reviewed_by = page.verified_by
        page.save(update_fields=["reviewed_by"])
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = ContentType.objects.filter(app_label="services", model="servicepage").first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type).iterator():
        content = revision.content
        if "last_verified_on" not in content and "verified_by" not in content:
            continue
        verified_on = content.pop("last_verified_on", None)
        verified_by = content.pop("verified_by", "")
        reviewed_on = content.get("reviewed_on")
        if verified_on and (not reviewed_on or verified_on >= reviewed_on):
            content["reviewed_on"] = verified_on
            content["reviewed_by"] = verified_by
        elif verified_by and not content.get("reviewed_by"):
            content["reviewed_by"] = verified_by
        revision.content = content
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0004_main_office_setting"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [
        migrations.AddField(
            model_name="serviceindexpage",
            name="reviewed_by",
            field=models.CharField(
                blank=True,
                help_text="Who checked it, e.g. 'J. Schmidt, Social planning'.",
                max_length=150,
                verbose_name="reviewed by",
            ),
        ),
        migrations.AddField(
            model_name="servicepage",
            name="reviewed_by",
            field=models.CharField(
                blank=True,
                help_text="Who checked it, e.g. 'J. Schmidt, Social planning'.",
                max_length=150,
                verbose_name="reviewed by",
            ),
        ),
        migrations.RunPython(merge, migrations.RunPython.noop),
        migrations.RemoveField(model_name="servicepage", name="last_verified_on"),
        migrations.RemoveField(model_name="servicepage", name="verified_by"),
    ]
