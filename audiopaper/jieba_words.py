"""jieba, loaded once per process and quietly.

jieba logs its dictionary load ("Building prefix dict ...") to stderr with a
handler of its own; a user's build output should not show it.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def load_jieba() -> Any:
    """The jieba module with its dictionary loaded (imported lazily: that takes a second)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba
