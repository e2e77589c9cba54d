"""A kicker line ending on a verb whose last character also joins words (共同参与: 与, as in 和 / 与)
is a whole line over its title, not the first half of one title the column broke after a
conjunction (issue 8, People's Daily decks: 创新机制吸引各方共同参与 / 经济全球化的新特点新趋势（人民观察）,
read as one title). Our own invented text."""

from __future__ import annotations

import pytest

from segment_support import segment_text

_BODY = ("本报讯 记者从市住建局获悉，今年以来，\n本市推进城市更新和老旧小区改造，\n吸引社会各方参与，"
         "改造小区一百二\n十个，惠及居民三万多户，城市面貌\n焕然一新。")


@pytest.mark.parametrize("kicker, title", [
    ("吸引社会各方共同参与", "城市更新的新思路新办法（观察）"),
    ("全市社区志愿者共同参与", "老旧小区改造迎来新变化"),
])
def test_kicker_ending_on_a_whole_verb_stays_over_its_title(kicker, title):
    [story] = segment_text(f"{kicker}\n{title}\n{_BODY}")
    assert (story.kicker, story.title) == (kicker, title)


def test_title_broken_after_a_conjunction_is_one_title():
    # 与 standing alone still waits for what follows: the column broke one title there
    [story] = segment_text(f"城市更新与\n老旧小区改造同步推进\n{_BODY}")
    assert (story.kicker, story.title) == ("", "城市更新与老旧小区改造同步推进")
