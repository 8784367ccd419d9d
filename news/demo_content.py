"""Demo news for the fictional Landkreis Lindenau, in our own words.

load_snippets() creates the news topics in every language and a few demo
photos (drawn with Pillow); PAGES holds a news index per language and news
items in German, some translated. See load_demo_content for the contract.
"""

import datetime
import io

from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from news.models import NewsTopic

TOPICS = {
    "care": {
        "de": ("Pflege", "pflege"),
        "da": ("Pleje", "pleje"),
        "fi": ("Hoiva", "hoiva"),
        "en": ("Care", "care"),
    },
    "digital": {
        "de": ("Digitale Verwaltung", "digitale-verwaltung"),
        "da": ("Digital forvaltning", "digital-forvaltning"),
        "fi": ("Digitaaliset palvelut", "digitaaliset-palvelut"),
        "en": ("Digital services", "digital-services"),
    },
    "participation": {
        "de": ("Bürgerbeteiligung", "buergerbeteiligung"),
        "da": ("Borgerinddragelse", "borgerinddragelse"),
        "fi": ("Osallistuminen", "osallistuminen"),
        "en": ("Citizens' participation", "participation"),
    },
    "environment": {
        "de": ("Umwelt und Verkehr", "umwelt-und-verkehr"),
        "da": ("Miljø og trafik", "miljoe-og-trafik"),
        "fi": ("Ympäristö ja liikenne", "ymparisto-ja-liikenne"),
        "en": ("Environment and roads", "environment-and-roads"),
    },
}

IMAGE_SIZE = (1200, 800)
# Titles find the demo photos again on a re-run; the files are reused by name.
IMAGES = {
    "round-table": "Demo-Foto: Runder Tisch",
    "digital": "Demo-Foto: Digitale Verwaltung",
    "countryside": "Demo-Foto: Landschaft bei Lindenau",
}
CREDIT = "© 2025 Landkreis Lindenau"


def _gradient(draw, top, bottom):
    width, height = IMAGE_SIZE
    for y in range(height):
        mix = y / (height - 1)
        colour = tuple(round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)


def _draw(key):
    """PNG bytes of a simple picture: the same bytes on every run."""
    picture = PILImage.new("RGB", IMAGE_SIZE)
    draw = ImageDraw.Draw(picture)
    if key == "round-table":
        _gradient(draw, (250, 214, 165), (214, 120, 92))
        draw.ellipse([300, 300, 900, 560], fill=(122, 74, 44))
        for x, y in [(240, 400), (960, 400), (420, 230), (780, 230), (420, 600), (780, 600)]:
            draw.ellipse([x - 55, y - 55, x + 55, y + 55], fill=(40, 70, 110))
    elif key == "digital":
        _gradient(draw, (18, 52, 96), (70, 140, 200))
        for row in range(4):
            for col in range(6):
                x, y = 110 + col * 170, 130 + row * 150
                shade = (230, 240, 250) if (row + col) % 3 else (255, 191, 71)
                draw.rounded_rectangle([x, y, x + 130, y + 100], radius=18, fill=shade)
    else:
        _gradient(draw, (150, 200, 240), (235, 245, 250))
        draw.ellipse([880, 90, 1040, 250], fill=(255, 210, 90))
        draw.ellipse([-300, 450, 700, 1200], fill=(86, 150, 80))
        draw.ellipse([400, 500, 1500, 1300], fill=(50, 110, 60))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def _load_images():
    Image = get_image_model()
    created = 0
    for key, title in IMAGES.items():
        if Image.objects.filter(title=title).exists():
            continue
        name = f"original_images/news-demo-{key}.png"
        width, height = IMAGE_SIZE
        if default_storage.exists(name):
            # Loaded before into another database (e.g. the test run's): reuse the file.
            Image.objects.create(title=title, file=name, width=width, height=height)
        else:
            image = Image(title=title, width=width, height=height)
            image.file = ImageFile(io.BytesIO(_draw(key)), name=f"news-demo-{key}.png")
            image.save()
        created += 1
    return created


def load_snippets(locales, translation_key):
    created = 0
    for key, names in TOPICS.items():
        for code, (name, slug) in names.items():
            locale = locales.get(code)
            if locale is None:
                continue
            topic_key = translation_key(f"news-topic-{key}")
            if NewsTopic.objects.filter(translation_key=topic_key, locale=locale).exists():
                continue
            NewsTopic.objects.create(translation_key=topic_key, locale=locale, name=name, slug=slug)
            created += 1
    return created + _load_images()


def demo_image(key):
    Image = get_image_model()
    return Image.objects.filter(title=IMAGES[key]).order_by("pk").first()


def topics(*keys):
    """A field value: the topics in the page's language (else any language)."""
    from home.keys import translation_key

    def value(locale):
        wanted = [translation_key(f"news-topic-{key}") for key in keys]
        found = {}
        for topic in NewsTopic.objects.filter(translation_key__in=wanted).order_by("pk"):
            if topic.translation_key not in found or topic.locale_id == locale.pk:
                found[topic.translation_key] = topic
        return [found[k] for k in wanted if k in found]

    return value


def lead_image(key):
    return lambda locale: demo_image(key)


def gallery(*photos):
    """A field value: ("photo", {...}) items from (image key, alt text, caption) triples."""

    def value(locale):
        return [
            (
                "photo",
                {"image": image, "alt_text": alt, "caption": caption, "credit": CREDIT},
            )
            for key, alt, caption in photos
            if (image := demo_image(key)) is not None
        ]

    return value


PAGES = [
    {
        "key": "news",
        "type": "news.NewsIndexPage",
        "parent": "home",
        "in_menu": True,
        "content": {
            "de": {
                "title": "Aktuelles",
                "slug": "aktuelles",
                "summary": "Neuigkeiten aus dem Landratsamt und dem Landkreis Lindenau.",
                "intro": "<p>Presseanfragen richten Sie bitte an die Pressestelle des "
                "Landratsamts.</p>",
            },
            "da": {
                "title": "Nyheder",
                "slug": "nyheder",
                "summary": "Nyt fra amtshuset og fra Lindenau Amt.",
                "intro": "<p>Pressehenvendelser bedes rettet til amtets pressekontor.</p>",
            },
            "fi": {
                "title": "Uutiset",
                "slug": "uutiset",
                "summary": "Ajankohtaista piirikunnanvirastosta ja Lindenaun alueelta.",
                "intro": "<p>Mediayhteydenotot pyydämme osoittamaan piirikunnan "
                "viestintäyksikölle.</p>",
            },
            "en": {
                "title": "News",
                "slug": "news",
                "summary": "News from the county office and from around Lindenau County.",
                "intro": "<p>Please send press enquiries to the county's press office.</p>",
            },
        },
    },
    {
        "key": "news-care-round-table",
        "type": "news.NewsPage",
        "parent": "news",
        "fields": {
            "date": datetime.date(2025, 10, 14),
            "topics": topics("care"),
            "lead_image": lead_image("round-table"),
            "lead_image_credit": CREDIT,
        },
        "content": {
            "de": {
                "title": "Runder Tisch Pflege: Beratungsstelle soll 2026 öffnen",
                "slug": "runder-tisch-pflege-beratungsstelle",
                "summary": "Pflegedienste, Heime und Kreisverwaltung haben sich auf eine "
                "gemeinsame Anlaufstelle für Pflegefragen geeinigt.",
                "author": "Sozialplanung",
                "lead_image_alt": "Sechs Personen sitzen an einem ovalen Tisch.",
                "lead_image_caption": "Das Herbsttreffen des runden Tisches im Sitzungssaal.",
                "body": [
                    (
                        "p",
                        "<p>Zum zweiten Mal in diesem Jahr trafen sich ambulante Dienste, "
                        "Pflegeheime, Seniorenzentren und die Sozialplanung im Landratsamt. "
                        "Im Mittelpunkt stand die Frage, wo Angehörige künftig schnell und "
                        "unabhängig Rat bekommen.</p>",
                    ),
                    ("h2", "Eine Adresse für alle Fragen"),
                    (
                        "p",
                        "<p>Die neue Beratungsstelle soll im Frühjahr 2026 im Kreishaus "
                        "öffnen. Sie hilft bei Anträgen, vermittelt freie Plätze und berät "
                        "zu Entlastungsangeboten. Termine sind auch telefonisch möglich.</p>",
                    ),
                ],
            },
            "da": {
                "title": "Rundbordsmøde om pleje: rådgivning åbner i 2026",
                "slug": "rundbord-pleje-raadgivning",
                "summary": "Hjemmepleje, plejehjem og amtet er blevet enige om et fælles "
                "kontaktpunkt for spørgsmål om pleje.",
                "author": "Socialplanlægning",
                "lead_image_alt": "Seks personer sidder ved et ovalt bord.",
                "lead_image_caption": "Rundbordets efterårsmøde i mødesalen.",
                "body": [
                    (
                        "p",
                        "<p>For anden gang i år mødtes hjemmepleje, plejehjem, seniorcentre "
                        "og amtets socialplanlægning. Det centrale spørgsmål var, hvor "
                        "pårørende fremover hurtigt kan få uafhængig rådgivning.</p>",
                    ),
                    ("h2", "Ét sted for alle spørgsmål"),
                    (
                        "p",
                        "<p>Det nye rådgivningssted åbner i foråret 2026 i amtshuset. Det "
                        "hjælper med ansøgninger, formidler ledige pladser og rådgiver om "
                        "aflastning. Man kan også bestille tid pr. telefon.</p>",
                    ),
                ],
            },
            "fi": {
                "title": "Hoivan pyöreä pöytä: neuvontapiste avataan 2026",
                "slug": "hoivan-pyorea-poyta-neuvontapiste",
                "summary": "Kotihoito, hoivakodit ja piirikunta sopivat yhteisestä "
                "neuvontapisteestä hoivaan liittyviin kysymyksiin.",
                "author": "Sosiaalisuunnittelu",
                "lead_image_alt": "Kuusi ihmistä istuu soikean pöydän ääressä.",
                "lead_image_caption": "Pyöreän pöydän syystapaaminen kokoussalissa.",
                "body": [
                    (
                        "p",
                        "<p>Kotihoito, hoivakodit, senioripalvelut ja piirikunnan "
                        "sosiaalisuunnittelu kokoontuivat tänä vuonna jo toisen kerran. "
                        "Keskeinen kysymys oli, mistä omaiset jatkossa saavat nopeasti "
                        "puolueetonta neuvontaa.</p>",
                    ),
                    ("h2", "Yksi osoite kaikkiin kysymyksiin"),
                    (
                        "p",
                        "<p>Uusi neuvontapiste avataan keväällä 2026 piirikunnanvirastossa. "
                        "Se auttaa hakemuksissa, välittää vapaita paikkoja ja neuvoo "
                        "omaishoitajien tukipalveluissa. Ajan voi varata myös puhelimitse.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Care round table: advice centre to open in 2026",
                "slug": "care-round-table-advice-centre",
                "summary": "Home-care services, care homes and the county have agreed on a "
                "single contact point for questions about care.",
                "author": "Social planning",
                "lead_image_alt": "Six people sit around an oval table.",
                "lead_image_caption": "The round table's autumn meeting in the council chamber.",
                "body": [
                    (
                        "p",
                        "<p>Home-care services, care homes, senior centres and the county's "
                        "social planning team met for the second time this year. The main "
                        "question: where can families get quick, independent advice?</p>",
                    ),
                    ("h2", "One address for every question"),
                    (
                        "p",
                        "<p>The new advice centre will open at the county office in spring "
                        "2026. It helps with applications, finds free places and explains "
                        "respite options. Appointments can also be made by phone.</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "news-online-vehicle-registration",
        "type": "news.NewsPage",
        "parent": "news",
        "fields": {
            "date": datetime.date(2025, 9, 2),
            "topics": topics("digital"),
            "lead_image": lead_image("digital"),
            "lead_image_credit": CREDIT,
        },
        "content": {
            "de": {
                "title": "Fahrzeug online zulassen: Pilotphase beginnt",
                "slug": "fahrzeug-online-zulassen-pilot",
                "summary": "Ab September können 200 Haushalte ihr Auto ohne Termin im "
                "Landratsamt an-, um- oder abmelden.",
                "author": "Digitalisierung und IT",
                "lead_image_alt": "Abstrakte Grafik aus hellen Kacheln auf blauem Grund.",
                "lead_image_caption": "",
                "body": [
                    (
                        "p",
                        "<p>Die Zulassungsstelle testet ein Online-Verfahren, das den Weg "
                        "ins Kreishaus in den meisten Fällen erspart. Wer teilnimmt, braucht "
                        "einen Personalausweis mit Online-Funktion.</p>",
                    ),
                    ("h2", "Rückmeldungen ausdrücklich erwünscht"),
                    (
                        "p",
                        "<p>Nach drei Monaten werten wir die Erfahrungen aus. Was nicht "
                        "verständlich ist, wird vor dem Start für alle überarbeitet.</p>",
                    ),
                ],
            },
            "da": {
                "title": "Registrer dit køretøj online: pilotprojekt begynder",
                "slug": "registrer-koeretoej-online-pilot",
                "summary": "Fra september kan 200 husstande registrere, omregistrere eller "
                "afmelde deres bil uden at møde op i amtshuset.",
                "author": "Digitalisering og IT",
                "lead_image_alt": "Abstrakt grafik med lyse felter på blå baggrund.",
                "lead_image_caption": "",
                "body": [
                    (
                        "p",
                        "<p>Registreringskontoret afprøver en onlineløsning, som i de fleste "
                        "tilfælde gør besøget i amtshuset overflødigt. Deltagerne skal bruge "
                        "et ID-kort med elektronisk funktion.</p>",
                    ),
                    ("h2", "Vi vil gerne høre fra dig"),
                    (
                        "p",
                        "<p>Efter tre måneder evaluerer vi erfaringerne. Det, der er svært at "
                        "forstå, bliver forbedret, før løsningen åbner for alle.</p>",
                    ),
                ],
            },
            "fi": {
                "title": "Ajoneuvon rekisteröinti verkossa: kokeilu alkaa",
                "slug": "ajoneuvon-rekisterointi-verkossa-kokeilu",
                "summary": "Syyskuusta alkaen 200 kotitaloutta voi rekisteröidä tai poistaa "
                "autonsa rekisteristä ilman käyntiä virastossa.",
                "author": "Digitalisaatio ja tietohallinto",
                "lead_image_alt": "Abstrakti kuva vaaleista ruuduista sinisellä pohjalla.",
                "lead_image_caption": "",
                "body": [
                    (
                        "p",
                        "<p>Rekisteröintitoimisto kokeilee verkkopalvelua, jonka ansiosta "
                        "käyntiä virastossa ei useimmiten tarvita. Osallistujat tarvitsevat "
                        "henkilökortin, jossa on sähköinen tunnistus.</p>",
                    ),
                    ("h2", "Palautteesi on tervetullutta"),
                    (
                        "p",
                        "<p>Kolmen kuukauden kuluttua arvioimme kokemukset. Epäselvät kohdat "
                        "korjataan ennen kuin palvelu avataan kaikille.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Register your vehicle online: pilot begins",
                "slug": "online-vehicle-registration-pilot",
                "summary": "From September, 200 households can register, transfer or "
                "deregister their car without visiting the county office.",
                "author": "Digital services and IT",
                "lead_image_alt": "Abstract graphic of light tiles on a blue background.",
                "lead_image_caption": "",
                "body": [
                    (
                        "p",
                        "<p>The vehicle registration office is testing an online process "
                        "that in most cases saves a trip to the county office. Participants "
                        "need an identity card with the online function switched on.</p>",
                    ),
                    ("h2", "Tell us what you think"),
                    (
                        "p",
                        "<p>After three months we will review the experience. Anything that "
                        "is hard to understand will be improved before the service opens "
                        "to everyone.</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "news-market-square-workshop",
        "type": "news.NewsPage",
        "parent": "news",
        "fields": {
            "date": datetime.date(2025, 6, 21),
            "topics": topics("participation"),
        },
        "content": {
            "de": {
                "title": "Bürgerwerkstatt: Ideen für den Marktplatz in Lindenau",
                "slug": "buergerwerkstatt-marktplatz",
                "summary": "Rund 80 Menschen haben an einem Samstag Vorschläge für mehr "
                "Schatten, Sitzplätze und einen barrierefreien Zugang gesammelt.",
                "author": "Pressestelle",
                "body": [
                    (
                        "p",
                        "<p>An sechs Thementischen diskutierten Jung und Alt, wie der Platz "
                        "vor dem Landratsamt lebendiger werden kann. Besonders oft genannt "
                        "wurden Bäume, Trinkwasser und stufenlose Wege.</p>",
                    ),
                    (
                        "p",
                        "<p>Die Ergebnisse fließen in den Entwurf ein, den der Kreistag im "
                        "Herbst berät. Wer nicht dabei sein konnte, kann bis Ende Juli "
                        "schriftlich Hinweise schicken.</p>",
                    ),
                ],
                "gallery": gallery(
                    ("round-table", "Menschen diskutieren an einem Tisch.", "Thementisch 3"),
                    ("countryside", "Grüne Hügel unter blauem Himmel.", ""),
                ),
            },
            "en": {
                "title": "Citizens' workshop: ideas for Lindenau's market square",
                "slug": "citizens-workshop-market-square",
                "summary": "Around 80 people spent a Saturday collecting ideas for more shade, "
                "seating and step-free access.",
                "author": "Press office",
                "body": [
                    (
                        "p",
                        "<p>At six themed tables, young and old discussed how the square in "
                        "front of the county office could become livelier. Trees, drinking "
                        "water and step-free paths came up most often.</p>",
                    ),
                    (
                        "p",
                        "<p>The results will shape the draft the county council discusses "
                        "in autumn. If you could not attend, you can send comments in "
                        "writing until the end of July.</p>",
                    ),
                ],
                "gallery": gallery(
                    ("round-table", "People discussing around a table.", "Themed table 3"),
                    ("countryside", "Green hills under a blue sky.", ""),
                ),
            },
        },
    },
    {
        "key": "news-road-k12",
        "type": "news.NewsPage",
        "parent": "news",
        "fields": {
            "date": datetime.date(2025, 4, 8),
            "topics": topics("environment"),
        },
        "content": {
            "de": {
                "title": "Kreisstraße K 12 zwischen Birkenfeld und Oberau wird erneuert",
                "slug": "k12-birkenfeld-oberau",
                "summary": "Von Mai bis August ist die Strecke voll gesperrt; Busse fahren "
                "eine ausgeschilderte Umleitung.",
                "author": "Straßenbauamt",
                "body": [
                    (
                        "p",
                        "<p>Auf vier Kilometern erhält die Straße eine neue Fahrbahn und "
                        "einen getrennten Radweg. Für Anlieger bleibt die Zufahrt zu den "
                        "Höfen jederzeit möglich.</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "news-tree-planting",
        "type": "news.NewsPage",
        "parent": "news",
        "fields": {
            "date": datetime.date(2024, 11, 16),
            "topics": topics("environment", "participation"),
            "lead_image": lead_image("countryside"),
            "lead_image_credit": CREDIT,
        },
        "content": {
            "de": {
                "title": "5.000 junge Bäume für den Kreiswald",
                "slug": "baeume-fuer-den-kreiswald",
                "summary": "Schulklassen, Vereine und die Forstverwaltung haben an einem "
                "Wochenende eine Sturmfläche neu bepflanzt.",
                "author": "Umweltamt",
                "lead_image_alt": "Grüne Hügel unter blauem Himmel mit Sonne.",
                "lead_image_caption": "Die neu bepflanzte Fläche oberhalb von Oberau.",
                "body": [
                    (
                        "p",
                        "<p>Gepflanzt wurden Eichen, Hainbuchen und Wildkirschen, die mit "
                        "trockenen Sommern besser zurechtkommen. Die Forstverwaltung "
                        "kümmert sich in den nächsten Jahren um die Pflege.</p>",
                    ),
                ],
            },
        },
    },
]
