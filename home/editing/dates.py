"""Dates and times in the admin's language.

Wagtail's date widgets use one format for everybody (WAGTAIL_DATE_FORMAT) and
their date picker replaces what it cannot read with today's date when the field
loses focus. Here the format follows the editor's admin language (Django's
format modules: 24.12.2026 in German, Danish and Finnish), the picker keeps
what was typed, and the server answers input it cannot read with an error on
the field that shows the expected form, so nothing is ever substituted.
"""

import datetime

from django import forms
from django.db import models
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from wagtail.admin.datetimepicker import to_datetimepicker_format
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput, AdminTimeInput

EXAMPLE = datetime.datetime(2026, 12, 24, 8, 30)


def date_format():
    """The active language's first date input format (de, da, fi: %d.%m.%Y)."""
    return formats.get_format("DATE_INPUT_FORMATS")[0]


def time_format():
    """The active language's input format for hours and minutes (fi: %H.%M)."""
    candidates = formats.get_format("TIME_INPUT_FORMATS")
    return next((f for f in candidates if "%S" not in f), "%H:%M")


def datetime_format():
    return f"{date_format()} {time_format()}"


class LocalizedDateInput(AdminDateInput):
    def format_value(self, value):
        return formats.localize_input(value, date_format())

    def get_config(self):
        return {
            **super().get_config(),
            "format": to_datetimepicker_format(date_format()),
            "validateOnBlur": False,
        }


class LocalizedTimeInput(AdminTimeInput):
    def format_value(self, value):
        return formats.localize_input(value, time_format())

    def get_config(self):
        js_format = to_datetimepicker_format(time_format())
        return {"format": js_format, "formatTime": js_format, "validateOnBlur": False}


class LocalizedDateTimeInput(AdminDateTimeInput):
    def format_value(self, value):
        return formats.localize_input(value, datetime_format())

    def get_config(self):
        return {
            **super().get_config(),
            "format": to_datetimepicker_format(datetime_format()),
            "formatTime": to_datetimepicker_format(time_format()),
            "validateOnBlur": False,
        }


class _ExampleMixin:
    """The error names the field and shows the form it expects, in the admin's language."""

    message = ""
    example_format = staticmethod(date_format)

    def to_python(self, value):
        try:
            return super().to_python(value)
        except forms.ValidationError:
            raise forms.ValidationError(
                self.message,
                code="invalid",
                params={
                    "label": self.label,
                    "value": value,
                    "example": EXAMPLE.strftime(self.example_format()),
                },
            ) from None


class LocalizedDateField(_ExampleMixin, forms.DateField):
    message = _("%(label)s: “%(value)s” is not a date. Enter it like %(example)s.")


class LocalizedTimeField(_ExampleMixin, forms.TimeField):
    message = _("%(label)s: “%(value)s” is not a time. Enter it like %(example)s.")
    example_format = staticmethod(time_format)


class LocalizedDateTimeField(_ExampleMixin, forms.DateTimeField):
    message = _("%(label)s: “%(value)s” is not a date and time. Enter it like %(example)s.")
    example_format = staticmethod(datetime_format)


def register():
    for model_field, form_field, widget in [
        (models.DateField, LocalizedDateField, LocalizedDateInput),
        (models.TimeField, LocalizedTimeField, LocalizedTimeInput),
        (models.DateTimeField, LocalizedDateTimeField, LocalizedDateTimeInput),
    ]:
        register_form_field_override(
            model_field, override={"form_class": form_field, "widget": widget}
        )
