"""A writer's credit mark over two or three names parted by spaces (文／王放 曲迪), as papers set the
two writers of a feature, is a byline: it was read as a title line, pushing the story's title into
its kicker. None of the names may be a role: 文／记者 X 图／记者 is a credit the column broke before
the photographer's name, and 文／记者 X 见习记者 one broken after a role. Our own names."""

from __future__ import annotations

import pytest

from audiopaper.segment import patterns as p
from segment_support import segment_text


@pytest.mark.parametrize("line", ["文／王放 曲迪", "文/徐建伟 韩晓", "文／黄力 仇白云", "文／程兆奇 姜沛辰 李明"])
def test_mark_over_names_parted_by_spaces_is_a_byline(line):
    assert p.is_byline(line)


@pytest.mark.parametrize("line", ["文／记者 雷立 图／记者", "文／见习记者 冯明轩 图／记者", "文／记者 熊凡艳 见习记者"])
def test_broken_credit_with_roles_is_no_marked_names_line(line):
    assert not p.MARKED_NAME_CREDIT.match(line)


def test_story_keeps_its_title_over_such_a_byline():
    above = ["全市新建充电桩一千个", "", "本报讯 今年以来全市新建公共充电桩一千", "个，覆盖所有街道。", ""]
    title = "老城区的百年石桥迎来新生"
    lead = ["", "清晨六点，河边的石桥上已经有了", "晨练的老人。这座建于清代的石桥", "去年经过一次全面修缮，桥面重新",
            "铺上了青石板，两侧的栏杆也换上", "了按旧样式雕刻的新石料。"]
    *_, story = segment_text("\n".join([*above, title, "", "文／王放 曲迪", *lead]))
    assert (story.kicker, story.title) == ("", title)
    assert story.body.startswith("清晨六点")
