"""A photo credit the column broke over two lines after the caption's last sentence (……通伦。 新华社记者
潘涵 / 永 摄) closes the caption as a whole credit does (issue 8): the photo is a story of its own, its
credit out of its text, and the story under it keeps its own. A credit inside unfinished prose is no
caption's. Our own invented text in the general shape of a daily's photo captions."""

from __future__ import annotations

from segment_support import segment_text

_STORY = ["两名宇航员太空行走 继续为空间站换电池", "本报综合消息 美国航天局20日说，国际空", "间站的两名宇航员当天出舱行走，继续为",
          "空间站更换电池，这是她们本月第二次出舱。"]


def test_a_credit_broken_over_two_lines_closes_the_caption():
    lines = ["", "国家领导人会见来访总理", "国家领导人6日在人民大会堂会见来访总", "理。 新华社记者 潘涵", "永 摄", *_STORY]
    stories = segment_text("\n".join(lines))
    assert len(stories) == 2
    photo = stories[0]
    assert photo.title == "国家领导人会见来访总理"
    assert "摄" not in photo.body and photo.body.endswith("理。")
    assert stories[1].body.startswith("本报综合消息")
