"""Transcript cues: line limits, proportional splitting, VTT and SRT syntax."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
import pytest
from hypothesis import strategies as st

from audiopaper.engines.fake import FakeEngine
from audiopaper.models import Story, StoryKind, Timing
from audiopaper.speech import clean_for_speech, display_text, speech_text
from audiopaper import transcripts
from audiopaper.transcripts import LINE_WIDTH, MAX_LINES, make_cues, printed_timings, to_srt, to_vtt, width

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


# ---------------------------------------------------------------- printed form

PRINTED = json.loads((Path(__file__).parent / "fixtures" / "transcripts" / "printed_form.json").read_text("utf-8"))


def _printed_story_clip() -> tuple[str, str, list[Timing]]:
    story = Story(StoryKind.ARTICLE, PRINTED["title"], PRINTED["body"], byline=PRINTED["byline"])
    spoken, display = speech_text(story), display_text(story)
    return spoken, display, list(FakeEngine().synthesize(spoken, None).sentences)


def test_printed_form_fixture_gives_printed_sentences_on_the_spoken_timeline():
    spoken, display, timings = _printed_story_clip()
    for said in PRINTED["spoken_has"]:  # the engine really was given the spoken form
        assert said in spoken
    assert not re.search(r"[0-9A-Za-z]", spoken)
    printed = printed_timings(timings, spoken, display)
    assert [t.text for t in printed] == PRINTED["expected"]
    assert [(t.start_ms, t.end_ms) for t in printed] == [(t.start_ms, t.end_ms) for t in timings]


def test_printed_cues_keep_the_line_limits_and_the_sentence_times():
    spoken, display, timings = _printed_story_clip()
    cues = make_cues(printed_timings(timings, spoken, display))
    text = "".join("".join(c.lines) for c in cues)
    assert "2020年5月28日" in text and "13777532527" in text and "智能门（锁）" in text and "C919" in text
    assert "二零二零" not in text and "幺三" not in text
    for cue in cues:
        assert 1 <= len(cue.lines) <= MAX_LINES
        assert all(width(line) <= LINE_WIDTH for line in cue.lines), cue.lines
    # cues are cut from the printed sentences, inside each sentence's own span
    assert {c.start_ms for c in cues} >= {t.start_ms for t in timings}
    assert {c.end_ms for c in cues} >= {t.end_ms for t in timings}
    assert cues[-1].end_ms == timings[-1].end_ms


def test_printed_pieces_cover_the_display_text_in_order_once():
    spoken, display, timings = _printed_story_clip()
    printed = printed_timings(timings, spoken, display)
    assert "".join(t.text for t in printed) == re.sub(r"\s+", "", display)
    assert "□" not in display  # a layout mark is neither said nor printed


def test_empty_display_keeps_the_spoken_text():
    timings = [Timing(0, 900, "二零二零年。"), Timing(900, 1500, "好。")]
    assert printed_timings(timings, "二零二零年。好。", "") == timings


def test_a_timing_not_in_the_spoken_text_keeps_its_own_text():
    spoken, display = "五月二十八日，开会。六百人到场。", "5月28日，开会。600人到场。"
    timings = [Timing(0, 1000, "五月二十八日，开会。"), Timing(1000, 1500, "某个别的句子。"), Timing(1500, 2500, "六百人到场。")]
    printed = printed_timings(timings, spoken, display)
    assert [t.text for t in printed] == ["5月28日，开会。", "某个别的句子。", "600人到场。"]
    assert [(t.start_ms, t.end_ms) for t in printed] == [(t.start_ms, t.end_ms) for t in timings]


def test_a_timing_found_without_its_spaces_or_punctuation_is_still_mapped():
    # an online voice may report a sentence with its punctuation dropped or spaced
    spoken, display = "开会。二零二零年，六百人到场。", "开会。2020年，600人到场。"
    timings = [Timing(0, 500, "开会"), Timing(500, 2000, "二零二零年 六百人到场")]
    assert [t.text for t in printed_timings(timings, spoken, display)] == ["开会。", "2020年，600人到场。"]


def test_a_phrase_printed_twice_with_spaces_around_one_copy_maps_to_its_own_copy():
    # found by the property below: "· 新闻" was aligned with the later "·新闻", so the
    # first cue took the whole page and the second showed its spoken text
    spoken, display = "·新闻\n二零二零年新闻", "· 新闻\n2020年·新闻"
    timings = [Timing(0, 500, "·新闻"), Timing(500, 2000, "二零二零年新闻")]
    assert [t.text for t in printed_timings(timings, spoken, display)] == ["· 新闻", "2020年·新闻"]


def test_the_same_number_on_two_lines_maps_line_by_line():
    # nothing of the number is alike in both texts: only the line break anchors the cut
    spoken, display = "幺三七七七五三二五二七\n幺三七七七五三二五二七", "13777532527\n13777532527"
    timings = [Timing(0, 500, "幺三七七七五三二五二七"), Timing(500, 1000, "幺三七七七五三二五二七")]
    assert [t.text for t in printed_timings(timings, spoken, display)] == ["13777532527", "13777532527"]


def test_printed_only_marks_at_a_sentence_boundary():
    # a closing mark stays with the sentence it closes; anything else opens the next one
    timings = [Timing(0, 500, "第一句。"), Timing(500, 1000, "第二句。")]
    texts = [t.text for t in printed_timings(timings, "第一句。第二句。", "第一句。）【第二句。")]
    assert texts == ["第一句。）", "【第二句。"]


printed_piece = st.sampled_from(
    ["新闻", "发布会", "经济增长", "，", "。", "：", "2020年", "5月28日", "650余家", "1.5亿元", "13777532527",
     "C919", "COVID-19", "（锁）", "30%", "3～5天", "9:30", "“亲清”", "\n", " ", "iPhone", "·", "！"]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(printed_piece, min_size=1, max_size=30))
def test_any_printed_text_is_covered_once_by_its_timings(pieces):
    from audiopaper.sentences import split_sentences
    from audiopaper.textnorm import normalize

    display = "".join(pieces)
    spoken = "\n".join(normalize(clean_for_speech(line)) for line in display.split("\n"))
    timings = [Timing(i * 100, i * 100 + 90, s) for i, s in enumerate(split_sentences(spoken))]
    printed = printed_timings(timings, spoken, display)
    assert [(t.start_ms, t.end_ms) for t in printed] == [(t.start_ms, t.end_ms) for t in timings]
    assert all("\n" not in t.text for t in printed)
    if timings:
        assert re.sub(r"\s+", "", "".join(t.text for t in printed)) == re.sub(r"\s+", "", display)


def test_cutting_a_long_unpunctuated_sentence_is_linear(monkeypatch):
    """Each character's width is looked up a bounded number of times, not once
    per cut (a 32k-character sentence took 1.2 s)."""
    calls = 0
    real = transcripts.unicodedata.east_asian_width

    def counted(ch):
        nonlocal calls
        calls += 1
        return real(ch)

    monkeypatch.setattr(transcripts.unicodedata, "east_asian_width", counted)
    text = "字" * 20_000
    cues = make_cues([Timing(0, 20_000_000, text)])
    assert "".join("".join(c.lines) for c in cues) == text
    assert all(width(line) <= LINE_WIDTH for c in cues for line in c.lines)
    assert calls < 10 * len(text)


# ---------------------------------------------------------------- where lines break


def _breaks(cues: list[transcripts.Cue]) -> list[tuple[str, str]]:
    """(text before, text after) for every place the sentence was broken: between cues and between lines."""
    lines = [line for cue in cues for line in cue.lines]
    return [(a, b) for a, b in zip(lines, lines[1:])]


def _jieba_word_starts(text: str) -> set[int]:
    import jieba

    starts, at = set(), 0
    for word in jieba.lcut(text, HMM=True):
        starts.add(at)
        at += len(word)
    return starts


def test_an_unpunctuated_sentence_is_not_broken_inside_a_word():
    # the auditor's case: "以上就是永康日/报…"
    text = "以上就是永康日报今天的全部内容感谢您的收听我们明天再见祝您生活愉快工作顺利万事如意"
    cues = make_cues([Timing(0, 9000, text)])
    assert "".join(line for c in cues for line in c.lines) == text
    starts = _jieba_word_starts(text)
    at = 0
    for before, _after in _breaks(cues):
        at = text.index(before, at) + len(before)
        assert at in starts, f"broken inside a word: {text[:at]}|{text[at:]}"
    assert not any(a.endswith("日") and b.startswith("报") for a, b in _breaks(cues))


def test_a_line_breaks_after_punctuation_rather_than_at_the_middle():
    # 21 characters, two lines; the comma is 6 characters before the middle
    text = "会议指出，要坚持稳中求进工作总基调推动发展"
    (cue,) = make_cues([Timing(0, 5000, text)])
    assert cue.lines == ("会议指出，", "要坚持稳中求进工作总基调推动发展")


def test_a_line_breaks_where_hanzi_meet_latin_rather_than_inside_a_word():
    text = "今天召开的新闻发布会上专家介绍了COVID-19疫苗研发的最新进展"
    (cue,) = make_cues([Timing(0, 5000, text)])
    a, b = cue.lines
    assert (a, b) == ("今天召开的新闻发布会上专家介绍了", "COVID-19疫苗研发的最新进展") or (
        a.endswith("COVID-19") and b.startswith("疫苗")
    ), cue.lines


def test_numbers_and_codes_are_never_split_and_lines_never_start_with_a_closing_mark():
    text = "他说：“全市新增就业岗位3,000个，增长率为5.2%，航班号为MU5735的飞机已安全抵达。”随后离开"
    for limit in range(12, 40):
        cues = make_cues([Timing(0, 9000, text)], line_width=limit)
        for before, after in _breaks(cues):
            assert not (re.search(r"[0-9A-Za-z.,%]$", before) and re.match(r"[0-9A-Za-z.,%]", after)), (limit, before, after)
            assert after[0] not in "，。、：；”）", (limit, before, after)
            assert before[-1] not in "“（", (limit, before, after)
        joined = " ".join(line for c in cues for line in c.lines)
        for token in ("3,000", "5.2%", "MU5735"):
            assert token in joined, (limit, token, joined)


def test_vtt_is_read_by_the_strict_webvtt_parser_and_read_back_by_ours(tmp_path):
    from audiopaper.transcripts import clock, read_vtt

    webvtt = pytest.importorskip("webvtt")
    cues = make_cues([Timing(0, 1500, "第一句。"), Timing(1500, 4200, "a < b & c，第二句很长很长很长很长很长很长很长很长很长很长很长很长很长。")])
    text = to_vtt(cues)
    assert text.splitlines()[:2] == ["WEBVTT", ""]  # nothing directly under the signature
    path = tmp_path / "transcript.vtt"
    path.write_text(text, encoding="utf-8")
    parsed = webvtt.read(str(path))  # raises MalformedFileError on a header line it does not know
    assert len(parsed) == len(cues) >= 3
    assert [(c.start, c.end) for c in parsed] == [(clock(c.start_ms, fraction="."), clock(c.end_ms, fraction=".")) for c in cues]
    assert parsed[1].text.replace("\n", "").startswith("a &lt; b &amp; c，")  # webvtt-py leaves escapes as written
    assert read_vtt(text) == cues
