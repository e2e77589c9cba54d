"""Shapes of Chinese newspaper text that segmentation (`segment.patterns`) and speech
normalization (`textnorm`) both recognise: the ideographs, layout spaces, phone numbers
and the numbers that open classified ads. One definition each, so the stage that finds
an ad and the stage that reads it aloud agree on what they are looking at."""

from __future__ import annotations

import functools
import re

# ---- ideographs ---------------------------------------------------------------------------
#: The CJK ideographs of the Basic Multilingual Plane, as the body of a regex class:
#: extension A (it ends at U+4DBF: U+4DC0-U+4DFF are the Yijing hexagram symbols),
#: the unified block and the compatibility ideographs.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_CHAR = re.compile(f"[{HAN}]")

# ---- layout spaces --------------------------------------------------------------------------
#: Spaces a page is set with: ASCII and ideographic spaces, no-break, en to hair spaces, zero width.
LAYOUT_SPACES = re.compile(r"[ \t\u3000\u00a0\u2002-\u200b]+")
_ALNUM = "A-Za-z0-9"
#: How a Latin word on the page may end and start (class bodies): it keeps its
#: punctuation, as in "Hello, world" and "(see p. 3)".
WORD_END = "A-Za-z0-9.,;:!?%'\")\\]"
WORD_START = "A-Za-z0-9(\"'\\["
_UNWANTED_SPACE = re.compile(rf"(?<![{WORD_END}]) | (?![{WORD_START}])")
_UNWANTED_SPACE_FOR_SPEECH = re.compile(rf"(?<![{_ALNUM}]) | (?![{_ALNUM}])")


@functools.lru_cache(maxsize=4096)  # a pure function segmentation asks of the same lines many times
def squeeze(text: str, *, for_speech: bool = False) -> str:
    """Drop layout spaces: keep one only where two Latin words (or numbers) meet.

    For speech only letters and digits count as a word's edge, so the spaces the
    layout put inside a number go too (9: 30 -> 9:30, 1, 000 -> 1,000)."""
    text = LAYOUT_SPACES.sub(" ", text.strip())
    return (_UNWANTED_SPACE_FOR_SPEECH if for_speech else _UNWANTED_SPACE).sub("", text)


# ---- phone numbers --------------------------------------------------------------------------
#: A mobile number, also with the spaces or hyphens some pages print: 138 1234 5678.
MOBILE = r"1[3-9]\d(?:[-\s]?\d{4}){2}"
#: A landline with its area code, maybe bracketed, maybe with an extension:
#: (0570)8012345, 0570-8012345-801.
LANDLINE = r"[(（]?0\d{2,3}[)）]?\s?[-‐–—]?\s?[1-9]\d{6,7}(?:-\d{1,5})?"
#: A 400/800 service line, its seven digits grouped either way: 400-123-4567, 400-6666-888.
SERVICE_LINE = r"[48]00[-\s]?(?:\d{3}[-\s]?\d{4}|\d{4}[-\s]?\d{3})"
#: A local number without its area code; only a phone number where the context says so
#: (in an ad, after 电话, alone between commas).
LOCAL_NUMBER = r"\d{6,8}"
# Not part of a longer number nor of a decimal; a full stop may follow.
_ALONE_BEFORE, _ALONE_AFTER = r"(?<![\d.])", r"(?!\.?\d)"

#: A phone number anywhere in running text.
PHONE_NUMBER = re.compile(rf"{_ALONE_BEFORE}(?:{LANDLINE}|{MOBILE}|{SERVICE_LINE}){_ALONE_AFTER}")
#: A phone number in a classified ad, where any 6-8 digit number is one.
AD_PHONE_NUMBER = re.compile(
    rf"{_ALONE_BEFORE}(?:{LANDLINE}|{MOBILE}|{SERVICE_LINE}|{LOCAL_NUMBER}){_ALONE_AFTER}"
)
MOBILE_NUMBER = re.compile(rf"{_ALONE_BEFORE}{MOBILE}{_ALONE_AFTER}")

# ---- classified ads -------------------------------------------------------------------------
#: The number that opens a classified ad (8425招会计, "8437，店面出租"): 3-5 digits at the
#: start of a line, not a quantity or a date (1500平米, 2020年), with something after it.
#: group(1) is the number; the match also takes the commas and spaces after it.
AD_NUMBER = re.compile(r"^(\d{3,5})(?![\d㎡平米年月日号%.．万亿元个名间层岁])(?=\s*\S)[，,\s]*", re.M)
