"""The deck reader's layout features (issue 8): a title the column broke leaves lines of equal
width (14 + 14 characters, the last perhaps shorter), whole deck lines differ in width, and a
line closing a sentence is a kicker's or a subtitle's shape. The shipped model is fitted on
them. Lines are our own text in the general shape."""

from __future__ import annotations

from audiopaper.segment import decks

_NO_JOINS = decks.Joins(lambda first, second: False, lambda first, second: False)


def _features(texts: list[str], cut: decks.Cut) -> dict[str, float]:
    lines = [decks.DeckLine(text) for text in texts]
    options, rows = decks.block_features(lines, "", [0.0] * len(lines), _NO_JOINS, None)
    return dict(zip(decks.FEATURES, rows[options.index(cut)]))


def test_a_title_the_column_broke_joins_lines_of_equal_width():
    # 14 + 14 characters, then the last line shorter: the shape of one title across the column
    values = _features(["全市推进老旧小区改造工程进入", "攻坚阶段居民生活条件明显改善", "家家受益"], decks.Cut(0, 3))
    assert (values["title_joins_equal"], values["title_column_shape"]) == (1.0, 1.0)


def test_whole_deck_lines_of_other_widths_do_not_read_as_a_broken_title():
    values = _features(["乡村振兴", "特色产业带动农民增收致富", "越走越宽广"], decks.Cut(0, 3))
    assert (values["title_joins_equal"], values["title_column_shape"]) == (0.0, 0.0)


def test_a_mark_hung_at_a_broken_line_end_leaves_it_one_wider():
    # 14 characters and the comma the column may not open a line with, then 14
    values = _features(["全市推进老旧小区改造工程进入，", "攻坚阶段居民生活条件明显改善"], decks.Cut(0, 2))
    assert (values["title_joins_hung"], values["title_joins_equal"]) == (1.0, 0.0)


def test_a_line_one_wider_under_another_is_not_a_hung_mark():
    # a 16-character title over its 17-character subtitle: the line below is the wider one
    values = _features(["全市推进老旧小区改造工程进入攻坚", "居民生活条件明显改善家家户户都受益"], decks.Cut(0, 2))
    assert values["title_joins_hung"] == 0.0


def test_widths_across_the_cuts_are_measured():
    # a kicker as wide as the title's first line, a subtitle one character off the title's last
    values = _features(["全市推进老旧小区改造", "攻坚阶段居民生活改善", "居民生活条件明显改善了"], decks.Cut(1, 2))
    assert (values["kicker_title_equal"], values["title_subtitle_equal"]) == (1.0, 0.0)


def test_a_line_closing_a_sentence_is_marked():
    values = _features(["好日子是干出来的！", "特色产业带动农民增收"], decks.Cut(1, 2))
    assert (values["kicker:closes"], values["title:closes"]) == (1.0, 0.0)


def test_the_shipped_model_is_fitted_on_the_layout_features():
    model = decks.load_model()
    assert model is not None and {"title_joins_equal", "title_joins_hung", "kicker:closes"} <= set(model.features)
