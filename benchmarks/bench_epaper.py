"""Story precision, recall and headline accuracy on generated e-paper PDF editions.

    .venv/bin/python benchmarks/bench_epaper.py [--editions 30] [--seed 7] [--keep DIR]

Generates the editions (`epaper_pdfs.py`), segments each one as `audiopaper segment` does,
and matches the stories one to one with the ground truth: a story matches when its body
and the truth's share at least 90% of the characters of the longer one (spaces and
punctuation aside). Precision = matched / found, recall = matched / truth; headline
accuracy = matched stories whose title (and kicker, subtitle) equal the truth's.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from epaper_pdfs import generate  # noqa: E402

from audiopaper.build import read_stories  # noqa: E402
from audiopaper.errors import AudiopaperError  # noqa: E402

_NOT_TEXT = re.compile(r"[\s\W_]+")


def letters(text: str) -> str:
    return _NOT_TEXT.sub("", text)


def overlap(a: str, b: str) -> float:
    a, b = letters(a), letters(b)
    if not a or not b:
        return 0.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    shared = sum(block.size for block in matcher.get_matching_blocks())
    return shared / max(len(a), len(b))


def score(found, truths) -> tuple[int, int, int, int, list[str]]:
    """(matched, titles right, decks right, found, misses)"""
    pairs = sorted(((overlap(s.body, t["body"]), i, j) for i, s in enumerate(found) for j, t in enumerate(truths)),
                   reverse=True)
    used_found, used_truth, matched = set(), set(), []
    for ratio, i, j in pairs:
        if ratio >= 0.9 and i not in used_found and j not in used_truth:
            used_found.add(i)
            used_truth.add(j)
            matched.append((found[i], truths[j]))
    titles = sum(letters(s.title) == letters(t["title"]) for s, t in matched)
    decks = sum(letters(s.kicker) == letters(t["kicker"]) and letters(s.subtitle) == letters(t["subtitle"])
                for s, t in matched)
    misses = [f"missed {t['title'] or t['body'][:12]!r}" for j, t in enumerate(truths) if j not in used_truth]
    misses += [f"extra {s.title or s.body[:12]!r}" for i, s in enumerate(found) if i not in used_found]
    misses += [f"title {s.title!r} != {t['title']!r}" for s, t in matched if letters(s.title) != letters(t["title"])]
    return len(matched), titles, decks, len(found), misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--editions", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="write the editions here and keep them")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        out = args.keep or Path(scratch)
        folders = generate(out, args.editions, args.seed)
        totals = [0, 0, 0, 0]
        truth_count = pages = refused = 0
        start = time.perf_counter()
        for folder in folders:
            truths = json.loads(Path(f"{folder}.truth.json").read_text(encoding="utf-8"))
            truth_count += len(truths)
            pages += len(list(folder.glob("*.pdf")))
            try:
                found = read_stories([str(folder)], include_classifieds=False)
            except AudiopaperError as exc:
                refused += 1
                print(f"{folder.name}: refused: {exc}")
                continue
            *counts, misses = score(found, truths)
            totals = [x + y for x, y in zip(totals, counts)]
            if args.verbose and misses:
                print(f"{folder.name}: " + "; ".join(misses))
        seconds = time.perf_counter() - start
    matched, titles, decks, found = totals
    print(f"editions {len(folders)} (pages {pages}, seed {args.seed}), truth stories {truth_count}, "
          f"found {found}, refused editions {refused}")
    print(f"precision {matched / max(found, 1):.3f}  recall {matched / max(truth_count, 1):.3f}  "
          f"headline accuracy {titles / max(matched, 1):.3f}  kicker+subtitle accuracy {decks / max(matched, 1):.3f}")
    print(f"segmentation time {seconds:.1f} s ({seconds / max(pages, 1) * 1000:.0f} ms per page)")


if __name__ == "__main__":
    main()
