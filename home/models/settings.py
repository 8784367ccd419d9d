"""Organisation details and footer links: a translatable snippet chosen in the site settings.

Wagtail's settings cannot be translated yet (wagtail#11508), so the settings
point at a snippet that wagtail-localize translates; the footer shows the
translation in the visitor's language.
"""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField


class FooterLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
        label=_("Page"),
        help_text=_("Shown in the visitor's language when a translation exists."),
    )
    label = blocks.CharBlock(
        label=_("Label"), required=False, help_text=_("Leave empty to use the page title.")
    )

    class Meta:
        icon = "link"
        label = _("Footer link")


class OrganisationDetails(TranslatableMixin, models.Model):
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("Shown in the page header, e.g. 'Landkreis Beispiel'."),
    )
    address = models.TextField(
        _("postal address"),
        help_text=_("Street, postcode and town, one per line, as on a letter."),
    )
    phone = models.CharField(
        _("phone"), max_length=50, blank=True, help_text=_("Main switchboard, e.g. +49 1234 567-0.")
    )
    email = models.EmailField(
        _("email"), blank=True, help_text=_("A general address, not a person's.")
    )
    opening_hours = models.TextField(
        _("opening hours"),
        blank=True,
        help_text=_("Short text for the footer, e.g. 'Mon–Fri 8:00–12:00'."),
    )
    footer_links = StreamField(
        [("link", FooterLinkBlock())],
        blank=True,
        verbose_name=_("footer links"),
        help_text=_("Legal notice, privacy notice, accessibility statement, contact …"),
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("Contact"),
        ),
        FieldPanel("opening_hours"),
        FieldPanel("footer_links"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("address"),
        TranslatableField("opening_hours"),
        TranslatableField("footer_links"),
    ]
    synchronized_fields = [SynchronizedField("phone"), SynchronizedField("email")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation details")
        verbose_name_plural = _("organisation details")

    def __str__(self):
        return self.name


register_snippet(OrganisationDetails)


class UntranslatedPages(models.TextChoices):
    HOME_PAGE = "home_page", _("Link to that language's home page and say so")
    SOURCE_PAGE = "source_page", _("Show the original page with a notice in the visitor's language")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    organisation = models.ForeignKey(
        OrganisationDetails,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The organisation shown in the header and footer. Translate it under Snippets; "
            "visitors see the translation for their language."
        ),
    )

    untranslated_pages = models.CharField(
        _("pages not yet translated"),
        max_length=20,
        choices=UntranslatedPages.choices,
        default=UntranslatedPages.HOME_PAGE,
        help_text=_(
            "What the language switcher offers for a page that is not yet translated "
            "into a language."
        ),
    )
    show_outdated_notice = models.BooleanField(
        _("show a notice on outdated translations"),
        default=True,
        help_text=_(
            "Tells visitors, with the date, when the original page has changed since "
            "this translation was last brought up to date."
        ),
    )

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown in the header, at most 48 pixels high. Its text alternative is the "
            "organisation's name in the visitor's language. Without a logo the name is shown."
        ),
    )
    favicon = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("favicon"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A square image, at least 180 × 180 pixels, for browser tabs and home screens."
        ),
    )
    theme_colour = models.CharField(
        _("theme colour"),
        max_length=7,
        default="#0b4f8a",
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", _("A colour like #0b4f8a."))],
        help_text=_("Colours the browser's address bar on phones, e.g. #0b4f8a."),
    )

    panels = [
        FieldPanel("organisation"),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("favicon"), FieldPanel("theme_colour")],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [FieldPanel("untranslated_pages"), FieldPanel("show_outdated_notice")],
            heading=_("Translations"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")
