"""Microsoft Edge read-aloud voices through edge-tts, made dependable.

The service is free, good and unreliable: it refuses handshakes (403 clock
skew, 429 floods, 503), drops connections mid-stream without any error (edge-tts
then returns the partial audio), and answers some turns with no audio. So we:

- chunk the text ourselves on sentence boundaries (edge-tts only splits long
  text at newlines and spaces), skipping punctuation-only chunks;
- bound simultaneous connections per engine and per process;
- retry each chunk with exponential backoff and jitter, a bounded number of times;
- check each chunk's audio against its text, so a truncated answer is retried;
- cache each chunk, so a rerun after a failure resumes where it stopped.

Chunks of all the scripts in flight share one thread pool per engine, of
2 × `concurrency` threads, so the synthesis stage's own threads only wait on it.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import re
import threading
import time
import types
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from urllib.parse import urlsplit

import aiohttp
import edge_tts
import edge_tts.communicate
import edge_tts.constants
import edge_tts.exceptions
import numpy as np

from ..audio import decode_bytes
from ..cache import SynthesisCache, cache_key
from ..errors import AudioError, AudiopaperError, SynthesisError, VoiceError
from ..models import Speech, Timing, VoicePreset
from ..pagetext import HAN_CHAR
from ..paths import cache_dir
from ..sentences import chunk_sentences
from ..voices import prosody_problem

log = logging.getLogger(__name__)

SAMPLE_RATE = 24000
OUTPUT_FORMAT = "audio-24khz-48kbitrate-mono-mp3"
TICKS_PER_SECOND = 10_000_000  # edge-tts offsets and durations are in 100 ns ticks
TICKS_PER_MS = TICKS_PER_SECOND // 1000
URL_ENV = "AUDIOPAPER_EDGE_URL"
#: The real service.
DEFAULT_URL: str = edge_tts.constants.WSS_URL
#: edge-tts's connect-and-stream method, which reads the module global WSS_URL
#: when it connects; another URL runs this same code with WSS_URL rebound.
_STREAM = getattr(edge_tts.Communicate, "_Communicate__stream", None)
_CAN_REDIRECT = isinstance(_STREAM, types.FunctionType) and "WSS_URL" in _STREAM.__code__.co_names
MAX_CHUNK_CHARS = 1000
MAX_CONCURRENCY = 8
#: All EdgeEngine instances together never hold more connections than this.
_PROCESS_CONNECTIONS = threading.BoundedSemaphore(MAX_CONCURRENCY)
#: Chunk threads per connection: while one thread decodes and checks its answer,
#: another holds the connection (one per connection made 4 connections ~35 % slower).
_THREADS_PER_CONNECTION = 2
#: `voices list` asks each service once: url -> (until, why) after it did not answer.
_UNREACHABLE: dict[str, tuple[float, str]] = {}
_UNREACHABLE_SECONDS = 30.0

# Handshake statuses worth another try: clock skew, rate limiting, server trouble.
_RETRY_STATUSES = {403, 408, 429, 500, 502, 503, 504}
# Truncation bounds, in seconds of audio per spoken character at rate +0%.
_MIN_SECONDS_PER_CJK = 0.08
_MIN_SECONDS_PER_OTHER = 0.03
_MAX_SECONDS_PER_CHAR = 1.2
_BOUNDARY_SLACK_S = 0.15
_MIN_BOUNDARY_COVERAGE = 0.75
_CJK = HAN_CHAR
_SPOKEN = re.compile(r"[\w]", re.UNICODE)
_PROBE_TEXT = "你好。"


class _Retryable(Exception):
    """A failed attempt that another attempt may fix; str() is one line."""


class _Truncated(_Retryable):
    pass


class _Outage(_Retryable):
    """The service itself did not answer: refused, unreachable or silent."""


@dataclass(frozen=True)
class _Chunk:
    index: int  # 0-based position in the script
    count: int
    text: str

    @property
    def label(self) -> str:
        excerpt = self.text[:24] + ("…" if len(self.text) > 24 else "")
        return f"edge chunk {self.index + 1}/{self.count} «{excerpt}»"


def resolve_url(url: str | None = None) -> str:
    """The service URL: the argument, else $AUDIOPAPER_EDGE_URL, else Microsoft's."""
    value = url or os.environ.get(URL_ENV) or DEFAULT_URL
    parts = urlsplit(value)
    if parts.scheme not in ("ws", "wss") or not parts.netloc:
        raise VoiceError("edge", f"service URL {value!r} must start with ws:// or wss://")
    if "?" not in value:
        # edge-tts appends "&ConnectionId=…", which needs a query string to join.
        raise VoiceError("edge", f"service URL {value!r} must contain '?' (edge-tts appends &ConnectionId=…)")
    if value != DEFAULT_URL and not _CAN_REDIRECT:
        raise VoiceError("edge", f"edge-tts {edge_tts.__version__} cannot be pointed at another service ({value})")
    return value


def _communicate_class(url: str) -> type[edge_tts.Communicate]:
    """edge_tts.Communicate connecting to *url*, for one request.

    edge-tts takes its URL from the module global WSS_URL, so setting that would
    point every engine in the process at one service. Instead the request runs
    edge-tts's own stream code with a copy of its module namespace in which
    WSS_URL is *url*; the module itself is never changed."""
    if url == DEFAULT_URL:
        return edge_tts.Communicate
    assert _STREAM is not None  # resolve_url refused the URL otherwise
    namespace = dict(_STREAM.__globals__, WSS_URL=url)
    stream = types.FunctionType(_STREAM.__code__, namespace, _STREAM.__name__, _STREAM.__defaults__, _STREAM.__closure__)
    return type("RedirectedCommunicate", (edge_tts.Communicate,), {"_Communicate__stream": stream})


def _rate_factor(rate: str) -> float:
    match = re.fullmatch(r"\s*([+-]\d+(?:\.\d+)?)%\s*", rate)
    return max(0.1, 1 + float(match.group(1)) / 100) if match else 1.0


def check_duration(text: str, seconds: float, rate: str = "+0%") -> str | None:
    """Why *seconds* of audio cannot be all of *text*, or None if plausible."""
    cjk = len(_CJK.findall(text))
    other = len(_SPOKEN.findall(text)) - cjk
    factor = _rate_factor(rate)
    least = (cjk * _MIN_SECONDS_PER_CJK + other * _MIN_SECONDS_PER_OTHER) / factor
    most = (cjk + other) * _MAX_SECONDS_PER_CHAR / factor + 3.0
    if seconds < least:
        return f"audio too short ({seconds:.2f} s for {cjk + other} characters, expected ≥ {least:.2f} s)"
    if seconds > most:
        return f"audio too long ({seconds:.2f} s for {cjk + other} characters)"
    return None


def check_boundaries(text: str, seconds: float, boundaries: list[tuple[int, int, str]]) -> str | None:
    """Why the SentenceBoundary metadata shows a cut answer, or None."""
    if not boundaries:
        return None  # nothing to check against; the duration check still applies
    last_end = max(offset + duration for offset, duration, _ in boundaries) / TICKS_PER_SECOND
    if last_end > seconds + _BOUNDARY_SLACK_S:
        return f"last sentence ends at {last_end:.2f} s but the audio stops at {seconds:.2f} s"
    wanted = len(_SPOKEN.findall(text))
    covered = sum(len(_SPOKEN.findall(t)) for _, _, t in boundaries)
    if wanted and covered < _MIN_BOUNDARY_COVERAGE * wanted:
        return f"sentence metadata covers only {covered} of {wanted} characters"
    return None


class EdgeEngine:
    """The Edge voices. Thread-safe: the synthesis stage may call it from
    `parallelism` threads at once; connections stay within `concurrency`."""

    name = "edge"
    #: each chunk is cached by the engine itself (so a rerun resumes mid-script):
    #: the synthesis stage need not cache whole scripts again
    caches_itself = True
    #: after this many chunks in a row give up because the service is down...
    breaker_threshold = 2
    #: ...further chunks fail at once for this long (auto mode then reads offline)
    breaker_seconds = 60.0

    def __init__(
        self,
        concurrency: int = 3,
        url: str | None = None,
        retries: int = 4,
        backoff_base: float = 0.5,
        timeout: float = 30,
        cache: SynthesisCache | None = None,
        max_chunk_chars: int = MAX_CHUNK_CHARS,
        backoff_max: float = 20.0,
    ):
        if not 1 <= concurrency <= MAX_CONCURRENCY:
            raise VoiceError("edge", f"concurrency must be between 1 and {MAX_CONCURRENCY}, not {concurrency}")
        if retries < 0 or timeout <= 0 or max_chunk_chars < 10:
            raise VoiceError("edge", "retries must be ≥ 0, timeout > 0 and max_chunk_chars ≥ 10")
        self.concurrency = concurrency
        self.parallelism = concurrency
        self.url = resolve_url(url)
        self.retries = retries
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.timeout = timeout
        self.max_chunk_chars = max_chunk_chars
        self.cache = cache if cache is not None else SynthesisCache(cache_dir())
        self._connections = threading.BoundedSemaphore(concurrency)
        self._stats_lock = threading.Lock()
        #: attempts made against the service (for summaries and tests)
        self.requests = 0
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()
        self._stopping = threading.Event()
        self._outages = 0
        self._open_until = 0.0
        self._last_outage = ""

    # --- Engine protocol ---------------------------------------------------
    def identity(self, preset: VoicePreset) -> dict[str, str]:
        identity = {
            "engine": self.name,
            "version": edge_tts.__version__,
            "format": OUTPUT_FORMAT,
            "chunking": f"sentences<={self.max_chunk_chars}",
        }
        if self.url != DEFAULT_URL:
            # Another service (a proxy, or a fake in tests) may not give the same audio.
            parts = urlsplit(self.url)
            identity["service"] = f"{parts.scheme}://{parts.netloc}{parts.path}"
        return identity

    def synthesize(self, text: str, preset: VoicePreset) -> Speech:
        self._check_preset(preset)
        chunks = self._chunks(text)
        if not chunks:
            return Speech(pcm=np.zeros(0, dtype=np.int16), sample_rate=SAMPLE_RATE)
        if len(chunks) == 1:
            parts = [self._chunk_speech(chunks[0], preset)]
        else:
            parts = self._parallel(chunks, preset)
        return _concatenate(parts)

    def cached_speech(self, text: str, preset: VoicePreset) -> Speech | None:
        """The speech for *text* if every chunk of it is in the cache, else None. No request."""
        self._check_preset(preset)
        parts = []
        for chunk in self._chunks(text):
            if (part := self.cache.get(self._chunk_key(preset, chunk.text))) is None:
                return None
            parts.append(part)
        return _concatenate(parts)

    def close(self) -> None:
        """Stop for good (Ctrl-C): chunks not started are dropped, none is retried.

        Requests already on the wire finish or time out. Idempotent."""
        self._stopping.set()
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    # --- availability ------------------------------------------------------
    def probe(self, preset: VoicePreset, timeout: float = 5) -> bool:
        """Does the service answer one quick request now? No retries, no cache.

        For `--engine auto`. A preset edge-tts refuses is a VoiceError, not False."""
        answers, why = self._ask(preset, timeout)
        log.debug("%s", why)
        return answers

    def _ask(self, preset: VoicePreset, timeout: float) -> tuple[bool, str]:
        """(answers, why) within about *timeout* seconds."""
        self._check_preset(preset)
        started = time.monotonic()
        outcome: list[str] = []

        def ask() -> None:
            try:
                self._fetch(_Chunk(0, 1, _PROBE_TEXT), preset, timeout=timeout, wait=timeout)
                outcome.append("")
            except (_Retryable, AudiopaperError) as exc:
                outcome.append(str(exc))
            except Exception as exc:  # noqa: BLE001 - a probe answers no, it never prints a traceback
                outcome.append(f"{type(exc).__name__}: {exc}")

        # In a daemon thread: a hung DNS lookup can outlive asyncio's own timeout.
        asker = threading.Thread(target=ask, name="edge-probe", daemon=True)
        asker.start()
        asker.join(timeout + 0.5)
        if not outcome:
            return False, f"edge service unavailable: no answer within {timeout:g} s"
        if outcome[0]:
            return False, f"edge service unavailable: {outcome[0]}"
        return True, f"edge service answered in {time.monotonic() - started:.1f} s"

    # --- internals ---------------------------------------------------------
    def _check_preset(self, preset: VoicePreset) -> None:
        """VoiceError unless edge-tts would accept the preset (checked offline)."""
        if preset.engine != self.name:
            raise VoiceError(preset.name, f"is a {preset.engine!r} voice, not an edge voice")
        if problem := prosody_problem(preset):
            raise VoiceError(preset.name, problem)
        try:
            edge_tts.Communicate("-", preset.voice, rate=preset.rate, volume=preset.volume, pitch=preset.pitch)
        except (ValueError, TypeError) as exc:
            raise VoiceError(preset.name, f"edge-tts refuses it: {exc}") from exc

    def _chunks(self, text: str) -> list[_Chunk]:
        texts = chunk_sentences(text, self.max_chunk_chars)  # drops punctuation-only pieces
        return [_Chunk(i, len(texts), t) for i, t in enumerate(texts)]

    def _stopped(self, chunk: _Chunk) -> SynthesisError:
        return SynthesisError(chunk.label, "stopped: the edge engine was closed")

    def _executor(self, chunk: _Chunk) -> ThreadPoolExecutor:
        """The engine's one chunk pool: every script's chunks share its 2 × `concurrency` threads."""
        with self._pool_lock:
            if self._stopping.is_set():
                raise self._stopped(chunk)
            if self._pool is None:
                workers = _THREADS_PER_CONNECTION * self.concurrency
                self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="edge-chunk")
            return self._pool

    def _parallel(self, chunks: list[_Chunk], preset: VoicePreset) -> list[Speech]:
        # Every chunk runs to its end even if another fails, so all that can be
        # cached is cached and a rerun resumes from there. The pool's threads only
        # ever run _chunk_speech, never wait on the pool: no deadlock however many
        # callers wait here.
        futures: list[Future[Speech]] = []
        try:
            pool = self._executor(chunks[0])
            for chunk in chunks:
                try:
                    futures.append(pool.submit(self._chunk_speech, chunk, preset))
                except RuntimeError as exc:  # closed meanwhile
                    raise self._stopped(chunk) from exc
            wait(futures)
        except BaseException as exc:
            for future in futures:
                future.cancel()  # those not started yet
            if isinstance(exc, KeyboardInterrupt):
                self.close()
            raise
        results: list[Speech] = []
        failure: AudiopaperError | None = None
        for future in futures:
            try:
                results.append(future.result())
            except AudiopaperError as exc:
                failure = failure or exc
        if failure is not None:
            raise failure
        return results

    def _chunk_key(self, preset: VoicePreset, text: str) -> str:
        return cache_key({**self.identity(preset), "unit": "chunk"}, preset, text)

    def _chunk_speech(self, chunk: _Chunk, preset: VoicePreset) -> Speech:
        key = self._chunk_key(preset, chunk.text)
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        speech = self._with_retries(chunk, preset)
        self.cache.put(key, speech)
        return speech

    def _outcome(self, outage: _Retryable | None) -> None:
        """Track chunks that gave up because the service was down (the breaker)."""
        with self._stats_lock:
            if outage is None:
                self._outages = 0
                return
            self._outages += 1
            self._last_outage = str(outage)
            if self._outages >= self.breaker_threshold:
                self._open_until = time.monotonic() + self.breaker_seconds

    def _check_breaker(self, chunk: _Chunk) -> None:
        with self._stats_lock:
            remaining = self._open_until - time.monotonic()
            last = self._last_outage
        if remaining > 0:
            raise SynthesisError(chunk.label, f"edge service down ({last}); not asking again for {remaining:.0f} s")

    def _with_retries(self, chunk: _Chunk, preset: VoicePreset) -> Speech:
        attempts = self.retries + 1
        for attempt in range(1, attempts + 1):
            if self._stopping.is_set():
                raise self._stopped(chunk)
            self._check_breaker(chunk)  # also between retries: other chunks may have found the service down
            try:
                speech = self._fetch(chunk, preset, timeout=self.timeout)
                self._outcome(None)
                return speech
            except _Retryable as exc:
                if attempt == attempts:
                    if isinstance(exc, _Outage):
                        self._outcome(exc)
                    raise SynthesisError(chunk.label, f"{exc} (gave up after {attempts} attempts)") from exc
                delay = min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1))
                delay *= random.uniform(0.5, 1.5)
                log.warning("%s: %s; retry %d/%d in %.1f s", chunk.label, exc, attempt, self.retries, delay)
                if self._stopping.wait(delay):
                    raise self._stopped(chunk) from exc
        raise AssertionError("unreachable")

    def _fetch(self, chunk: _Chunk, preset: VoicePreset, timeout: float, wait: float | None = None) -> Speech:
        """One request for one chunk: the audio, decoded and checked, or _Retryable.

        The connection slots are held for the network part only; *wait* bounds
        the wait for a slot (None: as long as it takes)."""
        mp3, boundaries = self._request(chunk, preset, timeout, wait)
        if not mp3:
            raise _Retryable("the answer held no audio")
        try:
            pcm, _ = decode_bytes(mp3, SAMPLE_RATE)
        except AudioError as exc:  # a garbled answer; another request may be whole
            raise _Retryable(f"cannot decode the MP3 answer: {exc.reason}") from exc
        seconds = len(pcm) / SAMPLE_RATE
        problem = check_duration(chunk.text, seconds, preset.rate) or check_boundaries(chunk.text, seconds, boundaries)
        if problem:
            raise _Truncated(f"truncated answer: {problem}")
        sentences = tuple(
            Timing(offset // TICKS_PER_MS, (offset + duration) // TICKS_PER_MS, text)
            for offset, duration, text in boundaries
        )
        return Speech(pcm=pcm, sample_rate=SAMPLE_RATE, sentences=sentences)

    def _request(
        self, chunk: _Chunk, preset: VoicePreset, timeout: float, wait: float | None
    ) -> tuple[bytes, list[tuple[int, int, str]]]:
        if not self._connections.acquire(timeout=wait):
            raise _Retryable("all edge connections busy")
        try:
            if not _PROCESS_CONNECTIONS.acquire(timeout=wait):
                raise _Retryable("all edge connections busy")
            try:
                # closed, or found down by other chunks, while this one waited for a connection
                if self._stopping.is_set():
                    raise self._stopped(chunk)
                self._check_breaker(chunk)
                return self._request_now(chunk, preset, timeout)
            finally:
                _PROCESS_CONNECTIONS.release()
        finally:
            self._connections.release()

    def _request_now(
        self, chunk: _Chunk, preset: VoicePreset, timeout: float
    ) -> tuple[bytes, list[tuple[int, int, str]]]:
        seconds = max(1, int(round(timeout)))
        try:
            communicate = _communicate_class(self.url)(
                chunk.text,
                preset.voice,
                rate=preset.rate,
                pitch=preset.pitch,
                volume=preset.volume,
                boundary="SentenceBoundary",
                connect_timeout=seconds,
                receive_timeout=seconds,
            )
        except (ValueError, TypeError) as exc:  # _check_preset should have caught it; never a traceback
            raise SynthesisError(chunk.label, f"edge-tts refused the request: {exc}") from exc
        with self._stats_lock:
            self.requests += 1
        try:
            return asyncio.run(asyncio.wait_for(_stream(communicate), timeout))
        except edge_tts.exceptions.NoAudioReceived as exc:
            raise _Retryable("the service sent no audio") from exc
        except aiohttp.WSServerHandshakeError as exc:
            if exc.status in _RETRY_STATUSES:
                raise _Outage(f"service refused the connection (HTTP {exc.status})") from exc
            raise SynthesisError(chunk.label, f"service refused the connection (HTTP {exc.status})") from exc
        except (asyncio.TimeoutError, aiohttp.ServerTimeoutError) as exc:
            raise _Outage(f"no answer within {timeout:g} s") from exc
        except aiohttp.ClientConnectorError as exc:
            raise _Outage(f"cannot connect to {exc.host}:{exc.port} ({exc.os_error.strerror or exc.os_error})") from exc
        except (aiohttp.ClientError, ConnectionError) as exc:
            raise _Outage(f"connection failed: {type(exc).__name__} {exc}".strip()) from exc
        except edge_tts.exceptions.EdgeTTSException as exc:
            # UnexpectedResponse, WebSocketError, SkewAdjustmentError: a broken answer.
            raise _Retryable(f"bad answer from the service: {type(exc).__name__}: {exc}") from exc
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            # edge-tts parsing an answer it did not expect (e.g. metadata that is not JSON)
            raise _Retryable(f"bad answer from the service: {type(exc).__name__}: {exc}") from exc


async def _stream(communicate: edge_tts.Communicate) -> tuple[bytes, list[tuple[int, int, str]]]:
    audio = bytearray()
    boundaries: list[tuple[int, int, str]] = []
    async for message in communicate.stream():
        if message["type"] == "audio":
            audio += message["data"]
        elif message["type"] == "SentenceBoundary":
            boundaries.append((int(message["offset"]), int(message["duration"]), message["text"]))
    return bytes(audio), boundaries


def _concatenate(parts: list[Speech]) -> Speech:
    """Join chunk audio in order, shifting each chunk's sentence timings."""
    sentences: list[Timing] = []
    start = 0
    for part in parts:
        shift_ms = start * 1000 // SAMPLE_RATE
        end_ms = (start + len(part.pcm)) * 1000 // SAMPLE_RATE
        for t in part.sentences:
            sentences.append(Timing(t.start_ms + shift_ms, min(t.end_ms + shift_ms, end_ms), t.text))
        start += len(part.pcm)
    pcm = np.concatenate([p.pcm for p in parts]) if parts else np.zeros(0, dtype=np.int16)
    return Speech(pcm=pcm, sample_rate=SAMPLE_RATE, sentences=tuple(sentences))


def service_status(preset: VoicePreset, url: str | None = None, timeout: float = 3) -> tuple[bool, str]:
    """(answers, why) for `audiopaper voices list`; about *timeout* seconds at most.

    A service that did not answer is not asked again for a while, so listing
    four edge presets waits once."""
    try:
        engine = EdgeEngine(concurrency=1, url=url, retries=0, timeout=timeout)
        known = _UNREACHABLE.get(engine.url)
        if known and known[0] > time.monotonic():
            return False, known[1]
        answers, why = engine._ask(preset, timeout)
    except VoiceError as exc:
        return False, exc.reason
    if not answers:
        _UNREACHABLE[engine.url] = (time.monotonic() + _UNREACHABLE_SECONDS, why)
    return answers, why
