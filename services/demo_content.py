# ruff: noqa: E501 -- prose in four languages: wrapping it would only make it harder to edit.
"""Demo service directory of the fictional Landkreis Lindenau, in our own words.

Snippets first (`load_snippets`): service categories (a two-level tree), target
groups, life events, service areas (six municipalities, two regions),
organisations and shared service locations with opening hours, each in every
language with one translation key per object. Then the pages (`PAGES`): the
directory and the services, in German, a dozen of them also in Danish, Finnish
and English. A page refers to the snippets of its own language (the German ones
where a language lacks one), through callables the loader evaluates per locale.

Opening-hours exceptions (Christmas, New Year, a closure) are dated relative to
the year the demo is loaded, so a fresh demo always shows upcoming holidays.
"""

import datetime

from django.conf import settings
from django.utils.text import slugify

LANGUAGES = ("de", "da", "fi", "en")
DOMAIN = "landkreis-lindenau.example"
PORTAL = f"https://service.{DOMAIN}"
VERIFIED_ON = datetime.date(2026, 9, 15)


def _tk(key):
    # Imported late: the command module imports the demo modules.
    from home.keys import translation_key

    return translation_key(key)


_TRANSLITERATION = {
    "de": str.maketrans(
        {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    ),
    "da": str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}),
}


def term_slug(name, language):
    return slugify(name.translate(_TRANSLITERATION.get(language, {})))


# --- Taxonomies: key -> names in (de, da, fi, en) -----------------------------------------

# Top-level categories have no parent; subcategories name theirs. Parents come first.
CATEGORIES = {
    "family": (
        None,
        (
            "Kinder, Jugend und Familie",
            "Børn, unge og familie",
            "Lapset, nuoret ja perheet",
            "Children, young people and families",
        ),
    ),
    "daycare": ("family", ("Kindertagesbetreuung", "Dagtilbud", "Varhaiskasvatus", "Day care")),
    "family-support": (
        "family",
        (
            "Erziehung und Familienberatung",
            "Familierådgivning",
            "Kasvatus- ja perheneuvonta",
            "Parenting and family advice",
        ),
    ),
    "youth": (
        "family",
        ("Jugend und Freizeit", "Unge og fritid", "Nuoret ja vapaa-aika", "Youth and leisure"),
    ),
    "education": (
        None,
        ("Bildung und Schule", "Uddannelse og skole", "Koulutus ja koulu", "Education and school"),
    ),
    "school": (
        "education",
        (
            "Schule und Schulweg",
            "Skole og skolevej",
            "Koulu ja koulumatkat",
            "School and school transport",
        ),
    ),
    "adult-education": (
        "education",
        ("Weiterbildung", "Voksenuddannelse", "Aikuiskoulutus", "Adult education"),
    ),
    "health": (None, ("Gesundheit", "Sundhed", "Terveys", "Health")),
    "public-health": (
        "health",
        (
            "Gesundheitsschutz und Impfen",
            "Sundhedsbeskyttelse og vaccination",
            "Terveydensuojelu ja rokotukset",
            "Health protection and vaccination",
        ),
    ),
    "mental-health": (
        "health",
        ("Seelische Gesundheit", "Mental sundhed", "Mielenterveys", "Mental health"),
    ),
    "care": (
        None,
        ("Pflege und Alter", "Pleje og ældre", "Hoiva ja ikääntyminen", "Care and older age"),
    ),
    "care-advice": ("care", ("Pflegeberatung", "Plejerådgivning", "Hoivaneuvonta", "Care advice")),
    "home-care": ("care", ("Pflege zu Hause", "Pleje i hjemmet", "Kotihoito", "Care at home")),
    "residential-care": ("care", ("Pflegeheime", "Plejehjem", "Hoivakodit", "Care homes")),
    "social": (
        None,
        (
            "Soziales und Integration",
            "Sociale forhold og integration",
            "Sosiaaliasiat ja kotoutuminen",
            "Social support and integration",
        ),
    ),
    "benefits": (
        "social",
        ("Finanzielle Hilfen", "Økonomisk hjælp", "Taloudellinen tuki", "Financial support"),
    ),
    "counselling": (
        "social",
        (
            "Beratung in Notlagen",
            "Rådgivning i svære situationer",
            "Neuvonta vaikeissa tilanteissa",
            "Advice in difficult situations",
        ),
    ),
    "integration": (
        "social",
        (
            "Integration und Migration",
            "Integration og migration",
            "Kotoutuminen ja maahanmuutto",
            "Integration and migration",
        ),
    ),
    "digital": (
        None,
        ("Digitale Verwaltung", "Digital forvaltning", "Digitaalinen asiointi", "Digital services"),
    ),
    "online-services": (
        "digital",
        ("Online-Dienste", "Onlineservice", "Verkkopalvelut", "Online services"),
    ),
    "digital-help": (
        "digital",
        (
            "Hilfe bei digitalen Anträgen",
            "Hjælp til digitale ansøgninger",
            "Apua digitaaliseen asiointiin",
            "Help with online applications",
        ),
    ),
    "environment": (
        None,
        (
            "Verkehr, Umwelt und Bauen",
            "Trafik, miljø og byggeri",
            "Liikenne, ympäristö ja rakentaminen",
            "Transport, environment and building",
        ),
    ),
    "vehicles": (
        "environment",
        (
            "Fahrzeuge und Führerschein",
            "Køretøjer og kørekort",
            "Ajoneuvot ja ajokortti",
            "Vehicles and driving",
        ),
    ),
    "waste": ("environment", ("Abfall", "Affald", "Jätehuolto", "Waste")),
    "building": ("environment", ("Bauen", "Byggeri", "Rakentaminen", "Building")),
}

TARGET_GROUPS = {
    "families": (
        "Familien mit Kindern",
        "Familier med børn",
        "Lapsiperheet",
        "Families with children",
    ),
    "young-people": (
        "Kinder und Jugendliche",
        "Børn og unge",
        "Lapset ja nuoret",
        "Children and young people",
    ),
    "parents-to-be": (
        "Werdende Eltern",
        "Kommende forældre",
        "Odottavat vanhemmat",
        "Parents-to-be",
    ),
    "older-people": ("Ältere Menschen", "Ældre", "Ikääntyneet", "Older people"),
    "carers": ("Pflegende Angehörige", "Pårørende", "Omaishoitajat", "Family carers"),
    "disabled-people": (
        "Menschen mit Behinderung",
        "Mennesker med handicap",
        "Vammaiset henkilöt",
        "Disabled people",
    ),
    "low-income": (
        "Menschen mit geringem Einkommen",
        "Borgere med lav indkomst",
        "Pienituloiset",
        "People on a low income",
    ),
    "migrants": (
        "Zugewanderte",
        "Tilflyttere fra udlandet",
        "Maahanmuuttajat",
        "People new to Germany",
    ),
    "residents": (
        "Alle Einwohnerinnen und Einwohner",
        "Alle borgere",
        "Kaikki asukkaat",
        "All residents",
    ),
    "builders": (
        "Bauherren und Eigentümer",
        "Bygherrer og ejere",
        "Rakentajat ja omistajat",
        "Builders and owners",
    ),
}

LIFE_EVENTS = {
    "baby": ("Ein Kind kommt", "Et barn på vej", "Lapsen syntymä", "Having a baby"),
    "starting-school": ("Schulbeginn", "Skolestart", "Koulun aloitus", "Starting school"),
    "moving": (
        "Umzug in den Landkreis",
        "Flytning til amtet",
        "Muutto piirikuntaan",
        "Moving to the county",
    ),
    "needing-care": ("Pflegebedürftig werden", "Behov for pleje", "Hoivan tarve", "Needing care"),
    "money-worries": ("Geldsorgen", "Pengebekymringer", "Rahahuolet", "Money worries"),
    "arriving": ("Neu in Deutschland", "Ny i Tyskland", "Uutena Saksassa", "New to Germany"),
    "car": ("Ein Fahrzeug kaufen", "Køb af bil", "Ajoneuvon hankinta", "Buying a vehicle"),
    "building-home": (
        "Bauen und Umbauen",
        "Byggeri og ombygning",
        "Rakentaminen ja remontointi",
        "Building or converting a home",
    ),
    "growing-older": ("Älter werden", "At blive ældre", "Ikääntyminen", "Growing older"),
}

# Municipalities with their (fictional) official key, then the two regions.
MUNICIPALITIES = {
    "lindenau": ("Lindenau", "12 3 45 001"),
    "birkenfeld": ("Birkenfeld", "12 3 45 002"),
    "hainbach": ("Hainbach", "12 3 45 003"),
    "oberau": ("Oberau", "12 3 45 004"),
    "wiesental": ("Wiesental", "12 3 45 005"),
    "steinbrueck": ("Steinbrück", "12 3 45 006"),
}
REGIONS = {
    "north": (
        "Nordkreis",
        "Den nordlige del af amtet",
        "Piirikunnan pohjoisosa",
        "North of the county",
    ),
    "south": (
        "Südkreis",
        "Den sydlige del af amtet",
        "Piirikunnan eteläosa",
        "South of the county",
    ),
}

# Organisations responsible for services (home.MemberOrganisation); the care
# providers of the care network come from home/demo_content.py ("member-…").
ORGANISATIONS = {
    "county-office": {
        "name": "Landratsamt Lindenau",
        "kind": "public_authority",
        "address": (
            "Marktplatz 1\n12345 Lindenau",
            "Marktplatz 1\nDE-12345 Lindenau, Tyskland",
            "Marktplatz 1\nDE-12345 Lindenau, Saksa",
            "Marktplatz 1\n12345 Lindenau, Germany",
        ),
        "phone": "+49 1234 5678-0",
        "email": f"info@{DOMAIN}",
        "website": f"https://www.{DOMAIN}/",
    },
    "youth-office": {
        "name": "Kreisjugendamt Lindenau",
        "kind": "public_authority",
        "address": (
            "Schulstraße 5\n12345 Lindenau",
            "Schulstraße 5\nDE-12345 Lindenau, Tyskland",
            "Schulstraße 5\nDE-12345 Lindenau, Saksa",
            "Schulstraße 5\n12345 Lindenau, Germany",
        ),
        "phone": "+49 1234 5678-400",
        "email": f"jugendamt@{DOMAIN}",
        "website": f"https://www.{DOMAIN}/jugendamt/",
    },
    "health-office": {
        "name": "Gesundheitsamt Lindenau",
        "kind": "public_authority",
        "address": (
            "Bahnhofstraße 22\n12345 Lindenau",
            "Bahnhofstraße 22\nDE-12345 Lindenau, Tyskland",
            "Bahnhofstraße 22\nDE-12345 Lindenau, Saksa",
            "Bahnhofstraße 22\n12345 Lindenau, Germany",
        ),
        "phone": "+49 1234 5678-500",
        "email": f"gesundheitsamt@{DOMAIN}",
        "website": f"https://www.{DOMAIN}/gesundheit/",
    },
    "waste-authority": {
        "name": "Abfallwirtschaftsbetrieb Lindenau",
        "kind": "public_authority",
        "address": (
            "Am Kieswerk 1\n12370 Wiesental",
            "Am Kieswerk 1\nDE-12370 Wiesental, Tyskland",
            "Am Kieswerk 1\nDE-12370 Wiesental, Saksa",
            "Am Kieswerk 1\n12370 Wiesental, Germany",
        ),
        "phone": "+49 1234 5678-700",
        "email": f"abfall@{DOMAIN}",
        "website": f"https://abfall.{DOMAIN}/",
    },
    "debt-advice": {
        "name": "Schuldner- und Insolvenzberatung Lindenau e. V.",
        "kind": "counselling",
        "address": (
            "Lindenstraße 9\n12345 Lindenau",
            "Lindenstraße 9\nDE-12345 Lindenau, Tyskland",
            "Lindenstraße 9\nDE-12345 Lindenau, Saksa",
            "Lindenstraße 9\n12345 Lindenau, Germany",
        ),
        "phone": "+49 1234 6610",
        "email": "kontakt@schuldnerberatung-lindenau.example",
        "website": "https://schuldnerberatung-lindenau.example/",
    },
    "adult-education-centre": {
        "name": "Kreisvolkshochschule Lindenau",
        "kind": "other",
        "address": (
            "Schulstraße 12\n12345 Lindenau",
            "Schulstraße 12\nDE-12345 Lindenau, Tyskland",
            "Schulstraße 12\nDE-12345 Lindenau, Saksa",
            "Schulstraße 12\n12345 Lindenau, Germany",
        ),
        "phone": "+49 1234 5678-800",
        "email": f"vhs@{DOMAIN}",
        "website": f"https://vhs.{DOMAIN}/",
    },
}


# --- Locations ------------------------------------------------------------------------------

MON, TUE, WED, THU, FRI, SAT = range(6)


def _weekdays(days, opens, closes):
    return [(day, opens, closes) for day in days]


def holidays(year):
    """Christmas and New Year as every office of the county keeps them."""
    return [
        (datetime.date(year, 12, 24), None, "closure", None, None),
        (datetime.date(year, 12, 25), datetime.date(year, 12, 26), "public_holiday", None, None),
        (datetime.date(year, 12, 31), None, "special_hours", "08:00", "11:00"),
        (datetime.date(year + 1, 1, 1), None, "public_holiday", None, None),
    ]


# name, accessibility notes and transport hints in (de, da, fi, en); hours as
# (weekday, opens, closes); exceptions as (from, until, kind, opens, closes) per year.
LOCATIONS = {
    "county-office": {
        "name": (
            "Landratsamt Lindenau, Bürgerbüro",
            "Amtshuset Lindenau, borgerservice",
            "Lindenaun piirikunnanvirasto, asiakaspalvelu",
            "Lindenau County Office, citizens' desk",
        ),
        "street_address": "Marktplatz 1",
        "postal_code": "12345",
        "locality": "Lindenau",
        "latitude": "50.812340",
        "longitude": "10.512870",
        "phone": "+49 1234 5678-0",
        "email": f"buergerbuero@{DOMAIN}",
        "step_free_access": True,
        "accessible_toilet": True,
        "accessible_parking": True,
        "induction_loop": True,
        "accessibility_notes": (
            "Eingang mit automatischer Tür am Marktplatz; Aufzug zu allen Etagen. Die Hörschleife gibt es am Schalter 1.",
            "Indgang med automatisk dør fra Marktplatz; elevator til alle etager. Teleslynge ved skranke 1.",
            "Sisäänkäynti automaattiovesta Marktplatzin puolelta; hissi kaikkiin kerroksiin. Induktiosilmukka palvelupisteessä 1.",
            "Entrance with an automatic door on the market square; lift to every floor. The hearing loop is at desk 1.",
        ),
        "transport": (
            "Bus 12 und 40 bis Marktplatz, 1 Minute zu Fuß. Zwei Behindertenparkplätze im Hof, Zufahrt über die Kirchgasse.",
            "Bus 12 og 40 til Marktplatz, 1 minuts gang. To handicapparkeringspladser i gården, indkørsel fra Kirchgasse.",
            "Bussit 12 ja 40 pysäkille Marktplatz, minuutin kävely. Pihalla kaksi invapaikkaa, ajo Kirchgassen kautta.",
            "Bus 12 or 40 to Marktplatz, a minute's walk. Two disabled parking spaces in the courtyard, entry from Kirchgasse.",
        ),
        # Split days, a late Thursday, Wednesday afternoons closed, weekends closed.
        "hours": [
            *_weekdays((MON, TUE, WED, THU, FRI), "08:00", "12:00"),
            (TUE, "13:00", "15:30"),
            (THU, "14:00", "18:00"),
        ],
        "exceptions": lambda year: [
            *holidays(year),
            (datetime.date(year + 1, 2, 16), datetime.date(year + 1, 2, 18), "closure", None, None),
        ],
    },
    "office-birkenfeld": {
        "name": (
            "Bürgerbüro Birkenfeld",
            "Borgerservice Birkenfeld",
            "Asiakaspalvelupiste Birkenfeld",
            "Birkenfeld citizens' office",
        ),
        "street_address": "Hauptstraße 14",
        "postal_code": "12350",
        "locality": "Birkenfeld",
        "latitude": "50.861920",
        "longitude": "10.448310",
        "phone": "+49 1234 5678-150",
        "email": f"birkenfeld@{DOMAIN}",
        "step_free_access": True,
        "accessible_toilet": False,
        "accessible_parking": True,
        "induction_loop": False,
        "accessibility_notes": (
            "Ebenerdiger Zugang über den Seiteneingang (Klingel). Keine barrierefreie Toilette im Haus.",
            "Niveaufri adgang ad sideindgangen (ringeklokke). Intet handicaptoilet i bygningen.",
            "Esteetön sisäänkäynti sivuovesta (ovikello). Rakennuksessa ei ole esteetöntä WC:tä.",
            "Step-free access through the side entrance (ring the bell). No accessible toilet in the building.",
        ),
        "transport": (
            "Bus 40 bis Birkenfeld Rathaus. Parkplätze hinter dem Rathaus.",
            "Bus 40 til Birkenfeld Rathaus. Parkering bag rådhuset.",
            "Bussi 40 pysäkille Birkenfeld Rathaus. Pysäköinti raatihuoneen takana.",
            "Bus 40 to Birkenfeld Rathaus. Parking behind the town hall.",
        ),
        # Closed on Wednesdays; a late Thursday.
        "hours": [
            *_weekdays((MON, TUE, FRI), "08:00", "12:00"),
            (THU, "13:00", "18:30"),
        ],
        "exceptions": lambda year: [
            *holidays(year),
            (datetime.date(year, 12, 27), datetime.date(year, 12, 30), "closure", None, None),
        ],
    },
    "office-oberau": {
        "name": (
            "Bürgerbüro Oberau",
            "Borgerservice Oberau",
            "Asiakaspalvelupiste Oberau",
            "Oberau citizens' office",
        ),
        "street_address": "Kirchgasse 3",
        "postal_code": "12360",
        "locality": "Oberau",
        "latitude": "50.742110",
        "longitude": "10.579940",
        "phone": "+49 1234 5678-160",
        "email": f"oberau@{DOMAIN}",
        "step_free_access": False,
        "accessible_toilet": False,
        "accessible_parking": False,
        "induction_loop": False,
        "accessibility_notes": (
            "Drei Stufen am Eingang. Wer sie nicht steigen kann, wird auf Wunsch im Erdgeschoss der Gemeindebücherei nebenan bedient.",
            "Tre trin ved indgangen. Kan du ikke gå på trapper, betjener vi dig gerne i stueetagen på biblioteket ved siden af.",
            "Sisäänkäynnillä kolme porrasta. Jos portaat ovat esteenä, asioinnin voi hoitaa viereisen kirjaston pohjakerroksessa.",
            "Three steps at the entrance. If you cannot manage them, staff will see you on the ground floor of the library next door.",
        ),
        "transport": (
            "Bus 12 bis Oberau Kirche.",
            "Bus 12 til Oberau Kirche.",
            "Bussi 12 pysäkille Oberau Kirche.",
            "Bus 12 to Oberau Kirche.",
        ),
        # Open on Saturday mornings for people who work during the week.
        "hours": [
            (TUE, "08:00", "12:00"),
            (TUE, "14:00", "17:00"),
            (THU, "08:00", "12:00"),
            (SAT, "09:00", "12:00"),
        ],
        "exceptions": lambda year: [
            *holidays(year),
            (datetime.date(year + 1, 1, 2), None, "special_hours", "10:00", "12:00"),
        ],
    },
    "health-office": {
        "name": (
            "Gesundheitsamt Lindenau",
            "Sundhedsmyndigheden i Lindenau",
            "Lindenaun terveysvirasto",
            "Lindenau public health office",
        ),
        "street_address": "Bahnhofstraße 22",
        "postal_code": "12345",
        "locality": "Lindenau",
        "latitude": "50.808870",
        "longitude": "10.521450",
        "phone": "+49 1234 5678-500",
        "email": f"gesundheitsamt@{DOMAIN}",
        "step_free_access": True,
        "accessible_toilet": True,
        "accessible_parking": False,
        "induction_loop": True,
        "accessibility_notes": (
            "Rampe am Haupteingang, Aufzug in den 1. Stock. Hörschleife im Wartebereich.",
            "Rampe ved hovedindgangen, elevator til 1. sal. Teleslynge i venteområdet.",
            "Luiska pääovella, hissi 1. kerrokseen. Induktiosilmukka odotustilassa.",
            "Ramp at the main entrance, lift to the first floor. Hearing loop in the waiting area.",
        ),
        "transport": (
            "5 Minuten vom Bahnhof Lindenau. Öffentliches Parkhaus am Bahnhof.",
            "5 minutter fra Lindenau station. Offentligt parkeringshus ved stationen.",
            "5 minuutin kävely Lindenaun asemalta. Pysäköintitalo aseman vieressä.",
            "5 minutes from Lindenau station. Public car park at the station.",
        ),
        "hours": [
            *_weekdays((MON, TUE, WED, THU, FRI), "08:00", "12:00"),
            (MON, "13:30", "15:30"),
            (THU, "13:30", "17:30"),
        ],
        "exceptions": holidays,
    },
    "youth-office": {
        "name": (
            "Kreisjugendamt und Familienberatung",
            "Børne- og ungeforvaltningen og familierådgivningen",
            "Nuorisotoimisto ja perheneuvola",
            "Youth office and family advice centre",
        ),
        "street_address": "Schulstraße 5",
        "postal_code": "12345",
        "locality": "Lindenau",
        "latitude": "50.815020",
        "longitude": "10.506610",
        "phone": "+49 1234 5678-400",
        "email": f"jugendamt@{DOMAIN}",
        "step_free_access": True,
        "accessible_toilet": True,
        "accessible_parking": True,
        "induction_loop": False,
        "accessibility_notes": (
            "Alle Beratungsräume im Erdgeschoss. Wickelraum und Spielecke vorhanden.",
            "Alle rådgivningslokaler i stueetagen. Puslerum og legehjørne.",
            "Kaikki neuvontahuoneet pohjakerroksessa. Vaipanvaihtotila ja leikkinurkkaus.",
            "All counselling rooms on the ground floor. Baby-changing room and play corner.",
        ),
        "transport": (
            "Bus 12 bis Schulzentrum. Fahrradständer am Eingang.",
            "Bus 12 til Schulzentrum. Cykelstativ ved indgangen.",
            "Bussi 12 pysäkille Schulzentrum. Pyörätelineet sisäänkäynnillä.",
            "Bus 12 to Schulzentrum. Bicycle stands at the entrance.",
        ),
        "hours": [
            *_weekdays((MON, TUE, WED, THU, FRI), "08:00", "12:00"),
            *_weekdays((MON, TUE, WED), "13:00", "15:30"),
            (THU, "13:00", "17:30"),
        ],
        "exceptions": lambda year: [
            *holidays(year),
            (datetime.date(year + 1, 3, 11), None, "special_hours", "08:00", "10:00"),
        ],
    },
    "care-point": {
        "name": (
            "Pflegestützpunkt Lindenau",
            "Plejecenter Lindenau",
            "Lindenaun hoivapiste",
            "Lindenau care advice point",
        ),
        "street_address": "Am Park 2",
        "postal_code": "12345",
        "locality": "Lindenau",
        "latitude": "50.818400",
        "longitude": "10.498760",
        "phone": "+49 1234 5678-240",
        "email": f"pflege@{DOMAIN}",
        "step_free_access": True,
        "accessible_toilet": True,
        "accessible_parking": True,
        "induction_loop": True,
        "accessibility_notes": (
            "Im Erdgeschoss des Seniorenzentrums Am Park. Rollstuhl zum Ausleihen am Empfang.",
            "I stueetagen i Seniorcenter Am Park. Kørestol kan lånes i receptionen.",
            "Seniorikeskus Am Parkin pohjakerroksessa. Pyörätuolin voi lainata vastaanotosta.",
            "On the ground floor of the Am Park senior centre. A wheelchair can be borrowed at reception.",
        ),
        "transport": (
            "Bus 40 bis Am Park. Kurzzeitparkplätze direkt vor dem Eingang.",
            "Bus 40 til Am Park. Korttidsparkering lige foran indgangen.",
            "Bussi 40 pysäkille Am Park. Lyhytaikainen pysäköinti aivan oven edessä.",
            "Bus 40 to Am Park. Short-stay parking right outside.",
        ),
        "hours": [
            *_weekdays((MON, TUE, WED, THU, FRI), "09:00", "12:00"),
            (TUE, "14:00", "17:00"),
            (THU, "14:00", "18:00"),
        ],
        "exceptions": holidays,
    },
    "vehicle-office": {
        "name": (
            "Zulassungs- und Führerscheinstelle",
            "Motorkontor og kørekortkontor",
            "Ajoneuvorekisteröinti ja ajokorttipalvelu",
            "Vehicle registration and driving licence office",
        ),
        "street_address": "Industriestraße 8",
        "postal_code": "12345",
        "locality": "Lindenau",
        "latitude": "50.801230",
        "longitude": "10.531980",
        "phone": "+49 1234 5678-600",
        "email": f"zulassung@{DOMAIN}",
        "step_free_access": True,
        "accessible_toilet": True,
        "accessible_parking": True,
        "induction_loop": False,
        "accessibility_notes": (
            "Alle Schalter im Erdgeschoss; ein Schalter mit abgesenkter Theke.",
            "Alle skranker i stueetagen; en skranke i siddehøjde.",
            "Kaikki palvelupisteet pohjakerroksessa; yksi matalampi palvelutiski.",
            "All desks on the ground floor; one desk at seated height.",
        ),
        "transport": (
            "Bus 40 bis Gewerbegebiet. Großer Parkplatz vor dem Gebäude.",
            "Bus 40 til Gewerbegebiet. Stor parkeringsplads foran bygningen.",
            "Bussi 40 pysäkille Gewerbegebiet. Iso pysäköintialue rakennuksen edessä.",
            "Bus 40 to Gewerbegebiet. Large car park in front of the building.",
        ),
        "hours": [
            *_weekdays((MON, TUE, WED, THU, FRI), "07:30", "12:00"),
            (THU, "13:00", "17:30"),
        ],
        "exceptions": lambda year: [
            *holidays(year),
            # Closed for the switch to a new registration system.
            (datetime.date(year + 1, 1, 12), datetime.date(year + 1, 1, 13), "closure", None, None),
        ],
    },
    "recycling-centre": {
        "name": (
            "Wertstoffhof Wiesental",
            "Genbrugsplads Wiesental",
            "Kierrätyskeskus Wiesental",
            "Wiesental recycling centre",
        ),
        "street_address": "Am Kieswerk 1",
        "postal_code": "12370",
        "locality": "Wiesental",
        "latitude": "50.726540",
        "longitude": "10.463020",
        "phone": "+49 1234 5678-700",
        "email": f"abfall@{DOMAIN}",
        "step_free_access": True,
        "accessible_toilet": False,
        "accessible_parking": True,
        "induction_loop": False,
        "accessibility_notes": (
            "Das Personal hilft beim Ausladen schwerer Gegenstände.",
            "Personalet hjælper med at læsse tunge ting af.",
            "Henkilökunta auttaa raskaiden tavaroiden purkamisessa.",
            "Staff help unload heavy items.",
        ),
        "transport": (
            "Zufahrt über die Landstraße L 3020; nur mit dem Auto sinnvoll erreichbar.",
            "Adgang fra landevej L 3020; reelt kun tilgængelig i bil.",
            "Ajo maantietä L 3020; käytännössä vain autolla.",
            "Reached from the L 3020 road; in practice only by car.",
        ),
        # Afternoons twice a week and Saturday; a late opening before Christmas.
        "hours": [
            (TUE, "13:00", "18:00"),
            (FRI, "13:00", "18:00"),
            (SAT, "09:00", "14:00"),
        ],
        "exceptions": lambda year: [
            (
                datetime.date(year, 12, 24),
                datetime.date(year, 12, 26),
                "public_holiday",
                None,
                None,
            ),
            (datetime.date(year, 12, 29), None, "special_hours", "09:00", "16:00"),
            (datetime.date(year + 1, 1, 1), None, "public_holiday", None, None),
        ],
    },
}


# --- Printable forms ------------------------------------------------------------------------

# Wagtail documents (not translatable): key -> title, also the line printed on the form.
FORMS = {
    "housing-benefit": "Antrag auf Wohngeld (Muster)",
    "school-transport": "Antrag auf Schülerbeförderung (Muster)",
    "care-assistance": "Antrag auf Hilfe zur Pflege (Muster)",
}


def _pdf(text):
    """A one-page PDF showing `text`: enough for a printable demo form, without a PDF library."""
    line = text.encode("cp1252", "replace")
    for special in (b"\\", b"(", b")"):
        line = line.replace(special, b"\\" + special)
    content = b"BT /F1 18 Tf 72 760 Td (" + line + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _load_forms():
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage
    from wagtail.documents import get_document_model

    Document = get_document_model()
    created = 0
    for key, title in FORMS.items():
        if Document.objects.filter(title=title).exists():
            continue
        name = f"documents/services-demo-{key}.pdf"
        if default_storage.exists(name):
            # Loaded before into another database (e.g. the test run's): reuse the file.
            Document.objects.create(title=title, file=name)
        else:
            document = Document(title=title)
            document.file.save(f"services-demo-{key}.pdf", ContentFile(_pdf(title)), save=False)
            document.save()
        created += 1
    return created


def forms(*keys):
    def value(locale):
        from wagtail.documents import get_document_model

        titles = [FORMS[key] for key in keys]
        documents = {d.title: d.pk for d in get_document_model().objects.filter(title__in=titles)}
        return [{"type": "form", "value": documents[t]} for t in titles if t in documents]

    return value


# --- Creating the snippets --------------------------------------------------------------------


def _ensure(model, key, locale, translation_key, **fields):
    """Create the object of `key` in `locale` unless it exists: (object, created count)."""
    obj = model.objects.filter(translation_key=translation_key(key), locale=locale).first()
    if obj is not None:
        return obj, 0
    obj = model(translation_key=translation_key(key), locale=locale, **fields)
    obj.save()
    return obj, 1


def load_snippets(locales, translation_key):
    from home.models import MemberOrganisation
    from services.models import (
        LifeEvent,
        OpeningHours,
        OpeningHoursException,
        ServiceArea,
        ServiceCategory,
        ServiceLocation,
        TargetGroup,
    )

    created = _load_forms()
    year = datetime.date.today().year
    for position, code in enumerate(LANGUAGES):
        locale = locales.get(code)
        if locale is None:
            continue
        for key, (parent, names) in CATEGORIES.items():
            parent_obj = None
            if parent:
                parent_obj = ServiceCategory.objects.get(
                    translation_key=translation_key(f"service-category-{parent}"), locale=locale
                )
            name = names[position]
            _obj, n = _ensure(
                ServiceCategory,
                f"service-category-{key}",
                locale,
                translation_key,
                name=name,
                slug=term_slug(name, code),
                parent=parent_obj,
            )
            created += n
        for model, prefix, terms in (
            (TargetGroup, "target-group", TARGET_GROUPS),
            (LifeEvent, "life-event", LIFE_EVENTS),
        ):
            for key, names in terms.items():
                name = names[position]
                created += _ensure(
                    model,
                    f"{prefix}-{key}",
                    locale,
                    translation_key,
                    name=name,
                    slug=term_slug(name, code),
                )[1]
        for key, (name, official_code) in MUNICIPALITIES.items():
            created += _ensure(
                ServiceArea,
                f"service-area-{key}",
                locale,
                translation_key,
                name=name,
                slug=term_slug(name, code),
                kind="municipality",
                code=official_code,
            )[1]
        for key, names in REGIONS.items():
            name = names[position]
            created += _ensure(
                ServiceArea,
                f"service-area-{key}",
                locale,
                translation_key,
                name=name,
                slug=term_slug(name, code),
                kind="region",
            )[1]
        for key, data in ORGANISATIONS.items():
            created += _ensure(
                MemberOrganisation,
                f"organisation-{key}",
                locale,
                translation_key,
                **{**data, "address": data["address"][position]},
            )[1]
        for key, data in LOCATIONS.items():
            fields = {
                name: value[position] if isinstance(value, tuple) else value
                for name, value in data.items()
                if name not in ("hours", "exceptions")
            }
            fields["hours"] = [
                OpeningHours(weekday=day, opens=opens, closes=closes)
                for day, opens, closes in sorted(data["hours"])
            ]
            fields["exceptions"] = [
                OpeningHoursException(
                    start_date=start, end_date=end, kind=kind, opens=opens, closes=closes
                )
                for start, end, kind, opens, closes in data["exceptions"](year)
            ]
            created += _ensure(
                ServiceLocation, f"service-location-{key}", locale, translation_key, **fields
            )[1]
    return created


# --- Field values the loader evaluates per locale ---------------------------------------------


def _in_locale(model_label, keys, locale):
    """The objects of these translation keys in `locale`, else in the default language."""
    from django.apps import apps

    model = apps.get_model(model_label)
    wanted = [_tk(key) for key in keys]
    found = {}
    for obj in model.objects.filter(
        translation_key__in=wanted,
        locale__language_code__in=[locale.language_code, settings.LANGUAGE_CODE],
    ):
        if obj.translation_key not in found or obj.locale_id == locale.pk:
            found[obj.translation_key] = obj
    return [found[key] for key in wanted if key in found]


def snippets(model_label, prefix, keys):
    return lambda locale: _in_locale(model_label, [f"{prefix}-{key}" for key in keys], locale)


def organisation(key):
    """A service's organisation: the county's own (`county-office`) or a care network member."""
    full_key = (
        key.replace("member:", "member-") if key.startswith("member:") else f"organisation-{key}"
    )

    def value(locale):
        found = _in_locale("home.MemberOrganisation", [full_key], locale)
        return found[0] if found else None

    return value


def related(keys):
    """Related services that exist already in the page's language (the loader creates
    pages in the order of PAGES, so a service names services listed before it)."""

    def value(locale):
        from wagtail.models import Page

        pages = {
            page.translation_key: page.pk
            for page in Page.objects.filter(
                translation_key__in=[_tk(key) for key in keys], locale=locale
            )
        }
        return [{"type": "page", "value": pages[_tk(key)]} for key in keys if _tk(key) in pages]

    return value


# --- Shared wording of phones and documents, in (de, da, fi, en) ------------------------------

PHONE_LABELS = {
    "advice": ("Beratung", "Rådgivning", "Neuvonta", "Advice"),
    "appointments": ("Terminvereinbarung", "Tidsbestilling", "Ajanvaraus", "Appointments"),
    "questions": (
        "Fragen zum Antrag",
        "Spørgsmål om ansøgningen",
        "Kysymykset hakemuksesta",
        "Questions about your application",
    ),
    "crisis": ("In akuten Krisen", "I akutte kriser", "Akuutissa kriisissä", "In an acute crisis"),
}
PHONE_HOURS = {
    "office": (
        "Mo–Fr 8–12 Uhr, Do auch 14–18 Uhr",
        "man–fre kl. 8–12, tor også kl. 14–18",
        "ma–pe klo 8–12, to myös klo 14–18",
        "Mon–Fri 8:00–12:00, Thu also 14:00–18:00",
    ),
    "mornings": ("Mo–Fr 8–12 Uhr", "man–fre kl. 8–12", "ma–pe klo 8–12", "Mon–Fri 8:00–12:00"),
    "afternoons": (
        "Di und Do 14–17 Uhr",
        "tir og tor kl. 14–17",
        "ti ja to klo 14–17",
        "Tue and Thu 14:00–17:00",
    ),
    "always": ("rund um die Uhr", "døgnet rundt", "ympäri vuorokauden", "24 hours a day"),
}
DOCUMENTS = {
    "id": (
        "Personalausweis oder Reisepass",
        "Pas eller identitetskort",
        "Henkilökortti tai passi",
        "Identity card or passport",
    ),
    "birth-certificate": (
        "Geburtsurkunde des Kindes",
        "Barnets fødselsattest",
        "Lapsen syntymätodistus",
        "The child's birth certificate",
    ),
    "registration": (
        "Meldebescheinigung",
        "Bopælsattest",
        "Todistus väestörekisteriin merkitystä osoitteesta",
        "Certificate of registered address",
    ),
    "income": (
        "Einkommensnachweise der letzten drei Monate",
        "Dokumentation for indkomst i de seneste tre måneder",
        "Tulotiedot kolmelta viime kuukaudelta",
        "Proof of income for the last three months",
    ),
    "rent": (
        "Mietvertrag und aktuelle Mietbescheinigung",
        "Lejekontrakt og aktuel huslejeopgørelse",
        "Vuokrasopimus ja ajantasainen vuokratodistus",
        "Tenancy agreement and a current statement of the rent",
    ),
    "care-level": (
        "Bescheid der Pflegekasse über den Pflegegrad",
        "Afgørelse fra plejeforsikringen om plejegrad",
        "Hoitovakuutuksen päätös hoitoisuusluokasta",
        "Your care insurer's decision on the care level",
    ),
    "vaccination-record": ("Impfpass", "Vaccinationskort", "Rokotuskortti", "Vaccination record"),
    "health-card": (
        "Gesundheitskarte der Krankenkasse",
        "Sundhedskort",
        "Sairausvakuutuskortti",
        "Health insurance card",
    ),
    "creditor-letters": (
        "Schreiben von Gläubigern, Mahnungen und Verträge",
        "Breve fra kreditorer, rykkere og kontrakter",
        "Velkojien kirjeet, maksumuistutukset ja sopimukset",
        "Letters from creditors, reminders and contracts",
    ),
    "residence-permit": (
        "Aufenthaltstitel oder Ankunftsnachweis",
        "Opholdstilladelse eller ankomstbevis",
        "Oleskelulupa tai saapumistodistus",
        "Residence permit or proof of arrival",
    ),
    "vehicle-papers": (
        "Zulassungsbescheinigung Teil I und Teil II",
        "Registreringsattest del I og del II",
        "Rekisteröintitodistuksen osat I ja II",
        "Registration certificate parts I and II",
    ),
    "insurance-number": (
        "eVB-Nummer Ihrer Kfz-Versicherung",
        "Forsikringsbekræftelse (eVB-nummer)",
        "Vakuutuksen vahvistusnumero (eVB)",
        "Insurance confirmation number (eVB)",
    ),
    "sepa": (
        "SEPA-Lastschriftmandat für die Kfz-Steuer",
        "SEPA-betalingsaftale til vægtafgiften",
        "SEPA-suoraveloitusvaltuutus ajoneuvoveroa varten",
        "SEPA direct debit mandate for vehicle tax",
    ),
    "photo": (
        "Biometrisches Passfoto",
        "Biometrisk pasfoto",
        "Biometrinen passikuva",
        "Biometric passport photo",
    ),
    "eye-test": (
        "Sehtestbescheinigung",
        "Synsattest",
        "Näöntarkastustodistus",
        "Eye test certificate",
    ),
    "first-aid": (
        "Nachweis über einen Erste-Hilfe-Kurs",
        "Bevis for førstehjælpskursus",
        "Todistus ensiapukurssista",
        "Certificate of a first-aid course",
    ),
    "medical-reports": (
        "Ärztliche Befunde und Berichte",
        "Lægeerklæringer og journaludskrifter",
        "Lääkärinlausunnot ja -raportit",
        "Medical reports",
    ),
    "disability-pass": (
        "Schwerbehindertenausweis",
        "Handicapkort",
        "Vammaiskortti",
        "Disability card",
    ),
    "building-plans": (
        "Bauzeichnungen, Lageplan und Baubeschreibung",
        "Tegninger, situationsplan og byggebeskrivelse",
        "Rakennuspiirustukset, asemapiirros ja rakennusselostus",
        "Drawings, site plan and building description",
    ),
    "school-certificate": (
        "Schulbescheinigung",
        "Skoleattest",
        "Koulutodistus",
        "Certificate of school attendance",
    ),
    "benefit-notice": (
        "Bescheid über Bürgergeld, Wohngeld, Kinderzuschlag oder Sozialhilfe",
        "Afgørelse om borgerløn, boligstøtte, børnetillæg eller socialhjælp",
        "Päätös perusturvasta, asumistuesta, lapsilisän lisästä tai sosiaaliavusta",
        "Decision on citizen's income, housing benefit, child supplement or social assistance",
    ),
}
DOCUMENT_URLS = {
    "registration": f"{PORTAL}/meldebescheinigung",
    "insurance-number": "https://www.gdv.de/",
}


def law(title, url=""):
    return {"type": "law", "value": {"title": title, "url": url}}


GESETZE = "https://www.gesetze-im-internet.de"


def _html(text):
    return text if text.lstrip().startswith("<") else f"<p>{text}</p>"


def service(
    key,
    text,
    *,
    categories,
    target_groups=(),
    life_events=(),
    areas=(),
    locations=(),
    organisation_key=None,
    related_keys=(),
    legal=(),
    documents=(),
    phones=(),
    **fields,
):
    """A service page spec: language-independent `fields`, the taxonomies, places and
    organisation by key, and `text` per language (title, slug, summary, body as
    paragraphs, eligibility, steps as (title, details) pairs, cost_description, …)."""
    common = {
        "categories": snippets("services.ServiceCategory", "service-category", categories),
        "target_groups": snippets("services.TargetGroup", "target-group", target_groups),
        "life_events": snippets("services.LifeEvent", "life-event", life_events),
        "areas": snippets("services.ServiceArea", "service-area", areas),
        "locations": snippets("services.ServiceLocation", "service-location", locations),
        "reviewed_on": VERIFIED_ON,
        **fields,
    }
    if organisation_key:
        common["organisation"] = organisation(organisation_key)
    if related_keys:
        common["related_pages"] = related([f"service-{k}" for k in related_keys])
    content = {}
    for code, words in text.items():
        position = LANGUAGES.index(code)
        page = {name: words[name] for name in ("title", "slug", "summary")}
        page["body"] = [("p", _html(paragraph)) for paragraph in words["body"]]
        for name in ("eligibility", "further_notes"):
            if name in words:
                page[name] = _html(words[name])
        for name in (
            "cost_description",
            "processing_time",
            "deadlines",
            "online_service_label",
            "status_notice",
            "reviewed_by",
        ):
            if name in words:
                page[name] = words[name]
        page["how_to_apply"] = [
            {"type": "step", "value": {"title": title, "text": _html(details) if details else ""}}
            for title, details in words.get("steps", [])
        ]
        page["required_documents"] = [
            {
                "type": "document",
                "value": {"document": DOCUMENTS[doc][position], "url": DOCUMENT_URLS.get(doc, "")},
            }
            for doc in documents
        ]
        page["phones"] = [
            {
                "type": "phone",
                "value": {
                    "number": number,
                    "label": PHONE_LABELS[label][position],
                    "hours": PHONE_HOURS[hours][position],
                },
            }
            for number, label, hours in phones
        ]
        page["legal_basis"] = [law(title, url) for title, url in legal]
        content[code] = page
    return {
        "key": f"service-{key}",
        "type": "services.ServicePage",
        "parent": "services",
        "fields": common,
        "content": content,
    }


# --- The pages ------------------------------------------------------------------------------

SERVICE_INDEX = {
    "key": "services",
    "type": "services.ServiceIndexPage",
    "parent": "home",
    "in_menu": True,
    "content": {
        "de": {
            "title": "Leistungen A–Z",
            "slug": "leistungen",
            "summary": "Was Sie beim Landkreis beantragen, erfragen und erledigen können.",
        },
        "da": {
            "title": "Ydelser A–Å",
            "slug": "ydelser",
            "summary": "Hvad du kan søge om, spørge om og klare hos amtet.",
        },
        "fi": {
            "title": "Palvelut A–Ö",
            "slug": "palvelut",
            "summary": "Mitä voit hakea, kysyä ja hoitaa piirikunnassa.",
        },
        "en": {
            "title": "Services A–Z",
            "slug": "services",
            "summary": "What you can apply for, ask about and arrange with the county.",
        },
    },
}

FAMILY = [
    service(
        "daycare-place",
        categories=["daycare"],
        target_groups=["families"],
        life_events=["baby", "moving"],
        locations=["youth-office", "office-birkenfeld", "office-oberau"],
        organisation_key="youth-office",
        minimum_age=1,
        maximum_age=6,
        cost="varies",
        online_service_url=f"{PORTAL}/kita-anmeldung",
        email=f"kita@{DOMAIN}",
        languages=["de", "en", "tr", "uk", "ar"],
        reviewed_by="Kreisjugendamt, Sachgebiet Kindertagesbetreuung",
        legal=[
            ("§ 24 SGB VIII", f"{GESETZE}/sgb_8/__24.html"),
            ("§ 90 SGB VIII", f"{GESETZE}/sgb_8/__90.html"),
        ],
        documents=["birth-certificate", "registration"],
        phones=[("+49 1234 5678-410", "questions", "office")],
        text={
            "de": {
                "title": "Kita-Platz beantragen",
                "slug": "kita-platz",
                "summary": "Einen Betreuungsplatz für Ihr Kind in einer Kindertagesstätte finden.",
                "body": [
                    "Melden Sie Ihr Kind spätestens sechs Monate vor dem gewünschten Beginn online an.",
                    "Im Anmeldeportal sehen Sie alle Kitas im Landkreis mit ihren Öffnungszeiten und freien Plätzen. Sie können bis zu drei Wunsch-Kitas angeben.",
                ],
                "eligibility": "Kinder ab dem ersten Geburtstag bis zum Schuleintritt, die im Landkreis wohnen oder bald herziehen, haben einen Rechtsanspruch auf einen Platz.",
                "cost_description": "Die Anmeldung ist kostenlos. Die Elternbeiträge legt jede Gemeinde fest; sie richten sich nach Einkommen und Betreuungszeit. Familien mit geringem Einkommen können eine Ermäßigung beantragen.",
                "steps": [
                    (
                        "Online anmelden",
                        "Legen Sie im Anmeldeportal ein Profil für Ihr Kind an und wählen Sie bis zu drei Kitas.",
                    ),
                    (
                        "Zusage abwarten",
                        "Die Kitas vergeben die Plätze jeweils im Frühjahr und im Herbst.",
                    ),
                    (
                        "Vertrag unterschreiben",
                        "Den Betreuungsvertrag schließen Sie direkt mit der Kita.",
                    ),
                ],
                "processing_time": "Zusage in der Regel drei bis vier Monate vor Betreuungsbeginn",
                "deadlines": "Anmeldung mindestens sechs Monate vor dem gewünschten Beginn. Für einen Platz ab August: bis 31. Januar.",
                "further_notes": "Findet sich kein Platz, vermittelt das Jugendamt eine Tagesmutter oder einen Tagesvater.",
                "online_service_label": "Zum Kita-Anmeldeportal",
            },
            "da": {
                "title": "Søg om plads i daginstitution",
                "slug": "plads-i-daginstitution",
                "summary": "Find en plads til dit barn i en børnehave eller vuggestue i amtet.",
                "body": [
                    "Skriv dit barn op online senest seks måneder før den ønskede start.",
                    "I portalen kan du se alle daginstitutioner i amtet med åbningstider og ledige pladser. Du kan ønske op til tre steder.",
                ],
                "eligibility": "Børn fra et år og frem til skolestart, som bor i amtet eller snart flytter hertil, har ret til en plads.",
                "cost_description": "Det er gratis at skrive sig op. Forældrebetalingen fastsættes af kommunen og afhænger af indkomst og timetal. Familier med lav indkomst kan søge om tilskud.",
                "steps": [
                    (
                        "Skriv dit barn op",
                        "Opret en profil for barnet i portalen og vælg op til tre institutioner.",
                    ),
                    ("Vent på tilbud", "Pladserne fordeles hvert forår og efterår."),
                    ("Skriv under", "Aftalen indgås direkte med institutionen."),
                ],
                "processing_time": "Tilbud normalt tre til fire måneder før start",
                "deadlines": "Senest seks måneder før start. Til en plads fra august: senest 31. januar.",
                "further_notes": "Er der ingen ledig plads, formidler forvaltningen en dagplejer.",
                "online_service_label": "Gå til pladsportalen",
            },
            "fi": {
                "title": "Varhaiskasvatuspaikan hakeminen",
                "slug": "varhaiskasvatuspaikka",
                "summary": "Hae lapsellesi paikkaa päiväkodista piirikunnan alueella.",
                "body": [
                    "Ilmoita lapsesi verkossa viimeistään kuusi kuukautta ennen toivottua aloitusta.",
                    "Portaalissa näet kaikki piirikunnan päiväkodit, niiden aukioloajat ja vapaat paikat. Voit valita enintään kolme toivetta.",
                ],
                "eligibility": "Yli yksivuotiailla lapsilla on oikeus paikkaan koulun alkuun asti, kun perhe asuu piirikunnassa tai on muuttamassa sinne.",
                "cost_description": "Ilmoittautuminen on maksuton. Kunta päättää asiakasmaksuista, jotka riippuvat tuloista ja hoitoajasta. Pienituloiset perheet voivat hakea alennusta.",
                "steps": [
                    (
                        "Ilmoittaudu verkossa",
                        "Luo lapselle profiili portaaliin ja valitse enintään kolme päiväkotia.",
                    ),
                    ("Odota paikkatarjousta", "Paikat jaetaan keväisin ja syksyisin."),
                    ("Allekirjoita sopimus", "Hoitosopimus tehdään suoraan päiväkodin kanssa."),
                ],
                "processing_time": "Tarjous yleensä kolme–neljä kuukautta ennen aloitusta",
                "deadlines": "Viimeistään kuusi kuukautta ennen aloitusta. Elokuussa alkavaan paikkaan 31. tammikuuta mennessä.",
                "further_notes": "Jos päiväkotipaikkaa ei löydy, nuorisotoimisto välittää perhepäivähoitajan.",
                "online_service_label": "Siirry hakuportaaliin",
            },
            "en": {
                "title": "Day-care place",
                "slug": "day-care-place",
                "summary": "Find a place for your child in a day-care centre.",
                "body": [
                    "Register your child online at least six months before the start you would like.",
                    "The portal shows every day-care centre in the county with its opening hours and free places. You can name up to three you prefer.",
                ],
                "eligibility": "Children from their first birthday until they start school who live in the county, or are about to move here, are entitled to a place.",
                "cost_description": "Registering is free. Each municipality sets the parents' fees, which depend on income and hours of care. Families on a low income can apply for a reduction.",
                "steps": [
                    (
                        "Register online",
                        "Create a profile for your child in the portal and choose up to three centres.",
                    ),
                    ("Wait for an offer", "Centres allocate places in spring and in autumn."),
                    ("Sign the contract", "You sign the care contract with the centre itself."),
                ],
                "processing_time": "An offer usually three to four months before the start",
                "deadlines": "At least six months before the start. For a place from August: by 31 January.",
                "further_notes": "If no centre has a place, the youth office finds a childminder for you.",
                "online_service_label": "Go to the day-care portal",
            },
        },
    ),
    service(
        "childminder",
        categories=["daycare"],
        target_groups=["families"],
        life_events=["baby"],
        locations=["youth-office"],
        organisation_key="youth-office",
        related_keys=["daycare-place"],
        maximum_age=3,
        cost="varies",
        email=f"tagespflege@{DOMAIN}",
        languages=["de", "en"],
        reviewed_by="Kreisjugendamt",
        legal=[("§ 23 SGB VIII", f"{GESETZE}/sgb_8/__23.html")],
        documents=["birth-certificate", "income"],
        phones=[("+49 1234 5678-412", "advice", "mornings")],
        text={
            "de": {
                "title": "Tagesmutter oder Tagesvater finden",
                "slug": "kindertagespflege",
                "summary": "Betreuung in kleiner Gruppe bei einer geprüften Tagespflegeperson – besonders für Kinder unter drei Jahren.",
                "body": [
                    "Tagesmütter und Tagesväter betreuen bis zu fünf Kinder bei sich zu Hause oder in angemieteten Räumen. Das Jugendamt prüft und begleitet sie und vermittelt freie Plätze."
                ],
                "eligibility": "Familien im Landkreis mit Kindern bis drei Jahre; ältere Kinder ergänzend zur Kita, etwa am Nachmittag.",
                "cost_description": "Ein einkommensabhängiger Kostenbeitrag an das Jugendamt; die Tagespflegeperson wird vom Landkreis bezahlt.",
                "steps": [
                    (
                        "Beratungsgespräch vereinbaren",
                        "Rufen Sie die Fachberatung an oder schreiben Sie eine E-Mail.",
                    ),
                    (
                        "Tagespflegeperson kennenlernen",
                        "Sie erhalten Vorschläge in Ihrer Nähe und vereinbaren ein Kennenlernen.",
                    ),
                    ("Förderung beantragen", ""),
                ],
                "processing_time": "Etwa vier Wochen nach vollständigem Antrag",
            },
        },
    ),
    service(
        "parenting-advice",
        categories=["family-support"],
        target_groups=["families", "young-people"],
        life_events=["baby"],
        locations=["youth-office", "office-oberau"],
        organisation_key="youth-office",
        related_keys=["daycare-place"],
        maximum_age=27,
        cost="free",
        email=f"familienberatung@{DOMAIN}",
        languages=["de", "en", "tr", "ru", "sgn"],
        reviewed_by="Familienberatungsstelle",
        legal=[("§ 28 SGB VIII", f"{GESETZE}/sgb_8/__28.html")],
        phones=[("+49 1234 5678-420", "appointments", "office")],
        text={
            "de": {
                "title": "Erziehungs- und Familienberatung",
                "slug": "familienberatung",
                "summary": "Vertrauliche Beratung bei Sorgen mit Kindern, Streit in der Familie, Trennung oder Scheidung.",
                "body": [
                    "Ob Schlafprobleme, Schulangst, Pubertät oder eine Trennung: Unsere Psychologinnen und Sozialpädagogen hören zu und suchen mit Ihnen nach Wegen. Auf Wunsch beraten wir auch Kinder und Jugendliche allein.",
                    "Die Beratung unterliegt der Schweigepflicht. Sie können anonym bleiben.",
                ],
                "eligibility": "Eltern, Kinder, Jugendliche und junge Erwachsene bis 27 Jahre aus dem Landkreis. Kein Antrag nötig.",
                "steps": [
                    (
                        "Termin vereinbaren",
                        "Per Telefon oder E-Mail; in der Regel bekommen Sie innerhalb von zwei Wochen einen ersten Termin.",
                    ),
                    (
                        "Erstgespräch",
                        "Im ersten Gespräch klären wir, was Sie brauchen und wie es weitergeht.",
                    ),
                ],
                "processing_time": "Erster Termin meist innerhalb von zwei Wochen",
                "further_notes": "Sprechstunde in Oberau jeden Dienstagnachmittag ohne Anmeldung.",
            },
            "da": {
                "title": "Familie- og opdragelsesrådgivning",
                "slug": "familieraadgivning",
                "summary": "Fortrolig rådgivning ved bekymringer om børn, konflikter i familien eller skilsmisse.",
                "body": [
                    "Søvnproblemer, skoleangst, teenageår eller skilsmisse: Vores psykologer og socialrådgivere lytter og finder løsninger sammen med jer. Børn og unge kan også komme alene.",
                    "Rådgivningen er omfattet af tavshedspligt. Du kan være anonym.",
                ],
                "eligibility": "Forældre, børn, unge og unge voksne op til 27 år i amtet. Ingen ansøgning nødvendig.",
                "steps": [
                    (
                        "Bestil tid",
                        "Pr. telefon eller e-mail; som regel får du en første samtale inden for to uger.",
                    ),
                    (
                        "Første samtale",
                        "Vi afklarer sammen, hvad I har brug for, og hvad der skal ske.",
                    ),
                ],
                "processing_time": "Første samtale som regel inden for to uger",
                "further_notes": "Åben rådgivning i Oberau hver tirsdag eftermiddag uden tidsbestilling.",
            },
            "fi": {
                "title": "Kasvatus- ja perheneuvonta",
                "slug": "perheneuvonta",
                "summary": "Luottamuksellista neuvontaa lapsiin liittyvissä huolissa, perheriidoissa ja erotilanteissa.",
                "body": [
                    "Uniongelmat, koulupelko, murrosikä tai ero: psykologimme ja sosiaaliohjaajamme kuuntelevat ja etsivät ratkaisuja kanssanne. Lapset ja nuoret voivat tulla myös yksin.",
                    "Neuvontaa koskee vaitiolovelvollisuus. Voit asioida nimettömänä.",
                ],
                "eligibility": "Piirikunnan vanhemmat, lapset, nuoret ja alle 27-vuotiaat nuoret aikuiset. Hakemusta ei tarvita.",
                "steps": [
                    (
                        "Varaa aika",
                        "Puhelimitse tai sähköpostilla; ensimmäinen aika yleensä kahden viikon sisällä.",
                    ),
                    ("Ensikäynti", "Ensimmäisellä kerralla selvitämme yhdessä, mitä tarvitsette."),
                ],
                "processing_time": "Ensimmäinen aika yleensä kahden viikon sisällä",
                "further_notes": "Oberaussa avoin vastaanotto tiistaisin iltapäivällä ilman ajanvarausta.",
            },
            "en": {
                "title": "Parenting and family advice",
                "slug": "parenting-advice",
                "summary": "Confidential advice when you worry about your children, argue as a family or separate.",
                "body": [
                    "Sleepless nights, fear of school, teenage years or a separation: our psychologists and social workers listen and look for ways forward with you. Children and teenagers can also come on their own.",
                    "Everything you say stays confidential. You may remain anonymous.",
                ],
                "eligibility": "Parents, children, teenagers and young adults up to 27 living in the county. No application needed.",
                "steps": [
                    (
                        "Book an appointment",
                        "By phone or email; the first appointment is usually within two weeks.",
                    ),
                    (
                        "First conversation",
                        "Together we work out what you need and what happens next.",
                    ),
                ],
                "processing_time": "A first appointment usually within two weeks",
                "further_notes": "Drop-in hours in Oberau every Tuesday afternoon, no appointment needed.",
            },
        },
    ),
    service(
        "early-help",
        categories=["family-support"],
        target_groups=["families", "parents-to-be"],
        life_events=["baby"],
        locations=["youth-office"],
        organisation_key="youth-office",
        related_keys=["parenting-advice"],
        maximum_age=3,
        cost="free",
        email=f"fruehehilfen@{DOMAIN}",
        languages=["de", "en", "ar"],
        reviewed_by="Koordinierungsstelle Frühe Hilfen",
        legal=[
            ("§ 3 KKG", f"{GESETZE}/kkg/__3.html"),
            ("§ 16 SGB VIII", f"{GESETZE}/sgb_8/__16.html"),
        ],
        phones=[("+49 1234 5678-430", "advice", "mornings")],
        text={
            "de": {
                "title": "Frühe Hilfen und Familienhebamme",
                "slug": "fruehe-hilfen",
                "summary": "Unterstützung für Schwangere und Familien mit Babys, zum Beispiel durch Besuche einer Familienhebamme.",
                "body": [
                    "Die ersten Monate mit einem Baby sind schön und anstrengend. Familienhebammen und Kinderkrankenschwestern besuchen Sie zu Hause, beantworten Fragen zu Stillen, Schlafen und Entwicklung und zeigen Ihnen Angebote in Ihrer Nähe."
                ],
                "eligibility": "Schwangere und Familien mit Kindern bis drei Jahre, die sich mehr Unterstützung wünschen.",
                "steps": [
                    ("Anrufen oder schreiben", "Wir melden uns innerhalb von drei Werktagen.")
                ],
                "processing_time": "Rückmeldung innerhalb von drei Werktagen",
            },
        },
    ),
    service(
        "pregnancy-counselling",
        categories=["family-support", "public-health"],
        target_groups=["parents-to-be"],
        life_events=["baby"],
        locations=["health-office"],
        organisation_key="health-office",
        related_keys=["early-help"],
        cost="free",
        email=f"schwangerenberatung@{DOMAIN}",
        languages=["de", "en", "fr", "ar", "fa"],
        reviewed_by="Gesundheitsamt",
        legal=[("§ 2 SchKG", f"{GESETZE}/beratungsg/__2.html")],
        phones=[("+49 1234 5678-520", "appointments", "office")],
        text={
            "de": {
                "title": "Schwangerschaftsberatung",
                "slug": "schwangerschaftsberatung",
                "summary": "Beratung rund um Schwangerschaft, Geburt und finanzielle Hilfen – auch anonym.",
                "body": [
                    "Wir beraten zu Mutterschutz, Elterngeld und Hilfen der Bundesstiftung Mutter und Kind und helfen bei Anträgen. Auch in Konfliktsituationen sind wir für Sie da."
                ],
                "eligibility": "Schwangere, ihre Partnerinnen und Partner sowie Angehörige.",
                "steps": [
                    ("Termin vereinbaren", ""),
                    (
                        "Unterlagen mitbringen",
                        "Für Anträge auf finanzielle Hilfe den Mutterpass und Einkommensnachweise.",
                    ),
                ],
                "deadlines": "Anträge bei der Bundesstiftung Mutter und Kind müssen vor der Geburt gestellt werden.",
            },
        },
    ),
    service(
        "child-maintenance-advance",
        categories=["benefits", "family-support"],
        target_groups=["families", "low-income"],
        locations=["youth-office"],
        organisation_key="youth-office",
        related_keys=["parenting-advice"],
        maximum_age=17,
        cost="free",
        online_service_url=f"{PORTAL}/unterhaltsvorschuss",
        email=f"uvg@{DOMAIN}",
        languages=["de"],
        reviewed_by="Kreisjugendamt, Unterhaltsvorschusskasse",
        legal=[("§ 1 UhVorschG", f"{GESETZE}/uhvorschg/__1.html")],
        documents=["birth-certificate", "id", "income"],
        phones=[("+49 1234 5678-440", "questions", "mornings")],
        text={
            "de": {
                "title": "Unterhaltsvorschuss",
                "slug": "unterhaltsvorschuss",
                "summary": "Geld für Kinder von Alleinerziehenden, wenn der andere Elternteil keinen oder zu wenig Unterhalt zahlt.",
                "body": [
                    "Der Landkreis zahlt den Unterhalt vor und holt ihn sich vom anderen Elternteil zurück. So bleibt das Geld für Ihr Kind nicht aus."
                ],
                "eligibility": "Kinder bis zum 18. Geburtstag, die bei einem alleinerziehenden Elternteil im Landkreis leben. Ab zwölf Jahren gelten zusätzliche Voraussetzungen.",
                "steps": [
                    ("Antrag stellen", "Online oder auf Papier beim Jugendamt."),
                    ("Nachweise nachreichen", "Wir sagen Ihnen, falls noch etwas fehlt."),
                ],
                "processing_time": "Etwa sechs Wochen",
                "deadlines": "Rückwirkend wird höchstens für den Monat vor dem Antrag gezahlt – stellen Sie den Antrag früh.",
                "online_service_label": "Unterhaltsvorschuss online beantragen",
            },
        },
    ),
    service(
        "holiday-pass",
        categories=["youth"],
        target_groups=["young-people", "families"],
        areas=["north"],
        organisation_key="youth-office",
        minimum_age=6,
        maximum_age=14,
        cost="charged",
        languages=["de"],
        status="discontinued",
        reviewed_by="Kreisjugendamt, Jugendarbeit",
        text={
            "de": {
                "title": "Ferienpass Nordkreis",
                "slug": "ferienpass-nordkreis",
                "summary": "Ausflüge und Kurse in den Sommerferien für Kinder aus dem Nordkreis.",
                "body": [
                    "Mit dem Ferienpass konnten Kinder in den Sommerferien an Ausflügen, Sportkursen und Werkstätten teilnehmen."
                ],
                "cost_description": "Früher 10 Euro für den ganzen Sommer.",
                "status_notice": "Den Ferienpass des Landkreises gibt es nicht mehr. Seit 2026 bieten Lindenau, Birkenfeld und Hainbach eigene Ferienprogramme an – bitte fragen Sie in Ihrer Gemeinde.",
            },
        },
    ),
]

EDUCATION = [
    service(
        "school-enrolment",
        categories=["school"],
        target_groups=["families", "young-people"],
        life_events=["starting-school", "moving"],
        locations=["county-office", "office-birkenfeld", "office-oberau"],
        organisation_key="county-office",
        related_keys=["daycare-place"],
        minimum_age=5,
        maximum_age=7,
        cost="free",
        online_service_url=f"{PORTAL}/schulanmeldung",
        email=f"schulverwaltung@{DOMAIN}",
        languages=["de", "en", "uk", "ar"],
        reviewed_by="Schulverwaltungsamt",
        documents=["birth-certificate", "registration"],
        phones=[("+49 1234 5678-310", "questions", "mornings")],
        text={
            "de": {
                "title": "Schulanmeldung zur Einschulung",
                "slug": "schulanmeldung",
                "summary": "Ihr Kind wird schulpflichtig: So melden Sie es an der Grundschule Ihres Wohnorts an.",
                "body": [
                    "Im Herbst vor dem Schuljahr erhalten alle Familien mit schulpflichtigen Kindern einen Brief mit der zuständigen Grundschule. Die Anmeldung erfolgt online oder in der Schule.",
                ],
                "eligibility": "Kinder, die bis zum 30. September des Einschulungsjahres sechs Jahre alt werden. Jüngere Kinder können auf Antrag früher eingeschult werden.",
                "steps": [
                    (
                        "Brief abwarten",
                        "Er nennt die zuständige Grundschule und den Anmeldezeitraum.",
                    ),
                    ("Anmelden", "Online oder persönlich in der Schule, mit Geburtsurkunde."),
                    ("Schuleingangsuntersuchung", "Das Gesundheitsamt lädt Ihr Kind dazu ein."),
                ],
                "processing_time": "Bestätigung der Schule innerhalb von vier Wochen",
                "deadlines": "Anmeldung vom 1. bis 31. März des Einschulungsjahres.",
                "online_service_label": "Online zur Schule anmelden",
            },
            "da": {
                "title": "Indskrivning i skole",
                "slug": "skoleindskrivning",
                "summary": "Dit barn bliver skolepligtigt: Sådan skriver du det ind i grundskolen, hvor I bor.",
                "body": [
                    "Om efteråret før skoleåret får alle familier med skolepligtige børn et brev om, hvilken skole barnet hører til. Indskrivningen sker online eller på skolen.",
                ],
                "eligibility": "Børn, der fylder seks år senest 30. september i det år, de skal begynde. Yngre børn kan begynde tidligere efter ansøgning.",
                "steps": [
                    (
                        "Vent på brevet",
                        "Det fortæller, hvilken skole og hvilken periode der gælder.",
                    ),
                    ("Skriv barnet ind", "Online eller på skolen med fødselsattest."),
                    ("Skolestartsundersøgelse", "Sundhedsmyndigheden indkalder dit barn."),
                ],
                "processing_time": "Skolen bekræfter inden for fire uger",
                "deadlines": "Indskrivning 1.–31. marts i det år, barnet begynder.",
                "online_service_label": "Skriv ind online",
            },
            "fi": {
                "title": "Ilmoittautuminen kouluun",
                "slug": "kouluun-ilmoittautuminen",
                "summary": "Lapsesi tulee oppivelvolliseksi: näin ilmoitat hänet lähikoulun ensimmäiselle luokalle.",
                "body": [
                    "Kouluvuotta edeltävänä syksynä kaikki perheet saavat kirjeen, jossa kerrotaan lapsen lähikoulu. Ilmoittautuminen tehdään verkossa tai koulussa.",
                ],
                "eligibility": "Lapset, jotka täyttävät kuusi vuotta viimeistään koulun alkamisvuoden 30. syyskuuta. Nuoremmat voivat aloittaa hakemuksesta.",
                "steps": [
                    ("Odota kirjettä", "Siinä kerrotaan koulu ja ilmoittautumisaika."),
                    ("Ilmoittaudu", "Verkossa tai koululla syntymätodistuksen kanssa."),
                    ("Kouluterveystarkastus", "Terveysvirasto kutsuu lapsen tarkastukseen."),
                ],
                "processing_time": "Koulu vahvistaa neljän viikon kuluessa",
                "deadlines": "Ilmoittautuminen 1.–31. maaliskuuta koulun alkamisvuonna.",
                "online_service_label": "Ilmoittaudu verkossa",
            },
            "en": {
                "title": "Enrolling at primary school",
                "slug": "school-enrolment",
                "summary": "Your child reaches school age: how to enrol them at the primary school where you live.",
                "body": [
                    "In the autumn before the school year, every family with a child of school age receives a letter naming its primary school. You enrol online or at the school.",
                ],
                "eligibility": "Children who turn six by 30 September of the year they start. Younger children can start early on request.",
                "steps": [
                    ("Wait for the letter", "It names the school and the enrolment period."),
                    ("Enrol", "Online or in person at the school, with the birth certificate."),
                    ("School entry health check", "The public health office invites your child."),
                ],
                "processing_time": "The school confirms within four weeks",
                "deadlines": "Enrolment from 1 to 31 March of the year your child starts.",
                "online_service_label": "Enrol online",
            },
        },
    ),
    service(
        "school-entry-exam",
        categories=["school", "public-health"],
        target_groups=["families", "young-people"],
        life_events=["starting-school"],
        locations=["health-office"],
        organisation_key="health-office",
        related_keys=["school-enrolment"],
        minimum_age=5,
        maximum_age=7,
        cost="free",
        email=f"kinderaerztlicher-dienst@{DOMAIN}",
        languages=["de", "en"],
        reviewed_by="Kinder- und Jugendärztlicher Dienst",
        documents=["vaccination-record"],
        phones=[("+49 1234 5678-530", "appointments", "mornings")],
        text={
            "de": {
                "title": "Schuleingangsuntersuchung",
                "slug": "schuleingangsuntersuchung",
                "summary": "Vor der Einschulung untersucht das Gesundheitsamt Sehen, Hören, Sprache und Entwicklung Ihres Kindes.",
                "body": [
                    "Die Untersuchung dauert etwa eine Stunde. Sie erfahren, ob Ihr Kind Förderung braucht, bevor die Schule beginnt."
                ],
                "eligibility": "Pflicht für alle Kinder vor der Einschulung; die Einladung kommt automatisch.",
                "steps": [
                    ("Einladung abwarten", "Sie kommt nach der Schulanmeldung per Post."),
                    ("Zur Untersuchung kommen", "Bringen Sie Impfpass und Vorsorgeheft mit."),
                ],
            },
        },
    ),
    service(
        "school-transport",
        forms=forms("school-transport"),
        categories=["school"],
        target_groups=["families", "young-people"],
        life_events=["starting-school", "moving"],
        locations=["county-office"],
        organisation_key="county-office",
        related_keys=["school-enrolment"],
        minimum_age=6,
        maximum_age=18,
        cost="varies",
        online_service_url=f"{PORTAL}/schuelerbefoerderung",
        email=f"schuelerbefoerderung@{DOMAIN}",
        languages=["de", "en"],
        reviewed_by="Schulverwaltungsamt",
        documents=["school-certificate"],
        phones=[("+49 1234 5678-320", "questions", "mornings")],
        text={
            "de": {
                "title": "Schülerbeförderung und Schülerfahrkarte",
                "slug": "schuelerbefoerderung",
                "summary": "Der Landkreis übernimmt die Fahrkosten zur Schule, wenn der Schulweg weit oder gefährlich ist.",
                "body": [
                    "Schülerinnen und Schüler erhalten eine Jahreskarte für Bus und Bahn. Wo kein Bus fährt, organisiert der Landkreis einen Schulbus oder erstattet die Fahrtkosten.",
                ],
                "eligibility": "Grundschulkinder mit mehr als zwei Kilometern Schulweg, ältere Schülerinnen und Schüler ab drei Kilometern, jeweils zur nächstgelegenen Schule der gewählten Schulart.",
                "cost_description": "Bis Klasse 10 kostenlos. Ab Klasse 11 ein Eigenanteil von 12 Euro im Monat; mit Bildungspaket entfällt er.",
                "steps": [
                    ("Antrag stellen", "Online mit der Schulbescheinigung."),
                    ("Fahrkarte erhalten", "Die Jahreskarte kommt per Post zu Schuljahresbeginn."),
                ],
                "processing_time": "Zwei bis drei Wochen",
                "deadlines": "Antrag bis 31. Juli für das neue Schuljahr; spätere Anträge gelten ab dem Folgemonat.",
                "online_service_label": "Schülerfahrkarte beantragen",
            },
            "da": {
                "title": "Skolebefordring og skolekort",
                "slug": "skolebefordring",
                "summary": "Amtet betaler transporten til skolen, når skolevejen er lang eller farlig.",
                "body": [
                    "Eleverne får et årskort til bus og tog. Hvor der ikke kører bus, sørger amtet for skolebus eller refunderer udgifterne.",
                ],
                "eligibility": "Elever i indskolingen med mere end to kilometer til skole, ældre elever fra tre kilometer – til den nærmeste skole af den valgte type.",
                "cost_description": "Gratis til og med 10. klasse. Fra 11. klasse en egenbetaling på 12 euro om måneden; den bortfalder med uddannelsespakken.",
                "steps": [
                    ("Søg", "Online med skoleattesten."),
                    ("Få kortet", "Årskortet sendes med posten ved skoleårets start."),
                ],
                "processing_time": "To til tre uger",
                "deadlines": "Søg senest 31. juli til det nye skoleår; senere ansøgninger gælder fra måneden efter.",
                "online_service_label": "Søg om skolekort",
            },
            "fi": {
                "title": "Koulukuljetus ja koulumatkakortti",
                "slug": "koulukuljetus",
                "summary": "Piirikunta maksaa koulumatkat, kun matka on pitkä tai vaarallinen.",
                "body": [
                    "Oppilaat saavat vuosikortin busseihin ja juniin. Jos bussia ei kulje, piirikunta järjestää koulukyydin tai korvaa kulut.",
                ],
                "eligibility": "Alakoululaiset, joiden koulumatka on yli kaksi kilometriä, ja vanhemmat oppilaat yli kolmen kilometrin matkalla lähimpään valitun koulumuodon kouluun.",
                "cost_description": "Maksuton 10. luokkaan asti. 11. luokasta alkaen omavastuu 12 euroa kuukaudessa; koulutuspaketin saajilla ei omavastuuta.",
                "steps": [
                    ("Hae", "Verkossa koulutodistuksen kanssa."),
                    ("Saat kortin", "Vuosikortti tulee postissa lukuvuoden alussa."),
                ],
                "processing_time": "Kahdesta kolmeen viikkoa",
                "deadlines": "Hae 31. heinäkuuta mennessä; myöhemmät hakemukset ovat voimassa seuraavasta kuukaudesta.",
                "online_service_label": "Hae koulumatkakorttia",
            },
            "en": {
                "title": "School transport and pupil travel pass",
                "slug": "school-transport",
                "summary": "The county pays for travel to school when the way is long or dangerous.",
                "body": [
                    "Pupils get an annual pass for buses and trains. Where no bus runs, the county arranges a school bus or refunds the cost of travel.",
                ],
                "eligibility": "Primary pupils who live more than two kilometres from school, older pupils from three kilometres, to the nearest school of the type chosen.",
                "cost_description": "Free up to year 10. From year 11 a contribution of EUR 12 a month, waived for families receiving the education package.",
                "steps": [
                    ("Apply", "Online, with the certificate of school attendance."),
                    (
                        "Receive the pass",
                        "The annual pass arrives by post when the school year begins.",
                    ),
                ],
                "processing_time": "Two to three weeks",
                "deadlines": "Apply by 31 July for the new school year; later applications count from the following month.",
                "online_service_label": "Apply for a travel pass",
            },
        },
    ),
    service(
        "education-package",
        categories=["benefits", "school"],
        target_groups=["families", "young-people", "low-income"],
        life_events=["starting-school", "money-worries"],
        locations=["county-office", "office-birkenfeld"],
        organisation_key="county-office",
        related_keys=["school-transport"],
        maximum_age=24,
        cost="free",
        online_service_url=f"{PORTAL}/bildungspaket",
        email=f"but@{DOMAIN}",
        languages=["de", "en", "ar", "uk"],
        reviewed_by="Sozialamt",
        legal=[
            ("§ 28 SGB II", f"{GESETZE}/sgb_2/__28.html"),
            ("§ 34 SGB XII", f"{GESETZE}/sgb_12/__34.html"),
        ],
        documents=["benefit-notice", "school-certificate"],
        phones=[("+49 1234 5678-330", "questions", "office")],
        text={
            "de": {
                "title": "Bildung und Teilhabe (Bildungspaket)",
                "slug": "bildungspaket",
                "summary": "Zuschüsse für Schulbedarf, Ausflüge, Mittagessen, Nachhilfe und Vereinsbeiträge.",
                "body": [
                    "Kinder aus Familien mit wenig Geld sollen mitmachen können: bei der Klassenfahrt, beim Mittagessen in Kita und Schule, im Sportverein oder in der Musikschule."
                ],
                "eligibility": "Kinder, Jugendliche und junge Erwachsene bis 25 Jahre, deren Familie Bürgergeld, Sozialhilfe, Wohngeld oder Kinderzuschlag erhält.",
                "steps": [
                    (
                        "Antrag stellen",
                        "Ein Antrag genügt für alle Leistungen eines Bewilligungszeitraums.",
                    ),
                    (
                        "Gutschein oder Überweisung",
                        "Die Kosten zahlen wir direkt an Schule, Kita oder Verein.",
                    ),
                ],
                "processing_time": "Etwa drei Wochen",
            },
        },
    ),
    service(
        "adult-education",
        categories=["adult-education"],
        target_groups=["residents", "migrants"],
        areas=["lindenau", "oberau", "wiesental"],
        organisation_key="adult-education-centre",
        minimum_age=16,
        cost="charged",
        online_service_url=f"https://vhs.{DOMAIN}/kurse",
        email=f"vhs@{DOMAIN}",
        languages=["de", "en", "fr", "es", "it", "pl"],
        reviewed_by="Kreisvolkshochschule",
        phones=[("+49 1234 5678-800", "questions", "office")],
        text={
            "de": {
                "title": "Kurse der Kreisvolkshochschule",
                "slug": "volkshochschule",
                "summary": "Sprachen, Beruf, Gesundheit und Kultur: rund 400 Kurse im Jahr in Lindenau, Oberau und Wiesental.",
                "body": [
                    "Das Programm erscheint zweimal im Jahr. Viele Kurse gibt es auch online oder als Bildungsurlaub."
                ],
                "eligibility": "Alle ab 16 Jahren; manche Kurse haben eigene Voraussetzungen.",
                "cost_description": "Je nach Kurs, meist 40 bis 120 Euro. Ermäßigung um die Hälfte für Schülerinnen, Studierende und Menschen mit Sozialleistungen.",
                "steps": [
                    ("Kurs auswählen", ""),
                    ("Online anmelden", "Sie erhalten eine Bestätigung per E-Mail."),
                ],
                "deadlines": "Anmeldeschluss eine Woche vor Kursbeginn.",
                "online_service_label": "Kursprogramm ansehen",
            },
        },
    ),
]

HEALTH = [
    service(
        "vaccination",
        categories=["public-health"],
        target_groups=["residents", "migrants"],
        locations=["health-office"],
        organisation_key="health-office",
        related_keys=["school-entry-exam"],
        cost="varies",
        online_service_url=f"{PORTAL}/impftermin",
        email=f"impfen@{DOMAIN}",
        languages=["de", "en", "ru", "tr"],
        reviewed_by="Gesundheitsamt",
        legal=[("§ 20 IfSG", f"{GESETZE}/ifsg/__20.html")],
        documents=["vaccination-record", "health-card"],
        phones=[("+49 1234 5678-540", "appointments", "mornings")],
        text={
            "de": {
                "title": "Impfberatung und Impfungen",
                "slug": "impfberatung",
                "summary": "Das Gesundheitsamt berät zu Impfungen, prüft Ihren Impfpass und impft, wenn kein Hausarzt erreichbar ist.",
                "body": ["Vor Fernreisen beraten wir auch zu Reiseimpfungen und Malariaschutz."],
                "eligibility": "Alle Menschen, die im Landkreis wohnen.",
                "cost_description": "Beratung und Standardimpfungen kostenlos; Reiseimpfungen nach Gebührenordnung, viele Krankenkassen erstatten sie.",
                "steps": [("Termin online buchen", ""), ("Impfpass mitbringen", "")],
                "online_service_label": "Impftermin buchen",
            },
        },
    ),
    service(
        "infection-protection-briefing",
        categories=["public-health"],
        target_groups=["residents"],
        locations=["health-office"],
        organisation_key="health-office",
        minimum_age=14,
        cost="charged",
        online_service_url=f"{PORTAL}/belehrung-ifsg",
        email=f"gesundheitsamt@{DOMAIN}",
        languages=["de", "en", "tr", "ar", "ro"],
        reviewed_by="Gesundheitsamt",
        legal=[("§ 43 IfSG", f"{GESETZE}/ifsg/__43.html")],
        documents=["id"],
        text={
            "de": {
                "title": "Belehrung nach dem Infektionsschutzgesetz",
                "slug": "belehrung-infektionsschutz",
                "summary": "Die Bescheinigung, die Sie vor der ersten Arbeit mit Lebensmitteln brauchen (früher „Gesundheitszeugnis“).",
                "body": [
                    "Wer in Küche, Bäckerei, Metzgerei oder Kantine arbeitet, muss vorher über Hygiene und meldepflichtige Krankheiten belehrt werden. Die Belehrung gibt es als Video im Gesundheitsamt oder online."
                ],
                "eligibility": "Alle, die gewerbsmäßig mit offenen Lebensmitteln arbeiten werden, auch Aushilfen und Ehrenamtliche bei Festen mit Verkauf.",
                "cost_description": "25 Euro; Schülerinnen, Schüler und Ehrenamtliche zahlen 10 Euro.",
                "steps": [
                    ("Online-Belehrung ansehen", "Video und kurzer Test, in mehreren Sprachen."),
                    ("Bezahlen", "Per Karte oder Überweisung."),
                    ("Bescheinigung herunterladen", "Sie gilt unbefristet."),
                ],
                "processing_time": "Sofort nach bestandenem Test",
                "deadlines": "Die Bescheinigung darf bei Arbeitsbeginn höchstens drei Monate alt sein.",
                "online_service_label": "Zur Online-Belehrung",
            },
        },
    ),
    service(
        "social-psychiatric-service",
        categories=["mental-health"],
        target_groups=["residents", "carers"],
        locations=["health-office"],
        organisation_key="health-office",
        minimum_age=18,
        cost="free",
        email=f"spdi@{DOMAIN}",
        languages=["de", "en"],
        reviewed_by="Sozialpsychiatrischer Dienst",
        phones=[
            ("+49 1234 5678-550", "advice", "office"),
            ("+49 1234 5678-559", "crisis", "always"),
        ],
        text={
            "de": {
                "title": "Sozialpsychiatrischer Dienst",
                "slug": "sozialpsychiatrischer-dienst",
                "summary": "Hilfe für Erwachsene in seelischen Krisen und für ihre Angehörigen – auch mit Hausbesuch.",
                "body": [
                    "Sozialarbeiterinnen und eine Fachärztin beraten bei Depression, Psychosen, Sucht oder wenn das Leben aus den Fugen gerät. Wir vermitteln Therapie, Wohnhilfen und Selbsthilfegruppen.",
                ],
                "eligibility": "Erwachsene aus dem Landkreis und ihre Angehörigen, Nachbarn oder Arbeitgeber, die sich Sorgen machen.",
                "steps": [
                    ("Anrufen", "Auch ohne Termin in der offenen Sprechstunde am Montagnachmittag.")
                ],
                "further_notes": "Bei Lebensgefahr rufen Sie sofort den Notruf 112.",
            },
        },
    ),
]

CARE = [
    service(
        "care-advice",
        categories=["care-advice"],
        target_groups=["older-people", "carers", "disabled-people"],
        life_events=["needing-care", "growing-older"],
        locations=["care-point", "county-office", "office-oberau"],
        organisation_key="county-office",
        cost="free",
        online_service_url=f"{PORTAL}/pflegeberatung-termin",
        email=f"pflege@{DOMAIN}",
        languages=["de", "en", "pl", "ru", "tr"],
        reviewed_by="Pflegestützpunkt Lindenau",
        legal=[
            ("§ 7a SGB XI", f"{GESETZE}/sgb_11/__7a.html"),
            ("§ 7c SGB XI", f"{GESETZE}/sgb_11/__7c.html"),
        ],
        documents=["care-level", "health-card"],
        phones=[("+49 1234 5678-240", "advice", "office")],
        text={
            "de": {
                "title": "Pflegeberatung",
                "slug": "pflegeberatung",
                "summary": "Kostenlose, unabhängige Beratung für Pflegebedürftige und Angehörige.",
                "body": [
                    "Die Beratung kommt auf Wunsch auch zu Ihnen nach Hause. Vereinbaren Sie einen Termin per Telefon oder E-Mail.",
                    "Wir helfen beim Antrag auf einen Pflegegrad, erklären die Leistungen der Pflegekasse und suchen mit Ihnen passende Dienste, Tagespflege oder einen Heimplatz.",
                ],
                "eligibility": "Alle, die Pflege brauchen oder bald brauchen könnten, und ihre Angehörigen – mit oder ohne Pflegegrad.",
                "steps": [
                    ("Termin vereinbaren", "Telefonisch, per E-Mail oder online."),
                    (
                        "Beratungsgespräch",
                        "Im Pflegestützpunkt, in einem Bürgerbüro oder bei Ihnen zu Hause.",
                    ),
                    (
                        "Versorgungsplan",
                        "Auf Wunsch schreiben wir auf, wer was übernimmt, und begleiten Sie weiter.",
                    ),
                ],
                "processing_time": "Termin in der Regel innerhalb einer Woche",
                "further_notes": "Wer Pflegegeld bezieht, muss regelmäßig einen Beratungsbesuch nachweisen; auch diesen machen wir.",
                "online_service_label": "Beratungstermin online buchen",
            },
            "da": {
                "title": "Plejerådgivning",
                "slug": "plejeraadgivning",
                "summary": "Gratis, uafhængig rådgivning til borgere med plejebehov og pårørende.",
                "body": [
                    "Rådgiveren kommer gerne hjem til dig. Aftal en tid pr. telefon eller e-mail.",
                    "Vi hjælper med ansøgningen om plejegrad, forklarer plejeforsikringens ydelser og finder sammen med dig hjemmepleje, dagtilbud eller en plejehjemsplads.",
                ],
                "eligibility": "Alle, der har eller snart kan få brug for pleje, og deres pårørende – med eller uden plejegrad.",
                "steps": [
                    ("Bestil tid", "Pr. telefon, e-mail eller online."),
                    ("Samtale", "I plejecentret, i borgerservice eller hjemme hos dig."),
                    (
                        "Plejeplan",
                        "Hvis du ønsker det, skriver vi ned, hvem der gør hvad, og følger op.",
                    ),
                ],
                "processing_time": "Normalt en tid inden for en uge",
                "further_notes": "Modtager du plejepenge, skal du jævnligt have et rådgivningsbesøg; det kan du også få hos os.",
                "online_service_label": "Bestil tid online",
            },
            "fi": {
                "title": "Hoivaneuvonta",
                "slug": "hoivaneuvonta",
                "summary": "Maksutonta, riippumatonta neuvontaa hoivaa tarvitseville ja omaisille.",
                "body": [
                    "Neuvoja voi tulla myös kotiisi. Varaa aika puhelimitse tai sähköpostilla.",
                    "Autamme hoitoisuusluokan hakemisessa, kerromme hoitovakuutuksen etuuksista ja etsimme kanssasi kotihoidon, päivätoiminnan tai hoivakotipaikan.",
                ],
                "eligibility": "Kaikki, jotka tarvitsevat tai pian saattavat tarvita hoivaa, sekä heidän omaisensa – hoitoisuusluokasta riippumatta.",
                "steps": [
                    ("Varaa aika", "Puhelimitse, sähköpostilla tai verkossa."),
                    ("Neuvontakäynti", "Hoivapisteessä, asiakaspalvelupisteessä tai kotonasi."),
                    (
                        "Hoivasuunnitelma",
                        "Halutessasi kirjaamme, kuka tekee mitäkin, ja seuraamme tilannetta.",
                    ),
                ],
                "processing_time": "Aika yleensä viikon sisällä",
                "further_notes": "Hoitorahan saajilta edellytetään säännöllistä neuvontakäyntiä; senkin voi tehdä meillä.",
                "online_service_label": "Varaa aika verkossa",
            },
            "en": {
                "title": "Care advice",
                "slug": "care-advice",
                "summary": "Free, independent advice for people needing care and their families.",
                "body": [
                    "An adviser can also visit you at home. Book a time by phone or email.",
                    "We help you apply for a care level, explain what the long-term care insurance pays for and look with you for home care, day care or a place in a care home.",
                ],
                "eligibility": "Anyone who needs care, or may soon, and their families – with or without a care level.",
                "steps": [
                    ("Book an appointment", "By phone, email or online."),
                    (
                        "Talk to an adviser",
                        "At the care advice point, a citizens' office or in your home.",
                    ),
                    ("Care plan", "If you wish, we write down who does what and stay in touch."),
                ],
                "processing_time": "An appointment usually within a week",
                "further_notes": "If you receive care allowance you need regular advice visits; we do those too.",
                "online_service_label": "Book advice online",
            },
        },
    ),
    service(
        "home-care",
        categories=["home-care"],
        target_groups=["older-people", "carers", "disabled-people"],
        life_events=["needing-care", "growing-older"],
        locations=["care-point"],
        organisation_key="member:mobil",
        related_keys=["care-advice"],
        cost="varies",
        email=f"pflege@{DOMAIN}",
        languages=["de", "pl", "ru"],
        reviewed_by="Pflegestützpunkt Lindenau",
        legal=[("§ 36 SGB XI", f"{GESETZE}/sgb_11/__36.html")],
        documents=["care-level", "health-card"],
        phones=[("+49 1234 4422", "advice", "mornings")],
        text={
            "de": {
                "title": "Pflege zu Hause durch einen ambulanten Dienst",
                "slug": "ambulante-pflege",
                "summary": "Ein Pflegedienst hilft bei Körperpflege, Medikamenten und im Haushalt, damit Sie zu Hause leben können.",
                "body": [
                    "Im Landkreis arbeiten sieben ambulante Pflegedienste. Der Pflegestützpunkt weiß, wer in Ihrer Gemeinde noch Kapazität hat.",
                ],
                "eligibility": "Menschen mit einem Pflegegrad von 2 bis 5; medizinische Behandlungspflege auch ohne Pflegegrad auf ärztliche Verordnung.",
                "cost_description": "Die Pflegekasse zahlt je nach Pflegegrad einen Höchstbetrag im Monat; was darüber liegt, zahlen Sie selbst oder mit Hilfe zur Pflege.",
                "steps": [
                    ("Pflegegrad beantragen", "Bei Ihrer Pflegekasse, wenn Sie noch keinen haben."),
                    (
                        "Pflegedienst auswählen",
                        "Der Pflegestützpunkt nennt Ihnen Dienste mit freien Kapazitäten.",
                    ),
                    ("Pflegevertrag schließen", ""),
                ],
                "processing_time": "Ein Dienst kann oft innerhalb von ein bis zwei Wochen beginnen",
            },
            "da": {
                "title": "Hjemmepleje ved en ambulant plejetjeneste",
                "slug": "hjemmepleje",
                "summary": "En plejetjeneste hjælper med personlig pleje, medicin og husholdning, så du kan blive boende hjemme.",
                "body": [
                    "Der er syv ambulante plejetjenester i amtet. Plejecentret ved, hvem der har kapacitet i din kommune.",
                ],
                "eligibility": "Borgere med plejegrad 2 til 5; sygepleje også uden plejegrad efter lægens ordination.",
                "cost_description": "Plejeforsikringen betaler et månedligt maksimum afhængigt af plejegraden; resten betaler du selv eller med hjælp til pleje.",
                "steps": [
                    ("Søg om plejegrad", "Hos din plejeforsikring, hvis du ikke har en."),
                    (
                        "Vælg en plejetjeneste",
                        "Plejecentret fortæller, hvem der har ledig kapacitet.",
                    ),
                    ("Indgå en plejeaftale", ""),
                ],
                "processing_time": "En tjeneste kan ofte begynde inden for en til to uger",
            },
            "fi": {
                "title": "Kotihoito kotihoitopalvelun avulla",
                "slug": "kotihoito",
                "summary": "Kotihoitopalvelu auttaa peseytymisessä, lääkkeissä ja kotitöissä, jotta voit asua kotona.",
                "body": [
                    "Piirikunnassa toimii seitsemän kotihoitopalvelua. Hoivapiste tietää, kenellä on tilaa kunnassasi.",
                ],
                "eligibility": "Henkilöt, joilla on hoitoisuusluokka 2–5; sairaanhoito myös ilman luokkaa lääkärin määräyksestä.",
                "cost_description": "Hoitovakuutus maksaa hoitoisuusluokan mukaisen kuukausittaisen enimmäismäärän; loput maksat itse tai hoivatuen avulla.",
                "steps": [
                    (
                        "Hae hoitoisuusluokkaa",
                        "Hoitovakuutuksestasi, jos sinulla ei vielä ole sitä.",
                    ),
                    ("Valitse palvelu", "Hoivapiste kertoo, kenellä on vapaata kapasiteettia."),
                    ("Tee hoitosopimus", ""),
                ],
                "processing_time": "Palvelu voi usein alkaa viikon tai kahden kuluessa",
            },
            "en": {
                "title": "Care at home from a home-care service",
                "slug": "home-care",
                "summary": "A home-care service helps with washing, medicines and housework so that you can stay at home.",
                "body": [
                    "Seven home-care services work in the county. The care advice point knows who still has capacity in your municipality.",
                ],
                "eligibility": "People with care level 2 to 5; nursing care also without a care level when a doctor prescribes it.",
                "cost_description": "The long-term care insurance pays up to a monthly limit set by the care level; you pay the rest yourself or with care assistance.",
                "steps": [
                    (
                        "Apply for a care level",
                        "With your long-term care insurer, if you have none yet.",
                    ),
                    (
                        "Choose a service",
                        "The care advice point names services with free capacity.",
                    ),
                    ("Sign a care contract", ""),
                ],
                "processing_time": "A service can often start within one or two weeks",
            },
        },
    ),
    service(
        "care-home-place",
        categories=["residential-care"],
        target_groups=["older-people", "carers"],
        life_events=["needing-care"],
        locations=["care-point"],
        organisation_key="member:sonnenhof",
        related_keys=["care-advice", "home-care"],
        cost="varies",
        online_service_url=f"{PORTAL}/heimplatzboerse",
        email=f"pflege@{DOMAIN}",
        languages=["de"],
        reviewed_by="Pflegestützpunkt Lindenau",
        legal=[("§ 43 SGB XI", f"{GESETZE}/sgb_11/__43.html")],
        documents=["care-level", "id", "income"],
        phones=[("+49 1234 5678-240", "advice", "office")],
        text={
            "de": {
                "title": "Platz im Pflegeheim finden",
                "slug": "pflegeheimplatz",
                "summary": "Die Heimplatzbörse zeigt täglich, welches der neun Pflegeheime im Landkreis einen Platz frei hat.",
                "body": [
                    "Wenn die Pflege zu Hause nicht mehr geht, hilft der Pflegestützpunkt bei der Suche, beim Vergleich der Kosten und bei Anträgen.",
                ],
                "eligibility": "Menschen mit Pflegegrad 2 bis 5; Kurzzeitpflege nach einem Krankenhausaufenthalt auch mit Pflegegrad 1.",
                "cost_description": "Der Eigenanteil liegt je nach Heim zwischen 2.300 und 3.100 Euro im Monat. Reichen Rente und Vermögen nicht, übernimmt das Sozialamt den Rest.",
                "steps": [
                    (
                        "Freie Plätze ansehen",
                        "In der Heimplatzbörse oder telefonisch im Pflegestützpunkt.",
                    ),
                    (
                        "Heim besichtigen",
                        "Die meisten Heime bieten Besichtigungen ohne Termin am Nachmittag.",
                    ),
                    ("Heimvertrag schließen", "Lassen Sie ihn sich vorher erklären."),
                ],
                "processing_time": "Wartezeit je nach Heim wenige Tage bis mehrere Monate",
                "online_service_label": "Zur Heimplatzbörse",
            },
            "da": {
                "title": "Find en plads på plejehjem",
                "slug": "plejehjemsplads",
                "summary": "Pladsbørsen viser hver dag, hvilke af amtets ni plejehjem der har en ledig plads.",
                "body": [
                    "Når plejen i hjemmet ikke længere slår til, hjælper plejecentret med at søge, sammenligne priser og udfylde ansøgninger.",
                ],
                "eligibility": "Borgere med plejegrad 2 til 5; aflastningsophold efter hospitalsindlæggelse også med plejegrad 1.",
                "cost_description": "Egenbetalingen er mellem 2.300 og 3.100 euro om måneden afhængigt af plejehjemmet. Rækker pension og formue ikke, dækker socialforvaltningen resten.",
                "steps": [
                    ("Se ledige pladser", "I pladsbørsen eller ved at ringe til plejecentret."),
                    (
                        "Besøg plejehjemmet",
                        "De fleste plejehjem kan besøges om eftermiddagen uden aftale.",
                    ),
                    ("Indgå kontrakt", "Få den forklaret, før du skriver under."),
                ],
                "processing_time": "Ventetid fra få dage til flere måneder",
                "online_service_label": "Gå til pladsbørsen",
            },
            "fi": {
                "title": "Hoivakotipaikan löytäminen",
                "slug": "hoivakotipaikka",
                "summary": "Paikkapörssi näyttää päivittäin, missä piirikunnan yhdeksästä hoivakodista on vapaa paikka.",
                "body": [
                    "Kun kotona asuminen ei enää onnistu, hoivapiste auttaa etsimään paikkaa, vertailemaan hintoja ja täyttämään hakemukset.",
                ],
                "eligibility": "Henkilöt, joilla on hoitoisuusluokka 2–5; lyhytaikainen hoito sairaalajakson jälkeen myös luokalla 1.",
                "cost_description": "Omavastuu on hoivakodista riippuen 2 300–3 100 euroa kuukaudessa. Jos eläke ja varat eivät riitä, sosiaalitoimi maksaa loput.",
                "steps": [
                    ("Katso vapaat paikat", "Paikkapörssistä tai soittamalla hoivapisteeseen."),
                    (
                        "Tutustu hoivakotiin",
                        "Useimpiin voi tutustua iltapäivisin ilman ajanvarausta.",
                    ),
                    ("Tee sopimus", "Pyydä, että sopimus selitetään ennen allekirjoitusta."),
                ],
                "processing_time": "Odotusaika muutamasta päivästä useisiin kuukausiin",
                "online_service_label": "Siirry paikkapörssiin",
            },
            "en": {
                "title": "Finding a place in a care home",
                "slug": "care-home-place",
                "summary": "The vacancy board shows every day which of the county's nine care homes has a free place.",
                "body": [
                    "When care at home is no longer enough, the care advice point helps you search, compare costs and fill in applications.",
                ],
                "eligibility": "People with care level 2 to 5; short-term care after a hospital stay also with care level 1.",
                "cost_description": "Depending on the home, your own share is between EUR 2,300 and 3,100 a month. If pension and savings do not cover it, the social welfare office pays the rest.",
                "steps": [
                    (
                        "See free places",
                        "On the vacancy board or by calling the care advice point.",
                    ),
                    (
                        "Visit the home",
                        "Most homes welcome visitors in the afternoon without an appointment.",
                    ),
                    ("Sign the contract", "Ask for it to be explained before you sign."),
                ],
                "processing_time": "Waiting time from a few days to several months",
                "online_service_label": "Go to the vacancy board",
            },
        },
    ),
    service(
        "welfare-technology",
        categories=["home-care"],
        target_groups=["older-people", "disabled-people", "carers"],
        life_events=["growing-older", "needing-care", "building-home"],
        locations=["care-point"],
        organisation_key="county-office",
        related_keys=["care-advice", "home-care"],
        cost="varies",
        email=f"wohnberatung@{DOMAIN}",
        languages=["de", "en"],
        reviewed_by="Wohnberatung im Pflegestützpunkt",
        legal=[("§ 40 SGB XI", f"{GESETZE}/sgb_11/__40.html")],
        documents=["care-level"],
        phones=[("+49 1234 5678-245", "advice", "afternoons")],
        text={
            "de": {
                "title": "Technische Hilfen und Wohnraumanpassung",
                "slug": "technische-hilfen",
                "summary": "Hausnotruf, Sensoren, Treppenlift, bodengleiche Dusche: Beratung, was hilft und wer es bezahlt.",
                "body": [
                    "In unserer Musterwohnung im Pflegestützpunkt können Sie Hilfsmittel ausprobieren – vom Herdwächter bis zum Tablet mit Videotelefonie. Unsere Wohnberaterin kommt auch zu Ihnen und schlägt Umbauten vor.",
                ],
                "eligibility": "Ältere Menschen, Menschen mit Behinderung und ihre Angehörigen. Zuschüsse der Pflegekasse gibt es ab Pflegegrad 1.",
                "cost_description": "Die Beratung ist kostenlos. Die Pflegekasse zahlt bis zu 4.180 Euro je Umbau und einen Zuschuss zum Hausnotruf; der Rest ist Eigenanteil.",
                "steps": [
                    (
                        "Musterwohnung besuchen",
                        "Dienstags und donnerstags nachmittags oder nach Vereinbarung.",
                    ),
                    ("Hausbesuch", "Die Wohnberaterin sieht sich Ihre Wohnung an."),
                    ("Zuschuss beantragen", "Vor Beginn des Umbaus bei der Pflegekasse."),
                ],
                "processing_time": "Die Pflegekasse entscheidet meist innerhalb von drei Wochen",
                "deadlines": "Den Zuschuss vor Beginn der Arbeiten beantragen; nachträglich wird nichts erstattet.",
            },
            "da": {
                "title": "Velfærdsteknologi og boligindretning",
                "slug": "velfaerdsteknologi",
                "summary": "Nødkald, sensorer, trappelift, niveaufri bruser: rådgivning om hvad der hjælper, og hvem der betaler.",
                "body": [
                    "I vores demolejlighed i plejecentret kan du prøve hjælpemidler – fra komfurvagt til tablet med videoopkald. Vores boligrådgiver kommer også hjem til dig og foreslår ændringer.",
                ],
                "eligibility": "Ældre, borgere med handicap og pårørende. Tilskud fra plejeforsikringen fra plejegrad 1.",
                "cost_description": "Rådgivningen er gratis. Plejeforsikringen betaler op til 4.180 euro pr. ombygning og et tilskud til nødkald; resten er egenbetaling.",
                "steps": [
                    ("Besøg demolejligheden", "Tirsdag og torsdag eftermiddag eller efter aftale."),
                    ("Hjemmebesøg", "Boligrådgiveren ser på din bolig."),
                    ("Søg tilskud", "Hos plejeforsikringen, før arbejdet går i gang."),
                ],
                "processing_time": "Plejeforsikringen svarer som regel inden for tre uger",
                "deadlines": "Søg tilskud, før arbejdet begynder; der gives ikke tilskud bagud.",
            },
            "fi": {
                "title": "Hyvinvointiteknologia ja asunnon muutostyöt",
                "slug": "hyvinvointiteknologia",
                "summary": "Turvapuhelin, anturit, porrashissi, kynnyksetön suihku: neuvontaa siitä, mikä auttaa ja kuka maksaa.",
                "body": [
                    "Hoivapisteen malliasunnossa voit kokeilla apuvälineitä – liesivahdista videopuheluihin sopivaan tablettiin. Asuntoneuvojamme tulee myös kotiisi ja ehdottaa muutoksia.",
                ],
                "eligibility": "Ikääntyneet, vammaiset henkilöt ja omaiset. Hoitovakuutuksen tuki hoitoisuusluokasta 1 alkaen.",
                "cost_description": "Neuvonta on maksutonta. Hoitovakuutus maksaa enintään 4 180 euroa muutostyötä kohden sekä tukea turvapuhelimeen; loput on omavastuuta.",
                "steps": [
                    (
                        "Tutustu malliasuntoon",
                        "Tiistai- ja torstai-iltapäivisin tai sopimuksen mukaan.",
                    ),
                    ("Kotikäynti", "Asuntoneuvoja arvioi asuntosi."),
                    ("Hae tukea", "Hoitovakuutuksesta ennen töiden aloittamista."),
                ],
                "processing_time": "Hoitovakuutus päättää yleensä kolmessa viikossa",
                "deadlines": "Hae tuki ennen töiden alkua; jälkikäteen tukea ei makseta.",
            },
            "en": {
                "title": "Welfare technology and home adaptations",
                "slug": "welfare-technology",
                "summary": "Personal alarms, sensors, stair lifts, level-access showers: advice on what helps and who pays.",
                "body": [
                    "In our show flat at the care advice point you can try aids – from a cooker guard to a tablet for video calls. Our housing adviser also visits you and suggests changes.",
                ],
                "eligibility": "Older people, disabled people and their families. The care insurance contributes from care level 1.",
                "cost_description": "Advice is free. The long-term care insurance pays up to EUR 4,180 per adaptation and a contribution to a personal alarm; the rest is your own share.",
                "steps": [
                    ("Visit the show flat", "Tuesday and Thursday afternoons or by appointment."),
                    ("Home visit", "The housing adviser looks at your home."),
                    ("Apply for a grant", "With the care insurer, before work begins."),
                ],
                "processing_time": "The care insurer usually decides within three weeks",
                "deadlines": "Apply before work starts; nothing is refunded afterwards.",
            },
        },
    ),
    service(
        "carer-relief",
        categories=["care-advice", "home-care"],
        target_groups=["carers"],
        life_events=["needing-care"],
        locations=["care-point"],
        organisation_key="member:beratung",
        related_keys=["care-advice"],
        cost="free",
        email=f"pflege@{DOMAIN}",
        languages=["de", "en"],
        reviewed_by="Beratungsstelle für pflegende Angehörige",
        legal=[
            ("§ 39 SGB XI", f"{GESETZE}/sgb_11/__39.html"),
            ("§ 45b SGB XI", f"{GESETZE}/sgb_11/__45b.html"),
        ],
        phones=[("+49 1234 4444", "advice", "afternoons")],
        text={
            "de": {
                "title": "Entlastung für pflegende Angehörige",
                "slug": "entlastung-angehoerige",
                "summary": "Gesprächskreise, Verhinderungspflege und Alltagshilfen – damit Pflegende selbst gesund bleiben.",
                "body": [
                    "Jeden ersten Mittwoch im Monat trifft sich der Gesprächskreis im Seniorenzentrum Am Park. Wir zeigen Ihnen außerdem, wie Sie Entlastungsbetrag und Verhinderungspflege nutzen.",
                ],
                "eligibility": "Alle, die einen Angehörigen, Freund oder Nachbarn pflegen.",
                "steps": [
                    (
                        "Kommen Sie einfach vorbei",
                        "Oder rufen Sie an, wenn Sie lieber zuerst allein sprechen möchten.",
                    )
                ],
            },
        },
    ),
    service(
        "care-assistance",
        forms=forms("care-assistance"),
        categories=["benefits", "residential-care"],
        target_groups=["older-people", "low-income"],
        life_events=["needing-care", "money-worries"],
        locations=["county-office"],
        organisation_key="county-office",
        related_keys=["care-home-place"],
        cost="free",
        online_service_url=f"{PORTAL}/hilfe-zur-pflege",
        email=f"sozialamt@{DOMAIN}",
        languages=["de"],
        reviewed_by="Sozialamt",
        legal=[("§ 61 SGB XII", f"{GESETZE}/sgb_12/__61.html")],
        documents=["care-level", "income", "id"],
        phones=[("+49 1234 5678-340", "questions", "mornings")],
        text={
            "de": {
                "title": "Hilfe zur Pflege",
                "slug": "hilfe-zur-pflege",
                "summary": "Das Sozialamt übernimmt Pflegekosten, die Pflegekasse, Rente und Vermögen nicht decken.",
                "body": [
                    "Ob im Heim oder zu Hause: Niemand muss auf Pflege verzichten, weil das Geld fehlt. Kinder müssen erst ab einem Jahreseinkommen von 100.000 Euro zu den Kosten beitragen."
                ],
                "eligibility": "Pflegebedürftige, deren Einkommen und Vermögen nicht reichen; ein Schonvermögen von 10.000 Euro bleibt.",
                "steps": [
                    ("Antrag stellen", "Formlos genügt zunächst; die Unterlagen können folgen."),
                    ("Unterlagen einreichen", ""),
                    ("Bescheid erhalten", ""),
                ],
                "processing_time": "Etwa acht Wochen",
                "deadlines": "Hilfe gibt es ab dem Tag, an dem das Sozialamt von der Notlage erfährt – melden Sie sich früh.",
                "online_service_label": "Antrag online stellen",
            },
        },
    ),
]

SOCIAL = [
    service(
        "housing-benefit",
        forms=forms("housing-benefit"),
        categories=["benefits"],
        target_groups=["low-income", "families", "older-people"],
        life_events=["money-worries", "moving"],
        locations=["county-office", "office-birkenfeld", "office-oberau"],
        organisation_key="county-office",
        minimum_age=18,
        cost="free",
        online_service_url=f"{PORTAL}/wohngeld",
        email=f"wohngeld@{DOMAIN}",
        languages=["de", "en", "tr", "ar", "uk"],
        reviewed_by="Wohngeldstelle",
        legal=[("Wohngeldgesetz (WoGG)", f"{GESETZE}/wogg/")],
        documents=["id", "rent", "income", "registration"],
        phones=[("+49 1234 5678-350", "questions", "office")],
        text={
            "de": {
                "title": "Wohngeld beantragen",
                "slug": "wohngeld",
                "summary": "Ein Zuschuss zur Miete oder zu den Kosten des eigenen Hauses für Haushalte mit kleinem Einkommen.",
                "body": [
                    "Wohngeld bekommen viele, die es nicht vermuten: Rentnerinnen, Familien, Auszubildende mit eigener Wohnung. Mit dem Wohngeldrechner sehen Sie in fünf Minuten, ob sich ein Antrag lohnt.",
                ],
                "eligibility": "Mieter und Eigentümer im Landkreis, deren Einkommen unter einer Grenze liegt, die von Haushaltsgröße und Miete abhängt. Wer Bürgergeld oder Grundsicherung bezieht, bekommt kein Wohngeld.",
                "steps": [
                    ("Anspruch prüfen", "Mit dem Wohngeldrechner im Online-Antrag."),
                    (
                        "Antrag stellen",
                        "Online mit Bürgerkonto oder auf Papier in einem Bürgerbüro.",
                    ),
                    (
                        "Bescheid abwarten",
                        "Wohngeld wird für zwölf Monate bewilligt; danach neu beantragen.",
                    ),
                ],
                "processing_time": "Etwa sechs bis acht Wochen",
                "deadlines": "Wohngeld gibt es ab dem Monat, in dem der Antrag eingeht – nicht rückwirkend.",
                "further_notes": "Den Folgeantrag stellen Sie am besten zwei Monate vor Ablauf, damit keine Lücke entsteht.",
                "online_service_label": "Wohngeld online beantragen",
            },
            "da": {
                "title": "Søg om boligstøtte",
                "slug": "boligstoette",
                "summary": "Tilskud til husleje eller udgifter til egen bolig for husstande med lav indkomst.",
                "body": [
                    "Mange får boligstøtte uden at have regnet med det: pensionister, familier, lærlinge med egen bolig. Med beregneren kan du på fem minutter se, om det kan betale sig at søge.",
                ],
                "eligibility": "Lejere og ejere i amtet med en indkomst under en grænse, som afhænger af husstandens størrelse og huslejen. Modtagere af borgerløn eller grundydelse kan ikke få boligstøtte.",
                "steps": [
                    ("Tjek, om du har ret", "Med beregneren i onlineansøgningen."),
                    ("Søg", "Online med borgerkonto eller på papir i borgerservice."),
                    ("Vent på afgørelsen", "Boligstøtte bevilges for tolv måneder ad gangen."),
                ],
                "processing_time": "Cirka seks til otte uger",
                "deadlines": "Støtten gælder fra den måned, ansøgningen modtages – ikke bagud.",
                "further_notes": "Søg om forlængelse to måneder før, så der ikke opstår et hul.",
                "online_service_label": "Søg om boligstøtte online",
            },
            "fi": {
                "title": "Asumistuen hakeminen",
                "slug": "asumistuki",
                "summary": "Tukea vuokraan tai oman kodin kuluihin pienituloisille kotitalouksille.",
                "body": [
                    "Moni saa asumistukea aavistamattaan: eläkeläiset, perheet, omassa asunnossa asuvat opiskelijat. Laskurilla näet viidessä minuutissa, kannattaako hakea.",
                ],
                "eligibility": "Piirikunnan vuokralaiset ja omistajat, joiden tulot jäävät kotitalouden koon ja vuokran mukaan määräytyvän rajan alle. Perusturvan saajat eivät saa asumistukea.",
                "steps": [
                    ("Tarkista oikeutesi", "Verkkohakemuksen laskurilla."),
                    ("Hae", "Verkossa kansalaistilillä tai paperilla asiakaspalvelupisteessä."),
                    ("Odota päätöstä", "Tuki myönnetään kahdeksitoista kuukaudeksi kerrallaan."),
                ],
                "processing_time": "Noin kuudesta kahdeksaan viikkoa",
                "deadlines": "Tuki alkaa hakemuksen saapumiskuukaudesta – ei takautuvasti.",
                "further_notes": "Tee jatkohakemus kaksi kuukautta ennen tuen päättymistä, jottei väliin jää katkoa.",
                "online_service_label": "Hae asumistukea verkossa",
            },
            "en": {
                "title": "Applying for housing benefit",
                "slug": "housing-benefit",
                "summary": "A contribution to the rent or the costs of your own home for households on a low income.",
                "body": [
                    "Many people receive housing benefit without having expected it: pensioners, families, apprentices with a flat of their own. The calculator shows in five minutes whether applying is worthwhile.",
                ],
                "eligibility": "Tenants and owners in the county whose income is below a limit that depends on household size and rent. People receiving citizen's income or basic income support cannot get housing benefit.",
                "steps": [
                    ("Check your entitlement", "With the calculator in the online application."),
                    ("Apply", "Online with a citizen account, or on paper at a citizens' office."),
                    (
                        "Wait for the decision",
                        "Housing benefit is granted for twelve months at a time.",
                    ),
                ],
                "processing_time": "About six to eight weeks",
                "deadlines": "Housing benefit is paid from the month your application arrives – not backdated.",
                "further_notes": "Apply to renew two months before it runs out so that there is no gap.",
                "online_service_label": "Apply online",
            },
        },
    ),
    service(
        "debt-counselling",
        categories=["counselling"],
        target_groups=["low-income", "residents"],
        life_events=["money-worries"],
        areas=["lindenau", "birkenfeld", "hainbach", "oberau", "wiesental", "steinbrueck"],
        locations=["county-office", "office-oberau"],
        organisation_key="debt-advice",
        related_keys=["housing-benefit"],
        minimum_age=18,
        cost="free",
        email="kontakt@schuldnerberatung-lindenau.example",
        languages=["de", "en", "ru", "tr"],
        reviewed_by="Schuldner- und Insolvenzberatung Lindenau e. V.",
        legal=[("§ 305 InsO", f"{GESETZE}/inso/__305.html")],
        documents=["creditor-letters", "income", "id"],
        phones=[("+49 1234 6610", "appointments", "mornings")],
        text={
            "de": {
                "title": "Schuldnerberatung",
                "slug": "schuldnerberatung",
                "summary": "Kostenlose Hilfe, wenn Rechnungen, Mahnungen und Kredite über den Kopf wachsen.",
                "body": [
                    "Wir verschaffen uns mit Ihnen einen Überblick, verhandeln mit Gläubigern und sichern das Nötigste, etwa mit einem Pfändungsschutzkonto. Wenn es keinen anderen Weg gibt, begleiten wir Sie durch die Privatinsolvenz.",
                    "Sprechstunden finden im Landratsamt und im Bürgerbüro Oberau statt.",
                ],
                "eligibility": "Überschuldete Menschen mit Wohnsitz im Landkreis. Bei drohender Stromsperre oder Räumung bekommen Sie sofort einen Termin.",
                "steps": [
                    ("Anrufen", "Im ersten Telefonat klären wir, was dringend ist."),
                    ("Unterlagen sammeln", "Bringen Sie alle Briefe mit, auch ungeöffnete."),
                    ("Beratung", "Meist mehrere Termine über einige Monate."),
                ],
                "processing_time": "Erster Termin innerhalb von drei Wochen, in Notfällen sofort",
            },
            "da": {
                "title": "Gældsrådgivning",
                "slug": "gaeldsraadgivning",
                "summary": "Gratis hjælp, når regninger, rykkere og lån vokser dig over hovedet.",
                "body": [
                    "Sammen skaber vi overblik, forhandler med kreditorerne og sikrer det mest nødvendige, for eksempel med en beskyttet konto. Er der ingen anden vej, hjælper vi dig gennem en gældssanering.",
                    "Rådgivningen foregår i amtshuset og i borgerservice i Oberau.",
                ],
                "eligibility": "Borgere i amtet med gæld, de ikke kan betale. Truer en afbrydelse af strømmen eller en udsættelse, får du en tid med det samme.",
                "steps": [
                    ("Ring", "I den første samtale afklarer vi, hvad der haster."),
                    ("Saml papirerne", "Tag alle breve med, også dem du ikke har åbnet."),
                    ("Rådgivning", "Som regel flere samtaler over nogle måneder."),
                ],
                "processing_time": "Første samtale inden for tre uger, i nødstilfælde straks",
            },
            "fi": {
                "title": "Velkaneuvonta",
                "slug": "velkaneuvonta",
                "summary": "Maksutonta apua, kun laskut, muistutukset ja lainat kasvavat yli pään.",
                "body": [
                    "Kartoitamme tilanteen kanssasi, neuvottelemme velkojien kanssa ja turvaamme välttämättömän, esimerkiksi suojatulla tilillä. Jos muuta keinoa ei ole, tuemme sinua velkajärjestelyssä.",
                    "Vastaanotot pidetään piirikunnanvirastossa ja Oberaun asiakaspalvelupisteessä.",
                ],
                "eligibility": "Ylivelkaantuneet piirikunnan asukkaat. Jos sähköt uhataan katkaista tai asunnosta häätää, saat ajan heti.",
                "steps": [
                    ("Soita", "Ensimmäisessä puhelussa selvitämme, mikä on kiireellistä."),
                    ("Kerää paperit", "Ota mukaan kaikki kirjeet, myös avaamattomat."),
                    ("Neuvonta", "Yleensä useita tapaamisia muutaman kuukauden aikana."),
                ],
                "processing_time": "Ensimmäinen aika kolmen viikon sisällä, hätätilanteessa heti",
            },
            "en": {
                "title": "Debt advice",
                "slug": "debt-advice",
                "summary": "Free help when bills, reminders and loans get on top of you.",
                "body": [
                    "Together we get an overview, negotiate with creditors and protect what you need to live on, for example with a protected account. If there is no other way, we guide you through personal insolvency.",
                    "Advice sessions take place at the county office and the Oberau citizens' office.",
                ],
                "eligibility": "People living in the county who cannot pay their debts. If your electricity is about to be cut off or you face eviction, you get an appointment at once.",
                "steps": [
                    ("Call us", "In the first call we sort out what is urgent."),
                    ("Gather your papers", "Bring every letter, unopened ones too."),
                    ("Advice", "Usually several appointments over a few months."),
                ],
                "processing_time": "A first appointment within three weeks, at once in an emergency",
            },
        },
    ),
    service(
        "basic-income-old-age",
        categories=["benefits"],
        target_groups=["older-people", "disabled-people", "low-income"],
        life_events=["money-worries", "growing-older"],
        locations=["county-office"],
        organisation_key="county-office",
        related_keys=["housing-benefit"],
        minimum_age=18,
        cost="free",
        online_service_url=f"{PORTAL}/grundsicherung",
        email=f"sozialamt@{DOMAIN}",
        languages=["de"],
        reviewed_by="Sozialamt",
        legal=[("§ 41 SGB XII", f"{GESETZE}/sgb_12/__41.html")],
        documents=["id", "income", "rent"],
        phones=[("+49 1234 5678-340", "questions", "mornings")],
        text={
            "de": {
                "title": "Grundsicherung im Alter und bei Erwerbsminderung",
                "slug": "grundsicherung",
                "summary": "Wenn Rente und Einkommen nicht zum Leben reichen: Geld für den Lebensunterhalt und die Wohnung.",
                "body": [
                    "Die Grundsicherung deckt den Regelbedarf sowie Miete und Heizung in angemessener Höhe. Auf das Einkommen Ihrer Kinder wird in der Regel nicht zurückgegriffen."
                ],
                "eligibility": "Menschen ab dem Rentenalter oder ab 18 Jahren, wenn sie dauerhaft voll erwerbsgemindert sind, mit zu geringem Einkommen und Vermögen.",
                "steps": [
                    ("Antrag stellen", "Online, per Post oder im Landratsamt."),
                    ("Bescheid abwarten", ""),
                ],
                "processing_time": "Etwa sechs Wochen",
                "online_service_label": "Grundsicherung beantragen",
            },
        },
    ),
    service(
        "disability-card",
        categories=["benefits"],
        target_groups=["disabled-people"],
        locations=["county-office"],
        organisation_key="county-office",
        cost="free",
        online_service_url=f"{PORTAL}/schwerbehinderung",
        email=f"versorgungsamt@{DOMAIN}",
        languages=["de", "sgn"],
        reviewed_by="Versorgungsamt",
        legal=[("§ 152 SGB IX", f"{GESETZE}/sgb_9_2018/__152.html")],
        documents=["medical-reports", "photo", "id"],
        phones=[("+49 1234 5678-360", "questions", "mornings")],
        text={
            "de": {
                "title": "Schwerbehindertenausweis",
                "slug": "schwerbehindertenausweis",
                "summary": "Feststellung des Grades der Behinderung und Ausweis für Nachteilsausgleiche.",
                "body": [
                    "Mit dem Ausweis nutzen Sie Nachteilsausgleiche wie zusätzlichen Urlaub, Steuerfreibeträge oder die Freifahrt im Nahverkehr."
                ],
                "eligibility": "Menschen mit einem Grad der Behinderung von mindestens 50, die im Landkreis wohnen.",
                "steps": [
                    ("Antrag stellen", "Nennen Sie alle Ärztinnen und Ärzte, die Sie behandeln."),
                    (
                        "Begutachtung",
                        "Wir holen die Befunde ein; eine Untersuchung ist selten nötig.",
                    ),
                    ("Ausweis erhalten", ""),
                ],
                "processing_time": "Drei bis vier Monate",
                "online_service_label": "Antrag online stellen",
            },
        },
    ),
    service(
        "migration-advice",
        categories=["integration"],
        target_groups=["migrants"],
        life_events=["arriving", "moving"],
        locations=["county-office", "office-birkenfeld"],
        organisation_key="county-office",
        minimum_age=18,
        cost="free",
        email=f"integration@{DOMAIN}",
        languages=["de", "en", "ar", "fa", "uk", "ru", "tr"],
        reviewed_by="Integrationsbüro",
        legal=[("§ 45 AufenthG", f"{GESETZE}/aufenthg_2004/__45.html")],
        documents=["residence-permit", "id"],
        phones=[("+49 1234 5678-370", "appointments", "office")],
        text={
            "de": {
                "title": "Migrationsberatung für Erwachsene",
                "slug": "migrationsberatung",
                "summary": "Beratung in vielen Sprachen zu Aufenthalt, Sprachkurs, Arbeit, Wohnung und Anerkennung von Abschlüssen.",
                "body": [
                    "In den ersten Jahren in Deutschland gibt es viel zu regeln. Unsere Beraterinnen und Berater helfen bei Briefen von Behörden, erklären das Schulsystem und vermitteln Sprachkurse und Anerkennungsstellen.",
                    "Dolmetscherinnen für weitere Sprachen organisieren wir kostenlos.",
                ],
                "eligibility": "Erwachsene Zugewanderte und ihre Familien, unabhängig vom Aufenthaltsstatus.",
                "steps": [
                    ("Termin vereinbaren", "Telefonisch oder per E-Mail, gern in Ihrer Sprache."),
                    ("Zum Gespräch kommen", "Bringen Sie Ihre Papiere und alle Briefe mit."),
                ],
                "processing_time": "Termin innerhalb einer Woche",
                "further_notes": "Offene Sprechstunde ohne Termin: Donnerstag 14–18 Uhr im Landratsamt.",
            },
            "da": {
                "title": "Migrationsrådgivning for voksne",
                "slug": "migrationsraadgivning",
                "summary": "Rådgivning på mange sprog om opholdstilladelse, sprogkursus, arbejde, bolig og anerkendelse af uddannelse.",
                "body": [
                    "De første år i Tyskland er der meget at ordne. Vores rådgivere hjælper med breve fra myndigheder, forklarer skolesystemet og formidler sprogkurser og anerkendelse af uddannelser.",
                    "Tolke til andre sprog skaffer vi gratis.",
                ],
                "eligibility": "Voksne tilflyttere og deres familier, uanset opholdsgrundlag.",
                "steps": [
                    ("Bestil tid", "Pr. telefon eller e-mail, gerne på dit eget sprog."),
                    ("Kom til samtale", "Tag dine papirer og alle breve med."),
                ],
                "processing_time": "En tid inden for en uge",
                "further_notes": "Åben rådgivning uden tidsbestilling: torsdag kl. 14–18 i amtshuset.",
            },
            "fi": {
                "title": "Maahanmuuttoneuvonta aikuisille",
                "slug": "maahanmuuttoneuvonta",
                "summary": "Neuvontaa monella kielellä oleskelusta, kielikursseista, työstä, asunnosta ja tutkintojen tunnustamisesta.",
                "body": [
                    "Ensimmäisinä vuosina Saksassa on paljon hoidettavaa. Neuvojamme auttavat viranomaisten kirjeissä, kertovat koulujärjestelmästä ja ohjaavat kielikursseille ja tutkintojen tunnustamiseen.",
                    "Tulkin muille kielille järjestämme maksutta.",
                ],
                "eligibility": "Aikuiset maahanmuuttajat perheineen oleskelustatuksesta riippumatta.",
                "steps": [
                    ("Varaa aika", "Puhelimitse tai sähköpostilla, mielellään omalla kielelläsi."),
                    ("Tule tapaamiseen", "Ota mukaan asiakirjasi ja kaikki kirjeet."),
                ],
                "processing_time": "Aika viikon sisällä",
                "further_notes": "Avoin vastaanotto ilman ajanvarausta: torstaisin klo 14–18 piirikunnanvirastossa.",
            },
            "en": {
                "title": "Migration advice for adults",
                "slug": "migration-advice",
                "summary": "Advice in many languages on residence, language courses, work, housing and recognition of qualifications.",
                "body": [
                    "There is a lot to sort out in your first years in Germany. Our advisers help with letters from authorities, explain the school system and put you in touch with language courses and recognition offices.",
                    "We arrange interpreters for other languages free of charge.",
                ],
                "eligibility": "Adults who have moved to Germany and their families, whatever their residence status.",
                "steps": [
                    ("Book an appointment", "By phone or email, in your own language if you like."),
                    (
                        "Come and talk to us",
                        "Bring your documents and every letter you have received.",
                    ),
                ],
                "processing_time": "An appointment within a week",
                "further_notes": "Drop-in hours without an appointment: Thursdays 14:00–18:00 at the county office.",
            },
        },
    ),
    service(
        "integration-course",
        categories=["integration", "adult-education"],
        target_groups=["migrants"],
        life_events=["arriving"],
        areas=["north", "south"],
        locations=["county-office"],
        organisation_key="adult-education-centre",
        related_keys=["migration-advice", "adult-education"],
        minimum_age=16,
        cost="varies",
        online_service_url=f"https://vhs.{DOMAIN}/integrationskurse",
        email=f"vhs@{DOMAIN}",
        languages=["de", "en", "ar", "uk"],
        reviewed_by="Kreisvolkshochschule",
        legal=[("§ 44 AufenthG", f"{GESETZE}/aufenthg_2004/__44.html")],
        documents=["residence-permit"],
        phones=[("+49 1234 5678-810", "questions", "mornings")],
        text={
            "de": {
                "title": "Integrationskurs",
                "slug": "integrationskurs",
                "summary": "Deutschkurs bis Niveau B1 mit Orientierungskurs zu Geschichte, Recht und Alltag in Deutschland.",
                "body": [
                    "Kurse beginnen laufend in Lindenau und Oberau, vormittags, abends und mit Kinderbetreuung.",
                ],
                "eligibility": "Zugewanderte mit Aufenthaltserlaubnis oder Berechtigungsschein des Bundesamts für Migration und Flüchtlinge.",
                "cost_description": "2,29 Euro je Unterrichtsstunde; wer Bürgergeld oder Sozialhilfe bezieht, ist befreit. Die Hälfte wird bei bestandener Prüfung erstattet.",
                "steps": [
                    ("Einstufungstest", "Kostenlos, ohne Anmeldung montags um 9 Uhr."),
                    ("Kurs auswählen und anmelden", ""),
                ],
                "deadlines": "Wer zur Teilnahme verpflichtet ist, muss sich innerhalb eines Jahres anmelden.",
                "online_service_label": "Kurstermine ansehen",
            },
        },
    ),
]

DIGITAL = [
    service(
        "citizen-account",
        categories=["online-services"],
        target_groups=["residents"],
        life_events=["moving"],
        locations=["county-office", "office-birkenfeld", "office-oberau"],
        organisation_key="county-office",
        related_keys=["housing-benefit", "daycare-place"],
        minimum_age=16,
        cost="free",
        online_service_url="https://id.bund.de/",
        email=f"digital@{DOMAIN}",
        languages=["de", "en"],
        reviewed_by="Stabsstelle Digitalisierung",
        legal=[("§ 3 OZG", f"{GESETZE}/ozg/__3.html")],
        documents=["id"],
        phones=[("+49 1234 5678-300", "questions", "mornings")],
        text={
            "de": {
                "title": "Bürgerkonto einrichten",
                "slug": "buergerkonto",
                "summary": "Mit einem Konto und dem Online-Ausweis stellen Sie Anträge beim Landkreis von zu Hause aus.",
                "body": [
                    "Das Bürgerkonto (BundID) speichert Ihre Daten, damit Sie sie nicht in jedem Antrag neu eingeben. Bescheide kommen auf Wunsch ins Postfach des Kontos statt per Brief.",
                ],
                "eligibility": "Alle ab 16 Jahren mit Personalausweis, elektronischem Aufenthaltstitel oder EU-Karte mit Online-Funktion.",
                "steps": [
                    (
                        "Online-Funktion prüfen",
                        "Die PIN kam mit dem Ausweis; vergessene PINs setzt das Bürgerbüro zurück.",
                    ),
                    ("App installieren", "Die AusweisApp liest den Ausweis mit dem Smartphone."),
                    ("Konto anlegen", "Auf id.bund.de; das dauert etwa zehn Minuten."),
                ],
                "processing_time": "Sofort",
                "online_service_label": "Bürgerkonto anlegen",
            },
            "da": {
                "title": "Opret en borgerkonto",
                "slug": "borgerkonto",
                "summary": "Med en konto og det elektroniske ID-kort søger du hjemmefra hos amtet.",
                "body": [
                    "Borgerkontoen (BundID) gemmer dine oplysninger, så du ikke skal skrive dem igen i hver ansøgning. Afgørelser kan sendes til kontoens postkasse i stedet for med posten.",
                ],
                "eligibility": "Alle fra 16 år med tysk ID-kort, elektronisk opholdskort eller EU-kort med onlinefunktion.",
                "steps": [
                    (
                        "Tjek onlinefunktionen",
                        "PIN-koden fulgte med ID-kortet; borgerservice nulstiller glemte koder.",
                    ),
                    ("Installer appen", "AusweisApp læser kortet med din smartphone."),
                    ("Opret kontoen", "På id.bund.de; det tager omkring ti minutter."),
                ],
                "processing_time": "Med det samme",
                "online_service_label": "Opret borgerkonto",
            },
            "fi": {
                "title": "Kansalaistilin avaaminen",
                "slug": "kansalaistili",
                "summary": "Tilillä ja sähköisellä henkilökortilla asioit piirikunnan kanssa kotoa käsin.",
                "body": [
                    "Kansalaistili (BundID) tallentaa tietosi, joten niitä ei tarvitse syöttää jokaiseen hakemukseen. Päätökset voi saada tilin postilaatikkoon kirjeen sijaan.",
                ],
                "eligibility": "Kaikki 16 vuotta täyttäneet, joilla on saksalainen henkilökortti, sähköinen oleskelulupakortti tai EU-kortti verkkotoiminnolla.",
                "steps": [
                    (
                        "Tarkista verkkotoiminto",
                        "PIN-koodi tuli kortin mukana; asiakaspalvelu nollaa unohtuneet koodit.",
                    ),
                    ("Asenna sovellus", "AusweisApp lukee kortin älypuhelimella."),
                    ("Avaa tili", "Osoitteessa id.bund.de; se vie noin kymmenen minuuttia."),
                ],
                "processing_time": "Heti",
                "online_service_label": "Avaa kansalaistili",
            },
            "en": {
                "title": "Setting up a citizen account",
                "slug": "citizen-account",
                "summary": "With an account and your online ID you can apply to the county from home.",
                "body": [
                    "The citizen account (BundID) stores your details so you need not type them into every application. Decisions can arrive in the account's inbox instead of by post.",
                ],
                "eligibility": "Anyone from 16 with a German ID card, an electronic residence permit or an EU card with the online function.",
                "steps": [
                    (
                        "Check the online function",
                        "The PIN came with your card; the citizens' office resets forgotten PINs.",
                    ),
                    ("Install the app", "AusweisApp reads the card with your smartphone."),
                    ("Create the account", "At id.bund.de; it takes about ten minutes."),
                ],
                "processing_time": "Immediately",
                "online_service_label": "Create a citizen account",
            },
        },
    ),
    service(
        "online-appointments",
        categories=["online-services"],
        target_groups=["residents"],
        locations=["county-office", "vehicle-office", "office-birkenfeld", "office-oberau"],
        organisation_key="county-office",
        related_keys=["citizen-account"],
        cost="free",
        online_service_url=f"{PORTAL}/termine",
        email=f"buergerbuero@{DOMAIN}",
        languages=["de", "en"],
        reviewed_by="Bürgerbüro",
        phones=[("+49 1234 5678-0", "appointments", "office")],
        text={
            "de": {
                "title": "Termin online buchen",
                "slug": "termin-online",
                "summary": "Termine für Bürgerbüros, Zulassungsstelle und Führerscheinstelle rund um die Uhr online buchen.",
                "body": [
                    "Sie erhalten eine Bestätigung per E-Mail und einen Tag vorher eine Erinnerung. Verhindert? Mit dem Link in der E-Mail sagen Sie den Termin ab und geben ihn für andere frei."
                ],
                "steps": [
                    ("Anliegen und Ort wählen", ""),
                    ("Termin auswählen", ""),
                    ("Bestätigen", ""),
                ],
                "processing_time": "Sofort",
                "online_service_label": "Zur Terminbuchung",
            },
        },
    ),
    service(
        "digital-help",
        categories=["digital-help"],
        target_groups=["older-people", "residents", "migrants"],
        areas=["south"],
        locations=["office-oberau"],
        organisation_key="county-office",
        related_keys=["citizen-account", "online-appointments"],
        cost="free",
        email=f"digitallotsen@{DOMAIN}",
        languages=["de", "en", "ru"],
        status="suspended",
        reviewed_by="Stabsstelle Digitalisierung",
        phones=[("+49 1234 5678-305", "appointments", "afternoons")],
        text={
            "de": {
                "title": "Digitallotsen: Hilfe bei Online-Anträgen",
                "slug": "digitallotsen",
                "summary": "Ehrenamtliche helfen im Bürgerbüro Oberau beim Ausfüllen von Online-Anträgen und beim Bürgerkonto.",
                "body": [
                    "Bringen Sie Ihr Smartphone, Tablet oder Ihren Laptop mit – oder nutzen Sie unser Gerät. Die Lotsinnen und Lotsen füllen nichts für Sie aus, sondern zeigen Ihnen, wie es geht.",
                ],
                "eligibility": "Alle, die Unterstützung bei digitalen Anträgen möchten.",
                "steps": [("Termin vereinbaren", ""), ("Unterlagen und Gerät mitbringen", "")],
                "status_notice": "Die Sprechstunden pausieren bis Ende Februar, weil neue Lotsinnen und Lotsen geschult werden. Bis dahin hilft das Bürgerbüro im Landratsamt donnerstags 14–18 Uhr.",
            },
        },
    ),
]

ENVIRONMENT = [
    service(
        "vehicle-registration",
        categories=["vehicles"],
        target_groups=["residents"],
        life_events=["car", "moving"],
        locations=["vehicle-office"],
        organisation_key="county-office",
        related_keys=["online-appointments", "citizen-account"],
        minimum_age=18,
        cost="charged",
        online_service_url=f"{PORTAL}/ikfz",
        email=f"zulassung@{DOMAIN}",
        languages=["de", "en"],
        reviewed_by="Zulassungsstelle",
        legal=[("Fahrzeug-Zulassungsverordnung (FZV)", f"{GESETZE}/fzv_2023/")],
        documents=["id", "vehicle-papers", "insurance-number", "sepa"],
        phones=[("+49 1234 5678-600", "appointments", "office")],
        text={
            "de": {
                "title": "Fahrzeug zulassen",
                "slug": "fahrzeug-zulassen",
                "summary": "Ein Auto, Motorrad oder einen Anhänger an- oder ummelden.",
                "body": [
                    "Buchen Sie vorab einen Termin bei der Zulassungsstelle und bringen Sie Ausweis und Fahrzeugpapiere mit.",
                    "Mit Online-Ausweis und Bürgerkonto können Sie viele Zulassungen auch vollständig online erledigen (i-Kfz).",
                ],
                "eligibility": "Halterinnen und Halter mit Wohnsitz im Landkreis; für Minderjährige handeln die Eltern.",
                "cost_description": "Etwa 30 bis 40 Euro für eine Neuzulassung, dazu die Kennzeichen; online etwas günstiger.",
                "steps": [
                    ("Versicherung abschließen", "Sie erhalten die eVB-Nummer."),
                    ("Termin buchen oder online zulassen", ""),
                    ("Kennzeichen anbringen", "Die Plaketten klebt die Zulassungsstelle auf."),
                ],
                "processing_time": "Am Schalter sofort; online innerhalb weniger Tage",
                "deadlines": "Nach einem Umzug in den Landkreis müssen Sie die neue Anschrift unverzüglich eintragen lassen.",
                "online_service_label": "Online zulassen (i-Kfz)",
            },
        },
    ),
    service(
        "driving-licence",
        categories=["vehicles"],
        target_groups=["young-people", "residents"],
        locations=["vehicle-office"],
        organisation_key="county-office",
        related_keys=["vehicle-registration", "online-appointments"],
        minimum_age=17,
        cost="charged",
        online_service_url=f"{PORTAL}/fuehrerschein",
        email=f"fuehrerschein@{DOMAIN}",
        languages=["de"],
        reviewed_by="Führerscheinstelle",
        legal=[("Fahrerlaubnis-Verordnung (FeV)", f"{GESETZE}/fev_2010/")],
        documents=["id", "photo", "eye-test", "first-aid"],
        phones=[("+49 1234 5678-610", "questions", "mornings")],
        text={
            "de": {
                "title": "Führerschein beantragen",
                "slug": "fuehrerschein",
                "summary": "Ersten Führerschein beantragen, eine Klasse erweitern oder begleitetes Fahren ab 17.",
                "body": [
                    "Stellen Sie den Antrag, bevor Sie mit der Fahrschule beginnen. Die Fahrschule bekommt Ihre Unterlagen dann direkt von uns."
                ],
                "eligibility": "Ab 17 Jahren (begleitetes Fahren) bzw. 18 Jahren, mit Wohnsitz im Landkreis.",
                "cost_description": "Rund 45 Euro für die Fahrerlaubnis, Prüfungsgebühren extra.",
                "steps": [
                    ("Sehtest und Erste-Hilfe-Kurs", ""),
                    ("Antrag stellen", "Online oder mit Termin."),
                    ("Führerschein abholen", "Nach bestandener Prüfung."),
                ],
                "processing_time": "Etwa vier bis sechs Wochen",
                "deadlines": "Den Antrag etwa drei Monate vor der Prüfung stellen.",
                "online_service_label": "Führerschein online beantragen",
            },
        },
    ),
    service(
        "disabled-parking",
        categories=["vehicles"],
        target_groups=["disabled-people"],
        locations=["county-office"],
        organisation_key="county-office",
        related_keys=["disability-card"],
        cost="free",
        email=f"strassenverkehr@{DOMAIN}",
        languages=["de"],
        reviewed_by="Straßenverkehrsbehörde",
        legal=[("§ 46 StVO", f"{GESETZE}/stvo_2013/__46.html")],
        documents=["disability-pass", "photo"],
        text={
            "de": {
                "title": "Parkausweis für Menschen mit Behinderung",
                "slug": "parkausweis-behinderung",
                "summary": "Der blaue EU-Parkausweis erlaubt das Parken auf Behindertenparkplätzen in ganz Europa.",
                "body": [
                    "Daneben gibt es einen orangefarbenen Ausweis mit Parkerleichterungen, etwa für Menschen mit bestimmten Herz- oder Darmerkrankungen."
                ],
                "eligibility": "Menschen mit den Merkzeichen aG oder Bl im Schwerbehindertenausweis; für den orangen Ausweis gelten andere Voraussetzungen.",
                "steps": [("Antrag stellen", ""), ("Ausweis abholen oder zuschicken lassen", "")],
                "processing_time": "Etwa zwei Wochen",
            },
        },
    ),
    service(
        "bulky-waste",
        categories=["waste"],
        target_groups=["residents"],
        life_events=["moving"],
        locations=["recycling-centre"],
        organisation_key="waste-authority",
        cost="varies",
        online_service_url=f"https://abfall.{DOMAIN}/sperrmuell",
        email=f"abfall@{DOMAIN}",
        languages=["de", "en", "pl"],
        reviewed_by="Abfallwirtschaftsbetrieb",
        legal=[
            ("§ 20 KrWG", f"{GESETZE}/krwg/__20.html"),
            ("Abfallsatzung des Landkreises Lindenau", ""),
        ],
        phones=[("+49 1234 5678-700", "appointments", "mornings")],
        text={
            "de": {
                "title": "Sperrmüll anmelden",
                "slug": "sperrmuell",
                "summary": "Möbel und große Gegenstände abholen lassen oder selbst zum Wertstoffhof bringen.",
                "body": [
                    "Stellen Sie den Sperrmüll erst am Abend vor der Abholung an die Straße. Elektrogeräte werden getrennt abgeholt."
                ],
                "cost_description": "Zwei Abholungen im Jahr mit bis zu drei Kubikmetern sind in der Abfallgebühr enthalten; jede weitere kostet 35 Euro.",
                "steps": [
                    ("Online anmelden", "Zählen Sie die Gegenstände auf."),
                    ("Termin abwarten", "Sie erhalten ihn per E-Mail."),
                ],
                "processing_time": "Abholung innerhalb von drei Wochen",
                "online_service_label": "Sperrmüll online anmelden",
            },
        },
    ),
    service(
        "waste-bins",
        categories=["waste"],
        target_groups=["residents", "builders"],
        life_events=["moving", "building-home"],
        areas=["lindenau", "birkenfeld", "hainbach", "oberau", "wiesental", "steinbrueck"],
        organisation_key="waste-authority",
        related_keys=["bulky-waste"],
        cost="charged",
        online_service_url=f"https://abfall.{DOMAIN}/tonnen",
        email=f"abfall@{DOMAIN}",
        languages=["de"],
        reviewed_by="Abfallwirtschaftsbetrieb",
        documents=["registration"],
        text={
            "de": {
                "title": "Abfalltonnen an-, ab- oder ummelden",
                "slug": "abfalltonnen",
                "summary": "Rest-, Bio- und Papiertonne für ein Grundstück bestellen, tauschen oder abmelden.",
                "body": [
                    "Für jedes bewohnte Grundstück ist eine Restmülltonne Pflicht. Die Größe richtet sich nach der Zahl der Bewohnerinnen und Bewohner."
                ],
                "cost_description": "Jährliche Grundgebühr von 48 Euro je Haushalt plus Leerungsgebühr nach Tonnengröße. Der Tausch kostet 15 Euro.",
                "steps": [("Online-Formular ausfüllen", ""), ("Tonne wird geliefert", "")],
                "processing_time": "Lieferung innerhalb von zwei Wochen",
                "online_service_label": "Tonnen online verwalten",
            },
        },
    ),
    service(
        "building-permit",
        categories=["building"],
        target_groups=["builders"],
        life_events=["building-home"],
        areas=["north", "south"],
        locations=["county-office"],
        organisation_key="county-office",
        related_keys=["waste-bins"],
        minimum_age=18,
        cost="varies",
        online_service_url=f"{PORTAL}/bauantrag",
        email=f"bauamt@{DOMAIN}",
        languages=["de"],
        reviewed_by="Bauaufsichtsamt",
        legal=[("Landesbauordnung", "")],
        documents=["building-plans", "id"],
        phones=[("+49 1234 5678-650", "advice", "afternoons")],
        text={
            "de": {
                "title": "Baugenehmigung beantragen",
                "slug": "baugenehmigung",
                "summary": "Neubau, Anbau oder Umnutzung: den Bauantrag digital bei der unteren Bauaufsicht stellen.",
                "body": [
                    "Den Antrag reicht Ihre Architektin oder Ihr Architekt ein. Viele kleinere Vorhaben wie Gartenhäuser bis 30 Kubikmeter sind genehmigungsfrei – fragen Sie uns vorher."
                ],
                "eligibility": "Bauherren für Grundstücke in einer Gemeinde des Landkreises, die kein eigenes Bauamt hat.",
                "cost_description": "Die Gebühr richtet sich nach den Baukosten, meist 0,5 bis 1 Prozent.",
                "steps": [
                    ("Bauberatung", "Dienstags und donnerstags nachmittags ohne Termin."),
                    ("Antrag digital einreichen", ""),
                    ("Bescheid abwarten", "Die Gemeinde wird beteiligt."),
                ],
                "processing_time": "In der Regel drei Monate nach vollständigem Antrag",
                "deadlines": "Die Genehmigung erlischt, wenn Sie nicht innerhalb von drei Jahren mit dem Bau beginnen.",
                "further_notes": "Bauen Sie erst nach Erhalt des Bescheids; auch der Baubeginn muss angezeigt werden.",
                "online_service_label": "Bauantrag digital stellen",
            },
        },
    ),
]

PAGES = [SERVICE_INDEX, *FAMILY, *EDUCATION, *HEALTH, *CARE, *SOCIAL, *DIGITAL, *ENVIRONMENT]
