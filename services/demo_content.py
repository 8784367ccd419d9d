"""Demo services of the fictional Landkreis Lindenau, in our own words."""

PAGES = [
    {
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
    },
    {
        "key": "service-care-advice",
        "type": "services.ServicePage",
        "parent": "services",
        "content": {
            "de": {
                "title": "Pflegeberatung",
                "slug": "pflegeberatung",
                "summary": "Kostenlose, unabhängige Beratung für Pflegebedürftige und Angehörige.",
                "body": [
                    (
                        "p",
                        "<p>Die Beratung kommt auf Wunsch auch zu Ihnen nach Hause. "
                        "Vereinbaren Sie einen Termin per Telefon oder E-Mail.</p>",
                    )
                ],
            },
            "da": {
                "title": "Plejerådgivning",
                "slug": "plejeraadgivning",
                "summary": "Gratis, uafhængig rådgivning til borgere med plejebehov og pårørende.",
                "body": [
                    (
                        "p",
                        "<p>Rådgiveren kommer gerne hjem til dig. Aftal en tid "
                        "pr. telefon eller e-mail.</p>",
                    )
                ],
            },
            "fi": {
                "title": "Hoivaneuvonta",
                "slug": "hoivaneuvonta",
                "summary": "Maksutonta, riippumatonta neuvontaa hoivaa tarvitseville ja omaisille.",
                "body": [
                    (
                        "p",
                        "<p>Neuvoja voi tulla myös kotiisi. "
                        "Varaa aika puhelimitse tai sähköpostilla.</p>",
                    )
                ],
            },
            "en": {
                "title": "Care advice",
                "slug": "care-advice",
                "summary": "Free, independent advice for people needing care and their families.",
                "body": [
                    (
                        "p",
                        "<p>An adviser can also visit you at home. Book a time by "
                        "phone or email.</p>",
                    )
                ],
            },
        },
    },
    {
        "key": "service-daycare-place",
        "type": "services.ServicePage",
        "parent": "services",
        "content": {
            "de": {
                "title": "Kita-Platz beantragen",
                "slug": "kita-platz",
                "summary": "Einen Betreuungsplatz für Ihr Kind in einer Kindertagesstätte finden.",
                "body": [
                    (
                        "p",
                        "<p>Melden Sie Ihr Kind spätestens sechs Monate vor dem "
                        "gewünschten Beginn online an.</p>",
                    )
                ],
            },
            "en": {
                "title": "Day-care place",
                "slug": "day-care-place",
                "summary": "Find a place for your child in a day-care centre.",
                "body": [
                    (
                        "p",
                        "<p>Register your child online at least six months before "
                        "the start you would like.</p>",
                    )
                ],
            },
        },
    },
    {
        "key": "service-vehicle-registration",
        "type": "services.ServicePage",
        "parent": "services",
        "content": {
            "de": {
                "title": "Fahrzeug zulassen",
                "slug": "fahrzeug-zulassen",
                "summary": "Ein Auto, Motorrad oder einen Anhänger an- oder ummelden.",
                "body": [
                    (
                        "p",
                        "<p>Buchen Sie vorab einen Termin bei der Zulassungsstelle "
                        "und bringen Sie Ausweis und Fahrzeugpapiere mit.</p>",
                    )
                ],
            },
        },
    },
]
