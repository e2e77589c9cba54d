"""A short cry over the news (issue 8): a one-line title ending in an exclamation, over a line
half again as long that names what it cries about again and states what happened, is that line's
kicker; a title that exclaims over a line no longer than itself, a question or a line about
something else stays the title. Each page is our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

from audiopaper.segment import headlines


_CRY = "港鐵又加價！"
_NEWS = "港鐵宣布下月起全線車費平均上調百分之三"
_LEAD = ("港鐵公司昨日宣布，下月起全線車費平均上調百分之三，八達通乘客每程最多多付五角，"
         "有乘客團體批評加幅脫離市民負擔能力。")


def _read_as_title_over_subtitle(lines: list[str], lead: str) -> headlines.Headline:
    """The rule applied to the reading the deck reader gave: the cry the title, the line under it
    the subtitle."""
    scorer = headlines._Scorer([], [lead])
    reading = headlines.Headline(title=lines[0], subtitle=" ".join(lines[1:]))
    return headlines._exclamation_kicker(reading, lines, scorer, 0)


def test_a_short_cry_over_a_longer_line_about_the_same_thing_is_its_kicker():
    headline = _read_as_title_over_subtitle([_CRY, _NEWS], _LEAD)
    assert (headline.kicker, headline.title, headline.subtitle) == (_CRY, _NEWS, "")


def test_a_title_that_exclaims_over_a_line_no_longer_than_itself_stays_the_title():
    # 市民齊撐本地農場！ / 假日墟市人頭湧湧: a title and its subtitle
    lines = ["市民齊撐本地農場！", "本地農場假日墟市人頭湧湧"]
    headline = _read_as_title_over_subtitle(lines, "本地農場假日墟市昨日開幕，市民排隊購買新鮮蔬菜。")
    assert (headline.kicker, headline.title) == ("", lines[0])


def test_a_title_that_exclaims_over_a_question_stays_the_title():
    lines = ["港鐵又加價！", "港鐵車費平均上調百分之三是否合理呢"]
    headline = _read_as_title_over_subtitle(lines, _LEAD)
    assert (headline.kicker, headline.title) == ("", _CRY)


def test_a_cry_over_a_line_sharing_none_of_its_words_stays_the_title():
    lines = ["港鐵又加價！", "乘客團體批評加幅脫離市民負擔能力"]
    headline = _read_as_title_over_subtitle(lines, _LEAD)
    assert (headline.kicker, headline.title) == ("", _CRY)


_PAGE_LEAD = ("據本地《星島日報》報道，由於擔心公開考試題目外洩，成千上萬的香港中學生、老師和考評局職員可能被"
              "禁止攜帶手機進入試場，受影響的考試包括中文、英文、數學和通識等十個科目，措施預計將於三月中正式公布。")
_PAGE_MORE = ("有中學近日收到考評局的通知，由於有考生和職員在試場使用手機拍攝試題，考評局將會針對在試場工作的"
              "職員和考生，引入手機檢查。如果考生在試場攜帶手機，成績將被取消。")


def _column(text: str, width: int = 15) -> list[str]:
    return [text[n:n + width] for n in range(0, len(text), width)]


def test_on_a_page_the_line_under_the_cry_is_the_title():
    # the cry names the body's subject (香港中學生) as often as the line under it does: without the
    # rule it is read as the title over a subtitle
    cry, news = "香港中學生再受限！", "考評局擬禁止香港中學生攜帶手機進入全港試場"
    text = "\n".join([cry, news, *_column(_PAGE_LEAD), *_column(_PAGE_MORE), "（編輯 陳大文）"])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == (cry, news, "")
