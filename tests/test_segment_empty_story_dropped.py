"""A story with neither a title nor any text is left out of the edition (round 74, issue 8).
A photo's credit standing alone between two stories (新華社記者 X 攝) was read as a photo story of its
own with a byline and nothing else: nothing to read aloud, and one more story the listener skips. Our
own text in the general shape of a Hong Kong page."""

from __future__ import annotations

_PAGE = """茶餐廳老闆宣布加價 熟客大叫吃唔消 街坊：點解又加？
茶餐廳老闆今日宣布全線加價，熟
客紛紛表示不滿。資料圖片

 新華社記者 王小明 攝
市政府宣布將於下月起延長公共圖
書館的開放時間，方便上班族及學
生借還書籍，並會增設自助借書機
，減少市民輪候時間。有家長歡迎
安排，指子女放學後可多些時間到
圖書館溫習。
"""


def test_a_credit_alone_is_no_story(segment_page):
    stories = segment_page(_PAGE)
    assert stories and all(s.title.strip() or s.body.strip() or s.captions for s in stories)
    assert any("借書機" in s.body for s in stories)
