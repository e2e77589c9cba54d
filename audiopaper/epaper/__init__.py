"""E-paper inputs: a PDF page from the layout system (`pdf`) or a saved article page (`html`).

Both carry what OCR text loses (type sizes and positions, or elements), so they bypass the
OCR segmenter: each gives its stories directly, with the jump markers (下转第N版) taken off
so that `segment` stitches them across the pages of the edition as it does for OCR pages.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass

from ..errors import SegmentationError
from ..models import Page, Story
from ..segment import patterns as p
from ..segment.structured import _story

__all__ = ["EpaperPage", "read_epaper_page", "finish_story"]


@dataclass(frozen=True)
class EpaperPage:
    """The stories of one e-paper page, each with the page it jumps to (下转第N版), if any."""

    stories: tuple[Story, ...]
    jumps_to: tuple[int | None, ...]
    ads: tuple[str, ...] = ()
    ads_head: str = ""
    printed_number: int | None = None  # 第3版 in the page furniture


def read_epaper_page(page: Page) -> EpaperPage:
    """The stories of a PDF page (`pdf`) or a saved article page (`html`); each module is
    imported when first needed (trafilatura takes a while to load)."""
    if page.format not in ("pdf", "html"):
        raise SegmentationError(page.source, f"not an e-paper page: {page.format!r}")
    return importlib.import_module(f".{page.format}", __name__).read_page(page)


def finish_story(page: Page, title: str, paragraphs: list[str], *, subtitle: str = "", kicker: str = "",
                 byline: str = "") -> tuple[Story, int | None]:
    """A story from its headline decks and paragraphs, as structured inputs make them
    (lead, credit, 紧接第N版), and the page its last paragraph jumps to (下转第N版)."""
    paragraphs = [text.strip() for text in paragraphs if text.strip()]
    jump_to = None
    if paragraphs:
        jump = p.JUMP_TO.search(p.squeeze(paragraphs[-1]))
        if jump:
            jump_to = p.page_number(jump.group(1) or jump.group(2))
            rest = p.squeeze(paragraphs[-1])[: jump.start()].strip()
            paragraphs[-1:] = [rest] if rest else []
    lines: list[str] = []
    for text in paragraphs:
        lines.extend([text, ""])
    return _story(page, title, lines, subtitle=subtitle, kicker=kicker, byline=byline), jump_to


_SPACES = re.compile(r"\s+")


def one_line(text: str) -> str:
    """An element's or a headline's text on one line, runs of spaces made one."""
    return _SPACES.sub(" ", text).strip()
