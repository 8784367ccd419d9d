"""The service directory's queries: filter options, filters, the page of results
and the A–Z list, each a fixed number of queries however many services there are.

Pages may point at term objects of any locale (translations keep their source's
terms), so terms are matched by translation key and shown in the visitor's
language where translated, else in the default language."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Exists, ExpressionWrapper, Func, OuterRef, Q, Value
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.collation import alphabetical, initial, title_order
from home.pagecache.middleware import expire_when, generation_cached
from home.pagination import page_links, page_number, query_url
from home.querysets import language_preference
from services.forms import PARAMETERS, DirectoryFilterForm
from services.hours import local_zone

from .locations import ServiceLocation
from .service import LANGUAGE_CHOICES, ServicePage, Status
from .taxonomies import AreaKind, LifeEvent, ServiceArea, ServiceCategory, TargetGroup, TermOption

PER_PAGE = 20

# Query parameter → (taxonomy, the page's many-to-many field, the chip's label).
TERM_FILTERS = {
    "category": (ServiceCategory, "categories", _("Category: %(name)s")),
    "target_group": (TargetGroup, "target_groups", _("For: %(name)s")),
    "life_event": (LifeEvent, "life_events", _("Life event: %(name)s")),
    "area": (ServiceArea, "areas", _("Area: %(name)s")),
}
LANGUAGE_NAMES = dict(LANGUAGE_CHOICES)


@dataclass(frozen=True)
class CategoryOption:
    term: TermOption
    depth: int

    @property
    def label(self):
        # Subcategories are indented in the select; the dash is read out as a pause.
        return "\u00a0\u00a0" * self.depth + ("– " if self.depth else "") + self.term.name


@dataclass
class Options:
    """What the directory's filters offer, in the visitor's language."""

    categories: list = field(default_factory=list)  # CategoryOption, parents before children
    target_groups: list = field(default_factory=list)
    life_events: list = field(default_factory=list)
    areas: dict = field(default_factory=dict)  # area kind label → [TermOption]
    languages: list = field(default_factory=list)  # (code, name)
    terms: dict = field(default_factory=dict)  # parameter → {translation key: TermOption}
    slugs: dict = field(default_factory=dict)  # parameter → {slug in any language: key}
    children: dict = field(default_factory=dict)  # category key → [child category keys]
    area_kinds: dict = field(default_factory=dict)  # area key → AreaKind value

    def include(self, selection):
        """Add what the visitor chose but no listed service uses, so the form shows it."""
        for parameter, term in selection.terms.items():
            key = term.translation_key
            if parameter == "category":
                if all(option.term.translation_key != key for option in self.categories):
                    self.categories.append(CategoryOption(term, 0))
            elif parameter == "area":
                label = AreaKind(self.area_kinds[key]).label
                group = self.areas.setdefault(label, [])
                if term not in group:
                    group.append(term)
            else:
                terms = getattr(self, f"{parameter}s")
                if term not in terms:
                    terms.append(term)
        if selection.language and selection.language not in dict(self.languages):
            self.languages.append((selection.language, language_name(selection.language)))

    def descendants(self, key):
        """`key` and every category below it (a cycle cannot loop forever)."""
        found, todo = set(), [key]
        while todo:
            current = todo.pop()
            if current not in found:
                found.add(current)
                todo.extend(self.children.get(current, []))
        return found


def filter_options(services, language):
    """Options for every filter in one query: a UNION of every term of the four
    taxonomies (small tables; a term not in use is still a valid filter), each
    with whether a listed service uses it, and the languages services are
    offered in. "In use" is an EXISTS per term that stops at the first service
    found, so its cost follows the number of terms, not of services."""
    text = Value("", output_field=models.CharField())
    # Typed NULL: a DISTINCT branch would otherwise offer it to the UNION as text.
    no_key = Cast(Value(None), output_field=models.UUIDField())
    listed = services.order_by().values("pk")

    def kind(name):
        return Value(name, output_field=models.CharField())

    branches = []
    for model, relation, _label in TERM_FILTERS.values():
        through = getattr(ServicePage, relation).through
        term_field = model._meta.model_name  # the through model's key to the term
        used = through.objects.filter(**{term_field: OuterRef("pk")}, servicepage_id__in=listed)
        branches.append(
            model.objects.order_by()
            .annotate(in_use=Exists(used))
            .values_list(
                kind(relation),
                "translation_key",
                "name",
                "slug",
                "locale__language_code",
                "parent__translation_key" if model is ServiceCategory else no_key,
                "kind" if model is ServiceArea else text,
                "in_use",
            )
        )
    branches.append(
        services.order_by()
        .annotate(code=Func("languages", function="unnest", output_field=models.CharField()))
        .values_list(
            kind("languages"),
            no_key,
            text,
            "code",
            text,
            no_key,
            text,
            Value(True, output_field=models.BooleanField()),
        )
        .distinct()
    )
    # The branches cannot overlap (each has its own kind): UNION ALL skips a dedup.
    rows = branches[0].union(*branches[1:], all=True)
    return build_options(rows, language)


def build_options(rows, language):
    rank = language_preference(language)
    best = defaultdict(dict)  # relation → key → (rank, TermOption, extra)
    slugs = defaultdict(dict)  # relation → slug → (rank, key)
    in_use = defaultdict(set)  # relation → keys of the terms services use
    language_codes = set()
    for relation, key, name, slug, code, parent, extra, used in rows:
        if relation == "languages":
            language_codes.add(slug)
        else:
            if used:
                in_use[relation].add(key)
            option = (rank(code), TermOption(key, name, slug, parent), extra)
            if key not in best[relation] or option[0] < best[relation][key][0]:
                best[relation][key] = option
            if slug not in slugs[relation] or option[0] < slugs[relation][slug][0]:
                slugs[relation][slug] = (option[0], key)

    options = Options()
    for parameter, (_model, relation, _label) in TERM_FILTERS.items():
        options.terms[parameter] = {k: term for k, (_r, term, _x) in best[relation].items()}
        options.slugs[parameter] = {slug: key for slug, (_r, key) in slugs[relation].items()}
    categories = options.terms["category"]
    for key, term in categories.items():
        if term.parent_key in categories:
            options.children.setdefault(term.parent_key, []).append(key)
    # Offer the categories in use and their parents (choosing a parent includes its children).
    offered = set()
    for key in in_use["categories"]:
        seen = set()
        while key in categories and key not in seen:
            seen.add(key)
            offered.add(key)
            key = categories[key].parent_key
    options.categories = category_tree(categories, options.children, offered, language)

    def used(relation):
        terms = (t for k, (_r, t, _x) in best[relation].items() if k in in_use[relation])
        return by_name(terms, language)

    options.target_groups = used("target_groups")
    options.life_events = used("life_events")
    areas = used("areas")
    options.area_kinds = {key: extra for key, (_r, _t, extra) in best["areas"].items()}
    for kind_value, label in AreaKind.choices:
        in_kind = [t for t in areas if options.area_kinds[t.translation_key] == kind_value]
        if in_kind:
            options.areas[label] = in_kind
    options.languages = sorted(
        ((code, language_name(code)) for code in language_codes if code in LANGUAGE_NAMES),
        key=lambda item: alphabetical(item[1], language),
    )
    return options


def by_name(terms, language):
    return sorted(terms, key=lambda term: alphabetical(term.name, language))


def category_tree(categories, children, offered, language):
    """CategoryOptions for the `offered` keys, each parent followed by its children."""
    tree, seen = [], set()

    def walk(keys, depth):
        chosen = (categories[k] for k in keys if k in offered and k not in seen)
        for term in by_name(chosen, language):
            seen.add(term.translation_key)
            tree.append(CategoryOption(term, depth))
            walk(children.get(term.translation_key, []), depth + 1)

    walk([k for k in offered if categories[k].parent_key not in offered], 0)
    return tree


def language_name(code):
    # Django's language names are marked for translation but stored untranslated.
    return gettext(str(LANGUAGE_NAMES[code]))


def apply_filters(services, selection, options, open_now):
    """Filtered services, each annotated with whether it is open now (`open_now`: the
    condition, see OpeningTimes.open_condition)."""
    for parameter, term in selection.terms.items():
        model, relation, _label = TERM_FILTERS[parameter]
        keys = (
            options.descendants(term.translation_key)
            if parameter == "category"
            else {term.translation_key}
        )
        through = getattr(ServicePage, relation).through
        term_field = model._meta.model_name  # the through model's key to the term
        tagged = through.objects.filter(**{f"{term_field}__translation_key__in": keys})
        services = services.filter(pk__in=tagged.values("servicepage_id"))
    if selection.language:
        services = services.filter(languages__contains=[selection.language])
    services = services.annotate(
        is_open_now=ExpressionWrapper(open_now, output_field=models.BooleanField())
    )
    if selection.open_now:
        services = services.filter(is_open_now=True)
    return services


def results_page(services, number, options, language, count=None):
    """(paginator, page) of services in title order, each with its category keys
    in the same query; localized categories attached.

    The total is counted on its own (or given as `count`) rather than with a
    window over the rows: a window makes PostgreSQL compute every row's
    annotations (categories, "open now") before it can cut out the page, which
    at 10,000 services costs half a second on later pages."""
    categories = ServicePage.categories.through.objects.filter(servicepage_id=OuterRef("pk"))
    ordered = services.order_by(title_order(language), "title", "pk")
    paginator = Paginator(
        ordered.defer_streamfields().annotate(
            category_keys=ArraySubquery(categories.values("servicecategory__translation_key"))
        ),
        PER_PAGE,
    )
    paginator.count = services.count() if count is None else count
    page = paginator.get_page(number)  # a number beyond the end: the last page
    names = options.terms["category"]
    for service in page:
        service.localized_categories = by_name(
            (names[key] for key in service.category_keys if key in names), language
        )
    return paginator, page


def directory(index, request, language):
    """Everything the directory template shows, in a fixed number of queries."""
    services = ServicePage.objects.listed_in(index)
    # The options depend on the content alone: computed once per change and
    # language (a fresh copy each time, as options.include() below adds to it).
    options = generation_cached(
        request,
        f"directory-options:{index.pk}:{language}",
        lambda: filter_options(services, language),
    )
    form = DirectoryFilterForm(
        request.GET,
        terms={
            parameter: {slug: options.terms[parameter][key] for slug, key in slugs.items()}
            for parameter, slugs in options.slugs.items()
        },
        languages=LANGUAGE_NAMES,
    )
    selection = form.selection()
    options.include(selection)
    now = timezone.now()
    hours = OpeningTimes(request, index, services, now)
    expire_when(request, hours.next_change)
    filtered = apply_filters(services, selection, options, hours.open_condition())
    # The count changes with the content, and with "open now" at an opening or closing.
    count = generation_cached(
        request,
        lambda: (
            f"directory-count:{index.pk}:{hours.window_key() if selection.open_now else ''}:"
            f"{query_url('', selection.params())}"
        ),
        filtered.count,
    )
    paginator, page = results_page(
        filtered, page_number(request.GET.get("page")), options, language, count
    )

    base = index.get_url(request) or ""
    params = selection.params()
    chips = []
    for name in PARAMETERS:
        if name in selection.terms:
            label = TERM_FILTERS[name][2] % {"name": selection.terms[name].name}
        elif name == "language" and selection.language:
            label = _("Offered in: %(language)s") % {"language": language_name(selection.language)}
        elif name == "open_now" and selection.open_now:
            label = _("Open now")
        else:
            continue
        chips.append(
            {"label": label, "remove_url": query_url(base, selection.params(without=name))}
        )

    return {
        "options": options,
        "selection": selection,
        "services_page": page,
        "paginator": paginator,
        "active_filters": chips,
        "ignored_filters": selection.ignored,
        **page_links(paginator, page, lambda n: query_url(base, params, n)),
        "clear_url": base,
    }


class OpeningTimes:
    """When the directory's services open and close today, and which are open now.

    "Open now" changes only at an opening or closing of a listed service's location:
    the day's moments are computed once per content generation, and the services
    open between two of them once per such window, so a request filters and marks
    open services by their ids instead of evaluating every location's hours and
    exceptions in SQL (which doubled the directory's planning and compiling)."""

    def __init__(self, request, index, services, now):
        self.request, self.index, self.services, self.now = request, index, services, now
        self.day = now.astimezone(local_zone()).date()

    @cached_property
    def moments(self):
        return generation_cached(
            self.request,
            f"directory-hours:{self.index.pk}:{self.day.isoformat()}",
            lambda: [
                m.timestamp()
                for m in ServiceLocation.objects.filter(
                    services__in=self.services.values("pk")
                ).changes_on(self.day)
            ],
        )

    def next_change(self):
        """The next opening or closing today of any location of any listed service
        (not only of those shown: one that opens joins the "open now" results)."""
        moment = next((m for m in self.moments if m > self.now.timestamp()), None)
        return None if moment is None else datetime.datetime.fromtimestamp(moment, datetime.UTC)

    def window_key(self):
        """The day and the last opening or closing before now: the same for every
        request until the next one."""
        started = max((m for m in self.moments if m <= self.now.timestamp()), default=0)
        return f"{self.day.isoformat()}:{started}"

    def open_condition(self):
        """A condition on the services: open now. With the page cache, the ids of the
        open services, kept per window; without it (nothing is kept), the locations'
        hours in the listing's own query rather than in one more."""
        located = ServiceLocation.objects.open_at(self.now).filter(services=OuterRef("pk"))
        if not settings.PAGE_CACHE_ENABLED:
            return Exists(located)
        ids = generation_cached(
            self.request,
            lambda: f"directory-open:{self.index.pk}:{self.window_key()}",
            lambda: list(self.services.filter(Exists(located)).values_list("pk", flat=True)),
        )
        return Q(pk__in=ids) if ids else Value(False)


@dataclass(frozen=True)
class LetterGroup:
    letter: str
    anchor: str
    services: list


@dataclass(frozen=True)
class AZEntry:
    title: str
    url: str
    summary: str
    suspended: bool


def a_to_z(index, index_url, language):
    """Services of the index grouped by initial letter in `language`'s order:
    one query for plain rows (thousands of page objects would cost seconds)."""
    rows = (
        ServicePage.objects.listed_in(index)
        .order_by(title_order(language), "title", "pk")
        .values_list("title", "slug", "summary", "status")
    )
    groups = {}
    for title, slug, summary, status in rows:
        # Services are the index's children: their address is the index's plus their slug.
        entry = AZEntry(title, f"{index_url}{slug}/", summary, status == Status.SUSPENDED)
        groups.setdefault(initial(title, language), []).append(entry)
    return [
        LetterGroup(letter, f"letter-{letter}" if letter != "#" else "letter-other", items)
        for letter, items in groups.items()
    ]
