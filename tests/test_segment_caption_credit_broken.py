"""A photo credit the column broke over two lines after the caption's last sentence (……通伦。 新华社记者
潘涵 / 永 摄; ……访问。新华 / 社发) closes the caption as a whole credit does (issue 8): the photo is a
story of its own, its credit out of its text, and the story under it keeps its own, not read as the
caption's sentence going on. Our own invented text in the general shape of a daily's photo captions."""

from __future__ import annotations

from audiopaper.models import StoryKind
from segment_support import segment_lines_whole, segment_text
from test_segment_caption_closes_its_sentence_inside_prose import _page

_STORY = ["两名宇航员太空行走 继续为空间站换电池", "本报综合消息 美国航天局20日说，国际空", "间站的两名宇航员当天出舱行走，继续为",
          "空间站更换电池，这是她们本月第二次出舱。"]

CAPTION_WITH_BROKEN_SUPPLIER_CREDIT = [
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


def test_a_photographers_credit_broken_over_two_lines_closes_the_caption():
    lines = ["", "国家领导人会见来访总理", "国家领导人6日在人民大会堂会见来访总", "理。 新华社记者 潘涵", "永 摄", *_STORY]
    stories = segment_text("\n".join(lines))
    assert len(stories) == 2
    photo = stories[0]
    assert photo.title == "国家领导人会见来访总理"
    assert "摄" not in photo.body and photo.body.endswith("理。")
    assert stories[1].body.startswith("本报综合消息")


def test_a_suppliers_credit_broken_over_two_lines_closes_the_caption():
    stories = segment_lines_whole(CAPTION_WITH_BROKEN_SUPPLIER_CREDIT)
    photos = [s for s in stories if s.kind is StoryKind.PHOTO]
    assert len(photos) == 1
    assert photos[0].body.endswith("参观访问。")
    assert photos[0].byline == "新华社发"
    assert not any("新华社发" in s.body for s in stories)
    assert any("那时候" in s.body for s in stories if s.kind is not StoryKind.PHOTO)


# The column broke the credit inside the photographer's name (……鐵絲網。 记者 陈 / 明远 摄), the photo set inside a
# sentence of its story: read alone, 明远 摄 passes for a whole credit under prose, and the caption over it stayed in
# the story's text. Joined, the two lines are the caption and its credit, set aside as the credit on one line is.
CAPTION_WITH_CREDIT_BROKEN_IN_THE_NAME = _page(["探訪團在扣留中心門外，遙望四周的鐵絲", "網。 记者 陈", "明远 摄"])


def test_a_credit_broken_inside_the_name_sets_the_caption_aside():
    stories = segment_lines_whole(CAPTION_WITH_CREDIT_BROKEN_IN_THE_NAME)
    assert [s.title for s in stories] == ["扣留中心探訪記", "老城区供暖管网改造全面完工"]
    assert stories[0].captions == ("探訪團在扣留中心門外，遙望四周的鐵絲網。记者陈明远摄",)
    assert "團員向附近居民問到中心的情況時，大家都說很少見到有人進出" in stories[0].body
