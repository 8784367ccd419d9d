"""A real Chromium (Debian's) against a real server on the test database."""

import os
import shutil

import pytest
from django.test.testcases import LiveServerThread, _StaticFilesHandler

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Flags for a headless Chromium on a machine without outside network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def site_url(django_db_setup, django_db_blocker):
    """The site served over HTTP from a thread, on the test database (the `setup_site`
    skeleton, and what the `world` fixture or a test module commits to it)."""
    with django_db_blocker.unblock():
        server = LiveServerThread("127.0.0.1", _StaticFilesHandler, port=0)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        yield f"http://127.0.0.1:{server.port}"
        server.terminate()


@pytest.fixture(scope="package")
def world(django_db_setup, django_db_blocker):
    """Every page type in several languages (tests/browser/world.py), committed so the
    live server's thread sees it, and removed after the browser tests, so the tests that
    run later find the database as it was."""
    from tests.browser import world as content

    with django_db_blocker.unblock():
        before = content.snapshot()
        try:
            yield content.build()
        finally:
            content.remove(before)


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: `make test` installs Debian's chromium.")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls
    # made by fixtures around it are still synchronous.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def axe():
    from axe_playwright_python.sync_playwright import Axe

    tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

    def check(page):
        results = Axe().run(page, options={"runOnly": {"type": "tag", "values": tags}})
        violations = results.response["violations"]
        details = "\n".join(
            f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
            for v in violations
        )
        assert violations == [], (
            f"axe found {len(violations)} violation(s) on {page.url}:\n{details}"
        )

    return check
