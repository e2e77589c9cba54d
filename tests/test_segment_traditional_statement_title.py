"""No statement kicker on a traditional page (issue 8): a Hong Kong title strings statements of who did
what over its lines (鄭州作家受訪講災後… / 黨員兒子提醒小心外媒 / …), one title; on a simplified page a
statement of what a named place or agency did over a line that stands as a title is that line's kicker.
The rule's own example lines, with an invented lead."""

from __future__ import annotations

from audiopaper.segment.headlines import Headline, _statement_kicker_read_in_title, _unit
from audiopaper.segment.page_line import Line

_LEAD = "本报讯 一头搁浅的白海豚昨日在台山海域获救，当地渔民和救援人员合力将它送回深水区。"  # the simplified view


def _units(traditional: bool, *texts: str) -> list:
    return [_unit(text, Line(n, text, traditional=traditional)) for n, text in enumerate(texts)]


def test_a_traditional_title_of_statements_keeps_its_first_line():
    units = _units(True, "广东台山全力救援", "搁浅白海豚重归大海")
    headline = Headline(title=f"{units[0]} {units[1]}")
    assert _statement_kicker_read_in_title(headline, units, _LEAD) == headline


def test_a_simplified_statement_over_a_title_is_its_kicker():
    units = _units(False, "广东台山全力救援", "搁浅白海豚重归大海")
    read = _statement_kicker_read_in_title(Headline(title=f"{units[0]} {units[1]}"), units, _LEAD)
    assert (read.kicker, read.title) == ("广东台山全力救援", "搁浅白海豚重归大海")
