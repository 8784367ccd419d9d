"""One pagination for every listing (the news list, the service directory, search
results): Django's Paginator, the page's links in the visitor's query, and one
template, home/includes/pagination.html."""

from django.core.paginator import Page, Paginator
from django.db import models
from django.db.models import Count, ExpressionWrapper, F, Value, Window
from django.db.models.functions import Least, RowNumber
from django.utils.http import urlencode

MAX_PAGE = 100_000  # beyond any real list: larger numbers show the last page


def page_number(value):
    """The requested page number; anything but an integer means the first page."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 1
    return min(max(1, number), MAX_PAGE)


def query_url(base, params, page=None):
    """`base` with these query parameters (empty ones left out) and the page
    number, which the first page goes without."""
    params = {name: value for name, value in params.items() if value not in (None, "")}
    if page and page != 1:
        params["page"] = page
    return f"{base}?{urlencode(params)}" if params else base


def paginate(queryset, number, per_page):
    """(paginator, page) of an ordered queryset in one query, whatever the number:
    the total comes with the rows (a window count), and a number beyond the end
    shows the last page (the rows are numbered, so no count is needed first)."""
    ordering = list(queryset.query.order_by)
    rows = queryset.annotate(total=Window(Count("pk")))
    if number == 1:
        items = list(rows[:per_page])
    else:
        big = models.BigIntegerField()
        last_start = ExpressionWrapper((F("total") - 1) / per_page * per_page, output_field=big)
        start = Least(Value((number - 1) * per_page, output_field=big), last_start)
        numbered = rows.annotate(position=Window(RowNumber(), order_by=ordering))
        items = list(numbered.filter(position__gt=start, position__lte=start + per_page))
        number = (items[0].position - 1) // per_page + 1 if items else 1
    paginator = Paginator(queryset, per_page)
    paginator.count = items[0].total if items else 0
    return paginator, Page(items, number, paginator)


def page_links(paginator, page, url):
    """The context of home/includes/pagination.html: links to the first, last and
    nearby pages, previous and next; `url(number)` gives a page's address."""
    if paginator.num_pages <= 1:
        return {"page_links": [], "previous_url": None, "next_url": None}
    return {
        "page_links": [
            {
                "number": number,
                "url": None if number == paginator.ELLIPSIS else url(number),
                "current": number == page.number,
            }
            for number in paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
        ],
        "previous_url": url(page.previous_page_number()) if page.has_previous() else None,
        "next_url": url(page.next_page_number()) if page.has_next() else None,
    }
