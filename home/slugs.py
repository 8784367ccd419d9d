"""The one slug policy for every page, however it enters the site (admin, import_content,
import_services, the demo, setup_site): the address is Django's (and Wagtail's) `slugify`
with WAGTAIL_ALLOW_UNICODE_SLUGS off, after the page language's own way of writing its
letters in ASCII: German ä/ö/ü/ß as ae/oe/ue/ss, Danish æ/ø/å as ae/oe/aa, and elsewhere
(Finnish, English, …) the letter without its accent (ä → a), which is how Finnish sites
write their addresses. `Bürgerservice` → `buergerservice`, `Plejenetværket` →
`plejenetvaerket`, `Ympäristö` → `ymparisto`.

The slug is made once, when a page is created; a later change of title keeps the address.
"""

from django.utils.text import slugify

# Letters Unicode cannot decompose into ASCII (æ, ø, ß, …) in every language, and each
# language's own transliteration of its letters.
COMMON = {"æ": "ae", "ø": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "œ": "oe"}
BY_LANGUAGE = {
    "de": {"ä": "ae", "ö": "oe", "ü": "ue"},
    "da": {"å": "aa"},
    "nb": {"å": "aa"},
    "no": {"å": "aa"},
}
# What Wagtail's editor script (its `urlify`) makes of these letters while an editor types
# a title: a slug made this way was not chosen by the editor, so the policy replaces it.
EDITOR_SCRIPT = {"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "æ": "ae", "ø": "o", "å": "a"}


def _table(mapping):
    upper = {k.upper(): v.capitalize() for k, v in mapping.items() if len(k.upper()) == 1}
    return str.maketrans({**mapping, **upper})


TABLES = {code: _table({**COMMON, **letters}) for code, letters in BY_LANGUAGE.items()}
DEFAULT_TABLE = _table(COMMON)
EDITOR_TABLE = _table(EDITOR_SCRIPT)


def page_slug(text, language):
    """The slug of a page titled `text` in `language` (a language code), or ''."""
    table = TABLES.get((language or "").split("-")[0].lower(), DEFAULT_TABLE)
    return slugify(str(text).translate(table), allow_unicode=False)


def automatic_slugs(title):
    """Slugs that Wagtail itself would make from a title (its server-side `slugify`
    and its editor script), as opposed to one an editor typed."""
    return {slugify(title, allow_unicode=False), slugify(title.translate(EDITOR_TABLE))}


def apply_policy(page):
    """Give a page the policy's slug where it has none, where Wagtail made one
    automatically from the title of a page not yet published, or where an editor typed
    letters that are not allowed in an address."""
    language = page.locale.language_code if page.locale_id else None
    wanted = page_slug(page.title or "", language)
    if not page.slug:
        page.slug = wanted
    elif not page.slug.isascii():
        page.slug = page_slug(page.slug, language) or wanted
    elif (
        wanted
        and page.slug != wanted
        and not page.first_published_at
        and page.slug in automatic_slugs(page.title or "")
    ):
        page.slug = wanted
    elif not getattr(page, "_slug_by_policy", False):
        return
    # The admin cleans a new page before it knows its place in the tree: the slug
    # is made unique among its siblings on the next clean, when the page is added.
    page._slug_by_policy = True
    parent = _parent(page)
    if page.slug and parent is not None:
        page.slug = unique_slug(parent, page.slug, page)


def _parent(page):
    if page.path:
        return page.get_parent()
    return getattr(page, "_cached_parent_obj", None)


def unique_slug(parent, slug, page=None):
    """`slug`, or `slug-2`, `slug-3`, … if a sibling has it already."""
    from wagtail.models import Page

    candidate, n = slug, 1
    while not Page._slug_is_available(candidate, parent, page):
        n += 1
        candidate = f"{slug}-{n}"
    return candidate
