"""Review dates of pages: which are due, for the report and the dashboard."""

from wagtail.models import Page, get_page_models

# The dashboard shows the editor's own pages due within this many days.
SOON_DAYS = 30


def pages_due_for_review(until):
    """Pages of every type with a review date on or before `until`, soonest first."""
    from home.models import BasePage

    due = Page.objects.none()
    for model in get_page_models():
        if issubclass(model, BasePage) and not model._meta.abstract:
            due = due | Page.objects.filter(
                pk__in=model.objects.filter(review_due__lte=until).values("pk")
            )
    return due.order_by("path")
