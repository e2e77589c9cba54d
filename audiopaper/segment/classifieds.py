"""Classified ads: a section head, then ads, each an optional category line
(店面出租) and a text that usually opens with the ad's number (8437……)."""

from __future__ import annotations

import re

from . import patterns as p


def split_ads(lines: list[str]) -> tuple[str, list[str]]:
    """Return (section head or "", one display string per ad)."""
    head = ""
    squeezed = [p.squeeze(line) for line in lines]
    if squeezed and p.CLASSIFIEDS_HEAD.match(squeezed[0]) and not p.AD_HEADER_WORDS.search(squeezed[0]):
        head, squeezed = squeezed[0], squeezed[1:]
    ads: list[str] = []
    category = ""
    text: list[str] = []

    def flush() -> None:
        nonlocal category, text
        if text:
            body = p.join_lines(text)
            ads.append(f"{category}：{body}" if category else body)
        elif category:
            ads.append(category)
        category, text = "", []

    for line in squeezed:
        if _is_category(line):
            flush()
            category = line
        elif p.AD_NUMBER.match(line) and text and _ad_complete(text):
            flush()
            text = [line]
        else:
            text.append(line)
    flush()
    return head, ads


def _is_category(line: str) -> bool:
    return (
        not re.search(r"\d", line)
        and not re.search(r"[，,。；;：:]", line)
        and len(line) <= 14
        and bool(p.AD_HEADER_WORDS.search(line) or p.CLASSIFIEDS_HEAD.match(line))
    )


def _ad_complete(text: list[str]) -> bool:
    """An ad number only opens a new ad once the current ad has said something."""
    joined = "".join(text)
    return bool(re.search(r"[。]|\d{6,}", joined)) or len(joined) > 12
