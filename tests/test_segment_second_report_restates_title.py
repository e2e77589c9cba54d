"""A second report under a story (……数亿人次。 / 本报北京2月11日电 ……国家图书馆到馆总人次超过12万) that says
again what the story's title says (国图春节期间到馆人次超12万) is the story's, though it shares few words
with the prose right above it: the title heads both reports (issue 8). A report under the story that
the title does not speak of stays a story of its own. Our own invented text in the general shape of a
daily's paired reports."""

from __future__ import annotations

from segment_support import segment_text

_TITLE = "国图春节期间到馆人次超12万（礼赞70年）"
_FIRST = ["新华社杭州7月13日电 经过数十年的发展，我国", "公共文化服务体系不断完善，覆盖面和适用", "性显著提高，乡镇综合文化站遍布城乡，服", "务群众达数亿人次。"]


def test_a_second_report_that_restates_the_title_stays_in_the_story():
    second = ["本报北京2月11日电 春节期间，更多市民选择走", "进国家图书馆，除夕到初六，到馆总人次超", "过12万，同比增长140%。"]
    [story] = segment_text("\n".join(["", _TITLE, "", *_FIRST, *second]))
    assert story.title == _TITLE
    assert "到馆总人次超过12万" in story.body.replace("\n", "")


def test_a_report_that_the_title_does_not_speak_of_is_a_story_of_its_own():
    other = ["本报北京2月11日电 气象台今天发布寒潮预警，北", "方大部地区气温将下降八到十摄氏度，请市", "民注意防寒保暖。"]
    stories = segment_text("\n".join(["", _TITLE, "", *_FIRST, *other]))
    assert len(stories) == 2
    assert stories[1].body.startswith("本报北京2月11日电")


def test_a_report_under_a_title_set_over_another_story_stays_its_own():
    # OCR set the report's title over the story above it, which says nothing of what the title says
    above = ["本报讯 打铁花是一种大型民间传统焰火，古", "老者已有千年历史，如今已成为多地新春民", "俗旅游的重要观赏项目，游客络绎不绝。"]
    report = ["本报4月22日讯 当地时间11月1日上午，国家", "主席习近平在韩国庆州出席亚太经合组织第三", "十二次领导人非正式会议并发表重要讲话。"]
    stories = segment_text("\n".join(["", "习近平继续出席亚太经合组织第三十二次领导人非正式会议", *above, "", *report]))
    assert len(stories) == 2
    assert stories[1].body.startswith("本报4月22日讯")
