"""G2P accuracy against the pinyin labels the offline voice was trained on.

    .venv/bin/python benchmarks/bench_g2p.py PATH/TO/000001-010000.txt [--split dev|test] [--top 30] [--show 20]

The labels: Databaker's Chinese Standard Mandarin Speech Corpus (CSMSC, "BZNSYP"),
`ProsodyLabeling/000001-010000.txt` in the corpus download: per utterance a text
line (`000001<TAB>卡尔普#2陪外孙#1玩滑梯#4。`) and a pinyin line
(`<TAB>ka2 er2 pu3 pei2 …`), surface tones (3-3 sandhi, 一/不 sandhi), 5 = neutral,
erhua as one syllable (一会儿 → yi2 huir4). Many public TTS repositories carry a
copy of that file; it is not ours to commit (the corpus licence is non-commercial),
so pass its path.

Splits: dev is the utterances with an odd id (000001, 000003, …), test those
with an even id; rules are tuned on dev only, test is frozen (read its figures,
never its mismatches). Without --split, all utterances.

Reported: character-level accuracy of our pinyin with tone and without it (a
syllable per label syllable, aligned when the counts differ), the share of
utterances read entirely right, and the most frequent confusions (label → ours).

Measured (9,999 utterances, 162,854 syllables): pypinyin alone with our old fixes
0.9505 with tone, 0.9955 toneless, 47.0 % of utterances entirely right; with the
pypinyin-dict phrases and the context rules 0.9629, 0.9962, 56.2 %; with the
issue-9 rules (为 by what follows it, adverbial X地, 得了, 着了, 调高, 两行, whole
numbers) 0.9634, 0.9963, 56.6 %. Most of what is left is neutral tone and 3-3
sandhi across words, where the labels themselves vary (个 ge4/ge5 after 一: 113
against 124), and names (应采儿, 朴).

Third round (issue 9), split as above, tuned on dev only (its toneless
mismatches and its tone mismatches on news polyphones read by class):
dev 0.9635 -> 0.9658 with tone, 0.9963 -> 0.9973 toneless, entirely right
0.571 -> 0.588; test (frozen) 0.9634 -> 0.9651, 0.9963 -> 0.9970, 0.561 -> 0.577.
Fixed: measure-word 只, 教 jiāo, 数 shǔ, 量 liáng, 没收到 méi, 中 zhòng,
转 zhuàn, 一曲 qǔ, 长 zhǎng (to grow; 河南省/长), 佛 fó, 朴 pǔ, 勒 lè, 曝 bào,
幢 zhuàng, 似 sì, 掺 chān, 得 děi, 还 huán, 着 zhuó (to wear), pypinyin's
phrase misreadings (查查, 卡住, 设卡, 露出, 落下来, 上行, 大夫, 所得…), 儿 in
names and after a preposition (艾薇儿, 为儿 er2) and erhua across a jieba cut
(罗锅/儿), 3-3 sandhi inside a prosodic word. Left on dev, mostly label
conventions nobody hears (这 zhei4, 谁 shei2, 血 xie3, neutral tones, 个), names
(曾, 朴, 应采儿, 棱), 地 dì after a noun (泥地, 滑坡地) and 为 wèi/wéi by meaning.

Fourth round (issue 9), tuned on dev only: dev 0.9658 -> 0.9661 with tone,
0.9973 -> 0.9974 toneless, entirely right 0.5879 -> 0.5901; test (frozen, read
once at the end) 0.9651 -> 0.9652, 0.9970 -> 0.9971, 0.5768 -> 0.5776. Fixed: 为 wèi/wéi by
meaning (以…为 across the clause, 为期/为时/为数, 为主。, nouns of amount before
为 "is", 为人民 but 为人民币, 决定为/试图为 + verb, jieba's 为主/人), 地 dì as a
place (泥地, 事发地, 红土地。) and an adverb's 地 before a comma, surnames
(曾 单 解 区 仇 查 盖 乐: a name jieba lists, after 姓, before a title, after 记者).
On 1,250 news sentences with 为/地/surname characters (tools/segdev articles)
18 readings changed, all 为, all right by hand; reading the rare readings of
polyphones in 2,337 more found 藏医药 (zàng), 盛装, 反差, 将令 (fixed) and
弹向 (tán), 航泊 (bó) still misread. These classes are rare in the
corpus; the hand table (tests/fixtures/g2p) carries them.

With --breaks, our prosodic breaks against the labels' #-marks at each character
boundary: before the phrase-break rules (#2 never emitted) #2-or-more P 0.994 R 0.347
F1 0.515, after P 0.873 R 0.509 F1 0.643; #2 inside a clause P 0.640 R 0.228
F1 0.336 (was 0); #1-or-more F1 0.849 and #3 F1 0.879 unchanged.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_intelligibility import align  # noqa: E402

_MARK = re.compile(r"#\d")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


@dataclass(frozen=True)
class Labelled:
    ident: str
    text: str  # prosody marks removed, punctuation kept
    pinyin: tuple[str, ...]
    breaks: tuple[int, ...] = ()  # per Han character, the label's break after it (0-4)


def read_labels(path: Path) -> list[Labelled]:
    lines = [line.rstrip("\r\n") for line in path.read_text("utf-8-sig").splitlines()]
    out: list[Labelled] = []
    for head, tail in zip(lines[0::2], lines[1::2]):
        ident, _, text = head.partition("\t")
        out.append(Labelled(ident.strip(), _MARK.sub("", text.strip()), tuple(tail.split()), label_breaks(text.strip())))
    return out


def label_breaks(marked: str) -> tuple[int, ...]:
    """The break level after each Han character of a labelled line (卡尔普#2陪 → 0 0 2 0)."""
    breaks: list[int] = []
    for piece in re.findall(r"#\d|.", marked):
        if piece.startswith("#") and breaks:
            breaks[-1] = max(breaks[-1], int(piece[1]))
        elif _HAN.match(piece):
            breaks.append(0)
    return tuple(breaks)


def our_breaks(text: str) -> tuple[int, ...]:
    """Our front end's break level after each Han character (0 inside a word)."""
    from audiopaper.g2p import pinyin_words

    breaks: list[int] = []
    for word in pinyin_words(text):
        chars = len(_HAN.findall(word.text))
        if chars:
            breaks += [0] * (chars - 1) + [int(word.pause[1])]
    return tuple(breaks)


def break_scores(labelled: list[Labelled]) -> list[tuple[str, float, float, int]]:
    """Precision, recall and support of our breaks against the labels' #-marks.

    Scored at every character boundary inside an utterance (not its end), for
    breaks of at least #1, at least #2 and at least #3 (#3 is mostly punctuation),
    and for #2 alone inside a clause (where neither side is #3: the prosody
    prediction proper)."""
    counts = collections.Counter()
    for item in labelled:
        ours = our_breaks(item.text)
        if len(ours) != len(item.breaks):
            continue  # text our front end spells differently (digits, Latin letters)
        for label, mine in zip(item.breaks[:-1], ours[:-1]):
            for level in (1, 2, 3):
                counts[level, label >= level, mine >= level] += 1
            if label < 3 and mine < 3:
                counts["phrase", label == 2, mine == 2] += 1
    rows = []
    for level, name in ((1, "#1 or more"), (2, "#2 or more"), (3, "#3 or more"), ("phrase", "#2 inside a clause")):
        tp, fp, fn = counts[level, True, True], counts[level, False, True], counts[level, True, False]
        rows.append((name, tp / max(1, tp + fp), tp / max(1, tp + fn), tp + fn))
    return rows


def in_split(ident: str, split: str) -> bool:
    """dev: odd utterance ids; test: even ids; all: every utterance."""
    if split == "all":
        return True
    return (int(ident) % 2 == 1) == (split == "dev")


def toneless(syllable: str) -> str:
    return syllable.rstrip("012345")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", type=Path, help="000001-010000.txt of the CSMSC corpus")
    parser.add_argument("--top", type=int, default=30, help="confusions to list")
    parser.add_argument("--show", type=int, default=0, help="print this many misread utterances")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all", help="dev: odd ids, test: even ids")
    parser.add_argument("--limit", type=int, default=0, help="only the first N utterances")
    parser.add_argument("--breaks", action="store_true", help="also score our prosodic breaks against the #-marks")
    args = parser.parse_args()

    from audiopaper.g2p import char_pinyin

    labelled = [item for item in read_labels(args.labels) if in_split(item.ident, args.split)]
    if args.limit:
        labelled = labelled[: args.limit]
    started = time.monotonic()
    total = right = right_toneless = perfect = 0
    confusions: collections.Counter[str] = collections.Counter()
    shown = 0
    for item in labelled:
        ours = char_pinyin(item.text)
        label = list(item.pinyin)
        pairs = align(label, [syl for _, syl in ours])
        errors = 0
        for a, b in pairs:
            if a is None:
                continue
            total += 1
            if b is not None and ours[b][1] == label[a]:
                right += 1
                right_toneless += 1
                continue
            errors += 1
            if b is None:
                confusions[f"(missing) {label[a]}"] += 1
                continue
            if toneless(ours[b][1]) == toneless(label[a]):
                right_toneless += 1
            confusions[f"{ours[b][0]} {label[a]} → {ours[b][1]}"] += 1
        perfect += errors == 0
        if errors and shown < args.show:
            shown += 1
            print(f"{item.ident} {item.text}\n  label {' '.join(label)}\n  ours  {' '.join(s for _, s in ours)}")
    seconds = time.monotonic() - started

    print(f"\n{len(labelled)} utterances, {total} labelled syllables, {seconds:.0f} s\n")
    print("| measure | value |")
    print("|---|---:|")
    print(f"| pinyin accuracy, with tone | {right / max(1, total):.4f} |")
    print(f"| pinyin accuracy, toneless | {right_toneless / max(1, total):.4f} |")
    print(f"| utterances entirely right | {perfect / max(1, len(labelled)):.4f} |")
    if args.breaks:
        print("\n| breaks | precision | recall | F1 | labelled |")
        print("|---|---:|---:|---:|---:|")
        for name, precision, recall, support in break_scores(labelled):
            f1 = 2 * precision * recall / max(1e-9, precision + recall)
            print(f"| {name} | {precision:.3f} | {recall:.3f} | {f1:.3f} | {support} |")
    print(f"\ntop confusions (characters label → ours):")
    for key, count in confusions.most_common(args.top):
        print(f"  {count:4d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
