"""A deck OCR read inside another story's sentence where the line above it and the deck's first
line happen to make a word too (……铁路工 / 农发行发放春耕备耕贷款超百亿 / 人也计划……: 工农, but the
sentence says 工人) (issue 8): the word the sentence makes across the whole deck outweighs the one
it would make running into it, so the deck is lifted out and the sentence read on. Our own
invented text in the general shape of the column-layout pages."""

from __future__ import annotations

from audiopaper.segment import patterns as p
from segment_support import segment_text

_ABOVE = ["英国多地铁路罢工持续", "", "新华社伦敦12月20日电 英国多个铁路公司的", "员工20日开始新一轮罢工，预计将持", "续到新年前夕。英国部分地区铁路工"]
_DECK = "农发行发放春耕备耕贷款超百亿"
_BELOW = ["人也计划在29日举行罢工。英国铁路", "部门警告乘客为交通严重受阻做好准", "备，并建议非必要不出行。", "",
          "新华社北京3月2日电 中国农业发展银", "行近日发放春耕备耕贷款一百一十亿", "元，支持粮食生产和农资供应。"]


def test_a_word_read_across_the_deck_lifts_it_out_of_the_sentence():
    above, story = segment_text("\n".join([*_ABOVE, _DECK, *_BELOW]))
    assert "铁路工人也计划" in p.compact(above.body) and _DECK not in p.compact(above.body)
    assert story.title == _DECK
    assert p.compact(story.body).startswith("新华社北京3月2日电")


def test_a_commoner_word_running_into_the_line_keeps_it_the_sentence_s_own():
    # ……一分钟的时 / 间就可以喷洒一到两亩地 / 而类似……: 时间 is far commoner than 时而, so the short line
    # is the paragraph's last, not a deck inside the sentence
    text = "\n".join(["无人机助力春耕", "", "本报讯 记者来到城东的麦田里，旁边这个", "类似飞碟的飞行器叫无人植保机，主要", "用来给农田喷洒农药，一分钟的时",
                      "间就可以喷洒一到两亩地", "", "而类似这样节本增效的新型植保技术，", "今年在全县推广面积超过十万亩。"])
    [story] = segment_text(text)
    assert "一分钟的时间就可以喷洒一到两亩地" in p.compact(story.body)
