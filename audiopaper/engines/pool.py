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

import logging
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..errors import AudiopaperError, SynthesisError
from ..models import Speech, VoicePreset
from . import Engine

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


def _render(prepared: object) -> Speech:
    assert _worker_engine is not None
    return _worker_engine.render(prepared)  # type: ignore[attr-defined]


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
    work into prepare() (the front end) and render() (the model), prepare() runs here,
    in the process that has the dictionaries loaded, and workers load only the model.
    """

    def __init__(self, engine: Engine, jobs: int):
        if jobs < 2:
            raise ValueError("a pool needs at least two jobs; use the engine itself")
        self.name = engine.name
        self.jobs = jobs
        # scripts handed over at once: one more than the workers, so that the next
        # script's front end runs here while they speak
        self.parallelism = jobs + 1 if hasattr(engine, "prepare") else jobs
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
        """Start every worker and load its model now, while the caller does other work."""
        pool = self._executor()
        for _ in range(self.jobs):  # a task finding no idle worker starts one
            pool.submit(_warm_up)

    def synthesize(self, text: str, preset: VoicePreset) -> Speech:
        try:
            prepare = getattr(self._local, "prepare", None)
            if prepare is not None:
                with self._front_end_lock:
                    prepared = prepare(text, preset)
                return self._executor().submit(_render, prepared).result()
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
