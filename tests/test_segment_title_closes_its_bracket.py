"""A title keeps the line that closes its bracket (issue 8): the column broke a title inside its
column tag or a book title (……不容忽视（国务院联防联控机 / 制发布会）, ……播出 《宗师 / 列传·唐宋八大家》新书发布),
and the closing line was read as the story's first line of prose, as a headline of its own or as
the next story's kicker. Our own invented text in the shape of the People's Daily and simulator
pages where the title lost its end."""

from __future__ import annotations

from segment_support import segment_text

_PREVIOUS = ["上一篇报道的最后一段文字写到这里就结束", "了。", ""]


def test_a_title_s_tag_read_as_the_story_s_first_lines_is_the_title_s():
    [_, story] = segment_text("\n".join([
        *_PREVIOUS[:2], "（本报记者 王明整理）", "",
        "社区食堂开进小区 老人吃饭更方便",
        "（统筹抓好改革发展稳定各项工作",
        "）",
        "5月12日召开的市政府常务会议强调，要",
        "办好群众家门口的民生实事，让社区服务",
        "更贴近居民的日常生活需要。",
        "　　今年以来，全市新建社区食堂六十多家，",
        "覆盖居民二十余万人。",
    ]))
    assert story.title == "社区食堂开进小区 老人吃饭更方便（统筹抓好改革发展稳定各项工作）"
    assert story.body.startswith("5月12日召开的市政府常务会议强调")


def test_a_title_broken_inside_its_tag_is_one_headline():
    stories = segment_text("\n".join([
        "　　全市各区因地制宜推出合作型、开发",
        "型等集体经济新模式，目前集体经济过",
        "百万元的村达到两百个。", "",
        "冬季流感高发期防护不容",
        "松懈（市卫生健康委员会发",
        "布会）",
        "市卫生健康委员会昨天召开新闻",
        "发布会，介绍今冬流感防控工作",
        "情况并答记者问。",
        "“当前流感进入高发期，”市卫健",
        "委有关负责人介绍，全市已开设",
        "发热门诊一百余家。",
    ]))
    assert [(s.kicker, s.title, s.subtitle) for s in stories] == [
        ("", "", ""), ("冬季流感高发期防护不容", "松懈（市卫生健康委员会发布会）", "")]


def test_a_title_read_under_its_story_keeps_the_line_closing_its_book_title():
    # the title OCR read after its story's text, over the next story's deck: the line closing 《…》
    # is the title's end, not the next story's kicker
    stories = segment_text("\n".join([
        "□见习记者 王小明 李强",
        "大型纪录片《江河万里·长江篇》开播仪式暨《江",
        "河万里·黄河篇》同名图书首发活动今天（5月6日）",
        "在京举行。纪录片讲述了沿江城市的发展故事。",
        "责任编辑：张天明",
        "大型纪录片《江河万里",
        "",
        "·长江篇》开播 《江河",
        "万里·黄河篇》同名图书首发",
        "",
        "深入学习贯彻全会精神",
        "国际组织积极评价中国经",
        "济发展方向",
        "本报综合消息 正在参加春季年会的国际组织负责人",
        "日前表示，中国经济发展方向正确，前景广阔。",
        "　　他们表示，中国坚持高质量发展，为世界经济",
        "增长作出了重要贡献。",
    ]))
    assert [(s.kicker, s.title) for s in stories] == [
        ("", "大型纪录片《江河万里·长江篇》开播 《江河万里·黄河篇》同名图书首发"),
        ("深入学习贯彻全会精神", "国际组织积极评价中国经济发展方向")]
