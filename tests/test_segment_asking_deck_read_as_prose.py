"""Deck lines stacked over a title that asks (issue 8), read as an untitled paragraph of their own
right over the next story's lead: the subtitle of the story above, the next story's kicker and its
title ending on its question (……臨時街市人流少一半 / 校園新規 / 為咗「電子學習」中學要改校規？ / 本報訊……).
Short lines holding no clause mark, the last asking, are no prose: they go to the headline
assignment, and the story under them keeps its title. Our own invented text, in traditional
script as a Hong Kong page prints it."""

from __future__ import annotations

import pytest

from audiopaper.segment.ocr import _asking_deck, read_lines
from segment_support import body_chars, segment_text

_PAGE = [
    "記者 陳小明",
    "",
    "大埔街市翻新工程因承",
    "建商人手不足，將延至",
    "明年完工，期間商戶會",
    "繼續在臨時街市營業。",
    "",
    "有商戶指，臨時街市位",
    "置偏遠，人流大減，生",
    "意比以前少了一半，希",
    "望當局盡快完成工程，",
    "讓街坊可以早日回到舊",
    "街市買餸。食環署回應",
    "指，會加派人手跟進工",
    "程進度，並研究在臨時",
    "街市附近增設小巴站，",
    "方便長者前往。",
    "街市翻新",
    "大埔街市翻新工程延期 商戶要求盡",
    "快完工 當局加派人手",
    "臨時街市人流少一半",
    "校園新規",
    "為咗「電子學習」中學要改校規？",
    "本報訊（記者 ",
    "李大文）有中學近日修",
    "改校規，要求學生每日",
    "帶手機返學，以便在校",
    "內使用電子學習平台。",
    "有家長擔心子女沉迷手",
    "機，亦有家長認為學校",
    "做法合理，符合時代需",
    "要。校方表示，會設立",
    "手機存放櫃，上課時學",
    "生須把手機交給老師保",
    "管。",
]


def test_deck_over_a_title_that_asks_is_no_story():
    # Before: the deck lines were an untitled story of their own and the story under them had no title.
    stories = segment_text("\n".join(_PAGE))
    assert [s.title for s in stories] == ["大埔街市翻新工程延期 商戶要求盡快完工 當局加派人手",
                                          "為咗「電子學習」中學要改校規？"]
    assert stories[1].body.startswith("本報訊有中學近日修改校規")
    printed = "".join(_PAGE)
    assert body_chars("".join(s.kicker + s.title + s.subtitle + s.byline + s.body for s in stories)) == body_chars(printed)


@pytest.mark.parametrize("paragraph, deck", [
    (["临时街市人流少一半", "校园新规", "为咗「电子学习」中学要改校规？"], True),
    (["本港新增39宗确诊", "为何总是冷清？"], True),
    (["为咗「电子学习」中学要改校规？"], False),  # one line: the reader's own title rules decide it
    (["有家长问，学校为何", "要改校规？"], False),  # a clause mark: a sentence
    (["他问道", "你会来吗？我说会。"], False),  # a sentence ends inside
    (["临时街市人流少一半", "校园新规"], False),  # no question closes it
])
def test_what_reads_as_an_asking_deck(paragraph, deck):
    lines = read_lines("\n".join(paragraph))
    assert (_asking_deck(paragraph, lines) is not None) is deck
