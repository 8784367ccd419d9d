"""Demo content for a fictional county, Landkreis Lindenau, in our own words.

Each page has a stable key; its translations share a translation key derived
from it, so re-running the loader finds what it made before.
Body items are ("h2", text) for headings and ("p", html) for paragraphs.
"""

ORGANISATION = {
    "de": {
        "name": "Landkreis Lindenau",
        "address": "Landratsamt Lindenau\nMarktplatz 1\n12345 Lindenau",
        "opening_hours": "Mo–Fr 8:00–12:00, Do 14:00–18:00",
    },
    "da": {
        "name": "Lindenau Amt",
        "address": "Amtshuset Lindenau\nMarktplatz 1\nDE-12345 Lindenau, Tyskland",
        "opening_hours": "man–fre 8.00–12.00, tor 14.00–18.00",
    },
    "fi": {
        "name": "Lindenaun piirikunta",
        "address": "Lindenaun piirikunnanvirasto\nMarktplatz 1\nDE-12345 Lindenau, Saksa",
        "opening_hours": "ma–pe 8.00–12.00, to 14.00–18.00",
    },
    "en": {
        "name": "Lindenau County",
        "address": "Lindenau County Office\nMarktplatz 1\n12345 Lindenau, Germany",
        "opening_hours": "Mon–Fri 8:00–12:00, Thu 14:00–18:00",
    },
}
ORGANISATION_PHONE = "+49 1234 5678-0"
ORGANISATION_EMAIL = "info@landkreis-lindenau.example"
FOOTER_LINKS = ["legal-notice", "privacy", "accessibility"]

PAGES = [
    {
        "key": "home",
        "type": "home.HomePage",
        "parent": None,
        "content": {
            "de": {
                "title": "Willkommen im Landkreis Lindenau",
                "slug": "start",
                "summary": "Informationen und Dienstleistungen der Kreisverwaltung für alle, "
                "die im Landkreis leben, arbeiten oder ihn besuchen.",
                "body": [
                    (
                        "p",
                        "<p>Hier finden Sie Ansprechpartner, Angebote und Neuigkeiten "
                        "aus dem Landratsamt – von der Kita-Anmeldung bis zur Pflegeberatung.</p>",
                    ),
                ],
            },
            "da": {
                "title": "Velkommen til Lindenau Amt",
                "slug": "forside",
                "summary": "Information og service fra amtets forvaltning til alle, der bor, "
                "arbejder eller er på besøg i amtet.",
                "body": [
                    (
                        "p",
                        "<p>Her finder du kontaktpersoner, tilbud og nyheder fra "
                        "amtshuset – fra indskrivning i daginstitution til rådgivning om pleje.</p>",
                    ),
                ],
            },
            "fi": {
                "title": "Tervetuloa Lindenaun piirikuntaan",
                "slug": "etusivu",
                "summary": "Piirikunnan hallinnon tietoa ja palveluja kaikille, jotka asuvat, "
                "työskentelevät tai vierailevat alueella.",
                "body": [
                    (
                        "p",
                        "<p>Täältä löydät yhteyshenkilöt, palvelut ja uutiset "
                        "piirikunnanvirastosta – päiväkotiin ilmoittautumisesta hoivaneuvontaan.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Welcome to Lindenau County",
                "slug": "home-en",
                "summary": "Information and services from the county administration for everyone "
                "who lives, works in or visits the county.",
                "body": [
                    (
                        "p",
                        "<p>Find contacts, services and news from the county office – "
                        "from registering a child for day care to advice on long-term care.</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "health-and-care",
        "type": "home.StandardPage",
        "parent": "home",
        "in_menu": True,
        "content": {
            "de": {
                "title": "Gesundheit und Pflege",
                "slug": "gesundheit-und-pflege",
                "summary": "Beratung rund um Pflege, Vorsorge und Gesundheit im ländlichen Raum.",
                "body": [
                    ("h2", "Pflege vor Ort stärken"),
                    (
                        "p",
                        "<p>Viele Menschen möchten so lange wie möglich in ihrer vertrauten "
                        "Umgebung alt werden. Der Landkreis bringt dafür Pflegedienste, "
                        "Pflegeheime und Seniorenzentren an einen Tisch und baut eine "
                        "unabhängige Anlaufstelle für Fragen zur Pflege auf.</p>",
                    ),
                    ("h2", "Früh vorsorgen"),
                    (
                        "p",
                        "<p>Wer sich rechtzeitig mit Vorsorgevollmacht, Wohnraumanpassung "
                        "und Unterstützung für pflegende Angehörige befasst, hat später mehr "
                        "Wahlmöglichkeiten. Unsere Pflegeberatung hilft kostenlos.</p>",
                    ),
                ],
            },
            "da": {
                "title": "Sundhed og pleje",
                "slug": "sundhed-og-pleje",
                "summary": "Rådgivning om pleje, forebyggelse og sundhed i landdistrikterne.",
                "body": [
                    ("h2", "Stærkere pleje tæt på borgeren"),
                    (
                        "p",
                        "<p>Mange ønsker at blive gamle i deres vante omgivelser. Amtet "
                        "samler hjemmepleje, plejehjem og seniorcentre og opretter et "
                        "uafhængigt kontaktpunkt for spørgsmål om pleje.</p>",
                    ),
                    ("h2", "Tænk på det i god tid"),
                    (
                        "p",
                        "<p>Den, der i god tid tager stilling til fuldmagt, boligindretning "
                        "og støtte til pårørende, har flere valg senere. Vores plejerådgivning "
                        "er gratis.</p>",
                    ),
                ],
            },
            "fi": {
                "title": "Terveys ja hoito",
                "slug": "terveys-ja-hoito",
                "summary": "Neuvontaa hoivasta, ennaltaehkäisystä ja terveydestä maaseudulla.",
                "body": [
                    ("h2", "Hoivaa lähellä asukasta"),
                    (
                        "p",
                        "<p>Moni haluaa ikääntyä tutussa ympäristössä. Piirikunta kokoaa "
                        "kotihoidon, hoivakodit ja senioripalvelut yhteen ja perustaa "
                        "riippumattoman neuvontapisteen hoivaan liittyviin kysymyksiin.</p>",
                    ),
                    ("h2", "Varaudu ajoissa"),
                    (
                        "p",
                        "<p>Kun valtakirjat, asunnon muutostyöt ja omaishoitajan tuki "
                        "mietitään ajoissa, vaihtoehtoja jää enemmän. Hoivaneuvontamme on "
                        "maksutonta.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Health and care",
                "slug": "health-and-care",
                "summary": "Advice on long-term care, prevention and health in a rural county.",
                "body": [
                    ("h2", "Care close to home"),
                    (
                        "p",
                        "<p>Most people want to grow old where they feel at home. The county "
                        "brings home-care services, care homes and senior centres together and "
                        "is setting up an independent contact point for questions about care.</p>",
                    ),
                    ("h2", "Plan ahead"),
                    (
                        "p",
                        "<p>Thinking early about powers of attorney, adapting your home and "
                        "support for family carers leaves more choices later. Our care advice "
                        "is free of charge.</p>",
                    ),
                ],
            },
        },
    },
    {
        # Only in German: shows how the language switcher treats a missing translation.
        "key": "care-round-table",
        "type": "home.StandardPage",
        "parent": "health-and-care",
        "content": {
            "de": {
                "title": "Runder Tisch Pflege",
                "slug": "runder-tisch-pflege",
                "summary": "Pflegeeinrichtungen und Kreisverwaltung treffen sich zweimal im Jahr "
                "zum Austausch.",
                "body": [
                    (
                        "p",
                        "<p>Am runden Tisch sitzen ambulante Dienste, stationäre "
                        "Einrichtungen, Seniorenzentren und die Sozialplanung des Landkreises. "
                        "Gemeinsam geht es um Nachwuchs in der Pflege, um Werbung für die Region "
                        "als Arbeitsort und um eine Beratungsstelle für Bürgerinnen und Bürger.</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "digital-county",
        "type": "home.StandardPage",
        "parent": "home",
        "in_menu": True,
        "content": {
            "de": {
                "title": "Digitaler Landkreis",
                "slug": "digitaler-landkreis",
                "summary": "Wie wir Verwaltungsleistungen online anbieten und die Region "
                "digital vernetzen.",
                "body": [
                    (
                        "p",
                        "<p>Unsere Digitalstrategie setzt drei Schwerpunkte: Anträge "
                        "online stellen, Daten offen bereitstellen und Beschäftigte für neue "
                        "Werkzeuge qualifizieren. Die Strategie wird jährlich überprüft.</p>",
                    ),
                ],
            },
            "da": {
                "title": "Digitalt amt",
                "slug": "digitalt-amt",
                "summary": "Sådan tilbyder vi selvbetjening online og forbinder regionen digitalt.",
                "body": [
                    (
                        "p",
                        "<p>Vores digitale strategi har tre indsatsområder: ansøgninger "
                        "online, åbne data og kompetenceudvikling for medarbejderne. Strategien "
                        "gennemgås hvert år.</p>",
                    ),
                ],
            },
            "fi": {
                "title": "Digitaalinen piirikunta",
                "slug": "digitaalinen-piirikunta",
                "summary": "Miten tarjoamme asiointia verkossa ja yhdistämme alueen digitaalisesti.",
                "body": [
                    (
                        "p",
                        "<p>Digistrategiassamme on kolme painopistettä: hakemukset "
                        "verkossa, avoin data ja henkilöstön osaamisen kehittäminen. Strategia "
                        "tarkistetaan vuosittain.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Digital county",
                "slug": "digital-county",
                "summary": "How we offer services online and connect the region digitally.",
                "body": [
                    (
                        "p",
                        "<p>Our digital strategy has three priorities: applying online, "
                        "publishing open data and training staff in new tools. The strategy is "
                        "reviewed every year.</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "citizen-services",
        "type": "home.StandardPage",
        "parent": "home",
        "in_menu": True,
        "content": {
            "de": {
                "title": "Bürgerservice",
                "slug": "buergerservice",
                "summary": "Öffnungszeiten, Termine und Kontakt zum Landratsamt.",
                "body": [
                    (
                        "p",
                        "<p>Viele Anliegen erledigen Sie ohne Termin im Bürgerbüro. Für "
                        "die Zulassungsstelle und die Ausländerbehörde vereinbaren Sie bitte "
                        "vorab online einen Termin.</p>",
                    ),
                ],
            },
            "da": {
                "title": "Borgerservice",
                "slug": "borgerservice",
                "summary": "Åbningstider, tidsbestilling og kontakt til amtshuset.",
                "body": [
                    (
                        "p",
                        "<p>Mange henvendelser klares uden aftale i borgerservice. Til "
                        "bilregistrering og udlændingemyndigheden skal du bestille tid online "
                        "på forhånd.</p>",
                    ),
                ],
            },
            "fi": {
                "title": "Asiointipalvelu",
                "slug": "asiointipalvelu",
                "summary": "Aukioloajat, ajanvaraus ja yhteystiedot.",
                "body": [
                    (
                        "p",
                        "<p>Monet asiat hoituvat asiointipisteessä ilman ajanvarausta. "
                        "Ajoneuvorekisteröintiin ja ulkomaalaisvirastoon varaa aika verkossa "
                        "etukäteen.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Citizen services",
                "slug": "citizen-services",
                "summary": "Opening hours, appointments and how to reach the county office.",
                "body": [
                    (
                        "p",
                        "<p>Many matters can be handled at the citizens' office without an "
                        "appointment. For vehicle registration and the immigration office, "
                        "please book a time online in advance.</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "legal-notice",
        "type": "home.StandardPage",
        "parent": "home",
        "content": {
            "de": {
                "title": "Impressum",
                "slug": "impressum",
                "body": [
                    (
                        "p",
                        "<p>Herausgeber: Landkreis Lindenau, vertreten durch die Landrätin. "
                        "Dies ist eine Demonstrationsseite mit erfundenen Angaben.</p>",
                    )
                ],
            },
            "da": {
                "title": "Kolofon",
                "slug": "kolofon",
                "body": [
                    (
                        "p",
                        "<p>Udgiver: Lindenau Amt. Dette er en demonstrationsside med "
                        "opdigtede oplysninger.</p>",
                    )
                ],
            },
            "fi": {
                "title": "Julkaisutiedot",
                "slug": "julkaisutiedot",
                "body": [
                    (
                        "p",
                        "<p>Julkaisija: Lindenaun piirikunta. Tämä on esittelysivu, jonka "
                        "tiedot ovat keksittyjä.</p>",
                    )
                ],
            },
            "en": {
                "title": "Legal notice",
                "slug": "legal-notice",
                "body": [
                    (
                        "p",
                        "<p>Published by Lindenau County. This is a demonstration site; all "
                        "details are invented.</p>",
                    )
                ],
            },
        },
    },
    {
        "key": "privacy",
        "type": "home.StandardPage",
        "parent": "home",
        "content": {
            "de": {
                "title": "Datenschutz",
                "slug": "datenschutz",
                "body": [
                    (
                        "p",
                        "<p>Diese Website setzt keine Tracking-Cookies und lädt keine Inhalte "
                        "von Dritten ohne Ihre Zustimmung.</p>",
                    )
                ],
            },
            "da": {
                "title": "Privatlivspolitik",
                "slug": "privatliv",
                "body": [
                    (
                        "p",
                        "<p>Dette websted bruger ingen sporingscookies og henter ikke indhold "
                        "fra tredjepart uden dit samtykke.</p>",
                    )
                ],
            },
            "fi": {
                "title": "Tietosuoja",
                "slug": "tietosuoja",
                "body": [
                    (
                        "p",
                        "<p>Sivusto ei käytä seurantaevästeitä eikä lataa kolmansien osapuolten "
                        "sisältöä ilman suostumustasi.</p>",
                    )
                ],
            },
            "en": {
                "title": "Privacy notice",
                "slug": "privacy",
                "body": [
                    (
                        "p",
                        "<p>This website sets no tracking cookies and loads nothing from third "
                        "parties without your consent.</p>",
                    )
                ],
            },
        },
    },
    {
        "key": "accessibility",
        "type": "home.StandardPage",
        "parent": "home",
        "content": {
            "de": {
                "title": "Erklärung zur Barrierefreiheit",
                "slug": "barrierefreiheit",
                "body": [
                    (
                        "p",
                        "<p>Wir möchten, dass alle diese Website nutzen können. Barrieren melden "
                        "Sie bitte an die im Seitenfuß genannte Adresse.</p>",
                    )
                ],
            },
            "da": {
                "title": "Tilgængelighedserklæring",
                "slug": "tilgaengelighed",
                "body": [
                    (
                        "p",
                        "<p>Alle skal kunne bruge dette websted. Meld venligst barrierer til "
                        "adressen i sidefoden.</p>",
                    )
                ],
            },
            "fi": {
                "title": "Saavutettavuusseloste",
                "slug": "saavutettavuus",
                "body": [
                    (
                        "p",
                        "<p>Haluamme, että kaikki voivat käyttää sivustoa. Ilmoita "
                        "saavutettavuusongelmista alatunnisteen osoitteeseen.</p>",
                    )
                ],
            },
            "en": {
                "title": "Accessibility statement",
                "slug": "accessibility",
                "body": [
                    (
                        "p",
                        "<p>We want everyone to be able to use this website. Please report "
                        "barriers to the address in the page footer.</p>",
                    )
                ],
            },
        },
    },
]
