"""Edition directories are immutable and versioned; feed.xml is the single commit point.

An edition of date D is published in episodes/D/; when a rebuild (or a new
base_url) changes its files, the new files go to a new directory, D.2/,
D.3/..., never over the published ones, so the lengths the feed advertises
always match the files it points at. A run that changes the site writes a
journal naming the directories it adds and those it retires, renames the new
ones in, writes feed.xml (the commit), then removes the retired ones and the
journal. The next command reads the journal first (recover): before the
commit it deletes what was added, after it what was retired; a directory the
feed serves is never deleted.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .atomic import fault_point, write_text
from .channel import absolute_url

log = logging.getLogger(__name__)

EPISODES_DIR = "episodes"
FEED_FILE = "feed.xml"
JOURNAL_FILE = ".audiopaper-journal.json"
STAGING_PREFIX = ".staging-"
_FOLDER = re.compile(r"(\d{4}-\d{2}-\d{2})(?:\.([1-9]\d*))?")


def edition_page_path(date: dt.date) -> str:
    """episodes/DATE.html, the edition's player page (site.py): beside its directories, which never
    change once published, while the page changes with every edition added to the site. One URL
    for every version of the edition."""
    return f"{EPISODES_DIR}/{date.isoformat()}.html"


def edition_page_url(base_url: str, date: dt.date) -> str:
    """Absolute URL of an edition's page (its feed item's <link>)."""
    return absolute_url(base_url, edition_page_path(date))


def folder_name(date: dt.date, version: int = 1) -> str:
    """episodes/ directory name of *version* of the edition of *date*: "2020-05-29", "2020-05-29.2"..."""
    return date.isoformat() if version <= 1 else f"{date.isoformat()}.{version}"


def parse_folder(name: str) -> tuple[dt.date, int] | None:
    """(date, version) of an edition directory name; None for anything else."""
    match = _FOLDER.fullmatch(name)
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match[1]), int(match[2] or 1)
    except ValueError:
        return None


def edition_folders(out_dir: Path) -> dict[dt.date, list[str]]:
    """Edition directory names under out_dir/episodes/ by date, oldest version first."""
    found: dict[dt.date, list[tuple[int, str]]] = {}
    episodes = Path(out_dir) / EPISODES_DIR
    for path in episodes.iterdir() if episodes.is_dir() else ():
        parsed = parse_folder(path.name)
        if parsed and path.is_dir():
            found.setdefault(parsed[0], []).append((parsed[1], path.name))
    return {date: [name for _, name in sorted(names)] for date, names in found.items()}


def current_folder(out_dir: Path, date: dt.date) -> str | None:
    """The newest directory of the edition of *date* (after recover, its only one)."""
    names = edition_folders(out_dir).get(date)
    return names[-1] if names else None


def next_folder(out_dir: Path, date: dt.date) -> str:
    """A directory name for a new version of the edition of *date*, used by no directory yet."""
    names = edition_folders(out_dir).get(date, [])
    return folder_name(date, parse_folder(names[-1])[1] + 1 if names else 1)  # type: ignore[index]


def served_folders(out_dir: Path) -> set[str] | None:
    """Edition directories that feed.xml points at; None when there is no readable feed."""
    try:
        root = ET.parse(Path(out_dir) / FEED_FILE).getroot()
    except (OSError, ET.ParseError):
        return None
    served = set()
    for enclosure in root.iter("enclosure"):
        parts = unquote(urlsplit(enclosure.get("url", "")).path).split("/")
        if len(parts) >= 3 and parts[-3] == EPISODES_DIR:
            served.add(parts[-2])
    return served


@dataclass(frozen=True)
class Journal:
    added: tuple[str, ...]  # edition directories this run renames into episodes/
    retired: tuple[str, ...]  # edition directories the new feed no longer serves


def begin(out_dir: Path, journal: Journal) -> None:
    """Record *journal* before anything in episodes/ changes."""
    write_text(Path(out_dir) / JOURNAL_FILE, json.dumps({"added": journal.added, "retired": journal.retired}) + "\n")


def end(out_dir: Path) -> None:
    fault_point("remove journal")
    (Path(out_dir) / JOURNAL_FILE).unlink(missing_ok=True)


def _read_journal(path: Path) -> Journal | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Journal(tuple(map(str, data["added"])), tuple(map(str, data["retired"])))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("%s: unreadable (%s); nothing is deleted", path, exc)
        return Journal((), ())


def recover(out_dir: Path) -> None:
    """Finish or undo a run that was killed (the caller holds the site lock).

    With the journal: if the feed serves every added directory and no retired
    one, the run committed and the retired ones go; otherwise the added ones
    go. A directory the feed serves is never deleted, so neither is the only
    copy of a published edition. Then staging directories and temp files go.
    """
    out_dir = Path(out_dir)
    settle_journal(out_dir)
    for path in out_dir.glob(STAGING_PREFIX + "*"):
        log.info("removing %s, left by an interrupted run", path.name)
        shutil.rmtree(path, ignore_errors=True)
    for path in out_dir.glob(".*.????????.tmp*"):  # atomic.py's temp names
        if path.is_file():
            log.info("removing %s, left by an interrupted run", path.name)
            path.unlink(missing_ok=True)


def settle_journal(out_dir: Path) -> None:
    """The journal part of recover: finish or undo the run it records, then remove it."""
    out_dir = Path(out_dir)
    journal = _read_journal(out_dir / JOURNAL_FILE)
    if journal is not None:
        served = served_folders(out_dir)
        committed = served is not None and set(journal.added) <= served and not set(journal.retired) & served
        doomed = journal.retired if committed else journal.added
        for name in doomed:
            folder = out_dir / EPISODES_DIR / name
            if folder.exists() and name not in (served or set()) and parse_folder(name):
                log.info("removing %s, %s by an interrupted run", folder, "retired" if committed else "left")
                fault_point("recover: remove edition")
                shutil.rmtree(folder)
        end(out_dir)
