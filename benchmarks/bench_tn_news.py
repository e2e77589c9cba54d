"""What our normalization leaves unread in real news sentences (offline voice).

Reads the sentences with a digit, a Latin letter or a sign from a directory of
article JSON files (``paragraphs``, ``title``, ``lead``; the segmentation dev
articles, which are not in this repository) and counts the sentences whose
normalized text still holds an ASCII digit or letter, another Latin letter, a
sign that carries meaning (% ‰ + × ÷ = < > ≥ ≤ ≈ ≠ ~ ～ $ ¥ € £ ₩ ± ° ℃ &) or an
invisible joiner. Lines that are a web page's scripts or menus (with ``{`` or
``|``) are left out.

A count of what is left unread misses what is read wrong. ``--ear N`` draws N
sentences per source (the file name up to its first ``-``: cctv, rmrb, ...) with
``--seed`` and prints each with the text both voices get (the offline voice and
an edge voice, which keeps Latin), to be read the way an announcer would.

    .venv/bin/python benchmarks/bench_tn_news.py ARTICLES_DIR [--show N]
    .venv/bin/python benchmarks/bench_tn_news.py ARTICLES_DIR --ear 67 --seed 9 > ear.txt
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from audiopaper.textnorm import normalize

_WORTH_READING = re.compile(r"[0-9A-Za-z０-９%％~～/:：+×÷=<>≥≤≈≠$¥€£₩±°℃&\u00c0-\u024f]")
_PAGE_CHROME = re.compile(r"[{}|]|https?://")
_UNREAD = re.compile(r"[0-9A-Za-z\u00c0-\u024f%‰+×÷=<>≥≤≈≠~～$¥€£₩±°℃&\u200b-\u200d\u2060\ufeff]")


def sentences_by_source(directory: Path) -> dict[str, list[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for path in sorted(directory.glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        source = path.name.split("-")[0]
        for paragraph in [article.get("title") or "", article.get("lead") or "", *(article.get("paragraphs") or [])]:
            for sentence in re.split(r"(?<=[。！？])", paragraph):
                sentence = sentence.strip()
                if _WORTH_READING.search(sentence) and not _PAGE_CHROME.search(sentence):
                    found[source].add(sentence)
    return {source: sorted(found[source]) for source in sorted(found)}


def sentences(directory: Path) -> list[str]:
    return sorted({sentence for group in sentences_by_source(directory).values() for sentence in group})


def ear_sample(directory: Path, per_source: int, seed: int) -> list[tuple[str, str]]:
    """(source, sentence) pairs: *per_source* sentences of each source, drawn with *seed*."""
    draw = random.Random(seed)
    return [(source, sentence) for source, group in sentences_by_source(directory).items()
            for sentence in draw.sample(group, min(per_source, len(group)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print this many sentences left unread")
    parser.add_argument("--ear", type=int, default=0, metavar="N", help="print N sentences per source with both voices' text")
    parser.add_argument("--seed", type=int, default=9, help="seed of the --ear sample")
    args = parser.parse_args()
    if args.ear:
        for number, (source, sentence) in enumerate(ear_sample(args.articles, args.ear, args.seed)):
            print(f"#{number} {source}\n  in       {sentence}\n  offline  {normalize(sentence)}")
            if re.search(r"[A-Za-z]", sentence):
                print(f"  edge     {normalize(sentence, reads_latin=True)}")
        return
    picked = sentences(args.articles)
    left = Counter()
    shown = 0
    for sentence in picked:
        unread = set(_UNREAD.findall(normalize(sentence)))
        left.update(unread)
        if unread and shown < args.show:
            shown += 1
            print(f"  {sentence} | {normalize(sentence)}")
    bad = sum(1 for s in picked if _UNREAD.search(normalize(s)))
    print(f"{len(picked)} sentences with digits, Latin or signs; {bad} keep something unread ({bad / len(picked):.3%})")
    print("kept:", " ".join(f"{ch!r}×{n}" for ch, n in left.most_common()))


if __name__ == "__main__":
    main()
