"""`make bench`: every benchmark, or the ones named (`python -m bench pages`).

Each module under bench/ with a `main()` is one benchmark; each prints its own
table and writes bench/results/<name>.json.
"""

import importlib
import sys

BENCHMARKS = ["pages", "services", "imports", "search_quality", "search_speed"]
# Run by name only: it measures a server someone started (bench/first_screen.py).
ON_REQUEST = ["first_screen"]


def main(names):
    for name in names or BENCHMARKS:
        if name not in BENCHMARKS + ON_REQUEST:
            choices = BENCHMARKS + ON_REQUEST
            raise SystemExit(f"bench: unknown benchmark {name!r}; choose from {choices}")
        print(f"\n=== {name} ===")
        importlib.import_module(f"bench.{name}").main()


if __name__ == "__main__":
    main(sys.argv[1:])
