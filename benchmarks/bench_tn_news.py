"""What our normalization leaves unread in real news sentences (offline voice).

Reads the sentences with a digit, a Latin letter or a sign from a directory of
article JSON files (``paragraphs``, ``title``, ``lead``; the segmentation dev
articles, which are not in this repository) and counts the sentences whose
normalized text still holds an ASCII digit or letter, another Latin letter, a
sign that carries meaning (% ‰ + × ÷ = < > ≥ ≤ ≈ ≠ ~ ～ $ ¥ € £ ₩ ± ° ℃ &) or an
invisible joiner. Lines that are a web page's scripts or menus (with ``{`` or
``|``) are left out.

    .venv/bin/python benchmarks/bench_tn_news.py ARTICLES_DIR [--show N]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from audiopaper.textnorm import normalize

_WORTH_READING = re.compile(r"[0-9A-Za-z０-９%％~～/:：+×÷=<>≥≤≈≠$¥€£₩±°℃&\u00c0-\u024f]")
_PAGE_CHROME = re.compile(r"[{}|]|https?://")
_UNREAD = re.compile(r"[0-9A-Za-z\u00c0-\u024f%‰+×÷=<>≥≤≈≠~～$¥€£₩±°℃&\u200b-\u200d\u2060\ufeff]")


def sentences(directory: Path) -> list[str]:
    found = set()
    for path in sorted(directory.glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        for paragraph in [article.get("title", ""), article.get("lead", ""), *article.get("paragraphs", [])]:
            for sentence in re.split(r"(?<=[。！？])", paragraph):
                sentence = sentence.strip()
                if _WORTH_READING.search(sentence) and not _PAGE_CHROME.search(sentence):
                    found.add(sentence)
    return sorted(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print this many sentences left unread")
    args = parser.parse_args()
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
