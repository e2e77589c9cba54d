"""The trained deck reader (`segment/decks.py`): which lines of a headline block are the
kicker, the main title and the subtitle."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audiopaper.ingest import read_edition
from audiopaper.segment import decks, headlines, segment_edition

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _headlines(name: str) -> list[tuple[str, str, str]]:
    stories = segment_edition(read_edition([str(PAGES / name)]))
    return [(s.kicker, s.title, s.subtitle) for s in stories]


def test_shipped_deck_model_is_read():
    model = decks.load_model()
    assert model is not None, "deck_model.json missing or fitted on other features: run tools/segdev/train_decks.py"
    assert len(model.weights) == len(decks.FEATURES)
    assert 0.5 < model.overrule <= 1


def test_a_kicker_that_restates_the_lead_is_not_the_title():
    # 考前一周减少外出聚集 is a clause of the lead; the line under it names who did what
    assert _headlines("deck_kicker_from_lead.txt")[0] == (
        "考前一周减少外出聚集", "教育部发布今年高考防疫提示 各地考点增设备用考场", "")


def test_the_model_overrules_the_rules_where_it_is_sure(monkeypatch):
    # the rules made to take the lead's clause for the title, as they did before the labeller
    # was retrained: the model still reads the deck right, so it is the model that decides
    rules_deck = headlines._rules_deck

    def kicker_as_title(units, scorer, b):
        rules = rules_deck(units, scorer, b)
        return headlines.Headline(title=rules.kicker, subtitle=rules.title) if rules.kicker else rules

    monkeypatch.setattr(headlines, "_rules_deck", kicker_as_title)
    assert _headlines("deck_kicker_from_lead.txt")[0] == (
        "考前一周减少外出聚集", "教育部发布今年高考防疫提示 各地考点增设备用考场", "")
    monkeypatch.setattr(headlines.decks, "load_model", lambda: None)
    assert _headlines("deck_kicker_from_lead.txt")[0][1] == "考前一周减少外出聚集"


@pytest.mark.parametrize(("texts", "first_titles"), [
    (["引题", "主题", "——副题"], {0, 1}),
    (["——副题", "主题"], {1}),
])
def test_a_line_opening_with_a_dash_never_starts_the_title(texts, first_titles):
    lines = [decks.DeckLine(text) for text in texts]
    assert {cut.kicker for cut in decks.cuts(lines)} == first_titles


def test_cut_of_finds_the_reading_that_gives_a_headline():
    lines = [decks.DeckLine(text) for text in ("聚焦高质量发展", "我市召开", "民营经济发展大会", "——总投资超30亿元")]
    assert decks.cut_of(lines, "聚焦高质量发展", "我市召开民营经济发展大会") == decks.Cut(1, 3)
    assert decks.cut_of(lines, "", "聚焦高质量发展 我市召开") == decks.Cut(0, 2)
    assert decks.cut_of(lines, "", "不在此处") is None


def test_model_file_is_small_and_plain_json():
    data = json.loads(decks.MODEL_PATH.read_text(encoding="utf-8"))
    assert decks.MODEL_PATH.stat().st_size < 1_000_000
    assert data["features"] == list(decks.FEATURES)


def test_a_clause_of_the_lead_is_told_from_a_name_inside_one():
    # a kicker or subtitle restating the lead stands there between clause marks; the title's
    # subject named again inside a clause (塔石體育館 / 完成優化工程重開) is no such line
    lead = "體育局轄下的塔石體育館經過半年優化工程，於5月28日重新開放，新增室內攀岩場。"
    assert not decks._whole_clause("塔石體育館", lead)
    assert decks._whole_clause("新增室內攀岩場", lead)
    assert decks._whole_clause("於5月28日重新開放", lead)
    assert decks._whole_clause("郭诗刚报道", "（记者 郭诗刚）郭诗刚报道，今天")  # after an aside


def test_a_wrapped_title_s_last_characters_on_a_line_of_their_own_end_the_title():
    [works, canteen] = segment_edition(read_edition([str(PAGES / "title_tail_on_its_own_line.txt")]))
    assert (works.kicker, works.title.replace(" ", ""), works.subtitle) == (
        "", "城东片区三条背街小巷完成改造与老街区夜间照明工程同步投入使用", "年底前再改造十二条")
    assert canteen.title == "社区食堂开出第五家"
    # the rules alone: a short line closing the block (or over a dash subtitle only) goes on the title
    assert headlines._title_tail("古諮會主席：聽到公眾響亮聲音 政府物業無迫切列", "暫定古蹟", [])
    assert headlines._title_tail("神舟二十二号飞船发射圆满成功与空间站组合体完成自主快速", "交会对接", ["——飞船入轨后"])
    assert not headlines._title_tail("将令国家陷入无可挽回的危机", "日本各界", ["批评高市早苗错误言行"])  # a title's start
    assert not headlines._title_tail("开展安全大检查。", "权威访谈", [])  # a sentence ended: not wrapped


def test_a_line_the_lead_says_as_a_whole_clause_is_no_title(monkeypatch):
    # 居民夜间出行不再摸黑 is a clause of the lead, set over the title as its kicker
    want = ("居民夜间出行不再摸黑", "城东片区三条背街小巷完成改造", "")
    assert _headlines("deck_clause_of_the_lead.txt")[0] == want
    monkeypatch.setattr(headlines.decks, "load_model", lambda: None)
    assert _headlines("deck_clause_of_the_lead.txt")[0] == want  # the rules alone read it so too
