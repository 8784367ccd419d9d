"""Our conformant HSDS 3 export moves to another site: imported into an empty
site (the setup_site skeleton, nothing else) it exports again unchanged."""

import io
import json

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Page

from home.organisations.models import Organisation
from services.models import (
    LifeEvent,
    ServiceArea,
    ServiceCategory,
    ServiceLocation,
    ServicePage,
    TargetGroup,
)

from .hsds_data import build_directory

pytestmark = pytest.mark.django_db

SNIPPETS = [ServiceLocation, ServiceCategory, TargetGroup, LifeEvent, ServiceArea, Organisation]


def languages():
    return [code for code, _name in settings.LANGUAGES]


def export(language):
    out = io.StringIO()
    call_command("export_services", locale=language, stdout=out)
    return json.loads(out.getvalue())


def without_publication_time(document):
    return [{k: v for k, v in s.items() if k != "last_modified"} for s in document["contents"]]


def contents():
    """The site's pages and the objects services refer to, by primary key."""
    return {model: set(model.objects.values_list("pk", flat=True)) for model in [Page, *SNIPPETS]}


def test_an_export_imports_into_an_empty_site_and_exports_unchanged(tmp_path):
    skeleton = contents()  # what setup_site made (tests/conftest.py)
    build_directory()
    before = {language: export(language) for language in languages()}
    assert all(len(before[language]["contents"]) >= 3 for language in languages())

    ServicePage.objects.all().delete()
    for model in SNIPPETS:
        model.objects.exclude(pk__in=skeleton[model]).delete()
    assert contents() == skeleton

    for language in languages():
        path = tmp_path / f"{language}.json"
        path.write_text(json.dumps(before[language], ensure_ascii=False), encoding="utf-8")
        out = io.StringIO()
        call_command("import_services", str(path), stdout=out, stderr=io.StringIO())
        assert f"{len(before[language]['contents'])} created" in out.getvalue(), language

    for language in languages():
        after = export(language)
        assert without_publication_time(after) == without_publication_time(before[language])
