"""Demo content for a fictional county, Landkreis Lindenau, in our own words.

Each page has a stable key; its translations share a translation key derived
from it, so re-running the loader finds what it made before.
Body items are ("h2", text) for headings and ("p", html) for paragraphs.
"""

import datetime

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
        "type": "home.TopicPage",
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
        "type": "home.TopicPage",
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
        "type": "home.TopicPage",
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
        "type": "home.AccessibilityStatementPage",
        "parent": "home",
        "fields": {
            "conformance_status": "partial",
            "prepared_on": datetime.date(2026, 9, 1),
            "feedback_contact": lambda locale: contact("web-team", locale),
        },
        "content": {
            "de": {
                "title": "Erklärung zur Barrierefreiheit",
                "slug": "barrierefreiheit",
                "method": "Selbstbewertung",
                "non_accessible_content": "<p>Einige ältere PDF-Dokumente sind noch nicht barrierefrei. Auf Anfrage senden wir sie in einer zugänglichen Form.</p>",
                "enforcement_procedure": "<p>Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Schlichtungsstelle des Landes wenden.</p>",
            },
            "da": {
                "title": "Tilgængelighedserklæring",
                "slug": "tilgaengelighed",
                "method": "egenvurdering",
                "non_accessible_content": "<p>Nogle ældre PDF-dokumenter er endnu ikke tilgængelige. Vi sender dem gerne i en tilgængelig form.</p>",
                "enforcement_procedure": "<p>Får du ikke et tilfredsstillende svar, kan du henvende dig til delstatens klageinstans.</p>",
            },
            "fi": {
                "title": "Saavutettavuusseloste",
                "slug": "saavutettavuus",
                "method": "itsearviointi",
                "non_accessible_content": "<p>Osa vanhemmista PDF-asiakirjoista ei ole vielä saavutettavia. Lähetämme ne pyynnöstä saavutettavassa muodossa.</p>",
                "enforcement_procedure": "<p>Jos et saa tyydyttävää vastausta, voit kääntyä osavaltion valvontaviranomaisen puoleen.</p>",
            },
            "en": {
                "title": "Accessibility statement",
                "slug": "accessibility",
                "method": "self-assessment",
                "non_accessible_content": "<p>Some older PDF documents are not yet accessible. We will send them to you in an accessible form on request.</p>",
                "enforcement_procedure": "<p>If you do not receive a satisfactory answer, you can turn to the state's enforcement body.</p>",
            },
        },
    },
    {
        "key": "digital-agenda",
        "type": "home.StrategyPage",
        "parent": "digital-county",
        "fields": {
            "status": "in_implementation",
            "valid_from": datetime.date(2025, 1, 1),
            "valid_until": datetime.date(2028, 12, 31),
            "adopted_on": datetime.date(2024, 11, 28),
            "contact": lambda locale: contact("digital-unit", locale),
        },
        "content": {
            "de": {
                "title": "Digitale Agenda",
                "slug": "digitale-agenda",
                "summary": "Der Fahrplan des Landkreises für digitale Verwaltung und digitale Daseinsvorsorge bis 2028.",
                "introduction": "<p>Die Digitale Agenda legt fest, wofür der Landkreis digitale Werkzeuge einsetzt und nach welchen Werten er dabei handelt.</p>",
                "vision": "Digitale Angebote sollen allen Menschen im Landkreis den Alltag erleichtern – einfach, sicher und ohne jemanden zurückzulassen.",
                "adopted_by": "Kreistag",
                "responsible_unit": "Stabsstelle Digitalisierung",
                "goals": [
                    (
                        "goal",
                        {
                            "title": "Verwaltungsleistungen online",
                            "description": "<p>Häufige Anträge können rund um die Uhr online gestellt werden.</p>",
                            "indicator": "40 Leistungen online bis Ende 2026",
                            "status": "in_progress",
                        },
                    ),
                    (
                        "goal",
                        {
                            "title": "Digitale Teilhabe",
                            "description": "<p>Niemand wird abgehängt: Beratung und Kurse für alle Altersgruppen.</p>",
                            "indicator": "",
                            "status": "in_progress",
                        },
                    ),
                    (
                        "goal",
                        {
                            "title": "Offene Daten",
                            "description": "<p>Daten der Verwaltung werden offen und maschinenlesbar bereitgestellt.</p>",
                            "indicator": "20 Datensätze im Portal",
                            "status": "planned",
                        },
                    ),
                ],
                "actions": [
                    (
                        "action",
                        {
                            "title": "Online-Antrag für Kita-Plätze",
                            "description": "",
                            "goals": "1",
                            "owner": "Jugendamt",
                            "timeline": "2025",
                            "status": "achieved",
                        },
                    ),
                    (
                        "action",
                        {
                            "title": "Digitallotsen in den Gemeinden",
                            "description": "<p>Ehrenamtliche helfen beim Umgang mit Smartphone und Online-Diensten.</p>",
                            "goals": "2",
                            "owner": "Stabsstelle Digitalisierung",
                            "timeline": "2025–2027",
                            "status": "in_progress",
                        },
                    ),
                    (
                        "action",
                        {
                            "title": "Open-Data-Portal",
                            "description": "",
                            "goals": "3, 1",
                            "owner": "IT-Abteilung",
                            "timeline": "ab 2026",
                            "status": "planned",
                        },
                    ),
                ],
                "background": [
                    (
                        "paragraph",
                        "<p>Die Agenda entstand in Fachgesprächen und Workshops mit Beschäftigten, Gemeinden und Bürgerinnen und Bürgern.</p>",
                    )
                ],
            },
            "da": {
                "title": "Digital dagsorden",
                "slug": "digital-dagsorden",
                "summary": "Amtets køreplan for digital forvaltning og digitale velfærdsydelser frem til 2028.",
                "introduction": "<p>Den digitale dagsorden fastlægger, hvad amtet bruger digitale værktøjer til, og hvilke værdier der gælder.</p>",
                "vision": "Digitale tilbud skal gøre hverdagen lettere for alle i amtet – enkelt, sikkert og uden at nogen lades i stikken.",
                "adopted_by": "Amtsrådet",
                "responsible_unit": "Digitaliseringsenheden",
                "goals": [
                    (
                        "goal",
                        {
                            "title": "Selvbetjening online",
                            "description": "<p>Hyppige ansøgninger kan indsendes online døgnet rundt.</p>",
                            "indicator": "40 ydelser online inden udgangen af 2026",
                            "status": "in_progress",
                        },
                    ),
                    (
                        "goal",
                        {
                            "title": "Digital inklusion",
                            "description": "<p>Ingen lades tilbage: rådgivning og kurser for alle aldre.</p>",
                            "indicator": "",
                            "status": "in_progress",
                        },
                    ),
                    (
                        "goal",
                        {
                            "title": "Åbne data",
                            "description": "<p>Forvaltningens data stilles åbent og maskinlæsbart til rådighed.</p>",
                            "indicator": "20 datasæt på portalen",
                            "status": "planned",
                        },
                    ),
                ],
                "actions": [
                    (
                        "action",
                        {
                            "title": "Online-ansøgning om daginstitutionsplads",
                            "description": "",
                            "goals": "1",
                            "owner": "Børne- og ungeforvaltningen",
                            "timeline": "2025",
                            "status": "achieved",
                        },
                    ),
                    (
                        "action",
                        {
                            "title": "Digitale hjælpere i kommunerne",
                            "description": "<p>Frivillige hjælper med smartphone og digitale tjenester.</p>",
                            "goals": "2",
                            "owner": "Digitaliseringsenheden",
                            "timeline": "2025–2027",
                            "status": "in_progress",
                        },
                    ),
                    (
                        "action",
                        {
                            "title": "Portal for åbne data",
                            "description": "",
                            "goals": "3, 1",
                            "owner": "IT-afdelingen",
                            "timeline": "fra 2026",
                            "status": "planned",
                        },
                    ),
                ],
            },
            "fi": {
                "title": "Digitaalinen agenda",
                "slug": "digitaalinen-agenda",
                "summary": "Piirikunnan tiekartta digitaaliseen hallintoon ja palveluihin vuoteen 2028.",
                "introduction": "<p>Digitaalinen agenda määrittää, mihin piirikunta käyttää digitaalisia välineitä ja mitkä arvot ohjaavat työtä.</p>",
                "vision": "Digitaaliset palvelut helpottavat kaikkien arkea – helposti, turvallisesti ja ketään unohtamatta.",
                "adopted_by": "Piirikunnanvaltuusto",
                "responsible_unit": "Digitalisaatioyksikkö",
                "goals": [
                    (
                        "goal",
                        {
                            "title": "Asiointi verkossa",
                            "description": "<p>Yleisimmät hakemukset voi tehdä verkossa ympäri vuorokauden.</p>",
                            "indicator": "40 palvelua verkossa vuoden 2026 loppuun mennessä",
                            "status": "in_progress",
                        },
                    ),
                    (
                        "goal",
                        {
                            "title": "Digitaalinen osallisuus",
                            "description": "<p>Ketään ei jätetä: neuvontaa ja kursseja kaikenikäisille.</p>",
                            "indicator": "",
                            "status": "in_progress",
                        },
                    ),
                    (
                        "goal",
                        {
                            "title": "Avoin data",
                            "description": "<p>Hallinnon tiedot julkaistaan avoimina ja koneluettavina.</p>",
                            "indicator": "20 tietoaineistoa portaalissa",
                            "status": "planned",
                        },
                    ),
                ],
                "actions": [
                    (
                        "action",
                        {
                            "title": "Päiväkotipaikan haku verkossa",
                            "description": "",
                            "goals": "1",
                            "owner": "Nuorisovirasto",
                            "timeline": "2025",
                            "status": "achieved",
                        },
                    ),
                    (
                        "action",
                        {
                            "title": "Digitukihenkilöt kunnissa",
                            "description": "<p>Vapaaehtoiset auttavat älypuhelimen ja verkkopalvelujen käytössä.</p>",
                            "goals": "2",
                            "owner": "Digitalisaatioyksikkö",
                            "timeline": "2025–2027",
                            "status": "in_progress",
                        },
                    ),
                    (
                        "action",
                        {
                            "title": "Avoimen datan portaali",
                            "description": "",
                            "goals": "3, 1",
                            "owner": "Tietohallinto",
                            "timeline": "vuodesta 2026",
                            "status": "planned",
                        },
                    ),
                ],
            },
            "en": {
                "title": "Digital agenda",
                "slug": "digital-agenda",
                "summary": "The county's roadmap for digital administration and digital public services until 2028.",
                "introduction": "<p>The digital agenda sets out what the county uses digital tools for and which values guide it.</p>",
                "vision": "Digital services should make everyday life easier for everyone in the county – simple, secure and leaving no one behind.",
                "adopted_by": "County council",
                "responsible_unit": "Digital unit",
                "goals": [
                    (
                        "goal",
                        {
                            "title": "Services online",
                            "description": "<p>Common applications can be made online at any time.</p>",
                            "indicator": "40 services online by the end of 2026",
                            "status": "in_progress",
                        },
                    ),
                    (
                        "goal",
                        {
                            "title": "Digital inclusion",
                            "description": "<p>No one left behind: advice and courses for all ages.</p>",
                            "indicator": "",
                            "status": "in_progress",
                        },
                    ),
                    (
                        "goal",
                        {
                            "title": "Open data",
                            "description": "<p>Administrative data is published openly and machine-readably.</p>",
                            "indicator": "20 data sets on the portal",
                            "status": "planned",
                        },
                    ),
                ],
                "actions": [
                    (
                        "action",
                        {
                            "title": "Online application for day-care places",
                            "description": "",
                            "goals": "1",
                            "owner": "Youth office",
                            "timeline": "2025",
                            "status": "achieved",
                        },
                    ),
                    (
                        "action",
                        {
                            "title": "Digital helpers in every municipality",
                            "description": "<p>Volunteers help with smartphones and online services.</p>",
                            "goals": "2",
                            "owner": "Digital unit",
                            "timeline": "2025–2027",
                            "status": "in_progress",
                        },
                    ),
                    (
                        "action",
                        {
                            "title": "Open data portal",
                            "description": "",
                            "goals": "3, 1",
                            "owner": "IT department",
                            "timeline": "from 2026",
                            "status": "planned",
                        },
                    ),
                ],
            },
        },
    },
    {
        "key": "care-network",
        "type": "home.CareNetworkPage",
        "parent": "health-and-care",
        "fields": {
            "contact_point": lambda locale: contact("care-advice", locale),
            "members": lambda locale: [("member", member(key, locale)) for key in MEMBERS],
            "meetings": lambda locale: network_meetings(locale.language_code),
        },
        "content": {
            "de": {
                "title": "Netzwerk Pflege",
                "slug": "netzwerk-pflege",
                "summary": "Pflegedienste, Heime und Beratungsstellen arbeiten zusammen, damit gute Pflege im Landkreis erreichbar bleibt.",
                "purpose": "<p>Im Netzwerk tauschen sich die Pflegeeinrichtungen des Landkreises regelmäßig aus, stimmen Angebote ab und werben gemeinsam um Fachkräfte.</p>",
                "contact_point_note": "Die Anlaufstelle informiert unabhängig zu Pflege, Vorsorge und Entlastung für Angehörige.",
                "how_to_join": "<p>Mitmachen können alle Einrichtungen und Dienste der Pflege und Beratung im Landkreis. Schreiben Sie an die Sozialplanung.</p>",
            },
            "da": {
                "title": "Plejenetværket",
                "slug": "plejenetvaerket",
                "summary": "Hjemmepleje, plejehjem og rådgivning arbejder sammen, så god pleje forbliver tilgængelig i amtet.",
                "purpose": "<p>I netværket mødes amtets plejetilbud jævnligt, koordinerer deres tilbud og rekrutterer fagfolk i fællesskab.</p>",
                "contact_point_note": "Kontaktpunktet giver uafhængig rådgivning om pleje, forebyggelse og aflastning af pårørende.",
                "how_to_join": "<p>Alle pleje- og rådgivningstilbud i amtet kan deltage. Skriv til socialplanlægningen.</p>",
            },
            "fi": {
                "title": "Hoivaverkosto",
                "slug": "hoivaverkosto",
                "summary": "Kotihoito, hoivakodit ja neuvonta tekevät yhteistyötä, jotta hyvä hoiva pysyy saatavilla.",
                "purpose": "<p>Verkostossa piirikunnan hoivapalvelut tapaavat säännöllisesti, sovittavat palvelujaan yhteen ja rekrytoivat yhdessä.</p>",
                "contact_point_note": "Neuvontapiste neuvoo puolueettomasti hoivasta, varautumisesta ja omaisten jaksamisesta.",
                "how_to_join": "<p>Kaikki alueen hoiva- ja neuvontapalvelut voivat liittyä. Ota yhteyttä sosiaalisuunnitteluun.</p>",
            },
            "en": {
                "title": "Care network",
                "slug": "care-network",
                "summary": "Home-care services, care homes and advice centres work together so that good care stays within reach.",
                "purpose": "<p>In the network, the county's care providers meet regularly, coordinate their services and recruit staff together.</p>",
                "contact_point_note": "The contact point gives independent advice on care, planning ahead and relief for family carers.",
                "how_to_join": "<p>Every care and advice service in the county may join. Write to the social planning unit.</p>",
            },
        },
    },
]


CONTACTS = {
    "web-team": {
        "name": "Redaktion Internet",
        "email": "web@landkreis-lindenau.example",
        "phone": "+49 1234 5678-120",
        "role": {
            "de": "Öffentlichkeitsarbeit",
            "da": "Kommunikation",
            "fi": "Viestintä",
            "en": "Communications",
        },
    },
    "digital-unit": {
        "name": "Jana Hofmann",
        "email": "digital@landkreis-lindenau.example",
        "phone": "+49 1234 5678-300",
        "role": {
            "de": "Leiterin der Stabsstelle Digitalisierung",
            "da": "Leder af digitaliseringsenheden",
            "fi": "Digitalisaatioyksikön päällikkö",
            "en": "Head of the digital unit",
        },
    },
    "care-advice": {
        "name": "Pflegeberatung Lindenau",
        "email": "pflege@landkreis-lindenau.example",
        "phone": "+49 1234 5678-240",
        "role": {
            "de": "Unabhängige Anlaufstelle",
            "da": "Uafhængigt kontaktpunkt",
            "fi": "Riippumaton neuvontapiste",
            "en": "Independent contact point",
        },
    },
}

MEMBERS = {
    "sonnenhof": {
        "name": "Pflegeheim Sonnenhof",
        "kind": "inpatient_care",
        "phone": "+49 1234 4411",
    },
    "mobil": {
        "name": "Ambulanter Pflegedienst Lindenau mobil",
        "kind": "outpatient_care",
        "phone": "+49 1234 4422",
    },
    "am-park": {
        "name": "Seniorenzentrum Am Park",
        "kind": "senior_centre",
        "phone": "+49 1234 4433",
    },
    "beratung": {
        "name": "Beratungsstelle für pflegende Angehörige",
        "kind": "counselling",
        "phone": "+49 1234 4444",
    },
}


def _translated(model, key, locale, translation_key, **fields):
    obj = model.objects.filter(translation_key=translation_key(key), locale=locale).first()
    if obj is None:
        obj = model.objects.create(translation_key=translation_key(key), locale=locale, **fields)
        return obj, 1
    return obj, 0


def load_snippets(locales, translation_key):
    from home.organisations.models import Contact, Organisation

    created = 0
    for locale in locales.values():
        code = locale.language_code
        for key, data in CONTACTS.items():
            fields = {k: v for k, v in data.items() if k != "role"}
            _obj, n = _translated(
                Contact,
                f"contact-{key}",
                locale,
                translation_key,
                role=data["role"].get(code, data["role"]["de"]),
                **fields,
            )
            created += n
        for key, data in MEMBERS.items():
            _obj, n = _translated(
                Organisation,
                f"member-{key}",
                locale,
                translation_key,
                address="Lindenau",
                **data,
            )
            created += n
    return created


def contact(key, locale):
    from home.keys import translation_key
    from home.organisations.models import Contact

    return Contact.objects.get(translation_key=translation_key(f"contact-{key}"), locale=locale)


def member(key, locale):
    from home.keys import translation_key
    from home.organisations.models import Organisation

    return Organisation.objects.get(
        translation_key=translation_key(f"member-{key}"), locale=locale
    )


MEETING_TEXT = {
    "de": (
        "Landratsamt Lindenau, Sitzungssaal",
        "Nachwuchs in der Pflege",
        "Seniorenzentrum Am Park",
        "Eine Anlaufstelle für Pflegefragen",
        "<ul><li>Gemeinsame Beratungsstelle planen</li><li>Gemeinsam für Pflegeberufe werben</li></ul>",
        "Vertreterinnen und Vertreter von Pflegediensten im Gespräch",
    ),
    "da": (
        "Amtshuset Lindenau, mødesalen",
        "Nye medarbejdere til plejen",
        "Seniorcenter Am Park",
        "Et kontaktpunkt for spørgsmål om pleje",
        "<ul><li>Planlægge en fælles rådgivning</li><li>Reklamere sammen for plejefagene</li></ul>",
        "Repræsentanter for plejetilbud i samtale",
    ),
    "fi": (
        "Lindenaun piirikunnanvirasto, istuntosali",
        "Hoiva-alan uudet tekijät",
        "Seniorikeskus Am Park",
        "Neuvontapiste hoivakysymyksiin",
        "<ul><li>Yhteisen neuvonnan suunnittelu</li><li>Yhteinen hoiva-alan markkinointi</li></ul>",
        "Hoivapalvelujen edustajat keskustelemassa",
    ),
    "en": (
        "Lindenau County Office, council chamber",
        "New staff for care",
        "Am Park senior centre",
        "A contact point for questions about care",
        "<ul><li>Plan a shared advice centre</li><li>Promote care careers together</li></ul>",
        "Representatives of care services in discussion",
    ),
}


def network_meetings(language):
    """Two meetings of the care network, one ahead and one past with a photo."""
    from news.demo_content import CREDIT, demo_image

    place_1, topic_1, place_2, topic_2, outcomes, alt = MEETING_TEXT.get(
        language, MEETING_TEXT["de"]
    )
    photo = demo_image("round-table")
    photos = [{"image": photo, "alt_text": alt, "caption": "", "credit": CREDIT}] if photo else []
    return [
        (
            "meeting",
            {
                "date": datetime.date(2026, 12, 10),
                "start_time": datetime.time(14, 0),
                "end_time": datetime.time(16, 30),
                "place": place_1,
                "topic": topic_1,
                "participants": None,
                "outcomes": "",
                "photos": [],
            },
        ),
        (
            "meeting",
            {
                "date": datetime.date(2026, 5, 20),
                "start_time": datetime.time(14, 0),
                "end_time": None,
                "place": place_2,
                "topic": topic_2,
                "participants": 19,
                "outcomes": outcomes,
                "photos": photos,
            },
        ),
    ]
