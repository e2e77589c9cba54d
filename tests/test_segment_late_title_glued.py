"""A late title glued onto the next story's deck (issue 8): OCR read a story's title after its body,
right over the next story's title, and the wrap test joins the two lines as one title broken by
the column (签署 / 国铁…: 签署国 reads as a word across the break). The lines above the cut go to
the story above when their words are its words and not the story's under them. Our own text."""

from __future__ import annotations

from segment_support import segment_text

_FIRST_TITLE = "全市老旧小区加装电梯工作全面提速"
_FIRST = ["本报讯 记者从市住建局获", "悉，今年以来全市老旧小区", "加装电梯工作全面提速，已", "有一百二十部电梯完成加装",
          "并投入使用。"]
_LATE_TITLE = "湿地保护合作协议签署"
_LATE = ["  本报讯 昨日，城郊三区在", "湿地公园签署湿地保护合作", "协议，约定共同巡护湿地、", "共享候鸟监测数据。",
         "  根据合作协议，三区将联合", "开展湿地保护执法，湿地公", "园管理处负责牵头协调。"]
_NEXT_TITLE = "国铁集团开行观鸟专列"
_NEXT = ["  本报讯 国铁集团昨日宣布", "，本月起每周末开行两趟观", "鸟旅游专列，游客可乘专列", "直达湿地公园。"]


def test_a_late_title_over_the_next_storys_title_goes_to_the_story_above():
    text = "\n".join(["", _FIRST_TITLE, "", *_FIRST, "", "记者 王明", *_LATE, "", _LATE_TITLE, _NEXT_TITLE, *_NEXT])
    stories = segment_text(text)
    assert [s.title for s in stories] == [_FIRST_TITLE, _LATE_TITLE, _NEXT_TITLE]
    assert stories[1].body.endswith("管理处负责牵头协调。")
    assert stories[2].body.startswith("本报讯")


def test_a_title_the_column_broke_over_two_lines_stays_whole_over_its_own_story():
    # the same two lines over a story about both: one title, not a late title and another
    both = ["  本报讯 湿地保护合作协议签", "署后，国铁集团开行观鸟专列", "，游客可乘专列直达湿地公园。"]
    text = "\n".join(["", _FIRST_TITLE, "", *_FIRST, "", "记者 王明", *_LATE, "", _LATE_TITLE, _NEXT_TITLE, *both])
    stories = segment_text(text)
    assert stories[-1].title == _LATE_TITLE + _NEXT_TITLE
