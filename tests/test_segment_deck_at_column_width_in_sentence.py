"""A deck the reader left inside a sentence of the story beside it, set as wide as the column: a page read
column by column stops a story mid-sentence at its column's foot, in the middle of a word, and goes on after
the next story's deck (……将进一 / 竹编老手艺走进城里的大商场 / 步缩短……). Set at the column's width the deck's
lines look like the sentence's own, but the sentence's word runs on across them: the line over them and the
line under them are one text, and the lines between are not its. When the text after the sentence turns to
another story that says their words again, they are that story's deck. Our own text in the general shape of
such pages."""

from __future__ import annotations

from segment_support import (
    COLUMN_WIDTH as _WIDTH,
    CITY_LEAD as LEAD,
    CITY_TITLE as TITLE,
    CRAFT_STORY as NEXT_STORY,
    column_lines as _lines,
    compact as _compact,
    segment_text,
)


# the sentence the deck stands in: its lines above the deck fill the column, unfinished in the middle of a word
SENTENCE_OVER_DECK = "新线路开通后，市公交集团负责人表示，早晚高峰时段的发车间隔将进一"
assert len(SENTENCE_OVER_DECK) % _WIDTH == 0
SENTENCE_UNDER_DECK = "步缩短，乘客可以通过手机查询车辆到站时间。"
DECK = ["竹编老手艺走进城里商场受青睐"]  # within two ideographs of the column's width


def _page(over: str, under: str) -> str:
    lines = [TITLE, ""] + _lines(LEAD) + [""] + _lines(over) + DECK + _lines(under)
    for text in NEXT_STORY:
        lines += _lines(text)
    return "\n".join(lines)


def test_deck_at_the_column_width_a_word_runs_across_heads_the_story_after_the_turn():
    stories = segment_text(_page(SENTENCE_OVER_DECK, SENTENCE_UNDER_DECK))
    assert [_compact(s.title) for s in stories] == [TITLE, "".join(DECK)]
    above, under_deck = (_compact(s.body) for s in stories)
    assert above.endswith(SENTENCE_OVER_DECK + SENTENCE_UNDER_DECK)  # the sentence reads on across the deck
    assert under_deck == _compact("".join(NEXT_STORY))


def test_line_at_the_column_width_with_no_word_across_stays_in_the_sentence():
    # the sentence breaks between words around the line: nothing tells it from the sentence's own line
    over, under = SENTENCE_OVER_DECK[:-3] + "再次", "缩短，乘客可以通过手机查询车辆到站时间。"
    stories = segment_text(_page(over, under))
    assert [_compact(s.title) for s in stories] == [TITLE]
    assert "".join(DECK) in _compact(stories[0].body)
