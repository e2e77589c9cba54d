"""A kicker set smaller than its title (issue 8): a line over a title the column wrapped holds
more characters than the title's full line, so it is set in smaller type: the kicker, not a title
over a subtitle. Each page is our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

from audiopaper.segment import headlines


_LETTER = "市委书记给全市青年志愿者服务总队和乡村振兴青年突击队队员代表回信"
_TITLE_LINES = ["扎根基层奉献青春矢志拼搏 带动更多青年把个人", "理想融入乡村振兴大局"]
_LETTER_LEAD = ("在五四青年节到来之际，市委书记给全市青年志愿者服务总队和乡村振兴青年突击队队员代表回信，"
                "勉励他们扎根基层、奉献青春、矢志拼搏，带动更多青年把个人理想融入乡村振兴大局。")


def _read_as_title_over_subtitle(lines: list[str], lead: str) -> headlines.Headline:
    """The rule applied to the reading the deck reader gave on real pages: the long line the title,
    the wrapped lines under it the subtitle."""
    scorer = headlines._Scorer([], [lead])
    reading = headlines.Headline(title=lines[0], subtitle=" ".join(lines[1:]))
    return headlines._smaller_line_over_wrapped_title(reading, lines, scorer, 0)


def test_a_line_longer_than_the_full_line_of_a_wrapped_title_under_it_is_the_kicker():
    # 某人回信勉励…代表 / 胸怀远大理想 带动广大青年把个人 / 追求融入…: the top line runs longer than a
    # full line of the title's type, so it is set smaller
    headline = _read_as_title_over_subtitle([_LETTER, *_TITLE_LINES], _LETTER_LEAD)
    assert (headline.kicker, headline.title, headline.subtitle) == (
        _LETTER, "扎根基层奉献青春矢志拼搏 带动更多青年把个人理想融入乡村振兴大局", "")


def test_lines_sharing_nothing_with_the_body_under_a_long_title_stay_out_of_it():
    # 李强出席…会议 / 张国清同…共同出席 / 中西企业顾问委员会…: another story's title set under this one
    lines = [_LETTER, "副市长同外国客商代表共同出席", "国际投资洽谈会"]
    headline = _read_as_title_over_subtitle(lines, _LETTER_LEAD)
    assert (headline.kicker, headline.title) == ("", _LETTER)


def test_on_a_page_the_wrapped_title_under_the_longer_line_is_the_title():
    text = "\n".join([_LETTER, *_TITLE_LINES, "本报讯 " + _LETTER_LEAD, "服务队成立五年来，先后有三百多名青年到村里服务。"])
    [story] = segment_text(text)
    assert (story.kicker, story.title) == (_LETTER, "扎根基层奉献青春矢志拼搏 带动更多青年把个人理想融入乡村振兴大局")


def test_a_subtitle_of_two_whole_lines_of_one_length_stays_under_the_title():
    # two whole phrases, the lead's own clauses: a subtitle set over two lines, not a title the column wrapped
    text = "\n".join([
        "全市新开通十二条公交线路",
        "方便城郊居民出行",
        "早晚高峰加密班次",
        "本报讯 市交通运输局昨天宣布，全市",
        "新开通十二条公交线路，方便城郊居民",
        "出行，早晚高峰加密班次。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title) == ("", "全市新开通十二条公交线路")
