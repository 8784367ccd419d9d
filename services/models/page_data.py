"""What a service page shows besides its own fields, in the visitor's
language, fetched in one query: its terms, responsible organisation,
locations with their opening hours and exceptions, and printable forms.

Translations synchronise their chosen snippets from the source page, so a
Danish page may point at German terms and locations: each is shown in the
visitor's language where a translation exists, else as chosen.

Why one query: a page view has a budget of 15 queries and the site's frame
(routing, menu, language switcher, footer) takes most of it. Separate queries
(terms, locations, their hours, their exceptions, the organisation, the
forms) would take six more. PostgreSQL builds each part as an array of JSON
objects; the rows become unsaved model instances again, so templates and
properties (accessibility features, map link, document URL) work as usual."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.postgres.expressions import ArraySubquery
from django.db import models
from django.db.models import OuterRef
from django.db.models.functions import JSONObject
from wagtail.documents import get_document_model
from wagtail.models import Locale

from home.organisations.models import Organisation

from .locations import OpeningHours, OpeningHoursException, ServiceLocation

TERM_RELATIONS = ("categories", "target_groups", "life_events", "areas")
TERM_FIELDS = {"name": "name", "slug": "slug"}
# A location's own fields: the ones it declares for translation or synchronisation.
LOCATION_FIELDS = [
    field.field_name
    for field in (*ServiceLocation.translatable_fields, *ServiceLocation.synchronized_fields)
]
ORGANISATION_FIELDS = ["name", "kind", "address", "phone", "email", "website"]


@dataclass(frozen=True)
class ShownTerm:
    """A term as a service page shows it; `language` is the one it is in, for a
    lang attribute where it differs from the page's."""

    name: str
    slug: str
    language: str


@dataclass
class ShownLocation:
    location: ServiceLocation
    hours: list
    exceptions: list
    language: str
    # Set per request by ServicePage.get_context (services.hours.Schedule).
    schedule: object = None


@dataclass
class PageData:
    terms: dict = field(default_factory=dict)
    locations: list = field(default_factory=list)
    organisation: Organisation | None = None
    forms: list = field(default_factory=list)


def localized(manager, language):
    """A relation's chosen objects in `language` where translated. The choice is
    a subquery for a saved page and a list in a preview, where it is still in memory."""
    objects = manager.all()
    if isinstance(objects, models.QuerySet):
        chosen = objects.values("pk")
    else:
        chosen = [obj.pk for obj in objects]
    return manager.model.objects.filter(pk__in=chosen).localized(language).order_by()


def _as_json_array(queryset, **fields):
    return ArraySubquery(queryset.values(json=JSONObject(**fields)))


def _keyed(**fields):
    return {"translation_key": "translation_key", "language": "locale__language_code", **fields}


def _time(value):
    return datetime.time.fromisoformat(value) if value else None


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def load(page, language):
    """The PageData of `page` for a visitor reading `language`, in one query."""
    parts = {}
    for relation in TERM_RELATIONS:
        manager = getattr(page, relation)
        parts[relation] = _as_json_array(localized(manager, language), **_keyed(**TERM_FIELDS))

    hours = OpeningHours.objects.filter(location=OuterRef("pk")).order_by("weekday", "opens")
    exceptions = OpeningHoursException.objects.filter(location=OuterRef("pk")).order_by(
        "start_date", "sort_order"
    )
    times = {"opens": "opens", "closes": "closes"}
    parts["locations"] = _as_json_array(
        localized(page.locations, language),
        **_keyed(
            pk="pk",
            **{name: name for name in LOCATION_FIELDS},
            hours=_as_json_array(hours, weekday="weekday", **times),
            exceptions=_as_json_array(
                exceptions, start_date="start_date", end_date="end_date", kind="kind", **times
            ),
        ),
    )
    if page.organisation_id is not None:
        parts["organisation"] = _as_json_array(
            Organisation.objects.filter(pk=page.organisation_id).localized(language),
            **_keyed(pk="pk", **{name: name for name in ORGANISATION_FIELDS}),
        )
    form_ids = [item["value"] for item in page.forms.raw_data if item.get("value")]
    if form_ids:
        parts["forms"] = _as_json_array(
            get_document_model().objects.filter(pk__in=form_ids),
            pk="pk",
            title="title",
            file="file",
            file_size="file_size",
            collection_id="collection_id",
        )

    # A one-row anchor for the subqueries: the page's own locale always exists.
    row = Locale.objects.filter(pk=page.locale_id).values(**parts).first() or {}
    return PageData(
        terms={
            relation: [
                ShownTerm(item["name"], item["slug"], item["language"])
                for item in sorted(
                    row.get(relation) or [],
                    key=lambda item: item["name"].casefold(),
                )
            ]
            for relation in TERM_RELATIONS
        },
        locations=sorted(
            (_location(item) for item in row.get("locations") or []),
            key=lambda shown: shown.location.name.casefold(),
        ),
        organisation=_organisation(row.get("organisation") or []),
        forms=_forms(row.get("forms") or [], form_ids),
    )


def _location(item):
    values = {name: item[name] for name in LOCATION_FIELDS}
    for name in ("latitude", "longitude"):
        if values[name] is not None:
            values[name] = Decimal(str(values[name]))
    location = ServiceLocation(pk=item["pk"], translation_key=item["translation_key"], **values)
    hours = [
        OpeningHours(
            location_id=item["pk"],
            weekday=row["weekday"],
            opens=_time(row["opens"]),
            closes=_time(row["closes"]),
        )
        for row in item["hours"] or []
    ]
    exceptions = [
        OpeningHoursException(
            location_id=item["pk"],
            start_date=_date(row["start_date"]),
            end_date=_date(row["end_date"]),
            kind=row["kind"],
            opens=_time(row["opens"]),
            closes=_time(row["closes"]),
        )
        for row in item["exceptions"] or []
    ]
    return ShownLocation(location, hours, exceptions, item["language"])


def _organisation(rows):
    if not rows:
        return None
    item = rows[0]
    return Organisation(
        pk=item["pk"],
        translation_key=item["translation_key"],
        **{name: item[name] for name in ORGANISATION_FIELDS},
    )


def _forms(rows, form_ids):
    """Documents in the order the editor chose them; deleted ones are left out."""
    model = get_document_model()
    by_pk = {
        # The collection is given, or the model would look up the default one.
        item["pk"]: model(**item)
        for item in rows
    }
    return [by_pk[pk] for pk in form_ids if pk in by_pk]
