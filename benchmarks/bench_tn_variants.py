"""Do our TN rules generalize? Variants of the TN cases we pass, read the same way by construction.

For every ``dev`` case of ``bench_tn.py`` that ``ours`` reads as expected, this
makes variants whose expected reading follows mechanically from the case's own:

- ``digits``: the digits 4-9 permuted (two permutations), in the input and in the
  expected reading alike (ASCII digits and 四..九). 0, 1, 2 and 3 stay, so the
  shape of the number and every 零/十/幺/两 stays, and so do months, hours, the
  tens of days and minutes, and a mobile number's 1[3-9] prefix;
- ``number``: each number of the input redrawn at random with the same number of
  digits (zeros where they were; a two-digit
  number no smaller than 10 and no larger, so a month, day, hour or minute stays one;
  a year its century, a mobile number its 1[3-9]), where the original's reading
  (as a quantity, or digit by digit) is found in order in the expected text; the
  new reading is put in its place, in the same style (our ``cardinal`` and
  ``read_digits``, themselves tested). Numbers with a leading zero or thousands
  separators, and cases whose number cannot be found in the reading, are left out;
- ``unit``: a unit after a number swapped for another of its class (元 -> 美元,
  公里 -> 米, 吨 -> 公斤, 天 -> 小时, 亩 -> 公顷, 升 -> 毫升, 个 -> 家, 人 -> 名), where each unit in the input
  follows a digit and in the expected reading follows a numeral, as often;
- ``context``: a neutral clause before or after the case (记者了解到，...);
- ``word``: a word swapped for another of the same role (电话 -> 热线, 增长 -> 下降).

A case whose variant cannot be derived safely is left out (its input already
has Han numerals, or the unit follows a 2 that may become 两). A miss means a
rule works for the exact string and not for its neighbours.

    .venv/bin/python benchmarks/bench_tn_variants.py [--misses KIND] [--system ours|offline] [--sources A,B]

Only dev cases are used; heldout cases are never looked at here.
"""

from __future__ import annotations

import argparse
import random
import re
import unicodedata
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_tn import Case, canonical, in_scope, load_cases, systems  # noqa: E402

from audiopaper.textnorm import cardinal, read_digits  # noqa: E402

HAN_DIGITS = "零一二三四五六七八九"
# 4-9 only: the digits whose reading never changes form (no 幺, 两, 十)
DIGIT_PERMUTATIONS = (
    {"4": "5", "5": "4", "6": "7", "7": "8", "8": "9", "9": "6"},
    {"6": "9", "9": "6", "7": "8", "8": "7"},
)
UNIT_CLASSES = (
    ("元", "美元", "欧元", "英镑", "日元"),
    ("公里", "米", "厘米", "毫米"),
    ("吨", "公斤", "克"),
    ("天", "小时", "分钟", "周"),
    ("平方米", "平方公里", "亩", "公顷"),
    ("升", "毫升", "立方米"),
    ("个", "家", "项", "座", "辆"),
    ("人", "名", "位"),
)
# a word of these classes is swapped only at a clause end, where it cannot start a compound (3个月)
COUNT_UNITS = UNIT_CLASSES[-2:]
# separated by a comma: words run on to a bare number change what it is (据统计15873690 is a count)
CONTEXTS = (("记者了解到，", ""), ("", "，记者了解到。"), ("据报道，", "。"))
SAME_ROLE_WORDS = {
    "电话": "热线", "热线": "电话", "增长": "下降", "下降": "增长", "上涨": "下跌", "下跌": "上涨",
    "今天": "昨天", "昨天": "今天", "公司": "企业", "约": "近", "共": "总共", "达到": "超过", "超过": "达到",
    "战胜": "击败", "击败": "战胜", "城市": "地区", "上午": "下午", "下午": "上午",
}  # fmt: skip
_NUMERAL = "零一二两三四五六七八九十百千万亿点"


@dataclass(frozen=True)
class Variant:
    kind: str
    case: Case
    written: str
    spoken: str


def _digit_variants(case: Case) -> Iterator[tuple[str, str]]:
    if re.search(f"[{HAN_DIGITS}两〇]", case.written) or not re.search(r"[4-9]", case.written):
        return
    for permutation in DIGIT_PERMUTATIONS:
        ascii_table = str.maketrans(permutation)
        han_table = str.maketrans({HAN_DIGITS[int(a)]: HAN_DIGITS[int(b)] for a, b in permutation.items()})
        written = case.written.translate(ascii_table)
        yield written, case.spoken.translate(ascii_table).translate(han_table)


_NUMBER_WORDS = "零一二两三四五六七八九十百千"
_READING_STYLES: tuple[Callable[[str], str], ...] = (
    cardinal, read_digits, lambda digits: read_digits(digits, one="幺"),
)
NUMBER_VARIANTS = 2


def _redrawn(digits: str, rng: random.Random) -> str:
    """Same length, zeros where the original has them, a year stays a plausible year."""
    if len(digits) <= 2:
        value = int(digits)
        low = 10 if value >= 10 else 1
        step = 10 if digits.endswith("0") else 1  # 90后 stays a decade
        choices = [v for v in range(low, value + 1) if v != 2 and (v % 10 == 0) == (step == 10)]
        return str(rng.choice(choices)) if choices else digits
    if len(digits) == 11 and digits[0] == "1":
        keep = 2  # a mobile number's 1[3-9]
    elif len(digits) == 4 and digits[0] in "12":
        keep = 2  # a year stays in its century
    else:
        keep = 0
    drawn = [rng.choice("123456789") if d != "0" else "0" for d in digits[keep:]]
    return digits[:keep] + "".join(drawn)


def _number_variants(case: Case) -> Iterator[tuple[str, str]]:
    written = unicodedata.normalize("NFKC", case.written)
    if re.search(f"[{HAN_DIGITS}两〇]", written) or re.search(r"\d,\d{3}|(?<!\d)0\d", written):
        return
    numbers = list(re.finditer(r"\d+", written))
    if not numbers:
        return
    spoken = canonical(case.spoken)
    rng = random.Random(case.written)
    for _ in range(NUMBER_VARIANTS):
        new_written, new_spoken, cursor, spoken_at = [], [], 0, 0
        for m in numbers:
            for style in _READING_STYLES:
                said = canonical(style(m.group(0)))
                at = spoken.find(said, spoken_at)
                after = spoken[at + len(said) : at + len(said) + 1]
                before = spoken[at - 1 : at] if at > 0 else ""
                # the whole reading, not part of a longer one (五 of 五十五); 万/亿 may follow
                if at >= 0 and (not after or after not in _NUMBER_WORDS) and (not before or before not in _NUMBER_WORDS + "万亿"):
                    break
            else:
                return  # this number's reading is not in the expected text as a whole
            # 110, 12345, 95555 read digit by digit name a service, not a shape of number
            service_line = style is not cardinal and len(m.group(0)) in (3, 5) and m.group(0)[0] in "19"
            other = m.group(0) if service_line else _redrawn(m.group(0), rng)
            new_written += [written[cursor : m.start()], other]
            new_spoken += [spoken[spoken_at:at], canonical(style(other))]
            cursor, spoken_at = m.end(), at + len(said)
        yield "".join(new_written) + written[cursor:], "".join(new_spoken) + spoken[spoken_at:]


def _unit_variants(case: Case) -> Iterator[tuple[str, str]]:
    for units in UNIT_CLASSES:
        alternation = "|".join(sorted(units, key=len, reverse=True))
        end = r"(?=$|[，。、；！？,.;!?\s])" if units in COUNT_UNITS else ""
        in_written = re.compile(rf"(?<=[\d万亿])({alternation}){end}")
        in_spoken = re.compile(rf"(?<=[{_NUMERAL}])({alternation}){end}")
        found = in_written.findall(case.written)
        if not found or found != in_spoken.findall(case.spoken):
            continue
        if re.search(rf"2({alternation})", case.written):
            continue  # 2个 is 两个, 2米 may be 二米: the 2's reading depends on the unit
        for other in units:
            if other in found:
                continue
            yield (in_written.sub(other, case.written), in_spoken.sub(other, case.spoken))
            break  # one other unit per class is enough


def _context_variants(case: Case) -> Iterator[tuple[str, str]]:
    for before, after in CONTEXTS:
        yield before + case.written + after, before + case.spoken + after


def _word_variants(case: Case) -> Iterator[tuple[str, str]]:
    for word, other in SAME_ROLE_WORDS.items():
        if case.written.count(word) == 1 and case.spoken.count(word) == 1 and other not in case.written:
            yield case.written.replace(word, other), case.spoken.replace(word, other)


KINDS: dict[str, Callable[[Case], Iterator[tuple[str, str]]]] = {
    "digits": _digit_variants,
    "number": _number_variants,
    "unit": _unit_variants,
    "context": _context_variants,
    "word": _word_variants,
}


def variants(case: Case) -> list[Variant]:
    made = []
    for kind, make in KINDS.items():
        for written, spoken in make(case):
            if written != case.written:
                made.append(Variant(kind, case, written, spoken))
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", metavar="KIND", help="list the variants missed ('all' for every kind)")
    parser.add_argument("--system", choices=("ours", "offline"), default="ours")
    parser.add_argument("--sources", metavar="A,B", help="only the dev cases of these bench_tn sources (default: all)")
    args = parser.parse_args()
    run = systems()["ours" if args.system == "ours" else "ours offline"]

    dev = [c for c in load_cases() if in_scope(c) and c.split == "dev"]
    if args.sources:
        dev = [c for c in dev if c.source in args.sources.split(",")]
    passed = [c for c in dev if canonical(run(c.written)) == canonical(c.spoken)]
    made = [v for c in passed for v in variants(c)]
    missed = [v for v in made if canonical(run(v.written)) != canonical(v.spoken)]
    print(f"{len(dev)} dev cases, {len(passed)} passed by {args.system}, {len(made)} variants")
    total, wrong = Counter(v.kind for v in made), Counter(v.kind for v in missed)
    print(f"{'kind':<10}{'variants':>9}{'passed':>9}")
    for kind in [*KINDS, "all"]:
        n = len(made) if kind == "all" else total[kind]
        m = len(missed) if kind == "all" else wrong[kind]
        if n:
            print(f"{kind:<10}{n:>9}{(n - m) / n:>9.3f}")
    if args.misses:
        print(f"\nmisses ({args.misses}): variant | {args.system} | expected   [source case]")
        for v in missed:
            if args.misses in ("all", v.kind):
                print(f"  {v.kind:<8}{v.written} | {run(v.written)} | {v.spoken}   [{v.case.source}: {v.case.written}]")


if __name__ == "__main__":
    main()
