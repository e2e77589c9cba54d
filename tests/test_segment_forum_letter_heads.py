"""Letters inside a forum (issue 8): under an editor's note signed ——编 者, each letter's head over its
writer's name heads a part of the one story. A two-character name is set spaced out to a
three-character one's width (戴 榕), and the line labeller, which reads a head over a name as a
title over its byline, does not overrule the forum. Our own invented text in the general shape
of a daily's readers' forum (大家谈)."""

from __future__ import annotations

from audiopaper.segment import labeller
from segment_support import labeller_reading, segment_lines_whole

_TITLE = "社区食堂怎样办得长久（大家谈）"
_SECOND_HEAD = "运营要算好长远账"


def _forum(second_writer: str) -> list[str]:
    return [
        _TITLE,
        "本报讯 社区食堂开起来以后，怎样",
        "才能办得长久、办出滋味？本期大家",
        "谈，我们刊发两篇读者来信，和大家",
        "一起聊聊。",
        "——编 者",
        "饭菜要合老人口味",
        "林小平",
        "我家附近的食堂开张半年，菜价实惠",
        "，可口味偏重。老人吃得清淡，食堂",
        "不妨每周请老人们提提意见，把少油",
        "少盐的菜谱贴在窗口，让大家吃得放",
        "心。",
        _SECOND_HEAD,
        second_writer,
        "不少食堂靠补贴撑着，一旦补贴减少",
        "就难以为继。可以引入专业团队运营",
        "，晚上对周边上班族开放，多一份收",
        "入，也多一份人气。",
    ]


def test_a_letter_signed_with_a_spaced_two_character_name_stays_in_the_forum():
    stories = segment_lines_whole(_forum("戴 榕"))
    assert [s.title for s in stories] == [_TITLE]
    assert "戴 榕" in stories[0].body or "戴榕" in stories[0].body


def test_the_labeller_reading_a_letters_head_as_a_title_does_not_split_the_forum(monkeypatch):
    # the labeller sure the head over the writer's name is a title, as it may be on a page it never saw
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({_SECOND_HEAD: (0.0, 0.97)}))
    stories = segment_lines_whole(_forum("陈明华"))
    assert [s.title for s in stories] == [_TITLE]
    assert _SECOND_HEAD in stories[0].body
