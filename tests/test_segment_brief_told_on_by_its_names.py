"""A brief of two paragraphs in a column of briefs (issue 8): a brief's second paragraph often says
none of the first one's common words (去年九月，贝尔萨接手……) yet names the same person or place; a
name or term the brief above names (贝尔萨) says the paragraph goes on telling it, where the next
brief would speak of something else. The column goes on past such a brief, the next item its own.
Our own text."""

from __future__ import annotations

from segment_support import segment_lines_whole

TWO_PARAGRAPH_BRIEF = [
    "简讯",
    "",
    "乌拉圭国家足球队主教练贝尔萨昨",
    "天公布新一期集训名单，二十六名",
    "球员中有五名新人，球队将于本周",
    "在两场预选赛中迎战巴西阿根廷。",
    "集训定于下周一在首都蒙得维的亚",
    "开始，为期十天，其间安排一场对",
    "内教学赛，门票收入全部捐给当地",
    # as wide as the column: the paragraph may have ended here or not
    "少年足球学校，用于添置训练器材。",
    "去年九月，贝尔萨接手这支南美劲",
    "旅，执教以来带队取得十一胜四平",
    "两负的战绩，各方评价颇高。",
    "",
    "西郊水库今年第二次开闸放水，下",
    "游农田的春灌用水得到保障。管理",
    "处提醒附近村民，汛期前不要到河",
    "滩捕鱼或者游泳，水库周边的道路",
    "也在抓紧整修，预计下月底完工。",
]


def test_a_paragraph_naming_the_brief_s_names_goes_on_telling_it():
    stories = segment_lines_whole(TWO_PARAGRAPH_BRIEF, ("简讯",))
    assert len(stories) == 2
    assert stories[0].body.startswith("乌拉圭国家足球队")
    assert stories[0].body.endswith("各方评价颇高。")
    assert stories[1].body.startswith("西郊水库")


# the brief's second paragraph runs long: a brief of two paragraphs, however long, is no feature
# ending the column, and the item under it is the column's next
LONG_SECOND_PARAGRAPH = [
    *TWO_PARAGRAPH_BRIEF[:10],
    "去年九月，贝尔萨接手这支南美劲",
    "旅，执教以来带队取得十一胜四平",
    "两负的战绩。这位年近七旬的名帅",
    "此前曾执掌智利、墨西哥等多支南",
    "美和中美洲劲旅，以高强度压迫和",
    "快速转换的打法闻名，许多同行称",
    "他为战术大师。他常在赛前观看对",
    "手近百场录像，逐一记下每名对手",
    "的习惯动作，这份细致为他赢得了",
    "各方的尊重。",
    *TWO_PARAGRAPH_BRIEF[-6:],
]


def test_the_column_goes_on_past_a_long_brief_told_on_by_its_names():
    stories = segment_lines_whole(LONG_SECOND_PARAGRAPH, ("简讯",))
    assert len(stories) == 2
    assert stories[0].body.endswith("为他赢得了各方的尊重。")
    assert stories[1].body.startswith("西郊水库")
