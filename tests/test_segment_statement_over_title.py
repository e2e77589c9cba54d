"""A plain statement of the news over a catchy title (issue 8, round 23): People's Daily sets the
statement (who did what) as the kicker over a title of two phrases or words in quotes. The statement
may itself quote a term or join two clauses with a comma, the catchy title may be two short lines
stacked, and a line may follow it as the subtitle. Each page is our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text


def _compact(text: str) -> str:
    return "".join(text.split())


def test_a_statement_quoting_a_term_over_a_couplet_is_the_kicker():
    text = "\n".join([
        "南湖区开展“楼道整治”改善居住环境",
        "楼道亮了 心里暖了",
        "本报讯 走进南湖区的老小区，堆满杂物",
        "的楼道不见了，墙面刷得干干净净。今年",
        "以来，全区整治楼道两千多个。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == ("南湖区开展“楼道整治”改善居住环境", "楼道亮了 心里暖了", "")


def test_a_statement_of_two_clauses_over_a_couplet_is_the_kicker():
    text = "\n".join([
        "江宁区推进村务公开，财务收支全部上网",
        "账目清了 干群亲了",
        "本报讯 走进江宁区的村委会，墙上贴着",
        "二维码，扫一扫就能看到村里每一笔",
        "开支。去年以来，全区两百多个村完成",
        "财务公开。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == ("江宁区推进村务公开，财务收支全部上网", "账目清了 干群亲了", "")


def test_a_statement_over_a_couplet_and_a_further_line_is_kicker_title_and_subtitle():
    text = "\n".join([
        "第三届长三角农产品博览会开幕",
        "做强特色农业 拓宽增收渠道",
        "展会为期四天",
        "本报讯 第三届长三角农产品博览会昨",
        "天在嘉兴开幕，三百多家企业带来两千",
        "多种农产品参展。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == (
        "第三届长三角农产品博览会开幕", "做强特色农业 拓宽增收渠道", "展会为期四天")


def test_a_statement_over_a_couplet_stacked_in_two_short_lines_is_the_kicker():
    text = "\n".join([
        "西岭能源推动煤化工向高端转型",
        "煤炭变“新材”",
        "这是片蓝海",
        "本报讯 在西岭能源的厂区里，一车车",
        "煤炭经过十几道工序，变成了高附加值",
        "的新材料。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, _compact(story.title), story.subtitle) == (
        "西岭能源推动煤化工向高端转型", "煤炭变“新材”这是片蓝海", "")


def test_a_title_quoting_a_term_over_a_line_quoting_another_stays_the_title():
    # both lines quote a term: the quotes set neither apart, so the rules' title over subtitle stands
    text = "\n".join([
        "一体推进“放管服”提升政务服务效能",
        "从“多头跑”向“一次办”转变",
        "本报讯 今年以来，我市一体推进放管服",
        "改革，两百多项政务服务事项实现一次",
        "办结。",
    ])
    [story] = segment_text(text)
    assert story.title == "一体推进“放管服”提升政务服务效能"
