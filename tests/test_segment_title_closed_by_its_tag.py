"""A title line ending in a column tag is the title's last line (issue 8): a daily sets the tag
(…（泥土芬芳）, …（代表委员履职故事）) after the whole title, so a whole line the reading took on
into the title under it is the subtitle, or, where it introduces (…代表——), a kicker set below
the title. Brackets closing a line the column wrapped are the title's own. Our own lines in the
general shape."""

from __future__ import annotations

from audiopaper.segment import headlines


def _closed(texts: list[str], reading: headlines.Headline) -> headlines.Headline:
    units = [headlines._Unit(text) for text in texts]
    return headlines._title_closed_by_its_tag(reading, units)


def test_a_whole_line_read_on_past_the_tag_is_the_subtitle():
    headline = _closed(["老街的石板路（乡土记忆）", "青溪古镇守护人的三十年"],
                       headlines.Headline(title="老街的石板路（乡土记忆） 青溪古镇守护人的三十年"))
    assert (headline.kicker, headline.title, headline.subtitle) == (
        "", "老街的石板路（乡土记忆）", "青溪古镇守护人的三十年")


def test_a_line_introducing_under_the_tag_is_a_kicker_set_below():
    headline = _closed(["守护古镇 留住乡愁（代表委员履职故事）", "李秀兰代表——"],
                       headlines.Headline(title="守护古镇 留住乡愁（代表委员履职故事） 李秀兰代表——"))
    assert (headline.kicker, headline.title, headline.subtitle) == (
        "李秀兰代表——", "守护古镇 留住乡愁（代表委员履职故事）", "")


def test_brackets_closing_a_wrapped_line_are_the_titles_own():
    # the column broke the title after a name's bracketed alias: read on with no space, it stays whole
    reading = headlines.Headline(title="2026年青溪县党校（行政学院）古镇保护研讨会召开")
    assert _closed(["2026年青溪县党校（行政学院）", "古镇保护研讨会召开"], reading) == reading


def test_a_title_ending_in_its_tag_is_left_alone():
    reading = headlines.Headline(title="老街的石板路（乡土记忆）", subtitle="青溪古镇守护人的三十年")
    assert _closed(["老街的石板路（乡土记忆）", "青溪古镇守护人的三十年"], reading) == reading
