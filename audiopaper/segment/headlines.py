"""Which headline belongs to which body, decided for the whole page at once.

A headline's words reappear in its story's first sentences. Every headline run
(consecutive headline lines in OCR order) may hold the headlines of several stories,
so each way of cutting the runs into blocks is scored: block x body overlap of
character bigrams (weighted by rarity on the page, the lead counting most), solved
as an optimal assignment (Hungarian method), minus a small price per block so a
run is only cut where the cut pays. Pages are small: the cuts are enumerated.
Within the block a body takes, the rules below say which lines are the kicker, the
title and the subtitle; the trained deck reader (`decks`) overrules them where it is
sure of another reading.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..jieba_loader import loaded_posseg
from . import decks
from . import patterns as p
from .assignment import max_weight_matching
from .line_breaks import (BRIDGE, CONJUNCTIONS, EVENT_CLOSES, NUMERALS, PARTICLES, PROPER_NAMES, WRAPPED_TAIL, introduces,
                          open_ended, opens_with_word_of, phrase_opened_at_end, title_wrapped,
                          word_across)
from .patterns import bigrams, column_tagged
from .late_titles import OWN_STORY_SHARE, STRAY_SHARE, TELLING_TITLE_WORDS, title_of_story_above
from .names import words_not_a_name
from .ocr import tag_closes_title
from .page_line import Line, text_width
from .pieces import Body, HeadlineRun, body_beside

_LEAD_CHARS = 150
_MIN_SCORE = 0.12  # below this a block and a body share nothing but chance
_BLOCK_PRICE = 0.1
_CONTINUATION_PENALTY = 0.35  # a jumped-to part rarely repeats a headline
_ADJACENT_BONUS = 0.06
_PHOTO_ADJACENT_BONUS = 0.2  # photo titles are often word-play, not the caption's words
_MAX_CONFIGURATIONS = 4096
_STACKED_LINE = 9
_MAIN_MARGIN = 0.1  # two lines this short with no gap are one headline set in two lines


class _Unit(str):
    """A headline unit: one line, or two short lines stacked without a gap (金华市领导来永 /
    调研工业经济), which keeps its lines for `_split_block` to part again."""

    parts: tuple[str, ...] = ()
    roles: tuple[tuple[float, ...] | None, ...] = ()  # per line: the labeller's p(kicker, title, subtitle)
    lines: tuple[Line, ...] = ()  # the printed lines, one per part


def _unit(text: str, line: Line) -> _Unit:
    unit = _Unit(text)
    unit.lines = (line,)
    unit.roles = (tuple(line.prob(role) for role in _ROLES) if line.label_probs is not None else None,)
    return unit


def _stacked(first: _Unit, second: _Unit) -> _Unit:
    unit = _Unit(f"{first} {second}")
    unit.parts = (*(first.parts or (first,)), second)
    unit.roles = (*first.roles, *second.roles)
    unit.lines = (*first.lines, *second.lines)
    return unit


@dataclass(frozen=True)
class Headline:
    title: str
    kicker: str = ""
    subtitle: str = ""


def run_units(run: HeadlineRun, run_index: int) -> list[str]:
    texts: list[str] = []
    previous: Line | None = None
    lines = run.lines
    half = len(lines) // 2
    if len(lines) % 2 == 0 and half and [p.compact(x.text) for x in lines[:half]] == [
            p.compact(x.text) for x in lines[half:]]:
        lines = lines[:half]  # OCR read the whole headline block twice
    for line in lines:
        if previous is not None and p.compact(line.text) == p.compact(previous.text):
            continue  # OCR read the line twice: stacked again, a title's head would also stay in its kicker
        text = _unit(p.headline_text(line.text), line)
        if (
            previous is not None
            and not line.blank_before
            and previous.size <= _STACKED_LINE
            and line.size <= _STACKED_LINE
            and p.undouble(p.compact(previous.text)) == p.compact(previous.text)
            and " " not in texts[-1]
            and not introduces(previous.text)  # 国家医保局—— over its title is a kicker, not half a title
        ):
            texts[-1] = _stacked(texts[-1], text)
        else:
            texts.append(text)
        previous = line
    unique: list[str] = []
    for text in texts:  # a doubled line read as a unit of its own
        if p.compact(text) not in {p.compact(u) for u in unique}:
            unique.append(text)
    return unique


def lead_text(body_text: str) -> str:
    text = p.LEAD.sub("", body_text)
    text = re.sub(r"^[（(][^）)]{0,30}[）)]", "", text)
    text = re.sub(r"^\d{1,2}月\d{1,2}日[，,]?", "", text)
    return text[:_LEAD_CHARS]


class _Scorer:
    def __init__(self, bodies: list[Body], body_texts: list[str]):
        self.bodies = bodies
        self.lead_texts = [p.compact(p.LEAD.sub("", t))[: decks.LEAD_CHARS] for t in body_texts]
        self.lead = [bigrams(lead_text(t)) for t in body_texts]
        self.full = [bigrams(t) for t in body_texts]
        self.df: dict[str, int] = {}
        for grams in self.full:
            for gram in grams:
                self.df[gram] = self.df.get(gram, 0) + 1

    def unit_score(self, unit: str, b: int) -> float:
        grams = bigrams(unit)
        if not grams:
            return 0.0
        weights, hits = [], []
        for gram in grams:
            weight = 1.0 / max(1, self.df.get(gram, 0))
            weights.append(weight)
            if gram in self.lead[b]:
                hits.append(weight)
            elif gram in self.full[b]:
                hits.append(0.3 * weight)
        # fsum: a set's order follows the hash seed, and a plain sum's rounding with it, so a close call
        # between two readings would go one way or the other from one run to the next
        return math.fsum(hits) / math.fsum(weights)


def assign_headlines(
    runs: list[HeadlineRun], bodies: list[Body], body_texts: list[str], order: list[object]
) -> tuple[dict[int, Headline], list[tuple[int, Headline]]]:
    """Return {body index: headline} and the headlines no body took, with the index
    of the run they came from."""
    if not runs:
        return {}, []
    scorer = _Scorer(bodies, body_texts)
    units = [run_units(run, k) for k, run in enumerate(runs)]
    before, after = _neighbours(runs, bodies, order)

    # never between two lines the column wrapped one title over (我国北方地 / 区遭遇大风降温天气), nor
    # above a line opening with a dash: a subtitle set so stands under its own title, nor above a
    # column's tag alone on its line: it closes the title over it
    # (unless the lines above the cut are the late title of the body above: OCR set the next title under it),
    # nor under a line ending in a dash (王瑛——): a kicker over its own title, nor between a line leaving
    # a bracket open and the line closing it
    cuts_per_run = [[cut for cut in _cuts(len(u)) if not any(
        (title_wrapped(u[n - 1], u[n]) and not _late_title_over(u, n, scorer, before.get(k), after.get(k)))
        or u[n].startswith(p.DASHES) or tag_closes_title(u[n - 1], u[n]) or _leads_on(u[n - 1])
        or p.closes_mark_left_open(u[n - 1], u[n])
        for n in cut) and not (cut and _marked_item_head(u))] for k, u in enumerate(units)]
    configurations = 1
    for cuts in cuts_per_run:
        configurations *= len(cuts)
    if configurations > _MAX_CONFIGURATIONS:
        cuts_per_run = [[()] for _ in runs]  # too many to try: one block per run

    best_value = float("-inf")
    best: list[tuple[list[str], int, int | None]] = []
    for choice in itertools.product(*cuts_per_run):
        blocks: list[tuple[list[str], int, bool, bool]] = []
        for k, cut in enumerate(choice):
            pieces = _apply_cut(units[k], cut)
            for n, block in enumerate(pieces):
                blocks.append((block, k, n == 0, n == len(pieces) - 1))
        value, matching = _solve(blocks, scorer, bodies, before, after)
        if value > best_value + 1e-9:
            best_value, best = value, [(b[0], b[1], matching.get(i)) for i, b in enumerate(blocks)]

    best = _deck_under_deck_joined(best, runs, order, after)
    taken: dict[int, Headline] = {}
    orphans: list[tuple[int, Headline]] = []
    for block, run_index, body_index in best:
        if body_index is None:
            orphans.append((run_index, _marked_item_title(block, _orphan_headline(block))))
            continue
        taken[body_index] = (Headline(continued_title(block)) if bodies[body_index].start == "jump"
                             else _split_block(block, scorer, body_index))
    return taken, orphans


def _orphan_headline(block: list[str]) -> Headline:
    """A block no body took: its first line the title, the rest the subtitle; but a title line leaving a
    bracket or quote open (搬新房 有班上 奔小康(决战脱贫攻 / 坚·一线故事)) takes the lines down to the one
    closing it, as `_roles_close_brackets` does: each role closes what it opens. Not past a line a dash
    opens (a subtitle whatever stands open above it), nor where no line closes it (OCR lost the mark)."""
    end = 1
    while (end < len(block) and p.leaves_mark_open(p.compact("".join(block[:end])))
           and not block[end].lstrip().startswith(p.DASHES)):
        end += 1
    if end == 1 or p.leaves_mark_open(p.compact("".join(block[:end]))):
        return Headline(title=block[0], subtitle=" ".join(block[1:]))
    return Headline(title="".join(unit.strip() for unit in block[:end]), subtitle=" ".join(block[end:]))


def _deck_under_deck_joined(best: list[tuple[list[str], int, int | None]], runs: list[HeadlineRun], order: list[object],
                            after: dict[int, int]) -> list[tuple[list[str], int, int | None]]:
    """A run no body took, set right under another run whose (last) block took the body under the two:
    one deck the layout set apart (a kicker over its title, a title over its subtitle: 旺角衝突 / 辯方質疑…),
    not a headline of no story to be dropped. The two blocks go to that body as one.
    In the dev and third-pool truth of the pm and seg7 makers (both scripts) the run left over is
    that body's own deck line 13 times out of 16, and the 3 others were wrong titles either way."""
    position = {id(piece): n for n, piece in enumerate(order)}
    out = list(best)
    for k in range(1, len(runs)):
        mine = [i for i, (_, run_index, _) in enumerate(out) if run_index == k]
        above = [i for i, (_, run_index, _) in enumerate(out) if run_index == k - 1]
        if not mine or not above or any(out[i][2] is not None for i in mine):
            continue
        last = above[-1]
        b = out[last][2]
        if b is None or after.get(k) != b or position[id(runs[k])] != position[id(runs[k - 1])] + 1:
            continue
        units = [u for i in (last, *mine) for u in out[i][0]]
        out[last] = (units, k - 1, b)
        for i in reversed(mine):
            del out[i]
    return out


def _leads_on(text: str) -> bool:
    """The deck line ends in a dash (全国政协委员刘卫昌——): it introduces the line under it."""
    return text.rstrip().endswith(p.DASHES)


def _late_title_over(units: list[str], n: int, scorer: _Scorer, above: int | None, below: int | None) -> bool:
    """The run's lines above *n* are the title of the body above the run, read after it (its words
    that body's, not the body's under the run), and the line at *n* is not: the next story's deck."""
    if above is None:
        return False
    return title_of_story_above(bigrams(" ".join(units[:n])), bigrams(units[n]), scorer.full[above],
                                None if below is None else scorer.full[below])


def continued_title(units: list[str]) -> str:
    """The headline over a jumped-to part is its story's title said again, all of it: the page
    it goes on in prints no kicker or subtitle (紧接1版 under 邓华：南征北战 英勇无敌（ /
    为了民族复兴·英雄烈士谱）). Lines the column broke inside a word join with no space."""
    title = ""
    for unit in units:
        unit = unit.strip()
        if unit:
            title = unit if not title else title + unit if title_wrapped(title, unit) else f"{title} {unit}"
    return title


def _cuts(n: int):
    """Every way to cut n units into consecutive blocks, as tuples of cut positions."""
    positions = range(1, n)
    for r in range(n):
        yield from itertools.combinations(positions, r)


def _apply_cut(units: list[str], cut: tuple[int, ...]) -> list[list[str]]:
    edges = (0, *cut, len(units))
    return [units[a:b] for a, b in itertools.pairwise(edges)]


def _neighbours(runs, bodies, order):
    """The body just before each run and the body just after it (bylines between are fine); *bodies*
    are the bodies of *order*."""
    position = {id(piece): n for n, piece in enumerate(order)}
    body_at = {id(body): b for b, body in enumerate(bodies)}
    before: dict[int, int] = {}
    after: dict[int, int] = {}
    for k, run in enumerate(runs):
        for side, step in ((before, -1), (after, 1)):
            m = body_beside(order, position[id(run)], step)
            if m is not None:
                side[k] = body_at[id(order[m])]
    return before, after


def _block_score(block, scorer, bodies, b, before, after) -> float:
    units, run_index, first, last = block
    scores = [scorer.unit_score(u, b) for u in units]
    score = max(scores)
    # the block's other lines about the body add a little; a line sharing nothing with any body
    # (a stock kicker: 聚焦高质量发展) says nothing of where the block goes, so it takes nothing
    # away: a kicker between two titles stays with the title under it
    others = sorted(scores)[:-1]
    about = [s for s in others if s >= _SHARES_NOTHING]
    if about:
        score += 0.1 * sum(about) / len(about)
    body = bodies[b]
    adjacent = ((first and before.get(run_index) == b and not any(_heads_body_under_caption(u, scorer, b, after.get(run_index)) for u in units))
                or (last and after.get(run_index) == b))
    if adjacent:
        score += _PHOTO_ADJACENT_BONUS if body.start == "caption" else _ADJACENT_BONUS
    if body.start == "jump":
        score -= _CONTINUATION_PENALTY
    return score


def _heads_body_under_caption(unit: str, scorer: _Scorer, b: int, under: int | None) -> bool:
    """A deck line of a run right under a photo's caption (*b*) whose words are the lead of the body
    under the run (*under*) and not the caption's: that body's deck, not the photo's title set under
    its caption. In the dev and third-pool truth of every page maker (both scripts) such a line was
    the next story's 601 times (137 of them the run's top line) and the photo's never; a photo's
    title under its caption is word-play (324 top lines held less of the next lead)."""
    if under is None or under == b or scorer.bodies[b].start != "caption" or scorer.bodies[under].start == "caption":
        return False
    grams = bigrams(unit)
    return (len(grams) >= TELLING_TITLE_WORDS and _share(grams, scorer.lead[under]) >= OWN_STORY_SHARE
            and _share(grams, scorer.full[b]) < STRAY_SHARE)


def _share(grams: set[str], words: set[str]) -> float:
    return len(grams & words) / len(grams) if grams else 0.0


def _solve(blocks, scorer, bodies, before, after) -> tuple[float, dict[int, int]]:
    if not bodies:
        return -_BLOCK_PRICE * len(blocks), {}
    matrix = [[_block_score(block, scorer, bodies, b, before, after) for b in range(len(bodies))] for block in blocks]
    value = -_BLOCK_PRICE * len(blocks)
    matching: dict[int, int] = {}
    for r, c in max_weight_matching(matrix):
        if matrix[r][c] >= _MIN_SCORE:
            matching[r] = c
            value += float(matrix[r][c])
    return value, matching


_WRITERS = 4  # names at most on a line of writers' names
_NAME = 3  # characters of a writer's name, at most: four is a place and a word (郑州雨灾)
_BRACKETED = re.compile(r"^[（(][^（）()]+[）)]$")


def _names_writers(text: str) -> bool:
    """The line is nothing but one to four people's names parted by spaces (张旭 孟宏恩 任文娜, 鲁露 武思宏,
    孙海洋): the writers a theory or commentary page prints over or under the deck, with no role; not a
    word that reads as a name's shape (时代先锋, 高质量, 黄鹂)."""
    names = text.split()
    return 0 < len(names) <= _WRITERS and all(
        len(name) <= _NAME and re.fullmatch(p.BARE_NAME, name) and not words_not_a_name(name) for name in names)


def _without_line(unit: str, at: int) -> str | None:
    """The unit with its line *at* (0 or -1) left out, None where that was its only line."""
    parts = getattr(unit, "parts", ()) or (unit,)
    if len(parts) < 2:
        return None
    keep = range(1, len(parts)) if at == 0 else range(len(parts) - 1)
    rest = _Unit(" ".join(str(parts[n]) for n in keep))
    if len(keep) > 1:
        rest.parts = tuple(parts[n] for n in keep)
    rest.roles = tuple(unit.roles[n] for n in keep) if len(unit.roles) == len(parts) else ()
    rest.lines = tuple(unit.lines[n] for n in keep) if len(unit.lines) == len(parts) else ()
    return rest


_CREDIT_LINES = 3  # lines a bracketed credit over the deck may run over


def _drop_line(units: list[str], at: int) -> list[str]:
    """The units with the block's first (*at* 0) or last (-1) line left out."""
    rest = _without_line(units[at], at)
    kept = [] if rest is None else [rest]
    return [*kept, *units[1:]] if at == 0 else [*units[:-1], *kept]


def _runs_into(above: decks.DeckLine, below: decks.DeckLine) -> bool:
    """The column wrapped one title over the two lines (…一种埃博拉疫苗被初步证 / 明有效, 王沪宁会 / 见…)."""
    left, right = p.compact(above.text), p.compact(below.text)
    return title_wrapped(left, right) or word_across(left, right)


def _credits_left_out(units: list[str]) -> list[str]:
    """The block without the lines at its edges that are no deck line: writers' names set over its
    first line or under its last (孙海洋 / 为什么要…, …交流会综述 / 张旭 孟宏恩 任文娜), and a credit wholly
    in brackets over it, the writer or unit closing the story above, on up to three lines ((北京…学院
    副教授 赵精 / 武) / 刘国中强调). Read as the kicker, such lines push the kicker down into the title.
    Not a line of a title the column wrapped (…袭击自 / 卫合理)."""
    lines = deck_lines(units)
    if len(lines) < 2:
        return units
    leading = 1 if _names_writers(lines[0].text) and not _runs_into(lines[0], lines[1]) else next(
        (n for n in range(1, min(_CREDIT_LINES, len(lines) - 1) + 1)
         if _BRACKETED.match("".join(line.text.strip() for line in lines[:n]))), 0)
    trailing = 1 if (len(lines) - leading > 1 and _names_writers(lines[-1].text)
                     and not _runs_into(lines[-2], lines[-1])) else 0
    for _ in range(leading):
        units = _drop_line(units, 0)
    for _ in range(trailing):
        units = _drop_line(units, -1)
    return units


def _split_block(units: list[str], scorer: _Scorer, b: int) -> Headline:
    """The main title is the line that shares most with the body; lines before it are
    the kicker, lines after it the subtitle (a line opening with a dash is a subtitle).
    Where the line labeller is sure of every line's role, its reading decides.
    With a trained deck model installed, the model overrules that reading where it is sure
    (`decks.DeckModel.overrule`; `_READS_ON` where it only reads the rules' title on into more lines)."""
    units = _credits_left_out(units)
    model = decks.load_model()
    headline = _modelled_deck(units, scorer, b, model) if model is not None else _rules_deck(units, scorer, b)
    # the first reading closes its brackets too, before a kicker set below leaves its roles out of order
    headline = _roles_close_brackets(headline, units, scorer.lead_texts[b])
    headline = _title_broken_at_deck_edge(units, _read_through(units, headline, scorer, b), scorer.lead_texts[b])
    headline = _title_read_on(units, headline, scorer, b)
    headline = _title_half_over_subtitle(units, _title_runs_full_lines(units, headline))
    headline = _title_fills_column(units, headline)
    headline = _phrase_lines_of_traditional_title(units, headline, scorer, b)
    headline = _subtitle_opens_with_dash(units, headline, scorer, b)
    # before `_kicker_set_below` takes a whole subtitle ending in a dash, and again once the lines
    # OCR gave above the title are back in the subtitle
    headline = _kicker_ending_title(_kicker_set_below(_kicker_line_set_below(headline, units)), units)
    headline = _kicker_line_set_below(_subtitle_set_above(headline, units), units)
    headline = _series_kicker(_speaker_kicker(_title_under_statement(headline, units, scorer, b), units), units, scorer, b)
    headline = _report_kicker_read_in_title(headline, units, scorer.lead_texts[b])
    headline = _exclamation_kicker(headline, units, scorer, b)
    headline = _who_kicker_read_in_title(headline, units, scorer.lead_texts[b])
    headline = _statement_kicker_read_in_title(headline, units, scorer.lead_texts[b])
    headline = _tagged_title_head_read_as_kicker(headline, units)
    headline = _couplet_title_over_plain_line(headline, units, scorer, b)
    headline = _smaller_line_over_wrapped_title(headline, units, scorer, b)
    headline = _topic_label_set_below(headline, units)
    headline = _traditional_kicker_running_on(headline, units)
    headline = _title_ends_at_tag_under_it(_tag_set_under_title(headline, units), units, scorer, b)
    headline = _kicker_closed_by_its_line(headline, units, scorer.lead_texts[b])
    headline = _title_closed_by_its_tag(headline, units)
    headline = _roles_close_brackets(_attendance_read_in_title(headline, units, scorer.lead_texts[b]), units,
                                     scorer.lead_texts[b])
    lead = scorer.lead_texts[b]
    headline = _frame_line_over_title(headline, units, scorer, b)
    headline = _report_line_over_title(units, _title_kept_whole_at_words(units, headline, lead), lead)
    headline = _title_saying_lead_opening(units, _subtitle_opening_lead_read_in_title(units, headline, lead), lead)
    headline = _deputy_kicker_read_in_title(units, headline)
    headline = _reception_line_frames_title(units, _title_set_in_even_halves(units, headline))
    headline = _second_kicker_line_opens_title(headline, units, lead)
    headline = _title_head_at_its_width(units, headline)
    headline = _short_line_under_title_is_its_tail(units, headline, lead)
    return _title_that_introduces(_marked_item_title(units, headline))


def _title_that_introduces(headline: Headline) -> Headline:
    """A title read as a line that introduces the line under it (…南仁东——, 孙春兰…指导强调,
    香港中联办举行新春酒会，骆惠宁表示) is the kicker: no title ends on a dash or a verb of saying
    (none of the 13 dev and third-pool dirs' truth titles does; 556 kickers do). With a subtitle, the
    subtitle is the title it introduces; with a kicker and no subtitle, the kicker was the title set
    over its kicker. Not a subtitle a dash opens (a subtitle still), nor one that introduces too."""
    if not introduces(headline.title):
        return headline
    if headline.subtitle and not headline.kicker:
        if decks.opens_subtitle(headline.subtitle) or introduces(headline.subtitle):
            return headline
        return Headline(title=headline.subtitle, kicker=headline.title)
    if headline.kicker and not headline.subtitle and not introduces(headline.kicker):
        return Headline(title=headline.kicker, kicker=headline.title)
    return headline


def _second_kicker_line_opens_title(headline: Headline, units: list[str], lead: str) -> Headline:
    """On a traditional page, a kicker read over two lines that the column did not break one
    phrase over (武漢肺炎大爆發 / 韓確診破千宗 / 文在寅開會…, 721白衣人暴動案 / 4名罪成被告求情 /
    官稱…) over a title of one line: a Hong Kong kicker is one topic line, and the line under it,
    which the labeller reads as a title line more than a kicker, is the head of a title whose
    phrases run over two lines. Not a line introducing the title (…表示——), nor one restating the
    lead (a subtitle set above the title), nor a line naming the piece or its series, nor one of
    figures alone (2020.11.27)."""
    if not headline.kicker or not _traditional(units):
        return headline
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None or cut.kicker != 2 or cut.end - cut.kicker != 1:
        return headline
    above, line = lines[0], lines[1]
    if (line.roles is None or line.roles[1] <= line.roles[0] or len(re.findall(rf"[{p.CJK}]", line.text)) < 2
            or _runs_into(above, line) or introduces(above.text) or introduces(line.text)
            or decks.restates_clauses(decks.line_phrases(line.text), lead)
            or decks.names_the_piece(line.text) or _series_name(line.text)):
        return headline
    return replace(_reading(lines, decks.Cut(1, cut.end)), subtitle=headline.subtitle)


_ITEM_MARK = re.compile(r"^\s*[■●▲◆]")  # what opens an item's head in a column of briefs (■, ●)
_ANY_ITEM_MARK = re.compile(r"[■●▲◆]")
_ITEM_TITLE_LINES = 3  # lines an item's marked title runs over, at most


def _marked_item_title(units: list[str], headline: Headline) -> Headline:
    """A block of two or three lines whose first line opens on an item's mark (■, ●, ▲, ◆), no line
    under it marked, is one item's title the column wrapped (●李强签署国务院令 / 公布《森林草原防灭火条例》,
    ▲重视防范数字技术给 / 基层治理带来的新问题): the mark opens the one head of a brief, which has no
    kicker or subtitle of its own. Not a block a line of which introduces the next (■ …检验师钱珊英——),
    nor one whose line sets a second mark (■…完成整治■…有保障: a kicker listing its points): those are a
    kicker over its title."""
    if not _marked_item_head(units):
        return headline
    lines = deck_lines(units)
    cut = decks.Cut(0, len(lines))
    if decks.cut_of(lines, headline.kicker, headline.title) == cut:
        return headline
    return _reading(lines, cut)


def _marked_item_head(units: list[str]) -> bool:
    """The units are the two or three printed lines of one marked item's title (see `_marked_item_title`)."""
    lines = deck_lines(units)
    printed = [line.text for unit in units for line in getattr(unit, "lines", ())]  # with their marks
    return (2 <= len(lines) <= _ITEM_TITLE_LINES and len(printed) == len(lines) and bool(_ITEM_MARK.match(printed[0]))
            and not any(_ITEM_MARK.match(text) for text in printed[1:])
            and not any(_ANY_ITEM_MARK.search(text.strip()[1:]) for text in printed)  # ■…■…: a kicker's points
            and not any(introduces(line.text) or decks.opens_subtitle(line.text) for line in lines))


# who a session's deputy or member is: a post (…书记, …厅长, …执行官, …主任) and a name of two or three, then 代表 or 委员
_DEPUTY = re.compile(r"(?:[长長官任记記席理裁士授生师師监監])[^\s\d，,、：:（）()]{2,3}(?:代表|委员|委員)$")


def _deputy_kicker_read_in_title(units: list[str], headline: Headline) -> Headline:
    """The deck's first lines, wrapped at the column or not, name a deputy or a member by post and name
    (58同城首席执 / 行官姚劲波代表 / 发挥线上职业 / 技能培训作用, 北京市东城区委书记夏林茂代表 / 让社工…): the
    kicker a session's coverage sets over what the deputy proposes, the title; never the head of that title
    nor a title over it as its subtitle. A meeting's guests (习近平会见中国女排代表) name no post and name."""
    if headline.kicker:
        return headline
    lines = deck_lines(units)
    cut = decks.cut_of(lines, "", headline.title)
    if cut is None or cut.kicker != 0:
        return headline
    for n in range(1, len(lines)):
        if _DEPUTY.search(p.compact("".join(line.text for line in lines[:n]))):
            reading = _reading(lines, decks.Cut(n, cut.end if n < cut.end else len(lines)))
            # the post and the name are one phrase, however the column wrapped them
            return Headline(title=reading.title, kicker="".join(line.text.strip() for line in lines[:n]),
                            subtitle=reading.subtitle)
    return headline


# what the lead opens with before its first clause: the rest of a dateline (新闻联播）：), an aside (（记者 X）)
_LEAD_PREAMBLE = re.compile(r"^(?:[（(][^（()）]{0,30}[）)]|[^（()），。：:]{0,12}[）)])[：:]?")
_OPENING_CLAUSE = 4  # characters, at least, of an opening clause a deck says again
_OPENING_ENDS = re.compile(r"[，,。；;：:！？!?、]")  # what ends the lead's first clause


def _subtitle_opening_lead_read_in_title(units: list[str], headline: Headline, lead: str) -> Headline:
    """The title's last lines, read together across the column's wraps, say word for word the clause
    the story's *lead* opens with (青溪水库 / 今年蓄水量 / 创十年新高 / 据市水利局 / 昨日发布的 / 数据, the
    lead: 据市水利局昨日发布的数据，青溪水库…): a subtitle restating the lead's first clause under the
    title, wrapped at the column as the title is. A title's tail never says the lead's opening clause
    on its own, even where the lead, further on, reads on across the break into it: words met again by
    chance (…优化 / 县域是…, the lead: 县域是…，…优化县域…)."""
    if headline.subtitle or not lead:
        return headline
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None or cut.end != len(lines) or cut.end - cut.kicker < 2:
        return headline
    opening = _OPENING_ENDS.split(_LEAD_PREAMBLE.sub("", lead), maxsplit=1)[0]
    if len(opening) < _OPENING_CLAUSE:
        return headline
    for start in range(cut.kicker + 1, cut.end):
        said = [p.compact(line.text) for line in lines[start:]]
        if "".join(said) == opening and not any(decks.opens_subtitle(line.text) for line in lines[start:]):
            return _reading(lines, decks.Cut(cut.kicker, start), lead)
    return headline


def _title_saying_lead_opening(units: list[str], headline: Headline, lead: str) -> Headline:
    """A title read as exactly the clause the story's *lead* opens with (保监会今天公布消息称, the lead:
    保监会今天公布消息称，我国初步建立…), under the deck's other lines read as its kicker
    (我国初步建立食品安全责任保险制度 / 保监会今天公布消息称): the lower line restating the lead's
    opening clause is the subtitle and the lines over it are the title. In the dev and third-pool
    truth of three page makers (both scripts), a deck role saying the lead's opening clause word for
    word, set as the last lines of a deck of two or more roles, is the subtitle 200 times, the title 4
    and a kicker once. Not where the lines above introduce the title (…强调, …——) or open like a
    subtitle or report an act (市体育局发布全民健身计划 over the news: a kicker), nor where the title has
    a subtitle too; a title over a subtitle keeps its reading where the lead restates the title line alone."""
    if not lead or not headline.kicker or headline.subtitle:
        return headline
    opening = _OPENING_ENDS.split(_LEAD_PREAMBLE.sub("", lead), maxsplit=1)[0]
    if len(opening) < _OPENING_CLAUSE or p.compact(headline.title) != opening:
        return headline
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None or cut.kicker == 0 or cut.end != len(lines):
        return headline
    other = lines[:cut.kicker]
    if any(introduces(line.text) or decks.opens_subtitle(line.text) or decks.names_the_piece(line.text)
           or _REPORTS.search(line.text) or p.is_byline(line.text) or p.compact(line.text) in opening
           for line in other):
        return headline
    if any(decks.opens_subtitle(line.text) for line in lines[cut.kicker:cut.end]):
        return headline
    return _reading(lines, decks.Cut(0, cut.kicker))


# a line reporting how the news was received (…重要讲话引起热烈反响, …回信在各行各业引发热烈反响)
_RECEPTION = re.compile(r"(?:引起|引发|引發|激起)\S{0,8}反[响響]$")


def _reception_line_frames_title(units: list[str], headline: Headline) -> Headline:
    """A title reporting how the news was received (习近平总书记寄语新时代青年引发热烈反响), set under the lines
    that say the news itself (青春由磨砺而出彩 / 人生因奋斗而升华), is the deck's subtitle: the title is what was
    said or asked, the line frames it. It may be one line or several the column wrapped (习近平总书记就推进新型
    工业 / 化作出重要指示引发热烈反响: a subtitle in smaller type set as wide as the column, its dash lost):
    one subtitle either way. Only as the deck's last lines (as its first line, over the title,
    `_frame_line_over_title` reads it, with its guards); not where it is the deck's only line, a title of its
    own, nor under a pair of short phrases over it (奋进新征程 建功新时代 / …新年贺词在海外引发积极反响): a
    column's slogan, a kicker over its title."""
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if (cut is None or len(lines) < 2 or cut.kicker == 0 or cut.end != len(lines)
            or not _RECEPTION.search(p.compact("".join(line.text for line in lines[cut.kicker:])))):
        return headline
    if cut.kicker == 1 and _parallel(lines[0].text) and _kicker_shape([line.text for line in lines], 0):
        return headline
    return replace(_reading(lines, decks.Cut(0, cut.kicker)),
                   subtitle=p.raw_join([line.text.lstrip("—－- ") for line in lines[cut.kicker:]]))


def _title_line_over_subtitles(units: list[str], headline: Headline) -> list[decks.DeckLine] | None:
    """The deck's lines where it was read as its first line alone for the title, over subtitle lines and
    under no kicker, the reading that the even halves, the issue line and the smaller type read again;
    None for any other reading."""
    if headline.kicker or not headline.subtitle:
        return None
    lines = deck_lines(units)
    if len(lines) < 2 or decks.cut_of(lines, "", headline.title) != decks.Cut(0, 1):
        return None
    return lines


_HALF_LINE = 8  # characters of each half of a title set over two short lines, at most


def _title_set_in_even_halves(units: list[str], headline: Headline) -> Headline:
    """Two short lines of one length, the block's only lines, read as a title over its subtitle are
    one title set in two halves (祝福祖国 / 欢度国庆, 高唱《我的祖国》 / 凝聚爱国热忱): a subtitle says
    more than its title, in a longer line of smaller type, and is seldom as short as a few words.
    Not a line opening with a dash or naming the piece or a series, nor one under a line that
    introduces it (…——, …：), nor a column label with a middle dot."""
    lines = _title_line_over_subtitles(units, headline)
    if lines is None or len(lines) != 2:
        return headline
    upper, lower = lines[0].text, lines[1].text
    sizes = [len(p.compact(text)) for text in (upper, lower)]
    if (max(sizes) > _HALF_LINE or min(sizes) < 2 or abs(sizes[0] - sizes[1]) > _SAME_WIDTH
            or introduces(upper) or re.search(r"[：:]$", upper.strip()) or decks.opens_subtitle(lower)
            or any(decks.names_the_piece(text) or decks.names_a_series(text) or _series_name(text)
                   or not re.search(rf"[{p.CJK}]", text) for text in (upper, lower))):
        return headline
    return Headline(title=f"{upper.strip()} {lower.strip()}")


# The frame a mainland daily sets over the main title, which says what the document asks, what was
# urged or what the news is: a line reporting a document issued (多部门联合印发意见, 《求是》杂志发表…重要文章,
# 中央军委印发《通知》), who spoke and what they urged, run on past the speaker's verb (…在陕西调研时强调全面
# 振兴…, …指导工作时要求…), or how the news was taken (代表委员热议…, …重要指示引起热烈反响).
_FRAMES = re.compile(r"(?:印发|印發|发表|發表|发布|發佈|公布)\S{0,12}(?:意见|意見|通知|文章|决定|決定|办法|辦法|》)$"
                     r"|(?:强调|強調|指出|要求)\S{4,}|热议|熱議|" + _RECEPTION.pattern)


def _frame_line_over_title(headline: Headline, units: list[str], scorer: _Scorer, b: int) -> Headline:
    """A title of one whole line over subtitle lines, where that line is a frame (多部门联合印发意见 /
    加强军人军属…优待工作, 孙春兰在陕西调研时强调全面振兴… / 更好服务国家…, …重要指示引起热烈反响 / 努力开创…):
    it frames the news the line under it states. The first line is the kicker, the second the title, with
    the lines it runs on into where the column broke it. Not where the line under it has a subtitle's shape:
    it opens with a dash or a subtitle's words, names the piece, reports how the news was taken (…引起热烈
    反响), numbers a series (…④) or hands on in turn; nor over a line holding spaces (韩正强调 深化油气体制
    改革…: one line carrying the title after its speaker)."""
    lines = _title_line_over_subtitles(units, headline)
    if lines is None:
        return headline
    upper, lower = lines[0].text.strip(), lines[1].text.strip()
    if (" " in upper or not _FRAMES.search(p.compact(upper)) or decks.opens_subtitle(lower)
            or decks.names_the_piece(lower) or introduces(lower) or re.search(r"(?:反响|反響)$", p.compact(lower))
            or re.search(r"[①-⑳]$", lower)):
        return headline
    return _title_under_first_line(lines, scorer, b)


def _title_under_first_line(lines: list[decks.DeckLine], scorer: _Scorer, b: int) -> Headline:
    """The first line the kicker and the second the title, with the lines the title runs on into
    where the column broke it (…加强军队党的领 / 导、打赢…); the lines left are the subtitle."""
    end = 2
    while end < len(lines) and not decks.opens_subtitle(lines[end].text) and (
            word_across(p.compact(lines[end - 1].text), p.compact(lines[end].text))
            or _reads_across(lines[end - 1], lines[end], scorer.lead_texts[b])
            or _broken_title(lines[end - 1].text, lines[end].text, scorer, b)):
        end += 1
    return _reading(lines, decks.Cut(1, end), scorer.lead_texts[b])


def _title_kept_whole_at_words(units: list[str], headline: Headline, lead: str) -> Headline:
    """A word the column broke across two lines (总书 / 记, 无本 / 土新增) is one word of one title, and
    a line opening on a particle (…共享经济联盟 / 的民调…, 多 / 地联手…) goes on the phrase above: the
    kicker's last line or the subtitle's first, broken from the title so, is the title's. So is a line
    stopping on a word that needs what the next line holds (领导干部是 / 全面依法治国的关键), and a line
    opening on a word the line above left (激发创新 / 活力 支撑跨越发展). No deck parts its roles inside
    a word or a phrase; a line opening on a word's end opens with no subtitle's word (总书 / 记为…, not
    记…), but a dash still opens a subtitle. Two sides' reports set on two lines
    (俄称… / 乌称…) are the two clauses of one title, kept apart by a space, where the story's *lead* says
    neither again as a clause of its own, as it says a subtitle's. A kicker line the lead says as a
    whole clause and does not read on from into the title (`_clause_over`: 天津东丽区华明工业园内 /
    科创一线澎湃青春动能) stays the kicker: the word across the break (内科) is there by chance."""
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None:
        return headline

    def broken(above: decks.DeckLine, below: decks.DeckLine) -> bool:
        return (not below.text.lstrip().startswith(p.DASHES) and not introduces(above.text)
                and (word_across(p.compact(above.text), p.compact(below.text)) or _opens_on_particle(below.text)
                     or _stops_before_object(above.text) or _opens_on_word_left(above.text, below.text)))

    def one_title(above: decks.DeckLine, below: decks.DeckLine) -> bool:
        return broken(above, below) or _reports_of_two_sides(above.text, below.text, lead)

    start, end = cut.kicker, cut.end
    while (start > 0 and one_title(lines[start - 1], lines[start])
           and not _kicker_clause_over(lines[start - 1].text, lines[start].text, lead)):
        start -= 1
    while end < len(lines) and one_title(lines[end - 1], lines[end]):
        end += 1
    return _title_taken_on(lines, headline, cut, start, end,
                           apart=lambda above, below: _reports_of_two_sides(above.text, below.text, lead))


# who says it, then 称: one side's report (俄称…, 以色列称…, 美军称…); not 称号, 称为, 称赞
_REPORTS_SAYING = re.compile(r"^[^\s，,：:“”「」]{1,6}?[称稱](?![号號为為赞讚])")


def _reports_of_two_sides(above: str, below: str, lead: str) -> bool:
    """Each line opens on who says what (俄称对乌发动攻势 / 乌称打击俄指挥所): the two sides' reports of
    one event, set side by side as one title. Not where the lead says either line as a clause of its own
    (…作出回应 / 斡旋方称谈判仍在继续 over …，斡旋方称谈判仍在继续。): a kicker or subtitle restating it."""
    return (bool(_REPORTS_SAYING.match(p.compact(above)) and _REPORTS_SAYING.match(p.compact(below)))
            and not any(decks.restates_clauses(decks.line_phrases(line), lead) for line in (above, below)))


def _report_line_over_title(units: list[str], headline: Headline, lead: str) -> Headline:
    """A title read as two whole lines joined with a space, the column having wrapped neither into the
    other (美妄称中国法律要求企业配合政府“窃密” / 外交部回应：不应断章取义, 结束同印度总理…国事访问 /
    习近平回到北京): a mainland daily sets a longer line reporting what was done over its shorter main
    title, a kicker and its title; one title runs on over lines of one width, or stacks in short lines.
    Not a line that names its place or speaker with a colon (安徽：打造“医共体” / 小病不出县), a title's
    own shape, nor one naming a subject with no verb (金华至义乌城际列车 / 6月起加密班次): that title
    goes on in the line under it; nor one side's report over the other's (哈马斯称… / 以色列称…); nor a
    Hong Kong title, which strings its phrases over whole lines
    (`_phrase_lines_of_traditional_title`)."""
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    # under a kicker, two lines are the title's (…向高端转型 / 煤炭变“新材” / 这是片蓝海)
    if cut is None or (cut.kicker, cut.end) != (0, 2) or _traditional(units):
        return headline
    upper, lower = lines[0], lines[1]
    if (f"{upper.text} {lower.text}" not in headline.title  # the column wrapped it: one title
            or len(p.compact(upper.text)) < _REPORT_LINE
            or len(p.compact(lower.text)) > len(p.compact(upper.text)) - _REPORT_LONGER
            or re.search(r"[：:]", upper.text) or column_tagged(upper.text) or decks.verbless(upper.text)
            or _reports_of_two_sides(upper.text, lower.text, lead)):
        return headline
    return _reading(lines, decks.Cut(1, 2))


_REPORT_LONGER = 2  # characters a report line over its title is longer by, at least
# characters of a report line, at least: it runs most of a column's width; two short lines (美国政府“停摆” /
# 时间创纪录) are one title a narrow column stacked
_REPORT_LINE = 12


_PHRASE_PARTICLES = ("的", "地", "之", "了", "得", "等")  # never the first word of a deck line


def _opens_on_particle(text: str) -> bool:
    """The line's first word is a structural particle (的, 地, 了, 等): it ends the phrase the line
    above holds, not one of its own."""
    first = next(iter(loaded_posseg().cut(p.compact(text), HMM=False)), None)
    return first is not None and first.word in _PHRASE_PARTICLES and first.flag.startswith("u")


def _roles_close_brackets(headline: Headline, units: list[str], lead: str) -> Headline:
    """A kicker or title left with a bracket or quote open takes the lines under it down to the one
    closing it (脱贫攻坚战一定能打赢（评 / 论员观察）): each role closes what it opens."""
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None or not _cut_inside_brackets(lines, cut):
        return headline
    kicker = cut.kicker
    while kicker > 0 and _open_above(lines, kicker):
        kicker -= 1
    end = cut.end
    while end < len(lines) and _open_above(lines, end):
        if lines[end].text.startswith(p.DASHES):
            return headline  # the subtitle's dash: the paper set the rest apart
        end += 1
    if _open_above(lines, end):
        return headline  # nothing closes it: OCR lost the mark
    return _reading(lines, decks.Cut(kicker, end), lead)


def _title_closed_by_its_tag(headline: Headline, units: list[str]) -> Headline:
    """A title line ending in a column tag (故乡的野菜(泥土芬芳), …潜心调研（代表委员履职故事）) is the
    title's last: a daily sets the tag after the whole title, so whole lines read on into the
    title under it are the subtitle's, or a kicker set below the title where the line introduces
    (禹诚代表——). A line read on with no space is one the column wrapped: brackets closing the
    line above are the title's own (全国党校（行政学院） / 应急管理…)."""
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None:
        return headline
    tagged = next((n for n in range(cut.kicker, cut.end - 1) if column_tagged(lines[n].text)
                   and f"{lines[n].text} {lines[n + 1].text}" in headline.title), None)
    if tagged is None:
        return headline
    title = _reading(lines, decks.Cut(cut.kicker, tagged + 1)).title
    rest = [line.text for line in lines[tagged + 1:cut.end]]
    if len(rest) == 1 and introduces(rest[0]) and cut.end == len(lines):
        return Headline(title=title, kicker=" ".join(x for x in (headline.kicker, rest[0]) if x),
                        subtitle=headline.subtitle)
    subtitle = " ".join(x for x in (*(r.lstrip("—－- ") for r in rest), headline.subtitle) if x)
    return Headline(title=title, kicker=headline.kicker, subtitle=subtitle)


def _kicker_closed_by_its_line(headline: Headline, units: list[str], lead: str) -> Headline:
    """A kicker line that introduces the title (李强在广西调研时强调, …——) is the kicker's last line:
    a kicker runs on over more lines only where the column wrapped it, so lines read into the kicker
    under it are the title's (…强调 / 广东交警推出潮汐 / 车道 让假期“堵心”变舒心). Not a series' name
    over more lines: it may be another story's label OCR set there (特首戰局系列十之三)."""
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None or cut.kicker < 2:
        return headline
    last = next((n for n in range(cut.kicker - 1) if introduces(lines[n].text)), None)
    if last is None:
        return headline
    reading = _reading(lines, decks.Cut(last + 1, cut.end), lead)
    return Headline(title=reading.title, kicker=reading.kicker, subtitle=headline.subtitle)


# A line naming who presided or attended (栗战书主持, 副市长张华出席, 陈希出席并颁发证书): under the
# title of a meeting or a ceremony it is the subtitle, never the title's last words.
_ATTENDS = re.compile(r"^\S{2,8}(?:主持|出席)(?:并\S+)?$")


def _attendance_read_in_title(headline: Headline, units: list[str], lead: str) -> Headline:
    """The title's last whole line names who presided or attended (…会议举行 / 栗战书主持): the
    subtitle's first line, not the title's."""
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None or cut.end - cut.kicker < 2:
        return headline
    last, above = lines[cut.end - 1].text, lines[cut.end - 2].text
    if not _ATTENDS.match(last.strip()) or title_wrapped(above, last):  # one phrase: …闭幕 王沪宁主持并讲话 is the title's
        return headline
    return _reading(lines, decks.Cut(cut.kicker, cut.end - 1), lead)


# A verb reporting an act, with what was done after it (…签署备忘录, …发表…文章, …战罢4盘), or a
# disclosure (…公告披露): a line with one, whole over another whole line, says who did what, as a
# kicker does over the title's news. An event verb closing the line (…会议举行, …名单公布) is the
# news itself: a title.
_REPORTS = re.compile(r"(?:签署|簽署|发布|發佈|發布|公布|印发|印發|召开|召開|举行|舉行|通报|通報|战罢|戰罷|会见|會見|出台|发表|發表)\S"
                      r"|披露$")


def _report_kicker_read_in_title(headline: Headline, units: list[str], lead: str) -> Headline:
    """A title of whole lines whose first reports an act or event (15地海关签署备忘录 /
    西部陆海新通道将全程开通…, 《求是》杂志发表…重要文章 / <the article's title, perhaps wrapped>)
    is a kicker over the title: the first line says who reported or did what, the lines under it
    are the news; not where the column broke one title across the first two (…联合发布2020年 /
    “最美医生”…)."""
    lines = _title_of_whole_lines(headline, units, lead)
    if lines is None or not _REPORTS.search(lines[0].text) or _opens_with_verb(lines[1].text):
        return headline
    return _reading(lines, decks.Cut(1, decks.cut_of(lines, "", headline.title).end), lead)


# A short cry (中國留學生再受限！) over a line that states the news at length is the news's kicker:
# the cry reacts, the line under it names what it cries about again and says what happened. A
# title exclaims too, but over a line no longer than itself (…要車公打救！ / 車公廟又關…咩事呀),
# a question, or a line naming the piece (食用野生动物，重罚！ / …负责人答记者问).
_EXCLAIMS = re.compile(r"[！!]$")
_CRY = 12  # characters at most of a cry set as a kicker
_NEWS_LONGER = 1.5  # the line under a cry is at least this many times its length
_ASKS = re.compile(r"(?:[？?！!…⋯]|[吗嗎呢呀嘛么麼])$")


def _exclamation_kicker(headline: Headline, units: list[str], scorer: _Scorer, b: int) -> Headline:
    """A title of one short line ending in an exclamation, with no clause mark in it, over a line
    half again as long that is a plain statement, no question nor a second cry, names the cry's
    subject again and is about the body: the cry is the kicker and that line the title."""
    if headline.kicker:
        return headline
    lines = deck_lines(units)
    cut = decks.cut_of(lines, "", headline.title)
    if cut is None or cut.kicker != 0 or cut.end != 1 or len(lines) < 2:
        return headline
    cry, news = lines[0].text.strip(), lines[1].text.strip()
    if (not _EXCLAIMS.search(cry) or len(p.compact(cry)) > _CRY or re.search(r"[\s，,。；;：:、？?！!]", cry[:-1])
            or len(p.compact(news)) < _NEWS_LONGER * len(p.compact(cry)) or _ASKS.search(news)
            or decks.opens_subtitle(news) or decks.names_the_piece(news) or introduces(news)
            or not bigrams(cry) & bigrams(news) or scorer.unit_score(news, b) < _SHARES_NOTHING):
        return headline
    return _reading(lines, decks.Cut(1, 2), scorer.lead_texts[b])


def _upper_line_as_kicker(headline: Headline, units: list[str], lead: str) -> Headline | None:
    """The title's first whole line read as the kicker over the rest, where it reports an act, names
    who or states what a named actor did (`_report_kicker_read_in_title` and the next two), or None."""
    for read in (_report_kicker_read_in_title, _who_kicker_read_in_title, _statement_kicker_read_in_title):
        reading = read(headline, units, lead)
        if reading != headline:
            return reading
    return None


def _who_kicker_read_in_title(headline: Headline, units: list[str], lead: str) -> Headline:
    """A title of whole lines whose first only names who or where (国家林业和草原局 / 严格野生动物管控,
    湖南常德 / 推进扫黑除恶) is that line's kicker: a daily sets the agency or the place over
    the news it makes; not where the column broke a word or the lead reads across the break."""
    lines = _title_of_whole_lines(headline, units, lead)
    if lines is None or not _names_who(lines[0].text) or not _opens_with_predicate(lines[1].text):
        return headline
    return _reading(lines, decks.Cut(1, decks.cut_of(lines, "", headline.title).end), lead)


def _statement_kicker_read_in_title(headline: Headline, units: list[str], lead: str) -> Headline:
    """A title of whole lines whose first is a plain statement of what a named place, agency or
    person did (广东台山全力救援 / 搁浅白海豚重归大海, 天津…谋项目稳投资 / 为高质量发展注入内生动力)
    over a line that stands as a title of its own is that line's kicker: the daily sets the statement
    over the news it frames. Not a line opening on a common noun (市民踊跃参加… is one title's first
    line), one too short or with marks in it (英国公布 / “脱欧”后…), one stopping on a bare verb or a
    preposition (叙利亚反对派开始 / 撤出…, …读者会在 / 吉隆坡举行: what follows goes on with it); nor
    over a line with a named actor of its own (哈马斯称… / 以色列称…: the two sides of one title), nor
    where the lead reads on across the break (…发电连续 / 两日突破…). Not on a traditional page: a Hong Kong
    title strings statements of who did what over its lines (鄭州作家受訪講災後一度須現金購物 / 黨員兒子提醒
    小心外媒 / …, `_phrase_lines_of_traditional_title`); on the traditional pages of the dev and third-pool
    dirs the rule fired three times, each on one such title."""
    lines = _title_of_whole_lines(headline, units, lead)
    if (lines is None or _traditional(units) or len(p.compact(lines[0].text)) < _STATEMENT or _STATEMENT_MARKS.search(lines[0].text.strip())
            or not _who_acts(lines[0].text) or not _stands_alone(lines[1].text) or _who_acts(lines[1].text)
            or p.compact(lines[0].text)[-BRIDGE:] + p.compact(lines[1].text)[:BRIDGE] in lead):
        return headline  # the lead reads on across the break, over a blank line too: one title
    return _reading(lines, decks.Cut(1, decks.cut_of(lines, "", headline.title).end), lead)


def _who_acts(text: str) -> bool:
    """The line opens on a name of a place, agency or person and goes on to a verb, and does not
    stop on a preposition or a bare verb: subject and act (孙春兰率…指导工作, 人民日报搭建…平台, 广东台山全力救援)."""
    names = (*PROPER_NAMES, "s")
    words = [w for w in loaded_posseg().cut(p.compact(text), HMM=False) if w.flag != "x"]
    if not words or words[0].flag not in names or words[-1].flag in ("p", "v"):
        return False
    n = 1
    while n < len(words) and words[n].flag in names:
        n += 1
    return any(w.flag in ("v", "vn", "vd") for w in words[n:])


def _stands_alone(text: str) -> bool:
    """The line could be a title by itself: a verb outside any work's name (not 《…的回响》音乐会), or
    two phrases; not opening on a locality word (…座谈会 / 上强调…: the column broke 会上), going on
    with a list (…计划 / 报告和计划草案、…), closing on the event's verb (…介绍会 / 在菲律宾举行: the
    line above is its subject) nor naming a series (…基层行·乡镇篇)."""
    words = list(loaded_posseg().cut(re.sub(r"《[^》]*》", "", p.compact(text)), HMM=False))
    if (not words or words[0].flag == "f" or "、" in text or EVENT_CLOSES.search(p.compact(text))
            or decks.names_a_series(text) or _series_name(text)):
        return False
    return " " in text.strip() or any(w.flag.startswith("v") for w in words)


def _title_of_whole_lines(headline: Headline, units: list[str], lead: str) -> list[decks.DeckLine] | None:
    """The block's lines where the title, with no kicker, opens on the block's first whole line and
    goes on in a second that the first does not run into."""
    if headline.kicker:
        return None
    lines = deck_lines(units)
    cut = decks.cut_of(lines, "", headline.title)
    if cut is None or cut.kicker != 0 or cut.end < 2:
        return None
    upper, lower = lines[0].text, lines[1].text
    if (len(p.compact(lower)) <= _TAIL_LINE  # a title's last word wrapped (…工作 / 座谈会)
            or title_wrapped(upper, lower) or _reads_across(lines[0], lines[1], lead)
            or introduces(upper)
            or decks.opens_subtitle(lower) or re.match(r"[：:，,、；;的之]", lower.strip())
            or re.search(r"[：:，,；;、]", upper)):
        return None
    return lines


_WHO_TAGS = ("n", "nr", "ns", "nt", "nz", "s", "c", "r")  # nouns, names, places, 和/与, 各
_PLACE_OR_BODY = ("ns", "nt", "s")
_BODY_SUFFIX = re.compile(r"[局部委院所队隊台厅廳署办辦会會社校行司团團省市县縣区區镇鎮乡鄉村州]$")
_WHO = 4  # characters at least: a bare noun of two or three (美丽乡村 aside) is a topic, not an agency


def _names_who(text: str) -> bool:
    """The line is only the name of an agency, a company or a place (国家林业和草原局, 浙江台州):
    nouns and names in the dictionary's words, one a place or a body (a guessed name may hide a verb:
    金华市领导来永 is who came, not who)."""
    compact = p.compact(text)
    if len(compact) < _WHO or not re.fullmatch(rf"[{p.CJK}]+", compact) or "的" in compact:
        return False
    words = list(loaded_posseg().cut(compact, HMM=False))
    return (all(w.flag in _WHO_TAGS for w in words)
            and (any(w.flag in _PLACE_OR_BODY and len(w.word) >= 2 for w in words) or bool(_BODY_SUFFIX.search(compact))))


def _opens_with_predicate(text: str) -> bool:
    """The line opens on a verb, an adverb or a preposition (严格…管控, 以改革创新激发…): a predicate
    whose subject stands in the line above; a line with a subject of its own (“停摆”时间创纪录,
    一省进入紧急状态) is the second half of one title."""
    words = list(loaded_posseg().cut(p.compact(text), HMM=False))
    return bool(words) and words[0].flag[:1] in ("v", "d", "p", "a") and any(w.flag.startswith("v") for w in words)


def _opens_with_verb(text: str) -> bool:
    """The line opens with a verb of two characters or more (决定将…, 介绍…): it has no subject of
    its own, the line above's goes on in it."""
    words = list(loaded_posseg().cut(p.compact(text), HMM=False))
    return bool(words) and words[0].flag == "v" and len(words[0].word) >= 2


_STATEMENT = 8  # characters of a plain statement line (湖北十堰规范小微权力运行)
_STATEMENT_MARKS = re.compile(r"[\s，,：:“”「」『』《》！？!?—－（）()、·•・]")
_CATCHY = re.compile(r"\S\s+\S|[“”「」『』]")
_TWO_PHRASES = re.compile(r"\S\s+\S")
_QUOTES = re.compile(r"[“”]")
# a line calling for what should come of the news (让法治融入生活, 让长征精神深入人心) sums it up as a
# title does; a subtitle under a title reports more of the news, or opens with its dash
_CALLS = re.compile(r"^[让讓]")
# a statement over a catchy title may quote a term (开展“支部联赛”) or join two clauses with a comma
_STATEMENT_OVER_TITLE_MARKS = re.compile(r"[\s：:「」『』《》！？!?—－（）()、·•・]")


def _title_under_statement(headline: Headline, units: list[str], scorer: _Scorer, b: int) -> Headline:
    """A plain statement of the news over a shorter line set as two phrases or with quotes
    (湖北十堰规范小微权力运行 / 打开电视 能查村务, 江西南昌经开区优化营商环境 / 当好企业“娘家人”)
    is the kicker over its title: the catchy line is the title; the statement says what
    happened. So is a statement over a line calling for what should come of it (江苏泗阳开展“法惠三农”活动
    / 让法治融入生活). Read as title and subtitle, it turns round; not where the lead says the catchy line
    as its own clauses (各地开展精彩纷呈的冰雪活动 / 玩冰乐雪 人们畅享运动的欢乐: a subtitle
    restating the lead); but a couplet of even phrases under the statement is its title though the lead
    says them (山东潍坊市寒亭区实施强村领航工程 / 让弱村变强 把强村做优): a daily sets its title as even
    phrases and a subtitle seldom so. The catchy title may be two short lines stacked as one couplet
    (黑炭变“白金” / 这是片蓝海), and a line under it is its subtitle (…博览会开幕 / 发展智能养老 做大银发经济 /
    本届…为期3天)."""
    if headline.kicker or not headline.subtitle:
        return headline
    lines = deck_lines(units)
    cut = decks.cut_of(lines, "", headline.title)
    if cut is None or cut.end - cut.kicker != 1 or len(lines) - cut.end not in (1, 2):
        return headline
    upper = lines[cut.kicker].text
    under = [line.text for line in lines[cut.end:]]
    stacked = len(under) == 2 and any(
        [p.compact(part) for part in getattr(unit, "parts", ())] == [p.compact(text) for text in under] for unit in units)
    if len(under) == 2 and not stacked and (title_wrapped(*under) or decks.opens_subtitle(under[0])):
        return headline
    lower = " ".join(under) if stacked else under[0]
    if any(line.roles is not None and line.roles[2] >= _SURE_ROLE for line in lines[cut.end:cut.end + 1 + stacked]):
        return headline  # the labeller is sure the catchy line is a subtitle
    # a statement quoting a term sets it apart from a title by a title's two phrases, not by quotes both have
    catchy = _TWO_PHRASES if _QUOTES.search(upper) else _CATCHY
    size_upper, size_lower = len(p.compact(upper)), len(p.compact(lower))
    if (size_upper < _STATEMENT or _STATEMENT_OVER_TITLE_MARKS.search(upper)
            or not (catchy.search(lower) or _CALLS.match(p.compact(lower)))
            or size_lower > size_upper + 2 or decks.opens_subtitle(lower) or introduces(lower)
            or decks.names_the_piece(lower)
            or column_tagged(upper) or _restates_lead(lower, scorer, b) and (stacked or not _couplet(lower))):
        return headline
    subtitle = under[1].lstrip("—－- ") if len(under) == 2 and not stacked else ""
    return Headline(title=lower, kicker=upper, subtitle=subtitle)


_COUPLET_PHRASES = re.compile(r"\s+|[，,；;·•・]")
_COUPLET_SPREAD = 2  # characters the phrases of a couplet may differ by (勇担历史使命，始终掌握战略主动)
_COUPLET_WORD = 4  # characters of each phrase of a couplet set as a title alone over its subtitle
# how much longer than a couplet the one line under it is when it is the couplet's subtitle: a title
# over a couplet kicker is about as long (逢山开路 遇水架桥 / “中国桥梁”成为闪亮名片)
_SUBTITLE_LONGER = 1.4
_ABOUT_STORY = 0.2  # of a couplet's words the body has, at least, for it to be about the story, not a stock slogan
# A line ending on 的 and a head noun (浙江某楼的藏书文化, 张某《某书》中的自然美学, 某学者的治学之道,
# …为什么能的关键密码③): it names what the piece is about, as a subtitle under a feature's title does.
_NAMES_ITS_SUBJECT = re.compile(rf"的[{p.CJK}]{{2,4}}$")
_SERIAL_MARK = re.compile(r"[（(][^（()）]*[）)]$|[①-⑳\d]+$")


def _couplet(text: str) -> bool:
    """The line is a couplet: two or more phrases of about one length, parted by a space, a comma or
    a middle dot (耕读为本，诗礼传家, 发于天然 归于朴素, 以展促消·以展兴产·以展聚势)."""
    phrases = [p.compact(piece) for piece in _COUPLET_PHRASES.split(text.strip()) if p.compact(piece)]
    return (len(phrases) >= 2 and max(map(len, phrases)) - min(map(len, phrases)) <= _COUPLET_SPREAD
            and all(re.search(rf"[{p.CJK}]", phrase) for phrase in phrases))  # not a handle (YouTube Channel)


def _parted_lines(above: str, below: str, lead: str = "") -> bool:
    """Two whole deck lines of unequal length, neither running into the other (the column did not
    wrap them, the lead does not read across the break): two lines of a deck, kicker and title or
    title and subtitle (天津东丽区华明工业园内 / 科创一线澎湃青春动能, 剑指…AI应用乱象 / 中央网信办专项整治);
    a title set over two whole lines sets them as even halves (守住老手艺 / 织出新生活)."""
    return (abs(len(p.compact(above)) - len(p.compact(below))) > _SAME_WIDTH and not title_wrapped(above, below)
            and not (lead and _reads_across(decks.DeckLine(above), decks.DeckLine(below), lead)))


def _title_of_couplet_line(lines: list[decks.DeckLine], cut: decks.Cut, lead: str = "") -> bool:
    """The reading's title joins two parted lines (`_parted_lines`), one of them a couplet, a line
    complete in itself (奋进新征程 建功新时代 / 挑大梁、担使命 在…中奋勇争先)."""
    pairs = ((lines[n - 1].text, lines[n].text) for n in range(cut.kicker + 1, cut.end))
    return any(_parted_lines(above, below, lead) and (_couplet(above) or _couplet(below)) for above, below in pairs)


def _clause_over(above: str, below: str, lead: str) -> bool:
    """The upper line is a whole clause the lead says (天津东丽区华明工业园内 over 科创一线澎湃青春动能,
    the lead: 天津东丽区华明工业园内，35岁的…) and the lead does not read on into the lower line: a kicker
    restating the lead over its title, never the head of one title with the lower line, even where a
    word seems to run across the break (内 / 科)."""
    phrases = decks.line_phrases(above)
    return (bool(lead) and decks.restates_clauses(phrases, lead)
            and not _reads_across(decks.DeckLine(above), decks.DeckLine(below), lead))


def _kicker_clause_over(above: str, below: str, lead: str) -> bool:
    """`_clause_over`, where the lead does not list the upper line as an item going on into the lower
    one (中共中央 / 国务院对…的贺电 over 中共中央、国务院9月29日对…: one title naming two senders)."""
    return (_clause_over(above, below, lead)
            and f"{p.compact(above)}、{p.compact(below)[:BRIDGE]}" not in lead)


def _clause_under(above: str, below: str, lead: str) -> bool:
    """The lower of two parted lines (`_parted_lines`) is a whole clause the lead says (剑指…AI应用乱象 /
    中央网信办专项整治, the lead: …，中央网信办专项整治…): a subtitle restating the lead under its title."""
    phrases = decks.line_phrases(below)
    return bool(lead) and _parted_lines(above, below, lead) and decks.restates_clauses(phrases, lead)


def _title_joins_clause(lines: list[decks.DeckLine], cut: decks.Cut, lead: str) -> bool:
    """The reading's title joins a whole clause of the lead to the line next to it (`_clause_over`,
    `_clause_under`)."""
    pairs = ((lines[n - 1].text, lines[n].text) for n in range(cut.kicker + 1, cut.end))
    return any(_clause_over(above, below, lead) or _clause_under(above, below, lead) for above, below in pairs)


def _couplet_of_words(text: str) -> bool:
    """A couplet whose every phrase is four characters or more (敢为人先 与时俱进): a title's shape;
    phrases of three (新常态 新成效, 我奋斗 我幸福) are as often a slogan set as the kicker."""
    return _couplet(text) and all(len(p.compact(piece)) >= _COUPLET_WORD
                                  for piece in _COUPLET_PHRASES.split(text.strip()) if p.compact(piece))


def _names_its_subject(text: str) -> bool:
    """The line is one phrase ending on 的 and a head noun, a column tag or a number in a series left
    aside (某地某楼的藏书文化, 某书中的自然美学, …的关键密码③)."""
    compact = _SERIAL_MARK.sub("", p.compact(text))
    return not _deck_shape(text) and bool(_NAMES_ITS_SUBJECT.search(compact))


def _couplet_title_over_plain_line(headline: Headline, units: list[str], scorer: _Scorer, b: int) -> Headline:
    """A couplet about the story (its words in the body) read as the kicker's last line over a title
    of one line, the block's last, is the title over its subtitle, as a feature or theory page sets
    them: the catchy line is the title, as over a plain statement (`_title_under_statement`), and the
    line under it says whose or what the piece is about (承乡邦文脉，续永嘉学统 / 某地某楼的藏书文化,
    发于天然 归于朴素 / 某人《某书》中的自然美学). Under a kicker of its own, the couplet is the title over
    a longer line stating the news plainly too (违规引入境内 / 看似“可爱” 实则有害 / 5月开始21类“海外来客”
    管控“加码”) when it shares any word with the body: a kicker of two lines is rare, a deck of three
    is kicker, title and subtitle. Alone over a line, a couplet of words is the title when the line is
    much longer (敢为人先 与时俱进 / 感受“义乌发展经验”新脉动: in the mainland dailies' real two-line
    decks of that shape, title over subtitle outnumbers kicker over title ten to one); over a line about
    as long, a news statement, it stays its kicker (逢山开路 遇水架桥 / “中国桥梁”成为闪亮名片); so does a stock slogan (奋进新征程 建功新时代 / 某人的智慧人生),
    which shares next to nothing with the body, a line that introduces the title (……——) or names a
    series, and a couplet over a couplet or over a title with a column tag (…（科技视点）), the shapes
    of a main title."""
    if not headline.kicker or headline.subtitle:
        return headline
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None or cut.end != len(lines) or cut.end - cut.kicker != 1:
        return headline
    above, below = lines[cut.kicker - 1].text, lines[cut.kicker].text
    if (not _couplet(above) or introduces(above) or decks.names_a_series(above) or _series_label(above)
            or decks.opens_subtitle(below)):
        return headline
    about = scorer.unit_score(above, b)
    names_subject = _names_its_subject(below) and about >= _ABOUT_STORY
    size_above, size_below = len(p.compact(above)), len(p.compact(below))
    if cut.kicker >= 2:
        longer = size_below > size_above
    else:  # alone over the line: a couplet of words over a line much longer than it
        longer = _couplet_of_words(above) and size_below >= _SUBTITLE_LONGER * size_above
    states_news = (longer and about > 0
                   and not _couplet(below) and not column_tagged(below) and not introduces(below)
                   and not decks.names_a_series(below))
    if not names_subject and not states_news:
        return headline
    return _reading(lines, decks.Cut(cut.kicker - 1, cut.kicker))


def _series_label(text: str) -> bool:
    """Phrases of unequal length parted by a middle dot: a series and its part (治国理政新实践·开局话三农),
    not a couplet's even phrases (以展促消·以展兴产·以展聚势)."""
    phrases = [p.compact(piece) for piece in re.split(r"[·•・]", text.strip()) if p.compact(piece)]
    return len(phrases) >= 2 and len(set(map(len, phrases))) > 1


_SMALLER_TYPE = 2  # characters a line runs longer than a full line under it, to be set in smaller type


def _smaller_line_over_wrapped_title(headline: Headline, units: list[str], scorer: _Scorer, b: int) -> Headline:
    """A title of one line over a subtitle the column wrapped (its first line full, its last shorter,
    none a clause of the lead said again, as a subtitle's lines are) is a kicker over the title when
    it runs longer than that full line (某人回信勉励某奖获奖者代表 / 胸怀远大理想 带动广大青年把个人 /
    追求融入…): it holds more characters than a full line of the type below, so it is set smaller,
    and a title is never set smaller than its subtitle; a kicker is. Not on traditional pages, whose
    titles run on in phrases over lines, nor where a line below opens with a dash (the subtitle's
    own), introduces the next, or shares next to nothing with the body (the next story's title, set
    under this one)."""
    lines = None if _traditional(units) else _title_line_over_subtitles(units, headline)
    if lines is None or len(lines) < 3:
        return headline
    sizes = [len(p.compact(line.text)) for line in lines]
    if (sizes[0] < sizes[1] + _SMALLER_TYPE or any(size > sizes[1] for size in sizes[2:]) or sizes[-1] >= sizes[1]
            or any(decks.opens_subtitle(line.text) or introduces(line.text) or _restates_lead(line.text, scorer, b)
                   or scorer.unit_score(line.text, b) < _SHARES_NOTHING  # another story's title set under it
                   for line in lines[1:])):
        return headline
    return Headline(title="".join(line.text.strip() for line in lines[1:]), kicker=lines[0].text)


_SPEAKER = re.compile(r"^[^，。；！？,;!?“”「」\s]{2,20}[：:]$")


def _speaker_kicker(headline: Headline, units: list[str]) -> Headline:
    """A whole deck line ending in a colon, with no clause in it, opening the block over more
    title lines names who speaks or what the title is about (王胜： / 扎根乡村 积劳成疾,
    全国人大财经委经济室： / 全国两会推迟召开…): the kicker, not the title's first words. Under a
    kicker it is the title's first words (沿着公路看发展 / 山区快速路： / 带动沿线乡村振兴)."""
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None or cut.kicker > 0 or cut.end < 2 or not _SPEAKER.match(lines[0].text.strip()):
        return headline
    speaker = lines[0].text
    rest = headline.title[len(speaker):].lstrip() if headline.title.startswith(speaker) else None
    if not rest:
        return headline
    return Headline(title=rest, kicker=speaker, subtitle=headline.subtitle)


def _series_kicker(headline: Headline, units: list[str], scorer: _Scorer, b: int) -> Headline:
    """A line naming a series, column or event (乡村振兴进行时, 杭州第19届亚运会), or a line over a
    title opening with its place and a colon, opening the block over another line is its kicker:
    read as the title's first line, or as the title over a subtitle, the title is the line under
    it. A series' name set under the one other line of the block (OCR read the deck out of order)
    is the kicker still and that line the title, not the title's last words nor the title over
    that line; unless the body reads across the break (…研究阐释 / 学术研讨会): one title. So is a
    series' name closing the block under the title, read as the subtitle's last line (李强会见… /
    杭州第19届亚运会): a series names what the story is filed under, never what it adds."""
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if (cut in (decks.Cut(1, 2), decks.Cut(0, 2)) and len(lines) == 2
            and _series_set_below(lines[0].text, lines[1].text)
            and not _broken_title(lines[0].text, lines[1].text, scorer, b)):
        return Headline(title=lines[0].text, kicker=lines[1].text)
    last = lines[-1].text if lines else ""
    if (not headline.kicker and len(lines) >= 2 and p.compact(headline.subtitle).endswith(p.compact(last))
            and decks.names_a_series(last) and not introduces(lines[-2].text)
            and not _broken_title(lines[-2].text, last, scorer, b)):
        subtitle = headline.subtitle.rstrip()[:-len(last.strip())].rstrip()
        return Headline(title=headline.title, kicker=last, subtitle=subtitle)
    if (cut is None or cut.kicker > 0 or len(lines) < 2
            or not (decks.names_a_series(lines[0].text) or _over_place_title(lines[0].text, lines[1].text))
            or title_wrapped(lines[0].text, lines[1].text) or re.match(r"[：:，,、；;]", lines[1].text.strip())):
        return headline  # the line under it goes on with it (…新闻发布会 / ：全国单日新增…): one title
    if cut.end >= 2:
        return _reading(lines, decks.Cut(1, cut.end))
    if (decks.opens_subtitle(lines[1].text) or decks.names_the_piece(lines[1].text)
            or decks.names_a_series(lines[1].text)):
        return headline
    # the title under the series' name reads on where the column broke it (…发展凝 / 心聚力…), and over
    # the short line stacked with it (三条“丝路” / 助推河南开放大门: one title set in two lines)
    stacked = {tuple(p.compact(part) for part in pair) for unit in units
               for pair in itertools.pairwise(getattr(unit, "parts", ()))}
    end = 2
    while end < len(lines) and not decks.opens_subtitle(lines[end].text) and (
            title_wrapped(lines[end - 1].text, lines[end].text)
            or (p.compact(lines[end - 1].text), p.compact(lines[end].text)) in stacked):
        end += 1
    return _reading(lines, decks.Cut(1, end))


def _over_place_title(above: str, below: str) -> bool:
    """A line over a title opening with its place and a colon (水中的污染根子在岸上 / 海口：生态修复…)
    is the kicker a series sets over each place's title; a place line going on after a comma is a
    subtitle's clauses under the title (四川甘孜：旅游厕所革命用上高科技，推广…)."""
    return (decks.opens_with_place(below) and not re.search(r"[，,；;]", below) and not re.search(r"[：:]", above)
            and not introduces(above))


def _series_set_below(above: str, below: str) -> bool:
    """A series' name under a line of more than a few characters that could be a title (从今天起 /
    整改进行时 is a stray line over a column's own title), and not under a whole line twice its
    length: that is the title's end the column wrapped (…研究阐释 / 学术研讨会), where the line is
    no pair of phrases."""
    size, below_size = len(p.compact(above)), len(p.compact(below))
    return (decks.names_a_series(below) and size > _TAIL_LINE and (size < 2 * below_size or " " in above.strip())
            and not introduces(above)
            and not decks.opens_subtitle(above) and not decks.names_the_piece(above)
            and not decks.names_a_series(above))


def _kicker_set_below(headline: Headline) -> Headline:
    """A line ending in a dash that OCR gave under the title is still its kicker: it introduces
    the title (天津多部门启动应急预案，有序处理游客发热事件——), a subtitle never ends so."""
    if headline.kicker or not introduces(headline.subtitle) or headline.subtitle.startswith(("—", "－", "-")):
        return headline
    return Headline(title=headline.title, kicker=headline.subtitle)


def _kicker_ending_title(headline: Headline, units: list[str]) -> Headline:
    """A line ending in a dash that OCR gave under the title's lines, read as the title's last line
    (下沉社区 潜心调研（ / 代表委员履职故事） / 禹诚代表——), is the kicker set below: a line ending so
    introduces the title, and ends none. In the dev and third-pool truth of three page makers the last
    line of a deck block ends in a dash 41 times: a kicker 40 times, once a subtitle that also opens on one."""
    if headline.kicker:
        return headline
    lines = deck_lines(units)
    title = p.compact(headline.title)
    span = next(((a, b) for a in range(len(lines)) for b in range(a + 2, len(lines) + 1)
                 if p.compact("".join(line.text for line in lines[a:b])) == title), None)
    if span is None:
        return headline
    a, b = span
    last = lines[b - 1].text
    if not _ends_in_dash(last) or decks.opens_subtitle(last) or any(_ends_in_dash(x.text) for x in lines[a : b - 1]):
        return headline
    rest = headline.title.rstrip()
    if not rest.endswith(last.strip()):
        return headline
    rest = rest[: -len(last.strip())].rstrip()
    if not p.compact(rest):
        return headline
    return Headline(title=rest, kicker=last.strip(), subtitle=headline.subtitle)


def _kicker_line_set_below(headline: Headline, units: list[str]) -> Headline:
    """A line ending in a dash that OCR gave under the title, among the subtitle's lines, is still
    the kicker (——拟通过完善… / 我国规范商标注册行为 / 浙江省皮防所护士长潘美儿…二十三载——): it
    introduces the title; the other lines stay the subtitle."""
    if headline.kicker or not headline.subtitle:
        return headline
    lines = deck_lines(units)
    title = p.compact(headline.title)
    end = next((b for a in range(len(lines)) for b in range(a + 1, len(lines) + 1)
                if p.compact("".join(line.text for line in lines[a:b])) == title), None)
    if end is None:
        return headline
    kicker = [line.text for line in lines[end:] if _ends_in_dash(line.text) and not decks.opens_subtitle(line.text)]
    subtitle = headline.subtitle
    for text in kicker:
        if text not in subtitle:
            return headline
        subtitle = subtitle.replace(text, "", 1)
    if not kicker or not p.compact(subtitle):
        return headline  # the whole subtitle introduces the title: `_kicker_set_below` reads it
    return Headline(title=headline.title, kicker=" ".join(kicker), subtitle=" ".join(subtitle.split()))


def _ends_in_dash(text: str) -> bool:
    return bool(re.search(r"(?:——|—|－－)\s*$", text))


_LABEL_UNDER = 3  # a topic label under a title is at most this share of the title line's length
_LABEL_MARKS = re.compile(r"[\s\d０-９，,。；;：:！？!?、「」『』“”《》（）()—－-]")


def _topic_label_set_below(headline: Headline, units: list[str]) -> Headline:
    """Hong Kong pages file a story under a short topic label (引渡修例, 緬甸政變) that the maker may
    set under a title of space-separated phrases printed on one line: a bare label of a few
    characters under a whole title line at least three times as long is the kicker, not the title's
    last phrase. A title wrapped at the column's width breaks inside a word, leaves a mark, a figure
    (…判囚２年 / 警拘捕13人) or a longer phrase on its last line."""
    if headline.kicker or headline.subtitle or not _traditional(units):
        return headline
    lines = deck_lines(units)
    if len(lines) < 2:
        return headline
    above, label = lines[-2].text, lines[-1].text
    title, size = p.compact(headline.title), len(p.compact(label))
    if (title != p.compact(above + label) or not 2 <= size <= _TOPIC_LABEL or _LABEL_MARKS.search(label.strip())
            or " " not in above.strip() or len(p.compact(above)) < _LABEL_UNDER * size
            or word_across(p.compact(above), p.compact(label))):
        return headline
    return Headline(title=" ".join(above.split()), kicker=label.strip())


# A deck line closing on a colon or on a verb of saying (read in the simplified view of the page)
_RUNS_ON_TO_WHAT_IS_SAID = re.compile(r"(?:[：:︰]|质疑|表示|认为|指出|批评|斥|称|说|吁)$")


def _traditional_kicker_running_on(headline: Headline, units: list[str]) -> Headline:
    """A Hong Kong title sets who speaks and a colon, or who and a verb of saying, at the end of its
    first line and what was said on the next (張建宗： / 律政司已清晰交代勿再糾纏 陳智思：決定有其理據,
    有樓VS無樓： / 歧視與社會公義, 政府禁民族黨運作 陳文敏質疑 / 「擺法院上枱」界定國家安全): such a line read as
    the kicker is the title's first line. On a traditional page a deck line closing so over another deck line
    of its story is the title's own every time; a simplified page sets a speaker's name and colon as the
    kicker (国台办： / 台立法机构插手干预香港事务…), so this is for traditional pages only."""
    if not headline.kicker or not _traditional(units) or not _RUNS_ON_TO_WHAT_IS_SAID.search(
            p.compact(headline.kicker)):
        return headline
    cut = decks.cut_of(deck_lines(units), headline.kicker, headline.title)
    if cut is None or not cut.kicker:
        return headline  # only a kicker printed over its title goes on into it
    return Headline(title=headline.kicker.strip() + headline.title.strip(), subtitle=headline.subtitle)


def _tag_set_under_title(headline: Headline, units: list[str]) -> Headline:
    """A column's name in brackets alone on the line under the title (求真务实，书写历史新篇章 /
    （人民观点）) closes the title: the column broke the title before its tag, and a subtitle never
    stands in brackets, nor does a kicker end in one. A date in brackets under a document's title stays
    its subtitle."""
    if column_tagged(headline.title):
        return headline
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None:
        return headline
    if cut.kicker and cut.end == cut.kicker + 1 and tag_closes_title(lines[cut.kicker - 1].text, headline.title):
        # the tag read as the title, its title line as the kicker over it
        return Headline(title=lines[cut.kicker - 1].text.strip() + headline.title.strip(), subtitle=headline.subtitle,
                        kicker=" ".join(line.text for line in lines[:cut.kicker - 1]))
    if cut.end >= len(lines):
        return headline
    tag = lines[cut.end].text.strip()
    if not tag_closes_title(headline.title, tag) or not column_tagged(p.compact(headline.title) + p.compact(tag)):
        return headline
    return Headline(title=headline.title.strip() + tag, kicker=headline.kicker,
                    subtitle=" ".join(line.text.lstrip("—－- ") for line in lines[cut.end + 1:]))


def _title_ends_at_tag_under_it(headline: Headline, units: list[str], scorer: _Scorer, b: int) -> Headline:
    """A line closing on a column tag read as the subtitle's first line, under a title with no tag
    (返程高峰多地降雪，铁路部门积极应对 / 雪不停 人不歇（2019春运一线）, 发扬斗争精神 增强斗争本领 /
    夯实敢于并善于斗争的根基（有的放矢））, ends the title: a daily sets the column's name after the
    main title, never after a subtitle. In the dev and third-pool truth a deck line so tagged under
    another is the title's 508 times (under its kicker 320, its head 168, a subtitle set above 20) and
    a subtitle's never (dates and numbers in brackets are no tag).
    The deck reader chooses among the readings whose title ends on that line: the lines over it may be
    the title's head or its kicker. Not a line opening with a dash or a subtitle's own words."""
    if column_tagged(headline.title):
        return headline
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None or cut.end >= len(lines):
        return headline
    tagged = lines[cut.end].text
    tag = tagged[tagged.rfind("（") if "（" in tagged else tagged.rfind("("):]
    title = "".join(line.text for line in lines[cut.kicker:cut.end])
    if not column_tagged(tagged) or decks.opens_subtitle(tagged) or not tag_closes_title(title, tag):
        return headline
    end = cut.end + 1
    model = decks.load_model()
    if model is None:
        return _reading(lines, decks.Cut(cut.kicker, end))
    shares = [scorer.unit_score(line.text, b) for line in lines]
    chosen, _ = decks.best_cut(lines, scorer.lead_texts[b], shares, deck_joins(scorer, b), None, model,
                               allowed=lambda option: option.end == end)
    if chosen.end != end:
        return headline
    return _reading(lines, chosen)


def _subtitle_set_above(headline: Headline, units: list[str]) -> Headline:
    """A line opening with a dash that OCR gave above the title is still its subtitle
    (——感受浓浓的中国年味 / 全球多地举行…): a kicker may end in a dash, it never opens with one."""
    if not headline.kicker:
        return headline
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None or not any(decks.opens_subtitle(line.text) for line in lines[:cut.kicker]):
        return headline
    above = lines[:cut.kicker]
    moved = [line.text.lstrip("—－- ") for line in above if decks.opens_subtitle(line.text)]
    return Headline(title=headline.title,
                    kicker=" ".join(line.text for line in above if not decks.opens_subtitle(line.text)),
                    subtitle=" ".join([*moved, headline.subtitle] if headline.subtitle else moved))


def _subtitle_opens_with_dash(units: list[str], headline: Headline, scorer: _Scorer, b: int) -> Headline:
    """A subtitle set with a dash carries it on its first line: lines between the title and a
    line opening with a dash are no subtitle's but the title's (the line read as the title
    then perhaps its kicker: 推动高质量发展系列主题新闻发布会 / 我国宏观经济治理 / 体系不断健全 /
    ——以实干实绩交出满意答卷). The deck reader chooses among the readings whose subtitle starts
    at the dash; without it the lines join the title. A title closing on its column tag
    (为乡村振兴提供新动能（新知新觉） / 发挥高等农林院校优势 / ——…) ends there: the lines under it
    are the subtitle's."""
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if (cut is None or cut.end == len(lines) or decks.opens_subtitle(lines[cut.end].text)
            or column_tagged(lines[cut.end - 1].text)):
        return headline
    dash = next((n for n in range(cut.end + 1, len(lines)) if decks.opens_subtitle(lines[n].text)), None)
    if dash is None:
        return headline
    model = decks.load_model()
    if model is None:
        chosen = decks.Cut(cut.kicker, dash)
    else:
        shares = [scorer.unit_score(line.text, b) for line in lines]
        lead = scorer.lead_texts[b]
        # a title does not join a couplet to a whole line of another length (在…思想指引下 / 青春向党 奋斗逐梦 /
        # ——…速写), nor a clause of the lead to the line under it: the upper is the kicker
        chosen, _ = decks.best_cut(lines, lead, shares, deck_joins(scorer, b), None, model,
                                   allowed=lambda option: option.end == dash
                                   and not _title_of_couplet_line(lines, option, lead)
                                   and not _title_joins_clause(lines, option, lead))
        if chosen.end != dash:
            return headline
    return _reading(lines, chosen)


_NO_SUBTITLE = 0.1  # the labeller's p(subtitle) below which a line under the title is not one
_TITLE_LINE = 0.5


def _title_read_on(units: list[str], headline: Headline, scorer: _Scorer, b: int) -> Headline:
    """The lines read as the subtitle are the title's own when the labeller reads each of them
    as a title line, none as a subtitle, each shares words with the story (a stock kicker of
    the next story does not: 领航新时代), and none opens with a dash or restates a clause of the
    lead as subtitles do: the title set in two lines (伊拉克南部 / 爆发大规模示威); two whole
    lines of two phrases each stay title and subtitle, as `_labelled_deck` reads them. A column tag
    closes the main title (……的臆测（钟声）): the line under it is no more of it."""
    if not headline.subtitle or column_tagged(headline.title):
        return headline
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None or cut.end == len(lines):
        return headline
    below = lines[cut.end:]
    if not all(line.roles is not None and line.roles[2] < _NO_SUBTITLE and line.roles[1] >= _TITLE_LINE
               and not decks.opens_subtitle(line.text) and not introduces(line.text)
               and not decks.names_the_piece(line.text)
               and scorer.unit_score(line.text, b) >= _SHARES_NOTHING  # a title's line is about its story
               and not _restates_lead(line.text, scorer, b) for line in below):
        return headline
    title = headline.title
    parted = False
    for line in below:
        if title_wrapped(title, line.text):
            title += line.text
        elif _deck_shape(title) or _deck_shape(line.text):
            return headline  # a whole line of two phrases is a subtitle's shape (切实优化服务 增强发展后劲)
        else:
            # a Hong Kong title runs its phrases over whole lines of any length (`_phrase_lines_of_traditional_title`)
            parted = parted or (_parted_lines(title, line.text) and not tag_closes_title(title, line.text)
                                and not _traditional(units))
            title += f" {line.text}"
    read_on = Headline(title=title, kicker=headline.kicker)
    if parted:
        # a whole line of another length is the title's subtitle (有效发挥科技评价指挥棒作用 / 用科技为…注入
        # 新活力), or the title under a kicker saying who did what (15地海关签署备忘录 / 西部陆海新通道…)
        return _upper_line_as_kicker(read_on, units, scorer.lead_texts[b]) or headline
    return read_on


def _subtitle_of_two_lines(units: list[str], headline: Headline) -> tuple[list[decks.DeckLine], decks.Cut] | None:
    """The block's lines and the headline's cut, where what was read as the subtitle holds two lines
    or more."""
    if not headline.subtitle:
        return None
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None or cut.end + 1 >= len(lines):
        return None
    return lines, cut


_SAME_WIDTH = 1  # characters two full lines of one type size may differ by (a space, a wide letter)


def _title_runs_full_lines(units: list[str], headline: Headline) -> Headline:
    """A line under the title as long as the title's last line, that the column broke into the
    line under it (a word across the break, a line left open), is the title's too, and so are the
    lines it runs into: the column filled each line of one title alike (…顺利撤离 / 空间站组合体
    东风着陆场做 / 好准备…); a subtitle, set smaller, runs longer lines than the title."""
    found = _subtitle_of_two_lines(units, headline)
    if found is None:
        return headline
    lines, cut = found
    below = lines[cut.end]
    if (decks.opens_subtitle(below.text) or introduces(lines[cut.end - 1].text)
            or abs(len(p.compact(below.text)) - len(p.compact(lines[cut.end - 1].text))) > _SAME_WIDTH):
        return headline
    end = cut.end + 1
    while (end < len(lines) and not decks.opens_subtitle(lines[end].text)
           and title_wrapped(lines[end - 1].text, lines[end].text)):
        end += 1
    if end == cut.end + 1:
        return headline  # the line is whole: a title over a subtitle of its length is as common
    return _reading(lines, decks.Cut(cut.kicker, end))


_TITLE_LINES = 3  # lines a title runs over, at most: under three full ones a line is the subtitle
_FULL = 0.5  # a full line misses the column's width by a Latin letter at most


def _set_width(text: str) -> float:
    """The line's width with the gaps between its phrases (half an ideograph each)."""
    return text_width(text) + text.strip().count(" ") / 2


def _title_fills_column(units: list[str], headline: Headline) -> Headline:
    """A title of two lines as wide as each other, the column breaking it inside a phrase
    (…投入使用强 / 调更好地认识… 为造福人类 / 推动构建…贡献), goes on in the line under its last
    full line when that line is no wider: a column fills every line of a title but its last, so a
    title whose last line is still full runs on (over `_TITLE_LINES` at most). Not into a line a
    dash or a subtitle's words open, one naming the piece, nor under a line that introduces it."""
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None or cut.end - cut.kicker < 2 or cut.end >= len(lines):
        return headline
    title = lines[cut.kicker:cut.end]
    widths = [_set_width(line.text) for line in title]
    if (max(widths) - min(widths) > _FULL
            or not any(title_wrapped(a.text, b.text) for a, b in itertools.pairwise(title))):
        return headline
    end = cut.end
    while end < len(lines) and end - cut.kicker < _TITLE_LINES:
        below = lines[end]
        if (decks.opens_subtitle(below.text) or decks.names_the_piece(below.text) or introduces(lines[end - 1].text)
                or _set_width(below.text) > max(widths) + _FULL):
            break
        end += 1
        if max(widths) - _set_width(below.text) > _FULL:
            break  # a shorter line: the title's last
    if end == cut.end:
        return headline
    return _reading(lines, decks.Cut(cut.kicker, end))


_PHRASE_LINES = 2  # lines of phrases a traditional title runs on into, at most
_DASH_INSIDE = re.compile(r"\S(?:——|──|—|－－)")  # a line going on past a dash: a kicker's or another title's
_CLAUSE_MARK = re.compile(r"[，。；,;]")


def _traditional(units: list[str]) -> bool:
    return any(line.traditional for unit in units for line in getattr(unit, "lines", ()))


def _phrase_lines_of_traditional_title(units: list[str], headline: Headline, scorer: _Scorer, b: int) -> Headline:
    """Hong Kong titles are strings of space-separated phrases set over two or three lines, a phrase
    or a column's width a line (…人流稀疏 / 市民嘆時政書減少 / 批政府打壓出版自由, …判囚２年 私隱專員 /
    轉介1400個案): the lines under a traditional title of one line, bare phrases no wider than that
    line, are the title's. A subtitle shows itself: a dash, a clause mark, a clause of the lead said
    again, a byline, or a line wider than the title's (set smaller: 第二輪經濟援助措施公佈 /
    每人可獲五千元電子消費優惠). A title a tag in brackets closes (…（日文書介）, …（下）) runs on into
    nothing, nor into its own words again."""
    if not headline.subtitle or not _traditional(units):
        return headline
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None or cut.end - cut.kicker != 1 or not 0 < len(lines) - cut.end <= _PHRASE_LINES:
        return headline  # a title already set over lines of its own is over a subtitle
    width = text_width(lines[cut.end - 1].text)
    below = lines[cut.end:]
    if re.search(r"[）)]$", p.compact(headline.title)):
        return headline
    title_grams = bigrams(headline.title)
    phrases = len(lines[cut.end - 1].text.split())  # a title line of two phrases or more is a whole title

    def subtitle_shown(line: decks.DeckLine) -> bool:
        return bool(decks.opens_subtitle(line.text) or introduces(line.text) or _DASH_INSIDE.search(line.text)
                    or decks.names_the_piece(line.text) or _CLAUSE_MARK.search(line.text)
                    or _restates_lead(line.text, scorer, b) or p.is_byline(line.text)
                    or bigrams(line.text) <= title_grams)

    def set_apart(line: decks.DeckLine) -> bool:
        # column-layout pages set blank lines inside a one-phrase title's run too
        return line.blank_before and (phrases > 1 or bool(re.search(r"[）)]$", p.compact(line.text))))

    def phrase_lines(taken: list[decks.DeckLine]) -> bool:
        # the title's last line is no wider than its first; a line between may miss it by a wide letter
        return not (any(subtitle_shown(line) or set_apart(line) for line in taken) or text_width(taken[-1].text) > width
                    or any(text_width(line.text) > width + _SAME_WIDTH for line in taken))

    if phrase_lines(below):
        return _reading(lines, decks.Cut(cut.kicker, len(lines)))
    # a phrase line between the title's line and a line showing itself the subtitle (…不包港鐵巴士 /
    # 將淘汰昔日百萬製作程式 / 運輸署去年7月開始籌備、耗資60萬元): the title's; a subtitle is one line
    last = below[-1]
    if (len(below) == 2 and phrase_lines(below[:1])
            and (subtitle_shown(last) or last.blank_before or text_width(last.text) > width)):
        return replace(_reading(lines[:-1], decks.Cut(cut.kicker, len(lines) - 1)), subtitle=last.text.lstrip("—－- "))
    return headline


_HALF_WIDTH = 2  # characters a title's second half may differ from its first by
_SUBTITLE_WIDER = 1.5  # a subtitle line at least this much longer is set in another type


def _title_half_over_subtitle(units: list[str], headline: Headline) -> Headline:
    """Of a subtitle read over two whole lines, a first line about as long as the title's line and
    clearly shorter than the line under it is the title's second half (启动全面改革 / 从重采伐到保生态
    / 推动实现…，为…提供组织支撑): a subtitle, set in one smaller type, fills its lines alike, and
    the short line is set in the title's."""
    found = _subtitle_of_two_lines(units, headline)
    if found is None:
        return headline
    lines, cut = found
    title_line, half, below = (p.compact(lines[n].text) for n in (cut.end - 1, cut.end, cut.end + 1))
    if (decks.opens_subtitle(lines[cut.end].text) or introduces(lines[cut.end - 1].text)
            or introduces(lines[cut.end].text) or decks.names_the_piece(lines[cut.end].text)
            or title_wrapped(lines[cut.end].text, lines[cut.end + 1].text)
            or _deck_shape(lines[cut.end].text)  # two phrases of its own: a title's, or a subtitle's
            or re.search(r"\d", half)  # a figure is a subtitle's fact (规划面积25平方公里)
            or abs(len(half) - len(title_line)) > _HALF_WIDTH or len(below) < _SUBTITLE_WIDER * len(half)):
        return headline
    return _reading(lines, decks.Cut(cut.kicker, cut.end + 1))


def _read_through(units: list[str], headline: Headline, scorer: _Scorer, b: int) -> Headline:
    """The lead reads straight across the break between the title and the line under it
    (…联合发布2020年 / “最美医生”先进事迹: 发布2020年“最美医生”), or the line above it: the
    column broke one title there, and that line is the title's, not a subtitle or kicker."""
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None:
        return headline
    lead = scorer.lead_texts[b]
    start, end = cut.kicker, cut.end
    while end < len(lines) and _reads_across(lines[end - 1], lines[end], lead):
        end += 1
    while (start > 0 and _reads_across(lines[start - 1], lines[start], lead)
           and not _kicker_restating_lead(lines[start - 1], lines[start], lead)):
        start -= 1
    return _title_taken_on(lines, headline, cut, start, end)


def _title_taken_on(lines: list[decks.DeckLine], headline: Headline, cut: decks.Cut, start: int, end: int,
                    apart: Callable[[decks.DeckLine, decks.DeckLine], bool] = lambda above, below: False) -> Headline:
    """The headline with the lines from *start* to its title and from its title to *end* read into the
    title with no space: the column broke them from it (a space where two lines are *apart*, whole
    clauses of their own)."""
    if (start, end) == (cut.kicker, cut.end):
        return headline

    def joined(n: int) -> str:
        return " " if apart(lines[n - 1], lines[n]) else ""

    return Headline(
        title="".join(lines[n].text + joined(n + 1) for n in range(start, cut.kicker)) + headline.title
        + "".join(joined(n) + lines[n].text for n in range(cut.end, end)),
        kicker=" ".join(line.text for line in lines[:start]),
        subtitle=" ".join(line.text.lstrip("—－- ") for line in lines[end:]),
    )


def _title_broken_at_deck_edge(units: list[str], headline: Headline, lead: str) -> Headline:
    """A kicker line the column broke into the title's first line (…常委会第二十 / 八次委员长会议…,
    …墙内5分 / 钟没有…) is one line of the title the column wrapped: the line broken is full, no
    narrower than the line it runs into nor than the title's widest line, as a line is where the
    column's edge cut it. Not a line that introduces the next (`title_wrapped`), nor into a line a dash
    or a subtitle's words open, nor a whole clause the lead says that it does not read on from into the
    line under it (`_clause_over`: 天津东丽区华明工业园内 / 科创一线澎湃青春动能, the lead: 天津东丽区华明工业园内，
    35岁的…): a kicker restating the lead, where a word only seems to run across the break (内 / 科)."""
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None:
        return headline
    full = max(text_width(line.text) for line in lines[cut.kicker:cut.end]) - _SAME_WIDTH  # the title's widest line

    def broken(above: decks.DeckLine, below: decks.DeckLine) -> bool:
        return (text_width(above.text) >= max(full, text_width(below.text) - _SAME_WIDTH)
                and not decks.opens_subtitle(below.text) and not decks.names_the_piece(below.text)
                and title_wrapped(above.text, below.text) and not _kicker_clause_over(above.text, below.text, lead))

    start = cut.kicker
    while start > 0 and broken(lines[start - 1], lines[start]):
        start -= 1
    if start == cut.kicker:
        return headline
    return _reading(lines, decks.Cut(start, cut.end), lead)


_PHRASE_MARK = re.compile(r"\S[\s：:]\S")  # phrases parted inside a line
_EVEN_LINES = 3  # lines at least of a title set at one width: two lines alike are as often a kicker and a title


def _title_head_at_its_width(units: list[str], headline: Headline) -> Headline:
    """Lines over the title as wide as its first line, where the title fills every line but its last
    to that width (国家发展改革 / 委运行局组织 / 召开供暖季天 / 然气保供周调 / 度启动会, 习近平致信祝贺 /
    第十二届世界华 / 商大会开幕), are the head of the title the column wrapped, not a kicker: the column
    fills each line of one title alike, where a kicker, set in its own size, stops where its words do.
    Over `_EVEN_LINES` lines at least, the title's own lines showing the width and its lines set
    evenly (its last line short of the others by less than a character a line: 第38届世界遗产大会 /
    丝绸之路和大运河项 / 目申遗成功 is a kicker over a title the column filled), and the line over it
    holding as many characters as the title's first line (OCR's width of Latin letters is a guess:
    中方考虑不承认BNO over 被撕烂了的香港可以 is a kicker); not a line that
    introduces, closes a sentence, pairs two phrases, names a series or the piece, or opens a subtitle."""
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None or cut.kicker == 0:
        return headline
    widths = [_set_width(line.text) for line in lines[cut.kicker:cut.end]]
    full = widths[0]
    if any(abs(width - full) > _FULL for width in widths[:-1]) or widths[-1] > full + _FULL:
        return headline
    start = cut.kicker
    while start > 0:
        above = lines[start - 1].text
        if (abs(_set_width(above) - full) > _FULL or len(above.strip()) != len(lines[cut.kicker].text.strip())
                or introduces(above) or p.SENTENCE_END.search(p.compact(above))
                or _parallel(above) or _series_name(above) or decks.names_the_piece(above)
                or decks.opens_subtitle(above) or column_tagged(above)):
            break
        start -= 1
    if start == cut.kicker or cut.end - start < _EVEN_LINES or widths[-1] <= full - (cut.end - start):
        return headline  # a short last line: a title filled to the column's edge, as likely under a kicker
    if (any(_PHRASE_MARK.search(line.text.strip()) for line in lines[start:cut.end])
            and not any(title_wrapped(lines[n - 1].text, lines[n].text) for n in range(start + 1, cut.end))):
        return headline  # phrases set whole, line by line, no word across a break: 民营企业在行动 / 九牧：创新转型 / …
    return _reading(lines, decks.Cut(start, cut.end))


_DECK_CHARS = 6  # characters a subtitle runs over, more than: a deck says a clause, not a word or two
_TITLE_CLOSED = re.compile(r"[。！？!?；;）)」』”》…—－:：]$")
_KICKER_CLOSED = re.compile(r"[—－:：]$")
_WHO_PRESIDED = re.compile(r"^[^\s，,：:]{2,8}(?:主持|出席|讲话|講話|致辞|致辭|参加|參加)")  # 栗战书主持, 王沪宁出席
_TAIL_SAID = 0.5  # of a short line's character pairs the lead says, at least, for it to be the title's words


def _short_line_under_title_is_its_tail(units: list[str], headline: Headline, lead: str) -> Headline:
    """The one line under the title, read as its subtitle, that holds `_DECK_CHARS` characters at most
    (全球新冠肺炎确诊病例超1亿 / 815万例, 港珠澳大桥单日客流超15万人次 / 创历史新高, 首届俄非峰会聚焦 / 经贸合作)
    is the end of the title the column broke, not a subtitle: a subtitle is a deck of its own that says
    a clause, and a title line that stops with no closing mark has not ended. Not a line a dash or a
    subtitle's words open, one ending in a dash or colon (a kicker set below), writers' names, who
    presided or attended (栗战书主持, 王沪宁出席: a meeting's subtitle), a line naming the piece, nor
    under a line that introduces it or a title closed by a mark or a tag; and only a line whose words
    the lead says (`_TAIL_SAID`): a short line the lead does not speak of is a label,
    a kicker set below or a stray line of the page (权威访谈, 今明天气), not the news the title tells."""
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if cut is None or cut.end != len(lines) - 1 or cut.end == cut.kicker:
        return headline
    below, last = lines[cut.end].text, lines[cut.end - 1].text
    if (len(p.compact(below)) > _DECK_CHARS or decks.opens_subtitle(below) or _KICKER_CLOSED.search(below.strip())
            or _BRACKETED.match(below.strip()) or _WHO_PRESIDED.match(below.strip())
            or _names_writers(below) or decks.names_the_piece(below) or introduces(last)
            or _TITLE_CLOSED.search(last.strip()) or column_tagged(last)):
        return headline
    grams, said = bigrams(p.compact(below)), p.compact(lead)
    if not grams or sum(gram in said for gram in grams) < _TAIL_SAID * len(grams):
        return headline
    return _reading(lines, decks.Cut(cut.kicker, cut.end + 1))


def _reads_across(above: decks.DeckLine, below: decks.DeckLine, lead: str) -> bool:
    left, right = p.compact(above.text), p.compact(below.text)
    if (below.blank_before or decks.opens_subtitle(below.text) or introduces(above.text) or len(left) < BRIDGE
            or len(right) < BRIDGE or p.SENTENCE_END.search(left) or " " in above.text[-1:]):
        return False
    return left[-BRIDGE:] + right[:BRIDGE] in lead


def _kicker_restating_lead(above: decks.DeckLine, below: decks.DeckLine, lead: str) -> bool:
    """The labeller reads the line above more likely as a kicker than a title and is sure the line
    under it is the title, and the lead says the line above as a whole clause (已更新報道 /
    許智峯保釋… over …，已更新報道。): a kicker restating the lead, which the lead reads across into
    the title only by chance. The whole clause is the evidence; the kicker's probability need
    only lean its way."""
    return (above.roles is not None and below.roles is not None
            and above.roles[0] > above.roles[1] and below.roles[1] >= _SURE_ROLE
            and decks.restates_clauses([p.compact(above.text)], lead))


def _rules_deck(units: list[str], scorer: _Scorer, b: int) -> Headline:
    labelled = _labelled_deck(units, scorer.full[b])
    if labelled is not None:
        return labelled
    units = _rejoin_title(_unstack(units, scorer, b), scorer, b)
    candidates = [n for n, u in enumerate(units) if not decks.opens_subtitle(u)] or [0]
    # A line naming the piece's genre (…保护观察) is its kicker or subtitle.
    candidates = [n for n in candidates if not decks.names_the_piece(units[n])] or candidates
    # A line ending in a dash or a speaker's verb introduces the title under it (“人民楷模”王继才——,
    # 王勇强调): a kicker.
    candidates = [n for n in candidates if not introduces(units[n])] or candidates
    # A column tag in brackets closes the main title (…好全国一盘棋（评论员观察）).
    candidates = [n for n in candidates if column_tagged(units[n])] or candidates
    # A column label (治国理政新实践·依法行政在基层) over another line is that line's kicker.
    not_label = [n for n in candidates if not _column_label(units, n)
                 and scorer.unit_score(units[n], b) >= _SHARES_NOTHING]
    if not_label:
        candidates = [n for n in candidates if not _column_label(units, n)]
    # A line the lead says word for word as a whole clause is a kicker or subtitle restating it.
    # Not where that leaves only lines that share nothing with the body, stock kickers (优化营商环境
    # 对冲疫情影响 / 江苏省发展改革委组织召开民营企业座谈会): a title may say the lead's first clause again.
    fresh = [n for n in candidates if not _restates_lead(units[n], scorer, b)]
    if any(scorer.unit_score(units[n], b) >= _SHARES_NOTHING or _traditional_title_line(units, n) for n in fresh):
        candidates = fresh
    # A line the labeller is sure is a kicker or a subtitle is not the main title.
    candidates = [n for n in candidates if _sure_role(units[n]) in (None, 1)] or candidates
    # Nor is a line under one it is sure is a title line: that line is never the kicker.
    sure_title = [n for n in candidates if _sure_role(units[n]) == 1]
    candidates = [n for n in candidates if not sure_title or n <= sure_title[0]]
    scores = {n: scorer.unit_score(units[n], b) - 0.1 * _parallel(units[n]) - 0.2 * _kicker_shape(units, n)
              for n in candidates}
    best = max(scores.values())
    # Main title + subtitle is the commoner layout: the first line wins unless clearly beaten.
    # A line that shares almost nothing with the body (a stock kicker: 聚焦高质量发展) never is.
    main = next((n for n in candidates if scores[n] >= best - _MAIN_MARGIN
                 and scorer.unit_score(units[n], b) >= _SHARES_NOTHING), None)
    if main is None:
        main = max(candidates, key=lambda n: scores[n])
    return Headline(
        title=units[main],
        kicker=" ".join(units[:main]),
        subtitle=" ".join(u.lstrip("—－- ") for u in units[main + 1 :]),
    )


_HK_TITLE = 12  # characters of a Hong Kong title line, at least
_PAIR_PHRASE = 8  # characters at most of each phrase of a stock pair (优化营商环境 对冲疫情影响)


def _traditional_title_line(units: list[str], n: int) -> bool:
    """A long line of a traditional deck, not a pair of short phrases nor a column's label: a Hong
    Kong title, which tells its news in words of its own (律師報案當事人9月荃灣警署內被強姦 警稱…)
    where the line restating the lead word for word is the subtitle; a stock kicker is short."""
    phrases = [p.compact(phrase) for phrase in units[n].split()]
    return (_traditional(units) and len(p.compact(units[n])) >= _HK_TITLE and max(map(len, phrases)) > _PAIR_PHRASE
            and not _column_label(units, n) and _sure_role(units[n]) in (None, 1))


def _title_introduces(lines: list[decks.DeckLine], cut: decks.Cut) -> bool:
    """The reading's title holds a line that introduces another line under it."""
    return any(introduces(lines[n].text) for n in range(cut.kicker, min(cut.end, len(lines) - 1)))


_TAGGED_TAIL = 4  # characters before the tag: a title this short under a kicker is the title's end


def _tagged_title_head_read_as_kicker(headline: Headline, units: list[str]) -> Headline:
    """A column-tagged title of a word or two under a kicker (反恐双重标准 / 损人害己（钟声）,
    中国制度永葆 / 活力之道（新知新觉）) is the end of a title the column broke: the tag closes
    the main title, and a commentary's title is rarely that short; the line above is its head.
    Not a kicker that introduces (——), names a series, or closes a sentence."""
    if not headline.kicker or not column_tagged(headline.title):
        return headline
    before_tag = re.sub(r"[（(][^（(]*[）)]$", "", p.compact(headline.title))
    lines = deck_lines(units)
    cut = decks.cut_of(lines, headline.kicker, headline.title)
    if len(before_tag) > _TAGGED_TAIL or cut is None or cut.kicker == 0 or cut.end - cut.kicker != 1:
        return headline
    above = lines[cut.kicker - 1].text
    if (introduces(above) or p.SENTENCE_END.search(above) or decks.names_a_series(above) or _series_name(above)
            or decks.opens_subtitle(above) or column_tagged(above)):
        return headline
    # no space: the column broke the title there
    return Headline(title=above.strip() + headline.title.strip(), subtitle=headline.subtitle,
                    kicker=" ".join(line.text for line in lines[:cut.kicker - 1]))


def _tag_left_out(lines: list[decks.DeckLine], cut: decks.Cut) -> bool:
    """The block closes a column tag on a line the reading leaves out of the title."""
    tagged = [n for n in range(len(lines))
              if column_tagged("".join(line.text for line in lines[max(0, n - 2):n + 1]))
              and re.search(r"[）)]$", p.compact(lines[n].text))]
    return bool(tagged) and not any(cut.kicker <= n < cut.end for n in tagged)


def _cut_inside_brackets(lines: list[decks.DeckLine], cut: decks.Cut) -> bool:
    """The reading parts two roles where a bracket or quote one line opens is still open (浙江深化“亩均 /
    论英雄”改革, 共生，方能共赢（经济新 / 方位·中小企业闯关记③）): a kicker, a title and a subtitle each
    close what they open, so the lines across such a break are one role's; but a dash opening the line
    under the break marks a subtitle whatever stands open above it."""
    return any(0 < at < len(lines) and not lines[at].text.startswith(p.DASHES) and _open_above(lines, at)
               for at in (cut.kicker, cut.end))


def _open_above(lines: list[decks.DeckLine], at: int) -> bool:
    """The block's lines above line *at* leave a bracket or quote open."""
    return p.leaves_mark_open(p.compact("".join(line.text for line in lines[:at])))


def _restates_lead(unit: str, scorer: _Scorer, b: int) -> bool:
    phrases = [p.compact(piece) for piece in unit.lstrip("—－- ").split() if p.compact(piece)]
    return decks.restates_clauses(phrases, scorer.lead_texts[b])


def deck_lines(units: list[str]) -> list[decks.DeckLine]:
    """The block's printed lines in order, a line OCR doubled read once."""
    out: list[decks.DeckLine] = []
    for unit in units:
        parts = getattr(unit, "parts", ()) or (unit,)
        lines = getattr(unit, "lines", ()) or (None,) * len(parts)
        roles = getattr(unit, "roles", ()) or (None,) * len(parts)
        for part, line, role in zip(parts, lines, roles):
            if out and p.compact(out[-1].text) == p.compact(part):
                continue
            out.append(decks.DeckLine(str(part), bool(line is not None and line.blank_before),
                                      tuple(role) if role is not None else None,
                                      line.index if line is not None else -1))
    return out


def deck_joins(scorer: _Scorer, b: int) -> decks.Joins:
    return decks.Joins(title_wrapped, lambda first, second: _broken_title(first, second, scorer, b))


def _modelled_deck(units: list[str], scorer: _Scorer, b: int, model: decks.DeckModel) -> Headline:
    lines = deck_lines(units)
    rules = _rules_deck(units, scorer, b)
    if len(lines) < 2:
        return rules
    shares = [scorer.unit_score(line.text, b) for line in lines]
    rules_cut = decks.cut_of(lines, rules.kicker, rules.title)
    opened = _opened_phrases(lines, units)
    cut, sure = decks.best_cut(lines, scorer.lead_texts[b], shares, deck_joins(scorer, b), rules_cut, model)
    if (cut == rules_cut or sure < (_READS_ON if _reads_on(rules_cut, cut) else model.overrule)
            or _title_introduces(lines, cut) or _tag_left_out(lines, cut)
            or _title_joins_clause(lines, cut, scorer.lead_texts[b]) or _cut_inside_brackets(lines, cut)
            or _parts_parallel_clauses(lines, cut, scorer.lead_texts[b])
            or _reads_on(rules_cut, cut) and _takes_paired_phrases(lines, rules_cut, cut)):
        if rules_cut is not None and _title_grown(rules_cut, opened) != rules_cut:
            return _reading(lines, _title_grown(rules_cut, opened))
        return rules
    # reading on from the rules' title, the lead may read straight across a break (发布2026年 / “最美教师”)
    return _reading(lines, _title_grown(cut, opened), scorer.lead_texts[b] if _reads_on(rules_cut, cut) else "")


def _opened_phrases(lines: list[decks.DeckLine], units: list[str]) -> list[bool]:
    """Per deck line: it ends on a phrase's opening characters after a space (传承红色基因 做 /
    伟大事业接班人), read on the printed line (the headline text drops a space before a lone character)."""
    printed = {line.index: line.text for unit in units for line in getattr(unit, "lines", ()) if line is not None}
    return [phrase_opened_at_end(printed.get(line.index, line.text)) for line in lines]


def _title_grown(cut: decks.Cut, opened: list[bool]) -> decks.Cut:
    """A headline's lines break between its phrases, so a line ending on a phrase begun is one the
    column broke, and the line under it is in the same role: a title whose last line ends so takes the
    line under it, and a kicker whose last line ends so is the title's head (庭外故事 / 73歲婆婆…旁聽 心 /
    痛被告遭遇…自己 / 不買衫… is a kicker over a three-line title)."""
    kicker, end = cut.kicker, cut.end
    while end < len(opened) and opened[end - 1]:
        end += 1
    while kicker > 0 and opened[kicker - 1]:
        kicker -= 1
    return decks.Cut(kicker, end)


# The model's certainty at which it reads the rules' title on into lines the rules left as kicker or
# subtitle: the two agree on the title's line and differ only on where the title ends, where the
# rules, taking one line for the title, most often stop short (…完全淹沒 車上 / 路面有屍體…).
_READS_ON = 0.8


def _parts_parallel_clauses(lines: list[decks.DeckLine], cut: decks.Cut, lead: str) -> bool:
    """The reading parts two lines of one length that the lead says as whole clauses, one after the
    other (方便城郊居民出行 / 早晚高峰加密班次): a pair set as one role, not a title and its subtitle."""
    if not lead:
        return False
    phrases = [decks.line_phrases(line.text) for line in lines]
    clauses = ["".join(each) if decks.restates_clauses(each, lead) else "" for each in phrases]
    return any(0 < at < len(lines) and clauses[at - 1] and clauses[at] and len(clauses[at - 1]) == len(clauses[at])
               and lead.find(clauses[at - 1]) < lead.find(clauses[at]) for at in (cut.kicker, cut.end))


def _takes_paired_phrases(lines: list[decks.DeckLine], rules: decks.Cut, cut: decks.Cut) -> bool:
    """Reading on, the title takes a line of two phrases set apart by a space (首批12个项目签约
    总投资超30亿元): a subtitle's shape; a title the column wrapped runs on without a gap."""
    taken = [*range(cut.kicker, rules.kicker), *range(rules.end, cut.end)]
    return any(len([piece for piece in lines[n].text.split() if len(p.compact(piece)) >= _PAIRED_PHRASE]) >= 2
               for n in taken)


_PAIRED_PHRASE = 4


def _reads_on(rules: decks.Cut | None, cut: decks.Cut) -> bool:
    """The reading keeps the rules' title lines and takes more lines on either side of them."""
    return rules is not None and cut.kicker <= rules.kicker and cut.end >= rules.end and cut != rules


def _tag_broken_under(lines: list[decks.DeckLine], n: int, end: int) -> bool:
    """Line *n* opens a column tag that a line under it, before *end*, closes (…老人吃饭更方便 / （统筹抓好
    改革发展稳定各项工作 / ）): the tag closes the title over it, with no space."""
    tag = lines[n].text
    for m in range(n + 1, end):
        tag += lines[m].text
        if not p.leaves_mark_open(p.compact(tag)):
            return tag_closes_title(lines[n - 1].text, tag)
    return False


def _reading(lines: list[decks.DeckLine], cut: decks.Cut, lead: str = "") -> Headline:
    """The headline a cut of the block's lines gives: its title lines joined into one title, with
    no space where the column broke it (or, given the story's *lead*, where the lead reads across)."""
    title = ""
    for n in range(cut.kicker, cut.end):
        line = lines[n]
        joined = (not title or title_wrapped(title, line.text) or tag_closes_title(lines[n - 1].text, line.text)
                  or _tag_broken_under(lines, n, cut.end) or bool(lead) and _reads_across(lines[n - 1], line, lead))
        title += line.text if joined else f" {line.text}"
    return Headline(
        title=title,
        kicker=" ".join(line.text for line in lines[:cut.kicker]),
        subtitle=" ".join(line.text.lstrip("—－- ") for line in lines[cut.end:]),
    )


_ROLES = ("kicker", "headline", "subtitle")
_SURE_ROLE = 0.9
_FAIRLY_SURE = 0.8  # a kicker stacked over its title: the two lines are parted again


def _sure_role(unit: str) -> int | None:
    """The deck role (0 kicker, 1 title, 2 subtitle) the labeller is sure of for every line of
    the unit, or None."""
    roles = getattr(unit, "roles", ())
    if not roles or any(r is None or max(r) < _SURE_ROLE for r in roles):
        return None
    found = {max(range(3), key=r.__getitem__) for r in roles}
    return found.pop() if len(found) == 1 else None


def _kicker_stacked(unit: str) -> bool:
    """The labeller reads the first line of a stacked unit as a kicker and the second as the
    title (新闻特写 / 赵乐际在天津调研)."""
    roles = getattr(unit, "roles", ())
    if len(roles) != 2 or any(r is None for r in roles):
        return False
    return roles[0][0] >= _FAIRLY_SURE and roles[1][1] >= _FAIRLY_SURE


_LIKELY_KICKER = 0.7  # under `_FAIRLY_SURE`: a kicker only where the title's lines show it too


def _kicker_over_wrapped_title(unit: str, below: list[str]) -> bool:
    """A short line the labeller more likely reads as a kicker, stacked over a shorter half of a
    title that the column wraps on into the next line (沙中線聆訊 / 石永泰代表禮頓 質疑 / 中科老闆稱…):
    the title runs on below it, the short line does not run into it, and a title's first line is
    never narrower than its second, so the short line is the kicker over that title."""
    roles = getattr(unit, "roles", ())
    parts = getattr(unit, "parts", ())
    if len(parts) != 2 or len(roles) != 2 or roles[0] is None or not below:
        return False
    first, second = parts
    return (roles[0][0] >= _LIKELY_KICKER and roles[0][0] > roles[0][1]
            and len(p.compact(first)) < len(p.compact(second)) and not title_wrapped(first, second)
            and not decks.opens_subtitle(below[0]) and title_wrapped(second, below[0]))


def _labelled_deck(units: list[str], body_grams: set[str] | frozenset[str] = frozenset()) -> Headline | None:
    """Kicker, title and subtitle as the labeller reads the block's lines, when it is sure
    of each line and the roles come in deck order (kicker, title lines, subtitle); a title
    the column broke over lines is one title, and so is a kicker line that breaks a word the
    body has (交出经得起检 / 验的答卷: 检验; not 文化中国行 / 文博游火热: 行文)."""
    lines: list[tuple[str, int]] = []
    for unit in units:
        roles = getattr(unit, "roles", ())
        parts = getattr(unit, "parts", ()) or (unit,)
        if not roles or len(roles) != len(parts) or any(r is None or max(r) < _SURE_ROLE for r in roles):
            return None
        lines.extend((str(part), max(range(3), key=r.__getitem__)) for part, r in zip(parts, roles))
    for n in range(len(lines) - 1, 0, -1):  # a kicker line the column wrapped into the title under it
        (above, role_above), (below, role_below) = lines[n - 1], lines[n]
        left, right = p.compact(above), p.compact(below)
        if (role_above == 0 and role_below == 1 and not introduces(above) and not _topic_over_clause(left, right)
                and (open_ended(left, right) or word_across(left, right) and left[-1:] + right[:1] in body_grams)):
            lines[n - 1] = (above, 1)
    order = [role for _, role in lines]
    if 1 not in order or order != sorted(order):
        return None
    if any(role == 1 and (introduces(text) or decks.opens_subtitle(text) or decks.names_the_piece(text))
           for text, role in lines) or any(
            role != 1 and column_tagged(text) for text, role in lines):
        return None  # a title line that introduces another, a column tag left out of the title: the rules decide
    title = ""
    for n, (text, role) in enumerate(lines):
        if role != 1:
            continue
        if title and not title_wrapped(title, text) and (
                _deck_shape(title) or _deck_shape(text)
                or not (_couplet(f"{title} {text}") or _title_tail(title, text, [rest for rest, _ in lines[n + 1:]]))):
            # a whole line of two phrases is a kicker or subtitle's shape (稳企业 保就业 / 首批12个项目签约
            # 总投资超30亿元), and so is one of two whole lines of unequal length (剑指…AI应用乱象 / 中央网信办
            # 专项整治), not the title's last few characters the column wrapped (…音乐会在 / 京举办): the rules decide
            return None
        # the column wrapped one title, or the title is set in two whole lines (汇聚合力 / 共享机遇)
        title += text if not title or title_wrapped(title, text) else f" {text}"
    return Headline(
        title=title,
        kicker=" ".join(text for text, role in lines if role == 0),
        subtitle=" ".join(text.lstrip("—－- ") for text, role in lines if role == 2),
    )


_CLAUSE_LONGER = 1.5  # a title line at least this much longer than the kicker over it is set on its own


def _topic_over_clause(left: str, right: str) -> bool:
    """A short topic kicker over a title clause opening with a conjunction (8.31太子站恐襲 /
    與公義的距離仍很遙遠…): the title's conjunction links its own phrases, and a line the column
    wrapped is no shorter than the line it runs into; so the kicker stays a kicker, unless the
    kicker's own end is left open (…与 / …)."""
    return (opens_with_word_of(right, CONJUNCTIONS) and len(right) >= _CLAUSE_LONGER * len(left)
            and not open_ended(left, right, conjunction=False) and not word_across(left, right))


def _deck_shape(text: str) -> bool:
    """Two phrases, or a clause after a comma: how a kicker or subtitle reads."""
    return bool(re.search(r"\S\s+\S|[，,；;]", text))


_TOPIC_LABEL = 6  # characters of a column's topic label set as a kicker
_SHARES = 0.3  # a line sharing this much with the body is about it
_SHARES_NOTHING = 0.1
_TAIL_LINE = 4
_LABEL = 8
_LABEL_RATIO = 1.5


def _unstack(units: list[str], scorer: _Scorer, b: int) -> list[str]:
    """Two stacked short lines are one title only when both are about the body: a stock
    kicker (聚焦高质量发展) over a short title is not part of it."""
    out: list[str] = []
    for n, unit in enumerate(units):
        parts = getattr(unit, "parts", ())
        scores = [scorer.unit_score(part, b) for part in parts]
        if parts and len({p.compact(part) for part in parts}) == 1:
            out.append(parts[0])  # OCR read the line twice
        elif parts and (min(scores) < _SHARES_NOTHING and max(scores) >= _SHARES or _series_name(parts[0])
                        or _kicker_stacked(unit) or _kicker_over_wrapped_title(unit, units[n + 1:n + 2])):
            out.extend(parts)
        elif len(parts) == 2 and title_wrapped(*parts):
            out.append(f"{parts[0]}{parts[1]}")  # one title wrapped inside a word: no space in it
        else:
            out.append(unit)
    return out


def _rejoin_title(units: list[str], scorer: _Scorer, b: int) -> list[str]:
    """A long title the column broke over two lines is one title: both halves are about
    the body, and the words across the break are the body's words too."""
    out: list[str] = []
    for n, unit in enumerate(units):
        if out and not decks.opens_subtitle(unit) and not decks.names_the_piece(unit) and not _clause_over(
                out[-1], unit, scorer.lead_texts[b]) and (
                _broken_title(out[-1], unit, scorer, b)
                or _title_tail(out[-1], unit, units[n + 1:]) and not _labelled_kicker(out[-1])
                and (scorer.unit_score(unit, b) >= _SHARES_NOTHING or opens_with_word_of(unit, PARTICLES))):
            out[-1] = out[-1] + unit
        else:
            out.append(unit)
    return out


def _labelled_kicker(unit: str) -> bool:
    """The labeller is fairly sure every line of the unit is a kicker (11.11中大暴動案 over 佛系政府):
    a short line under it is the title, not the tail of a line the column wrapped."""
    roles = getattr(unit, "roles", ())
    return bool(roles) and all(r is not None and r[0] >= _FAIRLY_SURE for r in roles)


def _title_tail(above: str, line: str, rest: list[str]) -> bool:
    """A line of a few characters closing the block under a line at least twice as long is
    the end of the title the column wrapped (…政府物業無迫切列 / 暫定古蹟): no kicker stands
    last, and a subtitle this short is rare; only a dash subtitle may follow. (`_rejoin_title` also
    asks that the body share the line's words, or that the line open with a particle (的原因): a
    label or a writer's name set there (时代先锋, 今明天气, 张建民) shares none.)"""
    size = len(p.compact(line))
    return (0 < size <= _TAIL_LINE and len(p.compact(above)) >= 2 * size and not p.SENTENCE_END.search(above)
            and all(decks.opens_subtitle(u) for u in rest))


def _broken_title(first: str, second: str, scorer: _Scorer, b: int) -> bool:
    if title_wrapped(first, second):
        return True
    if introduces(first):
        return False
    left, right = p.compact(first), p.compact(second)
    if not left or not right or " " in first[-1:] or (len(right) > WRAPPED_TAIL and left.endswith(right)):
        return False
    low = min(scorer.unit_score(first, b), scorer.unit_score(second, b))
    if low < _SHARES_NOTHING or _column_label([first, second], 0):
        return False
    bridge = left[-1] + right[0]
    return bridge in scorer.full[b] and bridge not in bigrams(first + " " + second)


# words no deck line stops on: a copula, a verb whose object is still to come, a preposition of one
# character; not 主持 or 通报, which also close a kicker (赵乐际委员长主持, 疫情通报)
_WANTS_OBJECT = ("是", "成为", "成為", "面临", "面臨", "迎来", "迎來", "参加", "參加", "实现", "實現", "同", "跟", "就")
_SESSION_CLOSES = re.compile(rf"[\d{NUMERALS}][届屆次]$")  # 十三届, 第八次: which session, of what is to come


def _stops_before_object(text: str) -> bool:
    """The line stops on a word that needs what the next line holds: a copula or a verb waiting for its
    object (领导干部是 / 全面依法治国的关键, 出境游面临 / 文明考验…), a preposition waiting for its own
    (习近平同 / 巴西总统…会谈), or a count of sessions waiting for the body that held them (全国政协十三届 /
    常委会…). The word is whole after a word of its own (not 国是, a word that ends on 是)."""
    words = loaded_posseg().lcut(p.compact(text), HMM=False)
    return len(words) >= 2 and (words[-1].word in _WANTS_OBJECT and len(words[-2].word) >= 2
                                or bool(_SESSION_CLOSES.search(words[-1].word)))


_NAMES_AND_FIGURES = (*PROPER_NAMES, "m", "eng", "x")


def _opens_on_word_left(above: str, text: str) -> bool:
    """The line opens on one word of a character or two set apart from a phrase at least twice as long
    (反弹 社区封控严中有细, 活力 支撑跨越发展), under a line that ends on no space or mark: the word ends the
    phrase above; a deck line opens on no phrase that short, but a place it names (武汉 分秒必争抗疫情)."""
    phrases = text.split()
    if len(phrases) < 2 or len(phrases[0]) > 2 or len(p.compact(phrases[1])) < 2 * len(phrases[0]):
        return False
    if not re.search(rf"[{p.CJK}]$", above):
        return False
    words = loaded_posseg().lcut(phrases[0], HMM=False)
    return len(words) == 1 and words[0].flag not in _NAMES_AND_FIGURES


def _kicker_shape(units: list[str], n: int) -> int:
    """A pair of short phrases over a clearly longer line (稳企业 保就业 / 我县召开民营经济
    发展大会) is that line's kicker; so is a short topic label over a line twice its length
    (台灣選舉 / 國民黨民進黨決戰高雄 最早今晚7時知戰果)."""
    if n + 1 >= len(units):
        return 0
    size, below = len(p.compact(units[n])), len(p.compact(units[n + 1]))
    if not _parallel(units[n]):
        return int(size <= _TOPIC_LABEL and below >= 2 * size)
    return int(below >= 1.4 * size)


def _column_label(units: list[str], n: int) -> bool:
    """A series or column name joined by a middle dot, set above the story's own title; or
    a short topic label (迷你倉死因研訊) over a title half as long again."""
    if n + 1 >= len(units):
        return False
    size, below = len(p.compact(units[n])), len(p.compact(units[n + 1]))
    if not units[n + 1].startswith(("—", "－", "-")) and size <= _LABEL and below >= _LABEL_RATIO * size:
        return True
    return _series_name(units[n])


def _series_name(unit: str) -> bool:
    return bool(re.search(r"\S[·•・]\S", unit))


def _parallel(unit: str) -> int:
    """A one-line pair of phrases (优化营商环境 对冲疫情影响) is more often a kicker."""
    return int(" " in unit and not re.search(r"[，,、]", unit))
