"""A report an editor's note opens (编者按：…, or a note signed ——编 者) presents the parts under it, each
headed by a short line over its own reporter's byline or its speaker's bare name (issue 8): the parts are
one story though each speaks of its own place and may open with a date, as a new report does. People's
Daily sets a two-character name spaced out to a three-character one's width (本报记者 徐 靖): still a
byline. Our own invented text in the shape of the paper's round-ups."""

from __future__ import annotations

from segment_support import segment_lines_whole, segment_text

from audiopaper.segment import patterns

# The note signed with a dash, then parts dated under spaced-out reporters' names, on places the note
# does not name.
_WORKSITES = [
    "重点工程陆续复工",
    "",
    "本报北京2月24日讯 眼下，各地在做好防护的同",
    "时，组织工人返岗，加快在建项目进度。",
    "——编 者",
    "河上架新桥",
    "本报记者 徐 靖",
    "",
    "　　2月23日，东津渡大桥项目复工刚好一周。",
    "工地上吊车来回转动，钢筋一捆捆运到桥墩边，",
    "项目经理江毅松了一口气。",
    "",
    "海边的隧道",
    "本报记者 颜 珂",
    "",
    "　　2月20日清晨，福鼎沙埕湾的海风还带着凉",
    "意，隧道口的混凝土罐车已经排起长队，工人",
    "们分成两班轮流掘进。",
]

# The note labelled after the report's dateline, then parts each over its speaker's bare name.
_VOICES = [
    "新年听乡音",
    "",
    "本报长沙2月18日电 编者按：又是新年。我们走",
    "近山乡，听村里人说说新一年的打算。",
    "",
    "第一书记",
    "孙中元",
    "",
    "　　搭乘产业快车，十八洞村种起了猕猴桃，",
    "游客一年比一年多。新的一年，驻村工作队要",
    "劲头更足、脚步更实。",
    "",
    "返乡创业带头人",
    "许亚洲",
    "",
    "　　我家的蜂箱从二十个添到了两百个，蜂蜜在",
    "网上卖到了北方城市。今年我想带着邻居一起",
    "养，把合作社办起来。",
]


def test_parts_under_an_editors_note_signed_with_a_dash_stay_in_the_report():
    stories = segment_lines_whole(_WORKSITES)
    assert len(stories) == 1
    assert stories[0].title == "重点工程陆续复工"
    assert "河上架新桥" in stories[0].body and "海边的隧道" in stories[0].body


def test_parts_over_speakers_names_under_an_editors_note_stay_in_the_report():
    stories = segment_lines_whole(_VOICES)
    assert len(stories) == 1
    assert stories[0].title == "新年听乡音"
    assert "第一书记" in stories[0].body and "返乡创业带头人" in stories[0].body and "许亚洲" in stories[0].body


# Without the note, a head over a byline and a dated report on another place is the next story.
_REPORT_THEN_STORY = [
    "城市公交新开夜班线路十二条",
    "",
    "本报南京2月20日电 记者从市交通局获悉，本",
    "月起全市新开夜班公交线路十二条，覆盖主要",
    "医院和交通枢纽。",
    "",
    *_WORKSITES[5:13],
]


def test_a_head_over_a_byline_and_a_dated_report_without_a_note_is_a_new_story():
    stories = segment_text("\n".join(_REPORT_THEN_STORY))
    assert [s.title for s in stories] == ["城市公交新开夜班线路十二条", "河上架新桥"]
    assert stories[1].byline == "记者 徐靖"


def test_a_two_character_name_set_spaced_out_is_a_byline():
    assert patterns.is_byline("本报记者 徐 靖")
    assert patterns.byline_display("本报记者 徐 靖") == "记者 徐靖"
    assert patterns.byline_display("本报记者 刘新吾 闫 旭") == "记者 刘新吾、闫旭"
    assert not patterns.is_byline("记者 来 了吗")
