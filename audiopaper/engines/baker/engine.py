"""The offline baker voice: FastSpeech2 + multi-band MelGAN run with LiteRT."""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ...errors import SynthesisError, VoiceError
from ...models import Speech, Timing, VoicePreset
from ...sentences import chunk_sentences, split_sentences
from ...voices import PROSODY_PATTERNS
from ..rendering import RenderedChunk, RenderedSentence, join_sentences, rendered_chunk
from .frontend import FRONTEND_VERSION, Frontend, Utterance, frontend_fingerprint
from .install import (
    ACOUSTIC_FILE,
    MAPPER_FILE,
    VOCODER_FILE,
    baker_model_dir,
    check_baker,
    ensure_baker_installed,
    model_fingerprint,
    is_baker_installed,
)
from .graph import rewrite_vocoder
from .litert import load_interpreter

log = logging.getLogger(__name__)

SAMPLE_RATE = 24000
HOP = 300  # samples per mel frame
MAX_CHUNK_CHARS = 48  # longer sentences are cut at clause punctuation
LEAD_FRAMES = 2  # model silence kept before a chunk (25 ms)
# Mel frames vocoded at once (7.5 s): bounds the vocoder's memory (about 0.077 MB a frame,
# 51 MB with the context, since graph.rewrite_vocoder makes it one XNNPACK piece; 0.33 MB in
# 74 pieces, 0.6 MB as the file has it). All but 1 chunk in 250 fit in one window
# (MAX_CHUNK_CHARS), so the context is vocoded twice for 0.1 % of the frames (sample page;
# 2 % with 300 frames, 12 % on the long sentences of benchmarks/data/news_sentences*.txt).
VOCODER_WINDOW = 600
VOCODER_CONTEXT = 32  # frames either side; 24 already give the same bits as a whole run
VOCODER_GRAPH_VERSION = "graph2"  # graph.rewrite_vocoder: its samples differ from the file's by rounding
# The last syllable rings on into the final `sil` (its durations end early, by
# 100 ms or more), so a chunk ends where its sound does, not where `sil` starts.
QUIET = 100 / 32768  # about -50 dBFS: the level below which a 10 ms window is silent
TAIL_MS = 30  # kept after the sound has died away
FADE_IN_MS, FADE_OUT_MS = 3, 10  # no clicks where a chunk meets our pauses

# Pause after a chunk, by its last punctuation mark (ms).
_PAUSES = (
    ("…", 450),
    ("。！？!?", 400),
    ("；;", 300),
    ("，,：:", 200),
    ("、", 150),
)
_NEWLINE_PAUSE_MS = 500  # a line without final punctuation: a headline
_DEFAULT_PAUSE_MS = 300
_TRAILING = "”’」』）)》\"' \t"


def pause_after(chunk: str) -> int:
    """Milliseconds of silence after a chunk, from its final punctuation."""
    stripped = chunk.rstrip(_TRAILING)
    if not stripped:
        return _DEFAULT_PAUSE_MS
    last = stripped[-1]
    for marks, ms in _PAUSES:
        if last in marks:
            return ms
    return _NEWLINE_PAUSE_MS


def _percent(value: str, what: str, preset: VoicePreset) -> float:
    """'+25%' -> 25.0, in the notation edge-tts accepts (a sign, a whole number)."""
    value = value or "+0%"
    if not re.fullmatch(PROSODY_PATTERNS[what], value):
        raise VoiceError(preset.name, f"{what} {value!r} must be like '+10%' or '-5%' (a sign, then a whole number)")
    return float(value[:-1])


def speed_ratio(rate: str, preset: VoicePreset | None = None) -> float:
    """edge-style rate ('+25%' = 25 % faster) → the model's speed_ratios.

    The model multiplies its durations by the ratio (1.2 → 23 % longer,
    measured), so faster speech needs a ratio below 1.
    """
    pct = _percent(rate, "rate", preset or VoicePreset("?", "baker", "?"))
    pct = min(max(pct, -50.0), 100.0)
    return 1.0 / (1.0 + pct / 100.0)


@dataclass(frozen=True)
class PreparedText:
    """A text made ready for the model: each sentence with its chunks' utterances."""

    speed: float
    gain: float
    sentences: tuple[tuple[str, tuple[Utterance, ...]], ...]


@dataclass(frozen=True)
class _Rendered:
    pcm: np.ndarray  # float32, trimmed
    words: tuple[Timing, ...]  # ms relative to the chunk start


class BakerEngine:
    """Speaks Mandarin offline. Models load once, on first use."""

    name = "baker"
    parallelism = 1
    runs_in_workers = True  # ProcessPoolEngine may run one per core

    def __init__(self, model_dir: Path | str | None = None, num_threads: int | None = None):
        self._model_dir = Path(model_dir) if model_dir else None
        # One thread: LiteRT's output depends on its thread count, and the same text must give
        # the same bytes however many jobs run (cores are used by worker processes instead).
        self._threads = num_threads or 1
        self._frontend = Frontend()
        self._lock = threading.Lock()
        self._acoustic = None
        self._vocoder = None
        self._symbol_ids: dict[str, int] = {}

    # -- Protocol ---------------------------------------------------------

    def identity(self, preset: VoicePreset) -> dict[str, str]:
        # Cheap and install-free (a warm cache needs no model): the pinned wheel and our
        # repair fix the model's hash, and a model whose files no longer have the hashes
        # recorded at install is refused when it loads (_folder), so its audio never
        # reaches the cache; the front end fixes the phones it is given.
        return {
            "engine": self.name,
            "version": f"{FRONTEND_VERSION}.{frontend_fingerprint()}+{model_fingerprint()}+{VOCODER_GRAPH_VERSION}",
            "model": preset.voice,
        }

    def synthesize(self, text: str, preset: VoicePreset) -> Speech:
        return self.render(self.prepare(text, preset))

    def prepare(self, text: str, preset: VoicePreset) -> PreparedText:
        """The front end's part: sentences, chunks and their symbols (no model needed).

        ProcessPoolEngine runs it in the main process, which has the dictionaries
        loaded already, so worker processes hold only the model.
        """
        speed = speed_ratio(preset.rate, preset)
        gain = 1.0 + _percent(preset.volume, "volume", preset) / 100.0
        sentences = tuple(
            (sentence, tuple(self.utterance(chunk) for chunk in chunk_sentences(sentence, MAX_CHUNK_CHARS) or [sentence]))
            for sentence in split_sentences(text) or ([text] if text.strip() else [])
        )
        return PreparedText(speed, gain, sentences)

    def install_if_missing(self) -> None:
        """Install the voice now if it is not installed (a pool does this before its workers start)."""
        if self._model_dir is None and not is_baker_installed():
            ensure_baker_installed()

    def warm_up(self) -> None:
        """Load the model now (a worker does this while the main process segments)."""
        with self._lock:
            self._load()

    def render(self, prepared: PreparedText) -> Speech:
        """The model's part: speech for what prepare() made."""
        return self.join(self.render_sentences(prepared))

    def render_sentences(self, prepared: PreparedText) -> tuple[RenderedSentence, ...]:
        """Each sentence's chunks, rendered; join() makes them one Speech."""
        def chunk(utt: Utterance, sentence: str) -> RenderedChunk:
            rendered = self._render_utterance(utt, prepared.speed, what=sentence)
            return rendered_chunk(rendered.pcm, rendered.words, prepared.gain, pause_after(utt.text))

        return tuple(
            (sentence, tuple(chunk(utt, sentence) for utt in utterances)) for sentence, utterances in prepared.sentences
        )

    def join(self, sentences: Sequence[RenderedSentence]) -> Speech:
        return join_sentences(sentences, SAMPLE_RATE)

    # -- internals --------------------------------------------------------

    def _folder(self) -> Path:
        if self._model_dir is not None:
            if not (self._model_dir / ACOUSTIC_FILE).is_file():
                raise VoiceError(self.name, f"no installed model in {self._model_dir}")
            return check_baker(folder=self._model_dir)
        if not is_baker_installed():
            ensure_baker_installed()
        return check_baker()  # every file against its recorded sha256, once per process

    def _load(self) -> None:
        if self._acoustic is not None:
            return
        folder = self._folder()
        try:
            mapper = json.loads((folder / MAPPER_FILE).read_text("utf-8"))
            self._symbol_ids = {str(k): int(v) for k, v in mapper["symbol_to_id"].items()}
            self._acoustic = load_interpreter(folder / ACOUSTIC_FILE, [1, 8], self._threads)
            # prepared at a length its reflection padding allows (10 frames or more, like the file)
            self._vocoder = load_interpreter(
                rewrite_vocoder((folder / VOCODER_FILE).read_bytes()), [1, 2 * VOCODER_CONTEXT, 80], self._threads
            )
        except (OSError, ValueError, KeyError, RuntimeError) as exc:
            self._acoustic = self._vocoder = None
            raise VoiceError(
                self.name, f"cannot load the model in {folder}: {exc} "
                "(reinstall with: audiopaper voices install baker --force)"
            ) from exc  # fmt: skip
        log.debug("loaded the baker voice from %s (%d threads)", folder, self._threads)

    def utterance(self, chunk: str) -> Utterance:
        # The text arrives normalized (Engine protocol); the front end spells any leftover.
        return self._frontend.utterance(chunk)

    def _render(self, chunk: str, speed: float, what: str) -> _Rendered:
        return self._render_utterance(self.utterance(chunk), speed, what)

    def _render_utterance(self, utt: Utterance, speed: float, what: str) -> _Rendered:
        if not utt.words:
            return _Rendered(np.zeros(0, dtype=np.float32), ())
        with self._lock:  # interpreters are not re-entrant
            self._load()
            try:
                ids = [self._symbol_ids[s] for s in utt.symbols]
            except KeyError as exc:
                raise SynthesisError(_short(what), f"the voice has no symbol {exc}") from exc
            try:
                mel, durations = self._mel(ids, speed)
                audio = self._vocode(mel)
            except (RuntimeError, ValueError, IndexError) as exc:
                raise SynthesisError(_short(what), f"the baker voice failed: {exc}") from exc
        return _trim(audio, durations, utt)

    def _mel(self, ids: list[int], speed: float) -> tuple[np.ndarray, np.ndarray]:
        interp = self._acoustic
        inputs = interp.get_input_details()
        interp.resize_tensor_input(inputs[0]["index"], [1, len(ids)])
        interp.allocate_tensors()
        values = {
            "input_ids": np.array([ids], dtype=np.int32),
            "speaker_ids": np.array([0], dtype=np.int32),
            "speed_ratios": np.array([speed], dtype=np.float32),
            "f0_ratios": np.array([1.0], dtype=np.float32),
            "energy_ratios": np.array([1.0], dtype=np.float32),
        }
        for detail in inputs:
            interp.set_tensor(detail["index"], values[detail["name"]])
        interp.invoke()
        outputs = {d["name"]: d["index"] for d in interp.get_output_details()}
        mel = interp.get_tensor(outputs["Identity_1"])  # after the postnet
        durations = interp.get_tensor(outputs["Identity_2"])[0].astype(np.int64)
        if mel.shape[1] != int(durations.sum()):
            raise ValueError(f"mel has {mel.shape[1]} frames, durations sum to {durations.sum()}")
        return mel, durations

    def _vocode(self, mel: np.ndarray) -> np.ndarray:
        """Waveform for *mel*, a window of frames at a time.

        The vocoder's working memory grows with its input (see VOCODER_WINDOW), so
        a long chunk is cut into windows, each run with VOCODER_CONTEXT frames of the
        neighbouring mel either side; that covers the network's receptive field, so
        the samples are the same bits as one whole run (checked by a test).
        """
        frames = mel.shape[1]
        pieces = []
        for start in range(0, frames, VOCODER_WINDOW):
            stop = min(frames, start + VOCODER_WINDOW)
            lo, hi = max(0, start - VOCODER_CONTEXT), min(frames, stop + VOCODER_CONTEXT)
            audio = self._vocode_run(mel[:, lo:hi])
            pieces.append(audio[(start - lo) * HOP : (stop - lo) * HOP])
        return np.concatenate(pieces) if len(pieces) > 1 else pieces[0]

    def _vocode_run(self, mel: np.ndarray) -> np.ndarray:
        interp = self._vocoder
        index = interp.get_input_details()[0]["index"]
        interp.resize_tensor_input(index, list(mel.shape))
        interp.allocate_tensors()
        interp.set_tensor(index, np.ascontiguousarray(mel, dtype=np.float32))
        interp.invoke()
        return interp.get_tensor(interp.get_output_details()[0]["index"])[0, :, 0].copy()


def _trim(audio: np.ndarray, durations: np.ndarray, utt: Utterance) -> _Rendered:
    """Cut the model's edge silences to a fixed length, fade the edges, time the words."""
    ends = np.cumsum(durations)
    starts = ends - durations
    first = utt.words[0].start
    last = utt.words[-1].end  # index of the final `sil`
    begin = max(0, int(starts[first]) - LEAD_FRAMES) * HOP
    sound_end = _sound_end(audio, from_sample=int(starts[last]) * HOP)
    end = min(len(audio), max(sound_end + TAIL_MS * SAMPLE_RATE // 1000, begin))
    pcm = audio[begin:end].astype(np.float32)
    _fade(pcm, FADE_IN_MS, FADE_OUT_MS)
    symbols = utt.symbols
    timings = []
    for n, w in enumerate(utt.words):
        # A #0/#1 after a word carries the end of its last syllable.
        stop = w.end + 1 if w.end < len(symbols) and symbols[w.end] in ("#0", "#1") else w.end
        s_ms = (int(starts[w.start]) * HOP - begin) * 1000 // SAMPLE_RATE
        stop_sample = sound_end if n == len(utt.words) - 1 else int(starts[stop]) * HOP
        e_ms = (max(stop_sample, int(starts[stop]) * HOP) - begin) * 1000 // SAMPLE_RATE
        e_ms = min(e_ms, len(pcm) * 1000 // SAMPLE_RATE)
        timings.append(Timing(max(0, s_ms), max(0, e_ms), w.text))
    return _Rendered(pcm, tuple(timings))


def _sound_end(audio: np.ndarray, from_sample: int) -> int:
    """The sample after the last 10 ms window louder than QUIET, not before from_sample."""
    window = SAMPLE_RATE // 100
    tail = audio[from_sample:]
    count = len(tail) // window
    if count == 0:
        return min(len(audio), from_sample)
    frames = tail[: count * window].reshape(count, window).astype(np.float64)
    loud = np.flatnonzero(np.sqrt(np.mean(frames**2, axis=1)) >= QUIET)
    if len(loud) == 0:
        return from_sample
    return from_sample + (int(loud[-1]) + 1) * window


def _fade(pcm: np.ndarray, in_ms: int, out_ms: int) -> None:
    """Raised-cosine fade in and out, in place."""
    for ms, at_start in ((in_ms, True), (out_ms, False)):
        n = min(len(pcm) // 2, ms * SAMPLE_RATE // 1000)
        if n <= 0:
            continue
        ramp = (0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, n, dtype=np.float64))).astype(np.float32)
        if at_start:
            pcm[:n] *= ramp
        else:
            pcm[-n:] *= ramp[::-1]


def _short(text: str, limit: int = 24) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[:limit] + "…")
