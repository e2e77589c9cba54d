"""A long story cut in two by a line inside it (issue 8): a crosshead (小标题) whose words the
paragraph under it repeats reads like the title of a story that opens without a lead. It stays
in its story when the labeller leans to a crosshead or when the story above already speaks of
what it names; the close call is named in a warning. A prose line that opens with 记者 is no
byline. Each page is our own text in the general shape."""

from __future__ import annotations

import logging

import pytest
from segment_support import labeller_reading, segment_text

from audiopaper.segment import labeller

FEATURE_TOP = [
    "老城区改造让居民住得更舒心",
    "本报讯（记者 周立新）今年以来，城东老城",
    "区启动改造，加装电梯、更新管网和整治",
    "背街小巷同步推进，居民住得更舒心了。",
    "",
]


def _unsure_of(line_text: str, crosshead: float, headline: float):
    """The labeller's reading with *line_text* made a close call (as on pages it never saw)."""
    return labeller_reading({line_text: (crosshead, headline)})


def test_a_crosshead_the_story_above_speaks_of_stays_in_its_story(monkeypatch, caplog):
    # The paragraph under 加装电梯让老人出行更方便 repeats it, as a lead repeats its title;
    # the story above already named 加装电梯 and 老人: one story, the crosshead a paragraph.
    crosshead = "加装电梯让老人出行更方便"
    text = "\n".join(FEATURE_TOP[:-1] + [
        "小区里老人多，没有电梯，出行一直不方便。",
        "",
        crosshead,
        "加装电梯以后，老人出行更方便了。住在六",
        "楼的王阿姨说，以前一周下一次楼，现在每",
        "天都去公园散步。",
    ])
    monkeypatch.setattr(labeller, "label_probabilities", _unsure_of(crosshead, 0.30, 0.60))
    with caplog.at_level(logging.WARNING, logger="audiopaper.segment"):
        [story] = segment_text(text)
    assert story.title == "老城区改造让居民住得更舒心"
    paragraphs = story.body.split("\n")
    assert crosshead in paragraphs and paragraphs[-1].startswith("加装电梯以后") and paragraphs[-1].endswith("散步。")
    [warning] = [r.getMessage() for r in caplog.records if "unsure" in r.getMessage()]
    assert crosshead in warning and "read it as a crosshead" in warning


def test_a_crosshead_the_labeller_leans_to_stays_in_its_story(monkeypatch):
    # Nothing above names 管网, so only the labeller's lean keeps the line in the story.
    crosshead = "地下管网换新 雨天不再积水"
    text = "\n".join(FEATURE_TOP + [
        crosshead,
        "地下管网换新后，雨天不再积水。施工队用",
        "三个月更换了老旧管道，路面也重新铺过。",
    ])
    monkeypatch.setattr(labeller, "label_probabilities", _unsure_of(crosshead, 0.55, 0.40))
    [story] = segment_text(text)
    assert story.title == "老城区改造让居民住得更舒心"
    assert story.body.split("\n")[-2:] == ["地下管网换新雨天不再积水", "地下管网换新后，雨天不再积水。施工队用三个月更换了老旧管道，路面也重新铺过。"]


@pytest.mark.parametrize("crosshead_prob", [0.10, 0.30])
def test_a_title_of_other_things_still_opens_the_next_story(monkeypatch, caplog, crosshead_prob):
    # The same close call, but the labeller leans to a title and the story above never
    # speaks of the line's words: the next story, named in the warning.
    title = "滨江步道夜间开放时间延长"
    text = "\n".join(FEATURE_TOP + [
        title,
        "滨江步道夜间开放时间延长到晚上十一点，",
        "沿线还增设了照明和休息座椅。",
    ])
    monkeypatch.setattr(labeller, "label_probabilities", _unsure_of(title, crosshead_prob, 0.60))
    with caplog.at_level(logging.WARNING, logger="audiopaper.segment"):
        first, second = segment_text(text)
    assert first.title == "老城区改造让居民住得更舒心" and first.body.endswith("住得更舒心了。")
    assert second.title == title and second.body.startswith("滨江步道夜间开放时间延长到")
    [warning] = [r.getMessage() for r in caplog.records if "unsure" in r.getMessage()]
    assert title in warning and "a new story's title" in warning


def test_a_prose_line_opening_with_reporter_and_a_comma_is_no_byline():
    # 记者粗略数了数，参加的企业 parses as a role and two names; it is prose going on.
    text = "\n".join([
        "数据集市人气旺",
        "本报讯 全国规模最大的一次数据产业供需对",
        "接活动昨天开幕，现场人头攒动。",
        "记者粗略数了数，参加的企业",
        "至少有几百家，尤其是交通运输、工业制造",
        "等领域的企业来得最多。",
    ])
    [story] = segment_text(text)
    assert story.title == "数据集市人气旺" and not story.byline
    assert story.body.endswith("记者粗略数了数，参加的企业至少有几百家，尤其是交通运输、工业制造等领域的企业来得最多。")


def test_a_crosshead_whose_paragraph_opens_with_a_quote_stays_in_its_story(monkeypatch, caplog):
    # The paragraph under 在细节上下功夫 repeats it inside a speaker's words, with no date: a
    # report's lead says when and restates its title from its first words, a crosshead's
    # paragraph goes on with the story's voices. The story above never names 细节.
    crosshead = "在细节上下功夫"
    text = "\n".join(FEATURE_TOP[:-1] + [
        "小区里老人多，没有电梯，出行一直不方便。",
        "",
        crosshead,
        "“改造要在细节上下功夫，扶手装多高、台",
        "阶改多宽，都要问过居民。”社区书记李明",
        "说，方案先后改了六稿。",
    ])
    monkeypatch.setattr(labeller, "label_probabilities", _unsure_of(crosshead, 0.30, 0.60))
    with caplog.at_level(logging.WARNING, logger="audiopaper.segment"):
        [story] = segment_text(text)
    assert story.title == "老城区改造让居民住得更舒心"
    paragraphs = story.body.split("\n")
    assert crosshead in paragraphs and paragraphs[-1].startswith("“改造要在细节") and paragraphs[-1].endswith("六稿。")
    [warning] = [r.getMessage() for r in caplog.records if "unsure" in r.getMessage()]
    assert crosshead in warning and "read it as a crosshead" in warning


def test_a_title_over_a_dated_lead_still_opens_the_next_story(monkeypatch):
    # The same close call, but the paragraph under the line dates what happened (昨天): a
    # report's lead under its title, the next story.
    title = "滨江公园延长夜间开放"
    text = "\n".join(FEATURE_TOP + [
        title,
        "市园林局昨天宣布，滨江公园延长夜间开放",
        "时间，沿线还增设了照明和休息座椅。",
    ])
    monkeypatch.setattr(labeller, "label_probabilities", _unsure_of(title, 0.30, 0.60))
    first, second = segment_text(text)
    assert first.title == "老城区改造让居民住得更舒心" and first.body.endswith("住得更舒心了。")
    assert second.title == title and second.body.startswith("市园林局昨天宣布")


def test_a_dash_line_over_undated_prose_is_no_crosshead(monkeypatch):
    # A line opening with a dash is a subtitle (副题) under a title, even over prose that
    # gives no date: it stays out of the story above.
    subtitle = "——老街坊的一次远行"
    text = "\n".join(FEATURE_TOP + [
        subtitle,
        "老街坊的一次远行，从一张旧地图开始。那",
        "一年，我们沿着江岸一路向西走去。",
    ])
    monkeypatch.setattr(labeller, "label_probabilities", _unsure_of(subtitle, 0.30, 0.60))
    first, *rest = segment_text(text)
    assert first.title == "老城区改造让居民住得更舒心" and first.body.endswith("住得更舒心了。")
    assert rest and rest[0].body.startswith("老街坊的一次远行，从")
