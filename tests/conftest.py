import pytest
from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database holds the demo county, loaded once through its command."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("tester", "tester@example.invalid", "pw")
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache, as the database starts from the same
    state: a value cached by one test (a search's results, keyed by the index's
    version, which a rolled-back test leaves as it found it) must not answer another."""
    cache.clear()
