"""Whole headlines of mainland dailies' decks (issue 8, round 11): a speaker's kicker ending in
a colon, a subtitle that says what the piece is (读…《》, 记…, 访…) set without its dash, a plain
statement of the news over a catchy title, a kicker line the column broke inside a word. Each
page is our own text in the general shape; what a reader sees is written out by hand."""

from __future__ import annotations

from segment_support import segment_text


def test_a_speaker_line_ending_in_a_colon_over_the_title_is_its_kicker():
    # 王胜： / 扎根乡村 积劳成疾: the colon names who speaks; the title is the line under it
    text = "\n".join([
        "周明远：",
        "守好这片林子就是守好家",
        "本报讯 “山上的每一棵树，我都认识。”",
        "护林员周明远在大岭山守林已经二十",
        "年，巡山路走了十几万公里。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == ("周明远：", "守好这片林子就是守好家", "")
    assert story.body.startswith("本报讯“山上的每一棵树")


def test_an_organ_line_ending_in_a_colon_over_a_long_title_is_its_kicker():
    text = "\n".join([
        "市交通运输局：",
        "春运期间公交地铁运营时间延长一小时",
        "本报讯 记者从市交通运输局获悉，春运",
        "期间全市公交和地铁运营时间将延长一",
        "小时，方便旅客夜间出行。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title) == ("市交通运输局：", "春运期间公交地铁运营时间延长一小时")


def test_a_review_subtitle_without_its_dash_stays_under_the_title():
    # 读杨绛《我们仨》, 记第十五届…论坛, 论学习贯彻…: a subtitle's own words, never the main title
    text = "\n".join([
        "在旧书页间寻找故乡",
        "读林川《河湾往事》",
        "本报讯 林川的新书《河湾往事》写的是",
        "一条小河和它两岸的村庄，作者用十年",
        "时间走访了沿河的老人。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == ("", "在旧书页间寻找故乡", "读林川《河湾往事》")


def test_a_record_subtitle_without_its_dash_stays_under_the_title():
    text = "\n".join([
        "把青春写在稻田里",
        "记青年农技员团队",
        "本报讯 天还没亮，农技员们已经下到",
        "田里查看秧苗长势，记录每块试验田的",
        "数据。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == ("", "把青春写在稻田里", "记青年农技员团队")


def test_a_plain_statement_over_a_catchy_line_is_the_kicker_over_its_title():
    # 湖北十堰规范小微权力运行 / 打开电视 能查村务: the statement says what happened, the catchy line
    # (two phrases, or words in quotes) is the title, though the lead quotes it
    text = "\n".join([
        "江宁区规范村级小微权力运行",
        "打开手机 能查村务",
        "本报讯 “打开手机，村里的大小事一目",
        "了然。”去年以来，江宁区把村级财务",
        "收支全部公开到手机上。",
        "南湖区推进老旧小区改造",
        "楼道亮了 心里暖了",
        "本报讯 “楼道亮了，心里也暖了。”说起",
        "小区的变化，居民王阿姨笑着说。今年",
        "以来，全区完成三十个小区改造。",
    ])
    village, homes = segment_text(text)
    assert (village.kicker, village.title, village.subtitle) == ("江宁区规范村级小微权力运行", "打开手机 能查村务", "")
    assert (homes.kicker, homes.title, homes.subtitle) == ("南湖区推进老旧小区改造", "楼道亮了 心里暖了", "")


def test_a_subtitle_the_lead_says_as_its_own_clauses_stays_under_the_title():
    # the lead opens with both lines as its clauses: a title and the subtitle restating the lead
    text = "\n".join([
        "各地开展丰富多彩的读书活动",
        "书香满城 人们共享阅读的乐趣",
        "本报讯 世界读书日前后，各地开展丰富多彩的读书活动。书香满城，人们共享",
        "阅读的乐趣。图书馆延长开放时间，书店推出优惠。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == ("", "各地开展丰富多彩的读书活动", "书香满城 人们共享阅读的乐趣")


def test_a_writers_bare_name_under_the_last_sentence_signs_the_story_above_and_is_no_kicker():
    # ……去。” / 李兴博 / (blank) / next title: the name closes the story above, the title under it stands alone
    text = "\n".join([
        "城郊公园新增十条步道",
        "本报讯 市园林局介绍，城郊公园今年",
        "新修步道十条，总长二十多公里，沿",
        "途设置休息点。",
        "孟嘉禾",
        "",
        "冬季供暖提前五天启动",
        "本报讯 受冷空气影响，全市供暖比往",
        "年提前五天启动，居民室温达标。",
    ])
    park, heating = segment_text(text)
    assert (park.title, park.byline) == ("城郊公园新增十条步道", "孟嘉禾")
    assert (heating.kicker, heating.title, heating.byline) == ("", "冬季供暖提前五天启动", "")
    assert park.body.endswith("沿途设置休息点。") and heating.body.startswith("本报讯受冷空气影响")


def test_a_writers_bare_name_under_the_end_credit_signs_the_story_above():
    text = "\n".join([
        "让老街巷留住烟火气",
        "本报讯 老城区改造保留了原有的街巷",
        "格局，老字号重新开张，街坊们又回",
        "来了。",
        "（作者为市规划研究院研究员）",
        "孟嘉禾",
        "冬季供暖提前五天启动",
        "本报讯 受冷空气影响，全市供暖比往",
        "年提前五天启动，居民室温达标。",
    ])
    streets, heating = segment_text(text)
    assert streets.title == "让老街巷留住烟火气" and "孟嘉禾" in streets.byline
    assert (heating.kicker, heating.title, heating.byline) == ("", "冬季供暖提前五天启动", "")
