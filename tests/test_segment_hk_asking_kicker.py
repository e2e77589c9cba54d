"""A kicker that asks or cries, too short for a title that asks (issue 8): 入型入格？ over a Hong Kong
deck was read as a story of one line and the deck under it lost its kicker. A story is never one short
question; set right over a headline run, such a line is that deck's kicker. Our own invented text."""

from __future__ import annotations

from pathlib import Path

from audiopaper.ingest import read_edition
from audiopaper.segment import segment_edition
from audiopaper.segment.ocr import kickers_asking_over_decks
from audiopaper.segment.page_line import Line
from audiopaper.segment.pieces import Body, HeadlineRun
from segment_support import body_chars

PAGES = Path(__file__).parent / "fixtures" / "pages"


def test_a_short_question_over_a_deck_is_its_kicker():
    page = PAGES / "hk_asking_kicker_over_deck.txt"
    stories = segment_edition(read_edition([str(page)]))
    assert [(s.kicker, s.title) for s in stories] == [("好日子？", "市區新盤開售首日 三成單位即日售罄")]
    assert stories[0].body.startswith("本報訊")
    printed = page.read_text(encoding="utf-8")
    assert body_chars("".join(s.kicker + s.title + s.body for s in stories)) == body_chars(printed)


def _pieces(question: str) -> tuple[list, list[Line]]:
    lines = [Line(0, question), Line(1, "市区新盘开售首日 三成单位即日售罄")]
    return [Body(pos=0, start="plain", paragraphs=[[question]]), HeadlineRun(pos=1, lines=lines[1:])], lines


def test_the_question_joins_the_run_under_it():
    pieces, lines = _pieces("好日子？")
    joined = kickers_asking_over_decks(pieces, lines, labelled=False)
    assert len(joined) == 1 and [line.text for line in joined[0].lines] == ["好日子？", lines[1].text]


def test_prose_and_longer_questions_stay_stories():
    for text in ("他問：好不好？", "市民到底應該怎樣選擇才好？", "好日子。"):  # a speaker's colon, a title's length, a full stop
        pieces, lines = _pieces(text)
        assert kickers_asking_over_decks(pieces, lines, labelled=False) == pieces
