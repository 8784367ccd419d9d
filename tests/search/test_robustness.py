"""Whatever citizens (or bots) type, search answers 200 with results or a message."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

NASTY = [
    "",
    " ",
    "x" * 5000,
    "!!!???...",
    '"Pflege',
    "'; DROP TABLE wagtailcore_page; --",
    "1' OR '1'='1",
    "& | ! : * ( )",
    "Pflege & | ! (",
    "a:* | !b",
    "<script>alert(1)</script>",
    "\x00\x01\x02\x1f\x7f",
    "Pflege\x00stammtisch",
    "🙂🏳️‍🌈 Pflege",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u202ePflege\u202c",
    "\ue000mark\ue001",
    "-" * 300,
    "\\",
    "'''",
    "%_%",
]
LANGUAGES = ["de", "da", "fi", "en"]


@pytest.mark.parametrize("query", NASTY)
@pytest.mark.parametrize("output", ["html", "json", "suggest"])
def test_nasty_queries(client, query, output):
    if output == "suggest":
        response = client.get("/de/search/suggest", {"q": query})
    else:
        response = client.get("/de/search/", {"q": query, "format": output})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "raw",
    [b"q=%FF%FE", b"q=Pfl%C3ege", b"q=%C0%AF&format=json", b"q=%ED%A0%80", b"q=%00&page=%FF"],
)
def test_invalid_utf8_in_the_query_string(client, raw):
    response = client.generic("GET", "/de/search/?" + raw.decode("latin-1"))
    assert response.status_code == 200


# Text of every kind, including control characters, surrogates excluded (they
# cannot travel in a URL), and the characters tsquery gives meaning to.
queries = st.one_of(
    st.text(max_size=300),
    st.text(alphabet="&|!:*()'\"\\<>-_ %$@", max_size=40),
    st.sampled_from(NASTY),
    st.lists(st.sampled_from(["Pflege", "stammtisch", "&", "|", "!", "(", ")", ":*", "'"])).map(
        " ".join
    ),
)


@settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=queries, language=st.sampled_from(LANGUAGES), page=st.integers(-5, 10**12))
def test_any_query_returns_200(client, query, language, page):
    response = client.get(f"/{language}/search/", {"q": query, "format": "json", "page": str(page)})
    assert response.status_code == 200
    data = response.json()
    assert data["count"] >= len(data["results"])
