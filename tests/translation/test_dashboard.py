"""The translation dashboard: per language, what is up to date, outdated, in progress or missing."""

import uuid

import lxml.html
import pytest
from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page

from home.organisations.models import Contact
from tests.factories import TopicPageFactory, translate
from tests.translation.test_outdated import publish_translation, republish
from tests.translation.test_permissions import put_string, translation_of

pytestmark = pytest.mark.django_db

URL = reverse("translation_dashboard")


def dashboard(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return lxml.html.fromstring(response.content)


def count(html, language, kind, status):
    cell = html.xpath(
        f'//tr[@data-locale="{language}"][@data-kind="{kind}"]/td[@data-status="{status}"]'
    )
    return int(cell[0].text_content())


def listed(html, status):
    """{title: link} of the selected language's list for `status`."""
    return {
        a.text_content(): a.get("href") for a in html.xpath(f'//ul[@data-status="{status}"]//a')
    }


def test_a_new_page_goes_from_missing_to_up_to_date_to_outdated(
    admin_client, source_page, submit, django_capture_on_commit_callbacks
):
    html = dashboard(admin_client, locale="da")
    before = {s: count(html, "da", "pages", s) for s in ("up_to_date", "missing")}
    finnish_outdated = count(html, "fi", "pages", "outdated")
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[source_page.pk])
    assert listed(html, "missing")[source_page.title].startswith(submit_url + "?select_locale=da")
    # A translation made outside wagtail-localize (the section above the page) is up
    # to date; Finnish misses the new page too. (Not a count of the skeleton's pages:
    # tests that commit, e.g. with a live server, may have republished one of them.)
    in_section = dashboard(admin_client, locale="da", section=source_page.get_parent().pk)
    assert count(in_section, "da", "pages", "up_to_date") == 1
    assert count(html, "fi", "pages", "missing") >= 1

    danish = submit(source_page, "da")["da"]
    html = dashboard(admin_client, locale="da")
    assert source_page.title in listed(html, "in_progress")
    assert count(html, "da", "pages", "missing") == before["missing"] - 1

    put_string(admin_client, translation_of(danish), "Plejerådgivning i hjemmet")
    publish_translation(admin_client, danish, django_capture_on_commit_callbacks)
    html = dashboard(admin_client, locale="da")
    assert count(html, "da", "pages", "up_to_date") == before["up_to_date"] + 1
    assert source_page.title not in listed(html, "outdated")

    republish(source_page, summary="Neue Sprechzeiten.")
    html = dashboard(admin_client, locale="da")
    edit_url = reverse("wagtailadmin_pages:edit", args=[danish.pk])
    assert listed(html, "outdated")[source_page.title] == edit_url
    assert count(html, "da", "pages", "up_to_date") == before["up_to_date"]
    # Finnish is unaffected: the page is still missing there, not outdated. (Compared
    # with the count before: a test that committed may have left a Finnish page outdated.)
    assert count(html, "fi", "pages", "outdated") == finnish_outdated
    assert source_page.title in listed(dashboard(admin_client, locale="fi"), "missing")


def test_the_section_filter_narrows_the_lists(admin_client, section, source_page):
    html = dashboard(admin_client, locale="da", section=section.pk)
    assert source_page.title in listed(html, "missing")
    totals = sum(count(html, "da", "pages", s) for s in ("up_to_date", "outdated", "missing"))
    assert totals == Page.objects.live().descendant_of(section, inclusive=True).count()
    # A section holds pages only: no snippet counts that would read as "nothing to do".
    assert not html.xpath('//tr[@data-kind="snippets"]')
    everything = dashboard(admin_client, locale="da")
    assert count(everything, "da", "pages", "up_to_date") > count(html, "da", "pages", "up_to_date")
    snippets_only = dashboard(admin_client, locale="da", section="snippets")
    assert not snippets_only.xpath('//tr[@data-kind="pages"]')
    assert count(snippets_only, "da", "snippets", "missing") == count(
        everything, "da", "snippets", "missing"
    )


def test_snippets_are_counted_and_linked(admin_client):
    german = Contact.objects.create(
        locale=Locale.objects.get(language_code="de"), name="Pflegestützpunkt Süd"
    )
    html = dashboard(admin_client, locale="fi")
    submit_url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["organisations", "contact", german.pk]
    )
    assert listed(html, "missing")["Pflegestützpunkt Süd"].startswith(submit_url)
    missing = count(html, "fi", "snippets", "missing")

    finnish = german.copy_for_translation(Locale.objects.get(language_code="fi"))
    finnish.save()
    html = dashboard(admin_client, locale="fi")
    assert count(html, "fi", "snippets", "missing") == missing - 1
    assert "Pflegestützpunkt Süd" not in listed(html, "outdated")

    # Edited in the admin after the translation was made: outdated.
    edit = reverse("wagtailsnippets_organisations_contact:edit", args=[german.pk])
    response = admin_client.post(
        edit, {"name": "Pflegestützpunkt Süd-Ost", "locale": german.locale_id}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    html = dashboard(admin_client, locale="fi")
    link = listed(html, "outdated")["Pflegestützpunkt Süd-Ost"]
    assert link == reverse("wagtailsnippets_organisations_contact:edit", args=[finnish.pk])


def test_a_translator_sees_their_own_language(danish_translator):
    html = dashboard(danish_translator)
    assert {row.get("data-locale") for row in html.xpath("//tr[@data-locale]")} == {"da"}


def bulk_pages(parent, count):
    """`count` live German pages under `parent`, inserted at once: the dashboard
    reads the page table only, and saving pages one by one (revisions, search
    and reference indexing) would take minutes."""
    last = parent.get_last_child()
    start = last._get_lastpos_in_path() + 1 if last else 1
    content_type = ContentType.objects.get_for_model(Page)
    pages = []
    for n in range(count):
        slug = f"massenseite-{n}"
        pages.append(
            Page(
                title=f"Massenseite {n}",
                draft_title=f"Massenseite {n}",
                slug=slug,
                url_path=f"{parent.url_path}{slug}/",
                locale_id=parent.locale_id,
                translation_key=uuid.uuid4(),
                content_type=content_type,
                depth=parent.depth + 1,
                path=Page._get_path(parent.path, parent.depth + 1, start + n),
                numchild=0,
                live=True,
                last_published_at=timezone.now(),
            )
        )
    Page.objects.bulk_create(pages)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)


def test_the_dashboard_queries_do_not_grow_with_the_number_of_pages(
    admin_client, django_assert_num_queries, django_assert_max_num_queries
):
    admin_client.get(URL, {"locale": "da"})
    with django_assert_max_num_queries(40) as few:
        admin_client.get(URL, {"locale": "da"})
    expected = len(few)  # read now: the next request empties Django's query log
    # A section already in Danish, so that each page below it can be translated (and is
    # linked), rather than named as waiting for its parent.
    section = TopicPageFactory(title="Digitales Testland")
    translate(section, "da", title="Digitalt amt")
    bulk_pages(section, 1000)
    with django_assert_num_queries(expected):
        html = dashboard(admin_client, locale="da")
    assert count(html, "da", "pages", "missing") >= 1000
    assert len(listed(html, "missing")) >= 1000
