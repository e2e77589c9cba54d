"""A data table the reader leaves out (a weather box, a price table) closes the story above it (issue 8).
A table is an element of its own set between stories: the line under it starts a new element (a
story's title, its kicker or byline), never more prose of the story above. The reader left the table
out but went on reading the next lines as that story's paragraph, so a short title over a one-word
second line (讃) and all its prose ran on into the story above. The line under the table is now read as
under an editor's line: after a closed paragraph. Our own invented page."""

from __future__ import annotations

from audiopaper.simplified import to_simplified

_PAGE = """預約熱線，方便他們登記。

天氣預報
今日 晴 19-32℃
明日 多雲 19-32℃
後日 驟雨 19-30℃

局長從善如流
讃

公共圖書館今日起延長開放時
間，平日開放至晚上九時，周
末亦會開放至晚上八時。館方
表示，新安排方便上班族及學
生借還書籍，並會增設自助借
書機，減少市民輪候時間。有
家長歡迎安排，指子女放學後
可多些時間到圖書館溫習，又
想起老師常說的一句話……
"""


def test_the_title_under_a_data_table_opens_the_next_story(segment_page):
    stories = segment_page(_PAGE)
    assert len(stories) == 2 and "局長" not in stories[0].body
    assert "".join(stories[1].title.split()).startswith("局長從善如流")


def test_on_a_simplified_page_too(segment_page):
    stories = segment_page(to_simplified().convert(_PAGE))
    assert len(stories) == 2 and "局长" not in stories[0].body
    assert "".join(stories[1].title.split()).startswith("局长从善如流")
