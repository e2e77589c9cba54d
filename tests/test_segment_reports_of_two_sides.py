"""Two sides' reports of one event set on two lines (俄称对乌发动攻势 / 乌称打击俄指挥所) are the two
clauses of one title (issue 8): neither is a kicker over the other, nor a subtitle under it, and the
title keeps them apart by a space. No kicker or subtitle of the dev pages' decks (3,337 kicker/title
and 2,574 title/subtitle pairs) is a second side's report. Our own invented text in the shape of the
simulated pages (pool3-seg7 case0076, case0115, case0189; seg7-dev-2 case0013)."""

from __future__ import annotations

from audiopaper.segment import headlines
from segment_support import story_under

_FRONT = ["本报讯 甲国国防部3日称，甲军在东部多个方", "向击退乙军进攻并发动多次攻势。乙国总参谋", "部同日说，乙军打击了甲军一处前线指挥所。"]
_TRUCE = ["本报讯 丙方6日发表声明，宣布同意斡旋方提", "出的停火方案。丁国政府随后表示，将继续在", "边境城市展开军事行动。"]


def test_the_first_report_is_no_kicker():
    story = story_under(["丙方称同意斡旋方提出的停火方案", "丁国称继续在边境展开行动"], _TRUCE)
    assert (story.kicker, story.title) == ("", "丙方称同意斡旋方提出的停火方案 丁国称继续在边境展开行动")
    story = story_under(["本台短评", "甲称打击132个区域的乙军目标", "乙称袭击甲能源和通信设备工厂"], _FRONT)
    assert (story.kicker, story.title, story.subtitle) == ("本台短评", "甲称打击132个区域的乙军目标 乙称袭击甲能源和通信设备工厂", "")


def test_the_second_report_is_no_subtitle():
    story = story_under(["丙方称同意斡旋方提出的边境地区停火方案", "丁国称决定继续在边境城市展开行动"], _TRUCE)
    assert (story.title, story.subtitle) == ("丙方称同意斡旋方提出的边境地区停火方案 丁国称决定继续在边境城市展开行动", "")


def test_a_report_and_a_line_of_other_words_stay_apart():
    reports = headlines._reports_of_two_sides
    assert reports("俄称对乌发动攻势", "乌称打击俄指挥所", "") and reports("以軍稱擴大行動", "哈馬斯稱多人死亡", "")
    assert not reports("美妄称中国法律要求企业配合政府“窃密”", "外交部回应：不应断章取义", "")  # an answer, not a report
    assert not reports("俄称对乌发动攻势", "拦截多枚美制火箭弹", "")
    assert not reports("授予张三同志荣誉称号", "李四称赞其先进事迹", "")  # 称号: a title of honour
    # the lead says the line under as a clause of its own: a subtitle restating it
    assert not reports("哈马斯称已就协议作出回应", "斡旋方称谈判仍在继续", "哈马斯2日称，已就协议作出回应，斡旋方称谈判仍在继续。")
