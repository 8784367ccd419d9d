"""One PTV service (with its channels and organisation) into one HSDS service
record per language, which services.hsds_import imports as it imports our own
HSDS: the same pages, snippets, translations and checks.

The record's id is the PTV id (a GUID) in every language, so the versions of a
service are translations of one another (one translation key); its locations,
organisation and classes keep their PTV ids the same way.
"""

import html
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.conf import settings

from home.import_fields import block_id
from home.organisations.models import Organisation
from services.hsds_import import RecordError
from services.hsds_import.values import parse_uuid
from services.models.service import LANGUAGE_CHOICES, SHORT_DESCRIPTION_LENGTH

from .channels import link as link_of
from .channels import location as location_of
from .channels import online_service as online_service_of
from .channels import organisation as organisation_of
from .channels import phones as phones_of
from .texts import entries, languages, paragraphs, string, text

PTV_LANGUAGES = ["fi", "sv", "en"]
OFFERED = {code for code, _name in LANGUAGE_CHOICES}

# serviceDescriptions type → the HSDS property it becomes.
DESCRIPTIONS = {
    "Summary": "x_short_description",
    "ProcessingTime": "x_processing_time",
    "DeadLine": "x_deadlines",
    "ChargeTypeAdditionalInfo": "fees_description",
}
LENGTHS = {"x_short_description": SHORT_DESCRIPTION_LENGTH, "x_processing_time": 200}
NOT_MAPPED_DESCRIPTIONS = {"ValidityTime", "ServiceType"}
# Service fields with no counterpart here: reported when they have content.
NOT_MAPPED = [
    "keywords",
    "ontologyTerms",
    "industrialClasses",
    "areas",
    "municipalities",
    "serviceVouchers",
    "serviceProducers",
    "serviceCollections",
    "generalDescriptionId",
]
TAXONOMIES = [
    ("serviceClasses", "service-categories"),
    ("targetGroups", "target-groups"),
    ("lifeEvents", "life-events"),
]
COST = {"Chargeable": "charged", "Charged": "charged", "FreeOfCharge": "free", "Free": "free"}
# The HSDS property an import error names → the PTV field it came from.
FIELDS = {
    "id": "id",
    "name": "serviceNames",
    "x_slug": "serviceNames",
    "x_short_description": "serviceDescriptions (Summary)",
    "x_body": "serviceDescriptions (Description)",
    "eligibility_description": "requirements",
    "fees_description": "serviceDescriptions (ChargeTypeAdditionalInfo)",
    "cost_options": "serviceChargeType",
    "x_how_to_apply": "serviceDescriptions (UserInstruction)",
    "x_processing_time": "serviceDescriptions (ProcessingTime)",
    "x_deadlines": "serviceDescriptions (DeadLine)",
    "x_legal_basis": "legislation",
    "languages": "languages",
    "x_online_service": "serviceChannels (EChannel)",
    "phones": "serviceChannels (Phone)",
    "x_further_notes": "serviceChannels (WebPage, PrintableForm)",
    "organization": "organizations",
}


@dataclass
class Mapped:
    language: str
    record: dict
    fields: dict = field(default_factory=dict)  # HSDS path prefix → PTV field

    def ptv_field(self, name):
        """The PTV field behind an HSDS field an import error names."""
        known = self.fields | FIELDS
        for prefix in sorted(known, key=len, reverse=True):
            if name == prefix or name.startswith((prefix + ".", prefix + "[")):
                rest = name[len(prefix) :].lstrip(".")
                return f"{known[prefix]}: {rest}" if rest else known[prefix]
        return name


@dataclass
class Service:
    records: list = field(default_factory=list)
    notes: set = field(default_factory=set)  # (field, what was not imported)
    channel_notes: dict = field(default_factory=dict)  # channel Item → {(field, message)}
    channel_errors: dict = field(default_factory=dict)  # channel Item → RecordError


def order(codes):
    """The site's default language first: a translation is recorded against it."""
    return sorted(codes, key=lambda code: (code != settings.LANGUAGE_CODE, code))


def service_records(item, catalogue, site_languages):
    """A Service: the HSDS records of PTV service `item` in each of the site's
    languages, and what was not imported. Raises RecordError (a PTV field)."""
    data, result = item.data, Service()
    if data.get("id") in (None, ""):
        raise RecordError("id", "missing")
    parse_uuid(data["id"], "id")
    status = data.get("publishingStatus")
    if status not in (None, "Published"):
        raise RecordError("publishingStatus", f"{status!r:.30}: only published services")
    found = languages(data, "serviceNames", "Name") or languages(data, "serviceNames")
    if not found:
        raise RecordError("serviceNames", "no name in any language")
    for code in sorted(found - set(site_languages)):
        result.notes.add(("serviceNames", f"language {code!r:.12} is not one of this site's"))
    for name in NOT_MAPPED:
        if data.get(name) not in (None, [], ""):
            result.notes.add((name, "no matching field here"))
    for code in order(found & set(site_languages)):
        result.records.append(record(item, code, catalogue, result))
    return result


def record(item, language, catalogue, result):
    data, notes = item.data, result.notes
    mapped = Mapped(language, {"id": item.id, "x_locale": language})
    values = mapped.record
    values["name"] = text(data, "serviceNames", language, "Name") or text(
        data, "serviceNames", language
    )
    for n, entry in enumerate(entries(data, "serviceDescriptions")):
        kind, where = str(entry.get("type")), f"serviceDescriptions[{n}]"
        if entry.get("language") != language or not isinstance(entry.get("value"), str):
            if entry.get("language") == language and entry.get("value") is not None:
                raise RecordError(f"{where}.value", "not a string")
            continue
        value = entry["value"].strip()
        if kind in DESCRIPTIONS:
            name = DESCRIPTIONS[kind]
            limit = LENGTHS.get(name)
            if limit and len(value) > limit:
                notes.add((f"serviceDescriptions ({kind})", f"cut to {limit} characters"))
                value = value[: limit - 1].rstrip() + "…"
            values[name] = value
        elif kind == "Description":
            values["x_body"] = body(item.id, value)
        elif kind == "UserInstruction":
            values["x_how_to_apply"] = steps(value)
        elif kind in NOT_MAPPED_DESCRIPTIONS:
            notes.add((f"serviceDescriptions ({kind})", "no matching field here"))
    requirements = text(data, "requirements", language)
    if requirements:
        values["eligibility_description"] = paragraphs(requirements)
    charge = data.get("serviceChargeType")
    if str(charge) in COST:
        values["cost_options"] = [{"x_cost": COST[charge]}]
    elif charge not in (None, "Other"):
        notes.add(("serviceChargeType", f"unknown: {str(charge)[:30]!r}"))
    values["x_legal_basis"] = laws(data, language, notes)
    values["languages"] = spoken(data, notes)
    organisation(data, language, catalogue, mapped, notes)
    linked(item, language, catalogue, mapped, result)
    terms(data, language, mapped, notes)
    return mapped


def body(key, value):
    """The description as the page's body: one block whose id is the same in every
    language, so that wagtail-localize pairs its translations (as import_content)."""
    if not value:
        return []
    place = SimpleNamespace(translation_key=key)
    return [{"type": "paragraph", "value": paragraphs(value), "id": block_id(place, "body/0")}]


def steps(value):
    """PTV's user instruction (plain text) as steps: one a paragraph, its first
    sentence the step's title (a title has at most 150 characters)."""
    result = []
    for part in (p.strip() for p in value.replace("\r\n", "\n").split("\n\n")):
        if not part:
            continue
        first, _dot, rest = part.partition(". ")
        if len(part) <= 150:
            title, detail = part, ""
        elif len(first) < 150:
            title, detail = first + ".", rest
        else:
            title, detail = part[:148].rsplit(" ", 1)[0] + " …", part
        result.append({"title": title, "text": paragraphs(detail) if detail else ""})
    return result


def laws(data, language, notes):
    result = []
    for n, law in enumerate(entries(data, "legislation")):
        title = text(law, "names", language, field=f"legislation[{n}].names")
        pages = [p for p in entries(law, "webPages") if p.get("language") == language]
        if not title:
            notes.add((f"legislation[{n}]", f"no name in {language!r}; left out there"))
            continue
        url = string(pages[0], "url", f"legislation[{n}].webPages[0].url") if pages else ""
        result.append({"title": title[:255], "url": url})
    return result


def spoken(data, notes):
    codes = data.get("languages") or []
    if not isinstance(codes, list) or not all(isinstance(code, str) for code in codes):
        raise RecordError("languages", "not a list of language codes")
    for code in codes:
        if code not in OFFERED:
            notes.add(("languages", f"{code!r:.12} is not a language services here name"))
    return [{"code": code} for code in codes if code in OFFERED]


def responsible(data):
    """The PTV id and name of the organisation responsible for the service."""
    main = data.get("mainOrganization")
    if isinstance(main, dict) and isinstance(main.get("id"), str):
        return main["id"], main.get("name")
    for role in entries(data, "organizations"):
        organisation = role.get("organization") or {}
        if role.get("roleType") == "Responsible" and isinstance(organisation, dict):
            key = organisation.get("id") or role.get("organizationId")
            return (key, organisation.get("name")) if isinstance(key, str) else (None, None)
    return None, None


def known_organisation(key, language):
    """The organisation as it is here, when the files have only its id and name:
    a download of services alone must not blank what an earlier one filled in."""
    found = Organisation.objects.filter(translation_key=key, locale__language_code=language)
    found = found.first()
    if found is None:
        return None
    return {
        "id": key,
        "x_locale": language,
        "name": found.name,
        "x_kind": found.kind,
        "x_address": found.address,
        "phones": [{"number": found.phone}] if found.phone else [],
        "email": found.email,
        "website": found.website,
    }


def organisation(data, language, catalogue, mapped, notes):
    key, name = responsible(data)
    if key is None:
        return
    others = [r for r in entries(data, "organizations") if r.get("roleType") != "Responsible"]
    if others:
        notes.add(("organizations", "only the responsible organisation is imported"))
    parse_uuid(key, "organizations.organization.id")
    item = catalogue.organizations.get(key)
    if item is not None:
        org, _org_notes = organisation_of(item, language)
        mapped.fields["organization"] = f"organisation {key} ({item.file})"
    elif known := known_organisation(key, language):
        org = known
    elif isinstance(name, str) and name.strip():
        org = {"id": key, "x_locale": language, "name": name.strip(), "x_kind": "other"}
    else:
        notes.add(("organizations", f"organisation {key} is not in the files; left out"))
        return
    mapped.record["organization"] = org


def linked(item, language, catalogue, mapped, result):
    """The channels the service links to, each into its part of the record."""
    values, links = mapped.record, []
    for n, connection in enumerate(entries(item.data, "serviceChannels")):
        reference = connection.get("serviceChannel") or {}
        key = reference.get("id") if isinstance(reference, dict) else None
        channel = catalogue.channels.get(key) if isinstance(key, str) else None
        if channel is None:
            result.notes.add((f"serviceChannels[{n}]", f"channel {key} is not in the files"))
            continue
        kind = channel.data.get("serviceChannelType")
        try:
            if kind == "ServiceLocation":
                location, notes = location_of(channel, language)
                at = values.setdefault("service_at_locations", [])
                mapped.fields[f"service_at_locations[{len(at)}].location"] = channel_name(channel)
                at.append({"location": location})
            elif kind == "EChannel":
                online, notes = online_service_of(channel, language)
                if online and "x_online_service" in values:
                    notes.append(("serviceChannelType", "only the first e-service is linked"))
                elif online:
                    values["x_online_service"] = online
            elif kind == "Phone":
                numbers, notes = phones_of(channel, language)
                values.setdefault("phones", []).extend(numbers)
            elif kind in ("WebPage", "PrintableForm"):
                found, notes = link_of(channel, language)
                if found:
                    links.append(found)
            else:
                raise RecordError("serviceChannelType", f"unknown: {kind!r:.30}")
        except RecordError as error:
            result.channel_errors[channel] = error
            result.notes.add((f"serviceChannels[{n}]", f"channel {key} left out: it has errors"))
            continue
        result.channel_notes.setdefault(channel, set()).update(notes)
    if links:
        items = "".join(
            f'<li><a href="{html.escape(url)}">{html.escape(name)}</a></li>' for name, url in links
        )
        values["x_further_notes"] = f"<ul>{items}</ul>"


def channel_name(channel):
    return f"channel {channel.id} ({channel.file})"


def terms(data, language, mapped, notes):
    attributes = []
    for name, taxonomy in TAXONOMIES:
        for n, term in enumerate(entries(data, name)):
            label = text(term, "name", language, field=f"{name}[{n}].name")
            if not label:
                notes.add((f"{name}[{n}]", f"no name in {language!r}; left out there"))
                continue
            mapped.fields[f"attributes[{len(attributes)}]"] = f"{name}[{n}]"
            attributes.append(
                {
                    "taxonomy_term": {
                        "id": term.get("id"),
                        "name": label[:100],
                        "taxonomy_id": taxonomy,
                        "description": text(term, "description", language),
                    }
                }
            )
    mapped.record["attributes"] = attributes
