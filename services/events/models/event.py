"""One event page and its dates (one, or several for a series)."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BodyBlock
from home.models.base import BasePage
from home.pagecache.middleware import expire_at
from services.events.calendar import ics_response
from services.events.jsonld import event_jsonld
from services.events.zones import local_zone
from services.models import TargetGroup

EVENT_IMAGE = "width-1200"


def expire_at_next_change(request, dates, now):
    """A cached page showing these dates expires when the next one starts or ends."""
    moments = [m for d in dates for m in (d.moment(), d.end_moment()) if m > now]
    if moments:
        expire_at(request, min(moments))


class EventQuerySet(PageQuerySet):
    def with_next_date(self, now, start=None, end=None):
        """Events with a date not over at `now` (and overlapping [start, end) when
        given), annotated with that next date's start and end and ordered by it."""
        dates = EventDate.objects.filter(page=OuterRef("pk"), ends_at__gt=now)
        if start is not None:
            dates = dates.filter(ends_at__gt=start)
        if end is not None:
            dates = dates.filter(starts_at__lt=end)
        dates = dates.order_by("starts_at", "pk")
        return (
            self.annotate(
                next_start=Subquery(dates.values("starts_at")[:1]),
                next_end=Subquery(dates.values("ends_at")[:1]),
                next_date_id=Subquery(dates.values("pk")[:1]),
            )
            .filter(next_start__isnull=False)
            .order_by("next_start", "pk")
        )

    def past(self, now):
        """Events all of whose dates are over at `now`, the most recent first."""
        # A subquery, not an aggregate: the listing numbers its rows with a window
        # function, which PostgreSQL does not allow next to a GROUP BY.
        last = EventDate.objects.filter(page=OuterRef("pk")).order_by("-ends_at")
        return (
            self.annotate(last_end=Subquery(last.values("ends_at")[:1]))
            .filter(last_end__lte=now)
            .order_by("-last_end", "-pk")
        )

    def in_terms(self, field, translation_key):
        """Events filed under the term with this translation key (in any language:
        translations keep their source's terms)."""
        # A subquery rather than a join: the listing counts its rows with a window.
        tagged = self.model.objects.filter(**{f"{field}__translation_key": translation_key})
        return self.filter(pk__in=tagged.values("pk"))


EventManager = PageManager.from_queryset(EventQuerySet)


class EventPage(RoutablePageMixin, BasePage):
    """An event: when (one or several dates), where, who organises it, for whom."""

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("description"),
        help_text=_("What happens at the event, below the summary."),
    )
    location = models.ForeignKey(
        "services.ServiceLocation",
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("One of the service locations, or leave empty and enter an address below."),
    )
    address = models.TextField(
        _("address"),
        blank=True,
        help_text=_("Where it takes place if not at a service location. One line per line."),
    )
    organiser = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cost = models.CharField(
        _("cost"),
        max_length=200,
        blank=True,
        help_text=_("E.g. 'Free of charge' or '5 euros, reduced 2 euros'."),
    )
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("Where to register, if registration is needed."),
    )
    registration_deadline = models.DateField(
        _("register by"),
        null=True,
        blank=True,
    )
    accessibility_notes = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("E.g. 'Step-free entrance; sign language interpreting on request.'"),
    )
    categories = ParentalManyToManyField(
        "services.ServiceCategory",
        blank=True,
        related_name="events",
        verbose_name=_("categories"),
    )
    target_groups = ParentalManyToManyField(
        "services.TargetGroup",
        blank=True,
        related_name="events",
        verbose_name=_("target groups"),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    image_alt = models.CharField(_("alternative text for the image"), max_length=250, blank=True)
    image_credit = models.CharField(_("credit for the image"), max_length=150, blank=True)

    objects = EventManager()

    parent_page_types = ["events.EventIndexPage", "home.CareNetworkPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        InlinePanel("dates", heading=_("Dates"), label=_("Date"), min_num=1),
        MultiFieldPanel(
            [FieldPanel("location"), FieldPanel("address")],
            heading=_("Place"),
        ),
        FieldPanel("organiser"),
        FieldPanel("cost"),
        FieldRowPanel([FieldPanel("registration_url"), FieldPanel("registration_deadline")]),
        FieldPanel("accessibility_notes"),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("image"),
                FieldRowPanel([FieldPanel("image_alt"), FieldPanel("image_credit")]),
            ],
            heading=_("Image"),
        ),
        FieldPanel("body"),
        FieldPanel("related_pages"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("address"),
        index.SearchField("accessibility_notes"),
        index.RelatedFields("location", [index.SearchField("name")]),
        index.RelatedFields("organiser", [index.SearchField("name")]),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
    ]
    api_fields = BasePage.api_fields + [
        APIField(name)
        for name in [
            "dates",
            "address",
            "cost",
            "registration_url",
            "registration_deadline",
            "accessibility_notes",
            "image_credit",
            "body",
        ]
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("body"),
        TranslatableField("address"),
        TranslatableField("cost"),
        TranslatableField("accessibility_notes"),
        TranslatableField("image_alt"),
    ]
    synchronized_fields = BasePage.synchronized_fields + [
        SynchronizedField(name)
        for name in [
            "dates",
            "location",
            "organiser",
            "registration_url",
            "registration_deadline",
            "categories",
            "target_groups",
            "image",
            "image_credit",
        ]
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.image_id and not self.image_alt.strip():
            errors["image_alt"] = _("Describe the image for people who cannot see it.")
        if self.image_id and not self.image_credit.strip():
            errors["image_credit"] = _("Name the photographer or copyright holder of the image.")
        if errors:
            raise ValidationError(errors)

    def sorted_dates(self):
        return sorted(self.dates.all(), key=lambda d: (d.starts_at or d.moment(), d.pk or 0))

    def upcoming_dates(self, now=None):
        now = now or timezone.now()
        return [d for d in self.sorted_dates() if d.end_moment() > now]

    def place_lines(self):
        """The place as lines of text: the location's name and address, or the address."""
        if self.location:
            loc = self.location
            town = " ".join(part for part in (loc.postal_code, loc.locality) if part)
            return [line for line in (loc.name, loc.street_address, town) if line]
        return [line.strip() for line in self.address.splitlines() if line.strip()]

    def localized_target_groups(self, language, request=None):
        """The target groups in `language` where translated. In a preview the choice
        exists only in memory, so it is read from there."""
        chosen = [group.pk for group in self.target_groups.all()]
        if not chosen:
            return []
        return list(TargetGroup.objects.filter(pk__in=chosen).localized(language))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        dates = self.sorted_dates()
        context["dates"] = dates
        context["upcoming"] = [d for d in dates if d.end_moment() > now]
        context["past_dates"] = [d for d in dates if d.end_moment() <= now]
        context["calendar_url"] = (self.get_url(request) or "") + self.reverse_subpage("calendar")
        context["target_groups"] = self.localized_target_groups(get_language(), request)
        context["jsonld"] = event_jsonld(self, request, context["target_groups"])
        expire_at_next_change(request, dates, now)
        return context

    @path("calendar/", name="calendar")
    def calendar(self, request):
        return ics_response(request, [self], f"{self.slug}.ics", self.title)


class EventDate(Orderable):
    """A date of an event: a day, or a day with start (and end) time, possibly
    ending on a later day. Without a start time it lasts all day.

    Editors enter local wall-clock time; `starts_at` and `ends_at` are the aware
    moments in the site's time zone (settings.TIME_ZONE), kept on save so that the
    listing filters and sorts in the database and a date across a change to or
    from summer time keeps its local time."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="dates")
    date = models.DateField(_("date"))
    start_time = models.TimeField(
        _("starts at"), null=True, blank=True, help_text=_("Empty for an all-day event.")
    )
    end_date = models.DateField(
        _("ends on"), null=True, blank=True, help_text=_("Only if it ends on a later day.")
    )
    end_time = models.TimeField(_("ends at"), null=True, blank=True)
    starts_at = models.DateTimeField(editable=False, db_index=True)
    ends_at = models.DateTimeField(editable=False, db_index=True)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time")]),
        FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("date")
        verbose_name_plural = _("dates")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gte=models.F("starts_at")), name="event_date_ends_after_start"
            )
        ]

    def __str__(self):
        return f"{self.date} {self.start_time or ''}".strip()

    @property
    def all_day(self):
        return self.start_time is None

    @property
    def last_date(self):
        return self.end_date or self.date

    def moment(self):
        """When it starts: local midnight of the day for an all-day event."""
        start_time = self.start_time or datetime.time()
        return datetime.datetime.combine(self.date, start_time, local_zone())

    def end_moment(self):
        """When it is over: at its end time, else at the end of its last day."""
        if self.end_time is not None:
            return datetime.datetime.combine(self.last_date, self.end_time, local_zone())
        next_day = self.last_date + datetime.timedelta(days=1)
        return datetime.datetime.combine(next_day, datetime.time(), local_zone())

    def clean(self):
        super().clean()
        if self.date is None:
            return
        if self.end_date and self.end_date < self.date:
            raise ValidationError({"end_date": _("The event cannot end before it starts.")})
        if self.end_time is not None and self.start_time is None:
            raise ValidationError({"start_time": _("Enter a start time, or no end time.")})
        if self.end_time is not None and self.end_moment() <= self.moment():
            raise ValidationError({"end_time": _("The event cannot end before it starts.")})

    def save(self, *args, **kwargs):
        self.starts_at = self.moment()
        self.ends_at = max(self.end_moment(), self.starts_at)
        super().save(*args, **kwargs)
