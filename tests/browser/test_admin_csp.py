"""The signed-in admin works under a script policy without 'unsafe-inline':
Wagtail's and wagtail-localize's inline scripts run by the response's nonce
(municipal_site/security.py), and the browser refuses nothing on the screens
that have them."""

import datetime
import re

import pytest
from django.contrib.auth.models import User
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslatableObject

from services.models import ServiceLocation, ServicePage
from tests.browser.test_translator import committed
from tests.services.factories import (
    ServiceLocationFactory,
    ServicePageFactory,
    exception,
    weekly_hours,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

USERNAME = "csp-admin"
LOCATION = "Bürgerbüro Nonce"
QUERY = "nonce-probe"

# Every violation the page sees, enforced or reported, before any of its scripts run.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push({
        directive: event.effectiveDirective,
        disposition: event.disposition,
        blocked: event.blockedURI,
        sample: event.sample,
        where: event.sourceFile + ":" + event.lineNumber,
    });
});
"""


def create_admin_and_content(parent):
    user = User.objects.create_superuser(USERNAME, f"{USERNAME}@example.invalid", "hemmelig-42")
    # The admin in English keeps the selectors readable.
    UserProfile.objects.create(user=user, preferred_language="en")
    service = ServicePageFactory(parent=parent, title="Nonce-Leistung", slug="nonce-leistung")
    service.save_revision().publish()
    location = ServiceLocationFactory(name=LOCATION)
    weekly_hours(location)
    exception(location, datetime.date(2026, 12, 24), kind="closure")
    query = Query.get(QUERY)
    SearchPromotion.objects.create(query=query, page=service, sort_order=0)
    return service.pk, location.pk, query.pk


def remove_all(service_pk):
    service = Page.objects.get(pk=service_pk)
    for page in Page.objects.filter(translation_key=service.translation_key):
        page.delete()
    TranslatableObject.objects.filter(translation_key=service.translation_key).delete()
    ServiceLocation.objects.filter(name=LOCATION).delete()
    Query.objects.filter(query_string=QUERY).delete()
    User.objects.filter(username=USERNAME).delete()


@pytest.fixture
def content(site_url, world):
    parent = world.service["de"].get_parent()
    service_pk, location_pk, query_pk = committed(lambda: create_admin_and_content(parent))
    yield ServicePage.objects.get(pk=service_pk), location_pk, query_pk
    committed(lambda: remove_all(service_pk))


class Admin:
    """A signed-in browser that records what the content security policy refuses
    and every script error."""

    def __init__(self, browser, site_url):
        self.site_url = site_url
        self.context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
        self.context.add_init_script(RECORD_VIOLATIONS)
        self.page = self.context.new_page()
        self.console = []
        self.errors = []
        self.page.on("console", lambda message: self.console.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(f"{site_url}/admin/login/")
        self.page.fill("input[name=username]", USERNAME)
        self.page.fill("input[name=password]", "hemmelig-42")
        self.page.press("input[name=password]", "Enter")
        self.page.wait_for_url(f"{site_url}/admin/")

    def open(self, path):
        response = self.page.goto(f"{self.site_url}{path}")
        assert response.status == 200, path
        policy = response.headers["content-security-policy"]
        script_src = re.search(r"script-src ([^;]*)", policy).group(1)
        assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
        return self.page

    def assert_nothing_refused(self):
        """No script refused, enforced or reported; the remaining allowance for
        styles shows up as Report-Only violations of style-src and nothing else."""
        violations = self.page.evaluate("window.cspViolations")
        enforced = [v for v in violations if v["disposition"] == "enforce"]
        assert enforced == [], enforced
        reported = [v for v in violations if not v["directive"].startswith("style-src")]
        assert reported == [], reported
        console = [
            text
            for text in self.console
            if "Content Security Policy" in text and "report-only" not in text
        ]
        assert console == [], console
        assert self.errors == [], self.errors

    def close(self):
        self.context.close()


@pytest.fixture
def admin(browser, site_url, content):
    admin = Admin(browser, site_url)
    yield admin
    admin.close()


def date_picker_opens(page, field):
    """Wagtail's date picker (initDateChooser, an inline script) opens on focus."""
    field.click()
    picker = page.locator(".xdsoft_datetimepicker:visible")
    picker.first.wait_for()
    field.press("Escape")
    page.locator("body").click(position={"x": 5, "y": 5})
    return True


def test_the_page_editor_runs_its_scripts(admin, content):
    service, _, _ = content
    page = admin.open(f"/admin/pages/{service.pk}/edit/")

    # The StreamField (telepath, from Wagtail's own files) is there to edit.
    page.locator("[data-streamfield-stream-container]").first.wait_for()
    # A date field: reviewed on (Promote tab).
    page.get_by_role("tab", name="Promote").click()
    assert date_picker_opens(page, page.locator("input[name=reviewed_on]"))
    # A chooser widget (its `new SnippetChooser(…)` is an inline script written by
    # Python, not a template): the organisation chooser opens its modal and lists.
    page.get_by_role("tab", name="Channels and places").click()
    chooser = page.locator("#id_organisation-chooser")
    chooser.locator(".unchosen [data-chooser-action-choose]").click()
    page.get_by_role("dialog").locator("table, .listing, p").first.wait_for()
    page.get_by_role("dialog").get_by_role("button", name="Close").click()
    admin.assert_nothing_refused()


def test_the_location_editor_adds_an_exception_with_a_working_date_picker(admin, content):
    _, location_pk, _ = content
    page = admin.open(f"/admin/snippets/services/servicelocation/edit/{location_pk}/")

    forms = page.locator("#id_exceptions-FORMS > [data-inline-panel-child]")
    assert forms.count() == 1
    page.get_by_role("button", name=re.compile("Add exception", re.I)).click()
    assert forms.count() == 2
    # The new form's date picker: its script came with the form's template.
    assert date_picker_opens(page, page.locator("input[name='exceptions-1-start_date']"))
    assert date_picker_opens(page, page.locator("input[name='exceptions-0-start_date']"))
    admin.assert_nothing_refused()


def test_search_promotions_add_and_edit(admin, content):
    _, _, query_pk = content
    for path in ("/admin/searchpicks/add/", f"/admin/searchpicks/{query_pk}/"):
        page = admin.open(path)
        rows = page.locator("[id$='-FORMS'] > [id^='inline_child_']")
        before = rows.count()
        page.get_by_role("button", name="Add a recommended result").click()
        assert rows.count() == before + 1
        admin.assert_nothing_refused()


def test_submit_a_translation_and_edit_it(admin, content):
    service, _, _ = content
    page = admin.open(f"/admin/localize/submit/page/{service.pk}/")

    # "Select all" ticks every language (the view's inline script).
    page.locator("input[name=select_all]").check()
    locales = page.locator("input[name=locales]")
    assert locales.count() >= 2
    assert all(locales.nth(i).is_checked() for i in range(locales.count()))
    page.locator("input[name=select_all]").uncheck()
    page.locator("input[name=locales]").first.check()
    admin.assert_nothing_refused()
    page.locator("form input[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))

    # wagtail-localize's editor (React, given its chooser URLs by an inline script).
    page.get_by_role("button", name="Translate").first.wait_for()
    assert page.get_by_text("Nonce-Leistung", exact=True).count() >= 1
    assert page.evaluate("typeof window.chooserUrls") == "object"
    admin.assert_nothing_refused()


# The admin's menu screens, listings and creation forms: any inline script of
# Wagtail's or ours that has no nonce would be refused on one of them.
SCREENS = [
    "/admin/",
    "/admin/pages/",
    "/admin/pages/search/?q=Leistung",
    "/admin/account/",
    "/admin/2fa/recovery-codes/",
    "/admin/collections/",
    "/admin/collections/add/",
    "/admin/workflows/list/",
    "/admin/workflows/add/",
    "/admin/workflows/tasks/index/",
    "/admin/workflows/tasks/select_type/",
    "/admin/reports/locked/",
    "/admin/reports/workflow/",
    "/admin/reports/workflow_tasks/",
    "/admin/reports/site-history/",
    "/admin/reports/aging-pages/",
    "/admin/reports/page-types-usage/",
    "/admin/reports/review-due/",
    "/admin/reports/searches/",
    "/admin/reports/searches/without-results/",
    "/admin/translations/",
    "/admin/localize/reports/translations/",
    "/admin/forms/",
    "/admin/redirects/",
    "/admin/redirects/add/",
    "/admin/redirects/import/",
    "/admin/searchpicks/",
    "/admin/searchpicks/reports/search-terms/",
    "/admin/snippets/",
    "/admin/documents/",
    "/admin/documents/multiple/add/",
    "/admin/images/",
    "/admin/images/multiple/add/",
    *(
        f"/admin/snippets/{model}/{view}"
        for model in (
            "organisations/organisation",
            "organisations/contact",
            "home/organisationdetails",
            "services/servicecategory",
            "services/targetgroup",
            "services/lifeevent",
            "services/servicearea",
            "services/servicelocation",
            "news/newstopic",
            "site_search/synonym",
        )
        for view in ("", "add/")
    ),
    "/admin/locales/",
    "/admin/locales/new/",
    "/admin/sites/",
    "/admin/sites/new/",
    "/admin/users/",
    "/admin/users/new/",
    "/admin/groups/",
    "/admin/groups/new/",
]


def test_every_admin_screen_runs_without_a_refused_script(admin, content):
    service, _, _ = content
    parent = service.get_parent()
    screens = [
        *SCREENS,
        f"/admin/pages/{parent.pk}/",
        f"/admin/pages/add/services/servicepage/{parent.pk}/",
        f"/admin/pages/{service.pk}/history/",
    ]
    for path in screens:
        admin.open(path)
        admin.page.wait_for_load_state("networkidle")
        try:
            admin.assert_nothing_refused()
        except AssertionError as error:
            raise AssertionError(f"{path}: {error}") from error
