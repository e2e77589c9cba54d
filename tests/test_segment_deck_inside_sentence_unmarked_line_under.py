"""A title read inside another story's unfinished sentence in a narrow column, the column's line
under it holding no clause mark (……下一步将 / 全市秋粮收购工作全面启动 / 在每个街道建一家城市书房 /
和一批社区阅览室，……): the sentence goes on into the line under that one, so the unmarked line is
prose, not the title's second line, and the title is lifted out when its own story's lead restates
it further on. Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

TITLE_OVER_UNMARKED_LINE = [
    "城市书房开到家门口",
    "本报讯 今年以来，我市新建了",
    "城市书房二十家，市民在家门",
    "口就能借书看书，下一步将",
    "全市秋粮收购工作全面启动",
    "在每个街道建一家城市书房",
    "和一批社区阅览室，方便居",
    "民就近阅读。",
    "（记者 王芳）",
    "本报讯 全市秋粮收购工作昨天",
    "全面启动，各收购点已准备就",
    "绪。",
]

# The same lines with no story further on restating the line: the sentence keeps it.
LINE_NOTHING_RESTATES = [
    *TITLE_OVER_UNMARKED_LINE[:8],
    "（记者 王芳）",
    "本报讯 市气象台昨天发布消息，本周",
    "全市以晴好天气为主，气温回升。",
]


def test_title_over_an_unmarked_column_line_heads_its_own_lead():
    stories = segment_text("\n".join(TITLE_OVER_UNMARKED_LINE))
    assert [s.title for s in stories] == ["城市书房开到家门口", "全市秋粮收购工作全面启动"]
    assert "下一步将在每个街道建一家城市书房和一批社区阅览室" in stories[0].body
    assert stories[1].body.startswith("本报讯全市秋粮收购工作昨天")


def test_line_over_an_unmarked_column_line_nothing_restates_stays_in_its_sentence():
    stories = segment_text("\n".join(LINE_NOTHING_RESTATES))
    assert stories[0].title == "城市书房开到家门口"
    assert "下一步将全市秋粮收购工作全面启动在每个街道" in stories[0].body
