"""`make bench`: every benchmark, or the ones named (`python -m bench pages`).

Each module under bench/ with a `main()` is one benchmark; each prints its own
table and writes bench/results/<name>.json.
"""

import importlib
import sys

BENCHMARKS = ["pages", "services", "imports", "search_quality", "search_speed"]


def main(names):
    for name in names or BENCHMARKS:
        if name not in BENCHMARKS:
            raise SystemExit(f"bench: unknown benchmark {name!r}; choose from {BENCHMARKS}")
        print(f"\n=== {name} ===")
        importlib.import_module(f"bench.{name}").main()


if __name__ == "__main__":
    main(sys.argv[1:])
