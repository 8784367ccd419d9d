"""The events listing's filters as a Django form over the query string.

Unlike the service directory, a filter that cannot be understood fails the whole
form: a date range read wrongly would list other events than asked for. The
listing then answers 400 with the form's messages in the visitor's language."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .zones import local_midnight

PERIODS = [("", _("Any time")), ("week", _("This week")), ("month", _("This month"))]
FIRST_YEAR, LAST_YEAR = 1900, 2999
PARAMETERS = ["when", "start", "end", "category", "target_group"]


class EventFilterForm(forms.Form):
    when = forms.ChoiceField(label=_("When"), choices=PERIODS, required=False)
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    category = forms.ChoiceField(label=_("Category"), required=False)
    target_group = forms.ChoiceField(label=_("Target group"), required=False)

    def __init__(self, data, *, categories, target_groups, **kwargs):
        """`categories`, `target_groups`: the TermOptions in use, in the visitor's language."""
        super().__init__(data, **kwargs)
        self.terms = {"category": categories, "target_group": target_groups}
        self.fields["category"].choices = [("", _("All categories"))] + [
            (t.slug, t.name) for t in categories
        ]
        self.fields["target_group"].choices = [("", _("All target groups"))] + [
            (t.slug, t.name) for t in target_groups
        ]

    def _clean_day(self, name):
        # Dates far outside any event calendar would overflow the time zone arithmetic.
        day = self.cleaned_data.get(name)
        if day and not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise ValidationError(
                _("Enter a date between the years %(first)s and %(last)s."),
                params={"first": FIRST_YEAR, "last": LAST_YEAR},
            )
        return day

    def clean_start(self):
        return self._clean_day("start")

    def clean_end(self):
        return self._clean_day("end")

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if data.get("when") and (start or end):
            raise ValidationError(_("Choose either a period or a date range, not both."))
        if start and end and end < start:
            raise ValidationError(_("The end of the date range is before its start."))
        return data

    def term(self, name):
        """The chosen TermOption of `name` ("category" or "target_group"), or None."""
        slug = self.cleaned_data.get(name)
        return next((t for t in self.terms[name] if t.slug == slug), None) if slug else None

    def date_range(self, today):
        """(start, end) as aware datetimes of the chosen period or dates; either may
        be None. A range's last day counts in full (until the next midnight)."""
        data = self.cleaned_data
        if data.get("when") == "week":
            monday = today - datetime.timedelta(days=today.weekday())
            return local_midnight(monday), local_midnight(monday + datetime.timedelta(days=7))
        if data.get("when") == "month":
            first = today.replace(day=1)
            following = (first + datetime.timedelta(days=32)).replace(day=1)
            return local_midnight(first), local_midnight(following)
        start, end = data.get("start"), data.get("end")
        return (
            local_midnight(start) if start else None,
            local_midnight(end + datetime.timedelta(days=1)) if end else None,
        )

    def params(self):
        """The filters as query parameters (for pagination and feed links)."""
        if not self.is_bound or not self.is_valid():
            return {}
        values = {name: self.cleaned_data.get(name) for name in PARAMETERS}
        return {
            name: value.isoformat() if hasattr(value, "isoformat") else value
            for name, value in values.items()
            if value
        }

    def messages(self):
        """Every error as one line, for the visitor."""
        return [message for errors in self.errors.values() for message in errors]
