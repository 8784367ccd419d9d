"""Backup and restore as an operator runs them: `manage.py backup` of a site with
content, the database and the media wiped, `manage.py restore` into a fresh
database and an empty media folder, and the same pages, revisions, images and
documents found again: served, downloadable and searchable.

The site lives in a database of its own on the test run's server: a copy of the
test database's skeleton, with content built by the factories in a process of its
own (pg_dump cannot see what a test's open transaction writes). Each command runs
in its own process with a timeout, as an operator or cron runs it.
"""

import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import uuid

import psycopg
import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.utils.text import slugify

from .helpers import BASE_DIR, TEST_RUN_ONLY, closed_port, database_url

# Run first by every script below: Django set up as for `manage.py`, and what a
# site's state is, to compare before the backup and after the restore (rows by
# primary key, files by their content).
PRELUDE = """
import hashlib, json, sys
import django
django.setup()
from django.test import Client
from django.test.utils import setup_test_environment
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
setup_test_environment()  # Client's host allowed, mail to the outbox

def digest(field):
    if not field.storage.exists(field.name):
        return None
    with field.storage.open(field.name) as file:
        return hashlib.sha256(file.read()).hexdigest()

def snapshot():
    Image, Document = get_image_model(), get_document_model()
    return {
        "pages": sorted(Page.objects.values_list(
            "pk", "title", "url_path", "live", "has_unpublished_changes", "locale_id"
        )),
        "revisions": sorted(Revision.objects.values_list("pk", "object_id", "created_at")),
        "images": sorted(
            (o.pk, o.title, o.file.name, digest(o.file)) for o in Image.objects.all()
        ),
        "renditions": sorted(
            (o.pk, o.image_id, o.filter_spec, o.file.name, digest(o.file))
            for o in Image.get_rendition_model().objects.all()
        ),
        "documents": sorted(
            (o.pk, o.title, o.file.name, digest(o.file)) for o in Document.objects.all()
        ),
    }
"""

# The source site: the skeleton restored from argv[1], then content as editors
# make it: an image, a document, a page showing both, published twice, then a draft.
BUILD = """
from django.core.management import call_command
from tests.factories import (
    DocumentFactory, ImageFactory, StandardPageFactory, TopicPageFactory, stream
)
call_command("restore", sys.argv[1], skip_index=True, verbosity=0)
image = ImageFactory(title="Sprechstunde im Landratsamt")
document = DocumentFactory(
    title="Antrag auf Pflegeberatung",
    file__data=b"%PDF-1.4 Antrag auf Pflegeberatung",
    file__filename="antrag-pflegeberatung.pdf",
)
page = StandardPageFactory(
    parent=TopicPageFactory(title="Pflege"),
    title="Pflegeberatung",
    body=[
        {"type": "paragraph", "value": "<p>Wir beraten Angehörige zu Hause.</p>"},
        {"type": "image", "value": {
            "image": image.pk, "alt_text": "Eine Beraterin im Gespräch",
            "decorative": False, "caption": "", "credit": "Landkreis",
        }},
        {"type": "documents", "value": {"title": "Formulare", "documents": [document.pk]}},
    ],
)
page.title = "Pflegeberatung für Angehörige"
page.save_revision().publish()
page.summary = "Ein Entwurf, noch nicht veröffentlicht."
page.save_revision()
# Visited once, as citizens do: the image's rendition is made then.
assert Client().get(page.url).status_code == 200
print(json.dumps({"url": page.url, "snapshot": snapshot()}, default=str))
"""

# The restored site: its state, and what a visitor gets.
CHECK = """
from lxml import html
client = Client()

def fetch(url):
    response = client.get(url)
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code, hashlib.sha256(content).hexdigest()

page = client.get(sys.argv[1])
document = html.fromstring(page.content)
images = document.xpath("//main//figure//img/@src")
downloads = document.xpath("//main//section[@class='documents']//a/@href")
search = client.get("/de/search/", {"q": "Pflegeberatung", "format": "json"})
print(json.dumps({
    "snapshot": snapshot(),
    "page": [page.status_code, document.findtext(".//h1")],
    "image": [fetch(url) for url in images],
    "document": [fetch(url) for url in downloads],
    "search": [hit["title"] for hit in search.json()["results"]],
}, default=str))
"""


def command_env(db_name, media_root):
    environment = {k: v for k, v in os.environ.items() if k not in TEST_RUN_ONLY}
    environment.update(
        DJANGO_SETTINGS_MODULE="municipal_site.settings.dev",
        DATABASE_URL=database_url(connection.settings_dict, db_name),
        MEDIA_ROOT=str(media_root),
    )
    return environment


def run(arguments, db_name, media_root):
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=BASE_DIR,
        env=command_env(db_name, media_root),
        capture_output=True,
        text=True,
        timeout=120,
    )


def manage(*args, db_name, media_root):
    result = run(["manage.py", *args], db_name, media_root)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def python(script, *args, db_name, media_root):
    result = run(["-c", PRELUDE + script, *args], db_name, media_root)
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def server(django_db_setup, django_db_blocker):
    """Creates databases next to the test database, and drops them after the test."""
    with django_db_blocker.unblock():
        params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    params.update(dbname="postgres", autocommit=True)
    made = []

    def create(prefix):
        # Named after the test database, so one left by a killed run says whose it is.
        name = f"{connection.settings_dict['NAME']}_{prefix}_{uuid.uuid4().hex[:6]}"
        with psycopg.connect(**params) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return name

    def drop(name):
        with psycopg.connect(**params) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    create.drop = drop
    yield create
    for name in made:
        drop(name)


def test_backup_wipe_restore_finds_the_same_pages_revisions_images_and_documents(
    server, skeleton_backup, tmp_path
):
    source, source_media = server("source"), tmp_path / "media-source"
    built = python(BUILD, str(skeleton_backup), db_name=source, media_root=source_media)
    before = built["snapshot"]
    assert before["images"] and before["renditions"] and before["documents"]
    assert all(digest for *_, digest in before["images"] + before["renditions"])

    output = manage(
        "backup", "--output-dir", str(tmp_path / "backups"), db_name=source, media_root=source_media
    )
    [folder] = (tmp_path / "backups").iterdir()
    assert f"Backup written to {folder}" in output
    assert folder.name.startswith(f"{slugify(settings.WAGTAIL_SITE_NAME)}-")  # timestamped
    manifest = json.loads((folder / "manifest.json").read_text())
    newest = dict(MigrationLoader(None, ignore_no_migrations=True).graph.leaf_nodes())
    assert manifest["latest_migrations"]["wagtailcore"] == newest["wagtailcore"]
    assert "site_search_indexedterm" in manifest["index_tables_without_rows"]
    with tarfile.open(folder / "media.tar.gz") as archive:
        archived = set(archive.getnames())
    for kind in ("images", "renditions", "documents"):
        assert {row[-2] for row in before[kind]} <= archived, kind

    # Wipe: the database and the media are gone.
    server.drop(source)
    for path in sorted(source_media.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()

    target, target_media = server("target"), tmp_path / "media-target"
    restored = manage("restore", str(folder), db_name=target, media_root=target_media)
    assert "Search index rebuilt." in restored
    after = python(CHECK, built["url"], db_name=target, media_root=target_media)

    for kind in ("pages", "revisions", "images", "renditions", "documents"):
        assert after["snapshot"][kind] == before[kind], kind
    assert after["page"] == [200, "Pflegeberatung für Angehörige"]
    [rendition] = before["renditions"]
    assert after["image"] == [[200, rendition[-1]]], "the page's image is not served"
    [document] = before["documents"]
    assert after["document"] == [[200, document[-1]]], "the document does not download"
    assert "Pflegeberatung für Angehörige" in after["search"], "the rebuilt index misses it"


def test_restore_refuses_a_database_that_is_not_empty(tmp_path, db):
    folder = tmp_path / "backup"
    folder.mkdir()
    (folder / "database.dump").write_bytes(b"")
    with tarfile.open(folder / "media.tar.gz", "w:gz"):
        pass
    with pytest.raises(CommandError, match="Restore into a fresh database, or pass --replace"):
        call_command("restore", str(folder), stdout=io.StringIO())


def test_a_backup_that_fails_leaves_no_folder_that_looks_like_a_backup(tmp_path):
    # The database is away when cron runs the backup: the command fails with a message,
    # and no folder is left for a rotation script or an operator to take for a backup.
    result = subprocess.run(
        [sys.executable, "manage.py", "backup", "--output-dir", str(tmp_path / "backups")],
        cwd=BASE_DIR,
        env={
            **command_env("municipal", tmp_path / "media"),
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{closed_port()}/municipal",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "CommandError: Backup failed: the database" in result.stderr
    assert "Traceback" not in result.stderr
    assert list((tmp_path / "backups").iterdir()) == []


def test_a_restore_that_fails_midway_leaves_the_database_empty(server, skeleton_backup, tmp_path):
    # A backup copied back from off-site storage arrives cut short: the restore fails,
    # and the database is as empty as before, so the restore of a good copy can follow.
    folder = tmp_path / "cut-short"
    shutil.copytree(skeleton_backup, folder)
    dump = folder / "database.dump"
    dump.write_bytes(dump.read_bytes()[:-100])
    target = server("target")
    result = run(["manage.py", "restore", str(folder)], target, tmp_path / "media")
    assert result.returncode == 1
    assert "pg_restore failed" in result.stderr
    with psycopg.connect(database_url(connection.settings_dict, target)) as restored:
        tables = restored.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone()[0]
    assert tables == 0, "a half-restored database is left"
