"""Stories whose title was lost, and lines that are no title (issue 8): a title under a block of
classified ads with its writer's bare name under it was read as the last ad; an article-length
story read untitled because the reader took its title for the lead's first line; a writer's bare
name over a story whose title is printed elsewhere was made the title; a lone ） closing a
photo's credit headed the next story. Each page is our own text in the general shape."""

from __future__ import annotations

import pytest

from audiopaper.segment import labeller
from audiopaper.segment.ocr import title_of_untitled_article
from audiopaper.segment.pieces import Body
from segment_support import HEATING_REPORT, labeller_reading, segment_text

_ADS = ["分类广告", "招 聘", "6101 某五金公司招普工 10 名、", "电焊工 2 名，包吃住。", "13857912345", "遗失声明",
        "6103 王某某遗失身份证，号码", "330784199001011234，声明作废。"]
_ESSAY_TITLE = "老屋门前的那棵香樟"
_ESSAY = ["我家老屋门前有一棵香樟，", "是祖父年轻时亲手栽下的。", "夏天的傍晚，一家人在树下", "乘凉吃饭，听祖父讲过去的",
          "故事。后来我离开家乡去城", "里读书，每次回家，远远看", "见那一片浓绿，心里就踏实", "了。如今祖父已经不在了，",
          "香樟却越长越高，枝叶伸过", "了院墙。每年清明回乡，我", "都要在树下站一会儿，摸一", "摸粗糙的树皮，好像又听见",
          "祖父在说话。村里修路时有", "人提议把树砍掉，全村人都", "不同意，路就绕着树修了过", "去。一棵树记得一个村子的",
          "往事，也留住了离家的人对", "故乡的念想。我想，只要香", "樟还在，老屋就还在，家也", "就还在。今年春天，我带着",
          "孩子回到老屋，在香樟树下", "给他讲曾祖父的故事。孩子", "仰着头数树上的鸟窝，数着",
          "数着就笑了。"]
# as wide as the column, no clause mark, its words not the lead's: nothing but the story's length tells it
_WIDE_TITLE = "守住一棵树也守住一村乡愁"
_HEATING_TITLE = "老城区供暖管网改造工程完工"
_BRIEF = ["市图书馆延长周末开放时间", "，周六周日开放至晚上九点", "，方便读者借阅。"]


@pytest.fixture(autouse=True)
def _titles_read_as_prose(monkeypatch):
    # on pages it never saw, the labeller reads such a title, and a writer's name, as prose
    lines = [_ESSAY_TITLE, _WIDE_TITLE, _HEATING_TITLE, "林北征", "蔡翠红", _BRIEF[0], "乡村纪实节目：用镜头助", "力乡村文化振兴",
             "于凌炜", "“肯学肯干，又是革命的”", "延安时期毛泽东对青年的勉励", "史会景", "河北乐亭加强区域化党建工作——",
             "老屋门前，有一棵老香樟"]
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({line: (0.0, 0.01) for line in lines}))


def test_a_title_and_its_writers_name_under_the_ads_head_the_story_not_the_last_ad():
    stories = segment_text("\n".join([*_ADS, "", _ESSAY_TITLE, "林北征", *_ESSAY]))
    essay = next(s for s in stories if s.kind.value != "classifieds")
    ads = next(s for s in stories if s.kind.value == "classifieds")
    assert essay.title == _ESSAY_TITLE
    assert _ESSAY_TITLE not in ads.body and "林北征" not in ads.body


def test_an_article_read_untitled_gets_its_first_line_back_as_its_title():
    stories = segment_text("\n".join([*HEATING_REPORT, "", "记者 王明", "", _WIDE_TITLE, *_ESSAY]))
    assert [s.title for s in stories] == [HEATING_REPORT[0], _WIDE_TITLE]
    assert stories[1].body.startswith("我家老屋门前有一棵香樟")


def test_an_untitled_brief_keeps_its_first_line_in_its_body():
    # briefs run untitled: a short story's first line is no lost title
    stories = segment_text("\n".join([*HEATING_REPORT, "", "记者 王明", "", *_BRIEF]))
    assert stories[-1].title == ""
    assert stories[-1].body.startswith("市图书馆延长周末开放时间")


def test_a_writers_bare_name_over_the_prose_is_a_byline_not_a_title():
    stories = segment_text("\n".join(["蔡翠红", "", *_ESSAY]))
    assert stories[0].title != "蔡翠红"
    assert stories[0].byline == "蔡翠红"
    assert stories[0].body.startswith("我家老屋门前")


def test_a_lone_bracket_closing_a_photos_credit_is_no_title():
    caption = ["形势蕴含事物的发展规律，指引事", "物的前进方向。（记者 于强远 摄", "）"]
    stories = segment_text("\n".join([*caption, HEATING_REPORT[0], "", *HEATING_REPORT[1:]]))
    assert "）" not in [s.title for s in stories]
    assert [s.title for s in stories][-1] == HEATING_REPORT[0]


def test_a_writers_note_glued_to_the_last_sentence_ends_the_story_so_the_next_title_heads_its_own():
    note = ["的能力。（作者系某大学公共", "管理学院教授）"]
    # the next title, as the labeller reads it on pages it never saw: prose
    page = [_ESSAY_TITLE, *_ESSAY[:-1], "就还在。城市治理也要提升", *note, "", _HEATING_TITLE, "林北征", *HEATING_REPORT[1:]]
    stories = segment_text("\n".join(page))
    assert [s.title for s in stories] == [_ESSAY_TITLE, _HEATING_TITLE]
    assert stories[0].body.endswith("教授）")
    assert stories[1].byline == "林北征"


_WIRE_TITLE = ("市委常委会召开会议 研究部署今冬明春城市供暖保障和老旧管网改造工作 审议《关于进一步加强城市"
               "地下管网建设管理的实施意见》《市级重点民生实事项目推进方案》 市委书记主持会议")
_WIRE_LEAD = ["本报讯 市委常委会昨天召开会议，", "研究部署今冬明春城市供暖保障和", "老旧管网改造工作，审议有关文件。",
              "会议指出，城市供暖事关千家万户，", "要把各项保障措施落到实处。"]


def test_a_wire_title_of_several_phrases_on_one_long_line_heads_its_story():
    assert len(_WIRE_TITLE) > 72
    stories = segment_text("\n".join([*HEATING_REPORT, "", _WIRE_TITLE, "记者 王明", *_WIRE_LEAD]))
    assert [s.title for s in stories] == [HEATING_REPORT[0], _WIRE_TITLE]
    assert stories[1].body.startswith("本报讯")


def test_a_long_title_ocr_read_twice_on_its_line_heads_its_story_once():
    title = "市长会见来访的友好城市代表团一行并就深化经贸合作、人文交流和青年往来等议题深入交换意见"
    stories = segment_text("\n".join([*HEATING_REPORT, "", title + title, "记者 王明", *_WIRE_LEAD]))
    assert [s.title for s in stories] == [HEATING_REPORT[0], title]


def test_prose_run_into_one_long_line_is_no_title():
    prose = ("市委常委会昨天召开会议，研究部署今冬明春城市供暖保障和老旧管网改造工作，会议指出，城市供暖事关千家万户，"
             "要把各项保障措施落到实处，确保群众温暖过冬。")
    stories = segment_text("\n".join([*HEATING_REPORT, "", prose, *_WIRE_LEAD]))
    assert all(s.title != prose for s in stories)


def test_a_wrapped_title_and_its_writers_name_read_as_prose_head_the_story():
    title = ["乡村纪实节目：用镜头助", "力乡村文化振兴"]
    lines = [*HEATING_REPORT, "", "记者 王明", "", *title, "", "于凌炜", "", *_ESSAY[:6]]
    stories = segment_text("\n".join(lines))
    assert stories[-1].title == "乡村纪实节目：用镜头助力乡村文化振兴"
    assert stories[-1].byline.startswith("于凌炜")
    assert stories[-1].body.startswith("我家老屋门前")


def test_a_title_its_subtitle_and_its_writers_name_read_as_prose_head_the_story():
    lines = [*HEATING_REPORT, "", "记者 王明", "", "“肯学肯干，又是革命的”", "", "延安时期毛泽东对青年的勉励",
             "史会景", "", *_ESSAY[:6]]
    story = segment_text("\n".join(lines))[-1]
    assert (story.title, story.subtitle) == ("“肯学肯干，又是革命的”", "延安时期毛泽东对青年的勉励")
    assert story.byline.startswith("史会景")


def test_an_untitled_articles_first_line_ending_in_a_dash_is_no_title():
    # a kicker introducing a title the page lost says nothing alone; the title itself is taken
    def first_line_taken(line: str) -> str | None:
        return title_of_untitled_article(Body(pos=0, start="plain", paragraphs=[[line, *_ESSAY]]))

    assert first_line_taken("河北乐亭加强区域化党建工作——") is None
    assert first_line_taken("畅通服务群众最后一百米") == "畅通服务群众最后一百米"


def test_an_untitled_articles_first_line_as_wide_as_its_column_with_a_comma_stays_prose():
    stories = segment_text("\n".join([*HEATING_REPORT, "", "记者 王明", "", "老屋门前，有一棵老香樟", *_ESSAY]))
    assert stories[-1].title == ""


def test_a_speakers_name_over_a_paragraph_inside_a_story_stays_in_that_story():
    # an interview quotes people by name on a line of their own; the story goes on under them. The
    # story has named its speaker (a writer signing the next story is named nowhere near)
    lines = [HEATING_REPORT[0], *HEATING_REPORT[1:], "", "记者在小区里见到了老住户梅葆", "玖。", "", "梅葆玖",
             "对国家要忠，对父母要孝，这是我们家", "代代相传的家风。"]
    stories = segment_text("\n".join(lines))
    assert [s.title for s in stories] == [HEATING_REPORT[0]]
    assert "对国家要忠" in stories[0].body
