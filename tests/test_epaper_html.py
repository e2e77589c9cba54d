"""Saved e-paper article pages (数字报 HTML): exactly their one story, none of the page's frame."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from audiopaper.build import read_stories
from audiopaper.errors import SegmentationError
from audiopaper.models import StoryKind

EPAPER = Path(__file__).parent / "fixtures" / "epaper"
EDITION = EPAPER / "html_edition"

# Text of the pages' frames: navigation, pagers, title lists, tools, footers, scripts, styles.
FRAME = ("版面导航", "本版标题", "第02版", "上一篇", "下一篇", "科技工作者走访慰问活动举行", "乡村振兴论坛",
         "市政府召开常务会议", "打印", "关闭窗口", "返回", "版权所有", "Copyright", "ICP", "技术支持", "浏览次数",
         "来源", "脚本里的字", "样式里的字", "追踪代码", "首页", "往期", "地址", "热线", "2024年5月29日", "2024-05-29")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("nothing may be fetched")

    monkeypatch.setattr(socket.socket, "connect", refuse)


def _story(name: str):
    stories = read_stories([str(EDITION / name)])
    assert len(stories) == 1
    return stories[0]


def _spoken(story) -> str:
    return "".join((story.kicker, story.title, story.subtitle, story.byline, story.body))


def test_founder_page_gives_its_story_with_decks_and_byline():
    story = _story("founder_article.html")
    assert (story.kind, story.kicker, story.title, story.subtitle, story.byline) == (
        StoryKind.ARTICLE, "惠民工程提速", "老旧小区改造惠及居民1.2万户", "年内38个小区全部开工", "记者 李明 通讯员 陈晓")
    assert story.body.split("\n") == [
        "本报讯今年我市计划改造老旧小区38个，涉及居民1.2万户。截至5月底，已有20个小区开工建设，完成投资1.6亿元。",
        "据介绍，今年的改造内容包括屋面防水、外墙保温、雨污分流和加装电梯等，改造前都征求了居民的意见。",
        "家住城东小区的王大妈说：“楼道亮了，路也平了，住着舒心多了。”",
        "市住建局相关负责人表示，剩余的18个小区将在年内全部开工，力争年底前完成主体改造。",
    ]
    assert not [frame for frame in FRAME if frame in _spoken(story)]


def test_gbk_page_with_h1_and_title_list_gives_its_story():
    story = _story("h1_article.html")  # saved as GBK
    assert (story.kicker, story.title, story.byline) == ("抓项目 促投资 稳增长", "全市重点项目建设推进会召开", "记者 颜元滔")
    assert story.body.split("\n")[2] == "压实责任加快进度"  # the crosshead stays, as printed
    assert story.body.endswith("确保全年目标任务顺利完成。")
    assert not [frame for frame in FRAME if frame in _spoken(story)]


def test_headline_from_the_title_element_minus_the_site_name():
    story = _story("title_only.html")
    assert story.title == "“五一”假期全市接待游客120万人次"
    assert story.body.startswith("本报讯（记者张华）记者从市文旅局获悉")
    assert story.body.endswith("文明旅游。")
    assert not [frame for frame in FRAME if frame in _spoken(story)]


def test_main_text_without_a_known_container_comes_from_trafilatura(tmp_path):
    page = (EDITION / "title_only.html").read_text(encoding="utf-8").replace('class="content"', 'class="wz-box"')
    path = tmp_path / "saved.htm"
    path.write_text(page, encoding="utf-8")
    story, = read_stories([str(path)])
    assert story.title == "“五一”假期全市接待游客120万人次"
    assert story.body.startswith("本报讯（记者张华）") and story.body.endswith("文明旅游。")
    assert story.body.count("本报讯") == 1
    assert not [frame for frame in FRAME if frame in _spoken(story)]


def test_a_directory_of_saved_pages_is_one_edition_in_name_order():
    stories = read_stories([str(EDITION)])
    assert [(s.page, s.title) for s in stories] == [
        (1, "老旧小区改造惠及居民1.2万户"), (2, "全市重点项目建设推进会召开"), (3, "“五一”假期全市接待游客120万人次")]


def test_a_page_without_article_text_is_refused_in_one_line():
    path = EPAPER / "page_index.html"
    with pytest.raises(SegmentationError) as caught:
        read_stories([str(path)])
    assert str(caught.value) == f"{path}: no article text in this HTML page (an index or navigation page?)"


def test_segment_json_has_the_same_keys_for_html():
    proc = subprocess.run([sys.executable, "-m", "audiopaper", "segment", "--json", str(EDITION / "h1_article.html")],
                          capture_output=True)
    assert proc.returncode == 0, proc.stderr.decode()
    story, = json.loads(proc.stdout)
    text_proc = subprocess.run([sys.executable, "-m", "audiopaper", "segment", "--json",
                                str(Path(__file__).parent / "fixtures" / "pages" / "sample_page2.txt")],
                               capture_output=True)
    assert set(story) == set(json.loads(text_proc.stdout)[0])
    assert story["speech"].startswith("抓项目，促投资，稳增长。\n全市重点项目建设推进会召开。\n本报记者颜元滔报道。")
