"""A photo's caption whose supplier's credit the column broke over two lines (……访问。新华 / 社发,
issue 8): the caption ends there, as it does with the credit on one line, so the title and story
under it are not read as the caption's sentence going on. Our own text in the general shape."""

from __future__ import annotations

from audiopaper.models import StoryKind
from segment_support import segment_lines_whole

CAPTION_WITH_BROKEN_CREDIT = [
    "江城地铁三号线今天开通",
    "",
    "本报讯 江城地铁三号线今天正式",
    "开通运营，全线设车站二十座。",
    "",
    "5月23日，外国代表团一行到江城",
    "职业技术学院参观访问。新华",
    "社发",
    "",
    "黄河岸边小泥罐",
    "",
    "那时候，她还是个小丫头，胖乎",
    "乎的脸蛋儿，水灵灵的大眼睛。",
]


def test_a_credit_broken_over_two_lines_closes_the_caption():
    stories = segment_lines_whole(CAPTION_WITH_BROKEN_CREDIT)
    photos = [s for s in stories if s.kind is StoryKind.PHOTO]
    assert len(photos) == 1
    assert photos[0].body.endswith("参观访问。")
    assert photos[0].byline == "新华社发"
    assert not any("新华社发" in s.body for s in stories)
    assert any("那时候" in s.body for s in stories if s.kind is not StoryKind.PHOTO)
