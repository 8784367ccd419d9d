"""A visitor answering "Was this page useful?" as a browser does: the form read from
the served page, sent a little later (past the minimum fill time)."""

import datetime

import time_machine
from django.test import Client
from django.utils import timezone
from lxml import html


def form_fields(response, xpath):
    tree = html.fromstring(response.content)
    forms = tree.xpath(xpath)
    assert forms, f"no form at {xpath}"
    form = forms[0]
    data = {field.name: field.value or "" for field in form.xpath(".//input[@name]")}
    return form.get("action"), data


def question(response):
    return form_fields(response, "//form[contains(@class, 'feedback-form')]")


def later(seconds=10):
    return time_machine.travel(timezone.now() + datetime.timedelta(seconds=seconds), tick=False)


def answer(page, useful, client=None, wait=10, **changes):
    """Answers on `page` (yes: True); returns the response to the post."""
    client = client or Client()
    action, data = question(client.get(page.url))
    data.update(useful="yes" if useful else "no", **changes)
    if not wait:
        return client.post(action, data)
    with later(wait):
        return client.post(action, data)


def comment(response, text, client=None, wait=30, **changes):
    """Sends `text` with the comment form of the thank-you page `response` (which
    `answer` made 10 seconds from now: `wait` counts from now too)."""
    client = client or Client()
    action, data = form_fields(response, "//form[contains(@class, 'feedback-comment')]")
    data.update(comment=text, **changes)
    with later(wait):
        return client.post(action, data)


def text(response):
    """What a reader perceives of a response: its text, whitespace runs collapsed."""
    return " ".join(html.fromstring(response.content).text_content().split())
