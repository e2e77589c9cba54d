"""The rest of a title read as its story's first prose line (issue 8): the column-by-column reader
kept a title's first line as the title and read the line under it, the title's second, into the
prose (中央广播电视总台版权交易 / 中心暨新时代城市高质量发 / 展研究院在上海启动建设 / 8月22日，……).
Prose that ends no sentence fills its column: lines under the title line clearly off that column (or
going on from such a line inside a word), with no clause mark, over a line that is plainly prose,
are the title's. Our own text; the labeller
reads the second line as prose, as it does on pages it never saw."""

from __future__ import annotations

from segment_support import labeller_reading, segment_text

from audiopaper.segment import labeller

_ABOVE_TITLE = "城郊湿地公园迎来越冬候鸟"
_ABOVE = ["　　本报讯 入冬以来，城郊", "湿地公园迎来大批越冬候", "鸟，观鸟爱好者纷纷前来", "拍摄。公园管理处提醒游",
          "客文明观鸟，不要投喂。"]
_TITLE = ["全市首批十所社区食堂", "今日开门迎客老人凭卡就餐享八", "折优惠受到居民欢迎"]
_PROSE = ["记者从市民政局获悉，全", "市首批十所社区食堂今日", "开门迎客，老人凭卡就餐", "可享八折优惠。记者在城",
          "东社区食堂看到，午饭时", "段座无虚席，不少老人结", "伴而来。社区食堂由街道", "统一招标运营，菜价接受",
          "居民监督，年底前将再开", "二十所。"]


def test_title_lines_off_the_column_under_the_title_are_the_titles(monkeypatch):
    # the labeller sure of the title's first line only
    reading = {_TITLE[0]: (0.0, 0.95)} | {line: (0.0, 0.02) for line in _TITLE[1:]}
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading(reading))
    stories = segment_text("\n".join(["", _ABOVE_TITLE, *_ABOVE, *_TITLE, *_PROSE]))
    assert len(stories) == 2
    assert "".join([stories[1].kicker, stories[1].title, stories[1].subtitle]) == "".join(_TITLE)
    assert stories[1].body.startswith("记者从市民政局获悉")


def test_a_lead_line_on_the_column_under_the_title_stays_prose(monkeypatch):
    # the prose's own first line, as wide as its column: no title line
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({_TITLE[0]: (0.0, 0.95), _PROSE[0]: (0.0, 0.02)}))
    stories = segment_text("\n".join(["", _ABOVE_TITLE, *_ABOVE, _TITLE[0], *_PROSE]))
    assert [s.title for s in stories] == [_ABOVE_TITLE, _TITLE[0]]
    assert stories[1].body.startswith("记者从市民政局获悉")


def test_a_wide_lead_line_with_a_clause_mark_stays_prose(monkeypatch):
    # a lead's line set wide holds a clause's mark: prose, however wide
    wide = "始终秉持底线思维，精准施策"
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({_TITLE[0]: (0.0, 0.95), wide: (0.0, 0.02)}))
    stories = segment_text("\n".join(["", _ABOVE_TITLE, *_ABOVE, _TITLE[0], wide, *_PROSE]))
    assert stories[1].title == _TITLE[0] and stories[1].body.startswith(wide)
