"""The news list and a news page run the same queries for 1 or 50 items or photos."""

import datetime

import lxml.html
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ImageFactory, NewsPageFactory
from tests.html import has_class
from tests.news.helpers import teaser_tags

pytestmark = pytest.mark.django_db
MAX_QUERIES = 16  # one of them the alerts that cover the page (home/alerts/selection.py)


def count_queries(client, url):
    client.get(url)  # warm up: renditions are generated on the first view
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def add_news(index, count, topics):
    for n in range(count):
        NewsPageFactory(
            parent=index,
            date=datetime.date(2025, 1, 1) + datetime.timedelta(days=n),
            lead_image=ImageFactory(),
            lead_image_alt="A photo",
            lead_image_credit="© Test",
            topics=topics,
        )


@pytest.mark.parametrize("query", ["", "?topic=schools&year=2025"])
def test_news_list_queries_do_not_grow_with_the_number_of_news(
    client, news_index, topics, query, django_assert_num_queries, django_assert_max_num_queries
):
    # German topics on an English list: the translations are looked up too.
    topics = [topics["schools"]["de"], topics["roads"]["en"]]
    url = news_index.url + query
    add_news(news_index, 1, topics)
    with_one = count_queries(client, url)

    add_news(news_index, 49, topics)
    client.get(url)
    with django_assert_num_queries(with_one):
        response = client.get(url)
    tags = [sorted(tags) for tags in teaser_tags(response.content)]
    assert tags == [["Roads and transport", "Schools"]] * 10
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(url)
    # A later page of the list costs the same as the first.
    client.get(f"{url}{'&' if query else '?'}page=3")
    with django_assert_num_queries(with_one):
        client.get(f"{url}{'&' if query else '?'}page=3")


def gallery(images):
    return [
        ("photo", {"image": image, "alt_text": f"Photo {n}", "caption": "", "credit": "© Test"})
        for n, image in enumerate(images)
    ]


def test_news_page_queries_do_not_grow_with_the_number_of_photos(
    client, topics, django_assert_num_queries, django_assert_max_num_queries
):
    page = NewsPageFactory(
        language="en",
        lead_image=ImageFactory(),
        lead_image_alt="A photo",
        lead_image_credit="© Test",
        gallery=gallery([ImageFactory()]),
        topics=[topics["schools"]["de"], topics["culture"]["en"]],
    )
    with_one = count_queries(client, page.url)

    page.gallery = gallery([ImageFactory() for n in range(50)])
    page.save()
    client.get(page.url)
    with django_assert_num_queries(with_one):
        response = client.get(page.url)
    credits = lxml.html.fromstring(response.content).xpath(f"//small[{has_class('credit')}]")
    assert len(credits) == 51
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(page.url)
