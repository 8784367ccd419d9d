from django import template

from ..forms import AnswerForm

register = template.Library()


@register.inclusion_tag("feedback/question.html")
def feedback_form(page):
    """The question under a content page; a page type that asks nothing (the home
    page, a form page) says so with `asks_for_feedback = False`."""
    if not getattr(page, "asks_for_feedback", True):
        return {"form": None}
    return {"form": AnswerForm(initial={"page": page.pk}), "page": page}
