"""A line of a word or two over a one-line title closing on its column tag (中法友谊 / 在合作中历久弥新
（大使随笔）) is the title's head the column broke off, not a kicker (issue 8): a daily sets its whole
title before the tag. A line naming places alone stays the kicker filing the story under them. Our own
invented text in the general shape of a daily's comment page."""

from __future__ import annotations

from segment_support import segment_text

_ABOVE = ["国家卫健委通报疫情防控最新进展", "本报北京2月15日电 国家卫健委今天通报，", "各地医疗队已经全部抵达定点医院，救治",
          "工作正在有序开展。", "（本报北京2月15日电）", "（编辑 王明）", ""]
_UNDER = ["□本报记者 李明", "  今年是两国建交六十周年。六十年", "", "来，两国在经贸、人文、科技等领域", "的合作持续深化，友谊历久弥新。"]


def test_a_short_line_over_a_tagged_title_is_its_head():
    story = segment_text("\n".join([*_ABOVE, "中法友谊", "在合作中历久弥新（大使随笔）", *_UNDER]))[-1]
    assert story.title.replace(" ", "") == "中法友谊在合作中历久弥新（大使随笔）"
    assert story.kicker == ""


def test_a_line_of_places_over_a_tagged_title_stays_its_kicker():
    story = segment_text("\n".join([*_ABOVE, "浙江湖州", "在合作中历久弥新（大使随笔）", *_UNDER]))[-1]
    assert story.title == "在合作中历久弥新（大使随笔）"
    assert story.kicker == "浙江湖州"
