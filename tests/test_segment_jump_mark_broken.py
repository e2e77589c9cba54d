"""OCR breaks a continuation's jump line before its closing bracket (（紧接1版 / ）保障，确保项目早): the two lines
are one jump line, and the continuation joins its story on the page the jump names, as when the line is whole
(issue 8). Read as two lines, the bracket stays unclosed, no jump is seen, and the continuation is left
as an untitled story of its own."""

from __future__ import annotations

from pathlib import Path

from audiopaper.ingest import read_edition
from audiopaper.models import StoryKind
from audiopaper.segment import segment_edition

JUMP = Path(__file__).parent / "fixtures" / "pages" / "edition_jump"


def _edition_with_page_two(tmp_path: Path, page_two: str):
    (tmp_path / "1.txt").write_text((JUMP / "1.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "2.txt").write_text(page_two, encoding="utf-8")
    return segment_edition(read_edition([str(tmp_path / "1.txt"), str(tmp_path / "2.txt")]))


def test_a_jump_line_broken_before_its_bracket_stitches_the_continuation(tmp_path):
    page_two = (JUMP / "2.txt").read_text(encoding="utf-8").replace("（紧接1版）保障", "（紧接1版\n）保障")
    stories = _edition_with_page_two(tmp_path, page_two)
    meeting = stories[0]
    assert meeting.title == "全市重点项目建设推进会召开"
    assert "要素保障和服务保障，确保项目早" in meeting.body  # joined mid-sentence, as with the whole line
    assert meeting.body.endswith("负责人作了交流发言。")
    assert not any("紧接" in s.body or s.body.startswith("）") for s in stories)
    assert [s.kind for s in stories] == [StoryKind.ARTICLE, StoryKind.ARTICLE, StoryKind.PHOTO, StoryKind.CLASSIFIEDS]


def test_a_closing_bracket_under_other_prose_stays_prose(tmp_path):
    page_two = (JUMP / "2.txt").read_text(encoding="utf-8").replace("（紧接1版）保障", "（紧接1版）保障（一期\n）")
    stories = _edition_with_page_two(tmp_path, page_two)
    assert "保障（一期）" in stories[0].body.replace("\n", "")
