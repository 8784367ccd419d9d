"""A site of its own for the citizens' tests: a German home page with a
Danish translation, on the host buerger.test, built with factories."""

import pytest
from wagtail.models import Page, Site

from tests.factories import HomePageFactory, LocaleFactory, StandardPageFactory
from tests.services.factories import ServiceIndexPageFactory, ServicePageFactory

HOST = "buerger.test"


@pytest.fixture
def home():
    home = HomePageFactory(
        parent=Page.get_first_root_node(),
        locale=LocaleFactory(language_code="de"),
        title="Landkreis Beispiel",
        slug="landkreis-beispiel",
    )
    Site.objects.create(hostname=HOST, port=80, root_page=home, site_name="Beispiel")
    return home


@pytest.fixture
def danish_home(home):
    danish = home.copy_for_translation(LocaleFactory(language_code="da"))
    danish.title = "Eksempel Amt"
    danish.save_revision().publish()
    return danish


@pytest.fixture
def site_client(client):
    client.defaults["HTTP_HOST"] = HOST
    return client


@pytest.fixture
def services(home):
    return ServiceIndexPageFactory(parent=home, title="Leistungen", slug="leistungen")


@pytest.fixture
def tasks(home, services):
    """Nine services; the home page chooses eight of them as top tasks, in reverse order."""
    made = [
        ServicePageFactory(parent=services, title=f"Aufgabe {n}", slug=f"aufgabe-{n}")
        for n in range(9)
    ]
    home.top_tasks = [("task", page) for page in reversed(made[1:])]
    home.save_revision().publish()
    return made


@pytest.fixture
def standard(home):
    return StandardPageFactory(parent=home, title="Impressum", slug="impressum")
