"""Wagtail's default workflow and task, "Moderators approval", renamed to the
site's default language (home/editing/workflows.py translates the name for
editors using another admin language). Names an administrator changed stay."""

from django.conf import settings
from django.db import migrations
from django.utils import translation

WAGTAIL_DEFAULT_NAME = "Moderators approval"
# The msgid of home.editing.workflows.MODERATION.
MSGID = "Approval by moderators"


def default_language_name():
    with translation.override(settings.LANGUAGE_CODE):
        return translation.gettext(MSGID)


def rename(apps, old, new):
    for model in ("Workflow", "Task"):
        apps.get_model("wagtailcore", model).objects.filter(name=old).update(name=new)


def forwards(apps, schema_editor):
    rename(apps, WAGTAIL_DEFAULT_NAME, default_language_name())


def backwards(apps, schema_editor):
    rename(apps, default_language_name(), WAGTAIL_DEFAULT_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0008_translator_groups_leave_home"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
