"""The home page's sign-language video: nothing is loaded from the video's provider
until the visitor asks, without JavaScript too; its text version is on the page."""

import pytest

from tests.factories import skeleton_page, stream
from tests.html import get, has_class, one, text

pytestmark = pytest.mark.django_db

VIDEO = {
    "url": "https://www.youtube.com/watch?v=DGS-Lindenau",
    "title": "Unsere Website in Gebärdensprache",
    "sign_language": "gsg",
    "transcript": "<p>Auf dieser Website finden Sie Informationen des Landkreises.</p>",
}


@pytest.fixture
def home():
    page = skeleton_page("home")
    page.sign_language_videos = stream(("video", VIDEO))
    page.save_revision().publish()
    return page


def test_the_video_is_a_link_until_the_visitor_asks_for_it(client, home):
    document = get(client, "/de/")
    section = one(document, f"//main//section[{has_class('sign-language-video')}]")
    assert section.xpath(".//iframe") == []
    assert "youtube" not in " ".join(document.xpath("//@src"))  # no request to the provider
    load = one(section, ".//a[contains(@class, 'button')]")
    assert text(load) == "Video von YouTube laden"
    assert "Auf dieser Website finden Sie Informationen" in text(section)  # the text version
    assert "Deutsche Gebärdensprache (DGS)" in text(section)

    played = one(get(client, "/de/" + load.get("href").split("#")[0]), "//main//iframe")
    assert played.get("src") == "https://www.youtube-nocookie.com/embed/DGS-Lindenau"
    assert played.get("title") == "Unsere Website in Gebärdensprache"
