"""A short head over a byline that names a correspondent with the reporter (记者 X 通讯员 Y), under the
finished prose of the story above, is the next story's title (issue 8): a correspondent co-signs a whole
story with the paper's reporter, while a round-up's parts are signed by the paper's own reporters
(本报记者 X). Our own invented text in the shape of a daily's page: a report on the city's flood season,
then a short report on the same city's river works under its reporter's and correspondent's byline."""

from __future__ import annotations

from segment_support import segment_text

_REPORT = [
    "汛期前完成河道清淤",
    "",
    "　　入汛在即，市水务局组织各区对城区河道开",
    "展清淤整治。截至目前，全市已清理河道淤泥",
    "十二万立方米，疏通排水管网四百多公里，",
    "汛期城区排涝能力明显提升。",
    "",
    "　　市水务局有关负责人介绍，今年清淤工作",
    "比往年提前了一个月，重点河道全部完成。",
]

_NEXT_STORY = [
    "",
    "河边步道",
    "记者 赵林 通讯员 钱明",
    "",
    "　　清淤后的河道边，一条新步道即将开放。",
    "市水务局介绍，步道全长八公里，沿线设有",
    "休息区和观景台，市民汛期后即可前往。",
]


def test_a_head_over_a_reporters_and_correspondents_byline_is_a_new_story():
    stories = segment_text("\n".join(_REPORT + _NEXT_STORY))
    assert [s.title for s in stories] == ["汛期前完成河道清淤", "河边步道"]
    assert stories[1].body.startswith("清淤后的河道边")
    assert "赵林" in stories[1].byline


def test_a_head_over_the_papers_reporter_alone_stays_a_part():
    # the same head over the paper's own reporter alone: a part of the report above, as before
    part = [line.replace("记者 赵林 通讯员 钱明", "本报记者 赵林") for line in _NEXT_STORY]
    stories = segment_text("\n".join(_REPORT + part))
    assert [s.title for s in stories] == ["汛期前完成河道清淤"]
    assert "河边步道" in stories[0].body
