"""Kill the process at every file-system step of publishing and of `feed`.

A forked child runs the operation with atomic.inject_fault(n): at the n-th
fault_point (every rename, every atomic write, the journal, staging) it ends
with os._exit, which runs no cleanup, as a kill -9. After each kill, and
after the next command, the site is checked with independent readers:
every feed item's files exist with the lengths the feed advertises (read
with feedparser and ElementTree), and no edition that was published before
is missing from the feed.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit

import feedparser
import pytest

from audiopaper import atomic
from audiopaper.assemble import assemble_episode
from audiopaper.editions import JOURNAL_FILE
from audiopaper.publish import publish_episode, rebuild_feed

from test_assemble import make_clips

OLD = "http://localhost:8000/"
NEW = "https://news.example.org/site/"
PODCAST_NS = "{https://podcastindex.org/namespace/1.0}"
D27, D28, D29 = dt.date(2020, 5, 27), dt.date(2020, 5, 28), dt.date(2020, 5, 29)
KILLED = 137


def assembled(date: dt.date, title: str = "", base_url: str = OLD):
    return assemble_episode(make_clips(), date=date, paper="人民日报", title=title, base_url=base_url)


def run_killed_at(operation, at: int) -> bool:
    """Run *operation* in a child process that dies at fault point *at*; True if it died there."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 0
        try:
            logging.disable(logging.CRITICAL)
            atomic.inject_fault(at)
            operation()
        except BaseException:
            code = 1
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    assert code in (0, KILLED), f"the operation failed (exit {code}) with the fault at step {at}"
    return code == KILLED


def local_file(out: Path, url: str) -> Path:
    parts = unquote(urlsplit(url).path).split("/")
    return out.joinpath(*parts[parts.index("episodes"):])


def served_dates(out: Path) -> set[str]:
    """The edition dates feed.xml serves, after checking every file it points at."""
    if not (out / "feed.xml").exists():
        return set()
    xml = (out / "feed.xml").read_bytes()
    parsed = feedparser.parse(xml)
    assert not parsed.bozo, parsed.bozo_exception
    dates = set()
    for entry in parsed.entries:
        (enclosure,) = entry.enclosures
        mp3 = local_file(out, enclosure["href"])
        assert mp3.is_file(), f"the feed serves {mp3}, which is missing"
        assert mp3.stat().st_size == int(enclosure["length"]), f"{mp3}: the feed's length is not the file's"
        dates.add(mp3.parent.name[:10])
    for item in ET.fromstring(xml).iter("item"):
        for tag in ("chapters", "transcript"):
            for element in item.iter(PODCAST_NS + tag):
                assert local_file(out, element.get("url")).is_file(), element.get("url")
    return dates


def check_fault_points(base: Path, tmp: Path, operation, next_commands, must_serve: set[str], after: set[str]):
    """Kill *operation* at each of its fault points in turn, on a fresh copy of *base*."""
    at = 0
    while True:
        at += 1
        site = tmp / f"kill-{at}"
        shutil.copytree(base, site)
        if not run_killed_at(lambda: operation(site), at):
            assert served_dates(site) == after
            return at - 1
        served = served_dates(site)
        assert must_serve <= served, f"killed at step {at}: published editions lost: {must_serve - served}"
        next_command = next_commands[at % len(next_commands)]
        next_command(site)
        served = served_dates(site)
        assert must_serve <= served, f"after a kill at step {at} and the next command: lost {must_serve - served}"
        assert not [p.name for p in site.iterdir() if p.name.startswith((".staging-", JOURNAL_FILE))]
        shutil.rmtree(site)


@pytest.fixture(scope="module")
def editions():
    return {key: assembled(*key) for key in [(D27,), (D28,), (D29,), (D29, "改版")]}


def build(editions, key, **kwargs):
    return lambda site: publish_episode(editions[key], site, **kwargs)


def feed(site: Path) -> None:
    rebuild_feed(site)


def test_a_kill_at_any_step_of_a_first_build_loses_nothing(tmp_path, editions):
    base = tmp_path / "base"
    publish_episode(editions[(D28,)], base)
    steps = check_fault_points(
        base, tmp_path, build(editions, (D29,)), [feed, build(editions, (D29,))], {"2020-05-28"}, {"2020-05-28", "2020-05-29"}
    )
    assert steps >= 8  # staging, the edition, the journal, the feed...


def test_a_kill_at_any_step_of_the_very_first_build_leaves_a_usable_site(tmp_path, editions):
    base = tmp_path / "base"
    base.mkdir()
    steps = check_fault_points(base, tmp_path, build(editions, (D29,)), [build(editions, (D29,))], set(), {"2020-05-29"})
    assert steps >= 5


def test_a_kill_at_any_step_of_a_rebuild_of_a_published_date_loses_nothing(tmp_path, editions):
    base = tmp_path / "base"
    for key in [(D27,), (D28,), (D29,)]:
        publish_episode(editions[key], base)
    rebuild = build(editions, (D29, "改版"), keep=2)  # a changed edition, and an old one pruned
    steps = check_fault_points(
        base, tmp_path, rebuild, [feed, rebuild], {"2020-05-28", "2020-05-29"}, {"2020-05-28", "2020-05-29"}
    )
    assert steps >= 8


def test_a_kill_at_any_step_of_feed_after_the_site_moved_loses_nothing(tmp_path, editions):
    base = tmp_path / "base"
    for key in [(D28,), (D29,)]:
        publish_episode(editions[key], base)
    toml = base / "podcast.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(OLD, NEW), encoding="utf-8")
    steps = check_fault_points(base, tmp_path, feed, [feed], {"2020-05-28", "2020-05-29"}, {"2020-05-28", "2020-05-29"})
    assert steps >= 5  # each edition retagged into a new version, the journal, the feed
