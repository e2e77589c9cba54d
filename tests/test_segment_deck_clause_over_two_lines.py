"""One clause the column set over two title lines: a subject with no verb of its own over a line
opening on its predicate (伊拉克南部 / 爆发大规模示威, 全体专业技术人才 / 将开展…). The deck reader
counts such a join inside the title, and at the kicker's and the subtitle's edge, as a cue that
the two lines are one title; a kicker that is a phrase of its own (离京对缅甸进行国事访问 over
习近平抵达内比都) or hands on (…强调, …——) does not carry on into the line under it."""

from __future__ import annotations

from audiopaper.segment import decks


def test_a_subject_over_its_predicate_carries_on():
    pairs = [("伊拉克南部", "爆发大规模示威"), ("全体专业技术人才", "将开展人工智能通识继续教育"),
             ("北京人艺", "发布今年演出剧目"), ("美国政府", "“停摆”时间创纪录")]
    assert [decks.carries_on(above, below) for above, below in pairs] == [True] * 4


def test_a_finished_line_or_one_handing_on_does_not_carry_on():
    pairs = [("离京对缅甸进行国事访问", "习近平抵达内比都"), ("国家林业和草原局", "“云·游中国”主题活动在斯"),
             ("特朗普首访中情局强调", "打击极端组织"), ("读者热议本报系列评论——", "实干才能出实绩"),
             ("传承千载情 携手谱新篇", "——以实干实绩交出满意答卷"), ("体操世界杯墨尔本站", "中国队再获两金")]
    assert [decks.carries_on(above, below) for above, below in pairs] == [False] * 6


def test_the_join_inside_the_title_is_a_feature_of_the_reading():
    lines = [decks.DeckLine("伊拉克南部"), decks.DeckLine("爆发大规模示威")]
    joins = decks.Joins(lambda first, second: False, lambda first, second: False)
    options, rows = decks.block_features(lines, "", [0.0, 0.0], joins, None)
    inside = decks.FEATURES.index("title_joins_clause")
    kicker_edge = decks.FEATURES.index("kicker_clause_into_title")
    by_cut = {(cut.kicker, cut.end): row for cut, row in zip(options, rows)}
    assert (by_cut[(0, 2)][inside], by_cut[(1, 2)][kicker_edge]) == (1.0, 1.0)
    assert (by_cut[(1, 2)][inside], by_cut[(0, 2)][kicker_edge]) == (0.0, 0.0)
