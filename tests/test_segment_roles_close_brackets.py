"""A title the column broke inside its column tag (issue 8): 乡村教育要补上短板（评 / 论员观察）.
A kicker, a title and a subtitle each close the brackets and quotes they open, so the line
closing the tag is the title's rest, not a subtitle. Our own invented text."""

from __future__ import annotations

from audiopaper.models import Edition, Page
from audiopaper.segment import segment_edition
from segment_support import HEATING_REPORT

_COMMENT = [
    "乡村教育要补上短板（评",
    "论员观察）",
    "山区孩子读书难的问题由来已久，近",
    "年来各地加大投入，校舍和设备有了",
    "明显改善，但师资和图书依然短缺。",
    "补上这块短板，需要久久为功，既要",
    "引得来好老师，也要留得住好老师。",
]


def test_a_title_broken_inside_its_tag_keeps_the_line_closing_it():
    page = "\n".join(HEATING_REPORT + [""] + _COMMENT)
    stories = segment_edition(Edition((Page("<test>", 1, page),)))
    assert [(s.kicker, s.title, s.subtitle) for s in stories] == [
        ("", "老城区供暖管网改造全面完工", ""),
        ("", "乡村教育要补上短板（评论员观察）", ""),
    ]
    assert stories[1].body.startswith("山区孩子读书难的问题由来已久")
