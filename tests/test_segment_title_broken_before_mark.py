"""A title the column broke just before a mark (issue 8): …德國青年惋惜香港失自由 / ：「為不能發聲的人…」.
The line opening with the colon is the title's rest, and the title line above it a title line,
not the first lines of the story's prose; prose broken before a comma stays prose. Our own
invented text."""

from __future__ import annotations

from audiopaper.models import Edition, Page
from audiopaper.segment import segment_edition
from audiopaper.segment.line_breaks import title_wrapped

_PAGE = [
    "市區重建局公布舊區活化計劃",
    "本報訊 市區重建局昨日公布舊區活",
    "化計劃，涉及三個地盤，預計五年",
    "內完成，作者感謝讀者一直支持。",
    "",
    "",
    "德國戰線",
    "曾因採訪人權律師被驅逐 德國青年惋惜香港失自由",
    "：「為不能發聲的人發聲是我的責任」",
    "27歲來自德國的穆先生曾經",
    "在中國和香港留學，操流利",
    "普通話，他在中國採訪人權",
    "律師後被驅逐出境，其後來",
    "到香港讀書，見證香港的自",
    "由逐步消失，感到非常惋惜",
    "，他說會繼續為不能發聲的",
    "人發聲，這是他的責任。",
]


def test_a_title_line_broken_before_a_colon_keeps_its_rest():
    stories = segment_edition(Edition((Page("<test>", 1, "\n".join(_PAGE)),)))
    assert [s.title for s in stories] == [
        "市區重建局公布舊區活化計劃",
        "曾因採訪人權律師被驅逐 德國青年惋惜香港失自由：「為不能發聲的人發聲是我的責任」",
    ]
    assert stories[1].kicker == "德國戰線"
    body = stories[1].body
    assert body.startswith("27歲來自德國的穆先生") and "感到非常惋惜，他說會繼續" in body


def test_a_deck_line_opening_with_a_mark_goes_on_the_line_above():
    assert title_wrapped("德国青年惋惜香港失自由", "：「为不能发声的人发声是我的责任」")
    assert title_wrapped("中共中央印发《党政机关条例", "》")
