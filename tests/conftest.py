import io

import pytest
from django.core.cache import cache
from django.core.management import call_command

# The skeleton every test starts from: what `setup_site` makes for a new authority.
SITE_NAME = "Landkreis Testland"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database holds an authority's empty site, made once by `setup_site`;
    each test builds what it needs with factories (the demo county has tests of its
    own in tests/test_demo.py, which load it)."""
    with django_db_blocker.unblock():
        call_command("setup_site", name=SITE_NAME, verbosity=0, stdout=io.StringIO())


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
