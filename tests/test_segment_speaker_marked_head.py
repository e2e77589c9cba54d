"""A round-up of several people's accounts heads each part with the speaker's bare name over a marked
head (彭婧 / ●一个微信群，服务整个社区), and the part's prose names that person in its first lines: the
name and the head are the round-up's lines, not a signature closing it and the next story's title
(issue 8). A writer's name signing a story is not named in the next story's lead. Our own text in the
shape of People's Daily's round-ups."""

from __future__ import annotations

from segment_support import segment_text

TITLE = "守好社区这道门"
_ROUND_UP = [
    TITLE,
    "",
    "本报讯 社区是疫情联防联控的第一线。三位社",
    "区党委书记日夜坚守，守护着千家万户的平安。",
    "我们一起听听她们讲述这段日子的故事。",
    "　　张春燕",
    "",
    "●每一户都要敲开门",
    "",
    "　　“您家里有发烧的人吗？”清晨七点，社区",
    "党委书记张春燕已经敲开了第一户居民的门。",
    "小区有两千多户居民，她带着网格员一栋一栋",
    "地走，一户一户地问，把情况记在本子上。",
    "天黑回到办公室，她还要把当天的记录整理好",
    "，报给街道。“辛苦一点不要紧，大家平安就好",
    "。”张春燕说。",
    "李秀梅",
    "",
    "●一张表格，记下全部需求",
    "",
    "　　每天早上，社区的微信群里都会弹出几十条",
    "消息：买菜、买药、开证明……社区党委书记李",
    "秀梅把这些需求一条条录进表格，再分给志愿者",
    "跑腿。居民们说，有事找李秀梅，心里踏实。",
    "王晓红",
    "",
    "●老人的药一天也不能断",
    "",
    "　　独居老人多，是这个老小区的难处。王晓红",
    "给每位老人建了用药清单，药快吃完时，社区的",
    "志愿者就上门取药单，再把药送到老人家门口。",
    "“老人的药一天也不能断。”王晓红说。",
]


def test_a_speakers_name_over_a_marked_head_stays_in_the_round_up():
    [story] = segment_text("\n".join(_ROUND_UP))
    assert story.title == TITLE
    paragraphs = story.body.split("\n")
    assert "李秀梅" in paragraphs and "●一张表格，记下全部需求" in paragraphs
    assert "王晓红" in paragraphs and "●老人的药一天也不能断" in paragraphs
    assert paragraphs[-1].endswith("王晓红说。")
