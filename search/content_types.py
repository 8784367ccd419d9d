"""The "type" of a result: key for URLs ("news.newspage") and label for people ("News item").

Content types come from Django's ContentType cache, so naming the types of a
page of results costs no query after the first.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.text import capfirst


def type_key(content_type):
    return f"{content_type.app_label}.{content_type.model}"


def type_label(content_type):
    model = content_type.model_class()
    return capfirst(model._meta.verbose_name) if model else content_type.model


def content_type_for_key(key):
    """The ContentType a ?type= value names, or None for anything else."""
    app_label, _dot, model = (key or "").partition(".")
    if not app_label or not model:
        return None
    try:
        return ContentType.objects.get_by_natural_key(app_label, model)
    except ContentType.DoesNotExist:
        return None


def by_id(content_type_id):
    return ContentType.objects.get_for_id(content_type_id)
