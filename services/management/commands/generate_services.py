"""`generate_services N`: synthetic services for benchmarks, fast enough for tens of thousands.

Pages, their many-to-many rows and any locations are written with bulk inserts
(a page saved one by one costs a dozen queries and a revision). Every synthetic
service is marked: its title starts with SYNTHETIC_PREFIX and its slug with
SLUG_PREFIX, and `--delete` removes them (and any terms and locations this
command had to create). Bulk-created pages are not added to the search index.
"""

import datetime
import random
import time
from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.db.models.functions import Greatest
from django.utils import timezone
from wagtail.models import Locale, Page, ReferenceIndex
from wagtail.search.models import IndexEntry

from home.pagecache.signals import bump
from services.models import (
    LANGUAGE_CHOICES,
    LifeEvent,
    OpeningHours,
    ServiceArea,
    ServiceCategory,
    ServiceIndexPage,
    ServiceLocation,
    ServicePage,
    Status,
    TargetGroup,
)

SYNTHETIC_PREFIX = "[synthetic] "
SLUG_PREFIX = "synthetic-"
BATCH = 1000

# Words for titles and summaries, per language; other languages use English.
WORDS = {
    "de": (
        [
            "Antrag auf",
            "Beratung zu",
            "Zuschuss für",
            "Anmeldung zur",
            "Hilfe bei",
            "Auskunft über",
        ],
        [
            "Wohngeld",
            "Kinderbetreuung",
            "Pflege",
            "Bauvorhaben",
            "Schulweg",
            "Ehrenamt",
            "Hundesteuer",
            "Fahrerlaubnis",
            "Abfall",
            "Jugendarbeit",
            "Mobilität",
            "Energie",
        ],
        "Eine erfundene Leistung für Lasttests, Nummer {n}.",
    ),
    "da": (
        ["Ansøgning om", "Rådgivning om", "Tilskud til", "Tilmelding til", "Hjælp til"],
        [
            "boligstøtte",
            "dagtilbud",
            "pleje",
            "byggeri",
            "skolevej",
            "frivillighed",
            "kørekort",
            "affald",
            "ungdomsarbejde",
            "mobilitet",
            "energi",
        ],
        "En opdigtet ydelse til belastningstest, nummer {n}.",
    ),
    "fi": (
        ["Hakemus:", "Neuvonta:", "Tuki:", "Ilmoittautuminen:", "Apu:"],
        [
            "asumistuki",
            "varhaiskasvatus",
            "hoiva",
            "rakentaminen",
            "koulumatka",
            "vapaaehtoistyö",
            "ajokortti",
            "jätehuolto",
            "nuorisotyö",
            "liikkuminen",
            "energia",
        ],
        "Keksitty palvelu kuormitustestiin, numero {n}.",
    ),
    "en": (
        ["Apply for", "Advice on", "Grant for", "Register for", "Help with", "Information on"],
        [
            "housing benefit",
            "childcare",
            "care",
            "building works",
            "school transport",
            "volunteering",
            "driving licence",
            "waste",
            "youth work",
            "mobility",
            "energy",
        ],
        "A made-up service for load tests, number {n}.",
    ),
}
RELATIONS = ["categories", "target_groups", "life_events", "areas", "locations"]
STATUSES = [Status.ACTIVE] * 90 + [Status.SUSPENDED] * 6 + [Status.DISCONTINUED] * 4


def find_index(value, locale):
    indexes = ServiceIndexPage.objects.filter(locale=locale)
    if value is None:
        index = indexes.order_by("path").first()
    elif value.isdigit():
        index = ServiceIndexPage.objects.filter(pk=int(value)).first()
    else:
        index = indexes.filter(slug=value).first()
    if index is None:
        raise CommandError(
            f"No service index {value!r} in locale {locale.language_code!r}: "
            "give --index a slug or page id."
            if value
            else f"No service index in locale {locale.language_code!r}: create one first."
        )
    return index


class Command(BaseCommand):
    help = "Create N synthetic services (marked, removable with --delete) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("count", nargs="?", type=int, default=0)
        parser.add_argument("--locale", default=None, help="Language code (default: LANGUAGE_CODE)")
        parser.add_argument("--index", default=None, help="Slug or id of the service index")
        parser.add_argument("--seed", type=int, default=0, help="Random seed (reproducible data)")
        parser.add_argument(
            "--delete", action="store_true", help="Remove every synthetic service instead"
        )

    def handle(self, count, locale, index, seed, delete, **options):
        from django.conf import settings

        started = time.monotonic()
        if delete:
            removed = delete_synthetic()
            bump()  # bulk deletes send no signals: drop cached pages that list them
            self.stdout.write(
                f"Removed {removed} synthetic services in {time.monotonic() - started:.1f} s."
            )
            return
        if count < 1:
            raise CommandError("Give the number of services to create, e.g. 1000.")
        try:
            locale = Locale.objects.get(language_code=locale or settings.LANGUAGE_CODE)
        except Locale.DoesNotExist as error:
            raise CommandError(f"Unknown locale {locale!r}.") from error
        parent = find_index(index, locale)
        created = generate(parent, count, random.Random(seed))
        bump()  # bulk inserts send no signals: drop cached pages that list them
        self.stdout.write(
            f"Created {created} synthetic services under {parent.url_path} "
            f"in {time.monotonic() - started:.1f} s."
        )


def terms(model, locale, create_count=6):
    """The locale's terms of `model`, or a few synthetic ones when there are none."""
    found = list(model.objects.filter(locale=locale))
    if found:
        return found
    made = []
    for n in range(create_count):
        values = {
            "name": f"{SYNTHETIC_PREFIX}{model._meta.verbose_name} {n + 1}",
            "slug": f"{SLUG_PREFIX}{model._meta.model_name}-{n + 1}",
            "locale": locale,
        }
        if model is ServiceCategory and n >= 2:
            values["parent"] = made[n % 2]  # two top-level categories with children
        made.append(model.objects.create(**values))
    return made


def locations(locale, create_count=10):
    found = list(ServiceLocation.objects.filter(locale=locale))
    if found:
        return found
    made = ServiceLocation.objects.bulk_create(
        ServiceLocation(
            name=f"{SYNTHETIC_PREFIX}Dienststelle {n + 1}",
            street_address=f"Teststraße {n + 1}",
            locality="Lindenau",
            locale=locale,
        )
        for n in range(create_count)
    )
    hours = []
    for n, location in enumerate(made):
        days = range(7) if n == 0 else range(5) if n % 3 else range(6)
        opens, closes = (
            (datetime.time(0), datetime.time(0))
            if n == 0
            else (datetime.time(8), datetime.time(16 + n % 3))
        )
        hours += [
            OpeningHours(location=location, weekday=d, opens=opens, closes=closes, sort_order=i)
            for i, d in enumerate(days)
        ]
    OpeningHours.objects.bulk_create(hours)
    return made


def sample(rng, items, low, high):
    return rng.sample(items, min(len(items), rng.randint(low, high)))


@transaction.atomic
def generate(parent, count, rng):
    locale = parent.locale
    # Lock the parent row: its children's paths are numbered from its last child.
    parent = Page.objects.select_for_update().get(pk=parent.pk)
    last = parent.get_last_child()
    first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    depth = parent.depth + 1
    content_type = ContentType.objects.get_for_model(ServicePage)
    now = timezone.now()
    starts, subjects, summary = WORDS.get(locale.language_code, WORDS["en"])
    codes = [code for code, _name in LANGUAGE_CHOICES if code != locale.language_code]
    own_language = [locale.language_code] if locale.language_code in dict(LANGUAGE_CHOICES) else []
    pools = {
        "categories": terms(ServiceCategory, locale),
        "target_groups": terms(TargetGroup, locale),
        "life_events": terms(LifeEvent, locale),
        "areas": terms(ServiceArea, locale),
        "locations": locations(locale),
    }
    ranges = {
        "categories": (1, 2),
        "target_groups": (0, 2),
        "life_events": (0, 1),
        "areas": (0, 2),
        "locations": (0, 2),
    }

    created = 0
    for batch_start in range(0, count, BATCH):
        pages, relations = [], []
        for n in range(batch_start, min(count, batch_start + BATCH)):
            step = first_step + n
            slug = f"{SLUG_PREFIX}{step}"
            title = f"{SYNTHETIC_PREFIX}{rng.choice(starts)} {rng.choice(subjects)} {step}"
            page = ServicePage(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                locale=locale,
                path=Page._get_path(parent.path, depth, step),
                depth=depth,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                summary=summary.format(n=step),
                status=rng.choice(STATUSES),
                languages=own_language + sample(rng, codes, 0, 3),
            )
            pages.append(page)
            relations.append(
                {name: sample(rng, pool, *ranges[name]) for name, pool in pools.items()}
            )
        insert_pages(pages)
        for name in pools:
            through = getattr(ServicePage, name).through
            term_field = f"{name_of_target(through)}_id"
            through.objects.bulk_create(
                through(servicepage_id=page.pk, **{term_field: term.pk})
                for page, chosen in zip(pages, relations, strict=True)
                for term in chosen[name]
            )
        created += len(pages)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + created)
    return created


def name_of_target(through):
    return next(
        f.name for f in through._meta.concrete_fields if f.is_relation and f.name != "servicepage"
    )


def insert_pages(pages):
    """Insert ServicePages in two statements, one per table. Django's bulk_create
    refuses models with a concrete parent (Page), so do what Model.save() does
    for each row, for all rows at once: the parent's columns, then the child's."""
    page_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
    ids = Page._base_manager._insert(
        pages, fields=page_fields, returning_fields=[Page._meta.pk], using="default"
    )
    for page, (pk,) in zip(pages, ids, strict=True):
        page.pk = page.id = page.page_ptr_id = pk
    ServicePage._base_manager._insert(
        pages, fields=ServicePage._meta.local_concrete_fields, using="default"
    )


def delete_synthetic():
    """Remove every synthetic service; returns how many there were.

    Deleting pages one by one through Wagtail runs some twenty queries per page
    (signal handlers of the search index, the reference index, wagtail-localize),
    half an hour for 10,000. Pages this command created and nobody edited since
    (no revision) have none of those rows beyond the search and reference index,
    so they go in a few statements; the database's foreign keys are checked
    before committing, and anything else that points at them (an edit, a
    redirect) sends the whole removal through Wagtail's own deletion instead."""
    synthetic = Page.objects.filter(
        slug__startswith=SLUG_PREFIX,
        title__startswith=SYNTHETIC_PREFIX,
        content_type=ContentType.objects.get_for_model(ServicePage),
    )
    count = synthetic.count()
    try:
        with transaction.atomic():
            fast_delete(synthetic.filter(latest_revision__isnull=True, numchild=0))
            connection.check_constraints()
    except IntegrityError:
        pass
    with transaction.atomic():
        synthetic.delete()  # what is left: edited pages, or all of them after a conflict
        for model in (ServiceCategory, TargetGroup, LifeEvent, ServiceArea):
            made = model.objects.filter(slug__startswith=SLUG_PREFIX, services__isnull=True)
            model.objects.filter(pk__in=made.values("pk")).delete()
        ServiceLocation.objects.filter(
            name__startswith=SYNTHETIC_PREFIX, services__isnull=True
        ).delete()
    return count


def fast_delete(pages):
    rows = list(pages.values_list("pk", "path", "depth"))
    if not rows:
        return
    ids = [pk for pk, _path, _depth in rows]
    object_ids = [str(pk) for pk in ids]
    content_types = [ContentType.objects.get_for_model(m) for m in (Page, ServicePage)]
    IndexEntry.objects.filter(content_type__in=content_types, object_id__in=object_ids).delete()
    ReferenceIndex.objects.filter(
        base_content_type__in=content_types, object_id__in=object_ids
    ).delete()
    tables = [getattr(ServicePage, name).through._meta.db_table for name in RELATIONS]
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(
                f"DELETE FROM {connection.ops.quote_name(table)} WHERE servicepage_id = ANY(%s)",
                [ids],
            )
        for model, column in ((ServicePage, "page_ptr_id"), (Page, "id")):
            table = connection.ops.quote_name(model._meta.db_table)
            cursor.execute(f"DELETE FROM {table} WHERE {column} = ANY(%s)", [ids])
    lost = Counter(Page._get_basepath(path, depth - 1) for _pk, path, depth in rows)
    for parent_path, number in lost.items():
        Page.objects.filter(path=parent_path).update(numchild=Greatest(F("numchild") - number, 0))
