"""A photo at the top of a page, no story above it, prints its head right over its caption with no
blank line between (卡塔尔：支持和平解决危机 / 卡塔尔外交大臣穆罕默 / 德8日表示，……): a phrase with no clause
mark that stands off the caption's column and ends where its last word does is the photo's title,
not the caption's first line, even where the caption hardly repeats its words (issue 8). A caption's
own first line fills its column and runs on into the next line. Our own text in the shape of the
default simulator's pages."""

from __future__ import annotations

from segment_support import segment_text

MASTHEAD = ["温州都市报", "2020年2月2日 星期二", "第1版 综合新闻", ""]
NEXT_STORY = [
    "",
    "全市新增绿道一百公里",
    "本报讯 记者昨天从市园林局获悉，今年",
    "全市新建和改造绿道一百公里，串起公园",
    "、湿地和滨江步道，市民出门就能走进绿",
    "色之中。",
]
CAPTION = ["肯尼亚外交部长奥马尔", "9日表示，肯尼亚愿为地", "区和平发挥建设性作用", "。 记者 余佑浩 摄"]


def _photo(*lines: str):
    return segment_text("\n".join([*MASTHEAD, *lines, *NEXT_STORY]))[0]


def test_a_head_off_the_caption_column_titles_the_photo():
    photo = _photo("肯尼亚：呼吁各方保持克制", *CAPTION)
    assert (photo.kind.value, photo.title) == ("photo", "肯尼亚：呼吁各方保持克制")
    assert photo.body.startswith("肯尼亚外交部长奥马尔9日表示")


def test_a_first_line_filling_the_column_stays_the_caption():
    photo = _photo(*CAPTION)
    assert (photo.kind.value, photo.title) == ("photo", "")
    assert photo.body.startswith("肯尼亚外交部长奥马尔9日表示")


def test_a_first_line_with_a_clause_mark_is_no_head():
    photo = _photo("面对冲突，肯尼亚呼吁克制", *CAPTION)
    assert photo.title == ""
    assert photo.body.startswith("面对冲突，肯尼亚呼吁克制肯尼亚外交部长")
