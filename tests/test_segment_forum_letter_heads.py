"""Letters inside a forum (issue 8): under an editor's note signed ——编 者, each letter's head over its
writer's name heads a part of the one story. A two-character name is set spaced out to a
three-character one's width (戴 榕), and the line labeller, which reads a head over a name as a
title over its byline, does not overrule the forum. Our own invented text in the general shape
of a daily's readers' forum (大家谈)."""

from __future__ import annotations

from audiopaper.segment import labeller
from segment_support import labeller_reading, segment_lines_whole

_TITLE = "让老街区焕发新活力（大家谈）"
_SECOND_HEAD = "改造要先听居民的"


def _forum(second_writer: str) -> list[str]:
    return [
        _TITLE,
        "本报讯 老街区改造怎样才能既改善",
        "居民的生活条件，又留住城市的记忆",
        "？本期大家谈，我们刊发两篇来稿，",
        "和读者一起讨论。",
        "——编 者",
        "留住街巷的烟火气",
        "林小平",
        "老街区最动人的是邻里之间的人情味",
        "。改造时拓宽马路、拆掉小摊，看似",
        "整齐了，却也少了生活气息。修缮老",
        "房子的同时，应当给早点铺、修鞋摊",
        "留下位置，让老街坊们还能在门口聊",
        "天。",
        _SECOND_HEAD,
        second_writer,
        "方案由设计单位闭门做出，到开工时",
        "才公之于众，难免产生矛盾。应当公",
        "开征求意见，多开几次会，把分歧摆",
        "到桌面上，一条一条商量着办。",
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
