"""Two shapes every mainland paper prints (issue 8): a wire story's closing dateline on its
own line after the last sentence (新华社南昌4月26日电), and the writer's bare name on its
own line under a commentary's title (王军锐). Each page is our own text in the shape."""

from __future__ import annotations

from segment_support import segment_text


def test_closing_dateline_after_the_last_sentence_is_the_credit_of_the_story_above():
    text = "\n".join([
        "城南新建三座口袋公园",
        "城南今年新建的三座口袋公园昨天同",
        "时开放，每座公园都设有儿童游乐区",
        "和健身步道。",
        "",
        "新华社南昌4月26日电",
        "",
        "过江隧道正式通车",
        "记者从市交通局获悉，连接江南江北",
        "的过江隧道今天正式通车，过江时间",
        "缩短一半。",
        "新华社耶路撒冷4月29",
        "日电",
    ])
    park, tunnel = segment_text(text)
    assert (park.title, tunnel.title) == ("城南新建三座口袋公园", "过江隧道正式通车")
    assert park.body.endswith("和健身步道。") and "新华社" not in park.body
    assert park.byline == "新华社南昌4月26日电"
    # the column broke the dateline: both halves are the credit, none a story
    assert tunnel.body.endswith("缩短一半。") and tunnel.byline == "新华社耶路撒冷4月29日电"


def test_a_dateline_the_lead_reads_on_from_opens_its_story():
    # 新华社北京4月28日电 filling the column, the bracketed byline and the prose under it: a lead
    text = "\n".join([
        "城南新建三座口袋公园",
        "城南今年新建的三座口袋公园昨天同",
        "时开放，每座公园都设有儿童游乐区",
        "和健身步道。",
        "过江隧道正式通车",
        "新华社北京4月28日电（记",
        "者 周立新）连接江南江北的过江隧道",
        "今天正式通车，过江时间缩短一半。",
    ])
    park, tunnel = segment_text(text)
    assert park.body.endswith("和健身步道。") and not park.byline
    assert tunnel.title == "过江隧道正式通车"
    assert tunnel.body.startswith("新华社北京4月28日电") and tunnel.body.endswith("缩短一半。")


def test_writers_bare_name_under_the_title_is_the_byline_not_the_title():
    text = "\n".join([
        "以制度建设巩固基层治理成果",
        "欧阳明远",
        "基层治理是国家治理的基石。近年来，",
        "各地在探索中积累了不少好的做法，但",
        "也要看到，一些做法还停留在经验层面。",
        "",
        "让群众参与成为治理常态",
        "韩雪 刘思远",
        "本报讯 社区事务由居民商量着办，是",
        "近年来许多城市社区的共同经验。",
    ])
    governance, participation = segment_text(text)
    assert (governance.title, governance.byline) == ("以制度建设巩固基层治理成果", "欧阳明远")
    assert governance.body.startswith("基层治理是国家治理的基石。")
    assert (participation.title, participation.byline) == ("让群众参与成为治理常态", "韩雪 刘思远")
    assert "韩雪" not in participation.body


def test_a_short_title_that_reads_like_a_name_stays_the_title():
    # 高温补贴 opens with a common surname, but the lead under it says its words: the title
    text = "\n".join([
        "本市调整用工标准",
        "高温补贴",
        "本报讯 本市高温补贴标准今年起上调，",
        "每人每月增加五十元，六月至九月发放。",
    ])
    [story] = segment_text(text)
    assert "高温补贴" in story.kicker + story.title and not story.byline


def test_writers_note_after_the_last_sentence_closes_the_story_and_the_next_title_is_a_title():
    # （作者单位：X） broken over two lines: the note's closing bracket alone on a line ends no
    # sentence, yet the title under it is the next story's, not more of the note
    text = "\n".join([
        "以制度建设巩固基层治理成果",
        "欧阳明远",
        "基层治理是国家治理的基石。近年来，",
        "各地在探索中积累了不少好的做法。",
        "（作者单位：某省某市委党校（行政学",
        "院））",
        "让群众参与成为治理常态",
        "韩雪",
        "社区事务由居民商量着办，是近年来许",
        "多城市社区的共同经验。",
    ])
    governance, participation = segment_text(text)
    assert governance.body.endswith("好的做法。") and "作者" not in governance.body
    assert governance.byline == "欧阳明远 作者单位：某省某市委党校（行政学院）"
    assert (participation.title, participation.byline) == ("让群众参与成为治理常态", "韩雪")
    assert participation.body.startswith("社区事务由居民商量着办")


def test_writers_note_a_blank_line_breaks_is_still_one_credit():
    text = "\n".join([
        "以制度建设巩固基层治理成果",
        "基层治理是国家治理的基石，各地在探",
        "索中积累了不少好的做法。",
        "（作者系某省社会科学院",
        "",
        "研究员）",
        "",
        "让群众参与成为治理常态",
        "社区事务由居民商量着办，是近年来许",
        "多城市社区的共同经验。",
    ])
    governance, participation = segment_text(text)
    assert governance.body.endswith("好的做法。") and governance.byline == "作者系某省社会科学院研究员"
    assert participation.title == "让群众参与成为治理常态" and "研究员" not in participation.body
