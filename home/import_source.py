"""Reading import files: the YAML front matter with its line numbers, typed access to its
keys with errors that name the file, line and field, and the order of a run's files
(`import_content`, `import_snippets`; formats in docs/import-format.md)."""

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils import timezone

from home.slugs import page_slug


class ContentError(Exception):
    """A problem with one file: which field, what is wrong, and the line if known."""

    def __init__(self, field, message, line=None):
        super().__init__(message)
        self.field, self.message, self.line = field, message, line

    def describe(self, path):
        where = f"{path}:{self.line}" if self.line else str(path)
        return f"{where}: {self.field}: {self.message}"


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
    """The order to import files of one run in: a page before the pages under it (a file's
    `parent` may be another file's page), and the default language first, before the
    translations, which are recorded against it and may name it in `translation_of`."""
    default = settings.LANGUAGE_CODE
    by_slug, by_key = {}, {}
    for source in sources:
        meta = source.meta
        locale = str(meta.get("locale", ""))
        slug = page_slug(str(meta.get("slug") or meta.get("title") or ""), locale)
        by_slug.setdefault((locale, slug), source)
        if locale == default and not source.translation_of:
            by_key.setdefault(str(meta.get("key")), source)

    def depth(source, seen=()):
        parent = source.meta.get("parent")
        above = by_slug.get((str(source.meta.get("locale", "")), str(parent))) if parent else None
        if above is None or any(above is s for s in (source, *seen)):
            return 0
        return 1 + depth(above, (*seen, source))

    def rank(source):
        origin = by_key.get(str(source.translation_of or source.meta.get("key")))
        own = depth(source)
        return (max(own, depth(origin)) if origin else own), source is not origin

    def order(source):
        return (*rank(source), source.meta.get("locale") != default)

    return sorted(sources, key=order)


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

    def item_error(self, name, n, message):
        """An error about the `n`-th value of the list `name` (its own line)."""
        return Fields(self.source, {}, (*self.steps, name)).error(n, message)

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

    def moment(self, name, required=False):
        """A moment, "YYYY-MM-DD HH:MM" in the site's time zone unless it names its own."""
        value = self.data.get(name)
        if not isinstance(value, datetime.datetime):  # YAML reads some unquoted ones itself
            text = self.text(name, required)
            if not text:
                return None
            try:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?([+-].*|Z)?", text):
                    raise ValueError
                value = datetime.datetime.fromisoformat(text)
            except ValueError:
                raise self.error(
                    name, f"'{text}' is not a moment of the form YYYY-MM-DD HH:MM"
                ) from None
        return value if timezone.is_aware(value) else timezone.make_aware(value)

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
                raise self.item_error(name, n, "must be a mapping of `name: value` lines")
        return [Fields(self.source, item, (*self.steps, name, n)) for n, item in enumerate(value)]
