"""A late title and the next story's deck read into the next story's prose (issue 8): OCR read a
story's title after its body, and that title and the next story's deck ran on into the next
story's first paragraph, with no title over it. The lines stand off the story's column and close
no sentence: they are a headline run again, which the assignment parts between the two stories.
Our own text; the labeller reads the deck lines as prose, as it does on pages it never saw."""

from __future__ import annotations

from segment_support import labeller_reading, segment_text

from audiopaper.segment import labeller

_FIRST = ["记者 王明", "　　本报讯 全市首批十所", "社区食堂昨日开门迎客，", "老人凭卡就餐可享八折优", "惠。记者在城东社区食堂",
          "看到，午饭时段座无虚席，", "不少老人结伴而来。", "　　据介绍，社区食堂由街", "道统一招标运营，菜价接",
          "受居民监督，年底前将再", "开二十所。", "（相关报道见第三版）"]
_LATE_TITLE = ["首批十所社区食堂开门", "老人就餐有了好去处"]
_NEXT_DECK = ["“湿地候鸟数量创下十年来新高”", "城郊湿地公园发布年度鸟类监测报告"]
_NEXT = ["　　编者按：湿地是候鸟的", "家园，守护湿地就是守护", "候鸟。", "　　本报讯 城郊湿地公园昨", "日发布年度鸟类监测报告，",
         "今年监测到的越冬候鸟数", "量创下十年来新高，其中", "国家一级保护鸟类三种。", "　　报告显示，湿地公园内",
         "的候鸟栖息地面积比去年", "扩大近一成，巡护人员增", "加到四十人。"]


def test_a_late_title_and_the_next_deck_read_as_prose_head_their_stories(monkeypatch):
    deck = _LATE_TITLE + _NEXT_DECK
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({line: (0.0, 0.02) for line in deck}))
    stories = segment_text("\n".join(["", *_FIRST, *deck, *_NEXT]))
    assert [(s.title, s.subtitle) for s in stories] == [tuple(_LATE_TITLE), tuple(_NEXT_DECK)]
    assert stories[0].body.endswith("开二十所。\n（相关报道见第三版）")
    assert stories[1].body.startswith("编者按：湿地是候鸟的家园")


def test_prose_lines_on_the_column_under_a_story_stay_prose(monkeypatch):
    # the same story's second part under the first, its first lines full column width: no title
    second = ["　　社区食堂还开设了老年", "助餐配送服务，行动不便", "的老人可以电话订餐，由", "志愿者送餐上门。"]
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({line: (0.0, 0.02) for line in second}))
    stories = segment_text("\n".join(["", *_FIRST, *second]))
    assert all(not s.title for s in stories)
    assert "志愿者送餐上门。" in stories[-1].body


_SWAP_TITLE = "城郊湿地公园迎来越冬候鸟"
_SWAPPED_ABOVE = ["　　本报讯 入冬以来，城郊", "湿地公园迎来大批越冬候", "鸟，观鸟爱好者纷纷前来", "拍摄。公园管理处提醒游",
                  "客文明观鸟，不要投喂。", ""]
_DECK_INSIDE = ["社区食堂开门迎客", "首批十所社区食堂让老人就餐有了好去处"]
_UNDER = ["全市首批十所社区食堂昨日", "开门迎客，老人凭卡就餐可", "享八折优惠。记者在城东社", "区食堂看到，午饭时段座无",
          "虚席，不少老人结伴而来。据", "介绍，社区食堂由街道统一", "招标运营，菜价接受居民监", "督，年底前将再开二十所。"]


def test_a_deck_read_into_a_body_between_two_stories_heads_the_story_under_it(monkeypatch):
    # the deck wider than the prose on both sides, under a paragraph that closed its sentence
    monkeypatch.setattr(labeller, "label_probabilities",
                        labeller_reading({line: (0.0, 0.02) for line in _DECK_INSIDE}))
    stories = segment_text("\n".join(["", _SWAP_TITLE, *_SWAPPED_ABOVE, *_DECK_INSIDE, *_UNDER]))
    assert len(stories) == 2 and stories[0].title == _SWAP_TITLE
    assert {stories[1].kicker, stories[1].title, stories[1].subtitle} - {""} == set(_DECK_INSIDE)
    assert stories[1].body.startswith("全市首批十所社区食堂昨日开门迎客")
    assert stories[0].body.endswith("不要投喂。")


def test_short_lines_opening_a_paragraph_inside_a_body_stay_prose(monkeypatch):
    # a paragraph opening on lines no wider than the prose: a list or a verse, not a title
    inside = ["一是加装电梯", "二是更新管网", "三是整治背街小巷，居民住得", "更舒心了，老人出行也更方", "便了，小区面貌焕然一新。"]
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({line: (0.0, 0.02) for line in inside[:2]}))
    stories = segment_text("\n".join(["", _SWAP_TITLE, *_SWAPPED_ABOVE, *inside]))
    assert [s.title for s in stories] == [_SWAP_TITLE]
    assert stories[0].body.endswith("焕然一新。")


def test_wide_lines_left_open_inside_a_body_stay_prose(monkeypatch):
    # a sentence set wide over two lines, its last left open (……，/ ……——): prose, not a deck
    opening = ["如果说科技是推动发展的“发动机”，", "那么人文就是把握方向的“方向盘”——"]
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({line: (0.0, 0.02) for line in opening}))
    stories = segment_text("\n".join(["", _SWAP_TITLE, *_SWAPPED_ABOVE, *opening, *_UNDER]))
    assert [s.title for s in stories] == [_SWAP_TITLE]
    assert stories[0].body.endswith("年底前将再开二十所。")
