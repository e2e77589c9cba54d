"""A page of an edition that gives no story (only its masthead, a price table, a whole-page
advert) is left out with a warning naming it; it no longer refuses the whole edition."""

from __future__ import annotations

import logging

import pytest

from audiopaper.errors import SegmentationError
from audiopaper.models import Edition, Page
from audiopaper.segment import segment_edition

MASTHEAD_AND_PRICES = "2020年9月19日 星期四 本地新闻\n第1版\n品名 价格（元/公斤）\n大米 2.90\n猪肉 26.50\n"
STORY_PAGE = (
    "2020年9月19日 星期四 本地新闻\n第2版\n"
    "我市新增三条公交线路\n"
    "本报讯 记者从市交通运输局获悉，本月起我市新增三条公交线路，方便城东新区\n"
    "居民出行。新线路途经火车站、市民广场和人民医院，早晚高峰每十分钟一班。\n"
)


def test_a_page_without_stories_is_left_out_with_a_warning(caplog):
    edition = Edition(pages=(Page(source="p1.txt", number=1, text=MASTHEAD_AND_PRICES),
                             Page(source="p2.txt", number=2, text=STORY_PAGE)))
    with caplog.at_level(logging.WARNING, logger="audiopaper.segment"):
        stories = segment_edition(edition)
    assert [s.title for s in stories] == ["我市新增三条公交线路"]
    assert any("p1.txt" in r.getMessage() and "no stories found on this page" in r.getMessage()
               for r in caplog.records)


def test_an_edition_whose_pages_give_no_story_is_refused_naming_the_first():
    edition = Edition(pages=(Page(source="p1.txt", number=1, text=MASTHEAD_AND_PRICES),
                             Page(source="p2.txt", number=2, text="2020年9月19日 星期四\n")))
    with pytest.raises(SegmentationError) as caught:
        segment_edition(edition)
    assert str(caught.value).startswith("p1.txt: no stories found on this page")
