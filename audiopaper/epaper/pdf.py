"""Stories from the text layer of an e-paper PDF page, by geometry.

A layout program writes its text frames in any order, so the content stream's order is
never used. The page is rebuilt from its characters (position, size, font):

1. characters -> lines: same baseline, same size, no gap wider than about one character;
2. lines -> blocks: lines of one size stacked at body leading in one column;
3. blocks are classified by size relative to the page's body size (the most common one)
   and by position: furniture in the top and bottom bands (paper name, date, 第N版,
   责任编辑), headline decks (big type; the biggest is the main title, smaller type above
   it the kicker, below it the subtitle), bylines, captions by images, body, crossheads;
4. each body block belongs to the nearest headline above it that covers its column (or,
   failing that, beside it on its left); bodies no headline covers make their own stories,
   and a headline left without a body takes the uncovered body whose text it shares most
   (the text-based fallback);
5. a story reads column by column; ads (phones and no sentence) are dropped, classified
   columns (分类信息) become ads, and 下转第N版 / 紧接第N版 are left for `segment` to stitch.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field, replace

from ..errors import SegmentationError
from ..models import Page, Story, StoryKind
from ..pagetext import PHONE_NUMBER
from ..segment import patterns as p
from ..segment.classifieds import split_ads
from ..segment.ocr import is_furniture, printed_page_number
from . import EpaperPage, finish_story, one_line

log = logging.getLogger(__name__)

NO_TEXT_LAYER = "no text layer: OCR it first"

_HEADLINE_RATIO = 1.3  # type this much bigger than the body is a headline
_DECK_RATIO = 1.1  # a kicker or subtitle next to a headline may be only a little bigger
_TOP_BAND, _BOTTOM_BAND = 0.08, 0.06  # page furniture lives in these fractions of the height
_CAPTION_GAP = 1.5  # in body sizes: how far a caption may sit from its image
_SENTENCE = re.compile(r"[。！？!?]")
_AD_WORDS = re.compile(r"热线|电话|咨询|地址|订购|优惠|特价|促销|招商|加盟|微信|扫码")


@dataclass(frozen=True)
class Glyph:
    text: str
    x0: float
    x1: float
    top: float  # distance from the top of the page
    bottom: float
    size: float
    font: str


@dataclass(frozen=True)
class Box:
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@dataclass
class TextLine:
    glyphs: list[Glyph]
    text: str = ""

    def __post_init__(self):
        self.text = _line_text(self.glyphs)

    @property
    def box(self) -> Box:
        return Box(min(g.x0 for g in self.glyphs), max(g.x1 for g in self.glyphs),
                   min(g.top for g in self.glyphs), max(g.bottom for g in self.glyphs))

    @property
    def size(self) -> float:
        return statistics.median(g.size for g in self.glyphs)


@dataclass
class Block:
    """Lines of one size stacked in one column: a paragraph run, a headline deck, a byline."""

    lines: list[TextLine]
    role: str = "body"  # furniture | headline | deck | byline | caption | body

    @property
    def box(self) -> Box:
        boxes = [line.box for line in self.lines]
        return Box(min(b.x0 for b in boxes), max(b.x1 for b in boxes),
                   min(b.top for b in boxes), max(b.bottom for b in boxes))

    @property
    def size(self) -> float:
        return statistics.median(line.size for line in self.lines)

    @property
    def text(self) -> str:
        return p.join_lines([line.text for line in self.lines])


@dataclass
class Headline:
    blocks: list[Block]

    @property
    def box(self) -> Box:
        return _union([b.box for b in self.blocks])


@dataclass
class Module:
    """One story on the page: its headline (if any) and the blocks under it."""

    headline: Headline | None
    blocks: list[Block] = field(default_factory=list)

    @property
    def box(self) -> Box:
        return _union([b.box for b in self.blocks] + ([self.headline.box] if self.headline else []))


# ---- reading the PDF -------------------------------------------------------------------------


def read_page(page: Page) -> EpaperPage:
    """All stories of every page of the PDF, in page order (one PDF is one printed page
    in an e-paper, but a multi-page file is read page after page)."""
    layouts = _extract(page)
    stories: list[Story] = []
    jumps: list[int | None] = []
    ads: list[str] = []
    head = ""
    printed = None
    for glyphs, images, width, height in layouts:
        found = _page_stories(page, glyphs, images, width, height)
        stories.extend(found.stories)
        jumps.extend(found.jumps_to)
        ads.extend(found.ads)
        head = head or found.ads_head
        printed = printed if printed is not None else found.printed_number
    if not stories and not ads:
        raise SegmentationError(page.source, "no stories found in the PDF's text")
    return EpaperPage(tuple(stories), tuple(jumps), tuple(ads), head, printed)


def _extract(page: Page) -> list[tuple[list[Glyph], list[Box], float, float]]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTFigure, LTImage

    def walk(item, glyphs, images, height):
        if isinstance(item, LTChar):
            if item.upright and item.get_text().strip() and item.size > 0:
                glyphs.append(Glyph(item.get_text(), item.x0, item.x1, height - item.y1, height - item.y0,
                                    round(item.size, 1), item.fontname))
            elif item.get_text() == " ":
                glyphs.append(Glyph(" ", item.x0, item.x1, height - item.y1, height - item.y0,
                                    round(item.size, 1), item.fontname))
            return
        if isinstance(item, (LTImage, LTFigure)):
            images.append(Box(item.x0, item.x1, height - item.y1, height - item.y0))
        if isinstance(item, LTImage):
            return
        for child in getattr(item, "_objs", ()):
            walk(child, glyphs, images, height)

    layouts = []
    try:
        for layout in extract_pages(io.BytesIO(page.data), laparams=None):
            glyphs: list[Glyph] = []
            images: list[Box] = []
            height = layout.height
            for item in layout:
                walk(item, glyphs, images, height)
            layouts.append((glyphs, images, layout.width, height))
    except Exception as exc:  # pdfminer raises many kinds on a broken or encrypted file
        raise SegmentationError(page.source, f"not a readable PDF: {type(exc).__name__}: {exc}") from exc
    texts = [g.text for glyphs, *_ in layouts for g in glyphs if g.text.strip()]
    if not texts:
        raise SegmentationError(page.source, NO_TEXT_LAYER)
    if sum(text.startswith("(cid:") for text in texts) > len(texts) // 2:
        raise SegmentationError(page.source, "no usable text layer (its fonts do not map to Unicode): OCR it first")
    return layouts


def _page_stories(page: Page, glyphs: list[Glyph], images: list[Box], width: float, height: float) -> EpaperPage:
    body_size = _body_size(glyphs)
    if body_size is None:
        return EpaperPage((), ())
    blocks = _blocks(_lines(glyphs, body_size))
    furniture = _classify(blocks, images, body_size, height)
    printed = printed_page_number("\n".join(line.text for b in furniture for line in b.lines))
    modules = _modules(blocks, body_size)
    stories: list[Story] = []
    jumps: list[int | None] = []
    ads: list[str] = []
    ads_head = ""
    for module in modules:
        title, subtitle, kicker = _decks(module.headline)
        if p.CLASSIFIEDS_HEAD.match(p.compact(title)):
            block_head, block_ads = split_ads([line.text for b in _reading_order(module.blocks)
                                               for line in b.lines])
            ads_head = ads_head or title or block_head
            ads.extend(block_ads)
            continue
        if _is_display_ad(module):
            log.info("%s: left out an ad block: %r", page.source, _module_text(module)[:30])
            continue
        story, jump_to = _module_story(page, module, title, subtitle, kicker)
        if story is None:
            continue
        stories.append(story)
        jumps.append(jump_to)
    return EpaperPage(tuple(stories), tuple(jumps), tuple(ads), ads_head, printed)


def _body_size(glyphs: list[Glyph]) -> float | None:
    sizes = Counter(round(g.size) for g in glyphs if g.text.strip())
    if not sizes:
        return None
    common = sizes.most_common(1)[0][0]
    return statistics.median(g.size for g in glyphs if round(g.size) == common and g.text.strip())


# ---- characters -> lines -> blocks -------------------------------------------------------------


def _same_size(a: float, b: float) -> bool:
    return abs(a - b) <= 0.1 * max(a, b)


def _lines(glyphs: list[Glyph], body_size: float) -> list[TextLine]:
    """Glyphs that share a baseline and a size, with no gap wider than about one of them (and
    than a column gutter, about one body character: big type may stand one gutter apart)."""
    rows: list[list[Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: (g.bottom, g.x0)):
        if rows and abs(glyph.bottom - rows[-1][0].bottom) <= 0.2 * min(glyph.size, rows[-1][0].size):
            rows[-1].append(glyph)
        else:
            rows.append([glyph])
    lines: list[TextLine] = []
    for row in rows:
        by_size: list[list[Glyph]] = []
        for glyph in sorted(row, key=lambda g: g.size):
            if by_size and _same_size(by_size[-1][0].size, glyph.size):
                by_size[-1].append(glyph)
            else:
                by_size.append([glyph])
        for same in by_size:
            run: list[Glyph] = []
            for glyph in sorted(same, key=lambda g: g.x0):
                if run and abs(glyph.x0 - run[-1].x0) < 0.3 * glyph.size and glyph.text == run[-1].text:
                    continue  # overprinted (fake bold): the same glyph twice
                if run and glyph.x0 - run[-1].x1 > min(0.9 * glyph.size, 1.2 * body_size):
                    _add_line(lines, run)
                    run = []
                run.append(glyph)
            _add_line(lines, run)
    return lines


def _add_line(lines: list[TextLine], run: list[Glyph]) -> None:
    while run and not run[-1].text.strip():
        run.pop()
    while run and not run[0].text.strip():
        run.pop(0)
    if run:
        lines.append(TextLine(list(run)))


def _line_text(glyphs: list[Glyph]) -> str:
    """A line's characters; a space where the layout left a word gap between Latin words."""
    out = ""
    previous = None
    for glyph in glyphs:
        if previous is not None and glyph.x0 - previous.x1 > 0.25 * glyph.size and not out.endswith(" "):
            out += " "
        out += glyph.text
        previous = glyph
    return out


def _overlap(a: Box, b: Box) -> float:
    return max(0.0, min(a.x1, b.x1) - max(a.x0, b.x0))


def _union(boxes: list[Box]) -> Box:
    return Box(min(b.x0 for b in boxes), max(b.x1 for b in boxes),
               min(b.top for b in boxes), max(b.bottom for b in boxes))


def _block_above(blocks: list[Block], line: TextLine) -> Block | None:
    """The block this line continues: same size, at body leading under its last line, in its
    column (overlapping it, or set from the same left edge, give or take an indent)."""
    box, size = line.box, line.size
    for block in blocks:
        last = block.lines[-1]
        gap = box.top - last.box.bottom
        if not _same_size(last.size, size) or not -0.3 * size <= gap <= 0.8 * size:
            continue
        block_box = block.box
        aligned = abs(box.x0 - block_box.x0) <= 2.5 * size
        if aligned or _overlap(box, block_box) >= 0.5 * min(box.width, block_box.width):
            return block
    return None


def _blocks(lines: list[TextLine]) -> list[Block]:
    """Stack lines of one size that sit in one column at body leading into blocks."""
    blocks: list[Block] = []
    alone: list[Block] = []  # a byline line stands alone even at body leading
    for line in sorted(lines, key=lambda ln: (ln.box.top, ln.box.x0)):
        best = _block_above(blocks, line)
        if best is not None and not p.SENTENCE_END.search(best.lines[-1].text):
            best.lines.append(line)  # the paragraph goes on: not a byline, whatever it says
        elif p.is_byline(line.text) and "，" not in line.text:
            alone.append(Block([line]))
        elif best is not None:
            best.lines.append(line)
        else:
            blocks.append(Block([line]))
    return blocks + alone


# ---- what each block is -------------------------------------------------------------------------


def _classify(blocks: list[Block], images: list[Box], body_size: float, height: float) -> list[Block]:
    """Set each block's role; return the furniture blocks."""
    furniture = []
    for block in blocks:
        box, text, ratio = block.box, block.text, block.size / body_size
        jump = p.JUMP_TO.fullmatch(text) or p.JUMP_FROM.match(text)
        at_edge = box.bottom <= _TOP_BAND * height or box.top >= (1 - _BOTTOM_BAND) * height
        # In the bands, short lines of small type are furniture; big type only if it is the paper's name.
        if not jump and (all(is_furniture(line.text) for line in block.lines)
                         or (at_edge and (ratio < _HEADLINE_RATIO and len(text) <= 40 and not _SENTENCE.search(text)
                                          or p.MASTHEAD.match(text)))):
            block.role = "furniture"
            furniture.append(block)
        elif ratio >= _HEADLINE_RATIO:
            block.role = "headline"
        elif len(block.lines) <= 2 and ratio <= 1.15 and (p.is_byline(text) or p.COMMENTARY_BYLINE.match(text)):
            block.role = "byline"
        elif _by_image(box, images, body_size):
            block.role = "caption"
    for block in blocks:  # a kicker or subtitle: a little bigger, right above or below a headline
        if block.role == "body" and block.size / body_size >= _DECK_RATIO and len(block.lines) <= 2:
            for headline in (b for b in blocks if b.role == "headline" and _touches(block.box, b.box, block.size)):
                if not _level_with_body(block, headline, blocks, body_size):
                    block.role = "deck"
    return furniture


def _level_with_body(block: Block, headline: Block, blocks: list[Block], body_size: float) -> bool:
    """A crosshead at the top of a column: level with the body beside it under the same headline."""
    return any(other.role == "body" and _same_size(other.size, body_size) and _overlap(other.box, block.box) == 0
               and _overlap(other.box, headline.box) > 0 and abs(other.box.top - block.box.top) <= 0.6 * body_size
               for other in blocks)


def _touches(a: Box, b: Box, size: float) -> bool:
    """Stacked right on top of each other, overlapping across."""
    gap = max(a.top - b.bottom, b.top - a.bottom)
    return gap <= 1.5 * size and _overlap(a, b) >= 0.3 * min(a.width, b.width)


def _by_image(box: Box, images: list[Box], body_size: float) -> bool:
    for image in images:
        if image.width < 3 * body_size:
            continue  # a rule or an ornament, not a photo
        below = 0 <= box.top - image.bottom <= _CAPTION_GAP * body_size
        above = 0 <= image.top - box.bottom <= _CAPTION_GAP * body_size
        if (below or above) and _overlap(box, image) >= 0.6 * box.width:
            return True
    return False


# ---- blocks -> story modules --------------------------------------------------------------------


def _headlines(blocks: list[Block]) -> list[Headline]:
    """Headline and deck blocks stacked on each other are the decks of one headline."""
    decks = [b for b in blocks if b.role in ("headline", "deck")]
    groups: list[list[Block]] = []
    for block in sorted(decks, key=lambda b: (b.box.top, b.box.x0)):
        home = None
        for group in groups:
            for other in group:
                if _touches(block.box, other.box, min(block.size, other.size)):
                    home = group
                    break
            if home:
                break
        if home is None:
            groups.append([block])
        else:
            home.append(block)
    headlines = [Headline(group) for group in groups if any(b.role == "headline" for b in group)]
    for group in groups:
        if not any(b.role == "headline" for b in group):
            for block in group:
                block.role = "body"  # a crosshead: a little bigger, no headline near
    return headlines


def _decks(headline: Headline | None) -> tuple[str, str, str]:
    """(title, subtitle, kicker): the biggest type is the main title; smaller type above it is
    the kicker, below it the subtitle."""
    if headline is None:
        return "", "", ""
    main_size = max(b.size for b in headline.blocks)
    mains = [b for b in headline.blocks if _same_size(b.size, main_size)]
    main_top = min(b.box.top for b in mains)
    ordered = sorted(headline.blocks, key=lambda b: (b.box.top, b.box.x0))

    def words(blocks: list[Block]) -> str:  # the spaces between a headline's phrases stay
        return " ".join(p.raw_join([line.text for line in b.lines]) for b in blocks)

    title = words([b for b in ordered if b in mains])
    kicker = words([b for b in ordered if b not in mains and b.box.top < main_top])
    subtitle = words([b for b in ordered if b not in mains and b.box.top > main_top])
    return one_line(title), one_line(subtitle), one_line(kicker)


def _modules(blocks: list[Block], body_size: float) -> list[Module]:
    headlines = _headlines(blocks)
    owners = _owners([b for b in blocks if b.role in ("body", "byline")], headlines, body_size)
    modules = [Module(h) for h in headlines]
    loose: list[Block] = []
    for block in blocks:
        if block.role not in ("body", "byline"):
            continue
        owner = owners.get(id(block))
        if owner is None:
            loose.append(block)
        else:
            modules[owner].blocks.append(block)
    groups = _loose_groups(loose, body_size)
    for module in modules:  # the text-based fallback: the loose text the headline shares most with
        if not any(b.role == "body" for b in module.blocks):
            best = _best_text_match(module.headline, groups)
            if best is not None:
                module.blocks.extend(best)
                groups.remove(best)
    modules = [m for m in modules if m.blocks]
    modules.extend(Module(None, group) for group in groups)
    for block in blocks:  # captions read as photo stories of their own
        if block.role == "caption":
            modules.append(Module(None, [block]))
    return sorted(modules, key=lambda m: _reading_key(m, body_size))


def _owners(flow: list[Block], headlines: list[Headline], body_size: float) -> dict[int, int]:
    """Which headline each block of text belongs to (by index), by geometry: the blocks right
    under a headline are its module's; the module grows across to the blocks set level with
    them and down each column; a lead (本报讯) or 紧接第N版 starts a story of its own."""
    owners: dict[int, int] = {}
    near = 3 * body_size
    full = [b.box.width for b in flow if len(b.lines) >= 3]
    column = statistics.median(full) if full else 20 * body_size  # the body's column width
    first_row = 8 * body_size  # how far under its headline a module's text may start (bylines between)
    seeds: dict[int, tuple[float, int]] = {}
    for n, headline in enumerate(headlines):
        hbox = headline.box
        below = [b for b in flow if b.box.top >= hbox.bottom - 0.5 * b.size
                 and _overlap(hbox, b.box) >= 0.3 * min(hbox.width, b.box.width)
                 and not _headline_between(hbox, b.box, headlines)]
        if not below:
            continue
        top = min(b.box.top for b in below)
        if top - hbox.bottom > first_row:
            continue
        for block in below:
            gap = block.box.top - hbox.bottom
            if block.box.top <= top + block.size and (id(block) not in seeds or gap < seeds[id(block)][0]):
                seeds[id(block)] = (gap, n)
    owners.update({key: n for key, (_, n) in seeds.items()})
    changed = True
    while changed:
        changed = False
        for block in flow:
            if id(block) in owners:
                continue
            box = block.box
            starts = _starts_story(block)
            candidates = []
            for other in flow:
                owner = owners.get(id(other))
                if owner is None:
                    continue
                beside = (_level_neighbours(box, other.box, flow, body_size)
                          and (not starts or box.top - headlines[owner].box.bottom <= first_row))
                below = ((not starts or other.role == "byline")  # a lead opens a story, under its byline
                         and _same_column(box, other.box, column, body_size)
                         and 0 <= box.top - other.box.bottom <= near
                         and not _headline_between(other.box, box, headlines))
                if beside or below:  # prefer the module whose headline stands over the block, then its column
                    candidates.append((_overlap(headlines[owner].box, box), below, owner))
            if candidates:
                owners[id(block)] = max(candidates)[2]
                changed = True
    for block in sorted(flow, key=lambda b: -b.box.top):  # a byline belongs with the text right under it
        if id(block) not in owners and block.role == "byline":
            under = [other for other in flow if id(other) in owners
                     and 0 <= other.box.top - block.box.bottom <= body_size and _overlap(other.box, block.box) > 0]
            if under:
                owners[id(block)] = owners[id(min(under, key=lambda b: b.box.top))]
    for block in flow:  # what is left: the nearest headline above it or beside it
        if id(block) not in owners and not _starts_story(block):
            owner = _owner(block, headlines)
            if owner is not None:
                owners[id(block)] = headlines.index(owner)
    return owners


def _same_column(box: Box, above: Box, column: float, body_size: float) -> bool:
    """Set in the column of the block above: overlapping it, or (a short line, a jump line
    set flush right) inside the column that starts at its left edge."""
    if _overlap(box, above) >= 0.5 * min(box.width, above.width):
        return True
    return box.x0 >= above.x0 - body_size and box.x1 <= above.x0 + column + body_size


def _level_neighbours(a: Box, b: Box, flow: list[Block], body_size: float) -> bool:
    """Two blocks that start level, side by side, with no block between them."""
    if abs(a.top - b.top) > body_size or _overlap(a, b) > 0:
        return False
    left, right = (a, b) if a.x0 < b.x0 else (b, a)
    if right.x0 - left.x1 > max(6 * body_size, left.width, right.width):
        return False
    return not any(left.x1 <= c.box.x0 and c.box.x1 <= right.x0 and c.box.top < max(a.bottom, b.bottom)
                   and c.box.bottom > min(a.top, b.top) for c in flow)


def _starts_story(block: Block) -> bool:
    return bool(p.LEAD.match(block.text[:40]) or p.JUMP_FROM.match(block.text))


def _headline_between(upper: Box, lower: Box, headlines: list[Headline]) -> bool:
    return any(upper.bottom <= h.box.top and h.box.bottom <= lower.top and _overlap(h.box, lower) > 0
               for h in headlines)


def _owner(block: Block, headlines: list[Headline]) -> Headline | None:
    """The nearest headline above the block that covers its column, else the nearest one
    on its left beside it."""
    box = block.box
    tolerance = 0.5 * block.size
    above = [h for h in headlines
             if h.box.bottom <= box.top + tolerance and _overlap(h.box, box) >= 0.5 * min(h.box.width, box.width)
             and not _headline_between(h.box, box, [x for x in headlines if x is not h])]
    if above:
        return max(above, key=lambda h: h.box.bottom)
    beside = [h for h in headlines
              if h.box.x1 <= box.x0 + tolerance and h.box.top <= box.bottom and h.box.bottom >= box.top - tolerance]
    if beside:
        return min(beside, key=lambda h: box.x0 - h.box.x1)
    return None


def _loose_groups(blocks: list[Block], body_size: float) -> list[list[Block]]:
    """Text no headline covers, in reading order: one group per run of blocks that follow each
    other down a column or on to the next one; a lead (本报讯) or 紧接第N版 starts a new group."""
    ordered = sorted(blocks, key=lambda b: (b.box.x0, b.box.top))
    groups: list[list[Block]] = []
    for block in ordered:
        starts = p.LEAD.match(block.text[:40]) or p.JUMP_FROM.match(block.text)
        if groups and not starts and _follows(groups[-1][-1].box, block.box, body_size):
            groups[-1].append(block)
        else:
            groups.append([block])
    return groups


def _follows(previous: Box, box: Box, body_size: float) -> bool:
    same_column = _overlap(previous, box) >= 0.5 * min(previous.width, box.width)
    if same_column:
        return 0 <= box.top - previous.bottom <= 3 * body_size
    next_column = 0 <= box.x0 - previous.x1 <= 3 * body_size
    return next_column and box.top <= previous.top + 2 * body_size


def _best_text_match(headline: Headline, groups: list[list[Block]]) -> list[Block] | None:
    title = p.compact("".join(b.text for b in headline.blocks))
    pairs = {title[i:i + 2] for i in range(len(title) - 1)}
    scored = []
    for group in groups:
        text = "".join(b.text for b in group)
        shared = sum(1 for pair in pairs if pair in text)
        if shared:
            scored.append((shared, -abs(group[0].box.top - headline.box.bottom), id(group), group))
    return max(scored)[3] if scored else None


def _reading_key(module: Module, body_size: float) -> tuple:
    box = module.headline.box if module.headline else module.box
    return round(box.top / (3 * body_size)), box.x0


def _reading_order(blocks: list[Block]) -> list[Block]:
    """Column by column (columns are the runs of overlapping blocks across), top down."""
    columns: list[list[float]] = []
    for block in sorted(blocks, key=lambda b: b.box.x0):
        box = block.box
        if columns and box.x0 < columns[-1][1] - 0.25 * box.width:
            columns[-1][1] = max(columns[-1][1], box.x1)
        else:
            columns.append([box.x0, box.x1])

    def column(block: Block) -> int:
        centre = (block.box.x0 + block.box.x1) / 2
        for n, (x0, x1) in enumerate(columns):
            if x0 <= centre <= x1:
                return n
        return len(columns)

    return sorted(blocks, key=lambda b: (column(b), b.box.top))


# ---- modules -> stories ---------------------------------------------------------------------


def _paragraphs(block: Block) -> list[str]:
    """A new paragraph starts on an indented line, or after a sentence that stops short of
    the column's edge (a line may stop short anywhere when the type is not justified)."""
    box = block.box
    paragraphs: list[list[str]] = [[]]
    for n, line in enumerate(block.lines):
        indent = line.box.x0 - box.x0 >= 1.0 * line.size
        if n and indent and paragraphs[-1]:
            paragraphs.append([])
        paragraphs[-1].append(line.text)
        if (box.x1 - line.box.x1 >= 1.5 * line.size and n + 1 < len(block.lines)
                and p.SENTENCE_END.search(line.text)):
            paragraphs.append([])
    return [p.join_lines(lines) for lines in paragraphs if lines]


def _module_text(module: Module) -> str:
    return "".join(b.text for b in module.blocks)


def _is_display_ad(module: Module) -> bool:
    """An ad set in the page: phone numbers and sales words, and not one sentence."""
    text = _module_text(module) + (" ".join(b.text for b in module.headline.blocks) if module.headline else "")
    return not _SENTENCE.search(text) and bool(PHONE_NUMBER.search(text) or _AD_WORDS.search(text))


def _module_story(page: Page, module: Module, title: str, subtitle: str,
                  kicker: str) -> tuple[Story | None, int | None]:
    bylines = [p.raw_join([line.text for line in b.lines]) for b in module.blocks if b.role == "byline"]
    paragraphs: list[str] = []
    for block in _reading_order([b for b in module.blocks if b.role != "byline"]):
        texts = _paragraphs(block)
        if paragraphs and texts and not _starts_paragraph(block) and not p.SENTENCE_END.search(paragraphs[-1]):
            paragraphs[-1] += texts.pop(0)  # the paragraph runs on into the next column
        paragraphs.extend(texts)
    if not paragraphs:
        return None, None
    story, jump_to = finish_story(page, title, paragraphs, subtitle=subtitle, kicker=kicker,
                                  byline=" ".join(bylines))
    if module.blocks[0].role == "caption":
        if not story.body or (story.kind is not StoryKind.PHOTO and len(story.body) < 15):
            return None, None
        story = replace(story, kind=StoryKind.PHOTO)
    return story, jump_to


def _starts_paragraph(block: Block) -> bool:
    first = block.lines[0]
    return first.box.x0 - block.box.x0 >= 1.0 * first.size


