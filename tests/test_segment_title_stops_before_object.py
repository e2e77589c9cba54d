"""A deck line that cannot stand alone is the title's (issue 8): a line stopping on a word that needs
what the next line holds (领导干部是 / 全面依法治国的关键, 习近平同 / 巴西总统…会谈, 全国政协十三届 /
常委会…), or opening on one short word left from the line above (激发创新 / 活力 支撑跨越发展), is no
kicker and no subtitle, though the column broke the title between whole words. Our own invented text in
the general shape of the simulated pages (pool3-seg7 case0054, case0066, case0131; pool3-rmrb case0072)."""

from __future__ import annotations

from audiopaper.segment import headlines
from audiopaper.segment import patterns as p
from segment_support import segment_text

_ABOVE = ["上周全市接待游客两万人次", "", "本报讯 上周全市各景区共接待游客两万", "人次，同比增长一成。", ""]
_COMMENT = ["本报讯 明天出版的市报将发表评论员文章，", "指出青年干部是基层治理的生力军，要在", "急难险重任务中经受锻炼、增长才干。",
            "文章要求各级党组织为青年干部搭建平台。"]
_TALKS = ["本报讯 市长12日在市政府同来访的友好城市", "代表团举行会谈。双方就经贸、文化和教育", "交流达成多项共识，并签署合作备忘录。"]
_SESSION = ["本报讯 市政协第十二届委员会常务委员会", "第五次会议今天闭幕。会议审议通过了关于", "推进老旧小区改造的建议案和有关决议。"]
_REFORM = ["本报讯 今年以来，我市深化科技体制改革，", "激发创新活力，新增高新技术企业三百多", "家，科技成果转化率明显提高。"]
_REOPENING = ["本报讯 从8日开始，离汉通道管控解除，但解", "封通道不等于解除防疫，社区防控仍然严格，", "居民出入须测温登记。"]


def _story_under(deck: list[str], body: list[str]):
    *_, story = segment_text("\n".join([*_ABOVE, *deck, "", *body]))
    assert p.compact(body[0][4:]) in p.compact(story.body)
    return story


# OCR leaves a blank line inside the deck, between the title's two lines, as on the pages
def test_a_line_stopping_on_a_copula_is_no_kicker():
    story = _story_under(["青年干部是", "", "基层治理的生力军"], _COMMENT)
    assert (story.kicker, story.title) == ("", "青年干部是基层治理的生力军")


def test_a_line_stopping_on_a_preposition_is_no_kicker():
    story = _story_under(["市长同", "", "友好城市代表团会谈"], _TALKS)
    assert (story.kicker, story.title) == ("", "市长同友好城市代表团会谈")


def test_a_count_of_sessions_waits_for_the_body_that_held_them():
    story = _story_under(["市政协十二届", "", "常委会第五次会议闭幕"], _SESSION)
    assert (story.kicker, story.title) == ("", "市政协十二届常委会第五次会议闭幕")
    story = _story_under(["市政协十二届", "常委会第五次会议闭幕", "——审议通过老旧小区改造建议案", "砥砺奋进 共谋发展"], _SESSION)
    assert (story.kicker, story.title) == ("", "市政协十二届常委会第五次会议闭幕")
    assert story.subtitle == "审议通过老旧小区改造建议案 砥砺奋进 共谋发展"


def test_a_line_opening_on_a_word_left_from_the_title_is_no_subtitle():
    story = _story_under(["科学发展 成就辉煌", "激发创新", "", "活力 支撑跨越发展", "我市深化科技体制改革综述"], _REFORM)
    assert (story.kicker, story.title, story.subtitle) == (
        "科学发展 成就辉煌", "激发创新活力 支撑跨越发展", "我市深化科技体制改革综述")
    story = _story_under(["毫不放松防", "", "反弹 社区封控严中有细"], _REOPENING)
    assert (story.kicker, story.title) == ("", "毫不放松防反弹 社区封控严中有细")


def test_words_that_close_a_line_of_their_own_stay_apart():
    stops = headlines._stops_before_object
    assert stops("领导干部是") and stops("出境游面临") and stops("全国政协十三届")
    assert not stops("我与总书记议国是")  # a word that ends on 是: a column's name
    assert not stops("赵乐际委员长主持")  # who chairs: a kicker of its own
    assert not stops("全国人大常委会会议闭幕")
    left = headlines._opens_on_word_left
    assert left("武汉：毫不放松防", "反弹 社区封控严中有细")
    assert not left("本台短评", "辽宁 海南：创新形式宣讲十八大精神")  # a place the line names
    assert not left("激发创新", "活力支撑跨越发展")  # one phrase: no word set apart
    assert not left("决战决胜——", "攻坚 打好收官之战")  # the line above closes on a mark
