"""An interviewer's question the column broke, with OCR's stray blank line inside it (issue 8):
记者：书屋是怎么 / (blank) / 办起来的？ The first line has a credit's shape (a role, a colon and a
short run of characters), but it fills its column and the line under the blank finishes the question
with a question mark: the story's prose, not a credit that closes the story and opens another. A
credit (记者：林晓) stops short of the column. Our own invented text in the general shape of an
interview report."""

from __future__ import annotations

from segment_support import segment_text

_TITLE = "老街区里办起共享书屋"
INTERVIEW_WITH_BLANKS_INSIDE_QUESTIONS = [
    _TITLE,
    "本报讯 老街区的共享书",
    "屋开办一年来，借阅人次",
    "超过两万。近日，记者采",
    "访了书屋负责人林晓。",
    "记者：书屋是怎么开",
    "",
    "办起来的？",
    "林晓：街坊们捐出了家里",
    "的旧书，我们请志愿者分",
    "类上架，慢慢就有了今天",
    "的规模。",
    "记者：下一步有什么",
    "",
    "打算？",
    "林晓：我们准备增设儿童",
    "阅读区，并和学校合作开",
    "展读书活动。",
]


def test_question_broken_over_a_blank_line_stays_in_the_interview():
    stories = segment_text("\n".join(INTERVIEW_WITH_BLANKS_INSIDE_QUESTIONS))
    assert [s.title for s in stories] == [_TITLE]
    body = stories[0].body
    assert "记者：书屋是怎么开" in body and "记者：下一步有什么" in body
    assert "林晓：我们准备增设儿童" in body
    assert not stories[0].byline


# A credit set as a role and a colon (记者：林晓), over a blank line and the next story's title that
# asks: it stops short of the column, so it is still the credit closing the story above.
CREDIT_OVER_ASKING_TITLE = [
    _TITLE,
    "本报讯 老街区的共享书屋开办一",
    "年来，借阅人次超过两万。街坊",
    "们捐出了家里的旧书，志愿者分",
    "类上架，慢慢有了今天的规模。",
    "记者：林晓",
    "",
    "旧书还能怎么用？",
    "本报讯 城东社区近日开展旧书交",
    "换活动，居民带来的旧书在现场",
    "换到了自己想读的新书。",
]


def test_short_credit_over_a_blank_line_still_closes_the_story():
    stories = segment_text("\n".join(CREDIT_OVER_ASKING_TITLE))
    assert [s.title for s in stories] == [_TITLE, "旧书还能怎么用？"]
    assert "林晓" in stories[0].byline
    assert "旧书还能怎么用" not in stories[0].body
