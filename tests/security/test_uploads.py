"""Uploaded documents and images have a size limit (settings, docs/limits.md)."""

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from wagtail.documents import get_document_model

pytestmark = pytest.mark.django_db


def test_the_default_limits_are_set():
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_an_oversized_document_is_refused_in_the_admin(admin_client):
    upload = SimpleUploadedFile("gross.pdf", b"%PDF-1.4 " + b"x" * 2048, "application/pdf")

    response = admin_client.post(
        "/admin/documents/add/", {"title": "Zu groß", "file": upload, "collection": 1}
    )

    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert any("Maximale Dateigröße 1,0" in str(e) for e in errors), errors
    assert not get_document_model().objects.filter(title="Zu groß").exists()


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_a_document_within_the_limit_is_accepted(admin_client):
    upload = SimpleUploadedFile("klein.pdf", b"%PDF-1.4 klein", "application/pdf")

    response = admin_client.post(
        "/admin/documents/add/", {"title": "Klein genug", "file": upload, "collection": 1}
    )

    assert response.status_code == 302
    assert get_document_model().objects.filter(title="Klein genug").exists()
