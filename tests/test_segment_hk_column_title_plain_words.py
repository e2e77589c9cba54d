"""A Hong Kong column's title set alone between two blank lines under the story above (issue 8):
it was kept as that story's crosshead, since the prose under it shares a few words with the story
above, but only words any column says (可以, 政府, 支持). Two parts of one story go on naming
the same people and things (小巴, 专线); a new column names nothing of the story above. A
crosshead that goes on with the story's names stays in it. Our own invented text."""

from __future__ import annotations

from pathlib import Path

from audiopaper.ingest import read_edition
from audiopaper.segment import segment_edition
from audiopaper.segment.ocr import _rare_words
from segment_support import body_chars

PAGES = Path(__file__).parent / "fixtures" / "pages"


def test_a_column_naming_nothing_of_the_story_above_is_a_story_of_its_own():
    page = PAGES / "hk_column_title_plain_words.txt"
    stories = segment_edition(read_edition([str(page)]))
    assert [s.title for s in stories] == ["小巴加價誰來埋單", "讀書的日子"]
    assert "司機也有苦衷" in stories[0].body  # the crosshead goes on naming 小巴
    assert stories[1].body.startswith("那年夏天我剛從中學畢業")
    printed = page.read_text(encoding="utf-8")
    assert body_chars("".join(s.title + s.body for s in stories)) == body_chars(printed)


def test_rare_words_are_names_and_terms_not_plain_words():
    words = _rare_words("运输署批准专线小巴加价，政府可以支持")
    assert {"小巴", "专线"} <= words
    assert not words & {"政府", "可以", "支持"}
