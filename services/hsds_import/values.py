"""Reading an HSDS record's values: each reader checks the type and names the field
in its RecordError."""

import datetime
import decimal
import uuid

from django.core.exceptions import ValidationError
from wagtail.log_actions import log
from wagtail.models import Locale

from home.memo import remembered


class RecordError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field, self.message = field, message


def records_from(data):
    """The services in a document: the list envelope, a bare list or one service."""
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        return data["contents"]
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        return [data]
    raise RecordError("document", "expected a service, a list of services or a page of them")


def parse_uuid(value, field):
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise RecordError(field, f"not a UUID: {str(value)[:60]!r}") from None


def string(data, name, field=None, required=False):
    value = data.get(name)
    if value is None:
        if required:
            raise RecordError(field or name, "missing")
        return ""
    if not isinstance(value, str):
        raise RecordError(field or name, "not a string")
    if required and not value.strip():
        raise RecordError(field or name, "empty")
    return value


def number(data, name, field=None):
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RecordError(field or name, "not a number")
    if value != int(value) or value < 0:
        raise RecordError(field or name, "not a whole number of 0 or more")
    return int(value)


def date(data, name, field=None):
    value = data.get(name)
    if value in (None, ""):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise RecordError(field or name, f"not a date (YYYY-MM-DD): {str(value)[:30]!r}") from None


def time(data, name, field):
    value = data.get(name)
    if value in (None, ""):
        return None
    try:
        return datetime.time.fromisoformat(value)
    except (TypeError, ValueError):
        raise RecordError(field, f"not a time (HH:MM): {str(value)[:30]!r}") from None


def coordinate(data, name, field):
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise RecordError(field, "not a number")
    try:
        return decimal.Decimal(str(value)).quantize(decimal.Decimal("0.000001"))
    except decimal.InvalidOperation:
        raise RecordError(field, "not a number") from None


def items(data, name, field=None):
    value = data.get(name)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise RecordError(field or name, "not a list of objects")
    return value


def obj(data, name, field=None):
    value = data.get(name)
    if value is not None and not isinstance(value, dict):
        raise RecordError(field or name, "not an object")
    return value


@remembered(ignore={"field"})
def locale_for(code, field):
    locale = Locale.objects.filter(language_code=code).first()
    if locale is None:
        raise RecordError(field, f"unknown language {str(code)[:20]!r}")
    return locale


def validation_message(error):
    if hasattr(error, "message_dict"):
        return "; ".join(f"{k}: {' '.join(map(str, v))}" for k, v in error.message_dict.items())
    return " ".join(str(m) for m in error.messages)


def save_snippet(obj, field):
    """Validates and saves a snippet, and records it in its history as the admin does:
    the translation dashboard reads that history to tell which translations are outdated."""
    try:
        obj.full_clean()
    except ValidationError as error:
        raise RecordError(field, validation_message(error)) from None
    is_new = obj.pk is None
    obj.save()
    log(obj, "wagtail.create" if is_new else "wagtail.edit")


def update(obj, values):
    """Sets `values` on `obj`; whether anything changed."""
    changed = False
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed
