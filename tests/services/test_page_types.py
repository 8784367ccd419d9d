"""Wagtail's own page assertions for the service index and service pages in
every language, and the editor's validation messages."""

import pytest
from wagtail.models import Page

from home.models import HomePage
from services.models import ServiceIndexPage, ServicePage
from tests.factories import skeleton_page
from tests.services.test_service_page import rich_service
from tests.utils import LocalizedPageTestCase, edit_form_data

LANGUAGES = ["de", "da", "fi", "en"]


def service_form_data(page, **changes):
    data = edit_form_data(page, **changes)
    # A multiple choice of plain values (not a relation) posts its name once per value.
    for name in [key for key in data if key.startswith("languages-")]:
        del data[name]
    data["languages"] = changes.get("languages", page.languages)
    return data


@pytest.mark.django_db
class TestServicePageTypes(LocalizedPageTestCase):
    def setUp(self):
        self.user = self.login()

    def test_service_index_routes_renders_edits_and_previews_in_every_language(self):
        for language in LANGUAGES:
            index = skeleton_page("services", language)
            with self.subTest(language=language):
                self.assertIsInstance(index, ServiceIndexPage)
                self.assertPageIsRoutable(index)
                self.assertPageIsRenderable(index)
                self.assertPageIsEditable(index, post_data=edit_form_data(index))
                self.assertPageIsPreviewable(index, post_data=edit_form_data(index))

    def test_a_rich_service_routes_renders_edits_and_previews_in_every_language(self):
        for language in LANGUAGES:
            page = rich_service(language, locations=2, terms=2, phones=2)
            with self.subTest(language=language):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
                data = service_form_data(page)
                self.assertPageIsEditable(page, post_data=data)
                self.assertPageIsPreviewable(page, post_data=data)
                # The edit kept every relation and field as it was.
                saved = ServicePage.objects.get(pk=page.pk).get_latest_revision_as_object()
                self.assertEqual(saved.languages, ["de", "en", "uk", "sgn"])
                self.assertEqual(len(saved.locations.all()), 2)
                self.assertEqual(len(saved.phones), 2)
                self.assertEqual(saved.organisation_id, page.organisation_id)

    def test_the_preview_shows_unsaved_choices(self):
        page = rich_service("en", locations=1)
        other = rich_service("en", locations=1, title="Other service")
        (location,) = other.locations.all()
        location.name = "Office chosen in the preview"
        location.save()
        data = service_form_data(page, title="Previewed title", locations=[location])
        response = self.client.post(
            f"/admin/pages/{page.pk}/edit/preview/", data=data, follow=False
        )
        self.assertEqual(response.json(), {"is_valid": True, "is_available": True})
        preview = self.client.get(f"/admin/pages/{page.pk}/edit/preview/")
        self.assertContains(preview, "<h1>Previewed title</h1>", html=True)
        self.assertContains(preview, "Office chosen in the preview")
        self.assertNotContains(preview, "Town Hall Office 00")

    def test_editor_creates_a_service_under_the_index_in_every_language(self):
        for language in LANGUAGES:
            index = skeleton_page("services", language)
            model = rich_service(language, locations=1)
            data = service_form_data(
                model, title=f"New service {language}", slug=f"new-service-{language}"
            )
            with self.subTest(language=language):
                self.assertCanCreate(index, ServicePage, data)
                created = Page.objects.get(slug=f"new-service-{language}").specific
                self.assertEqual(created.locale.language_code, language)
                self.assertEqual(created.get_parent().pk, index.pk)
                self.assertEqual(list(created.locations.all()), list(model.locations.all()))
                self.assertEqual(list(created.categories.all()), list(model.categories.all()))
                self.assertEqual(created.status, "suspended")
                response = self.client.get(created.url)
                self.assertContains(response, f'<html lang="{language}"')
                self.assertContains(response, f"<h1>New service {language}</h1>", html=True)
                self.assertContains(response, "Suspended while the office moves")

    def test_services_live_under_the_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(ServicePage, {ServiceIndexPage})
        self.assertAllowedSubpageTypes(ServicePage, set())
        self.assertAllowedSubpageTypes(ServiceIndexPage, {ServicePage})
        self.assertCanNotCreateAt(HomePage, ServicePage)

    def test_a_short_description_over_150_characters_is_rejected_with_a_message(self):
        page = rich_service("en")
        response = self.client.post(
            f"/admin/pages/{page.pk}/edit/", service_form_data(page, summary="x" * 151)
        )
        self.assertEqual(response.status_code, 200)
        # The editor has no language preference: the admin speaks the site's default, German.
        self.assertContains(
            response, "Die Kurzbeschreibung hat 151 Zeichen; höchstens 150 sind möglich."
        )
        page.refresh_from_db()
        self.assertNotEqual(page.summary, "x" * 151)
        # 150 characters fit.
        response = self.client.post(
            f"/admin/pages/{page.pk}/edit/", service_form_data(page, summary="x" * 150)
        )
        self.assertEqual(response.status_code, 302)

    def test_a_minimum_age_above_the_maximum_age_is_rejected_with_a_message(self):
        page = rich_service("en")
        response = self.client.post(
            f"/admin/pages/{page.pk}/edit/",
            service_form_data(page, minimum_age=18, maximum_age=12),
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Das Höchstalter darf nicht unter dem Mindestalter liegen.")
        page.refresh_from_db()
        self.assertEqual((page.minimum_age, page.maximum_age), (6, 14))
