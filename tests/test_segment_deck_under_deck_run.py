"""A deck the layout set as two headline runs (issue 8): a kicker over its title, or a title over its
subtitle, read as two runs with nothing between them (旺角衝突 / 辯方質疑警方推白色高台… over the body).
The assignment gives the body to one run; the run left over right under it, over the same body, is
that body's deck too, not a headline of no story to drop. In the dev and third-pool truth of the pm
and seg7 makers (both scripts) the run left over is the body's own deck line 13 times out of 16 (the
3 others gave a wrong title either way). Our own invented text."""

from __future__ import annotations

from audiopaper.segment.headlines import assign_headlines
from audiopaper.segment.page_line import Line
from audiopaper.segment.pieces import Body, HeadlineRun

_BODY = ("2019年7月21日晚上的元朗西铁站袭击案，7名男子被控暴动罪，案件续在区域法院审讯。"
         "元朗袭击案控方继续传召当晚在场的警员作供，辩方大律师在盘问时多次指证人未能看清被告的容貌。")
_OTHER = "沙田一个屋苑因水管更换工程，周末两日全日停水，不少住户批评管理公司通知太迟。"


def _run(pos: int, *texts: str) -> HeadlineRun:
    return HeadlineRun(pos, [Line(pos * 10 + n, text) for n, text in enumerate(texts)])


def _assign(runs, bodies):
    order = sorted([*runs, *bodies], key=lambda piece: piece.pos)
    texts = [body.text() for body in bodies]
    return assign_headlines(runs, bodies, texts, order)


def test_kicker_run_over_title_run_is_one_deck():
    # which line is the title is `_split_block`'s reading of the joined deck, as for any run
    above = Body(0, "plain", [[_OTHER]])
    body = Body(3, "plain", [[_BODY]])
    runs = [_run(1, "元朗袭击案"), _run(2, "前后矛盾", "灯光昏暗")]
    taken, orphans = _assign(runs, [above, body])
    assert orphans == []
    headline = taken[1]
    assert "".join((headline.kicker + headline.title + headline.subtitle).split()) == "元朗袭击案前后矛盾灯光昏暗"


def test_run_with_a_body_between_is_not_joined():
    first = Body(1, "plain", [[_BODY]])
    second = Body(3, "plain", [[_OTHER]])
    runs = [_run(0, "元朗袭击案"), _run(2, "屋苑停水两日")]
    taken, orphans = _assign(runs, [first, second])
    assert taken[0].title == "元朗袭击案" and taken[1].title == "屋苑停水两日" and orphans == []
