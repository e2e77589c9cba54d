"""Logging for the CLI: messages to stderr, level from -q/-v."""

from __future__ import annotations

import logging
import sys


def configure(verbosity: int) -> None:
    """verbosity: -1 quiet (errors only), 0 normal, 1+ debug."""
    level = logging.ERROR if verbosity < 0 else logging.DEBUG if verbosity > 0 else logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s" if verbosity <= 0 else "%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("audiopaper")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
