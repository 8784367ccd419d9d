"""Search quality on the judged development set (../shared/search-eval): nDCG@10,
recall@10 and the share of queries without any result, per language and
overall, our search against Wagtail's stock database backend (one SEARCH_CONFIG
for every language), in the same run.

The corpus is imported with `manage.py import_content` into a throw-away
database; every query goes through the JSON search of its language
(/<lang>/search/?q=…&format=json), once per engine. Results go to
bench/results/search_quality.json.
"""

import csv
import io
import json
import math
import os
import statistics
import time
from pathlib import Path

from bench.search_setup import build_site, setup_django, throwaway_database

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
EVAL = Path(os.environ.get("SEARCH_EVAL", ROOT.parent / "shared" / "search-eval"))
ENGINES = [("ours", "database"), ("stock", "default")]
K = 10


def read_queries(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        for row in rows:
            judgments = {}
            for pair in row["judgments"].split(","):
                key, _colon, grade = pair.strip().rpartition(":")
                judgments[key] = int(grade)
            yield row["locale"], row["query"], judgments


def ndcg(ranked_keys, judgments, k=K):
    gains = [judgments.get(key, 0) for key in ranked_keys[:k]]
    dcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted(judgments.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall(ranked_keys, judgments, k=K):
    relevant = {key for key, grade in judgments.items() if grade >= 1}
    return len(relevant & set(ranked_keys[:k])) / len(relevant) if relevant else 0.0


def url_keys():
    """Result URL → corpus key, for every imported page."""
    from wagtail.models import Page

    from home.keys import translation_key

    keys = {}
    for path in sorted((EVAL / "corpus").glob("*.md")):
        key = next(
            line.split(":", 1)[1].strip()
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("key:")
        )
        for page in Page.objects.filter(translation_key=translation_key(key)):
            keys[page.url] = key
    return keys


def evaluate(client, engine, queries, keys):
    from django.test import override_settings

    per_query = []
    # Without the page cache: it keys a results page by its address, so the second
    # engine would be answered with the first engine's cached pages.
    with override_settings(SITE_SEARCH_ENGINE=engine, PAGE_CACHE_ENABLED=False):
        for locale, query, judgments in queries:
            started = time.perf_counter()
            response = client.get(f"/{locale}/search/", {"q": query, "format": "json"})
            elapsed = (time.perf_counter() - started) * 1000
            assert response.status_code == 200, (engine, query, response.status_code)
            data = response.json()
            ranked = [keys.get(hit["url"], hit["url"]) for hit in data["results"]]
            per_query.append(
                {
                    "locale": locale,
                    "query": query,
                    "ndcg@10": ndcg(ranked, judgments),
                    "recall@10": recall(ranked, judgments),
                    "zero_results": data["count"] == 0,
                    "ms": elapsed,
                    "top": ranked[:3],
                }
            )
    return per_query


def summarise(per_query):
    by_locale = {}
    for row in per_query:
        by_locale.setdefault(row["locale"], []).append(row)
    summary = {
        locale: {
            "queries": len(rows),
            "ndcg@10": statistics.mean(r["ndcg@10"] for r in rows),
            "recall@10": statistics.mean(r["recall@10"] for r in rows),
            "zero_results": statistics.mean(r["zero_results"] for r in rows),
        }
        for locale, rows in sorted(by_locale.items())
    }
    summary["overall"] = {
        "queries": len(per_query),
        "ndcg@10": statistics.mean(r["ndcg@10"] for r in per_query),
        "recall@10": statistics.mean(r["recall@10"] for r in per_query),
        "zero_results": statistics.mean(r["zero_results"] for r in per_query),
    }
    return summary


def main():
    setup_django()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    queries = list(read_queries(EVAL / "queries.tsv"))
    with throwaway_database(f"bench_search_quality_{os.getpid()}"):
        build_site([code for code, _name in settings.LANGUAGES])
        call_command("import_content", str(EVAL / "corpus"), stdout=io.StringIO())
        keys = url_keys()
        client = Client(HTTP_HOST="localhost")
        report = {}
        for label, engine in ENGINES:
            per_query = evaluate(client, engine, queries, keys)
            report[label] = {"summary": summarise(per_query), "queries": per_query}
    stock_config = settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG")
    report["stock_search_config"] = stock_config or "PostgreSQL default_text_search_config"

    print(f"\nSearch quality on {len(queries)} judged queries ({EVAL})")
    header = [
        "language",
        "n",
        "nDCG@10 ours",
        "stock",
        "recall@10 ours",
        "stock",
        "zero ours",
        "stock",
    ]
    print("{:<10} {:>3} {:>13} {:>7} {:>15} {:>7} {:>10} {:>7}".format(*header))
    for locale in report["ours"]["summary"]:
        ours, stock = report["ours"]["summary"][locale], report["stock"]["summary"][locale]
        print(
            f"{locale:<10} {ours['queries']:>3} {ours['ndcg@10']:>13.3f} {stock['ndcg@10']:>7.3f}"
            f" {ours['recall@10']:>15.3f} {stock['recall@10']:>7.3f}"
            f" {ours['zero_results']:>10.0%} {stock['zero_results']:>7.0%}"
        )
    print("zero: share of queries without any result.")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "search_quality.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print(f"\nWritten to {RESULTS}/search_quality.json")


if __name__ == "__main__":
    main()
