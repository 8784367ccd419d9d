"""Snippets, images and documents from YAML files (`manage.py import_snippets`).

The format is documented in docs/import-format.md ("Snippets, images and documents"):
one YAML file holds lists under the kinds below; a snippet is one object in one language,
identified like a page by its `key` and `locale`, so a re-import updates it (only where a
value changed) and the same key in another language is its translation.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.images import ImageFile
from django.db import models
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log

from home.import_refs import page_by_key
from home.import_source import ContentError, Fields, FrontMatterLoader, Source, too_large
from home.import_translations import record_translation
from home.importing import content_locale
from home.keys import translation_key


class YamlSource(Source):
    """A whole YAML file: its line numbers count from the file's first line."""

    def line(self, *steps):
        line = super().line(*steps)
        return None if line is None else line - 1


@dataclass(frozen=True)
class SnippetKind:
    model: str  # "app_label.ModelName"
    fields: tuple  # plain model fields with a key of the same name


SNIPPET_KINDS = {
    "news_topics": SnippetKind("news.NewsTopic", ("name", "slug")),
    "contacts": SnippetKind(
        "organisations.Contact", ("name", "role", "phone", "email", "address", "hours")
    ),
    "organisations": SnippetKind(
        "organisations.Organisation", ("name", "kind", "address", "phone", "email", "website")
    ),
    # Alerts (the alerts app): `page`, the section covered, is a page key; none: the whole site.
    "alerts": SnippetKind(
        "alerts.Alert",
        ("severity", "title", "text", "link_url", "starts_at", "ends_at", "page", "link_page"),
    ),
    "organisation_details": SnippetKind(
        "home.OrganisationDetails", ("name", "address", "phone", "email", "opening_hours")
    ),
}
MEDIA_KINDS = {"images": get_image_model, "documents": get_document_model}
KINDS = (*MEDIA_KINDS, *SNIPPET_KINDS)


@dataclass
class Item:
    kind: str
    fields: Fields

    @property
    def label(self):
        data = self.fields.data
        name = data.get("key") or data.get("title") or ""
        locale = f" ({data['locale']})" if data.get("locale") else ""
        return f"{self.kind} {name}{locale}"


def read_items(path):
    """The items of one file, media first, then snippets in the default language before
    their translations (so a translation finds its source in the same run)."""
    try:
        message = too_large(path, settings.IMPORT_CONTENT_MAX_FILE_SIZE)
        if message:
            raise ContentError("file", message)
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ContentError("file", getattr(error, "strerror", None) or str(error)) from None
    loader = FrontMatterLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ContentError(
            "file", f"invalid YAML: {getattr(error, 'problem', error)}", mark and mark.line + 1
        ) from None
    except RecursionError:
        raise ContentError("file", "nested too deeply") from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise ContentError("file", "must be lists under the kinds " + ", ".join(KINDS), 1)
    source = YamlSource(Path(path), data, "", node)
    top = Fields(source, data)
    top.check_keys(KINDS, "a snippets file")
    items = [Item(kind, fields) for kind in KINDS for fields in top.items(kind)]
    default = settings.LANGUAGE_CODE
    return sorted(
        items, key=lambda i: (KINDS.index(i.kind), i.fields.data.get("locale", default) != default)
    )


def import_item(item):
    """Create or update one object; 'created', 'updated' or 'unchanged'."""
    if item.kind in MEDIA_KINDS:
        return import_media(MEDIA_KINDS[item.kind](), item.fields)
    return import_snippet(SNIPPET_KINDS[item.kind], item.fields)


# --- Images and documents -------------------------------------------------------------------


def file_hash(filelike):
    digest = hashlib.sha1()
    for chunk in iter(lambda: filelike.read(65536), b""):
        digest.update(chunk)
    return digest.hexdigest()


def import_media(model, fields):
    """An image or document matched by its title; its file is replaced when it differs."""
    fields.check_keys(("title", "file"), f"one of the {model._meta.verbose_name_plural}")
    title = fields.text("title", required=True, max_length=255)
    name = fields.text("file", required=True)
    path = fields.source.path.parent / name
    if not path.is_file():
        raise fields.error("file", f"no file {path}")
    # The admin's upload limits hold for imported files too (docs/limits.md).
    is_image = model is get_image_model()
    limit = (
        settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE if is_image else settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    )
    message = too_large(path, limit)
    if message:
        raise fields.error("file", f"{path.name}: {message}")
    with path.open("rb") as handle:
        new_hash = file_hash(handle)
    obj = model.objects.filter(title=title).order_by("pk").first()
    if obj is not None:
        try:
            with obj.file.open("rb") as stored:
                if file_hash(stored) == new_hash:
                    return "unchanged"
        except OSError:
            pass  # the file went missing from storage: upload it again
    action = "updated" if obj is not None else "created"
    obj = obj or model(title=title)
    with path.open("rb") as handle:
        wrapper = ImageFile if is_image else File
        obj.file = wrapper(handle, name=path.name)
        try:
            obj.full_clean()
        except ValidationError as error:
            field, messages = next(iter(error.message_dict.items()))
            raise fields.error("file" if field == "file" else "title", " ".join(messages)) from None
        obj.save()
    log(obj, "wagtail.create" if action == "created" else "wagtail.edit")
    return action


# --- Snippets -------------------------------------------------------------------------------


def import_snippet(kind, fields):
    model = apps.get_model(kind.model)
    allowed = ("key", "locale", *kind.fields, *(("footer_links",) if has_footer(model) else ()))
    fields.check_keys(allowed, f"one of the {model._meta.verbose_name_plural}")
    key = fields.text("key", required=True)
    locale = content_locale(fields)
    obj = model.objects.filter(translation_key=translation_key(key), locale=locale).first()
    action = "updated" if obj is not None else "created"
    obj = obj or model(translation_key=translation_key(key), locale=locale)
    changed = obj.pk is None
    for name in kind.fields:
        if fields.has(name) or obj.pk is None:
            changed |= set_value(obj, fields, name)
    if fields.has("footer_links"):
        changed |= set_footer_links(obj, fields)
    if not changed:
        return "unchanged"
    try:
        obj.full_clean()
    except ValidationError as error:
        name, messages = next(iter(error.message_dict.items()))
        raise fields.error("key" if name == "__all__" else name, " ".join(messages)) from None
    obj.save()
    # Logged like an edit in the admin: the translation dashboard dates snippets by it.
    log(obj, "wagtail.create" if action == "created" else "wagtail.edit")
    record_translation(obj)
    return action


def set_value(obj, fields, name):
    field = obj._meta.get_field(name)
    if isinstance(field, models.DateTimeField):
        value = fields.moment(name, required=not field.blank)
        if getattr(obj, name) == value:
            return False
        setattr(obj, name, value)
        return True
    if field.is_relation:  # a page, by its key, in the snippet's language
        key = fields.text(name, required=not field.blank)
        page = page_by_key(key, obj.locale) if key else None
        if key and page is None:
            raise fields.error(name, f"no page with the key '{key}' (import the pages first)")
        if getattr(obj, field.attname) == (page.pk if page else None):
            return False
        setattr(obj, name, page)
        return True
    value = fields.text(name, required=not field.blank, max_length=field.max_length)
    if field.choices:
        value = fields.choice(name, [str(choice) for choice, _label in field.choices], value)
    if isinstance(field, models.TextField):
        value = value.replace("\r\n", "\n")
    if getattr(obj, name) == value:
        return False
    setattr(obj, name, value)
    return True


def has_footer(model):
    return any(field.name == "footer_links" for field in model._meta.get_fields())


def set_footer_links(obj, fields):
    """Footer links: page keys (`- privacy`) or `page` (a key) and `label`."""
    links = []
    value = fields.data.get("footer_links") or []
    if not isinstance(value, list):
        raise fields.error("footer_links", "must be a list of page keys")
    items = [{"page": item} if isinstance(item, str) else item for item in value]
    entries = Fields(fields.source, {**fields.data, "footer_links": items}, fields.steps)
    for item in entries.items("footer_links"):
        item.check_keys(("page", "label"), "a footer link")
        key = item.text("page", required=True)
        page = page_by_key(key, obj.locale)
        if page is None:
            raise item.error("page", f"no page with the key '{key}' (import the pages first)")
        links.append({"page": page.pk, "label": item.text("label", max_length=100)})
    current = [
        {
            "page": block.value["page"].pk if block.value["page"] else None,
            "label": block.value["label"],
        }
        for block in obj.footer_links or []
    ]
    if current == links:
        return False
    obj.footer_links = [("link", link) for link in links]
    return True
