"""Lines at a deck's edges that are no deck line (issue 8, mainland decks): writers' names set alone
on a line under the subtitle or over the first line, as a theory page prints them with no role
(…交流会综述 / 张三 李四 王五), and a credit in brackets closing the story above, over the next deck
((某学院研究员 张三) / 某某强调). Read as the subtitle's or the kicker's words, they pushed the kicker
into the title. Our own invented text."""

from __future__ import annotations

from segment_support import segment_text

_STORY_ABOVE = [
    "市图书馆延长夏季开放时间",
    "本报讯 市图书馆昨日发布通知，七",
    "月起每天开放到晚上九点，暑期还",
    "将增设自习座位两百个。",
    "",
]


def _story_about(lines: list[str], words: str):
    return next(s for s in segment_text("\n".join(_STORY_ABOVE + lines)) if words in s.body)


def test_names_under_the_subtitle_are_not_the_subtitle_s():
    story = _story_about([
        "教学一线",
        "严管厚爱育学风 守正创新促提升",
        "——全市党校学员管理工作座谈会综述",
        "张建国 刘晓燕 陈志强",
        "",
        "本报综合消息 5月23日，全市党校学",
        "员管理工作座谈会在市委党校举办，",
        "各区党校围绕学员管理交流经验，",
        "分享了考勤、结业考核的做法。",
    ], "学员管理")
    assert (story.kicker, story.title.replace(" ", ""), story.subtitle) == (
        "教学一线", "严管厚爱育学风守正创新促提升", "全市党校学员管理工作座谈会综述")


def test_a_name_over_the_deck_is_not_the_kicker_s():
    story = _story_about([
        "周立平",
        "社区讲堂须以群众需求为遵循",
        "数智时代社区讲堂的角色重塑",
        "本报北京6月5日电 “讲好身边的理论，",
        "用好图书、短视频等传播方式”，数智",
        "时代的社区讲堂，正在从单向宣讲走",
        "向双向互动，成为居民身边的课堂。",
    ], "社区讲堂")
    assert "周立平" not in story.kicker + story.title + story.subtitle


def test_a_bracketed_credit_over_the_deck_is_not_the_kicker_s():
    story = _story_about([
        "（市社会科学院研究员 周",
        "立平）",
        "",
        "副市长强调",
        "扎实推进老旧小区改造 持续改善居住条件",
        "本报讯 昨天，全市老旧小区改造推进会",
        "召开。副市长在会上强调，要扎实推进",
        "老旧小区改造，持续改善居民居住条件，",
        "今年完成改造小区一百二十个。",
    ], "推进会")
    assert (story.kicker, story.title) == ("副市长强调", "扎实推进老旧小区改造 持续改善居住条件")
