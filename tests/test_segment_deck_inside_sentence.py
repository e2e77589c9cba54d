"""Another story's title that OCR, reading the page line by line across its columns, put in the
middle of a story's unfinished sentence: the sentence goes on, word for word, in the line under the
title (……由于高 / 云南芒市发现菲氏叶猴种群 / 空氧气稀薄，……). The title is lifted out of that
prose and heads the story that starts next. Where no word runs across, its own lead (a dateline or
its byline, restating it) further on tells it from the sentence's own words. Our own text in the
general shape."""

from __future__ import annotations

from audiopaper.segment.ocr import reading_of_page
from audiopaper.segment.pieces import Body, HeadlineRun
from segment_support import segment_text

TITLE_INSIDE_A_SENTENCE_OF_THE_STORY_ABOVE = [
    "跳伞爱好者完成高空编队",
    "本报讯 昨天上午，一百多名跳伞爱好者",
    "从六千米高空跃下，在空中组成了巨大",
    "的花朵图案，成功完成编队。由于高",
    "城市书房夜间开放",
    "空氧气稀薄，每名队员都佩戴了氧气罐",
    "，地面还有医护人员全程值守保障安全。",
    "（记者 王明）",
    "市图书馆在各个街道开设的城市书房",
    "延长了开放时间，每天晚上十点才闭馆",
    "。下班后来看书的年轻人明显多了，周",
    "末常常满座。",
]

# A narrower prose line inside a sentence whose words go on into it (……全面、客 / 观评价……) is
# that sentence's, not a title.
NARROW_PROSE_LINE_INSIDE_ITS_SENTENCE = [
    "规划编制工作全面启动",
    "本报讯 会议要求，要对上一个规划作一",
    "次回头看，全面、客观评价实施以来的",
    "进展和成效，认真总结经验。要注重请",
    "进来走出去，广泛听取和吸纳社会各界",
    "意见，集思广益编制出一份高质量、接",
    "地气的规划。会议强调，要全面、客",
    "观评价规划实施效",
    "果，巩固提升已被实践证明的正确思",
    "路和举措，不断强化规划的导向作用。",
]


def test_title_inside_a_sentence_of_the_story_above_heads_the_next_story():
    stories = segment_text("\n".join(TITLE_INSIDE_A_SENTENCE_OF_THE_STORY_ABOVE))
    assert [s.title for s in stories] == ["跳伞爱好者完成高空编队", "城市书房夜间开放"]
    assert "由于高空氧气稀薄" in stories[0].body
    assert stories[1].body.startswith("市图书馆在各个街道")


def test_narrow_prose_line_inside_its_sentence_stays_in_it():
    stories = segment_text("\n".join(NARROW_PROSE_LINE_INSIDE_ITS_SENTENCE))
    assert len(stories) == 1
    assert "要全面、客观评价规划实施效果，巩固" in stories[0].body


# A title with no word running across it, its own lead (a dateline restating it) further on: the
# sentence above goes on under it (……希望更多 / 河道清淤工程全面完工 / 年轻人走进……).
TITLE_INSIDE_A_SENTENCE_ITS_LEAD_FURTHER_ON = [
    "图书馆推出夜间借阅服务",
    "本报讯 市图书馆从本周起推出夜间借阅",
    "服务，读者在晚上九点前都可以借还图",
    "书，馆内自助设备也全天开放。馆方表示",
    "这项服务主要面向上班族，希望更多的",
    "河道清淤工程全面完工",
    "年轻人走进图书馆，养成读书的习惯。",
    "（记者 李华）",
    "本报讯 记者昨天从市水务局获悉，全市",
    "河道清淤工程全面完工，共清理淤泥十二",
    "万立方米，沿河居民反映水质明显变好。",
]

# The title and its byline inside the sentence (……还将为行动 / 乡村公路通到山顶茶园 / 本报记者 王强 /
# 不便的老人……): the byline goes with the title it is under.
TITLE_AND_BYLINE_INSIDE_A_SENTENCE = [
    "社区食堂开到家门口",
    "本报讯 城南街道第一家社区食堂昨天开张",
    "，老人凭卡就餐可以享受八折优惠。食",
    "堂负责人说，菜谱每周更新，还将为行动",
    "乡村公路通到山顶茶园",
    "本报记者 王强",
    "不便的老人提供送餐上门服务，每天中午",
    "由志愿者把饭菜送到老人家中。",
    "（记者 张青）",
    "本报讯 记者从县交通局了解到，通往山顶",
    "茶园的乡村公路昨天正式通车，茶农运",
    "茶下山的时间从两小时缩短到二十分钟。",
]

# A title lifted out of the first paragraph of a story that opens without a dateline: the story it
# interrupts keeps its own title.
TITLE_INSIDE_THE_FIRST_PARAGRAPH = [
    "跳伞爱好者完成高空编队",
    "昨天上午，一百多名跳伞爱好者从六千",
    "米高空跃下，在空中组成了巨大的花朵",
    "图案，成功完成了编队表演。由于高",
    "城市书房夜间开放",
    "空氧气稀薄，每名队员都佩戴了氧气罐",
    "，地面还有医护人员全程值守保障安全。",
    "（记者 王明）",
    "市图书馆在各个街道开设的城市书房",
    "延长了开放时间，每天晚上十点才闭馆",
    "。下班后来看书的年轻人明显多了，周",
    "末常常满座。",
]

# A prose line with no mark in it, its words said again further on by a paragraph of the same story
# (no dateline or byline starting a story there): it stays in its sentence.
PROSE_LINE_SAID_AGAIN_FURTHER_ON = [
    "老城区改造方案公布",
    "本报讯 市住建局昨天公布了老城区改造",
    "方案，计划用三年时间完成改造。方案",
    "提出，明年将在城东和城南两个片区",
    "为十二个老旧小区加装电梯",
    "并更新管网，改造资金由市区两级财",
    "政共同承担。",
    "十二个老旧小区加装电梯的工作将从明年",
    "春天开始，居民可以通过社区提出意见。",
]


def test_title_inside_a_sentence_with_its_lead_further_on_heads_that_lead():
    stories = segment_text("\n".join(TITLE_INSIDE_A_SENTENCE_ITS_LEAD_FURTHER_ON))
    assert [s.title for s in stories] == ["图书馆推出夜间借阅服务", "河道清淤工程全面完工"]
    assert "希望更多的年轻人走进图书馆" in stories[0].body
    assert "水务局" in stories[1].body and "图书馆" not in stories[1].body


def test_title_and_byline_inside_a_sentence_head_the_next_story():
    stories = segment_text("\n".join(TITLE_AND_BYLINE_INSIDE_A_SENTENCE))
    assert [s.title for s in stories] == ["社区食堂开到家门口", "乡村公路通到山顶茶园"]
    assert "还将为行动不便的老人提供送餐上门服务" in stories[0].body
    assert "王强" in stories[1].byline and "王强" not in stories[0].byline
    assert "交通局" in stories[1].body and "食堂" not in stories[1].body


def test_title_inside_the_first_paragraph_leaves_the_story_its_own_title():
    pieces = reading_of_page("\n".join(TITLE_INSIDE_THE_FIRST_PARAGRAPH)).pieces
    read = [("title", piece.lines[0].text) if isinstance(piece, HeadlineRun) else ("body", piece.text()[:4])
            for piece in pieces if isinstance(piece, HeadlineRun | Body)]
    assert read == [("title", "跳伞爱好者完成高空编队"), ("body", "昨天上午"), ("title", "城市书房夜间开放"),
                    ("body", "市图书馆")]
    stories = segment_text("\n".join(TITLE_INSIDE_THE_FIRST_PARAGRAPH))
    assert [s.title for s in stories] == ["跳伞爱好者完成高空编队", "城市书房夜间开放"]
    assert "由于高空氧气稀薄" in stories[0].body


def test_prose_line_said_again_further_on_stays_in_its_sentence():
    stories = segment_text("\n".join(PROSE_LINE_SAID_AGAIN_FURTHER_ON))
    assert len(stories) == 1
    assert "为十二个老旧小区加装电梯并更新管网" in stories[0].body


# A kicker, a title with a comma and the title's byline inside the sentence, no word running across
# them and no dateline restating them further on (……下个月起 / 山区孩子的暑期课堂 / 支教老师进山，带来
# 一堂科学实验课 / 本报记者 王强 / 还将为……): a sentence never holds a story's byline, so the lines
# head the next story.
KICKER_TITLE_AND_BYLINE_INSIDE_A_SENTENCE = [
    "社区食堂开到家门口",
    "本报讯 城南街道第一家社区食堂昨天开张",
    "，老人凭卡就餐可以享受八折优惠。食",
    "堂负责人说，菜谱每周更新，下个月起",
    "山区孩子的暑期课堂",
    "支教老师进山，带来一堂科学实验课",
    "本报记者 王强",
    "还将为行动不便的老人提供送餐服务，",
    "每天中午由志愿者把饭菜送到老人家中。",
    "（记者 张青）",
    "“这是我第一次亲手做实验。”七月的一",
    "个早晨，十二岁的小林在教室里兴奋地",
    "说。来自省城的几位支教老师带来了显",
    "微镜和实验器材，孩子们围在桌前轮流",
    "观察树叶的细胞。",
]


def test_kicker_title_and_byline_inside_a_sentence_head_the_next_story():
    stories = segment_text("\n".join(KICKER_TITLE_AND_BYLINE_INSIDE_A_SENTENCE))
    assert [s.title for s in stories] == ["社区食堂开到家门口", "支教老师进山，带来一堂科学实验课"]
    assert stories[1].kicker == "山区孩子的暑期课堂"
    assert "下个月起还将为行动不便的老人提供送餐服务" in stories[0].body
    assert "王强" in stories[1].byline and "王强" not in stories[0].byline
    assert stories[1].body.startswith("“这是我第一次亲手做实验")


# A photo caption closing on its agency's name (……清理淤泥。新华社) ends no sentence left open: the next
# story's title and byline under it start that story, with its own prose.
CAPTION_CREDIT_OVER_THE_NEXT_TITLE = [
    "河道清淤工程全面完工",
    "本报讯 记者昨天从市水务局获悉，全市",
    "河道清淤工程全面完工，共清理淤泥十二",
    "万立方米，沿河居民反映水质明显变好。",
    "工人们正在河道里清理淤泥。新华社",
    "乡村公路通到山顶茶园",
    "本报记者 王强",
    "记者从县交通局了解到，通往山顶茶园",
    "的乡村公路昨天正式通车，茶农运茶下",
    "山的时间从两小时缩短到二十分钟。",
]

# A wire story restating its own title under its dateline (题：……), its byline broken over two lines:
# the restated title says again the words just above it, so it is the story's own, not another's deck.
OWN_TITLE_RESTATED_UNDER_ITS_DATELINE = [
    "为建设美丽乡村贡献青春力量",
    "——青年志愿者扎根基层服务纪实",
    "新华社北京5月3日电",
    "题：为建设美丽乡村",
    "贡献青春力量——青",
    "年志愿者扎根基层",
    "新华社记者张明、赵文",
    "华、王强 “在村里的",
    "每一天都很充实。”一",
    "年来，数百名青年志",
    "愿者来到偏远山村，",
    "为村民办了许多实事。",
]


def test_caption_credit_over_the_next_title_ends_the_story_above():
    stories = segment_text("\n".join(CAPTION_CREDIT_OVER_THE_NEXT_TITLE))
    assert [s.title for s in stories] == ["河道清淤工程全面完工", "乡村公路通到山顶茶园"]
    assert stories[1].body.startswith("记者从县交通局了解到")


def test_own_title_restated_under_its_dateline_stays_in_its_story():
    stories = segment_text("\n".join(OWN_TITLE_RESTATED_UNDER_ITS_DATELINE))
    assert stories[0].title == "为建设美丽乡村贡献青春力量"
    assert "题：为建设美丽乡村贡献青春力量" in stories[0].body


# A deck closed by a column tag (……亮起来（民生观察）) inside the sentence, its kicker holding a title's
# comma, no word running across and its story's lead not restating it: the tag alone tells a title,
# standing off the column's width as no prose line does.
TAGGED_DECK_INSIDE_A_SENTENCE = [
    "老街改造工程完工",
    "本报讯 历时八个月的老街改造工",
    "程昨天完工，沿街的老房子修旧如",
    "旧，青石板路也重新铺好。居民们",
    "都说，改造以后的这条老街一下子",
    "市场监管部门开展专项检查，守护百姓舌尖安全",
    "餐饮后厨亮起来（民生观察）",
    "又找回了过去的热闹，晚上出来散",
    "步的人越来越多。（记者 王明）",
    "本报讯 “以前进店吃饭心里总没",
    "底，现在隔着玻璃就能看见厨师做",
    "菜。”市民张女士说。今年以来，",
    "全市已有三千多家饭店完成改造。",
]


def test_tagged_deck_inside_a_sentence_heads_the_next_story():
    stories = segment_text("\n".join(TAGGED_DECK_INSIDE_A_SENTENCE))
    assert len(stories) == 2 and stories[0].title == "老街改造工程完工"
    assert "这条老街一下子又找回了过去的热闹" in stories[0].body
    deck = stories[1].kicker + stories[1].title + stories[1].subtitle
    assert "守护百姓舌尖安全" in deck and "餐饮后厨亮起来（民生观察）" in deck
    assert stories[1].body.startswith("本报讯")


# A photo's credit closed by its column's tag inside the sentence (……走进县城东郊的 / 李明摄（美丽乡村）/
# 大片……) is no title: the words before the tag are a name, not a title's.
TAGGED_PHOTO_CREDIT_INSIDE_A_SENTENCE = [
    "油菜花田迎来盛花期",
    "本报讯 眼下正是油菜花盛开的时",
    "节，县里的赏花游客一天比一天多",
    "。记者昨天上午走进县城东郊的一",
    "李明摄（美丽乡村）",
    "大片油菜花田，金黄的花海一眼望",
    "不到头。（记者 王明）",
    "本报讯 市交通部门提醒，周末前",
    "往郊区赏花的车辆较多，请市民尽",
    "量乘坐公共交通出行。",
]


def test_tagged_photo_credit_inside_a_sentence_stays_in_it():
    stories = segment_text("\n".join(TAGGED_PHOTO_CREDIT_INSIDE_A_SENTENCE))
    assert [s.title for s in stories[1:]] == [""]
    assert all("美丽乡村" not in s.kicker + s.title + s.subtitle for s in stories)


# The deck signed by the writer's bare name inside the sentence (……会议期间还 / 两行标题 / 王立群 /
# 举办了……): a name alone is a byline as much as 本报记者 X, and the narrow column's line under it
# may hold no clause mark, the sentence going on into the next.
DECK_SIGNED_BY_A_BARE_NAME_INSIDE_A_SENTENCE = [
    "全市旅游推介大会开幕",
    "本报讯 全市旅游推介",
    "大会今天在会展中心开",
    "幕。各区县代表围绕线",
    "路设计、服务提升等议",
    "题交流经验。会议期间还",
    "让古镇老宅重新焕发生机活力",
    "文物保护与合理利用并重",
    "王立群",
    "举办了一场乡村民宿摄",
    "影展和特色美食展。",
    "让古镇老宅重新焕发生机活力，文物保护与",
    "合理利用要并重。老宅是不可再生的文化资",
    "源，需要政府、社会与居民共同出力。",
]


def test_deck_signed_by_a_bare_name_inside_a_sentence_heads_the_next_story():
    stories = segment_text("\n".join(DECK_SIGNED_BY_A_BARE_NAME_INSIDE_A_SENTENCE))
    assert len(stories) == 2 and stories[0].title == "全市旅游推介大会开幕"
    assert "会议期间还举办了一场乡村民宿摄影展" in stories[0].body
    assert "让古镇老宅重新焕发生机活力" in stories[1].kicker + stories[1].title + stories[1].subtitle
    assert stories[1].body.startswith("让古镇老宅重新焕发生机活力，") and stories[1].byline == "王立群"

