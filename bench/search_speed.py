"""Search latency and indexing throughput on the embedded PostgreSQL.

Generates synthetic pages (made-up words with each language's letters, a Zipf
distribution of word frequencies and compounds of two words, so queries hit
both rare and very common terms) spread evenly over four languages, in a
throw-away database. Measures:

- indexing throughput: pages per second through the site search backend's
  add_items (text extraction from the page's StreamField, vectors, vocabulary);
- search latency: median and p95 of the JSON search view (in process, no HTTP
  server) for single words, two-word queries, compound parts, prefixes and typos,
  at each size: three rounds of different queries, the median of the rounds;
  and the p95 of each kind of query.

Sizes: BENCH_SEARCH_SIZES (default "10000,100000"; "100000,1000000" for the
large site: about 13 GB of database; the pages are made in a quarter of an
hour, indexing them takes one to two hours on 2 shared cores). With
BENCH_SEARCH_DATABASE=<name> the database is kept (and reused: a size it
already has is only measured), so a large site is built once and measured
again after a change. Results go to bench/results/search_speed.json
(BENCH_SEARCH_OUTPUT names another file).
"""

import gc
import itertools
import json
import os
import random
import statistics
import time
import uuid
from pathlib import Path

from bench.search_setup import (
    build_site,
    existing_site,
    kept_database,
    setup_django,
    throwaway_database,
)

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
SIZES = [int(n) for n in os.environ.get("BENCH_SEARCH_SIZES", "10000,100000").split(",")]
QUERIES_PER_SIZE = int(os.environ.get("BENCH_SEARCH_QUERIES", "300"))
WARM_UP_QUERIES = 200
ROUNDS = 3
LANGUAGES = ["de", "da", "fi", "en"]
# Letters of each language, for made-up syllables (onset, vowel, coda).
LETTERS = {
    "de": ("b d f g h k l m n p r s t w z sch st pf", "a e i o u ä ö ü ei au", "n r s t ch l"),
    "da": ("b d f g h k l m n p r s t v sk st", "a e i o u y æ ø å", "n r s t g d l ng"),
    "fi": ("h j k l m n p r s t v", "a e i o u y ä ö aa ii uu", "n s t l r"),
    "en": ("b c d f g h l m n p r s t w th sh", "a e i o u ea oo ou", "n r s t ng ck ll"),
}
VOCABULARY_SIZE = 20000
rng = random.Random(20261122)
QUERY_SEED = 20261203
# A database to keep (and to reuse when it exists) instead of a throw-away one:
# the pages of a size already there are measured, not made and indexed again.
KEEP_DATABASE = os.environ.get("BENCH_SEARCH_DATABASE", "")
OUTPUT = os.environ.get("BENCH_SEARCH_OUTPUT", "search_speed.json")


def vocabulary(language):
    onsets, vowels, codas = (part.split() for part in LETTERS[language])
    syllables = [o + v + c for o in onsets for v in vowels for c in ["", *codas]]
    words = set()
    while len(words) < VOCABULARY_SIZE * 0.8:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    words = sorted(words)
    rng.shuffle(words)
    # One word in five is a compound of two others, as in German, Danish and Finnish.
    compounds = {rng.choice(words) + rng.choice(words) for _ in range(VOCABULARY_SIZE // 5)}
    words += sorted(compounds)
    rng.shuffle(words)
    return words


class Texts:
    def __init__(self, language):
        self.words = vocabulary(language)
        self.cumulative = list(
            itertools.accumulate(1 / (rank + 1) for rank in range(len(self.words)))
        )

    def sample(self, count, generator=rng):
        return generator.choices(self.words, cum_weights=self.cumulative, k=count)

    def sentence(self, count):
        words = self.sample(count)
        return " ".join(words).capitalize() + "."


# Pages are made and written this many at a time (COPY), so a million of them
# never sit in memory at once.
CREATE_CHUNK = 10000


def create_pages(homes, texts, count, start):
    """`count` live StandardPages spread over the languages, written with COPY (the
    admin's add_child would take hours for 100,000 pages, and even bulk_create one
    row at a time is minutes for a million). Only the pages are made here; the
    index is built through the search backend (index_pages)."""
    from django.db import connection
    from wagtail.models import Page

    per_language = count // len(homes)
    for language, home in homes.items():
        first = start // len(homes)
        for offset in range(first, first + per_language, CREATE_CHUNK):
            numbers = range(offset, min(offset + CREATE_CHUNK, first + per_language))
            copy_pages(home, texts[language], numbers)
        home.numchild += per_language
        Page.objects.filter(pk=home.pk).update(numchild=home.numchild)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE wagtailcore_page")


def copy_pages(home, text, numbers):
    from django.db import connection
    from wagtail.models import Page

    from home.models import StandardPage

    page_columns, page_template = template_row(page_template_values(home))
    detail_columns, detail_template = template_row(
        StandardPage, {"content_owner": "", "related_pages": "[]"}
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence('wagtailcore_page', 'id'))"
            " FROM generate_series(1, %s)",
            [len(numbers)],
        )
        ids = [row[0] for row in cursor.fetchall()]
    pages, details = [], []
    for page_id, n in zip(ids, numbers, strict=True):
        title = text.sentence(rng.randint(3, 7)).rstrip(".")
        pages.append(
            page_template
            | {
                "id": page_id,
                "title": title,
                "draft_title": title,
                "slug": f"p{n}",
                "translation_key": uuid.uuid4(),
                # after the news and service indexes, the first children
                "path": home.path + to_base36(n + 100),
                "url_path": f"{home.url_path}p{n}/",
            }
        )
        body = " ".join(text.sentence(rng.randint(8, 16)) for _ in range(rng.randint(6, 14)))
        paragraph = {"type": "paragraph", "value": f"<p>{body}</p>", "id": str(uuid.uuid4())}
        details.append(
            detail_template
            | {
                "page_ptr_id": page_id,
                "summary": text.sentence(rng.randint(10, 20))[:300],
                "body": json.dumps([paragraph]),
            }
        )
    with connection.cursor() as cursor:
        for table, columns, rows in [
            (Page._meta.db_table, page_columns, pages),
            (StandardPage._meta.db_table, detail_columns, details),
        ]:
            with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([row[column] for column in columns])


def page_template_values(home):
    """The columns every bench page shares, as a Page of the home's language."""
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone
    from wagtail.models import Page

    from home.models import StandardPage

    now = timezone.now()
    page = Page(
        content_type=ContentType.objects.get_for_model(StandardPage),
        locale_id=home.locale_id,
        depth=home.depth + 1,
        numchild=0,
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
    )
    return page


def template_row(model_or_obj, values=None):
    """(columns, {column: value}) of a model's own table, with the fields' defaults
    (or an object's values) as the database takes them, and `values` over them."""
    from django.db import connection

    model = model_or_obj if isinstance(model_or_obj, type) else type(model_or_obj)
    fields = list(model._meta.local_concrete_fields)
    row = {}
    for field in fields:
        if isinstance(model_or_obj, type):
            value = field_default(field)
        else:
            value = field.get_db_prep_save(getattr(model_or_obj, field.attname), connection)
            value = json.dumps(value) if isinstance(value, list | dict) else value
        row[field.column] = value
    row.update(values or {})
    return [field.column for field in fields], row


def field_default(field):
    default = field.get_default()
    return json.dumps(default) if isinstance(default, list | dict) else default


def to_base36(number, width=4):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while number:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
    return out.rjust(width, "0")


# Pages per add_items call: as `manage.py update_index` (its default chunk size).
INDEX_CHUNK = 1000


def index_pages(pages_queryset):
    """Index the pages through the site backend; returns pages per second."""
    from wagtail.search.backends import get_search_backend

    from home.models import StandardPage

    index = get_search_backend("site").get_index_for_model(StandardPage)
    ids = list(pages_queryset.order_by("pk").values_list("pk", flat=True))
    started = time.perf_counter()
    for offset in range(0, len(ids), INDEX_CHUNK):
        chunk = list(StandardPage.objects.filter(pk__in=ids[offset : offset + INDEX_CHUNK]))
        index.add_items(StandardPage, chunk)
    return len(ids) / (time.perf_counter() - started)


def typo(word, generator):
    if len(word) < 6:
        return word
    i = generator.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1 :]


# The kinds of query measured, in the order queries() cycles through them.
KINDS = ["word", "two_words", "compound_part", "prefix", "typo"]


def queries(texts, count, generator):
    """[(language, kind, query)]: the kinds of KINDS in turn, the languages in turn."""
    kinds = []
    for n in range(count):
        language = LANGUAGES[n % len(LANGUAGES)]
        text = texts[language]
        kind = n % 5
        word = text.sample(1, generator)[0]
        if kind == 0:
            query = word
        elif kind == 1:
            query = " ".join(text.sample(2, generator))
        elif kind == 2:
            query = word[len(word) // 2 :] if len(word) > 8 else word  # the end of a compound
        elif kind == 3:
            query = word[: max(4, len(word) - 2)]  # typed so far
        else:
            query = typo(word, generator)
        kinds.append((language, KINDS[kind], query))
    return kinds


def measure(client, texts):
    # Queries of their own generator: the same queries for the same pages, whether
    # the pages were made in this run or kept from an earlier one (BENCH_SEARCH_DATABASE).
    generator = random.Random(QUERY_SEED)
    # Every request a miss of the page cache: a distinct address each time (the
    # search ignores the extra parameter), so the search itself is measured with
    # what a production server keeps between requests (the site, the restricted
    # pages per content generation), not a page served from memory.
    misses = itertools.count()

    def get(language, query):
        params = {"q": query, "format": "json", "miss": next(misses)}
        return client.get(f"/{language}/search/", params)

    # Warm up PostgreSQL's buffers and the connection with other queries than the
    # measured ones, as a server that has been answering searches for a while is
    # warm; the measured queries' own analyses are not cached by this.
    for language, _kind, query in queries(texts, WARM_UP_QUERIES, generator):
        get(language, query)
    # Rounds of different queries; each figure is the median over the rounds, so
    # one burst of noise on a shared machine does not decide it.
    rounds = []
    for _round in range(ROUNDS):
        timings, by_kind = [], {kind: [] for kind in KINDS}
        for language, kind, query in queries(texts, QUERIES_PER_SIZE, generator):
            started = time.perf_counter()
            response = get(language, query)
            elapsed = (time.perf_counter() - started) * 1000
            timings.append(elapsed)
            by_kind[kind].append(elapsed)
            assert response.status_code == 200
            assert response.get("X-Page-Cache") == "miss"
        rounds.append(
            {
                **figures(timings),
                **{f"{kind}_p95_ms": figures(t)["p95_ms"] for kind, t in by_kind.items()},
            }
        )
    # Baseline in the same run: the same view with an empty query, which answers
    # without searching (routing, middleware, locale, JSON).
    baseline = []
    for _n in range(100):
        started = time.perf_counter()
        get(LANGUAGES[0], "")
        baseline.append((time.perf_counter() - started) * 1000)
    return {
        "queries": QUERIES_PER_SIZE * ROUNDS,
        "rounds": rounds,
        **{key: statistics.median(r[key] for r in rounds) for key in rounds[0]},
        "baseline_median_ms": statistics.median(baseline),
    }


def figures(timings):
    timings = sorted(timings)
    return {
        "median_ms": statistics.median(timings),
        "p95_ms": timings[max(0, int(len(timings) * 0.95) - 1)],
        "max_ms": timings[-1],
    }


def main():
    setup_django()
    from django.db import connection
    from django.test import Client, override_settings
    from wagtail.models import Page

    results = []
    texts = {language: Texts(language) for language in LANGUAGES}
    # As gunicorn's master does before forking the workers (gunicorn.conf.py): the
    # imported site (and here the bench's vocabularies) out of the collector's way.
    gc.freeze()
    if KEEP_DATABASE:
        database = kept_database(KEEP_DATABASE)
    else:
        database = throwaway_database(f"bench_search_speed_{os.getpid()}")
    with database:
        homes = (existing_site(LANGUAGES) if KEEP_DATABASE else None) or build_site(LANGUAGES)
        pages = Page.objects.filter(depth=3, slug__regex=r"^p\d+$")
        created = pages.count()
        for size in SIZES:
            throughput = None
            if created > size:
                print(f"  {size:,} pages: the database has {created:,}; skipped")
                continue
            if created < size:
                started = time.perf_counter()
                create_pages(homes, texts, size - created, created)
                created = size
                print(
                    f"  {size:,} pages created in {time.perf_counter() - started:.0f}s",
                    flush=True,
                )
            # (In a kept database, also the pages an interrupted run made and did
            # not index.)
            new_pages = pages.exclude(indexed())
            if new_pages.exists():
                print(f"  indexing {new_pages.count():,} pages …", flush=True)
                throughput = index_pages(new_pages)
                # What autovacuum does within a minute or two of a bulk load (it did on
                # a database left to itself here): without it, the first searches of the
                # new rows pay for setting their visibility hint bits.
                with connection.cursor() as cursor:
                    cursor.execute("VACUUM ANALYZE")
            # The site's own index (not Elasticsearch), in the production configuration:
            # the page cache on, every request missing it (measure()).
            with override_settings(SITE_SEARCH_ENGINE="database", PAGE_CACHE_ENABLED=True):
                latency = measure(Client(HTTP_HOST="localhost"), texts)
            results.append({"pages": size, "index_pages_per_s": throughput, **latency})
            rate = f"{throughput:,.0f} pages/s" if throughput else "(indexed earlier)"
            print(
                f"  {size:,} pages: indexing {rate}; search median "
                f"{latency['median_ms']:.1f} ms, p95 {latency['p95_ms']:.1f} ms",
                flush=True,
            )

    print("\nSearch speed (embedded PostgreSQL, JSON view in process)")
    print(
        f"{'pages':>9} {'index pages/s':>14} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}"
        f" {'baseline ms':>12} {'median/baseline':>16}"
    )
    for r in results:
        rate = f"{r['index_pages_per_s']:,.0f}" if r["index_pages_per_s"] else "-"
        print(
            f"{r['pages']:>9,} {rate:>14} {r['median_ms']:>10.1f}"
            f" {r['p95_ms']:>8.1f} {r['max_ms']:>8.1f} {r['baseline_median_ms']:>12.1f}"
            f" {r['median_ms'] / r['baseline_median_ms']:>16.1f}"
        )
    print("\np95 ms by kind of query (median of the rounds)")
    print(f"{'pages':>9} " + " ".join(f"{kind:>14}" for kind in KINDS))
    for r in results:
        print(f"{r['pages']:>9,} " + " ".join(f"{r[kind + '_p95_ms']:>14.1f}" for kind in KINDS))
    print("Baseline: the same JSON view with an empty query (no search), in the same run.")
    print("Budget: p95 at most 30 ms at 100,000 pages and 50 ms at 1,000,000 pages.")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / OUTPUT).write_text(json.dumps(results, indent=2))
    print(f"Written to {RESULTS}/{OUTPUT}")


def indexed():
    """Pages with an index row. NOT EXISTS, not NOT IN: with a million rows the ids
    no longer fit in memory as a hash, and NOT IN scans them again for every page."""
    from django.db.models import Exists, OuterRef

    from search.models import IndexedDocument

    return Exists(IndexedDocument.objects.filter(page_id=OuterRef("pk")))


if __name__ == "__main__":
    main()
