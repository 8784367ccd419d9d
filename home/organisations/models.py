"""Organisations, their kinds, and contacts: translatable snippets.

An organisation is a body: a member of the care network, or the one responsible
for a service (the county's own offices among them). A contact is a person or an
office citizens can reach, shown as a contact card on pages.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.querysets import TranslatableQuerySet


class OrganisationKind(models.TextChoices):
    INPATIENT_CARE = "inpatient_care", _("Inpatient care")
    OUTPATIENT_CARE = "outpatient_care", _("Outpatient care service")
    SENIOR_CENTRE = "senior_centre", _("Senior centre")
    COUNSELLING = "counselling", _("Counselling")
    PUBLIC_AUTHORITY = "public_authority", _("Public authority")
    OTHER = "other", _("Other")


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """An organisation: a member of the care network, or the body responsible
    for a service (the county's own offices among them)."""

    name = models.CharField(_("name"), max_length=200, help_text=_("The organisation's own name."))
    kind = models.CharField(
        _("kind"),
        max_length=30,
        choices=OrganisationKind.choices,
        help_text=_("Shown next to the name so citizens see what the member offers."),
    )
    address = models.TextField(
        _("address"), blank=True, help_text=_("One line per line of the address.")
    )
    phone = models.CharField(
        _("phone"), max_length=50, blank=True, help_text=_("With area code, e.g. +49 1234 4411.")
    )
    email = models.EmailField(
        _("email"), blank=True, help_text=_("A general address, not a person's.")
    )
    website = models.URLField(_("website"), blank=True, help_text=_("The full address, https://…"))

    objects = TranslatableQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("website"),
            ],
            heading=_("Contact"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [TranslatableField("address")]
    synchronized_fields = [
        SynchronizedField("name"),
        SynchronizedField("kind"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


register_snippet(Organisation)


class Contact(TranslatableMixin, index.Indexed, models.Model):
    """A person or office citizens can reach, shown as a contact card."""

    name = models.CharField(
        _("name"),
        max_length=150,
        help_text=_("A person ('Anna Berg') or an office ('Care advice centre')."),
    )
    role = models.CharField(
        _("role or unit"),
        max_length=150,
        blank=True,
        help_text=_("E.g. 'Social planning' or 'Head of the digital services unit'."),
    )
    phone = models.CharField(
        _("phone"), max_length=50, blank=True, help_text=_("With area code, e.g. +49 1234 4411.")
    )
    email = models.EmailField(_("email"), blank=True)
    address = models.TextField(
        _("address"), blank=True, help_text=_("One line per line of the address.")
    )
    hours = models.TextField(
        _("when to reach them"), blank=True, help_text=_("E.g. 'Mon–Thu 9:00–12:00'.")
    )

    objects = TranslatableQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("address"), FieldPanel("hours")],
            heading=_("How to reach"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("role"),
        index.AutocompleteField("name"),
    ]
    translatable_fields = [
        TranslatableField("role"),
        TranslatableField("address"),
        TranslatableField("hours"),
    ]
    synchronized_fields = [
        SynchronizedField("name"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.role})" if self.role else self.name


register_snippet(Contact)
