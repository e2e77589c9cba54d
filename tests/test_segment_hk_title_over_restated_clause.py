"""A Hong Kong title over a line restating the lead (issue 8): the long title line, in words of its
own, is the title even where it shares nothing with the body, and the line the lead says word for
word is its subtitle; a simplified deck keeps the rule that a title may restate the lead (a stock
kicker over it shares nothing). Our own invented text."""

from __future__ import annotations

from audiopaper.segment.headlines import Headline, _rules_deck, _Scorer, _unit
from audiopaper.segment.page_line import Line

_LEAD = "（撰文：剧场导演李先生）廿一世纪的本地电视台对战，一方仍以八十年代的节目，大玩戏仿来对决，另一方则推出新节目。"
_DECK = ("可以笑的话 不会哭的喜剧时代已经过去", "一方仍以八十年代的节目 大玩戏仿来对决")


def _units(*texts: str, traditional: bool) -> list[str]:
    return [_unit(text, Line(n, text, traditional=traditional)) for n, text in enumerate(texts)]


def test_a_traditional_title_stays_over_the_line_restating_the_lead():
    headline = _rules_deck(_units(*_DECK, traditional=True), _Scorer([], [_LEAD]), 0)
    assert headline == Headline(title=_DECK[0], subtitle=_DECK[1])


def test_a_short_pair_over_the_restated_clause_stays_a_kicker():
    deck = ("优化环境 对冲影响", _DECK[1])  # two short phrases: a stock kicker's shape
    headline = _rules_deck(_units(*deck, traditional=True), _Scorer([], [_LEAD]), 0)
    assert (headline.kicker, headline.title) == deck
    simplified = _rules_deck(_units(*_DECK, traditional=False), _Scorer([], [_LEAD]), 0)
    assert (simplified.kicker, simplified.title) == _DECK
