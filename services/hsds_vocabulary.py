"""What the HSDS export (services/hsds.py) and import (services/hsds_import/) share:
our statuses and vocabularies in HSDS terms, the day codes, the derived ids. A value
defined here is written and read the same way."""

import uuid

from services.models import LifeEvent, ServiceCategory, Status, TargetGroup

# Our status → HSDS's enumeration, and back (HSDS's "inactive" reads as suspended).
STATUS_TO_HSDS = {
    Status.ACTIVE: "active",
    Status.SUSPENDED: "temporarily closed",
    Status.DISCONTINUED: "defunct",
}
STATUS_FROM_HSDS = {value: key for key, value in STATUS_TO_HSDS.items()} | {
    "inactive": Status.SUSPENDED
}

BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]  # RFC 5545 day codes, Monday = 0

# A fixed namespace for the ids derived here; changing it would change every child id.
NAMESPACE = uuid.UUID("0b6b1f5e-3c1e-4f57-8d2e-9a1c5a7e4d21")


def child_id(parent, *parts):
    return str(uuid.uuid5(NAMESPACE, ":".join([str(parent), *map(str, parts)])))


class Taxonomy:
    """One of our vocabularies as an HSDS taxonomy, with the service field it fills."""

    def __init__(self, name, field, model, link_type, description):
        self.name, self.field, self.model, self.link_type = name, field, model, link_type
        self.description = description
        self.id = child_id("taxonomy", name)

    def detail(self):
        return {"id": self.id, "name": self.name, "description": self.description}


TAXONOMIES = [
    Taxonomy(
        "service-categories", "categories", ServiceCategory, "category", "What kind of service"
    ),
    Taxonomy("target-groups", "target_groups", TargetGroup, "target_group", "Who it is for"),
    Taxonomy("life-events", "life_events", LifeEvent, "life_event", "Situations in life"),
]
