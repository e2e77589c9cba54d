"""A title printed right above its lead, with no blank line between (issue 8): the shapes that
read it as prose, so that the story merged into the one above or kept its title in its body.
Our own text in the general shapes."""

from __future__ import annotations

from segment_support import body_chars, segment_text

# A long report, then a lone line, then prose about something else entirely: no word of the prose
# under the line is in the story above, so the line is the next story's title, not a crosshead
# (its lead does not repeat it, which is what used to decide).
TITLE_OVER_PROSE_ON_ANOTHER_SUBJECT = [
    "老城区供暖管网改造全面完工",
    "本报讯 记者从市住建局获悉，老城区",
    "供暖管网改造工程昨天全面完工，共更",
    "换地下管道四十六公里，涉及居民小区",
    "一百一十个。改造后，管网热损失下降",
    "三成以上，居民家中室温普遍提高两度",
    "左右。施工期间，各街道组织志愿者逐",
    "户上门说明停暖安排，并为独居老人送",
    "去取暖器。住建局负责人表示，明年将",
    "继续推进新城区支线管网的检修工作。",
    "边境口岸迎来首批外国旅游团",
    "一辆满载游客的大巴清晨驶过国门，",
    "三十来名邻国旅客跟着导游排队，",
    "办理了入境手续。他们将在这里停",
    "留三天，参观古镇、品尝特色美食并",
    "乘坐观光小火车沿江游览。海关人员",
    "介绍，新开通的快速通道让查验时间",
    "缩短到每人一分钟以内。",
]


def test_title_over_prose_on_another_subject_opens_a_new_story():
    stories = segment_text("\n".join(TITLE_OVER_PROSE_ON_ANOTHER_SUBJECT))
    assert [s.title for s in stories] == ["老城区供暖管网改造全面完工", "边境口岸迎来首批外国旅游团"]
    assert stories[0].body.endswith("检修工作。")
    assert stories[1].body.startswith("一辆满载游客的大巴")
    text = "\n".join(TITLE_OVER_PROSE_ON_ANOTHER_SUBJECT)
    assert body_chars("".join(s.title + s.body for s in stories)) == body_chars(text)


# A crosshead inside a feature: the prose under it goes on with the story's names and terms, so it
# stays the story's (the rule above must not cut the feature in two).
CROSSHEAD_OVER_PROSE_ON_THE_SAME_SUBJECT = [
    "老城区供暖管网改造全面完工",
    "本报讯 记者从市住建局获悉，老城区",
    "供暖管网改造工程昨天全面完工，共更",
    "换地下管道四十六公里，涉及居民小区",
    "一百一十个。改造后，管网热损失下降",
    "三成以上，居民家中室温普遍提高两度",
    "左右。施工期间，各街道组织志愿者逐",
    "户上门说明停暖安排，并为独居老人送",
    "去取暖器。",
    "明年继续检修支线",
    "住建局负责人表示，明年将继续推进新",
    "城区供暖支线管网的检修，居民小区的",
    "老旧管道也将逐步更换，改造期间不会",
    "影响正常供暖。",
]


def test_crosshead_over_prose_on_the_same_subject_stays_in_its_story():
    stories = segment_text("\n".join(CROSSHEAD_OVER_PROSE_ON_THE_SAME_SUBJECT))
    assert [s.title for s in stories] == ["老城区供暖管网改造全面完工"]
    assert "明年继续检修支线" in stories[0].body


# Two stories set in columns of different widths: the page's width is the first story's (12), the
# second story is set 16 wide. Its title, 14 wide, is no prose line of its own column (a line that
# ends no sentence fills its column), though the page's width made it look like one.
TITLE_NARROWER_THAN_ITS_OWN_COLUMN = [
    "乡村公路通到家门口",
    "本报讯 今年以来，全县新修",
    "乡村公路一百二十公里，沿线",
    "的十八个村子都通上了硬化路",
    "面。过去运一车橘子要绕行两",
    "个小时，现在四十分钟就能送",
    "到收购站。村民说，路修好了",
    "以后，城里的客商也愿意进山",
    "来收货，橘子的价格比去年高",
    "出不少，大家的干劲更足了。",
    "（记者 王明）",
    "城市书房夜间开放受欢迎",
    "入冬以来，市图书馆在各个街道开",
    "设的城市书房延长了开放时间，每",
    "天晚上十点才闭馆。下班后来看书",
    "的年轻人明显多了，周末的座位常",
    "常需要提前预约。图书馆还在书房",
    "里增设了自助借还机和热水供应。",
]


def test_title_narrower_than_its_own_column_is_the_title_not_the_first_prose_line():
    stories = segment_text("\n".join(TITLE_NARROWER_THAN_ITS_OWN_COLUMN))
    assert [s.title for s in stories] == ["乡村公路通到家门口", "城市书房夜间开放受欢迎"]
    assert stories[1].body.startswith("入冬以来")
    assert stories[0].body.endswith("干劲更足了。")


# An untitled brief whose first prose line happens to have no comma: it fills its column and runs
# on into the next line, so it stays prose.
UNTITLED_BRIEF_WHOSE_FIRST_LINE_HAS_NO_COMMA = [
    "乡村公路通到家门口",
    "本报讯 今年以来，全县新修",
    "乡村公路一百二十公里，沿线",
    "的十八个村子都通上了硬化路",
    "面。过去运一车橘子要绕行两",
    "个小时，现在四十分钟就能送",
    "到收购站。",
    "（记者 王明）",
    "市图书馆在各个街道开设的城市",
    "书房延长了开放时间，每天晚上",
    "十点才闭馆。下班后来看书的年",
    "轻人明显多了，周末常常满座。",
]


def test_untitled_brief_keeps_its_first_line_in_its_prose():
    stories = segment_text("\n".join(UNTITLED_BRIEF_WHOSE_FIRST_LINE_HAS_NO_COMMA))
    assert [s.title for s in stories] == ["乡村公路通到家门口", ""]
    assert stories[1].body.startswith("市图书馆在各个街道开设的城市书房")


# A column of briefs printed without titles: the second item speaks of something else entirely
# (no word of it is in the first), so it is an item of its own, not the first one's second paragraph.
UNTITLED_BRIEFS_ON_DIFFERENT_SUBJECTS = [
    "简讯",
    "本市今年首批公租房昨天开始",
    "摇号，共有一千二百套房源，",
    "申请家庭可以在网上查询结果，",
    "中签家庭须在一个月内签约，",
    "逾期视为放弃。未中签的家庭",
    "自动进入下一批候补名单，住房",
    "保障中心将另行电话通知。",
    "省博物馆的青铜器特展吸引了",
    "大批观众，展出的两百余件文",
    "物多为首次亮相，讲解员每天",
    "带领游客参观六场，周一闭馆。",
]


def test_untitled_briefs_on_different_subjects_are_two_items():
    stories = segment_text("\n".join(UNTITLED_BRIEFS_ON_DIFFERENT_SUBJECTS))
    assert [s.body[:6] for s in stories] == ["本市今年首批", "省博物馆的青"]
    assert stories[0].body.endswith("将另行电话通知。")


# A column of briefs named for its beat (本地快讯): its items are briefs, so a title as wide as the
# column over an item is the item's title, and the head is no kicker.
BRIEF_COLUMN_NAMED_FOR_ITS_BEAT = [
    "本地快讯",
    "",
    "城南菜市场完成改造重新开业",
    "城南菜市场经过三个月的改造，",
    "今天重新开业，摊位增加到两百",
    "多个，并统一安装了电子秤。",
    "",
    "全市中小学开展防溺水安全教育",
    "暑假将至，各中小学本周集中开",
    "展防溺水安全教育，提醒学生不",
    "要私自下河游泳。",
]


def test_brief_column_named_for_its_beat_heads_briefs():
    stories = segment_text("\n".join(BRIEF_COLUMN_NAMED_FOR_ITS_BEAT))
    assert [s.title for s in stories] == ["城南菜市场完成改造重新开业", "全市中小学开展防溺水安全教育"]
    assert all(not s.kicker for s in stories)


# The writer's unit in brackets under the story's last sentence (mainland papers sign contributed
# articles so): the story's closing credit, not the next story's headline.
WRITERS_UNIT_IN_BRACKETS_UNDER_THE_LAST_SENTENCE = [
    "以制度建设推动清廉企业建设",
    "本报讯 近年来，公司把制度建设",
    "作为清廉企业建设的重点，修订完",
    "善各类管理制度六十余项，推动制",
    "度执行情况检查常态化。",
    "（江南电力股份有限公司党委）",
    "全市夏粮收购进度过半",
    "本报讯 截至昨天，全市已收购夏",
    "粮十二万吨，收购进度过半，粮食",
    "质量总体好于去年。",
]


def test_writers_unit_in_brackets_closes_the_story_above():
    stories = segment_text("\n".join(WRITERS_UNIT_IN_BRACKETS_UNDER_THE_LAST_SENTENCE))
    assert [s.title for s in stories] == ["以制度建设推动清廉企业建设", "全市夏粮收购进度过半"]
    assert "江南电力股份有限公司党委" in stories[0].body + stories[0].byline


# A brief that says one sentence twice (a reminder repeated for emphasis, or a paste), its first
# line a clause opening with no mark: the words the prose repeats are that clause said again, not a
# title its lead restates, so the line stays prose (hypothesis found it: the line became a title).
SENTENCE_SAID_TWICE_UNDER_ITS_FIRST_LINE = [
    "短讯",
    "",
    "随着气温逐渐升高，我",
    "市即将迎来夏季用电高",
    "峰。",
    "供电公司提醒市民科学",
    "用电、节约用电。供电",
    "公司提醒市民科学用电",
    "、节约用电。（记者 ",
    "李佳）",
]


def test_first_line_of_a_sentence_said_twice_is_not_a_title():
    text = "\n".join(SENTENCE_SAID_TWICE_UNDER_ITS_FIRST_LINE)
    stories = segment_text(text)
    assert all(s.title != "供电公司提醒市民科学" for s in stories)
    assert "供电公司提醒市民科学用电、节约用电。供电公司提醒市民科学用电" in "".join(s.body for s in stories)
