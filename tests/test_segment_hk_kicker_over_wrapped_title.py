"""Hong Kong decks (issue 8): a short topic kicker over a title the column wrapped, and a title line
that stops on an adverb. The kicker stays the kicker, whether the title under it opens with a
conjunction (8.31事件 / 與真相的距離…) or the labeller only leans to reading it as a kicker where it
is stacked over the title's first half; a line ending on an adverb (…單一事件未 / 構成…) goes on in
the next line. Our own invented text."""

from __future__ import annotations

from audiopaper.models import Edition, Page
from audiopaper.segment import segment_edition
from audiopaper.segment.headlines import _kicker_over_wrapped_title, _stacked, _unit
from audiopaper.segment.line_breaks import title_wrapped
from audiopaper.segment.page_line import Line

_AIRPORT_LEAD = [
    "本報訊 兩名男子昨晚在機場被",
    "示威者包圍及綁手，警方今午",
    "表示事件屬嚴重罪行，但單一事",
    "件沒構成恐怖主義行為，會繼續",
    "調查事件，呼籲市民保持冷靜。",
]

_CHRISTMAS_LEAD = [
    "本報訊 今年聖誕的主題不再是普",
    "天同慶，而是杯葛藍店、我要攬",
    "炒，網民稱聖誕攬炒才是愛國的",
    "硬道理，多個建制派議員亦加入",
    "討論，最新加入的就是陳議員。",
]


def _story(lead: list[str], *deck: str):
    [story] = segment_edition(Edition((Page("<test>", 1, "\n".join(["", *deck, "", *lead])),)))
    return story


def test_a_topic_kicker_stays_over_a_title_opening_with_a_conjunction():
    story = _story(_AIRPORT_LEAD, "機場事件", "與恐怖主義距離仍很遠 警方：屬嚴重罪行")
    assert (story.kicker, story.title) == ("機場事件", "與恐怖主義距離仍很遠 警方：屬嚴重罪行")


def test_a_title_line_ending_on_an_adverb_goes_on_in_the_next_line():
    # read as one line the column broke: no space where it broke
    story = _story(_CHRISTMAS_LEAD, "網民：聖誕攬炒仍", "是愛國的硬道理")
    assert story.title == "網民：聖誕攬炒仍是愛國的硬道理"
    story = _story(_AIRPORT_LEAD, "機場包圍男子 警：嚴重罪行 單一事件未", "構成恐怖主義",
                   "昨晚事件與港澳辦所指「恐怖主義苗頭」是否一致")
    assert story.title == "機場包圍男子 警：嚴重罪行 單一事件未構成恐怖主義"
    assert title_wrapped("单一事件没", "构成恐怖主义行为")
    assert not title_wrapped("礼者，养也", "构成恐怖主义行为")  # 也 closes a sentence
    assert not title_wrapped("宁夏银川实施“零门槛”引才", "围绕数字经济等重点产业")  # 才 the noun (talent)


def _line_unit(index: int, text: str, kicker: float, title: float):
    probs = {"kicker": kicker, "headline": title, "subtitle": 0.0}
    return _unit(text, Line(index, text, label_probs=probs, traditional=True))


def test_a_likely_kicker_stacked_over_a_wrapped_title_half_is_the_kicker():
    # 沙中線聆訊 / 石永泰代表禮頓 質疑 / 中科老闆稱…: the labeller reads the short line 0.73 a kicker
    stacked = _stacked(_line_unit(0, "沙中线聆讯", 0.73, 0.25), _line_unit(1, "石永泰代表礼顿 质疑", 0.01, 0.97))
    below = _line_unit(2, "中科老板称目睹剪钢筋却批落石屎", 0.0, 0.78)
    assert _kicker_over_wrapped_title(stacked, [below])
    # the title does not run on below: a title set in two short lines, not a kicker over one
    assert not _kicker_over_wrapped_title(stacked, [_line_unit(2, "——独立调查委员会今日续聆讯", 0.0, 0.1)])
    # the labeller leans to the title: the short line is the title's first half
    leaning = _stacked(_line_unit(0, "沙中线聆讯", 0.45, 0.5), _line_unit(1, "石永泰代表礼顿 质疑", 0.01, 0.97))
    assert not _kicker_over_wrapped_title(leaning, [below])
    # the short line runs into the one under it: one title the column broke (…委員 / 會…)
    broken = _stacked(_line_unit(0, "独立调查委员", 0.73, 0.25), _line_unit(1, "会今日续聆讯 质疑", 0.01, 0.97))
    assert not _kicker_over_wrapped_title(broken, [below])
