"""Wagtail's own page assertions for the news page types, in every language."""

import lxml.html
import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, TopicPage
from news.models import NewsIndexPage, NewsPage
from tests.factories import (
    ImageFactory,
    NewsPageFactory,
    NewsTopicFactory,
    StandardPageFactory,
    skeleton_page,
    stream,
    translate,
)
from tests.html import has_class, one, text
from tests.news.helpers import teaser_titles
from tests.utils import LocalizedPageTestCase, edit_form_data

LANGUAGES = ["de", "da", "fi", "en"]


@pytest.mark.django_db
class TestNewsPageTypes(LocalizedPageTestCase):
    def setUp(self):
        self.user = self.login()
        self.image = ImageFactory()

    def news_page(self, language, **fields):
        return NewsPageFactory(
            language=language,
            lead_image=self.image,
            lead_image_alt="Menschen an einem Tisch",
            lead_image_credit="© Landkreis Testland",
            **fields,
        )

    def test_news_index_routes_renders_edits_and_previews_in_every_language(self):
        for language in LANGUAGES:
            page = skeleton_page("news", language)
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
            page = self.news_page(language)
            with self.subTest(language=language):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
                self.assertPageIsEditable(page, post_data=edit_form_data(page))
                self.assertPageIsPreviewable(page, post_data=edit_form_data(page))

    def test_news_page_with_a_gallery_edits_and_previews(self):
        for language in ["de", "en"]:
            photo = {"image": self.image.pk, "alt_text": "Ein Foto", "credit": "© Test"}
            page = self.news_page(
                language, gallery=stream(("photo", {**photo, "caption": "Eins"}), ("photo", photo))
            )
            with self.subTest(language=language):
                self.assertEqual(len(page.gallery), 2)
                self.assertPageIsEditable(page, post_data=edit_form_data(page))
                self.assertPageIsPreviewable(page, post_data=edit_form_data(page))

    def test_editor_creates_a_news_page_under_the_index_in_every_language(self):
        image = self.image
        german_topic = NewsTopicFactory(name="Digitales Amt", slug="digitales-amt")
        german_related = StandardPageFactory(title="Online-Dienste")
        for language in LANGUAGES:
            index = skeleton_page("news", language)
            if language == "de":
                topic, related = german_topic, german_related
            else:
                topic = translate(
                    german_topic, language, name=f"Digital {language}", slug=f"digital-{language}"
                )
                related = translate(german_related, language, title=f"Online {language}")
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
                    "lead_image_credit": "© Landkreis Testland",
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
                                    "credit": "© Landkreis Testland",
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
                html = lxml.html.fromstring(self.client.get(created.url).content)
                article = one(html, f"//article[{has_class('news-article')}]")
                self.assertEqual([text(h) for h in article.xpath(".//h2")][0], "Abschnitt")
                self.assertEqual(html.get("lang"), language)
                links = [(text(a), a.get("href")) for a in html.xpath("//a")]
                self.assertIn((related.title, related.url), links)
                # Dated in 2030, the new item leads its language's news list.
                listing = self.client.get(index.url).content
                self.assertEqual(teaser_titles(listing)[0], created.title)

    def test_news_lives_under_the_index_and_has_no_children(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage, TopicPage})
