"""A Hong Kong commentary's crosshead under a digression (issue 8): the writer's lead names the
matter (強積金, 對沖), an anecdote of the old neighbourhood runs on for a whole column, then a
crosshead opens the next part, which names the lead's matter again but nothing of the anecdote.
Weighed against the story's last few hundred characters only, the part named nothing of the story
above and its crosshead was read as the next column's title. A part of a story goes on naming what
the whole story named; a new column names nothing of it. Our own invented text."""

from __future__ import annotations

from pathlib import Path

from audiopaper.ingest import read_edition
from audiopaper.segment import segment_edition
from segment_support import body_chars

PAGES = Path(__file__).parent / "fixtures" / "pages"


def test_a_crosshead_naming_the_lead_after_a_digression_stays_in_the_story():
    page = PAGES / "hk_crosshead_names_the_lead.txt"
    stories = segment_edition(read_edition([str(page)]))
    assert [s.title for s in stories] == ["強積金對沖何時取消"]
    assert "供款變相縮水" in stories[0].body  # the crosshead, kept in the story's prose
    assert stories[0].body.rstrip().endswith("不要再讓打工仔的退休保障落空。")
    printed = page.read_text(encoding="utf-8")
    assert body_chars(stories[0].title + stories[0].body) == body_chars(printed)
