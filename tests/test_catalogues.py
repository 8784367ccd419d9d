"""Every UI string is translated into every configured language."""

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

ROOT = Path(settings.BASE_DIR)
SOURCES = ["site", "home", "services", "news", "search", "locale"]
# The configured languages and every catalogue the project ships (Swedish for a
# bilingual Finnish site, say), configured here or not.
LANGUAGES = sorted(
    {code for code, _name in settings.LANGUAGES}
    | {path.parent.parent.name for path in (ROOT / "locale").glob("*/LC_MESSAGES/django.po")}
)


@pytest.fixture(scope="module")
def fresh_catalogues(tmp_path_factory):
    """The catalogues as makemessages leaves them after scanning today's code,
    made in a copy so the working tree is never touched."""
    copy = tmp_path_factory.mktemp("project")
    for name in SOURCES:
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(copy)
        patch.setattr(settings, "LOCALE_PATHS", [copy / "locale"])
        call_command(
            "makemessages",
            locale=LANGUAGES,
            no_obsolete=True,
            verbosity=0,
        )
    return copy / "locale"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_no_untranslated_or_fuzzy_entries(fresh_catalogues, language):
    catalogue = polib.pofile(str(fresh_catalogues / language / "LC_MESSAGES" / "django.po"))
    assert len(catalogue) > 0
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_catalogue_compiles_cleanly(language):
    po_file = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(po_file)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
