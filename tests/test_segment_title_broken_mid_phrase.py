"""A title the column broke inside a phrase (issue 8): a line ending one character after a middle
dot, on "about" before a figure (近, 约, 超), on a modal verb (要, 应), or on a bare verb after a
space, stops mid-sentence; the line under it goes on with the same title. Our own text in the
general shape."""

from __future__ import annotations

from segment_support import segment_text

from audiopaper.segment import line_breaks


def test_a_line_ending_one_character_after_a_middle_dot_goes_on_in_the_next():
    # 以展促消·以 / 展兴产·以展聚势: the title of three phrases, broken inside the second
    text = "\n".join([
        "以诚促信·以",
        "信兴业·以业惠民",
        "本报讯 以诚促信、以信兴业、以业惠民，",
        "城东区开展诚信经营示范街创建活动，",
        "已有一百多家商户参与。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title) == ("", "以诚促信·以信兴业·以业惠民")


def test_about_before_a_figure_on_the_next_line_is_one_title():
    assert line_breaks.title_wrapped("全县今年新增就业近", "两万人 明年稳就业有新招")
    assert line_breaks.title_wrapped("欧元区物价涨幅达", "10%创新高")
    assert not line_breaks.title_wrapped("西部地区交通发达", "三条高铁同日开通")  # 发达 is a word of its own


def test_a_modal_verb_closing_a_line_waits_for_its_verb_on_the_next():
    assert line_breaks.title_wrapped("乡村教师为什么要", "坚守大山深处的讲台")
    assert not line_breaks.title_wrapped("守好耕地红线很重要", "全县划定永久基本农田")


def test_a_bare_verb_after_a_space_waits_for_what_it_acts_on():
    assert line_breaks.title_wrapped("培育新型职业农民 激发", "乡村振兴内生动力")
    assert not line_breaks.title_wrapped("培育新型职业农民 乡村振兴", "激发内生动力")
    assert not line_breaks.title_wrapped("全省科技创新成果展 开幕", "百余项新技术集中亮相")  # an event's verb closes the news
    assert not line_breaks.title_wrapped("年度十大科技进展 发布", "人工智能成果占三席")
