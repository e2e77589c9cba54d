from __future__ import annotations

import numpy as np
import pytest

from audiopaper import atomic
from audiopaper.cache import SynthesisCache, cache_key
from audiopaper.errors import CacheError
from audiopaper.engines.fake import FakeEngine
from audiopaper.models import VoicePreset
from audiopaper.synth import speak_cached

PRESET = VoicePreset(name="t", engine="fake", voice="tone")


def test_key_changes_with_text_preset_and_engine_version():
    identity = {"engine": "fake", "version": "1"}
    base = cache_key(identity, PRESET, "本报讯。")
    assert base == cache_key(dict(identity), PRESET, "本报讯。")
    assert base != cache_key(identity, PRESET, "本报讯！")
    assert base != cache_key({"engine": "fake", "version": "2"}, PRESET, "本报讯。")
    faster = VoicePreset(name="t", engine="fake", voice="tone", rate="+10%")
    assert base != cache_key(identity, faster, "本报讯。")


def test_roundtrip_keeps_audio_and_timings(tmp_path):
    cache = SynthesisCache(tmp_path)
    speech = FakeEngine().synthesize("第一句。第二句！", PRESET)
    cache.put("ab" * 32, speech)
    back = cache.get("ab" * 32)
    assert back is not None
    assert np.array_equal(back.pcm, speech.pcm)
    assert back.sample_rate == speech.sample_rate
    assert back.sentences == speech.sentences
    info = cache.info()
    assert info.entries == 1 and info.size_bytes > len(speech.pcm) * 2


def test_hit_and_miss_counts_engine_calls(tmp_path):
    cache = SynthesisCache(tmp_path)
    engine = FakeEngine()
    _, hit1 = speak_cached(engine, PRESET, "一句话。", cache)
    _, hit2 = speak_cached(engine, PRESET, "一句话。", cache)
    _, hit3 = speak_cached(engine, PRESET, "另一句话。", cache)
    assert (hit1, hit2, hit3) == (False, True, False)
    assert engine.calls == ["一句话。", "另一句话。"]


def test_crash_during_write_leaves_no_entry(tmp_path, monkeypatch):
    cache = SynthesisCache(tmp_path)
    speech = FakeEngine().synthesize("一句话。", PRESET)

    real_fsync = atomic.os.fsync
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(CacheError, match="disk full"):
        cache.put("cd" * 32, speech)
    monkeypatch.setattr(atomic.os, "fsync", real_fsync)
    assert cache.get("cd" * 32) is None
    assert list(tmp_path.rglob("*")) == [tmp_path / "cd"]  # the shard dir only, no temp file


def test_damaged_entry_is_a_miss(tmp_path):
    cache = SynthesisCache(tmp_path)
    speech = FakeEngine().synthesize("一句话。", PRESET)
    cache.put("ef" * 32, speech)
    path = next(tmp_path.rglob("*.apc"))
    path.write_bytes(path.read_bytes()[:-10])
    assert cache.get("ef" * 32) is None


def test_clear_empties(tmp_path):
    cache = SynthesisCache(tmp_path)
    cache.put("01" * 32, FakeEngine().synthesize("一。", PRESET))
    removed = cache.clear()
    assert removed.entries == 1
    assert cache.info().entries == 0


@pytest.mark.parametrize(
    "damage",
    [
        {"sentences": [1]},  # wrong type inside the header
        {"sample_rate": 0},
    ],
)
def test_entries_with_a_damaged_header_are_misses(tmp_path, damage):
    import json
    import struct

    cache = SynthesisCache(tmp_path)
    speech = FakeEngine().synthesize("一句话。", PRESET)
    cache.put("aa" * 32, speech)
    path = next(tmp_path.rglob("*.apc"))
    blob = path.read_bytes()
    (head_len,) = struct.unpack("<I", blob[4:8])
    head = json.loads(blob[8 : 8 + head_len]) | damage
    new_head = json.dumps(head).encode()
    path.write_bytes(blob[:4] + struct.pack("<I", len(new_head)) + new_head + blob[8 + head_len :])
    assert cache.get("aa" * 32) is None


def test_a_cache_that_cannot_be_written_only_warns(tmp_path, monkeypatch, caplog):
    cache = SynthesisCache(tmp_path)

    def refuse(key, speech):
        raise CacheError(str(tmp_path), "read-only file system")

    monkeypatch.setattr(cache, "put", refuse)
    engine = FakeEngine()
    speech, hit = speak_cached(engine, PRESET, "一句话。", cache)
    assert not hit and len(speech.pcm) > 0
    speak_cached(engine, PRESET, "两句话。", cache)
    warnings = [r for r in caplog.records if r.levelname == "WARNING" and "not caching" in r.getMessage()]
    assert len(warnings) == 1
