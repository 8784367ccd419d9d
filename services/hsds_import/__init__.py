"""HSDS 3 JSON (as services/hsds.py writes it) back into service pages.

Each service is matched by id (its translation key) and language (x_locale):
found → updated in place; the id known in another language → a translation
with the same key, under that language's service index; unknown → a new page.
Terms, locations and organisations are matched the same way and created or
updated. A page gets a new revision only when something on it changed.

Errors name the service and the field (RecordError); the caller runs each
record in its own savepoint so a bad record leaves nothing behind.
"""

from .service import import_service, link_related
from .values import RecordError, records_from

__all__ = ["RecordError", "import_service", "link_related", "records_from"]
