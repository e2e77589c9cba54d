"""A writer's bare name under a commentary's title (洪群联, 赖先进) names its writer: 洪 and 赖 are among
the commonest Chinese surnames, and a name of either reads as a bare name line like any other. Our
own names."""

from __future__ import annotations

import pytest

from audiopaper.segment import patterns as p
from segment_support import segment_text


@pytest.mark.parametrize("name", ["洪群联", "赖先进", "洪雄"])
def test_name_of_a_common_surname_is_a_bare_name_line(name):
    assert p.BARE_NAME_LINE.match(name)


def test_story_keeps_its_title_over_such_a_name():
    above = ["全市新建充电桩一千个", "", "本报讯 今年以来全市新建公共充电桩一千", "个，覆盖所有街道。", ""]
    title = "让数字经济更好服务实体经济"
    lead = ["", "数字经济的快速发展，为传统产业", "转型升级提供了新的动力。如何把", "数字技术用在生产一线，是各地正",
            "在探索的问题。"]
    *_, story = segment_text("\n".join([*above, title, "", "洪群联", *lead]))
    assert (story.title, story.subtitle) == (title, "")
    assert story.body.startswith("数字经济")
