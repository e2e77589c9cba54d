"""A title the column broke inside a word (……特别节目：总书 / 记为……, 无本 / 土新增) or before a particle
(跨越万里 多 / 地联手……) is one title (issue 8): the line the break leaves above is no kicker, and the
line under it no subtitle, whatever the deck reader's weights say of each line alone. Our own
invented text in the general shape of the simulated pages (pool3-seg7 case0029, case0141, case0013)."""

from __future__ import annotations

from audiopaper.segment import patterns as p
from segment_support import segment_text

_ABOVE = ["上周全市接待游客两万人次", "", "本报讯 上周全市各景区共接待游客两万", "人次，同比增长一成。", ""]
_SHOW = ["本报讯 市文化馆今晚举办专场演出，", "基层文艺工作者以歌舞、快板等形式", "表达学习回信精神的体会。演出共有",
         "十二个节目，由各区文化站选送。"]
_ARTICLE = ["本报讯 本月出版的第4期《求是》杂志", "发表中共中央总书记的重要文章《加快", "建设农业强国》。文章强调，农业强国",
            "是社会主义现代化强国的根基。"]
_RESCUE = ["本报讯 一名维和官兵日前在任务区突患", "重病，情况危急。联勤保障部队立即", "启动预案，多地联手，成功将患者接",
           "回国内救治，目前患者各项指标平稳。"]


def _story_under(deck: list[str], body: list[str]):
    *_, story = segment_text("\n".join([*_ABOVE, *deck, "", *body]))
    assert p.compact(body[0][4:]) in p.compact(story.body)
    return story


def test_a_line_opening_on_a_word_s_end_is_no_subtitle():
    story = _story_under(["市文化馆今晚举办专场演出：总书", "记回信激励基层文艺工作者"], _SHOW)
    assert story.title == "市文化馆今晚举办专场演出：总书记回信激励基层文艺工作者"
    assert story.subtitle == ""


def test_a_title_broken_inside_words_over_three_lines_stays_whole_under_its_kicker():
    story = _story_under(["在希望的田野上", "《求是》杂志发表总书", "记重要文章《加快建设农", "业强国》"], _ARTICLE)
    assert story.kicker == "在希望的田野上"
    assert story.title == "《求是》杂志发表总书记重要文章《加快建设农业强国》"
    assert story.subtitle == ""


def test_a_line_opening_on_a_particle_takes_the_line_above_out_of_the_kicker():
    story = _story_under(["生态文明 美丽中国", "跨越万里 多", "地联手救治维和伤员"], _RESCUE)
    assert story.kicker == "生态文明 美丽中国"
    assert story.title == "跨越万里多地联手救治维和伤员"
