"""Train the line labeller (`audiopaper/segment/labeller.py`) on simulated DEV pages and
export it as JSON (no pickle) to `audiopaper/segment/line_model.json`.

    .venv/bin/pip install -e ".[segdev]"
    .venv/bin/python tools/segdev/train_labeller.py            # the shipped model: seeds 101-103, 200 cases each,
                                                               # of simulate.TRAINING_SOURCES
    .venv/bin/python tools/segdev/train_labeller.py --out /tmp/mix.json \
        --sources hkcnews,cctv-xwlb-archive,cctv-xinwenlianbo,rmrb:0.15,mrdx:1,studytimes:0.3   # simulate.MAINLAND_MIX, round 10, not shipped
    .venv/bin/python tools/segdev/train_labeller.py --param deck_pool_only=1   # round 3's model (round-3 pages)
    .venv/bin/python tools/segdev/train_labeller.py --second-pass --out /tmp/stacked.json   # not shipped
    .venv/bin/python tools/segdev/train_labeller.py --sources hkcnews,cctv-xwlb-archive,cctv-xinwenlianbo,rmrb:0.5 \
        --out /tmp/mix.json   # another weighted mix of sources (simulate.py --sources)
    .venv/bin/python tools/segdev/train_labeller.py --pages 134 --pagemaker-pages 66 --out /tmp/both.json
        # pages of both page makers (simulate.py, pagemaker.py; tools/segdev/training_pages.py), round 11, not shipped

Deterministic for (articles, seeds, parameters): the pages come from `simulate.py` and,
with `--pagemaker-pages`, from `pagemaker.py` (dev split only, articles of `--sources` only;
the test split is never read), every line's truth label from its page maker (the page
maker's in the simulator's labels), the features from `labeller.line_features` (the code
the runtime uses), and scikit-learn's HistGradientBoostingClassifier with a fixed random state and no
early stopping. Reports line accuracy on a held-out dev seed. The JSON is byte-identical run
after run only with the releases pyproject's `segdev` extra pins (scikit-learn 1.9.1, SciPy
1.17.1, NumPy 2.4.6; others give other trees from the same pages), with hash seed 0 and one
OpenMP thread (the script runs itself again so: `reproducible.py`). The JSON records the releases
("trained_with"); the script refuses to write over the shipped model with others. Round 23
retrained the shipped recipe so (137-230 s on a busy machine; held-out line accuracy 0.9822),
twice, byte for byte the same and the same as round 22's retrain, and that JSON ships since
round 23. The JSON shipped before it (round 10) is reproduced by no release: today's pages and
features are not the ones it learned from (tools/segdev/README.md, round 23).

Round 22, judged on the eight fresh-article dirs (F1 + headline accuracy summed, shipped model
13.938): the shipped recipe retrained under scikit-learn 1.9.1 13.941 (every figure within 0.009
of the shipped model's: retraining noise); min_samples_leaf=200 with l2_regularization=10 (same
pages) 13.911; `--sources` simulate.MAINLAND_MIX with `--pagemaker-pages 100` 13.921 (page-maker
F1 up 0.004-0.005, headlines down up to 0.007; column-layout headlines up 0.008-0.010, F1 down
0.005-0.013; People's Daily and default-simulator F1 down 0.002-0.003: mostly inside the
retraining noise). None shipped.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path[:0] = [str(ROOT), str(HERE)]

import reproducible  # noqa: E402
import simulate  # noqa: E402
import training_pages  # noqa: E402

from audiopaper.segment import labeller, ocr  # noqa: E402

# The simulator's labels, as the labeller's classes.
CLASS_OF = {
    "headline": "headline", "kicker": "kicker", "subtitle": "subtitle", "doubled": "doubled",
    "byline": "byline", "credit": "credit", "lead": "lead", "body": "body",
    "crosshead": "crosshead", "box_head": "crosshead", "sidebar_head": "crosshead",
    "caption": "caption", "fragment": "fragment", "classified": "classified", "table": "table",
    "jump": "jump", "furniture": "other", "column_head": "other",
}


def page_rows(text: str, truth_lines: list[dict]) -> tuple[np.ndarray, list[str]]:
    """Features and classes of one page's lines, as the runtime reads them."""
    lines = ocr.read_lines(text)
    if not lines:
        return np.zeros((0, 0)), []
    width = ocr._column_width(lines)
    x = labeller.line_features(lines, width)
    y = [CLASS_OF.get(truth_lines[line.index]["label"], "other") for line in lines]
    return x, y


def page_sets(articles: list[dict], seeds: list[int], pages: int,
              params: "simulate.Params" = simulate.Params(),
              source_weights: dict[str, float] | None = None,
              pagemaker_pages: int = 0) -> list[tuple[int, np.ndarray, np.ndarray]]:
    """(seed, features, classes) of every training page (the simulator's, then the page
    maker's), in order."""
    out = []
    classes = {name: c for c, name in enumerate(labeller.CLASSES)}
    for seed in seeds:
        for case in training_pages.cases(articles, seed=seed, pages=pages, pagemaker_pages=pagemaker_pages,
                                         split="dev", params=params, source_weights=source_weights):
            truth = case["truth"]
            for n, name in enumerate(truth["files"], start=1):
                page_lines = [line for line in truth["lines"] if line["page"] == n]
                x, y = page_rows(case["files"][name], page_lines)
                if y:
                    out.append((seed, x, np.asarray([classes[name] for name in y])))
    return out


def thinned(y: np.ndarray, keep: float, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Rows to train on and their weights: every line that is not body text or stands
    within two lines of one, and a share *keep* of the rest (weighted 1/keep): plain
    body text is most of a page and easy."""
    body = y == labeller.CLASSES.index("body")
    near = np.zeros_like(body)
    for shift in (-2, -1, 0, 1, 2):
        near |= np.roll(~body, shift)
    rng = np.random.default_rng(seed)
    chosen = near | (rng.random(len(y)) < keep)
    weights = np.where(near, 1.0, 1.0 / keep)[chosen]
    return np.flatnonzero(chosen), weights


def export(model, max_depth: int) -> dict:
    trees = []
    for iteration in model._predictors:
        for c, predictor in enumerate(iteration):
            nodes = predictor.nodes
            leaf = nodes["is_leaf"].astype(bool)
            trees.append({
                "class": c,
                "feature": [int(f) if not is_leaf else -1 for f, is_leaf in zip(nodes["feature_idx"], leaf)],
                "threshold": [float(t) for t in nodes["num_threshold"]],
                "left": [int(v) if not is_leaf else -1 for v, is_leaf in zip(nodes["left"], leaf)],
                "right": [int(v) if not is_leaf else -1 for v, is_leaf in zip(nodes["right"], leaf)],
                "value": [round(float(v), 6) for v in nodes["value"]],
            })
    baseline = np.asarray(model._baseline_prediction).reshape(-1)
    return {"format": "audiopaper line labeller 1", "classes": [labeller.CLASSES[c] for c in model.classes_],
            "n_features": int(model.n_features_in_), "max_depth": max_depth + 1,
            "baseline": [float(b) for b in baseline], "trees": trees}


CONTEXT_CLASSES = ("headline", "kicker", "subtitle", "byline", "credit", "lead", "body", "crosshead", "caption",
                   "fragment")
# the line's own features the second pass reads besides the labels: size against the column,
# sentence end, open end, opening punctuation, commas, colons, two phrases, a dash, lead,
# byline, credit, blank before, short; position, first line, words shared with the prose after
# and before, blank after, lines since a sentence end
KEPT_FEATURES = (0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 13, 14, 15, 27, 32, 41, 42, 44, 45, 48, 49)


def fit(x: np.ndarray, y: np.ndarray, args: argparse.Namespace):
    from sklearn.ensemble import HistGradientBoostingClassifier

    model = HistGradientBoostingClassifier(max_iter=args.iterations, max_depth=args.max_depth, learning_rate=0.1,
                                           max_leaf_nodes=15, l2_regularization=1.0, early_stopping=False,
                                           random_state=0)
    rows, weights = thinned(y, args.keep_body)
    model.fit(x[rows], y[rows], sample_weight=weights)
    return model


def report(heading: str, model_classes: np.ndarray, probabilities: np.ndarray, hy: np.ndarray) -> None:
    predicted = model_classes[probabilities.argmax(axis=1)]
    print(f"{heading}: line accuracy {(predicted == hy).mean():.4f}")
    for c, name in enumerate(labeller.CLASSES):
        mask = hy == c
        if mask.any():
            print(f"  {name:11s} {mask.sum():6d}  recall {(predicted[mask] == c).mean():.3f}  "
                  f"precision {(hy[predicted == c] == c).mean() if (predicted == c).any() else 0:.3f}")


def main(argv: list[str] | None = None) -> int:
    reproducible.reexec_in_fixed_environment(__file__, argv)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", default="101,102,103")
    parser.add_argument("--pages", type=int, default=200, help="simulator's pages (cases) per seed")
    parser.add_argument("--pagemaker-pages", type=int, default=0, help="the page maker's pages (cases) per seed")
    parser.add_argument("--held-out-seed", type=int, default=99)
    parser.add_argument("--iterations", type=int, default=80)
    parser.add_argument("--max-depth", type=int, default=6)
    parser.add_argument("--keep-body", type=float, default=0.2, help="share of plain body lines trained on")
    parser.add_argument("--out", type=Path, default=labeller.MODEL_PATH)
    parser.add_argument("--articles", type=Path, default=None)
    simulate.add_sources_option(parser, simulate.TRAINING_SOURCES)
    parser.add_argument("--first-pass", type=Path, default=None,
                        help="reuse the first pass of a model this script wrote for the same pages")
    parser.add_argument("--folds", action=argparse.BooleanOptionalAction, default=False,
                        help="train the second pass on out-of-fold first-pass labels (3 more fits)")
    parser.add_argument("--second-pass", action=argparse.BooleanOptionalAction, default=False,
                        help="a second pass over the first pass's labels of the lines around (stacked)")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                        help="simulator parameter, as simulate.py --param (deck_pool_only=1: round-3 pages)")
    args = parser.parse_args(argv)
    reproducible.refuse_other_releases(args.out, labeller.MODEL_PATH)
    params = simulate.parse_params(args.param)
    started = time.time()
    articles = simulate.load_articles("dev", args.articles, simulate.parse_sources(args.sources))
    seeds = [int(s) for s in args.seeds.split(",")]
    weights = simulate.parse_source_weights(args.sources)
    train_sets = page_sets(articles, seeds, args.pages, params, weights, args.pagemaker_pages)
    x, y = np.vstack([x for _, x, _ in train_sets]), np.concatenate([y for _, _, y in train_sets])
    print(f"{len(y)} lines ({time.time() - started:.0f} s), {x.shape[1]} features; classes {Counter(labeller.CLASSES[c] for c in y)}")
    held_out = page_sets(articles, [args.held_out_seed], args.pages, params, weights, args.pagemaker_pages)
    hx, hy = np.vstack([x for _, x, _ in held_out]), np.concatenate([y for _, _, y in held_out])
    if args.first_pass:  # this script's own earlier output for the same pages (saves its training)
        data = {k: v for k, v in json.loads(args.first_pass.read_text(encoding="utf-8")).items() if k != "second"}
        runtime = labeller.TreeModel(data)
        probabilities = runtime.probabilities(hx)
        first_classes = runtime.classes
    else:
        model = fit(x, y, args)
        data = export(model, args.max_depth)
        runtime = labeller.TreeModel(data)
        probabilities = runtime.probabilities(hx)
        assert np.abs(probabilities - model.predict_proba(hx)).max() < 1e-4, "exported trees disagree with scikit-learn"
        first_classes = tuple(labeller.CLASSES[c] for c in model.classes_)
    class_index = np.asarray([labeller.CLASSES.index(name) for name in first_classes])
    report(f"held-out seed {args.held_out_seed}, first pass", class_index, probabilities, hy)
    if args.second_pass:
        # the second pass learns from first-pass labels: of pages the first pass never saw
        # (--folds: one model per training seed, trained on the other seeds), or, cheaper, of
        # the pages it was trained on
        rows_x, rows_y = [], []
        for seed in seeds:
            if args.folds:
                others = [(fx, fy) for s, fx, fy in train_sets if s != seed]
                fold = fit(np.vstack([fx for fx, _ in others]), np.concatenate([fy for _, fy in others]), args)
                fold_classes, fold_probabilities = tuple(labeller.CLASSES[c] for c in fold.classes_), fold.predict_proba
            else:
                fold_classes, fold_probabilities = first_classes, runtime.probabilities
            for s, fx, fy in train_sets:
                if s == seed:
                    rows_x.append(labeller.context_features(fx, fold_probabilities(fx), fold_classes, CONTEXT_CLASSES,
                                                            KEPT_FEATURES))
                    rows_y.append(fy)
            print(f"  seed {seed} done ({time.time() - started:.0f} s)")
        second = fit(np.vstack(rows_x), np.concatenate(rows_y), args)
        data["second"] = {**export(second, args.max_depth), "context_classes": list(CONTEXT_CLASSES),
                          "kept_features": list(KEPT_FEATURES)}
        hx2 = np.vstack([labeller.context_features(px, runtime.probabilities(px), first_classes, CONTEXT_CLASSES,
                                                   KEPT_FEATURES)
                         for _, px, _ in held_out])  # page by page, as at runtime
        probabilities = labeller.StackedModel(data).second.probabilities(hx2)
        assert np.abs(probabilities - second.predict_proba(hx2)).max() < 1e-4, "exported trees disagree with scikit-learn"
        report(f"held-out seed {args.held_out_seed}, second pass", second.classes_, probabilities, hy)
    data["trained_with"] = reproducible.trained_with()
    text = json.dumps(data, separators=(",", ":"))
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(text) / 1e6:.2f} MB) in {time.time() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
