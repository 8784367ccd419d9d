"""Pages with our own words, published the way editors publish, and searches over HTTP."""

import datetime
import itertools

from django.utils.text import slugify
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage

_numbers = itertools.count(1)


def home(language):
    """The site's home page in `language`: the default site's root or its
    translation, made (and published) when the database has none."""
    locale, _created = Locale.objects.get_or_create(language_code=language)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        root = HomePage(title="Start", slug=f"start-{next(_numbers)}", locale=locale)
        Page.get_first_root_node().add_child(instance=root)
        root.save_revision().publish()
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=root, is_default_site=True
        )
    root = site.root_page.specific
    translation = root.get_translation_or_none(locale)
    if translation is None:
        translation = root.copy_for_translation(locale)
        translation.save_revision().publish()
    return translation.specific


def publish(language, title, text="", *, parent=None, model=StandardPage, **fields):
    """A live page under the home page of `language` (or `parent`), published with a revision."""
    parent = parent or home(language)
    if text:
        fields.setdefault("body", [("paragraph", RichText(f"<p>{text}</p>"))])
    page = model(title=title, slug=f"{slugify(title)[:40]}-{next(_numbers)}", **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def news_index(language):
    index = NewsIndexPage.objects.filter(locale__language_code=language).first()
    if index is None:
        index = publish(language, "News", model=NewsIndexPage)
    return index


def publish_news(language, title, text="", date=datetime.date(2025, 3, 14), **fields):
    index = news_index(language)
    return publish(language, title, text, parent=index, model=NewsPage, date=date, **fields)


def search_json(client, language, query, **params):
    response = client.get(f"/{language}/search/", {"q": query, "format": "json", **params})
    assert response.status_code == 200, response.content[:500]
    return response.json()


def titles(client, language, query, **params):
    return [hit["title"] for hit in search_json(client, language, query, **params)["results"]]


def all_titles(client, language, query, **params):
    """Titles of every page of results, in order."""
    found, page = [], 1
    while True:
        data = search_json(client, language, query, page=page, **params)
        found += [hit["title"] for hit in data["results"]]
        if len(found) >= data["count"] or not data["results"]:
            return found
        page += 1
