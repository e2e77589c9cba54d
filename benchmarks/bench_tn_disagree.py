"""Where our normalization and plain wetext read an input differently, grouped by our rule that made it so.

No reference is needed: the inputs are sentences nobody wrote a reading for,
so a rule can be judged on text it was not fitted to. Three sets of inputs, all
read from git-ignored data (a set whose data is absent is said so and skipped):

- ``news``: sentences with a digit from the segmentation dev articles
  (``tools/segdev/articles/dev``, as ``bench_tn_news.py`` reads them);
- ``variants``: the variants ``bench_tn_variants.py`` makes of every dev case of
  the five suites (not only those we pass);
- ``speechio``: the inputs of SpeechIO's dev cases (``benchmarks/.tn-data``);
- ``shapes``: inputs shaped like other projects' test cases (a bare number, a
  measure, money with a sign, a date, a time, a fraction, a sum, a score, a
  range, a two-digit year, a phone number after its word, a short news clause),
  drawn at random with a fixed seed; made here, they need no data;
- ``news-clauses`` (not read by default): the news sentences cut into clauses
  at ，。；！？ (not inside 10,000 or 9:30), so one misreading is one short line.

Held-out cases are never read. Both systems' outputs get ``bench_tn``'s trivial
folds before they are compared; ``ours`` is the text for a voice that reads
Latin. A Latin word or letter-digit code that the Latin-reading voice keeps as
written (C919, 5G, COVID-19) is that voice's convention, which wetext does not
share, so in every input it is first put in place of a neutral word (某), and the
two systems differ only in how they read everything else. For each input read differently, every rule of
``_SYMBOL_RULES`` and ``_PRE_RULES`` that changed the text is noted (a debug
hook set up here, not in the library), and the input is put in the group of the
first fired rule whose removal alone makes ours agree with wetext; otherwise in
the group of all the rules that fired ("no rule": the clause split or the final
pass made the difference). Which side is right is for a person to judge:
``--show`` lists each group's sentences. ``--by pattern`` groups them instead by
the pattern around the first number (``CATEGORIES``: money, percent, date, time,
score, range, phone, year, ...), with readings that differ only by 两 for 二 in
``two``, a convention (README), not an error.

    .venv/bin/python benchmarks/bench_tn_disagree.py [--inputs news,variants,speechio,shapes,news-clauses]
        [--by rule|pattern] [--show N] [--group TEXT]
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_tn import ROOT, canonical, in_scope, load_cases  # noqa: E402

from audiopaper import textnorm  # noqa: E402

NEWS = ROOT / "tools" / "segdev" / "articles" / "dev"
FIVE_SUITES = ("wetext", "paddlespeech", "nemo", "cn2an", "forge")
_RULE_LISTS = ("_SYMBOL_RULES", "_PRE_RULES")


def news_inputs() -> list[str]:
    if not NEWS.is_dir():
        print(f"news: no articles at {NEWS} (git-ignored segmentation data); skipped", file=sys.stderr)
        return []
    found = set()
    for path in sorted(NEWS.glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        for paragraph in [article.get("title") or "", article.get("lead") or "", *(article.get("paragraphs") or [])]:
            for sentence in re.split(r"(?<=[。！？])", paragraph):
                sentence = sentence.strip()
                if re.search(r"[0-9０-９]", sentence) and not re.search(r"[{}|]|https?://", sentence):
                    found.add(sentence)
    return sorted(found)


def variant_inputs() -> list[str]:
    from bench_tn_variants import variants

    dev = [c for c in load_cases() if c.source in FIVE_SUITES and c.split == "dev" and in_scope(c)]
    return sorted({v.written for c in dev for v in variants(c)})


def speechio_inputs() -> list[str]:
    return sorted({c.written for c in load_cases() if c.source == "speechio" and c.split == "dev" and in_scope(c)})


def _digits(rng: random.Random, low: int, high: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(rng.randint(low, high) - 1))


def _decimal(rng: random.Random) -> str:
    return f"{_digits(rng, 1, 4)}.{rng.randint(0, 99):0{rng.choice((1, 2))}d}"


_UNIT_WORDS = ("kg", "km", "m", "cm", "mm", "g", "t", "L", "ml", "h", "min", "s", "km/h", "m²", "km²", "℃", "°C", "%",
               "元", "人", "吨", "亩", "个", "米", "公里", "岁", "天", "年", "万元", "亿元", "次", "家", "台", "辆", "项")  # fmt: skip
_MONEY_SIGNS = ("￥", "$", "€", "£", "HK$", "US$", "CNY", "HKD", "USD", "EUR", "JPY", "₩", "¥")


def _shaped(kind: str, rng: random.Random) -> str:
    r, number = rng, lambda: r.choice((_digits(r, 1, 4), _decimal(r)))
    if kind == "number":
        return _digits(r, 1, 12)
    if kind == "signed":
        return r.choice("-+") + number()
    if kind == "measure":
        return number() + r.choice(("", " ")) + r.choice(_UNIT_WORDS)
    if kind == "money":
        return r.choice(_MONEY_SIGNS) + r.choice((_digits(r, 1, 6), _decimal(r)))
    if kind == "percent":
        return r.choice(("增长", "下降", "占", "达", "约", "")) + number() + "%"
    if kind == "date":
        y, mo, d = r.randint(1990, 2030), r.randint(1, 12), r.randint(1, 28)
        return r.choice((f"{y}-{mo:02d}-{d:02d}", f"{y}/{mo}/{d}", f"{y}.{mo:02d}.{d:02d}", f"{y}年{mo}月{d}日",
                         f"{mo}月{d}日", f"{mo}月{d}号", f"{y}年", f"{y}年{mo}月"))  # fmt: skip
    if kind == "time":
        h, mi, se = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
        return r.choice((f"{h}:{mi:02d}", f"{h}:{mi:02d}:{se:02d}", f"{r.randint(1, 12)}:{mi:02d} {r.choice(('am', 'pm'))}", f"{h}点{mi}分"))
    if kind == "fraction":
        a, b = r.randint(1, 20), r.randint(2, 100)
        return r.choice((f"{a}/{b}", f"{a} / {b}", f"{r.randint(1, 9)}分之{r.randint(1, 9)}", f"约{a}/{b}的人"))
    if kind == "sum":
        a, b = r.randint(0, 99), r.randint(0, 99)
        return r.choice((f"{a}{r.choice('+-×÷*')}{b}={r.randint(0, 999)}", f"{a} {r.choice('<>≤≥=≠≈')} {b}", f"{a}+{b}", f"{r.randint(1, 9)}^{r.randint(2, 9)}"))
    if kind == "score":
        return r.choice(("中国", "巴西队", "湖人", "中国女排")) + f"{r.randint(0, 5)}-{r.randint(0, 5)}" + r.choice(("", "战胜对手", "，"))
    if kind == "range":
        return f"{r.randint(1, 50)}{r.choice('-~～—')}{r.randint(51, 99)}" + r.choice(("", "人", "天", "%", "元", "度", "岁"))
    if kind == "short year":
        return f"{r.randint(10, 99)}年" + r.choice(("", "出生", "的时候", "以来"))
    if kind == "phone":
        shapes = ("1" + r.choice("3456789") + _digits(r, 9, 9), "0" + _digits(r, 2, 3) + "-" + _digits(r, 7, 8), _digits(r, 7, 8))
        return r.choice(("电话", "热线", "手机", "拨打")) + r.choice(shapes)
    opening = r.choice(("全年", "截至目前，", "据统计，", "共有", "今年"))
    measure = r.choice(("人", "万人", "亿元", "件", "个项目", "辆车", "名", "吨", "平方米", ""))
    return opening + number() + measure + r.choice(("。", f"，同比增长{_decimal(r)}%。", ""))


SHAPES = ("number", "signed", "measure", "money", "percent", "date", "time", "fraction", "sum", "score", "range",
          "short year", "phone", "clause")  # fmt: skip
SHAPES_EACH = 120


def shaped_inputs() -> list[str]:
    rng = random.Random(7)
    return sorted({_shaped(kind, rng) for kind in SHAPES for _ in range(SHAPES_EACH)})


# (an ASCII comma or a colon before a digit is a thousands separator or a time: 10,000元, 9:30)
_CLAUSE_END = re.compile(r"(?<=[，。；！？;!?])|(?<=[,:：])(?!\s?\d)")
_WORTH_COMPARING = re.compile(r"[0-9０-９]")
_N = r"\d[\d,.]*"
_CURRENCY = r"[¥￥$€£₩]|US\$|HK\$"
_MONEY_WORD = r"(?:[万亿千百])?(?:元|美元|港元|港币|欧元|英镑|日元|卢布|韩元|澳元|块|人民币)"
_UNIT = (r"(?:[万亿千百])?(?:吨|千克|公斤|克|斤|米|公里|千米|厘米|毫米|平方米|平方公里|亩|公顷|升|毫升|立方米|度|千瓦|瓦|"
         r"千瓦时|伏|摄氏度|℃|小时|分钟|秒|天|周|个月|岁|倍|km|kg|m|cm|mm|g|t|L|MW|GW|kW|kWh|Hz|GB|TB|MB)")  # fmt: skip
# measure words: those after which a lone 2 is 两 (textnorm), and a few more that count
_MEASURE_WORD = r"(?:[万亿千百])?(?:" + textnorm._LIANG_MEASURES + r"|例|届|期|号|列|册)"

# (category, pattern) in order: the first whose pattern finds a number names the clause.
CATEGORIES: list[tuple[str, re.Pattern[str]]] = [
    ("phone", re.compile(r"(?:电话|热线|手机|拨打|咨询|传真|Tel|☎)[^，。\d]{0,6}\d|1[3-9]\d{9}|0\d{2,3}-\d{7,8}|[48]00-?\d{3}-?\d{4}", re.I)),
    ("percent", re.compile(_N + r"\s*[%％﹪‰]|百分之")),
    ("money", re.compile(rf"(?:{_CURRENCY})\s*\d|{_N}\s*{_MONEY_WORD}|\d\s*(?:USD|HKD|RMB|CNY|EUR)")),
    ("date", re.compile(r"\d{1,4}年\d{1,2}月|\d{1,2}月\d{1,2}[日号]|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[.·]\d{1,2}(?=[^\d])")),
    ("time", re.compile(r"\d{1,2}[:：]\d{2}(?![:：]?\d*\s*[比])|\d{1,2}[时点](?:\d{1,2}分|许|半)")),
    ("score", re.compile(r"\d+\s*[:：∶比-]\s*\d+")),
    ("range", re.compile(rf"{_N}\s*[-~～—–至到]\s*{_N}")),
    ("fraction", re.compile(r"\d+\s*/\s*\d+|\d+分之")),
    ("year", re.compile(r"(?<!\d)\d{2}(?:\d{2})?年")),
    ("ordinal", re.compile(r"第\s*\d")),
    ("version", re.compile(r"[Vv]\d|\d+\.\d+\.\d+|版本?\s*\d")),
    ("name number", re.compile(r"\d+\s*[·•]\s*\d+|双\d|\d{2,}(?:新政|工程|计划|行动|战略|高校|工作制)")),
    ("money", re.compile(r"\d\s*(?:万|亿)?(?:元)")),
    ("measure", re.compile(rf"{_N}\s*{_UNIT}")),
    ("count", re.compile(rf"{_N}\s*{_MEASURE_WORD}")),
    ("code", re.compile(r"\d{5,}|[A-Za-z某]\d|\d[A-Za-z某]|\d{3,}号")),
    ("decimal", re.compile(r"\d+\.\d+")),
    ("cardinal", re.compile(r"\d")),
]


def category(clause: str, ours: str, theirs: str) -> str:
    """The pattern around *clause*'s first number; ``two`` if the readings differ only by 两 for 二 (a choice)."""
    if canonical(ours).replace("两", "二") == canonical(theirs).replace("两", "二"):
        return "two"
    text = textnorm._fold_width(clause)
    for name, pattern in CATEGORIES:
        if pattern.search(text):
            return name
    return "no number"


def clauses(sentences: list[str]) -> list[str]:
    """The clauses of *sentences* (split at ，。；！？, not inside 10,000 or 9:30) that hold a digit."""
    found = {without_latin(c.strip()) for s in sentences for c in _CLAUSE_END.split(s)}
    return sorted(c for c in found if _WORTH_COMPARING.search(textnorm._fold_width(c)))


INPUTS: dict[str, Callable[[], list[str]]] = {
    "news": news_inputs, "variants": variant_inputs, "speechio": speechio_inputs, "shapes": shaped_inputs,
    "news-clauses": lambda: clauses(news_inputs()),
}


_NEUTRAL_WORD = "某"


def without_latin(text: str) -> str:
    """*text* with each Latin token the Latin-reading voice keeps as written put as a neutral word
    (a unit after a number and a currency code or sign stay: every voice reads them)."""
    text = textnorm._fold_width(text)
    if not re.search("[A-Za-z]", text):
        return text

    def mask(m: re.Match[str]) -> str:
        number, word = m.group(1), m.group(2)
        letters = re.match("[A-Za-z]+", word).group(0)  # type: ignore[union-attr]
        if number and word in textnorm._LATIN_UNITS or letters in textnorm._CURRENCY_SIGNS or text.startswith("$", m.end()):
            return m.group(0)
        return number + _NEUTRAL_WORD if number and number[-1].isspace() else _NEUTRAL_WORD

    return textnorm._LATIN_TOKEN.sub(mask, textnorm._ADDRESS_RE.sub(_NEUTRAL_WORD, text))


def _rule_labels() -> dict[tuple[str, int], str]:
    """(list name, index) -> "L<line> <the comment above the rule>", read from textnorm's source."""
    source = Path(textnorm.__file__).read_text(encoding="utf-8")
    lines = source.splitlines()
    labels = {}
    for node in ast.parse(source).body:
        target = getattr(node, "target", None) or (node.targets[0] if isinstance(node, ast.Assign) else None)
        name = getattr(target, "id", "")
        if name not in _RULE_LISTS or not isinstance(node.value, ast.List):
            continue
        for index, element in enumerate(node.value.elts):
            line = element.lineno - 1
            comment = ""
            while line > 0 and lines[line - 1].strip().startswith("#"):
                line -= 1
                comment = lines[line].strip().lstrip("# ")
            labels[(name, index)] = f"L{element.lineno} {comment[:80]}"
    return labels


class _TracedPattern:
    """A rule's pattern that notes when it changed the text; off, it changes nothing."""

    def __init__(self, pattern: re.Pattern[str], label: str, fired: list[str]) -> None:
        self.pattern, self.label, self.fired, self.off = pattern, label, fired, False

    def sub(self, replacement: object, text: str) -> str:
        if self.off:
            return text
        out = self.pattern.sub(replacement, text)  # type: ignore[call-overload]
        if out != text:
            self.fired.append(self.label)
        return out


def traced_rules() -> tuple[list[str], dict[str, _TracedPattern]]:
    """Swap every rule's pattern for a traced one (the letter-code rule stays: normalize skips it by identity)."""
    fired: list[str] = []
    traced: dict[str, _TracedPattern] = {}
    labels = _rule_labels()
    for name in _RULE_LISTS:
        rules = getattr(textnorm, name)
        for index, (pattern, replacement) in enumerate(rules):
            if pattern is textnorm._LETTER_CODE_RE:
                continue
            label = labels.get((name, index), f"{name}[{index}]")
            traced[label] = _TracedPattern(pattern, label, fired)
            rules[index] = (traced[label], replacement)
    return fired, traced


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", default="news,variants,speechio,shapes", help="comma-separated: " + ", ".join(INPUTS))
    parser.add_argument("--show", type=int, default=0, help="list this many inputs of each group")
    parser.add_argument("--group", help="list only groups whose label holds this text")
    parser.add_argument("--by", choices=("rule", "pattern"), default="rule",
                        help="group by the rule that made ours differ, or by the pattern around the number")
    args = parser.parse_args()

    from wetext import Normalizer

    wetext = Normalizer(lang="zh", operator="tn")
    fired, traced = traced_rules()

    def ours(text: str) -> str:
        return textnorm.normalize(text, reads_latin=True)

    groups: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for kind in args.inputs.split(","):
        inputs = list(dict.fromkeys(without_latin(t) for t in INPUTS[kind]()))
        differ = 0
        for text in inputs:
            fired.clear()
            our_reading = ours(text)
            rules = list(dict.fromkeys(fired))
            theirs = wetext.normalize(text)
            if canonical(our_reading) == canonical(theirs):
                continue
            differ += 1
            if args.by == "pattern":
                groups[category(text, our_reading, theirs)].append((kind, text, our_reading, theirs))
                continue
            cause = None
            for label in rules:
                traced[label].off = True
                try:
                    agrees = canonical(ours(text)) == canonical(theirs)
                finally:
                    traced[label].off = False
                if agrees:
                    cause = label
                    break
            key = cause or (" + ".join(rules) if rules else "no rule (clause split or final pass)")
            groups[key].append((kind, text, our_reading, theirs))
        print(f"{kind}: {len(inputs)} inputs, {differ} read differently ({differ / max(len(inputs), 1):.1%})")

    heading = "rule whose removal makes ours agree with wetext" if args.by == "rule" else "pattern around the number"
    print(f"\n{'n':>5}  group ({heading})")
    for key, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        if args.group and args.group not in key:
            continue
        print(f"{len(items):>5}  {key}")
        for kind, text, our_reading, theirs in items[: args.show]:
            print(f"         [{kind}] {text}\n           ours:   {our_reading}\n           wetext: {theirs}")


if __name__ == "__main__":
    main()
