"""A kicker set smaller than its title (issue 8): a line over a title the column wrapped holds
more characters than the title's full line, so it is set in smaller type: the kicker, not a title
over a subtitle. Each page is our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text


def test_a_line_longer_than_the_full_line_of_a_wrapped_title_under_it_is_the_kicker():
    # 某人回信勉励…代表 / 胸怀远大理想 带动广大青年把个人 / 追求融入…: the top line runs longer than a
    # full line of the title's type, so it is set smaller
    text = "\n".join([
        "市委书记给县青年志愿者服务队全体队员回信",
        "扎根基层奉献青春 带动更多青年把个人",
        "理想融入乡村振兴",
        "本报讯 近日，市委书记给县青年志愿者服务",
        "队全体队员回信，向他们致以问候。服务队",
        "成立五年来，先后有三百多名青年到村里",
        "服务，帮助村民办成了许多实事。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == (
        "市委书记给县青年志愿者服务队全体队员回信", "扎根基层奉献青春 带动更多青年把个人理想融入乡村振兴", "")


def test_a_subtitle_of_two_whole_lines_of_one_length_stays_under_the_title():
    # two whole phrases, the lead's own clauses: a subtitle set over two lines, not a title the column wrapped
    text = "\n".join([
        "全市新开通十二条公交线路",
        "方便城郊居民出行",
        "早晚高峰加密班次",
        "本报讯 市交通运输局昨天宣布，全市",
        "新开通十二条公交线路，方便城郊居民",
        "出行，早晚高峰加密班次。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title) == ("", "全市新开通十二条公交线路")
