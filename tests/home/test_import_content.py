"""`manage.py import_content`: Markdown files with YAML front matter become published pages."""

import io
import re
import textwrap
from datetime import date, time
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from wagtail.models import Page

from home.import_markdown import markdown_blocks, markdown_rich_text
from home.keys import translation_key
from tests.factories import NewsTopicFactory, TopicPageFactory, skeleton_page, translate
from tests.html import get, one, text

pytestmark = pytest.mark.django_db

# A small corpus in every page type and language, written by the test itself.
CORPUS_FILES = {
    "news-de.md": """
        ---
        key: corpus-news
        type: news
        locale: de
        title: Dritter Pflegestammtisch im Kreishaus
        date: 2025-03-12
        summary: Träger aus dem ganzen Landkreis sprachen über Fachkräfte.
        ---
        Zum dritten Mal trafen sich ambulante und stationäre Dienste.
        """,
    "news-fi.md": """
        ---
        key: corpus-news-fi
        translation_of: corpus-news
        type: news
        locale: fi
        title: Kolmas hoiva-alan tapaaminen
        date: 2025-03-12
        ---
        Palveluntuottajat tapasivat kolmannen kerran.
        """,
    "service-da.md": """
        ---
        key: corpus-daycare
        type: service
        locale: da
        title: Pladsanvisning til dagtilbud
        summary: Søg plads i vuggestue, børnehave eller dagpleje.
        ---
        Du søger plads til dit barn digitalt, og vi finder en plads tæt på jer.
        """,
    "strategy-de.md": """
        ---
        key: corpus-strategy
        type: strategy
        locale: de
        title: Strategie Wohlfahrtstechnologie & Alltag
        summary: Technik, die Selbstständigkeit im Alter unterstützt.
        status: in_implementation
        goals:
          - title: Länger sicher zu Hause
        actions:
          - title: Sensoren zur Sturzerkennung erproben
            goals: [1]
        ---
        Der Kreistag hat die Strategie 2024 beschlossen.
        """,
    "strategy-en.md": """
        ---
        key: corpus-strategy-en
        translation_of: corpus-strategy
        type: strategy
        locale: en
        title: Welfare technology <strategy>
        ---
        The council adopted the strategy in 2024.
        """,
    "network-en.md": """
        ---
        key: corpus-network
        type: network
        locale: en
        title: Care providers' network
        summary: Providers meet four times a year.
        ---
        Providers share what works and plan together.
        """,
    "standard-fi.md": """
        ---
        key: corpus-waste
        type: standard
        locale: fi
        title: Jätehuolto ja tyhjennysaikataulu
        summary: Milloin roska-astiat tyhjennetään.
        ---
        Astiat tyhjennetään joka toinen viikko.
        """,
}


def run_import(*paths):
    """(stdout, stderr, CommandError message or None) of one run of the command."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_content", *map(str, paths), stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), str(error)
    return out.getvalue(), err.getvalue(), None


def write(folder, name, text):
    path = folder / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def imported_page(key, language):
    return Page.objects.get(translation_key=translation_key(key), locale__language_code=language)


def page_of(meta):
    """The page a corpus file imports (a translation shares its source's key)."""
    return imported_page(meta.get("translation_of", meta["key"]), meta["locale"])


def front_matter(path):
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])


def alternates(html):
    """{hreflang: href} of the page's alternate links."""
    return {
        link.get("hreflang"): link.get("href")
        for link in html.xpath("/html/head/link[@rel='alternate'][@hreflang]")
    }


def switcher_links(html):
    """{language: href} of the language switcher's links."""
    nav = one(html, "//nav[contains(@class, 'language-switcher')]")
    return {a.get("lang"): a.get("href") for a in nav.xpath(".//a")}


@pytest.fixture
def corpus(tmp_path):
    """The corpus files, written into a folder of their own: their paths, sorted."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    return sorted(write(folder, name, content) for name, content in CORPUS_FILES.items())


def test_every_corpus_file_imports(client, corpus):
    files = imported = corpus
    out, err, error = run_import(corpus[0].parent)

    assert error is None, err
    types = {"news", "service", "strategy", "network", "standard"}
    assert {front_matter(path)["type"] for path in files} == types
    assert {front_matter(path)["locale"] for path in files} == {"de", "da", "fi", "en"}
    lines = out.splitlines()
    assert len([line for line in lines if line.startswith(("created ", "updated "))]) == len(
        imported
    )

    for path in imported:
        meta = front_matter(path)
        page = page_of(meta)
        assert page.live and not page.has_unpublished_changes
        assert page.specific.summary == meta.get("summary", page.specific.summary)
        assert f"{path}: {page.get_full_url()}" in out
        html = get(client, page.get_url())
        assert [text(h1) for h1 in html.xpath("//h1")] == [meta["title"]], path
        assert html.get("lang") == meta["locale"], path
        if "translation_of" in meta:
            source = imported_page(meta["translation_of"], "de")
            assert page.translation_key == source.translation_key, path


def page_state(page):
    page = page.specific
    streams = {
        name: list(getattr(page, name).raw_data)
        for name in ("body", "background", "goals", "actions", "meetings")
        if hasattr(page, name)
    }
    fields = {name: getattr(page, name) for name in ("title", "slug", "url_path", "summary")}
    return {**fields, **streams, "revisions": page.revisions.count()}


def test_second_run_changes_nothing(corpus):
    run_import(corpus[0].parent)
    pages = Page.objects.count()
    imported = [front_matter(path) for path in corpus]
    before = {m["key"]: page_state(page_of(m)) for m in imported}

    out, _err, error = run_import(corpus[0].parent)

    assert error is None
    assert out.count("unchanged ") == len(imported) and "created " not in out
    assert Page.objects.count() == pages
    for meta in imported:
        after = page_state(page_of(meta))
        assert after == before[meta["key"]]  # no new revision either


def test_a_changed_file_updates_the_live_page(client, tmp_path):
    path = write(
        tmp_path,
        "page.md",
        """
        ---
        key: import-test-changing
        type: standard
        locale: de
        title: Alter Titel
        ---
        Erste Fassung.
        """,
    )
    run_import(path)
    url = imported_page("import-test-changing", "de").get_url()
    path.write_text(path.read_text().replace("Alter", "Neuer").replace("Erste", "Zweite"))

    out, _err, error = run_import(path)

    assert error is None and out.startswith("updated ")
    page = imported_page("import-test-changing", "de")
    assert page.get_url() == url  # the address stays when the title changes
    html = get(client, url)
    assert [text(h1) for h1 in html.xpath("//h1")] == ["Neuer Titel"]
    assert "Zweite Fassung." in text(html)
    assert "Alter Titel" not in text(html) and "Erste Fassung." not in text(html)

    # Naming a parent moves the page there.
    topic = TopicPageFactory(title="Gesundheit und Pflege", slug="gesundheit-pflege")
    path.write_text(path.read_text().replace("title:", f"parent: {topic.slug}\ntitle:"))
    out, _err, error = run_import(path)
    assert error is None and "(moved under " in out
    page = imported_page("import-test-changing", "de")
    assert page.get_parent().pk == topic.pk
    assert client.get(page.get_url()).status_code == 200


def test_translation_of_links_the_pages_in_switcher_and_alternates(client, tmp_path):
    topic = TopicPageFactory(title="Rathaus online", slug="rathaus-online")
    english_topic = translate(topic, "en", title="Town hall online", slug="town-hall-online")
    source = write(
        tmp_path,
        "source.md",
        f"""
        ---
        key: import-test-source
        type: standard
        locale: de
        title: Müllabfuhr im Landkreis
        parent: {topic.slug}
        ---
        Die Tonnen werden alle zwei Wochen geleert.
        """,
    )
    translation = write(
        tmp_path,
        "translation.md",
        """
        ---
        key: import-test-source-en
        translation_of: import-test-source
        type: standard
        locale: en
        title: Waste collection in the county
        ---
        Bins are emptied every two weeks.
        """,
    )
    # The translation is named first: the command imports sources first.
    _out, err, error = run_import(translation, source)
    assert error is None, err

    german = imported_page("import-test-source", "de")
    english = imported_page("import-test-source", "en")
    assert german.slug == "muellabfuhr-im-landkreis"  # the slug policy: ü → ue in German
    assert german.get_parent().pk == topic.pk
    # Without a parent of its own, the translation goes where its source is.
    assert english.get_parent().pk == english_topic.pk
    html = get(client, german.get_url())
    assert alternates(html)["en"] == english.get_full_url()
    assert switcher_links(html)["en"] == english.get_url()
    html = get(client, english.get_url())
    assert alternates(html)["de"] == german.get_full_url()


def doc(meta, body="Text.\n"):
    return f"---\n{meta}---\n{body}"


BAD_FILES = {
    "missing-title.md": (
        doc("key: b1\ntype: standard\nlocale: de\n"),
        "missing-title.md: title: is required",
    ),
    "unknown-type.md": (
        doc("key: b2\ntype: recipe\nlocale: de\ntitle: T\n"),
        "unknown-type.md:3: type: 'recipe' is not one of: news, service, strategy,",
    ),
    "unknown-locale.md": (
        doc("key: b3\ntype: standard\nlocale: sv\ntitle: T\n"),
        "unknown-locale.md:4: locale: 'sv' is not a language of this site",
    ),
    "bad-yaml.md": (
        doc("key: b4\ntype: standard\nlocale: de\ntitle: [unclosed\nsummary: x\n"),
        "bad-yaml.md:6: front matter: invalid YAML",
    ),
    "bad-date.md": (
        doc("key: b5\ntype: news\nlocale: de\ntitle: T\ndate: 2024-02-30\n"),
        "bad-date.md:6: date: '2024-02-30' is not a date of the form YYYY-MM-DD",
    ),
    "unknown-parent.md": (
        doc("key: b6\ntype: standard\nlocale: de\ntitle: T\nparent: no-such-page\n"),
        "unknown-parent.md:6: parent: no page with the slug 'no-such-page' in 'de'",
    ),
    "unknown-field.md": (
        doc("key: b7\ntype: standard\nlocale: de\ntitle: T\ngoals: []\n"),
        "unknown-field.md:6: goals: unknown field for type 'standard'",
    ),
    "unknown-source.md": (
        doc("key: b8\ntype: standard\nlocale: en\ntitle: T\ntranslation_of: never-imported\n"),
        "unknown-source.md:6: translation_of: no page with the key 'never-imported'",
    ),
    "bad-goal.md": (
        doc("key: b9\ntype: strategy\nlocale: en\ntitle: T\ngoals:\n  - title: One\n  - {}\n"),
        "bad-goal.md:8: goals[2].title: is required",
    ),
    "goal-out-of-range.md": (
        doc("key: b10\ntype: strategy\nlocale: en\ntitle: T\nactions:\n  - {title: A, goals: 3}\n"),
        "goal-out-of-range.md:6: actions: Action 1 refers to goal 3, but there are 0 goals.",
    ),
    "long-summary.md": (
        doc(f"key: b11\ntype: standard\nlocale: de\ntitle: T\nsummary: {'x' * 301}\n"),
        "long-summary.md:6: summary: at most 300 characters (has 301)",
    ),
    "long-heading.md": (
        doc("key: b12\ntype: standard\nlocale: de\ntitle: T\n", f"Text\n\n## {'x' * 201}\n"),
        "long-heading.md: body[2].text: Ensure this value has at most 200 characters (it has 201)",
    ),
    "taken-key.md": (
        doc("key: privacy\ntype: news\nlocale: de\ntitle: T\ndate: 2024-01-01\n"),
        "taken-key.md:3: type: this key is already used by the standard page",
    ),
    "zz-same-key.md": (
        doc("key: import-test-good\ntype: standard\nlocale: de\ntitle: Again\n"),
        "zz-same-key.md:2: key: {good} imports the same page (key and locale)",
    ),
    "unknown-task.md": (
        doc("key: home\ntype: home\nlocale: de\ntitle: Start\ntop_tasks: [no-such-page]\n"),
        "unknown-task.md:6: top_tasks[1]: no page or service 'no-such-page'",
    ),
    "nine-tasks.md": (
        doc(
            "key: home\ntype: home\nlocale: de\ntitle: Start\n"
            f"top_tasks: [{', '.join(['privacy'] * 9)}]\n"
        ),
        "nine-tasks.md:6: top_tasks: at most 8 tasks, not 9",
    ),
    "no-front-matter.md": (
        "Just text.\n",
        "no-front-matter.md:1: front matter: the file must start",
    ),
}


def test_bad_files_fail_alone_and_name_file_and_field(client, tmp_path):
    for name, (content, _expected) in BAD_FILES.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    good = write(
        tmp_path,
        "good.md",
        """
        ---
        key: import-test-good
        type: standard
        locale: de
        title: Gute Seite
        ---
        Alles in Ordnung.
        """,
    )

    out, err, error = run_import(tmp_path)

    assert error.startswith(f"{len(BAD_FILES)} of {len(BAD_FILES) + 1} files failed: ")
    for name, (_text, expected) in BAD_FILES.items():
        assert str(tmp_path / expected.format(good=good)) in err, name
        assert str(tmp_path / name) in error
    assert str(good) not in error and f"created {good}: " in out
    assert client.get(imported_page("import-test-good", "de").get_url()).status_code == 200
    assert imported_page("import-test-good", "de").title == "Gute Seite"
    assert not Page.objects.filter(translation_key=translation_key("b5")).exists()
    assert imported_page("privacy", "de").specific_class.__name__ == "StandardPage"


def test_missing_path_fails(tmp_path):
    _out, err, error = run_import(tmp_path / "nowhere.md")
    assert error == f"1 of 1 files failed: {tmp_path / 'nowhere.md'}"
    assert "no such file or folder" in err


def test_strategy_renders_numbered_goals_and_actions(client, django_user_model, tmp_path):
    path = write(
        tmp_path,
        "strategy.md",
        """
        ---
        key: import-test-strategy
        type: strategy
        locale: en
        title: Digital services strategy
        status: adopted
        vision: Every service online, none only online.
        valid_from: 2025-01-01
        valid_until: 2028-12-31
        adopted_by: County council
        adopted_on: 2024-11-20
        responsible_unit: Digital services
        goals:
          - title: Applications online
            indicator: 80% of applications online by 2027
            status: in_progress
          - title: Help at the counter
            description: Staff help people *without* a computer.
        actions:
          - title: Online housing benefit
            goals: [1, 2]
            owner: Social services
            timeline: 2025–2026
            status: achieved
          - title: Digital help desks
            goals: "2"
        ---
        ## How it came about

        The council asked for a **plan** in 2023.
        """,
    )
    _out, err, error = run_import(path)
    assert error is None, err

    page = imported_page("import-test-strategy", "en").specific
    assert [goal.value["title"] for goal in page.goals] == [
        "Applications online",
        "Help at the counter",
    ]
    assert page.status == "adopted" and str(page.adopted_on) == "2024-11-20"
    html = get(client, page.get_url())
    first, second = one(html, "//li[@id='goal-1']"), one(html, "//li[@id='goal-2']")
    assert "card" in first.get("class").split()
    assert "Goal 1" in text(first) and "Applications online" in text(first)
    assert "Goal 2" in text(second) and "Help at the counter" in text(second)
    assert "Staff help people without a computer." in text(second)
    assert [text(i) for i in second.xpath(".//i")] == ["without"]
    assert "Online housing benefit" in text(html) and "Digital help desks" in text(html)
    assert html.xpath("//a[@href='#goal-1']") and html.xpath("//a[@href='#goal-2']")
    assert "1 of 2 actions achieved." in text(html)
    assert html.xpath("//h2[normalize-space()='How it came about']")
    assert [text(b) for b in html.xpath("//main//b")] == ["plan"]
    # Editors can open what was imported in the admin.
    editor = Client()
    editor.force_login(django_user_model.objects.create_superuser("importer", "i@example.invalid"))
    assert editor.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


def test_news_shows_its_date_and_network_its_meetings(client, tmp_path):
    news = write(
        tmp_path,
        "news.md",
        """
        ---
        key: import-test-news
        type: news
        locale: de
        title: Zweiter Pflegestammtisch im Landratsamt
        date: 2024-05-22
        author: Sozialplanung
        summary: 21 Teilnehmende tauschten sich aus.
        ---
        Am 22.05.2024 trafen sich die Einrichtungen.
        """,
    )
    network = write(
        tmp_path,
        "network.md",
        """
        ---
        key: import-test-network
        type: network
        locale: en
        title: Care round table
        meetings:
          - date: 2024-05-22
            start_time: 14:00
            place: County office, room 1
            topic: Recruiting care staff
            participants: 21
            outcomes: A joint *job fair* in autumn.
        ---
        # Why we meet

        Care providers exchange experience.
        """,
    )
    _out, err, error = run_import(news, network)
    assert error is None, err

    page = imported_page("import-test-news", "de").specific
    assert page.get_parent().pk == skeleton_page("news", "de").pk
    html = get(client, page.get_url())
    assert html.xpath("//article//time[@datetime='2024-05-22']")
    assert "Sozialplanung" in text(html)

    page = imported_page("import-test-network", "en").specific
    meeting = page.meetings[0].value
    assert (meeting["date"], meeting["start_time"]) == (date(2024, 5, 22), time(14, 0))
    assert meeting["participants"] == 21 and meeting["end_time"] is None
    assert page.purpose == "<p><b>Why we meet</b></p>\n<p>Care providers exchange experience.</p>"
    html = get(client, page.get_url())
    assert "Recruiting care staff" in text(html) and "County office, room 1" in text(html)
    assert [text(i) for i in html.xpath("//main//i")] == ["job fair"]


def test_markdown_becomes_heading_and_text_blocks():
    blocks = markdown_blocks(
        "Intro with **bold**, _italic_ and [a link](https://example.org).\n\n"
        "# Top\n\n## Second\n\n- one\n- two\n\n### Third\n\n#### Fourth\n\n"
        "<script>alert(1)</script><span onclick='x()'>kept text</span>\n"
    )
    assert blocks == [
        (
            "paragraph",
            "<p>Intro with <b>bold</b>, <i>italic</i> and "
            '<a href="https://example.org">a link</a>.</p>',
        ),
        ("heading", {"text": "Top", "level": "h2"}),
        ("heading", {"text": "Second", "level": "h2"}),
        ("paragraph", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"),
        ("heading", {"text": "Third", "level": "h3"}),
        ("heading", {"text": "Fourth", "level": "h4"}),
        ("paragraph", "<p>kept text</p>"),
    ]


def test_rich_text_keeps_only_allowed_tags():
    html = markdown_rich_text("## Title\n\n![img](x.png) `code` [bad](javascript:alert(1))")
    assert html == "<p><b>Title</b></p>\n<p> code bad</p>"


def test_the_examples_of_the_documentation_import(client, tmp_path, terms):
    docs = Path(settings.BASE_DIR) / "docs" / "import-format.md"
    examples = re.findall(r"```markdown\n(.*?)```", docs.read_text(encoding="utf-8"), re.S)
    paths = [write(tmp_path, f"example-{n}.md", text) for n, text in enumerate(examples)]
    # The examples file pages under sections by slug, as a county's own files would:
    # the sections are made first, as an editor would have made them.
    for path in paths:
        meta = front_matter(path)
        parent = meta.get("parent")
        if (
            parent
            and not Page.objects.filter(slug=parent, locale__language_code=meta["locale"]).exists()
        ):
            TopicPageFactory(language=meta["locale"], title=parent.title(), slug=parent)
    out, err, error = run_import(tmp_path)

    assert len(examples) >= 7
    assert error is None, err
    for path in paths:
        meta = front_matter(path)
        page = imported_page(meta["key"], meta["locale"])
        assert client.get(page.get_url()).status_code == 200, path


# --- Services: the structured fields ------------------------------------------------------

SERVICE_FILE = """
---
key: import-test-service
type: service
locale: de
title: Zuschuss zum Kita-Essen
summary: Ein Zuschuss zum Mittagessen in der Kita für Familien mit kleinem Einkommen.
categories: [kindertagesbetreuung, Finanzielle Hilfen]
target_groups: [familien-mit-kindern]
life_events: [ein-kind-kommt]
areas: [lindenau, nordkreis]
eligibility: |
  Kinder in einer Kita im Landkreis, deren Familie **Wohngeld** bezieht.
minimum_age: 1
maximum_age: 6
cost: varies
cost_description: Der Eigenanteil beträgt 1 Euro je Essen.
how_to_apply:
  - Antrag herunterladen
  - title: Antrag abgeben
    text: Im Bürgerbüro oder *per Post*.
required_documents:
  - Wohngeldbescheid
  - document: Bescheinigung der Kita
    url: https://example.org/kita-bescheinigung
processing_time: Etwa zwei Wochen
deadlines: Zu Beginn jedes Kita-Jahres neu beantragen.
legal_basis:
  - title: § 28 SGB II
    url: https://www.gesetze-im-internet.de/sgb_2/__28.html
further_notes: Gilt auch für die Kindertagespflege.
online_service_url: https://service.landkreis-lindenau.example/kita-essen
online_service_label: Online beantragen
email: kita@landkreis-lindenau.example
phones:
  - number: +49 1234 5678-410
    label: Fragen zum Antrag
    hours: Mo–Fr 8–12 Uhr
  - "+49 1234 5678-411"
languages: [de, en, sgn]
status: suspended
status_notice: Anträge sind ab März wieder möglich.
reviewed_on: 2026-09-01
reviewed_by: Sozialamt
---
Der Landkreis übernimmt den größten Teil der Kosten für das Mittagessen.
"""


@pytest.fixture
def terms():
    """The taxonomy terms and news topic the service and news files below name, in German,
    with Danish translations of two of them (a county's own taxonomy, made in the admin)."""
    from tests.services.factories import (
        LifeEventFactory,
        ServiceAreaFactory,
        ServiceCategoryFactory,
        TargetGroupFactory,
    )

    daycare = ServiceCategoryFactory(name="Kindertagesbetreuung", slug="kindertagesbetreuung")
    ServiceCategoryFactory(name="Finanzielle Hilfen", slug="finanzielle-hilfen")
    families = TargetGroupFactory(name="Familien mit Kindern", slug="familien-mit-kindern")
    TargetGroupFactory(name="Menschen mit geringem Einkommen", slug="geringes-einkommen")
    LifeEventFactory(name="Ein Kind kommt", slug="ein-kind-kommt")
    ServiceAreaFactory(name="Lindenau", slug="lindenau")
    ServiceAreaFactory(name="Nordkreis", slug="nordkreis")
    translate(daycare, "da", name="Dagtilbud", slug="dagtilbud")
    translate(families, "da", name="Familier med børn", slug="familier-med-boern")
    NewsTopicFactory(name="Digitale Verwaltung", slug="digitale-verwaltung")


def slugs(terms):
    return sorted(term.slug for term in terms.all())


def test_a_service_imports_every_structured_field(client, admin_client, tmp_path, terms):
    path = write(tmp_path, "service.md", SERVICE_FILE)

    _out, err, error = run_import(path)

    assert error is None, err
    page = imported_page("import-test-service", "de").specific
    assert page.get_parent().specific_class.__name__ == "ServiceIndexPage"
    assert slugs(page.categories) == ["finanzielle-hilfen", "kindertagesbetreuung"]
    assert slugs(page.target_groups) == ["familien-mit-kindern"]
    assert slugs(page.life_events) == ["ein-kind-kommt"]
    assert slugs(page.areas) == ["lindenau", "nordkreis"]
    assert {term.locale.language_code for term in page.categories.all()} == {"de"}
    assert page.eligibility == (
        "<p>Kinder in einer Kita im Landkreis, deren Familie <b>Wohngeld</b> bezieht.</p>"
    )
    assert (page.minimum_age, page.maximum_age, page.cost) == (1, 6, "varies")
    assert page.cost_description == "Der Eigenanteil beträgt 1 Euro je Essen."
    assert [(b.value["title"], b.value["text"].source) for b in page.how_to_apply] == [
        ("Antrag herunterladen", ""),
        ("Antrag abgeben", "<p>Im Bürgerbüro oder <i>per Post</i>.</p>"),
    ]
    assert [(b.value["document"], b.value["url"]) for b in page.required_documents] == [
        ("Wohngeldbescheid", ""),
        ("Bescheinigung der Kita", "https://example.org/kita-bescheinigung"),
    ]
    assert page.processing_time == "Etwa zwei Wochen"
    assert page.deadlines == "Zu Beginn jedes Kita-Jahres neu beantragen."
    assert [b.value["title"] for b in page.legal_basis] == ["§ 28 SGB II"]
    assert page.further_notes == "<p>Gilt auch für die Kindertagespflege.</p>"
    assert page.online_service_url == "https://service.landkreis-lindenau.example/kita-essen"
    assert page.online_service_label == "Online beantragen"
    assert page.email == "kita@landkreis-lindenau.example"
    assert [(b.value["number"], b.value["label"], b.value["hours"]) for b in page.phones] == [
        ("+49 1234 5678-410", "Fragen zum Antrag", "Mo–Fr 8–12 Uhr"),
        ("+49 1234 5678-411", "", ""),
    ]
    assert page.languages == ["de", "en", "sgn"]
    assert (page.status, page.status_notice) == (
        "suspended",
        "Anträge sind ab März wieder möglich.",
    )
    assert (str(page.reviewed_on), page.reviewed_by) == ("2026-09-01", "Sozialamt")
    # Editors can open and save what was imported.
    assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    html = get(client, page.get_url())
    assert [text(h1) for h1 in html.xpath("//h1")] == ["Zuschuss zum Kita-Essen"]


def test_a_service_translation_takes_terms_in_its_language_and_reimport_updates(tmp_path, terms):
    source = write(tmp_path, "service.md", SERVICE_FILE)
    translation = write(
        tmp_path,
        "service-da.md",
        """
        ---
        key: import-test-service-da
        translation_of: import-test-service
        type: service
        locale: da
        title: Tilskud til frokost i daginstitutionen
        summary: Tilskud til frokosten i daginstitutionen for familier med lav indkomst.
        categories: [Dagtilbud]
        target_groups: [familier med børn]
        how_to_apply: [Udfyld ansøgningen]
        ---
        Amtet betaler det meste af frokosten.
        """,
    )
    _out, err, error = run_import(source, translation)
    assert error is None, err
    danish = imported_page("import-test-service", "da").specific
    assert [(t.name, t.locale.language_code) for t in danish.categories.all()] == [
        ("Dagtilbud", "da")
    ]
    assert slugs(danish.target_groups) == ["familier-med-boern"]
    assert [b.value["title"] for b in danish.how_to_apply] == ["Udfyld ansøgningen"]

    # Absent keys stay as they are, empty ones clear, changed ones change.
    source.write_text(
        source.read_text()
        .replace("target_groups: [familien-mit-kindern]", "target_groups: []")
        .replace("cost: varies", "cost: free")
        .replace("languages: [de, en, sgn]\n", ""),
        encoding="utf-8",
    )
    out, err, error = run_import(source)
    assert error is None and out.startswith("updated "), err
    page = imported_page("import-test-service", "de").specific
    assert slugs(page.target_groups) == [] and page.cost == "free"
    assert page.languages == ["de", "en", "sgn"]
    assert len(page.phones) == 2


def service_doc(extra, summary="Kurz."):
    return doc(f"key: s-bad\ntype: service\nlocale: de\ntitle: T\nsummary: {summary}\n{extra}")


# Front matter line 1 is the file's line 2: the first `extra` line is line 7.
BAD_SERVICE_FILES = {
    "unknown-term": (
        service_doc("target_groups:\n  - familien-mit-kindern\n  - astronauten\n"),
        "unknown-term.md:9: target_groups[2]: no target group 'astronauten' in 'de' (known: ",
    ),
    "terms-not-a-list": (
        service_doc("categories: {a: b}\n"),
        "terms-not-a-list.md:7: categories: must be a list of slugs or names",
    ),
    "bad-cost": (
        service_doc("cost: cheap\n"),
        "bad-cost.md:7: cost: 'cheap' is not one of: free, charged, varies",
    ),
    "negative-age": (
        service_doc("minimum_age: -1\n"),
        "negative-age.md:7: minimum_age: must be a whole number of at least 0",
    ),
    "ages-swapped": (
        service_doc("minimum_age: 10\nmaximum_age: 5\n"),
        "ages-swapped.md:8: maximum_age: The maximum age cannot be below the minimum age.",
    ),
    "bad-url": (
        service_doc("online_service_url: www example\n"),
        "bad-url.md:7: online_service_url: Enter a valid URL.",
    ),
    "bad-email": (
        service_doc("email: kita at example.org\n"),
        "bad-email.md:7: email: Enter a valid email address.",
    ),
    "long-summary": (
        service_doc("", summary="x" * 151),
        "long-summary.md:6: summary: The short description has 151 characters; at most 150 fit.",
    ),
    "step-without-title": (
        service_doc("how_to_apply:\n  - text: Nur Details\n"),
        "step-without-title.md:8: how_to_apply[1].title: is required",
    ),
    "step-unknown-key": (
        service_doc("how_to_apply:\n  - title: A\n    when: morgen\n"),
        "step-unknown-key.md:9: how_to_apply[1].when: unknown field for a step",
    ),
    "long-step-title": (
        service_doc(f"how_to_apply:\n  - ok\n  - {'x' * 151}\n"),
        "long-step-title.md:9: how_to_apply[2].title: Ensure this value has at most 150 characters",
    ),
    "bad-law-url": (
        service_doc("legal_basis:\n  - title: § 1 XY\n    url: nowhere\n"),
        "bad-law-url.md:9: legal_basis[1].url: Enter a valid URL.",
    ),
    "phone-without-number": (
        service_doc("phones:\n  - label: Beratung\n"),
        "phone-without-number.md:8: phones[1].number: is required",
    ),
    "bad-language": (
        service_doc("languages: [de, xx]\n"),
        "bad-language.md:7: languages[2]: 'xx' is not one of: ",
    ),
    "bad-status": (
        service_doc("status: closed\n"),
        "bad-status.md:7: status: 'closed' is not one of: active, suspended, discontinued",
    ),
    "bad-verified-date": (
        service_doc("reviewed_on: 2026-13-01\n"),
        "bad-verified-date.md:7: reviewed_on: '2026-13-01' is not a date of the form",
    ),
}


def test_bad_service_fields_fail_with_file_line_and_field(tmp_path, terms):
    for name, (content, _expected) in BAD_SERVICE_FILES.items():
        (tmp_path / f"{name}.md").write_text(content, encoding="utf-8")

    _out, err, error = run_import(tmp_path)

    total = len(BAD_SERVICE_FILES)
    assert error.startswith(f"{total} of {total} files failed: ")
    for name, (_text, expected) in BAD_SERVICE_FILES.items():
        assert str(tmp_path / expected) in err, (name, err)
    assert not Page.objects.filter(translation_key=translation_key("s-bad")).exists()


def test_a_home_page_takes_its_top_tasks_from_page_keys_and_service_ids(client, tmp_path):
    """In the file's order; a service by its HSDS id (its translation key), a page by
    its key; in the page's language where translated, else the default language's."""
    from tests.services.factories import ServicePageFactory

    services = skeleton_page("services", "de")
    service = ServicePageFactory(parent=services, title="Wohngeld beantragen")
    danish_service = translate(service, "da", title="Søg om boligstøtte")
    home_file = """
        ---
        key: home
        type: home
        locale: {language}
        title: {title}
        top_tasks:
          - {service}
          - privacy
        ---
        Text.
        """
    for language, title in [("de", "Willkommen"), ("da", "Velkommen")]:
        write(
            tmp_path,
            f"home.{language}.md",
            home_file.format(language=language, title=title, service=service.translation_key),
        )
    _out, err, error = run_import(tmp_path)
    assert error is None, err
    for language, first in [("de", service), ("da", danish_service)]:
        page = get(client, f"/{language}/")
        links = page.xpath('//section[@aria-labelledby="top-tasks-heading"]//a')
        assert [a.get("href") for a in links] == [
            first.url,
            imported_page("privacy", language).url,
        ]
