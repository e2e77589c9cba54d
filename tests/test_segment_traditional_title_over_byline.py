"""A Hong Kong title over its reporter's byline under the finished story above (issue 8). A People's
Daily round-up heads each of its parts by a short line over the part's own reporter (春联见证乡村之变 /
本报记者 马跃峰 / 赵富新……), and `part_over_byline` keeps such a head and byline in the story above when
the prose under them goes on naming what that story names. Hong Kong copy sets no such round-ups: on
the traditional pages of the dev and third-pool dirs the rule fired three times, twice on the next
story's title (a commentary's title over 本報記者 X Y, its prose naming a term the commentary above
named too, which swallowed it whole), once on a quote the column broke over a line that merely reads
as a byline (盧偉聰：你話「從來對 / 記者最客氣…」), which a title never leaves open. So on a traditional
page a head that leaves no quote or bracket open over a reporter's byline is the next story's title; a
simplified page keeps its parts. Our own invented page."""

from __future__ import annotations

from audiopaper.simplified import to_simplified

_PAGE = """香港週報

2021年3月2日 星期二

海濱長廊何時開放

記者 陳大文

維多利亞港兩岸的海濱長廊工程延誤多年，市民至今仍未能沿海港散步。發展局早前表示，部分路段要等到明年才可開放，但區議員批評當局一拖再拖，沒有向市民交代原因。
有關注團體指出，維多利亞港是全港市民共享的空間，政府應該盡快開放已經完工的路段，並讓市民參與往後的規劃。
團體又要求當局公開工程的時間表，定期向區議會匯報進度。

填海與保育的角力
本報記者 李小明 張志強
不少市民擔心，維多利亞港的海濱規劃再次被大型發展項目主導。城規會昨日再次討論灣仔北的發展方案，有委員質疑方案的樓宇過高，會阻擋山脊線。
保育團體批評，當局多年來以填海換取土地，卻忽略海港本身的價值，並要求城規會押後審議方案，先諮詢區內居民的意見。
"""

_SIMPLIFIED_PAGE = to_simplified().convert(_PAGE)


def _titles(segment_page, text: str) -> list[str]:
    return ["".join(s.title.split()) for s in segment_page(text)]


def test_a_hong_kong_title_over_its_reporters_byline_opens_a_story(segment_page):
    assert _titles(segment_page, _PAGE) == ["海濱長廊何時開放", "填海與保育的角力"]


def test_a_simplified_page_keeps_the_head_as_a_part_of_the_story_above(segment_page):
    assert _titles(segment_page, _SIMPLIFIED_PAGE) == ["海滨长廊何时开放"]
