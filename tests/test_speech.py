"""Speech text: headline, spoken byline, body; layout leftovers gone; normalized."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audiopaper.ingest import read_edition
from audiopaper.models import Story, StoryKind
from audiopaper.segment import segment_edition
from audiopaper.speech import describe_story, speech_text, spoken_byline, story_record

PAGES = Path(__file__).parent / "fixtures" / "pages"


@pytest.fixture(scope="module")
def sample():
    return segment_edition(read_edition([str(PAGES / "sample_page2.txt")]))


@pytest.mark.parametrize(
    ("byline", "photo", "spoken"),
    [
        ("记者 颜元滔", False, "本报记者颜元滔报道"),
        ("首席记者 张赤奎", False, "本报首席记者张赤奎报道"),
        ("记者 林群心", True, "本报记者林群心摄影"),
        ("记者 李明 通讯员 陈晓", False, "本报记者李明、通讯员陈晓报道"),
        ("新华社记者 张三、李四", False, "新华社记者张三、李四报道"),
        ("金华日报记者 王五", False, "金华日报记者王五报道"),
        ("通讯员 张璐", False, "本报通讯员张璐报道"),
        ("通讯员 方婷 记者 章馨予", False, "本报通讯员方婷、记者章馨予报道"),
        ("见习记者 蒋欣 通讯员 汤晨", False, "本报见习记者蒋欣、通讯员汤晨报道"),
        ("浙江日报记者 刘乐平 本报记者 应蕾", False, "浙江日报记者刘乐平、本报记者应蕾报道"),
        ("文/图 记者 龚艳", False, "本报记者龚艳报道并摄影"),
        ("文/ 记者 王五 图/ 记者 赵六", False, "本报记者王五报道，记者赵六摄影"),
        ("记者 徐晨 实习生 郑雅", False, "本报记者徐晨、实习生郑雅报道"),
        ("本报评论员", False, "本报评论员文章"),
        ("人民日报评论员", False, "人民日报评论员文章"),
        ("記者 梁嘉欣", False, "本報記者梁嘉欣報道"),
        ("楼东林", True, "楼东林摄影"),
        ("新华社南昌4月26日电", False, "新华社南昌4月26日电"),
        ("作者为市园林局规划处处长", False, "作者为市园林局规划处处长"),
        ("新华社记者 张三 新华社北京4月28日电", False, "新华社北京4月28日电，新华社记者张三报道"),
        ("作者系中共中央党校（国家行政学院）教授", False, "作者系中共中央党校（国家行政学院）教授"),
        ("", False, ""),
    ],
)
def test_spoken_bylines(byline, photo, spoken):
    assert spoken_byline(byline, photo=photo) == spoken


def test_article_speech_reads_headline_byline_body(sample):
    lock = next(s for s in sample if s.title.startswith("智能门"))
    text = speech_text(lock)
    lines = text.split("\n")
    assert lines[0] == "智能门锁产业党建联盟成立。"
    assert lines[1] == "推动实现“三个转变”，为产业发展提供组织支撑。"
    assert lines[2] == "本报记者颜元滔报道。"
    assert lines[3].startswith("本报讯，五月二十七日，智能门锁产业")
    assert "生产企业六百五十余家" in text


def test_photo_and_kicker(sample):
    assert speech_text(sample[0]).split("\n")[:2] == ["加入少先队。", "本报记者林群心摄影。"]
    qinqing = speech_text(sample[1]).split("\n")
    assert qinqing[:3] == ["优化营商环境，对冲疫情影响。", "首场“亲清直通车政企恳谈会”举行。", "本报首席记者张赤奎报道。"]


def test_lone_continuation_has_no_invented_headline(sample):
    text = speech_text(sample[5])
    assert text.startswith("接第一版。\n要紧盯重大战略布局")


def test_no_digits_no_layout_marks_and_no_lost_chinese(sample):
    for story in sample:
        text = speech_text(story)
        assert not re.search(r"[0-9□■·]", text), story.title
        source = story.title + story.kicker + story.subtitle + story.body
        for char in set(re.findall(r"[\u4e00-\u9fff]", source)):
            assert char in text, (story.title, char)


def test_classifieds_read_ad_by_ad_with_phone_digits(sample):
    ads = sample[-1]
    lines = speech_text(ads).split("\n")
    assert lines[0] == "分类信息。"
    assert len(lines) == 1 + len(ads.items)
    assert lines[1].startswith("招聘。八四二五号，招会计")
    assert "幺三七七七五三二五二七" in lines[1]
    assert "六三三五五九，七二零幺零七，七四五八二三" in lines[6]
    assert speech_text(ads, include_ads=False) == "分类信息，共十条。"


def test_story_record_and_description(sample):
    record = story_record(sample[1])
    assert set(record) >= {"kind", "title", "subtitle", "byline", "body", "speech"}
    assert record["kind"] == "article" and record["kicker"] == "优化营商环境 对冲疫情影响"
    assert not re.search(r"\d", record["speech"])
    line = describe_story(sample[1])
    assert "article" in line and "首场“亲清直通车·政企恳谈会”举行" in line and "首席记者 张赤奎" in line
    assert "本报讯5月28日" in line and "\n" not in line
    assert "接第1版" in describe_story(sample[5])


def test_brackets_around_longer_asides_stay():
    story = Story(kind=StoryKind.BRIEF, title="", body="本报讯 市气象台（国家基本气象站）发布预警。")
    assert "（国家基本气象站）" in speech_text(story)
