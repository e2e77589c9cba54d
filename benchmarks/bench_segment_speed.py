"""How fast `audiopaper.segment` splits pages: pages per CPU second and peak memory (issue 8).

    python benchmarks/bench_segment_speed.py --dir /tmp/pages/pool3-rmrb [--pages 50] [--tracemalloc] [--json]

Each case of the directory (a page file or an edition directory with a *.truth.json beside it,
as `bench_segment.py` reads them) is read with `audiopaper.ingest.read_edition` and split with
`audiopaper.segment.segment_edition`, exactly as `audiopaper segment` does. One page is split
first, untimed, so that jieba's dictionary and the labeller's model are loaded before the clock
starts. Times are CPU seconds of this process (`time.process_time`): on a shared machine they
move less than wall time, but compare two trees back to back all the same.

Peak memory: the process's maximum resident set (`resource.getrusage`), and with --tracemalloc
the peak of Python's allocations while splitting (slower: tracing costs about half again).
Run by hand; no test runs it.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def cases(directory: Path) -> list[Path]:
    """The page file or edition directory of every *.truth.json in *directory*."""
    out = []
    for truth_path in sorted(directory.glob("*.truth.json")):
        name = truth_path.name[: -len(".truth.json")]
        out.append(directory / name if (directory / name).is_dir() else directory / f"{name}.txt")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", required=True, type=Path, help="a directory of pages with *.truth.json")
    parser.add_argument("--pages", type=int, default=0, help="split only the first N cases (0: all)")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python's peak allocation")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    from audiopaper.ingest import read_edition
    from audiopaper.errors import SegmentationError
    from audiopaper.segment import segment_edition

    logging.disable(logging.WARNING)  # the segmenter's warnings are output, not what is measured here
    paths = cases(args.dir)[: args.pages or None]
    if not paths:
        parser.error(f"no *.truth.json cases in {args.dir}")

    def split(path: Path) -> int:
        try:
            return len(segment_edition(read_edition([str(path)])))
        except SegmentationError:
            return 0

    split(paths[0])  # load jieba and the labeller's model outside the timing
    if args.tracemalloc:
        tracemalloc.start()
    seconds: list[float] = []
    stories = 0
    wall_start = time.perf_counter()
    for path in paths:
        start = time.process_time()
        stories += split(path)
        seconds.append(time.process_time() - start)
    wall = time.perf_counter() - wall_start
    traced_peak = tracemalloc.get_traced_memory()[1] if args.tracemalloc else None
    cpu = sum(seconds)
    figures = {
        "dir": str(args.dir),
        "pages": len(paths),
        "stories": stories,
        "cpu_s": round(cpu, 3),
        "cpu_s_per_page": round(cpu / len(paths), 4),
        "cpu_s_per_page_median": round(statistics.median(seconds), 4),
        "cpu_s_per_page_max": round(max(seconds), 4),
        "pages_per_cpu_s": round(len(paths) / cpu, 2) if cpu else None,
        "pages_per_wall_s": round(len(paths) / wall, 2) if wall else None,
        "max_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),  # KiB on Linux
        **({"traced_peak_mib": round(traced_peak / 2**20, 1)} if traced_peak is not None else {}),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:24s} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
