"""A simplified-script view of a traditional-script page (Hong Kong, Macao and Taiwan
papers, Big5 pages), and the way back to the page's own characters.

The segmenter's patterns, word overlaps and word segmentation are written for simplified
text, and its trained models learnt mostly from it. A traditional-script page is therefore
segmented in its simplified view (OpenCC t2s, converted once per page): it reads exactly
as the same page printed in simplified characters would. Every text the segmenter returns
is then put back into the page's own characters, so nothing of the original is lost or
changed. The view keeps every character in its place (one character for one), so a text
cut from it can be traced back to where it stands on the page.

A page reads as traditional script when enough of its ideographs have another
simplified form; a simplified page (and a simplified page quoting a traditional name)
is left as it is, so its reading does not change at all.
"""

from __future__ import annotations

import collections
import functools
import logging
import re
from dataclasses import dataclass, field

from . import patterns as p

log = logging.getLogger(__name__)

# The share of a page's ideographs that t2s changes before the page counts as traditional
# script: running traditional text changes about one in five, simplified text none (a
# traditional name or a quote in a simplified story changes a handful of characters).
TRADITIONAL_SHARE = 0.05
_HAN = re.compile(f"[{p.CJK}]")
_CONTEXT = (8, 4, 2, 1)  # characters either side of an ambiguous character, widest first


@functools.cache
def _converter():
    import opencc  # about 25 ms and 3 MB

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """*text* in simplified characters, one for one: a line whose phrase conversion would
    change its length is converted a character at a time."""
    convert = _converter().convert
    lines = text.split("\n")
    whole = convert(text).split("\n")
    if len(whole) == len(lines) and all(len(a) == len(b) for a, b in zip(whole, lines)):
        return "\n".join(whole)
    out: list[str] = []
    for line in lines:
        converted = convert(line)
        if len(converted) != len(line):
            converted = "".join(c if len(c := convert(char)) == 1 else char for char in line)
        out.append(converted)
    return "\n".join(out)


@dataclass(frozen=True)
class ScriptView:
    """The text the segmenter reads (*text*), and the page it stands for (*original*)."""

    original: str
    text: str
    # view character -> the page's characters it stands for, commonest first
    _originals: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    _flat_view: str = field(default="", repr=False, compare=False)
    _flat_original: str = field(default="", repr=False, compare=False)

    @property
    def converted(self) -> bool:
        return self.text != self.original

    def restore(self, text: str) -> str:
        """A text the segmenter cut from the view, in the page's own characters."""
        if not self.converted or not text:
            return text
        out: list[str] = []
        for k, char in enumerate(text):
            originals = self._originals.get(char)
            if not originals:
                out.append(char)
            elif len(originals) == 1:
                out.append(originals[0])
            else:  # 里 for 裡 and for 公里's 里: where it stands on the page decides
                out.append(self._locate(text, k, originals))
        return "".join(out)

    def _locate(self, text: str, k: int, originals: tuple[str, ...]) -> str:
        before = "".join(c for c in text[:k] if not c.isspace())
        after = "".join(c for c in text[k + 1 :] if not c.isspace())
        for width in _CONTEXT:
            for left, right in ((width, width), (width, 0), (0, width)):
                if (left and len(before) < left) or (right and len(after) < right):
                    continue
                pattern = before[len(before) - left :] + text[k] + after[:right]
                found = collections.Counter(
                    self._flat_original[m.start() + left] for m in re.finditer(f"(?={re.escape(pattern)})",
                                                                               self._flat_view))
                if found:
                    return found.most_common(1)[0][0]
        return originals[0]


def script_view(text: str) -> ScriptView:
    """The page's simplified view when it reads as traditional script, else the page itself."""
    view = to_simplified(text)
    changed = sum(a != b for a, b in zip(text, view))
    han = len(_HAN.findall(text))
    if not han or changed < TRADITIONAL_SHARE * han:
        return ScriptView(text, text)
    seen: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for original, simplified in zip(text, view):
        seen[simplified][original] += 1
    originals = {char: tuple(c for c, _ in counts.most_common()) for char, counts in seen.items()
                 if set(counts) != {char}}
    flat = [(a, b) for a, b in zip(text, view) if not a.isspace()]
    log.debug("reading a traditional-script page in simplified characters (%d of %d ideographs)", changed, han)
    return ScriptView(text, view, originals, "".join(b for _, b in flat), "".join(a for a, _ in flat))
