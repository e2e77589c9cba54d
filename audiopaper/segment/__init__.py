"""Split an edition into stories, in listening order (classifieds last).

OCR page text goes through three steps: `ocr.reading_of_page` reads the lines into
`pieces`, saying what each line is (crossheads and box heads stay in their body; data
tables are set aside; `late_titles` finds a title OCR read after its story began),
`headlines.assign_headlines` gives each body its headline (one assignment for the
page), and this module attaches bylines, decides the kinds and stitches jumps
(下转2版 -> 紧接1版) across the pages of the edition. Markdown, JSON and feeds are
already structured (`structured`); e-paper PDF and HTML pages are read by `epaper`.

A lone continuation keeps an empty title (no invented headline) and
`continued_from` set; `scripts.chapter_title` shows it as 接第N版. A part whose
continuation is not in the edition keeps its jump marker, （下转第N版）, as the end of
its text, so the listener hears where the story goes on.

A headline-like line that no body takes is never a story of its own: it is dropped,
with a warning, like furniture. (It cannot be the rest of a sentence: `ocr` keeps an
unfinished paragraph open, so such a line only ever follows a finished one.) A lone line
between two paragraphs that could be a crosshead of the story above or the title of a new
story, where neither the labeller nor the words decide it plainly, is named in a warning
with the reading taken.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from ..errors import SegmentationError
from ..models import Edition, Page, Story, StoryKind
from . import patterns as p
from .classifieds import split_ads
from .headlines import Headline, assign_headlines, continued_title
from .late_titles import title_closing_untitled_body
from .line_breaks import title_wrapped
from .ocr import (printed_page_number, reading_of_page, signed_title_read_as_prose, story_right_above,
                  tagged_title_read_as_prose, title_left_in_story_above, title_of_untitled_article, title_read_as_prose,
                  title_set_in_story_above, title_tag_read_as_prose, title_tail_read_as_prose, title_under_kicker,
                  title_wrapped_under_kicker)
from .pieces import Body, BriefColumn, BylineLine, ClassifiedBlock, HeadlineRun, Piece, body_beside, over_bylines
from .script_view import ScriptView
from .structured import structured_stories

log = logging.getLogger(__name__)

__all__ = ["segment_edition", "segment_page"]

_BRIEF_CHARS = 250  # a body shorter than this with no headline is a brief
_KICKER_CHARS = 12  # a headline line this short may be a kicker over its title


@dataclass(frozen=True)
class _Part:
    story: Story
    jump_to: int | None = None


@dataclass(frozen=True)
class _PageResult:
    parts: tuple[_Part, ...]
    classifieds: tuple[str, ...]  # ads
    classifieds_head: str = ""
    printed_number: int | None = None  # 第3版 in the page furniture
    dropped: tuple[str, ...] = ()  # headline-like lines that no body took


def segment_edition(edition: Edition, *, include_classifieds: bool = True) -> list[Story]:
    """All stories of the edition in listening order, classifieds (one story) last.

    A page that gives no story (a masthead, a table, a whole-page advert) is left out with a
    warning when other pages of the edition give stories. Raises SegmentationError when no page
    gives a story; also when its only stories are classifieds and *include_classifieds* is False."""
    results: list[tuple[Page, _PageResult]] = []
    storyless: list[tuple[Page, str]] = []
    for page in edition.pages:
        result = segment_page(page)
        if not result.parts and not result.classifieds:
            reason = "no stories found on this page"
            if result.dropped:
                shown = "、".join(result.dropped[:3]) + ("……" if len(result.dropped) > 3 else "")
                reason += f" (only headline-like lines with no body text: {shown})"
            storyless.append((page, reason))
            continue
        results.append((page, result))
    if storyless and not results:
        page, reason = storyless[0]
        raise SegmentationError(page.source, reason)
    for page, reason in storyless:
        log.warning("%s (page %d): left out: %s", page.source, page.number, reason)
    stories = _stitch([(page, list(result.parts), result.printed_number) for page, result in results])
    # a story with neither a title nor text (a photo's credit alone, a continuation's empty rest) has nothing
    # to read aloud: the reader kept it for its byline or jump, not for its words
    stories = [s for s in stories if s.title.strip() or s.body.strip() or s.captions] or stories
    ads = [ad for _, result in results for ad in result.classifieds]
    if ads and include_classifieds:
        head = next((r.classifieds_head for _, r in results if r.classifieds_head), "") or "分类信息"
        first_page = next(page.number for page, r in results if r.classifieds)
        stories.append(Story(kind=StoryKind.CLASSIFIEDS, title=head, body="\n".join(ads),
                             page=first_page, items=tuple(ads)))
    if not stories:
        where = ", ".join(edition.sources) or "<no input>"
        if ads:
            raise SegmentationError(where, f"no stories found: only classified ads ({len(ads)}), which are "
                                           "left out; use --include-classifieds to read them")
        raise SegmentationError(where, "no stories found")
    return stories


def segment_page(page: Page) -> _PageResult:
    if page.format in ("markdown", "json", "feed"):
        stories = structured_stories(page)
        ads = tuple(ad for s in stories if s.kind is StoryKind.CLASSIFIEDS for ad in s.items)
        return _PageResult(tuple(_Part(s) for s in stories if s.kind is not StoryKind.CLASSIFIEDS), ads)
    if page.format in ("pdf", "html"):
        # imported here: epaper builds on this package's pieces (patterns, structured, ocr), so a top-level
        # import would make the two packages import each other
        from ..epaper import read_epaper_page

        found = read_epaper_page(page)
        return _PageResult(tuple(map(_Part, found.stories, found.jumps_to)), found.ads, found.ads_head,
                           found.printed_number)
    return _segment_ocr(page)


# ---- OCR pages ------------------------------------------------------------------------------


def _segment_ocr(page: Page) -> _PageResult:
    view = ScriptView(page.text)  # a traditional page is read in simplified characters
    in_page_script = view.original  # what the stories and warnings say: the page's own characters
    reading = reading_of_page(view.text, view.traditional_lines)
    pieces = reading.pieces
    for table in reading.tables:  # a data table is not read aloud: say which lines went
        log.warning("%s (page %d): left out a data table (%d lines: %s)", page.source, page.number,
                    len(table), in_page_script(" / ".join(table[:3])) + (" / ……" if len(table) > 3 else ""))
    for doubt in reading.doubts:  # the story boundary may be wrong there: say where
        log.warning("%s (page %d): unsure whether %r is a crosshead of the story above or the title of a "
                    "new story; read it as %s", page.source, page.number, in_page_script(doubt.line),
                    "a crosshead" if doubt.reading == "crosshead" else "a new story's title")
    bodies = [piece for piece in pieces if isinstance(piece, Body)]
    runs = [piece for piece in pieces if isinstance(piece, HeadlineRun)]
    texts, bylines = zip(*(_body_text(body) for body in bodies)) if bodies else ((), ())
    texts, bylines = list(texts), [list(b) for b in bylines]
    _add_byline_lines(pieces, bodies, bylines)

    headlines, orphans = assign_headlines(runs, bodies, texts, pieces)
    dropped: list[str] = []
    for orphan_run, headline in orphans:
        target = _orphan_target(pieces, runs[orphan_run], bodies, headlines)
        if target is not None:
            if bodies[target].start == "jump":  # a jumped-to part's headline is its title, all of it
                headline = Headline(continued_title([headline.title, headline.subtitle]))
            headlines[target] = headline
            continue
        words = " ".join(x for x in (headline.title, headline.subtitle) if x)
        dropped.append(in_page_script(words))
        log.warning("%s (page %d): dropped %r: a headline-like line with no story text under it",
                    page.source, page.number, in_page_script(words))

    _take_titles_out_of_prose(pieces, bodies, texts, bylines, headlines, bool(view.traditional_lines))
    page_lines = view.text.split("\n")
    bodies, texts, bylines, headlines = _dash_lines_kept_in_prose(pieces, bodies, texts, bylines, headlines, page_lines)
    _titles_over_dashed_subtitles(pieces, bodies, texts, headlines, page_lines)
    in_column = _in_brief_column(pieces, bodies, texts, headlines)
    parts: list[tuple[int, _Part]] = []
    for b, body in enumerate(bodies):
        headline = headlines.get(b, Headline(""))
        kind = _kind(body, texts[b], headline, in_column[b])
        story = Story(
            kind=kind, title=in_page_script(headline.title), body=in_page_script(texts[b]),
            subtitle=in_page_script(headline.subtitle), kicker=in_page_script(headline.kicker),
            byline=in_page_script(" ".join(x for x in bylines[b] if x)),
            page=page.number, continued_from=body.jump_from,
            captions=tuple(in_page_script(p.join_lines(lines)) for lines in body.captions),
        )
        parts.append((body.pos, _Part(story, body.jump_to)))
    parts.sort(key=lambda item: item[0])
    # an item of a column of briefs may be one short sentence: only a part outside one is a lone fragment
    briefs = {body.pos for b, body in enumerate(bodies) if in_column[b]}
    joined = _lone_fragments_joined([part for _, part in parts], [pos in briefs for pos, _ in parts])

    ads: list[str] = []
    head = ""
    for piece in pieces:
        if isinstance(piece, ClassifiedBlock):
            block_head, block_ads = split_ads(piece.lines)
            head = head or in_page_script(block_head)
            ads.extend(map(in_page_script, block_ads))
    return _PageResult(tuple(joined), tuple(ads), head, printed_page_number(page.text), tuple(dropped))


_FRAGMENT_CHARS = 16  # an untitled "story" of one line this short is a piece of its neighbour
_WHO_IS_WHERE = re.compile(r"^[（(][左右上下中]{1,2}[）)]")  # a caption's （右）: the rest of the caption above


def _lone_fragment(part: _Part) -> bool:
    """The part is one short line and at most a byline, with no title, caption or jump (编者按, a
    caption's （右）, a question line a column set apart): too little to be a story of its own."""
    story = part.story
    return (not (story.title or story.kicker or story.subtitle or story.captions)
            and story.continued_from is None and part.jump_to is None and "\n" not in story.body.strip()
            and 0 < len(p.compact(story.body)) <= _FRAGMENT_CHARS)


def _lone_fragments_joined(parts: list[_Part], items: list[bool] | None = None) -> list[_Part]:
    """The page's parts, each lone fragment (`_lone_fragment`) joined to a neighbour as a paragraph of
    its own: to the story under it when it ends no sentence (a label or a head over what follows: 编者按),
    else to the story above it (the last words of its prose, or of its caption: （右）……; on the page's first
    line, with no story above, it stays: the end of a story set elsewhere), so that no text is lost
    and no line of a story is a story of its own. *items*: which parts are items of a column of briefs
    (a one-line item is one), each part's flag in order."""
    out = list(parts)
    items = list(items) if items is not None else [False] * len(out)
    n = 0
    while len(out) > 1 and n < len(out):
        if items[n] or not _lone_fragment(out[n]):
            n += 1
            continue
        text = out[n].story.body.strip()
        finished = bool(p.SENTENCE_END.search(text) or _WHO_IS_WHERE.match(text))
        if finished and n == 0:  # the page's first words, finished: the end of a story set elsewhere
            n += 1
            continue
        down = not finished and n + 1 < len(out)
        to = n + 1 if down else n - 1
        target = out[to].story
        body = text + "\n" + target.body if down else target.body + "\n" + text
        byline = " ".join(x for x in ((out[n].story.byline, target.byline) if down else
                                      (target.byline, out[n].story.byline)) if x)
        out[to] = replace(out[to], story=replace(target, body=body, byline=byline))
        del out[n], items[n]
    return out


def _add_byline_lines(pieces: list[Piece], bodies: list[Body], bylines: list[list[str]]) -> None:
    """Add each byline line to its body's *bylines*: a closing one (新华社北京4月28日电 after the last
    sentence) to the body above it, another to the body under it (above it when none is under it)."""
    for n, piece in enumerate(pieces):
        if isinstance(piece, BylineLine) and piece.kind == "closing":
            target = _previous_body(pieces, n, bodies)
            if target is not None:
                bylines[target].append(piece.text)
        elif isinstance(piece, BylineLine):
            target = _next_body(pieces, n, bodies)
            if target is None:  # a byline at the very end belongs to the body above it
                target = _previous_body(pieces, n, bodies)
            if target is not None:
                shown = " ".join(piece.text.split()) if piece.kind == "name" else p.byline_display(piece.text)
                bylines[target].insert(0, shown)


def _take_titles_out_of_prose(pieces: list[Piece], bodies: list[Body], texts: list[str], bylines: list[list[str]],
                              headlines: dict[int, Headline], traditional: bool) -> None:
    """Take the headlines OCR read into the stories' prose back out of it, into *headlines* (the
    bodies and their *texts* lose those lines, a writer named under a title goes to *bylines*): a
    title read as a story's last paragraph, a title's tail or tag read as its first line, an untitled
    story's title read as its first lines, a title under its kicker read as prose, a deck read into
    the story above. *traditional*: the page printed some lines in traditional characters."""
    for b, body in enumerate(bodies):
        if b not in headlines and title_closing_untitled_body(body):
            # a title OCR read after its story, as the story's last paragraph
            headlines[b] = Headline(p.squeeze(p.raw_join(body.paragraphs.pop())))
            texts[b] = _body_text(body)[0]
    at = {id(piece): n for n, piece in enumerate(pieces)}
    for b, body in enumerate(bodies):
        headline, n = headlines.get(b), at[id(body)]
        run = pieces[n - 1] if n else None
        if (headline is None or headline.subtitle or not isinstance(run, HeadlineRun)
                or not p.compact(headline.title).endswith(p.compact(run.lines[-1].text))):
            continue  # only a title right above its story, its last line the run's, may go on in it
        tail = title_tail_read_as_prose(headline.title, body)
        if tail:  # the rest of a title the column broke was read as the story's first line
            body.paragraphs[0].pop(0)
            headlines[b] = replace(headline, title=headline.title + p.squeeze(tail))
            texts[b] = _body_text(body)[0]
        elif tagged := title_tag_read_as_prose(headline.title, body):  # the title's tag read as prose
            tag = p.squeeze(p.raw_join(body.paragraphs[0][:tagged]))
            del body.paragraphs[0][:tagged]
            headlines[b] = replace(headline, title=headline.title + tag)
            texts[b] = _body_text(body)[0]
    for b, body in enumerate(bodies):
        title = None if b in headlines else title_read_as_prose(body)
        if title:  # a title printed right above its lead was read as the lead's first line
            body.paragraphs[0].pop(0)
            headlines[b] = Headline(p.squeeze(title))
            texts[b] = _body_text(body)[0]
        elif b not in headlines and (tagged := tagged_title_read_as_prose(body)):
            # a title ending in its column's name (……（民生观）) read as the story's first lines
            headlines[b] = _title_taken_from_prose(body, tagged)
            texts[b] = _body_text(body)[0]
        elif b not in headlines and (signed := signed_title_read_as_prose(body)):
            # a title and its writer's bare name under it, read as the story's first lines
            deck, name = signed
            del body.paragraphs[0][: len(deck) + 1]
            headlines[b] = _deck_of_lines(deck)
            bylines[b].insert(0, name)
            texts[b] = _body_text(body)[0]
        elif b not in headlines and (lost := title_of_untitled_article(body)):
            # an article never runs untitled: its first line, read as prose, is its title
            body.paragraphs[0].pop(0)
            headlines[b] = Headline(p.squeeze(lost))
            texts[b] = _body_text(body)[0]
        elif b in headlines and _one_line(headlines[b]) and (
                under := title_under_kicker(body, introduced=_ends_in_dash(headlines[b].title))):
            # the headline is a kicker over a title (…李旺富——) the body's first lines hold
            headlines[b] = _title_taken_from_prose(body, under, kicker=headlines[b].title)
            texts[b] = _body_text(body)[0]
        elif (traditional and b in headlines and _one_line(headlines[b])
              and len(p.compact(headlines[b].title)) <= _KICKER_CHARS and (under := title_wrapped_under_kicker(body))):
            # a short headline line is a kicker over a title set right above the prose (a Hong Kong deck; on a
            # simplified page a paragraph's indented first line is as narrow)
            headlines[b] = _title_taken_from_prose(body, under, kicker=headlines[b].title)
            texts[b] = _body_text(body)[0]
    for b, body in enumerate(bodies):
        if b in headlines or not b or body.start not in ("plain", "lead"):
            continue
        if story_right_above(pieces, at[id(body)]) is bodies[b - 1] and (
                deck := title_left_in_story_above(bodies[b - 1], body)):
            # an untitled story's deck, read into the unfinished sentence of the story above it
            headlines[b] = _deck_of_lines(deck) if len(deck) <= 2 else Headline(p.squeeze(p.raw_join(deck)))
            texts[b - 1] = _body_text(bodies[b - 1])[0]
        elif story_right_above(pieces, at[id(body)]) is bodies[b - 1] and (
                title := title_set_in_story_above(bodies[b - 1], body)):
            # an untitled story's title, set between two paragraphs of the story above it
            headlines[b] = Headline(p.squeeze(title))
            texts[b - 1] = _body_text(bodies[b - 1])[0]


_DASH_OPENS = re.compile(r"^\s*(?:——|—|－－|─)")  # what opens a subtitle, an attribution, a dashed list item
_PROSE_ENDS = re.compile(r"[。][”」’』]?$")
_OPEN_WORD = re.compile(rf"[{p.CJK}A-Za-z0-9]$")


def _printed_right_over(body: Body, index: int, page_lines: list[str]) -> bool:
    """The body's last line is the line the page prints right over its line *index* (blank lines passed over)."""
    k = index - 1
    while k >= 0 and not page_lines[k].strip():
        k -= 1
    last = body.paragraphs[-1] if body.paragraphs else []
    return k >= 0 and bool(last) and p.compact(page_lines[k]) == p.compact(last[-1])


def _prose_ends_over(body: Body) -> bool:
    """The body's last line is prose: it closes a sentence (……致以崇高的敬意。), or it is a full line of a
    paragraph stopped mid-word, which the line under it goes on (……中埃合资的西电 / —EGEMAC……). A line ending on a
    question or an exclamation (……或外出更好？), or a short one, may be a title read as prose."""
    last = body.paragraphs[-1] if body.paragraphs else []
    if not last:
        return False
    line = p.squeeze(last[-1])
    if _PROSE_ENDS.search(line):
        return True
    return (len(last) >= 2 and _OPEN_WORD.search(line) is not None
            and len(p.compact(line)) >= len(p.compact(last[-2])) - 1)


def _dash_lines_kept_in_prose(pieces: list[Piece], bodies: list[Body], texts: list[str], bylines: list[list[str]],
                              headlines: dict[int, Headline], page_lines: list[str]
                              ) -> tuple[list[Body], list[str], list[list[str]], dict[int, Headline]]:
    """A line opening with a dash is never a title: a dash opens a subtitle under its title, a quote's
    attribution (——联合国前秘书长……), an item of a list the prose runs (——讲究以绿生金，……), or the rest of
    a name the column broke at its dash (……中埃合资的西电 / —EGEMAC高压电气有限责任公司). Where such a line,
    alone in its run with no title over it, was read as the title of a story starting right under the
    prose of the story above, and that story opens with no lead of its own (a dateline, 本报讯), it is
    that story's text: the line and the prose under it go on in the story above, when the line over it is
    prose (`_prose_ends_over`) and the dashed line goes on from it (its sentence left open), names someone
    under it (the attribution's name, a byline line or its rest) or runs clauses as prose does; over a title
    read as prose (……或外出更好？) it is that title's subtitle, and a whole subtitle alone over prose is an
    untitled story's."""
    at = {id(piece): n for n, piece in enumerate(pieces)}
    joined: set[int] = set()
    for b in range(len(bodies) - 1, 0, -1):
        body, headline = bodies[b], headlines.get(b)
        n = at[id(body)]
        if (headline is None or not _DASH_OPENS.match(headline.title) or headline.kicker
                or body.start != "plain" or body.jump_from is not None or body.captions):
            continue
        m = over_bylines(pieces, n)  # (the attributed speaker's name may stand under the line)
        if m < 1:
            continue
        run, above = pieces[m], pieces[m - 1]
        if not (isinstance(run, HeadlineRun) and _DASH_OPENS.match(run.lines[0].text) and above is bodies[b - 1]
                and bodies[b - 1].start in ("plain", "lead") and bodies[b - 1].jump_to is None and b - 1 not in joined):
            continue
        if p.LEAD.match(p.compact(texts[b])):
            continue
        if not _printed_right_over(bodies[b - 1], run.lines[0].index, page_lines):
            continue  # (columns read in another order: the story above is not the one printed over the line)
        if not _prose_ends_over(bodies[b - 1]):
            continue  # a title read as prose over it: the dashed line is its subtitle
        if not (_OPEN_WORD.search(p.squeeze(bodies[b - 1].paragraphs[-1][-1])) or m < n - 1 or headline.subtitle
                or re.search(r"[，,；;]", headline.title)):
            continue  # a whole subtitle over the prose of an untitled story (——老街坊的一次远行): that story's
        words = "\n".join(x for x in (headline.title, headline.subtitle) if x)
        texts[b - 1] = "\n".join(x for x in (texts[b - 1], words, texts[b]) if x)
        bylines[b - 1] = bylines[b - 1] + bylines[b]
        joined.add(b)
    if not joined:
        return bodies, texts, bylines, headlines
    keep = [b for b in range(len(bodies)) if b not in joined]
    renumber = {b: k for k, b in enumerate(keep)}
    return ([bodies[b] for b in keep], [texts[b] for b in keep], [bylines[b] for b in keep],
            {renumber[b]: h for b, h in headlines.items() if b in renumber})


_TITLE_OVER_SUBTITLE = (4, 40)  # characters of a title line read as the last paragraph of the story above
_PROSE_CLOSES = re.compile(r"[。；，、：;,:]$|[。][”」’』]$")  # what closes a paragraph of prose, not a title


_SHORT_LINE = 0.6  # of the paragraph's longest line, at most, for a title's first line set over its rest


def _title_line_over(text: str, paragraph: list[str]) -> bool:
    """A title's first line read into a paragraph: short beside the prose lines, closing no sentence or credit."""
    line = p.squeeze(text)
    return (len(p.compact(line)) <= _SHORT_LINE * max(len(p.compact(x)) for x in paragraph)
            and not p.SENTENCE_END.search(line) and not re.search(r"[）)〕]$", line) and len(p.compact(line)) >= 2)


def _titles_over_dashed_subtitles(pieces: list[Piece], bodies: list[Body], texts: list[str],
                                  headlines: dict[int, Headline], page_lines: list[str]) -> None:
    """A subtitle opening with a dash hangs under its title: where a story's only deck line opens with one,
    and the story above ends, right over it, in a line that closes no sentence of prose (……开售即“秒光”、候补如何
    “更成功”…… / ——铁路12306回应候补购票热点), that line is the title, read as the last line of the story
    above, and the dashed line is its subtitle."""
    at = {id(piece): n for n, piece in enumerate(pieces)}
    for b in range(1, len(bodies)):
        headline = headlines.get(b)
        if headline is None or not _DASH_OPENS.match(headline.title) or headline.kicker or headline.subtitle:
            continue
        m = over_bylines(pieces, at[id(bodies[b])])
        if m < 1 or not isinstance(pieces[m], HeadlineRun) or len(pieces[m].lines) != 1 or pieces[m - 1] is not bodies[b - 1]:
            continue
        above = bodies[b - 1]
        if texts[b - 1] != _body_text(above)[0] or not _printed_right_over(above, pieces[m].lines[0].index, page_lines):
            continue  # (its text was set apart from its lines, or it is not printed over the subtitle: leave it)
        if above.start not in ("plain", "lead") or not above.paragraphs or len(above.paragraphs[-1]) < 1:
            continue
        line = p.squeeze(above.paragraphs[-1][-1])
        if (not _TITLE_OVER_SUBTITLE[0] <= len(p.compact(line)) <= _TITLE_OVER_SUBTITLE[1] or _PROSE_CLOSES.search(line)
                or p.CREDIT.search(line) or p.LEAD.match(p.compact(line)) or re.match(r"[（(〔]", line)
                or sum(map(len, above.paragraphs)) < 2):
            continue
        last = above.paragraphs[-1]
        taken = 1
        if len(last) >= 3 and _title_line_over(last[-2], last):
            line, taken = p.squeeze(last[-2]) + line, 2  # a title the column broke over two lines (留在家好、抑 / 或外出更好？)
        del last[-taken:]
        if not last:
            above.paragraphs.pop()
        texts[b - 1] = _body_text(above)[0]
        headlines[b] = Headline(line, subtitle=headline.title.lstrip("—－- "))


def _title_taken_from_prose(body: Body, lines: int, kicker: str = "") -> Headline:
    """The headline whose title is the body's first *lines*, taken out of the body."""
    title_lines = body.paragraphs[0][:lines]
    del body.paragraphs[0][:lines]
    return Headline(p.squeeze(p.raw_join(title_lines)), kicker=kicker)


def _deck_of_lines(deck: list[str]) -> Headline:
    """One or two deck lines: one title the column wrapped (or broke inside a bracket or quote the
    second line closes), or a title over its subtitle."""
    if len(deck) == 2 and not title_wrapped(deck[0], deck[1]) and not (
            p.closes_mark_left_open(deck[0], deck[1]) and not deck[1].lstrip().startswith(p.DASHES)):
        return Headline(p.squeeze(deck[0]), subtitle=p.squeeze(deck[1]))
    return Headline(p.squeeze(p.raw_join(deck)))


def _one_line(headline: Headline) -> bool:
    """The story's whole headline is one line: perhaps only the kicker over a title."""
    return not headline.kicker and not headline.subtitle and " " not in headline.title


def _ends_in_dash(text: str) -> bool:
    """A kicker ending in a dash introduces a title (泰康保险集团董事长陈东升——)."""
    return bool(re.search(r"(?:——|－－)$", text))


def _body_text(body: Body) -> tuple[str, list[str]]:
    """Display text of a body, and the bylines printed inside it."""
    bylines: list[str] = []
    for credit_line in body.bylines:  # a photo's credit printed inside the story's prose
        match = p.CREDIT.search(credit_line)
        credit = (match.group(1) or match.group(2)) if match else credit_line
        bylines.append(p.byline_display(credit) or p.squeeze(credit))
    paragraphs = [p.raw_join(lines) for lines in body.paragraphs if lines]
    if body.start == "caption" and paragraphs:
        # The credit may be broken over lines: （记者 胡 / 肖飞 摄）
        match = p.CREDIT.search(paragraphs[-1])
        if match:
            credit = match.group(1) or match.group(2)
            bylines.append(p.byline_display(credit) or p.squeeze(credit))
            paragraphs[-1] = paragraphs[-1][: match.start()]
        glued = None if match else (p.GLUED_CREDIT.search(paragraphs[-1]) or p.SUPPLIED_CREDIT.search(paragraphs[-1]))
        if glued:  # ……首度訪港。何君健攝
            bylines.append(glued.group(1))
            paragraphs[-1] = paragraphs[-1][: glued.start()]
    if paragraphs:
        first = paragraphs[0]
        lead = p.LEAD.match(p.squeeze(first[:40]))
        if lead:  # 本报讯（记者 颜元滔 通讯员 李四）5月28日……
            inline = re.search(rf"^.{{0,40}}?{p.INLINE_BYLINE.pattern}", first)  # the lead may hold brackets: 央视网消息（新闻联播）：
            if inline and p.LEAD.match(p.squeeze(first[: inline.start(1) - 1])):
                start = inline.start(1) - 1  # the opening bracket
                bylines.append(_with_agency(p.byline_display(inline.group(1)), lead.group(0)))
                first = first[:start] + first[inline.end():]
                paragraphs[0] = first
        tail = re.search(rf"{p.INLINE_BYLINE.pattern}\s*$", paragraphs[-1])
        if tail and p.compact(paragraphs[-1][: tail.start()]):  # ……。（记者 王五）
            bylines.append(p.byline_display(tail.group(1)))
            paragraphs[-1] = paragraphs[-1][: tail.start()]
    text = "\n".join(t for t in (p.squeeze(x) for x in paragraphs) if t)
    return text, bylines


def _with_agency(byline: str, lead: str) -> str:
    """新华社北京6月2日电（记者 张三）: the reporter is the agency's, not ours."""
    agency = re.match(r"(?:据)?(新华社|中新社)", lead)
    if agency and byline.startswith(("记者", "首席记者", "特约记者")):
        return agency.group(1) + byline
    return byline


def _next_body(pieces, n, bodies) -> int | None:
    for piece in pieces[n + 1 :]:
        if isinstance(piece, Body):
            return bodies.index(piece)
    return None


def _previous_body(pieces, n, bodies) -> int | None:
    for piece in reversed(pieces[:n]):
        if isinstance(piece, Body):
            return bodies.index(piece)
    return None


def _orphan_target(pieces, run, bodies, headlines) -> int | None:
    """A headline nothing matched goes to the nearest headline-less body: after it, then before.
    A continuation takes only the headline printed right above it (the jumped story's
    title repeated on the later page)."""
    n = pieces.index(run)
    under, over = body_beside(pieces, n, 1), body_beside(pieces, n, -1)
    if under is not None and (b := bodies.index(pieces[under])) not in headlines and (
            pieces[under].start != "jump" or under == n + 1):
        return b
    if over is not None and (b := bodies.index(pieces[over])) not in headlines and pieces[over].start != "jump":
        return b
    return None


def _kind(body: Body, text: str, headline: Headline, in_brief_column: bool = False) -> StoryKind:
    if body.start == "caption":
        return StoryKind.PHOTO
    if body.start == "jump":
        return StoryKind.CONTINUATION
    if (in_brief_column or not headline.title) and len(text) < _BRIEF_CHARS:
        return StoryKind.BRIEF
    return StoryKind.ARTICLE


def _in_brief_column(pieces, bodies, texts, headlines) -> list[bool]:
    """Which bodies stand under a 简讯/短讯 head. The column ends where an ordinary story
    begins: a byline set above a body, a headline of several lines, a long body, ads,
    or a titled story after untitled briefs (and the reverse)."""
    flags = [False] * len(bodies)
    open_column = False
    titled: bool | None = None  # the column's style, set by its first item
    index = {id(body): b for b, body in enumerate(bodies)}
    for piece in pieces:
        if isinstance(piece, BriefColumn):
            open_column, titled = True, None
        elif isinstance(piece, (BylineLine, ClassifiedBlock)):
            open_column = False
        elif isinstance(piece, HeadlineRun) and len(piece.lines) > 1:
            open_column = False
        elif isinstance(piece, Body) and id(piece) in index:  # (a body joined to the story above is not)
            b = index[id(piece)]
            has_title = bool(headlines.get(b, Headline("")).title)
            if titled is None:
                titled = has_title
            if open_column and (len(texts[b]) >= _BRIEF_CHARS or has_title != titled):
                open_column = False
            flags[b] = open_column
    return flags


# ---- continuations across pages ---------------------------------------------------------------


def _stitch(pages: list[tuple[Page, list[_Part], int | None]]) -> list[Story]:
    """Join each 下转N版 part to its 紧接M版 continuation on a later page of the edition.
    Page numbers are the printed ones (第3版) where the furniture gives them, else the
    pages' positions in the edition."""
    open_jumps: list[tuple[int, int, int]] = []  # (page index, part index, jump_to)
    joined: dict[tuple[int, int], tuple[int, int]] = {}  # continuation -> first part
    for pi, (page, parts, _) in enumerate(pages):
        for qi, part in enumerate(parts):
            story = part.story
            if story.kind is StoryKind.CONTINUATION and open_jumps:
                match = _best_jump(open_jumps, pages, pi, story)
                if match is not None:
                    open_jumps.remove(match)
                    joined[(pi, qi)] = (match[0], match[1])
                    if part.jump_to is not None:  # it jumps again
                        open_jumps.append((match[0], match[1], part.jump_to))
                    continue
            if part.jump_to is not None:
                open_jumps.append((pi, qi, part.jump_to))
    bodies: dict[tuple[int, int], Story] = {}
    for pi, (_, parts, _) in enumerate(pages):
        for qi, part in enumerate(parts):
            key = (pi, qi)
            if key in joined:
                root = joined[key]
                first = bodies[root]
                bodies[root] = replace(first, body=_join_bodies(first.body, part.story.body),
                                       byline=first.byline or part.story.byline,
                                       captions=first.captions + part.story.captions)
            else:
                bodies[key] = part.story
    for pi, qi, jump_to in open_jumps:  # the continuation is not in this edition
        story = bodies[(pi, qi)]
        bodies[(pi, qi)] = replace(story, body=story.body + f"（下转第{jump_to}版）")
        page = pages[pi][0]
        log.warning("%s (page %d): %r continues on page %d (下转第%d版), but that continuation is not "
                    "in this edition; its text stops there", page.source, page.number,
                    story.title or story.body[:12] + "……", jump_to, jump_to)
    return [bodies[key] for key in sorted(bodies)]


def _best_jump(open_jumps, pages, pi, story):
    """Prefer a jump whose page numbers agree (下转N版 on page M, 紧接M版 on page N)."""
    def number(index: int) -> int:
        page, _, printed = pages[index]
        return printed if printed is not None else page.number

    page_number = number(pi)

    def agrees(jump) -> bool:
        from_page = number(jump[0])
        if jump[0] >= pi:
            return False
        target, source = jump[2], story.continued_from
        return (target == page_number and source == from_page) or (
            source is not None and target - source == page_number - from_page)

    earlier = [jump for jump in open_jumps if jump[0] < pi]
    agreeing = [jump for jump in earlier if agrees(jump)]
    if agreeing:
        return agreeing[0]
    return earlier[0] if len(earlier) == 1 else None


def _join_bodies(first: str, second: str) -> str:
    if not first:
        return second
    if p.SENTENCE_END.search(first):
        return f"{first}\n{second}"
    return first + second  # the jump fell mid-sentence
