"""Score `audiopaper.segment` against simulated pages with ground truth (issue 8).

    python benchmarks/bench_segment.py --split test --pages 200 --seed 1
    python benchmarks/bench_segment.py --dir /tmp/segdev-dev [--json] [--show 5]

Pages come from tools/segdev/simulate.py (generated in a temporary directory unless
--dir names one that holds *.truth.json). Each case (a page, or an edition directory)
is read with `audiopaper.ingest.read_edition` and split with
`audiopaper.segment.segment_edition`, exactly as `audiopaper segment` does.

Matching (precise definition):
  * A story's body is compared after removing all whitespace.
  * overlap(a, b) = number of characters in the matching blocks of
    difflib.SequenceMatcher(None, a, b, autojunk=False) — a common-subsequence count,
    symmetric in practice and never above the longest common subsequence.
  * A predicted story P matches a truth story T when
    overlap(P, T) >= 0.9 * max(len(P), len(T)); each story matches at most once
    (greedy, best overlap first). Classified-ad stories are left out on both sides.
  * precision = matched / predicted, recall = matched / truth, F1 their harmonic mean.
  * headline accuracy = share of matched stories whose title equals the truth title
    after removing all whitespace (both empty counts as equal: continuations, briefs).

Errors by kind (a story may have several):
  split_story          truth story unmatched, >= 2 predicted stories lie mostly inside it
  merged_stories       predicted story unmatched, it holds most of >= 2 truth stories
  crosshead_as_story   a predicted title is a truth crosshead (or box/sidebar head)
  credit_as_headline   a predicted title comes from a byline/credit line
  fragment_as_headline a predicted title is punctuation only, or a fragment line
  furniture_leaked     a predicted story carries page furniture (or a table) in its body or title
  missing_kicker       matched, truth has a kicker, prediction's kicker differs
  missing_subtitle     matched, truth has a subtitle, prediction's subtitle differs
  wrong_title          matched, title differs (detail says which deck line it took)
  missed_story         truth story unmatched, not a split
  spurious_story       predicted story unmatched, and none of the reasons above
  page_refused         the segmenter raised an error on the case
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MATCH_THRESHOLD = 0.9
_WS = re.compile(r"\s+")
_PUNCT_ONLY = re.compile(r"^[\s，。、；：？！“”‘’（）《》「」『』…—\-,.;:?!()\"']*$")


def squash(text: str) -> str:
    """Text without whitespace: how bodies and titles are compared."""
    return _WS.sub("", text or "")


def overlap(a: str, b: str) -> int:
    """Characters of *a* and *b* in common, in order (SequenceMatcher matching blocks)."""
    if not a or not b:
        return 0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def multiset_overlap(a: str, b: str) -> int:
    """Upper bound of `overlap`: characters in common regardless of order."""
    ca, cb = Counter(a), Counter(b)
    return sum(min(n, cb[c]) for c, n in ca.items())


def bodies_match(a: str, b: str) -> tuple[bool, int]:
    """(match?, overlap) for squashed bodies, with the >= 90 % rule."""
    need = MATCH_THRESHOLD * max(len(a), len(b), 1)
    if multiset_overlap(a, b) < need:
        return False, 0
    shared = overlap(a, b)
    return shared >= need, shared


@dataclass
class CaseScore:
    name: str
    truth: int = 0
    predicted: int = 0
    matched: int = 0
    titles_right: int = 0
    errors: list[dict] = field(default_factory=list)


def score_case(predicted: list[dict], truth: dict, name: str = "") -> CaseScore:
    """Score one case. *predicted*: story records (segment --json keys); *truth*: the truth JSON."""
    truth_stories = [s for s in truth["stories"] if s["kind"] != "classifieds"]
    pred_stories = [s for s in predicted if s.get("kind") != "classifieds"]
    score = CaseScore(name, truth=len(truth_stories), predicted=len(pred_stories))
    t_bodies = [squash(s["body"]) for s in truth_stories]
    p_bodies = [squash(s.get("body", "")) for s in pred_stories]

    pairs = []
    for i, pb in enumerate(p_bodies):
        for j, tb in enumerate(t_bodies):
            ok, shared = bodies_match(pb, tb)
            if ok:
                pairs.append((shared, i, j))
    pairs.sort(reverse=True)
    p_match: dict[int, int] = {}
    t_match: dict[int, int] = {}
    for _, i, j in pairs:
        if i not in p_match and j not in t_match:
            p_match[i], t_match[j] = j, i
    score.matched = len(p_match)

    def err(kind: str, **detail) -> None:
        score.errors.append({"case": name, "kind": kind, **detail})

    for i, j in p_match.items():
        p, t = pred_stories[i], truth_stories[j]
        if squash(p.get("title", "")) == squash(t["title"]):
            score.titles_right += 1
        else:
            took = next((k for k in ("kicker", "subtitle") if t.get(k) and squash(p.get("title", "")) == squash(t[k])),
                        "other")
            err("wrong_title", truth=t["title"], got=p.get("title", ""), took=took)
        if t.get("kicker") and squash(p.get("kicker", "")) != squash(t["kicker"]):
            err("missing_kicker", truth=t["kicker"], got=p.get("kicker", ""), title=t["title"])
        if t.get("subtitle") and squash(p.get("subtitle", "")) != squash(t["subtitle"]):
            err("missing_subtitle", truth=t["subtitle"], got=p.get("subtitle", ""), title=t["title"])

    lines = truth.get("lines", [])
    by_label: dict[str, set[str]] = {}
    for line in lines:
        by_label.setdefault(line["label"], set()).add(squash(line["text"]))
    heads = by_label.get("crosshead", set()) | by_label.get("box_head", set()) | by_label.get("sidebar_head", set())
    credit_text = "".join(squash(line["text"]) for line in lines if line["label"] in ("credit", "byline"))
    furniture = [squash(line["text"]) for line in lines if line["label"] in ("furniture", "table")
                 and len(squash(line["text"])) >= 4]

    for i, p in enumerate(pred_stories):
        title = squash(p.get("title", ""))
        body = p_bodies[i]
        if title and title in heads:
            err("crosshead_as_story", title=p.get("title", ""))
        elif title and len(title) >= 2 and title in credit_text:
            err("credit_as_headline", title=p.get("title", ""))
        elif p.get("title") and (_PUNCT_ONLY.match(p["title"]) or title in by_label.get("fragment", set())):
            err("fragment_as_headline", title=p.get("title", ""))
        leaked = [f for f in furniture if f in body or f == title]
        if leaked:
            err("furniture_leaked", title=p.get("title", ""), furniture=leaked[:3])
        if i in p_match:
            continue
        inside = [j for j, tb in enumerate(t_bodies) if tb and multiset_overlap(tb, body) >= 0.5 * len(tb)]
        if len(inside) >= 2:
            err("merged_stories", title=p.get("title", ""), truths=[truth_stories[j]["title"] for j in inside])
        elif not (title and (title in heads or title in credit_text)):
            err("spurious_story", title=p.get("title", ""), body=body[:30])

    for j, t in enumerate(truth_stories):
        if j in t_match:
            continue
        tb = t_bodies[j]
        parts = [i for i, pb in enumerate(p_bodies) if pb and multiset_overlap(pb, tb) >= 0.8 * len(pb)]
        if len(parts) >= 2:
            err("split_story", title=t["title"], parts=[pred_stories[i].get("title", "") for i in parts])
        else:
            err("missed_story", title=t["title"], body=tb[:30])
    return score


# ---- running the segmenter --------------------------------------------------------------------


def segment_case(path: Path) -> list[dict]:
    """Story records for a page file or an edition directory, as `segment --json` gives them."""
    from audiopaper.ingest import read_edition
    from audiopaper.segment import segment_edition

    edition = read_edition([str(path)])
    return [{"kind": s.kind.value, "title": s.title, "kicker": s.kicker, "subtitle": s.subtitle,
             "byline": s.byline, "body": s.body, "page": s.page, "continued_from": s.continued_from,
             "items": list(s.items), **({"captions": list(s.captions)} if s.captions else {})}
            for s in segment_edition(edition)]


def case_inputs(directory: Path) -> list[tuple[Path, dict]]:
    """(page file or edition dir, truth) for every *.truth.json in *directory*."""
    out = []
    for truth_path in sorted(directory.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        name = truth_path.name[: -len(".truth.json")]
        target = directory / name if (directory / name).is_dir() else directory / f"{name}.txt"
        out.append((target, truth))
    return out


@dataclass
class Report:
    cases: int = 0
    truth: int = 0
    predicted: int = 0
    matched: int = 0
    titles_right: int = 0
    errors: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)
    seconds: float = 0.0
    groups: dict = field(default_factory=dict)  # the same counts by page script (hans, hant)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.truth if self.truth else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def headline_accuracy(self) -> float:
        return self.titles_right / self.matched if self.matched else 0.0

    def add(self, case: CaseScore, keep: int = 5) -> None:
        self.cases += 1
        self.truth += case.truth
        self.predicted += case.predicted
        self.matched += case.matched
        self.titles_right += case.titles_right
        for e in case.errors:
            self.errors[e["kind"]] += 1
            bucket = self.examples.setdefault(e["kind"], [])
            if len(bucket) < keep:
                bucket.append(e)

    def summary(self) -> dict:
        out = {"cases": self.cases, "truth_stories": self.truth, "predicted_stories": self.predicted,
               "matched": self.matched, "precision": round(self.precision, 4), "recall": round(self.recall, 4),
               "f1": round(self.f1, 4), "headline_accuracy": round(self.headline_accuracy, 4),
               "errors": dict(self.errors.most_common()), "seconds": round(self.seconds, 2)}
        if self.groups:
            out["by_script"] = {name: {k: v for k, v in group.summary().items() if k not in ("seconds",)}
                                for name, group in sorted(self.groups.items())}
        return out


def score_dir(directory: Path, segmenter=segment_case, keep: int = 5) -> Report:
    """Run *segmenter* (path -> story records) on every case of *directory* and score it."""
    report = Report()
    start = time.perf_counter()
    for target, truth in case_inputs(directory):
        try:
            predicted = segmenter(target)
        except Exception as exc:  # noqa: BLE001 - a refused page is a scored outcome
            case = score_case([], truth, truth.get("name", target.name))
            case.errors.append({"case": truth.get("name"), "kind": "page_refused", "error": str(exc)[:200]})
        else:
            case = score_case(predicted, truth, truth.get("name", target.name))
        report.add(case, keep)
        report.groups.setdefault(truth.get("script", "hans"), Report()).add(case, 0)
    report.seconds = time.perf_counter() - start
    return report


def simulate_into(directory: Path, *, split: str, pages: int, seed: int) -> None:
    sys.path.insert(0, str(ROOT / "tools" / "segdev"))
    import simulate  # noqa: E402 - tools/segdev is not a package

    cases = simulate.simulate(simulate.load_articles(split), seed=seed, pages=pages, split=split)
    simulate.write_cases(cases, directory)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score audiopaper's segmentation on simulated pages.")
    parser.add_argument("--dir", type=Path, help="cases written by tools/segdev/simulate.py")
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--show", type=int, default=3, help="examples to print per error kind")
    args = parser.parse_args(argv)
    import logging

    logging.disable(logging.WARNING)  # the segmenter's per-page warnings are not the report
    if args.dir:
        report = score_dir(args.dir, keep=args.show)
        where = str(args.dir)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            simulate_into(Path(tmp), split=args.split, pages=args.pages, seed=args.seed)
            report = score_dir(Path(tmp), keep=args.show)
        where = f"split={args.split} pages={args.pages} seed={args.seed}"
    import audiopaper.segment

    where += f"; segmenter {Path(audiopaper.segment.__file__).parent}"
    if args.json:
        print(json.dumps({"data": where, **report.summary(), "examples": report.examples},
                         ensure_ascii=False, indent=1))
        return 0
    s = report.summary()
    print(f"data: {where}")
    print(f"cases {s['cases']}  truth stories {s['truth_stories']}  predicted {s['predicted_stories']}  "
          f"matched {s['matched']}  ({s['seconds']} s)")
    print(f"story precision {s['precision']:.3f}  recall {s['recall']:.3f}  F1 {s['f1']:.3f}")
    print(f"headline accuracy {s['headline_accuracy']:.3f}")
    for name, g in s.get("by_script", {}).items():
        print(f"  {name}: {g['cases']} cases  P {g['precision']:.3f}  R {g['recall']:.3f}  F1 {g['f1']:.3f}  "
              f"headline {g['headline_accuracy']:.3f}")
    print("errors by kind:")
    for kind, n in report.errors.most_common():
        print(f"  {kind:22s} {n}")
        for e in report.examples.get(kind, [])[: args.show]:
            detail = {k: v for k, v in e.items() if k not in ("kind",)}
            print(f"      {json.dumps(detail, ensure_ascii=False)[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
