"""A simplified view of a traditional-script page, and the way back to its own characters.

The word checks (jieba's dictionary and tags), the regexes and the trained models all
know simplified characters best, so a page in traditional script (Hong Kong, Macao,
Taiwan papers) is segmented as its simplified view: converted character for character
(OpenCC t2s), each line keeping its length. The stories found are then given back the
page's own characters (`ScriptView.original`). A simplified page pays nothing: OpenCC is
loaded only for a page holding traditional-only characters.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..simplified import to_simplified
from . import patterns as p

# Common characters written only in traditional script: one of them marks a page to convert.
_TRADITIONAL_ONLY = p.COMMON_TRADITIONAL_ONLY | {trad for simp, trad in p.TRADITIONAL_FORMS.items() if trad != simp}

_CONTEXT = (6, 3, 1)  # characters either side that place an ambiguous character on the page


class ScriptView:
    """The page's text as segmented (*text*) and the mapping back to the page's characters."""

    def __init__(self, page_text: str):
        self.text = page_text
        self._changed: dict[str, Counter[str]] = {}
        self.traditional_lines: frozenset[int] = frozenset()  # indexes (text.split("\n")) of converted lines
        if not any(char in _TRADITIONAL_ONLY for char in page_text):
            return
        converter = to_simplified()
        lines = []
        for line in page_text.split("\n"):
            simplified = converter.convert(line)
            lines.append(simplified if len(simplified) == len(line) else line)  # char for char, or not at all
        self.traditional_lines = frozenset(n for n, (a, b) in enumerate(zip(lines, page_text.split("\n"))) if a != b)
        self.text = "\n".join(lines)
        pairs = [(s, o) for s, o in zip(self.text, page_text) if not s.isspace()]
        self._simplified = "".join(s for s, _ in pairs)
        self._original = "".join(o for _, o in pairs)
        sources: dict[str, Counter[str]] = defaultdict(Counter)
        for s, o in pairs:
            sources[s][o] += 1
        self._changed = {s: found for s, found in sources.items() if set(found) != {s}}

    def original(self, text: str) -> str:
        """*text*, taken from the view, in the page's own characters."""
        if not self._changed or not text:
            return text
        compact = [(i, c) for i, c in enumerate(text) if not c.isspace()]
        chars = "".join(c for _, c in compact)
        out = list(text)
        for j, (i, char) in enumerate(compact):
            found = self._changed.get(char)
            if found is not None:
                out[i] = next(iter(found)) if len(found) == 1 else self._in_context(chars, j, found)
        return "".join(out)

    def _in_context(self, chars: str, j: int, found: Counter[str]) -> str:
        """The page's character where *chars* [j] and its neighbours stand on the page; the
        commonest if they stand in several places that disagree or nowhere (text squeezed)."""
        for reach in _CONTEXT:
            lo = max(0, j - reach)
            window = chars[lo : j + reach + 1]
            seen = set()
            at = self._simplified.find(window)
            while at >= 0 and len(seen) < 2:
                seen.add(self._original[at + j - lo])
                at = self._simplified.find(window, at + 1)
            if seen:
                if len(seen) == 1:
                    return seen.pop()
                break  # a narrower window cannot tell them apart either
        return found.most_common(1)[0][0]
