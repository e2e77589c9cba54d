"""The offline Kokoro voice: Kokoro-82M v1.0 (int8 ONNX) run with onnxruntime.

The graph gives audio and no durations, so timings are ours: a sentence spans
its chunks (and the pauses after them); a word's share of its chunk's sound
is its share of the chunk's phonemes.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np

from ...errors import SynthesisError, VoiceError
from ...models import Speech, Timing, VoicePreset
from ...sentences import chunk_sentences, split_sentences
from ..rendering import RenderedChunk, RenderedSentence, join_sentences, rendered_chunk
from ..baker.engine import _fade, _percent, _short, _sound_end, pause_after
from ..baker.frontend import FRONTEND_VERSION, frontend_fingerprint
from .install import (
    MODEL_FILE,
    VOCAB_FILE,
    VOICE_IDS,
    VOICE_SHAPE,
    FILE_SHA256,
    ensure_kokoro_installed,
    is_kokoro_installed,
    kokoro_model_dir,
    model_fingerprint,
    verify_files,
    voice_file,
)
from .phonemes import PHONEMES_VERSION, KokoroFrontend, Phonemes

log = logging.getLogger(__name__)

SAMPLE_RATE = 24000
MAX_TOKENS = 510  # the model's context is 512 tokens, two of them the pads
QUIET = 100 / 32768  # about -50 dBFS: below this a 10 ms window is silent
LEAD_MS, TAIL_MS = 20, 40  # model silence kept around a chunk's sound
FADE_IN_MS, FADE_OUT_MS = 3, 10
ENGINE_VERSION = "k1"  # bump when the audio for a text can change here


def kokoro_speed(preset: VoicePreset) -> float:
    """edge-style rate ('+20%') → Kokoro's speed (1.2): the model divides its durations by it."""
    pct = min(max(_percent(preset.rate, "rate", preset), -50.0), 100.0)
    return 1.0 + pct / 100.0


def session_options(threads: int | None = None):
    """onnxruntime settings measured on 2 cores (benchmarks/bench_kokoro.py).

    One thread by default: it used the least CPU per second of speech (0.78 against 1.09 with
    a thread per core), the output bits depend on the thread count, and the cores are used by
    worker processes instead (engines/pool.py), so any number of jobs gives the same audio.
    """
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads or 1
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.enable_cpu_mem_arena = True
    options.log_severity_level = 3  # errors only: no warnings about unused initializers on the terminal
    return options


@dataclass(frozen=True)
class PreparedText:
    """A text made ready for the model: each sentence with its chunks' phonemes."""

    voice: str
    speed: float
    gain: float
    sentences: tuple[tuple[str, tuple[Phonemes, ...]], ...]


@dataclass(frozen=True)
class _Rendered:
    pcm: np.ndarray  # float32, edge silences trimmed
    words: tuple[Timing, ...]  # ms relative to the chunk start


class KokoroEngine:
    """Speaks Mandarin offline. The model loads once, on first use, and serves every chunk."""

    name = "kokoro"
    parallelism = 1
    runs_in_workers = True  # ProcessPoolEngine may run one per core

    def __init__(self, model_dir: Path | str | None = None, num_threads: int | None = None):
        self._model_dir = Path(model_dir) if model_dir else None
        self._threads = num_threads
        self._lock = threading.Lock()
        self._session = None
        self._vocab: dict[str, int] = {}
        self._voices: dict[str, np.ndarray] = {}
        self._frontend: KokoroFrontend | None = None

    # -- Protocol ---------------------------------------------------------

    def identity(self, preset: VoicePreset) -> dict[str, str]:
        # Install-free: the pinned file hashes fix the model, the versions the phonemes.
        return {
            "engine": self.name,
            "version": f"{ENGINE_VERSION}+{FRONTEND_VERSION}.{frontend_fingerprint()}+{PHONEMES_VERSION}"
            f"+misaki-{_misaki_version()}+{model_fingerprint()}",
            "model": f"{preset.voice}:{FILE_SHA256.get(voice_file(preset.voice), '?')[:16]}",
        }

    def synthesize(self, text: str, preset: VoicePreset) -> Speech:
        return self.render(self.prepare(text, preset))

    def prepare(self, text: str, preset: VoicePreset) -> PreparedText:
        """The front end's part: sentences and their chunks' phonemes (ProcessPoolEngine
        runs it in the main process, so worker processes hold only the model)."""
        if preset.voice not in VOICE_IDS:
            raise VoiceError(preset.name, f"Kokoro has no installed voice {preset.voice!r} (known: {', '.join(VOICE_IDS)})")
        speed = kokoro_speed(preset)
        gain = 1.0 + _percent(preset.volume, "volume", preset) / 100.0
        sentences = tuple((sentence, tuple(self.chunks(sentence))) for sentence in split_sentences(text))
        return PreparedText(preset.voice, speed, gain, sentences)

    def install_if_missing(self) -> None:
        """Install the voice now if it is not installed (a pool does this before its workers start)."""
        if self._model_dir is None and not is_kokoro_installed():
            ensure_kokoro_installed()

    def warm_up(self) -> None:
        """Load the model now (a worker does this while the main process segments)."""
        self._load()

    def render(self, prepared: PreparedText) -> Speech:
        """The model's part: speech for what prepare() made."""
        return self.join(self.render_sentences(prepared))

    def render_sentences(self, prepared: PreparedText) -> tuple[RenderedSentence, ...]:
        """Each sentence's chunks, rendered; join() makes them one Speech."""
        self._load()

        def chunk(phonemes: Phonemes) -> RenderedChunk:
            rendered = self._render(phonemes, prepared.voice, prepared.speed)
            return rendered_chunk(rendered.pcm, rendered.words, prepared.gain, pause_after(phonemes.text))

        return tuple((sentence, tuple(chunk(c) for c in chunks)) for sentence, chunks in prepared.sentences)

    def join(self, sentences: Sequence[RenderedSentence]) -> Speech:
        return join_sentences(sentences, SAMPLE_RATE, time_silent=False)

    # -- chunks -----------------------------------------------------------

    def chunks(self, sentence: str) -> list[Phonemes]:
        return chunk_phonemes(self.frontend(), sentence, MAX_TOKENS)

    def frontend(self) -> KokoroFrontend:
        if self._frontend is None:
            self._load_vocab()
            self._frontend = KokoroFrontend(frozenset(self._vocab))
        return self._frontend

    # -- internals --------------------------------------------------------

    def _folder(self) -> Path:
        if self._model_dir is not None:
            if not (self._model_dir / MODEL_FILE).is_file():
                raise VoiceError(self.name, f"no installed model in {self._model_dir}")
            return self._model_dir
        if not is_kokoro_installed():
            ensure_kokoro_installed()
        return kokoro_model_dir()

    def _load_vocab(self) -> None:
        if self._vocab:
            return
        folder = self._folder()
        try:
            self._vocab = {str(k): int(v) for k, v in json.loads((folder / VOCAB_FILE).read_text("utf-8"))["vocab"].items()}
        except (OSError, ValueError, KeyError, AttributeError) as exc:
            raise VoiceError(self.name, f"cannot read {folder / VOCAB_FILE}: {exc} " + _REINSTALL) from exc

    def _load(self) -> None:
        with self._lock:
            if self._session is not None:
                return
            folder = self._folder()
            verify_files(folder, FILE_SHA256)  # a damaged or swapped file is refused before it speaks
            self._load_vocab()
            try:
                import onnxruntime as ort

                self._voices = {
                    v: np.fromfile(folder / voice_file(v), dtype="<f4").reshape(VOICE_SHAPE) for v in VOICE_IDS
                }
                self._session = ort.InferenceSession(
                    str(folder / MODEL_FILE), sess_options=session_options(self._threads),
                    providers=["CPUExecutionProvider"],
                )
            except Exception as exc:  # onnxruntime raises its own exception types with long texts
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise VoiceError(self.name, f"cannot load the model in {folder}: {first} " + _REINSTALL) from exc
            log.debug("loaded the kokoro voice from %s", folder)

    def _render(self, chunk: Phonemes, voice_id: str, speed: float) -> _Rendered:
        ids = [self._vocab[ch] for ch in chunk.phonemes if ch in self._vocab]
        style = self._voices[voice_id][min(len(ids), VOICE_SHAPE[0] - 1)]
        try:
            (audio,) = self._session.run(  # type: ignore[union-attr]
                None,
                {
                    "tokens": np.array([[0, *ids, 0]], dtype=np.int64),
                    "style": style.astype(np.float32),
                    "speed": np.array([speed], dtype=np.float32),
                },
            )
        except Exception as exc:  # onnxruntime's own exception types
            raise SynthesisError(_short(chunk.text), f"the kokoro voice failed: {exc}") from exc
        return _trim(np.asarray(audio, dtype=np.float32).reshape(-1), chunk)


def chunk_phonemes(frontend: KokoroFrontend, sentence: str, max_tokens: int) -> list[Phonemes]:
    """The sentence as one call, or cut at clause punctuation until each piece has
    at most *max_tokens* phonemes (a hard cut inside a clause is the last resort)."""
    whole = frontend.phonemes(sentence)
    if len(whole) <= max_tokens:
        return [whole] if whole.words else []
    half = max(1, len(sentence) // 2)
    return [c for piece in chunk_sentences(sentence, half) for c in chunk_phonemes(frontend, piece, max_tokens)]


_REINSTALL = "(reinstall with: audiopaper voices install kokoro --force)"


def _misaki_version() -> str:
    try:
        return version("misaki")
    except PackageNotFoundError:
        return "none"


def _sound_start(audio: np.ndarray) -> int:
    """The first sample of the first 10 ms window louder than QUIET (len(audio) if none)."""
    window = SAMPLE_RATE // 100
    count = len(audio) // window
    if count == 0:
        return len(audio)
    frames = audio[: count * window].reshape(count, window).astype(np.float64)
    loud = np.flatnonzero(np.sqrt(np.mean(frames**2, axis=1)) >= QUIET)
    return int(loud[0]) * window if len(loud) else len(audio)


def _trim(audio: np.ndarray, chunk: Phonemes) -> _Rendered:
    """Keep the chunk's sound with a short margin, fade the edges, time the words."""
    sound_start = _sound_start(audio)
    if sound_start >= len(audio):
        return _Rendered(np.zeros(0, dtype=np.float32), ())
    sound_end = max(_sound_end(audio, from_sample=sound_start), sound_start + 1)
    begin = max(0, sound_start - LEAD_MS * SAMPLE_RATE // 1000)
    end = min(len(audio), sound_end + TAIL_MS * SAMPLE_RATE // 1000)
    pcm = audio[begin:end].copy()
    _fade(pcm, FADE_IN_MS, FADE_OUT_MS)
    # A word's share of the sound is its share of the phonemes (the graph gives no durations).
    total = max(1, len(chunk.phonemes))
    span = sound_end - sound_start

    def at_ms(token: int) -> int:
        return (sound_start - begin + span * token // total) * 1000 // SAMPLE_RATE

    words = tuple(Timing(at_ms(w.start), at_ms(w.end), w.text) for w in chunk.words)
    return _Rendered(pcm, words)
