"""An interviewer's question the column broke (issue 8). Its first line has a credit's shape (a role, a
colon and a short run of characters: 记者：这对普通人意), but it fills its column and the question goes on
under it to a question mark: the story's prose, not a credit that closes the story and opens another.
Two shapes: OCR's stray blank line inside the question (记者：这对普通人意 / (blank) / 味着什么？), and a
question over three lines under a crosshead of the interview (记者：《决定》对 / 全面禁止食用野生动 /
物是如何规定的？), which read as a credit made the crosshead a new story's title. A credit's names
(记者：林晓) stop short of the column. Our own invented text in the general shape of a daily's
question-and-answer report."""

from __future__ import annotations

from audiopaper.segment import labeller
from segment_support import labeller_sure, segment_text

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


def _one_interview(lines: list[str], title: str) -> str:
    """The body of the one story the interview's lines make, titled *title*, with no credit."""
    stories = segment_text("\n".join(lines))
    assert [s.title for s in stories] == [title]
    assert not stories[0].byline
    return stories[0].body


def test_question_broken_over_a_blank_line_stays_in_the_interview():
    body = _one_interview(INTERVIEW_WITH_BLANKS_INSIDE_QUESTIONS, _TITLE)
    assert "记者：书屋是怎么开" in body and "记者：下一步有什么" in body
    assert "林晓：我们准备增设儿童" in body


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


_REFORM_TITLE = "老旧小区改造有了新规矩"
_CROSSHEAD = "改造先问居民意见"
INTERVIEW_WITH_A_CROSSHEAD_OVER_A_LONG_QUESTION = [
    _REFORM_TITLE,
    "本报讯 市里近日出台",
    "老旧小区改造条例，明确",
    "了改造的范围和程序。记",
    "者就条例的主要内容采访",
    "了市住建局有关负责人。",
    _CROSSHEAD,
    "记者：《条例》对老",
    "旧小区改造是如何规",
    "定的？",
    "负责人：条例规定，改造",
    "方案要先征求居民意见，",
    "得到多数居民同意后才能",
    "实施。",
]


def test_crosshead_over_a_question_broken_over_lines_stays_in_the_interview():
    body = _one_interview(INTERVIEW_WITH_A_CROSSHEAD_OVER_A_LONG_QUESTION, _REFORM_TITLE)
    assert f"\n{_CROSSHEAD}\n" in body
    assert "记者：《条例》对老旧小区改造是如何规定的？" in body.replace("\n", "")


# A question longer than any credit's names (记者：您认为最大的困 / 难是什么？) that the labeller is sure is a
# credit (as it was on a page maker's page, 0.93): it fills its column and the question ends under it, so it
# is still the interview's prose, not a credit that closes the story and leaves the answers untitled.
_BUS_TITLE = "山区小学用上了新校车"
_LONG_QUESTION = "记者：您认为最大的困"
INTERVIEW_WITH_A_LONG_QUESTION_READ_AS_A_CREDIT = [
    _BUS_TITLE,
    "　　本报讯 开学第一天，山",
    "区小学的孩子们坐上了新",
    "校车，上学路程从一个多",
    "小时缩短到二十分钟。",
    "　　" + _LONG_QUESTION,
    "难是什么？",
    "　　校长：山路窄、弯道多，",
    "司机都是从县里选派的老",
    "师傅，每天出车前都要检",
    "查一遍车况。",
]


def test_long_question_the_labeller_reads_as_a_credit_stays_in_the_interview(monkeypatch):
    monkeypatch.setattr(labeller, "label_probabilities", labeller_sure("credit", {_LONG_QUESTION}))
    body = _one_interview(INTERVIEW_WITH_A_LONG_QUESTION_READ_AS_A_CREDIT, _BUS_TITLE)
    assert "记者：您认为最大的困难是什么？" in body.replace("\n", "")
    assert "校长：山路窄" in body
