"""The service directory's filters as a Django form over the query string.

A filter is a slug (of a term in any language: a visitor may follow a link from
another language's page), a language code or "open now". A value that is not
known is left out and named for the visitor, so the other filters still apply;
the form does not fail as a whole."""

from dataclasses import dataclass, field

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

TERM_PARAMETERS = ["category", "target_group", "life_event", "area"]
PARAMETERS = [*TERM_PARAMETERS, "language", "open_now"]

# One whole sentence per filter: translations need the noun's gender and case.
UNKNOWN = {
    "category": _("The category “%(value)s” is not known; it was left out."),
    "target_group": _("The target group “%(value)s” is not known; it was left out."),
    "life_event": _("The life event “%(value)s” is not known; it was left out."),
    "area": _("The area “%(value)s” is not known; it was left out."),
    "language": _("The language “%(value)s” is not known; it was left out."),
    "open_now": _("“%(value)s” is not a valid value for “open now”; it was left out."),
}


class LookupField(forms.Field):
    """A value looked up among the known ones (`lookup`: value → what it means)."""

    def __init__(self, unknown, **kwargs):
        super().__init__(required=False, **kwargs)
        self.unknown = unknown
        self.lookup = {}

    def to_python(self, value):
        value = (value or "").strip()
        if not value:
            return None
        if value not in self.lookup:
            # Cut: the message repeats what the visitor sent.
            raise ValidationError(self.unknown, params={"value": value[:50]})
        return self.lookup[value]


@dataclass
class Selection:
    """The filters a visitor chose, and what could not be understood."""

    terms: dict = field(default_factory=dict)  # parameter → TermOption
    language: str | None = None
    open_now: bool = False
    ignored: list = field(default_factory=list)  # messages for the visitor

    def params(self, without=None):
        """The query parameters for these filters, less the one named `without`."""
        values = {name: term.slug for name, term in self.terms.items()}
        values["language"] = self.language
        values["open_now"] = "1" if self.open_now else None
        return {
            name: values.get(name)
            for name in PARAMETERS
            if name != without and values.get(name) is not None
        }


class DirectoryFilterForm(forms.Form):
    category = LookupField(UNKNOWN["category"])
    target_group = LookupField(UNKNOWN["target_group"])
    life_event = LookupField(UNKNOWN["life_event"])
    area = LookupField(UNKNOWN["area"])
    language = LookupField(UNKNOWN["language"])
    open_now = LookupField(UNKNOWN["open_now"])

    def __init__(self, data, *, terms, languages):
        """`terms`: {parameter: {slug: TermOption}}; `languages`: the known codes."""
        super().__init__(data)
        for parameter in TERM_PARAMETERS:
            self.fields[parameter].lookup = terms[parameter]
        self.fields["language"].lookup = {code: code for code in languages}
        self.fields["open_now"].lookup = {"1": True}

    def selection(self):
        self.is_valid()  # fields with unknown values are left out of cleaned_data
        chosen = self.cleaned_data
        return Selection(
            terms={p: chosen[p] for p in TERM_PARAMETERS if chosen.get(p) is not None},
            language=chosen.get("language"),
            open_now=bool(chosen.get("open_now")),
            ignored=[message for name in PARAMETERS for message in self.errors.get(name, [])],
        )
