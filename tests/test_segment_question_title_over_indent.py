"""A title that asks (為何要登記做選民？), after the finished last paragraph of the story above, over
prose opening with a paragraph's indent (issue 8, page-maker pages of a Hong Kong column): a line of
prose after a finished paragraph would open with the indent too, so the line is a head, and the prose
under it speaks of something else than the story above, so it heads its own story, even where it is
about as wide as the narrow column. Where the prose under it goes on with the story above's matter,
the line stays in that story. Our own invented text in the shape of a commentary page."""

from __future__ import annotations

from segment_support import segment_lines_whole

_INDENT = "\u3000\u3000"

HARBOUR_COMMENTARY = [
    "海濱長廊何時才能開通",
    _INDENT + "東區海濱長廊的工程",
    "拖延多年，居民一直等",
    "待。當局去年承諾年底",
    "前開通，但至今仍未見",
    "動工，附近居民對此非",
    "常不滿，區議員亦多次",
    "去信要求交代進度。",
    _INDENT + "政府若再拖下去，如",
    "何向市民交代？",
]

QUESTION_TITLE = HARBOUR_COMMENTARY + [
    "",
    "為何要參加義工服務？",
    _INDENT + "暑假將至，不少學校",
    "都鼓勵學生參加義工服",
    "務。有老師認為，學生",
    "透過服務長者和弱勢社",
    "群，可以學會體諒別人",
    "，也可以認識社會的需",
    "要，比補習更有意義。",
]


def test_question_set_off_the_indent_over_another_matter_heads_a_story():
    # Before: the question and the volunteering piece were the harbour commentary's last paragraphs.
    stories = segment_lines_whole(QUESTION_TITLE)
    assert [s.title for s in stories] == ["海濱長廊何時才能開通", "為何要參加義工服務？"]
    assert stories[0].body.endswith("如何向市民交代？")
    assert stories[1].body.startswith("暑假將至")


QUESTION_INSIDE_THE_STORY = HARBOUR_COMMENTARY + [
    "",
    "海濱長廊為何一拖再拖？",
    _INDENT + "有居民指出，東區海",
    "濱長廊的工程一拖再拖",
    "，當局去年的承諾落空",
    "，區議員去信要求交代",
    "進度亦無回音，居民對",
    "長廊何時開通已不抱期",
    "望。",
]


def test_question_over_the_story_s_own_matter_stays_in_the_story():
    stories = segment_lines_whole(QUESTION_INSIDE_THE_STORY)
    assert [s.title for s in stories] == ["海濱長廊何時才能開通"]
