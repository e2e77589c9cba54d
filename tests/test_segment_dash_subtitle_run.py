"""A line a dash opens (——X) right under a headline block is that block's subtitle, even where
the page reader opened a run of its own at it (the rules take no line of a block whose title is
wider than the column, the labeller only the lines it is sure of): a title never opens with a
dash, and the kicker and title above it would drop as a headline with no story under it (issue 8,
mainland decks). Our own invented text."""

from __future__ import annotations

from audiopaper.segment import labeller
from segment_support import column, labeller_reading, segment_text

_REPORT = ("本报讯 记者从市住建局获悉，老城区供暖管网改造工程昨天全面完工，共更换地下管道四十六公里，"
           "涉及居民小区一百一十个。改造后，管网热损失下降三成以上，居民家中室温普遍提高两度。")
_STORY = ("“我们是快递员，他们是社区的好邻居。虽然工作不同，但大家互相帮衬。”在城南社区，刚送完一批包裹的"
          "刘春师傅又要出发了，他说，社区的老人腿脚不便，送货上门是他每天的功课。")
_KICKER = "社区快递驿站站长刘春——"
_TITLE = "“把每一件包裹都送到家门口”（身边的榜样）"
_SUBTITLE = "——他们是社区的好邻居"
_PAGE = ["老城区供暖管网改造全面完工", *column(_REPORT, 13), "", "", _KICKER, _TITLE, _SUBTITLE, *column(_STORY, 13)]


def test_a_dash_line_under_a_deck_is_its_subtitle(monkeypatch):
    # the labeller sure of the kicker and the title, in doubt over the dash line, as on a page it never saw
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading(
        {_KICKER: (0.0, 0.95), _TITLE: (0.0, 0.95), _SUBTITLE: (0.0, 0.45)}))
    courier = segment_text("\n".join(_PAGE))[-1]
    assert (courier.kicker, courier.title, courier.subtitle) == (_KICKER, _TITLE, "他们是社区的好邻居")
    assert courier.body.startswith("“我们是快递员")
