"""Assembly: one timeline, chapters from sample counts, stories cut to the sample."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import numpy as np
import pyloudnorm
import pytest

from audiopaper import audio
from audiopaper.assemble import (
    assemble_episode,
    clock,
    episode_url,
    fallback_line,
    fallback_lines,
    make_sting,
    show_notes,
    slugify,
)
from audiopaper.engines.fake import FakeEngine
from audiopaper.errors import AudioError
from audiopaper.models import Clip, Script, Speech, VoicePreset

DATE = dt.date(2020, 5, 29)
PRESET = VoicePreset(name="fake", engine="fake", voice="tone")
HEADLINES = ["习近平主持召开中央政治局会议", "全国两会胜利闭幕", "COVID-19疫苗研发取得进展"]


def make_clips(engine: FakeEngine | None = None) -> list[Clip]:
    engine = engine or FakeEngine()

    def clip(segment: str, title: str, text: str, role: str, fallback: str = "") -> Clip:
        return Clip(Script(segment, title, text, None, role), engine.synthesize(text, PRESET), "fake", "fake", fallback)

    clips = [clip("intro", "导语", "人民日报，五月二十九日。今天的主要内容有：会议；闭幕；疫苗。", "intro")]
    for n, headline in enumerate(HEADLINES, 1):
        body = f"{headline}。" + "记者从有关部门获悉，这项工作进展顺利。" * n
        clip_ = clip(f"story-{n:02d}", headline, body, "story", "edge unavailable" if n == 2 else "")
        clips.append(clip_)
    clips.append(clip("outro", "结束语", "以上就是今天的内容，感谢收听。", "outro"))
    return clips


@pytest.fixture(scope="module")
def clips():
    return make_clips()


@pytest.fixture(scope="module")
def assembled(clips):
    return assemble_episode(clips, date=DATE, paper="人民日报", base_url="http://localhost:8000/podcast/")


def test_chapters_tile_the_episode_and_come_from_sample_counts(assembled, clips):
    episode = assembled.episode
    chapters = episode.chapters
    assert [c.title for c in chapters] == ["导语", *HEADLINES, "结束语"]
    assert chapters[0].start_sample == 0
    assert chapters[-1].end_sample == len(assembled.pcm)
    sting = len(make_sting(24000))
    for a, b in zip(chapters, chapters[1:]):
        assert a.end_sample == b.start_sample
    for i, (chapter, clip) in enumerate(zip(chapters, clips)):
        expected = len(clip.speech.pcm) + (sting if i else 0)
        assert chapter.end_sample - chapter.start_sample == expected
        assert chapter.start_ms == chapter.start_sample * 1000 // 24000
    assert episode.duration_ms == len(assembled.pcm) * 1000 // 24000


def test_story_slices_are_the_sting_and_the_story_speech(assembled, clips):
    # from the sources, not from the slicing: each story's samples are the sting
    # that opens it, then its clip's speech, both only scaled by the levelling
    sting = make_sting(24000)
    stories = [c for c in clips if c.script.role == "story"]
    assert len(assembled.story_chapters) == len(stories) == len(HEADLINES)
    for chapter, clip in zip(assembled.story_chapters, stories):
        piece = assembled.chapter_pcm(chapter).astype(np.float64)
        source = np.concatenate([sting, clip.speech.pcm]).astype(np.float64)
        assert len(piece) == len(source)
        assert np.corrcoef(piece[len(sting):], source[len(sting):])[0, 1] > 0.9999
        assert np.corrcoef(piece[: len(sting)], source[: len(sting)])[0, 1] > 0.9999


def test_story_slices_encode_to_the_episode_spans(assembled, tmp_path):
    # as published: each story MP3, decoded, is its chapter's span of the decoded episode
    rate = assembled.episode.sample_rate
    audio.encode_mp3(assembled.pcm, rate, tmp_path / "episode.mp3")
    episode, _ = audio.decode(tmp_path / "episode.mp3")
    assert len(episode) == len(assembled.pcm)
    for n, chapter in enumerate(assembled.story_chapters):
        audio.encode_mp3(assembled.chapter_pcm(chapter), rate, tmp_path / f"{n}.mp3")
        story, _ = audio.decode(tmp_path / f"{n}.mp3")
        span = episode[chapter.start_sample : chapter.end_sample].astype(np.float64)
        assert len(story) == len(span)
        assert np.corrcoef(story, span)[0, 1] > 0.999
        assert np.sqrt(np.mean((story - span) ** 2)) < 0.02 * np.sqrt(np.mean(span**2))


def test_story_files_have_ascii_pinyin_slugs_and_absolute_urls(assembled):
    files = [c.file for c in assembled.story_chapters]
    assert files[0] == "stories/01-xi-jin-ping-zhu-chi-zhao-kai-zhong-yang-zheng.mp3"  # cut at 48 chars
    assert files[2].startswith("stories/03-covid-19-yi-miao")
    for chapter in assembled.story_chapters:
        assert chapter.file.isascii()
        assert chapter.url == f"http://localhost:8000/podcast/episodes/2020-05-29/{chapter.file}"
    assert assembled.episode.chapters[0].url == ""  # the intro has no file of its own


def test_cues_are_offset_by_everything_before_them(assembled, clips):
    cues = assembled.episode.cues
    assert len(cues) == sum(len(c.speech.sentences) for c in clips)
    sting = len(make_sting(24000))
    k = 0
    for i, (chapter, clip) in enumerate(zip(assembled.episode.chapters, clips)):
        speech_start = chapter.start_sample + (sting if i else 0)
        for sentence in clip.speech.sentences:
            assert cues[k].text == sentence.text
            assert cues[k].start_ms == speech_start * 1000 // 24000 + sentence.start_ms
            k += 1
    assert all(a.start_ms <= b.start_ms for a, b in zip(cues, cues[1:]))


def test_episode_is_loudness_normalized(assembled):
    lufs = pyloudnorm.Meter(24000).integrated_loudness(assembled.pcm.astype(np.float64) / 32768)
    assert abs(lufs - (-19.0)) < 0.7
    assert assembled.normalization is not None
    assert assembled.normalization.result.true_peak_dbtp <= -1.5


def test_voices_and_fallbacks_are_recorded(assembled):
    assert assembled.episode.voices == ("fake",)
    assert assembled.episode.fallbacks == ("story-02: edge unavailable",)
    assert [s.segment for s in assembled.sources] == ["intro", "story-01", "story-02", "story-03", "outro"]
    # the one formatter, with the headline for the build summary
    assert fallback_lines(assembled.sources, titles=True) == (f"story-02 «{HEADLINES[1]}»: edge unavailable",)
    assert fallback_line("story-05", "edge: no audio") == "story-05: edge: no audio"


def test_urls_of_the_edition_come_from_one_function(assembled):
    base = "http://localhost:8000/podcast/"
    assert episode_url(base, DATE) == "http://localhost:8000/podcast/episodes/2020-05-29/"
    assert episode_url("https://x.example/晨报", DATE, "a b.mp3") == (
        "https://x.example/%E6%99%A8%E6%8A%A5/episodes/2020-05-29/a%20b.mp3"
    )
    stories = assembled.story_chapters
    assert [c.url for c in stories] == [episode_url(base, DATE, c.file) for c in stories]
    assert assembled.url("episode.mp3") == base + "episodes/2020-05-29/episode.mp3"


def test_show_notes_list_timestamps_and_story_links(assembled):
    text, html = show_notes("人民日报", DATE, assembled.episode.chapters)
    assert text.startswith("人民日报 2020年5月29日 今天的主要内容：\n")
    lines = [line for line in text.splitlines() if line[:2].isdigit()]
    assert len(lines) == 5
    for line, chapter in zip(lines, assembled.episode.chapters):
        assert line.startswith(clock(chapter.start_ms) + " " + chapter.title)
        if chapter.url:
            assert line.endswith(chapter.url)
            assert f'<a href="{chapter.url}">' in html


def test_clock():
    assert clock(0) == "00:00:00"
    assert clock(3_723_999) == "01:02:03"
    assert clock(-5) == "00:00:00"
    # the same function for transcripts and for the build summary
    assert clock(3_723_999, fraction=".") == "01:02:03.999"
    assert clock(61_001, fraction=",") == "00:01:01,001"
    assert clock(4_503_999, hours=False) == "75:03"
    assert clock(59_999, hours=False) == "0:59"


def test_slugify_is_ascii_and_never_empty():
    assert slugify("两会") == "liang-hui"
    assert slugify("《》！！") == "story"
    assert slugify("北京" * 40).isascii() and len(slugify("北京" * 40)) <= 48


def test_mixed_sample_rates_are_refused(clips):
    odd = Clip(clips[1].script, Speech(np.zeros(1600, dtype=np.int16), 16000), "fake", "fake")
    with pytest.raises(AudioError, match="story-01"):
        assemble_episode([clips[0], odd], date=DATE, paper="报")


def test_sting_is_quiet_and_short():
    sting = make_sting(24000)
    assert 0.6 <= len(sting) / 24000 <= 1.5
    assert np.abs(sting).max() < 0.2 * 32768


def test_every_story_is_at_the_target_loudness_even_when_voices_differ(clips):
    # a fallback voice 14 dB quieter, another 11 dB louder: normalizing only
    # the whole episode left those stories far from -19 LUFS in their own MP3s
    gains = {"story-01": 0.2, "story-03": 3.5}
    uneven = [
        replace(c, speech=replace(c.speech, pcm=np.rint(c.speech.pcm * gains.get(c.script.segment, 1.0)).astype(np.int16)))
        for c in clips
    ]
    assembled = assemble_episode(uneven, date=DATE, paper="人民日报")
    meter = pyloudnorm.Meter(24000)
    for chapter in assembled.episode.chapters:
        span = assembled.chapter_pcm(chapter).astype(np.float64) / 32768
        assert abs(meter.integrated_loudness(span) - (-19.0)) <= 1.0, chapter.title
    whole = meter.integrated_loudness(assembled.pcm.astype(np.float64) / 32768)
    assert abs(whole - (-19.0)) <= 0.7
    assert audio.measure_loudness(assembled.pcm, 24000).true_peak_dbtp <= audio.MAX_TRUE_PEAK_DBTP


def test_cues_show_the_printed_text_on_the_spoken_timeline():
    from audiopaper.textnorm import normalize

    display = "2020年5月28日，COVID-19疫苗研发取得进展。咨询电话13777532527。"
    spoken = normalize(display)
    assert "二零二零年五月二十八日" in spoken and "幺三七七七五三二五二七" in spoken
    engine = FakeEngine()
    printed = Clip(Script("story-01", "疫苗", spoken, display=display), engine.synthesize(spoken, PRESET), "fake", "fake")
    plain = Clip(Script("story-01", "疫苗", spoken), printed.speech, "fake", "fake")
    intro = make_clips(engine)[0]
    with_display = assemble_episode([intro, printed], date=DATE, paper="人民日报", normalize=False).episode.cues
    without = assemble_episode([intro, plain], date=DATE, paper="人民日报", normalize=False).episode.cues
    assert [(c.start_ms, c.end_ms) for c in with_display] == [(c.start_ms, c.end_ms) for c in without]
    story_cues = with_display[len(intro.speech.sentences):]
    assert [c.text for c in story_cues] == ["2020年5月28日，COVID-19疫苗研发取得进展。", "咨询电话13777532527。"]
    assert [c.text for c in without[len(intro.speech.sentences):]] == [t.text for t in printed.speech.sentences]


def test_released_clips_lose_their_audio_once_it_is_in_the_same_episode(assembled, clips):
    """build lets each clip's audio go during assembly, so a long edition is not held twice."""
    own = list(make_clips())
    released = assemble_episode(own, date=DATE, paper="人民日报", base_url="http://localhost:8000/podcast/", release_clips=True)
    assert np.array_equal(released.pcm, assembled.pcm)
    assert released.episode == assembled.episode
    assert [len(c.speech.pcm) for c in own] == [0] * len(clips)
    assert [c.script for c in own] == [c.script for c in clips]
    assert all(len(c.speech.pcm) for c in clips)  # without release_clips the caller's clips keep theirs
