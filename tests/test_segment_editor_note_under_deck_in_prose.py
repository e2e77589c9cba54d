"""An editor's note (编者按：……) set under deck lines that OCR read as prose (a kicker ending in a dash,
here under a title the column broke over two lines) introduces the story a dateline opens under it:
note and story are one story (issue 8), as when the note opens the prose itself, not an untitled
note and a second, untitled story. Our own invented text in the general shape of a daily's feature."""

from __future__ import annotations

from segment_support import body_chars, segment_text

_ABOVE = [
    "江城晚报",
    "2021年5月6日 星期四",
    "第1版 要闻",
    "江城地铁三号线今天开通",
    "",
    "本报讯 江城地铁三号线今天正式开通运营，",
    "全线设车站二十座，连接城东新区和老城区。",
    "（作者为江城市交通局局长）",
]
_DECK = ["“让居民安心，是我们最大的", "责任”（基层·面孔）", "巡查、走访、调解、登记，江城有群楼道长——"]
_NOTE = ["编者按：“为了把小事化解在楼道里，就得", "天天上门”，王大妈说，楼道长面对的主要", "是邻里之间的琐碎纠纷。"]
_LEAD = [
    "本报江城5月6日电（记者 李明）“以前邻",
    "里闹矛盾，没人愿意出面说和，现在有了调",
    "解室，小事不出社区就解决了。”家住老街",
    "的王大妈说。",
    "今年以来，社区调解室已调解纠纷六十多起，",
    "调解成功率超过九成。",
]
NOTE_UNDER_DECK_READ_AS_PROSE = [*_ABOVE, *_DECK, *_NOTE, *_LEAD]


def test_an_editors_note_under_deck_lines_read_as_prose_stays_with_its_story():
    stories = segment_text("\n".join(NOTE_UNDER_DECK_READ_AS_PROSE))
    assert len(stories) == 2
    story = stories[1]
    assert story.title.startswith("“让居民安心")
    assert "编者按" in story.body and "本报江城5月6日电" in story.body
    assert story.body.index("编者按") < story.body.index("本报江城5月6日电")
    kept = "".join(s.kicker + s.title + s.subtitle + s.byline + s.body for s in stories)
    assert body_chars(kept) == body_chars("\n".join(NOTE_UNDER_DECK_READ_AS_PROSE[3:]))
