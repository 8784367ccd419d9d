"""The service directory as citizens use it, through HTTP: filters alone and
combined, chips, the empty state, pagination, bad input, the category tree,
labels in several languages, discontinued and suspended services, "open now"
at fixed times, the A–Z list and the number of queries."""

import datetime
import io
import re

import lxml.html
import pytest
import time_machine
from django.core.management import call_command
from django.db import connection
from wagtail.models import Locale

from services.models import AreaKind, Status
from tests.factories import skeleton_page
from tests.services.factories import (
    LifeEventFactory,
    ServiceAreaFactory,
    ServiceCategoryFactory,
    ServiceIndexPageFactory,
    ServiceLocationFactory,
    ServicePageFactory,
    TargetGroupFactory,
    weekly_hours,
)


def parse(response):
    """The served page as an lxml tree (its root is <html>)."""
    return lxml.html.fromstring(response.content.decode())


def css_class(name):
    """An XPath test for one of an element's classes, as `.name` in CSS."""
    return f'contains(concat(" ", normalize-space(@class), " "), " {name} ")'


def text(node):
    return " ".join(node.text_content().split())


def one(root, xpath):
    """The first node `xpath` finds (an assertion if there is none)."""
    found = root.xpath(xpath)
    assert found, xpath
    return found[0]


def teasers(root):
    return root.xpath(f"//article[{css_class('service-teaser')}]")


def titles(response):
    """The titles of the listed services, in order."""
    return [text(a) for article in teasers(parse(response)) for a in article.xpath(".//h3//a")]


def count_text(response):
    return text(one(parse(response), '//*[@id="directory-count"]'))


def count(response):
    """The results count the page states (UI wording aside: catalogues are translated later)."""
    return int(re.search(r"\d+", count_text(response).replace(".", "")).group())


def teaser(response, title):
    for article in teasers(parse(response)):
        if text(one(article, ".//h3")) == title:
            return article
    raise AssertionError(f"{title!r} is not listed")


def tags(node):
    return [tag.text_content() for tag in node.xpath(f".//*[{css_class('service-tag')}]")]


def chips(response):
    """{chip label: the href of its remove link}, in order."""
    return {
        li.text.strip(): one(li, ".//a/@href")
        for li in parse(response).xpath(f"//li[{css_class('directory-chip')}]")
    }


def chip_terms(found):
    """The term each chip names (the words around it come from the catalogues)."""
    return [label.split(": ", 1)[-1] for label in found]


def chip_link(found, term):
    return next(href for label, href in found.items() if label.endswith(term))


def options(response, name):
    """The visible labels of a filter's options (without the "all" option)."""
    select = one(parse(response), f'//select[@name="{name}"]')
    return [text(o) for o in select.xpath(".//option") if o.get("value")]


def selected(response, name):
    found = parse(response).xpath(f'//select[@name="{name}"]//option[@selected]')
    return found[0].get("value") if found else None


def area_groups(response):
    """[(group label, [option labels])] of the area filter."""
    return [
        (group.get("label"), [o.text_content() for o in group.xpath("option")])
        for group in parse(response).xpath('//select[@name="area"]/optgroup')
    ]


def locale(code):
    return Locale.objects.get(language_code=code)


def translated(factory, names, **fields):
    """A term in German with translations: names = {"de": (name, slug), "en": …}."""
    name, slug = names["de"]
    source = factory(name=name, slug=slug, locale=locale("de"), **fields)
    for code, (name, slug) in names.items():
        if code != "de":
            extra = {}
            if "parent" in fields and fields["parent"] is not None:
                extra["parent"] = fields["parent"]  # synchronised, like wagtail-localize does
            factory(
                name=name,
                slug=slug,
                locale=locale(code),
                translation_key=source.translation_key,
                **extra,
            )
    return source


class Directory:
    """A German directory and an English and a Finnish one whose services point
    at the German terms, as translated pages do."""

    def __init__(self):
        self.family = translated(
            ServiceCategoryFactory,
            {
                "de": ("Familie und Kinder", "t-familie"),
                "en": ("Family and children", "t-family"),
                "da": ("Familie og børn", "t-familie-dk"),
                "fi": ("Perhe ja lapset", "t-perhe"),
            },
        )
        self.day_care = translated(
            ServiceCategoryFactory,
            {"de": ("Kindertagesbetreuung", "t-kita"), "en": ("Day care", "t-day-care")},
            parent=self.family,
        )
        self.care = translated(
            ServiceCategoryFactory,
            {"de": ("Pflege", "t-pflege"), "en": ("Care", "t-care"), "da": ("Pleje", "t-pleje")},
        )
        self.parents = translated(
            TargetGroupFactory,
            {"de": ("Eltern", "t-eltern"), "en": ("Parents", "t-parents")},
        )
        self.older = translated(
            TargetGroupFactory,
            {"de": ("Ältere Menschen", "t-aeltere"), "en": ("Older people", "t-older")},
        )
        self.baby = translated(
            LifeEventFactory,
            {"de": ("Geburt eines Kindes", "t-geburt"), "en": ("Having a baby", "t-baby")},
        )
        self.moving = translated(LifeEventFactory, {"de": ("Umzug", "t-umzug")})  # unused
        self.north = translated(
            ServiceAreaFactory, {"de": ("Nordheim", "t-nordheim")}, kind="municipality"
        )
        self.south = translated(
            ServiceAreaFactory,
            {"de": ("Südland", "t-suedland"), "en": ("South region", "t-south")},
            kind="region",
        )
        # Open Monday to Friday 8–16; the other one has no hours at all.
        self.office = ServiceLocationFactory(name="Testamt Mitte")
        weekly_hours(self.office)
        self.closed_office = ServiceLocationFactory(name="Testamt ohne Zeiten")

        self.index = ServiceIndexPageFactory(
            parent=skeleton_page("home", "de"), title="Testverzeichnis", slug="testverzeichnis"
        )
        self.kita = self.service(
            "Kita-Platz beantragen",
            categories=[self.day_care],
            target_groups=[self.parents],
            life_events=[self.baby],
            areas=[self.north],
            locations=[self.office],
            languages=["de", "en", "tr"],
        )
        self.parental = self.service(
            "Elterngeld-Beratung",
            categories=[self.family],
            target_groups=[self.parents],
            locations=[self.closed_office],
            languages=["de"],
        )
        self.home_care = self.service(
            "Pflegeberatung zu Hause",
            categories=[self.care],
            target_groups=[self.older],
            areas=[self.south],
            locations=[self.office],
            languages=["de", "pl"],
            status="suspended",
        )
        self.gone = self.service(
            "Alte Beihilfe", categories=[self.care], languages=["de"], status="discontinued"
        )
        self.doctor = self.service("Ärztlicher Dienst", languages=["de"])

        self.english = ServiceIndexPageFactory(
            parent=skeleton_page("home", "en"), title="Test directory", slug="test-directory"
        )
        self.service(
            "Apply for a day care place",
            parent=self.english,
            categories=[self.day_care, self.family],
            target_groups=[self.parents],
            areas=[self.north],
        )
        self.service(
            "Care advice at home",
            parent=self.english,
            categories=[self.care],
            target_groups=[self.older],
        )

        self.finnish = ServiceIndexPageFactory(
            parent=skeleton_page("home", "fi"), title="Testihakemisto", slug="testihakemisto"
        )
        for title in ("Äitiysneuvola", "Yhteispalvelu", "Ajokortti"):
            self.service(title, parent=self.finnish, categories=[self.day_care])

        self.danish = ServiceIndexPageFactory(
            parent=skeleton_page("home", "da"), title="Testkatalog", slug="testkatalog"
        )
        self.service("Pasning af børn", parent=self.danish, categories=[self.day_care])
        self.service("Hjemmepleje", parent=self.danish, categories=[self.care])

    def service(self, title, parent=None, languages=(), status="active", **relations):
        return ServicePageFactory(
            parent=parent or self.index,
            title=title,
            languages=list(languages),
            status=status,
            relations=relations,
        )


# A Wednesday in winter; Berlin is UTC+1.
WEDNESDAY_MORNING = datetime.datetime(2026, 3, 4, 9, 30, tzinfo=datetime.UTC)  # 10:30 local
WEDNESDAY_NIGHT = datetime.datetime(2026, 3, 4, 21, 0, tzinfo=datetime.UTC)  # 22:00 local


pytestmark = pytest.mark.django_db
OPEN_BADGE = f".//*[{css_class('service-badge-open')}]"
CURRENT_PAGE = f'//*[{css_class("pagination")}]//a[@aria-current="page"]'
AZ_LETTERS = f"//*[{css_class('az-letters')}]//a"
AZ_LIST = f"//*[{css_class('az-list')}]//a"


@pytest.fixture
def data(db):
    return Directory()


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content.decode()[:2000]
    return response


def test_lists_services_in_title_order_with_count_and_short_description(client, data):
    response = get(client, data.index.url)
    assert titles(response) == [
        "Ärztlicher Dienst",
        "Elterngeld-Beratung",
        "Kita-Platz beantragen",
        "Pflegeberatung zu Hause",
    ]
    assert count(response) == 4
    kita = teaser(response, "Kita-Platz beantragen")
    assert one(kita, ".//h3//a/@href") == data.kita.url
    summary = one(kita, f".//*[{css_class('service-summary')}]")
    assert summary.text_content() == "Kurzbeschreibung von Kita-Platz beantragen"
    assert tags(kita) == ["Kindertagesbetreuung"]
    a_to_z = one(parse(response), f"//*[{css_class('directory-a-z')}]//a/@href")
    assert a_to_z == data.index.url + "a-z/"


def test_each_filter_narrows_the_list_and_is_shown_as_selected(client, data):
    url = data.index.url
    cases = {
        "category=t-pflege": ["Pflegeberatung zu Hause"],
        "target_group=t-eltern": ["Elterngeld-Beratung", "Kita-Platz beantragen"],
        "life_event=t-geburt": ["Kita-Platz beantragen"],
        "area=t-suedland": ["Pflegeberatung zu Hause"],
        "language=pl": ["Pflegeberatung zu Hause"],
        "language=tr": ["Kita-Platz beantragen"],
    }
    for query, expected in cases.items():
        response = get(client, f"{url}?{query}")
        assert titles(response) == expected, query
        name, value = query.split("=")
        assert selected(response, name) == value, query
        assert count(response) == len(expected), query


def test_filters_combine(client, data):
    response = get(client, f"{data.index.url}?target_group=t-eltern&language=en&area=t-nordheim")
    assert titles(response) == ["Kita-Platz beantragen"]
    response = get(client, f"{data.index.url}?category=t-familie&language=de")
    assert titles(response) == ["Elterngeld-Beratung", "Kita-Platz beantragen"]


def test_a_parent_category_includes_its_subcategories(client, data):
    response = get(client, f"{data.index.url}?category=t-familie")
    assert titles(response) == ["Elterngeld-Beratung", "Kita-Platz beantragen"]
    response = get(client, f"{data.index.url}?category=t-kita")
    assert titles(response) == ["Kita-Platz beantragen"]
    # The select shows the tree: the subcategory indented under its parent.
    assert options(get(client, data.index.url), "category") == [
        "Familie und Kinder",
        "– Kindertagesbetreuung",
        "Pflege",
    ]


def test_options_offer_only_terms_in_use_and_group_areas(client, data):
    english = get(client, data.english.url)
    assert area_groups(english) == [("Municipality", ["Nordheim"])]
    response = get(client, data.index.url)
    assert options(response, "target_group") == ["Ältere Menschen", "Eltern"]
    assert options(response, "life_event") == ["Geburt eines Kindes"]
    assert options(response, "language") == ["Deutsch", "Englisch", "Polnisch", "Türkisch"]
    assert area_groups(response) == [
        (str(AreaKind.MUNICIPALITY.label), ["Nordheim"]),
        (str(AreaKind.REGION.label), ["Südland"]),
    ]
    # The discontinued service's terms are not offered for it alone.
    assert "Alte Beihilfe" not in response.content.decode()


def test_chips_remove_one_filter_each_and_keep_the_others(client, data):
    response = get(client, f"{data.index.url}?category=t-familie&target_group=t-eltern&language=de")
    assert titles(response) == ["Elterngeld-Beratung", "Kita-Platz beantragen"]
    found = chips(response)
    assert chip_terms(found) == ["Familie und Kinder", "Eltern", "Deutsch"]

    without_category = get(client, chip_link(found, "Familie und Kinder"))
    assert selected(without_category, "category") is None
    assert selected(without_category, "target_group") == "t-eltern"
    assert chip_terms(chips(without_category)) == ["Eltern", "Deutsch"]
    assert titles(without_category) == ["Elterngeld-Beratung", "Kita-Platz beantragen"]

    without_language = get(client, chip_link(found, "Deutsch"))
    assert chip_terms(chips(without_language)) == ["Familie und Kinder", "Eltern"]
    assert titles(without_language) == ["Elterngeld-Beratung", "Kita-Platz beantragen"]
    # Removing the last filter leads back to the whole directory.
    only = get(client, f"{data.index.url}?life_event=t-geburt")
    assert list(chips(only).values()) == [data.index.url]

    english = chips(get(client, f"{data.english.url}?target_group=t-parents&area=t-nordheim"))
    assert list(english) == ["For: Parents", "Area: Nordheim"]


def test_empty_state_says_so_and_leads_back(client, data):
    response = get(client, f"{data.index.url}?category=t-pflege&target_group=t-eltern")
    assert titles(response) == []
    assert count(response) == 0
    back = one(parse(response), f"//*[{css_class('directory-empty')}]//a/@href")
    assert back == data.index.url
    assert len(titles(get(client, back))) == 4

    # A term no service uses (yet) is a valid filter: no results, and the form keeps it.
    unused = get(client, f"{data.index.url}?life_event=t-umzug")
    assert titles(unused) == []
    assert selected(unused, "life_event") == "t-umzug"
    assert chip_terms(chips(unused)) == ["Umzug"]
    assert "Umzug" not in options(get(client, data.index.url), "life_event")


def test_discontinued_services_are_not_listed_but_their_page_remains(client, data):
    for url in (data.index.url, data.index.url + "a-z/", data.index.url + "?category=t-pflege"):
        assert "Alte Beihilfe" not in get(client, url).content.decode()
    assert get(client, data.gone.url).status_code == 200


def test_suspended_services_are_listed_with_a_marker(client, data):
    response = get(client, data.index.url)
    suspended = f".//*[{css_class('service-badge-suspended')}]"
    badge = one(teaser(response, "Pflegeberatung zu Hause"), suspended)
    assert badge.text_content() == str(Status.SUSPENDED.label)
    assert not teaser(response, "Elterngeld-Beratung").xpath(suspended)
    english = get(client, data.english.url)
    assert not parse(english).xpath(suspended)
    data.service("Paused advice", parent=data.english, status="suspended")
    english = get(client, data.english.url)
    badge = one(teaser(english, "Paused advice"), f".//*[{css_class('service-badge')}]")
    assert badge.text_content() == "Temporarily suspended"


def test_open_now_marker_and_filter_at_a_fixed_time(client, data):
    with time_machine.travel(WEDNESDAY_MORNING, tick=False):
        response = get(client, data.index.url)
        assert teaser(response, "Kita-Platz beantragen").xpath(OPEN_BADGE)
        assert not teaser(response, "Elterngeld-Beratung").xpath(OPEN_BADGE)
        response = get(client, f"{data.index.url}?open_now=1")
        assert titles(response) == ["Kita-Platz beantragen", "Pflegeberatung zu Hause"]
        assert one(parse(response), '//*[@id="filter-open-now"]').get("checked") is not None
        assert len(chips(response)) == 1
        response = get(client, f"{data.index.url}?open_now=1&category=t-familie")
        assert titles(response) == ["Kita-Platz beantragen"]

    with time_machine.travel(WEDNESDAY_NIGHT, tick=False):
        response = get(client, data.index.url)
        assert not parse(response).xpath(OPEN_BADGE)
        response = get(client, f"{data.index.url}?open_now=1")
        assert titles(response) == []
        empty = one(parse(response), f"//*[{css_class('directory-empty')}]//a/@href")
        assert empty == data.index.url
    with time_machine.travel(WEDNESDAY_NIGHT, tick=False):
        response = get(client, f"{data.english.url}?open_now=1")
        assert chips(response) == {"Open now": data.english.url}
        assert "No service matches these filters." in response.content.decode()


def test_labels_are_in_the_visitors_language_with_the_default_as_fallback(client, data):
    english = get(client, data.english.url)
    assert options(english, "category") == ["Care", "Family and children", "– Day care"]
    assert tags(teaser(english, "Apply for a day care place")) == [
        "Day care",
        "Family and children",
    ]
    # Nordheim has no English name: the German one stands in.
    areas = parse(english).xpath('//select[@name="area"]//option')
    assert [o.text_content() for o in areas][1:] == ["Nordheim"]
    assert count_text(english) == "2 services"
    assert parse(english).get("lang") == "en"

    # The English slug and the German one both find the English terms.
    for slug in ("t-day-care", "t-kita"):
        response = get(client, f"{data.english.url}?category={slug}")
        assert titles(response) == ["Apply for a day care place"]
        assert list(chips(response)) == ["Category: Day care"]
        assert selected(response, "category") == "t-day-care"

    danish = get(client, data.danish.url)
    assert options(danish, "category") == ["Familie og børn", "– Kindertagesbetreuung", "Pleje"]
    assert titles(get(client, f"{data.danish.url}?category=t-familie-dk")) == ["Pasning af børn"]

    finnish = get(client, data.finnish.url)
    assert options(finnish, "category") == ["Perhe ja lapset", "– Kindertagesbetreuung"]
    assert count(finnish) == 3


def test_unknown_filter_values_are_named_and_left_out_with_a_400(client, data):
    response = get(
        client,
        f"{data.index.url}?category=gibts-nicht&target_group=t-eltern&open_now=ja&language=xx",
        status=400,
    )
    notice = parse(response).xpath('//*[@id="directory-notice"]//p')
    assert len(notice) == 3
    for value, message in zip(("gibts-nicht", "xx", "ja"), notice, strict=True):
        assert value in message.text_content()
    # The rest of the request still works.
    assert titles(response) == ["Elterngeld-Beratung", "Kita-Platz beantragen"]
    assert chip_terms(chips(response)) == ["Eltern"]

    english = get(client, f"{data.english.url}?area=nowhere", status=400)
    assert "The area “nowhere” is not known; it was left out." in english.content.decode()

    # Odd bytes and very long values never reach the database.
    get(client, f"{data.index.url}?category=%00%ff&area={'x' * 5000}", status=400)


def test_pagination_twenty_a_page_with_bad_page_numbers_handled(client, data):
    for n in range(42):
        data.service(f"Zusatzleistung {n:02d}", categories=[data.care])
    url = f"{data.index.url}?category=t-pflege"
    first = get(client, url)
    assert count(first) == 43
    assert len(titles(first)) == 20
    nav = one(parse(first), f"//nav[{css_class('pagination')}]")
    assert nav.get("aria-label")
    next_url = one(nav, './/a[@rel="next"]/@href')
    assert "category=t-pflege" in next_url and "page=2" in next_url

    second = get(client, next_url)
    assert titles(second)[0] == "Zusatzleistung 19"
    assert text(one(parse(second), CURRENT_PAGE)).endswith("2")
    third = get(client, f"{url}&page=3")
    assert titles(third) == ["Zusatzleistung 39", "Zusatzleistung 40", "Zusatzleistung 41"]
    assert not parse(third).xpath('//a[@rel="next"]')

    # Beyond the end: the last page. Below the start or not a number: the first page.
    for page in ("4", "99999999999999999999"):
        beyond = get(client, f"{url}&page={page}")
        assert titles(beyond) == titles(third), page
        assert one(parse(beyond), CURRENT_PAGE).get("href").endswith("page=3")
    for page in ("0", "-2", "abc", "", "2.5"):
        assert titles(get(client, f"{url}&page={page}")) == titles(first), page


def test_a_to_z_lists_services_by_letter_in_each_languages_order(client, data):
    response = get(client, data.index.url + "a-z/")
    page = parse(response)
    assert page.get("lang") == "de"
    assert [a.text_content() for a in page.xpath(AZ_LETTERS)] == ["A", "E", "K", "P"]
    assert [a.text_content() for a in page.xpath(AZ_LIST)] == [
        "Ärztlicher Dienst",
        "Elterngeld-Beratung",
        "Kita-Platz beantragen",
        "Pflegeberatung zu Hause",
    ]
    assert one(page, AZ_LETTERS).get("href") == "#letter-A"
    assert one(page, '//*[@id="letter-A"]').text_content() == "A"
    canonical = one(page, '//link[@rel="canonical"]/@href')
    assert canonical.endswith(data.index.url + "a-z/")

    finnish = parse(get(client, data.finnish.url + "a-z/"))
    # Finnish files Ä after Z.
    assert [a.text_content() for a in finnish.xpath(AZ_LETTERS)] == ["A", "Y", "Ä"]
    assert [a.text_content() for a in finnish.xpath(AZ_LIST)] == [
        "Ajokortti",
        "Yhteispalvelu",
        "Äitiysneuvola",
    ]
    # The directory itself uses the same order.
    assert titles(get(client, data.finnish.url)) == ["Ajokortti", "Yhteispalvelu", "Äitiysneuvola"]


# 16: one of them the alerts that cover the page (home/alerts/selection.py).
def count_queries(client, url, django_assert_max_num_queries, budget=16):
    client.get(url)  # warm up caches that live across requests (site root paths)
    with django_assert_max_num_queries(budget) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_queries_are_the_same_for_10_and_1000_services_and_at_most_16(
    client, data, django_assert_num_queries, django_assert_max_num_queries
):
    index = ServiceIndexPageFactory(parent=skeleton_page("home", "de"), title="Große Liste")
    quiet = io.StringIO()
    call_command("generate_services", 10, index=str(index.pk), stdout=quiet)
    urls = [
        index.url,
        f"{index.url}?category={data.family.slug}&target_group=t-eltern&language=de&open_now=1",
        f"{index.url}?area=t-nordheim&life_event=t-geburt",
        f"{index.url}?page=9999",  # beyond the last page
        f"{index.url}a-z/",
    ]
    with time_machine.travel(WEDNESDAY_MORNING, tick=False):
        small = {url: count_queries(client, url, django_assert_max_num_queries) for url in urls}

        call_command("generate_services", 990, index=str(index.pk), seed=7, stdout=quiet)
        assert re.search(r"Created 990 synthetic services", quiet.getvalue())
        # What autovacuum does after a bulk insert, and cannot do inside the test's
        # transaction: on a database that started empty the planner would otherwise
        # believe the service tables still empty and pick plans that take minutes.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        for url in urls:
            client.get(url)
            with django_assert_num_queries(small[url]):
                response = client.get(url)
            assert response.status_code == 200
        big = get(client, index.url)
        assert len(titles(big)) == 20
        listed = count(big)
        assert 900 < listed < 1000  # some of the generated ones are discontinued
        assert len(parse(get(client, f"{index.url}a-z/")).xpath(AZ_LIST)) == listed
