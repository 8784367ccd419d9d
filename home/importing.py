"""Pages from Markdown files with YAML front matter (`manage.py import_content`).

The format is documented in docs/import-format.md. One file is one page in one
language. The page's translation key comes from the file's `key` (or from
`translation_of`) through the same function as setup_site's and the demo's keys, so
a re-import finds the page again: it updates it and publishes a new revision if
anything changed. Reading files is in import_source.py, Markdown in
import_markdown.py, the fields' setters in import_fields.py (values and lists) and
import_reference_fields.py (images, snippets, pages), which key each reads in import_keys.py.
"""

import json
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site

from home.import_fields import assign, base_slug, set_body
from home.import_keys import LIST_KEYS
from home.import_source import ContentError, Fields
from home.import_translations import record_translation
from home.keys import translation_key
from home.slugs import page_slug, unique_slug

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
        "news.NewsPage",
        "body",
        fields=("date", "author"),
        lists=("topics", "lead_image", "gallery"),
        required=("date",),
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
        lists=("goals", "actions", "introduction", "contact"),
    ),
    "network": PageType(
        "home.CareNetworkPage",
        "purpose",
        fields=("contact_point_note",),
        lists=("meetings", "members", "contact_point", "how_to_join"),
    ),
    "form": PageType(
        "formpages.FormPage",
        "intro",
        fields=("to_address", "subject"),
        lists=("form_fields", "thank_you_text"),
    ),
    "event": PageType(
        "events.EventPage",
        "body",
        fields=(
            "address",
            "cost",
            "registration_url",
            "registration_deadline",
            "accessibility_notes",
        ),
        lists=("dates", "organiser", "categories", "target_groups"),
    ),
    "event_index": PageType("events.EventIndexPage", "intro"),
    "standard": PageType("home.StandardPage", "body"),
    "topic": PageType("home.TopicPage", "body"),
    "home": PageType("home.HomePage", "body", lists=("top_tasks", "sign_language_videos")),
    "easy_read": PageType("easyread.EasyReadPage", "body", lists=("original",)),
    "easy_read_index": PageType("easyread.EasyReadIndexPage", "intro"),
    "news_index": PageType("news.NewsIndexPage", "intro"),
    "service_index": PageType("services.ServiceIndexPage", "body"),
    "accessibility": PageType(
        "home.AccessibilityStatementPage",
        "non_accessible_content",
        fields=("conformance_status", "method", "prepared_on", "last_reviewed_on"),
        lists=("enforcement_procedure", "feedback_contact"),
    ),
}
# Pages that live under an index page of their own unless `parent` says otherwise.
INDEX_PAGES = {
    "news.NewsPage": "news.NewsIndexPage",
    "services.ServicePage": "services.ServiceIndexPage",
    "events.EventPage": "events.EventIndexPage",
    "easyread.EasyReadPage": "easyread.EasyReadIndexPage",
}
RENAMED_KEYS = {"last_verified_on": "reviewed_on", "verified_by": "reviewed_by"}
COMMON_KEYS = (
    "key",
    "type",
    "locale",
    "title",
    "translation_of",
    "parent",
    "summary",
    "slug",
    "in_menu",
)


def page_model(type_name, fields):
    try:
        return apps.get_model(PAGE_TYPES[type_name].model)
    except LookupError:
        raise fields.error(
            "type", f"{type_name} pages are not available in this version of the site"
        ) from None


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
    if model._meta.label == "home.HomePage":
        return Page.get_first_root_node()  # a language's home page starts its own tree
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
    # The key first: usually there is none, and a bulk import asks once a page.
    twin = parent.get_children().filter(title__iexact=title.strip()).values_list("pk").first()
    return Page.objects.get(pk=twin[0]) if twin else None


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
    if fields.has("in_menu") and not isinstance(fields.data["in_menu"], bool):
        raise fields.error("in_menu", "must be true or false")
    if parent is not None and not model.can_exist_under(parent):
        kind = parent.specific_class._meta.verbose_name
        raise fields.error("parent", f"this page type cannot go under the {kind} {where(parent)}")

    note, before = "", None
    if page is None and not allow_duplicate_title:
        twin = same_title(parent, fields.text("title"))
        if twin is not None:
            return Result("exists", twin.specific, f"exists as {where(twin)}, not created")
    if page is None:
        page = model(translation_key=page_key, locale=locale, live=False)
    else:
        page, note = existing_page(page, parent, fields)
        before = None if note else comparable(page)
    fill(page, page_type, fields)
    set_slug(page, parent, fields)
    validate(page, page_type, fields)
    # Claimed only by a file that passed its checks: a rejected file must not hide
    # the next file's own problems behind "imports the same page".
    claimed[(page_key, locale.language_code)] = source.path
    if page.pk is None:
        parent.add_child(instance=page)
        action = "created"
    elif before is not None and before == comparable(page):
        return Result("unchanged", page, warnings=import_warnings(page, fields))
    else:
        action = "updated"
    page.save_revision(log_action=True).publish()
    page = Page.objects.get(pk=page.pk).specific
    record_translation(page)
    return Result(action, page, note, import_warnings(page, fields))


def import_warnings(page, fields):
    """What the file left out that citizens would miss; imported all the same."""
    if fields.data.get("type") == "service" and not page.categories.exists():
        return ("categories: none given, so the service is missing from category filters",)
    return ()


def comparable(page):
    """The page's content, comparable before and after filling it from a file."""
    data = page.serializable_data()
    for field in page._meta.concrete_fields:
        if isinstance(field, StreamField) and isinstance(data.get(field.name), str):
            data[field.name] = json.loads(data[field.name])  # key order aside
    return data


def set_slug(page, parent, fields):
    """A new page's slug from `slug` or else its title, by the slug policy (home/slugs.py);
    an existing page changes its slug only when the file gives another `slug`."""
    language = page.locale.language_code
    wanted = page_slug(fields.text("slug"), language) if fields.has("slug") else ""
    if fields.has("slug") and not wanted:
        raise fields.error("slug", "must contain letters or digits")
    if page.pk is None:
        page.slug = unique_slug(
            parent, wanted or base_slug(page.title, fields.text("key"), language)
        )
    elif wanted and wanted != page.slug:
        if not Page._slug_is_available(wanted, page.get_parent(), page):
            raise fields.error("slug", f"another page under {where(page.get_parent())} has it")
        page.slug = wanted


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
    if fields.has("in_menu"):
        page.show_in_menus = fields.data["in_menu"]
    for name in page_type.fields:
        assign(page, fields, name, required=name in page_type.required)
    for name in page_type.lists:
        if fields.has(name):
            LIST_KEYS[name](page, fields)
    set_body(page, page_type.body, fields.source.body)
