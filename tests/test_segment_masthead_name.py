"""A paper's name printed alone at the top of the page, over the header's date or the page's
number, is furniture whatever word it ends on (兰溪新闻, not only ……日报): never the title of
the story, often a continuation, that opens the page under the header. Our own text in the
general shape."""

from __future__ import annotations

from segment_support import segment_text

CONTINUATION = [
    "（紧接第1版）村里办起了黄牛养殖场，",
    "养殖户的收入一年比一年高，村民们",
    "说日子越过越有奔头了。",
    "",
    "老街夜市重新开张",
    "",
    "本报讯 每到傍晚，城西的小吃摊就陆续",
    "支起了帐篷，烤串和糖水的香味飘满整",
    "条街道，附近的居民三五成群来逛。",
]


def test_name_over_the_date_is_the_masthead():
    stories = segment_text("\n".join(["兰溪新闻", "2020年12月13日 星期日", "民生", *CONTINUATION]))
    assert [s.title for s in stories] == ["", "老街夜市重新开张"]
    assert "兰溪新闻" not in stories[0].body


def test_name_over_the_page_number_is_the_masthead():
    stories = segment_text("\n".join(["兰溪新闻", "", "02", *CONTINUATION]))
    assert [s.title for s in stories] == ["", "老街夜市重新开张"]
    assert "兰溪新闻" not in stories[0].body


def test_a_title_over_its_story_at_the_top_of_the_page_stays_a_title():
    stories = segment_text("\n".join(CONTINUATION[4:]))
    assert [s.title for s in stories] == ["老街夜市重新开张"]
