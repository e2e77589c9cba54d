"""Story boundaries on pages the code has never seen (issue 8): a title line as wide as the column
or wider, which the rules used to read as the first line of prose. Our own text in the general
shapes."""

from __future__ import annotations

from segment_support import body_chars, segment_text

# A column of briefs set 12 wide; the second brief's title runs two ideographs wider than its
# column, and its prose repeats only some of its words.
BRIEF_TITLE_WIDER_THAN_ITS_COLUMN = [
    "简讯",
    "",
    "河道清淤工程完工",
    "",
    "城西河道清淤工程昨天完工，",
    "共清理淤泥两万多方，河水比",
    "过去清澈了许多，沿岸居民都",
    "说好。",
    "",
    "老街改造方案向社会公开征求意见",
    "",
    "区住建部门今天公布了一份方",
    "案，请居民在月底前通过热线",
    "和网站提出建议，包括停车位",
    "和绿化带的设置等内容。",
]


def test_brief_title_wider_than_its_column_opens_the_next_brief():
    stories = segment_text("\n".join(BRIEF_TITLE_WIDER_THAN_ITS_COLUMN))
    assert [s.title for s in stories] == ["河道清淤工程完工", "老街改造方案向社会公开征求意见"]
    assert [s.body[:4] for s in stories] == ["城西河道", "区住建部"]
    text = "\n".join(BRIEF_TITLE_WIDER_THAN_ITS_COLUMN[1:])
    assert body_chars("".join(s.title + s.body for s in stories)) == body_chars(text)


# A story's title exactly as wide as its column, after the story above ended; the lead opens by
# saying the title again, as broadcast copy does (prose does not say its words twice in one sentence).
TITLE_AS_WIDE_AS_THE_COLUMN_REPEATED_BY_ITS_LEAD = [
    "全市新增公交线路十二条",
    "本报讯 全市今年新增公交线路十",
    "二条，覆盖城郊接合部的多个新建",
    "小区，居民出行更加方便。",
    "",
    "第十届城市园林博览会在江城开幕",
    "",
    "第十届城市园林博览会今天在江城",
    "开幕，吸引了三十多个城市的园林",
    "设计团队参展，展期一个月。",
]


def test_title_as_wide_as_the_column_whose_lead_repeats_it_starts_a_story():
    stories = segment_text("\n".join(TITLE_AS_WIDE_AS_THE_COLUMN_REPEATED_BY_ITS_LEAD))
    assert [s.title for s in stories] == ["全市新增公交线路十二条", "第十届城市园林博览会在江城开幕"]
    assert stories[1].body.startswith("第十届城市园林博览会今天在江城开幕")
    assert stories[0].body.endswith("居民出行更加方便。")


# A photo caption whose photographer's name runs on after its last sentence with no space (as
# Hong Kong papers print it), under the photo's title.
CAPTION_CREDIT_RUN_ON = [
    "新館開幕首日人潮湧現 市民排隊參觀",
    "市民在新館門外排隊等候入場。陳家明攝",
    "",
    "圖書館增設夜讀區",
    "本報訊 中央圖書館今日宣布增設夜",
    "讀區，開放至晚上十一時，方便上班",
    "族在下班後借閱及溫習。",
]


def test_caption_credit_run_on_after_the_last_sentence_is_the_photo_byline():
    stories = segment_text("\n".join(CAPTION_CREDIT_RUN_ON))
    photo = stories[0]
    assert photo.kind.value == "photo"
    assert photo.body == "市民在新館門外排隊等候入場。"
    assert "陳家明" in photo.byline
    assert [s.title for s in stories[1:]] == ["圖書館增設夜讀區"]


# A paragraph that opens with the indent of prose (two ideographic spaces) and a quote with spaces
# between its phrases and no comma: its first line looks like a headline, but the indent says prose.
INDENTED_QUOTE_PARAGRAPH = [
    "網民批評新規朝令夕改",
    "本報訊 新規公布後，不少網民在社交",
    "平台留言批評，認為政府朝令夕改。",
    "",
    "\u3000\u3000「說改就改 我們怎麼安排工作",
    "生活 誰來負責 總要給個說法」",
    "有網民這樣寫道，留言獲數千人點讚。",
]


def test_indented_paragraph_opening_with_a_quote_stays_in_its_story():
    stories = segment_text("\n".join(INDENTED_QUOTE_PARAGRAPH))
    assert [s.title for s in stories] == ["網民批評新規朝令夕改"]
    assert "說改就改" in stories[0].body and stories[0].body.endswith("留言獲數千人點讚。")


# A feature in numbered parts: a part's crosshead (二、…) with a short line under it, two
# headline-like lines in a row between paragraphs; a number opens no headline, so the parts stay
# one story.
NUMBERED_PARTS = [
    "老旧小区改造的三点经验",
    "本报讯 记者近日走访多个社区，总结",
    "老旧小区改造中的一些做法。",
    "",
    "二、加装电梯",
    "先易后难",
    "",
    "电梯加装一直是难题，低楼层住户",
    "有顾虑，社区逐户上门做工作。",
]


def test_numbered_crosshead_over_a_short_line_stays_in_the_story():
    stories = segment_text("\n".join(NUMBERED_PARTS))
    assert [s.title for s in stories] == ["老旧小区改造的三点经验"]
    assert "二、加装电梯\n先易后难\n电梯加装" in stories[0].body


# A paragraph that opens with a dash (a list of points, each after a dash) set in a column of 10,
# after a quote's closing half left alone on its line: the dash line runs on into the next line's
# clause, and the prose further on repeats its words.
DASH_LINE_INSIDE_THE_BODY = [
    "今年财政资金怎么花",
    "本报北京5月22日电 财政部今天",
    "介绍了今年预算安排的重点，对",
    "基层政府来说是“及时雨",
    "”。",
    "",
    "——在保障粮食能源安",
    "全方面，今年中央财政",
    "将支持新建一批高标准",
    "农田，全力保障粮食能",
    "源安全，稳住农业基本",
    "盘。",
]


def test_dash_line_running_on_into_its_sentence_stays_in_the_body(caplog):
    stories = segment_text("\n".join(DASH_LINE_INSIDE_THE_BODY))
    assert [s.title for s in stories] == ["今年财政资金怎么花"]
    assert stories[0].subtitle == ""
    assert "——在保障粮食能源安全方面，今年中央财政" in stories[0].body
    # the labeller reads a subtitle there: the reading taken is named, once
    assert sum("——在保障粮食能源安" in r.getMessage() and "crosshead" in r.getMessage() for r in caplog.records) == 1


# A story carrying a table in text markup: its rows hold no sentence end and look like short
# headline lines, but they are the story's data.
TABLE_MARKUP_IN_THE_BODY = [
    "多國確診數字上升",
    "本報訊 世衛昨日公布各國最新確診",
    "數字，意大利和美國增幅最大。",
    "",
    "| | 中國 | 意大利 |",
    "",
    "| --- | --- | --- |",
    "| 65歲以上人口 | 11% | 23% |",
    "| 死亡率 | 4% | 9% |",
    "",
    "專家預計，未來兩周數字仍會上升，",
    "醫院要做好準備。",
]


def test_table_markup_rows_stay_in_their_story_and_are_no_crosshead():
    stories = segment_text("\n".join(TABLE_MARKUP_IN_THE_BODY))
    assert [s.title for s in stories] == ["多國確診數字上升"]
    assert "意大利|" in stories[0].body and stories[0].body.endswith("醫院要做好準備。")
    assert not any(paragraph.startswith("|") and paragraph.endswith("|") and "---" not in paragraph
                   for paragraph in stories[0].body.split("\n"))  # the head row is no crosshead of its own


# A round-up head (综合消息) over short titled items, each title as wide as its column: the head
# opens a column of briefs as 简讯 does, and is nobody's title.
ROUND_UP_OF_BRIEFS = [
    "综合消息",
    "",
    "城东新建三座口袋公园",
    "",
    "城东街道今年新建三座口袋公",
    "园，在老旧小区之间见缝插绿",
    "，方便居民就近休闲。",
    "",
    "市图书馆延长夜间开放时间",
    "市图书馆从下月起延长夜间开",
    "放时间，工作日开放到晚上九",
    "点，方便读者借阅。",
]


def test_round_up_head_opens_a_column_of_briefs():
    stories = segment_text("\n".join(ROUND_UP_OF_BRIEFS))
    assert [s.title for s in stories] == ["城东新建三座口袋公园", "市图书馆延长夜间开放时间"]
    assert [s.kind.value for s in stories] == ["brief", "brief"]


# Under a 简讯 head, one brief, then a feature with a one-line title that runs far longer than a
# brief, with a crosshead its prose does not repeat: the column of briefs has ended, the crosshead
# is the feature's own.
FEATURE_AFTER_A_BRIEF = [
    "简讯",
    "",
    "河道清淤工程完工",
    "城西河道清淤工程昨天完工，共清理淤泥",
    "两万多方，河水比过去清澈了许多。",
    "",
    "老街的新生活",
    "本报讯 老街改造完工已经半年，记者日",
    "前回访时看到，街面的石板路重新铺过，",
    "两旁的老房子修旧如旧，不少年轻人回",
    "到老街开起了咖啡馆和书店，周末的游",
    "客比过去多了好几倍。街道负责人说，",
    "改造之初，居民对拆与留有不少争论，",
    "街道先后开了二十多次居民会，把方案",
    "一条条摆出来讨论，最后定下了只修不",
    "拆的原则。老房子的木梁和窗花都请老",
    "师傅按原样修补，花的时间比新建还长",
    "，但居民们都觉得值得。",
    "老街上的住户大多住了几十年，改造期",
    "间不少人暂时搬到亲戚家，如今又都搬",
    "了回来。一位老住户说，房子还是原来",
    "的样子，可水电煤都换了新的，冬天也",
    "不再漏风，住着比过去舒服多了。街道",
    "还在老街口建了一个小广场，供居民晚",
    "上跳舞和下棋，孩子们也有了玩的地方",
    "。",
    "",
    "夜市回来了",
    "",
    "每到傍晚，老街两头的摊位陆续支起来",
    "，卖小吃的、卖手工艺品的都有，附近",
    "居民吃过晚饭都愿意来逛一逛。",
]


def test_column_of_briefs_ends_at_a_feature_which_keeps_its_crosshead():
    stories = segment_text("\n".join(FEATURE_AFTER_A_BRIEF))
    assert [s.title for s in stories] == ["河道清淤工程完工", "老街的新生活"]
    assert "\n夜市回来了\n" in stories[1].body


# A narrow story next to a wide one (the page's column is the wide one): a paragraph's first two
# lines end no sentence and hold no comma, but the second breaks a word (配送服 / 务。) that the
# prose line under it finishes. A deck line ends with its own words: these lines are prose.
PARAGRAPH_OPENING_WITH_A_WORD_BROKEN_INTO_ITS_PROSE = [
    "城北新建三座口袋公园",
    "本报讯 城北片区今年新建的三座口袋公园近",
    "日向市民开放，公园里设置了健身器材、儿童",
    "游乐区和休息座椅，附近居民步行五分钟就能",
    "到达，园林部门表示，明年还将在老城区再建",
    "五座这样的小公园，让更多市民在家门口就能",
    "享受绿色空间，也方便老人和孩子出门散步，",
    "周末还会有园艺志愿者在园里教大家养花种草",
    "，社区也将组织居民认领花坛，共同维护公园",
    "的环境卫生，让口袋公园成为邻里交流的好去",
    "处。",
    "",
    "社区食堂开门迎客",
    "本报讯 城东街道的社区食",
    "堂昨天正式开业，每天供应",
    "早中晚三餐，老年人用餐可",
    "享受八折优惠。",
    "街道办事处积极开展面向",
    "独居老人的助餐和配送服",
    "务。近日，为方便行动不",
    "便的老人，食堂还组建了",
    "一支志愿者送餐队，每天",
    "中午把饭菜送到老人家中。",
]


def test_paragraph_whose_line_breaks_a_word_into_its_prose_is_no_deck():
    stories = segment_text("\n".join(PARAGRAPH_OPENING_WITH_A_WORD_BROKEN_INTO_ITS_PROSE))
    assert [s.title for s in stories] == ["城北新建三座口袋公园", "社区食堂开门迎客"]
    assert "优惠。\n街道办事处积极开展面向独居老人的助餐和配送服务。近日" in stories[1].body


# An interview: the reporter's question the column broke after a few words (记者：书屋是怎么 /
# 办起来的？) has a credit's shape, a role, a colon and a short run of characters, but the line
# under it finishes the question. It is the story's prose, not a credit closing the story.
INTERVIEWERS_QUESTION_BROKEN_OVER_TWO_LINES = [
    "老街区里办起共享书屋",
    "本报讯 老街区的共享书屋开办一",
    "年来，借阅人次超过两万。近日，",
    "记者采访了书屋负责人林晓。",
    "记者：书屋是怎么",
    "办起来的？",
    "林晓：街坊们捐出了家里的旧书",
    "，我们请志愿者分类上架，慢慢",
    "就有了今天的规模。",
    "记者：下一步有何打",
    "算？",
    "林晓：我们准备增设儿童阅读区",
    "，并和学校合作开展读书活动。",
]


def test_interviewers_question_broken_over_two_lines_stays_in_the_interview():
    stories = segment_text("\n".join(INTERVIEWERS_QUESTION_BROKEN_OVER_TWO_LINES))
    assert [s.title for s in stories] == ["老街区里办起共享书屋"]
    assert "\n记者：书屋是怎么办起来的？\n" in stories[0].body
    assert "记者：下一步有何打算？\n林晓：我们准备" in stories[0].body


# An editor's note signed with a dash and a short name (——编 者) right over the first piece's title:
# the signature closes the note, it is no subtitle taken into the title under it.
EDITORS_NOTE_SIGNED_OVER_THE_FIRST_PIECE = [
    "读书，让城市更有温度（大家谈）",
    "\u3000\u3000全民阅读活动开展以来，",
    "各地涌现出不少新的阅读空",
    "间。阅读对一座城市意味着",
    "什么？本期大家谈，我们选",
    "刊两篇来稿，和读者一起讨",
    "论。",
    "",
    "\u3000\u3000——编 者",
    "",
    "书香里的城市表情",
    "\u3000\u3000走进城东的社区书屋，",
    "总能看到安静读书的老人和",
    "孩子，书架上的新书每月更",
    "换一次，借阅十分方便。",
]


def test_dash_signature_under_an_editors_note_closes_the_note():
    stories = segment_text("\n".join(EDITORS_NOTE_SIGNED_OVER_THE_FIRST_PIECE))
    assert "和读者一起讨论。\n——编者" in stories[0].body
    assert not any("编" in s.title for s in stories)


# In a column of briefs, a line after a finished item that does not fill the column (digits set
# narrow) may open the next item with its title; but here its last word runs on into the prose
# under it (改造方 / 案，), so it is the item's first line of prose.
BRIEF_OPENING_WITH_A_WORD_BROKEN_INTO_ITS_PROSE = [
    "简讯",
    "",
    "河道清淤工程完工",
    "城西河道清淤工程昨天完工，共清理淤",
    "泥两万多方，河水比过去清澈了许多，",
    "沿岸居民都说好。",
    "区住建部门25日公布了老街改造方",
    "案，请居民在月底前通过热线和网站提",
    "出建议，包括停车位和绿化带的设置等",
    "内容。",
]


def test_brief_line_breaking_a_word_into_its_prose_is_no_title():
    stories = segment_text("\n".join(BRIEF_OPENING_WITH_A_WORD_BROKEN_INTO_ITS_PROSE))
    assert [s.title for s in stories if s.title] == ["河道清淤工程完工"]
    assert "区住建部门25日公布了老街改造方案，请居民" in "".join(s.body for s in stories)


# A forum of readers' letters under one title: the editor's note, signed ——编 者, then each letter's
# own head over its writer's bare name. A head and a name inside the open story, with nothing
# closing the story above them, head a part of it, as a crosshead does.
FORUM_OF_LETTERS_EACH_WITH_ITS_HEAD_AND_WRITER = [
    "让老街区焕发新活力（大家谈）",
    "本报讯 老街区改造怎样才能既改善",
    "居民的生活条件，又留住城市的记忆",
    "？本期大家谈，我们刊发两篇来稿，",
    "和读者一起讨论。",
    "——编 者",
    "留住街巷的烟火气",
    "林小平",
    "老街区最动人的是邻里之间的人情味",
    "。改造时拓宽马路、拆掉小摊，看似",
    "整齐了，却也少了生活气息。修缮老",
    "房子的同时，应当给早点铺、修鞋摊",
    "留下位置，让老街坊们还能在门口聊",
    "天。",
    "改造要先听居民的",
    "陈明",
    "老街区的事情，住在这里的人最有发",
    "言权。一些地方的方案由设计单位闭",
    "门做出，居民到开工才知道，难免产",
    "生矛盾。方案应当公开征求意见，多",
    "开几次居民会，把分歧摆到桌面上。",
]


def test_letters_heads_and_writers_inside_a_forum_stay_in_it():
    stories = segment_text("\n".join(FORUM_OF_LETTERS_EACH_WITH_ITS_HEAD_AND_WRITER))
    assert [s.title for s in stories] == ["让老街区焕发新活力（大家谈）"]
    assert "\n留住街巷的烟火气\n林小平\n老街区最动人" in stories[0].body
    assert "\n改造要先听居民的\n陈明\n老街区的事情" in stories[0].body


# An editor's note that opens with its label and goes on with its words on the same line
# (编者按：商务部门和 / 农业部门表示，……): the line is the note's prose, never the next story's title.
EDITORS_NOTE_WORDS_AFTER_ITS_LABEL = [
    "多地增加节日市场供应",
    "□记者 李明",
    "编者按：商务部门和",
    "农业部门表示，将加大货源组织",
    "力度，保障节日期间的市场供应",
    "。",
    "各地超市的蔬菜和肉类货源充足",
    "，价格总体平稳。",
]


def test_editors_note_words_after_its_label_are_no_title():
    stories = segment_text("\n".join(EDITORS_NOTE_WORDS_AFTER_ITS_LABEL))
    assert [s.title for s in stories] == ["多地增加节日市场供应"]
    assert stories[0].body.startswith("编者按：商务部门和农业部门表示")


# A prose line opening with 记者 that reads as a role and names (记者会上，有记者提), right under a
# deck: its last word runs on into the prose line under it (提 / 问，), as no credit's names do.
PROSE_LINE_IN_A_CREDITS_SHAPE_BREAKING_A_WORD = [
    "外交部介绍撤侨航班安排",
    "昨天下午的外交部例行",
    "记者会上，有记者提",
    "问，首批撤侨航班何时启程",
    "。发言人表示，首批航班已于",
    "今天凌晨起飞，预计晚间抵达",
    "，有关部门已做好接机准备。",
]


def test_prose_line_in_a_credits_shape_breaking_a_word_is_no_credit():
    stories = segment_text("\n".join(PROSE_LINE_IN_A_CREDITS_SHAPE_BREAKING_A_WORD))
    assert len(stories) == 1 and "会上" not in stories[0].byline
    assert "记者会上，有记者提问，首批撤侨航班" in stories[0].body


# A story's sidebar: its label (记者手记) alone, then the sidebar's own head and text. The head under
# the label is the story's, not the next story's title.
SIDEBAR_HEAD_UNDER_ITS_LABEL = [
    "山村小学有了新操场",
    "本报讯 经过两个月施工，青石",
    "村小学的新操场昨天投入使用",
    "，塑胶跑道和篮球场让孩子们",
    "有了像样的运动场地。",
    "",
    "记者手记",
    "",
    "一块操场的分量",
    "走进青石村小学时，孩子们正",
    "在新跑道上奔跑。老校长说，",
    "过去下雨天只能待在教室里，",
    "如今再也不用发愁了。",
]


def test_sidebar_head_under_its_label_stays_in_the_story():
    stories = segment_text("\n".join(SIDEBAR_HEAD_UNDER_ITS_LABEL))
    assert [s.title for s in stories] == ["山村小学有了新操场"]
    assert "\n记者手记\n一块操场的分量\n走进青石村小学时" in stories[0].body


# A dash opening a line of prose (——食堂还为行动不便的老) whose word runs on into the next line, which
# holds no clause mark of its own but is no deck line either (its sentence ends in the line under it):
# one paragraph, not a crosshead over the rest of its words.
DASH_LINE_BREAKING_A_WORD_INTO_AN_UNPUNCTUATED_LINE = [
    "社区食堂开门迎客",
    "本报讯 城东街道的社区食",
    "堂昨天正式开业，每天供应",
    "早中晚三餐，老年人用餐可",
    "享受八折优惠。",
    "——食堂还为行动不便的老",
    "人提供送餐上门服务",
    "。每天中午，志愿者把饭菜",
    "送到老人家中。",
]


def test_dash_line_breaking_a_word_into_an_unpunctuated_prose_line_is_prose():
    stories = segment_text("\n".join(DASH_LINE_BREAKING_A_WORD_INTO_AN_UNPUNCTUATED_LINE))
    assert [s.title for s in stories] == ["社区食堂开门迎客"]
    assert "——食堂还为行动不便的老人提供送餐上门服务。每天中午" in stories[0].body


# A short line set apart between two finished paragraphs, whose prose speaks of something else than
# the story above: the two share only a word any story says (重要). It is the next story's title, not
# a crosshead of the story above.
TITLE_OVER_A_NEW_SUBJECT_SHARING_ONLY_A_COMMON_WORD = [
    "全市中小学开展防溺水教育",
    "本报讯 暑假将至，全市中小学近日集中开展防溺水安全教育，",
    "各校通过主题班会、应急演练和致家长的一封信等形式，提醒学",
    "生不私自下水游泳，不到无人看管的河塘玩耍。教育部门要求各",
    "校在放假前再组织一次安全排查，把责任落实到每一位班主任，",
    "确保每名学生和家长都收到安全提示，家校共同守护孩子的假期",
    "安全，这是当前一项重要工作。",
    "",
    "新能源公交车投放城东线路",
    "",
    "首批六十辆新能源公交车昨日起在城东三条线路运营，车内设有",
    "无障碍踏板和手机充电接口。公交公司介绍，车辆充满电后可行",
    "驶三百公里，噪音比燃油车低一半，乘客普遍反映乘坐更加平稳",
    "舒适。下个月起，城西和城南的线路也将陆续更换新车，预计年",
    "底前新能源公交车的占比将超过八成，市民称赞是重要的好事。",
]


def test_title_over_a_new_subject_sharing_only_a_common_word_starts_a_story():
    stories = segment_text("\n".join(TITLE_OVER_A_NEW_SUBJECT_SHARING_ONLY_A_COMMON_WORD))
    assert [s.title for s in stories] == ["全市中小学开展防溺水教育", "新能源公交车投放城东线路"]
    assert stories[1].body.startswith("首批六十辆新能源公交车")


# A feature's crosshead (修好进山路) whose part speaks of another side of the story, sharing only a
# word or two with the part above: the labeller sees no deck line in it, so it stays a crosshead.
FEATURE_CROSSHEAD_OVER_A_PART_SHARING_A_WORD_OR_TWO = [
    "山区小镇的振兴之路",
    "本报讯 春日的青溪镇，茶园里满是采茶的村民，加工厂的机器日",
    "夜运转，今年的春茶订单比去年翻了一番。镇党委书记说，过去",
    "村里的年轻人大多外出打工，茶园荒了不少，如今返乡创业的人",
    "越来越多，全镇的茶叶产值有望突破两亿元，成为重要支柱产业",
    "。",
    "修好进山路",
    "几年前，从县城到镇上要走两个多小时的盘山土路，货车进不来",
    "，山货运不出去。交通部门筹资修建了一条双车道柏油路，沿线",
    "还装上了路灯和护栏，开车只要四十分钟。路修通后，外地客商",
    "主动上门收购，民宿和农家乐也跟着办了起来，周末游客络绎不",
    "绝。",
]


def test_feature_crosshead_over_a_part_sharing_a_word_or_two_stays_a_crosshead():
    stories = segment_text("\n".join(FEATURE_CROSSHEAD_OVER_A_PART_SHARING_A_WORD_OR_TWO))
    assert [s.title for s in stories] == ["山区小镇的振兴之路"]
    assert "\n修好进山路\n几年前" in stories[0].body


# A column of untitled briefs: the second item speaks of something else and shares only a word or
# two any story says with the first (改造, 以前): it is the next item, not the first one's paragraph.
UNTITLED_BRIEFS_SHARING_A_COMMON_WORD = [
    "简讯",
    "",
    "城西图书馆新馆昨天开馆，馆内藏书三十万册，设有少儿阅览",
    "区、电子阅览区和自习室，读者凭身份证即可办理借书证。新馆",
    "开馆首日接待读者两千多人次，不少家长带着孩子前来借书。",
    "全市今年计划新建和改造农贸市场十二个，改造后的市场将统一",
    "设置摊位和排水设施，并安装电子秤和价格公示屏。首个改造完",
    "成的南门市场已于上月重新营业，摊主们反映生意比以前好了。",
]


def test_untitled_brief_sharing_only_a_common_word_is_the_next_item():
    stories = segment_text("\n".join(UNTITLED_BRIEFS_SHARING_A_COMMON_WORD))
    assert [s.body[:5] for s in stories] == ["城西图书馆", "全市今年计"]


# As above, but the second line stops on a conjunction (……助餐配送和 / 上门探访。): a word that needs
# what follows, so the line goes on into the prose under it. A deck line does not end on 和.
PARAGRAPH_LINE_STOPPING_ON_A_CONJUNCTION = PARAGRAPH_OPENING_WITH_A_WORD_BROKEN_INTO_ITS_PROSE[:17] + [
    "街道办事处积极开展面向",
    "独居老人的助餐配送和",
    "上门探访。近日，为方便",
    "行动不便的老人，食堂组",
    "建了一支志愿者送餐队，",
    "每天中午把饭菜送到老人",
    "家中。",
]


def test_paragraph_line_stopping_on_a_conjunction_is_no_deck():
    stories = segment_text("\n".join(PARAGRAPH_LINE_STOPPING_ON_A_CONJUNCTION))
    assert [s.title for s in stories] == ["城北新建三座口袋公园", "社区食堂开门迎客"]
    assert "助餐配送和上门探访。近日" in stories[1].body
