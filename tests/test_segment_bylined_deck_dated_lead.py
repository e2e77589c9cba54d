"""Another story's deck and byline that OCR, reading the page column by column, put inside a story's
unfinished sentence, the sentence going on under the byline to its full stop and the byline's story
opening on its own dateline under that: the sentence's tail goes on the story above, and the deck
and byline head the story whose dateline opens under them (……和游客的骑行达到 550 万人次， / 城南 减税红包助力
小微企业发展 / 本报记者 陈静 / 形成了覆盖全市的公共自行车骑行 / 服务网络。 / 本报讯 2 月 12 日……). A story opens under its
byline on its dateline, not on the tail of another's sentence. Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

DECK_AND_BYLINE_INSIDE_A_SENTENCE_OVER_THEIR_DATELINE = [
    "全市公共自行车实现扫码借还",
    "",
    "本报记者 王宁　刘洋",
    "",
    "市交通局今天（11月 20 日）宣布，",
    "全市公共自行车系统升级基本完成。",
    "截至目前，全市公共自行车平台接",
    "入的站点达到 1030 个，服务市民",
    "和游客的骑行达到 550 万人次，",
    "",
    "城南 减税红包助力小微企业发展",
    "",
    "本报记者　陈静",
    "",
    "形成了覆盖全市的公共自行车骑行",
    "服务网络。",
    "",
    "本报讯 2 月 12 日，城南区一家",
    "食品企业拿到了今年的减税红包。",
    "企业负责人说，减下来的税款将用",
    "于更新生产设备，扩大企业产能。",
]


def test_sentence_tail_under_the_byline_stays_with_its_story():
    stories = segment_text("\n".join(DECK_AND_BYLINE_INSIDE_A_SENTENCE_OVER_THEIR_DATELINE))
    assert [s.title for s in stories] == ["全市公共自行车实现扫码借还", "城南 减税红包助力小微企业发展"]
    assert stories[0].body.rstrip().endswith("形成了覆盖全市的公共自行车骑行服务网络。")
    assert stories[1].body.startswith("本报讯") and "骑行服务网络" not in stories[1].body
