"""Speakers' parts under one title (issue 8): a compilation of voices (我们的心声, 代表委员寄语) names each
speaker alone on a line with their role in brackets (尹晓东（某剧院院长）, a two-character name spaced
out: 平 安（歌唱演员）), each part but the first under its own head. A head over such a name inside the
open compilation heads its next part, not a new story; the name is no part of any title. Our own
invented text in the general shape of a national daily's culture page."""

from __future__ import annotations

from segment_support import segment_lines_whole

_TITLE = "我们的心声"
_COMPILATION = [
    _TITLE,
    "本报综合消息 文艺工作者走进基层，",
    "与群众面对面，谈收获，话感受。",
    "",
    "　　张 也（歌唱演员）",
    "作为歌唱演员，我很喜欢在观众中间演唱",
    "，既能让观众近距离听到歌声，也能让我",
    "感受到观众的热情。",
    "",
    "把好剧带给更多孩子",
    "尹晓东（儿童艺术剧院院长）",
    "　　山区的孩子很少看儿童剧。这次我们把",
    "儿童剧送到当地幼儿园，真切感受到孩子",
    "们对儿童剧的喜爱，我们将继续在路上。",
    "",
    "民族团结一家亲",
    "平 安（歌唱演员）",
    "　　没有华丽的舞台和绚丽的灯光，此次在",
    "侗寨的演出让我很受触动，村民们载歌载",
    "舞地欢送我们，让我终生难忘。",
]


def test_heads_over_speakers_named_with_roles_stay_in_the_compilation():
    stories = segment_lines_whole(_COMPILATION)
    assert [s.title for s in stories] == [_TITLE]
    assert "把好剧带给更多孩子\n尹晓东（儿童艺术剧院院长）" in stories[0].body
    assert "平 安（歌唱演员）" in stories[0].body or "平安（歌唱演员）" in stories[0].body


def test_a_title_wrapped_before_its_column_tag_is_no_speaker_named_with_a_role():
    # 康丝路 reads as a name (康 a surname), but （大使随笔） names a column, not a person's role
    stories = segment_lines_whole(["合作抗击疫情 共建健", "", "康丝路（大使随笔）", "",
                                   "日前，两国元首通电话，就共同抗击疫情交", "换意见。双方同意加强合作，共同维护地",
                                   "区公共卫生安全，为世界作出贡献。"])
    assert stories[0].title.replace(" ", "") == "合作抗击疫情共建健康丝路（大使随笔）"
    assert not stories[0].byline
