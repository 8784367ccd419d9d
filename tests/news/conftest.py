import shutil
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads and renditions made by these tests go to a temporary folder; the
    demo photos (loaded into MEDIA_ROOT with the demo content) are copied there."""
    demo_photos = Path(settings.MEDIA_ROOT) / "original_images"
    target = tmp_path / "original_images"
    target.mkdir()
    for photo in demo_photos.glob("news-demo-*.png"):
        shutil.copy(photo, target)
    settings.MEDIA_ROOT = str(tmp_path)
    return tmp_path


@pytest.fixture
def news_index(db):
    """An empty English news index next to the demo one, for lists we control."""
    from tests.factories import demo_page
    from tests.news.factories import NewsIndexPageFactory

    return NewsIndexPageFactory(parent=demo_page("home", "en"), title="Press releases")
