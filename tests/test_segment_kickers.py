"""Kickers (引题) that the deck rules first read as a subtitle or as the title's first words:
a kicker ending in a dash that OCR gave under the title with the subtitle, a kicker closing on a
reporting verb (宣布, 回应), and a stock kicker over a title that says the lead's first clause
again. Each page is our own text in the general shape; what a reader sees is written out by hand."""

from __future__ import annotations

from audiopaper.segment import headlines
from audiopaper.segment.decks import names_a_series
from audiopaper.segment.line_breaks import introduces
from segment_support import segment_text


def test_a_kicker_ending_in_a_dash_under_the_title_and_its_subtitle_is_the_kicker():
    # OCR read the deck out of print order: title, subtitle, then the kicker that introduces the title
    text = "\n".join([
        "山区小学有了新操场",
        "——县里投入三百万元改善办学条件",
        "乡村教师王丽坚守讲台三十年——",
        "本报讯 今年秋季开学，县里投入三百",
        "万元改善山区小学办学条件，新操场",
        "和图书室投入使用，王丽老师带着孩",
        "子们第一次在塑胶跑道上跑步。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == (
        "乡村教师王丽坚守讲台三十年——", "山区小学有了新操场", "县里投入三百万元改善办学条件")


def test_a_kicker_closing_on_a_reporting_verb_is_the_kicker_not_the_title_s_first_words():
    text = "\n".join([
        "市交通运输局18日宣布",
        "轨道交通五号线年底开通运营",
        "本报讯 记者从市交通运输局获悉，轨道交通",
        "五号线已完成全部设备调试，将于",
        "年底开通运营，全线设站二十座。",
        "",
        "市教育局回应",
        "中小学课后服务不额外收费",
        "本报讯 针对家长关心的课后服务收费",
        "问题，市教育局明确，中小学课后服",
        "务由财政保障，不向学生额外收费。",
        "",
        "市卫健委发言人",
        "提醒市民做好流感防护",
        "本报讯 市卫健委发言人昨日提醒，流",
        "感进入高发季，市民外出请佩戴口罩，",
        "老人儿童尽早接种疫苗。",
    ])
    metro, school, flu = segment_text(text)
    assert (metro.kicker, metro.title) == ("市交通运输局18日宣布", "轨道交通五号线年底开通运营")
    assert (school.kicker, school.title) == ("市教育局回应", "中小学课后服务不额外收费")
    assert (flu.kicker, flu.title) == ("市卫健委发言人", "提醒市民做好流感防护")


def test_a_reporting_verb_alone_after_a_space_opens_a_clause_the_next_line_goes_on_with():
    # …著想 宣佈 / 停止…: the verb names no speaker; its subject is the clause before the space
    text = "\n".join([
        "多名業主稱為安全著想 宣佈",
        "暫停參選業主委員會",
        "",
        "本報訊 多名業主昨日發表聯合聲明，稱為安全",
        "著想，宣佈暫停參選本屆業主委員會。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title) == ("", "多名業主稱為安全著想 宣佈暫停參選業主委員會")
    assert introduces("市交通运输局18日宣布") and not introduces("为安全着想 宣布")


def test_a_title_closing_on_a_reply_made_is_one_title():
    # …作出回应 is a reply made, not a speaker introducing the line under it
    text = "\n".join([
        "哈马斯称已就交换被扣押人员协议作出回应",
        "斡旋方称谈判仍在继续",
        "新华社开罗5月2日电 哈马斯2日称，已",
        "就交换被扣押人员协议作出回应，斡旋",
        "方称谈判仍在继续。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == ("", "哈马斯称已就交换被扣押人员协议作出回应", "斡旋方称谈判仍在继续")


def test_a_stock_kicker_over_a_title_that_says_the_lead_s_first_clause_again_stays_the_kicker():
    # the title repeats the lead's first clause word for word, as a kicker or subtitle may; the
    # line over it shares nothing with the story: it is no title
    text = "\n".join([
        "优化营商环境 对冲疫情影响",
        "",
        "市发展改革委召开民营企业座谈会",
        "本报讯 11月26日，市发展改革委召开民",
        "营企业座谈会，听取企业对明年规划编",
        "制的意见建议，二十多家企业负责人参",
        "加座谈。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == (
        "优化营商环境 对冲疫情影响", "市发展改革委召开民营企业座谈会", "")



def test_a_line_naming_the_piece_s_genre_is_a_subtitle_under_the_title_and_a_kicker_over_it():
    # …观察, …综述 say what the piece is: the catchy line is the main title either way
    text = "\n".join([
        "春深行稳蓄势能",
        "四月全国各地经济社会发展观察",
        "本报讯 从田间地头的春管，到万商云集",
        "的展会，四月以来，各地经济社会发展",
        "稳中有进，市场活力持续释放。",
        "",
        "全市文明创建工作综述",
        "文明之花处处开",
        "本报讯 今年以来，全市开展文明创建",
        "活动，志愿服务走进社区，文明新风",
        "吹遍城乡。",
    ])
    spring, civility = segment_text(text)
    assert (spring.kicker, spring.title, spring.subtitle) == ("", "春深行稳蓄势能", "四月全国各地经济社会发展观察")
    assert (civility.kicker, civility.title, civility.subtitle) == ("全市文明创建工作综述", "文明之花处处开", "")


def test_an_interview_s_subtitle_naming_whom_it_visits_is_no_title():
    text = "\n".join([
        "让老街焕发新活力",
        "专访市住建局局长张伟",
        "本报讯 老街改造今年完成过半，记者",
        "就改造进度和居民关心的问题采访了",
        "市住建局局长张伟。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == ("", "让老街焕发新活力", "专访市住建局局长张伟")


def test_a_subtitle_opening_with_a_dash_stays_under_its_own_title_when_the_run_holds_two_headlines():
    # one run of headline lines heads two stories; the dash subtitle shares nothing with either
    # body, yet it is printed under its own title and is never the next story's
    text = "\n".join([
        "本报讯 市图书馆今年新增藏书五万册，",
        "开放时间延长到晚上九点，周末读者",
        "比去年明显增多。",
        "",
        "市图书馆开放时间延长",
        "——全年目标任务有望提前完成",
        "城郊公园新增十条步道",
        "本报讯 市园林局介绍，城郊公园今年",
        "新修步道十条，总长二十多公里，沿",
        "途设置休息点。",
    ])
    library, park = segment_text(text)
    assert (library.title, library.subtitle) == ("市图书馆开放时间延长", "全年目标任务有望提前完成")
    assert (park.title, park.subtitle) == ("城郊公园新增十条步道", "")


def test_a_line_naming_a_series_or_event_over_the_title_is_the_kicker():
    # 秋收进行时, 第5届市运会, 走进…博物馆: the name the story is filed under, printed over its
    # own title; the title is the line under it, whether or not that line shares the lead's words
    text = "\n".join([
        "秋收进行时",
        "百亩稻田迎来开镰",
        "本报讯 连日来，城南镇百亩稻田陆续",
        "开镰收割，农机手们抢抓晴好天气，",
        "确保颗粒归仓。",
        "",
        "第5届市运会",
        "游泳队再夺三金",
        "本报讯 昨天，市运会游泳比赛进入第",
        "二个比赛日，市游泳队再夺三枚金牌。",
        "",
        "走进市自然博物馆",
        "恐龙化石讲述远古故事",
        "本报讯 周末的市自然博物馆人头攒动，",
        "新展出的恐龙化石吸引不少孩子驻足。",
    ])
    harvest, games, museum = segment_text(text)
    assert (harvest.kicker, harvest.title) == ("秋收进行时", "百亩稻田迎来开镰")
    assert (games.kicker, games.title) == ("第5届市运会", "游泳队再夺三金")
    assert (museum.kicker, museum.title) == ("走进市自然博物馆", "恐龙化石讲述远古故事")


def test_a_title_that_only_ends_in_an_event_s_name_is_no_kicker():
    # a verb before the event's name makes the line a statement of the news: the title
    text = "\n".join([
        "两市讨论合办冬运会",
        "筹备小组本月成立",
        "本报讯 两市昨天讨论合办冬运会，筹",
        "备小组将于本月成立。",
    ])
    [bid] = segment_text(text)
    assert bid.kicker == "" and bid.title.startswith("两市讨论合办冬运会")
    assert [names_a_series(line) for line in ("市长将出席经贸论坛", "以实干书写新答卷", "秋收进行时：稻谷满仓",
                                              "第5届市运会", "走进市自然博物馆", "学习贯彻全会精神在基层")] == [
        False, False, False, True, True, True]


def test_a_kicker_ending_in_a_dash_over_a_title_read_as_prose_gets_its_title_back():
    # the only headline line introduces the title; the title (a quote closing on its column's name,
    # or a short line standing as its own paragraph) was read as the body's first line
    text = "\n".join([
        "市人民医院护士长王芳——",
        "",
        "“守护病人是我的本分”（最美护士）",
        "“病人需要我们，我们就在这里。”王芳",
        "说。连续值守二十天，她没有回过一次",
        "家，病区里的每位病人她都叫得出名字。",
        "",
        "全市累计发放助学金三千万元——",
        "",
        "“再难也不让一个孩子失学”",
        "",
        "今年以来，市教育局累计发放助学金三",
        "千万元，惠及困难家庭学生一万多人，",
        "没有一个孩子因贫失学。",
    ])
    nurse, grants = segment_text(text)
    assert (nurse.kicker, nurse.title) == ("市人民医院护士长王芳——", "“守护病人是我的本分”（最美护士）")
    assert nurse.body.startswith("“病人需要我们")
    assert (grants.kicker, grants.title) == ("全市累计发放助学金三千万元——", "“再难也不让一个孩子失学”")
    assert grants.body.startswith("今年以来")


def test_a_series_name_ocr_gave_under_the_title_is_still_the_kicker():
    # the deck read out of order: the title, then the series' name printed over it
    text = "\n".join([
        "恐龙化石讲述远古故事",
        "走进市自然博物馆",
        "本报讯 周末的市自然博物馆人头攒动，",
        "新展出的恐龙化石吸引不少孩子驻足。",
    ])
    [museum] = segment_text(text)
    assert (museum.kicker, museum.title) == ("走进市自然博物馆", "恐龙化石讲述远古故事")


def test_a_series_name_closing_the_deck_under_a_long_title_and_its_subtitle_is_the_kicker():
    # title, dash subtitle, then the event the story is filed under: the title is over twice its
    # length, so the name is no title's wrapped end; it is the kicker, not the subtitle's last words
    text = "\n".join([
        "市长会见来访的友好城市代表团成员",
        "——双方签署教育文化交流合作备忘录",
        "第十届国际友城合作论坛",
        "本报讯 昨天上午，市长会见了来访的",
        "友好城市代表团，双方签署教育文化",
        "交流合作备忘录。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == (
        "第十届国际友城合作论坛", "市长会见来访的友好城市代表团成员", "双方签署教育文化交流合作备忘录")


def test_a_kicker_over_a_title_read_as_prose_gets_its_title_back_when_the_title_shows_its_shape():
    # the one headline line is the kicker: the title under it, read as the body's first line, closes
    # on its column's name in brackets, or stands as a paragraph of its own over an editor's note
    text = "\n".join([
        "全市文化惠民工程全面铺开",
        "",
        "送戏下乡唱响田间地头（基层见闻）",
        "今年以来，市文化馆组织演出队走进乡",
        "村，送戏下乡一百多场，群众在家门口",
        "就能看上好戏，不少村民跟着学唱。",
        "",
        "推动全民阅读走向深入",
        "",
        "城市书房点亮夜归路",
        "",
        "编者按",
        "",
        "全市已建成城市书房五十家，夜间开放",
        "到十点，成为市民身边的文化客厅。",
    ])
    opera, reading = segment_text(text)
    assert (opera.kicker, opera.title) == ("全市文化惠民工程全面铺开", "送戏下乡唱响田间地头（基层见闻）")
    assert opera.body.startswith("今年以来")
    assert (reading.kicker, reading.title) == ("推动全民阅读走向深入", "城市书房点亮夜归路")


def test_a_line_over_a_title_opening_with_its_place_and_a_colon_is_the_kicker():
    # a series sets its theme over each place's title (城东：…); the line over it is no title's first half
    text = "\n".join([
        "老旧小区改造惠民生",
        "杭州：加装电梯让老人出行不再难",
        "本报讯 今年以来，杭州老旧小区加装",
        "电梯三百多台，不少老人告别了爬楼",
        "的烦恼，出门遛弯更方便了。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title) == ("老旧小区改造惠民生", "杭州：加装电梯让老人出行不再难")


def test_prose_whose_first_line_closes_on_an_aside_in_brackets_is_no_title_under_the_headline():
    # the first line ends on a bracketed short name (（世卫组织）) and the sentence goes on below it
    text = "\n".join([
        "多国专家研判流感形势",
        "",
        "多国卫生部门近日联合致函世界卫生组织（世卫组织）",
        "及各成员国，建议加强流感监测，及时",
        "共享病毒数据，做好疫苗储备。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title) == ("", "多国专家研判流感形势")


def test_a_line_reporting_an_act_over_a_whole_title_line_is_the_kicker_not_the_title_s_first_line():
    # who did what (…签署合作协议, …战罢三轮, …公告披露) over the news itself: a kicker and its title,
    # though the labeller reads both whole lines as title lines
    text = "\n".join([
        "十二家银行签署合作协议",
        "城北科创园企业融资将更便捷",
        "本报讯（记者李晓）12日，十二家银行与城北科",
        "创园管委会签订协议，为园区企业提供",
        "信用贷款，首批授信额度超过二十亿元。",
        "",
        "省女子排球联赛战罢三轮",
        "江城队暂列积分榜首位",
        "本报讯（记者周明）昨日进行的比赛中，江城",
        "队三比一战胜对手，三战全胜，暂列积分",
        "榜首位，湖州队和宁海队分列二三位。",
        "",
        "市审计局公告披露",
        "部分项目超支逾三千万元",
        "本报讯（记者陈静）市审计局近日发布公告，对",
        "去年完成的四十个建设项目进行审计，",
        "发现部分项目超支，合计逾三千万元。",
    ])
    banks, volleyball, audit = segment_text(text)
    assert (banks.kicker, banks.title) == ("十二家银行签署合作协议", "城北科创园企业融资将更便捷")
    assert (volleyball.kicker, volleyball.title) == ("省女子排球联赛战罢三轮", "江城队暂列积分榜首位")
    assert (audit.kicker, audit.title) == ("市审计局公告披露", "部分项目超支逾三千万元")


def test_a_line_closing_on_its_event_verb_is_the_news_not_a_kicker():
    # …开幕式举行 is the event itself: no kicker over the line under it
    text = "\n".join([
        "全市职工运动会开幕式举行",
        "副市长张华出席",
        "本报讯（记者王林）全市第五届职工运动会",
        "开幕式昨日在市体育中心举行，副市长张华",
        "出席并宣布开幕，三千余名职工参加。",
    ])
    [story] = segment_text(text)
    assert story.kicker == "" and story.title.startswith("全市职工运动会开幕式举行")


def test_a_line_reporting_an_act_over_a_title_the_column_wrapped_is_the_kicker_over_all_of_it():
    # …杂志发表…重要文章 over the article's own title set in two lines: the kicker, and one title under it
    text = "\n".join([
        "《乡村》杂志发表省委书记重要文章",
        "在全省城乡建设工作会议",
        "上的讲话",
        "本报讯 本期《乡村》杂志发表省委书记",
        "在全省城乡建设工作会议上的讲话。文章",
        "强调，老街巷改造要尊重居民意愿。",
        "",
        "市体育局发布全民健身计划",
        "五年新建百座社区球场",
        "和口袋公园",
        "本报讯 五年新建百座社区球场和口袋公",
        "园。市体育局日前发布计划，提出让市民",
        "出门十分钟就能锻炼。",
    ])
    article, sport = segment_text(text)
    assert (article.kicker, article.title) == ("《乡村》杂志发表省委书记重要文章", "在全省城乡建设工作会议上的讲话")
    assert (sport.kicker, sport.title) == ("市体育局发布全民健身计划", "五年新建百座社区球场和口袋公园")


def test_a_line_naming_who_presided_or_attended_under_a_meeting_s_title_is_its_subtitle():
    # …座谈会举行 / 王强主持: who presided is the subtitle, not the title's last words
    text = "\n".join([
        "全市城市更新工作座谈会举行",
        "王强主持",
        "本报讯（记者林青）全市城市更新工作座谈",
        "会昨日举行，市长王强主持会议并讲话，",
        "十二个区县负责人参加。",
        "",
        "第三届江城读书节开幕式举行",
        "副市长张华出席并为获奖者颁奖",
        "本报讯（记者李然）第三届江城读书节开幕",
        "式昨晚举行，副市长张华出席并为获奖",
        "者颁奖，读书节将持续一个月。",
    ])
    meeting, books = segment_text(text)
    assert (meeting.title, meeting.subtitle) == ("全市城市更新工作座谈会举行", "王强主持")
    assert (books.title, books.subtitle) == ("第三届江城读书节开幕式举行", "副市长张华出席并为获奖者颁奖")


def test_a_reporting_line_over_the_title_s_last_word_wrapped_stays_one_title():
    # …组织召开…代表 / 座谈会: the column wrapped the title's last word, no kicker over it
    units = ["市发展改革委组织召开民营企业家代表", "座谈会"]
    joined = headlines.Headline(title="市发展改革委组织召开民营企业家代表座谈会")
    assert headlines._report_kicker_read_in_title(joined, units, "") == joined


def test_a_title_line_going_on_to_who_presided_after_a_space_stays_the_title_s():
    # …会议 / 闭幕 王强主持并讲话: the line goes on with the title before naming who presided
    units = ["全市政协常委会第八次会议", "闭幕 王强主持并讲话"]
    joined = headlines.Headline(title="全市政协常委会第八次会议 闭幕 王强主持并讲话")
    assert headlines._attendance_read_in_title(joined, units, "") == joined


def test_a_reporting_line_over_a_line_going_on_with_its_subject_stays_one_title():
    # …召开…会议 / 决定将…: the line under it has no subject of its own, the one above goes on in it
    units = ["市人大常委会召开第九次主任会议", "决定将三项报告提交常委会审议"]
    joined = headlines.Headline(title="市人大常委会召开第九次主任会议 决定将三项报告提交常委会审议")
    assert headlines._report_kicker_read_in_title(joined, units, "") == joined


def test_a_line_only_naming_the_agency_or_place_over_a_whole_title_line_is_the_kicker():
    # who or where (…交通运输厅和…公安厅, 江西瑞金叶坪乡) over what it did: the daily's kicker, not the
    # title's first line
    text = "\n".join([
        "省交通运输厅和省公安厅",
        "联合整治货车超限超载",
        "本报讯（记者吴凡）即日起，两部门在全",
        "省高速公路入口设卡检测，对超限超载",
        "货车一律劝返，年底前不定期抽查。",
        "",
        "江西瑞金市叶坪乡",
        "加快发展乡村民宿",
        "本报讯（记者何平）国庆假期，瑞金市",
        "叶坪乡的民宿家家客满，游客在参观",
        "旧址之余住进农家，体验乡村生活。",
    ])
    water, resort = segment_text(text)
    assert (water.kicker, water.title) == ("省交通运输厅和省公安厅", "联合整治货车超限超载")
    assert (resort.kicker, resort.title) == ("江西瑞金市叶坪乡", "加快发展乡村民宿")


def test_a_topic_line_over_a_title_line_is_no_agency_kicker():
    # 冬日暖阳 names nobody, a line with a verb of its own is no name either: two lines of one title;
    # so is a name over a line with its own subject (市区公园 / 游客人数创新高: the column broke it)
    for units in (["冬日暖阳", "照进山村小学课堂"], ["市民踊跃参加义务植树", "城区新增绿地百亩"],
                  ["杭州市区公园", "游客人数创新高"]):
        joined = headlines.Headline(title=" ".join(units))
        assert headlines._who_kicker_read_in_title(joined, units, "") == joined


def test_a_column_tagged_title_of_a_word_or_two_under_a_kicker_gets_its_head_back():
    # the column broke a commentary's title before its last words: 城市更新不能 / 一拆了之（时评）
    units = ["推进老街保护", "城市更新不能", "一拆了之（时评）"]
    read = headlines.Headline(title="一拆了之（时评）", kicker="推进老街保护 城市更新不能")
    assert headlines._tagged_title_head_read_as_kicker(read, units) == headlines.Headline(
        title="城市更新不能一拆了之（时评）", kicker="推进老街保护")


def test_a_kicker_over_a_short_tagged_title_stays_when_it_introduces_or_is_a_sentence():
    for kicker in ("气象专家提醒——", "寒潮来了，请注意保暖。"):
        units = [kicker, "添衣（提示）"]
        read = headlines.Headline(title="添衣（提示）", kicker=kicker)
        assert headlines._tagged_title_head_read_as_kicker(read, units) == read


def test_a_line_stating_what_a_named_place_or_agency_did_over_a_whole_title_line_is_the_kicker():
    # place or agency and its act (…全力搜救, …抓项目) over a line that is a title by itself, read as
    # one title of two whole lines: the statement is the kicker
    for kicker, title in (("浙江舟山全力搜救落水渔民", "八人连夜平安获救"),
                          ("江西九江在长江大保护中抓项目", "为沿江发展注入绿色动力"),
                          ("宁波港开通远洋新航线", "外贸货物 出海更快")):
        joined = headlines.Headline(title=f"{kicker} {title}")
        assert headlines._statement_kicker_read_in_title(joined, [kicker, title], "") == headlines.Headline(
            title=title, kicker=kicker)


def test_a_line_naming_no_act_or_going_on_in_the_line_under_it_is_no_statement_kicker():
    # 市民… names no place or agency, 杭州市区公园 does no act; a line stopping on a preposition, a
    # work's name under the act, a line the column broke before 上: two lines of one title
    for units in (["市民踊跃参加义务植树", "城区新增绿地百亩"], ["杭州市区公园", "游客人数创新高"],
                  ["江城第三届读者见面会在", "市图书馆隆重举行"], ["省歌舞剧院携手青年演员在京演出", "《山水的回响》音乐会"],
                  ["李明在全市城市更新工作座谈会", "上强调 推进老旧小区改造"],
                  ["叙利亚反对派武装开始", "撤出北部边境城镇"], ["宁波港务局宣布开通新航线", "上海港务局称将增加班次"]):
        joined = headlines.Headline(title=" ".join(units))
        assert headlines._statement_kicker_read_in_title(joined, units, "") == joined
    # the lead reads on across the break: one title the column broke, over a blank line too
    units = ["甘肃新能源发电连续", "三日突破千万千瓦"]
    joined = headlines.Headline(title=" ".join(units))
    assert headlines._statement_kicker_read_in_title(joined, units, "日前，甘肃新能源发电连续三日突破千万千瓦。") == joined
