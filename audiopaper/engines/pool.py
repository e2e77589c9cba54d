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


class ProcessPoolEngine:
    """The Engine protocol over *jobs* worker processes, each with its own copy of *engine*.

    *engine* (built by make_engine, with no options) answers identity() here and is
    what each worker builds again; it must say `runs_in_workers`.
    """

    def __init__(self, engine: Engine, jobs: int):
        if jobs < 2:
            raise ValueError("a pool needs at least two jobs; use the engine itself")
        self.name = engine.name
        self.parallelism = jobs
        self._kind = engine.name  # make_engine's kind: what each worker builds
        self._local = engine
        self._pool: ProcessPoolExecutor | None = None

    def identity(self, preset: VoicePreset) -> dict[str, str]:
        return self._local.identity(preset)

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.parallelism,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(self._kind, logging.getLogger("audiopaper").getEffectiveLevel()),
            )
            log.debug("started %d %s workers", self.parallelism, self._kind)
        return self._pool

    def synthesize(self, text: str, preset: VoicePreset) -> Speech:
        try:
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
