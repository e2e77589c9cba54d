"""Another story's deck and byline that OCR, reading the page column by column, put inside a
story's sentence where a line stops on a comma (……菜谱每周都会更新两次， / 乡村公路通到山顶茶园 /
本报记者 王强 / 食堂还为……): a clause the sentence goes on from, so the deck and byline head the
next story and the prose under them stays with the story above. A line whose numbers are set half
as wide as ideographs is still as wide as its column. Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

DECK_AND_BYLINE_AFTER_A_COMMA = [
    "社区食堂开到家门口",
    "本报讯 城南街道第一家社区食堂昨天开张",
    "，老人凭卡就餐可以享受八折优惠。食堂",
    "负责人说，菜谱每周都会更新两次菜品，",
    "乡村公路通到山顶茶园",
    "本报记者 王强",
    "食堂还为行动不便的老人，提供送餐上门",
    "服务，每天中午由志愿者把饭菜送到家。",
    "（记者 张青）",
    "本报讯 今年春茶开采以来，山里的茶农",
    "每天清早就上山，采下的鲜叶当天就由",
    "货车运到镇上的加工厂，制成干茶。",
]

# The line above the deck sets its figures half as wide (充电桩 10300 个): as many characters as the
# prose line under the byline, it is as wide as the column.
DECK_AND_BYLINE_UNDER_A_LINE_OF_FIGURES = [
    "充电网络覆盖全市街道",
    "本报讯 今年以来全市加快建设公共充电",
    "设施，各街道都有了快充站点。截至目前",
    "，全市已建成公共充电桩 10300 个，服务",
    "乡村公路通到山顶茶园",
    "本报记者 王强",
    "的电动汽车车主已经超过五万人，覆盖所有",
    "街道和主要商圈。",
    "（记者 张青）",
    "本报讯 今年春茶开采以来，山里的茶农",
    "每天清早就上山，采下的鲜叶当天就由",
    "货车运到镇上的加工厂，制成干茶。",
]


def test_deck_and_byline_after_a_comma_head_the_next_story():
    stories = segment_text("\n".join(DECK_AND_BYLINE_AFTER_A_COMMA))
    assert [s.title for s in stories] == ["社区食堂开到家门口", "乡村公路通到山顶茶园"]
    assert "更新两次菜品，食堂还为行动不便的老人，" in stories[0].body
    assert stories[1].body.startswith("本报讯今年春茶开采以来")


def test_deck_and_byline_under_a_line_of_figures_head_the_next_story():
    stories = segment_text("\n".join(DECK_AND_BYLINE_UNDER_A_LINE_OF_FIGURES))
    assert [s.title for s in stories] == ["充电网络覆盖全市街道", "乡村公路通到山顶茶园"]
    assert "服务的电动汽车车主已经超过五万人" in stories[0].body.replace(" ", "")
    assert stories[1].body.startswith("本报讯今年春茶开采以来")


# Under a comma, a line that says the clause's words again (……则不属于歧视， / 失败则构成歧视) is the
# sentence's next clause, its full stop lost, never another story's deck.
CLAUSE_SAID_AGAIN_UNDER_A_COMMA = [
    "平等机会委员会发布调查报告",
    "本报讯 委员会表示，雇主须证明有关要求",
    "合乎比例；举证成功则不属于歧视，",
    "失败则构成歧视",
    "市区新增两条公交线路 方便居民出行",
    "记者 王明",
    "市交通局昨天宣布，新增两条公交线",
    "路将于下月起通车，沿途设站二十个。",
]


def test_clause_said_again_under_a_comma_stays_in_its_sentence():
    stories = segment_text("\n".join(CLAUSE_SAID_AGAIN_UNDER_A_COMMA))
    assert stories[0].title == "平等机会委员会发布调查报告"
    assert "举证成功则不属于歧视，失败则构成歧视" in stories[0].body
    assert not any("失败则构成歧视" in s.kicker + s.title for s in stories)


# Under a comma, a line as wide as the column that holds no clause mark is the sentence's next line
# (prose fills its column), not the first line of the deck below it: only the short line over the
# byline is another story's title, and the prose line stays in its sentence.
PROSE_LINE_OVER_A_DECK_UNDER_A_COMMA = [
    "骑手驿站开进城区街道",
    "本报讯 市总工会昨天在城区开设",
    "十家骑手驿站，为外卖员快递员提",
    "供休息、充电和饮水服务，维护劳",
    "动者权益，构建和谐的劳动关系，",
    "提升新就业群体的获得感幸福感和",
    "乡村公路通到山顶茶园",
    "本报记者 王强",
    "安全感，驿站还将开设交通安全课",
    "堂，每月请交警为骑手讲解路规。",
    "（记者 张青）",
    "本报讯 今年春茶开采以来，山里的",
    "茶农每天清早就上山，采下的鲜叶",
    "当天就由货车运到镇上的加工厂。",
]


def test_prose_line_as_wide_as_the_column_stays_in_its_sentence_over_a_deck():
    stories = segment_text("\n".join(PROSE_LINE_OVER_A_DECK_UNDER_A_COMMA))
    assert [s.title for s in stories] == ["骑手驿站开进城区街道", "乡村公路通到山顶茶园"]
    assert "构建和谐的劳动关系，提升新就业群体的获得感幸福感和安全感，" in stories[0].body
    assert stories[1].body.startswith("本报讯今年春茶开采以来")
