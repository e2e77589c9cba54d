"""The synthesis stage: scripts in, clips out, through the cache.

Which voice reads what is a VoicePlan: the anchor reads the intro and outro,
readers alternate story by story. Engines are passed in. When a fallback is
given (auto mode) a story the primary engine gives up on is finished by the
offline voice, and the clip says so.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

from .cache import SynthesisCache, cache_key
from .engines import Engine, close_engines, reads_latin
from .errors import CacheError, SynthesisError
from .models import Clip, Script, Speech, VoicePreset

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VoicePlan:
    anchor: VoicePreset
    readers: tuple[VoicePreset, ...]

    def preset_for(self, script: Script, story_number: int) -> VoicePreset:
        if script.role != "story" or not self.readers:
            return self.anchor
        return self.readers[story_number % len(self.readers)]

    @property
    def presets(self) -> tuple[VoicePreset, ...]:
        return (self.anchor, *self.readers)


@dataclass(frozen=True)
class Fallback:
    engine: Engine
    preset: VoicePreset


@dataclass(frozen=True)
class SynthesisStats:
    hits: int
    misses: int


class _Counter:
    def __init__(self) -> None:
        self.hits = 0
        self.misses = 0
        self._lock = threading.Lock()

    def add(self, hit: bool) -> None:
        with self._lock:
            if hit:
                self.hits += 1
            else:
                self.misses += 1


def speak_cached(engine: Engine, preset: VoicePreset, text: str, cache: SynthesisCache | None) -> tuple[Speech, bool]:
    """Speech for *text*, from the cache when it can be. Returns (speech, hit)."""
    if getattr(engine, "caches_itself", False):
        # It keeps every chunk itself (so a rerun resumes); a second copy would only waste disk.
        if (speech := engine.cached_speech(text, preset)) is not None:  # type: ignore[attr-defined]
            return speech, True
        return engine.synthesize(text, preset), False
    key = cache_key(engine.identity(preset), preset, text)
    if cache is not None and (speech := cache.get(key)) is not None:
        return speech, True
    speech = engine.synthesize(text, preset)
    if cache is not None:
        try:
            cache.put(key, speech)
        except CacheError as exc:
            # The cache only saves time: a build must not fail for want of it.
            _warn_once(f"not caching synthesized audio: {exc}")
    return speech, False


_warned: set[str] = set()
_warned_lock = threading.Lock()


def _warn_once(message: str) -> None:
    with _warned_lock:
        if message in _warned:
            return
        _warned.add(message)
    log.warning("%s", message)


def _as_read_by(script: Script, preset: VoicePreset) -> Script:
    """The script with the text *preset*'s voice reads, so that the clip (and its transcript) has it."""
    text = script.text_for(reads_latin(preset))
    return script if text == script.text else replace(script, text=text)


def synthesize_scripts(
    scripts: Sequence[Script],
    plan: VoicePlan,
    engines: Mapping[str, Engine],
    cache: SynthesisCache | None,
    *,
    fallback: Fallback | None = None,
    on_done: Callable[[Clip], None] | None = None,
) -> tuple[list[Clip], SynthesisStats]:
    """Speak every script; the clips come back in script order."""
    counter = _Counter()
    story_numbers = _story_numbers(scripts)

    def speak(index: int) -> Clip:
        script = scripts[index]
        preset = plan.preset_for(script, story_numbers[index])
        engine = engines[preset.engine]
        try:
            spoken = _as_read_by(script, preset)
            speech, hit = speak_cached(engine, preset, spoken.text, cache)
            clip = Clip(spoken, speech, voice=preset.name, engine=engine.name)
        except SynthesisError as exc:
            if fallback is None:
                raise SynthesisError(f"{script.segment} «{script.title}»", exc.reason) from exc
            log.warning(
                "%s: %s failed (%s); finishing it with the offline voice %s",
                script.segment, engine.name, exc.reason, fallback.preset.name,
            )
            spoken = _as_read_by(script, fallback.preset)
            speech, hit = speak_cached(fallback.engine, fallback.preset, spoken.text, cache)
            clip = Clip(
                spoken, speech, voice=fallback.preset.name, engine=fallback.engine.name,
                fallback_reason=f"{engine.name}: {exc.reason}",
            )
        counter.add(hit)
        if on_done is not None:
            on_done(clip)
        return clip

    workers = max((engines[p.engine].parallelism for p in plan.presets), default=1)
    if workers <= 1:
        clips = [speak(i) for i in range(len(scripts))]
    else:
        # Every segment is attempted before the first failure is raised, so all
        # that could be spoken is in the cache and a rerun asks only for the rest.
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="synth")
        # Longest first, so the last segment to finish is a short one, not a long story alone on one core.
        order = sorted(range(len(scripts)), key=lambda i: (-len(scripts[i].text), i))
        try:
            submitted = {i: pool.submit(speak, i) for i in order}
            pool.shutdown(wait=True)
        except BaseException:  # Ctrl-C: drop what has not started, stop what is under way
            pool.shutdown(wait=False, cancel_futures=True)
            close_engines(engines.values())
            raise
        futures = [submitted[i] for i in range(len(scripts))]
        for future in futures:
            if (error := future.exception()) is not None:
                raise error
        clips = [future.result() for future in futures]
    return clips, SynthesisStats(counter.hits, counter.misses)


def _story_numbers(scripts: Sequence[Script]) -> list[int]:
    numbers = []
    count = 0
    for script in scripts:
        numbers.append(count)
        if script.role == "story":
            count += 1
    return numbers
