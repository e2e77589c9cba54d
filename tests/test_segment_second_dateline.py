"""A story with a second report (issue 8): under the agency's report a paragraph opens with the
paper's own dateline (本报香港10月1日电) and goes on about the same event. It is the story's
second report, not an untitled story; a dateline under a story that speaks of something else
still opens a story of its own. Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text
from test_segment_deck_inside_sentence_short_or_asking import SHORT_TITLE_INSIDE_A_WORD

FIRST = [
    "香港各界举行活动庆祝国庆",
    "据新华社 10月1日上午，香港金紫荆",
    "广场举行隆重的升旗仪式，庆祝国庆。",
    "特区政府主要官员和香港社会各界代表",
    "出席升旗仪式，五星红旗和紫荆花旗冉",
    "冉升起，现场市民挥舞国旗，齐声高唱",
    "国歌，共同祝福祖国繁荣昌盛。",
    "",
]
SAME_EVENT = [
    "本报香港10月1日电（记者 陈然）香港",
    "社会各界以多种方式庆祝国庆。不少市",
    "民一早来到金紫荆广场观看升旗仪式，",
    "手持国旗和紫荆花旗合影留念，社会各",
    "界代表表示要共同祝福祖国繁荣昌盛。",
]
OTHER_EVENT = [
    "本报广州10月1日电（记者 李华）今年",
    "前三季度，广东外贸进出口保持稳定增",
    "长，其中新能源汽车、锂电池和太阳能",
    "电池出口增幅明显，民营企业进出口占",
    "比继续提高，为稳外贸作出积极贡献。",
]


def test_a_second_report_on_the_same_event_stays_in_its_story():
    [story] = segment_text("\n".join(FIRST + SAME_EVENT))
    assert story.title == "香港各界举行活动庆祝国庆"
    assert story.body.split("\n")[-1].startswith("本报香港10月1日电")


def test_a_dateline_on_another_subject_opens_its_own_story():
    first, second = segment_text("\n".join(FIRST + OTHER_EVENT))
    assert first.title == "香港各界举行活动庆祝国庆" and first.body.endswith("繁荣昌盛。")
    assert second.body.startswith("本报广州10月1日电")

# OCR reading the page column by column put the next story's title inside the story above,
# cutting a word in two (恐怖主 / 义): the lead under repeats the title, not the story above.
TALKS = [
    "两国总理举行会谈",
    "新华社北京3月2日电 国务院总理今天在人",
    "民大会堂同来访的总统举行会谈。双方表示",
    "愿进一步扩大贸易投资合作，深化基础设施",
    "、农业和能源等领域合作。总统表示该国不",
    "久前遭受恐怖主义袭击，中方及时提供了宝",
    "贵的帮助，两国是患难与共的可靠朋友，该",
    "国愿同中方一道应对恐怖主",
    "第三届全国冰雪运动会在吉林长春开幕",
    "义威胁，维护地区和平与稳定，推动两国关",
    "系不断向前发展。",
    "",
]
GAMES = [
    "本报讯 第三届全国冰雪运动会今天在吉林",
    "长春开幕，来自全国各地的两千余名运动员",
    "参加冰雪运动会十二个大项的角逐。本届冰",
    "雪运动会在长春和吉林两地举行，是历届规",
    "模最大的一届。",
]


def test_a_lead_under_its_own_title_read_into_the_story_above_opens_its_story():
    stories = segment_text("\n".join(TALKS + GAMES))
    assert stories[0].title == "两国总理举行会谈"
    assert stories[-1].body.startswith("本报讯") and "两国" not in stories[-1].body


# Words every story on the page says (学习贯彻, 推动经济社会高质量发展) tell nothing: a dateline
# whose words in common with the story above are only those opens a story of its own.
PLENUM = [
    "全省干部学习贯彻全会精神",
    "本报讯 全省各级干部认真学习贯彻全",
    "会精神，推动经济社会高质量发展。各",
    "市县学习贯彻全会精神，推动经济社会",
    "高质量发展。省直部门学习贯彻全会精",
    "神，推动经济社会高质量发展。高校也",
    "学习贯彻全会精神，推动经济社会高质",
    "量发展。企业学习贯彻全会精神，推动",
    "经济社会高质量发展。",
    "",
]
CITY = [
    "市委召开常委会议",
    "本报讯 市委昨天召开常委会议，传达",
    "学习贯彻全会精神。会议强调，全市上",
    "下推动经济社会高质量发展。",
    "",
]
SCHOOLS = [
    "本报南京5月6日电 今年全省新建中小",
    "学二十所，教育系统学习贯彻有关要求",
    "，推动经济社会高质量发展。",
]


def test_a_dateline_sharing_only_the_pages_common_words_opens_its_own_story():
    stories = segment_text("\n".join(PLENUM + CITY + SCHOOLS))
    assert [s.title for s in stories][:2] == ["全省干部学习贯彻全会精神", "市委召开常委会议"]
    assert stories[1].body.endswith("高质量发展。") and stories[-1].body.startswith("本报南京5月6日电")


# A lead's own title read into the story above in a narrow column, where the title runs wider
# than the prose around it and cuts no word (试验及 / 欧洲智库调查显示…… / 安全性评估).
CAPSULE = [
    "飞船返回计划完成评估",
    "新华社酒泉3月2日电 记",
    "者从载人航天工程办公",
    "室获悉，各系统对飞船",
    "进行了仿真分析和试验及",
    "欧洲智库调查显示视美国为盟友人数下降",
    "安全性评估，确定了航",
    "天员乘组的返回计划。",
    "",
]
SURVEY = [
    "新华社伦敦3月2日电",
    "欧洲智库——欧洲对外",
    "关系委员会今年春天在",
    "英国、法国、德国等十",
    "五个国家对近两万名成",
    "年人进行了民意访问，",
    "该委员会昨天在伦敦公",
    "布了这次访问的结果。",
    "调查结果显示，视美国",
    "为盟友的人数下降至一",
    "成左右。",
]


def test_a_lead_under_its_own_title_set_wider_than_the_column_above_opens_its_story():
    stories = segment_text("\n".join(CAPSULE + SURVEY))
    assert stories[0].title == "飞船返回计划完成评估"
    assert stories[-1].body.startswith("新华社伦敦3月2日电") and "乘组" not in stories[-1].body


# A short title OCR read inside a word of the story above (……两个片 / 夜市开张 / 区率先开工……) is
# lifted out to head the story further on: that story's dateline opens it, even when its lead
# speaks of what the story above says.
RENEWAL_AND_NIGHT_MARKET = [
    *SHORT_TITLE_INSIDE_A_WORD[:-3],
    "本报讯 昨天晚上，按照老城区改造方案",
    "率先开工的滨江片区夜市开张。市住建",
    "局介绍，夜市改造资金由市区两级财政",
    "共同承担，五十多家摊位吸引了大批市民。",
]


def test_a_dateline_under_a_lifted_title_opens_that_titles_story():
    stories = segment_text("\n".join(RENEWAL_AND_NIGHT_MARKET))
    assert [s.title for s in stories] == ["老城区改造方案公布", "夜市开张"]
    assert stories[1].body.startswith("本报讯昨天晚上")


# Two reports from the same agency share their datelines' words (央视网消息（新闻联播）：（记者 X）),
# which say whose report it is, not what it is about.
PRESS_TOUR = [
    "外国记者团结束青海采访",
    "央视网消息（新闻联播）：来自澳大利亚、",
    "新西兰两国的九名记者，今天结束了在青",
    "海为期两天的采访，了解了当地生态保护",
    "的措施和成效。",
    "",
]
NINGXIA = [
    "央视网消息（新闻联播）：（记者 杜佳刚",
    "贺颖）宁夏位于黄河上游，素有“塞上江",
    "南”之称。今天，塞上各族儿女抓好生态",
    "保护，朝着建设美丽新宁夏奋力前行。",
]


def test_a_dateline_sharing_only_the_agencys_words_opens_its_own_story():
    stories = segment_text("\n".join(PRESS_TOUR + NINGXIA))
    assert stories[0].title == "外国记者团结束青海采访" and stories[0].body.endswith("措施和成效。")
    assert stories[-1].body.startswith("央视网消息") and "宁夏" in stories[-1].body
