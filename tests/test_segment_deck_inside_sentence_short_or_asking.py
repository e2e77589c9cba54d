"""A deck read inside another story's unfinished sentence (a page read column by column) may hold
a short title (four or five ideographs: 强劲奔跑), end on a question or exclamation mark as titles
do, or have its story's lead restate its title line alone (not the subtitle under it); the other
cues (space and width, the sentence's word running across it, its story's own paragraph further
on) still decide. Our own text in the general shape."""

from __future__ import annotations

import pytest
from segment_support import segment_text

# The story above, its sentence going on across another story's deck.
STORY_ABOVE = [
    "老城区改造方案公布",
    "本报讯 市住建局昨天公布了老城区改造",
    "方案，计划用三年时间完成改造。",
    "按照方案，改造将先易后难，分批推进，",
    "首批涉及八十多个老旧小区。方案还",
]

# A four-ideograph title set apart inside a word of the sentence (……两个片 / 夜市开张 / 区率先开工……),
# its story starting under a dateline further on.
SHORT_TITLE_INSIDE_A_WORD = [
    *STORY_ABOVE,
    "提出，明年将在城东和城南两个片",
    "",
    "夜市开张",
    "",
    "区率先开工，改造资金由市区两级",
    "财政共同承担。",
    "",
    "本报讯 昨天晚上，滨江广场的夜市开张，",
    "五十多家摊位带来各地小吃，吸引了大",
    "批市民前来品尝。",
]

# A title ending on an exclamation mark set apart inside the sentence, a paragraph further on
# restating it.
EXCLAIMING_TITLE_INSIDE_A_SENTENCE = [
    *STORY_ABOVE,
    "提出，明年将在城东和城南各选一个",
    "",
    "江边灯光秀回来啦！",
    "",
    "街道试点，居民意见将作为改造的重要",
    "依据。",
    "",
    "江边灯光秀时隔两年回来了，今晚起每",
    "天七点半准时亮灯，持续四十分钟。",
]

# A title and its subtitle set apart inside the sentence; the paragraph further on restates the
# title alone, as a lead does, not the subtitle.
TITLE_AND_SUBTITLE_ITS_LEAD_RESTATING_THE_TITLE = [
    *EXCLAIMING_TITLE_INSIDE_A_SENTENCE[:7],
    "江边灯光秀时隔两年重新亮灯",
    "沿岸十二栋楼宇参与联动演出",
    *EXCLAIMING_TITLE_INSIDE_A_SENTENCE[8:12],
    "江边灯光秀时隔两年重新亮灯，今晚起",
    "每天七点半开始，持续四十分钟。",
]


@pytest.mark.parametrize(("page", "sentence_kept", "title", "opening"), [
    (SHORT_TITLE_INSIDE_A_WORD, "两个片区率先开工", "夜市开张", "本报讯昨天晚上"),
    (EXCLAIMING_TITLE_INSIDE_A_SENTENCE, "各选一个街道试点", "江边灯光秀回来啦！", "江边灯光秀时隔两年回来了"),
    (TITLE_AND_SUBTITLE_ITS_LEAD_RESTATING_THE_TITLE, "各选一个街道试点", "江边灯光秀时隔两年重新亮灯",
     "江边灯光秀时隔两年重新亮灯，"),
], ids=["short title inside a word", "exclaiming title", "lead restating the title line alone"])
def test_deck_inside_a_sentence_heads_its_own_story(page, sentence_kept, title, opening):
    stories = segment_text("\n".join(page))
    assert stories[0].title == "老城区改造方案公布"
    assert sentence_kept in stories[0].body  # the sentence goes on across the lifted deck
    assert len(stories) == 2 and stories[1].title.startswith(title)
    assert stories[1].body.startswith(opening)


# The same deck, but the paragraph further on only shares its title line's words, no phrase of it
# word for word, as a story's own paragraph may: the line alone lifts nothing.
TITLE_AND_SUBTITLE_ITS_WORDS_SCATTERED_FURTHER_ON = [
    *TITLE_AND_SUBTITLE_ITS_LEAD_RESTATING_THE_TITLE[:-2],
    "时隔两年，江边的灯光秀重新亮灯了。今",
    "晚起每天七点半开始，持续四十分钟。",
]


def test_deck_whose_title_words_alone_come_again_further_on_is_not_lifted_on_them():
    stories = segment_text("\n".join(TITLE_AND_SUBTITLE_ITS_WORDS_SCATTERED_FURTHER_ON))
    assert [s.title for s in stories] == ["老城区改造方案公布"]
