"""A line complete of its kind closes its paragraph though no sentence mark ends it (issue 8): a photo's
shooting data closing on its shutter speed, the last entry of a marked list of labelled facts. A title
under such a line is the next story's, where the reader used to take it for the wrapped rest of the line
above and the story above swallowed the next one. Entries of the list stay the list's. Our own invented
text in the general shape of a Hong Kong page."""

from __future__ import annotations

from segment_support import segment_text

_PHOTO_STORY = [
    "夕陽下的舊碼頭",
    "舊碼頭見證了半世紀的渡海交通，昔日每",
    "朝擠滿上班的街坊，今日只剩垂釣的老人",
    "和拍照的遊客，黃昏時分海面一片金黃。 拍",
    "",
    "攝器材及參數：DJI P4 20mm鏡 ISO:100 ",
    "F:2.8 S:1/6",
]
_TITLE = "澳洲擬收緊海外學生工作簽證限制"
_LEAD = [
    "據澳洲傳媒報道，政府擬收緊海外學生的",
    "工作簽證，每周工時上限將由四十八小時",
    "減至二十四小時，新措施預計明年實施。",
]


def test_a_title_under_a_photos_shooting_data_opens_a_story():
    stories = segment_text("\n".join([*_PHOTO_STORY, _TITLE, *_LEAD]))
    assert [s.title for s in stories] == [_PHOTO_STORY[0], _TITLE]
    assert "工作簽證" in "".join(stories[1].body.split())
    assert "工作簽證" not in "".join(stories[0].body.split())


_SHOP = [
    "街坊老店巡禮──大成士多",
    "大成士多在屋邨開業三十多年，由父親傳",
    "到兒子，貨架上仍擺滿懷舊零食，不少街",
    "坊放學後都會來買一包汽水糖。",
    "> 地址：長沙灣道一百號地下",
    "> 電話：23456789",
    "> 面書： 大成士多",
]
_COLUMN_TITLE = "防疫宣傳戰"
_COLUMN = [
    "政府近月全力推動市民接種疫苗，但宣傳",
    "手法屢被批評脫離現實，廣告片由官員落",
    "場演出，市民看後反而更加抗拒。",
]


def test_a_title_under_the_last_entry_of_a_marked_list_opens_a_story():
    stories = segment_text("\n".join([*_SHOP, "", _COLUMN_TITLE, *_COLUMN]))
    assert [s.title for s in stories] == [_SHOP[0], _COLUMN_TITLE]
    assert "接種疫苗" in "".join(stories[1].body.split())
    shop = "".join(stories[0].body.split())
    assert "電話：23456789" in shop and "面書：大成士多" in shop
