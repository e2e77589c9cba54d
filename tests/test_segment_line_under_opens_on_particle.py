"""A paragraph's line with no mark in it, as wide as its column, under a finished sentence, whose
sentence goes on in the line under it opening on a particle (……建立稳定 / 的友好往来，……)
(issue 8): no lead and no sentence opens on 的, so the line is the story's prose the column broke,
not the next story's title, even where the sentence under it says the line's words again. Our own
text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

PROSE_LINE_OVER_A_PARTICLE = [
    " 本报讯 昨天，江城召开对外开放",
    "工作会议，总结三十年来的经验，",
    "部署下一阶段的重点任务。会议",
    "由市委办公厅组织，各区县和有",
    "关部门负责人参加了会议。",
    " 市长在会上指出，本市对外开放",
    "三十年来，在各方大力支持下，",
    "全市上下接续奋斗，开放型经济",
    "取得长足进步。今天的江城，外",
    "贸进出口总额位居全省前列。",
    "同四十多个国家和地区建立稳定",
    "的友好往来，四十多个国家和地",
    "区的客商来投资兴业、参与建设",
    "、分享发展成果。",
    "（编辑 王小明）",
    "办好民生实事要久久为功（民生观）",
    " 用心用情办好民生实事，才能让",
    "群众的获得感更加充实、更有保",
    "障、更可持续",
    " 加装电梯、改造管网等实事，是",
    "群众期盼的好事，也是城市更新",
    "着力推进的工作",
]


def test_a_prose_line_whose_sentence_goes_on_with_a_particle_stays_in_its_story():
    stories = segment_text("\n".join(PROSE_LINE_OVER_A_PARTICLE))
    assert [s.title for s in stories] == ["", "办好民生实事要久久为功（民生观）"]
    assert "位居全省前列。同四十多个国家和地区建立稳定的友好往来" in stories[0].body.replace("\n", "")
    assert stories[0].body.endswith("分享发展成果。")
