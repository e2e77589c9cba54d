"""A title the column broke inside a word (全市旧区改造推进会 / 议在京召开) in a narrow column, its
first line one the labeller is sure is a headline, its last, read alone, prose. The run of headline
lines used to stop where the labeller's sureness did, so the title's last line was read as a run
of its own that no body took (then the lead's first words) and the title came out cut short
(全市旧区改造推进会). A narrower line with no sentence mark that a word of the title runs on into
goes on the title. Our own text in the general shape."""

from __future__ import annotations

from segment_support import column, labeller_reading, segment_text

from audiopaper.segment import labeller

_WIDTH = 9
_SUBTITLE, _HEAD, _TAIL = "——副市长李明出席并讲话", "全市旧区改造推进会", "议在京召开"
_STORY_ABOVE = ["老城区管网改造完工"] + column(
    "　　本报讯 老城区供暖管网改造工程昨天全面完工，共更换地下管道四十六公里，涉及居民小区一百一十个。"
    "改造后，管网热损失下降三成以上。", _WIDTH) + ["（作者为某某大学中", "国经济研究中心研", "究员）", "责任编辑：汤雪"]
_LEAD = ["　　本报北京1月3日"] + column(
    "电（记者 王明）全市旧区改造推进会议3日在京召开。会议通报了上半年改造进展，全市已开工小区八十六个，"
    "完工三十二个，惠及居民一万二千余户。会议要求，各区要倒排工期，加快施工进度。", _WIDTH)


def _stories(tail: list[str], sure: dict[str, tuple[float, float]], monkeypatch):
    monkeypatch.setattr(labeller, "label_probabilities", labeller_reading(sure))
    return segment_text("\n".join(_STORY_ABOVE + [_SUBTITLE, _HEAD] + tail + _LEAD))


def test_title_tail_the_labeller_reads_as_prose_stays_in_the_title(monkeypatch):
    stories = _stories([_TAIL], {_SUBTITLE: (0.0, 0.97), _HEAD: (0.0, 0.97), _TAIL: (0.0, 0.02)}, monkeypatch)
    story = next(s for s in stories if "旧区改造推进会议3日" in s.body)
    assert story.title == _HEAD + _TAIL
    assert story.subtitle == "副市长李明出席并讲话"
    assert story.body.startswith("本报北京1月3日电")


