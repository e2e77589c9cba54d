"""A headline run right under a photo's caption (issue 8): some pages set a photo's title under its
caption (a late title), so the run's top line may be the photo's, with the next story's deck under
it. But a top line whose words are the lead of the body under the run, and not the caption's, is
that body's deck (中共中央政治局召开会议 under a caption, over 新华社北京4月28日电中共中央政治局
4月28日召开会议…): the photo's adjacency must not take it. In the dev and third-pool truth of every
page maker (both scripts) such a line was the next story's 137 times and the photo's never; a
photo's own title under its caption is word-play (none of 324 held half its words in the next
lead). Our own invented text."""

from __future__ import annotations

from segment_support import segment_text

STORY_ABOVE = [
    "城东新建的体育公园昨日向市民开放，园内",
    "",
    "设有篮球场、足球场和健身步道，周边居民",
    "",
    "纷纷前来锻炼身体。",
    "",
]
CAPTION = ["今年国庆假期，不少市民选择到郊外露营。（本报记者 周立 摄）"]
DECK = ["全市春耕生产工作会议召开", "", "部署粮食生产和农田建设任务", "", "市长主持会议并讲话", ""]
STORY = [
    "□记者 何平",
    "",
    "本报讯 全市春耕生产工作会议昨日召开，",
    "",
    "部署粮食生产和农田建设任务。市长主持会",
    "议并讲话。会议要求，各区县要抢抓农时，",
    "确保粮食播种面积稳定。",
]


def test_deck_line_restating_the_lead_under_it_is_not_the_photo_s_title():
    stories = segment_text("\n".join(STORY_ABOVE + CAPTION + DECK + STORY))
    photo = next(s for s in stories if s.body.startswith("今年国庆假期"))
    story = next(s for s in stories if s.body.startswith("本报讯全市春耕生产"))
    assert (photo.kicker, photo.title) == ("", "")
    assert "全市春耕生产工作会议召开" in story.kicker + story.title


def test_word_play_photo_title_under_its_caption_stays_the_photo_s():
    stories = segment_text("\n".join(STORY_ABOVE + CAPTION + ["郊野秋色", ""] + DECK[2:] + STORY))
    photo = next(s for s in stories if s.body.startswith("今年国庆假期"))
    story = next(s for s in stories if s.body.startswith("本报讯全市春耕生产"))
    assert photo.title == "郊野秋色"
    assert "部署粮食生产和农田建设任务" in story.kicker + story.title


def test_photo_title_under_its_caption_leaves_the_next_deck_line_to_its_body():
    # the photo's own title first, then a deck line restating the lead under the run: the photo
    # keeps only its title (no line of a run under a caption that restates the next lead was the
    # photo's in that truth: 601 lines, all the next story's)
    stories = segment_text("\n".join(STORY_ABOVE + CAPTION + ["郊野秋色", ""] + DECK + STORY))
    photo = next(s for s in stories if s.body.startswith("今年国庆假期"))
    story = next(s for s in stories if s.body.startswith("本报讯全市春耕生产"))
    assert (photo.kicker, photo.title) == ("", "郊野秋色")
    assert "全市春耕生产工作会议召开" in story.kicker + story.title
