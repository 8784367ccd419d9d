import pytest


@pytest.fixture
def news_index(db):
    """An empty English news index next to the skeleton's, for lists we control."""
    from tests.factories import NewsIndexPageFactory

    return NewsIndexPageFactory(language="en", title="Press releases")


# Topic names the demo county does not use, so these tests run with or without it.
TOPICS = {
    "schools": {
        "de": ("Schule und Bildung", "schule-bildung"),
        "en": ("Schools", "schools"),
        "da": ("Skole og uddannelse", "skole-uddannelse"),
        "fi": ("Koulut ja opetus", "koulut-opetus"),
    },
    "roads": {
        "de": ("Straßenbau", "strassenbau"),
        "en": ("Roads and transport", "roads-transport"),
        "da": ("Veje og trafik", "veje-trafik"),
    },
    "culture": {"de": ("Kultur", "kultur"), "en": ("Culture", "culture")},
}


@pytest.fixture
def topics(db):
    """News topics translated as wagtail-localize leaves them (one translation key per
    topic): topics["schools"]["de"] is the German topic "Schule und Bildung"."""
    from tests.factories import NewsTopicFactory, translate

    made = {}
    for key, names in TOPICS.items():
        german = NewsTopicFactory(name=names["de"][0], slug=names["de"][1])
        made[key] = {"de": german}
        for language, (name, slug) in names.items():
            if language != "de":
                made[key][language] = translate(german, language, name=name, slug=slug)
    return made
