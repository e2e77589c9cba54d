"""Traditional Chinese read through its simplified form (OpenCC t2s), shared by segmentation and
text normalization, whose word lists and rules are written in simplified characters."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def to_simplified():  # type: ignore[no-untyped-def]
    """The OpenCC t2s converter, built once; imported lazily since only traditional text needs it."""
    import opencc

    return opencc.OpenCC("t2s")
