"""A feature's first crosshead under its short opening paragraph (《诗经》里的农耕画卷 / its subtitle / the opening
paragraph / 顺天应时 勤勉持家 / the part's prose): the part's prose shares only a word or two with the opening, as a new
story's might, but one of them is a name the opening and the title name (《诗经》), and a new subject does not go on
naming the story above's names: the line is the feature's crosshead, not the next story's title (issue 8). Our own
invented text in the general shape of a weekly's essay."""

from __future__ import annotations

from audiopaper.segment import labeller
from segment_support import labeller_reading, segment_text

_DECK = ["《诗经》里的农耕画卷", "从田间歌谣读懂先民的生活智慧"]
_OPENING = [
    "　　《诗经》作为中国最早的诗歌总集，",
    "记录了先民春种秋收的劳作场景，也寄",
    "托了他们对风调雨顺、安居乐业的朴素",
    "期盼。三百余篇中，写耕种、采摘、狩",
    "猎、祭祀的篇章占了不小的比重，至今",
    "读来仍然亲切动人。",
]
_HEAD = "顺天应时 勤勉持家"
_PART = [
    "“七月流火，九月授衣。”《诗经·豳风》",
    "中的这首长诗，按月份铺陈一年的农事",
    "与起居：春日采桑，夏日收麦，秋日酿",
    "酒，冬日修屋。诗中没有帝王将相，只",
    "有寻常农家的日常作息，字里行间透出",
    "顺应天时、勤勉持家的处世态度。古人",
    "观察星象物候安排耕作，这种经验代代",
    "相传，成为后世农书的重要源头。",
]


def test_a_crosshead_whose_prose_names_the_story_above_stays_in_the_story(monkeypatch):
    # the labeller leans to a deck line in the head, as it does on pages it never saw
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({_HEAD: (0.23, 0.7)}))
    stories = segment_text("\n".join(["", *_DECK, *_OPENING, "", _HEAD, *_PART]))
    assert [s.title for s in stories] == [_DECK[0]]
    body = "".join(stories[0].body.split())
    assert "".join(_HEAD.split()) in body and "成为后世农书的重要源头" in body
