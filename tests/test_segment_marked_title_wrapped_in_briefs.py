"""A column of briefs whose items open with a marked title (●, ■) that the narrow column wrapped
over two lines (issue 8): the wrapped title is one item's title, not a full deck ending the column,
so the next marked title opens the next item instead of being read as a crosshead of the first.
Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_lines_whole

MARKED_TITLES_WRAPPED = [
    "要闻速览",
    "",
    "●江城职业技术学院创新考",
    "核机制提升培训质效",
    "",
    "江城职业技术学院深入推进考核",
    "制度改革，充分发挥考核正向激",
    "励作用，全面提升培训质效。",
    "",
    "●以正确政绩观引领",
    "高等教育高质量发展",
    "",
    "作为高等教育主阵地的广大高校，",
    "必须深刻把握正确政绩观的核心",
    "要义，为教育强国建设贡献力量。",
]


def test_a_marked_title_wrapped_over_two_lines_keeps_the_column_of_briefs_open():
    stories = segment_lines_whole(MARKED_TITLES_WRAPPED, left_out=("要闻速览",))
    assert ["".join(s.title.split()) for s in stories] == ["江城职业技术学院创新考核机制提升培训质效", "以正确政绩观引领高等教育高质量发展"]
    assert stories[0].body.endswith("全面提升培训质效。")
    assert stories[1].body.startswith("作为高等教育主阵地")
