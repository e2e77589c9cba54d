"""A title the column broke just after a middle dot (以展促消· / 以展兴产·以展聚势, issue 8): a deck
line never ends on the dot that joins its phrases, so the line goes on in the next one. Our own
invented text."""

from __future__ import annotations

from audiopaper.segment.line_breaks import title_wrapped


def test_a_deck_line_ending_on_a_middle_dot_goes_on_in_the_next():
    assert title_wrapped("以赛促学·", "以赛促练·以赛促建")
    assert title_wrapped("文化强国・", "城市篇")
