"""A mainland deck: a kicker line that hands on to the line under it (ends in a dash, a colon or
a speaker's verb: 读者热议本报系列评论——, 许小英代表：, …时强调) over a short title and an unmarked
clause of the lead. The deck reader, fitted on the mainland papers' pages too, reads the title alone
and the clause as its subtitle, not the two as one title. Our own invented text in the shape of a
People's Daily page."""

from __future__ import annotations

from audiopaper.segment import decks
from segment_support import segment_text

_LEAD = ["本报北京5月6日电 本报近日刊发的系列评论，引起读者广泛关注。",
         "许多读者来信说，基层干部要把心思用在为群众办实事上。", "一位读者说，实干才能出实绩。"]


def test_a_kicker_ending_in_a_dash_leaves_the_title_alone_over_its_subtitle():
    [story] = segment_text("\n".join(["读者热议本报系列评论——", "实干才能出实绩", "基层干部要把心思用在为群众办实事上",
                                      "", *_LEAD]))
    assert (story.kicker, story.title, story.subtitle) == (
        "读者热议本报系列评论——", "实干才能出实绩", "基层干部要把心思用在为群众办实事上")


def test_a_line_hands_on_where_it_ends_in_a_dash_a_colon_or_a_speaker_s_verb():
    hands_on = decks.LINE_FEATURES.index("hands_on")

    def value(text: str) -> float:
        return decks.line_features(decks.DeckLine(text), "", 0.0)[hands_on]

    assert [value(t) for t in ("读者热议本报系列评论——", "车间组长许小英代表：", "李明在春耕工作会议上强调")] == [1.0] * 3
    assert [value(t) for t in ("江苏：政策大礼包稳生产", "实干才能出实绩", "——立即实现全面停火")] == [0.0] * 3
