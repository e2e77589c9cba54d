"""A column pair the reader could not lift: a page read column by column stops a story mid-sentence at
the foot of its column and goes on after the next story's deck, and the next story, with no byline,
dateline or credit to open it, runs on after the first one's last sentence. The deck's lines, set with
no blank line around them and no word running across them, stay inside the sentence; they stand well
off the width of the sentence's lines around them, and the text after the first story's last sentence
turns to another story that says their words again. They are that story's deck. Our own text in the
general shape of such pages."""

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


# the sentence the deck stands in: its lines above the deck fill the column, and it is unfinished
SENTENCE_OVER_DECK = "新线路开通后，市公交集团表示，高峰时段的发车间隔将从十分钟缩短为"
assert len(SENTENCE_OVER_DECK) % _WIDTH == 0
DECK = ["竹编老手艺走进城里商场"]  # well narrower than the column
SENTENCE_UNDER_DECK = "五分钟，乘客可以通过手机查询车辆到站时间。"


def _page(next_story: list[str]) -> str:
    lines = [TITLE, ""] + _lines(LEAD) + [""] + _lines(SENTENCE_OVER_DECK) + DECK + _lines(SENTENCE_UNDER_DECK)
    for text in next_story:
        lines += _lines(text)
    return "\n".join(lines)


def test_deck_left_in_a_sentence_heads_the_story_after_the_turn():
    stories = segment_text(_page(NEXT_STORY))
    assert [_compact(s.title) for s in stories] == [TITLE, "".join(DECK)]
    above, under_deck = (_compact(s.body) for s in stories)
    assert above.endswith(SENTENCE_OVER_DECK + SENTENCE_UNDER_DECK)  # the sentence reads on across the deck
    assert under_deck == _compact("".join(NEXT_STORY))


def test_lines_in_a_sentence_of_a_story_running_on_stay_in_it():
    # the text after the sentence is the same story's (it shares its words): no turn, the lines stay
    same_story = [
        "新线路开通后，公交集团还将在各线路沿途增设候车亭，候车亭配有电子站牌，市民在站台就能看到车辆到站时间。"
        "公交集团表示，今后将根据市民乘车需求继续优化线路，新开通的公交线路将在学校上下学时段加密班次，竹编老手艺走进城里商场。",
    ]
    stories = segment_text(_page(same_story))
    assert [_compact(s.title) for s in stories] == [TITLE]
    assert "".join(DECK) in _compact(stories[0].body)
