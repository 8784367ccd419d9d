"""Wagtail API v2 fields for a service's structured relations (ServicePage.api_fields).

Terms, locations and the organisation appear in the page's language where
they are translated, like on the page itself; `id` is the translation key,
the same in every language and in the HSDS API."""

from rest_framework import serializers

from home.organisations.models import Organisation

from .locations import ACCESSIBILITY_FEATURES


class PageRelationField(serializers.Field):
    """A read-only field computed from the whole page (it needs the page's language)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        objects = self.objects(page)
        data = [self.represent(obj) for obj in objects.localized(page.locale.language_code)]
        if self.many_valued:
            return data
        return data[0] if data else None

    many_valued = True

    def objects(self, page):
        return getattr(page, self.field_name).all()


class TermsField(PageRelationField):
    def represent(self, term):
        data = {
            "id": str(term.translation_key),
            "name": term.name,
            "slug": term.slug,
            "locale": term.locale.language_code,
        }
        if hasattr(term, "parent_id"):
            data["parent_id"] = str(term.parent.translation_key) if term.parent_id else None
        if hasattr(term, "kind"):
            data |= {"kind": term.kind, "code": term.code}
        return data


class LocationsField(PageRelationField):
    def represent(self, location):
        return {
            "id": str(location.translation_key),
            "name": location.name,
            "street_address": location.street_address,
            "postal_code": location.postal_code,
            "locality": location.locality,
            "country": location.country,
            "latitude": float(location.latitude) if location.latitude is not None else None,
            "longitude": float(location.longitude) if location.longitude is not None else None,
            "phone": location.phone,
            "email": location.email,
            **{name: getattr(location, name) for name in ACCESSIBILITY_FEATURES},
            "accessibility_notes": location.accessibility_notes,
            "transport": location.transport,
            "hours": [
                {"weekday": h.weekday, "opens": h.opens.isoformat(), "closes": h.closes.isoformat()}
                for h in location.hours.all()
            ],
            "exceptions": [
                {
                    "start_date": e.start_date.isoformat(),
                    "end_date": e.end_date.isoformat() if e.end_date else None,
                    "kind": e.kind,
                    "opens": e.opens.isoformat() if e.opens else None,
                    "closes": e.closes.isoformat() if e.closes else None,
                }
                for e in location.exceptions.all()
            ],
        }


class OrganisationField(PageRelationField):
    many_valued = False

    def objects(self, page):
        return Organisation.objects.filter(pk=page.organisation_id)

    def represent(self, organisation):
        return {
            "id": str(organisation.translation_key),
            "name": organisation.name,
            "kind": organisation.kind,
            "address": organisation.address,
            "phone": organisation.phone,
            "email": organisation.email,
            "website": organisation.website,
        }
