"""A deck line opening with a character that can be a particle or a conjunction (的, 着, 和, 及)
goes on the line above only where that character is a word of its own (…强调 / 的系统观念,
各级党委（党组） / 及其…): 着力提高…, 和谐春运… open a title of their own under a kicker
(issue 8, mainland decks). A line opening with a question or exclamation mark is the rest of the
title the column broke before it (你用过回收的红包吗 / ？（说道）). Our own invented text."""

from __future__ import annotations

from segment_support import segment_text

from audiopaper.segment.line_breaks import title_wrapped

_PAGE = [
    "市交通局发布春运出行提示",
    "本报讯 市交通局昨日发布春运出行提",
    "示，提醒旅客错峰出行，提前购票。",
    "",
    "交通部门要求做好公路保通保畅工作",
    "和谐春运，情满回家路",
    "本报讯 春运首日，全市各客运站秩序",
    "井然，志愿者在站内为旅客指路，帮",
    "助老人提拿行李，处处暖意融融。",
    "",
    "市委书记在全市安全生产会议上强调",
    "着力提高防范应对自然灾害能力",
    "本报讯 全市安全生产工作会议昨日召",
    "开，会议部署了汛期防灾减灾工作，",
    "要求各部门压实责任，守牢底线。",
]


def test_a_title_opening_with_a_word_that_starts_with_a_conjunction_is_under_its_kicker():
    stories = segment_text("\n".join(_PAGE))
    assert [(s.kicker, s.title) for s in stories] == [
        ("", "市交通局发布春运出行提示"),
        ("交通部门要求做好公路保通保畅工作", "和谐春运，情满回家路"),
        ("市委书记在全市安全生产会议上强调", "着力提高防范应对自然灾害能力"),
    ]


def test_only_a_particle_or_conjunction_standing_alone_runs_the_line_above_on():
    assert not title_wrapped("交通部门要求做好公路保通保畅工作", "和谐春运，情满回家路")
    assert not title_wrapped("市委书记在全市安全生产会议上强调", "着力提高防范应对自然灾害能力")
    assert title_wrapped("总书记强调", "的系统观念")
    assert title_wrapped("各级党委（党组）", "及其组织人事部门")
    assert title_wrapped("文化遗产保护", "和利用的新路径")


def test_a_line_opening_with_a_question_mark_is_the_title_s_rest():
    assert title_wrapped("你用过回收的红包吗", "？（说道）")
    assert title_wrapped("这样的好事还有多少", "！")
