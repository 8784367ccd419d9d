"""Regular opening hours entered as a week: one row per day, up to two periods.

Stored as before, one OpeningHours row per period (services/models/locations.py);
only the editor's form changes. Wagtail's inline panel made an editor add a row,
pick a weekday and type two times for every period, 10 rows for a plain week
with a lunch break. Here the seven days are a table, and "copy Monday to
Tuesday–Friday" fills the working week when the location is saved, so it needs
no JavaScript.

A day that already has more than two periods shows as many columns as it needs
(up to MAX_PERIODS), so saving the form never drops a stored period.
"""

from django import forms
from django.utils.dates import WEEKDAYS
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import Panel

from home.editing.dates import LocalizedTimeField, LocalizedTimeInput

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]  # weekday 0–6, as Weekday
SHOWN_PERIODS = 2
MAX_PERIODS = 4
COPY_TO = [1, 2, 3, 4]  # Monday's hours go to Tuesday–Friday


def field_name(day, number, part):
    """E.g. hours_mon_1_opens: Monday's first period, opening time."""
    return f"hours_{DAYS[day]}_{number}_{part}"


def _time_field(day, number, part):
    what = _("opens") if part == "opens" else _("closes")
    if number == 1:
        label = format_lazy("{}, {}", WEEKDAYS[day], what)
    else:
        label = format_lazy("{} ({}), {}", WEEKDAYS[day], format_lazy(_("period {}"), number), what)
    return LocalizedTimeField(label=label, required=False, widget=LocalizedTimeInput)


WEEK_FIELDS = [
    field_name(day, number, part)
    for day in range(7)
    for number in range(1, MAX_PERIODS + 1)
    for part in ("opens", "closes")
]


class WeekHoursForm(WagtailAdminModelForm):
    """A form of a model with a `hours` child relation of (weekday, opens, closes)."""

    for _day in range(7):
        for _number in range(1, MAX_PERIODS + 1):
            for _part in ("opens", "closes"):
                locals()[field_name(_day, _number, _part)] = _time_field(_day, _number, _part)
    del _day, _number, _part

    copy_monday = forms.BooleanField(
        label=_("Copy Monday to Tuesday–Friday"),
        required=False,
        help_text=_(
            "When the location is saved, Tuesday to Friday get Monday's hours; "
            "what they had is replaced."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        by_day = {day: [] for day in range(7)}
        for hours in sorted(self.instance.hours.all(), key=lambda h: (h.weekday, h.opens)):
            by_day[hours.weekday].append(hours)
        most = max(len(periods) for periods in by_day.values())
        self.week_periods = min(max(SHOWN_PERIODS, most), MAX_PERIODS)
        for day, periods in by_day.items():
            for number, hours in enumerate(periods[: self.week_periods], 1):
                self.initial[field_name(day, number, "opens")] = hours.opens
                self.initial[field_name(day, number, "closes")] = hours.closes
        for name in WEEK_FIELDS:
            if name in self.fields:
                # The table's headers name day and column; a screen reader gets both at once.
                self.fields[name].widget.attrs["aria-label"] = str(self.fields[name].label)
        self.week = None

    def week_rows(self):
        """[(day name, [(opens field, closes field), …])] for the table, Monday first."""
        return [
            (
                WEEKDAYS[day],
                [
                    (self[field_name(day, n, "opens")], self[field_name(day, n, "closes")])
                    for n in range(1, self.week_periods + 1)
                ],
            )
            for day in range(7)
        ]

    def clean(self):
        cleaned = super().clean()
        week = {}
        for day in range(7):
            periods = []
            for number in range(1, self.week_periods + 1):
                opens_name = field_name(day, number, "opens")
                closes_name = field_name(day, number, "closes")
                if opens_name in self.errors or closes_name in self.errors:
                    continue
                opens, closes = cleaned.get(opens_name), cleaned.get(closes_name)
                if opens is None and closes is None:
                    continue
                if opens is None or closes is None:
                    missing = opens_name if opens is None else closes_name
                    self.add_error(
                        missing,
                        format_lazy(
                            _("{}: enter this time too, or leave both times of the period empty."),
                            self.fields[missing].label,
                        ),
                    )
                    continue
                periods.append((opens, closes))
            week[day] = sorted(periods)
            self._check_overlap(day, week[day])
        if cleaned.get("copy_monday"):
            for day in COPY_TO:
                week[day] = list(week[0])
        self.week = week
        return cleaned

    def _check_overlap(self, day, periods):
        # Periods past midnight (closing not after opening) are left alone: they
        # end on the next day, where the next day's periods are not compared.
        same_day = [(o, c) for o, c in periods if c > o]
        for (_opens, closes), (next_opens, _closes) in zip(same_day, same_day[1:], strict=False):
            if next_opens < closes:
                self.add_error(
                    field_name(day, 1, "opens"),
                    format_lazy(_("{}: the periods of this day overlap."), WEEKDAYS[day]),
                )
                return

    def save(self, commit=True):
        if self.week is not None:
            model = self.instance._meta.get_field("hours").related_model
            self.instance.hours = [
                model(weekday=day, opens=opens, closes=closes, sort_order=order)
                for order, (day, opens, closes) in enumerate(
                    (day, opens, closes)
                    for day, periods in sorted(self.week.items())
                    for opens, closes in periods
                )
            ]
        return super().save(commit=commit)


class WeekHoursPanel(Panel):
    """The week table of a WeekHoursForm, with the "copy Monday" box under it."""

    def get_form_options(self):
        return {"fields": [*WEEK_FIELDS, "copy_monday"]}

    @property
    def clean_name(self):
        return super().clean_name or "week_hours"

    class BoundPanel(Panel.BoundPanel):
        template_name = "services/admin/week_hours_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["rows"] = self.form.week_rows()
            context["periods"] = range(1, self.form.week_periods + 1)
            context["copy_monday"] = self.form["copy_monday"]
            return context
