"""A title set over two short lines of one length (祝福祖国 / 欢度国庆) is one title, not a title over
its subtitle: a subtitle says more than its title, in a longer line of smaller type (issue 8, the
independent page maker's decks and the mainland dailies'). Also: a crosshead marked ◆ opening the
story under such a title is no tail of the title the column broke. Our own invented text."""

from __future__ import annotations

from audiopaper.segment import labeller
from segment_support import labeller_sure_of_roles, segment_text

_ABOVE = ["全市新建充电桩一千个", "", "　　本报讯 今年以来全市新建公共充电桩一", "千个，覆盖所有街道。“充电桩要建在居民",
          "家门口。”市发展改革委相关负责人介绍。"]
_BODY = ["　　◆东城", "　　“礼赞新时代”——全市职工摄影作品展", "正在市文化馆举行，吸引了市民前来欣",
         "赏。展览共展出作品160余幅。", "　　◆西城", "　　西城区各社区组织居民升国旗、唱国", "歌，共迎国庆佳节。"]


def test_two_even_halves_read_as_title_and_subtitle_are_one_title(monkeypatch):
    # the labeller sure of the first half as the title and the second as its subtitle, as on pages it never saw
    monkeypatch.setattr(labeller, "label_probabilities",
                        labeller_sure_of_roles({"礼赞祖国": "headline", "欢度国庆": "subtitle"}))
    *_, story = segment_text("\n".join([*_ABOVE, "礼赞祖国", "欢度国庆", *_BODY]))
    assert (story.kicker, story.title, story.subtitle) == ("", "礼赞祖国 欢度国庆", "")


def test_a_subtitle_longer_than_its_title_stays_the_subtitle(monkeypatch):
    monkeypatch.setattr(labeller, "label_probabilities",
                        labeller_sure_of_roles({"礼赞祖国": "headline", "全市职工摄影作品展开幕": "subtitle"}))
    *_, story = segment_text("\n".join([*_ABOVE, "礼赞祖国", "全市职工摄影作品展开幕", *_BODY]))
    assert (story.title, story.subtitle) == ("礼赞祖国", "全市职工摄影作品展开幕")


def test_a_marked_crosshead_under_the_title_is_no_tail_of_it():
    *_, story = segment_text("\n".join([*_ABOVE, "同心筑梦", "共庆华诞", *_BODY]))
    assert story.title == "同心筑梦 共庆华诞"
    assert story.body.startswith("◆东城")
