"""Backup and restore as an operator runs them: back up, wipe, restore into a
fresh database, rebuild the index, and find the same content.

Every step is a `manage.py` command in its own process against databases on
the test run's server, starting from the demo county in the test database.
"""

import json
import os
import subprocess
import sys
import tarfile
import uuid

import psycopg
import pytest
from django.conf import settings
from django.db import connection

from .helpers import BASE_DIR, TEST_RUN_ONLY, database_url

# The test database must exist (pytest-django sets it up for marked tests only).
pytestmark = pytest.mark.django_db

ADD_CONTENT = """
import django, json
django.setup()
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from PIL import Image as Picture
import io
picture = io.BytesIO()
Picture.new("RGB", (40, 30), (20, 90, 160)).save(picture, "PNG")
get_image_model().objects.create(
    title="Sprechstunde im Landratsamt", file=ContentFile(picture.getvalue(), "sprechstunde.png")
)
get_document_model().objects.create(
    title="Antrag auf Pflegeberatung", file=ContentFile(b"%PDF-1.4 Antrag", "antrag.pdf")
)
page = Page.objects.filter(depth__gt=2, live=True).order_by("path").first().specific
page.title = page.title + " (aktualisiert)"
page.save_revision().publish()
print(json.dumps({"page": page.title}))
"""

SNAPSHOT = """
import django, json, os
django.setup()
from django.test import Client
from django.test.utils import setup_test_environment
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
setup_test_environment()
def files(model):
    return sorted(
        (o.pk, o.title, o.file.name, o.file.storage.exists(o.file.name))
        for o in model.objects.all()
    )
snapshot = {
    "pages": sorted(Page.objects.values_list("pk", "title", "url_path", "live", "locale_id")),
    "revisions": sorted(Revision.objects.values_list("pk", "object_id", "created_at")),
    "images": files(get_image_model()),
    "documents": files(get_document_model()),
}
query = os.environ.get("SEARCH_FOR")
if query:
    answer = Client().get("/de/search/", {"q": query, "format": "json"})
    snapshot["search"] = [hit["title"] for hit in answer.json()["results"]]
print(json.dumps(snapshot, default=str))
"""


def command_env(db_name, media_root):
    environment = {k: v for k, v in os.environ.items() if k not in TEST_RUN_ONLY}
    environment.update(
        DJANGO_SETTINGS_MODULE="municipal_site.settings.dev",
        DATABASE_URL=database_url(connection.settings_dict, db_name),
        MEDIA_ROOT=str(media_root),
    )
    return environment


def manage(*args, db_name, media_root, **env):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**command_env(db_name, media_root), **env},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def python(script, db_name, media_root, **env):
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=BASE_DIR,
        env={**command_env(db_name, media_root), **env},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def server(django_db_setup, django_db_blocker):
    """Creates and drops databases next to the test database."""
    db = connection.settings_dict
    made = []
    with django_db_blocker.unblock():
        params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    params.update(dbname="postgres", autocommit=True)

    def create(prefix):
        name = f"{prefix}_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(**params) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return name

    def drop(name):
        with psycopg.connect(**params) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    create.drop = drop
    create.test_database = db["NAME"]
    yield create
    for name in made:
        drop(name)


def test_backup_wipe_restore_finds_the_same_pages_revisions_images_and_documents(server, tmp_path):
    # A site with content: the demo county restored into its own database
    # (the first round trip), plus an image, a document and a new revision.
    source, source_media = server("backup_source"), tmp_path / "media-source"
    first = manage(
        "backup",
        "--output-dir",
        str(tmp_path / "first"),
        db_name=server.test_database,
        media_root=settings.MEDIA_ROOT,
    )
    first_folder = first.split("Backup written to ")[1].split(" (")[0]
    manage("restore", first_folder, "--skip-index", db_name=source, media_root=source_media)
    changed = python(ADD_CONTENT, source, source_media)["page"]
    before = python(SNAPSHOT, source, source_media)
    assert before["images"] and before["documents"] and before["revisions"]

    output = manage(
        "backup", "--output-dir", str(tmp_path / "backups"), db_name=source, media_root=source_media
    )
    [folder] = (tmp_path / "backups").iterdir()
    assert str(folder) in output
    assert folder.name.startswith(f"{settings.WAGTAIL_SITE_NAME.lower()}-")  # timestamped
    manifest = json.loads((folder / "manifest.json").read_text())
    assert "site_search_indexedterm" in manifest["index_tables_without_rows"]
    with tarfile.open(folder / "media.tar.gz") as archive:
        archived = set(archive.getnames())
    assert {document[2] for document in before["documents"]} <= archived
    assert {image[2] for image in before["images"]} <= archived

    # Wipe: the database and the media are gone.
    server.drop(source)
    for path in sorted(source_media.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()

    target, target_media = server("backup_target"), tmp_path / "media-target"
    restored = manage("restore", str(folder), db_name=target, media_root=target_media)
    assert "Search index rebuilt." in restored
    after = python(SNAPSHOT, target, target_media, SEARCH_FOR=changed)

    assert after["pages"] == before["pages"]
    assert after["revisions"] == before["revisions"]
    assert after["images"] == before["images"]
    assert after["documents"] == before["documents"]
    assert all(exists for *_, exists in after["images"] + after["documents"])
    assert changed in after["search"], "the rebuilt index does not find the page"


def test_restore_refuses_a_database_that_is_not_empty(server, tmp_path):
    folder = tmp_path / "backup"
    folder.mkdir()
    (folder / "database.dump").write_bytes(b"")
    with tarfile.open(folder / "media.tar.gz", "w:gz"):
        pass
    result = subprocess.run(
        [sys.executable, "manage.py", "restore", str(folder)],
        cwd=BASE_DIR,
        env=command_env(server.test_database, tmp_path / "media"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode != 0
    assert "Restore into a fresh database, or pass --replace" in result.stderr
