"""A column tag alone on the line under its title (……书写历史新篇章 / （人民观点）) (issue 8): the column
broke the title before its tag, so the tag closes the title and the line under it stays the subtitle.
A date in brackets under a document's title is its subtitle. Our own invented text in the general
shape of a daily's comment decks."""

from __future__ import annotations

from segment_support import segment_text

# the lead says the title's words, as a lead does: the deck is the story's
_LEAD = ["本报北京8月17日电 求真务实，书写历史新篇章，", "我们与中国建设者携手共克时艰。亮眼的成", "绩单为我们顺利实现各项目标打下坚实基础。"]


def test_a_tag_on_its_own_line_under_the_title_closes_the_title():
    [story] = segment_text("\n".join(["", "求真务实，书写历史新篇章", "（人民观点）", "鼓起决胜全面小康精气神②", "", *_LEAD]))
    assert story.title == "求真务实，书写历史新篇章（人民观点）"
    assert story.subtitle == "鼓起决胜全面小康精气神②"


def test_a_tag_with_a_space_in_it_closes_the_title_too():
    [story] = segment_text("\n".join(["", "“我们与中国建设者携手共克时艰”", "（患难见真情 共同抗疫情）", "", *_LEAD]))
    assert story.title.replace(" ", "") == "“我们与中国建设者携手共克时艰”（患难见真情共同抗疫情）"
    assert story.subtitle == ""


def test_a_date_in_brackets_under_the_title_stays_the_subtitle():
    [story] = segment_text("\n".join(["", "关于加强新就业群体服务管理的意见", "（2025年10月29日）", "", *_LEAD]))
    assert "2025" not in story.title


_STORY_ABOVE = ["", "国家卫健委通报疫情防控最新进展", "本报北京2月15日电 国家卫健委今天通报，", "各地医疗队已经全部抵达定点医院，救治", "工作正在有序开展。", ""]
_PROSE = ["“这份荣誉属于我个人，更属于和我并肩", "协作、为两国友谊作出贡献的人们。”友", "谊勋章获得者在接受采访时如是说。"]


def test_a_quoted_title_over_its_tag_line_heads_a_story_though_both_read_as_prose():
    # a title in quotes reads as a quote and its tag alone as an aside; together they head the story under them
    stories = segment_text("\n".join([*_STORY_ABOVE, "“珍视历史的国家会有光明的未来”", "（点赞中国·让友谊辉映未来）", *_PROSE]))
    assert len(stories) == 2
    assert stories[1].title == "“珍视历史的国家会有光明的未来”（点赞中国·让友谊辉映未来）"
    assert stories[1].body.startswith("“这份荣誉属于我个人")


def test_a_tag_line_read_as_the_title_goes_back_to_the_title_line_above_it():
    lead = ["新华社杭州7月13日电 经过数十年的发展，我国", "公共文化服务体系不断完善，国家图书馆到", "馆人次逐年增长，春节期间到馆人次超过12万。"]
    [story] = segment_text("\n".join(["", "国图春节期间到馆人次超12万", "（礼赞70年）", "——经过数十年的发展", *lead]))
    assert story.title == "国图春节期间到馆人次超12万（礼赞70年）"
    assert story.kicker == ""
