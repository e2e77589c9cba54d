"""Segmentation of OCR page text (and structured input) into stories."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audiopaper.errors import SegmentationError
from audiopaper.ingest import read_edition
from audiopaper.models import Edition, Page, StoryKind
from audiopaper.segment import segment_edition
from audiopaper.segment.ocr import is_furniture
from audiopaper.speech import speech_text, story_record
from segment_support import assert_each_sentence_read_as_often, body_chars, segment_text, set_in_column

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _stories(*inputs: Path | str):
    return segment_edition(read_edition([str(i) for i in inputs]))


def _records(stories):
    records = []
    for story in stories:
        record = story_record(story)
        record.pop("speech")  # normalization has its own tests
        records.append(record)
    return records


@pytest.mark.parametrize(
    ("inputs", "golden"),
    [
        (["sample_page2.txt"], "sample_page2.golden.json"),
        (["city_daily_briefs_xinhua.txt"], "city_daily_briefs_xinhua.golden.json"),
        (["edition_jump"], "edition_jump.golden.json"),
    ],
)
def test_pages_match_their_goldens(inputs, golden):
    expected = json.loads((PAGES / golden).read_text(encoding="utf-8"))
    assert _records(_stories(*(PAGES / i for i in inputs))) == expected


def test_sample_gives_the_stories_the_issue_names():
    stories = _stories(PAGES / "sample_page2.txt")
    summary = [(s.kind.value, s.title, s.kicker, s.subtitle, s.byline) for s in stories]
    assert summary == [
        ("photo", "加入少先队", "", "", "记者 林群心"),
        ("article", "首场“亲清直通车·政企恳谈会”举行", "优化营商环境 对冲疫情影响", "", "首席记者 张赤奎"),
        ("article", "智能门（锁）产业党建联盟成立", "", "推动实现“三个转变”，为产业发展提供组织支撑", "记者 颜元滔"),
        ("article", "市领导走访慰问科技工作者", "", "用科技为经济社会发展注入新活力", "记者 颜元滔"),
        ("article", "金华市领导来永 调研工业经济", "", "切实优化服务 增强发展后劲", "记者 颜元滔"),
        ("continuation", "", "", "", ""),
        ("classifieds", "分类信息", "", "", ""),
    ]
    bodies = {s.title: s.body for s in stories}
    qinqing = bodies["首场“亲清直通车·政企恳谈会”举行"]
    assert qinqing.startswith("本报讯5月28日，我市首场“亲清直通车·政企恳谈会”举行")
    assert qinqing.endswith("切实将恳谈成果转化为经济社会高质量发展的动力。")
    assert "智能门" not in qinqing and "优化营商环境 对冲" not in qinqing
    lock = bodies["智能门（锁）产业党建联盟成立"]
    assert lock.startswith("本报讯5月27日，智能门（锁）产业党建联盟成立仪式举行")
    assert lock.endswith("永康农商银行向党建联盟整体授信10亿元。")
    assert "生产企业650余家" in lock  # layout spaces dropped
    assert "招聘" not in lock and "分类信息" not in lock
    assert bodies["市领导走访慰问科技工作者"].endswith("全力打造人才聚集高地。")
    assert bodies["金华市领导来永 调研工业经济"].endswith("为工业经济发展创造良好环境。")
    continuation = stories[5]
    assert continuation.continued_from == 1
    assert continuation.body.startswith("要紧盯重大战略布局") and continuation.body.endswith("高水平规划。")
    assert len(stories[-1].items) == 10
    assert stories[-1].items[-1] == "声明：8433武义奥多金属配件厂遗失公章一枚，公章编号3307230035080，声明作废。"


def test_three_line_headline_briefs_and_xinhua():
    stories = _stories(PAGES / "city_daily_briefs_xinhua.txt")
    first = stories[0]
    assert (first.kicker, first.title, first.subtitle) == (
        "聚焦“两山”转化", "我市生态产品价值实现机制试点启动", "首批12个项目签约 总投资超30亿元")
    assert first.byline == "记者 李明 通讯员 陈晓"
    briefs = [s for s in stories if s.kind is StoryKind.BRIEF]
    assert [b.byline for b in briefs] == ["记者 王芳", "通讯员 吴一凡", "记者 林群心"]
    assert all(b.body.startswith("本报讯") and not b.title for b in briefs)
    assert briefs[2].body.endswith("共评出一等奖15个。")  # the next headline is not swallowed
    xinhua = next(s for s in stories if s.title == "国务院部署进一步做好稳就业工作")
    assert xinhua.byline == "新华社记者 张三、李四"
    assert xinhua.body.startswith("新华社北京6月2日电国务院总理")
    bus = stories[-1]  # headline printed after its body
    assert (bus.title, bus.subtitle, bus.byline) == ("3条城乡公交新线路开通", "覆盖6个镇街40余个行政村", "记者 陈静")
    everything = "".join(s.title + s.subtitle + s.kicker + s.body for s in stories)
    assert "责任编辑" not in everything and "星期三" not in everything and "简讯" not in everything


def test_two_page_edition_stitches_the_jump():
    stories = _stories(PAGES / "edition_jump")
    assert [s.kind for s in stories] == [StoryKind.ARTICLE, StoryKind.ARTICLE, StoryKind.PHOTO, StoryKind.CLASSIFIEDS]
    meeting = stories[0]
    assert meeting.title == "全市重点项目建设推进会召开"
    assert "要素保障和服务保障，确保项目早开工" in meeting.body  # joined mid-sentence
    assert meeting.body.endswith("负责人作了交流发言。")
    assert "下转" not in meeting.body and "紧接" not in meeting.body
    photo = stories[2]
    assert (photo.title, photo.byline, photo.page) == ("荷花别样红", "记者 陈静", 2)
    assert stories[3].items == (
        "房屋出租：8501城西新区套房出租，三室两厅。13905791234",
        "遗失声明：8502王小明遗失身份证，号码330784199001011234，声明作废。",
    )


def test_a_jump_without_its_continuation_page_stays_one_story(caplog):
    """The text stops mid-sentence: the jump marker stays, seen and heard, and a warning
    names the page and the story."""
    with caplog.at_level(logging.WARNING, logger="audiopaper.segment"):
        stories = _stories(PAGES / "edition_jump" / "1.txt")
    assert stories[0].body.endswith("要素保障和服务（下转第2版）")
    assert speech_text(stories[0]).endswith("要素保障和服务（下转第二版）")
    assert all(s.kind is not StoryKind.CONTINUATION for s in stories)
    assert "下转" not in stories[1].body
    [warning] = [r for r in caplog.records if r.levelno == logging.WARNING]
    message = warning.getMessage()
    assert "1.txt (page 1)" in message and "全市重点项目建设推进会召开" in message and "page 2" in message


def test_a_stitched_jump_keeps_no_marker():
    stories = _stories(PAGES / "edition_jump")
    assert not any("下转" in s.body or "转第" in s.body for s in stories)


def test_headlines_after_their_bodies_are_attached_by_content():
    page = (
        "本报讯 6月1日，我市举办首届龙舟邀请赛，来自周边\n县市的16支队伍参加比赛。\n\n"
        "比赛吸引了上万名市民到场观看。\n"
        "首届龙舟邀请赛举行\n\n"
        "本报讯 6月2日，市气象台发布今年首个高温预警，\n预计最高气温将达38摄氏度。\n"
        "市气象台提醒市民注意防暑降温。\n"
        "气象台发布高温预警\n"
    )
    stories = segment_text(page)
    assert [(s.title, s.body[:12]) for s in stories] == [
        ("首届龙舟邀请赛举行", "本报讯6月1日，我市举办"),
        ("气象台发布高温预警", "本报讯6月2日，市气象台"),
    ]


def test_ocr_doubled_photo_title_and_standalone_credit():
    page = "端午节前夕，社区志愿者为独居老人送去粽子。\n记者 王芳 摄\n\n粽香暖人心粽香暖人心\n"
    [photo] = segment_text(page)
    assert (photo.kind, photo.title, photo.byline) == (StoryKind.PHOTO, "粽香暖人心", "记者 王芳")
    assert photo.body == "端午节前夕，社区志愿者为独居老人送去粽子。"


def test_latin_words_keep_their_space_cjk_spacing_goes():
    page = "本报讯 市民 可 通过 iPhone 12 或 Android 手机\n扫码，领取 200 元消费券。\n"
    [story] = segment_text(page)
    assert story.body == "本报讯市民可通过iPhone 12或Android手机扫码，领取200元消费券。"


@pytest.mark.parametrize(
    "line",
    [
        "永康日报社地址：永康市金城路 电话：87142000",
        "社址：永康市金城路188号 邮编：321300 传真：87142001",
        "本报地址：金城路 发行部电话：87142002",
        "国内统一连续出版物号 CN33-0123 邮发代号：31-50",
        "CN 33-0123",
        "广告许可证：3307844000001 印刷：永康日报印务中心",
        "零售价：1.00元",
        "定价：每月30元 全年订价：360元",
        "发行：永康市邮政局",
        "地址：金城路 电话：87142000 传真：87142001",
        "□永康日报社地址：永康市金城路",
        "本報地址：金城路 電話：87142000",  # Big5 pages
    ],
)
def test_imprint_lines_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "地址：江南街道丽州路 电话：13905795678",  # an ad's contact line stays in the ad
        "电话：633559，720107，745823",
        "电话：87142000。",
        "定价：58元，读者可在新华书店",
        "印刷企业开展安全生产大检查",
        "发行量连续三年位居全省第一",
        "8427三间126㎡。电话：",
        "活动地址：永康市金城路",
    ],
)
def test_body_and_ad_lines_are_not_furniture(line):
    assert not is_furniture(line)


def test_a_stray_headline_with_no_text_is_no_story(caplog):
    page = (
        "我市发放首批消费券\n记者 林群心\n本报讯 6月4日，我市首批消费券开始发放。\n\n"
        "消费券有效期至6月30日。\n\n扫码关注永康日报微信公众号\n"
    )
    with caplog.at_level(logging.WARNING, logger="audiopaper.segment"):
        [story] = segment_text(page)
    assert (story.title, story.body) == ("我市发放首批消费券", "本报讯6月4日，我市首批消费券开始发放。\n消费券有效期至6月30日。")
    assert any("扫码关注永康日报微信公众号" in r.getMessage() and "page.txt" in r.getMessage()
               for r in caplog.records if r.levelno == logging.WARNING)


def test_classifieds_only_page_left_out_is_no_stories():
    page = "分类信息\n房屋出租\n8501城西新区套房出租，三室两厅。13905791234\n"
    edition = Edition(pages=(Page(source="ads.txt", number=1, text=page),))
    [ads] = segment_edition(edition, include_classifieds=True)
    assert ads.kind is StoryKind.CLASSIFIEDS and ads.items == ("房屋出租：8501城西新区套房出租，三室两厅。13905791234",)
    with pytest.raises(SegmentationError) as caught:
        segment_edition(edition, include_classifieds=False)
    message = str(caught.value)
    assert message.startswith("ads.txt: no stories") and "--include-classifieds" in message


def test_classifieds_can_be_left_out():
    edition = read_edition([str(PAGES / "sample_page2.txt")])
    stories = segment_edition(edition, include_classifieds=False)
    assert all(s.kind is not StoryKind.CLASSIFIEDS for s in stories)
    assert len(stories) == 6


def test_markdown_input():
    text = (
        "# 我市发放首批消费券\n## 涵盖餐饮零售文旅\n记者 林群心\n\n本报讯 6月4日，我市首批消费券\n开始发放。\n\n"
        "消费券有效期至6月30日。\n\n# 荷花别样红\n市民在荷花基地赏花。 记者 陈静 摄\n"
    )
    stories = segment_text(text, "markdown")
    assert [(s.kind, s.title, s.subtitle, s.byline) for s in stories] == [
        (StoryKind.ARTICLE, "我市发放首批消费券", "涵盖餐饮零售文旅", "记者 林群心"),
        (StoryKind.PHOTO, "荷花别样红", "", "记者 陈静"),
    ]
    assert stories[0].body == "本报讯6月4日，我市首批消费券开始发放。\n消费券有效期至6月30日。"


def test_json_input():
    data = [{"title": "标题一", "body": "第一段。\n第二段。", "byline": "□记者 颜元滔"},
            {"title": "标题二", "body": "正文。", "byline": None}]
    stories = segment_text(json.dumps(data, ensure_ascii=False), "json")
    assert [(s.title, s.body, s.byline) for s in stories] == [
        ("标题一", "第一段。\n第二段。", "记者 颜元滔"), ("标题二", "正文。", "")]


@pytest.mark.parametrize(
    ("text", "fmt", "reason"),
    [
        ('{"title": "x"}', "json", "must be a list"),
        ('[{"title": 3, "body": "正文。"}]', "json", "item 1: 'title' must be a string"),
        ("[]", "json", "no stories"),
        ("2020年6月3日 星期三 永康日报\n责任编辑：周敏\n", "text", "no stories"),
        ("\n\n", "markdown", "no stories"),
        ("你好世界\n", "text", "no stories found on this page (only headline-like lines with no body text: 你好世界)"),
        ("永康日报社地址：永康市金城路 电话：87142000\n", "text", "no stories"),
        ('[{"title": "x"}]', "json", "item 1 ('x') has no body text"),
        ('[{"title": "标题", "body": "正文。"}, {"title": "只有标题", "body": "  "}]', "json", "item 2 ('只有标题') has no body"),
        ("# 你好世界\n", "markdown", "no stories found: no text under the headings (你好世界)"),
        ('<?xml version="1.0"?><rss version="2.0"><channel><item><title>只有标题</title></item></channel></rss>',
         "feed", "entries have titles but no text"),
    ],
)
def test_pages_without_stories_are_refused(text, fmt, reason):
    with pytest.raises(SegmentationError) as caught:
        segment_text(text, fmt)
    assert str(caught.value).startswith("page.txt: ") and reason in str(caught.value)


def test_markdown_heading_without_text_is_left_out():
    stories = segment_text("# 永康日报\n\n# 我市发放首批消费券\n本报讯 首批消费券开始发放。\n", "markdown")
    assert [(s.title, s.body) for s in stories] == [("我市发放首批消费券", "本报讯首批消费券开始发放。")]


def test_rss_feed_input():
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>日报</title>'
        "<item><title>我市发放消费券</title><description>&lt;p&gt;本报讯 首批消费券开始发放。&lt;/p&gt;"
        "</description></item></channel></rss>"
    )
    [story] = segment_text(feed, "feed")
    assert (story.title, story.body) == ("我市发放消费券", "本报讯首批消费券开始发放。")


# ---- property: no body text is lost ------------------------------------------------------------

_SENTENCES = [
    "今年以来，我市重点项目建设克服疫情影响，完成投资八十亿元。",
    "会议要求，各地各部门要紧盯年度目标，抓好项目谋划和要素保障。",
    "消费券分为餐饮、零售、文旅三类，有效期至月底。",
    "市交通运输局相关负责人表示，下一步将继续优化公交线网。",
    "新线路全部采用新能源公交车，早上首班发车，晚上末班收车。",
    "恳谈会上，企业家代表围绕强信心、保增长主题提出意见和建议。",
    "李红阳现任四方集团总工程师，曾获先进科技工作者等荣誉。",
]
_HEADLINES = ["全市重点项目建设推进会召开", "我市发放首批消费券", "城乡公交新线路开通", "优化营商环境 对冲疫情影响",
              "科技工作者获表彰", "龙舟邀请赛举行"]
_BYLINES = ["□记者 颜元滔", "□首席记者 张赤奎", "本报记者 李明 通讯员 陈晓", ""]
# Page furniture, each line with a word no story holds: headers, editor lines, the imprint.
_FURNITURE = [
    ("永康日报 2020年6月5日 星期五", "星期五"),
    ("第2版 综合新闻", "综合新闻"),
    ("A3 | 要闻", "A3"),
    ("责任编辑：周敏  版式：陈红", "周敏"),
    ("本版编辑：王丽 美编：张强 校对：刘洋", "王丽"),
    ("永康日报社地址：永康市金城路 电话：87142000", "87142000"),
    ("社址：永康市金城路188号 邮编：321300 传真：87142001", "321300"),
    ("国内统一连续出版物号 CN33-0123 邮发代号：31-50", "CN33"),
    ("广告许可证：3307844000001 零售价：1.00元", "3307844000001"),
    ("印刷：永康日报印务中心", "印务中心"),
    ("新闻热线：87142111", "87142111"),
]


@st.composite
def _pages(draw):
    """A page of stories set in columns (headline above or below the body, or none),
    with furniture above, between and below them. Returns (page text, body text, the
    words that mark the furniture used)."""
    stories = []
    for _ in range(draw(st.integers(1, 4))):
        paragraphs = draw(st.lists(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=3), min_size=1, max_size=3))
        paragraphs = ["".join(p) for p in paragraphs]
        paragraphs[0] = "本报讯 " + paragraphs[0]
        stories.append((draw(st.sampled_from(_HEADLINES + [""])), draw(st.sampled_from(_BYLINES)), paragraphs,
                        draw(st.booleans())))
    width = draw(st.integers(8, 20))
    blanks = draw(st.lists(st.booleans(), min_size=50, max_size=50))
    furniture = st.lists(st.sampled_from(_FURNITURE), max_size=3)
    used: list[str] = []

    def add_furniture(lines: list[str], max_size: int) -> None:
        for line, marker in draw(furniture)[:max_size]:
            if draw(st.booleans()):
                lines.append("")
            lines.append(line)
            used.append(marker)

    lines: list[str] = []
    add_furniture(lines, 3)
    for n, (headline, byline, paragraphs, headline_after) in enumerate(stories):
        if n:
            add_furniture(lines, 1)
        if headline and not headline_after:
            lines.append(headline)
        if byline:
            lines.append(byline)
        for paragraph in paragraphs:
            set_in_column(lines, paragraph, width, blanks)
        if headline and headline_after:
            lines.append(headline)
    add_furniture(lines, 3)
    body_text = "".join(p for _, _, ps, _ in stories for p in ps)
    return "\n".join(lines) + "\n", body_text, used


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_pages())
def test_segmentation_never_loses_body_text_nor_reads_furniture(page):
    text, body_text, furniture = page
    stories = segment_text(text)
    bodies = "".join(s.body for s in stories)
    assert body_chars(bodies) == body_chars(body_text)  # every body character, exactly once
    assert_each_sentence_read_as_often(bodies, body_text, _SENTENCES)
    everything = re.sub(r"\s", "", "".join(s.kicker + s.title + s.subtitle + s.byline + s.body + "".join(s.items)
                                           for s in stories))
    for marker in furniture:
        assert marker not in everything, marker
    assert all(s.body for s in stories)  # no headline-only story
