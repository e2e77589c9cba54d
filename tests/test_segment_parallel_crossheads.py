"""A feature heads its parts with crossheads of one shape (聚链成群的归属感 / 转型升级的获得感 /
政策护航的踏实感): lone lines about as long as each other (give or take two characters), each
under a finished sentence and over prose that goes on. A line of that shape stays in its story
even when the labeller is sure it is a title (issue 8): when the story already kept such a
crosshead above it, or when one comes further down the same run of prose a part's length on;
set mark for mark as a crosshead of the story (古镇新韵 文旅融合 / 山乡巨变 产业兴旺), even
when its part speaks of other things. A credit closes the story, so a title under it still opens the next one. Each page is our own
text in the general shape."""

from __future__ import annotations

from segment_support import labeller_reading, segment_text
from segment_support import page_of as _page
from segment_support import paragraph_lines as _column

from audiopaper.segment import labeller

TITLE = "老城街区焕发新活力"
FIRST_HEAD = "老街巷里的烟火气"
SECOND_HEAD = "新业态带来的好人气"


OPENING = _column("走进城南老街，青石板路两旁店铺林立，游客往来不绝。这条有着数百年历史的老街，正在改造中重新热闹起来。")
# A part long enough to be a feature's (a brief runs shorter).
FIRST_PART = (_column("清晨六点，早点铺的蒸笼已经冒出热气。老街坊们端着碗坐在门口，边吃边聊家常，几十年的老味道一直没有变。"
                      "卖豆浆的刘师傅说，他家的摊子从爷爷那辈起就摆在这里，街上的人他大多叫得出名字。")
              + _column("改造时，街区保留了原有的院落和门楼，只更换了破损的管线和路面，老住户大多留了下来。"
                        "施工队白天干活，晚上把路面收拾干净，不耽误街坊出门，街上的生活气息也留了下来。")
              + _column("傍晚时分，巷口的老槐树下又摆起了棋摊，下棋的、看棋的围了一圈，孩子们在一旁追着跑。")
              + _column("住了四十多年的王奶奶说，路修平了，灯也亮了，晚饭后出来走一走，碰到的都是熟面孔，"
                        "这样的日子过着踏实。街道还请来老匠人修缮门楼上的砖雕，老手艺也有了传人。"
                        "修好的门楼前，常有游客停下脚步拍照，听老人讲门楼的来历。"))
SECOND_PART = _column("老街的变化不只在街面上。不少年轻人把文创小店、书屋和咖啡馆开进了老院子，"
                      "老街坊和新店主成了邻居，周末常常一起张罗市集，街上比过去热闹了许多。")


def _labelled(sure_titles: tuple[str, ...] = (), leaning_crossheads: tuple[str, ...] = ()):
    """The labeller's reading, with *sure_titles* read as titles it is sure of and
    *leaning_crossheads* as a close call leaning to a crosshead."""
    return labeller_reading({**{text: (0.55, 0.40) for text in leaning_crossheads},
                             **{text: (0.0, 0.95) for text in sure_titles}})


def _one_story_with_both_heads(text: str) -> None:
    [story] = segment_text(text)
    assert story.title == TITLE
    paragraphs = story.body.split("\n")
    assert FIRST_HEAD in paragraphs and SECOND_HEAD in paragraphs
    assert paragraphs[-1].endswith("热闹了许多。")


def test_a_crosshead_as_long_as_one_the_story_kept_stays_in_it_though_the_labeller_is_sure(monkeypatch):
    monkeypatch.setattr(labeller, "label_probabilities", _labelled((SECOND_HEAD,), (FIRST_HEAD,)))
    _one_story_with_both_heads(_page([TITLE, "本报记者 陈晓东"], OPENING, [FIRST_HEAD], FIRST_PART,
                                     [SECOND_HEAD], SECOND_PART))


def test_a_sure_title_with_a_crosshead_of_its_shape_a_part_further_down_stays_in_the_story(monkeypatch):
    # Nothing above says the story has crossheads yet: the one further down does.
    monkeypatch.setattr(labeller, "label_probabilities", _labelled((FIRST_HEAD, SECOND_HEAD)))
    _one_story_with_both_heads(_page([TITLE, "本报记者 陈晓东"], OPENING, [FIRST_HEAD], FIRST_PART,
                                     [SECOND_HEAD], SECOND_PART))


def test_a_title_under_the_story_credit_still_opens_the_next_story(monkeypatch):
    # The story ends with its editor's credit: a line of its crosshead's length under it is a new title.
    title = "城北公园今起开放夜场"
    next_story = [title, "本报讯 记者昨日从市园林局获悉，城北公", "园今起开放夜场，每晚开放至十点。"]
    monkeypatch.setattr(labeller, "label_probabilities", _labelled((SECOND_HEAD, title), (FIRST_HEAD,)))
    stories = segment_text(_page([TITLE, "本报记者 陈晓东"], OPENING, [FIRST_HEAD], FIRST_PART,
                                 [SECOND_HEAD], SECOND_PART, ["（责任编辑：李明）", ""], next_story))
    assert [s.title for s in stories] == [TITLE, title]


def test_a_crosshead_set_mark_for_mark_as_one_above_stays_though_its_part_speaks_of_other_things(monkeypatch):
    # 古镇新韵 文旅融合 / 山乡巨变 产业兴旺: the same four and four ideographs around a space. The
    # second part shares no word with the end of the first, which alone would open a new story.
    first, second = "古镇新韵 文旅融合", "山乡巨变 产业兴旺"
    first_part = (_column("青石巷口挂满红灯笼，戏台上锣鼓声声，游客排队品尝桂花糕。船娘摇橹穿过拱桥，"
                          "两岸茶馆坐满了听评弹的客人。") +
                  _column("老宅修缮后办起了非遗工坊，剪纸、扎染、竹编样样都有，孩子们跟着师傅学得认真。"
                          "夜幕降临，河面倒映着灯影，码头边的小吃摊飘出阵阵香气，热闹一直持续到深夜。"
                          "周末的评弹专场一票难求，书场门口常常排起长队，外地客人专程赶来听上一曲。"))
    second_part = _column("东坡果园里，脐橙压弯枝头，合作社刚建成冷链仓库，分拣线每小时处理八吨鲜果。"
                          "电商直播间里，主播介绍种植技术，订单源源不断发往全国各地。养殖大户新盖了"
                          "标准化牛舍，饲料配比全靠手机调控，一年出栏肉牛三百多头。")
    monkeypatch.setattr(labeller, "label_probabilities", _labelled((), (first,)))
    [story] = segment_text(_page([TITLE, "本报记者 陈晓东"], OPENING, [first], first_part, [second], second_part))
    assert story.title == TITLE
    paragraphs = story.body.split("\n")
    assert first.replace(" ", "") in paragraphs and second.replace(" ", "") in paragraphs  # the body drops the space


def test_a_paragraph_first_line_over_a_mark_hung_past_the_column_is_no_crosshead(monkeypatch):
    # Ten characters a line, the full stop hung past the column (……的时光。): the paragraphs'
    # first lines fill the column, so the sure title under the story, as long as they are, opens the next story.
    title = "城东菜市场今起试营业"
    story = ["老城墙下的读书声", "本报记者 陈晓东",
             "清晨的城墙根下总有人", "捧着书大声朗读，声音",
             "在古老的砖石间回荡，", "成了这座城市特别的时。",
             "退休教师老周每天都来", "这里带着邻居们读古诗",
             "，一读就是一个上午，", "大家都很珍惜这段时光。"]
    monkeypatch.setattr(labeller, "label_probabilities", _labelled((title,)))
    stories = segment_text("\n".join(story + ["", title, "改造完成的城东菜市场", "今起试营业，摊位都已", "经租出。"]))
    assert [s.title for s in stories] == ["老城墙下的读书声", title]


def test_a_crosshead_as_long_as_one_above_stays_though_the_labeller_leans_a_little_to_a_title(monkeypatch):
    # The second part speaks of other things (a word or two in common with the end of the first), and
    # the labeller gives its head a deck's chance: a line set as the crosshead the story kept above is
    # the story's next part all the same.
    third_head = "外地客商看中这块招牌"
    third_part = _column("来自东南亚的采购商近年常驻城里，租下写字楼设立办事处，专门挑选小家电和"
                         "节庆饰品发往本国。一位采购商说，这里货源齐全、物流便捷，下单后一周就能"
                         "装柜出海，回头客越来越多，他已在城里安家，孩子也在国际学校上学。")
    monkeypatch.setattr(labeller, "label_probabilities",
                        labeller_reading({FIRST_HEAD: (0.55, 0.40), third_head: (0.30, 0.35)}))
    [story] = segment_text(_page([TITLE, "本报记者 陈晓东"], OPENING, [FIRST_HEAD], FIRST_PART,
                                 [third_head], third_part))
    assert story.title == TITLE
    paragraphs = story.body.split("\n")
    assert FIRST_HEAD in paragraphs and third_head in paragraphs
    assert paragraphs[-1].endswith("国际学校上学。")
