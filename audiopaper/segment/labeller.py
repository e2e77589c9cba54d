"""A trained line labeller: what each line of an OCR page is (headline, kicker, subtitle,
byline, lead, body, crosshead, credit, caption, fragment, ...), as probabilities.

The features are what any OCR'd Chinese daily shows: a line's length against the
column width, its punctuation, the patterns of leads, bylines and credits, blank
lines, its position, the words it shares with the prose around it, and the same for
its neighbours. The model is gradient-boosted trees trained on simulated development
pages by `tools/segdev/train_labeller.py` and stored as JSON in `line_model.json`
(no pickle); it is evaluated here with numpy only. `ocr` reads the probabilities
where its rules alone cannot decide.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import numpy as np

from . import patterns as p
from .page_line import Line

MODEL_PATH = Path(__file__).with_name("line_model.json")
CLASSES = ("headline", "kicker", "subtitle", "doubled", "byline", "credit", "lead", "body", "crosshead",
           "caption", "fragment", "classified", "table", "jump", "other")
DECK = ("headline", "kicker", "subtitle", "doubled")

_CONTEXT_CHARS = 100
_NEIGHBOURS = (-2, -1, 1, 2)
_OPENERS = "“「『‘《（("
_QUOTES = "“”「」『』‘’"
_COLON_EARLY = re.compile(r"^[^，。：:]{1,8}[：:]")


def _own_features(line: Line, width: int, short: int) -> list[float]:
    text = line.text
    squeezed = p.squeeze(text)
    compact = p.compact(text)
    chars = len(compact) or 1
    return [
        line.size,
        line.size / width,
        max(-20, min(40, line.size - width)),
        bool(p.SENTENCE_END.search(squeezed)),
        bool(p.OPEN_END.search(squeezed)),
        bool(p.CONTINUES.match(squeezed)),
        not re.search(rf"[{p.CJK}A-Za-z0-9]", text),
        text.count("。"),
        len(re.findall(r"[，、；,;]", text)),
        len(re.findall(r"[：:]", text)),
        bool(re.search(rf"[{p.CJK}]{{2,}} [{p.CJK}]{{2,}}", text)),
        squeezed.startswith(("——", "—", "－－", "--")),
        bool(re.match(f"[{p.LAYOUT_MARKS}▶►【\\[]", text)),
        bool(p.LEAD.match(squeezed)),
        p.is_byline(text),
        bool(p.CREDIT.search(text)),
        bool(p.CREDIT_WORD.search(text)),
        bool(p.INLINE_BYLINE.search(text)),
        bool(p.JUMP_FROM.match(squeezed)) or bool(p.JUMP_TO.search(squeezed)),
        bool(p.BOX_HEAD.match(compact)),
        line.column_head,
        bool(p.TABLE_HEAD.match(compact)),
        bool(p.CLASSIFIEDS_HEAD.match(squeezed)) or bool(p.AD_NUMBER.match(squeezed) and p.MOBILE_NUMBER.search(squeezed)),
        len(re.findall(r"\d", compact)) / chars,
        len(re.findall(r"[A-Za-z]", compact)) / chars,
        sum(compact.count(q) for q in _QUOTES),
        "《" in text or "》" in text,
        line.blank_before,
        line.after_furniture,
        p.undouble(compact) != compact,
        bool(_COLON_EARLY.match(squeezed)),
        squeezed.endswith(("：", ":")),
        line.size <= short,
        squeezed.endswith(("）", ")")),
        squeezed.startswith(("（", "(")),
        "摄" in text or "攝" in text,
        "——" in squeezed[1:],
        bool(p.COMMENTARY_BYLINE.match(compact)) or bool(p.NAMELESS_BYLINE.match(compact)),
        squeezed[-1:] in _OPENERS,
        line.traditional or any(c in p.COMMON_TRADITIONAL_ONLY for c in compact),
        bool(p.SENTENCE_END.search(squeezed[:-1])) if len(squeezed) > 1 else False,
    ]


_NEIGHBOUR_KEYS = (1, 3, 4, 5, 8, 10, 11, 13, 14, 27, 32)  # indexes into the own features


def line_features(lines: list[Line], width: int) -> np.ndarray:
    """One row of features per line (the page's non-blank, non-furniture lines)."""
    n = len(lines)
    if not n:
        return np.zeros((0, 0))
    width = max(width, 4)
    short = max(6, int(width * 0.6))
    own = [_own_features(line, width, short) for line in lines]
    compacts = [p.compact(line.text) for line in lines]
    rows: list[list[float]] = []
    for k, line in enumerate(lines):
        row = list(own[k])
        grams = p.bigrams(line.text)
        after = p.bigrams("".join(compacts[k + 1 : k + 10])[:_CONTEXT_CHARS])
        before = p.bigrams("".join(compacts[max(0, k - 9) : k])[-_CONTEXT_CHARS:])
        share = (lambda other: len(grams & other) / len(grams)) if grams else (lambda other: 0.0)
        row += [k / n, k == 0, k == n - 1, share(after), share(before),
                compacts[k] == compacts[k - 1] if k else False,
                compacts[k] == compacts[k + 1] if k + 1 < n else False,
                k + 1 < n and lines[k + 1].blank_before]
        # how many lines up to here since the last one that ended a sentence
        run = 0
        for m in range(k - 1, -1, -1):
            if p.SENTENCE_END.search(p.squeeze(lines[m].text)):
                break
            run += 1
        row.append(min(run, 10))
        for offset in _NEIGHBOURS:
            m = k + offset
            if 0 <= m < n:
                row += [1.0] + [own[m][key] for key in _NEIGHBOUR_KEYS]
            else:
                row += [0.0] + [0.0] * len(_NEIGHBOUR_KEYS)
        rows.append(row)
    return np.asarray(rows, dtype=np.float64)


class TreeModel:
    """Gradient-boosted trees, one per class and iteration, flattened into arrays."""

    def __init__(self, data: dict):
        self.classes: tuple[str, ...] = tuple(data["classes"])
        self.baseline = np.asarray(data["baseline"], dtype=np.float64)
        self.n_features = int(data["n_features"])
        trees = data["trees"]  # each: {"class", "feature", "threshold", "left", "right", "value"}
        offsets, features, thresholds, lefts, rights, values, classes = [], [], [], [], [], [], []
        start = 0
        for tree in trees:
            size = len(tree["feature"])
            offsets.append(start)
            features += tree["feature"]
            thresholds += tree["threshold"]
            lefts += [x + start if x >= 0 else -1 for x in tree["left"]]
            rights += [x + start if x >= 0 else -1 for x in tree["right"]]
            values += tree["value"]
            classes.append(tree["class"])
            start += size
        self.roots = np.asarray(offsets, dtype=np.int64)
        self.class_of_tree = np.eye(len(self.baseline))[np.asarray(classes, dtype=np.int64)]  # (trees, classes)
        self.value = np.asarray(values, dtype=np.float64)
        # A leaf points to itself and always goes "left": the walk needs no leaf test.
        leaf = np.asarray(lefts) < 0
        own = np.arange(len(lefts))
        self.feature = np.where(leaf, 0, np.asarray(features, dtype=np.int64))
        self.threshold = np.where(leaf, np.inf, np.asarray(thresholds, dtype=np.float64))
        self.left = np.where(leaf, own, np.asarray(lefts, dtype=np.int64))
        self.right = np.where(leaf, own, np.asarray(rights, dtype=np.int64))
        # node k's children side by side, right then left: the walk takes child[2k + went left] in one gather
        self.child = np.stack([self.right, self.left], axis=1).ravel()
        self.depth = int(data["max_depth"])

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        n = x.shape[0]
        flat = np.ascontiguousarray(x, dtype=np.float64).ravel()
        row_start = (np.arange(n) * x.shape[1])[:, None]
        node = np.repeat(self.roots[None, :], n, axis=0)  # (lines, trees)
        for _ in range(self.depth):
            go_left = flat[row_start + self.feature[node]] <= self.threshold[node]
            node = self.child[2 * node + go_left]
        raw = self.baseline + self.value[node] @ self.class_of_tree
        raw -= raw.max(axis=1, keepdims=True)
        exp = np.exp(raw)
        return exp / exp.sum(axis=1, keepdims=True)


def context_features(x: np.ndarray, first: np.ndarray, first_classes: tuple[str, ...],
                     context_classes: tuple[str, ...], kept: tuple[int, ...] | None = None) -> np.ndarray:
    """The second pass's rows: the line's features *kept* (all by default), then the first
    pass's probabilities of *context_classes* for the line and the two lines either side (a
    kicker sits over a title, a subtitle under one; a lone short line between prose is a
    crosshead)."""
    n = x.shape[0]
    columns = [first_classes.index(name) for name in context_classes]
    own = first[:, columns]
    blocks = [x if kept is None else x[:, list(kept)], own]
    for offset in _NEIGHBOURS:
        shifted = np.zeros_like(own)
        if offset < 0:
            shifted[-offset:] = own[: n + offset]
        else:
            shifted[: n - offset] = own[offset:]
        blocks.append(shifted)
    return np.hstack(blocks)


class StackedModel:
    """A first pass over the line features, and optionally a second pass that also reads
    the first pass's labels of the neighbouring lines."""

    def __init__(self, data: dict):
        self.first = TreeModel(data)
        self.classes = self.first.classes
        second = data.get("second")
        self.second = TreeModel(second) if second else None
        self.context_classes: tuple[str, ...] = tuple(second["context_classes"]) if second else ()
        self.kept = tuple(second["kept_features"]) if second and "kept_features" in second else None
        if self.second is not None:
            self.classes = self.second.classes

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        first = self.first.probabilities(x)
        if self.second is None:
            return first
        return self.second.probabilities(context_features(x, first, self.first.classes, self.context_classes,
                                                           self.kept))


@functools.cache
def _model() -> StackedModel | None:
    if not MODEL_PATH.exists():
        return None
    return StackedModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


def label_probabilities(lines: list[Line], width: int) -> np.ndarray | None:
    """(lines x CLASSES) probabilities, or None when no model is installed."""
    model = _model()
    if model is None or not lines:
        return None
    x = line_features(lines, width)
    probs = model.probabilities(x)
    if model.classes == CLASSES:
        return probs
    out = np.zeros((len(lines), len(CLASSES)))
    for c, name in enumerate(model.classes):
        out[:, CLASSES.index(name)] = probs[:, c]
    return out
