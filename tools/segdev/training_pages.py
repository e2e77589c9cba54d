"""The pages the segment trainers (`train_labeller.py`, `train_decks.py`) learn from: pages of
the default simulator (`simulate.py`) and of the independent page maker (`pagemaker.py`),
both from the dev articles of the training sources only (the test split is never read;
papers left out of `--sources` stay unseen by the models).

Each case comes as `simulate.simulate` gives it, {"name", "files": {name: text}, "truth"},
the truth lines in the simulator's labels: the page maker's own labels are mapped where the
two makers mean different things by one name (see `PAGEMAKER_LABELS`).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pagemaker
import simulate

# pagemaker calls the first line of every story's opening paragraph "lead"; the simulator (and
# the labeller's class) only a line that opens with a dateline or 本报讯 lead, else it is body
# text. pagemaker's "doubled" is a body line's tail read twice (prose garbage, not a deck line
# printed twice as in the simulator, where the class sits with the deck classes): it goes
# with the fragments of prose.
PAGEMAKER_LABELS = {"doubled": "fragment"}


def pagemaker_pool(articles: list[dict]) -> dict[str, list[dict]]:
    """The page maker's article pool (by script) of already loaded articles."""
    pool: dict[str, list[dict]] = {"hans": [], "hant": []}
    for article in articles:
        if article.get("title") and article.get("paragraphs"):
            pool[article.get("script", "hans")].append(article)
    return pool


def _printed_lead(text: str, story: "pagemaker.Story", by_id: dict[str, dict]) -> bool:
    """Whether the first printed line of *story*'s opening paragraph carries a lead: it is not
    simply the start of the article's own text."""
    article = by_id.get(story.article_id)
    if article is None:
        return False
    start = re.sub(r"\s+", "", text)
    own = re.sub(r"\s+", "", next((x for x in article["paragraphs"] if x.strip()), ""))
    return bool(start) and not own.startswith(start)


def pagemaker_cases(articles: list[dict], *, seed: int, pages: int, split: str) -> list[dict]:
    """*pages* cases of the page maker over *articles*, seeded as `pagemaker.make_pages` is."""
    pool = pagemaker_pool(articles)
    by_id = {a["id"]: a for a in articles}
    out = []
    for n in range(pages):
        rng = random.Random(f"pagemaker:{split}:{seed}:{n}")
        edition = rng.random() < 0.15
        printed, stories, script = pagemaker.make_case(pool, rng, edition)
        name = f"case{n:04d}"
        files = [f"{name}/{k + 1}.txt" for k in range(len(printed))] if edition else [f"{name}.txt"]
        texts = {file: "\n".join(t for t, _, _ in page) + "\n" for file, page in zip(files, printed)}
        truth = pagemaker.truth_of(printed, stories, name, seed, split, script, files)
        flat = [(t, lab, s) for page in printed for t, lab, s in page]
        for line, (text, label, story) in zip(truth["lines"], flat):
            if label == "lead" and not _printed_lead(text, story, by_id):
                line["label"] = "body"
            else:
                line["label"] = PAGEMAKER_LABELS.get(label, label)
        out.append({"name": name, "edition": edition, "files": texts, "truth": truth})
    return out


def cases(articles: list[dict], *, seed: int, pages: int, pagemaker_pages: int, split: str,
          params: "simulate.Params" = simulate.Params(),
          source_weights: dict[str, float] | None = None) -> Iterator[dict]:
    """The simulator's *pages* cases of *seed*, then the page maker's *pagemaker_pages* (its
    pages pick articles by count: *source_weights* weigh the simulator's picks only)."""
    if pages:
        yield from simulate.simulate(articles, seed=seed, pages=pages, split=split, params=params,
                                     source_weights=source_weights)
    if pagemaker_pages:
        yield from pagemaker_cases(articles, seed=seed, pages=pagemaker_pages, split=split)
