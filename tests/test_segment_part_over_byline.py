"""A report of several parts, each part headed by a line over its own reporter's byline (春联见证乡村之变 /
本报记者 X / prose, repeated), is one story (issue 8): the part's prose opens with no dateline, where a new
story's report under its byline does (本报北京2月3日电). Our own invented text in the shape of a daily's
round-up of reports from several places."""

from __future__ import annotations

from segment_support import segment_lines_whole, segment_text

_ROUNDUP = [
    "新春走基层",
    "",
    "本报北京2月1日电 春节将至，记者走进山村、",
    "厂房和车站，记录普通人过年的故事。",
    "",
    "山坳里亮起新路灯",
    "本报记者 李明",
    "",
    "　　天刚擦黑，石桥村的新路灯一盏盏亮了起",
    "来。村民老周背着手在村道上走了一圈，笑着",
    "说，往年这时候出门得打手电筒。",
    "",
    "车间里的年夜饭",
    "本报记者 张华",
    "",
    "　　除夕前一天，纺织厂的食堂里摆开了十几张",
    "圆桌，留厂过年的工人围坐在一起包饺子，厂",
    "长端着汤锅挨桌添汤。",
]

_NEXT_STORY = [
    "",
    "全省新建乡村公路三千公里",
    "本报记者 赵林",
    "",
    "本报杭州2月3日电 记者从省交通运输厅获悉，",
    "去年全省新建和改造乡村公路三千公里，通达",
    "所有建制村。",
]


def test_parts_headed_over_their_reporters_bylines_stay_in_the_report():
    stories = segment_lines_whole(_ROUNDUP)
    assert len(stories) == 1
    assert stories[0].title == "新春走基层"
    assert "山坳里亮起新路灯" in stories[0].body and "车间里的年夜饭" in stories[0].body
    assert "本报记者张华" in stories[0].body


def test_a_head_over_a_byline_and_a_dateline_is_a_new_story():
    stories = segment_text("\n".join(_ROUNDUP + _NEXT_STORY))
    assert [s.title for s in stories] == ["新春走基层", "全省新建乡村公路三千公里"]
    assert stories[1].body.startswith("本报杭州2月3日电")


# A column under its writer's credit after a report: a story of its own, though it too is a short
# head over a byline with no dateline under it.
_COLUMN_AFTER_REPORT = [
    "全省新建乡村公路三千公里",
    "",
    "本报杭州2月3日电 记者从省交通运输厅获悉，",
    "去年全省新建和改造乡村公路三千公里，通达",
    "所有建制村。",
    "",
    "灯下读旧信",
    "文／周敏",
    "",
    "　　搬家时翻出一摞旧信，信封已经泛黄，邮票",
    "还贴得端端正正。那时候写一封信要斟酌好几",
    "天，寄出去又要等上半个月。",
]


def test_a_head_over_a_writers_credit_is_a_new_story():
    stories = segment_text("\n".join(_COLUMN_AFTER_REPORT))
    assert [s.title for s in stories] == ["全省新建乡村公路三千公里", "灯下读旧信"]


# A dated report its own reporter signed over its text, then a short head over another reporter's byline
# and undated prose: the next story, not a part of the report (a round-up opens with its own words,
# unsigned, its parts signed each by its reporter).
_SIGNED_REPORT_THEN_STORY = _NEXT_STORY[1:] + _ROUNDUP[4:11]  # the report, then the round-up's first part


def test_a_head_over_a_byline_under_a_signed_dated_report_is_a_new_story():
    stories = segment_text("\n".join(_SIGNED_REPORT_THEN_STORY))
    assert [s.title for s in stories] == ["全省新建乡村公路三千公里", "山坳里亮起新路灯"]
    assert stories[1].body.startswith("天刚擦黑") and "李明" in stories[1].byline


# A letter that opens straight into its prose, then a short head over a reporter's byline over prose on
# another matter, naming nothing the letter names: the next story (a page maker's 魔鏡在廿一世紀 /
# □本報記者 X under a column's letter), not a part of the letter.
_LETTER_THEN_ESSAY = [
    "給下獄青年的信之三十： 守住初心",
    "記者 王明 通訊員 李強",
    "",
    "　　因旺角騷亂案被判入獄的青年朋友們：",
    "　　這個星期讀到幾則關於你們的消息，先是法",
    "院批出上訴許可，律師團隊正在整理案卷，準",
    "備向終審法院陳詞，盼你們珍惜這個機會，為",
    "上訴作好準備。",
    "",
    "鏡子裏的童話",
    "□本報記者 陳一心",
    "",
    "　　我們都有塊鏡子。小時候聽白雪公主的故事，",
    "皇后每天對着牆上的魔鏡發問，世上最美的女",
    "人是誰？魔鏡從不說謊，於是皇后妒火中燒，",
    "派獵人把公主帶進森林。",
]


def test_a_head_over_a_byline_on_another_matter_after_a_plain_story_is_a_new_story():
    stories = segment_text("\n".join(_LETTER_THEN_ESSAY))
    assert [s.title for s in stories][-1] == "鏡子裏的童話"
    assert len(stories) == 2


def test_a_parts_first_sentence_broken_before_its_comma_stays_in_the_report():
    # the column ends the part's second line short and sets the comma at the head of the third
    # (……小海陀山 / 山顶盘旋 / ，在……): the sentence runs on across, as no title under a byline does
    broken = _ROUNDUP[:14] + [
        "",
        "　　除夕前一天纺织厂的食堂里",
        "摆开了圆桌",
        "，留厂过年的工人围坐在一起包饺子，厂",
        "长端着汤锅挨桌添汤。",
    ]
    stories = segment_lines_whole(broken)
    assert [s.title for s in stories] == ["新春走基层"]
    assert "车间里的年夜饭" in stories[0].body
