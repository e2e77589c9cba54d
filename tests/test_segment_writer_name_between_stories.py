"""A writer's bare name alone between the story above's last sentence and prose (issue 8, pages read
column by column): it signs a commentary whose title OCR read elsewhere on the page, so a new story
starts under it, signed by the name. No story's paragraph is a bare name. Our own text in the general
shape."""

from __future__ import annotations

from segment_support import segment_lines_whole

NAME_OVER_A_COMMENTARY = [
    "江城地铁三号线今天开通",
    "",
    "本报讯 江城地铁三号线今天正式",
    "开通运营，全线设车站二十座，",
    "沿线市民出行更加方便。",
    "",
    "吕超",
    "",
    "治国之要，首在用人；用人干事，",
    "重在导向。树立重实干重实绩的",
    "用人导向，才能激励干部担当作为。",
]


def test_a_bare_name_between_two_stories_signs_the_one_under_it():
    stories = segment_lines_whole(NAME_OVER_A_COMMENTARY)
    assert len(stories) == 2
    assert stories[0].body.endswith("沿线市民出行更加方便。")
    assert stories[1].byline == "吕超"
    assert stories[1].body.startswith("治国之要")


NAME_IN_THE_PROSE = [
    "江城地铁三号线今天开通",
    "",
    "本报讯 江城地铁三号线今天正式",
    "开通运营，全线设车站二十座。",
    "吕超",
    "",
    "说，吕超是地铁公司的司机，今天",
    "他驾驶首班列车驶出车站。",
]


def test_a_name_the_prose_around_it_says_is_no_signature():
    stories = segment_lines_whole(NAME_IN_THE_PROSE)
    assert [s.title for s in stories] == ["江城地铁三号线今天开通"]
    assert stories[0].byline == ""
