"""jieba with its dictionary loaded, once per process, and loaded faster.

jieba keeps its dictionary (about half a million words and prefixes) in a
marshal cache in the temporary directory. It reads that with marshal.load(file),
which reads the file object a few bytes per entry: 1.3 CPU s. marshal.loads of
the whole file gives the same objects in 0.4 s, so jieba is handed a marshal
that reads that way; its cache file, freshness check and rebuild are its own.
"""

from __future__ import annotations

import functools
import logging
import marshal
import types
from typing import Any, BinaryIO


def _load_whole(file: BinaryIO) -> Any:
    return marshal.loads(file.read())


#: the marshal jieba's module sees: the same format, read in one piece
_WHOLE_FILE_MARSHAL = types.SimpleNamespace(
    load=_load_whole, loads=marshal.loads, dump=marshal.dump, dumps=marshal.dumps, version=marshal.version
)


@functools.lru_cache(maxsize=1)
def loaded_jieba():  # type: ignore[no-untyped-def]
    import jieba  # lazily: only word cutting needs it

    jieba.setLogLevel(logging.WARNING)
    jieba.marshal = _WHOLE_FILE_MARSHAL  # type: ignore[attr-defined]
    jieba.initialize()
    return jieba


@functools.lru_cache(maxsize=1)
def loaded_posseg():  # type: ignore[no-untyped-def]
    """jieba.posseg, its tag table sharing the words of jieba's dictionary and one string per tag.

    As loaded, each of its 350 thousand entries has a word and a tag string of its own:
    about 30 MiB more in the build process. The table's content is unchanged.
    """
    import sys

    import jieba.posseg

    freq = loaded_jieba().dt.FREQ
    tags = jieba.posseg.dt.word_tag_tab
    shared = {word: sys.intern(tags[word]) for word in freq if word in tags}
    if len(shared) == len(tags):  # every tagged word is in the dictionary (a user dictionary may differ)
        jieba.posseg.dt.word_tag_tab = shared
    return jieba.posseg
