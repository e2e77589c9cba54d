"""Read the raw OCR text of one printed page into pieces: bodies, headline runs,
bylines and classified blocks, in OCR order.

The OCR order is not the print order, and the lines carry layout: column-width
breaks, stray blank lines, spaces between characters. This pass decides only what
each line *is*; which headline belongs to which body is decided later for the whole
page at once (`headlines.assign_headlines`).
"""

from __future__ import annotations

import collections
import functools
import math
import os
import re
import statistics
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from . import labeller
from . import patterns as p
from .late_titles import (OWN_STORY_SHARE, TELLING_TITLE_WORDS, join_titles_under_credits, shared_words,
                          split_before_late_titles, title_share)
from .line_breaks import BRIDGE, PARTICLES, open_ended, opens_with_word_of, title_wrapped, word_across
from .names import words_not_a_name
from .page_line import Line, text_width
from .pieces import Body, BriefColumn, BylineLine, ClassifiedBlock, HeadlineRun, Piece, over_bylines, renumbered
from ..jieba_loader import loaded_jieba, loaded_posseg
from ..pagetext import PHONE_NUMBER


@dataclass(frozen=True)
class Doubt:
    """A lone line whose reading was a close call (the prose under it repeats its words, as
    a lead repeats its title and a crosshead's paragraph often does too)."""

    line: str
    reading: str  # "crosshead" (kept in the story above) | "title" (of a new story)


_MAX_HEADLINE_LINE = 72  # wire headlines run long: 习近平在…时强调 深入学习… 以…推动…
_MAX_WIRE_HEADLINE = 140  # a wire title of several decks on one line: 中共中央政治局召开会议 决定… 审议《…》 习近平主持会议
_MAX_RUN = 8
_SURE_DECK = 0.9  # the labeller's probability that overrules the rules on a line
_CLOSER = {"（": "）", "(": ")", "《": "》", "“": "”", "「": "」", "『": "』"}
_OPEN_DECK = 0.5  # the labeller's probability of a deck line for a deck line left open and the line under it
_SURE_PROSE = 0.02  # at most this probability of a deck line or crosshead: the labeller takes a line out of a run
_CROSSHEAD_CONTEXT = 100  # characters of the prose under a lone line, to tell its title from a crosshead
_TITLE_SHARE = 0.7
_RARE_BY_CHANCE = 1  # names or terms a new subject's prose may share with the story above by chance
_ABOVE_CONTEXT = 300  # characters of the story above a lone line, to tell its crosshead from the next story's title
_ABOVE_SHARE = 0.4  # of a lone line's bigrams that the story above holds: it goes on speaking of the same thing
_SUBJECT_BELOW = 200  # characters of the prose under a lone line, to tell whether it goes on with the story above
_SUBJECT_WORDS_ABOVE = 60  # at least this many of the story above's two-ideograph sequences, and of the prose's
_SUBJECT_LINES = 12  # lines of prose under a lone line whose words tell its subject
_SIGNED_BELOW = 12  # lines of prose under a lone line, at most, before a byline that closes a short story
_SUBJECT_WORDS_BELOW = 40  # below, for "no word in common" to mean a new subject
_BRIEF_SUBJECT_WORDS = 30  # of a brief above an untitled one: a brief of two or three sentences says enough
# words a lead under a story shares with it, at least, to be its second report (a story shares a
# few by chance), and their sum each counting 1/(1+n) when the rest of the page says it n times
_SAME_SUBJECT_WORDS, _SAME_SUBJECT_DISTINCT = 10, 4
_BRACKETED = re.compile(r"[（(][^（）()]{0,30}[）)]")  # a bracketed credit or programme: （记者 X）, （新闻联播）
_BRACKET_CLOSES = re.compile(r"[）)]\s*$")  # a line a bracket closes: a credit or an aside in brackets ends there
_TITLE_WORDS_BELOW = 2  # words a column-wide title shares with the prose under it, at least (and fewer with the story above)
_SUBJECT_SHARED = 2  # words two subjects may still share, words any story says (重要, 居民, 以来)
_PARALLEL_MIN, _PARALLEL_MAX = 6, 24  # characters of a crosshead that heads one of a story's parallel parts
_PART_HEAD_MAX = 11  # characters of a part's head over its reporter's byline: a story's title over one runs longer
_PARALLEL_SIZE = 2  # characters parallel crossheads differ by, at most
_PARALLEL_AHEAD = 200  # lines of the story below a lone line to look for its parallel crossheads in
_PARALLEL_PART = 300  # characters of prose, at least, a part under a crosshead runs before the next
_MEASURE_LINES = 10  # lines of prose above and under a lone line that measure their columns
_MEASURE_VOTES = 4  # of them, at least, that fill the column to one size: prose set in a column
_PROSE_AROUND = 3  # lines of prose either side of a lone line with no blank line inside, for blank lines to set it off
_DECK_HINT = 0.2  # the labeller's probability of a deck line, at least, for a lone line to open a subject
_SPEAKER_NAMED = 10  # lines of a part's prose, its first paragraph or two, that name its speaker (set over its marked head)
_CROSSHEAD_LEAN = 0.5  # the labeller's probability of a crosshead, at least, for a line to head one of a series of parts
_HEAD_OFF_CAPTION = 1  # ideographs a head stands off its caption's column, at least (a caption's lines fill it)
_TITLE_OFF_COLUMN = 2  # ideographs a story's first line stands narrower or wider than its column, to be its title
_OTHER_MEASURE = 1  # ideographs of set width two stories' columns differ by, at least, under a lone line between them
_DECK_OFF_COLUMN = 3  # ideographs a deck read inside a sentence stands off its column, alone: OCR'd prose lines vary by 2
# The end of a photo's shooting data, its shutter speed (…ISO:100 F:2.8 S:1/6, …F:4.5 ; S:1/40).
_SHOOTING_DATA_END = re.compile(r"(?:ISO|F)\s*[:：]\s*[\d.]+\s*[;；,，]?\s*S\s*[:：]\s*\d+/\d+$")
# An entry of a marked list of labelled facts (> 電話：24947282, > 面書： 全力圖書有限公司).
_MARKED_FACT = re.compile(r"^[>＞]\s*[\u4e00-\u9fff]{1,4}\s*[:：︰]\s*\S")
_QUESTION_SHORT = 2  # ideographs an interviewer's broken question line may fall short of its column (its indent)
_QUESTION_LINES = 5  # lines an interviewer's question runs over, at most, and lines around it that measure its column
_INDENT = 2  # ideographs a paragraph's first line is indented by: a title under a kicker stands narrower still
_LEAD_ECHO_WORDS = 2  # words of a title its lead's first sentence says again, at least
_TITLE_WORDS_ABOVE_BY_CHANCE = 1  # words a bare title may share with the story above it, at most
_LEAD_RESTATES = 6  # characters of a line that the prose under it opens with: a lead restating its title
_TITLE_ECHO = 0.4  # of a story's first line's bigrams that the prose under it repeats, to be its title
_LEAD_SEARCH = 60  # lines past a deck read inside another story's sentence to look for its own lead
_LEAD_OPENING = 80  # characters of a paragraph's opening that restate its title, if it is the title's lead
_LEAD_ECHO = 0.5  # of the title's bigrams that its lead's opening restates
_RUNS_ON = "的之和与及或在对把被将向从为"  # what a clause never ends with: a line ending so runs on into the next
_STORY_ABOVE = 3  # lines of prose of the story above, at least, to tell a deck inside its sentence from its own words
_NARROW_COLUMN = 12  # characters of a narrow column's line, which may well hold no clause mark
_LIFTED_DECK = 6  # at most this many deck lines inside another story's sentence (kicker, title, subtitle, each broken)
_BYLINED_DECK = 4  # at most this many deck lines over a byline inside another story's sentence
_SENTENCE_TAIL = 8  # at most this many lines of a sentence going on under a deck and byline read inside it
_BLANK_SAMPLE = 20  # lines of prose going on from the line above, at least, to tell where a page sets blank lines
_BLANKS_INSIDE = 0.1  # of them, at most, under a blank line, for the page's blanks to part blocks only
_DECK_IN_PROSE = 3  # at most this many unfinished lines read as prose can be a deck the rules missed
# What opens a photo's caption, never a headline: 图为……, 上图：……, 图①
_CAPTION_OPENING = re.compile(p.either_script(r"^(?:图为|上图|下图|左图|右图|题图|图[①-⑩])"))
# A caption's own sentence closing before its photo credit on the caption's last line (……扣留中心。 记者 X 摄)
_CAPTION_SENTENCE = re.compile(r"[。！？!?][”’」』）)]*\s*\S+.*摄(?:影)?\s*[）)]?$")
_CREDIT_LABEL = 12  # characters, at most, of a picture source's name before its supplied credit
# a photo credit's last word the column broke onto a line of its own, or a name's end and that word
_SHOT_TAIL = re.compile(p.either_script(rf"^([{p.CJK}]{{0,3}}?)(摄(?:影)?)$"))
_CREDIT_ROLE_AT = re.compile(p.either_script(r"[（(]?\s*\S*(?:记者|通讯员|实习生)"))  # a credit opening with its role
_DOUBLED_LINE = 10  # characters of a line read twice in a row, to be OCR's doubling (a deck line may be said twice)
_IDEOGRAPHS = re.compile(rf"[{p.CJK}]+")  # a word two texts share: numbers (20, 0日) say no subject
_RARE_WORD = 3000  # jieba's count of a word, below it: a name or a term two parts of one story share
_BRIEF_ITEM_CHARS = 250  # an item longer than this is no brief (as segment._BRIEF_CHARS)
_ITEM_NAMES_SHARED = 1  # names or terms a paragraph shares with the brief above, at least, to go on telling it
_NAME_WORD = 500  # jieba's count of a word, below it: a name or term one brief names (卢拉, 电网), not news's words (近日, 袭击)
_WIDER_THAN_PROSE = 2  # ideographs a line runs wider than the prose under it, to be no line of that prose
_WIDER_WITH_MARKS = 3  # the same for a line holding clause marks or quotes, which prose lines hang past the column
# A writer's note glued to a story's last sentence (……环境。（作者系…教授）), perhaps over a few lines.
_AUTHOR_NOTE_CLOSES = re.compile(r"[。！？!?…”」][（(〔](?:本文)?作者[^（）()〔〕\[\]]{2,60}[）)〕]$")
_NOTE_LINES = 4
_UNTITLED_ARTICLE_CHARS = 250  # an untitled story this long is an article that lost its title, not a brief
_ECHO_MIN = 6  # characters of a line whose words the lead under it repeats, to count as its title
_DECK_LINE_MIN = 4  # characters of a deck line read inside a sentence, at least: a title may be four (强劲奔跑)
_TITLE_MARKS = "▲■◆●★☆▶►◎"
_LEFT_TITLE_LINES = 3  # lines of a title read into the sentence of the story above, at most
_RESTATED_TITLE = 0.5  # of a title's word pairs its story says again, at least
_RESTATED_MARGIN = 0.3  # of its word pairs, how many more its story says than the story around it
# A line ending in a comma, an enumeration mark or an opening quote runs on: never a headline.
_CLAUSE_MARK = re.compile(r"[，、；：,;:]")  # a line holding one says a clause, no title
_SENTENCE_MARK = re.compile(r"[，,。；;]")  # prose's marks: a title's colon (武汉：…) is not one
_QUOTED = re.compile(r"“[^”]*”|《[^》]*》|「[^」]*」|[（(][^（）()]*[）)]")  # marks inside these are the quoted words
# A line closing the quote it opened (……升级“限塑令”, ……解读《民法典》): a title's, not prose hanging a
# mark opened lines above past its column (brackets closing a line are a column's tag or a list's note).
_QUOTE_CLOSES_LINE = re.compile(r"(?:“[^“”]*”|《[^《》]*》|「[^「」]*」)$")
_QUOTE_OPENERS = "“《「（("  # what a title may open with besides a word
# The mark that ends a story's text: to be continued (待续), the end (完).
_END_MARK = re.compile(p.either_script(r"^[（(](?:未完)?(?:待续|完|全文完|续完)[）)]$"))
# The story's last words and its end mark on one line (……扮演甚麼角色？（待續）): the paragraph is over.
_CLOSED_BY_END_MARK = re.compile(p.either_script(r"\S[（(](?:未完)?(?:待续|完|全文完|续完)[）)]$"))
# a lead naming only its source (金沙萨消息：, 央视网消息（新闻联播）：), not a dateline of ours or an agency's
_SOURCE_LEAD = re.compile(p.either_script(rf"^[{p.CJK}]{{2,8}}消息\s*(?:[（(]|[:：])"))
_STRONG_LEAD = re.compile(p.either_script(r"^(?:本报|据|新华社|中新社|中新网|人民网|央视网|新华网)"))
_EDITOR_NOTE = re.compile(p.either_script(r"^[【\[]?编者(?:按|的话)"))
_EDITOR_NOTE_WORDS = re.compile(p.either_script(r"^[【\[]?编者(?:按|的话)[】\]]?[:：]\S"))  # the label and the note's words
_DASHES = ("——", "—", "－－")  # what opens a subtitle (副题)
# The number of a part of a story: 一、 （二） 3. 第四，, or the number alone on its line over the part (一)
_ENUMERATED = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.](?!\d)"
                         r"|第[一二三四五六七八九十]{1,3}[，、：]|[一二三四五六七八九十]{1,2}$)")
# The head of a round-up of news from several places (综合消息): short items follow, as under 简讯.
_ROUND_UP_HEAD = re.compile(p.either_script(r"^(?:综合消息|综合新闻|新闻集锦)$"))
# A column of briefs named by its kind of news, beat or place and a word for a digest (要闻速览, 新闻快递,
# 本地快讯, 国际简讯, 体坛短讯).
_DIGEST_HEAD = re.compile(p.either_script(
    r"^(?:(?:新闻|要闻|资讯|本地|本市|国内|国际|社会|财经|经济|体育|文化|科技|时政|综合)?"
    r"(?:速览|快递|速递|简讯|快讯|短讯|简报|播报|集锦|直通车)"
    rf"|[{p.CJK}]{{2,4}}(?:简讯|快讯|短讯))$"))
# An item of a column signed with its writer's name in brackets, a two-character one spaced out
# (（王 婷）, （林丽鹂）); pen names need not open with a common surname (（茂 边）).
_ITEM_SIGNATURE = re.compile(rf"^[（(][{p.CJK}](?:\s*[{p.CJK}]){{1,3}}[）)]$")
# The paper's own dateline with no place or date (本报电 近日，……): a column's item opens so.
_PLACELESS_DATELINE = re.compile(p.either_script(r"^本报电"))
# A document's date alone on its line, under its issuers' names (2020年5月5日, 二〇二〇年五月五日).
_FULL_DATE = re.compile(r"^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$")
_SIGNATORY_LINES = 4  # a document's issuers, at most this many lines of them
_SIGNATORY_CHARS = 16  # characters of an issuer's line, at most (中华人民共和国国务院, 总理 李克强)
_SIGNATORY_BREAK = re.compile(r"[，。、；：！？,.;:!?“”「」（）()《》]")
# A speaker's name and role alone on a line (张 也（歌唱演员）, 尹晓东（中国儿童艺术剧院院长）).
# A two-character name set spaced out is a name whatever its surname (平 安（歌唱演员）).
_SPACED_NAME = re.compile(rf"^[{p.CJK}][ \u3000]{{1,2}}[{p.CJK}](?:\s*[（(]|$)")
# The role names a person (演员, 院长, 艺术家, 主持人), never a column as a title's tag does (康丝路（大使随笔）).
_NAME_AND_ROLE = re.compile(rf"^({p.BARE_NAME}|[{p.CJK}][ \u3000]{{1,2}}[{p.CJK}])\s*[（(][^（）()，。；！？,;!?]{{1,23}}"
                            r"[员长家人师手者士官席任演表委][）)]$")
# Our paper's reporter named after other words (接受本报记者采访时, 对本报记者说): a sentence, never a
# byline, which opens with the paper's name or a credit mark.
_PAPER_INSIDE_WORDS = re.compile(p.either_script(rf"[{p.CJK}]本报(?:特约|首席|见习|实习|融媒体|全媒体)?(?:记者|通讯员)"))
# What opens each item of a column of briefs, titled or not (■国务院新闻办公室今天……).
_ITEM_MARK = re.compile(r"^[■●▲◆★]")
_OPENS_ON_CLOSER = re.compile(r"[」』）)》】”’]")  # a line opening on the mark that closes a bracket or quote
# A row of a table set in text markup (| 意大利 | 62,927 |, | --- | --- |): the story's data, never a headline;
# also a row the column broke, two cells' bars on the line (| 2015 年 | 14% | 63.4%), or a rule's first cell (| ---).
_TABLE_MARKUP = re.compile(r"^[|｜].*[|｜]$|[|｜][^|｜]*[|｜]|^[|｜]\s*:?-{3,}")
# The page's number alone on a line of the page's header (A3, 05, 第 4 版), perhaps with its section's name.
_PAGE_NUMBER = re.compile(rf"^(?:第\s*)?[A-Z]?\d{{1,2}}(?:\s*版)?(?:\s+[{p.CJK}]{{2,4}})?$")
# The date a page's header prints, with its weekday (2020年12月13日 星期日).
_HEADER_DATE = re.compile(r"^.{0,12}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]")
_MASTHEAD_CHARS = 8  # a paper's name printed alone over its date (兰溪新闻, 青山都市报)
_SECTION_NAME = re.compile(rf"^[{p.CJK}]{{2,4}}$")
_EDITORS_LINE = re.compile(p.either_script(r"^(?:本版)?(?:责任编辑|责编|编辑)\s*[:：]"))
# Two ideographic spaces before the text: the indent that opens a paragraph of prose.
_PARAGRAPH_INDENT = re.compile(r"^\u3000\u3000(?=\S)")
_SPACE_INDENT = re.compile(r"^ {1,2}(?=\S)")  # a paragraph's indent OCR read as a space or two
_SPACE_INDENTS = 3  # lines of a page, at least, that open so: its paragraphs' indent, not a stray space
# A reporter's byline (□本報記者 潘英, 通讯员 X): it opens a story.
_REPORTER_BYLINE = re.compile(p.either_script(r"记者|通讯员|撰文|评论员|特约"))
# A line that ends in one question or exclamation mark (closing quotes after it): a title may end so.
_EXCLAIMED_END = re.compile(r"[！？!?][”’」』）)]*$")
_EXCLAIMED_TITLE = 30  # characters of a title that asks or exclaims, at most
_SPEAKER_OPENING = re.compile(r"^[^，。：:“”「」《》]{1,5}[：:]")  # 記者：, 問： in a Q&A
# The interviewer's turn in a Q&A (记者：您认为最大的困难是什么？): a question in words, however long, never names.
_INTERVIEWER_TURN = re.compile(p.either_script(r"^(?:本报)?(?:记者|问)[:：]\S"))
_TABLE_ROW = re.compile(r"^[^\s，。；！？,;!?]{1,10}(?:\s+[^\s，。；！？,;!?]{1,12}){0,5}$")
# A table's column names under its head (品名 价格, 城市 天气 气温): short words set apart, no figure.
_TABLE_COLUMNS = re.compile(rf"^[{p.CJK}]{{2,4}}(?:[ \u3000]+[{p.CJK}]{{2,4}}){{1,3}}$")
# A row of a table of items and their values: one or two words, then a figure or a range and its
# unit (黄瓜 14.80元/斤, 今日 有雨 18-25℃, 上海 晴 -5～24℃), not a note in brackets (政协 51（全取）, a
# count in prose's list). The unit is the group a table shares.
_ITEM_VALUE_ROW = re.compile(rf"^[{p.CJK}]{{1,6}}(?:[ \u3000]+[{p.CJK}]{{1,6}})?[ \u3000]+"
                             r"-?\d[\d.]*(?:\s*[～~\-－至]\s*-?\d[\d.]*)?([^\d\s，。；！？,;!?（）()]{1,4})$")
_TABLE_MIN_ROWS = 3  # rows of the same unit, at least, that make a table without its head


def read_lines(text: str, traditional: frozenset[int] = frozenset()) -> list[Line]:
    """Non-blank, non-furniture lines, each knowing whether a blank line preceded it.
    *traditional*: the indexes of the lines the page printed in traditional characters."""
    lines: list[Line] = []
    blank = furniture = editor = False
    raws = text.split("\n")
    spaced = sum(bool(_SPACE_INDENT.match(raw)) for raw in raws) >= _SPACE_INDENTS
    header: list[str] = []  # the furniture lines above the first story line
    for index, raw in enumerate(raws):
        stripped = re.sub(r"[ \t\u3000\u00a0]+", " ", raw).strip()
        if not stripped or not p.compact(stripped):
            blank = True
            continue
        if len(lines) == 1 and _masthead_over_header(lines[0], stripped):
            header.append(lines.pop().text)  # the paper's name, whatever it ends on, over its date or page
        if is_furniture(stripped) or (not lines and (
                p.MASTHEAD.match(p.compact(stripped)) or _page_header_line(stripped, header, raws[index + 1 :]))):
            furniture = bool(lines)
            editor = bool(lines) and bool(_EDITORS_LINE.match(p.compact(stripped)))
            if not lines:
                header.append(stripped)
            continue  # the masthead is furniture only above the first story line
        if lines and p.compact(stripped) == p.compact(lines[-1].text) and (
                lines[-1].size >= _DOUBLED_LINE or (lines[-1].size >= 6 and re.search(r"[，。、；：？！,;:?!]", stripped))
        ) and not (_ends_sentence(lines[-1]) and (len(lines) < 2 or _ends_sentence(lines[-2]))):
            continue  # OCR read a line of prose twice (a column's overlap): its words are said once
        if lines and stripped[0] in "）)" and p.JUMP_FROM_UNCLOSED.match(p.squeeze(lines[-1].text)):
            # the jump line's closing bracket, broken onto the prose's first line: one line, read as a jump
            lines[-1] = replace(lines[-1], text=lines[-1].text + stripped)
            blank = furniture = False
            continue
        if lines and not blank and not furniture and _byline_name_broken(lines[-1].text, stripped):
            # a byline the column broke inside its last name or after its last role (通讯员 潘 / 可): one byline
            lines[-1] = replace(lines[-1], text=lines[-1].text + stripped)
            continue
        head = bool(p.BRIEF_COLUMN.match(p.compact(stripped)))
        indented = bool(_PARAGRAPH_INDENT.match(raw) or (spaced and _SPACE_INDENT.match(raw)))
        lines.append(Line(index, stripped, blank, column_head=head, after_furniture=furniture, indented=indented,
                          traditional=index in traditional, after_editor=editor))
        blank = furniture = editor = False
    return lines


def _byline_name_broken(above: str, line: str) -> bool:
    """*line*, one to three ideographs alone, ends the byline *above* that the column broke inside its
    last name or after its last role (本报记者 毛颖颖 通讯员 潘 / 可, 本报记者 汪晓寒 通讯员 / 魏娅叶): the line
    above names a reporter but reads as no byline without it, and as one with it."""
    return (re.fullmatch(rf"[{p.CJK}]{{1,3}}", line) is not None and re.search(r"记者|通讯员", above) is not None
            and not _is_byline(above) and _is_byline(above + line))


def _masthead_over_header(first: Line, line: str) -> bool:
    """The page's first line is the paper's name, not a title: a short name alone (兰溪新闻, not only
    ……日报), right over the header's date with its weekday or the page's number (A2, 第3版), which
    stand over a page's stories, never between a title and its story."""
    name = p.compact(first.text)
    return (len(name) <= _MASTHEAD_CHARS and re.fullmatch(rf"[{p.CJK}]+", name) is not None
            and bool(_HEADER_DATE.match(line) or _PAGE_NUMBER.match(line)))


def _word_frequency(word: str) -> int:
    """How often jieba's dictionary counts the word: of two readings across a break, the commoner wins."""
    return loaded_jieba().dt.FREQ.get(word, 0)


def _blanks_inside_sentences(lines: list[Line]) -> list[bool]:
    """For each line as wide as the page's column that goes on from such a line unfinished, whether a
    blank line stands between them: how often the page sets blank lines inside a paragraph."""
    width = _column_width(lines)
    return [line.blank_before for above, line in zip(lines, lines[1:])
            if abs(above.set_width - width) <= 1 and abs(line.set_width - width) <= 1
            and not p.SENTENCE_END.search(p.squeeze(above.text))]


def _blanks_part_blocks(going_on: list[bool]) -> bool:
    """The page's blank lines stand between blocks of print (a paragraph, a deck), seldom inside a
    paragraph: under few of its lines as wide as its column that go on from such a line unfinished is
    there a blank line. On such a page, lines with a blank line above and under them are a block of their own."""
    return len(going_on) >= _BLANK_SAMPLE and sum(going_on) <= _BLANKS_INSIDE * len(going_on)


def _blanks_inside_paragraphs(going_on: list[bool]) -> bool:
    """The page sets blank lines inside its paragraphs as often as OCR's noise does: a blank line there
    does not end a paragraph."""
    return len(going_on) >= _BLANK_SAMPLE and sum(going_on) > _BLANKS_INSIDE * len(going_on)


def _ends_sentence(line: Line) -> bool:
    """The line ends a sentence: said twice as a paragraph of its own (the line above ends one too), it
    may be meant, so its words are kept; a paragraph's last line read twice is OCR's overlap."""
    return bool(p.SENTENCE_END.search(p.squeeze(line.text)))


def _page_header_line(line: str, header: list[str], rest: list[str]) -> bool:
    """A line of the page's header above its first story: the page's number alone (A3, 05), with
    its section's name (05 时事), or a section's name (时事, 社會) over the editors' line, where a
    title or kicker never stands."""
    if _PAGE_NUMBER.match(line):
        return True
    heads = (p.BRIEF_COLUMN, _DIGEST_HEAD, _ROUND_UP_HEAD, p.TABLE_HEAD)
    if not _SECTION_NAME.match(line) or any(head.match(p.compact(line)) for head in heads):
        return False  # a column of briefs or a table opens the page
    below = next((x.strip() for x in rest if x.strip()), "")
    return bool(below and _EDITORS_LINE.match(below))


def printed_page_number(text: str) -> int | None:
    """The page number printed in the page's header or footer furniture (第3版, A3版, 3 | 要闻)."""
    for raw in text.split("\n")[:8] + text.split("\n")[-6:]:
        line = re.sub(r"\s+", " ", raw).strip()
        if not line or not is_furniture(line):
            continue
        match = re.search(p.either_script(r"第\s*[A-Z]?\s*(\d{1,2})\s*版|^[A-Z]?(\d{1,2})\s*(?:版|[|｜]|\s)"), line)
        if match:
            return int(match.group(1) or match.group(2))
    return None


def is_furniture(line: str) -> bool:
    return (bool(p.FURNITURE.match(line.strip())) and len(line) <= 60) or p.is_imprint(line)


_SIGNATURE = 3  # characters of a writer's bare name signing a story (李兴博); four may be a kicker (安全生产)


class _PageReader:
    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.pieces: list[Piece] = []
        self.body: Body | None = None
        self.para: list[str] | None = None  # the open paragraph
        self.width = _column_width(lines)
        probs = labeller.label_probabilities(lines, self.width)
        self.labelled = probs is not None
        for line, row in zip(lines, probs if probs is not None else ()):
            line.label_probs = dict(zip(labeller.CLASSES, map(float, row)))
        for line in lines:  # read after the labeller, whose features know only the column heads of patterns
            line.column_head = line.column_head or bool(
                _ROUND_UP_HEAD.match(p.compact(line.text)) or _DIGEST_HEAD.match(p.compact(line.text)))
        self.short = max(6, int(self.width * 0.6))
        self.at = {id(line): k for k, line in enumerate(lines)}
        self.tables: list[list[str]] = []  # data tables left out, for the caller's warning
        self.doubts: list[Doubt] = []  # close calls, for the caller's warning
        self.in_brief_column = False
        self.item_told_on: Body | None = None  # a brief whose second paragraph named its names (`next_brief`)
        self.last_prose = -1  # the index of the last line read as prose of the open body
        self.sources: set[int] = set()  # where a quote's source (——X) under its words begins
        self.matter_end = -1  # the last line of the end matter (本文原刊於…) last read
        self.credited: tuple[Body, int] | None = None  # the body an end credit just closed, and its last line
        self.position = 0  # the line being read
        self.marked_items = False  # the open column of briefs opens its items with a mark (■, ●)
        self.signature_end = -1  # the last line of a document's signature (its issuers and date) last read
        self.lifted_deck: list[Line] = []  # the next story's deck lines OCR read inside this story's sentence
        self.lifted_byline: list[Line] = []  # and its byline
        self.lifted_lead: int | None = None  # the line where the lifted deck's story starts, when no mark says so
        # the body a deck with no lead found was lifted out of, and its paragraph the deck stood in
        self.lifted_from: tuple[Body, int] | None = None
        # decks lifted with no lead found, as put: the run, the body they were lifted out of, its paragraph
        self.waiting_decks: list[tuple[HeadlineRun, Body, int]] = []
        # title-shaped lines inside a sentence, left there for want of proof, by their first line's index
        self.refused_decks: dict[int, list[Line]] = {}
        self._page_text: str | None = None  # the page's words, read once (`page_text`)
        going_on = _blanks_inside_sentences(lines)
        self.blanks_part_blocks = _blanks_part_blocks(going_on)
        self.blanks_inside_paragraphs = _blanks_inside_paragraphs(going_on)

    # -- helpers ------------------------------------------------------------------------
    def close_para(self) -> None:
        if self.para:
            self.open_body().paragraphs.append(self.para)
        self.para = None

    def open_body(self) -> Body:
        """The open body, or a new one for the prose read (any deck lifted out of it goes first)."""
        if self.body is None:
            self.put_lifted_deck()
            self.body = Body(pos=len(self.pieces), start="plain")
            self.pieces.append(self.body)
        return self.body

    def new_body(self, start: str) -> Body:
        self.close_para()
        body = self.body
        if start == "lead" and body is not None and body.start == "plain" and _opens_on_editor_note(body):
            body.start = start  # 编者按 and its text over the story it introduces
            return body
        self.put_lifted_deck()
        self.body = Body(pos=len(self.pieces), start=start)
        self.pieces.append(self.body)
        return self.body

    def end_body(self) -> None:
        self.close_para()
        self.body = None

    def put_lifted_deck(self) -> None:
        """The deck lines lifted out of the story above head the story that starts now."""
        if self.lifted_deck:
            run = HeadlineRun(len(self.pieces), self.lifted_deck)
            self.pieces.append(run)
            if self.lifted_from is not None:
                self.waiting_decks.append((run, *self.lifted_from))
            self.lifted_deck = []
        self.lifted_from = None
        for line in self.lifted_byline:  # a byline, or a writer's bare name
            self.pieces.append(BylineLine(len(self.pieces), line.text, "byline" if _is_byline(line.text) else "name"))
        self.lifted_byline = []

    def deck_inside_sentence(self, i: int, unmarked_below: bool = False) -> int:
        """How many lines from i (one to three) are another story's deck that OCR, reading the page
        line by line across its columns, put inside this story's unfinished sentence (……由于高 /
        云南芒市发现我国最大种群菲氏叶猴 / 空氧气稀薄，……), perhaps with its byline under them:
        title lines between a line that fills its column without ending its sentence and a line of
        prose that goes on with it. A sentence never stops for a title of its own. What tells them
        from the sentence's own words: the sentence goes on word for word across them and they stand
        clearly narrower or wider than the prose around them, or their story's own lead, restating
        them, comes further on (`own_lead_further_on`), or the sentence's lines above and the line under
        them fill one column width and they stand well off it (wider, or over two lines). A title the
        column wrapped inside its brackets or quotes is one deck over its lines. *unmarked_below*: a second
        reading for a narrow column, whose line under the lines may hold no clause mark: it is the sentence
        going on when the line under it holds one, and then only the lines' own lead further on lifts them."""
        if not self.para or p.SENTENCE_END.search(p.squeeze(self.para[-1])) or _bracket_open(self.para):
            return 0
        # a clause left open (……全部完工， / deck / 届时，……): no word can run across the deck, and short lines set off
        # by blank lines may be verse or a list's items (以千色为记， / 721为号，); only its own lead, or its lines
        # standing well off the one width the lines around it fill, tell it from the sentence's words
        open_end = bool(p.OPEN_END.search(self.para[-1]))
        above = text_width(self.para[-1])
        said = p.compact(self.para[-1])
        lines = self.lines
        def tag_closes(deck: list[Line]) -> bool:
            return _tag_closes(tuple(x.text for x in deck))

        # the lines down to a tag are a deck, the commas of those standing off the column's width a title's
        tag_near = any(tag_closes(lines[i : i + n]) for n in range(1, 4))
        for k in range(1, _LIFTED_DECK + 1):
            if i + k >= len(lines):
                return 0
            deck = lines[i : i + k]
            below = lines[i + k]
            tagged = tag_closes(deck)
            # marks left open by the deck's lines above each line: a title the column wrapped inside its
            # brackets or quotes (中办 国办印发《信访 / 工作责任制实施办法》) is one title over its lines
            open_above = [_marks_left_open("".join(x.text for x in deck[:n])) for n in range(k)]
            # the deck's last line may ask or exclaim (……多謝特朗普！): the sentence going on under it is not its own
            if not all(self.headline_candidate(x, asking=x is deck[-1]) and not (re.search(r"[，、；,;]", x.text) and not (
                           tag_near and abs(x.set_width - above) >= _TITLE_OFF_COLUMN))
                       and x.size >= _DECK_LINE_MIN
                       and not re.search(r"[）)》”」』·]", "" if opened else x.text[:1])
                       # a line may close on a quote of its own or on the tag closing the title down to it (……精准 /
                       # 脱贫基础（治理之道） / 推进……攻坚: the subtitle under it)
                       and not re.search(r"[）)》”」』·]", "" if opened or _QUOTE_CLOSES_LINE.search(x.text)
                                         or tag_closes(deck[: n + 1]) else x.text[-1:])
                       and opened + _marks_left_open(x.text) >= 0
                       and p.compact(x.text) not in said  # OCR read the line's tail twice (……任国家经 / 任国家经)
                       for n, (x, opened) in enumerate(zip(deck, open_above))):
                return 0
            if _marks_left_open("".join(x.text for x in deck)):
                continue  # the title goes on into the next line, which closes what it opened
            off = [abs(x.set_width - above) >= _TITLE_OFF_COLUMN or self.headline_like(x) for x in deck]
            # a tagged title off the column's width (prose may end a line on an aside: ……总值（GDP）)
            tagged = tagged and abs(deck[-1].set_width - above) >= _TITLE_OFF_COLUMN
            # the deck's byline under it (a photo's credit is no story's byline)
            credit = int(_is_byline(below.text) and not _is_credit_only(below.text) and i + k + 1 < len(lines))
            below = lines[i + k + credit]
            prose = re.search(r"[，。、；：,;:]", below.text) and not self.structural(below)
            if (unmarked_below and not prose and i + k + credit + 1 < len(lines)
                    and len(self.para) >= _STORY_ABOVE and not re.search(r"\d$", self.para[-1])):
                # a narrow column's line may hold no clause mark: the sentence (read over lines of its column, not
                # stopping on a number's digits) goes on into the line under it, or over two such lines
                going_on = [below]
                for on in lines[i + k + credit + 1 : i + k + credit + 3]:
                    if self.structural(on) or not all(_as_wide(x, self.para[-1]) and not self.structural(x)
                                                      for x in going_on):
                        break
                    if re.search(r"[，。、；：,;:]", on.text):
                        prose = True
                        break
                    going_on.append(on)
            if prose and (_as_wide(below, self.para[-1]) or p.SENTENCE_END.search(p.squeeze(below.text))):
                # the sentence goes on word for word across the lifted lines (……由于高 / 空氧气……),
                # not into them (……全面、客 / 观评价……)
                left = p.compact(self.para[-1])
                end = p.compact(deck[-1].text)
                # a word across the deck (……铁路工 / 农发行…… / 人也计划……: 工人) outweighs a rarer one into
                # it (工农), not a commoner one (……一分钟的时 / 间就可以…… / 而类似……: 时间, not 时而)
                # (the two characters at the break compared: 铁路工 / 人 is cut as one rare word, 铁路工人)
                into = word_across(left, p.compact(deck[0].text))
                across = left[-1:] + p.compact(below.text)[:1]
                reads_across = (all(off) and _IDEOGRAPHS.fullmatch(across) is not None
                                and _word_frequency(across) > _word_frequency(left[-1:] + p.compact(deck[0].text)[:1]))
                if ((into and not reads_across)
                        or word_across(end, p.compact(below.text))
                        or re.search(rf"[\d{_RUNS_ON}]$", end) or (k > 1 and not (off[0] or tagged))):
                    # the lines are the sentence's own: its words run into them or on out of them (a number,
                    # a particle: ……安全的 / 良性互动), or a line as wide as the column goes on with it
                    return 0
                lead = self.own_lead_further_on(i + k + credit, deck)
                if lead is None:
                    across = all(off) and word_across(left, p.compact(below.text))
                    # set apart as a title is: space above and under the lines, every one of them clearly
                    # narrower or wider than the prose line above (a sentence runs on with no gap)
                    set_off = (deck[0].blank_before and below.blank_before
                               and all(abs(x.set_width - above) >= _TITLE_OFF_COLUMN for x in deck))
                    # between lines of one column width, above and under: prose fills its column up to its
                    # paragraph's last line, so lines off that width with the sentence going on are no prose
                    in_column = (len(self.para) >= 3 and all(abs(text_width(x) - above) <= 1 for x in self.para[-3:-1])
                                 and _as_wide(below, self.para[-1]) and not below.indented
                                 and not p.SENTENCE_END.search(p.squeeze(deck[-1].text))  # a question ending its paragraph
                                 and all(abs(x.set_width - above) >= _DECK_OFF_COLUMN for x in deck)
                                 # one narrower line may be a paragraph's last, its full stop lost
                                 and (len(deck) > 1 or deck[0].set_width > above))
                    if not tagged and not (((across or set_off) and not open_end) or in_column):
                        return self.refused(deck, above)
                    # the word across or the tag lifts the deck: its story may start at any paragraph restating it
                    lead = self.own_lead_further_on(i + k + credit, deck, any_paragraph=True)
                    if lead is None and not (tagged or across or in_column or (set_off and self.blanks_part_blocks)):
                        # lines off the column's width alone: only a paragraph restating them tells, or blank
                        # lines around them on a page whose paragraphs run on with none inside them
                        return self.refused(deck, above)
                if lead is None and unmarked_below and not (across and all(
                        abs(x.set_width - above) >= _DECK_OFF_COLUMN for x in deck)):
                    # the line under the lines may be theirs: only their story's own lead tells, or a word
                    # running across them (……美 / 澳多地民众抗议政府应对山火不力 / 国政府……) they stand well off
                    return self.refused(deck, above)
                self.lifted_lead = lead
                return k + credit
        return 0

    def refused(self, deck: list[Line], above: float) -> int:
        """Keep title-shaped lines left inside a sentence for want of proof (`refused_decks`), every one
        of them clearly off the width of the sentence's line above them and holding no clause mark
        (a title's comma, like a tag, is told on surer proof): 0."""
        if all(abs(x.set_width - above) >= _TITLE_OFF_COLUMN and not _CLAUSE_MARK.search(_QUOTED.sub("", x.text))
               for x in deck):
            self.refused_decks.setdefault(deck[0].index, deck)
        return 0

    def bylined_deck_inside_sentence(self, i: int) -> int:
        """How many lines from i are another story's deck and its byline (……下个月起 / 山区孩子的暑期课堂 /
        支教老师进山，带来一堂科学实验课 / 本报记者 王强 / 还将为……) that OCR, reading the page column by
        column, put inside this story's unfinished sentence, the sentence going on under the byline
        as wide as its column. A sentence never holds a story's byline: the byline alone tells, with
        no word running across and no lead restating the deck, and the deck's lines may hold a
        title's commas. The sentence may stop on a comma above the deck (a clause it goes on from:
        ……菜谱每周都会更新两次， / 乡村公路通到山顶茶园 / 本报记者 王强 / 食堂还为……)."""
        if (not self.para or p.SENTENCE_END.search(p.squeeze(self.para[-1])) or _bracket_open(self.para)
                or _INTRODUCES_END.search(self.para[-1]) or p.AGENCY_AFTER_SENTENCE.search(p.squeeze(self.para[-1]))
                or p.CREDIT.search(self.para[-1]) or p.SUPPLIED_CREDIT.search(self.para[-1])):
            # no unfinished sentence: a caption's credit (……嚴重。美聯社) ends the line above; a line left open on a
            # colon, quote or bracket introduces what follows (a list of names, a title it quotes), while one
            # stopping on a comma is a clause the sentence goes on from
            return 0
        said = p.compact(self.para[-1])
        lines = self.lines
        dated = self.dated_lead_under_byline(i)
        if dated is not None:  # the byline's story opening on its dateline under the sentence's tail tells alone
            self.lifted_lead = dated[1]
            return dated[0] + 1
        if _CLAUSE_LEFT_OPEN.search(self.para[-1]) and (p.bigrams(p.compact(lines[i].text)) & p.bigrams(said)
                                                        or _as_wide(lines[i], self.para[-1])):
            # under a comma, a line saying the clause's words again is the sentence's next clause, its full stop
            # lost (……则不属于歧视， / 失败则构成歧视), and a line as wide as the column its next line (prose fills it)
            return 0
        for k, deck in self.decks_over_byline(i):
            below = lines[i + k + 1]
            titles = "".join(x.text for x in deck)
            grams = p.bigrams(p.compact(titles))
            # the page's words just above: a deck saying them again is this story's own title restated
            # (……电 / 题：为…… / 传递……), not another story's
            above = p.bigrams(p.compact("".join(x.text for x in lines[:i]))[-_ABOVE_CONTEXT:])
            # a narrow column's line may hold no clause mark: the sentence goes on into the line under it
            on = (lines[i + k + 2] if i + k + 2 < len(lines) and not lines[i + k + 2].blank_before
                  and below.size <= _NARROW_COLUMN else None)
            going_on = below.text + (on.text if on is not None and not self.structural(on) else "")
            # as wide as the column: figures set half as wide or as wide as ideographs (……达到 550 万人，), on
            # a line of ideographs (not a line of Latin text, nor a bracketed number: 【案件编号：HCCP473/21】)
            if (not re.search(r"[，。、；：,;:]", going_on) or self.structural(below)
                    or not (abs(below.set_width - text_width(self.para[-1])) <= 1
                            or (_as_wide(below, self.para[-1]) and _mostly_ideographs(self.para[-1])))
                    or _marks_left_open(titles) != 0
                    or len(grams & above) >= _ABOVE_SHARE * len(grams)
                    or word_across(said, p.compact(deck[0].text))
                    or re.search(rf"[\d{_RUNS_ON}]$", p.compact(deck[-1].text))):
                return 0  # no column line under the byline, or the sentence's words run into the lines
            self.lifted_lead = self.own_lead_further_on(i + k + 1, deck, any_paragraph=True)
            return k + 1
        return 0

    def decks_over_byline(self, i: int, signed: bool = True) -> Iterator[tuple[int, list[Line]]]:
        """(k, deck) for each run of k title-shaped lines from i (at most _BYLINED_DECK) that the sentence
        above does not say, with a byline under it (or, where *signed*, a signature) and a line under that;
        the runs end at the first line that is no deck line."""
        lines, said = self.lines, p.compact(self.para[-1])
        for k in range(1, _BYLINED_DECK + 1):
            if i + k + 1 >= len(lines):
                return
            deck = lines[i : i + k]
            if not all(self.headline_candidate(x) and p.compact(x.text) not in said for x in deck):
                return
            byline = lines[i + k]
            if ((_is_byline(byline.text) and not _is_credit_only(byline.text) and not self.prose_in_byline_shape(byline))
                    or (signed and self.signature_under_deck(i + k))):
                yield k, deck

    def dated_lead_under_byline(self, i: int) -> tuple[int, int] | None:
        """(deck lines, the lead's line) when lines from i are a deck and its byline inside this story's
        unfinished sentence, the sentence going on under the byline to its full stop and the byline's
        story opening on its dateline under that (……骑行达到 550 万人次， / 城南 减税红包助力小微企业发展 /
        本报记者 陈静 / 形成了覆盖全市的公共自行车骑行服务网络。 / 本报讯 2 月 12 日……). A story opens
        under its byline on its dateline: a sentence's tail between them is the story's above."""
        lines = self.lines
        for k, _deck in self.decks_over_byline(i, signed=False):
            # the tail: prose lines of one paragraph, the last of them ending its sentence
            for j in range(i + k + 2, min(len(lines), i + k + 2 + _SENTENCE_TAIL)):
                tail = lines[i + k + 1 : j]
                if any(self.structural(x) for x in tail) or any(x.blank_before for x in tail[1:]):
                    return None
                if p.SENTENCE_END.search(p.squeeze(tail[-1].text)) and p.LEAD.match(p.squeeze(lines[j].text)):
                    return k, j
            return None
        return None

    def name_over_prose(self, k: int) -> bool:
        """lines[k] is a writer's bare name alone over a story's prose, no deck line above it
        (蔡翠红 / 人工智能时代，网络空间…): a byline, never a title. A name of two or three
        characters that the dictionary does not read as words (it lacks rare names), a lead or
        prose with a clause or sentence mark in the lines under it, no story open above it or
        a credit closing one, the line above no deck line, and none of the name's words in the
        prose (a title the lead restates may be a name: 张謇 / 张謇是…)."""
        lines = self.lines
        if self.para or not k + 1 < len(lines):
            return False
        line, below = lines[k], lines[k + 1]
        prose = "".join(x.text for x in lines[k + 1 : k + 7])
        if (line.size > _SIGNATURE or not p.BARE_NAME_LINE.match(line.text)
                or not (re.search(r"[，、；。,;]", prose) or p.LEAD.match(p.squeeze(below.text)))):
            return False
        above = lines[k - 1] if k else None
        credited = above is not None and (_is_credit_only(above.text) or p.is_byline(above.text))
        if self.body is not None and not credited:
            return False  # inside a story a name over a paragraph is a speaker's (梅葆玖 / 对国家要忠…)
        if above is not None and not line.after_furniture and self.headline_candidate(above) and not credited:
            return False
        if words_not_a_name(line.text):
            return False
        following = p.compact("".join(x.text for x in lines[k + 1 : k + 8]))[:_CROSSHEAD_CONTEXT]
        return not any(gram in following for gram in p.bigrams(line.text))

    def signature_under_deck(self, k: int) -> bool:
        """lines[k] is a writer's bare name signing the deck over it (……的第一个纲领 / 张玉菡): a name of
        two or three characters the dictionary reads as one person's name, under a longer line that
        does not end in it (OCR reading a line's tail twice: ……石油产 / 石油产), none of its words in
        the prose under it."""
        line, above = self.lines[k], self.lines[k - 1]
        if (line.size > _SIGNATURE or above.size <= line.size or not p.BARE_NAME_LINE.match(line.text)
                or p.compact(above.text).endswith(p.compact(line.text))):
            return False
        words = list(loaded_posseg().cut(p.compact(line.text)))
        if len(words) != 1 or not words[0].flag.startswith("nr"):
            return False
        following = p.compact("".join(x.text for x in self.lines[k + 1 : k + 8]))[:_CROSSHEAD_CONTEXT]
        return not any(gram in following for gram in p.bigrams(line.text))

    def own_lead_further_on(self, start: int, deck: list[Line], any_paragraph: bool = False) -> int | None:
        """Where the story of a deck read inside another story's sentence starts, further on than
        the prose going on under the deck (lines[start]): the first lead or byline (with *any_paragraph*,
        the first paragraph after a finished sentence or a credit's closing bracket) whose opening restates the deck's words
        or one of its lines' (the title, not the subtitle), when neither the sentence under the deck nor the story
        above does. A story's own paragraphs say its words again and again: only a story's start is sure
        enough to lift the deck on."""
        grams = p.bigrams("".join(p.compact(x.text) for x in deck))
        if len(grams) < _ECHO_MIN:
            return None

        # a lead may restate one of the deck's lines only (its title, not the subtitle under it), then saying
        # a phrase of it word for word (a story's own paragraphs say its words, seldom its title's phrase)
        deck_lines = [p.compact(x.text) for x in deck if len(p.bigrams(p.compact(x.text))) >= _ECHO_MIN]

        def restated(j: int) -> bool:
            opening = p.compact("".join(x.text for x in self.lines[j : j + 6]))[:_LEAD_OPENING]
            said = p.bigrams(opening)
            # a dateline's first sentence opening with a deck line's first words (本报讯 第九届中国马术节昨晚……)
            dated = p.LEAD.match(opening)
            told = opening[dated.end():] if dated else ""
            told = told[len(byline.group()):] if (byline := _BRACKETED.match(told)) else told  # 本报讯（记者 X）
            opens_with = any(len(os.path.commonprefix([line, told])) >= _LEAD_RESTATES for line in deck_lines)
            return opens_with or len(grams & said) >= _LEAD_ECHO * len(grams) or any(
                len(p.bigrams(line) & said) >= _LEAD_ECHO * len(p.bigrams(line))
                and any(line[n : n + _LEAD_RESTATES] in opening for n in range(len(line) - _LEAD_RESTATES + 1))
                for line in deck_lines)

        def starts_story(j: int) -> bool:
            """A dateline, or a credit line alone over prose (not 记者手记, 记者采访时……, nor the story
            above's closing credit over the next title)."""
            text = p.squeeze(self.lines[j].text)
            if p.LEAD.match(text):
                return True
            return (_is_byline(text) and not re.search(r"[，。：:,]", text) and not p.BOX_HEAD.match(p.compact(text))
                    and j + 1 < len(self.lines) and not self.headline_candidate(self.lines[j + 1]))

        further = p.compact("".join(x.text for x in self.lines[start + 1 : start + _LEAD_SEARCH]))
        said = p.compact("".join(x.text for x in deck))
        if (p.compact(self.para[-1])[-2:] + said in further
                or said + p.compact(self.lines[start].text)[:2] in further):
            return None  # the text further on says the lines again inside the same sentence: they are its prose
        going_on = re.split(r"[。！？!?]", p.compact("".join(x.text for x in self.lines[start : start + 4])))[0]
        if len(grams & p.bigrams(going_on)) >= _TITLE_ECHO * len(grams):
            return None
        story = [x for para in (self.body.paragraphs if self.body else []) + [self.para or []] for x in para]
        if len(story) < _STORY_ABOVE or (
                len(grams & p.bigrams(p.compact("".join(story))[-_ABOVE_CONTEXT:])) >= _ABOVE_SHARE * len(grams)):
            return None  # too little of the story above to tell, or it speaks of the same thing
        for j in range(start + 1, min(len(self.lines), start + _LEAD_SEARCH)):
            # a paragraph opens after a finished sentence, or set apart under a bracket closing its line (the
            # story above's credit, its last line: ……总经理）)
            opens = starts_story(j) or (any_paragraph and (
                p.SENTENCE_END.search(p.squeeze(self.lines[j - 1].text))
                or (self.lines[j].blank_before and re.search(r"[）)]$", self.lines[j - 1].text))))
            if opens and restated(j):  # a credit in brackets closes the story above: the next one starts under it
                return j + 1 if re.match(r"[（(]", self.lines[j].text) else j
        return None

    def structural(self, line: Line | None) -> bool:
        if line is None:
            return True
        text = line.text
        return (
            (_is_byline(text) and not self.question_over_lines(line))
            or _is_classifieds_start(text, self.lines, line)
            or bool(p.LEAD.match(p.squeeze(text)))
            or bool(p.JUMP_FROM.match(p.squeeze(text)))
            or _is_credit_only(text)
        )

    def headline_candidate(self, line: Line, open_end: bool = False, asking: bool = False) -> bool:
        """With *asking*, the line may end on a question or exclamation mark, as a title may (……多謝特朗普！)."""
        text = _candidate_text(line.text, asking)
        k = self.at[id(line)]
        following = self.lines[k + 1] if k + 1 < len(self.lines) else None
        above = self.lines[k - 1] if k else None
        return (
            _title_shaped_text(line.text, open_end, asking)
            and not line.indented
            and not (following is not None and p.CONTINUES.match(p.squeeze(following.text))
                     and not self.deck_broken_at_mark(line, following)
                     and not (line.traditional and self.broken_in_marks(line, following)))
            and not (p.CONTINUES.match(text) and not (above is not None and (
                self.deck_broken_at_mark(above, line) or (line.traditional and self.broken_in_marks(above, line)))))
            and not line.column_head
            and not _is_classifieds_start(line.text, self.lines, line)
        )

    def deck_broken_at_mark(self, above: Line, line: Line) -> bool:
        """A title line the column broke just before a mark (…德青年惋惜香港失自由 / ：「為不能發聲的人…」,
        中共中央印发《…条例 / 》): the line opening with the mark is the title's rest, not prose's, where
        the labeller is sure the line above is a deck line and reads this one as one too. Prose broken
        so (目前 / ，浙江已……) the labeller reads as prose."""
        return (self.labelled and not line.blank_before and above.prob(*labeller.DECK) >= _SURE_DECK
                and line.prob(*labeller.DECK) >= _OPEN_DECK and line.size <= _MAX_HEADLINE_LINE
                and not p.SENTENCE_END.search(p.squeeze(line.text)[1:]))

    def wrapped_title_line(self, above: Line, line: Line) -> bool:
        """A title line the column broke at an enumeration mark or a comma (…审议社会救助法草案、 /
        农业法修订草案等): it goes on the title line above it, which stopped mid-word or mid-phrase,
        and the title goes on in the line under it. Prose wraps at these marks all the time: the
        labeller must be sure the line above is a headline's."""
        if not self.labelled or above.prob(*labeller.DECK) < _SURE_DECK:
            return False
        k = self.at[id(line)]
        below = self.lines[k + 1] if k + 1 < len(self.lines) else None
        return (re.search(r"[、，,]$", line.text) is not None and not line.blank_before
                and _title_goes_on(above, line) and self.headline_candidate(line, open_end=True)
                and below is not None and not below.blank_before and self.headline_candidate(below))

    def open_deck_line(self, line: Line) -> bool:
        """A deck line left open that the line under it finishes: a colon the line answers (太行山高速： /
        助推革命老区焕发新活力, …许小英代表： / 让困难群众在家门口就业), a column tag's bracket the
        line closes (旅途送祝福 上门送服务（ / 2020春运一线）), a title's book or quote mark the line
        closes (历史剧《 / 林则徐》的现代启示). The labeller reads them as headline lines; a speaker's
        colon in a Q&A (记者：) or a bracket in prose opens prose instead."""
        text = p.squeeze(line.text)
        opener = re.search(r"[（(《“「『]$", text)
        if not self.labelled or not (opener or re.search(r"[：:]$", text)) or re.search(r"[，。；！？,;!?]", text):
            return False
        k = self.at[id(line)]
        below = self.lines[k + 1] if k + 1 < len(self.lines) else None
        if below is None:
            return False
        if opener and opener.group(0) in "（(" and not re.fullmatch(r"[^（()）]{1,20}[）)]", p.squeeze(below.text)):
            return False  # a column tag: the bracket closes the line under it
        if opener and _CLOSER[opener.group(0)] not in below.text:
            return False
        # a column tag the line under it closes whole is the evidence: the labeller need only read the open line
        tag_closed = opener is not None and opener.group(0) in "（("
        return (line.prob(*labeller.DECK) >= _OPEN_DECK and (tag_closed or below.prob(*labeller.DECK) >= _OPEN_DECK)
                and self.headline_candidate(line, open_end=True) and self.headline_candidate(below))

    def headline_like(self, line: Line) -> bool:
        """Looks like a headline even when prose follows: short, parallel phrases, doubled."""
        text = line.text
        if line.size <= self.short:
            return True
        if re.match(f"[{_TITLE_MARKS}]", text):  # ▲ before a brief's title
            return True
        if re.search(rf"[{p.CJK}]{{2,}} [{p.CJK}]{{2,}}", text) and not re.search(r"[，。、；：,]", text):
            return True
        if re.search(rf"[{p.CJK}]{{2,}}[·•・][{p.CJK}]{{2,}}", text) and not re.search(r"[，。、；：,“”]", text):
            return True  # a series or column name (新理念·名品牌调研行) set over its story's title
        squeezed = p.compact(text)
        return p.undouble(squeezed) != squeezed

    def set_apart(self, i: int, j: int) -> int:
        """How many of lines[i:j] form a block set apart by blank lines whose lines are not
        column lines (clearly narrower or wider than the column, no inner punctuation):
        a headline over a body that opens without 本报讯 or a byline."""
        lines = self.lines
        if i > 0 and not lines[i].blank_before:
            return 0
        for k in range(min(3, j - i), 0, -1):
            if i + k < len(lines) and lines[i + k].blank_before and all(
                    self.off_column(line) for line in lines[i : i + k - 1]) and (
                    self.off_column(lines[i + k - 1]) or (k >= 2 and self.phrased_last_deck_line(lines[i + k - 1]))):
                return k
        return 0

    def phrased_last_deck_line(self, line: Line) -> bool:
        """A deck's last line of two phrases parted by a comma (领航，号角催征新时代), clearly narrower
        than the column: a prose line that ends no sentence fills its column."""
        return (line.size <= self.width - 3 and p.squeeze(line.text).count("，") == 1
                and not re.search(r"[。、；：,;:！？!?]", line.text) and not p.OPEN_END.search(p.squeeze(line.text)))

    def deck_line(self, line: Line) -> bool:
        """A line of a headline deck over prose that opens without a lead: a subtitle's
        dash, or a line clearly narrower or wider than the column with no comma in it
        (a column line fills the column, and a paragraph's last line ends a sentence)."""
        text = p.squeeze(line.text)
        if text.startswith(_DASHES):
            if not self.dash_line_runs_on(line):
                return True
            doubt = Doubt(line.text, "crosshead")  # read as the story's prose against the labeller's subtitle
            if line.prob(*labeller.DECK) >= _OPEN_DECK and doubt not in self.doubts:
                self.doubts.append(doubt)
            return False
        # Digits and Latin letters set narrower than ideographs: such a line may still fill the column.
        narrow = line.size <= self.width - 3 and not re.search(r"[\x21-\x7e]", text)
        return not re.search(r"[，、；,;]", text) and (narrow or line.set_width >= self.width + 3)

    def wider_than_prose_below(self, line: Line) -> bool:
        """A line with no punctuation after a finished paragraph, clearly wider than the column of
        prose under it (a brief's title over its column, 中国向阿富汗无偿提供人道援助 over
        商务部今天宣布，中国政府): prose never runs wider than its own column. The page's width is
        no measure where stories are set in columns of different widths. A title with clause marks
        or quotes set on one line (战事六十天，美伊“不战不谈”还要多久) is one too, by a wider margin,
        also under the end matter of the story above (a credit)."""
        k = self.at[id(line)]
        marked = bool(re.search(r"[，、：,:“”「」]", line.text))
        above = p.squeeze(self.lines[k - 1].text) if k else ""
        # under a finished sentence, or a closed bracket or a credit: the end matter of the story above (…总经理）)
        finished = p.SENTENCE_END.search(above) or re.search(r"[）)]$", above) or _is_credit_only(above)
        if (line.size < _ECHO_MIN or re.search(r"[。；;！？!?]", line.text) or line.indented
                or p.OPEN_END.search(p.squeeze(line.text)) or (k and not finished)):
            return False
        below = self.lines[k + 1 : k + 4]
        if len(below) < 3 or any(p.SENTENCE_END.search(p.squeeze(x.text)) for x in below[:2]):
            return False  # the column is measured on lines the prose fills
        full = [x for x in below if not p.SENTENCE_END.search(p.squeeze(x.text))]
        # a title with clause marks (战事六十天，美伊“不战不谈”还要多久) is told apart by a wider margin:
        # a prose line runs at most one hanging mark past its column
        margin = _WIDER_WITH_MARKS if marked else _WIDER_THAN_PROSE
        return line.set_width >= max(x.set_width for x in full) + margin

    def dash_line_runs_on(self, line: Line) -> bool:
        """A line opening with a dash, as wide as the prose under it, whose next line goes on with
        the sentence (——在保障粮食能源安 / 全方面，今年中央财政……): a line of that prose, not a
        subtitle (a subtitle is followed by its story's start, not by the rest of its own words)."""
        k = self.at[id(line)]
        below = self.lines[k + 1 : k + 4]
        if not below or below[0].blank_before:
            return False
        first = p.squeeze(below[0].text)
        if p.LEAD.match(first) or not re.search(r"[，。、；,;]", first) or re.search(r"[：:]$", first):
            return False  # a lead, or a speaker's colon (黄如航：) opening a Q&A
        full = [x.set_width for x in below if not p.SENTENCE_END.search(p.squeeze(x.text))]
        return bool(full) and abs(line.set_width - max(full)) <= 0.5  # it fills the column as they do

    def echoed_below(self, line: Line) -> bool:
        """A line with no punctuation, not the column's width, after a finished paragraph, whose
        words the prose under it repeats at once: the title of a lead that opens without 本报讯
        or a byline. In a column of briefs, where each item opens with its title, a line set
        apart by a blank line may be as wide as the column."""
        k = self.at[id(line)]
        wide = line.set_width
        # a column of briefs' head (本地快讯) over its first item ends no sentence but no sentence runs on from it
        under_head = bool(self.pieces) and isinstance(self.pieces[-1], BriefColumn) and self.body is None
        if line.size < _ECHO_MIN or re.search(r"[，。、；：,;:！？!?]", line.text) or (
                k and not under_head and not p.SENTENCE_END.search(p.squeeze(self.lines[k - 1].text))) or (
                p.squeeze(line.text).startswith(_DASHES) and self.dash_line_runs_on(line)):
            return False
        below = "".join(x.text for x in self.lines[k + 1 : k + 8])
        if self.width - 2 < wide and p.compact(line.text + below[:2]) in p.compact(below):
            return False  # prose printed twice runs on into its next line word for word; a title does not
        grams = p.bigrams(line.text)
        following = p.bigrams(below[:_CROSSHEAD_CONTEXT])
        if under_head and self.opens_report(line, k + 1) and len(grams & following) >= _TITLE_ECHO * len(grams):
            return True  # the first item's prose opens as a report's lead and repeats the line's words: its title
        if not (self.in_brief_column and line.blank_before) and self.width - 2 < wide < self.width + 3:
            # A line as wide as the column may be prose whose next story repeats it: it is a title only
            # when the sentence it would open repeats it (prose does not say its words twice in a sentence).
            following = p.bigrams(re.split(r"[。！？!?]", below[:_CROSSHEAD_CONTEXT])[0])
        return bool(grams) and len(grams & following) >= _TITLE_SHARE * len(grams)

    def title_over_new_subject(self, line: Line) -> bool:
        """A line as wide as the column after a finished paragraph, no word running across into the
        full prose line under it, whose words that prose says while the story above does not, and
        that prose a new subject (a word or two any story says in common at most): the next story's
        title set in the column's width (吉林多策并举助推汽车产业发展 / 今年以来，吉林省出台……),
        not the first line of the story's next paragraph, which goes on with its words. The
        crosshead test then weighs it as a lone line between two paragraphs."""
        k = self.at[id(line)]
        text = p.compact(line.text)
        if (not k or k + 1 >= len(self.lines) or len(text) < _ECHO_MIN or re.search(r"[，。；;,！？!?]", text)
                or not p.SENTENCE_END.search(p.squeeze(self.lines[k - 1].text))
                or re.search(rf"[\d{_RUNS_ON}]$", text) or self.body is None or not self.body.paragraphs
                or self.headline_candidate(self.lines[k + 1])):
            return False  # over another title line: a kicker, for the deck's rules to read
        column = _column_of([x.text for x in self.lines[k + 1 : k + 7]])
        if (column is None or abs(text_width(self.lines[k + 1].text) - column) > 1
                or abs(text_width(line.text) - column) > _TITLE_OFF_COLUMN):
            return False  # over its column's first full line of prose, and as wide as that column
        below = p.compact("".join(x.text for x in self.lines[k + 1 : k + 12]))[:_SUBJECT_BELOW]
        above = self.story_tail()
        words = _words(text)
        # the prose says the words across the break again (……新型单兵携行战斗 / 装具近日…… / 这款……战斗装具):
        # the line runs on into the next
        said_across = text[-BRIDGE:] + below[:BRIDGE] in below
        return (not word_across(text, below[:4]) and not said_across
                and len(words & _words(below)) >= _TITLE_WORDS_BELOW and len(words & _words(above)) < _TITLE_WORDS_BELOW
                and self.new_subject(k + 1, _SUBJECT_SHARED))

    def title_over_own_lead(self, line: Line) -> bool:
        """A line after a finished paragraph whose words the first sentence under it says again (at least
        _LEAD_ECHO_WORDS of them) while the story above says none (one by chance, when the line is bare
        of colons and quotes and set off the column's width), the prose under it sharing no name or
        term with that story: the next story's title set straight over its lead, at any width, nothing
        marking the break (胡塞武装称美英战机空袭也门首都萨那 / 也门胡塞武装控制的马西拉电视台22日说，……).
        A paragraph's first line runs on into the sentence under it instead: it may end on a word that
        leads on (……实验室的), hold a clause (截至今天，广州……), or break a word across the lines. A
        crosshead's part goes on naming what the story names."""
        k = self.at[id(line)]
        text = p.compact(line.text)
        above = p.squeeze(self.lines[k - 1].text) if k else ""
        if (not k or k + 1 >= len(self.lines) or self.body is None or not self.body.paragraphs
                # under a finished sentence, or a photo's shooting data closing the paragraph
                or not (p.SENTENCE_END.search(above) or _SHOOTING_DATA_END.search(above))
                or re.search(rf"[\d{_RUNS_ON}]$", text) or re.match(rf"[^\w{_QUOTE_OPENERS}]", text)
                or (re.search(r"[，、；,;]", _QUOTED.sub("", text)) and not _COLUMN_TAG.search(text))):
            return False
        below = p.compact("".join(x.text for x in self.lines[k + 1 : k + 12]))[:_SUBJECT_BELOW]
        words = _words(text)
        said = words & _words(re.split(r"[。！？!?]", below)[0])
        # a crosshead's colon or quote (一张表格的“决心”：……) marks a part of the story above naming its
        # words, and a line as wide as the column may be its next paragraph's first
        bare_title = not re.search(r"[：:“”‘’「」『』\"']", text) and line.set_width != self.width
        shared_above = _TITLE_WORDS_ABOVE_BY_CHANCE if bare_title else 0
        return (len(said) >= _LEAD_ECHO_WORDS and len(words & _words(self.story_tail())) <= shared_above
                and not word_across(text, below[:4]) and self.no_rare_word_shared(k + 1))

    def kicker_over_deck(self, line: Line, below: Line) -> bool:
        """A line with no comma, set apart by a blank line from a deck line under it."""
        return below.blank_before and self.deck_line(below) and not re.search(r"[，、；,;。]", line.text)

    def off_column(self, line: Line) -> bool:
        return (line.size >= 2 and not re.search(r"[，。、；：,;:]", line.text)
                and (line.size <= self.width - 2 or line.set_width >= self.width + 3))

    # -- the pass -----------------------------------------------------------------------
    def read(self) -> list[Piece]:
        i = 0
        lines = self.lines
        while i < len(lines):
            self.position = i
            if i == self.lifted_lead:
                self.lifted_lead = None
                self.lifted_from = None
                if self.lifted_deck:  # the story the lifted deck heads starts here
                    self.end_body()
                    self.put_lifted_deck()
            line = lines[i]
            text = line.text
            squeezed = p.squeeze(text)
            if line.after_furniture and (not self.para or line.after_editor):
                # an editor's line (责任编辑：X) closes the story above it, a caption left open under its prose too
                # (…曾俊华：点解你 / 会咁谂 / 责任编辑：X / the next story's title); other furniture (a page's running
                # head) may stand inside a paragraph the column goes on with
                self.end_body()
            if _is_classifieds_start(text, lines, line):
                i = self.read_classifieds(i)
                continue
            advert = 0 if self.para else _display_ad(lines, i)
            if advert:
                self.end_body()
                self.pieces.append(ClassifiedBlock(len(self.pieces), [line.text for line in lines[i : i + advert]]))
                i += advert
                continue
            table = _table_rows(lines, i)
            if table:
                self.tables.append([line.text for line in lines[i : i + table]])
                i += table
                if i < len(lines):
                    # a data table (weather, prices) is an element of its own between stories: the line
                    # under it never goes on with the prose above it, as under an editor's line
                    lines[i].after_furniture = lines[i].after_editor = True
                continue
            taken = self.read_credit(i)
            if taken:
                i += taken
                continue
            if p.CONTINUES.match(squeezed) and self.reopen_para():
                self.para.append(text)
                self.last_prose = i
                self.after_line(text, None)
                i += 1
                continue
            last = self.pieces[-1] if self.pieces else None
            if (re.fullmatch(r"[）)」』”’》]+", squeezed) and self.para is None and isinstance(last, Body)
                    and last.paragraphs and last.paragraphs[-1]):
                last.paragraphs[-1][-1] += text  # a bracket closing the finished caption's credit (…摄 / ）)
                i += 1
                continue
            taken = self.read_story_end(i)
            if taken:
                i += taken
                continue
            if p.BOX_HEAD.match(p.compact(text)):
                self.close_para()
                if self.body is None:
                    self.new_body("plain")
                self.body.paragraphs.append([text])
                i += 1
                continue
            if line.column_head:
                self.in_brief_column = True
                self.marked_items = False
                self.end_body()
                self.pieces.append(BriefColumn(len(self.pieces), text))
                i += 1
                continue
            taken = self.read_byline(i)
            if taken:
                i += taken
                continue
            jump_to = p.JUMP_TO.search(squeezed)
            if jump_to and jump_to.start() == 0:  # a line that is only "（下转2版）"
                self.set_jump_to(jump_to)
                i += 1
                continue
            if jump_to:
                text = squeezed = squeezed[: jump_to.start()]
            jump_from = p.JUMP_FROM.match(squeezed)
            if jump_from:
                body = self.new_body("jump")
                body.jump_from = p.page_number(jump_from.group(1) or jump_from.group(2))
                text = squeezed[jump_from.end():]
                self.para = [text] if text else []
                self.after_line(text, jump_to)
                i += 1
                continue
            if p.LEAD.match(squeezed) and self.second_dateline(i):
                self.para = [text]  # the story's report from another place, 本报香港10月1日电 under 据新华社
                self.last_prose = i
                self.after_line(text, jump_to)
                i += 1
                continue
            if p.LEAD.match(squeezed) and not self.source_named_in_sentence(i):
                self.deck_read_as_prose(i)
                self.new_body("lead")
                self.para = [text]
                self.after_line(text, jump_to)
                i += 1
                continue
            if self.para and _ITEM_MARK.match(text) and self.in_column_of_briefs():
                self.close_para()  # in a column of briefs a mark opens the next item, whatever the line above ended on
            item = self.next_item(line) if self.para is None else ""
            # an untitled item opens with prose; a line with no clause mark, not as wide as the column, may be a
            # story's title after the column
            item_text = (item == "untitled" and (not self.headline_candidate(line) or bool(re.search(r"[，、；,;]", text))
                                                 or abs(line.set_width - self.width) <= 1)
                         or (item == "marked" and (self.item_opens_prose(line) or self.marked_item_opens_prose(i)))
                         or (bool(item) and self.runs_into_prose(line)))  # its word runs on into the prose under it
            wrapped = self.item_title_over_lines(i) if self.para is None and (item or self.body is None) else 0
            if wrapped:  # the item's title the column wrapped over lines, the item's text under it
                self.marked_items = self.marked_items or item == "marked"
                self.end_body()
                self.pieces.append(HeadlineRun(len(self.pieces), lines[i : i + wrapped]))
                i += wrapped
                continue
            if item:
                self.marked_items = self.marked_items or item == "marked"
                self.end_body()  # each item of a column of briefs is a story of its own
                if item == "marked" and (item_text or not self.headline_candidate(line)):
                    text = text[1:].lstrip()  # the mark opening the item's text is no word of it
                elif self.headline_candidate(line) and not item_text:
                    taken = self.read_headline_run(i)
                    if not taken:  # ■ and the item's title: the rules and the labeller know no marked title
                        self.pieces.append(HeadlineRun(len(self.pieces), [line]))
                    i += taken or 1
                    continue
            if not item and self.para is None and self.deck_line_asks(i):
                self.pieces[-1].lines.append(line)
                i += 1
                continue
            exclaimed = self.exclaimed_title(i) if not item and self.para is None else 0
            if exclaimed:
                signed = self.pieces[-1] if len(self.pieces) >= 2 and isinstance(self.pieces[-2], Body) else None
                if isinstance(signed, BylineLine) and signed.kind != "closing":
                    # a title only opens under a story's byline when that byline signed the story above
                    signed.kind, signed.text = "closing", p.byline_display(signed.text)
                self.end_body()
                said = exclaimed
                title = lines[i : i + said]
                if said == 1 and i + 1 < len(lines) and p.compact(lines[i + 1].text) == p.compact(text):
                    said = 2  # OCR may read it twice
                    title = lines[i : i + said]
                elif said == 2 and _question_runs_over(*title):
                    # one sentence the column broke: one title line, not a kicker over a title
                    title = [replace(title[1], index=title[0].index, text=p.raw_join([x.text for x in title]),
                                     blank_before=title[0].blank_before)]
                self.pieces.append(HeadlineRun(len(self.pieces), title))
                i += said
                continue
            lifted = bylined = 0 if item_text or jump_to else self.bylined_deck_inside_sentence(i)
            complete_above = not lifted and not item_text and self.complete_line_ends_paragraph(i)
            if not lifted and not item_text and (self.para is None or self.sure_deck(line) or complete_above) and (
                    self.headline_candidate(line) or self.open_deck_line(line)):
                if complete_above:
                    self.close_para()  # tried as a title's first line; the paragraph opens again if none is read
                taken = self.read_headline_run(i)
                if taken:
                    i += taken
                    continue
                if complete_above:
                    self.reopen_para()
            lifted = lifted or (0 if item_text or jump_to else (
                self.deck_inside_sentence(i) or self.deck_inside_sentence(i, unmarked_below=True)))
            if lifted:  # another story's deck inside this one's sentence: it heads the next story
                if self.body is None:  # lifted out of the story's first paragraph: the story comes first
                    self.body = Body(pos=len(self.pieces), start="plain")
                    self.pieces.append(self.body)
                if not self.lifted_deck and not self.lifted_byline:
                    self.lifted_from = (self.body, len(self.body.paragraphs)) if self.lifted_lead is None else None
                for n, x in enumerate(lines[i : i + lifted]):
                    signs = bylined and n == lifted - 1  # a bylined deck's last line, a bare name too
                    (self.lifted_byline if signs or _is_byline(x.text) else self.lifted_deck).append(x)
                i += lifted
                continue
            if self.para is None:
                if self.next_brief(i):
                    self.end_body()  # an untitled brief of a column: the one above has ended
                self.para = []
            self.para.append(text)
            self.last_prose = i
            self.after_line(text, jump_to)
            i += 1
        self.end_body()
        self.put_lifted_deck()
        self.fold_captions_into_prose()
        return self.pieces

    def read_credit(self, i: int) -> int:
        """How many lines from *i* are a credit, read as one (0: none): a credit closing the story
        above, one telling a story's part, one the column broke over lines, or its last word OCR set
        under the prose's last line."""
        lines = self.lines
        text = lines[i].text
        closing = self.closing_credit(i)
        if closing:
            text = p.squeeze(p.raw_join([x.text for x in lines[i : i + closing]]))
            if p.AUTHOR_NOTE.match(text):
                text = text[1:-1]
            body = self.body
            self.end_body()
            self.pieces.append(BylineLine(len(self.pieces), text, kind="closing"))
            self.credited = (body, i + closing - 1)  # a source credit may follow (数据来源：X)
            return closing
        told = self.told_by_credit(i)
        if told:
            return told
        credit = self.broken_credit(i)
        if credit and self.told_part_credit(i, credit):
            return credit
        if credit:
            text = " ".join(line.text for line in lines[i : i + credit])
            if self.slash_credit_closes(i):  # the story above's: shown as an opening byline would be
                self.end_body()
                self.pieces.append(BylineLine(len(self.pieces), p.byline_display(text), kind="closing"))
                return credit
            self.end_body()
            self.pieces.append(BylineLine(len(self.pieces), text))
            return credit
        credit_end = self.credit_end_joined(text)
        if credit_end:
            self.para[-1] = credit_end  # ……生活。 记者 崔蕊妍 / 摄: the credit's last word
            self.last_prose = i  # the credit's last line: what goes on under the photo starts under it
            self.after_line(self.para[-1], None)
            return 1
        return 0

    def read_story_end(self, i: int) -> int:
        """How many lines from *i* are the open story's last words, read into it (0: none): a quote's
        source, a document's signature, the credit or end matter (where the piece first ran, its case
        number, links) that close the story, an end mark (（待续）, （完）)."""
        lines = self.lines
        text = lines[i].text
        squeezed = p.squeeze(text)
        signed = self.quote_source(i)
        if signed:
            self.close_para()  # ——习近平 under the quote: the source's name, its own paragraph
            self.body.paragraphs.append([x.text for x in lines[i : i + signed]])
            self.last_prose = i + signed - 1
            self.sources.add(i)
            return signed
        signature = self.document_signature(i)
        if signature:
            self.close_para()  # 中共中央 / 国 务 院 / 2020年5月5日: who issued the document and when, its last words
            self.body.paragraphs.append([x.text for x in lines[i : i + signature]])
            self.last_prose = self.signature_end = i + signature - 1
            return signature
        credit = self.end_credit(i)
        if credit:
            body = self.body if self.body is not None else self.credited[0]
            self.end_body()  # the credit closes its story: its own last paragraph, as printed
            credit_lines = [line.text for line in lines[i : i + credit]]
            if p.is_byline(p.raw_join(credit_lines)) and body.paragraphs:
                body.paragraphs[-1].extend(credit_lines)  # （记者 X 通讯员 / Y）: the byline after the text
            else:
                body.paragraphs.append(credit_lines)
            self.credited = (body, i + credit - 1)
            if self.told_part_follows(credit_lines, i + credit) or self.signed_item_follows(credit_lines, i + credit):
                self.body, self.last_prose = body, i + credit - 1  # the story goes on with its next part
            return credit
        matter = self.end_matter(i)
        if matter and self.body is None and not self.para:
            self.short_run_over_matter()
        if matter and (self.body is not None or self.para or (self.credited is not None and self.credited[1] == i - 1)):
            self.close_para()  # where the piece first ran, its case number, links: the story's own last words
            body = self.body if self.body is not None else self.credited[0]
            body.paragraphs.append([x.text for x in lines[i : i + matter]])
            self.credited = (body, i + matter - 1)
            self.matter_end = i + matter - 1
            return matter
        if _END_MARK.match(squeezed) and self.reopen_para():
            self.para.append(text)  # （待续）, （完）: the last words of the story above
            self.close_para()
            return 1
        return 0

    def read_byline(self, i: int) -> int:
        """1 if line *i* is a byline or a credit, read as such (0: not): a story's byline, one closing
        the story above, one said again under a jump mark or broken inside the lead, a photo's credit."""
        line = self.lines[i]
        text = line.text
        if (self.labelled and not _is_byline(text) and line.prob("byline", "credit") >= _SURE_DECK
                and not self.ends_open_sentence(text) and not p.SUPPLIED_CREDIT.search(text)
                and not p.CREDIT.search(text)  # a photo's credit (新华社记者 X 摄) closes its caption
                and not self.question_over_lines(line)):
            self.end_body()  # a credit the patterns do not know (撰文：X, 视频编辑：X)
            self.pieces.append(BylineLine(len(self.pieces), text))
            return 1
        byline = (_is_byline(text) and not self.prose_in_byline_shape(line)
                  and not p.SUPPLIED_CREDIT.search(text))  # 通讯员 X 供图: a photo's credit
        if byline and self.para and (line.prob("body", "lead") >= _SURE_DECK or _bracket_open(self.para)):
            self.para.append(text)  # the lead's bracketed byline broken over lines: （记者 X / 通讯员 Y / ）
            return 1
        if byline and self.under_jump_mark():
            self.body.bylines.append(text)  # （緊接2版） / 眾新聞記者: the continued story's byline, said again
            return 1
        if byline and self.told_part_credit(i, 1):
            return 1
        if byline and self.tail_byline(text):
            return 1
        if byline and ((_ROLE_COLON_BYLINE.match(text) and self.after_finished_prose(i)) or self.slash_credit_closes(i)):
            self.end_body()  # 文：X 圖：Y, 文／記者 X 圖／記者 Y under the story's last sentence: its credit
            shown = text if _ROLE_COLON_BYLINE.match(text) else p.byline_display(text)
            self.pieces.append(BylineLine(len(self.pieces), shown, kind="closing"))
            return 1
        if byline:
            self.deck_read_as_prose(i)
            self.end_body()
            self.in_brief_column = False  # a story's byline: the column of briefs is over
            self.pieces.append(BylineLine(len(self.pieces), text))
            return 1
        if _is_credit_only(text):
            if self.para and self.photo_inside_prose(i, self.para):
                self.set_photo_credit(text)
            else:
                self.attach_credit(text)
            return 1
        return 0

    def fold_captions_into_prose(self) -> None:
        """A photo with no head of its own whose caption OCR read between two paragraphs of one
        story (the column ran through the photo): the story goes on under it, so the caption is
        that story's, not a story of its own."""
        for photo in [piece for piece in self.pieces if isinstance(piece, Body) and piece.inside is not None]:
            story = photo.inside
            if (not any(piece is story for piece in self.pieces) or len(story.paragraphs) <= photo.paragraphs_above
                    or not story.paragraphs[: photo.paragraphs_above]
                    or not p.SENTENCE_END.search(p.squeeze(story.paragraphs[photo.paragraphs_above - 1][-1]))):
                continue  # the story stops at the photo, or the caption took the end of its sentence
            under = story.paragraphs[photo.paragraphs_above][0]
            if not (re.search(r"[，。、；：！？,;:!?]", under) or text_width(under) >= self.width - 1
                    or p.BOX_HEAD.match(p.compact(under)) or re.match(f"[{_TITLE_MARKS}]", under)):
                continue  # a bare head under the photo (its own, or the next story's), not the story going on
            del self.pieces[next(n for n, piece in enumerate(self.pieces) if piece is photo)]
            story.captions.extend(photo.paragraphs)

    def quote_source(self, i: int) -> int:
        """How many lines from i are a dash and a name under the story's finished sentence (——习近平,
        ——编 者), or 0: who said the words above or signs the note, not a subtitle. A speaker's titles
        may come with the name (——中国工程院院士邬贺铨), the column wrapping them over lines
        (——国际科学理事会首席执 / 行官海德·哈克曼): set in the prose's column, with no clause mark,
        each line but the last filling the column. A subtitle runs wider, under its title."""
        if (self.para or self.body is None or self.last_prose != i - 1
                or not p.SENTENCE_END.search(p.squeeze(self.lines[i - 1].text))):
            return 0
        lines = self.lines
        text = p.compact(lines[i].text)
        if _QUOTE_SOURCE.match(text):
            return 1
        if not text.startswith(_DASHES) or lines[i].indented or self.body.start == "caption":
            return 0
        column = _measure([x for paragraph in self.body.paragraphs for x in paragraph][-_MEASURE_LINES:]) or self.width
        if lines[i].size > column + 1:
            return 0  # wider than the prose: a deck line
        n = 1
        while (n < _SOURCE_LINES and i + n < len(lines) and lines[i + n - 1].size >= column - 1
               and not lines[i + n].blank_before and not lines[i + n].indented and not self.structural(lines[i + n])
               and not _SOURCE_BREAK.search(lines[i + n].text)
               and (word_across(p.compact(lines[i + n - 1].text), p.compact(lines[i + n].text))
                    or lines[i + n].size < column - 1)):
            n += 1  # the column broke the source inside a word, or its last line stops short
        signed = p.compact(p.raw_join([x.text for x in lines[i : i + n]]))
        if not _LONG_QUOTE_SOURCE.match(signed) or not _SOURCE_ROLE.search(signed):
            return 0  # a deck line after a finished sentence names no speaker (——伊朗仍然在……取得发展)
        grams = p.bigrams(signed.lstrip("—－"))
        below = p.bigrams(p.compact("".join(x.text for x in lines[i + n : i + n + 8]))[:_CROSSHEAD_CONTEXT])
        # the prose under a subtitle says its words again (——老街坊的一次远行 / 老街坊的一次远行，从……)
        return 0 if len(grams & below) >= _TITLE_SHARE * len(grams) else n

    def document_signature(self, i: int) -> int:
        """How many lines from i sign a document the open story prints (a decision, a message of
        congratulation, a communique), or 0: right under its last sentence, up to
        _SIGNATORY_LINES short lines naming who issued it, no clause mark in them (中共中央 / 国 务 院,
        总理 李克强), then its date alone on a line (2020年5月5日). A story's title never ends in a date."""
        lines = self.lines
        if (self.body is None or self.body.start == "caption" or self.last_prose != i - 1 or i == 0
                or not p.SENTENCE_END.search(p.squeeze(lines[i - 1].text))):
            return 0
        for k in range(i + 1, min(i + _SIGNATORY_LINES + 1, len(lines))):
            signatory = p.compact(lines[k - 1].text)
            if (len(signatory) > _SIGNATORY_CHARS or _SIGNATORY_BREAK.search(signatory) or self.structural(lines[k - 1])
                    or _FULL_DATE.match(signatory)):
                return 0
            if _FULL_DATE.match(p.compact(lines[k].text)):
                return k - i + 1
        return 0

    def end_credit(self, i: int) -> int:
        """How many lines from i make an end credit under the story's last sentence, or 0: a
        bracketed aside standing alone on its lines (（本报金边电）, （作者为中国驻柬埔寨大 / 使）,
        （本报记者 X、Y整理）), a source or design credit with a colon (数据来源：X, 版式设计：X), a
        photo credit naming its agency (X摄（人民视觉）). It closes the story: a headline-like line
        under it starts the next one. Bylines, photo credits and jump marks keep their own rules."""
        lines = self.lines
        if self.para or i == 0:
            return 0
        after_prose = (self.body is not None and self.last_prose == i - 1
                       and p.SENTENCE_END.search(p.squeeze(lines[i - 1].text)))
        if not (after_prose or (self.credited is not None and self.credited[1] == i - 1)):
            return 0
        first = p.squeeze(lines[i].text)
        whole_byline = p.is_byline(lines[i].text) and _closing_bracket(first) is not None  # （记者 王五）
        if (whole_byline or p.CREDIT.search(lines[i].text) or p.JUMP_TO.search(first)
                or p.JUMP_FROM.match(first) or _END_MARK.match(first)):
            return 0
        if _COLON_END_CREDIT.match(first):
            return 1 + self.credit_wrapped_on(i)
        if _AGENCY_PHOTO_CREDIT.match(first):
            return 1
        if not re.match(r"[（(]", first):
            return 0
        joined = ""
        for k in range(i, min(i + _CREDIT_LINES, len(lines))):
            joined += p.squeeze(lines[k].text)
            close = _closing_bracket(joined)
            if close is None:
                continue
            aside, rest = joined[1:close], joined[close + 1 :]
            if close > _CREDIT_CHARS or re.search(r"[。！？!?]", aside) or not _CREDIT_ASIDE.search(aside) or (
                    rest and not _COLON_END_CREDIT.match(rest)):
                return 0
            return k - i + 1
        return 0

    def credit_wrapped_on(self, i: int) -> int:
        """How many lines under the colon credit on line i are its words the column wrapped (数据来源：中共青岛市委宣
        / 传部): each line above fills the column, the line under it is no wider, the credit, joined, is still
        one, and a blank line parts its last line from what follows. Left alone, such a tail reads as a short
        headline line and becomes the next story's kicker."""
        lines = self.lines
        joined = p.squeeze(lines[i].text)
        n = 0
        while i + n + 1 < len(lines) and n + 1 < _CREDIT_LINES:
            above, below = lines[i + n], lines[i + n + 1]
            tail = p.squeeze(below.text)
            if (below.blank_before or not tail or above.size < self.width - _WRAP_SLACK or below.size > above.size
                    or not _COLON_END_CREDIT.match(joined + tail)):
                break
            joined += tail
            n += 1
        end = i + n + 1
        return n if end >= len(lines) or lines[end].blank_before else 0

    def end_matter(self, i: int) -> int:
        """How many lines from i make a web article's end matter, or 0: where it first ran (本文原刊於…,
        本文由X提供, 原題為…), its case number (案件編號：X), the writer's page and links (專頁：https…,
        相關新聞：…), notes (（註1）：…). It stays in the story above, as its last paragraph, and is never a
        deck, though short and unpunctuated as one; a line the column broke (案件編號 / ：DCCC1 / 089/2020)
        goes on while it leaves a bracket open, runs on across a mark, or fills the column. The caller
        checks that a story stands above it."""
        lines = self.lines
        first = p.compact(lines[i].text)
        if not (_END_MATTER.match(first) or (_LINK_LINE.match(first) and not self.para)):
            return 0  # an address may go on with an open sentence (詳見 / www.…): it is that sentence's
        listed = bool(_MATTER_LABEL.match(first))  # 延伸閱讀： and the titles it lists, down to a blank line or a credit
        n = 1
        while i + n < len(lines) and n < _CREDIT_LINES:
            prev, nxt = lines[i + n - 1], lines[i + n]
            joined = "".join(p.compact(x.text) for x in lines[i : i + n])
            if nxt.blank_before or not p.compact(nxt.text):
                break
            if listed and not _is_byline(nxt.text):
                n += 1
                continue
            opened = sum(joined.count(c) for c in "（(【〈《「[") > sum(joined.count(c) for c in "）)】〉》」]")
            runs_on = bool(p.CONTINUES.match(p.compact(nxt.text)) or re.search(r"[:：/.\-_,，、]$", p.compact(prev.text))
                           or (re.search(r"[A-Za-z0-9]$", prev.text) and re.fullmatch(r"[\x21-\x7e ]+", nxt.text)))  # ISO:10 / 0 F:2.8
            fills = prev.set_width >= self.width - 1 and not p.SENTENCE_END.search(p.squeeze(prev.text))
            if not (opened or runs_on or fills):
                break
            n += 1
        return n

    def short_run_over_matter(self) -> None:
        """A line read as a deck right over end matter (……。 / 「香港蘿蔔」 / 專頁：https…) is the story
        above's: no title stands over a story's end matter. It goes back as that story's paragraph."""
        if len(self.pieces) < 2 or self.lifted_deck:
            return
        run, above = self.pieces[-1], self.pieces[-2]
        if (isinstance(run, HeadlineRun) and len(run.lines) <= _DECK_IN_PROSE and isinstance(above, Body)
                and above.start != "caption" and above.paragraphs):
            self.pieces.pop()
            above.paragraphs.append([line.text for line in run.lines])
            self.body = above

    def second_dateline(self, i: int) -> bool:
        """A lead (本报香港10月1日电) right under the open story's finished paragraph, no head or byline
        between, that goes on speaking of what the story above says (_SAME_SUBJECT_WORDS words in
        common, the page's common words counting less), and whose title OCR did not read into the
        story above: the story's second report, not an untitled story of its own."""
        body = self.body
        if (body is None or self.para or body.start == "caption" or not body.paragraphs or self.last_prose != i - 1
                or not (p.SENTENCE_END.search(p.squeeze(self.lines[i - 1].text)) or self.signature_end == i - 1)
                or self.in_column_of_briefs()
                or self.lifted_deck):  # a deck lifted out of the story above waits for its story's start
            return False
        story = "".join(p.compact(x) for para in body.paragraphs for x in para)
        lead = self.lead_text(i)
        # the dateline and bracketed credits (央视网消息（新闻联播）：（记者 X）) say whose report it is, not what about
        opening = _BRACKETED.sub("", lead)
        dateline = p.LEAD.match(opening)
        said = _words(opening[dateline.end() if dateline else 0 :])
        shared = [word for word in _words(story[-_ABOVE_CONTEXT:]) & said if _IDEOGRAPHS.fullmatch(word)]
        if len(shared) < _SAME_SUBJECT_WORDS:
            # or it says again what the story's title says (国图春节期间到馆人次超12万 / 本报北京2月11日电
            # ……国家图书馆到馆总人次超过12万): the title heads both reports
            return self.restates_open_title(said, _words(story)) and not self.own_title_read_above(_words(lead))
        # a word the rest of the page says too (习近平, 发展, 中央) tells less than a name only these two say
        page = self.page_text()
        distinct = math.fsum(1 / (1 + max(0, page.count(word) - story.count(word) - lead.count(word))) for word in shared)
        return distinct >= _SAME_SUBJECT_DISTINCT and not self.own_title_read_above(_words(lead))

    def restates_open_title(self, said: set[str], story: set[str]) -> bool:
        """The words *said* hold most of the words of a line of the open story's title (its column tag aside),
        not only of the title run's last line, and the open story's words *story* hold some of them: a title
        heads both its reports, while one OCR set over another story speaks of none of that story."""
        at = next(n for n, piece in enumerate(self.pieces) if piece is self.body)
        while at > 0 and isinstance(self.pieces[at - 1], BylineLine):
            at -= 1
        title = self.pieces[at - 1] if at > 0 else None
        if not isinstance(title, HeadlineRun):
            return False
        lines = [_words(_COLUMN_TAG_END.sub("", p.compact(line.text))) for line in title.lines]
        restated = [len(grams) >= TELLING_TITLE_WORDS and len(grams & said) >= OWN_STORY_SHARE * len(grams)
                    and bool(grams & story) for grams in lines]
        # only the run's last line of several: the report's own title, read into the deck above it
        return any(restated[:-1]) or (restated[-1] and len(lines) == 1)

    def source_named_in_sentence(self, i: int) -> bool:
        """A line opening with a source's name (各地消息：, 工程办公室消息：) inside the open paragraph's
        unfinished sentence (……本报北京1月28日电综合 / 各地消息：截至……, ……据中国载人航 / 天工程办公室消息：……):
        the column broke that sentence there, so the line goes on with it and opens no report."""
        squeezed = p.squeeze(self.lines[i].text)
        return (bool(self.para) and i > 0 and bool(_SOURCE_LEAD.match(squeezed))
                and not _STRONG_LEAD.match(squeezed)
                and not p.SENTENCE_END.search(p.squeeze(self.lines[i - 1].text)))

    def lead_text(self, i: int) -> str:
        """The opening of the text from lines[i] on, without whitespace: what a lead there is about."""
        return p.compact("".join(x.text for x in self.lines[i : i + 12]))[:_SUBJECT_BELOW]

    def page_text(self) -> str:
        """The page's text without whitespace, to count how often it says a word."""
        if self._page_text is None:
            self._page_text = "".join(p.compact(line.text) for line in self.lines)
        return self._page_text

    def own_title_read_above(self, lead: set[str]) -> bool:
        """Lines of the open story that a lead under it (its words *lead*) restates and the story itself does not,
        set as a title is (no clause mark) and set into the prose where no sentence goes through
        them (after a finished sentence, wider than the column, or cutting a word in two: 恐怖主 /
        第九届中国马术节开幕 / 义袭击): the lead's own title, which OCR reading the page column by
        column put inside the story above."""
        said = [p.compact(x) for para in self.body.paragraphs for x in para]
        for n in range(1, _DECK_IN_PROSE + 1):  # a title may wrap (中办 国办印发《信访 / 工作责任制实施办法》)
            for k in range(1, len(said) - n):
                left, title, right = said[k - 1], "".join(said[k : k + n]), said[k + n]
                if len(title) < _ECHO_MIN or re.search(r"[，。、；：,;:！？!?]", title):
                    continue
                grams = _words(title)
                story = _words("".join(said[:k])) | _words("".join(said[k + n :]))
                if len((grams & lead) - story) < _ABOVE_SHARE * len(grams):
                    continue  # words the story says itself: a line of its own prose
                wider = n == 1 and text_width(title) >= max(text_width(left), text_width(right)) + _WIDER_THAN_PROSE
                if (p.SENTENCE_END.search(left) or wider  # prose never runs wider than its column
                        or (word_across(left, right) and not word_across(left, title))):
                    return True
        return False

    def told_part_credit(self, i: int, n: int) -> bool:
        """Whether lines[i:i+n], a credit under the open story's finished sentence, close one part
        of a story told in parts (see told_part_follows): kept in it as its own paragraph, the
        story open for its next part."""
        if not self.after_finished_prose(i):
            return False
        credit = [x.text for x in self.lines[i : i + n]]
        if not self.told_part_follows(credit, i + n):
            return False
        self.body.paragraphs.append(credit)
        self.last_prose = i + n - 1
        return True

    def told_by_credit(self, i: int) -> int:
        """A speaker's line (贵州龙里县落掌村护林员卢元红讲述) over the credit of the reporter who wrote the
        words down (本报记者 程焕整理), right under the open story's finished sentence: they close one
        part of a story told in parts, the story open for the next (see told_part_follows), or
        close the story. Kept in it as its last paragraphs; how many lines they take, or 0."""
        if not (_TOLD_BY.match(p.compact(self.lines[i].text)) and self.after_finished_prose(i)):
            return 0
        for n in (1, 2):  # the column may break the credit (本报记者 / 程焕整理)
            credit = [x.text for x in self.lines[i + 1 : i + 1 + n]]
            if len(credit) == n and _COMPILED_BY.match(p.compact(p.raw_join(credit))):
                break
        else:
            return 0
        body = self.body
        body.paragraphs += [[self.lines[i].text], credit]  # the credit alone, as a crosshead reads it
        if self.told_part_follows(credit, i + 1 + n):
            self.last_prose = i + n
        else:
            self.end_body()
            self.credited = (body, i + n)
        return 1 + n

    def told_part_follows(self, credit: list[str], i: int) -> bool:
        """The credit closes one part of a story told in parts, each its own speaker's words that a
        reporter wrote down ((本报记者 X整理)), and the next part starts at lines[i]: a head over prose
        that ends with such a credit too, no lead or byline between."""
        if not _COMPILED_BY.match(p.compact(p.raw_join(credit))) or i + 1 >= len(self.lines):
            return False
        lines = self.lines
        if self.structural(lines[i]) or not self.headline_candidate(lines[i]):
            return False
        for k in range(i + 1, min(i + _PARALLEL_AHEAD, len(lines))):
            joined = p.compact(p.raw_join([x.text for x in lines[k : k + 2]]))
            if _COMPILED_BY.match(p.compact(lines[k].text)) or _COMPILED_BY.match(joined):
                return True
            if self.structural(lines[k]) or lines[k].after_furniture:
                return False
        return False

    def signed_item_follows(self, credit: list[str], i: int) -> bool:
        """The credit signs one item of a column of signed items (财经短波, 市场资讯: ……。 / （王 婷）),
        and the column's next item starts at lines[i]: its head over the paper's dateline with no
        place or date (本报电 ……), which a story of its own does not print."""
        lines = self.lines
        return (bool(_ITEM_SIGNATURE.match(p.compact(p.raw_join(credit)))) and i + 1 < len(lines)
                and not self.structural(lines[i]) and self.headline_candidate(lines[i])
                and bool(_PLACELESS_DATELINE.match(p.compact(lines[i + 1].text))))

    def closing_credit(self, i: int) -> int:
        """A wire dateline (……启示。 / 新华社北京4月28日电) or the writer's note (（作者单位：X）)
        after the story's last sentence, which the column may have broken over lines
        (新华社耶路撒冷4月29日 / 电): how many lines from i make it, or 0. A dateline the lead's
        prose reads on from (新华社北京4月28日电 / （记者 X）国务院……) opens its story: the
        dateline must end a line shorter than the column, or a headline, a byline, furniture or
        nothing must follow."""
        body = self.body
        if self.para or body is None or body.start == "caption" or not body.paragraphs:
            return 0
        if not p.SENTENCE_END.search(p.squeeze(body.paragraphs[-1][-1])):
            return 0
        lines = self.lines
        note = re.match(r"[（(〔\[](?:本文)?作者", p.compact(lines[i].text))  # blank lines break a note, not end it
        for k in range(i, min(i + 4, len(lines))):
            if k > i and lines[k].blank_before and lines[k].size > 2 and not note:
                break
            joined = p.squeeze(p.raw_join([x.text for x in lines[i : k + 1]]))
            if p.AUTHOR_NOTE.match(joined):
                return k - i + 1
            if k - i >= 3 or not p.CLOSING_DATELINE.match(joined):
                continue
            following = lines[k + 1] if k + 1 < len(lines) else None
            if (following is None or lines[k].set_width <= self.width - 2 or following.blank_before
                    or is_furniture(following.text) or p.is_byline(following.text) or self.short_open_line(following)
                    or following.prob(*labeller.DECK) > following.prob("body", "lead")):
                return k - i + 1
            return 0
        return 0

    def short_open_line(self, line: Line) -> bool:
        """Narrower than the column and no sentence end: no line of a lead's prose (a title's)."""
        return line.set_width <= self.width - 3 and not p.SENTENCE_END.search(p.squeeze(line.text))

    def ends_open_sentence(self, text: str) -> bool:
        """The line finishes the open paragraph's unfinished sentence (…夏季用电高 / 峰。（记者 李佳））:
        prose before whatever follows it on the line."""
        return bool(self.para) and not p.SENTENCE_END.search(p.squeeze(self.para[-1])) and bool(
            re.search(r"[。！？!?]", text))

    def prose_in_byline_shape(self, line: Line) -> bool:
        """A column line of prose that opens with 记者 and reads as a role and names (记者粗略数了数，
        参加的企业): names in a byline are set apart by spaces or 、, and the labeller reads prose.
        So is an interviewer's question the column broke (记者：为什么要这 / 样做？): the line under
        it finishes the sentence, where a credit's names are followed by prose or a title."""
        k = self.at[id(line)]
        below = self.lines[k + 1] if k + 1 < len(self.lines) else None
        if (below is not None and _ROLE_COLON_BYLINE.match(line.text)
                and p.SENTENCE_END.search(p.squeeze(below.text)) and not re.search(r"[，,：:]", below.text)
                and (not below.blank_before or self.question_broken_over_blank(line, below))):
            return True
        if self.question_over_lines(line):
            return True
        if (self.para and not p.SENTENCE_END.search(p.squeeze(self.para[-1]))
                and _PAPER_INSIDE_WORDS.search(p.compact(line.text))):
            return True  # ……驻华大使恩迪亚 / 耶在接受本报记者采访时: the sentence goes on, naming our reporter
        # a comma in it and a word run on into the next line (记者会上，有记者提 / 问，……): prose
        return bool(re.search(r"[，,]", line.text)) and (
            (self.labelled and line.prob("byline", "credit") < 0.5) or self.runs_into_prose(line))

    def question_over_lines(self, line: Line) -> bool:
        """An interviewer's question the column broke over two to five lines (记者：《决定》对 / 全面禁止食用
        野生动 / 物是如何规定的？): the line fills its column, in a credit's shape, and the first
        sentence that ends under it ends with a question mark, every line before it filling the column
        too. A credit's names stop short of the column, and no prose under a credit asks at once."""
        if id(line) not in self.at or not (_ROLE_COLON_BYLINE.match(line.text) or _INTERVIEWER_TURN.match(line.text)):
            return False
        k = self.at[id(line)]
        fill = self.local_column(k) - _QUESTION_SHORT
        if line.set_width < fill:
            return False
        for below in self.lines[k + 1 : k + _QUESTION_LINES]:
            if re.search(r"[。！？!?]", below.text):
                return bool(re.search(r"[？?]", below.text)) and not re.search(r"[。！!]", below.text)
            if below.set_width < fill:
                return False
        return False

    def local_column(self, k: int) -> float:
        """The column of the prose around lines[k] (the median line there): a page's stories are set to
        measures of their own."""
        around = self.lines[max(0, k - _QUESTION_LINES) : k] + self.lines[k + 1 : k + _QUESTION_LINES]
        return statistics.median(x.set_width for x in around) if around else self.width

    def fills_local_column(self, line: Line) -> bool:
        """The line fills the column of the prose around it, give or take _QUESTION_SHORT."""
        return line.set_width >= self.local_column(self.at[id(line)]) - _QUESTION_SHORT

    def question_broken_over_blank(self, line: Line, below: Line) -> bool:
        """OCR's stray blank line inside an interviewer's question the column broke (记者：这对普通人意 /
        / 味着什么？): the line fills its column and the line under it ends the question. A credit's
        names stop short of the column."""
        return p.squeeze(below.text).endswith(("？", "?")) and self.fills_local_column(line)

    def sure_deck(self, line: Line) -> bool:
        """The labeller is sure the line is a headline's, even under an unfinished line; but a
        line that fills the column under a line that filled it too is that paragraph going on. Under
        a caption's closing agency credit (……清理淤泥。新华社) no sentence is open: the labeller need
        only lean to a deck line."""
        if self.para and abs(line.set_width - self.width) <= 1 and abs(
                len(p.compact(self.para[-1])) - self.width) <= 1:
            return False
        closed = bool(self.para) and p.AGENCY_AFTER_SENTENCE.search(p.squeeze(self.para[-1])) is not None
        return self.labelled and line.prob(*labeller.DECK) >= (_OPEN_DECK if closed else _SURE_DECK)

    def complete_line_ends_paragraph(self, i: int) -> bool:
        """The open paragraph's last line, right above lines[i], is no sentence's line but one complete of
        its kind, after which nothing of the paragraph goes on: a photo's shooting data, closing on its
        shutter speed (拍攝器材及參數：DJI P4 20mm鏡 ISO:100 / F:2.8 S:1/6), or the last entry of a marked
        list of labelled facts, stopping short of its column or over a blank line (> 電話：24947282 / >
        面書： 全力圖書有限公司). A title-shaped line under it may open the next story, though no sentence
        mark closed the paragraph; an entry of the list under it is the list's."""
        if not self.para or i < 1 or self.last_prose != i - 1:
            return False
        above = self.lines[i - 1]
        text = p.squeeze(above.text)
        if not text or p.CONTINUES.match(p.squeeze(self.lines[i].text)) or _MARKED_FACT.match(p.squeeze(self.lines[i].text)):
            return False
        if _SHOOTING_DATA_END.search(text):
            return True
        return bool(_MARKED_FACT.match(text)) and (
            self.lines[i].blank_before or above.set_width <= self.local_column(i - 1) - _QUESTION_SHORT)

    def reopen_para(self) -> bool:
        """Make the paragraph just read the open one again (it is not finished after all)."""
        if self.para:
            return True
        if self.para is None and self.body is not None and self.body.paragraphs:
            self.para = self.body.paragraphs.pop()
            return True
        return False

    def broken_credit(self, i: int) -> int:
        """An end credit the column broke over lines (文／记者 陈晶 见习记者 / 陈心如 图／记者 刘畅):
        how many lines from i make one byline, or 0. The rest must name a role or be a
        name's last characters, so that prose under a byline is never taken."""
        lines = self.lines
        joins = [lines[i].text]  # the column may break inside a role (见习记 / 者 X) or between names
        for k in range(i + 1, min(i + 3, len(lines))):
            rest = lines[k].text
            if p.BOX_HEAD.match(p.compact(rest)) or lines[k].column_head or not (
                    p.CREDIT_WORD.search(rest) or (lines[k].size <= 3 and not re.search(r"[，。、；：？！]", rest))):
                break  # a box head (编者按) or a column's head (简讯) is not a name's last characters
            joins = [p.raw_join([joined, rest]) for joined in joins] + (
                [] if lines[k].size <= 3 else [f"{joined} {rest}" for joined in joins])
            if any(p.is_byline(joined) for joined in joins) and not p.is_byline(rest):
                return k - i + 1
        return 0

    def tail_byline(self, text: str) -> bool:
        """A bracketed byline on its own line right under a body's last sentence, with no
        headline between, closes that body: ……试运行。 / （记者 陈智）."""
        body = self.body
        if not re.match(r"^[（(]", text) or body is None or body.start == "caption":
            return False
        last = self.para[-1] if self.para else (body.paragraphs[-1][-1] if body.paragraphs else "")
        if not last or not p.SENTENCE_END.search(p.squeeze(last)):
            return False
        if self.para:
            self.para.append(text)
        else:
            body.paragraphs[-1].append(text)
        self.end_body()
        return True

    def after_line(self, text: str, jump_to: re.Match | None) -> None:
        """Close the paragraph at a sentence end, a photo credit or a jump."""
        if jump_to:
            self.set_jump_to(jump_to)
        elif self.para and self.closing_byline():  # ……。（记者 王五）ends a brief
            self.end_body()
        elif p.CREDIT.search(text):
            credit = p.CREDIT.search(text)
            above = self.para[:-1] + [text[: credit.start()]] if self.para else []
            if self.para and self.para[-1] == text and self.photo_inside_prose(self.last_prose, above):
                self.para[-1] = text[: credit.start()]
                self.set_photo_credit(text[credit.start():])
                if p.compact(self.para[-1]):  # the credit's line holds caption text: the caption ends there
                    self.set_caption_aside(self.caption_inside_sentence(guess=True))
                else:
                    self.para.pop()
            else:
                self.attach_credit(None)
        elif self.credit_broken_over_lines(text):
            # the column broke the caption's credit: ……通伦。 新华社记者 潘涵 / 永 摄, ……访问。新华 / 社发
            self.attach_credit(None)
        elif self.para == [text] and self.body is not None and self.body.paragraphs and _credit_without_caption(text):
            self.para = None  # 众新闻制图 资料图片 between paragraphs: a photo with no caption to read
            self.set_photo_credit(text)
        elif p.GLUED_CREDIT.search(p.squeeze(text)) or p.SUPPLIED_CREDIT.search(text):
            self.attach_credit(None)  # ……的硬朗轮廓。 新华社发: the caption of a photo
        elif p.SENTENCE_END.search(p.squeeze(text)) or _CLOSED_BY_END_MARK.search(p.squeeze(text)):
            self.close_para()
        elif self.para and _AUTHOR_NOTE_CLOSES.search(p.squeeze(p.raw_join(self.para[-_NOTE_LINES:]))):
            self.close_para()  # ……环境。（作 / 者系…教授）: the writer's note glued to the last sentence ends it

    def credit_end_joined(self, text: str) -> str | None:
        """The open paragraph's last line with *text*, when *text* is the end of a photo credit that line
        began, the column breaking it before 摄 or inside the name (……生活。 记者 崔蕊妍 / 摄, ……截圖 记者
        石 / 子一 摄): read alone, a name's end and 摄 would pass for a whole credit under prose, and the
        caption over it for the prose. None where the line above holds no credit's start."""
        tail = _SHOT_TAIL.match(p.squeeze(text))
        if not (self.para and tail) or p.CREDIT.search(self.para[-1]):
            return None
        above = self.para[-1]
        if not tail.group(1):
            return f"{above} {text}" if p.CREDIT.search(f"{above} {text}") else None
        joined = f"{above.rstrip()}{tail.group(1)} {tail.group(2)}"  # the name joined, 摄 set off as printed
        credit = p.CREDIT.search(joined)
        return joined if credit is not None and _CREDIT_ROLE_AT.match(joined, credit.start()) else None

    def credit_broken_over_lines(self, text: str) -> bool:
        """The open paragraph's last line finishes a photo credit that the line above began after the
        caption's last sentence (……会见老挝总理通伦。 新华社记者 潘涵 / 永 摄; ……访问。新华 / 社发):
        neither line alone reads as a credit, the two together do."""
        if not self.para or len(self.para) < 2 or self.para[-1] != text:
            return False
        return _credit_finished_by(self.para[-2], text)

    def closing_byline(self) -> bool:
        """The open paragraph ends in a bracketed byline after its text; a lead's byline
        (新华社南京8月10日电（记者 X）) opens the story instead."""
        text = p.raw_join(self.para[-3:])
        match = re.search(rf"{p.INLINE_BYLINE.pattern}\s*$", text)
        if not match or p.BOX_HEAD.match(p.compact(match.group(1))):
            return False  # （记者手记）: the label closing the head of the story's own sidebar, no byline
        before = p.squeeze(text[: match.start()])
        lead = p.LEAD.match(before)
        # 央视网消息（新闻联播）：（记者 X）: a lead ending in its colon has said nothing yet
        return not (len(self.para) <= 3 and lead and (lead.end() == len(before) or before.endswith(("：", ":"))))

    def set_jump_to(self, match: re.Match) -> None:
        self.close_para()
        if self.body is not None:
            self.body.jump_to = p.page_number(match.group(1) or match.group(2))
        self.body = None

    def photo_inside_prose(self, k: int, above: list[str]) -> bool:
        """A photo credit (记者 X 摄) on line k inside a sentence the column goes on with under it
        (……行动及政 / 记者 X 摄 / 策，还有……): the photo stood in the column mid-sentence. The
        caption's words cannot be told from the prose's, so the story goes on and only the credit
        is set aside; a caption after a finished sentence stays a photo of its own. *above*: the
        open paragraph's text over the credit."""
        texts = [text for text in above if p.compact(text)]
        if not texts or k + 1 >= len(self.lines):
            return False
        before, credit_line = texts[-1], self.lines[k].text
        if p.SENTENCE_END.search(p.squeeze(before)):
            return False  # past a caption's own sentence end its lines and the prose's cannot be told apart
        if _bracket_open(texts) or _bracket_open([credit_line]) or _BRACKET_CLOSES.search(credit_line):
            return False  # a bracketed credit (……凸显。（ / 记者 X 摄）, （见上图，/ 新华社记者 X摄）) closes its caption
        return not self.lines[k + 1].blank_before and self.prose_goes_on(k + 1)

    def prose_goes_on(self, i: int) -> bool:
        """lines[i] is a line of prose that may go on with a sentence left open above it: a body line
        as wide as its column (or closing a sentence), no byline, head or jump."""
        following = self.lines[i]
        text = p.squeeze(following.text)
        return (not self.structural(following) and not is_furniture(text)
                and not p.BOX_HEAD.match(p.compact(text)) and not p.JUMP_TO.match(text)
                and (following.set_width >= self.width - 2 or bool(p.SENTENCE_END.search(text)))
                and following.prob("body") >= 0.5)

    def paragraph_goes_on(self, i: int) -> bool:
        """lines[i] is prose that goes on with the paragraph above it: no indent opens a new one."""
        return i < len(self.lines) and not self.lines[i].indented and self.prose_goes_on(i)

    def caption_inside_sentence(self, guess: bool) -> int:
        """Where a photo's caption starts among the open paragraph's lines when the photo stood inside
        one of its sentences (……審結一 / 圖一：船排廠工人…… / ……《華僑日報》 / 宗於海事處船排廠): the prose
        under the caption goes on with the sentence above it; or 0 (the caption opens the paragraph,
        or the prose does not go on). The caption starts where the words run across from the line
        above to the prose under the caption rather than to the next line (審結一 / 宗, not 一 / 圖);
        never on a closing mark, and only under a line of prose that fills its column. When the words
        do not tell: with *guess* (the last line is the caption's for sure) the latest such place;
        else, in a paragraph its indent opened as prose whose caption closes its own sentence before
        its credit, the latest such place under a sentence left open; else 0."""
        k = self.last_prose
        lines = self.para
        if not lines or len(lines) < 2 or not self.paragraph_goes_on(k + 1) or _BRACKET_CLOSES.search(lines[-1]):
            return 0  # a bracketed credit (……上映。（记者 X 摄）, （见上图，X 摄）) closes its caption or an aside
        under = p.compact(self.lines[k + 1].text)
        column = self.local_column(k)
        guess = guess and bool(re.search(r"[，,。、；;：:]", under))  # prose's clause marks, which a title under the photo lacks

        def reads_on(n: int) -> int:
            above, below = p.compact(lines[n - 1]), p.compact(lines[n])
            return int(word_across(above, under)) - int(word_across(above, below))

        starts = [n for n in range(1, len(lines)) if text_width(lines[n - 1]) >= column - _QUESTION_SHORT
                  and not re.match(r"[、，,。；;：:？?！!）)》」』”’]", p.compact(lines[n]))
                  and not _closes_unopened("".join(lines[n:]))]
        start = max(starts, key=lambda n: (reads_on(n), n), default=0)
        if start and (guess or reads_on(start) > 0):
            return start
        # no word runs across, but the paragraph opened with prose's indent (a caption never does), the
        # sentence over the photo is left open for the prose under it, and the caption closes its own
        # sentence before its credit (……受傷，大家 / 新屋嶺扣留中心。 记者 X 摄 / 的回答是……): the caption is
        # the fewest lines from a line start under that open sentence
        # (one printed line more than the paragraph's when the credit's lone last word joined its line)
        first = next((n for n in (k - len(lines) + 1, k - len(lines)) if n >= 0 and self.lines[n].text == lines[0]), None)
        if first is None or not self.lines[first].indented:
            return 0
        return max((n for n in starts if reads_on(n) == 0 and not p.SENTENCE_END.search(p.squeeze(lines[n - 1]))
                    and _CAPTION_SENTENCE.search(p.squeeze("".join(lines[n:])))), default=0)

    def set_photo_credit(self, credit_line: str) -> None:
        """The credit of a photo inside the open paragraph's story: among its bylines."""
        if self.body is None:
            self.body = Body(pos=len(self.pieces), start="plain")
            self.pieces.append(self.body)
        self.body.bylines.append(credit_line)

    def set_caption_aside(self, start: int) -> None:
        """The open paragraph's lines from *start* on (if *start*) are a photo's caption inside its
        sentence: among its story's captions, the lines above staying open for the prose under it."""
        if not start:
            return
        self.open_body().captions.append(self.para[start:])
        del self.para[start:]

    def attach_credit(self, credit_line: str | None) -> None:
        """The open paragraph (or the last one) is a photo caption: its own photo body; unless the
        photo stood inside one of the paragraph's sentences, which goes on under the caption."""
        # with no paragraph above to hold it, the photo would part the story: the sentence goes on under it
        no_story_above = self.body is None or not self.body.paragraphs
        start = 0 if credit_line is not None else self.caption_inside_sentence(guess=no_story_above)
        if start:
            self.set_caption_aside(start)
            return
        if self.para is None or not self.para:
            if self.body is not None and self.body.paragraphs:
                self.para = self.body.paragraphs.pop()
            else:
                self.para = []
        if credit_line is not None:
            self.para.append(credit_line)
        caption_lines = self.para
        self.para = None
        previous = self.body
        if previous is not None and not previous.paragraphs and (previous.start in ("plain", "caption") or (
                # a caption opening on a dateline (金沙萨消息：…) opened a story's lead: nothing is left in it
                previous.start == "lead" and not (previous.bylines or previous.captions or previous.credit))):
            self.pieces.remove(previous)
            previous = None
        head = self.photo_head(caption_lines, alone=no_story_above)
        if head:  # the photo's head was read as the caption's first lines
            caption_lines = caption_lines[len(head):]
            self.pieces.append(HeadlineRun(len(self.pieces), head))
        elif self.head_read_as_crosshead(previous, caption_lines):  # or as a crosshead of the story above
            self.pieces.append(HeadlineRun(len(self.pieces), [self.lines[self.caption_start(caption_lines) - 1]]))
            previous.paragraphs.pop()
        photo = Body(pos=len(self.pieces), start="caption", paragraphs=[caption_lines])
        if not head and self.pieces and self.pieces[-1] is previous:
            photo.inside, photo.paragraphs_above = previous, len(previous.paragraphs)
        self.pieces.append(photo)
        # Prose that follows a caption without any boundary continues the story before it.
        self.body = previous

    def after_finished_prose(self, i: int) -> bool:
        """lines[i] comes right under the open story's finished paragraph, or its end matter."""
        return (self.body is not None and not self.para and self.body.start != "caption" and (
            (self.last_prose == i - 1 and bool(p.SENTENCE_END.search(p.squeeze(self.lines[i - 1].text))))
            or self.matter_end == i - 1))

    def under_jump_mark(self) -> bool:
        """The open body is a continuation of which nothing but its jump mark (（緊接2版）) was read."""
        return self.body is not None and self.body.start == "jump" and not (self.body.paragraphs or self.para)

    def slash_credit_closes(self, i: int) -> bool:
        """lines[i] opens a credit naming roles with a slash (文／記者 X 圖／記者 Y, 攝／X) right under the
        story's finished paragraph: the story's end credit. Over its own story a slash byline sits
        under the title (文/胡正), never under a finished sentence."""
        return bool(_SLASH_CREDIT.match(p.squeeze(self.lines[i].text))) and self.after_finished_prose(i)

    def caption_start(self, caption_lines: list[str]) -> int | None:
        """Where the caption's lines, read up to the line being read, start among the page's lines."""
        end = self.position
        while end > 0 and self.lines[end].text != caption_lines[-1]:
            end -= 1
        start = end - len(caption_lines) + 1
        if start < 0 or [line.text for line in self.lines[start : end + 1]] != caption_lines:
            return None
        return start

    def head_read_as_crosshead(self, body: Body | None, caption_lines: list[str]) -> bool:
        """The line right above a caption was kept in the story above as its crosshead: a lone
        line with no sentence end closing that story, over a caption its photo's credit ends. A
        crosshead heads prose of its story, not a photo's caption."""
        start = self.caption_start(caption_lines) if caption_lines else None
        if body is None or start is None or start == 0 or len(body.paragraphs) < 2:
            return False
        line = self.lines[start - 1]
        return (body.paragraphs[-1] == [line.text] and not p.SENTENCE_END.search(p.squeeze(line.text))
                and self.headline_candidate(line) and not _ENUMERATED.match(p.compact(line.text)))

    def photo_head(self, caption_lines: list[str], alone: bool = False) -> list[Line]:
        """The head over a photo's caption read as the caption's first lines: one to three lines
        set apart by a blank line from the caption under them, with no sentence end and no
        clause left open (劳动，光荣而又美丽 / (blank) / 劳动是人类的本质活动，……新华社发).
        *alone*: no story above the caption on the page (see head_over_lone_caption)."""
        start = self.caption_start(caption_lines)
        if start is None:
            return []
        def head_shaped(head: list[Line]) -> bool:
            return not (any(p.SENTENCE_END.search(p.squeeze(x.text)) or "。" in x.text for x in head)
                        or p.OPEN_END.search(head[-1].text)
                        or not all(self.headline_candidate(x, open_end=True) for x in head))

        end = start + len(caption_lines)
        for n in range(1, min(3, len(caption_lines) - 1) + 1):
            if self.lines[start + n].blank_before:
                head = self.lines[start : start + n]
                # blank lines inside the caption as well set nothing apart; a head is not the caption's width
                apart = not any(line.blank_before for line in self.lines[start + n + 1 : end])
                caption = [line for line in self.lines[start + n : end] if not _is_credit_only(line.text)]
                # the caption's last line ends wherever its sentence or credit does: it gives no width
                full = [line.set_width for line in caption[:-1] if not p.SENTENCE_END.search(p.squeeze(line.text))]
                if full:
                    off = all(abs(line.set_width - max(full)) >= 2 for line in head)
                else:  # a caption of one line: a head is narrower
                    off = bool(caption) and all(line.set_width <= caption[-1].set_width - 2 for line in head)
                return head if apart and off and head_shaped(head) else []
        # No blank line: the caption repeats its head's words (第八届进博会虹桥国际经济 / 论坛继续举行多场分论坛 /
        # 第八届虹桥国际经济论坛今天（11月6日）继续举行多场分论坛。)
        for n in range(min(2, len(caption_lines) - 1), 0, -1):
            head = self.lines[start : start + n]
            grams = p.bigrams("".join(x.text for x in head))
            rest = p.bigrams("".join(caption_lines[n:]))
            if head_shaped(head) and grams and len(grams & rest) >= _TITLE_SHARE * len(grams):
                return head
            if (n == 1 and head_shaped(head) and grams and len(grams & rest) >= _TITLE_ECHO * len(grams)
                    and self.off_caption_width(head[0], self.lines[start + 1 : end])):
                return head  # a head narrower or wider than its caption that the caption half repeats
        if alone and len(caption_lines) > 1 and head_shaped(self.lines[start : start + 1]):
            return self.head_over_lone_caption(start, end)
        return []

    def head_over_lone_caption(self, start: int, end: int) -> list[Line]:
        """A photo with no story above it (at the page's top) whose caption's first line, lines[start],
        is its head: a phrase with no clause mark that stands off the caption's column, ending where
        its last word does (第13届龙舟世锦赛今天落幕 / 第13届世界龙舟锦标赛今天在 / 云南昆明落幕，……).
        A caption's own first line fills the column, its sentence running on into the next line."""
        head, caption = self.lines[start], self.lines[start + 1 : end]
        if re.search(r"[，、；,;]", head.text) or word_across(p.compact(head.text), p.compact(caption[0].text)):
            return []
        full = [x.set_width for x in caption[:-1] if not p.SENTENCE_END.search(p.squeeze(x.text))
                and not _is_credit_only(x.text)]
        if full:  # the column the caption's running lines fill
            off = abs(head.set_width - collections.Counter(full).most_common(1)[0][0]) >= _HEAD_OFF_CAPTION
        else:  # a caption of one sentence: the head is clearly narrower
            off = head.set_width <= caption[0].set_width - _TITLE_OFF_COLUMN
        return [head] if off else []

    def off_caption_width(self, line: Line, caption: list[Line]) -> bool:
        """The line stands clearly narrower or wider than the caption's column: the width most of
        its lines that end no sentence run (such a line fills the column)."""
        full = [x.set_width for x in caption[:-1] if not p.SENTENCE_END.search(p.squeeze(x.text))
                and not _is_credit_only(x.text)]
        if len(full) < 2:
            return False
        column = collections.Counter(full).most_common(1)[0][0]  # a stray wide line is no column
        return abs(line.set_width - column) >= _TITLE_OFF_COLUMN

    def read_headline_run(self, i: int) -> int:
        """Decide whether lines[i:] start with headline lines; return how many were taken."""
        lines = self.lines
        if self.speaker_over_marked_head(i):
            # a part's speaker and its marked head (彭婧 / ●一个微信群，服务整个社区): the story's lines
            self.body.paragraphs.extend([line.text] for line in lines[i : i + 2])
            return 2
        if self.signs_story_above(i):  # the writer's bare name closes the story above, no kicker
            body = self.body if self.body is not None else self.credited[0]
            self.end_body()
            self.pieces.append(BylineLine(len(self.pieces), lines[i].text, kind="closing"))
            self.credited = (body, i)
            return 1
        if self.name_over_prose(i) or self.signs_story_below(i):
            # the writer's bare name over the prose of a story whose title OCR read elsewhere: no story
            # open above it, or under the finished last sentence of the story above
            self.end_body()
            self.pieces.append(BylineLine(len(self.pieces), lines[i].text, kind="name"))
            return 1
        j = i
        while j < len(lines) and j - i < _MAX_RUN and not _end_matter_line(lines[j].text) and (
                self.headline_candidate(lines[j]) or self.open_deck_line(lines[j])
                or (j > i and self.wrapped_title_line(lines[j - 1], lines[j]))):
            j += 1
        run = lines[i:j]
        lone = self.lone_line_over_paragraph(run)
        if lone:  # the prose's first line under the blank is no deck line: the line stands alone
            run, j = run[:1], i + 1
        following = lines[j] if j < len(lines) else None
        apart = self.set_apart(i, j)
        candidates = run
        caption_below = following is not None and bool(
            (p.CREDIT.search(following.text) and self.structural(following)) or p.SUPPLIED_CREDIT.search(following.text))
        if caption_below:
            # a caption may start inside the run: its full-width lines are caption text
            while len(run) > apart and run[-1].size > self.short and not self.headline_like(run[-1]):
                run.pop()
        if run and not self.structural(following):
            # a title the lead says again at once, alone over a lead line with a comma too, or straight over its lead
            keep = int(self.echoed_below(run[0]) or self.over_other_column(run[0])
                       or self.title_over_own_lead(run[0]))
            while keep < len(run) - 1 and (self.headline_like(run[keep]) or self.deck_line(run[keep])
                                           or _tag_line_under(run[keep], run[keep + 1])
                                           or self.wider_than_prose_below(run[keep])
                                           or self.kicker_over_deck(run[keep], run[keep + 1])
                                           or self.column_tag_title(run[keep])
                                           or self.title_wrapped_to_tag(run[keep], run[keep + 1])
                                           or self.kicker_over_wrapped_tag(run, keep)):
                keep += 1
            if keep == len(run) - 1 and (self.deck_line(run[keep]) or self.column_tag_title(run[keep])
                                         or (keep and _tag_line_under(run[keep - 1], run[keep]))
                                         or (keep and self.title_wrapped_to_tag(run[keep - 1], run[keep]))
                                         or (keep == 0 and self.title_over_new_subject(run[keep]))):
                keep += 1  # not a column line, so not the paragraph's first line either
            run = run[: max(keep, apart, int(lone))]
            if self.title_wrapped_over_indent(lines[i:j], following):
                run = lines[i:j]
        if self.labelled:  # lines the rules left out that the labeller is sure are the deck's, and back
            if not run and not self.para and self.over_sure_deck(candidates):
                run = candidates[:1]
            # and a line with no sentence mark that the column broke a word of the title's last line onto
            # (全国宣传部长会 / 议在京召开), which the labeller, reading it alone, takes for prose
            while len(run) < len(candidates) and (
                    candidates[len(run)].prob(*labeller.DECK) >= _SURE_DECK
                    or (run and not _SENTENCE_MARK.search(candidates[len(run)].text)
                        and _word_runs_on(run[-1], candidates[len(run)]))):
                run = candidates[: len(run) + 1]
            # a lone line a blank line and the indent of the prose under it set off is a head whatever its words
            # say (面对疫情，人类需要合作 reads as prose to the labeller): `crosshead` tells the story's part from the
            # next story (a crosshead the prose runs up to is left to the labeller)
            under = lines[i + 1] if i + 1 < len(lines) else None
            sure_not = [k for k, line in enumerate(run) if line.prob(*labeller.DECK, "crosshead") <= _SURE_PROSE
                        and not re.match(f"[{_TITLE_MARKS}]", line.text)  # ▲ marks a title (the simulator prints none)
                        and not self.column_tag_title(line)
                        and not (k == 0 and len(run) == 1 and (self.title_over_new_subject(line)
                                                               or self.title_over_own_lead(line)
                                                               or (line.blank_before
                                                                   and self.title_wrapped_over_indent(run, under))))
                        and not (k and _tag_line_under(run[k - 1], line))
                        and not (k and self.title_wrapped_to_tag(run[k - 1], line))
                        and not (k + 1 < len(run) and self.title_wrapped_to_tag(line, run[k + 1]))
                        and not self.kicker_over_wrapped_tag(run, k)
                        and not (k and _title_goes_on(run[k - 1], line))
                        and not (k and k == apart - 1 and self.phrased_last_deck_line(line))]
            run = run[: sure_not[0]] if sure_not else run
        if run and self.runs_into_prose(run[-1]):
            # a paragraph's line the column broke inside a word, and the lines of that column above it
            prose = run[-1]
            run = run[:-1]
            while run and abs(run[-1].set_width - prose.set_width) <= 0.5:
                run = run[:-1]
        # The writer's bare name under the title (王军锐): a byline, and what is above it a title.
        name = None
        if len(run) >= 2 and self.writers_name(i + len(run) - 1):
            name, run = run[-1], run[:-1]
        elif len(candidates) >= 2 and len(run) < len(candidates) and self.writers_name(i + max(len(run), 1)):
            run = run or candidates[:1]
            name = candidates[len(run)]  # the rules or the labeller read the name as prose
        if not run:
            return 0
        if name is None and len(run) <= 2 and j == i + len(run) and not self.para and self.part_over_byline(run, j):
            # a part's head over its own reporter's byline (春联见证乡村之变 / 本报记者 马跃峰 / 赵富新……):
            # one report of several parts, each by its own reporter, all the lines the story's
            self.body.paragraphs.extend([[line.text] for line in run] + [[following.text]])
            return len(run) + 1
        if (name is None and len(run) == 1 and following is not None and not self.para
                and self.crosshead(run[0], i + 1 if self.labelled else j)):
            # 小标题: one line between two paragraphs of prose is the story's crosshead
            self.body.paragraphs.append([run[0].text])
            return 1
        if (name is not None and len(run) == 1 and not self.para and i + 2 < len(lines) and self.forum_open()
                and self.crosshead(run[0], i + 2, letter=True)):
            # a letter's head and its writer's name inside a forum of letters (补齐体育短板 / 熊宣普)
            self.body.paragraphs.extend([[run[0].text], [name.text]])
            return 2
        if (name is None and len(run) == 2 and following is not None and not self.para
                and _ENUMERATED.match(p.compact(run[0].text)) and self.crosshead(run[0], i + 2)):
            # a numbered part's crosshead and the short line under it (二、加装电梯 / 先易后难)
            self.body.paragraphs.extend([line.text] for line in run)
            return 2
        if (name is None and len(run) == 2 and not self.para and i + 2 < len(lines)
                and (((_title_goes_on(run[0], run[1]) or _quote_runs_over(run[0], run[1]))
                      and run[0].set_width >= run[1].set_width)
                     or _ITEM_MARK.match(run[0].text))
                and self.two_line_crosshead(run, i + 2)):
            # a crosshead the column broke inside a word, its first line filling the measure (◆把握监督尺度，筑 /
            # 牢“不能腐”的堤坝), or a marked crosshead of two phrases (◆批生母未盡責任 / 籲社署免生同類事件)
            self.body.paragraphs.append([line.text for line in run])
            return 2
        taken = len(run)
        run = self.deck_read_as_prose(i) + run
        self.end_body()
        if self.lifted_byline or (self.lifted_from is not None
                                  and (turn := story_turn(*self.lifted_from)) is not None
                                  and _deck_said_after(self.lifted_deck, self.lifted_from[0], turn) >= _DECK_SAID):
            # the lifted deck has its byline, or its story began in the text it was lifted out of: the run
            # under it is another story's
            self.put_lifted_deck()
        run, self.lifted_deck, self.lifted_from = self.lifted_deck + run, [], None
        last = self.pieces[-1] if self.pieces else None
        if isinstance(last, HeadlineRun) and (self.under_exclaimed_title(last, i) or self.dash_subtitle_under(last, run)
                                                   or self.bracket_closed_under(last, run)):
            last.lines.extend(run)  # the deck under a title that asks or exclaims, a subtitle, a title's end: one headline
        else:
            self.pieces.append(HeadlineRun(len(self.pieces), run))
        # a full deck ends the column; a marked item's title the column wrapped over two lines does not
        self.in_brief_column = self.in_brief_column and (
            len(run) == 1 or (len(run) == 2 and bool(_ITEM_MARK.match(run[0].text))))
        if name is not None:
            self.pieces.append(BylineLine(len(self.pieces), name.text, kind="name"))
            return taken + 1
        return taken

    def lone_line_over_paragraph(self, run: list[Line]) -> bool:
        """The run's first line stands alone between two paragraphs: a blank line and a finished
        sentence above it, a blank line under it, and the line under that a paragraph's first line,
        its words running on into the prose under it (……的狗 / 離 3 月 11 日立法會補選只 / 有 12 天，……).
        A deck does not go on across a blank line into a line of prose, so the line is a head of its
        own, whether a crosshead or the next story's title (`crosshead` tells them apart), though as
        wide as the column and no deck line by its shape. The blanks say so only where the prose's
        lines around them, _PROSE_AROUND either side, have none between them."""
        if len(run) < 2 or self.para or self.body is None or not self.body.paragraphs:
            return False
        k = self.at[id(run[0])]
        if k < 1 or k + 3 > len(self.lines):
            return False
        # the blanks set the line off only where the prose around it has none inside (a column OCR read
        # with blanks between its lines sets nothing off)
        inside = [*self.lines[max(k - _PROSE_AROUND, 1) : k], *self.lines[k + 2 : k + 2 + _PROSE_AROUND]]
        return (run[0].blank_before and run[1].blank_before and not any(x.blank_before for x in inside)
                and _ends_sentence(self.lines[k - 1]) and not _ends_sentence(run[0])
                and self.runs_into_prose(run[1]))

    def speaker_over_marked_head(self, i: int) -> bool:
        """lines[i] is a bare name over a marked head (●) under the open story's finished paragraph, and the
        prose under the head names that person in its first lines: one part of a round-up of several
        people's accounts, headed by its speaker's name and its own head (彭婧 / ●一个微信群，服务整个社区 /
        每天，……党委书记彭婧的手机都响个不停). A writer's name signing the story above is not named in the
        next story's lead."""
        body, lines = self.body, self.lines
        if (body is None or body.start == "caption" or not body.paragraphs or self.para or i + 2 >= len(lines)
                or self.in_column_of_briefs() or not p.SENTENCE_END.search(p.squeeze(body.paragraphs[-1][-1]))):
            return False
        name, head = lines[i], lines[i + 1]
        if (name.size > _SIGNATURE or not p.BARE_NAME_LINE.match(name.text.strip()) or not _ITEM_MARK.match(head.text)
                or self.structural(lines[i + 2])):
            return False
        return p.compact(name.text) in p.compact("".join(x.text for x in lines[i + 2 : i + 2 + _SPEAKER_NAMED]))

    def part_over_byline(self, head: list[Line], k: int) -> bool:
        """A lone line over a byline line (lines[k]) under the open story's finished paragraph heads a
        part of that story, not a new story: the prose under the byline opens with no dateline (a new
        story's report under its byline does: 本报北京1月4日电, 新华社…电). A report of several parts
        heads each by its own reporter, each on a matter of its own, so the words any report says tell
        nothing here; but its parts share the round-up's names and terms (春节, 返乡), and prose that
        names nothing the story above names (`no_rare_word_shared`) is another story's. A
        part's head is short and bare, where a title over a byline often runs on or carries a column's tag.
        A part is signed by a reporter by role and name (本报记者 X); a writer's credit (文／X, 撰文：X), a
        paper's nameless one (众新闻记者) or a correspondent's with the reporter's (记者 X 通讯员 Y: no part of
        the People's Daily round-ups we hold names one) signs a feature, a column or a report, a story of its
        own. Nor does a dated report its own reporter signed over its text (本报记者 X / 新华社北京…电 …) hold
        parts signed by others: a round-up opens with its own words, unsigned.

        Where the story says a part comes next, the head may run over two lines and be longer (一碗面 / 有温情,
        ……干部罗平—— / “肯定得顶上，也必须顶得上”), and the part's prose may name other places and people:
        under the signature of the story's editor's note or epigraph (——编 者, ——习近平), which opens a
        story's text, or in a report that already holds a part under its reporter's byline. Under an editor's
        note presenting the parts (`parts_announced`; the part may follow the note's ——编 者 at once) neither
        the part's date nor its own names tell: each part is a dated report from its own place."""
        body = self.body
        if body is None or body.start == "caption" or not body.paragraphs or k + 1 >= len(self.lines):
            return False
        if head[0].traditional and not _marks_left_open(head[0].text):
            # Hong Kong copy sets no round-up of parts each under its own reporter: a head over a reporter's
            # byline is the next story's title (毋忘初心與實踐政治 / 本報記者 X Y), even where its prose names a term
            # the story above named; a quote left open runs on into a line that merely reads as a byline
            return False
        signed = self.under_signature()
        expected = signed or self.holds_a_part()
        line = head[0]
        if ((len(head) > 1 or line.size > _PART_HEAD_MAX) and not expected
                or any(re.search(r"[（(]", x.text) for x in head)
                or not _reporter_byline(self.lines[k].text) or _CORRESPONDENT.search(self.lines[k].text)
                or self.in_column_of_briefs() or line.after_furniture
                or not (signed or p.SENTENCE_END.search(p.squeeze(body.paragraphs[-1][-1]))
                        or _NOTE_SIGNED.match(p.compact(body.paragraphs[-1][-1])))
                or self.signed_report(body)):
            return False
        below = self.lines[k + 1]
        # the second line may stop short of the clause mark the column put at the head of the third (……小海陀山 /
        # 山顶盘旋 / ，在……): the sentence runs on, as no title does
        opening = self.lines[k + 3].text.strip()[:1] if k + 3 < len(self.lines) else ""
        if not re.search(r"[，。、；：！？,;:!?]", "".join(x.text for x in self.lines[k + 1 : k + 3]) + opening):
            return False  # no clause in two lines: a title under the byline (又见“地火”（我与新中国·…）), not prose
        announced = self.parts_announced()
        return not (self.structural(below) or any(self.column_tag_title(x) for x in head)
                    or self.column_tag_title(below) or _EDITOR_NOTE.match(p.compact(below.text))
                    or p.squeeze(line.text).startswith(_DASHES)
                    or (not announced and self.report_lead(line, k + 1))
                    or (not (expected or announced) and self.no_rare_word_shared(k + 1, whole_story=True)))

    def under_signature(self) -> bool:
        """The open story's last paragraph signs the words above it (——编 者, ——习近平; `quote_source`)."""
        last = self.body.paragraphs[-1] if self.body is not None and self.body.paragraphs else None
        return bool(last) and self.last_prose - len(last) + 1 in self.sources

    def holds_a_part(self) -> bool:
        """The open story already holds a part under its reporter's byline: a head, then 本报记者 X."""
        paragraphs = self.body.paragraphs if self.body is not None else []
        return any(len(para) == 1 and _reporter_byline(para[0]) and len(paragraphs[n - 1]) == 1
                   for n, para in enumerate(paragraphs) if n)

    def signed_report(self, body: Body) -> bool:
        """The story opens with a dateline (a lead) under its own reporter's byline (本报记者 X)."""
        above = self.pieces[body.pos - 1] if 0 < body.pos <= len(self.pieces) else None
        return (body.start == "lead" and isinstance(above, BylineLine) and above.kind == "byline"
                and _reporter_byline(above.text))

    def two_line_crosshead(self, run: list[Line], j: int) -> bool:
        """Whether two lines are one crosshead over the prose from lines[j] on (see `crosshead`):
        read as the one line they are, where the first line stands."""
        joined = replace(run[0], text=p.raw_join([line.text for line in run]))
        self.at[id(joined)] = self.at[id(run[0])]
        try:
            return self.crosshead(joined, j)
        finally:
            del self.at[id(joined)]

    def runs_into_prose(self, line: Line) -> bool:
        """The line's last word runs on into the prose line under it (……市场供应保 / 障工作。近日，……),
        or the line stops on a word that needs what follows (……助餐配送和 / 上门探访。……): a line of
        that prose the column broke. A deck line ends with its own words."""
        k = self.at[id(line)]
        below = self.lines[k + 1] if k + 1 < len(self.lines) else None
        if below is None or self.structural(below) or not (
                re.search(r"[，。、；：,;:！？!?]", below.text) or not self.headline_candidate(below)):
            return False  # a deck line under it: a title the column broke over lines
        left, right = p.compact(line.text), p.compact(below.text)
        # a line a column's name closes, opening a paragraph, is a title ended: a conjunction under it
        # opens the lead's sentence (……（纵横） / 与其……), not one going on from the line
        tag = _COLUMN_TAG.search(left)
        closed = bool(tag) and not _NOT_COLUMN_TAG.search(tag.group(1)) and k > 0 and _ends_sentence(self.lines[k - 1])
        # nor does a sentence or a lead open on a particle (……建立稳定 / 的经贸关系，……): the line's words go on
        return (word_across(left, right) or open_ended(left, right, conjunction=not closed)
                or opens_with_word_of(right, PARTICLES))

    def column_tag_title(self, line: Line) -> bool:
        """A line ending in a column's name in brackets, as a daily sets it after a title (致敬，平凡的英雄
        （民生观）, 读书的意义（大家读书）): a deck line, even with a comma in it. Prose puts a note in
        brackets at a line's end too (各级党委（党组） / 及其组织人事部门要……), in a line that fills
        its column (the page's, or the one the line under it fills) or whose sentence goes on in the
        next line. A column-wide line under a finished sentence with no clause mark, over prose of a new
        subject (a common word or two, or no name or term, shared with the story above), is a title set
        to the column's measure (……耕田了。” / 军运会带来的和留下的（军运纵横））: a new paragraph of
        that story goes on with its words (豪博特医疗科技（苏州） / 有限公司联合创始人……)."""
        text = p.compact(line.text)
        tag = _COLUMN_TAG.search(text)
        if (line.indented or "。" in line.text or not tag or _NOT_COLUMN_TAG.search(tag.group(1))
                or not re.search(rf"[{p.CJK}]{{2}}[”」』》]?$", text[: tag.start()]) or p.TABLE_HEAD.match(text)):
            return False
        k = self.at[id(line)]
        # a data table's last row closes no sentence, but the table stands between paragraphs, never inside one
        after_table = k > 0 and bool(self.tables) and self.tables[-1][-1] == self.lines[k - 1].text
        under_finished_sentence = (k > 0 and (_ends_sentence(self.lines[k - 1]) or after_table) and self.body is not None
                                   and not _CLAUSE_MARK.search(_QUOTED.sub("", text))
                                   and (self.new_subject(k + 1, _SUBJECT_SHARED) or self.no_rare_word_shared(k + 1)))
        if abs(line.set_width - self.width) < 2 and not under_finished_sentence:
            return False
        below = self.lines[k + 1] if k + 1 < len(self.lines) else None
        if below is None:
            return True
        same_column = (abs(line.set_width - below.set_width) < 2 and not under_finished_sentence
                       and not p.SENTENCE_END.search(p.squeeze(below.text)))
        if under_finished_sentence:
            # the tag ends a title opening the paragraph: only a word across it runs on (see runs_into_prose)
            right = p.compact(below.text)
            return not (right and (word_across(text, right) or open_ended(text, right, conjunction=False)))
        return not same_column and not title_wrapped(line.text, below.text)

    def title_wrapped_to_tag(self, above: Line, line: Line) -> bool:
        """Two lines the column wrapped one title over, the second closing on the column's name in
        brackets (不断完善公共卫生体系建设（讲述· / 总书记的关心事）, “让群众安心，是我们最大的 / 责任”（新时代·面孔））,
        where a paragraph ended above them: both lines are the title's, though each alone reads as prose.
        A paragraph's lines fill the column and its last line ends a sentence, so the second line stops
        short of the column with no sentence end, and the two hold no full stop."""
        joined = p.compact(p.raw_join([above.text, line.text]))
        tag = _COLUMN_TAG.search(joined)
        return (self.para is None and not above.indented and not line.indented and bool(tag)
                and not _NOT_COLUMN_TAG.search(tag.group(1)) and len(joined) <= _TAGGED_TITLE_CHARS
                and not re.search(r"[。！？!?；;]", joined) and not _DATED.search(tag.group(1))
                and not re.search(r"[摄攝图圖]$", joined[: tag.start()])  # ……罗平县 / 毛 虹摄（影像中国）: a photo's credit
                and bool(re.search(rf"[{p.CJK}]{{2}}[”」』》]?$", joined[: tag.start()]))
                and line.size <= self.width - 2 and not self.structural(line))

    def kicker_over_wrapped_tag(self, run: list[Line], k: int) -> bool:
        """run[k] is a kicker over a title wrapped to its column's tag (`title_wrapped_to_tag`; 从教育、医疗、
        基础设施入手 / 夯实深度贫困地区精准 / 脱贫基础（治理之道））: a phrase of its own, no clause or
        sentence end in it, short of the column."""
        return (k + 2 < len(run) and self.title_wrapped_to_tag(run[k + 1], run[k + 2]) and not run[k].indented
                and not re.search(r"[，,。；;！？!?：:]", run[k].text) and run[k].size <= self.width - 2)

    def title_wrapped_over_indent(self, run: list[Line], following: Line | None) -> bool:
        """Two lines the column wrapped one title over (北京冬奥会冰上 / 测试活动今天启动, 为“一国两制”筑 /
        牢安全堤坝), right above a paragraph's indent: prose ends a sentence before the next paragraph
        is indented, so lines that end none there are a deck. Inside an open story two such lines may
        be a crosshead: there the words must run across the break and the labeller lean to a deck.
        One such line after a finished paragraph is a head too, a title or a crosshead (`crosshead`
        tells which): a paragraph of prose would open with the indent."""
        last = self.pieces[-1] if self.pieces else None
        if (following is None or not following.indented or len(run) not in (1, 2) or run[0].indented
                or (isinstance(last, BylineLine) and last.kind != "closing") or introduces_next(run[-1])):
            return False  # under a story's byline its prose begins; a line ending in a dash introduces prose
        if len(run) == 1:
            return self.para is None and run[0].size >= _ECHO_MIN
        return self.body is None or (_title_goes_on(run[0], run[1]) and run[0].prob(*labeller.DECK) >= _OPEN_DECK)

    def exclaimed_title(self, i: int) -> int:
        """How many lines from i (one, or two a title broke over: 天安門今天會 / 為李文亮下半旗嗎？)
        are a title that asks or exclaims and opens a story (月娥，我不想努力了！, 誰的好望角？): nothing
        is open above it (the page's top, ads, a story its credit or writer closed) or a byline, a lead
        or an editor's note comes right under it (a paragraph's indent does not say so: verse sets every
        question on its own line). A title as wide as the column needs both. A subtitle under it says
        so wherever it stands. After a finished paragraph, a line set off the indent the prose under it
        opens with is a head at any width: a title where that prose is not the open story's (`crosshead`).
        0: no such title.
        Prose asks and exclaims inside a story, in a line the column fills, not where a story begins."""
        lines = self.lines
        last = self.pieces[-1] if self.pieces else None
        under_byline = isinstance(last, BylineLine) and last.kind != "closing"
        after_deck = isinstance(last, HeadlineRun)  # another story's, when a blank line sets them apart
        if isinstance(last, BriefColumn) or (after_deck and not lines[i].blank_before):
            return 0  # right under a deck it is the deck's own line (`deck_line_asks`)
        for n in (1, 2):
            if i + n >= len(lines):
                return 0
            title, below = lines[i : i + n], lines[i + n]
            if n == 2 and not ((self.headline_candidate(title[0], open_end=True) or self.broken_in_marks(*title))
                               and all(x.set_width <= self.width - _TITLE_OFF_COLUMN for x in title)):
                return 0  # a title broken over two lines stands clearly narrower than the column
            if not self.asks_or_exclaims(title):
                continue
            if self.subtitle_line(below) or _EDITOR_NOTE.match(p.compact(below.text)):
                return n  # a subtitle, or the editor's note that opens a story (编者按), under it
            if after_deck:  # a deck of its own, over its byline or lead or a deck line, or the story's first words
                return n if self.structural(below) or (
                    self.headline_candidate(below) and below.prob(*labeller.DECK) >= _OPEN_DECK) else 0
            lead = p.LEAD.match(p.squeeze(below.text))
            # a dateline alone (新华社北京5月3日电) closes the story above; a lead goes on with its text
            opens_text = ((lead is not None and len(p.squeeze(below.text)) > lead.end() + 2)
                          or bool(_EDITOR_NOTE.match(p.compact(below.text)))
                          or bool(p.JUMP_FROM.match(p.squeeze(below.text))))
            if under_byline and not self.byline_closed_story_above(title[0], below, opens_text):
                return 0  # under a story's byline it is the story's own line
            introduced = opens_text or _is_byline(below.text)
            fills_column = abs(title[-1].set_width - self.width) <= 1
            # set apart by a blank line over a lead: a story's last line is followed by its credit, not a lead
            apart_over_lead = title[0].blank_before and opens_text
            if ((introduced and (self.body is None or apart_over_lead))
                    or (not fills_column and (self.body is None or introduced))):
                return n
            if n == 1 and below.indented and not under_byline and not self.crosshead(title[0], i + 1):
                # after a finished paragraph, off the indent the prose under it opens with (a paragraph's
                # first line would be indented too: `title_wrapped_over_indent`), at any width: a head,
                # and not the story's own (為何要登記做選民？ over 因著選民登記截止日將到……)
                return n
            if n == 1 and not under_byline and self.asks_on_new_subject(title[0], i + 1):
                return n  # unindented prose, but on another matter than the story above's
            return 0
        return 0

    def broken_in_marks(self, above: Line, line: Line) -> bool:
        """The column broke one title's line inside a bracket or quote (國泰空姐「偷 / 」牛角包？): the line
        opens on the mark closing what the line above leaves open, and the two read as one line have a
        title's shape. Only a test the reader already runs on the two lines may take them as a title."""
        joined = p.squeeze(above.text) + p.squeeze(line.text)
        return (bool(_OPENS_ON_CLOSER.match(p.squeeze(line.text))) and p.closes_mark_left_open(above.text, line.text)
                and not above.indented and not line.indented and not above.column_head
                and _title_shaped_text(joined, False, True))

    def asks_on_new_subject(self, line: Line, j: int) -> bool:
        """A Hong Kong line that asks or exclaims after a finished paragraph of the open story, set off
        by a blank line, over prose that names none of that story's names and terms, nor says its
        words: the title of a column on another matter (國泰空姐「偷」牛角包？ / 有國泰美女空姐對我說，……).
        A commentary's own question goes on with what it speaks of."""
        body = self.body
        if (body is None or body.start == "caption" or not body.paragraphs or not line.blank_before
                or not line.traditional or self.in_column_of_briefs()
                or not p.SENTENCE_END.search(p.squeeze(body.paragraphs[-1][-1]))):
            return False
        # one name or term in common may be chance (自我, 近年: words jieba counts rare); a part of the story
        # goes on naming its matter
        below = p.compact("".join(x.text for x in self.lines[j : j + 12]))[:_SUBJECT_BELOW]
        return (not _words(p.compact(line.text)) & _words(self.story_tail())
                and len(_rare_words(self.story_tail()) & _rare_words(below)) <= _RARE_BY_CHANCE
                and self.new_subject(j, _SUBJECT_SHARED))

    def byline_closed_story_above(self, title: Line, below: Line, opens_text: bool) -> bool:
        """The byline over a title that asks or exclaims signed the story above (……結束。 / 見習記者 X
        文／圖 / blank / 誰的好望角？ / 融媒體記者 Y): the title stands apart under it and a lead, or a
        byline under a story's end, comes under the title; a story's own first line would not open so."""
        if not title.blank_before:
            return False
        signed_body = len(self.pieces) >= 2 and isinstance(self.pieces[-2], Body)
        return opens_text or (signed_body and _is_byline(below.text))

    def asks_or_exclaims(self, title: list[Line]) -> bool:
        """The lines are a title's shape that ends in one question or exclamation mark: short, no
        full stop, no indent, no speaker's colon (記者：), dateline or credit."""
        printed = p.undouble(p.raw_join([x.text for x in title]))  # OCR may read the title twice on its line
        text = p.squeeze(printed)
        return not (any(x.indented for x in title) or not _EXCLAIMED_END.search(text) or "。" in text
                    or len(re.findall(r"[！？!?]", text)) > 1 or not _ECHO_MIN <= len(p.compact(text)) <= _EXCLAIMED_TITLE
                    or _SPEAKER_OPENING.match(text) or p.LEAD.match(text) or _is_byline(printed)
                    or p.CREDIT.search(printed))

    def subtitle_line(self, line: Line) -> bool:
        """A subtitle opening with a dash (——車公廟又關游水教練咩事呀), not a line of prose that opens so."""
        return p.squeeze(line.text).startswith(_DASHES) and self.headline_candidate(line) and not self.dash_line_runs_on(line)

    def deck_line_asks(self, i: int) -> bool:
        """lines[i] asks or exclaims right under a deck's line, over a byline, a lead or a subtitle:
        one more line of that deck (a title that asks under its kicker: 阿富汗變天 / 香港可以喚起
        人性嗎？ / 撰文：X), not the story's first words."""
        last = self.pieces[-1] if self.pieces else None
        if not (isinstance(last, HeadlineRun) and i > 0 and last.lines[-1] is self.lines[i - 1]
                and i + 1 < len(self.lines) and not self.lines[i].blank_before
                and self.asks_or_exclaims(self.lines[i : i + 1])):
            return False
        below = self.lines[i + 1]
        return self.structural(below) or self.subtitle_line(below)

    def under_exclaimed_title(self, above: HeadlineRun, i: int) -> bool:
        """lines[i] comes right under a run that ends in a title asking or exclaiming (點解買樓都會犯法？
        / 業主心雄 代理推波助瀾): the run's subtitle, not a headline of its own (a title is never
        printed with no story under it)."""
        return (i > 0 and above.lines[-1] is self.lines[i - 1]
                and bool(_EXCLAIMED_END.search(p.squeeze(above.lines[-1].text))))

    @staticmethod
    def dash_subtitle_under(above: HeadlineRun, run: list[Line]) -> bool:
        """The run opens with a line a dash opens (——他们是一线的医生) right under the run above, no blank
        between: that deck's subtitle, not a title of its own (a title never opens with a dash)."""
        first = run[0]
        return (above.lines[-1].index == first.index - 1 and not first.blank_before
                and p.squeeze(first.text).startswith(_DASHES))

    @staticmethod
    def bracket_closed_under(above: HeadlineRun, run: list[Line]) -> bool:
        """The run opens with a line closing a bracket or quote the run right above leaves open (散发病例
        引起聚集性疫情风险 / 不容忽视（国务院联防联控机 / 制发布会）): the column broke one title there."""
        first = run[0]
        return (above.lines[-1].index == first.index - 1
                and p.closes_mark_left_open("".join(x.text for x in above.lines), first.text))

    def signs_story_above(self, i: int) -> bool:
        """lines[i] is the writer's bare name signing the story above (……去。” / 李兴博 / 前10个月铁路
        客流创新高): a name of two or three characters right under a finished sentence of prose or
        the story's end credit, glued to it or set apart from the deck under it by a blank line,
        with headline lines under it and none of its words in them or the lead (a kicker never
        is a bare name)."""
        lines = self.lines
        if not 0 < i < len(lines) - 2:
            return False
        after_prose = (self.body is not None and self.last_prose == i - 1
                       and p.SENTENCE_END.search(p.squeeze(lines[i - 1].text)))
        if not (after_prose or (self.credited is not None and self.credited[1] == i - 1)):
            return False
        line, below = lines[i], lines[i + 1]
        if (line.size > _SIGNATURE or not p.BARE_NAME_LINE.match(line.text) or (line.blank_before and not below.blank_before)
                or not self.headline_candidate(below)):
            return False
        following = p.compact("".join(x.text for x in lines[i + 1 : i + 8]))[:_CROSSHEAD_CONTEXT]
        return not any(gram in following for gram in p.bigrams(line.text))

    def signs_story_below(self, i: int) -> bool:
        """lines[i] is a writer's bare name between the story above's finished sentence and prose
        (……的放心水。 / 吕超 / 治国之要，首在用人；……): it signs a story whose title OCR read elsewhere
        on the page. No story's own paragraph is a bare name: a name of two or three characters the
        dictionary reads as one person's, none of its words in the prose around it."""
        lines = self.lines
        if not (0 < i < len(lines) - 1 and self.body is not None and self.para is None and self.last_prose == i - 1
                and p.SENTENCE_END.search(p.squeeze(lines[i - 1].text))):
            return False
        line, below = lines[i], lines[i + 1]
        if (line.size > _SIGNATURE or not p.BARE_NAME_LINE.match(line.text) or self.structural(below)
                or not re.search(r"[，。、；：,;:]", below.text) or p.SENTENCE_END.search(p.squeeze(below.text))):
            return False  # a speaker's words in a transcript (梅葆玖 / 对国家要忠，对父母要孝。) end at once
        words = list(loaded_posseg().cut(p.compact(line.text)))
        if len(words) != 1 or not words[0].flag.startswith("nr"):
            return False
        if any(x.size <= _SIGNATURE + 3 and not re.search(r"[，。、；：,;:！？!?]", x.text) for x in lines[max(0, i - 6) : i]):
            return False  # a transcript's speakers, each labelled on a line of their own (来宝 / 梅葆玖)
        around = p.compact("".join(x.text for x in lines[max(0, i - 8) : i] + lines[i + 1 : i + 8]))
        return not any(gram in around for gram in p.bigrams(line.text))

    def writers_name(self, k: int) -> bool:
        """lines[k] is the writer's bare name between a headline and its lead (用法治划清…边界 /
        王军锐 / 智能驾驶的普及……): a name alone on the line, under a longer title line that
        ends no sentence, the lead or prose under it, and the name none of the lead's words (a
        short title or subtitle shares its words with the lead). A title may hold a colon
        (《华商报》：架起… / 王晓霞); a line ending in one introduces what is under it."""
        lines = self.lines
        line = lines[k]
        name = _writer_named(line.text) if 0 < k < len(lines) - 1 else None
        if name is None or (words_not_a_name(name) and not _SPACED_NAME.match(line.text.strip())):
            return False  # a two-character name set spaced out is a name though it reads as a word (平 安)
        above, below = lines[k - 1], lines[k + 1]
        if (re.search(r"[。；;！？!?]|[：:]\s*$", above.text) or above.size <= len(name)
                or p.BARE_NAME_LINE.match(above.text)):
            return False
        squeezed = p.squeeze(below.text)
        if not (p.LEAD.match(squeezed) or _EDITOR_NOTE.match(p.compact(below.text)) or below.size >= self.width - 2
                or below.prob("body", "lead") > below.prob(*labeller.DECK)):
            return False
        following = p.compact("".join(x.text for x in lines[k + 1 : k + 8]))[:_CROSSHEAD_CONTEXT]
        return not any(gram in following for gram in p.bigrams(name))

    def over_sure_deck(self, candidates: list[Line]) -> bool:
        """A line opening a paragraph, with no clause mark, right above a line the labeller is
        sure is a headline's: the deck's first line (a title wider than the column over its
        subtitle). Prose that opens a paragraph runs on into prose, not into a deck."""
        return (len(candidates) >= 2 and candidates[1].prob(*labeller.DECK) >= _SURE_DECK
                and not _CLAUSE_MARK.search(candidates[0].text))

    def deck_read_as_prose(self, i: int) -> list[Line]:
        """Deck lines read as prose just above a story's start (a headline run, a byline or a lead
        at lines[i]): the last paragraph read, of one to three lines set right above lines[i],
        stops mid-sentence with no sentence end in it, and it opened the page or a new
        paragraph after a finished one (梁特告誹謗 胡官： over its title's second line;
        a title wrapped at the column over its byline). Prose never breaks off right before a
        new story, so these lines go to the headline; a deck of its own comes first when the
        next story's start is not a headline run. Returns the lines taken (the caller's run
        gets them), [] when the paragraph is prose."""
        body = self.body
        lines = self.para if self.para else None
        if lines is None and body is not None and body.paragraphs and self.para is None:
            lines = body.paragraphs[-1]
        n = len(lines) if lines else 0
        if not n or n > _DECK_IN_PROSE or i < n or (body is not None and (
                body.start == "caption" or self.pieces[-1] is not body)):
            return []
        taken = self.lines[i - n : i]
        # a title may ask or exclaim (……有什麼值得慶祝？) right over its reporter's byline, where a story's
        # last paragraph never stands: the byline opens the next story, whose title it is
        asks = bool(_EXCLAIMED_END.search(p.squeeze(taken[-1].text)) and _REPORTER_BYLINE.search(self.lines[i].text)
                    and _is_byline(self.lines[i].text) and self.byline_opens_prose(i))

        def marks(line: Line) -> str:
            return _EXCLAIMED_END.sub("", p.squeeze(line.text)) if asks and line is taken[-1] else line.text

        if [line.text for line in taken] != lines or any(
                re.search(r"[。！？!?]", marks(line)) or p.CREDIT.search(line.text) or line.size > _MAX_HEADLINE_LINE
                or p.BOX_HEAD.match(p.compact(line.text)) for line in taken) or re.match(r"[（(]", taken[0].text):
            return []  # a bracketed note closing the story above (（作者为…）) is not a deck
        if p.CONTINUES.match(p.squeeze(taken[0].text)):
            return []  # the rest of the line above (摄 / ）): OCR broke the caption's credit, no deck opens so
        if (n == 1 and _QUOTE_SOURCE.match(p.compact(taken[0].text))) or i - n in self.sources:
            return []  # ——编者 under the editor's note: who signs the words above (`quote_source`)
        if _end_matter_line(taken[0].text):
            return []  # the story's end matter (本文原刊於…) is its last words, set as a deck is
        earlier = (body.paragraphs if lines is self.para else body.paragraphs[:-1]) if body is not None else []
        if (earlier and not p.SENTENCE_END.search(p.squeeze(earlier[-1][-1]))) or (
                not earlier and body is not None and body.start != "plain"):
            return []  # the paragraph goes on from an unfinished one, or it is a lead's
        if lines is self.para:
            self.para = None
        else:
            body.paragraphs.pop()
        if body is not None and not body.paragraphs:
            self.pieces.remove(body)
            self.body = None
        if not self.headline_candidate(self.lines[i]):
            # a byline or a lead comes next: the lines are a headline run of their own
            self.end_body()
            self.pieces.append(HeadlineRun(len(self.pieces), taken))
            return []
        return taken

    def byline_opens_prose(self, i: int) -> bool:
        """The byline at lines[i] has the story's text under it: not the page's last line, nor a credit
        an editor's line closes (通訊員 X / 責任編輯 Y), which signs the story above."""
        return i + 1 < len(self.lines) and not self.lines[i + 1].after_furniture

    def crosshead(self, line: Line, j: int, letter: bool = False) -> bool:
        """Whether a lone headline-like line, with prose from lines[j] on, is a crosshead:
        the story's prose was just read up to a finished paragraph, no boundary (a lead,
        a byline, an editor's line, a column of briefs) comes between, and the line is not
        the title of the prose under it (a title shares its words with its lead). *letter*:
        the line heads a letter over its writer's name in a forum: each letter speaks of its own
        matter, and the labeller takes its head for a title over its byline."""
        body = self.body
        if body is None or body.start == "caption" or not body.paragraphs:
            return False
        compiled = _COMPILED_BY.match(p.compact(p.raw_join(body.paragraphs[-1][-2:])))  # (本报记者 X整理)
        signed_item = bool(_ITEM_SIGNATURE.match(p.compact(body.paragraphs[-1][-1]))
                           and _PLACELESS_DATELINE.match(p.compact(self.lines[j].text)))
        if (self.in_column_of_briefs() or line.after_furniture or self.structural(self.lines[j])
                or _EDITOR_NOTE.match(p.compact(self.lines[j].text))  # 编者按 opens a story: the line is its title
                or not (p.SENTENCE_END.search(p.squeeze(body.paragraphs[-1][-1]))
                        or _QUOTE_SOURCE.match(p.compact(body.paragraphs[-1][-1]))  # ——编者 signs a finished note
                        or compiled or signed_item or self.sidebar_label(body.paragraphs[-1]))):
            return False
        if compiled:
            return True  # under (本报记者 X整理), kept open only where the next part ends so too
        if signed_item:
            # a column of signed items (财经短波, 市场资讯): ……（王 婷） / the next item's head / 本报电 ……,
            # the paper's dateline with no place or date, which only such a column's items print
            return True
        if self.sidebar_label(body.paragraphs[-1]):
            return True  # 记者手记 / 顺应群众期盼: the head of the story's sidebar, under the sidebar's label
        if self.sidebar_label([self.lines[j].text]):
            return True  # 油价上涨 金价下跌 / ■相关链接: the sidebar's head set over its label, the story's too
        if _ENUMERATED.match(p.compact(line.text)):
            return True  # 一、…, （二）…: a numbered part of the story above; no headline opens with a number
        if self.column_tag_title(line):
            return False  # a column's name in brackets closes a story's title, never a crosshead
        if self.measures_apart(j):
            return False  # the prose under the line is set in another story's column: the line is its title
        if self.parallel_to_crosshead(line, same_marks=True):
            return True  # set as the story's other crossheads, mark for mark (文脉绵长 才子之乡 / 风骨卓然 情满人间)
        # set apart by blank lines above and under it, where the prose around it has none inside, over prose
        # opening as a report's lead (a feature's crosshead has that room too, over its part's scene: 春风至，…)
        around = [*self.lines[max(j - 1 - _PROSE_AROUND, 0) : j - 1], *self.lines[j + 1 : j + 1 + _PROSE_AROUND]]
        set_off = (line.blank_before and self.lines[j].blank_before and not any(x.blank_before for x in around)
                   and self.opens_report(line, j))
        # a brief above, whole under its title, says all it says in fewer words: weighed with its title on
        # a brief's count, when no word at all is shared
        title = self.open_title()
        whole_above = bool(title) and len(self.story_tail()) < _ABOVE_CONTEXT
        words_above = _BRIEF_SUBJECT_WORDS if whole_above else _SUBJECT_WORDS_ABOVE
        # the labeller's lean to a deck tells little in a line set as a crosshead the story already
        # printed above it: the next of its parts (数智赋能让“坐商”变“云商” … “越来越多的外国商人想来义乌”)
        deck_look = line.prob(*labeller.DECK) >= _DECK_HINT and not self.parallel_to_crosshead(line, above_only=True)
        if not letter and (self.new_subject(j, 0, words_above, title) or (
                (deck_look or self.signed_below(j) or set_off) and self.new_subject(j, _SUBJECT_SHARED)
                and not self.names_title_term(j, title))):
            # a feature's parts share few words too: a new subject by a word or two needs a deck's look,
            # a title's room around it, or a byline closing the prose under the line a few lines on (a
            # short story of its own); and the word or two it shares must be words any story says, not a
            # name or term of the open story's title (《周易》中的治理智慧 / its opening paragraph /
            # 垂衣裳而天下治 / 黄帝、尧、舜所处的上古时代……《周易·系辞下传》载: the essay's first part)
            return False
        if self.parallel_to_crosshead(line):
            return True  # the story's next part, headed as its parts above were, whatever the labeller says
        if self.series_of_crossheads(line):
            # one of the story's crossheads, more of them further down its prose; weighed after the subject,
            # since a feature on another matter under its title holds a series of its own
            return True
        if not letter and line.prob("crosshead") < _SURE_DECK and self.title_over_own_lead(line):
            return False  # the next story's title over its lead: their words are not the story above's
        hong_kong = any(x.traditional for x in self.lines[j : j + 12])
        if (not letter and not _ITEM_MARK.match(line.text) and self.no_rare_word_shared(j, whole_story=hong_kong)
                and (hong_kong or (self.report_lead(line, j) and not p.squeeze(line.text).startswith(_DASHES)))):
            # a Hong Kong column's plain words (政府, 支持) say nothing: its names and terms go on, named anywhere
            # in the story above (a commentary's part goes back to what its lead named, after an aside a column
            # long: 強積金 … 茶餐廳的陳伯 … 供款變相縮水 / 強積金); nor do a report's lead (dated, or restating the
            # line; no quote's ——source over it) and the story's last lines share a name or term: the line is
            # the report's title
            return False
        if self.labelled and not letter and max(line.prob("crosshead"), line.prob(*labeller.DECK)) >= _SURE_DECK:
            return line.prob("crosshead") > line.prob(*labeller.DECK)
        grams = p.bigrams(line.text)
        following = p.bigrams("".join(x.text for x in self.lines[j : j + 8])[:_CROSSHEAD_CONTEXT])
        if len(grams & following) < _TITLE_SHARE * len(grams):
            # the prose under it opens with the line's own first words, as a lead restates its title
            # (第十届园博会今天闭幕 成交额创新高 / 第十届园博会今天（5月3日）……): the line is that lead's title
            return not self.restated_by_lead(line, j)
        # The prose under it repeats the line, as a lead repeats its title, but a crosshead's
        # paragraph often does too: the line stays in the story when the labeller leans to a
        # crosshead, when the story above already speaks of what it names, or when the prose
        # under it does not open as a report's lead.
        above = p.bigrams("".join(p.compact(x) for para in body.paragraphs for x in para)[-_ABOVE_CONTEXT:])
        # the prose under it naming a name or term of the story's title goes on with the story too (俄称打击乌军
        # 训练场 … / ■俄称塞瓦斯托波尔遭美制导弹袭击 / 俄国防部称，乌军23日……): a new subject does not name them
        kept = (self.labelled and line.prob("crosshead") > line.prob(*labeller.DECK)) or (
            len(grams & above) >= _ABOVE_SHARE * len(grams)) or not self.opens_report(line, j) or (
            self.names_title_term(j, self.open_title()))
        self.doubts.append(Doubt(line.text, "crosshead" if kept else "title"))  # a close call: the caller warns
        return kept

    def measures_around(self, j: int) -> tuple[float | None, float | None]:
        """The measures (see _measure) of the open story's prose above a lone line and of the prose
        from lines[j] on, as set widths: a line with digits in it (2020年) fills its column with
        more characters. A paragraph's first line, set in by its indent, is no vote: short paragraphs
        have as many of them as lines that fill the column."""
        indented = {line.text for line in self.lines[max(j - 3 * _MEASURE_LINES, 0) : j] if line.indented}
        above = [x for paragraph in self.body.paragraphs for x in paragraph if x not in indented][-_MEASURE_LINES:]
        below = []
        for line in self.lines[j : j + _MEASURE_LINES]:
            if self.structural(line):
                break
            if not line.indented:
                below.append(line.text)
        return _measure(above, text_width), _measure(below, text_width)

    def measures_apart(self, j: int, apart: float = _TITLE_OFF_COLUMN) -> bool:
        """A crosshead sits inside its story's column: the prose above a lone line and the prose
        from lines[j] on, set to measures *apart* or more apart, are two stories' columns.
        (A crosshead may run wider than its column, so a line's own width tells nothing.)"""
        above, below = self.measures_around(j)
        return above is not None and below is not None and abs(above - below) >= apart

    def over_other_column(self, line: Line) -> bool:
        """A line under the open story's finished paragraph whose prose under it is set to another
        measure (see measures_apart): the next story's title, whatever its width (a story's own
        crosshead sits in its column, and the story goes on in that column under it)."""
        k = self.at[id(line)]
        return (self.body is not None and bool(self.body.paragraphs) and 0 < k < len(self.lines) - 1
                and bool(p.SENTENCE_END.search(p.squeeze(self.lines[k - 1].text)))
                and self.measures_apart(k + 1, _OTHER_MEASURE))

    def parallel_to_crosshead(self, line: Line, same_marks: bool = False, above_only: bool = False) -> bool:
        """The open story holds a crosshead of the line's shape, above it or further down its prose:
        a lone line heading a part, as long as this one give or take _PARALLEL_SIZE (聚链成群的归属感 …
        政策护航的踏实感, 加速释放消费潜能 … 推进高水平对外开放). A feature heads its parts in parallel,
        with no byline, credit or dateline between them. *same_marks*: the crosshead is set mark for
        mark as the line, a space or a stop at the same places (文脉绵长 才子之乡 / 风骨卓然 情满人间).
        *above_only*: a crosshead the story printed above the line (further down, the prose may be
        another story's, under the line as its title)."""
        if not _PARALLEL_MIN <= line.size <= _PARALLEL_MAX or self.body is None or self.body.start == "caption":
            return False
        k = self.at[id(line)]
        marks = _marks(line.text)
        heads = self.crossheads_above(k) + ([] if above_only else self.crossheads_below(k))
        return any((_marks(head.text) == marks and bool(marks.strip("x"))) if same_marks
                   else abs(head.size - line.size) <= _PARALLEL_SIZE for head in heads)

    def series_of_crossheads(self, line: Line) -> bool:
        """The labeller leans to a crosshead in the line, not a deck, and in a lone head further down the
        story's prose, before anything ends the story (`crossheads_below`): a long report heads its parts
        in a series, each as long as its argument needs (习近平总书记重要指示是做好新时代政法工作的根本遵循
        … 努力建设更高水平的平安中国、法治中国), where a new story under its title opens with its own lead
        or byline. The series tells nothing of a line over prose on another matter: the next feature's
        title, its own crossheads under it (热辣沸腾，不夜重庆 … “江崖街洞天”烟火氤氲)."""
        return (self.labelled and self.leans_to_crosshead(line)
                and any(self.leans_to_crosshead(head) for head in self.crossheads_below(self.at[id(line)])))

    @staticmethod
    def leans_to_crosshead(line: Line) -> bool:
        """The labeller reads the line as a crosshead more than as a deck line, and likelier than not."""
        crosshead = line.prob("crosshead")
        return crosshead >= _CROSSHEAD_LEAN and line.prob(*labeller.DECK) < crosshead

    def crossheads_above(self, k: int) -> list[Line]:
        """The lines of the open story above lines[k] that head a part of it (see lone_head)."""
        body = self.body
        read = {p.squeeze(x) for paragraph in body.paragraphs for x in paragraph}
        firsts = {p.squeeze(paragraph[0]) for paragraph in body.paragraphs if paragraph}
        m = k - 1
        while m >= 0 and p.squeeze(self.lines[m].text) in read:
            m -= 1  # back to the story's first line read as its prose
        lines = self.lines[m + 1 : k]
        return [line for n, line in enumerate(lines[1:-1], 1)
                if p.squeeze(line.text) in firsts and self.lone_head(lines[n - 1], line, lines[n + 1 : n + 4])]

    def crossheads_below(self, k: int) -> list[Line]:
        """Lone lines further down the prose under lines[k] (see lone_head), before anything ends the
        story (a byline, a lead, a credit, an editor's line), each at least _PARALLEL_PART characters
        of prose on: the story's next parts' heads. A brief is shorter, and opens with its own lead."""
        heads, prose = [], 0
        lines = self.lines[k + 1 : k + 1 + _PARALLEL_AHEAD]
        for n, line in enumerate(lines):
            text = p.squeeze(line.text)
            if (self.structural(line) or line.after_furniture or p.CREDIT.search(text)
                    or _EDITOR_NOTE.match(p.compact(text))):
                break
            if (prose >= _PARALLEL_PART and n and self.headline_candidate(line)
                    and self.lone_head(lines[n - 1], line, lines[n + 1 : n + 4], narrower=2)):
                heads.append(line)
                prose = 0
            else:
                prose += line.size
        return heads

    def lone_head(self, above: Line, line: Line, below: list[Line], narrower: int = 1) -> bool:
        """A line heading a part of a story's prose: under a finished sentence, ending no clause, over
        prose (no byline or lead), and narrower than the lines under it in characters and in width
        by *narrower*, or wider than them (a paragraph's first line of prose fills its column; one
        indented with a space is narrower in width only when digits or letters fill it). Ahead of
        what was read, a prose line a column broke short is told apart by a wider margin."""
        text = p.squeeze(line.text)
        if not below or line.indented or not _PARALLEL_MIN <= line.size <= _PARALLEL_MAX:
            return False
        # the column's measure, a mark hung past its last character aside (……的国家。)
        column = [re.sub(r"[，。、；：！？,.;:!?”’」』）)]+$", "", p.compact(x.text)) for x in below]
        size, width = max(map(len, column)), max(map(text_width, column))
        return (bool(p.SENTENCE_END.search(p.squeeze(above.text))) and not self.structural(below[0])
                and not re.search(r"[，、；：,;:]$", text) and not p.SENTENCE_END.search(text)
                and (line.size <= size - narrower and line.set_width <= width - narrower
                     or line.size >= size + _TITLE_OFF_COLUMN and line.set_width >= width + _TITLE_OFF_COLUMN))

    def restated_by_lead(self, line: Line, j: int) -> bool:
        """The prose from lines[j] on opens with the line's first _LEAD_RESTATES characters or more."""
        prose = p.compact("".join(x.text for x in self.lines[j : j + 8]))[:_CROSSHEAD_CONTEXT]
        opening = prose.lstrip("【[")  # a digest repeats its title in brackets: 【眾新聞中國組 28/05/2021】
        return len(os.path.commonprefix([p.compact(line.text), opening])) >= _LEAD_RESTATES

    def opens_report(self, line: Line, j: int) -> bool:
        """The prose from lines[j] on opens as a news report's lead under its title: its first
        sentence says when the thing happened (今天, 日前, 5月3日), or it opens with the line's own
        first words (全球首例大熊猫三胞胎 / 全球首例大熊猫三胞胎，出生50多天后……). A crosshead's
        paragraph goes on with the story's argument, a quote or its next speaker (在精准上下功夫 /
        “脱贫攻坚，要在精准上下功夫……”), undated. A line opening with a dash is a title's subtitle,
        never a crosshead, whatever the prose under it says."""
        return p.squeeze(line.text).startswith(_DASHES) or self.report_lead(line, j)

    def report_lead(self, line: Line, j: int) -> bool:
        """The prose from lines[j] on is a report's lead: its first sentence says when, or it restates the line."""
        prose = p.compact("".join(x.text for x in self.lines[j : j + 8]))[:_CROSSHEAD_CONTEXT]
        return bool(p.NEWS_TIME.search(re.split(r"[。！？!?]", prose)[0])) or self.restated_by_lead(line, j)

    def forum_open(self) -> bool:
        """The open story is a forum of letters: an editor's note signed with a dash (——编 者) opens it,
        presenting the letters under it, or a speaker's name and role stand alone on a line over one
        part (张 也（歌唱演员）), as over each of its parts. Elsewhere a head over a writer's bare name starts
        a new story."""
        body = self.body
        return body is not None and (self.parts_announced() or any(
            (len(paragraph) == 1 and _QUOTE_SOURCE.match(p.compact(paragraph[0])))
            or any(_NAME_AND_ROLE.match(line.strip()) for line in paragraph) for paragraph in body.paragraphs))

    def parts_announced(self) -> bool:
        """An editor's note opens the open story (编者按：…, or a note signed ——编 者): it presents the
        parts under it, each headed and signed by its own reporter or speaker, each on a matter of its
        own (one village, one worksite), so their words need not be each other's."""
        body = self.body
        return body is not None and any(
            _EDITOR_NOTE_LABEL.search(p.compact("".join(paragraph))[:_NOTE_LABEL_WITHIN])
            or _NOTE_SIGNED.match(p.compact(paragraph[-1])) for paragraph in body.paragraphs[:_NOTE_PARAGRAPHS])

    @staticmethod
    def sidebar_label(paragraph: list[str]) -> bool:
        """A paragraph that is only the label of a story's sidebar (记者手记, 相关链接): what follows is
        the story's own. An editor's note (编者按) introduces the story under it instead."""
        label = p.compact(paragraph[-1])
        return len(paragraph) == 1 and bool(p.BOX_HEAD.match(label)) and not _EDITOR_NOTE.match(label)

    def new_subject(self, j: int, shared: int = 0, words_above: int = _SUBJECT_WORDS_ABOVE, title: str = "",
                    numbers: bool = True, whole_below: int = _SUBJECT_WORDS_BELOW, to_item: bool = False) -> bool:
        """The prose from lines[j] on shares no word (no two ideographs in a row) with the last
        characters of the story above, or no more than *shared* words any story says (重要, 以来): it
        speaks of something else, so a line between them opens a new story. A crosshead's paragraph
        goes on with the story's names and terms. Both sides must be long enough to say so: the
        story above at least *words_above* words (a brief says less), its *title* counted with it,
        the prose below _SUBJECT_WORDS_BELOW, or *whole_below* where it ends (a byline, a lead, an
        editor's line or the page's end closes it) within those lines: all a short item says.
        *numbers*: numbers the two share (20, 0日) count as shared words. *to_item*: the prose ends at
        the next item's title too, in a column of briefs (`titles_next_item`)."""
        above = _words(self.story_tail())
        above |= _words(p.compact(title))
        prose = self.prose_from(j, _SUBJECT_LINES, to_item)
        below = _words(p.compact("".join(x.text for x in prose))[:_SUBJECT_BELOW])
        # it ends where a finished sentence meets a byline, a lead, an editor's line or the page's end
        whole = len(prose) < _SUBJECT_LINES and bool(p.SENTENCE_END.search(p.squeeze(prose[-1].text)))
        return (len(above) >= words_above and len(below) >= (whole_below if whole else _SUBJECT_WORDS_BELOW)
                and sum(numbers or bool(_IDEOGRAPHS.fullmatch(word)) for word in above & below) <= shared)

    def names_title_term(self, j: int, title: str) -> bool:
        """The prose from lines[j] on names a name or term (a word rarer than _RARE_WORD in jieba's
        dictionary) that the open story's *title* names: the story's subject goes on under a lone line.
        Words the story above merely says are no sign (a Hong Kong page's stories all name 立法会)."""
        if not title:
            return False
        prose = self.prose_from(j, _SUBJECT_LINES)
        below = p.compact("".join(x.text for x in prose))[:_SUBJECT_BELOW]
        return bool(_rare_words(p.compact(title)) & _rare_words(below))

    def story_tail(self) -> str:
        """The open story's last _ABOVE_CONTEXT characters, compacted: what a lone line under it is
        weighed against."""
        return "".join(p.compact(x) for para in self.body.paragraphs for x in para)[-_ABOVE_CONTEXT:]

    def no_rare_word_shared(self, j: int, whole_story: bool = False) -> bool:
        """The prose from lines[j] on and the last characters of the story above (*whole_story*: all
        of it) share no word rarer than _RARE_WORD in jieba's dictionary (names and terms: 梁振英, 小巴): the words
        any column says (可以, 政府, 支持) tell nothing, and a part of the same story goes on
        naming what it names. Both sides must be long enough to say so, as in `new_subject`."""
        above = ("".join(p.compact(x) for para in self.body.paragraphs for x in para) if whole_story
                 else self.story_tail())
        below = p.compact("".join(x.text for x in self.lines[j : j + 12]))[:_SUBJECT_BELOW]
        if len(_words(above)) < _SUBJECT_WORDS_ABOVE or len(_words(below)) < _SUBJECT_WORDS_BELOW:
            return False
        return not (_rare_words(above) & _rare_words(below))

    def prose_from(self, j: int, most: int, to_item: bool = False) -> list[Line]:
        """Up to *most* lines from lines[j] on, stopping before a byline, lead or credit line, or an
        editor's line, that closes that prose: a short story's subject is not the next story's.
        *to_item*: also before the next item's title in a column of briefs (`titles_next_item`)."""
        prose = self.lines[j : j + 1]
        for line in self.lines[j + 1 : j + most]:
            if line.after_furniture or self.structural(line) or (to_item and self.titles_next_item(prose[-1], line)):
                break
            prose.append(line)
        return prose

    def titles_next_item(self, above: Line, line: Line) -> bool:
        """A lone line under the finished sentence of the line *above* that may title the next item of
        a column of briefs: a headline's look with no clause in it, set off the column's width, or
        as wide as the column where the paragraph surely ended above it (a blank line, a short last
        line). A line of prose as wide as the column opens a sentence with no comma in it too."""
        return (bool(p.SENTENCE_END.search(p.squeeze(above.text))) and self.headline_candidate(line)
                and not _CLAUSE_MARK.search(line.text)
                and (abs(line.set_width - self.width) >= 2 or line.blank_before or above.set_width <= self.width - 2))

    def signed_below(self, j: int) -> bool:
        """A byline closes the prose from lines[j] on within _SIGNED_BELOW lines."""
        k = j + len(self.prose_from(j, _SIGNED_BELOW))
        return k < len(self.lines) and _is_byline(self.lines[k].text)

    def next_brief(self, i: int) -> bool:
        """In a column of briefs, a paragraph after a finished one whose prose shares no word with
        the item above, or a word or two any story says, is the next item (briefs often print no
        title): a brief's paragraphs speak of one thing, and of what the item's title says."""
        body = self.body
        if not (body is not None and body.start != "caption" and bool(body.paragraphs) and self.in_column_of_briefs()
                and bool(p.SENTENCE_END.search(p.squeeze(body.paragraphs[-1][-1])))):
            return False
        said = self.open_title()
        # a sentence may end where the column does inside a paragraph: a short brief's end is sure only
        # at a short last line, or a blank line where the page sets none inside its paragraphs
        ended = ((self.lines[i].blank_before and not self.blanks_inside_paragraphs)
                 or (i > 0 and self.lines[i - 1].set_width <= self.width - 2))
        words_above = _BRIEF_SUBJECT_WORDS if ended else _SUBJECT_WORDS_ABOVE
        # briefs give counts; the column's last item may say little
        # a short item says all it says before the next one's title: the words past it are that item's
        if not self.new_subject(i, _SUBJECT_SHARED, words_above, said, numbers=False, whole_below=_BRIEF_SUBJECT_WORDS,
                                to_item=True):
            return False
        if self.names_open_item(i, said):
            self.item_told_on = body  # one brief in two paragraphs: the column goes on past it
            return False
        return True

    def names_open_item(self, i: int, title: str) -> bool:
        """The paragraph from lines[i] names a name or term (卢拉, 洗钱罪) that the open item, its *title*
        counted, names too: it goes on telling that item (去年7月，卢拉被判……), for a brief speaks of one
        thing and the next brief of another, and words any story says (目前, 表示) tell nothing of that."""
        item = p.compact(title) + "".join(p.compact(x) for para in self.body.paragraphs for x in para)
        prose = p.compact("".join(x.text for x in self.prose_from(i, _SUBJECT_LINES, to_item=True)))[:_SUBJECT_BELOW]
        return len(_rare_words(item, _NAME_WORD) & _rare_words(prose, _NAME_WORD)) >= _ITEM_NAMES_SHARED

    def open_title(self) -> str:
        """The title read just over the open story's prose, or ""."""
        at = next(n for n, piece in enumerate(self.pieces) if piece is self.body)
        title = self.pieces[at - 1] if at > 0 else None
        return "".join(line.text for line in title.lines) if isinstance(title, HeadlineRun) else ""

    def in_column_of_briefs(self) -> bool:
        """Whether the open body is an item of a column of briefs: the column ends where an item
        runs longer than a brief (a feature under the round-up, its crossheads its own)."""
        body = self.body
        if self.in_brief_column and body is not None and body is not self.item_told_on and sum(
                len(p.compact(x)) for paragraph in body.paragraphs for x in paragraph) >= _BRIEF_ITEM_CHARS:
            self.in_brief_column = False
        return self.in_brief_column

    def next_item(self, line: Line) -> str:
        """Whether a line after a finished paragraph opens the next item of a column of briefs, and
        how: "marked" (■, ● opens every item, titled or not), "untitled" (an untitled item is one
        paragraph: the end of its paragraph, a short last line or a blank line, ends it; not a blank
        line on a page that sets them inside its paragraphs), "titled"
        (under a titled item, a line with no clause mark that does not fill the column is the
        next item's title), or "" (no new item)."""
        body = self.body
        if body is None and self.pieces and isinstance(self.pieces[-1], BriefColumn):
            return "marked" if _ITEM_MARK.match(line.text) else ""  # the column's first item
        if body is None or not body.paragraphs or not self.in_column_of_briefs():
            return ""
        if _ITEM_MARK.match(line.text):
            return "marked"
        k = self.at[id(line)]
        at = next(n for n, piece in enumerate(self.pieces) if piece is body)
        if at > 0 and isinstance(self.pieces[at - 1], HeadlineRun):
            titled = (self.headline_candidate(line) and not re.search(r"[，、；,;]", line.text)
                      and abs(line.set_width - self.width) >= 2
                      and not self.item_opens_prose(line))  # as wide as the column under it: its prose
            return "titled" if titled else ""
        heads = [n for n, piece in enumerate(self.pieces) if isinstance(piece, BriefColumn)]
        titled_column = bool(heads) and isinstance(self.pieces[min(heads[-1] + 1, len(self.pieces) - 1)], HeadlineRun)
        untitled = (at > 0 and isinstance(self.pieces[at - 1], (BriefColumn, Body)) and k > 0
                    and body.start == "plain" and not titled_column
                    and not self.marked_items  # where marks open the items, only a mark opens one
                    # a blank line ends the paragraph, unless the page sets blank lines inside its paragraphs
                    and ((line.blank_before and not self.blanks_inside_paragraphs)
                         or self.lines[k - 1].set_width <= self.width - 2))
        return "untitled" if untitled else ""

    def item_title_over_lines(self, i: int) -> int:
        """How many lines from i (two or three) are the title of a column of briefs' next item that
        the column wrapped over its lines (■中共中央办公厅印发《 / 干部选拔任用工作监督检 / 查和责任追究办法》 /
        近日，中共中央办公厅……): lines with no clause or sentence mark in any of them, what they open in
        brackets or quotes closed, over the item's prose, which holds a mark at once (or, set apart, in
        its next column line). Prose does not run two lines without a mark and stop there: its sentence goes on,
        a word running across the lines' end. The prose is set apart under a blank line, or says the
        lines' words again, as a brief's first sentence says its title's, under a last line off its
        column's width (a line as wide is the prose's own first line)."""
        lines = self.lines
        starts_item = (self.in_column_of_briefs() if self.body is not None
                       else bool(self.pieces) and isinstance(self.pieces[-1], BriefColumn))
        if not starts_item:
            return 0
        for n in (2, 3):
            if i + n >= len(lines):
                return 0
            title, below = lines[i : i + n], lines[i + n]
            said = "".join(x.text for x in title)
            if (any(self.structural(x) or re.search(r"[，。、；：,;:！？!?]", x.text) for x in title)
                    or (self.blanks_part_blocks and any(x.blank_before for x in title[1:]))  # two blocks
                    or not _headline_sized(said) or _marks_left_open(said) != 0
                    # the column wraps a title by filling a line before it starts the next: under a line
                    # narrower than it, a last line as wide as the column is the prose's first line
                    # (亚残运会落幕 亚残运进入杭州时间 / 第三届亚洲……13日在印尼)
                    or (abs(title[-1].set_width - self.width) <= 1
                        and any(x.set_width <= title[-1].set_width - 2 for x in title[:-1]))):
                continue
            on = lines[i + n + 1].text if i + n + 1 < len(lines) else ""
            if self.structural(below) or not (re.search(r"[，。、；：,;:]", below.text) or (
                    below.blank_before and _as_wide(below, on) and re.search(r"[，。、；：,;:]", on))):
                continue  # the prose under a title holds a mark at once, or its next column line does
            left, right = p.compact(title[-1].text), p.compact(below.text)
            if word_across(left, right) or open_ended(left, right):
                return 0  # a word broken at the lines' end (……在京举 / 行，……): one sentence
            grams = p.bigrams(p.compact(said))
            following = p.bigrams(p.compact("".join(x.text for x in lines[i + n : i + n + 6]))[:_CROSSHEAD_CONTEXT])
            # a prose line as wide as the column under a title is its prose's first line, not the title's last
            if below.blank_before or (len(grams & following) >= _TITLE_ECHO * len(grams)
                                      and not _as_wide(title[-1], below.text)):
                return n
        return 0

    def marked_item_opens_prose(self, i: int) -> bool:
        """A marked line whose words run on into the next line, and that line's into the one under it,
        which holds a clause mark (■省机械工业联合会今 / 天（15日）发布的信 / 息显示，……): one
        sentence the column broke, the item's text. A marked title the column wrapped ends its words
        at a line's end before the prose opens."""
        lines = self.lines
        if i + 2 >= len(lines) or any(x.blank_before or self.structural(x) for x in lines[i + 1 : i + 3]):
            return False
        first, second, third = (p.compact(x.text) for x in lines[i : i + 3])
        return (bool(re.search(r"[，。、；：,;:]", third)) and word_across(first, second)
                and word_across(second, third))

    def item_opens_prose(self, line: Line) -> bool:
        """A marked line that is the first line of an untitled item's text, not its title: it
        fills the column of the lines under it (the mark takes a character's room), the text
        goes on under it, and that text does not repeat its words. A blank line under it parts a
        title from its text, but not a line that holds a clause mark (■大年初二，全国各地…的迎新春庆 /
        佳节活动继续开展，…): OCR leaves blank lines between prose lines too; nor on a page that sets
        blank lines inside its paragraphs."""
        k = self.at[id(line)]
        below = self.lines[k + 1 : k + 4]
        if not below or self.echoed_below(line) or (below[0].blank_before and not self.blanks_inside_paragraphs
                                                    and not re.search(r"[，、；,;]", line.text)):
            return False
        full = []  # the lines of its paragraph: an item of three lines ends before the next item's
        for x in below:
            if p.SENTENCE_END.search(p.squeeze(x.text)):
                break
            full.append(x.set_width)
        mark = 1 if _ITEM_MARK.match(line.text) else 0
        return abs(line.set_width + mark - statistics.median(full or [x.set_width for x in below])) <= 1

    def read_classifieds(self, i: int) -> int:
        lines = self.lines
        j = i + 1
        while j < len(lines):
            text = lines[j].text
            squeezed = p.squeeze(text)
            if (lines[j].column_head or p.is_byline(text) or p.LEAD.match(squeezed) or p.JUMP_FROM.match(squeezed)
                    or _is_credit_only(text) or _story_after_ads(lines, j)):
                break
            j += 1
        # Headline lines of the next story may sit between the last ad and its byline,
        # the writer's bare name under them (…超大城市治理 / 张树华 / 新华社福州…电).
        end = j
        if end - 2 > i and _writer_under_title(lines, end - 1):
            end -= 1
        while end - 1 > i and _headline_after_ads(lines[end - 1].text):
            end -= 1
        self.end_body()
        self.pieces.append(ClassifiedBlock(len(self.pieces), [line.text for line in lines[i:end]]))
        return end


def title_read_as_prose(body: Body) -> str | None:
    """The first line of a story that no headline went to, when it is that story's title read as
    its prose (a title right above its lead, no blank line between): a line with no clause or
    sentence mark, not a lead's first words, that the line under it does not go on from (no word
    across the break, nothing left open), and that either stands clearly narrower or wider than the
    story's own column (a prose line that ends no sentence fills its column) or whose words the
    prose under it repeats (a lead restates its title). Returns the line, or None."""
    if body.start != "plain" or not body.paragraphs or len(body.paragraphs[0]) < 2:
        return None
    first, rest = body.paragraphs[0][0], [x for para in body.paragraphs for x in para][1:]
    squeezed = p.squeeze(first)
    if (re.search(r"[，。、；：,;:！？!?]", first) or len(p.compact(first)) < _ECHO_MIN
            or p.CONTINUES.match(p.squeeze(rest[0])) or p.LEAD.match(p.squeeze(first + rest[0]))
            or p.is_byline(first) or p.CREDIT.search(first) or p.BOX_HEAD.match(p.compact(first))
            or re.match(f"[{_TITLE_MARKS}]", first) or _ENUMERATED.match(p.compact(first))
            or _marks_left_open(squeezed) != 0):
        return None
    if title_wrapped(first, rest[0]):
        return None
    widths = [text_width(x) for x in rest if not p.SENTENCE_END.search(p.squeeze(x))]
    if len(widths) < 3:
        return None
    column = collections.Counter(widths).most_common(1)[0][0]
    off_column = abs(text_width(first) - column) >= _TITLE_OFF_COLUMN
    grams = p.bigrams(first)
    echo = len(grams & p.bigrams(p.compact("".join(rest))[:_CROSSHEAD_CONTEXT])) >= _TITLE_ECHO * len(grams)
    return first if off_column or (echo and not _clause_said_again(first, rest)) else None


def signed_title_read_as_prose(body: Body) -> tuple[list[str], str] | None:
    """A headline-less story whose first paragraph opens with one or two deck lines and the writer's
    bare name under them (乡村纪实性文化节目：用镜头助 / 力乡村文化振兴 / 于凌炜 / 近年来，…): the title
    (and subtitle) the reader took for prose, and its byline; a story's prose never holds a name
    alone on a line. Returns (deck lines, name), or None."""
    if body.start != "plain" or not body.paragraphs:
        return None
    first = body.paragraphs[0]
    for k in (1, 2):
        if len(first) < k + 2 or not p.BARE_NAME_LINE.match(p.compact(first[k])) or words_not_a_name(first[k]):
            continue
        deck = first[:k]
        if any(re.search(r"[。；;！？!?]", x) or p.LEAD.match(p.squeeze(x)) or p.is_byline(x) or p.CREDIT.search(x)
               or p.BOX_HEAD.match(p.compact(x)) or p.CONTINUES.match(p.squeeze(x))
               or len(p.compact(x)) > _MAX_HEADLINE_LINE or len(p.compact(x)) <= len(p.compact(first[k])) for x in deck):
            return None
        following = p.compact("".join(first[k + 1 :] + [x for para in body.paragraphs[1:2] for x in para]))
        if any(gram in following[:_CROSSHEAD_CONTEXT] for gram in p.bigrams(first[k])):
            return None  # the prose names them: a name of the story, not its writer
        return deck, first[k]
    return None


def title_of_untitled_article(body: Body) -> str | None:
    """The first line of an article-length story that no headline went to, when it is the title
    the reader took for prose: papers print briefs and continuations untitled, never an article,
    so there a line that closes no sentence and that the line under it does not go on from (no
    word across the break, nothing left open) is the title, whatever its width. A clause mark
    inside it (读书，是一场修行) is a title's only where the line stands narrower than the column: a
    prose line holding one fills its column. A line ending in a dash introduces a title (a
    kicker: 河北乐亭加强区域化党建工作——). Returns the line, or None."""
    if body.start != "plain" or not body.paragraphs or len(body.paragraphs[0]) < 2:
        return None
    first, rest = body.paragraphs[0][0], [x for para in body.paragraphs for x in para][1:]
    if len(p.compact("".join(rest))) < _UNTITLED_ARTICLE_CHARS:
        return None
    squeezed = p.squeeze(first)
    if (re.search(r"[。；;！？!?]", first) or len(p.compact(first)) < _ECHO_MIN or len(p.compact(first)) > _MAX_HEADLINE_LINE
            or p.OPEN_END.search(squeezed) or squeezed.endswith(_DASHES) or p.CONTINUES.match(p.squeeze(rest[0]))
            or p.CONTINUES.match(squeezed)
            or p.LEAD.match(p.squeeze(first + rest[0])) or p.is_byline(first) or p.CREDIT.search(first)
            or p.SUPPLIED_CREDIT.search(first) or p.BOX_HEAD.match(p.compact(first))
            or _ENUMERATED.match(p.compact(first)) or p.JUMP_FROM.match(squeezed)
            or _marks_left_open(squeezed) != 0):
        return None
    if title_wrapped(first, rest[0]):
        return None
    if re.search(r"[，、：,:]", first):
        widths = [text_width(x) for x in rest if not p.SENTENCE_END.search(p.squeeze(x))]
        if len(widths) < 3 or text_width(first) > collections.Counter(widths).most_common(1)[0][0] - _TITLE_OFF_COLUMN:
            return None  # a line wider than the column may be a whole sentence OCR set on one line
    return first


def title_tail_read_as_prose(title: str, body: Body) -> str | None:
    """The first line of a story right under its title, when it is the rest of that title the
    column broke inside a word or left open (…公路水路交通固 / 定资产投资达…亿元, 丁薛祥出 / 席…座谈会):
    the labeller reads such a tail, alone, as prose. Not a lead, no clause or sentence mark in
    it, and the line under it does not go on from it (prose runs on across its lines; a title's
    last line ends there); nor a line opening with an item's mark (◆山东: a crosshead the story
    opens with). Returns the line, or None."""
    if body.start != "plain" or not body.paragraphs or not body.paragraphs[0]:
        return None
    lines = [x for para in body.paragraphs for x in para]
    first = lines[0]
    if (len(lines) < 2 or re.search(r"[，。；！？,;!?]", first) or p.LEAD.match(p.squeeze(first))
            or p.is_byline(first) or p.CREDIT.search(first) or _ITEM_MARK.match(first.strip())):
        return None
    if not title_wrapped(title, first) or title_wrapped(first, lines[1]):
        return None
    return first


_TAGGED_TAIL_WORDS = 6  # characters of a title's last words, at most, read as prose with its tag after them


def title_tag_read_as_prose(title: str, body: Body) -> int:
    """How many of a story's first lines (one or two) are the end of the title right above it, read
    as prose: the title's column tag (…供需对接更便利 / （统筹抓好…各项工作 / ）), or its last words and
    the tag after them (服务贴心 旅途 / 舒心（2020春运一线）). A daily closes a title on its tag;
    prose does not open with a bracketed name that ends on the line's end. Not under a title that
    has its tag, no clause or sentence mark before the tag, not a credit or an aside (see
    `tag_closes_title`); the line under them starts afresh."""
    if body.start != "plain" or not body.paragraphs or _COLUMN_TAG_END.search(p.compact(title)):
        return 0
    first = body.paragraphs[0]
    for n in (1, 2):
        if len(first) <= n:
            return 0
        joined = p.compact(p.raw_join(first[:n]))
        tag = _COLUMN_TAG_END.search(joined)
        if tag is None:
            continue
        words = joined[: tag.start()]
        if (len(words) <= _TAGGED_TAIL_WORDS and not re.search(r"[，。；！？：,;!?:、]", words)
                and tag_closes_title(title + words, tag.group()) and _marks_left_open(joined) == 0
                and not p.LEAD.match(joined) and not p.CREDIT.search(joined) and not p.CONTINUES.match(first[n])):
            return n
    return 0


def _clause_said_again(first: str, rest: list[str]) -> bool:
    """The clause the first line opens, read on into the line under it, stands again further down
    (供电公司提醒市民科学 / 用电、… 供电公司提醒市民科学用电): the words the prose repeats are a
    sentence said twice, not a title its lead restates."""
    going_on = re.match(r"[^，。、；：,;:！？!?（）()“”]*", p.compact(rest[0])).group()
    if len(going_on) < 2:
        return False
    return p.compact(first) + going_on in p.compact("".join(rest))


# A column's name in brackets closing a title line (……（民生观）, ……（大家谈②）): the name is group 1.
_COLUMN_TAG = re.compile(rf"[（(]([{p.CJK}·]{{2,10}}[①-⑩]?)[）)]$")
# What brackets at a line's end hold that is no column's name: a credit or a source (记者 X, 新华社),
# an end mark (待续), or prose's aside: a short name for what it just named, an exception, a
# pseudonym, a place in a picture, who holds a pictured piece (民間人權陣線（下稱民陣）, 全球各地（中國內地除外）,
# 党校（行政学院）, （浙江省档案馆藏）).
_NOT_COLUMN_TAG = re.compile(p.either_script(
    r"记者|编辑|通讯员|整理|作者|摄|供图|图片|新华社|中新社|据|电|来源|待续|完|简称|下同|行政学院|社区|地区"
    r"|下[称稱]|以下|除外|化名|左|右|图|注|馆藏"))
_TAGGED_TITLE_CHARS = 40  # a title with its column's name runs at most this long
_COLUMN_TAG_END = re.compile(r"[（(][^（()）]{2,24}[）)]$")  # ……（礼赞70年）: the column's name, not the story's words
_LONE_TAG = re.compile(rf"[（(](?=[^（()）]*[{p.CJK}]{{2}})[^（()）。，！？；!?：:]{{2,24}}[）)]")
_DATED = re.compile(r"\d\s*[年月]\s*\d|\d[/／.]\d")  # （2025年10月29日）, (28/05/2021): a date, not a column


def _tag_line_under(above: Line, line: Line) -> bool:
    """A column's name in brackets alone on its line under a title line (“珍视历史的国家会有光明的未来” /
    （点赞中国·让友谊辉映未来）): the column broke the title before its tag, so both lines are the title's,
    though the tag alone reads as prose's aside. Not a credit, a source or an aside (see _NOT_COLUMN_TAG),
    nor a date, nor under a line that ends a sentence."""
    return not line.indented and tag_closes_title(above.text, line.text)


def tag_closes_title(above: str, line: str) -> bool:
    """The text of `_tag_line_under`: *line* is a lone column tag closing the title line *above*."""
    tag, title = p.compact(line), p.squeeze(above)
    return (bool(_LONE_TAG.fullmatch(tag)) and not _NOT_COLUMN_TAG.search(tag) and not _DATED.search(tag)
            and len(p.compact(title)) >= 4 and "。" not in title and not p.SENTENCE_END.search(title)
            and not re.search(r"[，、；：,;:]$", title))


def tagged_title_read_as_prose(body: Body) -> int:
    """How many of a headline-less story's first lines (one or two) are its title read as its prose:
    a title that ends with its column's name in brackets (致敬，平凡的英雄（民生观）, 共享优质教育，我们 /
    在路上（大家谈）), as 人民日报 and its kind set commentaries and features. Such a title may hold a
    comma, so `title_read_as_prose` does not take it. Not a lead or a byline, no sentence end, the
    bracket no credit, editor or aside of prose (党校（行政学院）); the prose under it starts afresh."""
    if body.start not in ("plain", "caption") or not body.paragraphs:
        return 0
    first = body.paragraphs[0]
    rest_chars = len(p.compact("".join(x for para in body.paragraphs for x in para)))
    for n in (1, 2):
        if len(first) <= n:
            return 0
        head, below = first[:n], first[n]
        joined = p.squeeze(p.raw_join(head))
        tag = _COLUMN_TAG.search(joined)
        if not tag or _NOT_COLUMN_TAG.search(tag.group(1)) or len(p.compact(joined[: tag.start()])) < _ECHO_MIN:
            continue
        if (len(p.compact(joined)) > _TAGGED_TITLE_CHARS or re.search(r"[。！？!?；;]", joined)
                or p.LEAD.match(joined) or p.is_byline(joined) or p.CREDIT.search(joined)
                or p.CONTINUES.match(p.squeeze(below)) or p.OPEN_END.search(joined[: tag.start()])
                or _marks_left_open(joined) != 0):
            continue
        if rest_chars < 2 * len(p.compact(joined)):
            return 0  # the story under a title is longer than its title
        return n
    return 0


def title_under_kicker(body: Body, introduced: bool = True) -> int:
    """How many of a story's first lines (one or two) are its title read as prose when its only
    headline is a kicker over it (武汉公交司机李旺富—— / “能为抗疫作贡献，我很自豪”（一线抗疫群英谱）):
    a title closing on its column's name in brackets, or a short line standing as a paragraph of
    its own; no sentence inside it, not a lead or a byline, and prose under it that does not go on
    from it. Under a headline line that does not end *introduced* (by a dash), only a title
    `tagged_title_read_as_prose` takes or a paragraph of its own over an editor's note (编者按) is
    a title: prose may start so."""
    if body.start not in ("plain", "caption") or not body.paragraphs:
        return 0
    first = body.paragraphs[0]
    for n in (1, 2):
        if len(first) < n:
            return 0
        joined = p.squeeze(p.raw_join(first[:n]))
        if len(first) > n and title_wrapped(joined, first[n]):
            continue  # the prose goes on from it (…组织（欧佩克） / 及“欧佩克+”后，…)
        unquoted = re.sub(r"“[^“”]*”|「[^「」]*」", "", joined)
        tagged = p.column_tagged(joined) and not _NOT_COLUMN_TAG.search(re.split(r"[（(]", joined)[-1])
        alone = len(first) == n and len(body.paragraphs) > 1
        if not introduced:
            tagged = tagged and tagged_title_read_as_prose(body) == n
            alone = alone and bool(body.paragraphs[1]) and bool(_EDITOR_NOTE.match(p.compact(body.paragraphs[1][0])))
        if (not (alone or tagged)
                or len(p.compact(joined)) > _TAGGED_TITLE_CHARS or re.search(r"[。；;]", unquoted)
                or (not alone and re.search(r"[！？!?]", unquoted)) or p.LEAD.match(joined)
                or p.is_byline(joined) or p.CREDIT.search(joined)
                or _marks_left_open(joined) != 0):
            continue
        if len(first) > n or len(body.paragraphs) > 1:
            return n
    return 0


def title_wrapped_under_kicker(body: Body) -> int:
    """How many of a story's first lines (one to three) are its title read as prose when its only
    headline is a kicker over it, the title set right above the prose with no blank line between
    (一架墜落巴基斯坦境內 / 巴基斯坦稱擊落印度兩戰機俘兩機 / 師 印傳媒：擊落巴軍F16戰機 / 印度與巴基斯坦軍事衝突
    惡化，……): each line off the prose's column, the last clearly narrower and ending no sentence, inside
    the story's first paragraph (prose breaks short only where its paragraph ends), and the prose under
    it not going on from it (no word across the break)."""
    if body.start != "plain" or not body.paragraphs:
        return 0
    first = body.paragraphs[0]
    widths = [text_width(x) for para in body.paragraphs for x in para if not p.SENTENCE_END.search(p.squeeze(x))]
    if len(widths) < _MEASURE_VOTES:
        return 0
    column = collections.Counter(widths).most_common(1)[0][0]
    taken = 0
    for n in range(1, _DECK_IN_PROSE + 1):
        if len(first) < n + 2:  # the paragraph's prose goes on for two lines at least
            break
        title, last, under = first[:n], p.squeeze(first[n - 1]), p.squeeze(first[n])
        joined = p.squeeze(p.raw_join(title))
        if (re.search(r"[。；;]", joined) or p.LEAD.match(joined) or p.is_byline(joined) or p.CREDIT.search(joined)
                or abs(text_width(last) - column) < 1):
            break  # a line as wide as the column is the prose's
        if (column - text_width(last) > _INDENT and not re.search(r"[，、,：:（(《“「]$", last)
                and not p.CONTINUES.match(under) and not title_wrapped(last, under)
                and _marks_left_open(joined) == 0):
            taken = n  # the title may wrap on over a further short line
    return taken


def introduces_next(line: Line) -> bool:
    """The line ends in a dash or a colon: it introduces what the lines under it say."""
    return bool(re.search(r"(?:——|—|－－|[：:])$", p.squeeze(line.text)))


_CLOSING_TAG = re.compile(r"[（(][^（(]*[）)]$")


@functools.lru_cache(maxsize=p.TEXT_CACHE_SIZE)  # asked of the same one to three lines each time a sentence is reread
def _tag_closes(deck: tuple[str, ...]) -> bool:
    """A column tag closes the lines (……两手抓（前沿观察）), after a title's words: a daily's
    mark, no sentence's (nor a photo's credit: 张三摄（影像中国）)."""
    titled = _CLOSING_TAG.sub("", p.compact("".join(deck)))
    return p.column_tagged(deck[-1]) and len(titled) >= _ECHO_MIN


@functools.lru_cache(maxsize=p.TEXT_CACHE_SIZE)  # asked for the open paragraph's last two lines at every line read
def _credit_finished_by(above: str, text: str) -> bool:
    """*text* finishes a photo credit *above* began after its caption's last sentence (`credit_broken_over_lines`)."""
    joined = p.raw_join([above, text])
    if p.SUPPLIED_CREDIT.search(joined) or p.GLUED_CREDIT.search(p.squeeze(joined)):
        return True
    credit = p.CREDIT.search(joined)
    return (credit is not None and len(p.compact(credit.group(0))) > len(p.compact(text))
            and bool(p.SENTENCE_END.search(p.squeeze(joined[: credit.start()]))))


@functools.lru_cache(maxsize=p.TEXT_CACHE_SIZE)
def _candidate_text(text: str, asking: bool) -> str:
    """The line as `headline_candidate` reads it: squeezed, and with *asking* its closing ？ or ！ let go."""
    squeezed = p.squeeze(text)
    return re.sub(r"[！？!?]$", "", squeezed) if asking else squeezed


# The deck lifter asks this of the same lines over and over, each time the sentence above them is read again.
@functools.lru_cache(maxsize=p.TEXT_CACHE_SIZE)
def _title_shaped_text(raw: str, open_end: bool, asking: bool) -> bool:
    """What `headline_candidate` asks of the line's own text: the size and shape of a title line,
    with no mark or opening of a sentence, lead, jump line, credit, caption, note or byline."""
    text = _candidate_text(raw, asking)
    return (
        _headline_sized(raw)
        and not _TABLE_MARKUP.search(text)
        and not p.BOX_HEAD.match(p.compact(raw))
        and not p.SENTENCE_END.search(text)
        and "。" not in text  # a headline never holds a full stop: ……峰。（记者 李佳）
        and (open_end or not p.OPEN_END.search(text))
        and not p.LEAD.match(text)
        and not p.JUMP_FROM.match(text)
        and not p.JUMP_TO.search(text)
        and not p.CREDIT.search(raw)
        and not p.SUPPLIED_CREDIT.search(raw)
        and not _CAPTION_OPENING.match(text)
        and not _EDITOR_NOTE_WORDS.match(text)  # 编者按：商务部等: the note's prose, never a title
        and not _is_byline(raw)
        and not _end_matter_line(raw)
    )


@functools.lru_cache(maxsize=p.TEXT_CACHE_SIZE)
def _headline_sized(text: str) -> bool:
    """Short enough for a headline line; a longer one only as a wire title of three or more phrases
    set apart by spaces, or one OCR read twice on its line, with no clause or sentence mark
    (prose run into one line holds them)."""
    size = len(p.compact(text))
    if size <= _MAX_HEADLINE_LINE:
        return True
    return (size <= _MAX_WIRE_HEADLINE and not re.search(r"[，。；;！？!?,]", text)
            and (len(text.split()) >= 3 or len(p.compact(p.undouble(text))) <= _MAX_HEADLINE_LINE))


def _title_goes_on(above: Line, line: Line) -> bool:
    """The line is the rest of a title line the column wrapped inside a word (我国北方地 /
    区遭遇大风降温天气): the labeller reads such a tail, alone, as prose."""
    return not line.blank_before and title_wrapped(above.text, line.text)


def _word_runs_on(above: Line, line: Line) -> bool:
    """A word runs on from the line above into this one, narrower, with no blank between (全国宣传部长会 /
    议在京召开): the rest of a title the column broke at its measure. A prose line as wide as the one
    above it (…用实际行 / 动践行初心和使命、体现) goes on the paragraph."""
    return (not line.blank_before and line.set_width < above.set_width
            and word_across(p.compact(above.text), p.compact(line.text)))


def _quote_runs_over(above: Line, line: Line) -> bool:
    """The line closes a quote the line above opened and left open (“中国发展前景不会因为当前的疫情而改 /
    变”): one quoted head the column broke, though OCR may leave a blank line between the two."""
    left, right = p.compact(above.text), p.compact(line.text)
    return left.count("“") > left.count("”") and right.endswith("”") and right.count("”") > right.count("“")


def _question_runs_over(above: Line, line: Line) -> bool:
    """A title that asks or exclaims runs on from the line above into this one (天安門今天會 /
    為李文亮下半旗嗎？, 月娥， / 我不想努力了！): the line above stops on a mark, a word of a
    word across the break, or a word that needs what follows (a preposition, a conjunction, an
    adverb, a particle or a modal verb); a kicker over such a title is a phrase of its own."""
    if p.OPEN_END.search(above.text) or _title_goes_on(above, line):
        return True
    words = list(loaded_posseg().cut(p.compact(above.text)))
    return bool(words) and (words[-1].flag in ("p", "c", "u", "d")
                            or (words[-1].flag == "v" and len(words[-1].word) == 1))


def _marks(text: str) -> str:
    """The line's layout of words and marks: each ideograph, letter or digit an x (文脉绵长 才子之乡 → xxxx xxxx)."""
    return re.sub(rf"[{p.CJK}A-Za-z0-9]", "x", text)


def _words(text: str) -> set[str]:
    """The text's two-ideograph sequences: the words it may share with other text."""
    return {gram for gram in p.bigrams(text) if len(gram) == 2}


def _rare_words(text: str, rarer_than: int = _RARE_WORD) -> set[str]:
    """The text's words (jieba's cut, two ideographs or more) rarer than *rarer_than*: names and terms."""
    return {word for word in loaded_jieba().cut(text)
            if len(word) >= 2 and _IDEOGRAPHS.fullmatch(word) and _word_frequency(word) < rarer_than}


# p.OPEN_END in two: a line left open on these introduces what follows it; on the others, a clause the sentence goes on from
_INTRODUCES_END = re.compile(r"[：:“‘「『（(《]$")
_CLAUSE_LEFT_OPEN = re.compile(r"[，,、；;]$")


def _mostly_ideographs(text: str) -> bool:
    """At least half the line's characters are ideographs: a prose line of the column, its figures
    set half or full width, not a line of Latin text."""
    compact = p.compact(text)
    return 2 * sum(map(len, _IDEOGRAPHS.findall(compact))) >= len(compact)


def _as_wide(line: Line, text: str) -> bool:
    """The line runs as wide as the prose line *text*, within an ideograph: a page may set digits and
    Latin letters half as wide as an ideograph or as wide, so either measure counts."""
    return (abs(line.set_width - text_width(text)) <= 1
            or abs(line.size - len(p.compact(text))) <= 1)


def _closes_unopened(text: str) -> bool:
    """The text closes a bracket or quote it did not open (见上图，新华社记者 X 摄）): it goes on from
    the text before it, as an aside inside a sentence does, never a caption of its own."""
    return any(text.count(closer) > text.count(opener) for opener, closer in _CLOSER.items())


def _marks_left_open(text: str) -> int:
    """Brackets and quotes the text opens and leaves open (negative: closes more than it opens)."""
    return sum(map(text.count, "（(《“「")) - sum(map(text.count, "）)》”」"))


def _bracket_open(paragraph: list[str]) -> bool:
    """The paragraph's last lines leave a bracket open (新华社杭州7月10日电（记者 王晨): what comes
    next is inside it."""
    text = "".join(paragraph[-3:])
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


_QUOTE_SOURCE = re.compile(rf"^(?:——|—|－－)[{p.CJK}·]{{2,5}}$")
# An editor's note: its label (after a dateline, at most), or its signature closing it.
_EDITOR_NOTE_LABEL = re.compile(p.either_script(r"编者(?:按|的话)[:：]"))
_NOTE_SIGNED = re.compile(p.either_script(r"^(?:——|—|－－)编者$"))
_LINES_OVER_NOTE = 2  # deck lines read as prose over an editor's note, at most


def _opens_on_editor_note(body: Body) -> bool:
    """The untitled prose holds an editor's note (编者按) over the story a lead opens next: the note
    opens the prose, or a line right under one or two lines no sentence ends (a deck line the column
    broke off, a kicker ending in a dash, read as prose); the note and the story are one story."""
    above = 0
    for line in (line for paragraph in body.paragraphs for line in paragraph):
        if _EDITOR_NOTE.match(p.compact(line)):
            return True
        above += 1
        if above > _LINES_OVER_NOTE or p.SENTENCE_END.search(p.squeeze(line)):
            return False
    return False


_NOTE_LABEL_WITHIN = 40  # characters of a paragraph: a dateline and its bracketed byline may come first
_NOTE_PARAGRAPHS = 3  # the story's first paragraphs: the note comes first, or after its lead
# who told a part of a story told in parts, over the reporter's credit (……护林员卢元红讲述)
_TOLD_BY = re.compile(p.either_script(r"^[^，。；：！？“”（）()]{2,40}(?:讲述|口述|自述)$"))
_COMPILED_BY = re.compile(p.either_script(r"^[（(]?(?:本报|特约|融媒体|见习)?记者[^，。；：（）()]{1,24}整理[）)]?$"))
# a speaker with titles: no clause mark, quote or bracket, ending in the name
_LONG_QUOTE_SOURCE = re.compile(rf"^(?:——|—|－－)[{p.CJK}·、A-Za-z0-9]{{4,40}}(?<=[{p.CJK}])$")
# the speaker's role, then the name (……院士邬贺铨, ……首席执行官海德·哈克曼)
_SOURCE_ROLE = re.compile(p.either_script(
    r"(?:院士|主席|教授|主任|书记|部长|局长|院长|校长|董事长|总裁|经理|首席|专家|研究员|代表|委员|会长|秘书长|执行官"
    r"|主编|作家|大使|总统|总理|省长|市长|县长|区长|村民|居民|得主|创始人|负责人|工程师|医生|教师|主持人|演员|运动员)"
    rf"[{p.CJK}·]{{2,}}$"))
_SOURCE_BREAK = re.compile(r"[，。；：！？,;:!?“”「」（）()《》]")  # a line the source cannot go on in
_SOURCE_LINES = 3
_CREDIT_LINES = 6  # an end credit the column broke over at most this many lines
_CREDIT_CHARS = 80
_WRAP_SLACK = 2  # a wrapped credit line may fall this many characters short of the column (half-width digits, a lost space)
# A credit with a colon under the story: where the data or the picture came from, who set the page.
_COLON_END_CREDIT = re.compile(p.either_script(
    r"^(?:数据来源|资料来源|图片来源|信息来源|来源|版式设计|版面设计|美术设计|设计|制图|图表制作|本版摄影|本版图片|摄影|策划|统筹)"
    r"[:：][^。！？!?]{1,40}$"))
# A web article's end matter under its last sentence (hkcnews, mainland sites): where it first ran,
# its case number, the writer's page, related links, notes, the photo's camera. Read in simplified.
_END_MATTER = re.compile(
    r"^[【\[]?(?:本文(?:原刊|原载|原文|转载|转自|首发|刊于|来源|由\S{2,30}提供)|原文(?:刊|载|链接|连结|网址|[:：])|原题"
    r"|原标题|标题为编辑所拟|案件编号|拍摄器材及参数"
    r"|(?:专页|相关新闻|相关文章|相关链接|相关连结|延伸阅读|深入阅读|作者简介|联系方式|联络方式|网址|网站|注释|注)[:：]"
    r"|[（(]注\d{1,2}[）)][:：])")
_MATTER_LABEL = re.compile(r"^[【\[]?(?:相关新闻|相关文章|相关报道|延伸阅读|深入阅读|相关链接|相关连结)[】\]]?(?:[:：]|$)")
_LINK_LINE = re.compile(r"^[^\s，。；！？]{0,12}[:：]?(?:https?://|www\.)")  # 專頁：https…, IG：http…, a bare address


def _end_matter_line(text: str) -> bool:
    """The line opens an article's end matter or a web address: never a deck line."""
    compact = p.compact(text)
    return bool(_END_MATTER.match(compact) or _LINK_LINE.match(compact))
# What a bracketed end credit says: who wrote it or what the writer is (作者为…, 作者单位：…, 本报记者 X
# 整理, 李 彤, the writer's unit), where it was filed (本报金边电, 新华社北京10月15日电, 据新华社电 记者 X), where more is.
_CREDIT_ASIDE = re.compile(p.either_script(
    r"^(?:作者|据|综合|本报|新华社|中新社|特约|记者|通讯员|实习生|相关报道|详见|更多报道|本文|本系列|本栏|以.{1,10}为序$)"
    r"|(?:电|报道|整理|采写|参与采写|参与采访|采访|供稿|编译|摘编|综合|执笔|撰稿|撰文|摄|编辑)$"
    r"|^.{2,30}(?:公司|集团|办公室|中心|中心组|研究中心|研究院|研究所|大学|学院|党委|党组|区委|市委|县委|省委|委员会)$"  # the writer's unit, a body signing it
    rf"|^[{p.CJK}]{{2,3}}$"))  # a name alone (the spaces inside it squeezed out)
# A photographer and the agency that sent the picture: 郑山河摄（人民视觉）, 李明摄（新华社发）.
_AGENCY_PHOTO_CREDIT = re.compile(p.either_script(rf"^[{p.CJK}·]{{2,5}}摄(?:影)?[（(][^（()）]{{2,12}}[）)]$"))


def _closing_bracket(text: str) -> int | None:
    """Where the bracket opening *text* closes, or None while it is open."""
    depth = 0
    for n, char in enumerate(text):
        depth += char in "（("
        depth -= char in "）)"
        if depth == 0:
            return n
    return None


# A credit set as roles and colons, as Hong Kong papers print it: 文：X 圖：Y, 記者：X, 文：眾新聞記者.
# A reporter's rank or desk may stand before the role (实习记者：X, 中国组记者：X), and a second name
# follow a 、 (记者：X、Y) when it is a name by its surname (a Q&A's 记者：形式主义、官僚主义 lists words).
_ROLE_COLON_BYLINE = re.compile(p.either_script(
    r"^(?:(?:文|图|文字|撰文|摄影|(?:_H{1,4}组)?(?:实习|见习|首席|特约)?记者|采访|编辑)\s*[:：]\s*_N(?:\s+_N|\s*、\s*_B){0,2}\s*){1,3}$"
    .replace("_N", r"[^\s，。、：:；;！？!?（）()“”「」]{2,6}").replace("_H", rf"[{p.CJK}]").replace("_B", p.BARE_NAME)))


@functools.lru_cache(maxsize=p.TEXT_CACHE_SIZE)
def _is_byline(text: str) -> bool:
    """A byline or credit line; a sidebar's label is none, though 记者手记 reads as a role and a name."""
    if p.BOX_HEAD.match(p.compact(text)):
        return False
    return p.is_byline(text) or bool(_ROLE_COLON_BYLINE.match(text))


_SLASH_CREDIT = re.compile(p.either_script(r"^[文图摄][/／]"))  # 文／記者 X 圖／記者 Y: roles set with a slash
# a correspondent (通讯员) co-signs a whole story with the paper's reporter; a round-up's parts are its reporters' own
_CORRESPONDENT = re.compile(p.either_script(r"通讯员"))


def _reporter_byline(text: str) -> bool:
    """A byline naming a reporter by role and name (本报记者 X, □首席记者 X 通讯员 Y), no writer's credit mark."""
    bare = p.strip_layout(text).strip()
    return p.is_byline(text) and bool(p.BYLINE_LINE.match(bare)) and not _SLASH_CREDIT.match(bare)


def _table_rows(lines: list[Line], i: int) -> int:
    """How many lines from i form a data table (a head such as 今明天气 or 今日菜价, perhaps its
    column names, then at least two rows of as many short fields, holding numbers), or 0."""
    if not p.TABLE_HEAD.match(p.compact(lines[i].text)) or p.SENTENCE_END.search(lines[i].text):
        return _headless_table_rows(lines, i)
    j = i + 1
    if j < len(lines) and _TABLE_COLUMNS.match(lines[j].text):
        j += 1
    rows = j
    while (j < len(lines) and lines[j].size <= 24 and re.search(r"\d", lines[j].text) and _TABLE_ROW.match(lines[j].text)
           and len(lines[j].text.split()) == len(lines[rows].text.split())):  # a title under it is no row
        j += 1
    return j - i if j - rows >= 2 else 0


def _headless_table_rows(lines: list[Line], i: int) -> int:
    """How many lines from i are rows of a table whose head was lost or read elsewhere (as
    the page's header, or in another column): at least three rows of items and their values
    in one unit (黄瓜 14.80元/斤 / 香蕉 17.90元/斤 / 青椒 5.00元/斤), or 0. Prose never runs
    so: a word, a space and a figure with its unit, line after line."""
    first = _ITEM_VALUE_ROW.match(lines[i].text)
    if not first:
        return 0
    j = i + 1
    while j < len(lines) and (row := _ITEM_VALUE_ROW.match(lines[j].text)) and row.group(1) == first.group(1):
        j += 1
    return j - i if j - i >= _TABLE_MIN_ROWS else 0


_PROSE_AFTER_ADS = 30  # characters of prose, with no ad's marks, that tell a story from an ad


def _story_after_ads(lines: list[Line], j: int) -> bool:
    """A story that follows the ads with neither byline nor lead: one to three headline
    lines, perhaps the writer's bare name, then prose that says a sentence, with no phone
    number, ad number or 作废. An editor's note or a short column may break the first
    paragraph anywhere: a sentence said within its first lines is enough."""
    k = j
    while k < len(lines) and k - j < 3 and _headline_after_ads(lines[k].text):
        k += 1
    if k == j:
        return False
    if k < len(lines) and _writer_under_title(lines, k):
        k += 1
    paragraph = ""
    for line in lines[k : k + 8]:
        paragraph += p.squeeze(line.text)
        if p.SENTENCE_END.search(paragraph) and len(paragraph) >= _PROSE_AFTER_ADS:
            break
    return (
        len(paragraph) >= _PROSE_AFTER_ADS
        and bool(re.search(r"[。！？!?]", paragraph))
        and not p.PHONE.search(paragraph)
        and not p.AD_NUMBER.match(paragraph)
        and "作废" not in paragraph
    )


def _writer_under_title(lines: list[Line], k: int) -> bool:
    """lines[k] is a writer's bare name right under a headline line (乡土岁月长 / 张勋祥): no ad
    prints a name alone under a line with no number in it."""
    return k > 0 and bool(p.BARE_NAME_LINE.match(p.compact(lines[k].text))) and _headline_after_ads(lines[k - 1].text)


def _headline_after_ads(text: str) -> bool:
    squeezed = p.squeeze(text)
    return (
        not p.AD_NUMBER.match(squeezed)  # a headline may hold a date or a figure (8月份…为53.5%), not an ad's number
        and not re.search(r"\d{5,}", squeezed)  # nor a phone number's digits
        and (not p.SENTENCE_END.search(squeezed)  # a title may ask or exclaim (教練要車公打救！), no ad says so
             or (bool(_EXCLAIMED_END.search(squeezed)) and "。" not in squeezed
                 and len(p.compact(squeezed)) <= _EXCLAIMED_TITLE))
        and not p.AD_HEADER_WORDS.search(squeezed)
        and not p.CLASSIFIEDS_HEAD.match(squeezed)
        and not re.search(r"[，,、：:]$", squeezed)
        and len(squeezed) >= 4
    )


# A display advert's contact line: 热线：0579-87654321, 预约电话：…, 营销中心：….
_AD_CONTACT = re.compile(p.either_script(
    r"^[^，。！？,!?\d]{0,10}(?:热线|电话|咨询|查询|查詢|预约|营销中心|售楼处|订购|订餐|联系方式)[^，。！？,!?\d]{0,4}[:：]"))
# Where a display advert's shop is, under its phone number: 地址：金城路61号.
_AD_ADDRESS = re.compile(p.either_script(r"^(?:地址|店址|门店|营销中心|售楼处)[:：][^，。！？,!?；;]{2,24}$"))
_AD_LINES = 5


def _display_ad(lines: list[Line], i: int) -> int:
    """How many lines from i make a display advert set between stories (XX家居 周年庆 / 全场五折起 /
    热线：0579-87654321), or 0: one to five short lines with no sentence and no comma, the first
    without a colon, then a contact line with a phone number. A story never ends so."""
    k = i
    while k < len(lines) and k - i <= _AD_LINES:
        squeezed = p.squeeze(lines[k].text)
        if k > i and _AD_CONTACT.match(squeezed) and PHONE_NUMBER.search(squeezed):
            while k + 1 < len(lines) and _AD_ADDRESS.match(p.squeeze(lines[k + 1].text)):
                k += 1  # the shop's address under its phone
            return k - i + 1
        if re.search(r"[，。！？；,!?;、“”]", squeezed) or len(squeezed) > 16 or (k == i and re.search("[:：]", squeezed)):
            return 0
        k += 1
    return 0


def _credit_without_caption(text: str) -> bool:
    """A line that names only where a photo came from (东方图片 资料图片, 本报制图 资料图片): a
    supplied credit after at most a short label, no caption's words."""
    match = p.SUPPLIED_CREDIT.search(text)
    label = p.compact(text[: match.start()]) if match else ""
    return bool(match) and len(label) <= _CREDIT_LABEL and not re.search(r"[，。、；：！？,;:!?]", label)


@functools.lru_cache(maxsize=p.TEXT_CACHE_SIZE)
def _is_credit_only(text: str) -> bool:
    match = p.CREDIT.search(text) or p.SUPPLIED_CREDIT.search(text)
    return bool(match) and not p.compact(text[: match.start()])


def _is_classifieds_start(text: str, lines: list[Line], line: Line) -> bool:
    squeezed = p.squeeze(text)
    if p.CLASSIFIEDS_HEAD.match(squeezed):
        return True
    if squeezed == "广告":  # the word papers print over ads: a section of ads when a category or an ad follows
        k = next(n for n, x in enumerate(lines) if x is line)
        below = p.squeeze(lines[k + 1].text) if k + 1 < len(lines) else ""
        return bool(below) and (bool(p.AD_NUMBER.match(below)) or (
            len(p.compact(below)) <= 4 and bool(p.AD_HEADER_WORDS.search(p.compact(below)))))
    # An ad that starts without a section head: "8425招会计……13777532527".
    return bool(p.AD_NUMBER.match(squeezed)) and bool(p.MOBILE_NUMBER.search(squeezed))


def _measure(texts: list[str], size: Callable[[str], float] = lambda text: len(p.compact(text))) -> float | None:
    """The measure of the column the prose lines are set in: the *size* (characters, or
    `text_width`) most lines that run on (no paragraph's last line) share, or None when too few
    share one (prose not set in a column)."""
    sizes = [size(text) for text in texts if not p.SENTENCE_END.search(p.squeeze(text))]
    if not sizes:
        return None
    common, votes = collections.Counter(sizes).most_common(1)[0]
    return common if votes >= _MEASURE_VOTES and 2 * votes > len(sizes) else None


def _column_width(lines: list[Line]) -> int:
    sizes = [line.size for line in lines if not p.SENTENCE_END.search(line.text)]
    if len(sizes) < 5:
        # Too few lines to vote (a brief on its own): a line that stops mid-sentence fills the column.
        return max(sizes) if sizes else (int(statistics.median(line.size for line in lines)) if lines else 16)
    # The commonest size is a full column line; the median would count the lines that
    # lost width to spaced numbers.
    counts = collections.Counter(sizes).most_common()
    top = [size for size, count in counts if count == counts[0][1]]
    return max(int(statistics.median(sizes)), max(top))


@dataclass(frozen=True)
class PageReading:
    pieces: list[Piece]
    tables: list[list[str]]  # data tables left out of the pieces, as their lines
    doubts: list[Doubt]


def reading_of_page(text: str, traditional: frozenset[int] = frozenset()) -> PageReading:
    """The pieces of the page, the data tables left out of them and the close calls.
    *traditional*: the indexes of the lines the page printed in traditional characters."""
    lines = read_lines(text, traditional)
    reader = _PageReader(lines)
    pieces = decks_read_into_prose(reader.read(), lines)
    pieces = story_under_waiting_deck(pieces, reader.waiting_decks)
    pieces = decks_left_over_untitled(pieces, reader.refused_decks)
    pieces = story_of_deck_left_in_sentence(pieces, lines)
    pieces = join_titles_under_credits(split_before_late_titles(pieces))
    pieces = asking_decks_read_as_prose(pieces, lines)
    pieces = kickers_asking_over_decks(pieces, lines, reader.labelled)
    return PageReading(table_rows_kept_in_prose(pieces), reader.tables, reader.doubts)


def _table_row(text: str) -> bool:
    """A row of a table set in text markup, or a bar the column left alone on its line (|)."""
    return bool(_TABLE_MARKUP.search(text.strip())) or text.strip() in ("|", "｜")


def _opens_on_table_row(paragraph: list[str]) -> bool:
    """The paragraph opens on a table's row, perhaps one the column broke (| 自称「非建制派」 / 首10个… |)."""
    return bool(re.match(r"[|｜]", paragraph[0].strip())) and len(re.findall(r"[|｜]", "".join(paragraph))) >= 2


def table_rows_kept_in_prose(pieces: list[Piece]) -> list[Piece]:
    """A table set in text markup (| 日期 | 详情 | 结果, | --- | --- |) stands in its story's prose: its rows
    never run on in a deck above them (香港记者协会争取网媒 / 认证之过程 / | 日期 | 详情 |), nor open a story of
    their own under the prose they stand in. A deck's rows from the first on go to the prose under the deck
    (or above it, with none under it); an untitled story opening on a row (or a caption, the table's credit
    under it: 眾新聞製圖) goes on the story right above it."""
    result: list[Piece] = []
    for n, piece in enumerate(pieces):
        below = pieces[n + 1] if n + 1 < len(pieces) else None
        if isinstance(piece, HeadlineRun) and any(_TABLE_MARKUP.search(line.text.strip()) for line in piece.lines):
            k = next(k for k, line in enumerate(piece.lines) if _table_row(line.text))
            rows = [line.text for line in piece.lines[k:]]
            if isinstance(below, Body) and below.start in ("plain", "lead"):
                below.paragraphs.insert(0, rows)
            elif result and isinstance(result[-1], Body):
                result[-1].paragraphs.append(rows)
            else:
                result.append(piece)
                continue
            del piece.lines[k:]
            if piece.lines:
                result.append(piece)
            continue
        if (isinstance(piece, Body) and piece.start in ("plain", "caption") and result and isinstance(result[-1], Body)
                and result[-1].start in ("plain", "lead") and piece.paragraphs and piece.paragraphs[0]
                and _opens_on_table_row(piece.paragraphs[0]) and not piece.bylines
                and piece.jump_to is None):
            above = result[-1]
            above.paragraphs.extend(piece.paragraphs)
            above.captions.extend(piece.captions)
            above.credit = above.credit or piece.credit
            continue
        result.append(piece)
    return result


def read_page(text: str) -> tuple[list[Piece], list[list[str]]]:
    """The pieces of the page, and the data tables left out of them (as their lines)."""
    reading = reading_of_page(text)
    return reading.pieces, reading.tables


def _writer_named(text: str) -> str | None:
    """The name of a line that names a writer or speaker alone: a bare name (王军锐, 戴 榕), or one
    with the role or unit they speak for in brackets (尹晓东（中国儿童艺术剧院院长）)."""
    if p.BARE_NAME_LINE.match(text):
        return text
    named = _NAME_AND_ROLE.match(text.strip())
    return p.compact(named.group(1)) if named else None


_DECK_IN_PROSE_LINES = 4  # a late title and the next story's deck: at most this many lines
_TITLE_TAIL_UNDER = 2  # title lines at most over the rest of their title read as prose
# a caption's or a lead's opening, or a caption's who-is-where (（左上）), not a title's
_CAPTION_LIKE = re.compile(r"^\d{1,2}月\d{1,2}日|[（(][左右上下中]{1,2}[）)]")
_OPEN_CLAUSE = re.compile(r"[，、：；,:;—－]$")


def _column_of(texts: list[str]) -> float | None:
    """The width most of the lines that end no sentence have: their column's (None: too few)."""
    widths = [text_width(x) for x in texts if not p.SENTENCE_END.search(p.squeeze(x))]
    return collections.Counter(widths).most_common(1)[0][0] if len(widths) >= 3 else None


def _deck_lines_over_prose(printed: list[Line], in_paragraph: int, under: list[str], least: int = 2) -> int:
    """How many of a paragraph's first lines (*printed*, as the page has them, the paragraph's
    *in_paragraph* of them first) are title lines read into prose: *least* or more lines off the column of
    the prose *under* them (a prose line that ends no sentence fills its column), one clearly
    narrower or wider, none indented, closing a sentence, a credit or a lead's opening, and prose
    under them that does not go on from them."""
    column = _column_of(under)
    if column is None:
        return 0
    k = 0
    while k < min(_DECK_IN_PROSE_LINES, in_paragraph, len(printed) - 1):
        line = p.squeeze(printed[k].text)
        if (printed[k].indented or abs(text_width(line) - column) < 1 or p.SENTENCE_END.search(line)
                or re.match(r"[，、。；：,;:）)」”]", line) or re.search(r"[。；;]", line) or _CAPTION_LIKE.search(line)
                or p.LEAD.match(line) or _EDITOR_NOTE.match(line) or p.is_byline(line) or p.CREDIT.search(line)):
            break
        if p.BARE_NAME_LINE.match(p.compact(line)) and not words_not_a_name(line):
            return 0  # title lines signed by a bare name: the untitled story's own (signed_title_read_as_prose)
        k += 1
    while k and _OPEN_CLAUSE.search(p.squeeze(printed[k - 1].text)):
        k -= 1  # a title's last line closes it: one left open runs on, as prose does
    # a line a little off the column may be prose set loose: one clearly off it tells a title
    if (k < least or max(abs(text_width(x.text) - column) for x in printed[:k]) < _TITLE_OFF_COLUMN
            or title_wrapped(printed[k - 1].text, printed[k].text)):
        return 0
    return k


def _deck_in_body(body: Body, untitled_start: bool, lines: list[Line], start: int) -> tuple[int, list[Line]] | None:
    """(paragraph, deck lines) of the first title lines read into the body's prose: at its start
    when *untitled_start*, else at a paragraph that opens after one closing a sentence."""
    for i, paragraph in enumerate(body.paragraphs):
        if len(paragraph) < 2 or (i == 0 and not untitled_start):
            continue
        if i > 0 and not (body.paragraphs[i - 1] and p.SENTENCE_END.search(p.squeeze(body.paragraphs[i - 1][-1]))):
            continue
        flat = [x for para in body.paragraphs[i:] for x in para]
        printed = _printed_lines(lines, flat[: _DECK_IN_PROSE_LINES + 1], start)
        k = _deck_lines_over_prose(printed, len(paragraph), flat[_DECK_IN_PROSE_LINES:]) if printed else 0
        if k and i > 0:
            # inside a body, prose runs narrow at its paragraphs' ends and between columns: only a
            # line wider than the prose on both sides is plainly a title's
            above, below = _column_of([x for para in body.paragraphs[:i] for x in para]), _column_of(flat[k:])
            widest = max(text_width(x.text) for x in printed[:k])
            if above is None or below is None or widest - max(above, below) < _TITLE_OFF_COLUMN:
                k = 0
        if k:
            return i, printed[:k]
    return None


def _title_tail_over_prose(body: Body, run: HeadlineRun, lines: list[Line]) -> list[Line]:
    """The rest of the title over *body* read as the first lines of its prose (快递迎来业务旺季 /
    11月11日揽收包裹超6亿件 / 国家邮政局今天……): lines right under the title's last one, off the
    column of the prose under them as no prose line that ends no sentence stands (see
    `_deck_lines_over_prose`); one such line is enough under a title line."""
    first = body.paragraphs[0] if body.paragraphs else []
    if len(first) < 2 or not 0 < len(run.lines) <= _TITLE_TAIL_UNDER:
        return []
    flat = [x for para in body.paragraphs for x in para]
    under = next((n + 1 for n, line in enumerate(lines) if line.index == run.lines[-1].index), len(lines))
    printed = _printed_lines(lines, flat[: _DECK_IN_PROSE_LINES + 1], under)
    if not printed or printed[0] is not lines[under]:
        return []
    k = _deck_lines_over_prose(printed, len(first) - 1, flat[_DECK_IN_PROSE_LINES:], least=1)
    if not k:
        return []
    column = _column_of(flat[_DECK_IN_PROSE_LINES:])
    prose = p.squeeze(printed[k].text)
    # every line clearly off the column, over a line that is plainly prose: one filling the column or
    # holding a clause's mark (《中华人民共和国民法典》 / 今天（1月1日）正式 / 实施，……: a sentence's
    # subject over a line OCR spaced); a title that asks or exclaims is closed (誰的好望角？ / 只有過客:
    # a poem's lines); a clause mark tells a lead's line set wide, a title's lines hold none
    if (any((abs(text_width(x.text) - column) < _TITLE_OFF_COLUMN and not (n and title_wrapped(printed[n - 1].text, x.text)))
            or _CLAUSE_MARK.search(_QUOTED.sub("", x.text)) for n, x in enumerate(printed[:k]))
            or not (abs(text_width(prose) - column) < 1 or re.search(r"[，。、；：,;:！？!?]", prose))
            or p.SENTENCE_END.search(p.squeeze(run.lines[-1].text))):
        return []
    return printed[:k]


def decks_read_into_prose(pieces: list[Piece], lines: list[Line]) -> list[Piece]:
    """Title lines read into a body's prose (OCR read a title under its own story and the next
    story's deck with it, all run into the next story's paragraph): they become a headline run, the
    body cut there, and the headline assignment then parts them between the stories around them.
    At an untitled body's start right under another story, or at a paragraph inside a body."""
    result: list[Piece] = []
    searched_from = 0
    for n, piece in enumerate(pieces):
        if not isinstance(piece, Body) or piece.start not in ("plain", "lead"):
            result.append(piece)
            continue
        m = over_bylines(pieces, n)
        untitled = piece.start == "plain" and m >= 0 and isinstance(pieces[m], Body)
        photo = n + 1 < len(pieces) and isinstance(pieces[n + 1], Body) and pieces[n + 1].start == "caption"
        run = pieces[n - 1] if n else None
        if isinstance(run, HeadlineRun) and result and result[-1] is run and piece.start == "plain":
            tail = _title_tail_over_prose(piece, run, lines)
            if tail:
                run.lines.extend(tail)
                piece.paragraphs[0] = piece.paragraphs[0][len(tail) :]
        # a photo's caption read out of the prose: the title under it is the caption's to place
        while not photo and (found := _deck_in_body(piece, untitled, lines, searched_from)) is not None:
            i, deck = found
            searched_from = deck[-1].index + 1
            under = ([piece.paragraphs[i][len(deck) :]] if len(piece.paragraphs[i]) > len(deck) else []) + piece.paragraphs[i + 1 :]
            if i == 0:  # the lines over the body's prose: the body stays, bylines and all
                result.append(HeadlineRun(pos=0, lines=deck))
                piece.paragraphs, untitled = under, False
                continue
            tail = Body(pos=0, start="plain", paragraphs=under, jump_to=piece.jump_to)
            piece.paragraphs, piece.jump_to = piece.paragraphs[:i], None
            result += [piece, HeadlineRun(pos=0, lines=deck)]
            piece, untitled = tail, False
        result.append(piece)
    return renumbered(result, pieces)


_STORY_CHARS = 350  # characters of prose, at least, after a cut: a story's text, not the tail of the one above
_PARTED = 0.1  # the two sides of a cut share at most this much of their words: two stories
_DECK_SAID = 0.2  # of a deck's words, at least, the story it heads says again


def story_turn(body: Body, m: int) -> int | None:
    """The paragraph of *body* after its paragraph *m* where another story's text begins: the one after
    a finished sentence where the words on either side part most, when they plainly part (two stories
    share few words) and a story's worth of prose comes after it; None when no such turn."""
    paragraphs = [p.compact("".join(x)) for x in body.paragraphs]
    best: tuple[float, int] | None = None
    for c in range(m + 1, len(paragraphs)):
        if not p.SENTENCE_END.search(paragraphs[c - 1]):
            continue  # a story ends with its sentence
        tail = "".join(paragraphs[c:])
        if len(tail) < _STORY_CHARS:
            break
        cohesion = shared_words("".join(paragraphs[:c]), tail)
        if cohesion <= _PARTED and (best is None or cohesion <= best[0]):
            best = (cohesion, c)
    return best[1] if best else None


def _deck_said_after(deck: list[Line], body: Body, c: int) -> float:
    """How much of the deck's words the body's text from its paragraph *c* on says again."""
    return title_share(p.bigrams(p.compact("".join(x.text for x in deck))),
                  p.compact("".join("".join(x) for x in body.paragraphs[c:])))


def story_under_waiting_deck(pieces: list[Piece], waiting: list[tuple[HeadlineRun, Body, int]]) -> list[Piece]:
    """A deck lifted out of a story's unfinished sentence with no lead found for it heads a story that
    began inside that same story's text: a page read column by column sets the deck beside the column
    where the story above runs on, and when no byline, dateline or credit opens the deck's own story, its
    text runs on after the story above finishes a sentence. The cut is the paragraph after the deck
    where the words on either side part most, when they plainly part (two stories share few words), a
    story's worth of prose comes after it and says more of the deck's words than the story the reader
    put the deck over; otherwise the deck stays where the reader put it."""
    moves: dict[int, tuple[HeadlineRun, Body]] = {}
    at = {id(piece): n for n, piece in enumerate(pieces)}
    for run, body, m in waiting:
        if not (id(body) in at and id(run) in at and at[id(body)] < at[id(run)]) or id(body) in moves:
            continue
        c = story_turn(body, m)
        if c is None:
            continue
        # the text after the turn says the deck's words again, more of them than the story the reader put it over
        heads = next((x for x in pieces[at[id(run)] + 1 :] if isinstance(x, Body)), None)
        said = _deck_said_after(run.lines, body, c)
        if said < _DECK_SAID or said <= title_share(p.bigrams(p.compact("".join(x.text for x in run.lines))),
                                               p.compact(heads.text()) if heads is not None else ""):
            continue
        tail_body = Body(pos=0, start="plain", paragraphs=body.paragraphs[c:], jump_to=body.jump_to)
        body.paragraphs, body.jump_to = body.paragraphs[:c], None
        moves[id(body)] = (run, tail_body)
    if not moves:
        return pieces
    lifted = {id(run) for run, _ in moves.values()}
    result: list[Piece] = []
    for piece in pieces:
        if id(piece) in lifted:
            continue
        result.append(piece)
        if id(piece) in moves:
            result.extend(moves[id(piece)])
    return renumbered(result, pieces)


_PAIR_DECK_SAID = 0.5  # of a deck's word pairs left in a sentence, at least, the story after the turn says again
_PAIR_DECK_MARGIN = 0.3  # of its word pairs, how many more the text after the turn says than the text before it
_PAIR_CLAUSE_MARK = re.compile(r"[，；,;]")  # a line holding one says a clause (a title may list with 、 or say who：)
_PAIR_STORY_CHARS = 100  # characters of prose, at least, after the turn: a story's text


def story_of_deck_left_in_sentence(pieces: list[Piece], lines: list[Line]) -> list[Piece]:
    """A page read column by column stops a story mid-sentence at the foot of its column and goes on
    after the next story's deck (……作表率，以 / 巴西和阿根廷 / 寻求更大程度 / 金融一体化 / 过硬党员队伍为……);
    when no byline or dateline opens the next story and the reader finds no proof to lift the lines (no
    blank line around them, no word running across them), it keeps the deck inside the sentence and runs
    the next story's text on after the first one's. One to three title-shaped lines inside a sentence, standing
    off the width of the sentence's lines around them (or at that width where a word of the sentence runs on
    across them: ……事故具体原因仍在进一 / 叙利亚库尔德武装或与叙政府对话 / 步调查当中……), are that deck when the body, after the sentence
    they stand in, turns at a finished sentence to text that shares few words with what comes before
    (`story_turn`) and says the lines' words again, far more than the text before the turn: the lines
    are taken out of the sentence and head a story of the text from the turn on."""
    moves: dict[int, tuple[HeadlineRun, Body]] = {}
    for piece in pieces:
        if not isinstance(piece, Body) or piece.start not in ("plain", "lead", "jump") or piece.captions:
            continue
        found = _deck_left_in_sentence(piece, lines)
        if found is None:
            continue
        q, j, k, c, deck = found
        del piece.paragraphs[q][j : j + k]
        tail = Body(pos=0, start="plain", paragraphs=piece.paragraphs[c:], jump_to=piece.jump_to)
        piece.paragraphs, piece.jump_to = piece.paragraphs[:c], None
        moves[id(piece)] = (HeadlineRun(pos=0, lines=deck), tail)
    if not moves:
        return pieces
    result: list[Piece] = []
    for piece in pieces:
        result.append(piece)
        if id(piece) in moves:
            result.extend(moves[id(piece)])
    return renumbered(result, pieces)


def _deck_left_in_sentence(body: Body, lines: list[Line]) -> tuple[int, int, int, int, list[Line]] | None:
    """(paragraph, first line, lines, turn paragraph, the deck's page lines) of a deck left inside one of
    the body's sentences with its story's text after a turn further on, or None."""
    for q, paragraph in enumerate(body.paragraphs):
        for j in range(2, len(paragraph) - 1):
            left = paragraph[j - 1]
            if p.SENTENCE_END.search(p.squeeze(left)) or re.search(r"[：:]$", left.rstrip()):
                continue  # a sentence ends above the lines, or a colon introduces them
            if abs(text_width(paragraph[j - 2]) - text_width(left)) > 1:
                continue  # the lines over them fill no one column width
            found: tuple[int, int, int, int, list[Line]] | None = None
            for k in range(1, min(_LEFT_TITLE_LINES, len(paragraph) - 1 - j) + 1):
                run = paragraph[j : j + k]
                if not all(_title_line_left(x, first=n == 0, last=n == k - 1) and not _PAIR_CLAUSE_MARK.search(x)
                           for n, x in enumerate(run)):
                    break
                if _marks_left_open("".join(run)) < 0:
                    continue  # the lines close a bracket or quote the sentence opened: its own words
                right = paragraph[j + k]
                if not re.search(r"\w", right):
                    break  # the sentence's closing mark alone under the lines (……双轮驱动 / 。): they end it
                # the sentence's line over the deck fills its column, the one under it as much (a mark may hang at its
                # end); the deck's lines stand well off that width
                column = text_width(left)
                if text_width(right) < column - 1 and not p.SENTENCE_END.search(p.squeeze(right)):
                    continue
                if (not all(abs(text_width(x) - column) >= _DECK_OFF_COLUMN for x in run)
                        and not word_across(p.compact(left), p.compact(right))):
                    continue  # set at the column's width, the lines are the sentence's unless it reads on across them
                if (word_across(p.compact(left), p.compact(run[0]))
                        or word_across(p.compact(run[-1]), p.compact(right))):
                    continue  # the sentence's words run into the lines or on out of them: its own
                grams = p.bigrams(p.compact("".join(run)))
                if len(grams) < _ECHO_MIN - 1:
                    continue
                c = _turn_to_deck_story(body, q, j, k, grams)
                if c is None:
                    continue
                deck = _page_lines_of(run, lines)
                if deck is not None:
                    found = (q, j, k, c, deck)  # the most lines that pass: a deck broken over them
            if found is not None:
                return found
    return None


def _turn_to_deck_story(body: Body, q: int, j: int, k: int, grams: set[str]) -> int | None:
    """The paragraph after paragraph *q* where the story of the deck lines q[j : j + k] begins: after a
    finished sentence (or a closing credit's bracket), the text from there on parting from the text
    before (few words shared) and saying the deck's words again, far more than the text before it."""
    paragraphs = [p.compact("".join(x)) for x in body.paragraphs]
    paragraphs[q] = p.compact("".join(body.paragraphs[q][:j] + body.paragraphs[q][j + k :]))
    best: tuple[float, int] | None = None
    for c in range(q + 1, len(paragraphs)):
        if not re.search(r"[。！？!?）)]$", paragraphs[c - 1]):
            continue
        tail, head = "".join(paragraphs[c:]), "".join(paragraphs[:c])
        if len(tail) < _PAIR_STORY_CHARS:
            break
        said = title_share(grams, tail)
        margin = said - title_share(grams, head)
        cohesion = shared_words(head, tail)
        if (said >= _PAIR_DECK_SAID and margin >= _PAIR_DECK_MARGIN and cohesion <= _PARTED
                and (best is None or margin >= best[0])):
            best = (margin, c)
    return best[1] if best else None


def _page_lines_of(texts: list[str], lines: list[Line]) -> list[Line] | None:
    """The page's lines that read *texts*, one after another (blank lines aside), or None."""
    for n in range(len(lines)):
        if lines[n].text != texts[0]:
            continue
        run = [x for x in lines[n : n + 3 * len(texts)] if x.text.strip()][: len(texts)]
        if [x.text for x in run] == texts:
            return run
    return None


def decks_left_over_untitled(pieces: list[Piece], refused: dict[int, list[Line]]) -> list[Piece]:
    """A story that starts untitled right under another whose sentence holds title-shaped lines the
    reader left there for want of proof (`_PageReader.refused`): those lines are its deck. A page read
    column by column sets a story's deck beside the column where the story above runs on (……希望吸引更多 /
    老街夜市重新开张 / 年轻人走进……), and the story under it, with no title of its own, is the only one
    the deck can head: an article never runs untitled (a column of briefs does)."""
    result: list[Piece] = []
    for n, piece in enumerate(pieces):
        m = over_bylines(pieces, n)
        if (isinstance(piece, Body) and piece.start in ("plain", "lead") and m >= 0 and isinstance(pieces[m], Body)
                and not _among_briefs(pieces, n)
                and (deck := _deck_inside_paragraph(pieces[m], refused)) is not None):
            result.insert(len(result) - (n - m - 1), HeadlineRun(pos=0, lines=deck))
        result.append(piece)
    return renumbered(result, pieces)


def title_left_in_story_above(above: Body, body: Body) -> list[str] | None:
    """The lines of the untitled *body*'s title that were read into an unfinished sentence of the story
    *above* it, taken out of it (the sentence reads on across where they stood), or None. A page read
    column by column sets a story's deck beside the column where the story above runs on (……以 / 巴西和阿根廷 /
    寻求更大程度 / 金融一体化 / 过硬党员队伍……); set as wide as the prose, with no mark to lift it, the deck
    stays in the sentence and its story runs untitled. An article never runs untitled, and a story says its
    title's words again: one to three lines inside a sentence above, no word running into or out of them,
    whose words the untitled story says again far more than the story holding them, are its title."""
    told = p.bigrams(p.compact(body.text()))
    best: tuple[int, int, int, int] | None = None  # (words said again, paragraph, first line, lines)
    for q, paragraph in enumerate(above.paragraphs):
        for j in range(1, len(paragraph) - 1):
            if p.SENTENCE_END.search(p.squeeze(paragraph[j - 1])):
                continue  # a sentence ends above the lines: nothing to read across
            for k in range(1, min(_LEFT_TITLE_LINES, len(paragraph) - 1 - j) + 1):
                run = paragraph[j : j + k]
                if not all(_title_line_left(x, first=n == 0, last=n == k - 1) for n, x in enumerate(run)):
                    break
                if (word_across(p.compact(paragraph[j - 1]), p.compact(run[0]))
                        or word_across(p.compact(run[-1]), p.compact(paragraph[j + k]))):
                    continue  # the sentence's words run into the lines or on out of them: its own
                grams = p.bigrams(p.compact("".join(run)))
                said = len(grams & told)
                if len(grams) < _ECHO_MIN or said < _RESTATED_TITLE * len(grams) or (best and said <= best[0]):
                    continue  # too few of its words said again (the story above is read only past this)
                rest = p.bigrams(p.compact("".join(x for par in above.paragraphs for x in par)
                                           .replace("".join(run), "", 1)))
                if (said - len(grams & rest) >= _RESTATED_MARGIN * len(grams)
                        and all(len(p.bigrams(x) & told) > len(p.bigrams(x) & rest) for x in run)):
                    best = (said, q, j, k)
    if best is None:
        return None
    _, q, j, k = best
    run = above.paragraphs[q][j : j + k]
    del above.paragraphs[q][j : j + k]
    return run


def title_set_in_story_above(above: Body, body: Body) -> str | None:
    """The untitled *body*'s title that a page read column by column set between two paragraphs of the
    story *above* it (A's deck, A's text, B's deck, the rest of A, B's text), where it was read as a lone
    line of A's prose, a crosshead's shape: taken out of A, or None. A story says its title's words again:
    a lone line closing no sentence whose words the untitled story under A says again far more than A does
    (……将在天津市举行。 / 武汉，负重前行 / 另外，网安周期间…… over 本报讯 9天前，……武汉……). In the dev and
    third-pool truth of three page makers such a line between two of A's paragraphs is the deck of the
    story after A 76 times, A's crosshead twice (of 2,801 crossheads)."""
    told = p.bigrams(p.compact(body.text()))
    for q in range(1, len(above.paragraphs) - 1):
        paragraph = above.paragraphs[q]
        if len(paragraph) != 1:
            continue
        line = paragraph[0]
        squeezed = p.squeeze(line)
        if (re.search(r"[。；;]", squeezed) or re.search(r"[！？!?]", squeezed[:-1])
                or len(p.compact(line)) < _ECHO_MIN or len(p.compact(line)) > _MAX_HEADLINE_LINE
                or p.OPEN_END.search(squeezed) or p.CONTINUES.match(squeezed) or p.LEAD.match(squeezed)
                or p.is_byline(line) or p.CREDIT.search(line) or p.SUPPLIED_CREDIT.search(line)
                or _marks_left_open(squeezed) != 0):
            continue
        grams = p.bigrams(p.compact(line))
        rest = p.bigrams(p.compact("".join(x for n, par in enumerate(above.paragraphs) if n != q for x in par)))
        said, said_above = len(grams & told), len(grams & rest)
        if said >= _RESTATED_TITLE * len(grams) and said - said_above >= _RESTATED_MARGIN * len(grams):
            del above.paragraphs[q]
            return line
    return None


def story_right_above(pieces: list[Piece], n: int) -> Body | None:
    """The story right over pieces[n] and the bylines over it, unless pieces[n] is an item of a column of briefs
    (which run untitled)."""
    m = over_bylines(pieces, n)
    return pieces[m] if m >= 0 and isinstance(pieces[m], Body) and not _among_briefs(pieces, n) else None


def _title_line_left(text: str, first: bool, last: bool) -> bool:
    """A line that may be a title's, left inside a sentence: no sentence's end (the last may ask or
    exclaim; a title's comma, like its words, is told by the story restating it), and, the first, long
    enough to be a title's."""
    squeezed = p.squeeze(text)
    return (not re.search(r"[。！？!?]", squeezed[:-1] if last else squeezed) and not squeezed.endswith("。")
            and len(p.compact(text)) >= (_DECK_LINE_MIN if first else 2))


def _among_briefs(pieces: list[Piece], n: int) -> bool:
    """pieces[n] comes after a column of briefs' head with only untitled bodies (and bylines) between."""
    for piece in reversed(pieces[:n]):
        if isinstance(piece, BriefColumn):
            return True
        if not isinstance(piece, (Body, BylineLine)):
            return False
    return False


def _deck_inside_paragraph(body: Body, refused: dict[int, list[Line]]) -> list[Line] | None:
    """The last of the *refused* decks whose lines stand inside one of the body's paragraphs, with the
    sentence's lines before and after them, taken out of it (the sentence reads on across them)."""
    for index in sorted(refused, reverse=True):
        texts = [x.text for x in refused[index]]
        for paragraph in reversed(body.paragraphs):
            at = next((j for j in range(1, len(paragraph) - len(texts))
                       if paragraph[j : j + len(texts)] == texts), None)
            if at is not None:
                del paragraph[at : at + len(texts)]
                return refused[index]
    return None


_ASKING_KICKER = 8  # characters at most of a question or cry set as a kicker (入型入格？)


def kickers_asking_over_decks(pieces: list[Piece], lines: list[Line], labelled: bool) -> list[Piece]:
    """A story of one short line that asks or exclaims, right over a headline run (入型入格？ /
    湛江宣傳片搵公安扮「古惑仔」 網民：…), is that deck's kicker: a story is never one short question,
    and one too short for a title that asks (`_PageReader.exclaimed_title`) is read as prose. The
    labeller, where installed, must read it as a deck line too (a short question ending a story's
    prose is the story's)."""
    at = {id(line): n for n, line in enumerate(lines)}
    result: list[Piece] = []
    for n, piece in enumerate(pieces):
        run = pieces[n + 1] if n + 1 < len(pieces) else None
        if (isinstance(piece, Body) and isinstance(run, HeadlineRun) and run.lines
                and (line := _asking_kicker_line(piece, run, lines, at, labelled)) is not None):
            run.lines.insert(0, line)
            continue
        result.append(piece)
    return renumbered(result, pieces)


def _asking_kicker_line(body: Body, run: HeadlineRun, lines: list[Line], at: dict[int, int],
                        labelled: bool) -> Line | None:
    """The printed line of a body that is only a short question or cry over the run (see
    `kickers_asking_over_decks`), or None."""
    if (body.start != "plain" or len(body.paragraphs) != 1 or len(body.paragraphs[0]) != 1 or body.bylines
            or body.captions or body.jump_to is not None):
        return None
    k = at.get(id(run.lines[0]), 0)
    line = lines[k - 1] if k else None
    if line is None or line.text != body.paragraphs[0][0]:
        return None
    text = p.squeeze(line.text)
    if (line.indented or not _EXCLAIMED_END.search(text) or len(re.findall(r"[！？!?]", text)) != 1
            or not 2 <= line.size <= _ASKING_KICKER or re.search(r"[，。、；：,;:“”「」『』]", text)
            or (labelled and line.prob(*labeller.DECK) < _OPEN_DECK)):
        return None
    return line


_ASKING_DECK_LINES = (2, 4)  # lines of a deck stacked over a title that asks, read as one paragraph


def asking_decks_read_as_prose(pieces: list[Piece], lines: list[Line]) -> list[Piece]:
    """Deck lines stacked over a title that asks or exclaims, read as an untitled paragraph of their
    own between a deck and a lead, or over another deck (认罪后被判感化18个月 / 本港新增39宗确诊 /
    为咗「X心出行」中学要改校规？ / 本报讯……): short lines holding no clause mark, the last ending on its
    question, are no prose (a story's sentences run on over its lines); they join the deck next to
    them, for the headline assignment to part between the stories around them."""
    result: list[Piece] = []
    for n, piece in enumerate(pieces):
        below = pieces[n + 1] if n + 1 < len(pieces) else None
        under_deck = bool(result) and isinstance(result[-1], HeadlineRun)
        if (isinstance(piece, Body) and piece.start == "plain" and len(piece.paragraphs) == 1
                and not (piece.bylines or piece.captions or piece.credit) and piece.jump_to is None
                and (isinstance(below, HeadlineRun)
                     or (under_deck and isinstance(below, Body) and below.start == "lead"))
                and (deck := _asking_deck(piece.paragraphs[0], lines)) is not None):
            if isinstance(below, HeadlineRun):  # one run with the deck under it, as the page sets them
                below.lines[:0] = deck
            else:  # the deck above it: the story above's title, its subtitle among these lines
                result[-1].lines += deck
            continue
        result.append(piece)
    return renumbered(result, pieces)


def _asking_deck(paragraph: list[str], lines: list[Line]) -> list[Line] | None:
    """The printed lines of a paragraph that is deck lines over a title that asks (see
    `asking_decks_read_as_prose`), or None."""
    low, high = _ASKING_DECK_LINES
    if not low <= len(paragraph) <= high or not _EXCLAIMED_END.search(p.squeeze(paragraph[-1])):
        return None
    texts = [_QUOTED.sub("", p.squeeze(x)) for x in paragraph]
    if (any(_CLAUSE_MARK.search(x) or re.search(r"[。！？!?]", x) for x in texts[:-1])
            or _CLAUSE_MARK.search(texts[-1]) or re.search(r"[。！？!?].", texts[-1])
            or any(len(p.compact(x)) > _EXCLAIMED_TITLE for x in paragraph)):
        return None
    return _printed_lines(lines, paragraph, 0)


def _printed_lines(lines: list[Line], texts: list[str], start: int) -> list[Line] | None:
    """The page's consecutive lines that read *texts*, the first such from *start* on."""
    for i in range(start, len(lines) - len(texts) + 1):
        if all(lines[i + j].text == text for j, text in enumerate(texts)):
            return lines[i : i + len(texts)]
    return None
