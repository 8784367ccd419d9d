"""Blocks of the structured service page: channels and requirements as data."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class PhoneBlock(blocks.StructBlock):
    number = blocks.CharBlock(
        label=_("Number"), max_length=50, help_text=_("With area code, e.g. +49 1234 4411.")
    )
    label = blocks.CharBlock(
        label=_("What for"), max_length=100, required=False, help_text=_("E.g. 'Appointments'.")
    )
    hours = blocks.CharBlock(
        label=_("When to call"),
        max_length=150,
        required=False,
        help_text=_("E.g. 'Mon–Fri 8:00–12:00'."),
    )

    class Meta:
        icon = "mobile-alt"
        label = _("Phone number")


class RequiredDocumentBlock(blocks.StructBlock):
    document = blocks.CharBlock(
        label=_("Document"), max_length=200, help_text=_("E.g. 'Birth certificate of the child'.")
    )
    url = blocks.URLBlock(
        label=_("Where to get it"),
        required=False,
        help_text=_("Optional link to where citizens can obtain the document."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Required document")


class LegalBasisBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Law or regulation"), max_length=200, help_text=_("E.g. '§ 24 SGB VIII'.")
    )
    url = blocks.URLBlock(label=_("Link to the text"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Legal basis")
