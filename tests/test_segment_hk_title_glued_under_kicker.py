"""A Hong Kong deck whose title is set right above the prose, no blank line between, under a short
kicker (issue 8): on a full page the kicker alone was read as the title and the title's wrapped lines
as the lead's first words. The title's lines stand off the prose's column, the last clearly narrower
(more than a paragraph's indent) and ending no sentence inside the first paragraph. Our own invented
text; the lines as segmentation reads them (a traditional page through its simplified view)."""

from __future__ import annotations

from pathlib import Path

from audiopaper.ingest import read_edition
from audiopaper.segment import segment_edition
from audiopaper.segment.ocr import title_wrapped_under_kicker
from audiopaper.segment.pieces import Body
from segment_support import body_chars

PAGES = Path(__file__).parent / "fixtures" / "pages"

_PROSE = ["台风昨晚袭港期间，两架停泊在机场的小型飞机被", "强风吹翻，其中一架停泊机场货运区，机翼严重损",
          "毁。机管局表示，两条跑道未受影响，航班今早已", "陆续恢复，但部分航班仍有延误。"]
_TITLE = ["台风吹翻两架小型飞机损毁机", "翼 机管局：跑道未受影响"]


def test_the_title_wrapped_over_two_lines_comes_out_of_the_prose():
    assert title_wrapped_under_kicker(Body(pos=0, start="plain", paragraphs=[[*_TITLE, *_PROSE]])) == 2


def test_prose_is_no_title():
    # a paragraph's indented first line is two ideographs short: prose, as is a story opening on a lead
    indented = Body(pos=0, start="plain", paragraphs=[["公民党议员今日在记者会上表示本港经济复苏", *_PROSE]])
    assert title_wrapped_under_kicker(indented) == 0
    assert title_wrapped_under_kicker(Body(pos=0, start="lead", paragraphs=[[*_TITLE, *_PROSE]])) == 0
    assert title_wrapped_under_kicker(Body(pos=0, start="plain", paragraphs=[_PROSE])) == 0


def test_a_deck_read_right_keeps_its_kicker_and_prose():
    page = PAGES / "hk_title_glued_under_kicker.txt"
    stories = segment_edition(read_edition([str(page)]))
    assert [(s.kicker, s.title) for s in stories] == [
        ("天文台", "今年首個酷熱天氣警告生效"), ("一架停泊機場貨運區", "颱風吹翻兩架小型飛機損毀機翼機管局：跑道未受影響")]
    assert stories[1].body.startswith("颱風昨晚襲港期間")
    printed = page.read_text(encoding="utf-8")
    assert body_chars("".join(s.kicker + s.title + s.body for s in stories)) == body_chars(printed)
