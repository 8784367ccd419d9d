"""Pages from Markdown files with YAML front matter (`manage.py import_content`).

The format is documented in docs/import-format.md. One file is one page in one
language. The page's translation key comes from the file's `key` (or from
`translation_of`) through the same function as the demo content's keys, so a
re-import finds the page again: it updates it and publishes a new revision.
"""

import datetime
import html
import re
import uuid
from dataclasses import dataclass
from pathlib import Path

import markdown
import nh3
import yaml
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.text import slugify
from wagtail.blocks import StreamValue
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, Site

from home.keys import translation_key
from home.models.strategy import PROGRESS_CHOICES


class ContentError(Exception):
    """A problem with one file: which field, what is wrong, and the line if known."""

    def __init__(self, field, message, line=None):
        super().__init__(message)
        self.field, self.message, self.line = field, message, line

    def describe(self, path):
        where = f"{path}:{self.line}" if self.line else str(path)
        return f"{where}: {self.field}: {self.message}"


# --- Page types ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PageType:
    model: str  # "app_label.ModelName"
    body: str  # the model field the Markdown body goes into
    fields: tuple = ()  # plain model fields with a key of the same name
    lists: tuple = ()  # keys with a function of their own in LIST_KEYS
    required: tuple = ()


PAGE_TYPES = {
    "news": PageType(
        "news.NewsPage", "body", fields=("date", "author"), lists=("topics",), required=("date",)
    ),
    "service": PageType(
        "services.ServicePage",
        "body",
        fields=(
            "cost",
            "cost_description",
            "minimum_age",
            "maximum_age",
            "processing_time",
            "deadlines",
            "online_service_url",
            "online_service_label",
            "email",
            "status",
            "status_notice",
            "reviewed_on",
            "reviewed_by",
        ),
        lists=(
            "categories",
            "target_groups",
            "life_events",
            "areas",
            "eligibility",
            "how_to_apply",
            "required_documents",
            "legal_basis",
            "further_notes",
            "phones",
            "languages",
        ),
    ),
    "strategy": PageType(
        "home.StrategyPage",
        "background",
        fields=(
            "status",
            "vision",
            "valid_from",
            "valid_until",
            "adopted_by",
            "adopted_on",
            "responsible_unit",
        ),
        lists=("goals", "actions"),
    ),
    "network": PageType("home.CareNetworkPage", "purpose", lists=("meetings",)),
    "standard": PageType("home.StandardPage", "body"),
    "topic": PageType("home.TopicPage", "body"),
}
# Pages that live under an index page of their own unless `parent` says otherwise.
INDEX_PAGES = {
    "news.NewsPage": "news.NewsIndexPage",
    "services.ServicePage": "services.ServiceIndexPage",
}
RENAMED_KEYS = {"last_verified_on": "reviewed_on", "verified_by": "reviewed_by"}
COMMON_KEYS = ("key", "type", "locale", "title", "translation_of", "parent", "summary")
PROGRESS = [value for value, _label in PROGRESS_CHOICES]  # of goals and actions


def page_model(type_name, fields):
    try:
        return apps.get_model(PAGE_TYPES[type_name].model)
    except LookupError:
        raise fields.error(
            "type", f"{type_name} pages are not available in this version of the site"
        ) from None


# --- Reading a file ------------------------------------------------------------------------


class FrontMatterLoader(yaml.SafeLoader):
    """YAML without implicit dates: the importer parses dates itself, so that
    `2024-02-30` is an error naming its field instead of a crash."""


FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if not tag.endswith(":timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
FRONT_MATTER_OFFSET = 2  # YAML line 0 is line 2 of the file, after the opening '---'


@dataclass
class Source:
    path: Path
    meta: dict
    body: str
    node: yaml.Node

    @property
    def translation_of(self):
        return self.meta.get("translation_of")

    def line(self, *steps):
        """The file's line of a key (or list item) of the front matter, or None."""
        node, line = self.node, None
        for step in steps:
            if isinstance(node, yaml.MappingNode):
                pair = next(((k, v) for k, v in node.value if k.value == step), None)
                if pair is None:
                    break
                line, node = pair[0].start_mark.line, pair[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
                if step >= len(node.value):
                    break
                node = node.value[step]
                line = node.start_mark.line
            else:
                break
        return None if line is None else line + FRONT_MATTER_OFFSET


def too_large(path, limit):
    """A message when the file at `path` is over `limit` bytes, else None."""
    size = Path(path).stat().st_size
    if size <= limit:
        return None
    return f"the file has {size_text(size)}; the limit is {size_text(limit)}"


def size_text(size):
    # filesizeformat() keeps number and unit together with a no-break space:
    # on a terminal a plain one reads (and greps) better.
    return filesizeformat(size).replace("\xa0", " ")


def read_source(path):
    try:
        message = too_large(path, settings.IMPORT_CONTENT_MAX_FILE_SIZE)
        if message:
            raise ContentError("file", message)
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise ContentError("file", f"not UTF-8 text ({error.reason})") from None
    except OSError as error:
        raise ContentError("file", error.strerror or str(error)) from None
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise ContentError("front matter", "the file must start with a line '---'", line=1)
    end = next((n for n, line in enumerate(lines[1:], 1) if line.strip() in ("---", "...")), None)
    if end is None:
        raise ContentError("front matter", "no closing '---' line after the front matter")
    loader = FrontMatterLoader("".join(lines[1:end]))
    try:
        node = loader.get_single_node()
        meta = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        line = mark.line + FRONT_MATTER_OFFSET if mark else None
        raise ContentError("front matter", f"invalid YAML: {problem}", line=line) from None
    except RecursionError:
        raise ContentError("front matter", "nested too deeply") from None
    finally:
        loader.dispose()
    if not isinstance(meta, dict):
        raise ContentError("front matter", "must be `name: value` lines", line=FRONT_MATTER_OFFSET)
    seen = {}
    for key_node, _value in node.value:
        if key_node.value in seen:
            line = key_node.start_mark.line + FRONT_MATTER_OFFSET
            message = f"given twice (lines {seen[key_node.value]} and {line})"
            raise ContentError(key_node.value, message, line=line)
        seen[key_node.value] = key_node.start_mark.line + FRONT_MATTER_OFFSET
    return Source(Path(path), meta, "".join(lines[end + 1 :]), node)


def collect_files(paths):
    """The Markdown files named or in the folders named (not recursive), in a
    stable order, and the paths that do not exist."""
    files, missing = [], []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files.extend(sorted(p for p in path.glob("*.md") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(path)
    return list(dict.fromkeys(files)), missing


def import_order(sources):
    """Sources before translations, so `translation_of` finds its page in the same run."""
    return sorted(sources, key=lambda source: bool(source.translation_of))


class Fields:
    """Typed access to one mapping of the front matter; errors name the field and line."""

    def __init__(self, source, data, steps=()):
        self.source, self.data, self.steps = source, data, steps

    def label(self, name):
        label = ""
        for step in (*self.steps, name):
            label += f"[{step + 1}]" if isinstance(step, int) else f".{step}"
        return label.lstrip(".")

    def error(self, name, message):
        return ContentError(self.label(name), message, self.source.line(*self.steps, name))

    def has(self, name):
        return name in self.data

    def check_keys(self, allowed, context):
        for name in map(str, self.data):
            if name not in allowed:
                known = ", ".join(allowed)
                raise self.error(name, f"unknown field for {context} (known: {known})")

    def text(self, name, required=False, max_length=None):
        value = self.data.get(name)
        if value is None:
            value = ""
        elif isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.error(name, "must be text (put it in quotes)")
        value = str(value).strip()
        if required and not value:
            raise self.error(name, "is required" if name not in self.data else "must not be empty")
        if max_length and len(value) > max_length:
            raise self.error(name, f"at most {max_length} characters (has {len(value)})")
        return value

    def date(self, name, required=False):
        value = self.text(name, required)
        if not value:
            return None
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise self.error(name, f"'{value}' is not a date of the form YYYY-MM-DD") from None

    def time(self, name):
        value = self.data.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            # YAML 1.1 reads an unquoted 18:30 as the base-60 number 1110.
            value = f"{value // 60}:{value % 60:02d}"
        value = self.text(name) if not isinstance(value, str) else value.strip()
        if not value:
            return None
        try:
            return datetime.time.fromisoformat(value.zfill(5))
        except ValueError:
            raise self.error(name, f"'{value}' is not a time of the form HH:MM") from None

    def integer(self, name, minimum=0):
        value = self.data.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.error(name, f"must be a whole number of at least {minimum}")
        return value

    def choice(self, name, choices, default=None):
        value = self.text(name)
        if not value:
            return default
        if value not in choices:
            raise self.error(name, f"'{value}' is not one of: {', '.join(choices)}")
        return value

    def items(self, name):
        """A list of mappings, each as Fields of its own."""
        value = self.data.get(name)
        if value is None or value == "":
            return []
        if not isinstance(value, list):
            raise self.error(name, "must be a list (lines starting with '- ')")
        for n, item in enumerate(value):
            if not isinstance(item, dict):
                raise Fields(self.source, {}, (*self.steps, name)).error(
                    n, "must be a mapping of `name: value` lines"
                )
        return [Fields(self.source, item, (*self.steps, name, n)) for n, item in enumerate(value)]


# --- Markdown -----------------------------------------------------------------------------

TEXT_TAGS = {"p", "b", "i", "a", "ul", "ol", "li", "br"}
HEADING = re.compile(r"<h([1-4])\b[^>]*>(.*?)</h\1>", re.S)
MINOR_HEADING = re.compile(r"<h([5-6])\b[^>]*>(.*?)</h\1>", re.S)
TAG = re.compile(r"<[^>]+>")


def render_markdown(text):
    return markdown.markdown(text or "", extensions=["sane_lists"], output_format="html")


def clean_html(fragment):
    """Rich text in Wagtail's stored form with only the tags the text blocks allow."""
    fragment = nh3.clean(
        fragment,
        tags=TEXT_TAGS | {"strong", "em"},
        attributes={"a": {"href"}, "*": set()},
        link_rel=None,
        url_schemes={"http", "https", "mailto", "tel"},
    )
    for old, new in (("strong", "b"), ("em", "i")):
        fragment = fragment.replace(f"<{old}>", f"<{new}>").replace(f"</{old}>", f"</{new}>")
    fragment = re.sub(r"<a>(.*?)</a>", r"\1", fragment, flags=re.S)  # links with a bad address
    fragment = re.sub(r"<li>\s*<p>", "<li>", fragment)  # "loose" Markdown lists
    fragment = re.sub(r"</p>\s*</li>", "</li>", fragment)
    fragment = fragment.strip()
    return fragment if TAG.sub("", fragment).strip() else ""


def plain_text(fragment):
    return html.unescape(TAG.sub("", fragment)).strip()


def markdown_blocks(text):
    """The body as (block type, value) pairs: a heading block per heading (`#` becomes
    h2 like `##`) and a text block for what lies between headings."""
    rendered = MINOR_HEADING.sub(r"<p><strong>\2</strong></p>", render_markdown(text))
    blocks, position = [], 0
    for match in [*HEADING.finditer(rendered), None]:
        paragraph = clean_html(rendered[position : match.start() if match else None])
        if paragraph:
            blocks.append(("paragraph", paragraph))
        if match is None:
            break
        if plain_text(match.group(2)):
            level = max(2, int(match.group(1)))
            blocks.append(("heading", {"text": plain_text(match.group(2)), "level": f"h{level}"}))
        position = match.end()
    return blocks


def markdown_rich_text(text):
    """One rich text value; headings become bold paragraphs, as rich text fields have none."""
    rendered = render_markdown(text)
    rendered = HEADING.sub(r"<p><strong>\2</strong></p>", rendered)
    return clean_html(MINOR_HEADING.sub(r"<p><strong>\2</strong></p>", rendered))


# --- Field values ---------------------------------------------------------------------------

TRANSLITERATION = str.maketrans(
    {"æ": "ae", "Æ": "Ae", "ø": "oe", "Ø": "Oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th"}
)


def base_slug(title, key):
    return (
        slugify(title.translate(TRANSLITERATION), allow_unicode=False)
        or slugify(key, allow_unicode=False)
        or "page"
    )


def unique_slug(parent, slug, page=None):
    candidate, n = slug, 1
    while not Page._slug_is_available(candidate, parent, page):
        n += 1
        candidate = f"{slug}-{n}"
    return candidate


def stream_data(page, field_name, blocks):
    """Raw StreamField data with block ids derived from the page and the position, so an
    unchanged file gives identical content (and translation tools see stable blocks)."""
    namespace = uuid.UUID(str(page.translation_key))
    code = page.locale.language_code
    return [
        {"type": kind, "value": value, "id": str(uuid.uuid5(namespace, f"{code}/{field_name}/{n}"))}
        for n, (kind, value) in enumerate(blocks)
    ]


def assign(page, fields, name, required=False):
    """Set a plain model field from the key of the same name. An absent key leaves the
    field as it is (on a new page: its default); an empty one clears it."""
    if not (fields.has(name) or required):
        return
    field = page._meta.get_field(name)
    if isinstance(field, models.DateField):
        value = fields.date(name, required=required or not field.null)
    elif isinstance(field, models.CharField | models.TextField):
        value = fields.text(name, required=required or not field.blank, max_length=field.max_length)
        if field.choices:
            value = fields.choice(name, [str(choice) for choice, _label in field.choices], value)
    elif isinstance(field, models.IntegerField):
        value = fields.integer(name)
    else:
        raise fields.error(name, "cannot be imported")
    setattr(page, name, value)


def set_body(page, field_name, body):
    """The Markdown body into the page's main field (a StreamField or rich text)."""
    field = next((f for f in page._meta.concrete_fields if f.name == field_name), None)
    if isinstance(field, StreamField):
        setattr(page, field_name, stream_data(page, field_name, markdown_blocks(body)))
    elif isinstance(field, RichTextField):
        setattr(page, field_name, markdown_rich_text(body))
    elif body.strip():
        raise ContentError("body", "this page type has no body: leave it empty")


def goal_blocks(fields):
    blocks = []
    for item in fields.items("goals"):
        item.check_keys(("title", "description", "indicator", "status"), "a goal")
        value = {
            "title": item.text("title", required=True),
            "description": markdown_rich_text(item.text("description")),
            "indicator": item.text("indicator"),
            "status": item.choice("status", PROGRESS, default="planned"),
        }
        blocks.append(("goal", value))
    return blocks


def action_blocks(fields):
    blocks = []
    for item in fields.items("actions"):
        item.check_keys(
            ("title", "description", "goals", "owner", "timeline", "status"), "an action"
        )
        goals = item.data.get("goals")
        if isinstance(goals, int) and not isinstance(goals, bool):
            goals = [goals]
        if isinstance(goals, list):
            if not all(isinstance(n, int) and not isinstance(n, bool) for n in goals):
                raise item.error("goals", "must be goal numbers, e.g. [1, 3] or '1, 3'")
            goals = ", ".join(str(n) for n in goals)
        else:
            goals = item.text("goals")
            if not re.fullmatch(r"[\d,\s]*", goals):
                raise item.error("goals", "must be goal numbers, e.g. [1, 3] or '1, 3'")
        value = {
            "title": item.text("title", required=True),
            "description": markdown_rich_text(item.text("description")),
            "goals": goals,
            "owner": item.text("owner"),
            "timeline": item.text("timeline"),
            "status": item.choice("status", PROGRESS, default="planned"),
        }
        blocks.append(("action", value))
    return blocks


def meeting_blocks(fields):
    blocks = []
    allowed = ("date", "start_time", "end_time", "place", "topic", "participants", "outcomes")
    for item in fields.items("meetings"):
        item.check_keys(allowed, "a meeting")
        start, end = item.time("start_time"), item.time("end_time")
        value = {
            "date": item.date("date", required=True).isoformat(),
            "start_time": start.isoformat() if start else None,
            "end_time": end.isoformat() if end else None,
            "place": item.text("place", required=True),
            "topic": item.text("topic", required=True),
            "participants": item.integer("participants"),
            "outcomes": markdown_rich_text(item.text("outcomes")),
            "photos": [],
        }
        blocks.append(("meeting", value))
    return blocks


def set_topics(page, fields):
    """News topics by slug or name, in the page's language."""
    names = fields.data.get("topics") or []
    names = [names] if isinstance(names, str) else names
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise fields.error("topics", "must be a list of topic slugs or names")
    topic_model = page._meta.get_field("topics").related_model
    topics = []
    for name in names:
        topic = (
            topic_model.objects.filter(locale=page.locale, slug=name.strip()).first()
            or topic_model.objects.filter(locale=page.locale, name__iexact=name.strip()).first()
        )
        if topic is None:
            code = page.locale.language_code
            raise fields.error("topics", f"no news topic '{name}' in locale '{code}'")
        topics.append(topic)
    page.topics.set(topics)


def entries(fields, name, main_key):
    """The items of a list key, each as Fields; an item may be a mapping or, for short,
    just its main value (`- Birth certificate` for `- document: Birth certificate`)."""
    value = fields.data.get(name)
    if isinstance(value, list):
        value = [
            {main_key: item} if isinstance(item, str | int | float) else item for item in value
        ]
        return Fields(fields.source, {**fields.data, name: value}, fields.steps).items(name)
    return fields.items(name)


def struct_blocks(name, block_type, main_key, keys, context):
    """Stream blocks of one type from a list key: the main key is required, the other
    keys optional text; `rich` keys are Markdown."""

    def make_blocks(fields):
        blocks = []
        for item in entries(fields, name, main_key):
            item.check_keys(tuple(keys), context)
            value = {}
            for key, kind in keys.items():
                text = item.text(key, required=key == main_key)
                value[key] = markdown_rich_text(text) if kind == "rich" else text
            blocks.append((block_type, value))
        return blocks

    return make_blocks


def set_terms(page, fields, name):
    """A service's taxonomy terms (categories, target groups, life events, areas) by
    slug or name in the page's language. Terms are curated and translated in the admin,
    so an unknown one is an error rather than a new term made from a typo."""
    values = fields.data.get(name)
    values = [] if values in (None, "") else values
    values = [values] if isinstance(values, str) else values
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise fields.error(name, "must be a list of slugs or names, e.g. [families, older-people]")
    model = page._meta.get_field(name).related_model
    in_locale = model.objects.filter(locale=page.locale)
    terms = []
    for n, value in enumerate(values):
        value = value.strip()
        term = in_locale.filter(slug=value).first() or in_locale.filter(name__iexact=value).first()
        if term is None:
            slugs = list(in_locale.order_by("slug").values_list("slug", flat=True)[:13])
            known = ", ".join(slugs[:12]) + (", …" if len(slugs) > 12 else "") or "none yet"
            message = (
                f"no {model._meta.verbose_name} '{value}' in '{page.locale.language_code}' "
                f"(known: {known})"
            )
            raise Fields(fields.source, {}, (*fields.steps, name)).error(n, message)
        terms.append(term)
    getattr(page, name).set(terms)


def set_languages(page, fields):
    """Languages a service is offered in: codes such as `de`, `en`, `sgn`."""
    value = fields.data.get("languages")
    if isinstance(value, str):
        value = [code for code in re.split(r"[,\s]+", value) if code]
    value = [] if value is None else value
    if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
        raise fields.error("languages", "must be a list of language codes, e.g. [de, en, sgn]")
    choices = [code for code, _name in page._meta.get_field("languages").base_field.choices]
    for n, code in enumerate(value):
        if code.strip() not in choices:
            message = f"'{code}' is not one of: {', '.join(choices)}"
            raise Fields(fields.source, {}, (*fields.steps, "languages")).error(n, message)
    page.languages = list(dict.fromkeys(code.strip() for code in value))


def rich_text_setter(field_name):
    def set_rich_text(page, fields):
        setattr(page, field_name, markdown_rich_text(fields.text(field_name)))

    return set_rich_text


def stream_setter(field_name, make_blocks):
    def set_stream(page, fields):
        setattr(page, field_name, stream_data(page, field_name, make_blocks(fields)))

    return set_stream


LIST_KEYS = {
    "goals": stream_setter("goals", goal_blocks),
    "actions": stream_setter("actions", action_blocks),
    "meetings": stream_setter("meetings", meeting_blocks),
    "topics": set_topics,
    # Services
    **{
        name: lambda page, fields, name=name: set_terms(page, fields, name)
        for name in ("categories", "target_groups", "life_events", "areas")
    },
    "eligibility": rich_text_setter("eligibility"),
    "further_notes": rich_text_setter("further_notes"),
    "how_to_apply": stream_setter(
        "how_to_apply",
        struct_blocks("how_to_apply", "step", "title", {"title": "text", "text": "rich"}, "a step"),
    ),
    "required_documents": stream_setter(
        "required_documents",
        struct_blocks(
            "required_documents",
            "document",
            "document",
            {"document": "text", "url": "text"},
            "a required document",
        ),
    ),
    "legal_basis": stream_setter(
        "legal_basis",
        struct_blocks("legal_basis", "law", "title", {"title": "text", "url": "text"}, "a law"),
    ),
    "phones": stream_setter(
        "phones",
        struct_blocks(
            "phones",
            "phone",
            "number",
            {"number": "text", "label": "text", "hours": "text"},
            "a phone number",
        ),
    ),
    "languages": set_languages,
}


# --- Validation -----------------------------------------------------------------------------


def block_errors(data, steps=()):
    """(steps, message) pairs from a StreamField error's JSON form (nested blocks)."""
    for message in data.get("messages", []):
        yield steps, message
    children = data.get("blockErrors") or {}
    if isinstance(children, list):
        children = dict(enumerate(children))
    for key, child in children.items():
        if child:
            yield from block_errors(child, (*steps, int(key) if str(key).isdigit() else key))


def validate(page, page_type, fields):
    """The blocks' and the model's own checks, reported against the file's keys."""
    key_for = {page_type.body: "body"}
    for field_name in (page_type.body, *page_type.lists):
        set_from_file = field_name == page_type.body or fields.has(field_name)
        if not (set_from_file and isinstance(getattr(page, field_name, None), StreamValue)):
            continue
        value = getattr(page, field_name)
        try:
            value.stream_block.clean(value)
        except ValidationError as error:
            name = key_for.get(field_name, field_name)
            steps, message = next(block_errors(error.as_json_data()), ((), str(error)))
            problem = Fields(fields.source, {}, (name, *steps[:-1]))
            label = problem.label(steps[-1]) if steps else name
            raise ContentError(label, message, fields.source.line(name, *steps)) from None
    try:
        # A new page gets its place in the tree (path, depth, url_path) when it is added.
        page.full_clean(exclude=["path", "depth", "url_path"] if page.pk is None else None)
    except ValidationError as error:
        name, messages = next(iter(error.message_dict.items()))
        name = key_for.get(name, "page" if name == "__all__" else name)
        raise ContentError(name, " ".join(messages), fields.source.line(name)) from None


# --- Where the page goes ---------------------------------------------------------------------


def locale_home(locale, fields):
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    home = site.root_page.get_translation_or_none(locale) if site else None
    if home is None:
        raise fields.error("locale", f"the site has no home page in '{locale.language_code}'")
    return home


def default_parent(model, locale, fields, source_page):
    if source_page is not None:
        # A translation goes where its source is, if that place is translated.
        parent = source_page.get_parent()
        parent = parent.get_translation_or_none(locale) if parent.depth > 1 else None
        if parent is not None and model.can_exist_under(parent):
            return parent
    index_label = INDEX_PAGES.get(model._meta.label)
    if index_label is not None:
        index = apps.get_model(index_label)
        parent = index.objects.live().filter(locale=locale).order_by("path").first()
        if parent is None:
            name = index._meta.verbose_name
            message = f"there is no {name} in '{locale.language_code}': create one or give a parent"
            raise fields.error("parent", message)
        return parent
    return locale_home(locale, fields)


def find_parent(fields, locale):
    slug = fields.text("parent", required=True)
    candidates = list(Page.objects.filter(locale=locale, slug=slug, depth__gt=1)[:5])
    if not candidates:
        raise fields.error("parent", f"no page with the slug '{slug}' in '{locale.language_code}'")
    if len(candidates) > 1:
        pages = ", ".join(where(page) for page in candidates)
        raise fields.error("parent", f"several pages have the slug '{slug}': {pages}")
    return candidates[0]


# --- Importing one file ---------------------------------------------------------------------


@dataclass
class Result:
    action: str  # "created", "updated" or "exists" (a page of that title, not created)
    page: Page
    note: str = ""
    warnings: tuple = ()


def same_title(parent, title):
    """A page under `parent` with this title (case and outer spaces aside): a
    second one would be a duplicate citizens cannot tell apart."""
    return parent.get_children().filter(title__iexact=title.strip()).first()


def import_source(source, claimed, allow_duplicate_title=False):
    """Create or update the page of one file and publish it. `claimed` maps
    (translation key, locale) to the file that imported it in this run. A new
    key whose title a page under the same parent already has is not created
    unless `allow_duplicate_title`."""
    fields = Fields(source, source.meta)
    page_type, model = check_front_matter(fields)
    locale = content_locale(fields)
    page_key, source_page = identify(fields, locale, claimed)
    page = Page.objects.filter(translation_key=page_key, locale=locale).first()
    if page is not None and page.specific_class is not model:
        kind = page.specific_class._meta.verbose_name
        raise fields.error("type", f"this key is already used by the {kind} {where(page)}")
    parent = find_parent(fields, locale) if fields.has("parent") else None
    if parent is None and page is None:
        parent = default_parent(model, locale, fields, source_page)
    if parent is not None and not model.can_exist_under(parent):
        kind = parent.specific_class._meta.verbose_name
        raise fields.error("parent", f"this page type cannot go under the {kind} {where(parent)}")

    note = ""
    if page is None and not allow_duplicate_title:
        twin = same_title(parent, fields.text("title"))
        if twin is not None:
            return Result("exists", twin.specific, f"exists as {where(twin)}, not created")
    if page is None:
        page = model(translation_key=page_key, locale=locale, live=False)
    else:
        page, note = existing_page(page, parent, fields)
    fill(page, page_type, fields)
    if page.pk is None:
        page.slug = unique_slug(parent, base_slug(page.title, fields.text("key")))
        validate(page, page_type, fields)
        parent.add_child(instance=page)
        action = "created"
    else:
        validate(page, page_type, fields)
        action = "updated"
    page.save_revision(log_action=True).publish()
    claimed[(page_key, locale.language_code)] = source.path
    warnings = ()
    if fields.data.get("type") == "service" and not page.categories.exists():
        warnings = ("categories: none given, so the service is missing from category filters",)
    return Result(action, Page.objects.get(pk=page.pk).specific, note, warnings)



def where(page):
    return f"'{page.title}' ({page.get_url() or page.url_path})"


def check_front_matter(fields):
    """The page type and model; the required keys are there and no key is unknown."""
    for name in ("key", "type", "locale", "title"):
        fields.text(name, required=True)
    type_name = fields.choice("type", list(PAGE_TYPES))
    page_type = PAGE_TYPES[type_name]
    model = page_model(type_name, fields)
    # Files written before the review block was merged name it as services had it.
    for old, new in RENAMED_KEYS.items():
        if old in fields.data and new not in fields.data:
            fields.data[new] = fields.data.pop(old)
    fields.check_keys(COMMON_KEYS + page_type.fields + page_type.lists, f"type '{type_name}'")
    return page_type, model


def content_locale(fields):
    code = fields.text("locale")
    languages = [language for language, _name in settings.LANGUAGES]
    if code not in languages:
        message = f"'{code}' is not a language of this site ({', '.join(languages)})"
        raise fields.error("locale", message)
    return Locale.objects.get_or_create(language_code=code)[0]


def identify(fields, locale, claimed):
    """The page's translation key, and its page in another language if there is one
    (`translation_of` requires one)."""
    source_key = fields.text("translation_of", required=fields.has("translation_of"))
    page_key = translation_key(source_key or fields.text("key"))
    others = Page.objects.filter(translation_key=page_key).exclude(locale=locale)
    source_page = others.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    source_page = source_page or others.order_by("pk").first()
    if source_key and source_page is None:
        message = f"no page with the key '{source_key}' in another language (import it first)"
        raise fields.error("translation_of", message)
    other_file = claimed.get((page_key, locale.language_code))
    if other_file:
        field = "translation_of" if source_key else "key"
        raise fields.error(field, f"{other_file} imports the same page (key and locale)")
    return page_key, source_page


def existing_page(page, parent, fields):
    """The page to update, moved first if the file names another parent."""
    note = ""
    if parent is not None and parent.pk != page.get_parent().pk:
        if not Page._slug_is_available(page.slug, parent, page):
            raise fields.error("parent", f"{where(parent)} already has a page '{page.slug}'")
        page.move(parent, pos="last-child")
        note = f"moved under {where(parent)}"
    page = page.specific_class.objects.get(pk=page.pk)
    if page.has_unpublished_changes:
        note = "replaced an unpublished draft" + (f"; {note}" if note else "")
    return page, note


def fill(page, page_type, fields):
    """Set the page's fields from the file: title, summary, the type's keys, the body."""
    page.title = page.draft_title = fields.text(
        "title", max_length=page._meta.get_field("title").max_length
    )
    assign(page, fields, "summary")
    for name in page_type.fields:
        assign(page, fields, name, required=name in page_type.required)
    for name in page_type.lists:
        if fields.has(name):
            LIST_KEYS[name](page, fields)
    set_body(page, page_type.body, fields.source.body)
