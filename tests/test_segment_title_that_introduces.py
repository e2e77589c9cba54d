"""A title read as a line that introduces the line under it (…南仁东——, …指导强调, …，骆惠宁表示) is the
kicker: no title ends on a dash or a verb of saying. Where the deck reader still leaves such a line as
the title (messy pages: a deck after a credit, a caption or a table), the last step of reading a deck
gives the role back: over a subtitle, the subtitle is the title it introduces; under a kicker with no
subtitle, the kicker was the title set over its kicker. Our own text in the general shape."""

from __future__ import annotations

from audiopaper.segment import headlines
from audiopaper.segment.headlines import Headline
from segment_support import story_under

BODY = [
    "本报讯 河东市农民王明种了三十年地，",
    "今年他家的一亩试验田亩产超过一千二百",
    "公斤，创下全市纪录。王明说，种好一亩",
    "田，靠的是科学，更靠的是用心。",
]


def test_title_ending_on_a_dash_over_a_subtitle_is_the_kicker():
    read = headlines._title_that_introduces(Headline(title="“农民科学家”王明——", subtitle="种好一亩田（身边的榜样）"))
    assert read == Headline(title="种好一亩田（身边的榜样）", kicker="“农民科学家”王明——")


def test_title_ending_on_a_verb_of_saying_over_a_subtitle_is_the_kicker():
    read = headlines._title_that_introduces(Headline(title="市委书记王明在调研时强调", subtitle="让每一亩田都长出好庄稼"))
    assert read == Headline(title="让每一亩田都长出好庄稼", kicker="市委书记王明在调研时强调")


def test_title_that_introduces_under_its_kicker_changes_place_with_it():
    read = headlines._title_that_introduces(Headline(title="河东市召开乡村振兴大会，王明表示", kicker="对乡村振兴充满信心"))
    assert read == Headline(title="对乡村振兴充满信心", kicker="河东市召开乡村振兴大会，王明表示")


def test_subtitle_a_dash_opens_stays_the_subtitle():
    deck = Headline(title="王明——", subtitle="——记河东市农民科学家")
    assert headlines._title_that_introduces(deck) == deck


def test_title_that_introduces_nothing_is_kept():
    deck = Headline(title="种好一亩田", kicker="身边的榜样", subtitle="记河东市农民科学家王明")
    assert headlines._title_that_introduces(deck) == deck


def test_dash_kicker_over_tagged_title_on_a_page():
    story = story_under(["“农民科学家”王明——", "种好一亩田（身边", "的榜样）", ""], BODY)
    assert story.kicker == "“农民科学家”王明——"
    assert story.title == "种好一亩田（身边的榜样）"
