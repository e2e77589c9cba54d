"""A title read inside another story's unfinished sentence (a page read column by column) is
lifted out when its own story's dateline opens with the title's first words (本报讯 第九届中国马术节
昨晚…… under 第九届中国马术节暨全运会马术资格赛开幕), though the lead repeats fewer than half of
the title's words and the title is as wide as the column. Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

TITLE_ITS_DATELINE_OPENS_WITH = [
    "老城区改造方案公布",
    "本报讯 市住建局昨天公布了老城区改造",
    "方案，计划用三年时间完成改造。方案",
    "提出，明年将在城东和城南两个片区",
    "第五届滨江龙舟节暨省龙舟锦标赛开赛",
    "率先开工，改造资金由市区两级财政共",
    "同承担，居民也可以申请补贴。",
    "（记者 李华）",
    "本报讯 第五届滨江龙舟节昨天在江滨公",
    "园开幕，来自全省的四十支队伍参加比",
    "赛，比赛将持续三天。",
]

# The same line, its words said further on by a paragraph of the story above, not by a dateline.
LINE_A_PARAGRAPH_SAYS_AGAIN = [
    *TITLE_ITS_DATELINE_OPENS_WITH[:7],
    "第五届滨江龙舟节也在这里举办，四十支",
    "队伍将在改造后的江滨公园参加比赛。",
]


def test_title_whose_dateline_opens_with_its_words_heads_that_story():
    stories = segment_text("\n".join(TITLE_ITS_DATELINE_OPENS_WITH))
    assert [s.title for s in stories] == ["老城区改造方案公布", "第五届滨江龙舟节暨省龙舟锦标赛开赛"]
    assert "两个片区率先开工" in stories[0].body
    assert stories[1].body.startswith("本报讯第五届滨江龙舟节")


def test_line_a_later_paragraph_says_again_stays_in_its_sentence():
    stories = segment_text("\n".join(LINE_A_PARAGRAPH_SAYS_AGAIN))
    assert [s.title for s in stories] == ["老城区改造方案公布"]
    assert "两个片区第五届滨江龙舟节暨省龙舟锦标赛开赛率先开工" in stories[0].body
