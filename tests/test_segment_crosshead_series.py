"""A long report heads its parts in a series of crossheads, each as long as its argument needs
(习近平总书记重要指示是做好新时代政法工作的根本遵循 … 努力建设更高水平的平安中国、法治中国): a line the
labeller leans to read as a crosshead stays in the story when the prose under it holds another lone
head a part's length on, before anything ends the story, that the labeller reads so too, even where
the part opens with the line's own first words, as a new story's lead restates its title (issue 8).
Without such a head further down the line is the next story's title. Our own text in the shape of People's Daily's long reports."""

from __future__ import annotations

from segment_support import labeller_reading, page_of, paragraph_lines, segment_text

from audiopaper.segment import labeller

TITLE = "让农村群众喝上放心水"
FIRST_HEAD = "城乡供水一体化是办好民生实事的重要抓手"  # restated by its part's first words
SECOND_HEAD = "把好水质安全关口"  # shorter by far: no parallel in length

OPENING = paragraph_lines("全省城乡供水工作会议日前在省城召开。会议总结了去年农村饮水工程建设情况，"
                          "部署今年重点任务，要求各地加快补齐农村供水短板，让群众喝上放心水。")
FIRST_PART = (paragraph_lines("城乡供水一体化，去年迈出了一大步。会议指出，全省新建和改造供水管网"
                              "三千多公里，新增受益人口一百二十万，农村自来水普及率提高到百分之九十二。")
              + paragraph_lines("与会代表表示，过去一些山区村庄靠水窖、山泉吃水，旱季常常要到几里外挑水。"
                                "管网延伸到村以后，水龙头一拧就来水，老人孩子再也不用为吃水发愁，"
                                "养殖户和农家乐也用上了稳定的水源，日子过得更有奔头。")
              + paragraph_lines("会议要求，各地要把供水工程纳入乡村建设总体安排，统筹水源、水厂和管网建设，"
                                "推动规模化供水工程向乡镇和村庄延伸，建立县级统一管理的运行维护机制，"
                                "让工程建得成、管得好、长受益。")
              + paragraph_lines("会上，几个县交流了做法。有的县把分散的小水厂并成一座大水厂，由专业公司运营，"
                                "水价全县统一；有的县组建村级管水员队伍，管网漏水、水表故障随报随修；"
                                "还有的县给每户装上智能水表，用水情况在手机上一目了然，收费也更透明。"))
SECOND_PART = paragraph_lines("会议强调，要完善从水源到龙头的全过程水质监测体系，定期公开水质检测结果，"
                              "加强对小型供水工程的巡查，发现问题及时整改，确保群众饮水安全。")


def _leaning_to_crossheads(monkeypatch, second: tuple[float, float] = (0.85, 0.10)) -> None:
    monkeypatch.setattr(labeller, "label_probabilities",
                        labeller_reading({FIRST_HEAD: (0.85, 0.10), SECOND_HEAD: second}))


def test_a_crosshead_its_part_restates_stays_in_a_report_with_more_heads_below(monkeypatch):
    _leaning_to_crossheads(monkeypatch)
    [story] = segment_text(page_of([TITLE, "本报记者 陈晓东"], OPENING, [FIRST_HEAD], FIRST_PART,
                                 [SECOND_HEAD], SECOND_PART))
    paragraphs = story.body.split("\n")
    assert [x for x in paragraphs if x in (FIRST_HEAD, SECOND_HEAD)] == [FIRST_HEAD, SECOND_HEAD]
    assert (story.title, paragraphs[-1][-9:]) == (TITLE, "确保群众饮水安全。")


def test_the_same_line_with_no_head_below_opens_the_next_story(monkeypatch):
    _leaning_to_crossheads(monkeypatch)
    stories = segment_text(page_of([TITLE, "本报记者 陈晓东"], OPENING, [FIRST_HEAD], FIRST_PART))
    assert [s.title for s in stories] == [TITLE, FIRST_HEAD]


def test_a_head_below_the_labeller_takes_for_a_title_makes_no_series(monkeypatch):
    _leaning_to_crossheads(monkeypatch, second=(0.10, 0.85))
    stories = segment_text(page_of([TITLE, "本报记者 陈晓东"], OPENING, [FIRST_HEAD], FIRST_PART,
                                   [SECOND_HEAD], SECOND_PART))
    assert [s.title for s in stories][:2] == [TITLE, FIRST_HEAD]


# A feature on another matter under its own title, with crossheads of its own further down: the series
# is that feature's, and the title over its prose, sharing no word with the report above, stays a title.
NIGHT_TITLE = "热辣的夜市，不眠的山城"
NIGHT_HEAD = "江边灯火映人潮"
NIGHT_OPENING = (paragraph_lines("夜幕降临，嘉陵江畔游轮缓缓驶过，码头高架桥下摇滚歌声响起，老街烟火升腾，"
                                 "火锅店门前排起长队，游客举起相机拍下山城的霓虹。")
                 + paragraph_lines("晚上八点，解放碑商圈熙熙攘攘，穿汉服的姑娘提着宫灯穿过人群，外国游客拎着"
                                   "购物袋走出商场，街头艺人弹起吉他，围观的人越聚越多，掌声一阵接着一阵。")
                 + paragraph_lines("山城小巷里，昔日防空洞变身茶吧、书吧，二百五十米高空秋千上演云中飞跃，"
                                   "年轻人排队打卡，夜里十一点依旧灯火通明。")
                 + paragraph_lines("九街的酒吧里，民谣歌手唱起舒缓的老歌，来自远方的旅人端着饮料随节拍轻轻摇晃；"
                                   "隔壁的小剧场刚刚散场，观众三三两两走上街头，讨论着台上的精彩片段，"
                                   "夜宵摊的老板忙着招呼新来的客人，烤鱼和小面的香味飘出老远，一条街都热气腾腾，不少人一直逛到凌晨才意犹未尽地散去。"))
NIGHT_PART = paragraph_lines("长江与嘉陵江交汇处，无人机灯光秀腾空而起，上万架无人机犹如星河流动，"
                             "岸边观众连声惊叹。")


def test_a_title_over_a_feature_on_another_matter_stays_a_title_whatever_crossheads_it_holds(monkeypatch):
    monkeypatch.setattr(labeller, "label_probabilities",
                        labeller_reading({NIGHT_TITLE: (0.6, 0.0), NIGHT_HEAD: (0.85, 0.10)}))
    stories = segment_text(page_of([TITLE, "本报记者 陈晓东"], OPENING, FIRST_PART,
                                   [NIGHT_TITLE], NIGHT_OPENING, [NIGHT_HEAD], NIGHT_PART))
    assert [s.title for s in stories] == [TITLE, NIGHT_TITLE]
    assert NIGHT_HEAD in stories[1].body.split("\n")
