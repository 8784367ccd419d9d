"""The location form: coordinates as editors have them at hand, and the
regular opening hours as a week (services/week_hours.py).

A German, Danish or Finnish editor types 51,123 (decimal comma); Django's
number box read that as 51123 and refused it. Coordinates never have thousands
separators, so a comma here is always the decimal separator. An extra box
takes coordinates pasted from OpenStreetMap ("51.12345, 10.45678" or the map's
address), so no map has to be embedded in the admin.
"""

import re
from decimal import Decimal, InvalidOperation
from urllib.parse import parse_qs, urlsplit

from django import forms
from django.utils.translation import gettext_lazy as _

from services.week_hours import WeekHoursForm

NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")


class CoordinateField(forms.DecimalField):
    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(",", ".")
        return super().to_python(value)


def parse_coordinates(text):
    """(latitude, longitude) as Decimals from pasted text or an OpenStreetMap address."""
    text = text.strip()
    if "://" in text or text.startswith("www."):
        parts = urlsplit(text if "://" in text else f"https://{text}")
        query = parse_qs(parts.query)
        if "mlat" in query and "mlon" in query:
            text = f"{query['mlat'][0]} {query['mlon'][0]}"
        elif "map=" in parts.fragment:
            # #map=17/51.12345/10.45678: zoom, latitude, longitude
            text = " ".join(parts.fragment.split("map=", 1)[1].split("/")[1:3])
    numbers = NUMBER.findall(text)
    if len(numbers) != 2:
        raise forms.ValidationError(
            _("Paste two numbers, latitude then longitude, e.g. 51.12345, 10.45678."),
            code="invalid",
        )
    try:
        return tuple(Decimal(number.replace(",", ".")) for number in numbers)
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        raise forms.ValidationError(_("These are not coordinates."), code="invalid") from None


class LocationForm(WeekHoursForm):
    pasted_coordinates = forms.CharField(
        label=_("Paste coordinates"),
        required=False,
        help_text=_(
            "From OpenStreetMap: right-click the place, choose “Show address” and copy the "
            "two numbers, or paste the map's address. Fills latitude and longitude."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("latitude", "longitude"):
            if name in self.fields:
                old = self.fields[name]
                field = CoordinateField(
                    label=old.label,
                    required=old.required,
                    max_digits=old.max_digits,
                    decimal_places=old.decimal_places,
                    validators=old.validators,
                    help_text=old.help_text,
                    widget=forms.TextInput(attrs={"inputmode": "decimal"}),
                )
                self.fields[name] = field

    def clean(self):
        cleaned = super().clean()
        pasted = cleaned.get("pasted_coordinates")
        if pasted:
            try:
                latitude, longitude = parse_coordinates(pasted)
            except forms.ValidationError as error:
                self.add_error("pasted_coordinates", error)
                return cleaned
            if not -90 <= latitude <= 90 or not -180 <= longitude <= 180:
                self.add_error(
                    "pasted_coordinates",
                    _("Latitude lies between -90 and 90, longitude between -180 and 180."),
                )
                return cleaned
            cleaned["latitude"] = latitude.quantize(Decimal("0.000001"))
            cleaned["longitude"] = longitude.quantize(Decimal("0.000001"))
            self.errors.pop("latitude", None)
            self.errors.pop("longitude", None)
        return cleaned
