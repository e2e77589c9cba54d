"""An offline engine run in worker processes, one model per worker.

The offline models are CPU-bound and hold the GIL in places, so threads do not
scale; a process per core does. Each worker builds its engine once (the model
loads on first use) and speaks whole scripts. Workers are started with
"spawn": the parent has threads (synthesis, progress) that fork would copy
mid-lock.

Every worker runs its model single-threaded, as the in-process engine does, so
the audio is the same bytes whatever the number of jobs.
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..errors import AudiopaperError, SynthesisError
from ..models import Speech, VoicePreset
from . import Engine
from .rendering import RenderedSentence

log = logging.getLogger(__name__)

_worker_engine = None  # the engine of this worker process


def _start_worker(kind: str, log_level: int) -> None:
    global _worker_engine
    from . import make_engine

    # the parent's warnings reach stderr through its -q/-v set-up; a worker's go the same way
    root = logging.getLogger("audiopaper")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    root.handlers[:] = [handler]
    root.setLevel(log_level)
    root.propagate = False
    _worker_engine = make_engine(kind)


def _speak(text: str, preset: VoicePreset) -> Speech:
    assert _worker_engine is not None
    return _worker_engine.synthesize(text, preset)


def _render_sentences(part: object) -> tuple[RenderedSentence, ...]:
    assert _worker_engine is not None
    return _worker_engine.render_sentences(part)  # type: ignore[attr-defined]


#: a script is rendered in parts of about this many characters (a minute of speech or
#: less), so that the workers finish together even when one story is most of the edition
PART_CHARS = 200


def _parts(prepared: Any) -> list[Any]:
    """*prepared* (an engine's PreparedText) cut between sentences into parts of about PART_CHARS."""
    parts: list[list[Any]] = [[]]
    size = 0
    for sentence in prepared.sentences:
        if size >= PART_CHARS:
            parts.append([])
            size = 0
        parts[-1].append(sentence)
        size += len(sentence[0])
    return [dataclasses.replace(prepared, sentences=tuple(part)) for part in parts]


def _warm_up() -> None:
    """Load this worker's model. A failure is left for the first real call to report."""
    warm_up = getattr(_worker_engine, "warm_up", None)
    if warm_up is not None:
        try:
            warm_up()
        except Exception as exc:  # e.g. the voice is not installed: synthesize says so
            log.debug("warming up the %s worker failed: %s", getattr(_worker_engine, "name", "?"), exc)


class ProcessPoolEngine:
    """The Engine protocol over *jobs* worker processes, each with its own copy of *engine*.

    *engine* (built by make_engine, with no options) answers identity() here and is
    what each worker builds again; it must say `runs_in_workers`. When it splits its
    work into prepare() (the front end), render_sentences() (the model) and join(),
    prepare() and join() run here, in the process that has the dictionaries loaded,
    workers load only the model, and a long script is rendered in parts on every worker.
    """

    def __init__(self, engine: Engine, jobs: int):
        if jobs < 2:
            raise ValueError("a pool needs at least two jobs; use the engine itself")
        self.name = engine.name
        self.jobs = jobs
        # scripts handed over at once: one more than the workers, so that the next
        # script's front end runs here while they speak
        self._in_parts = all(hasattr(engine, name) for name in ("prepare", "render_sentences", "join"))
        self.parallelism = jobs + 1 if self._in_parts else jobs
        self._kind = engine.name  # make_engine's kind: what each worker builds
        self._local = engine
        self._pool: ProcessPoolExecutor | None = None
        self._front_end_lock = threading.Lock()  # the front end's lazy loading is not thread-safe

    def identity(self, preset: VoicePreset) -> dict[str, str]:
        return self._local.identity(preset)

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(self._kind, logging.getLogger("audiopaper").getEffectiveLevel()),
            )
            log.debug("started %d %s workers", self.jobs, self._kind)
        return self._pool

    def start(self) -> None:
        """Start every worker and load its model now, while the caller does other work.

        A voice not installed yet is installed here first, once: workers that each found
        it missing would each say so and wait on the same download. When that fails, no
        worker starts and the first script reports it (where a fallback voice may take over).
        """
        install = getattr(self._local, "install_if_missing", None)
        if install is not None:
            try:
                install()
            except AudiopaperError as exc:
                log.debug("installing the %s voice failed: %s", self._kind, exc)
                return
        pool = self._executor()
        for _ in range(self.jobs):  # a task finding no idle worker starts one
            pool.submit(_warm_up)

    def synthesize(self, text: str, preset: VoicePreset) -> Speech:
        try:
            if self._in_parts:
                with self._front_end_lock:
                    prepared = self._local.prepare(text, preset)  # type: ignore[attr-defined]
                futures = [self._executor().submit(_render_sentences, part) for part in _parts(prepared)]
                return self._local.join([s for future in futures for s in future.result()])  # type: ignore[attr-defined]
            return self._executor().submit(_speak, text, preset).result()
        except AudiopaperError:
            raise
        except BrokenProcessPool as exc:
            raise SynthesisError(f"{self._kind} worker", f"a worker process died ({exc})") from exc

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def __del__(self) -> None:  # a build that ends normally leaves no workers behind
        try:
            self.close()
        except Exception:
            pass
