"""A small newspaper typesetter for tests and benchmarks: e-paper PDF pages drawn with
reportlab's built-in CID font STSong-Light (no font files).

A page is a 5-column grid. Stories are set as modules: a headline (kicker, main title,
subtitle) across the module's columns, an optional byline, then the body flowing down the
columns, paragraphs indented two characters, crossheads centred, a jump line
（下转第N版） at the end. The furniture (paper name, date, 第N版, 责任编辑) sits in the top
and bottom bands. `drawing_order="shuffled"` writes the text runs in a random order,
as layout programs do, so that only geometry can rebuild the reading order.
"""

from __future__ import annotations

import io
import math
import random
import re
from dataclasses import dataclass, field

FONT = "STSong-Light"
PAGE_WIDTH, PAGE_HEIGHT = 600.0, 860.0
MARGIN = 30.0
GUTTER = 12.0
COLUMNS = 5
BODY_SIZE = 9.0
LEADING = 13.0
CONTENT_TOP = 82.0  # below the header band
CONTENT_BOTTOM = PAGE_HEIGHT - 60.0  # above the footer band
COLUMN_WIDTH = (PAGE_WIDTH - 2 * MARGIN - (COLUMNS - 1) * GUTTER) / COLUMNS


@dataclass(frozen=True)
class Article:
    title: str
    paragraphs: tuple[str, ...]
    kicker: str = ""
    subtitle: str = ""
    byline: str = ""
    crossheads: tuple[tuple[int, str], ...] = ()  # (paragraph index it stands before, text)
    jump_to: int | None = None  # ends with （下转第N版）
    jump_from: int | None = None  # starts with （上接第N版）
    photo_caption: str = ""  # a photo with this caption instead of a headline and body
    ad_lines: tuple[str, ...] = ()  # a display ad: these lines in a frame, nothing else
    title_size: float = 20.0


@dataclass(frozen=True)
class Placement:
    article: Article
    column: int  # 0-based first column
    span: int  # columns the module covers
    top: float  # distance from the page top
    rows: int = 0  # body lines per column; 0 = as many as the text needs (balanced)


@dataclass
class _Run:
    text: str
    x: float
    baseline: float  # distance from the page top
    size: float


@dataclass
class _Image:
    x: float
    top: float
    width: float
    height: float


@dataclass
class PageSpec:
    number: int
    placements: list[Placement]
    paper: str = "江南日报"
    date: str = "2024年5月29日 星期三"
    section: str = "要闻"
    editor: str = "责任编辑：王芳  美编：李强  校对：赵敏"
    images: list[_Image] = field(default_factory=list)


def _register() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    try:
        pdfmetrics.getFont(FONT)
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def text_width(text: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    _register()
    return pdfmetrics.stringWidth(text, FONT, size)


def wrap(text: str, width: float, size: float, indent: float = 0.0) -> list[tuple[str, float]]:
    """(line, x offset) pairs: the first line indented by *indent*."""
    lines: list[tuple[str, float]] = []
    current, offset = "", indent
    for char in text:
        if current and text_width(current + char, size) > width - offset:
            carried = ""
            if char in "，。、；：！？”）》" and len(current) > 1:  # no line starts with closing punctuation
                current, carried = current[:-1], current[-1]
            lines.append((current, offset))
            current, offset = carried, 0.0
        current += char
    if current:
        lines.append((current, offset))
    return lines


def module_height(placement: Placement) -> float:
    return _set_module(placement, [], [])


def _column_x(column: int) -> float:
    return MARGIN + column * (COLUMN_WIDTH + GUTTER)


def _set_module(placement: Placement, runs: list[_Run], images: list[_Image]) -> float:
    """Set one module; return its height."""
    article = placement.article
    x0 = _column_x(placement.column)
    width = placement.span * COLUMN_WIDTH + (placement.span - 1) * GUTTER
    y = placement.top
    if article.ad_lines:
        sizes = [16.0, 11.0, 12.0, 10.0]
        y += 8
        for n, line in enumerate(article.ad_lines):
            size = sizes[n % len(sizes)]
            y += size * 1.4
            runs.append(_Run(line, x0 + (width - text_width(line, size)) / 2, y, size))
        return y - placement.top + 10
    if article.photo_caption:
        height = min(width * 0.6, 160.0)
        images.append(_Image(x0, y, width, height))
        y += height + 4
        for line, _ in wrap(article.photo_caption, width, BODY_SIZE):
            y += LEADING
            runs.append(_Run(line, x0, y, BODY_SIZE))
        return y - placement.top + 6
    for text, size in ((article.kicker, 12.0), (article.title, article.title_size), (article.subtitle, 12.0)):
        if not text:
            continue
        for line, _ in wrap(text, width, size):
            y += size * 1.25
            runs.append(_Run(line, x0 + max(0.0, (width - text_width(line, size)) / 2), y, size))
    y += 6
    if article.byline:  # a byline breaks before a role (记者 X / 通讯员 Y) when it is too wide
        line = ""
        for word in re.split(r" (?=记者|通讯员|实习生)", article.byline):
            if line and text_width(f"{line} {word}", BODY_SIZE) > COLUMN_WIDTH:
                y += LEADING
                runs.append(_Run(line, x0, y, BODY_SIZE))
                line = word
            else:
                line = f"{line} {word}".strip()
        y += LEADING
        runs.append(_Run(line, x0, y, BODY_SIZE))
    # The body: lines (text, x offset, size, extra space before) flowing down the columns.
    flow: list[tuple[str, float, float, float]] = []
    heads = dict(article.crossheads)
    paragraphs = list(article.paragraphs)
    if article.jump_from is not None:
        paragraphs[0] = f"（上接第{article.jump_from}版）" + paragraphs[0]
    for n, paragraph in enumerate(paragraphs):
        if n in heads:
            head_size = BODY_SIZE * 1.15
            flow.append((heads[n], (COLUMN_WIDTH - text_width(heads[n], head_size)) / 2, head_size, 5.0))
        for line, offset in wrap(paragraph, COLUMN_WIDTH, BODY_SIZE, indent=2 * BODY_SIZE):
            flow.append((line, offset, BODY_SIZE, 0.0))
    if article.jump_to is not None:
        jump = f"（下转第{article.jump_to}版）"
        flow.append((jump, COLUMN_WIDTH - text_width(jump, BODY_SIZE), BODY_SIZE, 0.0))
    rows = placement.rows or math.ceil(sum(1 + (extra > 0) for *_, extra in flow) / placement.span)
    column, used, bottom = 0, 0, y
    for text, offset, size, extra in flow:
        units = 1 + (extra > 0)
        if used and used + units > rows and column + 1 < placement.span:
            column, used = column + 1, 0
        line_y = y + (used + 1) * LEADING + (extra if used else 0)
        runs.append(_Run(text, _column_x(placement.column + column) + offset, line_y, size))
        used += units
        bottom = max(bottom, line_y)
    return bottom - placement.top + 8


def render_pages(pages: list[PageSpec], *, drawing_order: str = "reading", seed: int = 0) -> list[bytes]:
    """One PDF (bytes) per page."""
    return [render_page(page, drawing_order=drawing_order, seed=seed + n) for n, page in enumerate(pages)]


def render_page(page: PageSpec, *, drawing_order: str = "reading", seed: int = 0) -> bytes:
    from reportlab.pdfgen import canvas

    _register()
    runs: list[_Run] = []
    images: list[_Image] = list(page.images)
    # Furniture: header band and footer band.
    runs.append(_Run(page.paper, MARGIN, 40, 18))
    runs.append(_Run(page.date, PAGE_WIDTH / 2 - text_width(page.date, 9) / 2, 38, 9))
    head = f"第{page.number}版 {page.section}"
    runs.append(_Run(head, PAGE_WIDTH - MARGIN - text_width(head, 10), 38, 10))
    runs.append(_Run(page.editor, MARGIN, PAGE_HEIGHT - 30, 8))
    for placement in page.placements:
        _set_module(placement, runs, images)
    if drawing_order == "shuffled":
        random.Random(seed).shuffle(runs)
    elif drawing_order == "reversed":
        runs.reverse()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    pdf.setLineWidth(0.5)
    pdf.line(MARGIN, 50, PAGE_WIDTH - MARGIN, 50)
    for image in images:
        pdf.drawInlineImage(_photo(), image.x, PAGE_HEIGHT - image.top - image.height, image.width, image.height)
    for run in runs:
        pdf.setFont(FONT, run.size)
        pdf.drawString(run.x, PAGE_HEIGHT - run.baseline, run.text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _photo():
    from PIL import Image

    return Image.new("RGB", (8, 6), (128, 140, 150))


def scanned_pdf() -> bytes:
    """A page that is only an image, as a scanner makes it."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    pdf.drawInlineImage(_photo(), 0, 0, PAGE_WIDTH, PAGE_HEIGHT)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def empty_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
