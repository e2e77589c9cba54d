"""Rows of a table set in text markup (| 年份 | 信任 | 不信任 |, | --- | --- |) stand in the prose of
their story (round 73, issue 8): they never open a story of their own, nor run on into a title, even
where the column broke a row over lines and the table's credit (本報製圖) stands under its head row.
Our own text in the general shape of a Hong Kong page read from a web layout."""

from __future__ import annotations

from segment_support import segment_text

PAGE = [
    '港聞日報',
    '2021年3月2日 星期二',
    '',
    '市民對政府信任度創新低',
    '  大學民意研究計劃昨日公布最新',
    '調查結果，市民對政府的信任度跌至',
    '有紀錄以來最低，只有兩成受訪者表',
    '示信任政府，較去年同期下跌五個百',
    '分點。',
    '',
    '\u3000\u3000| 歷年市民對政府',
    '信任度 |',
    ' | | |',
    '本報製圖 記者 陳文 ',
    '攝',
    '',
    '\u3000\u3000| --- | --- | --- ',
    '| --- |',
    '',
    '\u3000\u3000| 年份 | 信任 | 不',
    '信任 | ',
    '| 2019 年 | 25% | 60%',
    '| 2020 年 | 20% | 66%',
    '',
    '  負責人又指，年輕受訪者的信任度',
    '最低，只有一成左右。',
    '',
    '無人機表演 周六維港上演',
    '  旅遊發展局宣布，本周六晚將在維',
    '港上空舉行無人機表演，屆時將有五',
    '百架無人機組成不同圖案，歡迎市民',
    '到海濱觀賞。',
]


def test_table_rows_stay_in_the_story_they_stand_in():
    stories = segment_text("\n".join(PAGE))
    assert [s.title for s in stories] == ["市民對政府信任度創新低", "無人機表演 周六維港上演"]
    first = stories[0].body.replace(" ", "")
    assert first.startswith("大學民意研究計劃昨日公布最新調查結果")
    assert "|2019年|25%|60%" in first and "信任度" in first and "年輕受訪者的信任度" in first
    assert "|" not in stories[1].body


def test_table_row_never_runs_on_into_a_title():
    page = ["港聞日報", "2021年3月2日 星期二", "", "議會今日表決撥款", "| 2019 年 | 25% | 60%", "|",
            "  立法會財務委員會今日表決多項", "撥款申請，涉及金額逾百億元，議員", "預料會議將持續至深夜。"]
    stories = segment_text("\n".join(page))
    assert stories[0].title == "議會今日表決撥款"
