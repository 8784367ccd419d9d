"""import_services rejects stream and rich-text values the editor could never
save, naming the record and the field, so the open-data API and the page keep working."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from services.models import ServicePage
from tests.services.hsds_data import new_key

pytestmark = pytest.mark.django_db

MALFORMED = [
    ("x_body", [{"type": "paragraph", "value": {"a": 1}}]),
    ("x_body", [{"type": "paragraph", "value": ["a", 1]}]),
    ("x_body", [{"type": "no_such_block", "value": "x"}]),
    ("x_body", [{"type": "heading", "value": {"text": {"b": 2}}}]),
    ("x_body", ["just a string"]),
    ("x_body", [{"type": "paragraph"}]),
    ("description", {"html": "<p>x</p>"}),
]


def run_import(tmp_path, records):
    path = tmp_path / "services.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_services", str(path), stdout=io.StringIO(), stderr=err)
    return err.getvalue(), str(raised.value)


@pytest.mark.parametrize(("field", "value"), MALFORMED)
def test_a_malformed_stream_is_rejected_with_id_and_field(tmp_path, client, field, value):
    bad, good = new_key(), new_key()
    records = [
        {"id": bad, "name": "Kaputter Textblock", "x_locale": "de", field: value},
        {"id": good, "name": "Heile Beratung", "x_locale": "de"},
    ]

    err, error = run_import(tmp_path, records)

    assert f"services.json: service {bad}: {field}" in err
    assert "1 of 2 services failed" in error
    assert not ServicePage.objects.filter(translation_key=bad).exists()
    page = ServicePage.objects.get(translation_key=good)
    # Everything that shows the directory's services keeps working.
    assert client.get(page.url).status_code == 200
    assert client.get(f"/api/hsds/de/services/{good}/").status_code == 200
    assert client.get("/api/hsds/de/services/?per_page=100").status_code == 200
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 200
