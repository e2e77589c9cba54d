"""More cues that a title read inside another story's unfinished sentence (a page read column by
column) is that other story's: the title set apart as a title is (space above and under it, clearly
narrower than the prose) with a paragraph further on restating it; and the prose under the title
as wide as the line above it when digits are set as wide as ideographs. Our own text in the general
shape."""

from __future__ import annotations

from segment_support import segment_text

# A title set apart by space and width inside a sentence (……两个片区 / 夜市美食节开幕 / 率先开工……),
# its story a plain paragraph further on that restates it (no dateline, no byline).
TITLE_SET_APART_ITS_PARAGRAPH_FURTHER_ON = [
    "老城区改造方案公布",
    "本报讯 市住建局昨天公布了老城区改造",
    "方案，计划用三年时间完成改造。方案",
    "提出，明年将在城东和城南两个片区",
    "",
    "夜市美食节开幕",
    "",
    "率先开工，改造资金由市区两级财政共",
    "同承担。",
    "",
    "昨天晚上，夜市美食节在滨江广场开幕，",
    "五十多家摊位带来各地小吃，吸引了大",
    "批市民前来品尝。",
]

# The same, the story above closed by its writer's long bracketed credit: the paragraph
# under the credit opens a story, though no sentence ends right above it.
TITLE_SET_APART_ITS_PARAGRAPH_UNDER_A_CREDIT = [
    *TITLE_SET_APART_ITS_PARAGRAPH_FURTHER_ON[:9],
    "（作者系市城市规划设计研究院党委副书",
    "记、副院长，市历史文化名城保护研究中",
    "心主任，省城乡规划学会老旧小区改造专",
    "业委员会副主任委员，市人居环境研究会",
    "常务理事）",
    *TITLE_SET_APART_ITS_PARAGRAPH_FURTHER_ON[9:],
]

# The same narrow line set apart, but nothing further on restates it: the sentence keeps it.
NARROW_LINE_SET_APART_NOTHING_RESTATES_IT = [
    *TITLE_SET_APART_ITS_PARAGRAPH_FURTHER_ON[:10],
    "市民可以通过社区服务中心提出意见，",
    "住建局将在一个月内逐条答复。",
]

# The prose under the title holds digits set as wide as ideographs: it is as wide as the line above
# by its characters, though not when digits count half (……已经达到 / 全市河道清淤工程全面完工 /
# 12000人，……). The title's own dateline further on restates it.
TITLE_OVER_PROSE_WITH_FULL_WIDTH_DIGITS = [
    "图书馆推出夜间借阅服务",
    "本报讯 市图书馆从本周起推出夜间借阅",
    "服务，读者在晚上九点前都可以借还图",
    "书，馆内自助设备也全天开放。到目前",
    "为止，办理夜间借阅证的读者已经达到",
    "全市河道清淤工程全面完工",
    "12000人，多数是附近的上班族，",
    "馆方还将延长周末的开放时间。",
    "（记者 李华）",
    "本报讯 记者昨天从市水务局获悉，全市",
    "河道清淤工程全面完工，共清理淤泥十二",
    "万立方米，沿河居民反映水质明显变好。",
]


def test_title_set_apart_with_its_paragraph_further_on_heads_that_paragraph():
    stories = segment_text("\n".join(TITLE_SET_APART_ITS_PARAGRAPH_FURTHER_ON))
    assert [s.title for s in stories] == ["老城区改造方案公布", "夜市美食节开幕"]
    assert "两个片区率先开工" in stories[0].body
    assert stories[1].body.startswith("昨天晚上，夜市美食节")


def test_title_set_apart_with_its_paragraph_under_a_credit_heads_that_paragraph():
    stories = segment_text("\n".join(TITLE_SET_APART_ITS_PARAGRAPH_UNDER_A_CREDIT))
    assert [s.title for s in stories] == ["老城区改造方案公布", "夜市美食节开幕"]
    assert "两个片区率先开工" in stories[0].body
    assert stories[1].body.startswith("昨天晚上，夜市美食节")


def test_narrow_line_set_apart_that_nothing_restates_stays_in_its_sentence():
    stories = segment_text("\n".join(NARROW_LINE_SET_APART_NOTHING_RESTATES_IT))
    assert [s.title for s in stories] == ["老城区改造方案公布"]
    assert "两个片区夜市美食节开幕率先开工" in stories[0].body


def test_title_over_prose_with_full_width_digits_heads_its_own_dateline():
    stories = segment_text("\n".join(TITLE_OVER_PROSE_WITH_FULL_WIDTH_DIGITS))
    assert [s.title for s in stories] == ["图书馆推出夜间借阅服务", "全市河道清淤工程全面完工"]
    assert "已经达到12000人" in stories[0].body
    assert stories[1].body.startswith("本报讯")
