"""The ffmpeg adapter: encode, decode and measure 16-bit mono PCM.

ffmpeg is the system binary when there is one, else the one imageio-ffmpeg
ships, so a plain `pip install` is enough. PCM goes in on stdin as 16-bit WAV,
read in packets of 32768 samples (raw s16le comes in packets of 1024, each handed
between ffmpeg's threads: a third of a loudness pass's CPU went on that); MP3s are written to a file path (never a pipe) so the muxer can go back and
fill in the Xing/LAME header that players need for length and seeking.
"""

from __future__ import annotations

import functools
import logging
import math
import os
import re
import shutil
import struct
import subprocess
import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from .errors import AudioError

log = logging.getLogger(__name__)

#: loudness target for mono speech (the equivalent of -16 LUFS for stereo)
TARGET_LUFS = -19.0
#: the promise: true peak of the published MP3 at or below this
MAX_TRUE_PEAK_DBTP = -1.5
#: where the limiter aims, leaving room for MP3 encoding overshoot
LIMITER_CEILING_DBTP = -2.5
#: the limiter holds sample peaks, and speech's true peaks run about half a dB above
#: them: aiming this far lower at first, one measuring pass usually confirms the result
INTER_SAMPLE_HEADROOM_DB = 0.7
#: how far below the sample peak ebur128's true peak may come out (its 8x resampler's
#: low-pass trims content near Nyquist): a sample peak this far over the ceiling means
#: limiting for sure, without the costlier true-peak measurement
TRUE_UNDER_SAMPLE_PEAK_DB = 0.5
MP3_BITRATE = "64k"
#: LAME's -q: 7 ("fast") encodes ~2.7x faster than the default; at 64 kbit/s
#: for 24 kHz mono speech the bitrate is generous enough that it is inaudible
MP3_QUALITY = 7
#: samples per MPEG-2 layer III frame (24 kHz and below)
MP3_FRAME_SAMPLES = 576
#: encoder field of the Xing/LAME tag (the libmp3lame that ffmpeg builds use)
LAME_TAG_ENCODER = "LAME3.100"


@functools.lru_cache(maxsize=1)
def ffmpeg_exe() -> str:
    """The ffmpeg to run: $AUDIOPAPER_FFMPEG, the system one, or imageio-ffmpeg's."""
    if explicit := os.environ.get("AUDIOPAPER_FFMPEG"):
        return explicit
    if system := shutil.which("ffmpeg"):
        return system
    try:
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_exe()
    except Exception as exc:  # imageio-ffmpeg raises RuntimeError, or is missing
        raise AudioError("ffmpeg", f"no ffmpeg found (install ffmpeg or imageio-ffmpeg): {exc}") from exc


#: bytes per packet ffmpeg's WAV reader hands on (its default is 4096)
_WAV_PACKET_BYTES = 65536


def _pcm_input_args() -> list[str]:
    # the stream's length is what comes down the pipe (a header can't hold more than 4 GiB)
    return ["-f", "wav", "-ignore_length", "1", "-max_size", str(_WAV_PACKET_BYTES), "-i", "pipe:0"]


def _wav_header(samples: int, sample_rate: int) -> bytes:
    """A mono 16-bit PCM WAV header for *samples* samples."""
    data_bytes = min(samples * 2, 0xFFFFFFFF - 36)
    return (
        b"RIFF" + struct.pack("<I", 36 + data_bytes) + b"WAVE"
        + b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, sample_rate, sample_rate * 2, 2, 16)
        + b"data" + struct.pack("<I", data_bytes)
    )


def _run(
    args: list[str], pcm: np.ndarray | bytes | None, what: str, sample_rate: int = 0
) -> subprocess.CompletedProcess[bytes]:
    """Run ffmpeg with *pcm* (as WAV at *sample_rate*, see _pcm_input_args) or encoded
    bytes on stdin, without copying them, and wrap failures."""
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostats", "-loglevel", "info", *args]
    header = b""
    if isinstance(pcm, bytes):
        data: memoryview | bytes | None = pcm
    elif pcm is not None:
        data = memoryview(_as_s16le(pcm)).cast("B")
        header = _wav_header(len(pcm), sample_rate)
    else:
        data = None
    try:
        with subprocess.Popen(
            cmd,
            stdin=subprocess.PIPE if data is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        ) as popen:
            try:
                if header:
                    try:
                        popen.stdin.write(header)  # type: ignore[union-attr]  # smaller than a pipe's buffer
                    except BrokenPipeError:
                        pass  # ffmpeg has ended already: its stderr says why
                stdout, stderr = popen.communicate(data)
            except BaseException:
                popen.kill()
                raise
        proc = subprocess.CompletedProcess(cmd, popen.returncode, stdout, stderr)
    except OSError as exc:
        raise AudioError(what, f"cannot run ffmpeg: {exc}") from exc
    if proc.returncode != 0:
        if b"No space left on device" in proc.stderr:
            raise AudioError(what, "no space left on device (ffmpeg could not write the file)")
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise AudioError(what, f"ffmpeg failed ({proc.returncode}): {' / '.join(tail)}")
    return proc


def _as_s16le(pcm: np.ndarray) -> np.ndarray:
    if pcm.ndim != 1:
        raise AudioError("<pcm>", f"expected mono PCM, got shape {pcm.shape}")
    return np.ascontiguousarray(pcm, dtype="<i2")


def encode_mp3(
    pcm: np.ndarray,
    sample_rate: int,
    path: str | os.PathLike[str],
    *,
    bitrate: str = MP3_BITRATE,
    quality: int = MP3_QUALITY,
) -> None:
    """Encode mono int16 *pcm* as CBR MP3 with a Xing/LAME header at *path*.

    No ID3 tag is written here (id3.py adds ours); output is bit-exact so a
    rebuild gives the same bytes.
    """
    target = Path(path)
    if len(pcm) == 0:
        raise AudioError(str(target), "nothing to encode (empty audio)")
    _run(
        [
            *_pcm_input_args(),
            "-c:a", "libmp3lame", "-b:a", bitrate, "-abr", "0", "-compression_level", str(quality),
            "-ar", str(sample_rate), "-ac", "1",
            "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact",
            # the tag's encoder field must start "LAME" for readers such as
            # mutagen to take the encoder delay and padding from it (ffmpeg
            # writes "Lavf" otherwise, and lengths come out up to 0.1 s long)
            "-metadata:s:a:0", f"encoder={LAME_TAG_ENCODER}",
            "-write_xing", "1", "-id3v2_version", "0", "-write_id3v1", "0",
            "-f", "mp3", "-y", str(target),
        ],
        pcm,
        str(target),
        sample_rate,
    )


def decode(path: str | os.PathLike[str], sample_rate: int | None = None) -> tuple[np.ndarray, int]:
    """Decode any audio file to mono int16 PCM (gapless: encoder delay removed)."""
    return _decode(str(path), None, sample_rate, str(path))


def decode_bytes(data: bytes, sample_rate: int | None = None) -> tuple[np.ndarray, int]:
    """Decode encoded audio held in memory (e.g. MP3 from a TTS service) to mono int16 PCM."""
    if not data:
        raise AudioError("<audio bytes>", "nothing to decode (no bytes)")
    return _decode("pipe:0", data, sample_rate, "<audio bytes>")


def _decode(source: str, data: bytes | None, sample_rate: int | None, what: str) -> tuple[np.ndarray, int]:
    args = ["-i", source, "-map", "0:a:0", "-ac", "1"]
    if sample_rate:
        args += ["-ar", str(sample_rate)]
    args += ["-f", "s16le", "-c:a", "pcm_s16le", "pipe:1"]
    proc = _run(args, data, what)
    rate = sample_rate or _stream_rate(proc.stderr.decode("utf-8", "replace"), what)
    return np.frombuffer(proc.stdout, dtype="<i2").astype(np.int16), rate


def _stream_rate(stderr: str, what: str) -> int:
    m = re.search(r"Audio: .*?, (\d+) Hz", stderr)
    if not m:
        raise AudioError(what, "cannot tell the sample rate")
    return int(m.group(1))


@dataclass(frozen=True)
class Loudness:
    integrated_lufs: float  # -inf for silence
    true_peak_dbtp: float  # -inf for silence


# ebur128's per-frame log goes to "verbose", below the "info" that _run
# prints, so only the summary shows; "framelog=quiet" is not understood by
# ffmpeg before 6 (Debian 12 ships 5.1), which then fails the whole run
_INTEGRATED = re.compile(r"Integrated loudness:\s*I:\s*(-?[\d.]+|-?inf|nan) LUFS", re.S)
_PEAK = re.compile(r"(?:True|Sample) peak:\s*Peak:\s*(-?[\d.]+|-?inf|nan) dBFS", re.S)


def _parse_loudness(stderr: str, what: str) -> Loudness:
    summary = stderr[stderr.rfind("Summary:") :]
    i = _INTEGRATED.search(summary)
    tp = _PEAK.search(summary)
    if not i or not tp:
        raise AudioError(what, "ffmpeg ebur128 printed no loudness summary")
    as_float = lambda s: -math.inf if "inf" in s or s == "nan" else float(s)  # noqa: E731
    integrated = as_float(i.group(1))
    # ebur128 reports -70 LUFS (its gate) for silence
    return Loudness(-math.inf if integrated <= -70.0 else integrated, as_float(tp.group(1)))


def measure_loudness(pcm: np.ndarray, sample_rate: int) -> Loudness:
    """EBU R128 integrated loudness and true peak of mono PCM (ffmpeg ebur128)."""
    return measure_blocks(pcm, sample_rate).loudness()


@dataclass(frozen=True, eq=False)
class BlockLoudness:
    """BS.1770 gating blocks (400 ms, every 100 ms) of a buffer, and its true (or sample) peak."""

    block_end_s: np.ndarray  # where each block ends, in seconds
    momentary: np.ndarray  # each block's loudness, LUFS (-inf: silent)
    true_peak_dbtp: float  # the sample peak (dBFS) where not true_peak
    true_peak: bool = True

    def loudness(self) -> Loudness:
        integrated = _gated_loudness(self.momentary)
        # to the tenth ebur128 prints, like its own summary
        return Loudness(round(integrated, 1) if math.isfinite(integrated) else integrated, self.true_peak_dbtp)

    def span(self, start_s: float, stop_s: float) -> float:
        """Integrated loudness of the blocks that lie wholly in [start_s, stop_s)."""
        first = np.searchsorted(self.block_end_s, start_s + _GATE_BLOCK_S - 1e-6)
        last = np.searchsorted(self.block_end_s, stop_s + 1e-6)
        return _gated_loudness(self.momentary[first:last])


#: a buffer is measured in pieces of at least this long, one ffmpeg per core at once
_MIN_PIECE_S = 60.0


def measure_blocks(pcm: np.ndarray, sample_rate: int, cuts: Sequence[int] = (), *, true_peak: bool = True) -> BlockLoudness:
    """Gating blocks and true peak of *pcm*, measured in pieces run side by side.

    With *true_peak* False the peak is the sample peak, which takes ebur128
    less than half the time (it oversamples eight times for a true peak).

    A long episode is split (at *cuts*, sample positions such as segment starts,
    where it can) into one piece per core. Each piece's blocks are its own:
    the three blocks that would straddle a cut are not measured, which moves an
    episode's integrated loudness by far less than the 0.1 LU it is logged with.
    """
    from concurrent.futures import ThreadPoolExecutor

    bounds = _pieces(len(pcm), sample_rate, cuts)
    with ThreadPoolExecutor(max_workers=len(bounds)) as pool:
        results = list(pool.map(lambda b: _measure_piece(pcm[b[0] : b[1]], sample_rate, b[0], true_peak), bounds))
    ends = np.concatenate([r[0] for r in results]) if results else np.zeros(0)
    levels = np.concatenate([r[1] for r in results]) if results else np.zeros(0)
    peak = max((r[2] for r in results), default=-math.inf)
    return BlockLoudness(ends, levels, peak, true_peak)


def _pieces(n: int, sample_rate: int, cuts: Sequence[int]) -> list[tuple[int, int]]:
    count = max(1, min(_cores(), int(n / sample_rate // _MIN_PIECE_S)))
    if count == 1:
        return [(0, n)]
    candidates = np.asarray(sorted(c for c in cuts if 0 < c < n) or range(1, n, sample_rate), dtype=np.int64)
    edges = [0]
    for k in range(1, count):
        ideal = n * k // count
        cut = int(candidates[np.argmin(np.abs(candidates - ideal))])
        if cut > edges[-1]:
            edges.append(cut)
    edges.append(n)
    return list(zip(edges[:-1], edges[1:]))


def _cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _measure_piece(
    pcm: np.ndarray, sample_rate: int, offset: int, true_peak: bool = True
) -> tuple[np.ndarray, np.ndarray, float]:
    peak = "true" if true_peak else "sample"
    proc = _run(
        [*_pcm_input_args(), "-af", f"ebur128=peak={peak}:framelog=info", "-f", "null", "-"],
        pcm,
        "<loudness>",
        sample_rate,
    )
    stderr = proc.stderr.decode("utf-8", "replace")
    ends: list[float] = []
    levels: list[float] = []
    for match in _MOMENTARY.finditer(stderr):
        level = match.group(2)
        ends.append(round(float(match.group(1)) / _GATE_STEP_S) * _GATE_STEP_S)
        levels.append(-math.inf if "inf" in level or level == "nan" else float(level))
    block_end = np.asarray(ends, dtype=np.float64)
    momentary = np.asarray(levels, dtype=np.float64)
    if offset:  # a piece's first blocks reach back before it, into what it does not have
        keep = block_end >= _GATE_BLOCK_S - 1e-6
        block_end, momentary = block_end[keep], momentary[keep]
    return block_end + offset / sample_rate, momentary, _parse_loudness(stderr, "<loudness>").true_peak_dbtp


def measure_file_loudness(path: str | os.PathLike[str]) -> Loudness:
    """Loudness of an audio file as a player decodes it."""
    proc = _run(["-i", str(path), "-af", "ebur128=peak=true:framelog=verbose", "-f", "null", "-"], None, str(path))
    return _parse_loudness(proc.stderr.decode("utf-8", "replace"), str(path))


@dataclass(frozen=True)
class Normalization:
    """What normalize_loudness() did, for the manifest and the logs."""

    measured: Loudness
    gain_db: float
    limited_samples: int  # samples the limiter turned down
    result: Loudness


def normalize_loudness(
    pcm: np.ndarray,
    sample_rate: int,
    *,
    target_lufs: float = TARGET_LUFS,
    ceiling_dbtp: float = LIMITER_CEILING_DBTP,
    in_place: bool = False,
    measured: Loudness | None = None,
    sample_peak: bool = False,
) -> tuple[np.ndarray, Normalization]:
    """Two passes: measure, then one linear gain plus a true-peak limiter.

    *measured* saves the first pass when the caller knows the loudness (its
    true peak may be an upper bound; with *sample_peak*, its peak is the
    sample peak, and the true peak is measured only where that decides
    whether to limit). Returns an int16 array the same length as *pcm* (*pcm*
    itself when *in_place*), so sample positions (chapters, story cuts) stay
    valid.
    """
    measured = measured or measure_loudness(pcm, sample_rate)
    out = pcm if in_place else pcm.copy()
    if not math.isfinite(measured.integrated_lufs):
        log.warning("audio is silent; loudness left as is")
        return out, Normalization(measured, 0.0, 0, measured)
    gain_db = target_lufs - measured.integrated_lufs
    if sample_peak and measured.true_peak_dbtp + gain_db <= ceiling_dbtp + TRUE_UNDER_SAMPLE_PEAK_DB:
        # limiting is not certain: the true peak decides, as it would have had it been measured at first
        measured = dataclasses.replace(measured, true_peak_dbtp=measure_loudness(pcm, sample_rate).true_peak_dbtp)
    if measured.true_peak_dbtp + gain_db <= ceiling_dbtp:
        # no limiting needed: loudness and true peak move by exactly the gain,
        # so the result is known without a second measuring pass
        _apply_gain_limited(out, gain_db, 0.0, sample_rate)
        result = Loudness(round(measured.integrated_lufs + gain_db, 1), round(measured.true_peak_dbtp + gain_db, 1))
        log.debug("loudness %.1f LUFS, gain %+.1f dB, no limiting", measured.integrated_lufs, gain_db)
        return out, Normalization(measured, gain_db, 0, result)
    ceiling = ceiling_dbtp - INTER_SAMPLE_HEADROOM_DB
    limited = _apply_gain_limited(out, gain_db, ceiling, sample_rate)
    result = measure_loudness(out, sample_rate)
    for _retry in range(4):
        # limiting heavy peaks takes loudness away, and inter-sample peaks can
        # beat a sample-peak limiter: correct the gain, aim lower, go again
        delta = target_lufs - result.integrated_lufs
        delta = delta if abs(delta) > 0.3 else 0.0
        over = result.true_peak_dbtp - ceiling_dbtp
        if not delta and over <= 0.05:
            break
        if over > 0.05:
            ceiling -= over + 0.2
        limited += _apply_gain_limited(out, delta, ceiling, sample_rate)
        gain_db += delta
        result = measure_loudness(out, sample_rate)
    log.debug(
        "loudness %.1f LUFS -> %.1f LUFS (gain %+.1f dB), true peak %.1f dBTP, %d samples limited",
        measured.integrated_lufs, result.integrated_lufs, gain_db, result.true_peak_dbtp, limited,
    )
    return out, Normalization(measured, gain_db, limited, result)


def _block_peaks(pcm: np.ndarray, n_blocks: int) -> np.ndarray:
    """max |sample| per _BLOCK samples, a chunk at a time (no full-size temporaries)."""
    peaks = np.empty(n_blocks, dtype=np.float64)
    step = _CHUNK // _BLOCK
    for b0 in range(0, n_blocks, step):
        b1 = min(n_blocks, b0 + step)
        seg = pcm[b0 * _BLOCK : b1 * _BLOCK]
        if len(seg) % _BLOCK:  # the last, short block
            seg = np.concatenate([seg, np.zeros(_BLOCK - len(seg) % _BLOCK, dtype=pcm.dtype)])
        blocks = seg.reshape(-1, _BLOCK)
        peaks[b0:b1] = np.maximum(blocks.max(axis=1).astype(np.float64), -blocks.min(axis=1).astype(np.float64))
    return peaks


_BLOCK = 64  # limiter resolution in samples (2.7 ms at 24 kHz)
_CHUNK = 1 << 20  # process this many samples at a time to bound float memory


def _apply_gain_limited(pcm: np.ndarray, gain_db: float, ceiling_dbtp: float, sample_rate: int) -> int:
    """pcm *= gain in place, with a look-ahead peak limiter holding |x| under the ceiling.

    Gain reduction is computed per block, spread one block either side
    (attack), released over ~50 ms, then interpolated per sample, so no
    sample exceeds the ceiling and the limiter is inaudible on speech.
    """
    gain = 10 ** (gain_db / 20)
    ceiling = 32767 * 10 ** (ceiling_dbtp / 20)
    n = len(pcm)
    n_blocks = -(-n // _BLOCK)
    peaks = _block_peaks(pcm, n_blocks) * gain
    need = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-9))
    limited = int(np.count_nonzero(need < 1.0))
    if limited:
        # attack: a block's neighbours take its reduction too
        spread = need.copy()
        spread[1:] = np.minimum(spread[1:], need[:-1])
        spread[:-1] = np.minimum(spread[:-1], need[1:])
        # release: gain may rise by at most this factor per block (~6 dB per 50 ms)
        step = 10 ** (6 / 20 * _BLOCK / (0.05 * sample_rate))
        idx = np.flatnonzero(spread < 1.0)
        for i in idx:  # only blocks under reduction, and their tails, are touched
            j, g = i + 1, spread[i] * step
            while j < n_blocks and g < spread[j]:
                spread[j] = g
                j, g = j + 1, g * step
        need = spread
    centers = np.arange(n_blocks) * _BLOCK + (_BLOCK - 1) / 2
    for start in range(0, n, _CHUNK):
        stop = min(n, start + _CHUNK)
        chunk = pcm[start:stop].astype(np.float32) * np.float32(gain)
        if limited:
            # a sample lies between two block centres whose (spread) gains are
            # both at most its own block's need, so interpolating stays safe
            positions = np.arange(start, stop, dtype=np.float64)
            chunk *= np.interp(positions, centers, need).astype(np.float32)
        np.clip(np.rint(chunk), -32768, 32767, out=chunk)
        pcm[start:stop] = chunk.astype(np.int16)
    return limited * _BLOCK


_MOMENTARY = re.compile(r"\bt:\s*([\d.]+)\s+TARGET:.*?\bM:\s*(-?[\d.]+|-?inf|nan)")
#: BS.1770 gating block and the step between blocks, in seconds
_GATE_BLOCK_S = 0.4
_GATE_STEP_S = 0.1


def span_loudness(pcm: np.ndarray, sample_rate: int, spans: Sequence[tuple[int, int]]) -> list[float]:
    """Integrated loudness (LUFS) of each [start, stop) sample span of *pcm*, in one measuring pass.

    ffmpeg's ebur128 logs the loudness of the last 400 ms every 100 ms, which
    are BS.1770's gating blocks; a span's loudness gates and averages the
    blocks that lie inside it. -inf for a span that is silent or shorter
    than one block.
    """
    blocks = measure_blocks(pcm, sample_rate, cuts=[start for start, _ in spans])
    return [blocks.span(start / sample_rate, stop / sample_rate) for start, stop in spans]


def _gated_loudness(momentary: np.ndarray) -> float:
    """BS.1770 integrated loudness from block loudnesses: absolute gate -70, relative gate -10 LU."""
    above = momentary[momentary > -70.0]
    if not len(above):
        return -math.inf
    relative_gate = 10 * math.log10(float(np.mean(10 ** (above / 10)))) - 10
    kept = above[above > relative_gate]
    return 10 * math.log10(float(np.mean(10 ** (kept / 10))))
