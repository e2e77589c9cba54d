"""The head of a story's own sidebar, closed by its label in brackets (凝聚更多共识（记者手记）)
(issue 8, People's Daily pages): 记者手记 after 记者 is no reporter's name, so the bracket is no
byline closing the story (……试运行。（记者 陈智）); the reporter's notes under it are the story's.
Our own text."""

from __future__ import annotations

from segment_support import segment_lines_whole

STORY = [
    "为保障职工权益找办法",
    "再次见到全国人大代表、某超市公司",
    "工会主席陈红，是在公司的会议室里",
    "。话题依旧，还是职工权益。连任全",
    "国人大代表，陈红积累了一年的建议",
    "，正在逐条梳理，准备带到会上。",
    "",
    "　　凝聚更多共识（记者手记）",
    "",
    "最近，陈红连续几天都工作到晚上十",
    "点多。既要完成本职工作，又要走访",
    "企业和职工，听取大家的意见。陈红",
    "说，职工的心声，就是她履职的方向",
    "。",
]


def test_a_sidebar_head_closed_by_its_label_stays_in_the_story():
    stories = segment_lines_whole(STORY)
    assert [s.title for s in stories] == ["为保障职工权益找办法"]
    assert stories[0].body.endswith("履职的方向。")
