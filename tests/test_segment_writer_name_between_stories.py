"""A writer's bare name alone between the story above's last sentence and prose (issue 8, pages read
column by column): it signs a commentary whose title OCR read elsewhere on the page, so a new story
starts under it, signed by the name. No story's paragraph is a bare name. Our own text in the general
shape."""

from __future__ import annotations

from segment_support import segment_lines_whole

STORY_ABOVE = [
    "城南湿地公园扩建完工",
    "",
    "本报讯 城南湿地公园扩建工程近",
    "日完工，新增水面三百亩，栖息",
    "的候鸟种类比去年多了一成。",
]
NAME_OVER_A_COMMENTARY = STORY_ABOVE + [
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
    assert stories[0].body.endswith("比去年多了一成。")
    assert stories[1].byline == "吕超"
    assert stories[1].body.startswith("治国之要")


NAME_IN_THE_PROSE = STORY_ABOVE[:4] + [
    "的候鸟种类比去年多了一成，护",
    "林员们每天巡护。",
    "吕超",
    "",
    "说，吕超是公园的护林员，今天",
    "他带着游客看了新来的候鸟。",
]


def test_a_name_the_prose_around_it_says_is_no_signature():
    stories = segment_lines_whole(NAME_IN_THE_PROSE)
    assert [s.title for s in stories] == ["城南湿地公园扩建完工"]
    assert stories[0].byline == ""


# A transcript labels each speaker on a line of its own, the words under it ending at once: a
# speaker's name is no signature.
SPEAKERS_OF_A_TRANSCRIPT = STORY_ABOVE + [
    "来宝",
    "我们家的家风就是不怕吃亏。",
    "温州创业青年",
    "不啃老、不坑爹。",
    "梅葆玖",
    "对国家要忠，对父母要孝。",
]


def test_a_transcripts_speaker_is_no_signature():
    stories = segment_lines_whole(SPEAKERS_OF_A_TRANSCRIPT)
    assert not any(s.byline == "梅葆玖" for s in stories)
    assert any("梅葆玖" in s.body and "对国家要忠" in s.body for s in stories)
