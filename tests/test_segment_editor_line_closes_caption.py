"""An editor's line (責任編輯：X) closes the story above it even where a line of that story is left open
(issue 8). The page maker prints a story's photo captions under its prose, each with no full stop, and
then the editor's line; the next story's title follows the editor's line. The reader took the
editor's line as furniture closing a story only when no paragraph was open, so a caption that ends no
sentence kept the paragraph open and the next story's title and all its prose ran on into the story
above. An editor's credit signs the end of its story on either script's pages, so it now closes the
paragraph too. Our own invented page."""

from __future__ import annotations

from audiopaper.simplified import to_simplified

_PAGE = """香港週報

2021年3月2日 星期二

社區接種中心增至十個 長者下月起優先預約
記者 陳大文
  衞生署今日宣布，全港社區接種中心將由五個
增至十個，六十歲以上長者下月起可優先經網上
系統預約接種疫苗。署方表示，新增的中心設於
各區體育館，每日可為約二千人接種。
  衞生署發言人說，市民預約後須帶同身份證明
文件到中心登記，接種後要留在中心觀察十五分
鐘。有長者團體歡迎安排，但希望政府為不懂上
網的長者設電話預約熱線。
 長者排隊接種？衞生署：中心會延長開放
時間
 疫苗接種雙響炮 「長者、熱線」齊上陣
責任編輯：王小明
「冷鋒」來襲前的周末好天氣
  天文台預測，本周末天氣晴朗，氣溫回升至二
十五度，下周初一道冷鋒會為華南沿岸帶來驟雨
。天文台提醒市民留意最新天氣報告，外出時帶
備雨具。
  天文台高級科學主任說，冷鋒過後氣溫會回落
至十八度左右，早晚較為清涼，長者及長期病患
者應注意保暖。
"""


def _titles(segment_page, text: str) -> list[str]:
    return ["".join(s.title.split()) for s in segment_page(text)]


def test_the_title_under_an_editors_line_opens_the_next_story(segment_page):
    assert _titles(segment_page, _PAGE) == ["社區接種中心增至十個長者下月起優先預約", "「冷鋒」來襲前的周末好天氣"]


def test_on_a_simplified_page_too(segment_page):
    assert _titles(segment_page, to_simplified().convert(_PAGE)) == ["社区接种中心增至十个长者下月起优先预约",
                                                             "「冷锋」来袭前的周末好天气"]
