"""Text as it may travel: no control characters, and names on one line.

Control characters break XML (lxml refuses them), subtitles and ID3 tags;
they are dropped from page text at ingest and from options and settings on
load. Line-like separators become newlines first, so pages keep their breaks.
"""

from __future__ import annotations

import re

_LINE_BREAKS = re.compile("[\x0b\x0c\x85\u2028\u2029]|\r\n?")
# C0 but tab and newline, DEL, C1, and what XML 1.0 cannot carry at all
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def strip_controls(text: str) -> str:
    """*text* with line-like separators as "\\n" and every other control character dropped."""
    return _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))


def is_multiline(text: str) -> bool:
    return "\n" in strip_controls(text)


def one_line(value: str) -> str:
    """*value* without control characters; ValueError if it spans lines."""
    if is_multiline(value.strip()):
        raise ValueError(f"must be one line, got {value!r}")
    return strip_controls(value)
