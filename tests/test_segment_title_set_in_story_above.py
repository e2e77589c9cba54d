"""An untitled story's title that a page read column by column set between two paragraphs of the story
above it (A's deck, A's text, B's deck, the rest of A, B's text): read as a lone line of A's prose, a
crosshead's shape, it left B untitled. A story says its title's words again: a lone line whose words the
untitled story under A says far more than A is that story's title. Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

PAGE = [
    "图书馆推出夜间借阅服务",
    "",
    "本报讯 市图书馆从本周起推出夜间借阅",
    "服务，读者在晚上九点前都可以借还图",
    "书，馆内自助设备也全天开放。",
    "",
    "城西夜市美食节明晚开幕",
    "",
    "馆方表示，这项服务主要面向上班族，",
    "希望吸引更多年轻人走进图书馆，养成",
    "读书的习惯。（记者 李华）",
    "",
    "本报讯 城西夜市美食节将于明晚开幕，",
    "届时六十多家摊位将集中亮相，烤串、",
    "糖水和各地小吃一应俱全。主办方介绍，",
    "美食节将持续十天，每晚六点到十一点",
    "营业，市民可乘坐公交前往。",
]


def test_lone_line_the_untitled_story_below_says_is_its_title():
    stories = segment_text("\n".join(PAGE))
    assert [s.title for s in stories] == ["图书馆推出夜间借阅服务", "城西夜市美食节明晚开幕"]
    assert "城西夜市" not in stories[0].body


# A crosshead whose words its own story says, over an untitled story about something else: it stays.
CROSSHEAD = PAGE[:6] + ["夜间借阅服务受欢迎", ""] + PAGE[8:]


def test_crosshead_its_own_story_says_stays_in_it():
    stories = segment_text("\n".join(CROSSHEAD))
    assert stories[0].title == "图书馆推出夜间借阅服务"
    assert all(s.title != "夜间借阅服务受欢迎" for s in stories)
