"""A progress bar on stderr that the CLI can switch off with -q."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def progress_bar(total: int, label: str, *, enabled: bool) -> Iterator[Callable[[], None]]:
    if not enabled or not sys.stderr.isatty():  # a log file gets no carriage-return redraws
        yield lambda: None
        return
    from tqdm import tqdm

    with tqdm(total=total, desc=label, unit="seg", file=sys.stderr, leave=False) as bar:
        yield bar.update
