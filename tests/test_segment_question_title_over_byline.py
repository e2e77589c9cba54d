"""A title that asks (為什麼有人投票給保皇黨？) set right over its reporter's byline, after the story
above has finished its last sentence (issue 8): the byline opens a story, and a story's last
paragraph is never set over another story's byline, so the question is the new story's title, not
the last words of the story above, though it is as wide as the column's prose. A question closing
a paragraph of sentences stays prose. Our own invented text."""

from __future__ import annotations

from audiopaper.segment import patterns as p
from segment_support import segment_text

_ABOVE = ["港大圍封國殤之柱", "", "本報訊 港大昨晚深夜派人", "圍封國殤之柱，校方稱要", "澄清擁有權誰屬。創作人",
          "高志活曾形容國殤之柱是", "", "「測試言論自由的試金石」。", ""]
_UNDER = ["竟然就快半年了，港共、", "林鄭政權，根本是毫無悔意，", "其實每晚咬牙切齒，盤算陰", "謀，伺機反咬，根本誠意全",
          "無，只以為可以拖延了事。"]


def test_question_over_a_reporters_byline_is_the_next_stories_title():
    first, second = segment_text("\n".join([*_ABOVE, "為什麼有人投票給保皇黨？", "□本報記者 林曉", *_UNDER]))
    assert p.compact(first.title) == "港大圍封國殤之柱"
    assert "保皇黨" not in first.body
    assert p.compact(second.title) == "為什麼有人投票給保皇黨？"
    assert "林曉" in second.byline


def test_question_ending_a_paragraph_of_sentences_stays_prose():
    # the paragraph over the byline holds a full stop of its own: the story's last words, not a title
    page = "\n".join([*_ABOVE, "校方稱會再諮詢。市民會", "否因此失望？", "□本報記者 林曉", *_UNDER])
    first, *_ = segment_text(page)
    assert "否因此失望？" in first.body


def test_question_over_the_credit_closing_the_page_stays_prose():
    # a reporter's credit with no text under it (the page ends, or an editor's line follows) signs the
    # story above: the question over it is that story's last paragraph
    for tail in ([], ["責任編輯 王明"]):
        [story] = segment_text("\n".join([*_ABOVE, "這座城市還會好起來嗎？", "", "通訊員 林曉", *tail]))
        assert "這座城市還會好起來嗎？" in story.body
        assert p.compact(story.title) == "港大圍封國殤之柱"
