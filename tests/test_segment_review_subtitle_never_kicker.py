"""A line that opens with a subtitle's own words (写在……之际, 记……, 读……《》) under the title is the
subtitle, never a kicker over a title made of the line's own broken tail (issue 8): 打造演艺之都
讲好中国故事 / 写在第二十届城东国际艺 / 术节开幕之际 reads as title and a subtitle the column broke.
Our own invented text in the general shape of a daily's feature decks."""

from __future__ import annotations

from segment_support import segment_text


def test_a_subtitle_the_column_broke_under_the_title_stays_the_subtitle():
    text = "\n".join(["", "打造演艺之都 讲好城市故事", "写在第二十届城东国际艺", "术节开幕之际", "本报记者 李明", "",
                      "本报讯 第二十届城东国际艺术节将于", "10月18日至11月17日在城东举行。在本", "届艺术节上，多个剧院将带来新作。"])
    [story] = segment_text(text)
    assert (story.kicker, story.title) == ("", "打造演艺之都 讲好城市故事")
    assert story.subtitle.replace(" ", "") == "写在第二十届城东国际艺术节开幕之际"
