"""The schema.org JSON-LD of a service page, as a crawler reads it: extracted
from the served HTML with extruct and expanded by a JSON-LD processor (pyld)."""

import datetime
import zoneinfo

import extruct
import pytest
import time_machine
from pyld import jsonld

from tests.services.factories import weekly_hours
from tests.services.test_service_page import rich_service

pytestmark = pytest.mark.django_db
S = "https://schema.org/"
# There is no network here: the processor gets the vocabulary from this loader.
# A few properties take URLs as their value, as in schema.org's own context.
SCHEMA_CONTEXT = {
    "@context": {
        "@vocab": S,
        "schema": S,
        "url": {"@id": "schema:url", "@type": "@id"},
        "serviceUrl": {"@id": "schema:serviceUrl", "@type": "@id"},
        "hasMap": {"@id": "schema:hasMap", "@type": "@id"},
    }
}
WEDNESDAY = datetime.datetime(2026, 11, 18, 10, 30, tzinfo=zoneinfo.ZoneInfo("Europe/Berlin"))


def schema_org_loader(url, options=None):
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    return {"contextUrl": None, "documentUrl": url, "document": SCHEMA_CONTEXT}


def served_jsonld(client, page):
    with time_machine.travel(WEDNESDAY, tick=False):
        response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    found = extruct.extract(html, base_url=page.full_url, syntaxes=["json-ld"], uniform=False)
    assert len(found["json-ld"]) == 1, found
    return html, found["json-ld"][0]


def expand(data):
    (expanded,) = jsonld.expand(data, {"documentLoader": schema_org_loader})
    return expanded


def values(node, name):
    """The plain values of a property of an expanded node."""
    return [item.get("@value", item.get("@id")) for item in node.get(S + name, [])]


def nodes(node, name):
    return node.get(S + name, [])


def test_a_service_page_describes_itself_as_a_government_service(client):
    page = rich_service(language="en", locations=2)
    _html, data = served_jsonld(client, page)
    service = expand(data)

    assert service["@type"] == [S + "GovernmentService"]
    assert values(service, "name") == ["Holiday care grant"]
    assert values(service, "description") == [page.summary]
    assert values(service, "url") == [page.full_url]
    assert values(service, "inLanguage") == ["en"]
    assert values(service, "category") == [page.categories.get().name]
    assert values(service, "serviceType") == [page.categories.get().name]
    (area,) = nodes(service, "areaServed")
    assert area["@type"] == [S + "AdministrativeArea"]
    assert values(area, "name") == [page.areas.get().name]
    (audience,) = nodes(service, "audience")
    assert audience["@type"] == [S + "PeopleAudience"]
    assert values(audience, "audienceType") == [page.target_groups.get().name]
    assert (values(audience, "suggestedMinAge"), values(audience, "suggestedMaxAge")) == ([6], [14])

    (provider,) = nodes(service, "provider")
    assert provider["@type"] == [S + "GovernmentOrganization"]
    assert values(provider, "name") == ["Youth Welfare Office Lindenau"]
    (offer,) = nodes(service, "offers")
    assert values(offer, "description") == ["You pay 5 euros a day yourself."]
    assert values(service, "termsOfService") == ["https://law.example.invalid/"]


def test_channels_online_phone_email_and_places_with_opening_hours(client):
    page = rich_service(language="en", locations=2)
    _html, data = served_jsonld(client, page)
    channels = nodes(expand(data), "availableChannel")
    assert all(channel["@type"] == [S + "ServiceChannel"] for channel in channels)
    online, phone, email, *places = channels
    assert values(online, "serviceUrl") == ["https://portal.example.invalid/holiday-care"]
    assert values(online, "availableLanguage") == ["de", "en", "uk", "sgn"]
    (contact,) = nodes(phone, "servicePhone")
    assert contact["@type"] == [S + "ContactPoint"]
    assert values(contact, "telephone") == ["+49 (0)1234 44-10"]
    assert values(contact, "description") == ["Mon–Fri 8–12"]
    assert values(email, "serviceUrl") == ["mailto:holiday-care@example.invalid"]

    assert len(places) == 2
    (place,) = nodes(places[0], "serviceLocation")
    assert place["@type"] == [S + "CivicStructure"]
    assert values(place, "name") == ["Town Hall Office 00"]
    (address,) = nodes(place, "address")
    assert address["@type"] == [S + "PostalAddress"]
    assert values(address, "streetAddress") == ["Rathausgasse 1"]
    assert values(address, "postalCode") == ["12345"]
    assert values(address, "addressCountry") == ["DE"]
    (geo,) = nodes(place, "geo")
    assert (values(geo, "latitude"), values(geo, "longitude")) == ([50.1234], [10.5])
    assert [values(f, "name") for f in nodes(place, "amenityFeature")] == [
        ["Step-free access"],
        ["Induction loop"],
    ]

    specs = [
        {
            key.removeprefix(S): value[0].get("@value")
            for key, value in spec.items()
            if key != "@type"
        }
        for spec in nodes(place, "openingHoursSpecification")
    ]
    monday = {"dayOfWeek": S + "Monday", "opens": "08:00", "closes": "16:00"}
    assert monday in specs
    assert len([spec for spec in specs if "dayOfWeek" in spec]) == 5
    assert {
        "name": "Public holiday",
        "validFrom": "2026-12-25",
        "validThrough": "2026-12-25",
        "opens": "00:00",
        "closes": "00:00",
    } in specs
    assert {
        "name": "Closed",
        "validFrom": "2026-12-28",
        "validThrough": "2026-12-31",
        "opens": "00:00",
        "closes": "00:00",
    } in specs


def test_what_editors_type_cannot_break_out_of_the_script_element(client):
    title = "Fees & </script><script>alert('x')</script> <!-- test"
    page = rich_service(language="en", title=title, summary="<b>bold</b> & more")
    html, data = served_jsonld(client, page)
    script = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in script and ">" not in script and "&" not in script
    assert "<script>alert" not in html
    # The processor still reads the text exactly as typed.
    service = expand(data)
    assert values(service, "name") == [title]
    assert values(service, "description") == ["<b>bold</b> & more"]


def test_a_free_service_without_places_or_provider_still_expands(client):
    page = rich_service(
        language="de",
        locations=0,
        cost="free",
        cost_description="",
        organisation=None,
        online_service_url="",
        phones=0,
        email="",
        legal_basis=[],
        minimum_age=None,
        maximum_age=None,
    )
    page.target_groups.set([])
    page.save_revision().publish()
    _html, data = served_jsonld(client, page)
    service = expand(data)
    assert values(service, "inLanguage") == ["de"]
    (offer,) = nodes(service, "offers")
    assert values(offer, "price") == [0]
    for absent in ("availableChannel", "provider", "audience", "termsOfService"):
        assert absent not in data, absent


def test_round_the_clock_hours_are_not_mistaken_for_closed(client):
    page = rich_service(language="en", locations=1)
    location = page.locations.get()
    location.hours.all().delete()
    weekly_hours(location, days=[6], opens="00:00", closes="00:00")
    weekly_hours(location, days=[5], opens="22:00", closes="02:00")
    _html, data = served_jsonld(client, page)
    (_online, _phone, _email, channel) = nodes(expand(data), "availableChannel")
    (place,) = nodes(channel, "serviceLocation")
    regular = [
        (values(spec, "dayOfWeek"), values(spec, "opens"), values(spec, "closes"))
        for spec in nodes(place, "openingHoursSpecification")
        if S + "dayOfWeek" in spec
    ]
    assert regular == [
        ([S + "Saturday"], ["22:00"], ["02:00"]),
        ([S + "Sunday"], ["00:00"], ["23:59"]),
    ]
