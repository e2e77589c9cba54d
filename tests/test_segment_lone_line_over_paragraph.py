"""A lone line set off by a blank line above and under it, after the finished last sentence of the story
above, over a paragraph whose first line runs on into the prose under it: a head of its own, though as
wide as the column and with no deck line's shape (issue 8). A deck does not go on across a blank line into
a line of prose, so the line is weighed alone, as a crosshead of the story above or the next story's title,
and a Hong Kong column on another matter is a new story. Where the column sets a blank under every line,
the blanks set nothing off, and a line of prose stays prose. Our own invented text in the general shape of
a Hong Kong page set in narrow columns."""

from __future__ import annotations

from segment_support import segment_text

_ABOVE = [
    "渡輪服務再加價 乘客團體不滿",
    "記者 陳小明",
    "",
    "運輸署昨日公布，離島渡輪下",
    "月起加價百分之八，長洲及南",
    "丫島航線的成人單程收費將超",
    "過二十元。渡輪公司表示燃油",
    "及維修成本上升，虧損持續擴",
    "大，只能調整票價。",
    "",
    "離島乘客關注組批評，渡輪公",
    "司去年已獲政府資助，碼頭租",
    "金亦獲豁免，今次再加價對每",
    "日往返市區上班的居民打擊很",
    "大，要求運輸署公開渡輪公司",
    "的帳目，並考慮重新招標，讓",
    "其他營運者參與競投航線。",
]
_TITLE = "尋人啟示：「手快」的熟客"
_COLUMN = [
    "有位相識多年的茶餐廳老闆告",
    "訴我，最近店舖門外經常有外",
    "賣飯盒不見了，閉路電視拍到",
    "的竟然是一位熟客，每朝準時",
    "出現，拿了飯盒就跳上停在路",
    "邊的車離開，老闆笑說這位熟",
    "客的手腳比魔術師還要快，不",
    "知應該報警還是請他吃早餐。",
]


def test_a_lone_line_over_a_column_on_another_matter_opens_a_story():
    stories = segment_text("\n".join(["", *_ABOVE, "", _TITLE, "", *_COLUMN]))
    assert [s.title for s in stories] == [_ABOVE[0], _TITLE]
    assert "茶餐廳老闆" in "".join(stories[1].body.split())
    assert "茶餐廳老闆" not in "".join(stories[0].body.split())


def test_a_line_of_prose_in_a_column_with_a_blank_under_every_line_stays_prose():
    above = "\n\n".join(_ABOVE[3:9])
    prose = ["離島乘客關注組批評渡輪公司", "去年已獲政府資助，碼頭租金", "亦獲豁免，今次再加價對居民", "打擊很大。"]
    stories = segment_text("\n".join([_ABOVE[0], _ABOVE[1], "", above, "", "\n\n".join(prose)]))
    assert [s.title for s in stories] == [_ABOVE[0]]
    assert "關注組批評" in "".join(stories[0].body.split())
