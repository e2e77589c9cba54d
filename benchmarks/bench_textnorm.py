"""Throughput of Chinese text normalization and the one-time wetext build cost.

Runs in a fresh process so the first call pays the FST load.

    .venv/bin/python benchmarks/bench_textnorm.py [PAGE...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "000_64c2b03470ce42da.txt"


def main(pages: list[str]) -> None:
    start = time.perf_counter()
    from audiopaper.textnorm import normalize, normalize_lines

    normalize("1")  # forces the lazy wetext build
    build = time.perf_counter() - start

    lines: list[str] = []
    for page in pages or [str(SAMPLE)]:
        lines += Path(page).read_text(encoding="utf-8").splitlines()
    joined = "".join(lines)
    chars = sum(len(line) for line in lines)

    rounds = 5
    start = time.perf_counter()
    for _ in range(rounds):
        normalize_lines(lines)
    per_line = (time.perf_counter() - start) / rounds

    start = time.perf_counter()
    for _ in range(rounds):
        normalize(joined)
    whole = (time.perf_counter() - start) / rounds

    print(f"build (import + FST load): {build * 1000:.0f} ms")
    print(f"{chars} chars in {len(lines)} lines")
    print(f"line by line: {per_line * 1000:.1f} ms  -> {chars / per_line:,.0f} chars/s")
    print(f"one string:   {whole * 1000:.1f} ms  -> {chars / whole:,.0f} chars/s")


if __name__ == "__main__":
    main(sys.argv[1:])
