"""Never stale: each kind of change the issue lists is visible on the next
anonymous request, though the page it changes was cached a moment before.
Changes are made as editors make them (the admin, publishing, the scheduler)."""

import datetime

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from lxml import html
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Site

from home.models import OrganisationDetails, SiteSettings
from tests.factories import (
    NewsPageFactory,
    NewsTopicFactory,
    StandardPageFactory,
    TopicPageFactory,
    skeleton_page,
)
from tests.search.helpers import publish
from tests.services.factories import ServiceCategoryFactory, ServicePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True


def cached(url):
    """The page at `url`, served once and then from the cache (as a citizen sees it)."""
    first = Client().get(url)
    again = Client().get(url)
    assert again["X-Page-Cache"] == "hit", url
    return first


def fresh(url, **kwargs):
    """The next anonymous request after a change: re-rendered, not the old entry."""
    response = Client().get(url, **kwargs)
    assert response.get("X-Page-Cache") == "miss", url
    return response


def text_of(response):
    return html.fromstring(response.content).text_content()


def test_publishing_a_page_changes_the_menu_of_every_cached_page():
    page = StandardPageFactory(title="Sprechzeiten")
    cached(page.url)
    cached("/de/")
    StandardPageFactory(title="Winterdienst", show_in_menus=True)
    assert "Winterdienst" in text_of(fresh(page.url))
    assert "Winterdienst" in text_of(fresh("/de/"))


def test_a_sections_cards_show_a_new_page_and_an_edited_summary():
    """A topic page's cards (and the home page's topics) are kept per content
    generation: a child published or edited after they were kept shows at once."""
    topic = TopicPageFactory(title="Bauen und Wohnen", parent=skeleton_page("home", "de"))
    child = StandardPageFactory(parent=topic, title="Bauantrag", summary="Alter Text.")
    cached(topic.url)
    cached("/de/")
    StandardPageFactory(parent=topic, title="Wohngeld", summary="Zuschuss zur Miete.")
    child.summary = "Neuer Text zum Bauantrag."
    child.save_revision().publish()
    topic_page = text_of(fresh(topic.url))
    assert "Zuschuss zur Miete." in topic_page and "Neuer Text zum Bauantrag." in topic_page
    assert "Alter Text." not in topic_page
    topic.summary = "Alles rund ums Haus."
    topic.save_revision().publish()
    assert "Alles rund ums Haus." in text_of(fresh("/de/"))


def test_editing_the_organisation_details_in_the_admin(admin_client):
    page = StandardPageFactory(title="Sprechzeiten")
    cached(page.url)
    site = Site.objects.get(is_default_site=True)
    details = OrganisationDetails.objects.get(
        translation_key=SiteSettings.for_site(site).organisation.translation_key,
        locale=page.locale,
    )
    edit_url = f"/admin/snippets/home/organisationdetails/edit/{details.pk}/"
    response = admin_client.post(
        edit_url,
        {
            "name": details.name,
            "address": "Neue Straße 5\n12345 Testhausen",
            "phone": "+49 1234 9999-0",
            "email": "post@landkreis-testland.example",
            "opening_hours": "",
            "footer_links-count": "0",
        },
    )
    assert response.status_code == 302
    assert "+49 1234 9999-0" in text_of(fresh(page.url))


def test_renaming_a_category_changes_the_service_page_and_the_directory():
    category = ServiceCategoryFactory(name="Familie", slug="familie")
    service = ServicePageFactory(
        parent=skeleton_page("services"), title="Elterngeld", relations={"categories": [category]}
    )
    service.save_revision().publish()
    directory = skeleton_page("services").url
    assert "Familie" in text_of(cached(service.url))
    assert "Familie" in text_of(cached(directory))

    category.name = "Familie und Kinder"
    category.save()  # as the snippet's edit view saves it
    assert "Familie und Kinder" in text_of(fresh(service.url))
    assert "Familie und Kinder" in text_of(fresh(directory))


def test_publishing_a_translation_changes_the_originals_language_links():
    page = StandardPageFactory(title="Kontakt")
    alternates = '//link[@rel="alternate"]/@hreflang'
    assert "da" not in html.fromstring(cached(page.url).content).xpath(alternates)
    danish = page.copy_for_translation(Locale.objects.get(language_code="da"))
    danish.title = "Kontakt os"
    danish.save_revision().publish()
    assert "da" in html.fromstring(fresh(page.url).content).xpath(alternates)


def test_a_redirect_replaces_a_cached_404(admin_client):
    target = StandardPageFactory(title="Abfallkalender")
    assert cached("/de/muellkalender/").status_code == 404
    response = admin_client.post(
        reverse("wagtailredirects:add"),
        {
            "old_path": "/de/muellkalender/",
            "site": Site.objects.get(is_default_site=True).pk,
            "is_permanent": "on",
            "redirect_page": target.pk,
            "redirect_link": "",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    moved = Client().get("/de/muellkalender/")
    assert (moved.status_code, moved["Location"]) == (301, target.url)


def test_an_editors_pick_shows_on_the_next_search():
    page = publish("de", "Wahlhelfer gesucht", "Für die Kreistagswahl.")
    url = "/de/search/?q=Wahl"
    assert "Jetzt melden" not in text_of(cached(url))
    SearchPromotion.objects.create(query=Query.get("wahl"), page=page, description="Jetzt melden")
    assert "Jetzt melden" in text_of(fresh(url))


def test_a_synonym_finds_pages_on_the_next_search(admin_client):
    page = publish("de", "Kfz-Zulassung im Straßenverkehrsamt", "Alles über Kfz.")
    url = "/de/search/?q=Auto&format=json"
    assert cached(url).json()["results"] == []
    response = admin_client.post(
        reverse("wagtailsnippets_site_search_synonym:add"),
        {
            "locale": Locale.objects.get(language_code="de").pk,
            "term": "Auto",
            "synonyms": "Kfz",
        },
    )
    assert response.status_code == 302
    assert [hit["title"] for hit in fresh(url).json()["results"]] == [page.title]


def test_site_settings_change_every_cached_page():
    page = StandardPageFactory(title="Sprechzeiten")
    assert b'content="#0b4f8a"' in cached(page.url).content
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.theme_colour = "#225522"
    settings.save()  # as the settings form saves it
    assert b'content="#225522"' in fresh(page.url).content


def test_a_scheduled_page_goes_live_when_the_scheduler_publishes_it():
    page = StandardPageFactory(title="Sprechzeiten")
    cached(page.url)
    page.title = "Sprechzeiten ab Januar"
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    assert "Sprechzeiten ab Januar" not in text_of(cached(page.url))  # still scheduled
    call_command("publish_scheduled", verbosity=0)
    assert "Sprechzeiten ab Januar" in text_of(fresh(page.url))


def test_unpublishing_a_news_item_by_its_expiry_date_drops_it_from_the_list():
    from tests.factories import NewsPageFactory

    item = NewsPageFactory(title="Kreistag tagt")
    news = skeleton_page("news").url
    assert "Kreistag tagt" in text_of(cached(news))
    item.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    item.save()  # the page's settings tab: an expiry date that has now passed
    Client().get(news)  # the edit itself changed the generation: cache again
    assert Client().get(news)["X-Page-Cache"] == "hit"
    call_command("publish_scheduled", verbosity=0)
    assert "Kreistag tagt" not in text_of(fresh(news))


def test_making_a_section_private_and_public_again_is_seen_on_the_next_request(admin_client):
    """Whether a page is private is kept with the generation for anonymous visitors
    (home/models/base.py): a restriction added above a cached page closes it at once,
    and removing it opens it again, through the admin's privacy dialog."""
    section = StandardPageFactory(parent=skeleton_page("home"), title="Interne Seiten")
    page = StandardPageFactory(parent=section, title="Dienstplan")
    assert cached(page.url).status_code == 200
    privacy = reverse("wagtailadmin_pages:set_privacy", args=[section.pk])
    response = admin_client.post(privacy, {"restriction_type": "password", "password": "geheim"})
    assert response.status_code == 200
    closed = Client().get(page.url)  # the password form: never cached (a CSRF cookie)
    assert 'name="password"' in closed.content.decode()
    assert closed.get("X-Page-Cache") is None
    admin_client.post(privacy, {"restriction_type": "none"})
    opened = fresh(page.url)
    assert "Dienstplan" in text_of(opened)


def test_a_section_made_private_leaves_the_search_results_at_once(admin_client):
    """Which pages search hides is kept with the generation for anonymous visitors
    (search/query.py): a restriction added above a found page hides it from the next
    search, and removing the restriction brings it back, through the admin's dialog."""
    section = publish("de", "Interne Hinweise", "Für Beschäftigte.")
    page = publish("de", "Streudienstplan für den Januar", "Schichten.", parent=section)
    url = "/de/search/?q=Streudienstplan&format=json"
    assert [hit["title"] for hit in cached(url).json()["results"]] == [page.title]
    privacy = reverse("wagtailadmin_pages:set_privacy", args=[section.pk])
    response = admin_client.post(privacy, {"restriction_type": "password", "password": "geheim"})
    assert response.status_code == 200
    assert fresh(url).json()["results"] == []
    admin_client.post(privacy, {"restriction_type": "none"})
    assert [hit["title"] for hit in fresh(url).json()["results"]] == [page.title]


def test_an_alias_of_a_private_page_is_private_too():
    """An alias takes its source's restrictions; the shortcut for anonymous
    visitors must not skip them."""
    from wagtail.models import PageViewRestriction

    source = StandardPageFactory(parent=skeleton_page("home"), title="Vertraulich")
    PageViewRestriction.objects.create(page=source, restriction_type="password", password="x")
    other = StandardPageFactory(parent=skeleton_page("home"), title="Anderswo")
    alias = source.create_alias(parent=other, update_slug="vertraulich-alias")
    assert 'name="password"' in Client().get(alias.url).content.decode()
    assert 'name="password"' not in Client().get(other.url).content.decode()


def test_a_new_topic_and_year_join_the_news_filters_when_its_news_is_published():
    """The news list's filter options are kept with the generation."""
    index = skeleton_page("news")
    NewsPageFactory(parent=index, title="Kreistag tagt", date=datetime.date(2026, 3, 1))
    before = text_of(cached(index.url))
    assert "Winterdienst" not in before and "2019" not in before
    topic = NewsTopicFactory(name="Winterdienst")
    news = NewsPageFactory(parent=index, title="Streupläne", date=datetime.date(2019, 1, 5))
    news.topics.set([topic])
    news.save_revision().publish()
    after = text_of(fresh(index.url))
    assert "Winterdienst" in after and "2019" in after
