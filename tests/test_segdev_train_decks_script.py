"""The deck trainer (tools/segdev/train_decks.py) reads a traditional page as `audiopaper segment`
does, in its simplified view, so the features it fits are the ones the segmenter computes at run
time. Runs on the committed excerpt."""

from __future__ import annotations

import sys

from script_support import EXCERPT, ROOT, load_script

from audiopaper.segment.script_view import ScriptView

sys.path.insert(0, str(ROOT / "tools" / "segdev"))  # the trainer imports its page makers by name
simulate = load_script("simulate", ROOT / "tools" / "segdev" / "simulate.py")
train_decks = load_script("segdev_train_decks", ROOT / "tools" / "segdev" / "train_decks.py")


def test_traditional_pages_give_blocks_in_their_simplified_view():
    articles = [a for a in simulate.load_articles("dev", EXCERPT) if a.get("script") == "hant"]
    assert articles, "the excerpt has no traditional article"
    blocks = []
    for case in simulate.simulate(articles, seed=3, pages=6, split="dev"):
        truth = case["truth"]
        for n, name in enumerate(truth["files"], start=1):
            if ScriptView(case["files"][name]).traditional_lines:
                blocks += train_decks.page_blocks(case["files"][name], truth, n)
    assert blocks, "no usable deck block on the traditional pages"
    for lines, *_ in blocks:
        assert all(ScriptView(line.text).text == line.text for line in lines)
