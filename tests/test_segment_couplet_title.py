"""A couplet title over a plain subtitle (issue 8): a line of two parallel phrases about the story
(its words in the body) set over one plain line is the title over its subtitle, not a kicker over
the title; a stock slogan over a title, sharing nothing with the body, stays the kicker. Each page
is our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text


def test_a_couplet_the_body_quotes_over_a_plain_line_is_the_title_over_its_subtitle():
    # 耕读为本，诗礼传家 / 某地藏书楼的百年守候: the catchy couplet is the title, the plain line the subtitle
    text = "\n".join([
        "山间有书声，灯下有匠心",
        "青溪镇乡村书屋的十年坚守",
        "本报讯 青溪镇的乡村书屋开了整整十年。",
        "“山间有书声，灯下有匠心。”村民这样说",
        "起书屋。管理员李秀兰每天早上八点开门，",
        "晚上九点关灯，十年里没有歇过一个春节。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == ("", "山间有书声，灯下有匠心", "青溪镇乡村书屋的十年坚守")


def test_a_couplet_of_spaced_phrases_about_the_story_is_the_title():
    text = "\n".join([
        "守住老手艺 织出新生活",
        "南坪村竹编合作社的带富经",
        "本报讯 南坪村竹编又热闹起来。",
        "人们常说，守住老手艺，织出新生活。这话",
        "在这里再合适不过。去年卖出竹编制品",
        "两万多件，带动百余户增收。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == ("", "守住老手艺 织出新生活", "南坪村竹编合作社的带富经")


def test_a_stock_slogan_sharing_nothing_with_the_body_stays_the_kicker():
    # 奋进新征程 建功新时代 / <the news>: the campaign's slogan over the story's own title
    text = "\n".join([
        "同心向未来 携手谱新篇",
        "临江市民的过江新路",
        "本报讯 12月28日上午，临江市三座跨江",
        "大桥同日建成通车，两岸居民过江时间由",
        "四十分钟缩短到十分钟。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == ("同心向未来 携手谱新篇", "临江市民的过江新路", "")


def test_a_couplet_about_the_story_over_a_news_statement_stays_its_kicker():
    # 逢山开路 遇水架桥 / “中国桥梁”成为闪亮名片: the line under it reports the news, the title's shape
    text = "\n".join([
        "守住老手艺 织出新生活",
        "南坪村竹编合作社年销两万件",
        "本报讯 南坪村竹编又热闹起来。",
        "人们常说，守住老手艺，织出新生活。这话",
        "在这里再合适不过。去年卖出竹编制品",
        "两万多件，带动百余户增收。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == ("守住老手艺 织出新生活", "南坪村竹编合作社年销两万件", "")


_TOWN_BODY = (
    "本报讯 暑期以来，青溪古镇人气旺，",
    "民宿一房难求。七月古镇接待游客四十二万",
    "人次，同比增长三成，周末客房提前两周",
    "订满。",
)


_VILLAGE_BODY = (
    "本报讯 南坪村竹编又热闹起来。",
    "人们常说，守住老手艺，织出新生活。这话",
    "在这里再合适不过。去年卖出竹编制品",
    "两万多件，带动百余户增收。",
)


def test_a_couplet_of_words_alone_over_a_much_longer_line_is_the_title_over_its_subtitle():
    # 敢为人先 与时俱进 / 感受“义乌发展经验”新脉动: the mainland dailies' two-line decks of this shape
    # are title over subtitle far more often than kicker over title
    text = "\n".join(["守住老手艺 织出新生活", "南坪村竹编合作社带动百余户村民增收致富", *_VILLAGE_BODY])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == (
        "", "守住老手艺 织出新生活", "南坪村竹编合作社带动百余户村民增收致富")


def test_a_slogan_of_short_words_over_a_longer_line_stays_its_kicker():
    # 新常态 新成效 / “以人为本”提升城镇化质量: three-character phrases, a slogan's, as often the kicker
    text = "\n".join(["老手艺 新生活", "南坪村竹编合作社带动百余户村民增收致富", *_VILLAGE_BODY])
    [story] = segment_text(text)
    assert (story.kicker, story.title) == ("老手艺 新生活", "南坪村竹编合作社带动百余户村民增收致富")


def test_a_couplet_under_its_kicker_over_a_longer_news_line_is_the_title():
    # 违规引入境内 / 看似“可爱” 实则有害 / 5月开始…管控“加码”: a deck of three is kicker, title, subtitle
    text = "\n".join([
        "暑期游持续升温",
        "古镇人气旺 民宿一房难求",
        "青溪古镇七月接待游客同比增长三成",
        *_TOWN_BODY,
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == (
        "暑期游持续升温", "古镇人气旺 民宿一房难求", "青溪古镇七月接待游客同比增长三成")


def test_a_stock_slogan_under_a_kicker_stays_in_the_kicker():
    # the couplet shares nothing with the body: a second kicker line, not the title
    text = "\n".join([
        "暑期游持续升温",
        "同心向未来 携手谱新篇",
        "青溪古镇七月接待游客同比增长三成",
        *_TOWN_BODY,
    ])
    [story] = segment_text(text)
    assert story.title == "青溪古镇七月接待游客同比增长三成"


def test_a_couplet_of_dotted_even_phrases_under_a_series_kicker_is_the_title():
    # 乡村振兴进行时 / 以展促消·以展兴产·以展聚势 / 北京会展经济释放…: even phrases, not a series and its part
    text = "\n".join([
        "乡村振兴进行时",
        "古镇引客·民宿增收",
        "青溪古镇七月接待游客同比增长三成",
        *_TOWN_BODY,
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == (
        "乡村振兴进行时", "古镇引客·民宿增收", "青溪古镇七月接待游客同比增长三成")



def test_latin_words_are_no_couplet():
    # IG：… / YouTube Channel / <the title>: a handle's two words are not a title's two phrases
    from audiopaper.segment.headlines import _couplet

    assert _couplet("古镇引客·民宿增收") and _couplet("敢为人先 与时俱进")
    assert not _couplet("YouTube Channel")
