"""Pages with our own words, published the way editors publish, and searches over HTTP."""

import datetime
import itertools

from django.utils.text import slugify
from wagtail.rich_text import RichText

from home.models import StandardPage
from news.models import NewsPage
from tests.factories import skeleton_page

_numbers = itertools.count(1)


def home(language):
    """The skeleton's home page in `language` (tests/conftest.py, `setup_site`)."""
    return skeleton_page("home", language)


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
    return skeleton_page("news", language)


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
