from __future__ import annotations

import pytest

from audiopaper.cache import SynthesisCache
from audiopaper.engines.fake import FakeEngine
from audiopaper.errors import SynthesisError
from audiopaper.models import Script, VoicePreset
from audiopaper.synth import Fallback, VoicePlan, synthesize_scripts

ANCHOR = VoicePreset(name="anchor", engine="flaky", voice="a")
READER_A = VoicePreset(name="reader-a", engine="flaky", voice="b")
READER_B = VoicePreset(name="reader-b", engine="flaky", voice="c")
OFFLINE = VoicePreset(name="offline", engine="fake", voice="tone")


class FlakyEngine(FakeEngine):
    """Fails on any text containing a marker, like a service that gives up."""

    name = "flaky"

    def __init__(self, fail_on: str = "", parallelism: int = 1):
        super().__init__()
        self.fail_on = fail_on
        self.parallelism = parallelism

    def synthesize(self, text, preset):
        if self.fail_on and self.fail_on in text:
            raise SynthesisError("chunk 1", "no audio received after 4 tries")
        return super().synthesize(text, preset)


def _scripts():
    return [
        Script("intro", "导读", "今天的主要内容。", role="intro"),
        Script("story-01", "一", "第一条新闻。"),
        Script("story-02", "二", "第二条新闻，坏。"),
        Script("story-03", "三", "第三条新闻。"),
        Script("outro", "结束", "明天再见。", role="outro"),
    ]


def test_anchor_reads_intro_outro_and_readers_alternate(tmp_path):
    plan = VoicePlan(ANCHOR, (READER_A, READER_B))
    clips, stats = synthesize_scripts(_scripts(), plan, {"flaky": FlakyEngine()}, SynthesisCache(tmp_path))
    assert [c.voice for c in clips] == ["anchor", "reader-a", "reader-b", "reader-a", "anchor"]
    assert [c.script.segment for c in clips] == ["intro", "story-01", "story-02", "story-03", "outro"]
    assert (stats.hits, stats.misses) == (0, 5)


def test_rebuild_synthesizes_only_what_changed(tmp_path):
    plan = VoicePlan(ANCHOR, ())
    engine = FlakyEngine()
    cache = SynthesisCache(tmp_path)
    synthesize_scripts(_scripts(), plan, {"flaky": engine}, cache)
    changed = _scripts()
    changed[2] = Script("story-02", "二", "第二条新闻，改过了。")
    engine.calls.clear()
    _, stats = synthesize_scripts(changed, plan, {"flaky": engine}, cache)
    assert engine.calls == ["第二条新闻，改过了。"]
    assert (stats.hits, stats.misses) == (4, 1)


def test_failure_without_fallback_names_the_story(tmp_path):
    plan = VoicePlan(ANCHOR, ())
    with pytest.raises(SynthesisError, match="story-02 «二»"):
        synthesize_scripts(_scripts(), plan, {"flaky": FlakyEngine(fail_on="坏")}, SynthesisCache(tmp_path))


def test_fallback_finishes_the_story_offline_and_says_so(tmp_path):
    plan = VoicePlan(ANCHOR, ())
    offline = FakeEngine()
    clips, _ = synthesize_scripts(
        _scripts(), plan, {"flaky": FlakyEngine(fail_on="坏", parallelism=3)}, SynthesisCache(tmp_path),
        fallback=Fallback(offline, OFFLINE),
    )
    fell_back = [c for c in clips if c.fallback_reason]
    assert [c.script.segment for c in fell_back] == ["story-02"]
    assert fell_back[0].engine == "fake" and fell_back[0].voice == "offline"
    assert "no audio received" in fell_back[0].fallback_reason
    assert offline.calls == ["第二条新闻，坏。"]
    assert all(len(c.speech.pcm) > 0 for c in clips)


def test_every_segment_is_attempted_before_a_failure_is_raised(tmp_path):
    plan = VoicePlan(ANCHOR, ())
    engine = FlakyEngine(fail_on="坏", parallelism=2)
    cache = SynthesisCache(tmp_path)
    with pytest.raises(SynthesisError, match="story-02"):
        synthesize_scripts(_scripts(), plan, {"flaky": engine}, cache)
    # the rerun (service recovered) asks only for the segment that failed
    engine.fail_on = ""
    engine.calls.clear()
    _, stats = synthesize_scripts(_scripts(), plan, {"flaky": engine}, cache)
    assert engine.calls == ["第二条新闻，坏。"]
    assert (stats.hits, stats.misses) == (4, 1)


class SelfCachingEngine(FakeEngine):
    """Like the edge engine: keeps its own cache, so the stage must not keep a second copy."""

    name = "flaky"
    caches_itself = True

    def __init__(self):
        super().__init__()
        self.kept: dict[str, object] = {}

    def cached_speech(self, text, preset):
        return self.kept.get(text)

    def synthesize(self, text, preset):
        self.kept[text] = speech = super().synthesize(text, preset)
        return speech


def test_an_engine_that_caches_itself_is_not_cached_twice(tmp_path):
    cache = SynthesisCache(tmp_path)
    engine = SelfCachingEngine()
    plan = VoicePlan(ANCHOR, ())
    _, first = synthesize_scripts(_scripts(), plan, {"flaky": engine}, cache)
    _, second = synthesize_scripts(_scripts(), plan, {"flaky": engine}, cache)
    assert (first.hits, first.misses, second.hits, second.misses) == (0, 5, 5, 0)
    assert len(engine.calls) == 5
    assert cache.info().entries == 0


def test_each_voice_reads_the_text_normalized_for_it(tmp_path):
    """An edge voice gets the Latin-keeping text; the offline voice that finishes
    a story it gave up on gets the transliterated one; clips carry what was read."""
    edge = VoicePreset(name="edge-anchor", engine="edge", voice="zh-CN-YunyangNeural")
    scripts = [
        Script("story-01", "一", "五吉基站。", latin_text="5G基站。"),
        Script("story-02", "二", "爱派德普罗，坏。", latin_text="iPad Pro，坏。"),
    ]
    engine = FlakyEngine(fail_on="坏")
    offline = FakeEngine()
    clips, _ = synthesize_scripts(
        scripts, VoicePlan(edge, ()), {"edge": engine}, SynthesisCache(tmp_path), fallback=Fallback(offline, OFFLINE)
    )
    assert engine.calls == ["5G基站。"]  # the second one failed before it was recorded
    assert offline.calls == ["爱派德普罗，坏。"]
    assert [c.script.text for c in clips] == ["5G基站。", "爱派德普罗，坏。"]
