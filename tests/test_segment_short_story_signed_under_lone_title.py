"""A lone line between a finished story and a short story its byline closes (issue 8, pages read
column by column): the short story speaks of something else than the story above, so the line is
its title, not a crosshead, even where the story after the byline speaks of what the story above
does. The next story's words say nothing of the short one's subject. Our own text in the general
shape."""

from __future__ import annotations

from segment_support import labeller_reading, segment_text

from audiopaper.segment import labeller

FEATURE_ABOVE = [
    "良种育出好收成",
    "",
    "本报讯 秋收时节，城北农场的试验",
    "田里，育种团队正忙着测产。这批",
    "小麦新品种今年亩产比老品种高出",
    "一成，抗倒伏能力也更强。团队负",
    "责人说，培育一个小麦新品种要八",
    "到十年，要在不同地块反复试种，",
    "记录每一株小麦的长势和产量。",
    "",
    "育种团队还和农机企业一起试验，",
    "让新品种更适合机械化收割。农场",
    "的种植户说，良种加上好农机，收",
    "成一年比一年好，种粮的劲头更足。",
]
SHORT_STORY = [
    "",
    "老旧电梯更新补贴下月发放",
    "",
    "市住建局昨天发布通知，住宅小区",
    "更换老旧电梯可申请财政补贴，每",
    "台最高十五万元，业主委员会可统",
    "一向所在街道提出申请。",
    "（本报记者 林可）",
]
NEXT_STORY_ON_THE_SAME_FIELDS = [
    "",
    "秋粮收购有序推进",
    "",
    "本报讯 全市秋粮收购已经启动，",
    "收购点为种植户提供测产、烘干",
    "服务，新品种小麦的收购价格比",
    "去年略高，农场和种粮大户的收",
    "成有了着落。",
]
TITLE = SHORT_STORY[1]


def test_a_lone_line_over_a_short_signed_story_is_its_title(monkeypatch):
    # the labeller leans to a crosshead, a close call: the subjects on either side decide
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({TITLE: (0.3, 0.15)}))
    stories = segment_text("\n".join(FEATURE_ABOVE + SHORT_STORY + NEXT_STORY_ON_THE_SAME_FIELDS))
    assert [s.title for s in stories] == ["良种育出好收成", TITLE, "秋粮收购有序推进"]
    assert stories[0].body.endswith("种粮的劲头更足。")
    assert stories[1].body.startswith("市住建局") and "林可" in stories[1].byline


# the same short story, saying two words any story says that the story above says too (今年, 一成)
SHORT_STORY_SHARING_WORDS = [
    "",
    TITLE,
    "",
    "市住建局昨天发布通知，今年住宅",
    "小区更换老旧电梯可申请财政补贴，",
    "补贴额占费用一成，业主委员会可",
    "统一向所在街道提出申请。",
    "（本报记者 林可）",
]


def test_a_byline_closing_the_prose_under_the_line_lets_a_word_or_two_be_shared(monkeypatch):
    # a feature's parts share few words too; a part does not close with a byline a few lines on
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({TITLE: (0.3, 0.15)}))
    stories = segment_text("\n".join(FEATURE_ABOVE + SHORT_STORY_SHARING_WORDS + NEXT_STORY_ON_THE_SAME_FIELDS))
    assert [s.title for s in stories] == ["良种育出好收成", TITLE, "秋粮收购有序推进"]
    assert stories[1].body.startswith("市住建局") and "林可" in stories[1].byline


def test_a_crosshead_over_a_part_of_the_same_story_stays_in_it(monkeypatch):
    # the part under the line goes on with the story's words (育种, 小麦, 新品种): a crosshead
    crosshead = "新品种走进更多农田"
    part = [
        "",
        crosshead,
        "",
        "今年，这批小麦新品种已在周边三",
        "个县试种，育种团队每月下田查看",
        "长势，种植户说新品种省心省力。",
        "（本报记者 林可）",
    ]
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({crosshead: (0.3, 0.15)}))
    stories = segment_text("\n".join(FEATURE_ABOVE + part + NEXT_STORY_ON_THE_SAME_FIELDS))
    assert [s.title for s in stories] == ["良种育出好收成", "秋粮收购有序推进"]
    assert crosshead in stories[0].body
