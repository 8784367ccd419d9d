"""Service locations: a translatable snippet shared by services, with its
accessibility and its opening hours as data (weekly hours and exceptions)."""

from collections import defaultdict

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.querysets import TranslatableQuerySet
from services.admin_forms import LocationForm
from services.hours import ONE_DAY, changes_on, local_zone
from services.week_hours import WeekHoursPanel

# The yes/no accessibility fields of a location, in the order the page lists them;
# also the features HSDS export and import know.
ACCESSIBILITY_FEATURES = [
    "step_free_access",
    "accessible_toilet",
    "accessible_parking",
    "induction_loop",
]


class ServiceLocationQuerySet(TranslatableQuerySet):
    def open_at(self, moment=None):
        """The locations open at `moment` (default: now) by the same rules as
        services.hours.is_open(), as one SQL condition (the directory's filter)."""
        local = (moment or timezone.now()).astimezone(local_zone())
        today, now = local.date(), local.time().replace(tzinfo=None)
        yesterday = today - ONE_DAY
        location = OuterRef("pk")

        def exceptions_on(day):
            return OpeningHoursException.objects.annotate(
                last=Coalesce("end_date", "start_date")
            ).filter(location=location, start_date__lte=day, last__gte=day)

        started = Q(opens__lte=now) & (Q(closes__gt=now) | Q(closes__lte=F("opens")))
        spilling = Q(closes__lte=F("opens"), closes__gt=now)
        special = Q(kind="special_hours")
        regular_today = OpeningHours.objects.filter(
            started, location=location, weekday=today.weekday()
        )
        regular_yesterday = OpeningHours.objects.filter(
            spilling, location=location, weekday=yesterday.weekday()
        )
        return self.filter(
            Exists(exceptions_on(today).filter(special & started))
            | (~Exists(exceptions_on(today)) & Exists(regular_today))
            | Exists(exceptions_on(yesterday).filter(special & spilling))
            | (~Exists(exceptions_on(yesterday)) & Exists(regular_yesterday))
        )

    def changes_on(self, day):
        """Every moment of `day` at which one of these locations opens or closes,
        sorted (services.hours.changes_on over each): two queries however many."""
        hours, exceptions = defaultdict(list), defaultdict(list)
        locations = self.order_by().values("pk")
        for row in OpeningHours.objects.filter(
            location__in=locations, weekday__in=[(day - ONE_DAY).weekday(), day.weekday()]
        ):
            hours[row.location_id].append(row)
        for row in OpeningHoursException.objects.annotate(
            last=Coalesce("end_date", "start_date")
        ).filter(location__in=locations, start_date__lte=day, last__gte=day - ONE_DAY):
            exceptions[row.location_id].append(row)
        zone = local_zone()
        moments = set()
        for location in hours.keys() | exceptions.keys():
            moments.update(changes_on(hours[location], exceptions[location], day, zone))
        return sorted(moments)


class ServiceLocation(TranslatableMixin, index.Indexed, ClusterableModel):
    """A place where citizens get a service: an office, a kindergarten, a clinic."""

    name = models.CharField(_("name"), max_length=200)
    street_address = models.CharField(_("street and number"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    locality = models.CharField(_("town"), max_length=100, blank=True)
    country = models.CharField(
        _("country code"),
        max_length=2,
        default="DE",
        help_text=_("Two letters, e.g. DE, DK or FI."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    step_free_access = models.BooleanField(
        _("step-free access"), default=False, help_text=_("Entrance and rooms without steps.")
    )
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    accessible_parking = models.BooleanField(_("accessible parking"), default=False)
    induction_loop = models.BooleanField(
        _("induction loop"), default=False, help_text=_("A hearing loop at the counter or room.")
    )
    accessibility_notes = models.TextField(
        _("more on accessibility"),
        blank=True,
        help_text=_("E.g. 'Lift to all floors; the side door opens automatically.'"),
    )
    transport = models.TextField(
        _("getting there"),
        blank=True,
        help_text=_("Public transport and parking, e.g. 'Bus 12 to Marktplatz, 2 minutes walk.'"),
    )

    objects = ServiceLocationQuerySet.as_manager()

    base_form_class = LocationForm
    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("locality")]),
                FieldPanel("country"),
                FieldPanel("pasted_coordinates"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address"),
        ),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], heading=_("Contact")),
        MultiFieldPanel(
            [
                FieldPanel("step_free_access"),
                FieldPanel("accessible_toilet"),
                FieldPanel("accessible_parking"),
                FieldPanel("induction_loop"),
                FieldPanel("accessibility_notes"),
                FieldPanel("transport"),
            ],
            heading=_("Accessibility and getting there"),
        ),
        WeekHoursPanel(heading=_("Regular opening hours")),
        InlinePanel(
            "exceptions",
            heading=_("Holidays, closures and special hours"),
            label=_("Exception"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("locality"),
        index.AutocompleteField("name"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("accessibility_notes"),
        TranslatableField("transport"),
    ]
    # Opening hours and exceptions are plain child rows: wagtail-localize
    # synchronises them to every translation, as it does the coordinates.
    synchronized_fields = [
        SynchronizedField(name)
        for name in [
            "street_address",
            "postal_code",
            "locality",
            "country",
            "latitude",
            "longitude",
            "phone",
            "email",
            *ACCESSIBILITY_FEATURES,
        ]
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("service location")
        verbose_name_plural = _("service locations")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.locality}" if self.locality else self.name

    @property
    def map_url(self):
        """A plain link to the spot on OpenStreetMap: an embedded map would load
        a third party's content and need JavaScript."""
        if self.latitude is None or self.longitude is None:
            return ""
        lat, lon = (f"{value.normalize():f}" for value in (self.latitude, self.longitude))
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"

    @property
    def accessibility_features(self):
        return [
            field.verbose_name
            for field in (self._meta.get_field(name) for name in ACCESSIBILITY_FEATURES)
            if getattr(self, field.name)
        ]


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class OpeningHours(Orderable):
    """One opening period on a weekday; a day may have several (e.g. 8–12 and 14–18).
    A period whose closing time is not after its opening time runs past midnight
    (22:00–02:00); 00:00–00:00 is the whole day. Days without periods are closed."""

    location = ParentalKey(ServiceLocation, related_name="hours", on_delete=models.CASCADE)
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(
        _("closes"), help_text=_("A time before the opening time means the next day.")
    )

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")


class ExceptionKind(models.TextChoices):
    PUBLIC_HOLIDAY = "public_holiday", _("Public holiday")
    CLOSURE = "closure", _("Closed")
    SPECIAL_HOURS = "special_hours", _("Special opening hours")


class OpeningHoursException(Orderable):
    """Dates on which the regular hours do not apply: closed, or other hours."""

    location = ParentalKey(ServiceLocation, related_name="exceptions", on_delete=models.CASCADE)
    start_date = models.DateField(_("from"))
    end_date = models.DateField(
        _("until"), null=True, blank=True, help_text=_("Leave empty for a single day.")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ExceptionKind.choices)
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(
        _("closes"), null=True, blank=True, help_text=_("Only for special opening hours.")
    )

    panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours exception")
        verbose_name_plural = _("opening hours exceptions")

    @property
    def last_date(self):
        return self.end_date or self.start_date

    @property
    def is_closed(self):
        return self.kind != ExceptionKind.SPECIAL_HOURS

    def clean(self):
        super().clean()
        if self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day cannot be before the first.")})
        if self.kind == ExceptionKind.SPECIAL_HOURS and (self.opens is None or self.closes is None):
            raise ValidationError(
                {"opens": _("Special opening hours need an opening and a closing time.")}
            )
        if self.kind != ExceptionKind.SPECIAL_HOURS and (self.opens or self.closes):
            raise ValidationError(
                {"opens": _("Only special opening hours have times; closed days have none.")}
            )
