"""A body under a late title (issue 8): OCR read a story's title below the start of its story, so
the story's first paragraphs ran on in the body of the story above. The body is cut where its words
turn from the title above to the title below. Each page is our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

_UPPER_TITLE = "全市老旧小区加装电梯工作全面提速"
_UPPER = ["本报讯 记者从市住建局获悉，今年以来全市老旧小区加装电梯工作全面提速，",
          "已有一百二十部电梯完成加装并投入使用。住建部门简化了审批流程，",
          "居民从提出申请到电梯开工最短只需四十天。",
          "市住建局有关负责人表示，下一步将继续加大老旧小区加装电梯的补贴力度，",
          "让更多老年居民告别爬楼之苦。"]
_LOWER_TITLE = "城郊湿地公园迎来越冬候鸟"
_LOWER = ["入冬以来，城郊湿地公园迎来大批越冬候鸟，白鹭、灰鹤和野鸭在湿地公园的",
          "浅滩上觅食嬉戏，吸引了不少市民前来观鸟拍照。",
          "湿地公园管理处工作人员介绍，公园今年新增了三处候鸟观测点，",
          "并安排专人巡护，提醒游客文明观鸟，不要投喂和惊扰候鸟。"]
_NEXT_TITLE = "图书馆推出夜间阅读服务"
_NEXT = ["本报讯 市图书馆从本月起推出夜间阅读服务，每周五和周六延长开放至晚上十点，",
         "方便上班族下班后前来借阅图书。"]


def test_the_first_paragraphs_of_a_story_whose_title_came_out_below_them_go_to_that_title():
    text = "\n".join(["", _UPPER_TITLE, "", *_UPPER, *_LOWER, "", _LOWER_TITLE, "", _NEXT_TITLE, "", *_NEXT])
    stories = segment_text(text)
    assert [s.title for s in stories] == [_UPPER_TITLE, _LOWER_TITLE, _NEXT_TITLE]
    assert stories[0].body.endswith("让更多老年居民告别爬楼之苦。")
    assert stories[1].body.startswith("入冬以来，城郊湿地公园迎来大批越冬候鸟")
    assert stories[1].body.endswith("不要投喂和惊扰候鸟。")


def test_a_body_whose_later_paragraphs_still_speak_the_upper_titles_words_stays_whole():
    # the paragraphs that share the lower title's words name the upper title's subject too: one
    # story that goes on to the birds of the park, not the start of another
    birds = ["老旧小区加装电梯工作全面提速之后，城郊湿地公园迎来大批越冬候鸟，加装了电梯的",
             "老年居民也能下楼去湿地公园观鸟拍照了。"]
    text = "\n".join(["", _UPPER_TITLE, "", *_UPPER, *birds, "", _LOWER_TITLE, "", _NEXT_TITLE, "", *_NEXT])
    stories = segment_text(text)
    assert stories[0].title == _UPPER_TITLE
    assert stories[0].body.endswith("老年居民也能下楼去湿地公园观鸟拍照了。")


def test_no_cut_when_the_title_above_shares_no_words_with_the_body():
    # nothing says where the upper title's story would end: the body is left whole
    text = "\n".join(["", "冬日暖阳", "", *_UPPER, *_LOWER, "", _LOWER_TITLE, "", _NEXT_TITLE, "", *_NEXT])
    stories = segment_text(text)
    whole = next(s for s in stories if "告别爬楼之苦" in s.body)
    assert "越冬候鸟" in whole.body


# Shapes under a body that look like a late title but head no story (issue 8): the body stays whole.
_APPEAL = ["本报呼吁：读者如支持本报的深度报道，欢迎捐款支持本报记者的采访工作，",
           "款项可直接存入本报出版有限公司的银行户口。"]
_APPEAL_RUN = ["直接存入本报出版有限公司的银行户口", "户口号码：747-027688-838"]
_KICKER_QUOTING_LEAD = "湿地公园迎来大批越冬候鸟"


def _page(lower_lines: list[str], run: list[str]) -> str:
    return "\n".join(["", _UPPER_TITLE, "", *_UPPER, *lower_lines, "", *run, "", _NEXT_TITLE, "", *_NEXT])


def test_an_appeal_with_an_account_number_under_the_body_is_not_a_late_title():
    stories = segment_text(_page(_APPEAL, _APPEAL_RUN))
    assert stories[0].title == _UPPER_TITLE
    assert "本报呼吁" in stories[0].body


def test_a_kicker_quoting_its_storys_lead_word_for_word_still_heads_that_story():
    # a deck line the body repeats is no pull quote when it stands over the late title
    stories = segment_text(_page(_LOWER, [_KICKER_QUOTING_LEAD, _LOWER_TITLE]))
    assert stories[0].body.endswith("让更多老年居民告别爬楼之苦。")
    assert _LOWER_TITLE in stories[1].title  # (read here with the kicker as one title)
    assert stories[1].body.startswith("入冬以来，城郊湿地公园迎来大批越冬候鸟")
