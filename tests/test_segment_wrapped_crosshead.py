"""A crosshead the column broke inside a word over two lines, between two paragraphs of its story
(issue 8, the column-layout pages): one crosshead of the story, not a new story's title. Our own text."""

from __future__ import annotations

from segment_support import body_chars, segment_text

FEATURE = [
    "城东老街改造记",
    "",
    "本报记者 王强",
    "",
    "城东老街始建于清代，街面狭窄，房屋老",
    "旧，居民出行和生活多有不便。去年起，",
    "区里启动老街改造，边修缮边保护，让老",
    "街焕发新的活力。",
    "",
    "◆修缮老屋，留住老",
    "街的原有风貌",
    "",
    "改造之初，区里请来文物专家逐栋查看老",
    "屋，定下修旧如旧的原则。老街的青砖、",
    "木门和石板路都尽量保留，居民们说，老",
    "街还是原来的样子，住着却舒服多了。",
    "",
    "◆引入新业态，让老街热",
    "闹起来",
    "",
    "修缮完成后，老街引入了书店、茶馆和手",
    "工作坊，周末游客络绎不绝。老街的居民",
    "也开起了小店，日子越过越红火。",
]


def test_a_crosshead_broken_inside_a_word_stays_in_its_story():
    stories = segment_text("\n".join(FEATURE))
    assert [s.title for s in stories] == ["城东老街改造记"]
    assert "修缮老屋，留住老街的原有风貌" in stories[0].body.replace("\n", "")
    assert body_chars(stories[0].body) == body_chars("\n".join(FEATURE[4:]))
