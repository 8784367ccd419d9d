"""A Finnish–Swedish site, run by tests/swedish/test_finnish_swedish_site.py in a process
of its own: the languages are read from the environment when the settings load
(CONTENT_LANGUAGES=fi,sv,en, LANGUAGE_CODE=fi), so they cannot change inside the
suite's process. It builds the site on a test database of its own, visits it as a
citizen would and prints what it saw as JSON; the test judges it."""

import json
import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "municipal_site.settings.test")
django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    setup_databases,
    setup_test_environment,
    teardown_databases,
)
from lxml import html  # noqa: E402


def visit(client, url, **headers):
    response = client.get(url, headers=headers)
    seen = {"status": response.status_code, "location": response.get("Location")}
    if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
        tree = html.fromstring(response.content)
        seen.update(
            lang=tree.get("lang"),
            skip_link=tree.xpath("string(//a[@class='skip-link'])").strip(),
            h1=" ".join(tree.xpath("string(//h1)").split()),
            results=[" ".join(a.text_content().split()) for a in tree.xpath("//h3/a")],
            languages=tree.xpath("//*[@hreflang]/@hreflang"),
        )
    return seen


def main():
    from tests.factories import StandardPageFactory, TopicPageFactory, translate

    call_command("setup_site", name="Hyvinvointialue", languages="fi,sv,en", verbosity=0)
    topic = TopicPageFactory(language="fi", title="Asuminen", slug="asuminen")
    page = StandardPageFactory(
        parent=topic,
        title="Asumistuki",
        slug="asumistuki",
        summary="Asumistukea voi hakea verkossa.",
    )
    translate(topic, "sv", title="Boende", slug="boende")
    swedish = translate(
        page,
        "sv",
        title="Bostadsbidrag",
        slug="bostadsbidrag",
        summary="Bostadsbidragen beviljas hushåll med låga inkomster.",
    )
    client = Client()
    return {
        "settings": {
            "LANGUAGE_CODE": settings.LANGUAGE_CODE,
            "LANGUAGES": [code for code, _name in settings.LANGUAGES],
        },
        "root_finnish": visit(client, "/"),
        "root_swedish": visit(client, "/", accept_language="sv-FI,sv;q=0.9"),
        "home_sv": visit(client, "/sv/"),
        "page_sv": visit(client, swedish.url),
        "page_fi": visit(client, page.url),
        # "bostadsbidraget" (definite form) and "bidrag" in the summary's plural
        # "bostadsbidragen": found through Swedish stemming only.
        "search_sv": visit(client, "/sv/search/?q=bostadsbidraget"),
        "search_sv_plural": visit(client, "/sv/search/?q=hushållen"),
    }


if __name__ == "__main__":
    setup_test_environment()
    databases = setup_databases(verbosity=0, interactive=False)
    try:
        print(json.dumps(main()))
    finally:
        teardown_databases(databases, verbosity=0)
