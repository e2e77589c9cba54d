"""Transcript cues: line limits, proportional splitting, VTT and SRT syntax."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from audiopaper.models import Timing
from audiopaper.transcripts import LINE_WIDTH, MAX_LINES, make_cues, to_srt, to_vtt, width

LONG = (
    "国务院新闻办公室今天上午举行新闻发布会，介绍今年一季度国民经济运行情况，"
    "国家统计局新闻发言人表示，一季度国内生产总值同比增长，就业形势总体稳定，"
    "居民消费价格温和上涨，市场预期逐步改善。"
)


def test_width_counts_cjk_double():
    assert width("abc") == 3
    assert width("中文") == 4
    assert width("，") == 2


def test_short_sentence_is_one_cue_with_its_own_times():
    cues = make_cues([Timing(1000, 2500, "今天天气很好。")])
    assert len(cues) == 1
    assert (cues[0].start_ms, cues[0].end_ms, cues[0].lines) == (1000, 2500, ("今天天气很好。",))


def test_long_sentence_is_split_into_cues_sharing_its_span_proportionally():
    cues = make_cues([Timing(10_000, 40_000, LONG)])
    assert len(cues) >= 3
    assert cues[0].start_ms == 10_000 and cues[-1].end_ms == 40_000
    assert "".join("".join(c.lines) for c in cues) == LONG
    total_chars = len(LONG)
    for a, b in zip(cues, cues[1:]):
        assert a.end_ms == b.start_ms  # contiguous, no overlap
    for cue in cues:
        assert len(cue.lines) <= MAX_LINES
        assert all(width(line) <= LINE_WIDTH for line in cue.lines)
        share = len("".join(cue.lines)) / total_chars
        assert abs((cue.end_ms - cue.start_ms) - share * 30_000) <= 1  # proportional to characters


def test_pieces_break_at_clause_punctuation():
    cues = make_cues([Timing(0, 30_000, LONG)])
    # every cue but the last ends at a comma or full stop (the text has enough of them)
    for cue in cues[:-1]:
        assert cue.lines[-1][-1] in "，。", cue


def test_overlapping_timings_are_made_monotonic():
    cues = make_cues([Timing(0, 1000, "第一句。"), Timing(800, 2000, "第二句。")])
    assert cues[0].end_ms <= cues[1].start_ms


def test_vtt_and_srt_syntax():
    cues = make_cues([Timing(0, 1500, "第一句。"), Timing(3_723_004, 3_724_000, "a < b & c --> d")])
    vtt = to_vtt(cues)
    assert vtt.startswith("WEBVTT\n")
    assert "00:00:00.000 --> 00:00:01.500" in vtt
    assert "01:02:03.004 --> 01:02:04.000" in vtt
    assert "a &lt; b &amp; c → d" in vtt
    srt = to_srt(cues)
    blocks = srt.strip().split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == ["1", "2"]
    assert blocks[1].splitlines()[1] == "01:02:03,004 --> 01:02:04,000"
    assert srt.count("-->") == 2


cjk_text = st.text(
    alphabet=st.sampled_from(list("新闻发布会国务院经济增长稳定市场，。、：；！？ABC123 ")), min_size=1, max_size=300
)


@settings(max_examples=150, deadline=None)
@given(cjk_text, st.integers(0, 10_000), st.integers(0, 60_000))
def test_any_sentence_gives_well_formed_cues(text, start, length):
    cues = make_cues([Timing(start, start + length, text)])
    squeezed = re.sub(r"\s+", "", text)
    assert re.sub(r"\s+", "", "".join("".join(c.lines) for c in cues)) == squeezed
    for a, b in zip(cues, cues[1:]):
        assert a.end_ms <= b.start_ms
    for cue in cues:
        assert cue.end_ms > cue.start_ms
        assert 1 <= len(cue.lines) <= MAX_LINES
        assert all(width(line) <= LINE_WIDTH for line in cue.lines), cue.lines
