"""pypinyin-dict's extra phrase readings, kept compact and cached on disk.

Importing a pypinyin-dict data set (cc_cedict: 106 thousand phrases as Python source)
makes every reading its own list and string, and its modules keep their dictionaries:
about 68 MiB that stay in the build process (the import's garbage is interleaved with
what is kept, so little of it goes back to the system). Here a data set's phrases are
written once to a text file in the cache folder (named by the packages' versions,
checked by its SHA-256) and read from there, each distinct reading one shared list;
its modules are not kept. What is added to pypinyin's dictionary is the same as an
import would add, so the pinyin is too.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import sys
from collections.abc import Container
from importlib import metadata
from pathlib import Path

from .atomic import write_text
from .paths import cache_dir

log = logging.getLogger(__name__)

#: changes when the file's layout does
TABLE_FORMAT = "1"
_SYLLABLES, _READINGS = " ", ","  # no reading contains either (checked when written)


def extra_phrases(data_sets: tuple[str, ...], known: Container[str] | None = None) -> dict[str, list[list[str]]]:
    """The phrases of pypinyin-dict's *data_sets* (an earlier set's reading first) not in
    *known* (default: pypinyin's phrase dictionary now), as pypinyin wants them: {phrase:
    [[reading, ...], ...]}; the inner lists are shared among phrases (pypinyin deep-copies
    before use)."""
    if known is None:
        from pypinyin.constants import PHRASES_DICT as known

    path = cache_dir() / "pinyin" / f"phrases-{_table_key(data_sets)}.txt"
    text = _read_table(path)
    if text is None:
        text = _table_text(data_sets)
        try:
            write_text(path, hashlib.sha256(text.encode("utf-8")).hexdigest() + "\n" + text)
        except OSError as exc:
            log.warning("not caching the pinyin phrase table in %s: %s", path, exc)  # next time is slower
    return _parse_table(text, known=known)


def _table_key(data_sets: tuple[str, ...]) -> str:
    versions = [TABLE_FORMAT, *data_sets]
    for package in ("pypinyin", "pypinyin-dict"):
        try:
            versions.append(metadata.version(package))
        except metadata.PackageNotFoundError:
            versions.append("?")
    return hashlib.sha256("\n".join(versions).encode()).hexdigest()[:16]


def _read_table(path: Path) -> str | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("cannot read the pinyin phrase table %s: %s", path, exc)
        return None
    digest, _, body = data.partition(b"\n")
    if hashlib.sha256(body).hexdigest().encode() != digest:
        log.warning("pinyin phrase table %s is damaged; making it again", path)
        return None
    return body.decode("utf-8")


def _table_text(data_sets: tuple[str, ...]) -> str:
    """The table: a line per phrase, its readings (the file has its SHA-256 in a line before)."""
    lines: list[str] = []
    added: set[str] = set()  # an earlier data set's phrase is kept, as if each were loaded in turn
    for name in data_sets:
        package = "pypinyin_dict.phrase_pinyin_data"
        module = importlib.import_module(f"{package}.{name}")
        for phrase, readings in module.phrases_dict.items():
            if phrase in added:
                continue
            added.add(phrase)
            syllables = [_READINGS.join(alternatives) for alternatives in readings]
            if any(_SYLLABLES in s or "\n" in s or "\t" in s or not s for s in syllables) or "\t" in phrase:
                raise ValueError(f"pypinyin-dict {name}: a reading of {phrase!r} cannot be written: {readings!r}")
            lines.append(f"{phrase}\t{_SYLLABLES.join(syllables)}")
        log.debug("pypinyin-dict %s: %d phrases", name, len(added))
        _forget_modules(f"{package}.{name}")
    return "\n".join(lines)


def _forget_modules(name: str) -> None:
    """Drop a data set's modules (the package's attribute too), so their dictionaries are freed."""
    package, _, leaf = name.rpartition(".")
    for module_name in [m for m in sys.modules if m == name or m.startswith(name + "_")]:
        del sys.modules[module_name]
        parent = sys.modules.get(package)
        if parent is not None and hasattr(parent, module_name.rpartition(".")[2]):
            delattr(parent, module_name.rpartition(".")[2])


def _parse_table(text: str, known: Container[str]) -> dict[str, list[list[str]]]:
    shared: dict[str, list[str]] = {}  # one list per distinct reading (or set of readings)
    table: dict[str, list[list[str]]] = {}
    for line in text.splitlines():
        phrase, _, syllables = line.partition("\t")
        if phrase in known:
            continue  # pypinyin's own entries are curated for Mandarin as read (neutral tones, 一/不)
        table[phrase] = [
            shared.get(s) or shared.setdefault(s, s.split(_READINGS)) for s in syllables.split(_SYLLABLES)
        ]
    return table
