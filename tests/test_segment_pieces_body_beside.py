"""The body beside a headline run (issue 8): a run's neighbours and an orphan headline's target are
the nearest body on either side with no other run between; bylines between are passed over."""

from __future__ import annotations

from audiopaper.segment.page_line import Line
from audiopaper.segment.pieces import Body, BylineLine, HeadlineRun, body_beside


def _page() -> list:
    return [Body(pos=0, start="lead", paragraphs=[["本报北京3月1日电 城市更新行动启动。"]]),
            BylineLine(pos=1, text="（记者 王军锐）", kind="closing"),
            HeadlineRun(pos=2, lines=[Line(0, "老旧小区改造提速")]),
            BylineLine(pos=3, text="本报记者 张建国"),
            Body(pos=4, start="plain", paragraphs=[["今年将改造老旧小区五万个。"]]),
            HeadlineRun(pos=5, lines=[Line(1, "春耕备耕有序推进")]),
            HeadlineRun(pos=6, lines=[Line(2, "农资供应充足")])]


def test_the_body_under_and_over_a_run_past_its_bylines():
    pieces = _page()
    assert body_beside(pieces, 2, 1) == 4
    assert body_beside(pieces, 2, -1) == 0


def test_another_run_or_the_page_edge_first_means_no_body():
    pieces = _page()
    assert body_beside(pieces, 5, 1) is None  # a run under it, then the page's edge
    assert body_beside(pieces, 6, -1) is None  # the run over it comes first
    assert body_beside(pieces, 0, -1) is None
