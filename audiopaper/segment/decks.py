"""Which lines of a headline block are the kicker (引题), the main title (主题) and the subtitle
(副题), read by a trained scorer.

A block's lines are in print order, so every reading is a cut: kicker lines, then the title
lines (one title, perhaps wrapped over several lines), then subtitle lines. Each cut is scored
by a linear model over what tells the roles apart on any daily: how much of a line its story's
lead repeats, word for word or in its words (a kicker or subtitle is often a clause of the lead,
standing there between clause marks; a title sums it up), the line's length and shape (two phrases,
a comma, a colon, a dash that opens a subtitle, an end that hands on to the line under it), the
line labeller's reading, and whether the title's lines read as one line the column wrapped or as
one clause (a subject over its predicate). The weights are fitted on simulated development pages
of the default sources and of the mainland papers by `tools/segdev/train_decks.py` and stored in
`deck_model.json`. The model overrules the rules of `headlines.py` only where it is sure of its
reading (probability >= the file's `overrule`); without the file the rules decide.
"""

from __future__ import annotations

import difflib
import functools
import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..jieba_loader import loaded_posseg
from . import patterns as p

MODEL_PATH = Path(__file__).with_name("deck_model.json")
LEAD_CHARS = 300  # characters of the body a deck line is compared with, word for word
_SIZE_SCALE = 20.0
_LONGER = 1.5
_TINY = 4

LINE_FEATURES = ("bias", "shares", "verbatim", "in_lead", "dash", "size", "two_phrases", "parallel", "comma", "colon",
                 "series", "digit", "p_kicker", "p_title", "p_subtitle", "blank_before", "quote", "over_longer",
                 "whole_clause", "tiny", "closes", "hands_on")
ROLES = ("kicker", "title", "subtitle")
CUT_FEATURES = ("title_lines_2", "title_lines_3", "title_joins_wrapped", "title_joins_whole", "title_joins_bridged",
                "kicker_into_title", "title_into_subtitle", "title_size", "kicker_lines_2", "subtitle_lines_2",
                "title_shares_most", "title_first_dash", "rules_reading", "title_joins_longer",
                "title_joins_equal", "title_joins_hung", "title_column_shape", "kicker_title_equal", "title_subtitle_equal",
                "title_joins_clause", "kicker_clause_into_title", "title_clause_into_subtitle")
FEATURES = tuple(f"{role}:{name}" for role in ROLES for name in LINE_FEATURES) + CUT_FEATURES


@dataclass(frozen=True)
class DeckLine:
    """One printed line of a headline block, as the scorer needs it."""

    text: str  # the line's headline text (layout marks off)
    blank_before: bool = False
    roles: tuple[float, float, float] | None = None  # the labeller's p(kicker, title, subtitle)
    index: int = -1  # the line's position on the page (for training against the truth)


@dataclass(frozen=True)
class Cut:
    kicker: int  # lines[:kicker] are the kicker
    end: int  # lines[kicker:end] the title, lines[end:] the subtitle


# A subtitle saying what the piece is (——读杨绛《我们仨》, 记北京榜样优秀群体, 论学习贯彻…, 访…院长X,
# 专访…副省长X, 追记…医生X, 写在…之际, 评电影《…》) keeps that shape when OCR or the layout lost its dash.
_REVIEW_SUBTITLE = re.compile(r"^(?:专访\S{3}|追记\S{3}|读(?!书|懂)[^《]{0,12}《|评(?!价|论)[^《]{0,6}《|记(?!录|者|住|忆|得|载)\S{3}"
                              r"|论(?!坛|文|述)\S{3}|访(?!问|谈|华|美|日|俄|欧|港|台)\S{3}|写在\S{3})")


# A line naming the piece's genre (…保护观察, …获奖者速写, …精神纪实, …活动综述) says what the
# piece is, as a subtitle under the title or a kicker over it: never the main title, where
# another line of the block can be.
_NAMES_THE_PIECE = re.compile(r"\S{4}(?:观察|觀察|速写|速寫|纪实|紀實|侧记|側記|综述|綜述|札记|劄記|手记|手記|巡礼|巡禮)$")


def names_the_piece(text: str) -> bool:
    """The line names the piece's genre (…蹲点观察, …活动综述): a kicker's or a subtitle's."""
    return bool(_NAMES_THE_PIECE.search(p.compact(text)))


# A line naming a series, a column or an event the story is filed under (乡村振兴进行时,
# 二十大代表在基层, 一线见闻, 杭州第19届亚运会, 推动…系列主题新闻发布会, 学习贯彻…全会精神,
# 走进…纪念馆, 解读…精神之六): printed over the story's own title as its kicker. Only a short
# line with no verb before the name: …出席…论坛, 书写…答卷 are titles.
_SERIES_END = re.compile(r"(?:在基层|进行时|進行時|见闻|見聞|一线|一線|时光|時光|发展答卷|發展答卷|颂|頌|这\S{1,2}年|這\S{1,2}年"
                         r"|在行动|在行動|之[一二三四五六七八九十]+|发布会|發佈會|论坛|論壇|峰会|峰會|博览会|博覽會|研讨会|研討會"
                         r"|研[讯訊]|公开赛|公開賽|锦标赛|錦標賽|世锦赛|世錦賽|世界杯|世界盃|[运運奥奧][会會]"
                         r"|评论员文章|評論員文章)$|^(?:深入)?学习贯彻\S*精神$|^(?:深入)?學習貫徹\S*精神$|^走[进進]\S{3}")
_SERIES_MAX = 16
_NAME_VERB = re.compile(r"出席|举办|舉辦|召开|召開|举行|舉行|将|將|表示|参加|參加|书写|書寫|交出|讨论|討論|筹办|籌辦|亮相")


# A contest's name, perhaps with its leg or event after it (东京奥运会亚洲男排资格赛, 雪车世锦赛女子双人车,
# 女子重剑世界杯西班牙站): the event a sports result is filed under; not a line going on to what happened
# (…冠军赛战罢9轮).
_CONTEST = re.compile(r"(?:\S[赛賽]|\S{2}[杯盃]|[运運奥奧][会會])(\S{0,6})$")


def names_a_series(text: str) -> bool:
    """The line names the series, column or event a story is filed under: a kicker's shape."""
    compact = p.compact(text)
    return (0 < len(compact) <= _SERIES_MAX and not re.search(r"[，,。；;：:！？!?]", compact)
            and not _NAME_VERB.search(compact)
            and bool(_SERIES_END.search(compact) or _names_a_contest(compact)))


def _names_a_contest(compact: str) -> bool:
    contest = _CONTEST.search(compact)
    tail = contest.group(1) if contest else ""
    return bool(contest) and (not tail or tail.endswith("站") or verbless(tail))


_PLACE_COLON = re.compile(r"^([^\s：:，,“”「」]{2,4})[：:]\S")
_PLACE_TAGS = ("ns", "s")  # jieba's tags of a place name


def opens_with_place(text: str) -> bool:
    """The line opens with a place and a colon (海口：生态修复让水清岸绿, 宁夏：扎下身听民意): a main
    title filed under a series, never the words a line above goes on with; not a speaker (梁卓偉：)."""
    match = _PLACE_COLON.match(text.strip())
    if not match:
        return False
    words = list(loaded_posseg().cut(match.group(1), HMM=False))
    return bool(words) and words[0].flag in _PLACE_TAGS


def opens_subtitle(text: str) -> bool:
    """The line opens a subtitle: a dash, or a subtitle's own words (读…《》, 记…, 写在…)."""
    text = text.strip()
    return text.startswith(p.DASHES) or bool(_REVIEW_SUBTITLE.match(text))


def cuts(lines: Sequence[DeckLine]) -> list[Cut]:
    """Every reading of the block as kicker, title and subtitle lines; a line opening with a
    dash is a subtitle's, never the title's first, and a line a subtitle's words open is in
    no title, nor, under another line, in the kicker (打造演艺之都 讲好中国故事 / 写在……之际)."""
    out = [Cut(a, b) for a in range(len(lines)) for b in range(a + 1, len(lines) + 1)
           if not lines[a].text.startswith(p.DASHES)
           and not any(_REVIEW_SUBTITLE.match(lines[n].text) or names_the_piece(lines[n].text) for n in range(a, b))
           and not any(_REVIEW_SUBTITLE.match(lines[n].text) for n in range(1, a))]
    return out or [Cut(0, len(lines))]


def line_features(line: DeckLine, lead: str, shares: float, below: DeckLine | None = None) -> list[float]:
    """The features of one line against its story's lead (compact text, first characters) and
    the line under it."""
    text = line.text.lstrip("—－- ")
    compact = p.compact(text)
    size = len(compact) or 1
    verbatim = 0.0
    if compact and lead:
        match = difflib.SequenceMatcher(None, compact, lead, autojunk=False).find_longest_match(
            0, len(compact), 0, len(lead))
        verbatim = match.size / size
    phrases = line_phrases(text)
    in_lead = float(bool(phrases) and all(phrase in lead for phrase in phrases))
    clause = float(restates_clauses(phrases, lead))
    unquoted = re.sub(r"[“「『《][^”」』》]*[”」』》]", "", text)  # a dot inside quotes is part of a name
    roles = line.roles or (1 / 3, 1 / 3, 1 / 3)
    return [
        1.0,
        shares,
        verbatim,
        in_lead,
        float(line.text.startswith(p.DASHES)),
        len(compact) / _SIZE_SCALE,
        float(len(phrases) >= 2),
        float(len(phrases) >= 2 and len({len(phrase) for phrase in phrases}) == 1),  # 稳企业 保就业: set as a pair
        float(bool(re.search(r"[，,；;]", text))),
        float(bool(re.search(r"[：:]", text))),
        float(bool(re.search(r"\S[·•・]\S", unquoted))),
        float(bool(re.search(r"\d", text))),
        *roles,
        float(line.blank_before),
        float(bool(re.search(r"[“”「」『』《》]", text))),
        float(below is not None and len(p.compact(below.text)) >= _LONGER * size),  # a label over its title
        clause,
        float(size <= _TINY),  # a title's last characters wrapped onto a line, or a four-character label
        float(bool(p.SENTENCE_END.search(text.strip()))),  # a sentence: a kicker's or subtitle's
        float(bool(_HANDS_ON.search(line.text.strip()))),
    ]


def verbless(text: str) -> bool:
    """The words name something and say nothing of it: no verb (女子双人车, 西班牙站, 安徽广德市)."""
    words = _tagged(p.compact(_ASIDE.sub("", text)))
    return bool(words) and not any(flag in _VERB_TAGS for _, flag in words)


# a line ending in a colon, a dash or the verb of someone speaking hands over to the line under it:
# a kicker naming who speaks or what about (许小英代表：, …精准施策——, …调研时强调)
_HANDS_ON = re.compile(r"(?:[：:—]|－－|强调|強調|指出|表示|宣布)$")
_CLAUSE_MARK = "，,。；;：:！？!?、"
_ASIDE = re.compile(r"[（(][^（()）]{0,20}[）)]")
_BEFORE_CLAUSE = _CLAUSE_MARK + "）)”」』"  # a clause also opens after an aside or a quote
_AFTER_CLAUSE = _CLAUSE_MARK + "（(“「『"


def line_phrases(text: str) -> list[str]:
    """The phrases a deck line sets apart by spaces, compacted, a dash opening the line left out."""
    return [p.compact(piece) for piece in text.lstrip("—－- ").split() if p.compact(piece)]


def restates_clauses(phrases: Sequence[str], lead: str) -> bool:
    """The line, or every phrase of it, stands in the lead as a whole clause (the lead's
    bracketed asides left out, as a deck line leaves them: 今天（11月10日）是…)."""
    lead = _ASIDE.sub("", lead)
    return bool(phrases) and (_whole_clause("".join(phrases), lead)
                              or all(_whole_clause(phrase, lead) for phrase in phrases))


def _whole_clause(phrase: str, lead: str) -> bool:
    """The phrase stands in the lead between clause marks (a clause restated as a kicker or a
    subtitle), not inside a clause (the title's subject named again: 塔石體育館 in
    體育局轄下的塔石體育館經過…)."""
    return bool(re.search(rf"(?:^|[{_BEFORE_CLAUSE}]){re.escape(phrase)}(?:$|[{_AFTER_CLAUSE}])", lead))


def cut_features(cut: Cut, per_line: list[list[float]], lines: Sequence[DeckLine],
                 wrapped: Callable[[str, str], bool], bridged: Callable[[str, str], bool],
                 rules: Cut | None) -> list[float]:
    """The features of one reading: per-line features summed by role (the title's averaged),
    and the shape of the cut."""
    n_line = len(LINE_FEATURES)
    kicker = [0.0] * n_line
    title = [0.0] * n_line
    subtitle = [0.0] * n_line
    for n, values in enumerate(per_line):
        target = kicker if n < cut.kicker else title if n < cut.end else subtitle
        for f, value in enumerate(values):
            target[f] += value
    title_count = cut.end - cut.kicker
    title = [value / title_count for value in title]
    joins = [wrapped(lines[n - 1].text, lines[n].text) for n in range(cut.kicker + 1, cut.end)]
    shares = [values[LINE_FEATURES.index("shares")] for values in per_line]
    widths = [len(p.compact(line.text)) for line in lines]
    title_size = sum(widths[cut.kicker:cut.end])
    title_widths = widths[cut.kicker:cut.end]
    return [
        *kicker, *title, *subtitle,
        float(title_count == 2),
        float(title_count >= 3),
        float(sum(joins)),
        float(len(joins) - sum(joins)),
        float(sum(not wrap and bridged(lines[n - 1].text, lines[n].text)
                  for n, wrap in zip(range(cut.kicker + 1, cut.end), joins))),
        float(cut.kicker > 0 and wrapped(lines[cut.kicker - 1].text, lines[cut.kicker].text)),
        float(cut.end < len(lines) and wrapped(lines[cut.end - 1].text, lines[cut.end].text)),
        title_size / _SIZE_SCALE,
        float(cut.kicker >= 2),
        float(len(lines) - cut.end >= 2),
        float(max(shares[cut.kicker:cut.end]) >= max(shares)),
        float(lines[cut.kicker].text.startswith(p.DASHES)),
        float(cut == rules),
        # the column wraps a title when its line is full: the line it goes on in is no longer
        float(sum(widths[n] > widths[n - 1] for n in range(cut.kicker + 1, cut.end))),
        # a title the column broke leaves its lines as wide as the column (14 + 14 characters),
        # the last perhaps shorter; whole lines of a deck differ in width
        float(sum(widths[n] == widths[n - 1] for n in range(cut.kicker + 1, cut.end))),
        # a mark the column may not open a line with hangs at the end of the line above: one wider
        float(sum(widths[n - 1] - widths[n] == 1 for n in range(cut.kicker + 1, cut.end))),
        float(title_count >= 2 and len(set(title_widths[:-1])) == 1 and title_widths[-1] <= title_widths[0]),
        float(cut.kicker > 0 and widths[cut.kicker - 1] == widths[cut.kicker]),
        float(cut.end < len(lines) and widths[cut.end - 1] == widths[cut.end]),
        float(sum(carries_on(lines[n - 1].text, lines[n].text) for n in range(cut.kicker + 1, cut.end))),
        float(cut.kicker > 0 and carries_on(lines[cut.kicker - 1].text, lines[cut.kicker].text)),
        float(cut.end < len(lines) and carries_on(lines[cut.end - 1].text, lines[cut.end].text)),
    ]


# One clause the column set over two lines: a subject with no verb over a line opening on its
# predicate (伊拉克南部 / 爆发大规模示威, 全体专业技术人才 / 将开展…, 北京人艺 / 发布…). A kicker is
# a phrase of its own over a title with its own subject, or hands on with a mark or a speaker's verb.
_VERB_TAGS = ("v", "vd", "vi", "vg")
_PREDICATE_OPENS = (*_VERB_TAGS, "d", "p")


@functools.lru_cache(maxsize=4096)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((word.word, word.flag) for word in loaded_posseg().cut(text, HMM=False) if p.compact(word.word))


def carries_on(above: str, below: str) -> bool:
    """The line *below* opens on the predicate of the subject the line *above* names and leaves
    without a verb: the two read as one title."""
    upper = p.compact(above.lstrip("—－- "))
    lower = p.compact(below).lstrip("“「『《（(")
    if (not upper or not lower or below.lstrip().startswith(p.DASHES) or _HANDS_ON.search(upper)
            or re.search(r"[，,。；;！？!?）)”」』》：:]$", upper)):
        return False
    upper_words, lower_words = _tagged(upper), _tagged(lower)
    return (bool(upper_words) and bool(lower_words) and lower_words[0][1] in _PREDICATE_OPENS
            and not any(flag in _VERB_TAGS for _, flag in upper_words))


def block_features(lines: Sequence[DeckLine], lead: str, shares: Sequence[float],
                   joins: "Joins", rules: Cut | None) -> tuple[list[Cut], list[list[float]]]:
    """The readings of a block and the features of each (for training and for `best_cut`);
    *rules* is the reading of the hand-written rules, when it is one of them."""
    per_line = [line_features(line, lead, share, lines[n + 1] if n + 1 < len(lines) else None)
                for n, (line, share) in enumerate(zip(lines, shares))]
    options = cuts(lines)
    wrapped = functools.cache(joins.wrapped)
    bridged = functools.cache(joins.bridged)
    return options, [cut_features(cut, per_line, lines, wrapped, bridged, rules) for cut in options]


@dataclass(frozen=True)
class Joins:
    """How two lines read as one title: *wrapped*, the column broke it (a word or a number
    across the break, a line left open); *bridged*, whole lines whose words across the break
    the body has."""

    wrapped: Callable[[str, str], bool]
    bridged: Callable[[str, str], bool]


def cut_of(lines: Sequence[DeckLine], kicker: str, title: str) -> Cut | None:
    """The reading that gives this kicker and title, if any."""
    want_kicker, want_title = p.compact(kicker), p.compact(title)
    for cut in cuts(lines):
        if (p.compact("".join(line.text for line in lines[:cut.kicker])) == want_kicker
                and p.compact("".join(line.text for line in lines[cut.kicker:cut.end])) == want_title):
            return cut
    return None


@dataclass(frozen=True)
class DeckModel:
    features: tuple[str, ...]
    weights: tuple[float, ...]
    overrule: float = 0.8  # the probability of its reading at which the model overrules the rules

    def score(self, values: Sequence[float]) -> float:
        return sum(w * x for w, x in zip(self.weights, values))


@functools.cache
def load_model(path: Path = MODEL_PATH) -> DeckModel | None:
    """The fitted weights, or None when no model is installed (or it was fitted on other
    features)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    if tuple(data["features"]) != FEATURES:
        return None
    return DeckModel(tuple(data["features"]), tuple(float(w) for w in data["weights"]), float(data["overrule"]))


def best_cut(lines: Sequence[DeckLine], lead: str, shares: Sequence[float],
             joins: Joins, rules: Cut | None, model: DeckModel,
             allowed: Callable[[Cut], bool] | None = None) -> tuple[Cut, float]:
    """The reading the model scores highest (the first of equals), and its probability
    among the block's readings (only the *allowed* ones, when given and any is)."""
    options, rows = block_features(lines, lead, shares, joins, rules)
    if allowed is not None and any(allowed(cut) for cut in options):
        options, rows = zip(*[(cut, row) for cut, row in zip(options, rows) if allowed(cut)])
    scored = [model.score(row) for row in rows]
    best = max(range(len(options)), key=scored.__getitem__)
    total = sum(math.exp(score - scored[best]) for score in scored)
    return options[best], 1.0 / total
