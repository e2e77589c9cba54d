"""Whether a short line in a person's name's shape (a surname and one to three characters) names
someone: the dictionary tells a writer's name from words that only look like one."""

from __future__ import annotations

from ..jieba_loader import loaded_posseg
from . import patterns as p


def words_not_a_name(text: str) -> bool:
    """A short line in a name's shape that the dictionary reads as words, none a person's name:
    a label (时代先锋, 黄河故事, 万家灯火), not a writer (王军锐, 张建国, 欧阳晓明)."""
    words = list(loaded_posseg().cut(p.compact(text), HMM=False))
    return all(len(w.word) >= 2 and not w.flag.startswith("nr") for w in words)
