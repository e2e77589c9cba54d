"""A column tag closes the main title (……纯属臆测（钟声）, ……（评论员观察）) (issue 8): the line under a
title that ends in its column's tag is a subtitle, never more of the title, even where the line
labeller reads it as a title's line. Our own invented text in the general shape of a daily's
comment decks."""

from __future__ import annotations

from audiopaper.segment import labeller
from segment_support import labeller_reading, segment_text

_TITLE = "炒作病亡率纯属政治化的臆测（钟声）"
_UNDER = "造谣中伤他国抗疫有悖国际正义（五）"
_LEAD = ["本报讯 有人在病亡率问题上造谣中伤，", "既无助于他国抗疫，也有悖国际正义；", "既自欺欺人，也贻笑大方。"]


def test_the_line_under_a_tagged_title_is_its_subtitle_though_the_labeller_reads_it_as_a_title(monkeypatch):
    # the labeller sure the line under the tag is a title's line, as it may be on a page it never saw
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({_TITLE: (0.0, 0.5), _UNDER: (0.0, 0.96)}))
    [story] = segment_text("\n".join(["", _TITLE, _UNDER, "", *_LEAD]))
    assert story.title == _TITLE
    assert story.subtitle == _UNDER


def test_a_tagged_title_over_a_plain_line_and_a_dash_subtitle_stays_the_title():
    # the plain line between the tagged title and the dash is no more of the title nor its start
    # (the title read as its kicker): the tag closed the title, the lines under it are the subtitle's
    text = "\n".join([
        "为乡村振兴提供新动能（新知新觉）",
        "发挥高等农林院校优势",
        "——农业农村现代化关键在科技、在人才",
        "农业农村现代化，关键在科技、在人才。高等农林",
        "院校是农业科技创新的重要力量，要在人才培养、",
        "科技创新上下功夫。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == (
        "", "为乡村振兴提供新动能（新知新觉）", "发挥高等农林院校优势 农业农村现代化关键在科技、在人才")
