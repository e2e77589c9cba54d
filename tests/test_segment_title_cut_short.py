"""Main titles cut short or run long (issue 8): a title set over two lines of which the reader kept
only the first, the rest read as the subtitle or as the story's first line; the writer's bare name or
a label under a title read as its last characters. Each page is our own text in the general shape."""

from __future__ import annotations

from audiopaper.segment import patterns as p
from segment_support import segment_text

_LEAD = ("本报讯 节日临近，市场监管局近日对全市超市和农贸市场的节日食品开展抽检。检查中发现的标签不全、"
         "过期食品等问题，商户当场自查整改。执法人员表示，节日期间还将加大抽检频次，确保群众买得放心、吃得安心。")


def test_a_title_whose_last_phrase_the_column_broke_reads_on_into_the_line_under_it():
    # 守护舌尖安全 / 市场监管局抽检节日食品 商户 / 自查问题当场整改并公示: the title line stops inside its
    # last phrase (商户 / 自查…); the rules take the first line for the whole title, the deck reader
    # reads on into the next line, fairly sure though short of overruling the rules in general
    text = "\n".join(["", "守护舌尖安全", "市场监管局抽检节日食品 商户", "自查问题当场整改并公示", "", _LEAD])
    [story] = segment_text(text)
    assert story.kicker == "守护舌尖安全"
    assert p.compact(story.title) == "市场监管局抽检节日食品商户自查问题当场整改并公示"
    assert story.subtitle == ""
    assert story.body.startswith("本报讯")


def test_the_rest_of_a_title_broken_inside_a_word_read_as_the_first_line_of_its_story_goes_back_to_the_title():
    # 前三季度我市社会消费品零 / 售总额突破八百二十亿元 right over the lead, as wide as its column: the
    # labeller reads the tail as prose; 零售 runs across the break, and the lead's first line starts afresh
    text = "\n".join(["", "同比增长一成", "前三季度我市社会消费品零", "售总额突破八百二十亿元",
                      "前三季度全市社会消费品零售", "总额达到八百二十亿元，同比", "增长一成。其中，网上零售额",
                      "增长较快，占比接近三成。商", "务部门表示，四季度还将举办", "多场促消费活动。"])
    [story] = segment_text(text)
    assert story.kicker == "同比增长一成"
    assert story.title == "前三季度我市社会消费品零售总额突破八百二十亿元"
    assert story.body.startswith("前三季度全市社会消费品零售总额达到")


def test_the_writers_bare_name_under_a_title_holding_a_colon_is_the_byline_not_the_titles_end():
    # 社区书屋：让阅读走进千家万户 / 周明远 / the lead: a title may hold a colon; the name alone under it
    # is the writer's, as under a title without one
    text = "\n".join(["", "社区书屋：让阅读走进千家万户", "周明远", "",
                      "本报讯 今年以来，我市在老旧小区新建", "社区书屋四十余家，居民下楼就能借到", "新书。书屋由志愿者轮流值守，周末还", "开设亲子阅读课。"])
    [story] = segment_text(text)
    assert story.title == "社区书屋：让阅读走进千家万户"
    assert story.byline == "周明远"
    assert story.body.startswith("本报讯")


def test_a_short_label_under_a_long_title_that_shares_no_word_with_the_story_is_not_the_titles_end():
    # 全市中小学秋季开学工作会议召开 / 权威访谈: a line of four characters closing the block may be the
    # title's last words the column wrapped, but a label the story never speaks of is not
    text = "\n".join(["", "全市中小学秋季开学工作会议召开", "权威访谈", "",
                      "本报讯 昨天上午，全市中小学秋季开学", "工作会议召开。会议要求各校做好校舍",
                      "安全检查，开学第一周重点抓好学生的", "交通和饮食安全。"])
    [story] = segment_text(text)
    assert story.title == "全市中小学秋季开学工作会议召开"
    assert "权威访谈" in story.subtitle + story.kicker + story.byline


def test_a_label_in_a_names_shape_under_a_title_is_not_the_writers_byline():
    # 城市书房夜间开放 / 时代先锋: 时 is a surname, but the dictionary reads the line as two words and
    # neither is a person's name; spoken as a byline it would be 时代先锋报道
    text = "\n".join(["", "城市书房夜间开放", "时代先锋", "",
                      "本报讯 市图书馆在各个街道开设的城市", "书房，从本月起延长开放时间，每晚开", "到十点，方便上班族下班后读书。"])
    [story] = segment_text(text)
    assert story.title == "城市书房夜间开放"
    assert story.byline == ""
    assert "时代先锋" in story.subtitle + story.kicker


def test_a_short_line_opening_with_a_particle_under_a_title_is_the_titles_end_though_the_story_never_says_it():
    # 年轻人扎堆逛博物馆 / 的秘密: a line opening with 的 goes on the phrase above, whatever the story says
    text = "\n".join(["", "年轻人扎堆逛博物馆", "的秘密", "",
                      "本报讯 周末的市博物馆里，排队入馆的", "多是二十多岁的年轻人。馆方介绍，今年",
                      "推出的夜场和文创市集很受欢迎，入馆人", "数比去年同期增长了三成。"])
    [story] = segment_text(text)
    assert story.title == "年轻人扎堆逛博物馆的秘密"
    assert story.subtitle == ""
