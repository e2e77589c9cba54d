"""A subtitle reporting how the news was received (习近平总书记给乡村教师的回信引发热烈反响), its dash lost,
that the column wrapped over two lines under the title that says the news itself (守护好孩子们的梦想)
(issue 8): the wrapped lines are one subtitle, as the same line unbroken is, not a title under a kicker.
Alone, the wrapped lines stay the title. Our own invented text in the general shape of a mainland
daily's deck, set in a narrow column."""

from __future__ import annotations

from segment_support import story_under

_RECEPTION = ["习近平总书记给乡村教师的", "回信引发热烈反响"]
_BODY = ["　　本报讯 习近平总书记近日给全省乡村教", "师回信，在教育系统引发热烈反响。大家",
         "表示，要扎根乡村，守护好孩子们的梦想，", "办好人民满意的教育。"]


def test_a_reception_wrapped_under_the_title_is_its_subtitle():
    story = story_under(["守护好孩子们的梦想", *_RECEPTION], _BODY)
    assert (story.kicker, story.title, story.subtitle) == ("", "守护好孩子们的梦想", "".join(_RECEPTION))


def test_a_wrapped_reception_alone_stays_the_title():
    story = story_under(_RECEPTION, _BODY)
    assert (story.kicker, story.title) == ("", "".join(_RECEPTION))
