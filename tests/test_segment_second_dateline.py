"""A story with a second report (issue 8): under the agency's report a paragraph opens with the
paper's own dateline (本报香港10月1日电) and goes on about the same event. It is the story's
second report, not an untitled story; a dateline under a story that speaks of something else
still opens a story of its own. Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

FIRST = [
    "香港各界举行活动庆祝国庆",
    "据新华社 10月1日上午，香港金紫荆",
    "广场举行隆重的升旗仪式，庆祝国庆。",
    "特区政府主要官员和香港社会各界代表",
    "出席升旗仪式，五星红旗和紫荆花旗冉",
    "冉升起，现场市民挥舞国旗，齐声高唱",
    "国歌，共同祝福祖国繁荣昌盛。",
    "",
]
SAME_EVENT = [
    "本报香港10月1日电（记者 陈然）香港",
    "社会各界以多种方式庆祝国庆。不少市",
    "民一早来到金紫荆广场观看升旗仪式，",
    "手持国旗和紫荆花旗合影留念，社会各",
    "界代表表示要共同祝福祖国繁荣昌盛。",
]
OTHER_EVENT = [
    "本报广州10月1日电（记者 李华）今年",
    "前三季度，广东外贸进出口保持稳定增",
    "长，其中新能源汽车、锂电池和太阳能",
    "电池出口增幅明显，民营企业进出口占",
    "比继续提高，为稳外贸作出积极贡献。",
]


def test_a_second_report_on_the_same_event_stays_in_its_story():
    [story] = segment_text("\n".join(FIRST + SAME_EVENT))
    assert story.title == "香港各界举行活动庆祝国庆"
    assert story.body.split("\n")[-1].startswith("本报香港10月1日电")


def test_a_dateline_on_another_subject_opens_its_own_story():
    first, second = segment_text("\n".join(FIRST + OTHER_EVENT))
    assert first.title == "香港各界举行活动庆祝国庆" and first.body.endswith("繁荣昌盛。")
    assert second.body.startswith("本报广州10月1日电")
