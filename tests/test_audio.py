"""The ffmpeg adapter, checked with independent readers (mutagen, pyloudnorm, ffmpeg)."""

from __future__ import annotations

import subprocess

import numpy as np
import pyloudnorm
import pytest
from mutagen.mp3 import MP3, BitrateMode

from audiopaper import audio
from audiopaper.errors import AudioError

RATE = 24000


def speechlike(seconds: float, level: float, seed: int = 1) -> np.ndarray:
    """Tone bursts with pauses, roughly speech's rhythm, at peak *level* (0..1)."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * RATE)) / RATE
    carrier = np.sin(2 * np.pi * 220 * t) + 0.5 * np.sin(2 * np.pi * 660 * t) + 0.1 * rng.standard_normal(len(t))
    gate = (np.sin(2 * np.pi * 2.5 * t) > -0.3).astype(float)
    signal = carrier * gate
    return np.rint(signal / np.abs(signal).max() * level * 32767).astype(np.int16)


def pyloudnorm_lufs(pcm: np.ndarray) -> float:
    return pyloudnorm.Meter(RATE).integrated_loudness(pcm.astype(np.float64) / 32768)


def test_ffmpeg_is_found_and_runs():
    out = subprocess.run([audio.ffmpeg_exe(), "-version"], capture_output=True, text=True, check=True).stdout
    assert out.startswith("ffmpeg version")


def test_mp3_is_cbr_with_a_header_and_mutagen_length_matches_decoded(tmp_path):
    pcm = speechlike(7.3, 0.5)
    path = tmp_path / "x.mp3"
    audio.encode_mp3(pcm, RATE, path)
    info = MP3(path).info
    assert info.bitrate_mode == BitrateMode.CBR
    assert info.bitrate == 64000
    assert info.channels == 1 and info.sample_rate == RATE
    # the Xing/LAME header ("Info" for CBR) is only there when ffmpeg could seek back
    assert b"Info" in path.read_bytes()[:2000] or b"Xing" in path.read_bytes()[:2000]
    decoded, rate = audio.decode(path)
    assert rate == RATE
    assert abs(info.length - len(decoded) / RATE) < 0.1
    # gapless decode: encoder delay and padding removed, to within one MP3 frame
    assert abs(len(decoded) - len(pcm)) <= audio.MP3_FRAME_SAMPLES


def test_encoding_is_reproducible(tmp_path):
    pcm = speechlike(2.0, 0.4)
    audio.encode_mp3(pcm, RATE, tmp_path / "a.mp3")
    audio.encode_mp3(pcm, RATE, tmp_path / "b.mp3")
    assert (tmp_path / "a.mp3").read_bytes() == (tmp_path / "b.mp3").read_bytes()


def test_quiet_speech_is_normalized_to_minus_19_lufs():
    pcm = speechlike(20.0, 0.05)
    assert pyloudnorm_lufs(pcm) < -30
    out, report = audio.normalize_loudness(pcm, RATE)
    assert len(out) == len(pcm) and out.dtype == np.int16
    assert report.gain_db > 10
    assert abs(pyloudnorm_lufs(out) - audio.TARGET_LUFS) < 0.5
    assert report.result.true_peak_dbtp <= audio.MAX_TRUE_PEAK_DBTP


def test_peaky_audio_is_limited_below_the_true_peak_ceiling_in_the_mp3(tmp_path):
    pcm = speechlike(20.0, 0.1)
    pcm[::3000] = 32000  # clicks: far louder than the speech around them
    out, report = audio.normalize_loudness(pcm, RATE)
    assert report.limited_samples > 0
    path = tmp_path / "peaky.mp3"
    audio.encode_mp3(out, RATE, path)
    measured = audio.measure_file_loudness(path)
    assert measured.true_peak_dbtp <= audio.MAX_TRUE_PEAK_DBTP
    assert abs(measured.integrated_lufs - audio.TARGET_LUFS) <= 1.0


def test_loud_speech_is_turned_down_and_the_reported_result_is_what_a_meter_measures():
    # turning down needs no limiter, so the result is computed, not measured again:
    # it must agree with an independent meter
    pcm = speechlike(20.0, 0.9)
    assert pyloudnorm_lufs(pcm) > -12
    out, report = audio.normalize_loudness(pcm, RATE)
    assert report.gain_db < -5 and report.limited_samples == 0
    assert abs(pyloudnorm_lufs(out) - audio.TARGET_LUFS) < 0.3
    assert abs(report.result.integrated_lufs - pyloudnorm_lufs(out)) < 0.3
    assert abs(report.result.true_peak_dbtp - audio.measure_loudness(out, RATE).true_peak_dbtp) < 0.3
    # one linear gain: the waveform keeps its shape
    assert np.corrcoef(out.astype(float), pcm.astype(float))[0, 1] > 0.9999


def test_normalize_in_place_keeps_the_buffer():
    pcm = speechlike(3.0, 0.05)
    out, _ = audio.normalize_loudness(pcm, RATE, in_place=True)
    assert out is pcm


def test_silence_is_left_alone():
    pcm = np.zeros(RATE * 2, dtype=np.int16)
    out, report = audio.normalize_loudness(pcm, RATE)
    assert report.gain_db == 0.0
    assert not out.any()


def test_encode_errors_name_the_file(tmp_path):
    target = tmp_path / "missing-dir" / "x.mp3"
    with pytest.raises(AudioError, match="missing-dir"):
        audio.encode_mp3(speechlike(1.0, 0.3), RATE, target)
    with pytest.raises(AudioError, match="empty"):
        audio.encode_mp3(np.zeros(0, dtype=np.int16), RATE, tmp_path / "empty.mp3")


@pytest.mark.parametrize("rate, seconds", [(24000, 7.3), (16000, 3.3), (16000, 5.01)])
def test_mutagen_length_is_exact_because_the_lame_tag_is_readable(tmp_path, rate, seconds):
    # ffmpeg labels its LAME tag "Lavf", which mutagen does not read, so mutagen
    # used to count whole frames, encoder delay and padding included: up to
    # 0.1 s long at 24 kHz and more at 16 kHz
    pcm = np.zeros(int(seconds * rate), dtype=np.int16)
    pcm[::7] = 3000
    path = tmp_path / "x.mp3"
    audio.encode_mp3(pcm, rate, path)
    info = MP3(path).info
    assert info.encoder_info.startswith("LAME")
    decoded, got_rate = audio.decode(path)
    assert got_rate == rate
    assert len(decoded) == len(pcm)
    assert abs(info.length - len(pcm) / rate) < 0.001


def test_span_loudness_agrees_with_pyloudnorm_for_each_span():
    quiet, loud = speechlike(3.0, 0.1, seed=2), speechlike(4.0, 0.6, seed=3)
    pcm = np.concatenate([quiet, np.zeros(RATE // 2, dtype=np.int16), loud])
    spans = [(0, len(quiet)), (len(pcm) - len(loud), len(pcm)), (0, RATE // 5), (len(quiet), len(quiet) + RATE // 2)]
    measured = audio.span_loudness(pcm, RATE, spans)
    assert abs(measured[0] - pyloudnorm_lufs(quiet)) < 0.3
    assert abs(measured[1] - pyloudnorm_lufs(loud)) < 0.3
    assert measured[2] == -np.inf  # shorter than one 400 ms block
    assert measured[3] < -50  # silence (but for the K-filter's ring-down)


def _ffmpegs() -> list[str]:
    import shutil

    import imageio_ffmpeg

    found = [shutil.which("ffmpeg"), imageio_ffmpeg.get_ffmpeg_exe()]
    return [exe for exe in dict.fromkeys(found) if exe]


@pytest.mark.parametrize("exe", _ffmpegs())
def test_loudness_encode_and_decode_work_with_every_ffmpeg_on_the_machine(exe, tmp_path, monkeypatch):
    # "framelog=quiet" made ebur128 fail on Debian 12's ffmpeg 5.1, which is
    # the one used whenever it is installed
    monkeypatch.setenv("AUDIOPAPER_FFMPEG", exe)
    audio.ffmpeg_exe.cache_clear()
    try:
        pcm = speechlike(3.0, 0.3)
        measured = audio.measure_loudness(pcm, RATE)
        assert abs(measured.integrated_lufs - pyloudnorm_lufs(pcm)) < 0.3
        assert audio.span_loudness(pcm, RATE, [(0, len(pcm))])[0] == pytest.approx(measured.integrated_lufs, abs=0.3)
        audio.encode_mp3(pcm, RATE, tmp_path / "x.mp3")
        assert abs(audio.measure_file_loudness(tmp_path / "x.mp3").integrated_lufs - measured.integrated_lufs) < 1.0  # 64k drops some noise
        decoded, _ = audio.decode(tmp_path / "x.mp3")
        assert len(decoded) == len(pcm)
        assert abs(MP3(tmp_path / "x.mp3").info.length - len(pcm) / RATE) < 0.001
    finally:
        audio.ffmpeg_exe.cache_clear()


def test_a_first_pass_with_the_sample_peak_normalizes_as_one_with_the_true_peak():
    # doublets (two equal samples side by side) peak between the samples, about
    # 2 dB over them: where the sample peak says the ceiling may hold, the true
    # peak must decide, as if it had been measured in the first pass
    decided_by_true_peak = limited_for_sure = 0
    for level in np.geomspace(0.05, 0.4, 14):
        pcm = speechlike(8.0, 0.05)
        for start in range(RATE // 2, len(pcm) - 1, RATE):
            pcm[start : start + 2] = int(level * 32767)
        by_sample = audio.measure_blocks(pcm, RATE, true_peak=False).loudness()
        by_true = audio.measure_loudness(pcm, RATE)
        assert by_sample.integrated_lufs == by_true.integrated_lufs
        assert by_sample.true_peak_dbtp < by_true.true_peak_dbtp - 1.0
        out_sample, report_sample = audio.normalize_loudness(pcm, RATE, measured=by_sample, sample_peak=True)
        out_true, report_true = audio.normalize_loudness(pcm, RATE, measured=by_true)
        assert np.array_equal(out_sample, out_true)
        assert report_sample.result == report_true.result and report_sample.limited_samples == report_true.limited_samples
        assert report_true.result.true_peak_dbtp <= audio.MAX_TRUE_PEAK_DBTP
        gain = report_true.gain_db
        if by_sample.true_peak_dbtp + gain > audio.LIMITER_CEILING_DBTP + audio.TRUE_UNDER_SAMPLE_PEAK_DB:
            limited_for_sure += 1
        elif by_true.true_peak_dbtp + gain > audio.LIMITER_CEILING_DBTP:
            decided_by_true_peak += 1
    assert decided_by_true_peak and limited_for_sure


def test_pcm_goes_to_ffmpeg_whole_in_large_packets():
    # PCM is piped as WAV read in large packets: a length that is no multiple of
    # the packet size arrives whole, sample for sample
    pcm = speechlike(3.0, 0.5)[: 3 * 32768 + 7]
    proc = audio._run([*audio._pcm_input_args(), "-f", "s16le", "-c:a", "pcm_s16le", "pipe:1"], pcm, "<test>", RATE)
    assert np.array_equal(np.frombuffer(proc.stdout, dtype="<i2"), pcm)
