"""A printed line of an OCR page as the segmenter reads it: its text, the layout around it (a blank
line or a paragraph indent before it, the head of a column of briefs) and the line labeller's reading.
`ocr` reads a page into these lines; `labeller` and `headlines` read them too.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import patterns as p


@dataclass
class Line:
    index: int  # position among the page's lines
    text: str  # stripped, runs of spaces collapsed
    blank_before: bool = False
    column_head: bool = False  # 简讯/短讯: the head of a column of briefs
    after_furniture: bool = False  # an editor's line (责任编辑：X) between stories came just before
    label_probs: dict[str, float] | None = None  # the line labeller's reading, when a model is installed
    indented: bool = False  # opens with a paragraph indent (two ideographic spaces): prose, never a deck line
    traditional: bool = False  # printed in traditional characters, read here in simplified (script_view)
    after_editor: bool = False  # that furniture line was an editor's credit (责任编辑：X), which closes a story

    @property
    def size(self) -> int:
        return len(p.compact(self.text))

    @property
    def set_width(self) -> float:
        """The line's width in ideographs: Latin letters and digits are set half as wide."""
        return text_width(self.text)

    def prob(self, *classes: str) -> float:
        """The labeller's probability that the line is one of *classes* (0.5 without a model)."""
        if self.label_probs is None:
            return 0.5
        return sum(self.label_probs[c] for c in classes)


_PRINTABLE_ASCII = re.compile(r"[\x21-\x7e]")


@functools.lru_cache(maxsize=p.TEXT_CACHE_SIZE)  # asked of each line many times, by many rules
def text_width(text: str) -> float:
    """A line's width in ideographs: Latin letters and digits are set half as wide."""
    return len(p.compact(text)) - len(_PRINTABLE_ASCII.findall(text)) / 2
