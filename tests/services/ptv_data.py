"""A small PTV Open API v11 catalogue, written for these tests from PTV's published
API description (the shapes of V11VmOpenApiService, V11VmOpenApiServiceLocationChannel,
V11VmOpenApiServiceHour, V10VmOpenApiOrganization …): one municipality, three
services, two service locations with opening hours, an e-service, a phone line,
a web page and a printable form, in Finnish, Swedish and English."""

import copy
import json

ORGANISATION = "6a1b0c7e-3f0a-4c52-9d7e-0b8f3a2d1c01"
SERVICES = [
    "0f6f3f0e-7a1d-4b8e-9c2a-5d4e3b2a1f01",
    "0f6f3f0e-7a1d-4b8e-9c2a-5d4e3b2a1f02",
    "0f6f3f0e-7a1d-4b8e-9c2a-5d4e3b2a1f03",
]
TOWN_HALL = "9b2c1d0e-1111-4a2b-8c3d-4e5f6a7b8c01"
LIBRARY = "9b2c1d0e-1111-4a2b-8c3d-4e5f6a7b8c02"
E_SERVICE = "9b2c1d0e-1111-4a2b-8c3d-4e5f6a7b8c03"
PHONE = "9b2c1d0e-1111-4a2b-8c3d-4e5f6a7b8c04"
WEB_PAGE = "9b2c1d0e-1111-4a2b-8c3d-4e5f6a7b8c05"
FORM = "9b2c1d0e-1111-4a2b-8c3d-4e5f6a7b8c06"
CLASS_EDUCATION = "5c4b3a29-2222-4d3c-9b8a-7f6e5d4c3b01"
CLASS_BUILDING = "5c4b3a29-2222-4d3c-9b8a-7f6e5d4c3b02"


def texts(kind=None, **values):
    """A PTV localised list: {"language", "value"} (and "type")."""
    return [
        {"language": code, "value": value} | ({"type": kind} if kind else {})
        for code, value in values.items()
    ]


def organisation():
    return {
        "id": ORGANISATION,
        "organizationType": "Municipality",
        "businessCode": "0000000-0",
        "organizationNames": texts(
            "Name", fi="Koivulan kaupunki", sv="Björkby stad", en="City of Koivula"
        ),
        "emails": [{"value": "kirjaamo@koivula.example", "language": "fi"}],
        "phoneNumbers": [{"prefixNumber": "+358", "number": "401234567", "language": "fi"}],
        "webPages": [
            {"url": "https://www.koivula.example/", "value": "Koivula", "language": "fi"},
            {"url": "https://www.koivula.example/en/", "value": "Koivula", "language": "en"},
        ],
        "addresses": [
            {
                "type": "Visiting",
                "subType": "Street",
                "country": "FI",
                "streetAddress": {
                    "street": texts(
                        fi="Raatihuoneentori", sv="Rådhustorget", en="Raatihuoneentori"
                    ),
                    "streetNumber": "1",
                    "postalCode": "99990",
                    "postOffice": texts(fi="KOIVULA", sv="BJÖRKBY", en="KOIVULA"),
                },
            }
        ],
        "publishingStatus": "Published",
    }


def weekdays(first, last, opens, closes):
    return {"dayFrom": first, "dayTo": last, "from": opens, "to": closes}


def location(key, names, street, number, hours, latitude=None, longitude=None):
    address = {
        "street": texts(fi=street, sv=street, en=street),
        "streetNumber": number,
        "postalCode": "99990",
        "postOffice": texts(fi="KOIVULA", sv="BJÖRKBY", en="KOIVULA"),
    }
    if latitude:
        address |= {"latitude": latitude, "longitude": longitude}
    return {
        "id": key,
        "serviceChannelType": "ServiceLocation",
        "organizationId": ORGANISATION,
        "serviceChannelNames": texts("Name", **names),
        "addresses": [
            {"type": "Location", "subType": "Street", "country": "FI", "streetAddress": address}
        ],
        "phoneNumbers": [
            {"type": "Phone", "prefixNumber": "+358", "number": "40555000", "language": "fi"}
        ],
        "serviceHours": hours,
        "languages": ["fi", "sv", "en"],
        "publishingStatus": "Published",
    }


def channels():
    town_hall_hours = [
        {
            "serviceHourType": "DaysOfTheWeek",
            "validForNow": True,
            "openingHour": [weekdays("Monday", "Friday", "08:00", "16:00")],
        },
        {
            "serviceHourType": "Exceptional",
            "validFrom": "2030-12-24T00:00:00",
            "validTo": "2030-12-26T00:00:00",
            "isClosed": True,
        },
    ]
    library_hours = [
        {
            "serviceHourType": "DaysOfTheWeek",
            "validForNow": True,
            "openingHour": [
                {"dayFrom": "Monday", "from": "12:00", "to": "20:00"},
                weekdays("Tuesday", "Friday", "09:00", "15:00"),
            ],
        },
        {
            "serviceHourType": "Exceptional",
            "validFrom": "2030-12-31T00:00:00",
            "isClosed": False,
            "openingHour": [{"from": "10:00", "to": "12:00"}],
        },
    ]
    return [
        location(
            TOWN_HALL,
            {"fi": "Kaupungintalo", "sv": "Stadshuset", "en": "Town hall"},
            "Raatihuoneentori",
            "1",
            town_hall_hours,
            latitude="6822000.000",
            longitude="327000.000",
        ),
        location(
            LIBRARY,
            {"fi": "Pääkirjasto", "sv": "Huvudbiblioteket", "en": "Main library"},
            "Kirjastokatu",
            "5",
            library_hours,
        ),
        {
            "id": E_SERVICE,
            "serviceChannelType": "EChannel",
            "serviceChannelNames": texts(
                "Name", fi="Hae varhaiskasvatukseen verkossa", en="Apply online"
            ),
            "webPages": [
                {"url": "https://asiointi.koivula.example/vaka", "language": "fi"},
                {"url": "https://asiointi.koivula.example/vaka?lang=en", "language": "en"},
            ],
        },
        {
            "id": PHONE,
            "serviceChannelType": "Phone",
            "serviceHours": [
                {
                    "serviceHourType": "DaysOfTheWeek",
                    "validForNow": True,
                    "openingHour": [weekdays("Monday", "Thursday", "09:00", "12:00")],
                }
            ],
            "serviceChannelNames": texts(
                "Name", fi="Varhaiskasvatuksen neuvonta", en="Early education advice"
            ),
            "phoneNumbers": [
                {"type": "Phone", "prefixNumber": "+358", "number": "401110000", "language": "fi"},
                {"type": "Phone", "prefixNumber": "+358", "number": "401110000", "language": "en"},
            ],
        },
        {
            "id": WEB_PAGE,
            "serviceChannelType": "WebPage",
            "serviceChannelNames": texts(
                "Name", fi="Kirjaston verkkosivut", en="The library's website"
            ),
            "webPages": [
                {"url": "https://kirjasto.koivula.example/", "language": "fi"},
                {"url": "https://kirjasto.koivula.example/en", "language": "en"},
            ],
        },
        {
            "id": FORM,
            "serviceChannelType": "PrintableForm",
            "serviceChannelNames": texts(
                "Name", fi="Rakennuslupahakemus", en="Building permit application"
            ),
            "channelUrls": texts(
                fi="https://www.koivula.example/lomakkeet/rakennuslupa.pdf",
                en="https://www.koivula.example/forms/building-permit.pdf",
            ),
        },
    ]


def connection(key):
    return {"serviceChannel": {"id": key, "name": ""}}


def service(key, names, summaries, descriptions, links, service_class):
    return {
        "id": key,
        "type": "Service",
        "serviceChargeType": "FreeOfCharge",
        "serviceNames": texts("Name", **names),
        "serviceDescriptions": texts("Summary", **summaries) + texts("Description", **descriptions),
        "languages": ["fi", "sv", "en"],
        "serviceClasses": [service_class],
        "organizations": [
            {"roleType": "Responsible", "organization": {"id": ORGANISATION, "name": "Koivula"}}
        ],
        "mainOrganization": {"id": ORGANISATION, "name": "Koivulan kaupunki"},
        "serviceChannels": [connection(link) for link in links],
        "publishingStatus": "Published",
    }


def service_class(key, fi, en):
    return {"id": key, "code": "P1", "name": texts(fi=fi, sv=fi, en=en)}


def services():
    education = service_class(CLASS_EDUCATION, "Varhaiskasvatus", "Early childhood education")
    building = service_class(CLASS_BUILDING, "Rakentaminen", "Building")
    first = service(
        SERVICES[0],
        {"fi": "Varhaiskasvatus", "sv": "Småbarnspedagogik", "en": "Early childhood education"},
        {
            "fi": "Päivähoitoa alle kouluikäisille.",
            "sv": "Dagvård för barn.",
            "en": "Day care for children under school age.",
        },
        {
            "fi": "Haku on auki koko vuoden.\n\nPaikka järjestyy neljässä kuukaudessa.",
            "sv": "Ansökan är öppen hela året.",
            "en": "You can apply all year.\n\nA place is found within four months.",
        },
        [TOWN_HALL, LIBRARY, E_SERVICE, PHONE],
        education,
    )
    first["serviceDescriptions"] += texts(
        "UserInstruction",
        fi="Täytä hakemus verkossa. Saat päätöksen postitse.",
        en="Fill in the application online. The decision comes by post.",
    )
    first["serviceChargeType"] = "Chargeable"
    first["serviceDescriptions"] += texts(
        "ChargeTypeAdditionalInfo", fi="Maksu riippuu tuloista.", en="The fee depends on income."
    )
    first["legislation"] = [
        {
            "names": texts(fi="Varhaiskasvatuslaki", en="Early Childhood Education Act"),
            "webPages": [
                {"url": "https://www.finlex.fi/fi/laki/ajantasa/2018/20180540", "language": "fi"}
            ],
        }
    ]
    second = service(
        SERVICES[1],
        {"fi": "Kirjastokortti", "sv": "Bibliotekskort", "en": "Library card"},
        {
            "fi": "Lainaa kirjoja kirjastokortilla.",
            "sv": "Låna böcker.",
            "en": "Borrow books with a library card.",
        },
        {
            "fi": "Kortin saa kirjastosta.",
            "sv": "Kortet får du på biblioteket.",
            "en": "Get the card at the library.",
        },
        [LIBRARY, WEB_PAGE],
        education,
    )
    second["keywords"] = texts(fi="kirjat", en="books")
    third = service(
        SERVICES[2],
        {"fi": "Rakennuslupa", "sv": "Bygglov", "en": "Building permit"},
        {"fi": "Lupa rakentamiseen.", "sv": "Tillstånd att bygga.", "en": "A permit to build."},
        {
            "fi": "Hae lupaa ennen rakentamista.",
            "sv": "Ansök innan du bygger.",
            "en": "Apply before you build.",
        },
        [TOWN_HALL, FORM],
        building,
    )
    return [first, second, third]


def catalogue():
    """{file name: document}: a page of each list endpoint and one organisation."""
    return {
        "services.json": {"pageNumber": 1, "pageCount": 1, "itemList": services()},
        "channels.json": {"pageNumber": 1, "pageCount": 1, "itemList": channels()},
        "organization.json": organisation(),
    }


def write(folder, documents=None):
    folder.mkdir(parents=True, exist_ok=True)
    for name, document in (documents or catalogue()).items():
        (folder / name).write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return folder


def changed(documents, name, index, change):
    """A copy of `documents` where item `index` of file `name` went through `change`."""
    documents = copy.deepcopy(documents)
    change(documents[name]["itemList"][index])
    return documents
