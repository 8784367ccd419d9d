"""CONTENT_LANGUAGES=fi,sv,en with LANGUAGE_CODE=fi: a working Finnish–Swedish site,
its interface in Swedish and its search stemming Swedish words."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings

from search.languages import config_for_language


def test_swedish_is_searched_with_swedish_stemming():
    assert config_for_language("sv") == "site_search_swedish"
    assert config_for_language("sv-FI") == "site_search_swedish"


@pytest.fixture(scope="module")
def seen():
    database = settings.DATABASES["default"]["TEST"].get("NAME") or "test_municipal"
    env = {
        **os.environ,
        "LANGUAGE_CODE": "fi",
        "CONTENT_LANGUAGES": "fi,sv,en",
        # A database of its own, next to this run's.
        "TEST_DATABASE_NAME": f"{database}_fi_sv",
        "DJANGO_SETTINGS_MODULE": "municipal_site.settings.test",
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.swedish.finnish_site"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_site_is_finnish_first_then_swedish_then_english(seen):
    assert seen["settings"] == {"LANGUAGE_CODE": "fi", "LANGUAGES": ["fi", "sv", "en"]}
    assert seen["root_finnish"]["location"] == "/fi/"
    assert seen["root_swedish"]["location"] == "/sv/"


def test_swedish_pages_speak_swedish(seen):
    home = seen["home_sv"]
    assert home["status"] == 200 and home["lang"] == "sv"
    assert home["skip_link"] == "Hoppa till huvudinnehållet"
    page = seen["page_sv"]
    assert page["status"] == 200 and page["lang"] == "sv"
    assert page["h1"] == "Bostadsbidrag"
    assert {"fi", "sv"} <= set(page["languages"])
    finnish = seen["page_fi"]
    assert finnish["lang"] == "fi" and finnish["skip_link"] == "Siirry pääsisältöön"


def test_swedish_search_finds_inflected_forms(seen):
    assert seen["search_sv"]["status"] == 200
    assert seen["search_sv"]["lang"] == "sv"
    assert seen["search_sv"]["results"] == ["Bostadsbidrag"]
    assert seen["search_sv_plural"]["results"] == ["Bostadsbidrag"]
