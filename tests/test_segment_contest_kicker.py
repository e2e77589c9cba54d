"""A contest named over its result (短道速滑世界杯德国站 / 武大靖获男子五百米金牌) (issue 8): a daily's
sports deck files the result under the event, the contest's name with its leg or event after it and
no verb; the name is the kicker and the result the title, not one title of both lines, nor the name
the title over a subtitle. Our own invented text in the shape of People's Daily sports decks."""

from __future__ import annotations

from audiopaper.segment.decks import names_a_series
from segment_support import segment_text


def test_a_contest_named_over_its_result_is_the_kicker():
    text = "\n".join([
        "短道速滑世界杯德国站",
        "武大靖获男子五百米金牌",
        "本报柏林2月2日电 短道速滑世界杯德国站",
        "比赛当地时间2日结束，中国选手武大靖在",
        "男子五百米决赛中以40秒12的成绩夺冠，",
        "队友任子威获得铜牌。",
        "",
        "乒乓球亚洲杯男子单打",
        "樊振东第三次夺冠",
        "本报讯 乒乓球亚洲杯男子单打决赛昨天",
        "在海南举行，樊振东以四比一战胜对手，",
        "第三次获得这项比赛的冠军。",
    ])
    skating, table_tennis = segment_text(text)
    assert (skating.kicker, skating.title) == ("短道速滑世界杯德国站", "武大靖获男子五百米金牌")
    assert (table_tennis.kicker, table_tennis.title, table_tennis.subtitle) == (
        "乒乓球亚洲杯男子单打", "樊振东第三次夺冠", "")


def test_a_contest_line_going_on_to_what_happened_names_no_series():
    # the contest with its leg, its event or nothing after it names the event; a line going on
    # to what was done there (战罢9轮), or doing it (讨论合办…), or racing (赛龙舟) does not
    assert [names_a_series(line) for line in (
        "东京奥运会亚洲男排资格赛", "雪车世锦赛女子双人车", "女子重剑世界杯西班牙站",
        "女子国象世界冠军赛战罢9轮", "两市讨论合办冬运会", "赛龙舟", "一杯清茶")] == [
        True, True, True, False, False, False, False]
