"""Our paper's reporter named inside a sentence (issue 8): the column may break a sentence so that a
line reads like a byline (……驻华大使恩迪亚 / 耶在接受本报记者采访时 / 表示，……), a paper's name and
记者 and three characters after it. A byline opens with the paper's name or a credit mark and never
goes on from an unfinished sentence: the line is the sentence's. Our own invented text in the general
shape of a daily's interview report."""

from __future__ import annotations

from segment_support import segment_lines_whole

_TITLE = "“中非友谊历久弥坚”"
_REPORT = [
    _TITLE,
    "中新网上海2月13日电 “中方以实",
    "际行动支持非洲，体现了双方的传统",
    "友谊。”近日，一位非洲国家驻华大",
    "使在接受本报记者采访时",
    "表示，非洲与中国之间互相支持，双",
    "方将继续深化合作，共同应对挑战。",
]


def test_a_line_naming_our_reporter_inside_an_unfinished_sentence_is_prose():
    stories = segment_lines_whole(_REPORT)
    assert [s.title for s in stories] == [_TITLE]
    assert "驻华大使在接受本报记者采访时表示" in stories[0].body.replace("\n", "")
    assert not stories[0].byline
