"""Search tests see only the pages they publish themselves.

The index is emptied at the start of each test (inside the test's transaction,
so it is back afterwards): whatever content the test database holds — the demo
county today, a bare skeleton tomorrow — is never found and never decides a
result. Each language gets a home page to publish under (tests/search/helpers.py).
"""

import pytest
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.backend_settings import SITE_BACKEND


@pytest.fixture(autouse=True)
def empty_search_index(db):
    get_search_backend(SITE_BACKEND).get_index_for_model(Page).reset()
