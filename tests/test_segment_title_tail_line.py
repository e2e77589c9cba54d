"""A title set over two lines whose second line is a whole line, not a word the column broke
(issue 8): the first line stops where its phrase cannot (a bare subject after a space, a colon
with a word or two after it, a number without its unit), so the line under it is the title's
end, not the story's first line or a subtitle. Our own invented text in the general shape."""

from __future__ import annotations

from audiopaper.segment import patterns as p
from audiopaper.segment.line_breaks import title_wrapped
from segment_support import segment_text

_LEAD = ["本报讯 昨天上午，全市秋季植树活动在", "城东湿地公园举行，两千多名志愿者", "栽下银杏和香樟一万余株。活动现场",
         "还设置了科普展板，向市民介绍湿地", "保护知识。"]


def test_a_bare_name_closing_a_title_line_reads_on_into_the_predicate_under_it():
    # ……开幕 市长 / 为志愿者颁发证书: 市长 alone after a space says nothing; the line under it says what he did
    text = "\n".join(["", "全市秋季植树活动在城东湿地公园开幕 市长", "为首批护绿志愿者颁发证书", "", *_LEAD])
    [story] = segment_text(text)
    assert p.compact(story.title) == "全市秋季植树活动在城东湿地公园开幕市长为首批护绿志愿者颁发证书"
    assert story.subtitle == ""
    assert story.body.startswith("本报讯")


def test_a_short_noun_phrase_after_a_space_is_not_taken_for_a_subject_when_the_next_line_names_another():
    # ……开幕 湿地 / 北京植物园…: the line under it opens on a name of its own, a new phrase
    assert not title_wrapped("全市秋季植树活动在城东湿地公园开幕 湿地", "北京植物园同步举办花展")
    # a role and a name before the short phrase are a credit, not a title
    assert not title_wrapped("视频编辑：王小明 文字", "全市秋季植树活动开幕")


def test_a_colon_with_a_word_or_two_after_it_goes_on_in_the_next_line():
    # 区长：让 / 每条街道都有口袋公园: what the colon opens is more than one word
    assert title_wrapped("全市新建口袋公园百余个 区长：让", "每条街道都有口袋公园")
    assert title_wrapped("中美元首發言 拜登︰", "不尋求新冷戰")  # the colon set upright in a traditional page


def test_a_clause_of_one_character_after_a_comma_goes_on_in_the_next_line():
    # 稳就业，促 / 增收: no clause of a title is one character long; two may be (…，真好)
    assert title_wrapped("稳就业，促", "增收见实效（民生观察）")
    assert not title_wrapped("乡村的秋天，真好", "稻田里一片金黄")


def test_a_number_closing_a_line_takes_its_hours_from_the_next():
    assert title_wrapped("暴雨致城东停电3", "小时 电力部门连夜抢修")


def test_a_line_ending_on_a_preposition_goes_on_to_what_it_is_about():
    assert title_wrapped("市政协委员建言献策 針對", "老舊小區加裝電梯難題")
    assert title_wrapped("专家解读新规 关于", "快递包装减量的五个问题")
