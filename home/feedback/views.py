"""The two steps of "Was this page useful?": the answer, then an optional comment.

Plain POST forms without a CSRF token: a token would set a cookie, and a page that
sets one is not cached (home/pagecache), nor would the form work without cookies.
What a CSRF token guards against, a third-party site making a visitor's browser
post on their behalf, matters little for an anonymous yes/no with no account
behind it; instead every post passes the spam checks of home/spam.py.
"""

from django.shortcuts import render
from django.utils.translation import gettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from home.spam import rate_limited

from .forms import AnswerForm, CommentForm
from .models import Feedback

RATE_SCOPE = "feedback"


def refused(request, errors, status, page=None):
    return render(request, "feedback/refused.html", {"errors": errors, "back": page}, status=status)


def too_many(request, page=None):
    message = gettext("You have sent a lot of feedback in a short time. Please try again later.")
    response = refused(request, [message], 429, page)
    response["Retry-After"] = "600"
    return response


def form_errors(form):
    return [error for errors in form.errors.values() for error in errors]


def public_page(pk):
    page = Page.objects.live().public().filter(pk=pk).first() if pk else None
    return page.specific if page else None


@csrf_exempt
@require_POST
def answer(request):
    form = AnswerForm(request.POST)
    valid = form.is_valid()
    # The page to go back to, even when the answer is refused.
    page = public_page(form.cleaned_data.get("page"))
    if rate_limited(request, RATE_SCOPE):
        return too_many(request, page)
    if not valid:
        return refused(request, form_errors(form), 400, page)
    if page is None:
        return refused(request, [gettext("This page cannot be rated.")], 400)
    feedback = Feedback.objects.create(
        page=page, locale=page.locale, useful=form.cleaned_data["useful"]
    )
    comment_form = CommentForm(initial={"token": CommentForm.token_for(feedback)})
    return render(
        request, "feedback/thanks.html", {"feedback": feedback, "back": page, "form": comment_form}
    )


@csrf_exempt
@require_POST
def comment(request):
    form = CommentForm(request.POST)
    if rate_limited(request, RATE_SCOPE):
        return too_many(request)
    if not form.is_valid():
        return refused(request, form_errors(form), 400)
    feedback = Feedback.objects.filter(pk=form.cleaned_data["token"], comment="").first()
    if feedback is None:
        return refused(request, [gettext("This answer already has a comment.")], 400)
    feedback.comment = form.cleaned_data["comment"]
    feedback.save(update_fields=["comment"])
    return render(
        request,
        "feedback/thanks.html",
        {"feedback": feedback, "back": public_page(feedback.page_id), "done": True},
    )
