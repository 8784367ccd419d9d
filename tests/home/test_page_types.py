"""Wagtail's own page assertions for every page type, in every language."""

import lxml.html
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
from services.events.models import EventIndexPage, EventPage
from services.models import ServiceIndexPage, ServicePage
from tests.events.factories import EventIndexPageFactory, EventPageFactory, at
from tests.factories import (
    CareNetworkPageFactory,
    ContactFactory,
    DocumentFactory,
    ImageFactory,
    OrganisationFactory,
    StandardPageFactory,
    StrategyPageFactory,
    TopicPageFactory,
    skeleton_page,
    stream,
)
from tests.html import text
from tests.services.factories import ServicePageFactory
from tests.utils import LocalizedPageTestCase, edit_form_data

LANGUAGES = ["de", "da", "fi", "en"]


def body():
    return stream(
        ("heading", {"text": "Abschnitt", "level": "h2"}),
        ("paragraph", "<p>Text mit <a href='https://example.org'>Link</a>.</p>"),
    )


def strategy(language):
    return StrategyPageFactory(
        language=language,
        vision="Alle Leistungen online, keine nur online.",
        responsible_unit="Digitalisierung",
        goals=stream(
            ("goal", {"title": "Online", "description": "<p>Mehr</p>", "indicator": "80 %"}),
            (
                "goal",
                {"title": "Vor Ort", "description": "", "indicator": "", "status": "achieved"},
            ),
        ),
        actions=stream(
            ("action", {"title": "Portal", "goals": "1, 2", "status": "in_progress"}),
        ),
        background=body(),
        documents=stream(("document", DocumentFactory().pk)),
        contact=ContactFactory(language=language),
    )


def network(language):
    photo = {"image": ImageFactory().pk, "alt_text": "Runde", "caption": "", "credit": "© Test"}
    return CareNetworkPageFactory(
        language=language,
        members=stream(("member", OrganisationFactory(language=language).pk)),
        contact_point=ContactFactory(language=language),
        meetings=stream(
            (
                "meeting",
                {
                    "date": "2025-05-22",
                    "start_time": "14:00:00",
                    "place": "Kreishaus",
                    "topic": "Fachkräfte",
                    "participants": 21,
                    "photos": [photo],
                },
            )
        ),
        how_to_join="<p>Schreiben Sie uns.</p>",
    )


def service(language):
    page = ServicePageFactory(parent=skeleton_page("services", language))
    page.save_revision().publish()
    return page


# Each page type with a page of it in a language, as full as editors make them.
PAGE_TYPES = [
    (HomePage, lambda language: skeleton_page("home", language)),
    (TopicPage, lambda language: TopicPageFactory(language=language, body=body())),
    (StandardPage, lambda language: StandardPageFactory(language=language, body=body())),
    (StrategyPage, strategy),
    (CareNetworkPage, network),
    (AccessibilityStatementPage, lambda language: skeleton_page("accessibility", language)),
    (ServiceIndexPage, lambda language: skeleton_page("services", language)),
    (ServicePage, service),
    (EventIndexPage, lambda language: EventIndexPageFactory(language=language)),
    (
        EventPage,
        lambda language: EventPageFactory(
            parent=EventIndexPageFactory(language=language),
            dates=[at("2030-05-01", 18), at("2030-05-08")],
            body=body(),
        ),
    ),
]


@pytest.mark.django_db
class TestPageTypes(LocalizedPageTestCase):
    def setUp(self):
        self.user = self.login()

    def test_each_page_type_routes_renders_edits_and_previews_in_every_language(self):
        for page_type, make in PAGE_TYPES:
            for language in LANGUAGES:
                page = make(language)
                with self.subTest(page_type=page_type.__name__, language=language):
                    self.assertIsInstance(page, page_type)
                    self.assertPageIsRoutable(page)
                    self.assertPageIsRenderable(page)
                    self.assertPageIsEditable(page, post_data=edit_form_data(page))
                    self.assertPageIsPreviewable(page, post_data=edit_form_data(page))

    def test_editor_creates_a_standard_page_in_every_language(self):
        for language in LANGUAGES:
            home = skeleton_page("home", language)
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
                html = lxml.html.fromstring(self.client.get(created.url).content)
                self.assertEqual([text(h) for h in html.xpath("//main//h2")], ["Abschnitt"])
                self.assertEqual(html.get("lang"), language)

    def test_editor_creates_every_page_type_through_the_admin_in_every_language(self):
        # Home pages and the service index exist once per language (made by the
        # translation workflow and the site set-up), so they are not created here.
        creatable = [(t, m) for t, m in PAGE_TYPES if t not in (HomePage, ServiceIndexPage)]
        for page_type, make in creatable:
            for language in LANGUAGES:
                model = make(language)
                slug = f"neu-{page_type.__name__.lower()}-{language}"
                with self.subTest(page_type=page_type.__name__, language=language):
                    data = edit_form_data(model, title=f"Neu: {model.title}", slug=slug)
                    self.assertCanCreate(model.get_parent().specific, page_type, data)
                    created = Page.objects.get(slug=slug)
                    self.assertEqual(created.locale.language_code, language)
                    html = lxml.html.fromstring(self.client.get(created.url).content)
                    self.assertEqual([text(h) for h in html.xpath("//h1")], [f"Neu: {model.title}"])

    def test_home_pages_sit_at_the_top_of_each_language_tree(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
