"""Services with every field filled, for the open-data tests (API, export, import)."""

import datetime
import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale

from tests.factories import OrganisationFactory, skeleton_page

from .factories import (
    LifeEventFactory,
    ServiceAreaFactory,
    ServiceCategoryFactory,
    ServiceLocationFactory,
    ServicePageFactory,
    TargetGroupFactory,
    exception,
    weekly_hours,
)


def service_index(language="de"):
    return skeleton_page("services", language)


def form_document(title="Antragsformular"):
    document = get_document_model()(title=title)
    document.file.save("antrag.pdf", ContentFile(b"%PDF-1.4 test"), save=False)
    document.save()
    return document


def full_location(**fields):
    location = ServiceLocationFactory(
        latitude="48.137154",
        longitude="11.576124",
        phone="+49 1234 4400",
        email="buergerbuero@lindenau.example",
        step_free_access=True,
        induction_loop=True,
        accessibility_notes="Aufzug bis in den zweiten Stock.",
        transport="Bus 7 bis Rathaus, zwei Minuten zu Fuß.",
        **fields,
    )
    weekly_hours(location, days=range(4), opens="08:00", closes="12:00")
    weekly_hours(location, days=[1], opens="14:00", closes="18:00")
    weekly_hours(location, days=[5], opens="22:00", closes="02:00")
    exception(location, datetime.date(2026, 12, 24), datetime.date(2026, 12, 26))
    exception(location, datetime.date(2026, 8, 3), kind="closure")
    exception(
        location, datetime.date(2026, 12, 31), kind="special_hours", opens="09:00", closes="11:30"
    )
    return location


def full_service(parent=None, title="Wohngeld beantragen", **fields):
    """A published service with every structured field filled and every relation set."""
    parent = parent or service_index()
    locale = parent.locale
    top = ServiceCategoryFactory(name="Soziales", locale=locale)
    category = ServiceCategoryFactory(name="Wohnen", parent=top, locale=locale)
    organisation = OrganisationFactory(
        name="Sozialamt Lindenau",
        kind="public_authority",
        address="Marktplatz 1\n12345 Lindenau",
        phone="+49 1234 4411",
        email="sozialamt@lindenau.example",
        website="https://sozialamt.lindenau.example/",
        locale=locale,
    )
    related = ServicePageFactory(parent=parent, title=f"Verwandt mit {title}")
    values = {
        "title": title,
        "summary": "Zuschuss zur Miete für Haushalte mit geringem Einkommen.",
        "body": [
            ("heading", {"text": "Worum es geht", "level": "h2"}),
            ("paragraph", "<p>Wohngeld hilft bei den <b>Wohnkosten</b>.</p>"),
            ("quote", {"quote": "Schnell und freundlich.", "attribution": "Eine Mieterin"}),
        ],
        "eligibility": "<p>Sie wohnen im Landkreis und zahlen Miete.</p>",
        "minimum_age": 18,
        "maximum_age": 99,
        "cost": "charged",
        "cost_description": "Eine Gebühr von 10 Euro für die Bescheinigung.",
        "how_to_apply": [
            ("step", {"title": "Antrag ausfüllen", "text": "<p>Online oder auf Papier.</p>"}),
            ("step", {"title": "Nachweise beilegen", "text": ""}),
        ],
        "required_documents": [
            ("document", {"document": "Mietvertrag", "url": ""}),
            ("document", {"document": "Einkommensnachweis", "url": "https://example.org/nachweis"}),
        ],
        "processing_time": "Etwa vier Wochen",
        "deadlines": "Der Antrag gilt ab dem Monat, in dem er eingeht.",
        "legal_basis": [("law", {"title": "§ 1 WoGG", "url": "https://example.org/wogg"})],
        "further_notes": "<p>Wohngeld muss jedes Jahr neu beantragt werden.</p>",
        "online_service_url": "https://portal.lindenau.example/wohngeld",
        "online_service_label": "Online beantragen",
        "phones": [
            ("phone", {"number": "+49 1234 4412", "label": "Beratung", "hours": "Mo–Fr 8–12"}),
            ("phone", {"number": "+49 1234 4413", "label": "", "hours": ""}),
        ],
        "email": "wohngeld@lindenau.example",
        "forms": [("form", form_document())],
        "organisation": organisation,
        "languages": ["de", "en", "sgn"],
        "status": "suspended",
        "status_notice": "Wegen Umzugs bis Ende Mai geschlossen.",
        "reviewed_by": "Fachdienst Wohnen",
        "content_owner": "Fachdienst Wohnen",
        "reviewed_on": datetime.date(2026, 3, 1),
        "review_due": datetime.date(2027, 2, 1),
        "related_pages": [("page", related)],
    } | fields
    relations = {
        "categories": [category],
        "target_groups": [TargetGroupFactory(name="Familien", locale=locale)],
        "life_events": [LifeEventFactory(name="Umzug", locale=locale)],
        "areas": [
            ServiceAreaFactory(name="Lindenau", kind="municipality", code="09187", locale=locale)
        ],
        "locations": [
            full_location(locale=locale),
            ServiceLocationFactory(locale=locale, name="Außenstelle"),
        ],
    }
    page = ServicePageFactory(parent=parent, relations=relations, **values)
    page.save_revision().publish()
    return page


def translate(page, language, **fields):
    """A published translation of `page` in `language`, sharing its relations."""
    locale = Locale.objects.get(language_code=language)
    translation = ServicePageFactory(
        parent=service_index(language),
        translation_key=page.translation_key,
        locale=locale,
        title=fields.pop("title", f"{page.title} ({language})"),
        relations={
            name: list(getattr(page, name).all())
            for name in ("categories", "target_groups", "life_events", "areas", "locations")
        },
        **fields,
    )
    translation.save_revision().publish()
    return translation


def build_directory():
    """A directory with every kind of value a service can have and lack: the full
    service in every language, and per language a bare one and a sparse one (a term
    without description, a location without address or hours, a closed day, a free
    service, an organisation with only a name)."""
    page = full_service()
    for language in [code for code, _name in settings.LANGUAGES]:
        if language != "de":
            translate(page, language, title=f"Wohngeld ({language})")
        parent = service_index(language)
        ServicePageFactory(parent=parent, title=f"Nur das Nötigste ({language})")
        locale = parent.locale
        bare_location = ServiceLocationFactory(
            locale=locale, street_address="", postal_code="", locality=""
        )
        closed = ServiceLocationFactory(locale=locale)
        weekly_hours(closed, days=[0], opens="00:00", closes="00:00")
        exception(closed, datetime.date(2026, 1, 1))
        ServicePageFactory(
            parent=parent,
            title=f"Spärlich ({language})",
            summary="",
            cost="free",
            organisation=OrganisationFactory(locale=locale, phone="", kind="other"),
            relations={
                "categories": [ServiceCategoryFactory(locale=locale, description="")],
                "target_groups": [TargetGroupFactory(locale=locale)],
                "areas": [ServiceAreaFactory(locale=locale)],
                "locations": [bare_location, closed],
            },
        ).save_revision().publish()


def new_key():
    return str(uuid.uuid4())
