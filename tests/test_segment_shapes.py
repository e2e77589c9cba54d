"""Shapes of printed Chinese dailies that pages we never saw hold (issue 8): end credits
broken over lines, OCR fragments, 编者按/相关链接 boxes, data tables, long wire headlines
and decks directly above prose, titles broken over two lines. Each fixture is our own
text in the general shape; what a reader of the page sees is written out here by hand."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from audiopaper.ingest import read_edition
from audiopaper.segment import segment_edition

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _stories(name: str):
    return segment_edition(read_edition([str(PAGES / name)]))


def test_end_credit_broken_over_lines_is_a_byline_and_fragments_join_back():
    basketball, market = _stories("end_credits_and_fragments.txt")
    assert (basketball.title, market.title) == ("街头篮球赛开打", "夜市摊位重新规划")
    # 目前 / ，报名…: the line before a comma is no headline; a lone 。 closes its paragraph
    assert basketball.body == ("本报讯周末，二十支业余球队在中心广场展开角逐，比赛将持续三周。目前，报名的球队已经排满了赛程。\n"
                               "主办方说，今年报名人数比去年多了一倍。")
    assert market.body == "本报讯步行街夜市昨起实行新的摊位布局，小吃区和百货区分开设置。“通道宽了，逛起来舒服多了”一位市民说。"
    credit = "文/ 记者 陈晶 见习记者 陈心如 图/ 记者 刘畅"
    assert credit in (basketball.byline, market.byline)
    everything = "".join(s.title + s.kicker + s.subtitle + s.body for s in (basketball, market))
    assert "陈心如" not in everything and "黄海" not in everything  # （编辑 黄海） is the editor's, not read


def test_editor_note_and_related_link_stay_in_their_story_and_tables_are_left_out(caplog):
    with caplog.at_level(logging.WARNING, logger="audiopaper.segment"):
        street, library = _stories("boxes_and_table.txt")
    assert (street.title, street.byline, library.title) == ("老街区的新生活", "记者 周立新", "社区图书室开放")
    paragraphs = street.body.split("\n")
    assert paragraphs[0] == "编者按" and paragraphs[2].startswith("本报讯城东老街")
    assert paragraphs[-2:] == ["相关链接", "全市今年共有十二个老旧街区列入改造计划，年底前全部开工。"]  # read last
    assert not re.search("天气|杭州|℃", street.body + library.body)
    [warning] = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert "data table" in warning and "今明天气" in warning and "杭州 多云转晴 12～20℃" in warning


def test_long_wire_headline_and_its_subtitle_over_prose_at_the_top_of_the_page():
    [story] = _stories("wire_deck_at_top.txt")
    assert story.title == "全国秋冬种进展顺利 冬小麦播种已过八成 各地抢抓农时加快扫尾 确保应种尽种"
    assert story.subtitle == "多措并举保障群众生活"
    assert story.body.startswith("农业农村部最新农情调度显示") and story.body.endswith("提供了有力保障。")


def test_a_title_broken_over_two_lines_is_one_title():
    [story] = _stories("title_broken_over_lines.txt")
    assert (story.kicker, story.title, story.subtitle) == (
        "聚焦高质量发展", "第三季度城乡居民人均可支配收入稳步增长", "服务消费占比继续提高")


def test_column_labels_are_kickers_and_a_deck_line_left_open_goes_on():
    # 民生实事·城市更新 and 防汛一线 name a column; 今年改造32个 waits for its noun and 供 / 电
    # is one title the column wrapped: a reader hears the whole title after the label.
    renovation, repair = _stories("deck_labels_and_open_lines.txt")
    assert (renovation.kicker, renovation.title, renovation.subtitle) == (
        "民生实事·城市更新", "今年改造32个老旧小区 惠及两万余户居民", "")
    assert (repair.kicker, repair.title, repair.subtitle) == ("防汛一线", "暴雨过后抢修队连夜恢复供电", "")
    assert renovation.body.startswith("本报讯记者从市住建局获悉") and repair.body.endswith("全部恢复供电。")


def test_traditional_editors_note_over_a_lead_stays_in_its_story():
    # 編者按 is 编者按 in traditional script: the box opens its story, not a story of its own
    from segment_support import segment_text

    text = "\n".join([
        "黃浩銘獄中籌備婚宴",
        "記者 林勵",
        "編者按",
        "本報2月14日訊終審法院向新界東",
        "北示威者批出保釋的同一日，正好是",
        "社民連黃浩銘訂婚一周年。",
        "兩人原先計劃今年結婚，婚宴或",
        "要延後。",
    ])
    [story] = segment_text(text)
    assert story.title == "黃浩銘獄中籌備婚宴"
    assert story.body.split("\n")[0] == "編者按"
    assert story.body.split("\n")[1].startswith("本報2月14日訊終審法院")


def test_a_title_over_an_editors_note_under_a_byline_and_a_finished_story_opens_a_story():
    from segment_support import segment_text

    text = "\n".join([
        "中方愿同各方一道推动和平",
        "□记者 万佳",
        "编者按",
        "11月25日，联合国举行纪念大会，",
        "各国代表出席。中方表示将继续努",
        "力推动问题早日解决。",
        "异常天气服务台",
        "编者按",
        "中新网长沙7月13日电 接下来我们为",
        "您提示极端天气情况下的生活服务信",
        "息。低温会使手机电池续航缩短。",
    ])
    first, second = segment_text(text)
    assert (first.title, first.byline) == ("中方愿同各方一道推动和平", "记者 万佳")  # 编者按 is no name's end
    assert first.body.startswith("编者按\n11月25日") and first.body.endswith("早日解决。")
    assert second.title == "异常天气服务台" and second.body.startswith("编者按\n中新网长沙7月13日电")


def test_a_title_whose_words_the_prose_under_it_repeats_opens_a_story_without_a_lead():
    # no 本报讯, no byline, no blank line: the title is narrower than the column and its
    # words open the prose under it
    from segment_support import segment_text

    text = "\n".join([
        "李强会见尼日利亚众议长",
        "本报北京11月26日电 国务院总理李强26",
        "日在北京会见尼日利亚众议长阿巴斯。李强",
        "表示，中方愿同尼方加强各领域合作，推动",
        "中尼关系不断迈向更高水平。",
        "国际人士称日本错误言论违反国际准则",
        "国际人士近日称，日本有关错误言论违反",
        "国际准则和国际关系基本原则，对地区和平",
        "稳定构成威胁，日方应立即纠正。",
    ])
    first, second = segment_text(text)
    assert first.title == "李强会见尼日利亚众议长" and first.body.endswith("迈向更高水平。")
    assert second.title == "国际人士称日本错误言论违反国际准则"
    assert second.body.startswith("国际人士近日称") and second.body.endswith("日方应立即纠正。")


def test_a_title_wrapped_inside_a_word_is_one_title_even_when_its_tail_shares_nothing_with_the_story():
    from segment_support import segment_text

    text = "\n".join([
        "我国家用智能机器",
        "人明年量产",
        "本报讯 记者从工信部获悉，国产家",
        "用智能机器人将于二〇二七年起批",
        "量上市。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == ("", "我国家用智能机器人明年量产", "")


def test_a_number_and_its_unit_across_a_title_break_are_one_title():
    from segment_support import segment_text

    text = "\n".join([
        "直通乌镇",
        "黎巴嫩多地再次发生通信设备爆炸 致20人死亡超450",
        "人受伤",
        "",
        "本报讯（记者 孟诗）黎巴嫩多地",
        "18日下午发生对讲机等通信设备爆",
        "炸事件。据黎巴嫩公共卫生部消息，",
        "爆炸已造成至少20人死亡，超过450",
        "人受伤。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title) == ("直通乌镇", "黎巴嫩多地再次发生通信设备爆炸 致20人死亡超450人受伤")


def test_a_full_column_line_under_a_full_column_line_goes_on_with_its_paragraph():
    # found by test_no_lead_bodies_titles_and_tail_bylines_lose_no_body_text: the labeller
    # read 市即将迎来夏季用电高 as a title under the unfinished line above it
    from segment_support import segment_text

    text = "\n".join([
        "", "夏季用电高峰来临", "", "本报讯（记者 王丽君", " 通讯员 杜晨）今年", "以来，该公司已完成十",
        "二条配电线路改造。", "今年以来，该公司已完", "成十二条配电线路改造", "。据了解，本次直播带",
        "货节将持续至六月底。", "随着气温逐渐升高，我", "市即将迎来夏季用电高", "峰。（记者 李佳）",
        "本报讯 随着气温逐渐", "升高，我市即将迎来夏", "季用电高峰。", "", "夏季用电高峰来临", "",
    ])
    first, second = segment_text(text)
    assert first.body.endswith("随着气温逐渐升高，我市即将迎来夏季用电高峰。")
    assert second.body.endswith("随着气温逐渐升高，我市即将迎来夏季用电高峰。")


def test_a_title_wrapped_inside_a_word_stays_whole_between_two_decks():
    # the deck printed under its story, the next story's deck right under it: the tail
    # 区遭遇大风降温天气 alone reads as prose, yet it is the rest of the title above
    from segment_support import segment_text

    text = "\n".join([
        "新华社成都10月13日电 从昨天开始，",
        "我国北方部分地区出现大风降温天气，",
        "黑龙江漠河迎来入冬后首场降雪，气温",
        "下降了10度左右。",
        "",
        "新思想引领新征程",
        "新思想引领新征程",
        "我国北方地",
        "区遭遇大风降温天气",
        "",
        "2015年我国粮",
        "食收储创历史新高",
        "本报10月13日讯 最新数据显示：2015年",
        "我国粮食收储达1.75亿吨，同比增加",
        "5000万吨，创历史新高。",
    ])
    first, second = segment_text(text)
    assert (first.kicker, first.title) == ("新思想引领新征程", "我国北方地区遭遇大风降温天气")
    assert second.title == "2015年我国粮食收储创历史新高"


def test_a_headline_with_figures_under_the_classified_ads_is_the_next_story_s():
    from segment_support import segment_text

    text = "\n".join([
        "分类信息",
        "遗失声明",
        "9998何丽遗失营业执照副本，声明作",
        "废。",
        "9352临街店面转让，面积80平方米。13",
        "964348659",
        "8月份中国物流业景气指数为53.5%",
        "中新网西安11月16日电 今天公布",
        "的8月份中国物流业景气指数为5",
        "3.5%，继续保持高位增长态势。",
    ])
    stories = segment_text(text)
    assert [s.title for s in stories if s.kind.value == "article"] == ["8月份中国物流业景气指数为53.5%"]


def test_an_editors_line_closes_the_story_above_it():
    # prose with no lead under 责任编辑：X is a new story (its deck printed below it), not the
    # rest of the story above the editor's line
    from segment_support import segment_text

    text = "\n".join([
        "全运会第四个比赛日产生27枚金牌",
        "本报讯 第十五届全国运动会今天进入开幕",
        "后的第四个比赛日，全天共产生27枚金牌。",
        "拳击比赛渐进尾声，上海队夺得女子50公斤",
        "级金牌。",
        "责任编辑：谢鹏泽",
        "国家药监局今天批准全球首款侵入式脑机接",
        "口医疗器械上市，中国在相关临床应用领域",
        "实现全球首发，填补了国内临床空白。",
        "我国首款侵入式脑机接口医疗器械获批上市",
    ])
    games, device = segment_text(text)
    assert games.body.endswith("上海队夺得女子50公斤级金牌。")
    assert device.title == "我国首款侵入式脑机接口医疗器械获批上市" and device.body.startswith("国家药监局今天")


def test_a_column_of_briefs_under_the_classified_ads_is_not_an_ad():
    from segment_support import segment_text

    text = "\n".join([
        "分类信息",
        "家政服务",
        "9292专业保洁、月嫂、钟点工。13963266482",
        "简讯",
        "第十二届中国网络媒体论坛举行",
        "由央视网、光明网等共同举办的第十二届中",
        "国网络媒体论坛在哈尔滨举行，论坛的主题",
        "为创新内容建设。",
        "普京：俄越强大 西方遏制越变本加厉",
        "14日，俄罗斯总统办公厅公布了俄罗斯总统",
        "普京近日与俄各大媒体总编座谈的内容。",
    ])
    stories = [s for s in segment_text(text) if s.kind.value != "classifieds"]
    assert [s.title for s in stories] == ["第十二届中国网络媒体论坛举行", "普京：俄越强大 西方遏制越变本加厉"]



def test_a_title_the_labeller_doubts_over_a_subtitle_it_is_sure_of_opens_the_next_story(monkeypatch):
    # A title a little wider than the column (neither narrow nor clearly wide, so no rule
    # marks it) that the labeller reads as prose (as it does on unseen pages), over a
    # subtitle it is sure of: the title must not end the story above as its last paragraph.
    from segment_support import segment_text

    from audiopaper.segment import labeller

    title = "我市首条跨江隧道和“智慧路灯”工程同步完工"
    text = "\n".join([
        "城南新建三座口袋公园",
        "本报讯（记者 周立新）城南今年新建的三座",
        "口袋公园昨天同时开放，每座公园都设有儿",
        "童游乐区和健身步道，附近居民步行五分钟",
        "即可到达。",
        "",
        title,
        "过江时间缩短一半 夜间照明更节能",
        "记者从市交通局获悉，经过三年建设，我市",
        "首条跨江隧道今天完工，沿线同步安装的智",
        "慧路灯可以根据车流自动调节亮度。隧道通",
        "车后，两岸之间的车程将缩短一半。",
    ])
    real = labeller.label_probabilities

    def doubting(lines, width):
        probs = real(lines, width).copy()
        at = [line.text for line in lines].index(title)
        probs[at] = 0.0
        probs[at, labeller.CLASSES.index("body")] = 0.75
        probs[at, labeller.CLASSES.index("headline")] = 0.25
        probs[at + 1] = 0.0
        probs[at + 1, labeller.CLASSES.index("subtitle")] = 0.95
        probs[at + 1, labeller.CLASSES.index("body")] = 0.05
        return probs

    monkeypatch.setattr(labeller, "label_probabilities", doubting)
    park, tunnel = segment_text(text)
    assert park.title == "城南新建三座口袋公园" and park.body.endswith("附近居民步行五分钟即可到达。")
    assert (tunnel.title, tunnel.subtitle) == (title, "过江时间缩短一半 夜间照明更节能")
    assert tunnel.body.startswith("记者从市交通局获悉")


def test_a_broadcast_lead_with_its_byline_on_one_line_opens_its_story():
    # 央视网消息（新闻联播）：（记者 X） ends in a byline, but the lead has said nothing yet:
    # the prose under it is the same story, not a story of its own
    from segment_support import segment_text

    text = "\n".join([
        "城南新建三座口袋公园",
        "央视网消息（新闻联播）：（记者 周立新）",
        "城南今年新建的三座口袋公园昨天同时开放，",
        "每座公园都设有儿童游乐区和健身步道，附近",
        "居民步行五分钟即可到达。",
    ])
    [park] = segment_text(text)
    assert park.title == "城南新建三座口袋公园" and park.byline == "记者 周立新"
    assert park.body == "央视网消息（新闻联播）：城南今年新建的三座口袋公园昨天同时开放，每座公园都设有儿童游乐区和健身步道，附近居民步行五分钟即可到达。"


def test_a_title_line_the_column_broke_at_an_enumeration_mark_stays_in_the_title():
    # 、 and ， end no headline line, yet a long title wraps at them as readily as anywhere
    from segment_support import segment_text

    text = "\n".join([
        "省政府常务会议在杭州召开 研究部",
        "署稻谷、",
        "小麦秋播和冬季防火工作 王浩主持",
        "本报讯（记者 周林）省政府昨天召开常务",
        "会议，研究部署稻谷、小麦秋播和冬季防火",
        "工作。会议强调，要确保秋播面积稳定。",
    ])
    [story] = segment_text(text)
    assert story.title == "省政府常务会议在杭州召开 研究部署稻谷、小麦秋播和冬季防火工作 王浩主持"
    assert story.body.startswith("本报讯")


def test_a_title_line_the_lead_reads_straight_on_into_is_the_title_s_not_a_subtitle():
    # the column broke the title where no word is cut: the lead says 发布2026年“最美 in one go
    from segment_support import segment_text

    text = "\n".join([
        "市教育局和市总工会联合发布2026年",
        "“最美教师”候选名单",
        "本报讯（记者 林清）市教育局和市总工会",
        "今天联合发布2026年“最美教师”候选名单",
        "，全市共有二十名教师入选。名单将公示七",
        "天，市民可通过热线电话反映意见。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == (
        "", "市教育局和市总工会联合发布2026年“最美教师”候选名单", "")
