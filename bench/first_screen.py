"""What a 390×844 phone shows first on a running site: header height, where the
search box, the h1 and the first content link (a top task on the home page) sit,
and how many content links the first screen holds. For before/after comparisons
of the front end against any running checkout:

    BENCH_BASE_URL=http://127.0.0.1:8000 BENCH_SERVICE_PATH=/de/leistungen/wohngeld/ \\
        .venv/bin/python -m bench first_screen

Not part of `make bench` (it needs a server with content); Debian's Chromium
through Playwright, as the browser tests."""

import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MEASURE = """() => {
  const top = el => el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : null;
  const header = document.querySelector('header');
  const main = document.querySelector('main');
  const search = main.querySelector('input[name=q]') || document.querySelector('input[name=q]');
  const links = [...main.querySelectorAll('a[href]')]
    .filter(a => a.offsetParent !== null && !a.closest('nav'));
  return {
    header_px: header ? Math.round(header.getBoundingClientRect().height) : null,
    search_top_px: top(search),
    search_in_main: !!main.querySelector('input[name=q]'),
    h1_top_px: top(main.querySelector('h1')),
    first_task_top_px: top(main.querySelector('[aria-labelledby="top-tasks-heading"] a')),
    first_content_link_top_px: top(links[0]),
    first_content_link: links[0] ? links[0].textContent.trim() : null,
    content_links_in_first_screen:
      links.filter(a => a.getBoundingClientRect().bottom <= window.innerHeight).length,
  };
}"""


def main():
    from playwright.sync_api import sync_playwright

    base = os.environ.get("BENCH_BASE_URL", "http://127.0.0.1:8000")
    pages = {"home": "/de/", "service": os.environ.get("BENCH_SERVICE_PATH", "/de/")}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 390, "height": 844})
        results = {}
        for name, path in pages.items():
            page.goto(base + path)
            results[name] = page.evaluate(MEASURE)
        browser.close()
    print(json.dumps(results, indent=1, ensure_ascii=False))
    (ROOT / "bench" / "results").mkdir(parents=True, exist_ok=True)
    (ROOT / "bench" / "results" / "first_screen.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
