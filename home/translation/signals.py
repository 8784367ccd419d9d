"""Keep the Translators groups in step with the locales and their home pages."""

from django.apps import apps
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models.signals import post_migrate, post_save
from wagtail.models import Locale, Page

from home.translation.groups import ensure_group, ensure_translator_groups
from home.translation.models import TranslatorGroup


def locale_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ensure_group(instance)


def page_saved(sender, instance, created, raw=False, **kwargs):
    # A locale's home page: its translators get their permissions on its tree.
    if created and not raw and isinstance(instance, Page) and instance.depth == 2:
        ensure_group(instance.locale)


def migrated(sender, **kwargs):
    # post_migrate is sent once per app that has models; the permissions of every
    # app exist after the last of those.
    if sender is not [app for app in apps.get_app_configs() if app.models_module][-1]:
        return
    # Not after migrating back to before the table existed.
    connection = connections[kwargs.get("using", DEFAULT_DB_ALIAS)]
    if TranslatorGroup._meta.db_table not in connection.introspection.table_names():
        return

    ensure_translator_groups()


def connect():
    post_save.connect(locale_saved, sender=Locale, dispatch_uid="translators_locale_saved")
    post_save.connect(page_saved, dispatch_uid="translators_page_saved")
    post_migrate.connect(migrated, dispatch_uid="translators_migrated")
