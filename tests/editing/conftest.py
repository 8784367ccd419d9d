import pytest
from wagtail.models import Page
from wagtail.users.models import UserProfile

from tests.factories import HomePageFactory, LocaleFactory, StandardPageFactory
from tests.services.factories import ServiceIndexPageFactory


@pytest.fixture
def editor_client(client, django_user_model):
    """A superuser whose admin speaks `client.language` (German unless changed)."""
    user = django_user_model.objects.create_superuser("redakteurin", "r@example.invalid", "pw")
    client.force_login(user)

    def speak(language):
        UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": language})

    client.speak = speak
    return client


def home_in(language):
    locale = LocaleFactory(language_code=language)
    return HomePageFactory(
        parent=Page.get_first_root_node(), locale=locale, slug=f"start-{language}-editing"
    )


@pytest.fixture
def german_home():
    return home_in("de")


@pytest.fixture
def finnish_home():
    return home_in("fi")


@pytest.fixture
def german_services(german_home):
    return ServiceIndexPageFactory(parent=german_home)


@pytest.fixture
def standard_page(german_home):
    return StandardPageFactory(parent=german_home)
