"""Helpers for the segmentation property tests (tests/test_segment*.py): set generated
stories in newspaper columns, and check that the stories found keep every body character."""

from __future__ import annotations

import collections
import re

from audiopaper.models import Edition, Page, Story
from audiopaper.segment import labeller, segment_edition

_BODY_CHAR = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")  # independent of audiopaper's own ranges


def segment_text(text: str, fmt: str = "text") -> list[Story]:
    """The stories of one page holding *text*."""
    return segment_edition(Edition(pages=(Page(source="page.txt", number=1, text=text, format=fmt),)))


# A page read column by column, for the tests of a deck read into a sentence of the story beside it
# (test_segment_deck_*_in_sentence.py, test_segment_sentence_closed_under_lines.py): a city story whose
# sentence the deck stands in, and a story on another matter that says the deck's words again.
COLUMN_WIDTH = 16
CITY_TITLE = "城区新增公交线路八条"
CITY_LEAD = "本报讯为方便市民出行，市公交集团从本月起在城区新开通公交线路八条，线路覆盖新建小区和学校。"
CRAFT_STORY = [
    "清晨的山谷里雾气还没有散去，溪边的作坊里已经响起了劈篾的声音。七十岁的周师傅坐在矮凳上，把一根毛竹"
    "剖成细如发丝的篾条，手指翻飞，不一会儿一只小巧的果篮就有了雏形。这门竹编老手艺在村里传了两百多年。",
    "转机出现在去年秋天。镇上牵线，请来美术学院的老师帮忙设计新样式，茶盘、灯罩、手提包一件件走进城里"
    "的大商场，周末还请老艺人现场表演，顾客围得里三层外三层。二十多个返乡青年跟着周师傅学艺。",
]


def column_lines(text: str, width: int = COLUMN_WIDTH) -> list[str]:
    """A paragraph set in the column, as OCR leaves it (no blank lines)."""
    return [text[k : k + width] for k in range(0, len(text), width)]


def compact(text: str) -> str:
    """*text* without white space."""
    return re.sub(r"\s", "", text)


# a short story set over the deck under test, so that the deck is no page's first block
STORY_ABOVE = ["全市新建充电桩一千个", "", "本报讯 今年以来全市新建公共充电桩一千", "个，覆盖所有街道。", ""]


def story_under(deck: list[str], body: list[str]) -> Story:
    """The story of *deck* over *body*, set under `STORY_ABOVE`: the page's last story, which holds the body."""
    *_, story = segment_text("\n".join([*STORY_ABOVE, *deck, *body]))
    assert re.sub(r"\s", "", body[0][4:]) in re.sub(r"\s", "", story.body)
    return story


def labeller_reading(calls: dict[str, tuple[float, float]]):
    """The line labeller's reading, with each line whose text *calls* names given its (crosshead,
    headline) probabilities, the rest body: a close call or a sure one, as on pages it never saw."""
    return _reading_with({text: {"crosshead": crosshead, "headline": headline, "body": 1.0 - crosshead - headline}
                          for text, (crosshead, headline) in calls.items()})


def labeller_sure(label: str, texts: set[str], prob: float = 0.95):
    """The line labeller's reading, sure (*prob*) that each line of *texts* is a *label* line, the rest body."""
    return _reading_with({text: {label: prob, "body": 1.0 - prob} for text in texts})


def labeller_sure_of_roles(roles: dict[str, str], prob: float = 0.95):
    """The line labeller's reading, sure (*prob*) of each named line's label (*roles*: text -> label), the rest body."""
    return _reading_with({text: {label: prob, "body": 1.0 - prob} for text, label in roles.items()})


def _reading_with(probabilities: dict[str, dict[str, float]]):
    """The line labeller's reading, with each line whose text *probabilities* names given those."""
    real = labeller.label_probabilities

    def reading(lines, width):
        probs = real(lines, width).copy()
        for at, line in enumerate(lines):
            if line.text in probabilities:
                probs[at] = 0.0
                for label, prob in probabilities[line.text].items():
                    probs[at, labeller.CLASSES.index(label)] = prob
        return probs

    return reading


def set_in_column(lines: list[str], paragraph: str, width: int, blanks: list[bool]) -> None:
    """Append *paragraph* cut into column-width lines; after a line, a blank one where
    *blanks* (indexed by the line count, cyclically) says so, as OCR leaves them."""
    for start in range(0, len(paragraph), width):
        lines.append(paragraph[start : start + width])
        if blanks[len(lines) % len(blanks)]:
            lines.append("")


def column(text: str, width: int) -> list[str]:
    """*text* cut into lines of *width* characters, as a column sets it (no blank lines)."""
    return [text[k : k + width] for k in range(0, len(text), width)]


def paragraph_lines(paragraph: str, width: int = 14) -> list[str]:
    """A paragraph set in a column of *width* characters, its first line indented."""
    text = "\u3000\u3000" + paragraph
    return [text[k : k + width] for k in range(0, len(text), width)]


def page_of(*blocks: list[str]) -> str:
    """A page's text: the blocks of lines one under the other."""
    return "\n".join(line for block in blocks for line in block)


def body_chars(text: str) -> collections.Counter:
    """How often each ideograph, digit and letter occurs (layout and punctuation aside)."""
    return collections.Counter(_BODY_CHAR.findall(text))


def segment_lines_whole(lines: list[str], left_out: tuple[str, ...] = ()) -> list[Story]:
    """The stories of a page of *lines*, checked to keep every character of the lines in a title,
    byline, body or photo caption, except the lines *left_out* (a column's head, furniture)."""
    stories = segment_text("\n".join(lines))
    kept = "".join(s.title + s.byline + s.body + "".join(s.captions) for s in stories)
    assert body_chars(kept) == body_chars("\n".join(line for line in lines if line not in left_out))
    return stories


def titles(stories: list[Story]) -> list[str]:
    """The stories' titles with the spaces between deck parts taken out."""
    return ["".join(s.title.split()) for s in stories]


def assert_each_sentence_read_as_often(bodies: str, body_text: str, sentences: list[str]) -> None:
    """No sentence lost or read twice."""
    for sentence in set(sentences):
        assert bodies.count(sentence) == body_text.count(sentence), sentence


# A short finished report with its own title: the story next to the shape a test is about.
HEATING_REPORT = [
    "老城区供暖管网改造全面完工",
    "本报讯 记者从市住建局获悉，老城区",
    "供暖管网改造工程昨天全面完工，共更",
    "换地下管道四十六公里，涉及居民小区",
    "一百一十个。改造后，管网热损失下降",
    "三成以上，居民家中室温普遍提高两度。",
]
