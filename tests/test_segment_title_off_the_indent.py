"""A lone line set off the indent that the prose under it opens with, under a finished paragraph, is a head
whatever its words say (issue 8): a title with a comma (面对疫情，人类需要合作) reads as prose to the line
labeller, but prose would either open with the indent or end its sentence before the next paragraph's
indent. `crosshead` then tells the story's part from the next story's title. Our own invented text in the
shape of a page maker's page: a report with indented paragraphs, then an essay on another matter."""

from __future__ import annotations

from audiopaper.segment import labeller
from segment_support import labeller_reading, segment_text

_REPORT = [
    "老城区供暖管网改造全面完工",
    "",
    "　　记者从市城市管理局获悉，老城区供暖",
    "管网改造工程日前全面完工，三万多户居民",
    "今冬将告别暖气不热的烦恼。",
    "　　据介绍，改造共更换老旧管道六十公里，",
    "新建换热站十二座，供热效率明显提高。",
]

_TITLE = "守住小区门口，也要守住人心"

_ESSAY = [
    "",
    _TITLE,
    "　　那天傍晚，志愿者小周在楼下登记出入",
    "的车辆，一位老大爷拎着一袋橘子走过来，",
    "非要塞给她。小周推辞了好几回，老人才笑",
    "着把袋子放在了桌角上。",
]


def test_a_title_off_the_indent_that_reads_as_prose_opens_a_story(monkeypatch):
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({_TITLE: (0.0, 0.0)}))
    stories = segment_text("\n".join(_REPORT + _ESSAY))
    assert [s.title for s in stories] == ["老城区供暖管网改造全面完工", _TITLE]
    assert stories[1].body.startswith("那天傍晚")
