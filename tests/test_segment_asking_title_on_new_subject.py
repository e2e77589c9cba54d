"""A Hong Kong column's title that asks (……偷牛角包？), alone between blank lines under the last finished
paragraph of the story above, over prose set with no indent that names none of that story's names and
terms: the title of a new story, not a line of the story above (issue 8). A commentary's own question,
set so but going on with its story's matter, stays in that story. Our own invented text in the general
shape of a Hong Kong news page."""

from __future__ import annotations

from segment_support import segment_text

_ABOVE = [
    "渡輪服務再加價 乘客團體不滿",
    "記者 陳小明",
    "",
    "運輸署昨日公布，離島渡輪下月起",
    "加價百分之八，長洲及南丫島航線",
    "的成人單程收費將超過二十元。渡",
    "輪公司表示燃油及維修成本上升，",
    "虧損持續擴大，只能調整票價。",
    "",
    "離島乘客關注組批評，渡輪公司去",
    "年已獲政府資助，碼頭租金亦獲豁",
    "免，今次再加價對每日往返市區上",
    "班的居民打擊很大，要求運輸署公",
    "開渡輪公司的帳目，並考慮重新招",
    "標，讓其他營運者參與競投航線。",
]
_TITLE = "巴士司機「偷」飯盒？"
_COLUMN = [
    "有位相識多年的茶餐廳老闆對我說，",
    "最近店舖門外經常有外賣飯盒不見",
    "了，閉路電視拍到的竟然是一位熟",
    "客，每朝準時出現，拿了飯盒就跳",
    "上停在路邊的車離開，老闆笑說這",
    "位熟客的手腳比魔術師還要快，不",
    "知應該報警還是請他吃早餐才好。",
]


def test_an_asking_title_over_another_matter_opens_a_story():
    stories = segment_text("\n".join(["", *_ABOVE, "", _TITLE, "", *_COLUMN]))
    assert [s.title for s in stories] == [_ABOVE[0], _TITLE]
    assert "茶餐廳老闆" in "".join(stories[1].body.split())
    assert "茶餐廳老闆" not in "".join(stories[0].body.split())


def test_one_term_in_common_by_chance_does_not_keep_the_title_in_the_story_above():
    # 近年, a word jieba counts rare, said by both: a name or term in common by chance, not the same matter
    above = [*_ABOVE[:-1], "標，近年已有其他營運者有意競投。"]
    column = ["近年有位相識多年的茶餐廳老闆對我", *_COLUMN[1:]]
    stories = segment_text("\n".join(["", *above, "", _TITLE, "", *column]))
    assert [s.title for s in stories] == [_ABOVE[0], _TITLE]


def test_a_question_going_on_with_the_story_stays_in_it():
    question = "渡輪公司為何再加價？"
    going_on = [
        "渡輪公司說燃油及維修成本上升，但",
        "離島乘客關注組指出，渡輪公司去年",
        "已獲政府資助及豁免碼頭租金，長洲",
        "及南丫島航線的乘客人數亦已回升，",
        "運輸署應先公開帳目，才批准加價。",
    ]
    stories = segment_text("\n".join(["", *_ABOVE, "", question, "", *going_on]))
    assert [s.title for s in stories] == [_ABOVE[0]]
