"""Whole headlines (issue 8): deck lines out of their usual place still get their roles. A
subtitle's dash line printed above the title, a title set in two whole lines, lines between
the title and a dash subtitle, a stock kicker between two stories' decks. Each page is our
own text in the general shape; what a reader sees is written out by hand."""

from __future__ import annotations

from segment_support import segment_text

_QUAKE_BODY = [
    "本报综合消息 智利中部沿海地区当地时间",
    "昨天发生六点八级地震，震源深度十公里。",
    "目前尚无人员伤亡报告，当地已发布海啸",
    "预警，沿海居民有序撤离。",
    "智利地处环太平洋地震带，地震频发。",
]


def test_a_dash_subtitle_printed_above_the_title_is_its_subtitle():
    # a kicker may end in a dash; a line opening with one is the subtitle wherever OCR puts it
    text = "\n".join([
        "——全市新增绿地面积超过三百公顷",
        "城市公园绿地建设提速",
        "本报讯 今年以来，全市新增绿地面积超过",
        "三百公顷，新建口袋公园四十二个，市民",
        "出门五百米即可见绿。",
        "市园林局表示，明年将继续推进绿道建设。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == ("", "城市公园绿地建设提速", "全市新增绿地面积超过三百公顷")


def test_a_title_set_in_two_whole_lines_is_one_title():
    # the place, then what happened there: the labeller reads both lines as title lines and the
    # second as no subtitle, and the lead does not say it as a clause of its own
    [story] = segment_text("\n".join(["南美洲智利中部沿海", "发生六点八级强烈地震", *_QUAKE_BODY]))
    assert (story.kicker, story.title, story.subtitle) == ("", "南美洲智利中部沿海 发生六点八级强烈地震", "")


def test_lines_between_the_title_and_a_dash_subtitle_are_the_title():
    # a subtitle carries its dash on its first line: the two lines above it are no subtitle's,
    # and the series name over them is the kicker
    text = "\n".join([
        "城市更新系列主题新闻发布会",
        "全市老旧小区改造",
        "三年惠及一百二十万居民",
        "——今年将再改造小区三百个",
        "本报讯 市住建局昨天举行新闻发布会，",
        "介绍老旧小区改造进展。三年来全市改造",
        "老旧小区九百多个，惠及一百二十万居民，",
        "今年将再改造小区三百个。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == (
        "城市更新系列主题新闻发布会", "全市老旧小区改造 三年惠及一百二十万居民", "今年将再改造小区三百个")


def test_a_stock_kicker_between_two_decks_goes_with_the_title_under_it():
    # the deck of the story above printed under its body, then the next story's deck: the line
    # between shares no word with either story, so it is the lower title's kicker, not the upper
    # title's subtitle
    text = "\n".join([
        "本报讯 市园林局介绍，城郊公园今年新修",
        "步道十条，总长二十多公里，沿途设置",
        "休息点和饮水点。",
        "城郊公园新修十条步道",
        "奋进新征程",
        "冬季供暖比往年提前五天启动",
        "——居民室温全部达标",
        "本报讯 受冷空气影响，全市供暖比往年",
        "提前五天启动，居民室温全部达标。",
        "热力公司开通热线，二十四小时受理报修。",
    ])
    park, heating = segment_text(text)
    assert (park.kicker, park.title, park.subtitle) == ("", "城郊公园新修十条步道", "")
    assert (heating.kicker, heating.title, heating.subtitle) == ("奋进新征程", "冬季供暖比往年提前五天启动", "居民室温全部达标")
