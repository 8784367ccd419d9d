"""Wagtail's own page assertions for every page type, in every language."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import (
    AccessibilityStatementPage,
    CareNetworkPage,
    HomePage,
    StandardPage,
    StrategyPage,
    TopicPage,
)
from services.models import ServiceIndexPage, ServicePage
from tests.factories import demo_page
from tests.utils import LocalizedPageTestCase, edit_form_data

LANGUAGES = ["de", "da", "fi", "en"]
PAGE_TYPES = [
    ("home", HomePage),
    ("health-and-care", TopicPage),
    ("legal-notice", StandardPage),
    ("digital-agenda", StrategyPage),
    ("care-network", CareNetworkPage),
    ("accessibility", AccessibilityStatementPage),
    ("services", ServiceIndexPage),
    ("service-care-advice", ServicePage),
]


@pytest.mark.django_db
class TestPageTypes(LocalizedPageTestCase):
    def setUp(self):
        self.user = self.login()

    def test_each_page_type_routes_renders_edits_and_previews_in_every_language(self):
        for key, page_type in PAGE_TYPES:
            for language in LANGUAGES:
                page = demo_page(key, language)
                with self.subTest(page_type=page_type.__name__, language=language):
                    self.assertIsInstance(page, page_type)
                    self.assertPageIsRoutable(page)
                    self.assertPageIsRenderable(page)
                    self.assertPageIsEditable(page, post_data=edit_form_data(page))
                    self.assertPageIsPreviewable(page, post_data=edit_form_data(page))

    def test_editor_creates_a_standard_page_in_every_language(self):
        for language in LANGUAGES:
            home = demo_page("home", language)
            with self.subTest(language=language):
                self.assertCanCreate(
                    home,
                    StandardPage,
                    nested_form_data(
                        {
                            "title": f"Neue Seite {language}",
                            "slug": f"neue-seite-{language}",
                            "summary": "Kurz",
                            "related_pages": streamfield([]),
                            "body": streamfield(
                                [
                                    ("heading", {"text": "Abschnitt", "level": "h2"}),
                                    ("paragraph", rich_text("<p>Inhalt</p>")),
                                ]
                            ),
                        }
                    ),
                )
                created = Page.objects.get(slug=f"neue-seite-{language}")
                self.assertEqual(created.locale.language_code, language)
                response = self.client.get(created.url)
                self.assertContains(response, "<h2>Abschnitt</h2>")
                self.assertContains(response, f'<html lang="{language}"')

    def test_editor_creates_every_page_type_through_the_admin_in_every_language(self):
        # Home pages and the service index exist once per language (made by the
        # translation workflow and the site set-up), so they are not created here.
        creatable = [(k, t) for k, t in PAGE_TYPES if t not in (HomePage, ServiceIndexPage)]
        for key, page_type in creatable:
            for language in LANGUAGES:
                model = demo_page(key, language)
                slug = f"neu-{key}-{language}"
                with self.subTest(page_type=page_type.__name__, language=language):
                    data = edit_form_data(model, title=f"Neu: {model.title}", slug=slug)
                    self.assertCanCreate(model.get_parent().specific, page_type, data)
                    created = Page.objects.get(slug=slug)
                    self.assertEqual(created.locale.language_code, language)
                    self.assertContains(self.client.get(created.url), f"Neu: {model.title}")

    def test_home_pages_sit_at_the_top_of_each_language_tree(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
