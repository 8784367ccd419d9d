import pytest


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads and renditions made by these tests go to a temporary folder."""
    settings.MEDIA_ROOT = str(tmp_path)
    return tmp_path


@pytest.fixture
def news_index(db):
    """An empty English news index next to the skeleton's, for lists we control."""
    from tests.factories import NewsIndexPageFactory

    return NewsIndexPageFactory(language="en", title="Press releases")
