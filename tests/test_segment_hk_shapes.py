"""Shapes of Hong Kong (traditional-script) articles: commentary titles that ask or exclaim,
heads set over indented paragraphs."""

from __future__ import annotations

import pytest

from segment_support import labeller_reading

from audiopaper.models import Edition, Page
from audiopaper.segment import labeller
from audiopaper.segment import patterns as p
from audiopaper.segment import segment_edition
from audiopaper.segment.ocr import reading_of_page
from audiopaper.segment.pieces import HeadlineRun
from audiopaper.segment.script_view import ScriptView


def _stories(lines: list[str]):
    return segment_edition(Edition((Page("<test>", 1, "\n".join(lines)),)))


_NEXT_STORY = [
    "",
    "社區會堂下月重開",
    "本報訊 大埔社區會堂完成翻新工程，",
    "下月一日重開，設有多用途禮堂及活",
    "動室，市民可於網上預約使用。",
]


def test_deck_under_a_title_that_asks_is_its_subtitle():
    # Before: the question was a headline run of its own, left with no body, and the deck
    # line under it was taken as the title.
    page = [
        "天水圍街市為何總是冷清？",
        "租金高企 商戶捱不住相繼離場",
        "天水圍街市近年空置率持續上升，不少",
        "商戶表示租金太高，人流又少，生意難",
        "做。有街坊指，區內超市林立，街市的",
        "價錢已無優勢，年輕一代亦少到街市買",
        "菜。區議員建議當局減租，並增設小食",
        "攤檔吸引人流。",
    ] + _NEXT_STORY
    market, hall = _stories(page)
    assert (market.title, market.subtitle) == ("天水圍街市為何總是冷清？", "租金高企 商戶捱不住相繼離場")
    assert market.body.startswith("天水圍街市近年空置率")
    assert hall.title == "社區會堂下月重開"


_HARBOUR_REPORT = [
    "維港渡輪加密班次",
    "　　渡輪公司昨日宣布，由下月起加密",
    "中環至尖沙咀航線班次，繁忙時間每六",
    "分鐘一班，並增設夜間航班。公司表示",
    "，乘客量已回升至疫情前八成。",
]


def test_line_over_an_indented_paragraph_is_no_line_of_its_prose():
    # Before: the head was read as the first line of the indented paragraph under it.
    page = _HARBOUR_REPORT + [
        "乘客盼新班次開辦後票價維持不變",
        "　　有乘客表示，新班次方便上班，但",
        "希望票價維持不變。渡輪公司稱暫無加",
        "價計劃。",
    ] + _NEXT_STORY
    ferry, hall = _stories(page)
    assert ferry.title == "維港渡輪加密班次"
    assert "\n乘客盼新班次開辦後票價維持不變\n有乘客表示" in ferry.body
    assert hall.title == "社區會堂下月重開"


def test_question_title_broken_over_two_lines_is_one_title():
    # Before: the first line was read as prose, or as a kicker over the question's tail.
    page = [
        "屯門公路今年會",
        "再擴闊嗎？",
        "記者 陳大文",
        "運輸署表示，屯門公路擴闊工程的研究已",
        "完成，但仍要諮詢區議會，未有動工日期。",
        "有司機指，繁忙時間塞車情況嚴重，希望",
        "當局盡快落實工程，以免每日塞足一小時。",
    ] + _NEXT_STORY
    road, hall = _stories(page)
    assert (road.kicker, road.title) == ("", "屯門公路今年會再擴闊嗎？")
    assert road.body.startswith("運輸署表示")
    assert hall.title == "社區會堂下月重開"


_FARES = "長者乘車優惠為何至今只限港鐵和巴士？"  # a title that asks, as wide as the column


@pytest.mark.parametrize("above, under, opening", [
    (["（編輯 李明）"], ["本報記者 黃小玲", "政府推出兩元乘車優惠多年，但不少長者"], "政府推出"),  # a closed story, a byline
    ([""], ["新華社香港5月2日電（撰文：陳小明", "）政府推出兩元乘車優惠多年，但不少長者"], "新華社香港"),  # set apart, a dateline
])
def test_question_title_as_wide_as_the_column(above, under, opening):
    # Before: a line that fills the column and asks was read as the story above's last words
    # unless nothing at all was above it.
    page = _HARBOUR_REPORT + above + [_FARES] + under + [
        "指小輪及紅色小巴仍未納入計劃，出入離",
        "島區及新界偏遠地區要多付車費。有團體",
        "要求當局盡快檢討，擴大計劃覆蓋範圍。",
    ]
    ferry, fares = _stories(page)
    assert ferry.title == "維港渡輪加密班次"
    assert fares.title == _FARES
    assert fares.body.startswith(opening)


def test_title_that_exclaims_after_the_ads_is_no_ad():
    # Before: the ads took the title (its ！ read as an ad's sentence end) and the story kept
    # only its subtitle.
    page = [
        "分類廣告",
        "招聘",
        "7311誠聘倉務員，月薪面議。",
        "電話：23456789",
        "",
        "小販夜市重開了！",
        "——街坊盼人流回升帶旺生意",
        "本報訊 深水埗夜市昨晚重開，一連三",
        "個月逢周末營業，設有六十個攤位。不",
        "少街坊帶同家人到場，小販表示生意比",
        "預期好，希望人流可以持續回升。",
    ]
    market = next(s for s in _stories(page) if s.kind.value != "classifieds")
    assert (market.title, market.subtitle) == ("小販夜市重開了！", "街坊盼人流回升帶旺生意")
    assert market.body.startswith("本報訊")


@pytest.mark.parametrize("line", ["中國組記者何家明", "港聞組記者 李思敏", "財經組實習記者 張詠欣"])
def test_reporter_of_a_desk_is_a_byline(line):
    # Before: the desk before 記者 (中國組) hid the credit, and it was read as a story's title.
    assert p.is_byline(line)


@pytest.mark.parametrize("line", ["專案組記者會上表示，", "小組討論", "該組記者"])
def test_a_desk_named_in_prose_is_no_byline(line):
    assert not p.is_byline(line)


_SERIES_END = [
    "鐵路發展系列：（二）過海隧道",
    "撰文：林一",
    "紅磡海底隧道通車後，過海交通大為改善，但",
    "繁忙時間仍然擠塞。那麼，第二條過海隧道又",
    "是怎樣誕生的？（待續）",
]


def test_end_mark_after_the_last_words_closes_the_story_for_the_next_title():
    # Before: ……誕生的？（待續） was read as an unfinished sentence and took the next title in.
    page = _SERIES_END + [
        "",
        "舊樓維修要找誰?",
        "□見習記者 趙小英",
        "",
        "新華社香港3月2日電 不少舊樓業主收到屋宇署",
        "的維修令後不知所措，有團體建議政府設立一",
        "站式諮詢中心，協助業主招標及監察工程。",
    ]
    series, repairs = _stories(page)
    assert series.body.endswith("是怎樣誕生的？（待續）")
    assert repairs.title == "舊樓維修要找誰?"
    assert repairs.body.startswith("新華社香港3月2日電")


def test_question_set_apart_under_another_storys_title_heads_its_own_story():
    # Before: right under a photo's title, the question was read as an untitled story's prose and
    # its subtitle taken for the title of the story below.
    page = [
        "山城日報 2021年5月3日 星期一",
        "第2版 港聞",
        "責任編輯：李文",
        "市民在海濱長廊欣賞日",
        "落，不少人拿出手機拍",
        "",
        "照留念。張小明攝",
        "海濱長廊日落美景吸引市民打卡 攝影愛好者：比維港更好影",
        "",
        "大嶼山填海計劃值得推行嗎？",
        "經過多年諮詢 政府終於公布填海細節",
        "撰文： 何大明",
        "",
        "政府昨日公布大嶼山填海計劃的細節，預計",
        "造地一千公頃，提供住宅單位二十萬個，但",
        "環保團體批評計劃影響海洋生態，要求當局",
        "重新評估。",
    ]
    photo, land = _stories(page)
    assert photo.title == "海濱長廊日落美景吸引市民打卡 攝影愛好者：比維港更好影"
    assert (land.title, land.subtitle) == ("大嶼山填海計劃值得推行嗎？", "經過多年諮詢 政府終於公布填海細節")
    assert land.body.startswith("政府昨日公布")


def test_question_under_its_kicker_over_a_credit_is_read_in_the_deck(monkeypatch):
    # Before: the question under the kicker was read as a story's only paragraph, and 撰文：X as
    # that story's closing credit (the labeller unsure of the question, as on pages it never saw).
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading({"上车盘还会再跌吗？": (0.1, 0.5)}))
    page = _HARBOUR_REPORT + [
        "陳大文 2021/3/2",  # the story above signed and dated
        "",
        "樓市觀察",
        "上車盤還會再跌嗎？",
        "撰文：陳家樂",
        "",
        "近月樓價連跌，不少年輕人想趁機上車，但",
        "銀行收緊按揭，首期門檻仍高。有代理指，",
        "細價樓成交仍然活躍，業主議價空間有限。",
    ]
    view = ScriptView("\n".join(page))
    runs = [[line.text for line in piece.lines] for piece in reading_of_page(view.text, view.traditional_lines).pieces
            if isinstance(piece, HeadlineRun)]
    assert any(run[-2:] == ["楼市观察", "上车盘还会再跌吗？"] for run in runs)
    homes = _stories(page)[-1]
    assert homes.title.endswith("上車盤還會再跌嗎？")  # the deck reader says whether 樓市觀察 is its kicker
    assert homes.body.startswith("近月樓價連跌")


@pytest.mark.parametrize("credit, question, under, subtitle", [
    (["特約記者 王小明 通訊員", "李大文 文／圖"], "網購平台應否為假貨負責，你又點睇？",
     ["——消委會接獲的投訴去年增加三成", "消委會表示，去年接獲的網購投訴增加三成，"], "消委會接獲的投訴去年增加三成"),
    (["記者林小文"], "區議員如何準備地區論壇？", ["編者按", "本報綜合消息每月舉行的地區論壇讓居民"], ""),
])
def test_question_over_a_subtitle_or_an_editors_note_is_a_title_even_under_a_credit(credit, question, under, subtitle):
    # Before: under the story above's credit, read as a byline, the question was read as prose.
    page = _HARBOUR_REPORT + credit + ["", question] + under + [
        "直接質詢區議員，不少議員都會提早準備講稿，",
        "並預先收集街坊意見。",
    ]
    story = _stories(page)[-1]
    assert (story.title, story.subtitle) == (question, subtitle)
    assert story.body.startswith(p.squeeze(under[-1] if subtitle else under[0])[:3])


_FERRY_IN_ITS_COLUMN = [  # thirteen characters a line
    "渡輪公司加密班次",
    "　　渡輪公司昨日宣布，由下",
    "月起加密中環至尖沙咀航線的",
    "班次，繁忙時間每六分鐘一班",
    "，並增設夜間航班。公司表示",
    "乘客量已回升至疫情前八成，",
    "新班次開辦後票價維持不變。",
]


def _after_the_ferry(lines: list[str]):
    """The ferry story, whole, and the one story the lines under it make."""
    ferry, story = _stories(_FERRY_IN_ITS_COLUMN + lines)
    assert ferry.body.endswith("票價維持不變。")
    return ferry, story


def test_lone_line_in_the_column_of_the_prose_around_it_stays_a_crosshead():
    page = _FERRY_IN_ITS_COLUMN + [
        "乘客盼票價不變",
        "　　有乘客表示，新班次方便",
        "上班，但希望票價維持不變，",
        "渡輪公司則稱暫時未有加價計",
        "劃，會繼續留意營運成本，並",
        "適時檢討各航線的票價水平。",
    ]
    (ferry,) = _stories(page)
    assert "\n乘客盼票價不變\n有乘客表示" in ferry.body


@pytest.mark.parametrize("credit", [["文／記者 陳大文 圖／記者 李小明"], ["文／記者 陳大文 圖／記者 李", "小明"]])
def test_slash_credit_under_a_finished_sentence_closes_the_story_above(credit):
    # Before: the credit was read as the byline of the story under it.
    ferry, hall = _after_the_ferry(credit + _NEXT_STORY)
    assert ferry.byline.startswith("文/ 記者 陳大文")
    assert hall.title == "社區會堂下月重開"
    assert "陳大文" not in hall.byline


@pytest.mark.parametrize("under, title, opening", [
    pytest.param([
        "郊野公園新增露營地點",
        "　　漁農自然護理署昨日表示，今",  # fifteen characters a line: another story's column
        "年將於西貢及大嶼山增設三個露營",
        "地點，合共提供約二百個營位，並",
        "會加強巡查，確保營友遵守規則，",
        "不會留下垃圾。署方又提醒市民出",
        "發前留意天氣預測，注意安全。",
    ], "郊野公園新增露營地點", "漁農自然護理署", id="lone_line_between_columns_of_different_measures"),
    pytest.param([
        "留在家好、抑或外出更好？留在家好、抑或外出更好？",
        "本報記者 陳大文",
        "疫情緩和，不少照顧者都表示可",
        "以放膽帶家人外出走動，但也有",
        "家人擔心長者出外會感染病毒。",
    ], "留在家好、抑或外出更好？", "疫情緩和", id="question_title_read_twice_on_its_line"),
])
def test_title_under_a_finished_story_heads_a_new_story(under, title, opening):
    # Before: the lone line between columns was read as a crosshead of the ferry story, the camp story
    # merged into it; the question read twice, two question marks on its line, was read as prose.
    _, story = _after_the_ferry(under)
    assert story.title == title
    assert story.body.startswith(opening)


@pytest.mark.parametrize("byline", ["眾新聞記者", "記者 陳大文"])
def test_byline_said_again_under_a_jump_mark_stays_in_the_continued_story(byline):
    # Before: the byline ended the continuation, whose text became a story of its own with no jump.
    page = [
        "（緊接2版）",
        byline,
        "渡輪公司又表示，新班次開辦後票價",
        "維持不變，並會留意乘客意見。",
    ] + _NEXT_STORY
    ferry, hall = _stories(page)
    assert ferry.continued_from == 2
    assert ferry.body.startswith("渡輪公司又表示")
    assert hall.title == "社區會堂下月重開"
