"""Wagtail's own page assertions for the news page types, in every language."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, TopicPage
from news.models import NewsIndexPage, NewsPage
from tests.factories import demo_page
from tests.news.factories import demo_topic, make_image
from tests.news.helpers import teaser_titles
from tests.utils import LocalizedPageTestCase, edit_form_data

LANGUAGES = ["de", "da", "fi", "en"]


@pytest.mark.django_db
class TestNewsPageTypes(LocalizedPageTestCase):
    def setUp(self):
        self.user = self.login()

    def test_news_index_routes_renders_edits_and_previews_in_every_language(self):
        for language in LANGUAGES:
            page = demo_page("news", language)
            with self.subTest(language=language):
                self.assertIsInstance(page, NewsIndexPage)
                self.assertPageIsRoutable(page)
                self.assertPageIsRoutable(page, "feed/rss/")
                self.assertPageIsRoutable(page, "feed/atom/")
                self.assertPageIsRenderable(page)
                self.assertPageIsRenderable(page, query_data={"topic": "x", "year": "y"})
                self.assertPageIsRenderable(page, "feed/rss/")
                self.assertPageIsRenderable(page, "feed/atom/")
                self.assertPageIsEditable(page, post_data=edit_form_data(page))
                self.assertPageIsPreviewable(page, post_data=edit_form_data(page))

    def test_news_page_routes_renders_edits_and_previews_in_every_language(self):
        for language in LANGUAGES:
            page = demo_page("news-care-round-table", language)
            with self.subTest(language=language):
                self.assertIsInstance(page, NewsPage)
                self.assertIsNotNone(page.lead_image)
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
                self.assertPageIsEditable(page, post_data=edit_form_data(page))
                self.assertPageIsPreviewable(page, post_data=edit_form_data(page))

    def test_news_page_with_a_gallery_edits_and_previews(self):
        for language in ["de", "en"]:
            page = demo_page("news-market-square-workshop", language)
            with self.subTest(language=language):
                self.assertEqual(len(page.gallery), 2)
                self.assertPageIsEditable(page, post_data=edit_form_data(page))
                self.assertPageIsPreviewable(page, post_data=edit_form_data(page))

    def test_editor_creates_a_news_page_under_the_index_in_every_language(self):
        image = make_image()
        for language in LANGUAGES:
            index = demo_page("news", language)
            topic = demo_topic("care", language)
            related = demo_page("digital-county", language)
            data = nested_form_data(
                {
                    "title": f"Neue Meldung {language}",
                    "slug": f"neue-meldung-{language}",
                    "summary": "Kurz",
                    "date": "2030-01-15",
                    "author": "Pressestelle",
                    "lead_image": image.pk,
                    "lead_image_alt": "Menschen an einem Tisch",
                    "lead_image_caption": "",
                    "lead_image_credit": "© Landkreis Lindenau",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Abschnitt", "level": "h2"}),
                            ("paragraph", rich_text("<p>Inhalt</p>")),
                        ]
                    ),
                    "gallery": streamfield(
                        [
                            (
                                "photo",
                                {
                                    "image": image.pk,
                                    "alt_text": "Ein Foto",
                                    "caption": "",
                                    "credit": "© Landkreis Lindenau",
                                },
                            )
                        ]
                    ),
                    "related_pages": streamfield([("page", related.pk)]),
                }
            )
            data["topics"] = [topic.pk]
            with self.subTest(language=language):
                self.assertCanCreate(index, NewsPage, data)
                created = Page.objects.get(slug=f"neue-meldung-{language}").specific
                self.assertEqual(created.locale.language_code, language)
                self.assertEqual(list(created.topics.all()), [topic])
                response = self.client.get(created.url)
                self.assertContains(response, "<h2>Abschnitt</h2>")
                self.assertContains(response, f'<html lang="{language}"')
                self.assertContains(response, f'<a href="{related.url}">{related.title}</a>')
                # Dated in 2030, the new item leads its language's news list.
                listing = self.client.get(index.url).content
                self.assertEqual(teaser_titles(listing)[0], created.title)

    def test_news_lives_under_the_index_and_has_no_children(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage, TopicPage})
