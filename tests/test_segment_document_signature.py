"""A document printed in a story (a message of congratulation, a decision, a communique) closes with
who issued it and when (issue 8): short lines naming its issuers (中共中央 / 国 务 院), then its date
alone on a line (2020年5月5日). They are the document's last words, never the next story's title.
Our own invented text in the general shape of a national daily's front page."""

from __future__ import annotations

from segment_support import segment_lines_whole

_TITLE = "新型运载火箭首飞成功"
_MESSAGE = [
    _TITLE,
    "",
    "新华社北京5月5日电 贺电全文如下：",
    "参加新型运载火箭首次飞行任务的",
    "各参研参试单位和全体同志：",
    "新型运载火箭首次飞行任务取得圆",
    "满成功，谨向你们表示热烈祝贺和",
    "亲切慰问！希望你们再接再厉，为",
    "建设航天强国作出新的更大贡献！",
]


def _story(*signature: str) -> list[str]:
    return [
        *_MESSAGE,
        *signature,
        "本报北京5月5日电 新型运载火箭5日",
        "在文昌航天发射场点火升空，约八分",
        "钟后载荷与火箭成功分离，进入预定",
        "轨道，首飞任务取得圆满成功。",
    ]


def test_issuers_and_date_under_a_document_close_it():
    stories = segment_lines_whole(_story("中共中央", "国 务 院", "", "2020年5月5日"))
    assert [s.title for s in stories] == [_TITLE]
    assert "更大贡献！\n中共中央" in stories[0].body
    assert "2020年5月5日" in stories[0].body


def test_a_signing_officer_and_date_close_a_decree():
    stories = segment_lines_whole(_story("总理 李克强", "2020年5月5日"))
    assert not any("李克强" in s.title or "2020年5月5日" in s.title for s in stories)
    assert "李克强" in stories[0].body
