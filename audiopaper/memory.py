"""The process's malloc (glibc's): fewer heaps for threads, freed pages given back.

numpy takes arrays of a few MB from the heap, and glibc keeps what is freed there for the
process; a long edition frees hundreds of such clips while it allocates the episode, so
the pages are given back as it goes. Everything here is a no-op where malloc is not glibc's.
"""

from __future__ import annotations

import functools
import os

#: glibc's mallopt parameter for the number of heaps threads allocate from
_M_ARENA_MAX = -8


def few_malloc_arenas(arenas: int = 2) -> None:
    """Let this process's threads share *arenas* malloc heaps (glibc's default is eight per core).

    The synthesis threads and the pool's result thread each free into a heap of their
    own, which the assembly in the main thread cannot reuse: measured, 35 MB more at
    the peak of a cold sample build.
    """
    libc = _glibc()
    if libc is not None:
        libc.mallopt(_M_ARENA_MAX, arenas)


def release_freed_memory() -> None:
    """Give the pages malloc holds free back to the system (glibc's malloc_trim)."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


@functools.lru_cache(maxsize=1)
def _glibc():
    import ctypes

    try:
        if not os.confstr("CS_GNU_LIBC_VERSION"):
            return None
        return ctypes.CDLL("libc.so.6")
    except (ValueError, OSError, AttributeError):  # not glibc
        return None
