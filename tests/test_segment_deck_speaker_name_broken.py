"""A deck line opening on one ideograph and a colon, under a line ending on an ideograph
(稀土院士李东 / 英：国之所需 我之所向), is the rest of a speaker's name (or a word) the column broke
before the colon: one title, not a kicker over it. No speaker is named by one character. Our own
invented text in the general shape of a profile story."""

from __future__ import annotations

from audiopaper.segment import line_breaks
from segment_support import segment_text

_LEAD = ["本报北京5月6日电 94岁的李东英院士，是我国稀有金属工业的奠基人之一。", "几十年来，她带领团队攻克一道道难关，",
         "为国家稀土事业的发展作出了重要贡献。"]


def test_a_name_broken_before_its_colon_reads_on_as_one_title():
    [story] = segment_text("\n".join(["践行社会主义核心价值观", "稀土院士李东", "英：国之所需 我之所向", "", *_LEAD]))
    assert story.title.replace(" ", "") == "稀土院士李东英：国之所需我之所向"


def test_only_one_ideograph_before_the_colon_is_a_broken_name():
    wrapped = line_breaks.title_wrapped
    assert wrapped("社工劉家棟感觸落", "淚：我停留之地")
    assert not wrapped("新闻发布会", "李明：我们要做好")  # a speaker of his own
    assert not wrapped("春到田间地头", "图：本报记者 张明 摄")  # a credit's label
    assert not wrapped("中美元首通电话 拜登关注议题。", "习：台湾是中国内政")  # the line above closed its sentence
