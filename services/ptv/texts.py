"""PTV's localised values: lists of {"language", "value"} (LanguageItem), some
with a "type" (LocalizedListItem: Name, Summary, Description …)."""

import html

from services.hsds_import import RecordError


def entries(data, name, field=None):
    value = data.get(name)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise RecordError(field or name, "not a list of objects")
    return value


def text(data, name, language, kind=None, field=None):
    """The value of `name` in `language` (of that type), '' if there is none."""
    for n, item in enumerate(entries(data, name, field)):
        if item.get("language") == language and (kind is None or item.get("type") == kind):
            value = item.get("value")
            if value is None:
                return ""
            if not isinstance(value, str):
                raise RecordError(f"{field or name}[{n}].value", "not a string")
            return value.strip()
    return ""


def languages(data, name, kind=None):
    return {
        item["language"]
        for item in entries(data, name)
        if isinstance(item.get("language"), str) and (kind is None or item.get("type") == kind)
    }


def string(data, name, field=None):
    value = data.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise RecordError(field or name, "not a string")
    return value.strip()


def paragraphs(value):
    """Plain text (PTV's descriptions) as HTML paragraphs for a rich-text field."""
    parts = [part.strip() for part in value.replace("\r\n", "\n").split("\n\n")]
    return "".join(
        f"<p>{html.escape(part).replace(chr(10), '<br/>')}</p>" for part in parts if part
    )


def phone_number(phone, field):
    number = string(phone, "number", f"{field}.number")
    if not number:
        raise RecordError(f"{field}.number", "missing")
    prefix = string(phone, "prefixNumber", f"{field}.prefixNumber")
    return f"{prefix} {number}".strip()
