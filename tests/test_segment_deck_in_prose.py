"""Deck lines the rules read as prose (issue 8): one to three lines that stop mid-sentence, with
no sentence end in them, set right above a new story's start (its byline, its lead or its
headline run) after a finished paragraph. Prose never breaks off right before a new story, so
the lines are that story's headline, not the tail of the story above nor a story of their own.
Each page is our own text in the general shape."""

from __future__ import annotations

from segment_support import body_chars, segment_text

STORY_ABOVE = [
    "本报讯（记者 周立新）今年以来，城东老城",
    "区启动改造，加装电梯、更新管网和整治",
    "背街小巷同步推进，居民住得更舒心了。",
    "",
]

# A title wider than the column, wrapped at the column's width (the second line opens with the
# enumeration mark the column broke before), over its byline: the rules read the three lines as
# the story above going on.
WRAPPED_TITLE = ["市政府召开常务会议研究部署", "、城市更新和老旧小区改造等重", "点工作任务"]
STORY_BELOW = [
    "融媒体记者 林晓",
    "",
    "本报讯 市政府昨天召开常务会议，研究部",
    "署城市更新和老旧小区改造等重点工作任务",
    "，要求各部门抓紧落实，确保年底前完成。",
]


def test_a_title_wrapped_at_the_column_over_its_byline_is_the_next_storys_headline():
    text = "\n".join(STORY_ABOVE + WRAPPED_TITLE + STORY_BELOW)
    above, below = segment_text(text)
    assert above.body.endswith("居民住得更舒心了。")
    assert below.title.replace(" ", "") == "".join(WRAPPED_TITLE)
    assert below.byline == "融媒体记者 林晓"
    assert below.body.startswith("本报讯") and below.body.endswith("确保年底前完成。")
    # nothing lost, nothing read twice
    assert body_chars("".join(s.title + s.body + s.byline for s in (above, below))) == body_chars(text)

