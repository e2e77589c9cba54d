"""A report of several parts that its editor's note or epigraph opens (……记录他们忙碌的身影。 / ——编 者), each
part headed over its own reporter's byline, is one story (issue 8), even where a part's head runs over two
lines (一碗面 / 有温情) and its prose names other places and people than the parts before it. The note's
signature opens a story's text and never ends a story, and a report that already holds a part goes on with
more. A two-line head over a byline under a plain story's last sentence stays a new story's title. Our own
invented text in the shape of a daily's round-up (a page maker's 暖意融融看社风 / ——习近平 / 一碗面 / 有温情 /
本报记者 X)."""

from __future__ import annotations

from segment_support import segment_lines_whole, segment_text

_NOTE = [
    "一线干部的一天",
    "",
    "　　编者按：疫情防控进入关键阶段，基层干部",
    "坚守岗位、连续作战。本版今起刊发记者在各地",
    "采写的报道，记录他们忙碌的身影。",
    "　　——编 者",
]
_FIRST_PART = [
    "一碗面",
    "有温情",
    "本报记者 李明",
    "",
    "　　“大家都走了，你们怎么不回家？”除夕前一",
    "天，城西街头的面馆里，老板给值班的民警端上",
    "两碗热汤面，说什么也不肯收钱。",
    "",
]
_SECOND_PART = [
    "一趟车",
    "暖人心",
    "本报记者 张华",
    "",
    "　　凌晨四点，开往山区的末班公交车上只有三",
    "名乘客。司机老周把车开得很稳，到站时还下车",
    "帮一位老人把行李搬到路边。",
]


def test_parts_under_an_editors_note_stay_in_the_report():
    stories = segment_lines_whole(_NOTE + _FIRST_PART + _SECOND_PART)
    assert [s.title for s in stories] == ["一线干部的一天"]
    assert "\n一碗面\n有温情\n" in stories[0].body and "\n一趟车\n暖人心\n" in stories[0].body
    assert "本报记者张华" in stories[0].body.replace(" ", "")


_PLAIN_STORY = [
    "全省新建乡村公路三千公里",
    "",
    "　　本报杭州2月3日电 记者从省交通运输厅获悉，",
    "去年全省新建和改造乡村公路三千公里，通达",
    "所有建制村。",
]


def test_two_line_head_over_a_byline_under_a_plain_story_is_a_new_story():
    stories = segment_text("\n".join(_PLAIN_STORY + _FIRST_PART))
    assert len(stories) == 2
    assert stories[1].body.startswith("“大家都走了")
