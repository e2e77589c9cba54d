"""Hong Kong titles that say who spoke (issue 8): a traditional title sets the speaker and a colon, or
the speaker and a verb of saying, at the end of its first line and what was said on the next
(張建宗： / 律政司已清晰交代勿再糾纏…, 政府禁民族黨運作 陳文敏質疑 / 「擺法院上枱」界定國家安全). Such a line
read as the kicker is the title's first line: on the traditional pages of the dev and third-pool dirs
a deck line closing so over another deck line of its story is the title's every time (14 of 14); a
simplified page sets a speaker and a colon as the kicker (国台办： / …, 71 kickers against 9 title
lines), so it keeps its kicker. Our own invented pages and lines."""

from __future__ import annotations

from audiopaper.segment import headlines
from audiopaper.segment.headlines import Headline, _unit
from audiopaper.segment.page_line import Line
from audiopaper.simplified import to_simplified

_PAGE = """香港週報

2021年3月2日 星期二

衞生署：
社區接種中心增至十個 長者下月起優先預約

記者 陳大文

衞生署今日宣布，全港社區接種中心將由五個增至十個，六十歲以上長者下月起可優先經網上系統預約接種疫苗。署方表示，新增的中心設於各區體育館，每日可為約二千人接種。
衞生署發言人說，市民預約後須帶同身份證明文件到中心登記，接種後要留在中心觀察十五分鐘。有長者團體歡迎安排，但希望政府為不懂上網的長者設電話預約熱線。
發言人又表示，各中心由上午八時開放至晚上八時，公眾假期照常運作。

天文台：
周末氣溫回升 下周初有雨

記者 李小明

天文台預測，本周末天氣晴朗，氣溫回升至二十五度，下周初一道冷鋒會為華南沿岸帶來驟雨。天文台提醒市民留意最新天氣報告，外出時帶備雨具。
天文台高級科學主任說，冷鋒過後氣溫會回落至十八度左右，早晚較為清涼，長者及長期病患者應注意保暖。
"""

# The same page in simplified script (OpenCC keeps the variant 衞 as it is).
_SIMPLIFIED_PAGE = to_simplified().convert(_PAGE).replace("衞", "卫")


def _stories(segment_page, text: str):
    return [(s.kicker, "".join(s.title.split())) for s in segment_page(text)]


def test_a_speaker_and_colon_over_a_traditional_title_line_open_the_title(segment_page):
    assert _stories(segment_page, _PAGE) == [("", "衞生署：社區接種中心增至十個長者下月起優先預約"),
                                         ("", "天文台：周末氣溫回升下周初有雨")]


def test_a_simplified_page_keeps_the_speaker_as_the_kicker(segment_page):
    kickers = [kicker for kicker, _ in _stories(segment_page, _SIMPLIFIED_PAGE)]
    assert kickers == ["卫生署：", "天文台："]


def _units(traditional: bool, *texts: str) -> list:
    return [_unit(text, Line(n, text, traditional=traditional)) for n, text in enumerate(texts)]


def test_a_verb_of_saying_closing_the_first_line_runs_on_into_the_title():
    # the simplified view of a traditional page: 政府禁民族黨運作 陳文敏質疑 / 「擺法院上枱」界定國家安全
    units = _units(True, "政府禁民族党运作 陈文敏质疑", "「摆法院上枱」界定国家安全")
    read = headlines._traditional_kicker_running_on(Headline(title=str(units[1]), kicker=str(units[0])), units)
    assert (read.kicker, read.title) == ("", "政府禁民族党运作 陈文敏质疑「摆法院上枱」界定国家安全")


def test_a_plain_topic_kicker_or_a_simplified_speaker_stays():
    topic = _units(True, "武汉肺炎大爆发", "韩确诊破千宗 文在寅开会")
    read = Headline(title=str(topic[1]), kicker=str(topic[0]))
    assert headlines._traditional_kicker_running_on(read, topic) == read
    speaker = _units(False, "国台办：", "台立法机构插手干预香港事务必将自食恶果")
    read = Headline(title=str(speaker[1]), kicker=str(speaker[0]))
    assert headlines._traditional_kicker_running_on(read, speaker) == read


def test_a_label_set_under_the_title_is_not_run_on_backwards():
    units = _units(True, "周末气温回升 下周初有雨", "天文台：")
    read = Headline(title=str(units[0]), kicker=str(units[1]))
    assert headlines._traditional_kicker_running_on(read, units) == read
