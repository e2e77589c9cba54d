"""A line opening with a dash is never a title (issue 8): a dash opens a subtitle, a quote's attribution
(——联合国前秘书长……), an item of a list the prose runs (——讲究以绿生金，……) or the rest of a name the column
broke at its dash. Set alone right under a story's prose, over prose with no lead of its own, it is that
story's text, not the title of a new story. Under a title, it is still that title's subtitle. Our own
invented text in the general shape of a daily's round-up of voices and of its features."""

from __future__ import annotations

from segment_support import segment_text

_NEXT = ["", "", "老城区供暖管网改造全面完工", "", "本报讯 记者从市住建局获悉，老城区", "供暖管网改造工程近日全面完工，惠及",
         "居民三万余户，今冬供暖将更加稳定。", ""]

VOICES = [
    "国际友人点赞携手抗疫",
    "",
    "本报综合消息 多国人士近日接受本报",
    "记者采访，称赞各方携手应对疫情。",
    "",
    "　　面对疫情，各国必须团结一致，相",
    "互支持。我坚信只要携手合作，就一定",
    "能够战胜这场挑战，迎来美好的明天。",
    "——某国际组织前任负责人、论坛理事长",
    "王明德",
    "",
    "　　我们看到了果断有力的防控措施，",
    "这些经验值得世界各国认真学习借鉴，",
    "也为全球公共卫生合作树立了榜样。",
    "——某国通讯社社长、资深媒体人士马",
    "丁内",
    "",
    "　　这场斗争让我们更加懂得合作的意",
    "义，只有同舟共济才能渡过难关。",
    *_NEXT,
]

LISTED = [
    "山区小城的绿色答卷",
    "",
    "本报记者 李青",
    "",
    "　　这座没有平原支撑的小城，在践行",
    "绿色发展理念中，到底做对了什么？答",
    "案是多方面的。",
    "",
    "——讲究以绿生金，塑造经济发展的绿色",
    "动能、新优势。",
    "　　“过去靠门票过日子，现在要跳到",
    "花期之外、景区之外。”当地干部说。",
    *_NEXT,
]


def test_a_quotes_attribution_stays_in_the_round_up():
    stories = segment_text("\n".join(VOICES))
    assert [s.title for s in stories] == ["国际友人点赞携手抗疫", "老城区供暖管网改造全面完工"]
    assert "论坛理事长" in stories[0].body and "同舟共济" in stories[0].body


def test_a_dashed_list_item_stays_in_the_feature():
    stories = segment_text("\n".join(LISTED))
    assert [s.title for s in stories] == ["山区小城的绿色答卷", "老城区供暖管网改造全面完工"]
    assert "讲究以绿生金" in stories[0].body and "花期之外" in stories[0].body


def test_a_dashed_subtitle_under_its_title_stays_its_subtitle():
    lines = ["", "珠峰高程测量正式启动", "——国产测绘仪器全面担纲本次任务", "", "本报综合消息 珠峰高程测量首场新闻发",
             "布会今天举行，国产测绘仪器装备将全", "面担纲本次测量任务。", *_NEXT]
    stories = segment_text("\n".join(lines))
    assert stories[0].title == "珠峰高程测量正式启动"
    assert stories[0].subtitle == "国产测绘仪器全面担纲本次任务"
