"""A source's name that the column set at a line's start inside an unfinished sentence (……电综合 /
各地消息：截至……, ……据中国载人航 / 天工程办公室消息：……) goes on with that sentence: it opens no
report of its own, though 金沙萨消息： opens one under a finished paragraph (issue 8). Our own
invented text in the general shape of a daily's reports."""

from __future__ import annotations

from segment_support import segment_text

_DECK = ["", "阻击疫情 我们有信心", ""]


def test_a_source_name_inside_the_leads_sentence_stays_in_the_story():
    lines = [*_DECK, "本报北京1月28日电综合", "各地消息：截至27日24时，国家卫健委", "收到30个省累计报告确诊病例，各地", "医疗队已经抵达定点医院开展救治。"]
    [story] = segment_text("\n".join(lines))
    assert story.title == "阻击疫情 我们有信心"
    assert "综合各地消息：截至27日24时" in story.body.replace("\n", "")


def test_a_source_name_broken_off_a_word_stays_in_the_sentence():
    lines = [*_DECK, "本报北京5月5日电 据中国载人航", "天工程办公室消息：5日18时0分，为", "我国空间站研制的运载火箭在文昌航", "天发射场点火升空，首飞取得成功。"]
    [story] = segment_text("\n".join(lines))
    assert "中国载人航天工程办公室消息" in story.body.replace("\n", "")


def test_a_source_name_under_a_finished_paragraph_opens_a_report():
    lines = [*_DECK, "本报北京1月28日电 国家卫健委今天", "通报，各地医疗队已经抵达定点医院。", "", "金沙萨消息：世界卫生组织7日在刚果",
             "（金）首都金沙萨宣布，当地麻疹疫情", "今年以来已造成六千多人死亡。"]
    stories = segment_text("\n".join(lines))
    assert len(stories) == 2
    assert stories[1].body.startswith("金沙萨消息")
