"""The service page's fields that map one to one onto an HSDS property, as one table
both directions read: the export (services/hsds.py) writes each row's value, the
import (services/hsds_import/service.py) reads it back with the row's checks.

What needs more than a row (the body and `description`, the steps and
`application_process`, cost, status, languages, forms, related services, the
online service, and the relations) is written out by hand on both sides.
"""

from services.hsds_vocabulary import child_id


class Row:
    """One page field ↔ one HSDS property; empty values are left out of the export."""

    def __init__(self, field, hsds, required=False):
        self.field, self.hsds, self.required = field, hsds, required

    def export(self, value, service_id):
        return value or None

    def read(self, data, readers):
        return readers.string(data, self.hsds, self.hsds, self.required)


class Number(Row):
    def export(self, value, service_id):
        return value

    def read(self, data, readers):
        return readers.number(data, self.hsds)


class Date(Row):
    def export(self, value, service_id):
        return value.isoformat() if value is not None else None

    def read(self, data, readers):
        return readers.date(data, self.hsds)


class Blocks(Row):
    """A StreamField of one struct block type ↔ a list of objects: `parts` maps the
    block's keys to the object's properties. An HSDS child object (`child`: the
    name its derived id is made from) also gets an id and its service's id."""

    def __init__(self, field, hsds, block, parts, required=(), child=None):
        super().__init__(field, hsds)
        self.block, self.parts, self.required_parts, self.child = block, parts, required, child

    def export(self, value, service_id):
        items = []
        for n, block in enumerate(value.get_prep_value() if value else []):
            item = {}
            if self.child:
                item = {"id": child_id(service_id, self.child, n), "service_id": service_id}
            for key, name in self.parts.items():
                item[name] = block["value"].get(key) or None
            items.append(item)
        return items

    def read(self, data, readers):
        return [
            {
                "type": self.block,
                "value": {
                    key: readers.string(
                        item, name, f"{self.hsds}[{n}].{name}", key in self.required_parts
                    )
                    for key, name in self.parts.items()
                },
            }
            for n, item in enumerate(readers.items(data, self.hsds))
        ]


PAGE_ROWS = [
    Row("title", "name", required=True),
    Row("summary", "x_short_description"),
    Row("email", "email"),
    Row("eligibility", "eligibility_description"),
    Number("minimum_age", "minimum_age"),
    Number("maximum_age", "maximum_age"),
    Row("cost_description", "fees_description"),
    Row("status_notice", "alert"),
    Date("reviewed_on", "assured_date"),
    Row("reviewed_by", "x_verified_by"),
    Row("processing_time", "x_processing_time"),
    Row("deadlines", "x_deadlines"),
    Row("further_notes", "x_further_notes"),
    Row("content_owner", "x_content_owner"),
    Date("review_due", "x_review_due"),
    Blocks(
        "phones",
        "phones",
        "phone",
        {"number": "number", "label": "description", "hours": "x_hours"},
        required=("number",),
        child="phone",
    ),
    Blocks(
        "required_documents",
        "required_documents",
        "document",
        {"document": "document", "url": "uri"},
        required=("document",),
        child="document",
    ),
    Blocks("legal_basis", "x_legal_basis", "law", {"title": "title", "url": "url"}, ("title",)),
]


def export_rows(page, service_id):
    """{HSDS property: value} of every row, for the export."""
    return {row.hsds: row.export(getattr(page, row.field), service_id) for row in PAGE_ROWS}


def read_rows(data, readers):
    """{page field: value} of every row, for the import; `readers` is the module of
    checked readers (string, number, date, items) that name the field in an error."""
    return {row.field: row.read(data, readers) for row in PAGE_ROWS}
