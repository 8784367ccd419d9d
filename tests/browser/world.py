"""The content the browser tests read: every page type in several languages, built
with the factories on the `setup_site` skeleton and committed, so that the live
server's thread sees it; `remove` takes away everything `build` added.

Slugs and topic names are the tests' own, so the world also fits next to the demo
county while the test database still holds it."""

import datetime
from types import SimpleNamespace

from django.apps import apps
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page
from wagtail_localize.models import TranslatableObject

from news.models import NewsTopic
from services.models import (
    LifeEvent,
    ServiceArea,
    ServiceCategory,
    ServiceLocation,
    TargetGroup,
)
from tests.factories import (
    CONTACT_MODEL,
    ORGANISATION_MODEL,
    CareNetworkPageFactory,
    ContactFactory,
    DocumentFactory,
    ImageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    NewsTopicFactory,
    OrganisationFactory,
    StandardPageFactory,
    StrategyPageFactory,
    TopicPageFactory,
    skeleton_page,
    translate,
)
from tests.services.factories import ServiceCategoryFactory, ServicePageFactory
from tests.services.test_service_page import rich_service

VIDEO_URL = "https://www.youtube.com/watch?v=Xq2tW7bE1Zk"
# What `build` adds and `remove` deletes again (pages first, then what they used).
SNIPPETS = (
    NewsTopic,
    ServiceCategory,
    TargetGroup,
    LifeEvent,
    ServiceArea,
    ServiceLocation,
    apps.get_model(ORGANISATION_MODEL),
    apps.get_model(CONTACT_MODEL),
    Image,
    Document,
    TranslatableObject,  # wagtail-localize's record of what was translated
)


def paragraph(text):
    return ("paragraph", f"<p>{text}</p>")


def rich_body(image, document, contact, link_target):
    """One of every block an editor can put into a page's body (German)."""
    return [
        ("heading", {"text": "Beratung in der Nähe", "level": "h2"}),
        paragraph("Die <b>Beratungsstellen</b> helfen Familien, Schülern und Älteren."),
        (
            "image",
            {"image": image, "alt_text": "Die Stadtbücherei am Marktplatz", "caption": ""},
        ),
        (
            "gallery",
            {
                "title": "Eindrücke",
                "images": [
                    {"image": image, "alt_text": "Lesesaal", "caption": "Der Lesesaal"},
                    {"image": image, "alt_text": "Kinderecke", "caption": ""},
                ],
            },
        ),
        ("quote", {"quote": "Hier bekam ich schnell Hilfe.", "attribution": "Eine Mutter"}),
        (
            "call_to_action",
            {
                "title": "Alle Leistungen",
                "text": "Von A bis Z.",
                "page": link_target,
                "url": "",
                "link_text": "Zum Verzeichnis",
            },
        ),
        ("contact", {"contact": contact}),
        ("documents", {"title": "Zum Herunterladen", "documents": [document]}),
        (
            "table",
            {
                "caption": "Öffnungszeiten der Bücherei",
                "table": {
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "data": [["Tag", "Zeit"], ["Montag", "9–18 Uhr"], ["Samstag", "10–13 Uhr"]],
                },
            },
        ),
        (
            "accordion",
            {
                "title": "Häufige Fragen",
                "items": [
                    {
                        "question": "Was kostet der Ausweis?",
                        "answer": "<p>Der Büchereiausweis ist für Kinder kostenlos.</p>",
                    },
                    {"question": "Wo parke ich?", "answer": "<p>Am Marktplatz.</p>"},
                ],
            },
        ),
        (
            "steps",
            {
                "title": "So melden Sie sich an",
                "steps": [
                    {"title": "Ausweis mitbringen", "text": ""},
                    {"title": "Formular ausfüllen", "text": "<p>Vor Ort.</p>"},
                ],
            },
        ),
        (
            "video",
            {
                "url": VIDEO_URL,
                "title": "Rundgang durch die Bücherei",
                "transcript": "<p>Eine Bibliothekarin zeigt die Räume.</p>",
            },
        ),
    ]


def build():
    """Every page type in at least two languages, and news with topics and images."""
    w = SimpleNamespace()
    w.services = {language: skeleton_page("services", language) for language in ("de", "da")}
    w.image = ImageFactory()
    w.document = DocumentFactory(title="Benutzungsordnung der Bücherei")
    w.contact = ContactFactory(name="Bürgerbüro Testland", hours="Mo–Fr 8–16 Uhr")

    german = TopicPageFactory(
        title="Bildung und Kultur",
        summary="Bibliotheken, Schulen, Musikschule.",
        body=rich_body(w.image, w.document, w.contact, w.services["de"]),
    )
    w.topic = {"de": german}
    for language, title, text in (
        ("da", "Uddannelse og kultur", "Biblioteker, skoler og musikskolen."),
        ("fi", "Koulutus ja kulttuuri", "Kirjastot, koulut ja musiikkiopisto."),
        ("en", "Education and culture", "Libraries, schools and the music school."),
    ):
        w.topic[language] = translate(german, language, title=title, body=[paragraph(text)])

    library = StandardPageFactory(
        parent=german, title="Stadtbücherei", body=[paragraph("Die Bücherei hat 40.000 Medien.")]
    )
    w.standard = {
        "de": library,
        "fi": translate(library, "fi", title="Kaupunginkirjasto", slug="kaupunginkirjasto"),
    }

    strategy = StrategyPageFactory(
        parent=german,
        title="Bildungsstrategie 2030",
        summary="Wohin sich Schulen und Bibliotheken bis 2030 entwickeln.",
        introduction="<p>Der Kreistag hat die Strategie beschlossen.</p>",
        responsible_unit="Schulamt",
        goals=[
            ("goal", {"title": title, "description": "<p>Bis 2028.</p>", "status": status})
            for title, status in (
                ("Jede Schule am Glasfasernetz", "in_progress"),
                ("Offene Daten der Schulen", "planned"),
            )
        ],
        actions=[
            (
                "action",
                {
                    "title": "Breitbandausbau an Schulen",
                    "description": "<p>Förderantrag gestellt.</p>",
                    "goals": "1",
                    "owner": "Schulamt",
                    "timeline": "2025–2027",
                    "status": "in_progress",
                },
            )
        ],
        background=[
            ("heading", {"text": "Wie die Strategie entstand", "level": "h2"}),
            (
                "accordion",
                {
                    "title": "",
                    "items": [
                        {"question": "Wer hat mitgewirkt?", "answer": "<p>Schulen, Eltern.</p>"}
                    ],
                },
            ),
            ("video", {"url": VIDEO_URL, "title": "Die Strategie in drei Minuten"}),
        ],
        documents=[("document", w.document)],
        contact=w.contact,
    )
    w.strategy = {
        "de": strategy,
        "da": translate(
            strategy, "da", title="Uddannelsesstrategi 2030", slug="uddannelsesstrategi-2030"
        ),
    }

    member = OrganisationFactory(name="Ambulanter Dienst Testland")
    network = CareNetworkPageFactory(
        parent=german,
        title="Netzwerk Demenz",
        members=[("member", member)],
        contact_point=w.contact,
        contact_point_note="Montags ohne Termin.",
        meetings=[
            (
                "meeting",
                {
                    "date": datetime.date(2025, 5, 22),
                    "start_time": datetime.time(15),
                    "end_time": datetime.time(17),
                    "place": "Landratsamt, Saal 2",
                    "topic": "Entlastung für Angehörige",
                    "participants": 14,
                    "outcomes": "<p>Ein Flyer entsteht.</p>",
                    "photos": [],
                },
            )
        ],
        how_to_join="<p>Schreiben Sie uns.</p>",
    )
    w.network = {
        "de": network,
        "en": translate(network, "en", title="Dementia network", slug="dementia-network"),
    }

    w.service = {language: rich_service(language, locations=1) for language in ("de", "en")}
    # Two German services a citizen finds by searching for the library ("Bücherei").
    w.library_services = [
        ServicePageFactory(
            parent=w.services["de"],
            title=title,
            slug=slug,
            summary=summary,
            relations={"categories": [ServiceCategoryFactory(name=category)]},
        )
        for title, slug, summary, category in (
            (
                "Büchereiausweis beantragen",
                "buechereiausweis",
                "Mit dem Ausweis leihen Sie in jeder Bücherei des Kreises aus.",
                "Kultur und Freizeit",
            ),
            (
                "Fernleihe über die Bücherei",
                "fernleihe",
                "Bücher aus anderen Bibliotheken bestellen.",
                "Lernen und Weiterbildung",
            ),
        )
    ]
    for page in w.library_services:
        page.save_revision().publish()
    build_news(w)
    return w


def build_news(w):
    """A news list of the tests' own in German and English (so counts are exact), two
    topics, a lead image with its credit and a gallery."""
    index = NewsIndexPageFactory(title="Meldungen aus Testland")
    w.news_index = {"de": index, "en": translate(index, "en", title="Testland news")}
    libraries = NewsTopicFactory(name="Büchereien", slug="buechereien")
    roads = NewsTopicFactory(name="Straßenbau", slug="strassenbau")
    translate(libraries, "en", name="Libraries", slug="libraries")
    translate(roads, "en", name="Road works", slug="road-works")

    def news(language, title, date, topics=(), **fields):
        return NewsPageFactory(
            parent=w.news_index[language],
            title=title,
            date=date,
            body=[paragraph("Mehr dazu im Landratsamt.")],
            topics=list(topics),
            **fields,
        )

    w.news_de = [
        news(
            "de",
            "Neue Öffnungszeiten der Bücherei",
            datetime.date(2025, 6, 10),
            [libraries],
            lead_image=w.image,
            lead_image_alt="Regale voller Bücher",
            lead_image_credit="© Landkreis Testland",
        ),
        news("de", "Kreisstraße 12 wird saniert", datetime.date(2025, 6, 9), [roads]),
        news("de", "Sommerferien: Leseclub startet", datetime.date(2025, 6, 8)),
    ]
    w.news_en = [
        news(
            "en",
            "Library cards now online",
            datetime.date(2025, 9, 2),
            libraries.get_translations().filter(locale__language_code="en"),
        ),
        news(
            "en",
            "Photos from the reading festival",
            datetime.date(2025, 8, 1),
            gallery=[
                ("photo", {"image": w.image, "alt_text": alt, "credit": "© Testland"})
                for alt in ("Children reading", "A puppet show")
            ],
        ),
    ]


def snapshot():
    """The primary keys that exist before `build`."""
    return {model: set(model.objects.values_list("pk", flat=True)) for model in (Page, *SNIPPETS)}


def remove(before):
    """Delete what was added since `snapshot()`: pages (top-most first), then snippets."""
    for page in Page.objects.exclude(pk__in=before[Page]).order_by("depth"):
        if Page.objects.filter(pk=page.pk).exists():
            page.delete()
    for model in SNIPPETS:
        model.objects.exclude(pk__in=before[model]).delete()
