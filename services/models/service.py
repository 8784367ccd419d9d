"""The service page: a service described as data, after Suomi.fi's service
catalogue, Open Referral HSDS 3 and Germany's FIM service descriptions."""

from django.conf import global_settings
from django.contrib.postgres.indexes import GinIndex
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.api import APIField
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import TEXT_FEATURES, StepBlock
from home.editing.forms import CountedTextarea
from home.models.base import BasePage
from home.models.pages import ContentPage
from home.pagecache.middleware import expire_at
from home.querysets import public_pages
from home.search_facets import SearchFacet
from services.blocks import LegalBasisBlock, PhoneBlock, RequiredDocumentBlock
from services.forms import UNKNOWN
from services.hours import local_zone, schedule_of

from .fields import ChoiceArrayField
from .page_data import load as load_page_data
from .serializers import LocationsField, OrganisationField, TermsField

SHORT_DESCRIPTION_LENGTH = 150

# Languages a service can be offered in: Django's own names, translated by
# Django into every UI language, plus sign language.
_OFFERED = [
    "de",
    "da",
    "fi",
    "sv",
    "en",
    "fr",
    "es",
    "it",
    "pl",
    "ro",
    "ru",
    "uk",
    "tr",
    "ar",
    "fa",
    "ku",
]
LANGUAGE_CHOICES = [(code, name) for code, name in global_settings.LANGUAGES if code in _OFFERED]
LANGUAGE_CHOICES.append(("sgn", _("Sign language")))


class Cost(models.TextChoices):
    FREE = "free", _("Free of charge")
    CHARGED = "charged", _("Charged")
    VARIES = "varies", _("Depends on the case")


class Status(models.TextChoices):
    ACTIVE = "active", _("Active")
    SUSPENDED = "suspended", _("Temporarily suspended")
    DISCONTINUED = "discontinued", _("Discontinued")


class ServicePageQuerySet(PageQuerySet):
    def listed_in(self, index):
        """The services a directory lists: live, public, not discontinued."""
        services = self.child_of(index).live().exclude(status=Status.DISCONTINUED)
        return public_pages(services)


class ServicePage(ContentPage):
    """One service: what it is, who it is for, how to get it, where and when."""

    objects = PageManager.from_queryset(ServicePageQuerySet)()

    # Who it is for
    categories = ParentalManyToManyField(
        "services.ServiceCategory",
        blank=True,
        related_name="services",
        verbose_name=_("categories"),
        help_text=_("Choose the most specific category; it is found under its parents too."),
    )
    target_groups = ParentalManyToManyField(
        "services.TargetGroup", blank=True, related_name="services", verbose_name=_("target groups")
    )
    life_events = ParentalManyToManyField(
        "services.LifeEvent", blank=True, related_name="services", verbose_name=_("life events")
    )
    eligibility = RichTextField(
        _("requirements"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Who can use the service and under which conditions."),
    )
    minimum_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    maximum_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)

    # Cost and how to apply
    cost = models.CharField(_("cost"), max_length=10, choices=Cost.choices, default=Cost.FREE)
    cost_description = models.TextField(
        _("about the cost"),
        blank=True,
        help_text=_("Amounts, reductions and how to pay, e.g. 'EUR 25; free with a Family Pass'."),
    )
    how_to_apply = StreamField(
        [("step", StepBlock())],
        blank=True,
        verbose_name=_("how to apply"),
        help_text=_("The steps in the order citizens take them."),
    )
    required_documents = StreamField(
        [("document", RequiredDocumentBlock())],
        blank=True,
        verbose_name=_("documents required"),
    )
    processing_time = models.CharField(
        _("processing time"), max_length=200, blank=True, help_text=_("E.g. 'About two weeks'.")
    )
    deadlines = models.TextField(_("deadlines"), blank=True)
    legal_basis = StreamField(
        [("law", LegalBasisBlock())], blank=True, verbose_name=_("legal basis")
    )
    further_notes = RichTextField(_("further notes"), blank=True, features=TEXT_FEATURES)

    # Channels
    online_service_url = models.URLField(
        _("online service"), blank=True, help_text=_("The address of the e-service, https://…")
    )
    online_service_label = models.CharField(
        _("online service link text"),
        max_length=100,
        blank=True,
        help_text=_("E.g. 'Apply online'. Empty: 'Use the online service'."),
    )
    phones = StreamField([("phone", PhoneBlock())], blank=True, verbose_name=_("phone numbers"))
    email = models.EmailField(_("email"), blank=True)
    forms = StreamField(
        [("form", DocumentChooserBlock(label=_("Form")))],
        blank=True,
        verbose_name=_("printable forms"),
    )
    locations = ParentalManyToManyField(
        "services.ServiceLocation",
        blank=True,
        related_name="services",
        verbose_name=_("locations"),
    )

    # Responsibility and reach
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("responsible organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="services",
    )
    languages = ChoiceArrayField(
        models.CharField(max_length=5, choices=LANGUAGE_CHOICES),
        verbose_name=_("offered in"),
        default=list,
        blank=True,
        help_text=_("The languages the service can be used in."),
    )
    areas = ParentalManyToManyField(
        "services.ServiceArea",
        blank=True,
        related_name="services",
        verbose_name=_("service area"),
        help_text=_("Leave empty if the service is offered in the whole county."),
    )
    status = models.CharField(
        _("status"), max_length=15, choices=Status.choices, default=Status.ACTIVE
    )
    status_notice = models.TextField(
        _("notice to visitors"),
        blank=True,
        help_text=_(
            "Shown at the top while the service is suspended or discontinued: why, "
            "until when, and what to do instead."
        ),
    )

    parent_page_types = ["services.ServiceIndexPage"]
    subpage_types = []

    # The slug sits under the title it is made from, so an error on it is seen
    # on the tab the editor is working on.
    content_panels = [
        TitleFieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel(
            "summary",
            widget=CountedTextarea(SHORT_DESCRIPTION_LENGTH),
            help_text=_("Short description: what the service is, in at most 150 characters."),
        ),
        FieldPanel("body", heading=_("Full description")),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldPanel("status_notice"),
            ],
            heading=_("Status"),
        ),
    ]
    audience_panels = [
        FieldPanel("categories"),
        FieldPanel("target_groups"),
        FieldPanel("life_events"),
        FieldPanel("eligibility"),
        FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")]),
        FieldPanel("areas"),
        FieldPanel("languages"),
    ]
    access_panels = [
        MultiFieldPanel([FieldPanel("cost"), FieldPanel("cost_description")], heading=_("Cost")),
        FieldPanel("how_to_apply"),
        FieldPanel("required_documents"),
        FieldPanel("processing_time"),
        FieldPanel("deadlines"),
        FieldPanel("legal_basis"),
        FieldPanel("further_notes"),
    ]
    channel_panels = [
        FieldRowPanel([FieldPanel("online_service_url"), FieldPanel("online_service_label")]),
        FieldPanel("phones"),
        FieldPanel("email"),
        FieldPanel("forms"),
        FieldPanel("locations"),
        FieldPanel("organisation"),
    ]
    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("seo_title"), FieldPanel("search_description")],
            heading=_("For search engines"),
        ),
        MultiFieldPanel([FieldPanel("show_in_menus")], heading=_("For site menus")),
        BasePage.review_panel,
        FieldPanel("related_pages", heading=_("Related services")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(audience_panels, heading=_("Who it is for")),
            ObjectList(access_panels, heading=_("Cost and how to apply")),
            ObjectList(channel_panels, heading=_("Channels and places")),
            ObjectList(promote_panels, heading=_("Promote")),
            ObjectList(ContentPage.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = ContentPage.search_fields + [
        index.SearchField("eligibility"),
        index.SearchField("cost_description"),
        index.SearchField("how_to_apply"),
        index.SearchField("further_notes"),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.RelatedFields("life_events", [index.SearchField("name")]),
        index.FilterField("status"),
    ]
    # The site search's filters of its results (home.search_facets); their query
    # parameters and messages are the directory's.
    search_facets = [
        SearchFacet("category", "categories", _("Category"), UNKNOWN["category"]),
        SearchFacet("target_group", "target_groups", _("Who it is for"), UNKNOWN["target_group"]),
    ]
    api_fields = ContentPage.api_fields + [
        APIField(name)
        for name in [
            "eligibility",
            "minimum_age",
            "maximum_age",
            "cost",
            "cost_description",
            "how_to_apply",
            "required_documents",
            "processing_time",
            "deadlines",
            "legal_basis",
            "further_notes",
            "online_service_url",
            "online_service_label",
            "phones",
            "email",
            "forms",
            "languages",
            "status",
            "status_notice",
        ]
    ]
    # Relations, in the page's language where translated (services/models/serializers.py).
    api_fields += [
        APIField("categories", serializer=TermsField()),
        APIField("target_groups", serializer=TermsField()),
        APIField("life_events", serializer=TermsField()),
        APIField("areas", serializer=TermsField()),
        APIField("locations", serializer=LocationsField()),
        APIField("organisation", serializer=OrganisationField()),
    ]
    translatable_fields = ContentPage.translatable_fields + [
        TranslatableField(name)
        for name in [
            "eligibility",
            "cost_description",
            "how_to_apply",
            "required_documents",
            "processing_time",
            "deadlines",
            "legal_basis",
            "further_notes",
            "online_service_label",
            "phones",
            "status_notice",
        ]
    ]
    synchronized_fields = ContentPage.synchronized_fields + [
        SynchronizedField(name)
        for name in [
            "categories",
            "target_groups",
            "life_events",
            "minimum_age",
            "maximum_age",
            "cost",
            "online_service_url",
            "email",
            "forms",
            "locations",
            "organisation",
            "languages",
            "areas",
            "status",
        ]
    ]

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        # The directory's "offered in" filter (languages @> '{uk}') among many services.
        indexes = [GinIndex(fields=["languages"], name="service_languages_gin")]

    def clean(self):
        super().clean()
        errors = {}
        if len(self.summary or "") > SHORT_DESCRIPTION_LENGTH:
            errors["summary"] = _(
                "The short description has %(length)d characters; at most %(limit)d fit."
            ) % {"length": len(self.summary), "limit": SHORT_DESCRIPTION_LENGTH}
        if (
            self.minimum_age is not None
            and self.maximum_age is not None
            and self.minimum_age > self.maximum_age
        ):
            errors["maximum_age"] = _("The maximum age cannot be below the minimum age.")
        if errors:
            raise ValidationError(errors)

    # What the page shows, in the visitor's language -------------------------

    @property
    def offered_languages(self):
        """[(code, name)] with the names in the active language: Django's own
        language names are marked for translation but kept untranslated."""
        names = dict(LANGUAGE_CHOICES)
        return [(code, gettext(str(names[code]))) for code in self.languages if code in names]

    @property
    def is_unavailable(self):
        return self.status != Status.ACTIVE

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        data = load_page_data(self, translation.get_language())
        # "Open now" is computed per request: the page cache keeps the page no
        # longer than the next opening or closing time.
        now = timezone.now()
        for shown in data.locations:
            if shown.hours or shown.exceptions:
                shown.schedule = schedule_of(shown.hours, shown.exceptions, now)
                if change := shown.schedule.today.next_change:
                    expire_at(request, change)
        context.update(
            today=now.astimezone(local_zone()).date(),
            terms=data.terms,
            locations=data.locations,
            provider=data.organisation,
            forms=data.forms,
        )
        return context
