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
import json
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.postgres.expressions import ArraySubquery
from django.db import connection, models
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


def _query(page, language, form_ids):
    """The one-row query of everything `load` returns, as one JSON object."""
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
    return Locale.objects.filter(pk=page.locale_id).values(data=JSONObject(**parts))


# Compiling the query above (five relations, nested JSON arrays) costs the Python
# process several times what PostgreSQL needs to run it. Between saved pages its SQL
# differs only in values, so it is compiled once per process and shape, with
# stand-in values that no real row has, and run with the page's own values.
_STAND_IN_PAGE, _STAND_IN_LOCALE, _STAND_IN_ORGANISATION = -8_000_001, -8_000_002, -8_000_003
_STAND_IN_LANGUAGE = "\x00language"
_STAND_IN_FORM = -8_100_000
_compiled = {}


def _is_saved(page):
    """Whether the page's chosen snippets are in the database, not only in memory
    (a preview): only then is the SQL the same as any other page's."""
    return page.pk is not None and all(
        isinstance(getattr(page, relation).all(), models.QuerySet)
        for relation in (*TERM_RELATIONS, "locations")
    )


def _fetch(page, language, form_ids):
    if not _is_saved(page):
        row = _query(page, language, form_ids).first()
        return row["data"] if row else {}
    shape = (page.organisation_id is not None, len(form_ids))
    if shape not in _compiled:
        stand_in = type(page)(
            pk=_STAND_IN_PAGE,
            locale_id=_STAND_IN_LOCALE,
            organisation_id=_STAND_IN_ORGANISATION if shape[0] else None,
        )
        forms = [_STAND_IN_FORM - index for index in range(shape[1])]
        query = _query(stand_in, _STAND_IN_LANGUAGE, forms).order_by()[:1].query
        _compiled[shape] = query.sql_with_params()
    sql, params = _compiled[shape]
    values = {
        _STAND_IN_PAGE: page.pk,
        _STAND_IN_LOCALE: page.locale_id,
        _STAND_IN_ORGANISATION: page.organisation_id,
        _STAND_IN_LANGUAGE: language,
        **{_STAND_IN_FORM - index: pk for index, pk in enumerate(form_ids)},
    }
    params = [values.get(p, p) if isinstance(p, int | str) else p for p in params]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        return {}
    return json.loads(row[0]) if isinstance(row[0], str | bytes) else row[0]


def load(page, language):
    """The PageData of `page` for a visitor reading `language`, in one query."""
    form_ids = [item["value"] for item in page.forms.raw_data if item.get("value")]
    row = _fetch(page, language, form_ids)
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
