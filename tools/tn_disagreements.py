"""Mine real news text for misreadings: where our normalization and wetext read a clause differently.

Every clause (split at ，。；！？ and the like, not inside 10,000) of the segmentation dev articles
(``tools/segdev/articles/dev``; never ``articles/test``) that holds a digit or a
sign around one (% ％ ¥ $ € £ ₩ : - / · ~ …) is read by ours (the offline voice)
and by plain wetext (its TN normalizer). Latin words and letter-digit codes are
first put as a neutral word (``bench_tn_disagree.without_latin``), since only
how the numbers are read is compared, after ``bench_tn``'s trivial folds. The
clauses read differently are grouped by the pattern around their first number
(``CATEGORIES``: money, percent, date, time, score, range, phone, year, ...);
a clause whose readings differ only by 两 for 二 is put in ``two``, a choice
(README, textnorm docstring), not an error. Which side is right is for a person
to judge, by an announcer's reading; ``--show N`` lists N clauses per category.

    PYTHONPATH=. .venv/bin/python tools/tn_disagreements.py [--show N] [--category NAME] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_tn import canonical  # noqa: E402
from bench_tn_disagree import news_inputs, without_latin  # noqa: E402

from audiopaper import textnorm  # noqa: E402

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
    if canonical(ours).replace("两", "二") == canonical(theirs).replace("两", "二"):
        return "two"
    text = textnorm._fold_width(clause)
    for name, pattern in CATEGORIES:
        if pattern.search(text):
            return name
    return "no number"


def clauses(sentences: list[str]) -> list[str]:
    found = {without_latin(c.strip()) for s in sentences for c in _CLAUSE_END.split(s)}
    return sorted(c for c in found if _WORTH_COMPARING.search(textnorm._fold_width(c)))


def disagreements(texts: list[str]) -> dict[str, list[tuple[str, str, str]]]:
    """category -> [(clause, ours, wetext)] for every clause the two read differently."""
    from wetext import Normalizer

    wetext = Normalizer(lang="zh", operator="tn")
    groups: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for clause in texts:
        ours, theirs = textnorm.normalize(clause), wetext.normalize(clause)
        if canonical(ours) != canonical(theirs):
            groups[category(clause, ours, theirs)].append((clause, ours, theirs))
    return groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="list this many clauses of each category")
    parser.add_argument("--category", help="list only this category")
    parser.add_argument("--json", type=Path, help="write every disagreement here, by category")
    args = parser.parse_args()
    texts = clauses(news_inputs())
    groups = disagreements(texts)
    total = sum(len(items) for items in groups.values())
    print(f"{len(texts)} clauses with a digit, {total} read differently ({total / max(len(texts), 1):.1%})")
    for name, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        if args.category and name != args.category:
            continue
        print(f"{len(items):>6}  {name}")
        for clause, ours, theirs in items[: args.show]:
            print(f"          {clause}\n            ours:   {ours}\n            wetext: {theirs}")
    if args.json:
        args.json.write_text(json.dumps(groups, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
