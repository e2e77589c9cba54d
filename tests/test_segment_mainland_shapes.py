"""Shapes of mainland dailies' pages that no source of our training pages prints (issue 8):
bracketed end credits under the last sentence, kickers that end in a dash, a deck line
left open on a colon or a column tag's bracket, column tags closing the main title. Each
page is our own text in the general shape; what a reader sees is written out by hand."""

from __future__ import annotations

from segment_support import segment_text


def test_bracketed_end_credits_stay_with_their_story_and_never_head_the_next():
    # （本报X电）, （作者为…） broken by the column, 数据来源：X: the credit closes the story above;
    # the headline under it is the next story's whole headline
    text = "\n".join([
        "港口吞吐量创新高",
        "本报讯 今年前十个月，沿海港口货物",
        "吞吐量同比增长百分之六，集装箱航",
        "线新增十二条。",
        "（本报青岛电）",
        "城郊公园新增十条步道",
        "本报讯 市园林局介绍，城郊公园今年",
        "新修步道十条，总长二十多公里，沿",
        "途设置休息点。",
        "（作者为市园林局规划",
        "处处长）",
        "数据来源：市园林局",
        "冬季供暖提前启动",
        "本报讯 受冷空气影响，全市供暖比往",
        "年提前五天启动，居民室温达标。",
    ])
    port, park, heating = segment_text(text)
    assert [s.title for s in (port, park, heating)] == ["港口吞吐量创新高", "城郊公园新增十条步道", "冬季供暖提前启动"]
    assert all(not s.kicker and not s.subtitle for s in (port, park, heating))
    assert port.body.endswith("新增十二条。\n（本报青岛电）")
    assert park.body.endswith("沿途设置休息点。\n数据来源：市园林局")
    assert park.byline == "作者为市园林局规划处处长"  # the writer's note is a credit: the byline
    assert heading_free(heating.body)


def heading_free(body: str) -> bool:
    return body.startswith("本报讯受冷空气影响") and body.endswith("居民室温达标。")


def test_a_bracketed_aside_in_the_prose_is_no_end_credit():
    # a riddle's answer in brackets under a finished sentence names no writer, no place filed
    text = "\n".join([
        "灯谜会上猜字谜",
        "本报讯 元宵灯谜会上，主持人出了",
        "一道字谜：森林里没有人。",
        "（木中无人）",
        "观众纷纷举手，现场气氛热烈，不少",
        "家庭带着孩子一起参加。",
    ])
    [story] = segment_text(text)
    assert story.title == "灯谜会上猜字谜"
    assert "（木中无人）\n观众纷纷举手" in story.body


def test_a_kicker_ending_in_a_dash_is_the_kicker_above_or_below_the_title():
    text = "\n".join([
        "山区小学教师坚守讲台三十年——",
        "“孩子们就是我的牵挂”",
        "本报讯 在大山深处的村小，王老师",
        "一个人教了三十年书，送走一批又一",
        "批学生。“孩子们就是我的牵挂。”她说。",
        "",
        "夜间经济点亮老城",
        "老城区推出夜市和灯光秀，游客明显增加——",
        "本报讯 老城区今年推出夜市、灯光秀",
        "和街头演出，夜间经济点亮老城，周",
        "末游客比去年同期明显增加。",
    ])
    teacher, night = segment_text(text)
    assert (teacher.kicker, teacher.title) == ("山区小学教师坚守讲台三十年——", "“孩子们就是我的牵挂”")
    assert (night.kicker, night.title, night.subtitle) == ("老城区推出夜市和灯光秀，游客明显增加——", "夜间经济点亮老城", "")


def test_a_title_with_its_column_tag_is_the_main_title_and_its_bracket_may_end_a_line():
    text = "\n".join([
        "全市推进垃圾分类",
        "小区分类桶站改造完成（",
        "城市治理新观察）",
        "本报讯 全市三千个小区的分类桶站",
        "改造已经完成，居民投放更加方便，",
        "分类准确率逐月提升。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title) == ("全市推进垃圾分类", "小区分类桶站改造完成（城市治理新观察）")
    assert story.body.startswith("本报讯全市三千个小区")


def test_a_deck_line_ending_in_a_colon_goes_on_in_the_title_under_it():
    text = "\n".join([
        "沿着公路看发展",
        "山区快速路：",
        "带动沿线乡村振兴",
        "本报讯 山区快速路通车一年来，沿线",
        "乡村的特色农产品销路打开，游客也",
        "多了起来。",
    ])
    [story] = segment_text(text)
    assert story.title == "山区快速路：带动沿线乡村振兴"
    assert story.body.startswith("本报讯山区快速路通车一年来")


def test_a_kicker_naming_who_spoke_stays_the_kicker_over_what_was_said():
    # X在…上强调 over the title, and a short dash kicker over a title the column wrapped
    text = "\n".join([
        "市长在全市安全生产会议上强调",
        "守牢安全底线 护航高质量发展",
        "本报讯 全市安全生产工作会议昨日召",
        "开。会议要求守牢安全底线，以高水",
        "平安全护航高质量发展。",
        "",
        "市交通局——",
        "今年新增",
        "公交线路二十条",
        "本报讯 市交通局介绍，今年全市新增",
        "公交线路二十条，覆盖城郊新建小区。",
    ])
    safety, buses = segment_text(text)
    assert (safety.kicker, safety.title) == ("市长在全市安全生产会议上强调", "守牢安全底线 护航高质量发展")
    assert (buses.kicker, buses.title) == ("市交通局——", "今年新增 公交线路二十条")  # two whole lines


def test_a_long_bracketed_credit_broken_over_many_lines_closes_its_story():
    # a reporters' list the column broke over three lines, its first line alone a byline's shape
    text = "\n".join([
        "各地春耕备耕有序推进",
        "本报讯 各地抓住有利天气，抢抓农时",
        "开展春耕备耕，农资供应充足。",
        "（本报记者张明、李建",
        "华、王芳、赵丽、",
        "陈刚、周华报道）",
        "城市书房延长开放时间",
        "本报讯 全市城市书房从本月起延长开",
        "放时间至晚上十点，方便读者夜读。",
    ])
    farming, library = segment_text(text)
    assert (farming.title, library.title) == ("各地春耕备耕有序推进", "城市书房延长开放时间")
    assert "周华报道" in farming.body + farming.byline and "周华" not in library.body + library.title
    assert library.body.startswith("本报讯全市城市书房")


def test_a_dash_and_a_name_under_a_quote_is_its_source_a_paragraph_of_its_own_not_a_subtitle():
    text = "\n".join([
        "山村通了新公路",
        "本报讯 山村通了新公路，村民出行方",
        "便多了。“路通了，山货运得出去，孩",
        "子上学也近了，日子就有奔头了。”",
        "",
        "——李大山",
        "",
        "公路全长十二公里，沿线新设三个公交",
        "站点，村里的山货也能运出去卖了。",
    ])
    [story] = segment_text(text)
    assert story.title == "山村通了新公路" and not story.subtitle
    assert "日子就有奔头了。”\n——李大山\n公路全长十二公里" in story.body
