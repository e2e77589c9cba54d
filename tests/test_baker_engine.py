"""The real offline voice on short sentences."""

from __future__ import annotations

import dataclasses
import subprocess
import wave

import numpy as np
import pytest

from audiopaper.engines.baker import BakerEngine, speed_ratio
from audiopaper.engines.baker.engine import pause_after
from audiopaper.errors import SynthesisError, VoiceError
from audiopaper.sentences import split_sentences
from baker_support import baker_engine, baker_preset, baker_voice_dir, test_home  # noqa: F401

SENTENCE = "本报讯五月二十八日，我市首场政企恳谈会举行。"
SYLLABLES = 20


def rms(pcm: np.ndarray) -> float:
    return float(np.sqrt(np.mean(pcm.astype(np.float64) ** 2)))


def median_f0(pcm: np.ndarray, rate: int) -> float:
    """Autocorrelation pitch over the loud 40 ms frames (a voiced-speech proxy)."""
    frame = rate // 25
    x = pcm.astype(np.float64)
    level = rms(pcm)
    f0s = []
    for start in range(0, len(x) - frame, frame):
        seg = x[start : start + frame] - x[start : start + frame].mean()
        if rms(seg) < level:
            continue
        ac = np.correlate(seg, seg, "full")[frame - 1 :]
        lo, hi = rate // 500, rate // 70
        lag = lo + int(np.argmax(ac[lo:hi]))
        if ac[lag] > 0.3 * ac[0]:
            f0s.append(rate / lag)
    return float(np.median(f0s)) if f0s else 0.0


@pytest.fixture(scope="module")
def speech(baker_engine, baker_preset):
    return baker_engine.synthesize(SENTENCE, baker_preset)


@pytest.mark.voice
def test_short_sentence_sounds_like_speech(speech):
    assert speech.sample_rate == 24000
    assert speech.pcm.dtype == np.int16 and speech.pcm.ndim == 1
    seconds = len(speech.pcm) / speech.sample_rate
    assert 0.15 <= seconds / SYLLABLES <= 0.4
    assert rms(speech.pcm) > 500  # not silent (about -36 dBFS)
    assert np.abs(speech.pcm).max() < 32767  # and not clipped
    assert 150 <= median_f0(speech.pcm, speech.sample_rate) <= 400  # a female voice, voiced


@pytest.mark.voice
def test_timings_are_monotonic_and_cover_the_audio(speech):
    assert [s.text for s in speech.sentences] == [SENTENCE]
    assert speech.sentences[0].start_ms == 0
    assert speech.sentences[-1].end_ms == speech.duration_ms
    words = speech.words
    assert "".join(w.text for w in words) == "本报讯五月二十八日我市首场政企恳谈会举行"
    for a, b in zip(words, words[1:]):
        assert a.start_ms < a.end_ms <= b.start_ms
    assert words[-1].end_ms <= speech.duration_ms
    # the comma pause falls between 二十八日 and 我市
    assert (words[2].text, words[3].text) == ("二十八日", "我市")
    gap = words[3].start_ms - words[2].end_ms
    assert 150 <= gap <= 600


@pytest.mark.voice
def test_sentences_follow_each_other_with_pauses(baker_engine, baker_preset):
    text = "市委书记出席会议并讲话。他强调，要进一步优化营商环境！与会企业家纷纷表示支持"
    result = baker_engine.synthesize(text, baker_preset)
    spans = result.sentences
    assert [s.text for s in spans] == [
        "市委书记出席会议并讲话。", "他强调，要进一步优化营商环境！", "与会企业家纷纷表示支持"
    ]  # fmt: skip
    assert spans[0].start_ms == 0 and spans[-1].end_ms == result.duration_ms
    for a, b in zip(spans, spans[1:]):
        assert a.end_ms == b.start_ms and a.start_ms < a.end_ms
    # each sentence ends in silence (its pause)
    end = spans[0].end_ms * 24
    assert rms(result.pcm[end - 24 * 300 : end]) < 50


@pytest.mark.voice
def test_rate_changes_the_duration(baker_engine, baker_preset):
    slow = baker_engine.synthesize(SENTENCE, dataclasses.replace(baker_preset, rate="-20%"))
    fast = baker_engine.synthesize(SENTENCE, dataclasses.replace(baker_preset, rate="+20%"))
    assert fast.duration_ms < slow.duration_ms * 0.85
    assert speed_ratio("+25%") == pytest.approx(0.8) and speed_ratio("-20%") == pytest.approx(1.25)


@pytest.mark.voice
@pytest.mark.parametrize("text", ["iPhone 15和5G网络。", "😀％@", "ＡＢＣ", "，。"])
def test_leftover_latin_digits_and_symbols_never_crash(baker_engine, baker_preset, text):
    result = baker_engine.synthesize(text, baker_preset)
    assert result.sample_rate == 24000
    assert all(s.start_ms <= s.end_ms <= result.duration_ms for s in result.sentences)


@pytest.mark.voice
def test_wav_decodes_with_ffmpeg(speech, tmp_path):
    import imageio_ffmpeg

    path = tmp_path / "baker.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(speech.sample_rate)
        out.writeframes(speech.pcm.tobytes())
    decoded = subprocess.run(
        [imageio_ffmpeg.get_ffmpeg_exe(), "-v", "error", "-i", str(path),
         "-f", "s16le", "-ac", "1", "-ar", "24000", "-"],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    assert np.array_equal(np.frombuffer(decoded, dtype=np.int16), speech.pcm)


@pytest.mark.voice
def test_identity_names_model_and_frontend(baker_engine, baker_preset, baker_voice_dir, monkeypatch):
    identity = baker_engine.identity(baker_preset)
    assert identity["engine"] == "baker" and identity["model"] == baker_preset.voice
    assert identity["version"].startswith("fe") and len(identity["version"].split("+")[1]) == 16
    # the factory's no-argument engine finds the same installed voice
    monkeypatch.setenv("AUDIOPAPER_HOME", str(test_home()))
    from audiopaper.engines import make_engine

    assert make_engine("baker").identity(baker_preset) == identity


@pytest.mark.voice
def test_runtime_failure_becomes_synthesis_error(baker_voice_dir, baker_preset, monkeypatch):
    engine = BakerEngine(model_dir=baker_voice_dir)

    def broken(mel):
        raise RuntimeError("tflite/kernels: boom")

    monkeypatch.setattr(engine, "_vocode", broken)
    with pytest.raises(SynthesisError, match="boom") as err:
        engine.synthesize(SENTENCE, baker_preset)
    assert "本报讯" in str(err.value)


@pytest.mark.parametrize(("field", "value"), [("rate", "10%"), ("rate", "+1.5%"), ("volume", " +5% "), ("volume", "loud")])
def test_rate_and_volume_must_be_in_edge_tts_notation(field, value):
    from audiopaper.models import VoicePreset

    preset = VoicePreset("mybaker", "baker", "fastspeech2-baker-mbmelgan", **{field: value})
    with pytest.raises(VoiceError, match=f"mybaker.*{field}"):
        BakerEngine(model_dir="/nonexistent").synthesize("你好。", preset)  # refused before the model loads
    assert speed_ratio("-0%") == 1.0 and speed_ratio("") == 1.0


def test_pauses_follow_punctuation():
    assert pause_after("他说。") > pause_after("他说，") > pause_after("他说、")
    assert pause_after("他说。”") == pause_after("他说。")


NEWS = (
    "本报讯 5月28日，我市首场政企恳谈会举行，围绕应对疫情影响出台的惠企助企政策落实情况，"
    "面对面听取企业家意见。“政府帮扶固然重要，但路在脚下。”"
)


@pytest.fixture(scope="module")
def chunks(baker_engine):
    """Each rendered chunk of a news paragraph, as int16-scaled float samples."""
    from audiopaper.engines.baker.engine import MAX_CHUNK_CHARS
    from audiopaper.sentences import chunk_sentences

    out = []
    for sentence in split_sentences(NEWS):
        for chunk in chunk_sentences(sentence, MAX_CHUNK_CHARS):
            rendered = baker_engine._render(chunk, 1.0, what=chunk)
            out.append((chunk, rendered.pcm * 32767.0, baker_engine.utterance(chunk).syllables))
    return out


@pytest.mark.voice
def test_chunks_end_after_the_sound_dies_and_start_and_end_quietly(chunks):
    ms20 = 24000 // 50
    for chunk, pcm, syllables in chunks:
        assert 0.15 <= len(pcm) / 24000 / syllables <= 0.4, chunk
        # the last syllable rings on past the model's final `sil`: not cut off
        assert rms(pcm[-ms20:]) < 30, chunk  # about -60 dBFS
        assert rms(pcm[:ms20]) < 30, chunk
        assert abs(pcm[0]) < 1 and abs(pcm[-1]) < 1, chunk  # faded: no click at the join


@pytest.mark.voice
def test_long_silences_only_at_punctuation(chunks):
    for chunk, pcm, _ in chunks:
        window = 240  # 10 ms
        levels = np.sqrt(np.mean(pcm[: len(pcm) // window * window].reshape(-1, window) ** 2, axis=1))
        quiet = np.concatenate([[False], levels < 30, [False]])
        edges = np.flatnonzero(np.diff(quiet.astype(int)))
        runs = [(a, b) for a, b in zip(edges[::2], edges[1::2]) if b - a >= 15]  # ≥150 ms
        inner = [(a, b) for a, b in runs if a > 0 and b < len(levels)]
        marks = sum(chunk.rstrip("。！？”").count(m) for m in "，、；：")
        assert len(inner) <= marks, (chunk, inner)


@pytest.mark.voice
def test_no_clipping_on_a_paragraph(baker_engine, baker_preset):
    result = baker_engine.synthesize(NEWS, baker_preset)
    assert np.abs(result.pcm.astype(np.int32)).max() < 32767


@pytest.mark.voice
def test_litert_info_line_stays_off_stderr(baker_voice_dir):
    import sys

    script = (
        "import sys; from pathlib import Path\n"
        "from audiopaper.engines.baker import BakerEngine\n"
        "from audiopaper.voices import get_preset\n"
        "e = BakerEngine(model_dir=Path(sys.argv[1]))\n"
        "s = e.synthesize('你好。', get_preset('baker'))\n"
        "print(len(s.pcm))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(baker_voice_dir)], capture_output=True, text=True, check=True
    )
    assert int(done.stdout) > 0
    assert "XNNPACK" not in done.stderr and "INFO:" not in done.stderr


def test_quiet_native_stderr_passes_other_lines_and_restores_fd2(capfd):
    import os

    from audiopaper.engines.baker.litert import quiet_native_stderr

    with pytest.raises(RuntimeError):
        with quiet_native_stderr():
            os.write(2, b"INFO: Created TensorFlow Lite XNNPACK delegate for CPU.\n")
            os.write(2, b"ERROR: something real\n")
            raise RuntimeError("boom")
    os.write(2, b"after\n")
    err = capfd.readouterr().err
    assert err == "ERROR: something real\nafter\n"
