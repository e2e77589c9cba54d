"""People's Daily kickers read as the title (issue 8, round 42): a plain statement of what a place or
agency did sets the scene over a line calling for what should come of it (…开展“法律明白人”培训 /
让法治走进田间地头). Read as title and subtitle, the deck turns round. Each page is our own text in
the general shape."""

from __future__ import annotations

from segment_support import segment_text


def test_a_statement_over_a_line_calling_for_its_outcome_is_the_kicker():
    text = "\n".join([
        "南岸区开展“法律明白人”培训",
        "让法治走进田间地头",
        "本报讯 今年以来，南岸区在各村培训“法律明白人”三百多名，",
        "村里的土地纠纷、邻里矛盾大多就地化解。司法所的干部说，",
        "过去村民有了纠纷就往镇上跑，如今在村里就能找到人问。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == ("南岸区开展“法律明白人”培训", "让法治走进田间地头", "")


def test_a_plain_statement_over_a_calling_line_in_a_narrow_column_is_the_kicker():
    text = "\n".join([
        "江北县推行村级事务阳光公开",
        "让村民明明白白过日子",
        "本报讯 走进江北县的村委会，墙上贴着",
        "二维码，扫一扫就能看到村里每一笔",
        "开支。去年以来，全县两百多个村完成",
        "财务公开。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == ("江北县推行村级事务阳光公开", "让村民明明白白过日子", "")


def test_a_calling_line_the_lead_says_as_its_own_clause_stays_the_subtitle():
    # the lead says the line again as a clause: a subtitle restating the lead, as before
    text = "\n".join([
        "南岸区开展“法律明白人”培训",
        "让法治走进田间地头",
        "本报讯 南岸区在各村培训“法律明白人”三百多名，让法治",
        "走进田间地头。村里的土地纠纷、邻里矛盾大多就地化解，",
        "过去村民有了纠纷就往镇上跑，如今在村里就能找到人问。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == ("", "南岸区开展“法律明白人”培训", "让法治走进田间地头")
