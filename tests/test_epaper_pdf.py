"""E-paper PDF pages: stories rebuilt from the text layer's geometry (pages set by
`epaper_support` with reportlab's built-in CID font STSong-Light)."""

from __future__ import annotations

import datetime as dt
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from epaper_support import (
    CONTENT_TOP,
    Article,
    PageSpec,
    Placement,
    empty_pdf,
    module_height,
    render_page,
    scanned_pdf,
)
from mutagen.id3 import ID3

from audiopaper.build import BuildOptions, build_edition, read_stories
from audiopaper.engines.fake import FakeEngine
from audiopaper.errors import SegmentationError
from audiopaper.models import StoryKind
from audiopaper.pagetext import squeeze

ROADS = Article(
    title="全市重点项目建设推进会召开",
    kicker="抓项目 促投资 稳增长",
    byline="记者 颜元滔",
    paragraphs=(
        "本报讯 5月28日，全市重点项目建设推进会召开。会议听取了各地重点项目推进情况汇报，分析当前形势，部署下一阶段工作。",
        "会议指出，今年以来，全市上下坚持项目为王，重点项目建设总体呈现开工早、进度快、投资稳的良好态势，一季度完成投资86.5亿元。",
        "会议要求，各地各部门要进一步增强紧迫感和责任感，全力以赴抓项目、促投资、稳增长，确保全年目标任务顺利完成。",
        "会议强调，要强化要素保障，优化审批服务，帮助企业解决用地、用工、融资等方面的难题。",
    ),
    crossheads=((2, "压实责任 加快进度"),),
)
SCIENCE = Article(
    title="科技工作者走访慰问活动举行",
    subtitle="用科技为经济社会发展赋能",
    paragraphs=(
        "本报讯 昨天上午，市领导走访慰问科技工作者，向他们致以节日的问候，并送上慰问品。",
        "市领导希望广大科技工作者继续发挥聪明才智，勇攀科技高峰，为经济社会高质量发展贡献力量。",
        "座谈中，科技工作者代表表示，将立足岗位，潜心研究，努力把论文写在大地上。",
    ),
    title_size=18.0,
)
HOMES = Article(
    title="老旧小区改造惠及居民1.2万户",
    byline="记者 李明 通讯员 陈晓",
    paragraphs=(
        "本报讯 今年我市计划改造老旧小区38个，涉及居民1.2万户。截至5月底，已有20个小区开工建设。",
        "据介绍，今年的改造内容包括屋面防水、外墙保温、雨污分流和加装电梯等，改造前都征求了居民的意见。",
    ),
    title_size=22.0,
)
MARKET = Article(
    title="夜市重新开张",
    paragraphs=("本报讯 停业半年的城南夜市昨晚重新开张，两百多个摊位吸引了大批市民。摊主们说，生意比预想的好。",),
    title_size=18.0,
)


def _front_page() -> PageSpec:
    """4 stories on a 5-column grid: two modules side by side, one across the page, one narrow."""
    top = CONTENT_TOP
    first_row = [Placement(ROADS, 0, 3, top), Placement(SCIENCE, 3, 2, top)]
    second_top = top + max(module_height(p) for p in first_row) + 12
    second_row = [Placement(HOMES, 0, 4, second_top), Placement(MARKET, 4, 1, second_top)]
    return PageSpec(1, first_row + second_row)


def _body(article: Article, *extra: str) -> str:
    heads = dict(article.crossheads)
    paragraphs = []
    for n, text in enumerate(article.paragraphs + extra):
        if n in heads:
            paragraphs.append(squeeze(heads[n]))
        paragraphs.append(squeeze(text))
    return "\n".join(paragraphs)


def _write(folder: Path, *pages: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n, data in enumerate(pages, start=1):
        (folder / f"page{n}.pdf").write_bytes(data)
    return folder


@pytest.mark.parametrize("order", ["reading", "shuffled", "reversed"])
def test_five_column_page_comes_out_story_by_story_whatever_the_drawing_order(tmp_path, order):
    folder = _write(tmp_path, render_page(_front_page(), drawing_order=order, seed=5))
    stories = read_stories([str(folder)])

    assert [(s.kicker, s.title, s.subtitle, s.byline) for s in stories] == [
        ("抓项目 促投资 稳增长", "全市重点项目建设推进会召开", "", "记者 颜元滔"),
        ("", "科技工作者走访慰问活动举行", "用科技为经济社会发展赋能", ""),
        ("", "老旧小区改造惠及居民1.2万户", "", "记者 李明 通讯员 陈晓"),
        ("", "夜市重新开张", "", ""),
    ]
    assert [s.body for s in stories] == [_body(a) for a in (ROADS, SCIENCE, HOMES, MARKET)]
    assert all(s.kind is StoryKind.ARTICLE for s in stories[:3])


def test_page_furniture_never_reaches_a_story(tmp_path):
    folder = _write(tmp_path, render_page(_front_page(), drawing_order="shuffled"))
    text = "".join(s.title + s.subtitle + s.kicker + s.byline + s.body for s in read_stories([str(folder)]))
    for furniture in ("江南日报", "星期三", "第1版", "要闻", "责任编辑", "美编", "校对"):
        assert furniture not in text


def test_a_story_jumping_to_page_two_is_stitched(tmp_path):
    rest = ("改造完成后，小区将引入物业服务，建立长效管理机制，让居民住得更舒心。",
            "市住建局相关负责人表示，剩余的18个小区将在年内全部开工。")
    jumping = Article(HOMES.title, HOMES.paragraphs, byline=HOMES.byline, jump_to=2, title_size=22.0)
    page1 = PageSpec(1, [Placement(ROADS, 0, 3, CONTENT_TOP), Placement(jumping, 3, 2, CONTENT_TOP)])
    continued = Article(HOMES.title, rest, jump_from=1, title_size=16.0)
    page2 = PageSpec(2, [Placement(MARKET, 0, 2, CONTENT_TOP), Placement(continued, 2, 3, CONTENT_TOP)],
                     section="综合新闻")
    folder = _write(tmp_path, render_page(page1, drawing_order="shuffled", seed=1),
                    render_page(page2, drawing_order="shuffled", seed=2))

    stories = read_stories([str(folder)])

    assert [s.title for s in stories] == [ROADS.title, HOMES.title, MARKET.title]
    homes = stories[1]
    assert homes.body == _body(HOMES, *rest)
    assert "下转" not in homes.body and "上接" not in homes.body
    assert (homes.page, homes.byline) == (1, "记者 李明 通讯员 陈晓")


def test_an_unmatched_jump_keeps_its_marker(tmp_path):
    jumping = Article(HOMES.title, HOMES.paragraphs, jump_to=3)
    folder = _write(tmp_path, render_page(PageSpec(1, [Placement(jumping, 0, 5, CONTENT_TOP)])))
    story, = read_stories([str(folder)])
    assert story.body.endswith("（下转第3版）")


def test_photo_caption_is_a_photo_story_and_an_ad_is_left_out(tmp_path):
    photo = Article("", (), photo_caption="5月28日，城东街道的市民在新建成的口袋公园里休闲健身。（记者 林群心 摄）")
    ad = Article("", (), ad_lines=("江南家电城", "五一特惠 全场八折", "以旧换新 送货上门", "订购热线：0571-8765 4321"))
    page = PageSpec(1, [Placement(MARKET, 0, 3, CONTENT_TOP), Placement(photo, 3, 2, CONTENT_TOP),
                        Placement(ad, 0, 2, CONTENT_TOP + 300)])
    folder = _write(tmp_path, render_page(page, drawing_order="shuffled"))

    stories = read_stories([str(folder)])

    assert [(s.kind, s.title) for s in stories] == [(StoryKind.ARTICLE, MARKET.title), (StoryKind.PHOTO, "")]
    assert stories[1].body == "5月28日，城东街道的市民在新建成的口袋公园里休闲健身。"
    assert stories[1].byline == "记者 林群心"
    assert not any("热线" in s.body or "家电" in s.body for s in stories)


@pytest.mark.parametrize(("name", "data"), [("scanned.pdf", scanned_pdf()), ("empty.pdf", empty_pdf())])
def test_a_pdf_without_a_text_layer_is_refused_in_one_line(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SegmentationError) as caught:
        read_stories([str(path)])
    assert str(caught.value) == f"{path}: no text layer: OCR it first"

    proc = subprocess.run([sys.executable, "-m", "audiopaper", "segment", str(path)], capture_output=True)
    assert proc.returncode != 0
    assert proc.stderr.decode().strip().splitlines()[-1] == f"audiopaper: error: {path}: no text layer: OCR it first"
    assert "Traceback" not in proc.stderr.decode()


def test_a_broken_pdf_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n")
    with pytest.raises(SegmentationError, match=rf"^{path}: (not a readable PDF|no text layer)"):
        read_stories([str(path)])


def test_segment_json_has_the_same_keys_for_a_pdf(tmp_path):
    folder = _write(tmp_path, render_page(_front_page()))
    proc = subprocess.run([sys.executable, "-m", "audiopaper", "segment", "--json", str(folder)], capture_output=True)
    assert proc.returncode == 0, proc.stderr.decode()
    stories = json.loads(proc.stdout)
    text_proc = subprocess.run([sys.executable, "-m", "audiopaper", "segment", "--json",
                                str(Path(__file__).parent / "fixtures" / "pages" / "sample_page2.txt")],
                               capture_output=True)
    assert set(stories[0]) == set(json.loads(text_proc.stdout)[0])
    assert stories[0]["speech"].startswith("抓项目，促投资，稳增长。\n全市重点项目建设推进会召开。")


def test_build_reads_pdf_pages_without_the_network(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("nothing may be fetched")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    folder = _write(tmp_path / "pages", render_page(_front_page(), drawing_order="shuffled"))
    options = BuildOptions(inputs=(str(folder),), out_dir=tmp_path / "out", date=dt.date(2024, 5, 29),
                           engine="offline", paper="江南日报")
    build_edition(options, engines={"kokoro": FakeEngine()})
    episode = tmp_path / "out" / "episodes" / "2024-05-29" / "episode.mp3"
    chapters = sorted(ID3(episode).getall("CHAP"), key=lambda frame: frame.start_time)
    assert [c.sub_frames["TIT2"].text[0] for c in chapters][1:-1] == [
        ROADS.title, SCIENCE.title, HOMES.title, MARKET.title]
