"""A kicker line the lead says as a whole clause, over a title the lead does not read on into
(天津东丽区华明工业园内 / 科创一线澎湃青春动能 over 天津东丽区华明工业园内，35岁的…), stays the kicker
where a word seems to run across the break (内 / 科: 内科): the column did not break one title there,
the two lines are two roles. `_title_broken_at_deck_edge` and `_title_kept_whole_at_words` no longer
join such a line onto the title; a line the lead reads on from into the title still joins. Our own text
in the general shape."""

from __future__ import annotations

from audiopaper.segment import headlines
from audiopaper.segment.headlines import Headline

UNITS = ["河东高新区创业园内", "科创一线青春涌动", "——河东激活青年创新活力"]
READ = Headline(title="科创一线青春涌动", kicker="河东高新区创业园内", subtitle="河东激活青年创新活力")
LEAD = "河东高新区创业园内，三十多支青年科创团队日夜攻关，今年已有十二项成果走出实验室。"


def test_kicker_the_lead_restates_is_not_a_title_line_broken_at_the_deck_edge():
    assert headlines._title_broken_at_deck_edge(UNITS, READ, LEAD) == READ


def test_kicker_the_lead_restates_is_not_a_word_broken_from_the_title():
    assert headlines._title_kept_whole_at_words(UNITS, READ, LEAD) == READ


def test_line_the_lead_reads_on_from_still_joins_the_title():
    units = ["青年人才是", "科创一线的主力军"]
    read = Headline(title="科创一线的主力军", kicker="青年人才是")
    lead = "河东高新区负责人说，青年人才是科创一线的主力军，今年已有十二项成果走出实验室。"
    assert headlines._title_kept_whole_at_words(units, read, lead).title == "青年人才是科创一线的主力军"


def test_first_of_two_senders_the_lead_lists_still_joins_the_title():
    units = ["中共中央", "国务院对河东青年科创团队的贺信"]
    read = Headline(title="国务院对河东青年科创团队的贺信", kicker="中共中央")
    lead = "中共中央、国务院12日致信河东三十多支青年科创团队，祝贺他们今年的十二项成果走出实验室。"
    assert headlines._title_kept_whole_at_words(units, read, lead).title == "中共中央国务院对河东青年科创团队的贺信"
