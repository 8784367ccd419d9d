"""A citizen finds the easy-read version of a page and the home page's sign-language
video, in German and in English, with and without JavaScript; axe finds nothing to fault."""

import re

import pytest
from wagtail.models import Page
from wagtail_localize.models import TranslatableObject

from tests.easyread.factories import EasyReadPageFactory
from tests.factories import StandardPageFactory, skeleton_page, stream, translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

VIDEOS = {
    "de": {
        "url": "https://www.youtube.com/watch?v=DGS-Testland",
        "title": "Unsere Website in Gebärdensprache",
        "sign_language": "gsg",
        "transcript": "<p>Willkommen! Hier erklären wir die Website.</p>",
    },
    "en": {
        "url": "https://www.youtube.com/watch?v=BSL-Testland",
        "title": "Our website in sign language",
        "sign_language": "bfi",
        "transcript": "<p>Welcome! Here we explain the website.</p>",
    },
}
TEXTS = {
    "de": {
        "original": "Sperrmüll abholen lassen",
        "easy": "Sperr-Müll in Leichter Sprache",
        "link": "Diese Seite in Leichter Sprache lesen",
        "entry": "Leichte Sprache",
        "back": "Das Gleiche in Alltags-Sprache:",
        "load": "Video von YouTube laden",
        "transcript": "Willkommen! Hier erklären wir die Website.",
    },
    "en": {
        "original": "Bulky waste collection",
        "easy": "Bulky waste in easy read",
        "link": "Read this page in easy-read language",
        "entry": "Easy read",
        "back": "The same in everyday language:",
        "load": "Load video from YouTube",
        "transcript": "Welcome! Here we explain the website.",
    },
}


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    """Committed for the live server's thread; removed afterwards, and the home pages'
    videos taken off again."""
    with django_db_blocker.unblock():
        pages_before = set(Page.objects.values_list("pk", flat=True))
        objects_before = set(TranslatableObject.objects.values_list("pk", flat=True))
        homes = {language: skeleton_page("home", language) for language in VIDEOS}
        try:
            german = StandardPageFactory(title=TEXTS["de"]["original"], slug="sperrmuell")
            english = translate(german, "en", title=TEXTS["en"]["original"], slug="bulky-waste")
            easy = EasyReadPageFactory(original=german, title=TEXTS["de"]["easy"], slug="leicht")
            easy_en = translate(
                easy, "en", title=TEXTS["en"]["easy"], slug="bulky-waste-easy", original=english
            )
            for language, home in homes.items():
                # Fresh from the database: the pages above were added under it, and a
                # stale count of children would be published with the revision.
                home.refresh_from_db()
                home.sign_language_videos = stream(("video", VIDEOS[language]))
                home.save_revision().publish()
            yield {"de": (german, easy), "en": (english, easy_en)}
        finally:
            for home in homes.values():
                home.refresh_from_db()
                home.sign_language_videos = []
                home.save_revision().publish()
            for added in Page.objects.exclude(pk__in=pages_before).order_by("-depth"):
                added.delete()
            TranslatableObject.objects.exclude(pk__in=objects_before).delete()


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_reader_finds_the_easy_read_version_and_the_index(site_url, page, axe, pages, language):
    original, easy = pages[language]
    words = TEXTS[language]
    page.goto(f"{site_url}{original.url}")
    assert page.get_attribute("html", "lang") == language
    axe(page)
    page.get_by_role("link", name=words["link"]).click()
    page.wait_for_url(f"{site_url}{easy.url}")
    assert page.get_by_role("heading", level=1).inner_text() == words["easy"]
    assert page.get_attribute("html", "lang") == language
    assert words["back"] in page.inner_text("main")
    axe(page)

    entry = page.locator("header").get_by_role("link", name=words["entry"])
    assert entry.is_visible()
    entry.click()
    index = skeleton_page("easy-read", language)
    page.wait_for_url(f"{site_url}{index.url}")
    assert page.get_by_role("link", name=words["easy"]).count() == 1
    axe(page)
    # On a phone too the entry is in sight, outside the folded menu.
    page.set_viewport_size({"width": 360, "height": 780})
    assert page.locator("header").get_by_role("link", name=words["entry"]).is_visible()
    axe(page)


def requests_to_the_provider(page):
    """Every request the page makes to YouTube, answered with nothing (no outside network)."""
    asked = []
    page.route(re.compile(r"https://[^/]*youtube[^/]*/"), lambda route: route.abort())
    page.on("request", lambda request: "youtube" in request.url and asked.append(request.url))
    return asked


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("javascript", [False, True])
def test_the_sign_language_video_loads_only_when_asked(
    site_url, browser, axe, pages, language, javascript
):
    words = TEXTS[language]
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    try:
        asked = requests_to_the_provider(page)
        page.goto(f"{site_url}/{language}/")
        video = page.locator("section.sign-language-video")
        assert video.get_by_role("heading", level=2).inner_text() == VIDEOS[language]["title"]
        assert page.locator("iframe").count() == 0
        assert asked == []
        video.get_by_text("Transcript" if language == "en" else "Abschrift").click()
        assert video.get_by_text(words["transcript"]).is_visible()
        if javascript:  # axe runs as a script: the same page is checked in the other run
            axe(page)

        video.get_by_role("link", name=words["load"]).click()
        page.wait_for_url(re.compile(r"[?&]video=\w+"))
        player = page.locator(f'iframe[title="{VIDEOS[language]["title"]}"]')
        assert player.count() == 1
        assert player.get_attribute("src").startswith("https://www.youtube-nocookie.com/embed/")
    finally:
        context.close()
