"""Main titles of shapes the reader took for prose (issue 8, round 12): a title that asks or
exclaims, a title closed by its column's name in brackets (with a comma in it), a title the column
wrapped over two lines right above an indented lead. Each page is our own text in the general
shape; what a reader sees is written out by hand."""

from __future__ import annotations

from segment_support import segment_text


def test_a_title_ending_in_an_exclamation_mark_over_its_byline_is_the_title():
    # 月娥，我不想努力了！ / 記者 邵轩: a title may exclaim; prose does not, right over a byline
    text = "\n".join([
        "春风十里，不如家门口的公园！",
        "记者 王晓明",
        "家门口新建的口袋公园开放以来，每",
        "天清早都有不少居民来这里散步、打",
        "太极。住在附近的李大爷说，以前锻",
        "炼要走两站路，现在下楼就到。",
    ])
    [story] = segment_text(text)
    assert story.title == "春风十里，不如家门口的公园！"
    assert story.byline == "记者 王晓明"
    assert story.body.startswith("家门口新建的口袋公园")


def test_a_title_ending_in_a_question_mark_at_the_top_of_the_page_is_the_title():
    # 誰的好望角？ over its text: the page's first line asks, and nothing is open above it
    text = "\n".join([
        "周末去哪儿遛娃？",
        "",
        "天气转暖，不少家长开始琢磨周末带",
        "孩子去哪儿玩。记者走访发现，城郊",
        "的几处农场推出了亲子采摘活动，价",
        "格实惠，很受欢迎。",
    ])
    [story] = segment_text(text)
    assert story.title == "周末去哪儿遛娃？"
    assert story.body.startswith("天气转暖")


def test_a_question_in_the_prose_of_a_story_stays_in_its_text():
    # a one-line paragraph that asks, inside a story, is the story's own line
    text = "\n".join([
        "社区食堂开到了家门口",
        "本报讯 社区食堂开业一个月，每天来",
        "吃饭的老人有两百多位。",
        "饭菜合不合口味？",
        "七十多岁的张大妈说，菜烧得软烂，",
        "价钱也便宜，她天天都来。",
    ])
    [story] = segment_text(text)
    assert story.title == "社区食堂开到了家门口"
    assert "饭菜合不合口味？" in story.body


def test_a_title_closed_by_its_column_name_in_brackets_is_the_title_though_it_holds_a_comma():
    # 致敬，平凡的英雄（民生观） over the lead: the bracketed column name closes a title line
    text = "\n".join([
        "市民讲述家门口的变化。",
        "（作者单位：市社科院）",
        "",
        "守护，从一盏路灯开始（民生观）",
        "老城区的小巷子里，最近装上了一排新",
        "路灯，晚上回家的居民再也不用摸黑走",
        "路了。这件小事，街坊们念叨了好几年。",
        "办成它，靠的是社区干部一趟趟跑。",
    ])
    stories = segment_text(text)
    assert stories[-1].title == "守护，从一盏路灯开始（民生观）"
    assert stories[-1].body.startswith("老城区的小巷子里")


def test_a_note_in_brackets_closing_a_line_of_prose_stays_in_the_prose():
    # 各级党委（党组） / 及其组织人事部门要……: the sentence goes on, so the bracket is prose's
    text = "\n".join([
        "干部档案管理条例印发",
        "本报讯 近日，有关部门印发条例。",
        "条例要求，各级党委（党组）",
        "及其组织人事部门要提高认识，把档案",
        "工作摆上重要位置，切实抓好落实。",
    ])
    [story] = segment_text(text)
    assert story.title == "干部档案管理条例印发"
    assert "各级党委（党组）及其组织人事部门" in story.body


def test_a_title_wrapped_over_two_lines_above_an_indented_lead_is_one_title():
    # 为“一国两制”筑 / 牢安全堤坝 / 　　5月28日……: prose ends a sentence before an indent, so both
    # lines are the title's, though the first is nearly as wide as the narrow column
    text = "\n".join([
        "各地纷纷表示，十年来的",
        "变化有目共睹。",
        "李华",
        "",
        "全市中小学生春季运动",
        "会今天开幕",
        "\u3000\u3000今天上午，全市中小",
        "学生春季运动会在市体育",
        "中心开幕，来自八十多所",
        "学校的三千多名运动员参",
        "加比赛，项目有田径、跳",
        "绳和拔河等，持续三天。",
    ])
    stories = segment_text(text)
    assert stories[-1].title.replace(" ", "") == "全市中小学生春季运动会今天开幕"
    assert stories[-1].body.startswith("今天上午")
