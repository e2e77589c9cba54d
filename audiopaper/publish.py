"""Publish: write an assembled episode into the static site, then the feed.

Gather first, then write. Everything for the edition is made in a staging
directory inside the output directory (same filesystem), then the episode
directory is renamed into place, then feed.xml is rewritten atomically from
every edition's manifest. An error before the rename leaves the site as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import math
import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from . import audio, cover, id3, transcripts
from .assemble import AssembledEpisode, episode_dir
from .atomic import write_bytes, write_text
from .channel import CHANNEL_FILE, Channel, load_channel, normalize_base_url, save_channel
from .errors import AudioError, FeedError
from .feed import (
    MANIFEST_FILE,
    EpisodeManifest,
    ManifestChapter,
    build_feed,
    chapters_json,
    episode_guid,
    left_out_message,
    publication_time,
    read_manifest,
    read_manifests,
    scan_manifests,
)

log = logging.getLogger(__name__)

FEED_FILE = "feed.xml"
EPISODE_MP3 = "episode.mp3"
CHAPTERS_FILE = "chapters.json"
VTT_FILE = "transcript.vtt"
SRT_FILE = "transcript.srt"
STAGING_PREFIX = ".staging-"


@dataclass(frozen=True)
class PublishResult:
    out_dir: Path
    episode_dir: Path
    feed_path: Path
    episode_mp3: Path
    files: tuple[Path, ...]  # everything written for this edition, plus site files
    manifest: EpisodeManifest
    editions: int  # items now in the feed
    pruned: tuple[str, ...] = ()  # dates removed by keep
    left_out: tuple[str, ...] = ()  # warnings: editions whose manifest cannot be read, not in the feed


def check_output_dir(
    out_dir: Path, *, date: dt.date | None = None, keep: int | None = None, channel: Channel | None = None
) -> None:
    """Cheap checks to make before a build spends minutes on speech; FeedError if one fails.

    *out_dir* must be a writable directory, or one that can be made. With
    *date* and *keep*: --keep must not prune the very edition being built.
    With *channel*: its artwork, if the file exists, must be a PNG/JPEG image.
    Nothing is created or changed.
    """
    if keep is not None and keep < 1:
        raise FeedError(str(out_dir), f"--keep must be at least 1, got {keep}")
    out_dir = Path(out_dir)
    if out_dir.is_dir():
        _check_writable(out_dir, out_dir)
        episodes = out_dir / "episodes"
        if episodes.exists() and not episodes.is_dir():
            raise FeedError(str(episodes), "exists and is not a directory")
        if episodes.is_dir():
            _check_writable(episodes, episodes)
    elif out_dir.exists() or out_dir.is_symlink():
        what = "a broken symbolic link" if not out_dir.exists() else "a file" if out_dir.is_file() else "not a directory"
        raise FeedError(str(out_dir), f"the output directory is {what}")
    else:
        ancestor = out_dir.absolute().parent
        while not ancestor.exists() and not ancestor.is_symlink():
            ancestor = ancestor.parent
        if not ancestor.is_dir():
            raise FeedError(str(out_dir), f"cannot make the output directory: {ancestor} is not a directory")
        _check_writable(ancestor, out_dir)
    if date is not None and keep is not None and out_dir.is_dir():
        _check_keep(out_dir, date, keep, _published_dates(out_dir))
    if channel is not None and out_dir.is_dir() and (out_dir / channel.artwork).exists():
        cover.read_artwork(out_dir / channel.artwork)


def _check_writable(folder: Path, out_dir: Path) -> None:
    if not os.access(folder, os.W_OK | os.X_OK):
        what = "is not writable" if folder == out_dir else f"cannot be made: {folder} is not writable"
        raise FeedError(str(out_dir), f"the output directory {what}")


def _published_dates(out_dir: Path) -> list[dt.date]:
    """Dates of the edition directories (names only; nothing is read)."""
    dates = []
    episodes = out_dir / "episodes"
    for folder in episodes.iterdir() if episodes.is_dir() else ():
        with contextlib.suppress(ValueError):
            dates.append(dt.date.fromisoformat(folder.name))
    return dates


def _check_keep(out_dir: Path, date: dt.date, keep: int, published: Iterable[dt.date]) -> None:
    """FeedError if *date* would not be among the *keep* newest editions, so that it is pruned as soon as made."""
    newer = sorted({d for d in published if d > date}, reverse=True)
    if len(newer) >= keep:
        listed = ", ".join(d.isoformat() for d in newer[:keep])
        raise FeedError(
            str(out_dir),
            f"the {date} edition is older than the {keep} newest editions already published ({listed}), "
            f"so --keep {keep} would delete it at once; nothing was written",
        )


def publish_episode(
    assembled: AssembledEpisode,
    out_dir: Path,
    *,
    channel: Channel | None = None,
    keep: int | None = None,
    workers: int | None = None,
) -> PublishResult:
    """Write *assembled* under out_dir/episodes/DATE/ and rebuild out_dir/feed.xml.

    *channel* defaults to out_dir/podcast.toml (created with defaults if missing).
    *keep* keeps only the newest N editions (their files included); an
    edition older than those N is refused before anything is written.
    Every failure is an AudiopaperError; after one the site is as it was.
    """
    out_dir = Path(out_dir)
    check_output_dir(out_dir, keep=keep)
    made = [d for d in (out_dir, out_dir / "episodes") if not d.exists()]
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with site_lock(out_dir):
            _remove_leftovers(out_dir)
            return _publish_locked(assembled, out_dir, channel, keep, workers)
    except BaseException as exc:
        for folder in reversed(made):  # episodes/ first, then out_dir: only if they are still empty
            with contextlib.suppress(OSError):
                folder.rmdir()
        if isinstance(exc, OSError):
            raise _write_error(exc, out_dir) from exc
        raise


def _write_error(exc: OSError, out_dir: Path) -> FeedError:
    """An OSError while publishing, as our error naming the file ("...feed.xml: No space left on device")."""
    where = Path(os.fsdecode(exc.filename)) if exc.filename is not None else out_dir
    if any(part.startswith(STAGING_PREFIX) for part in where.parts):
        where = out_dir  # our temporary directory means nothing to the user
    return FeedError(str(where), exc.strerror or str(exc))


def _publish_locked(
    assembled: AssembledEpisode, out_dir: Path, channel: Channel | None, keep: int | None, workers: int | None
) -> PublishResult:
    episode = assembled.episode
    channel_missing = not (out_dir / CHANNEL_FILE).exists()
    if channel is None:
        channel = load_channel(out_dir, paper=episode.paper)
    if channel.base_url != normalize_base_url(assembled.base_url):
        raise FeedError(
            str(out_dir / CHANNEL_FILE),
            f"episode was assembled for {assembled.base_url} but the channel's base_url is {channel.base_url}",
        )
    target = out_dir / episode_dir(episode.date)

    # gather: read what is already published before changing anything
    others, broken = scan_manifests(out_dir, skip=episode.date)
    left_out = tuple(left_out_message(problem) for problem in broken)
    for message in left_out:
        log.warning("%s", message)
    if keep:
        _check_keep(out_dir, episode.date, keep, (m.date for m in others))
    previous = _previous_manifest(target / MANIFEST_FILE)
    artwork_path = out_dir / channel.artwork
    artwork_missing = not (artwork_path.exists() or artwork_path.is_symlink())
    artwork = cover.make_artwork(episode.paper, artwork_path.suffix) if artwork_missing else cover.read_artwork(artwork_path)
    embedded_cover = cover.thumbnail_jpeg(artwork)

    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
    try:
        stage = staging / "episode"
        manifest = _write_episode(assembled, stage, embedded_cover, channel, previous, workers)
        manifests = sorted([manifest, *others], key=lambda m: m.date, reverse=True)
        kept, pruned = (manifests[:keep], manifests[keep:]) if keep else (manifests, [])
        assert manifest in kept  # _check_keep
        feed_bytes = build_feed(channel, kept)

        # write: the edition, then the site files, then the feed; undone on error
        created: list[Path] = []
        old = staging / "old"
        moved_old = moved_new = False
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.exists():
                os.replace(target, old)
                moved_old = True
            os.replace(stage, target)
            moved_new = True
            if artwork_missing:
                write_bytes(artwork_path, artwork)
                created.append(artwork_path)
            if channel_missing:
                created.append(save_channel(out_dir, channel))
            feed_path = out_dir / FEED_FILE
            write_bytes(feed_path, feed_bytes)
        except BaseException:
            _undo(target, old if moved_old else None, staging / "failed" if moved_new else None, created)
            raise
        written = [target / p for p in sorted(_relative_files(target))] + created + [feed_path]
        # prune: out of episodes/ at once (a rename), deleted with the staging dir
        for n, gone in enumerate(pruned):
            folder = out_dir / episode_dir(gone.date)
            if folder.exists():
                os.replace(folder, staging / f"pruned-{n}")
            log.info("pruned edition %s", gone.date)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    log.info("published %s: %d edition(s) in the feed", target, len(kept))
    return PublishResult(
        out_dir=out_dir,
        episode_dir=target,
        feed_path=feed_path,
        episode_mp3=target / EPISODE_MP3,
        files=tuple(written),
        manifest=manifest,
        editions=len(kept),
        pruned=tuple(m.date.isoformat() for m in pruned),
        left_out=left_out,
    )


def _undo(target: Path, old: Path | None, failed: Path | None, created: list[Path]) -> None:
    """Put the site back as it was before the write phase began.

    *failed*: where to move the new edition, if it was moved in; *old*: where
    the previous edition was moved to, if there was one.
    """
    if failed is not None:
        os.replace(target, failed)
    if old is not None:
        os.replace(old, target)
    for path in created:
        path.unlink(missing_ok=True)


def rebuild_feed(out_dir: Path, *, channel: Channel | None = None) -> Path:
    """Rewrite feed.xml from the manifests already published (e.g. after editing podcast.toml)."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise FeedError(str(out_dir), "no published site here (not a directory)")
    try:
        with site_lock(out_dir):
            channel = channel or load_channel(out_dir)
            path = out_dir / FEED_FILE
            write_bytes(path, build_feed(channel, read_manifests(out_dir)))
    except OSError as exc:
        raise _write_error(exc, out_dir) from exc
    return path


@contextlib.contextmanager
def site_lock(out_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock on *out_dir* (flock on the directory itself: no lock file).

    Two builds publishing into one site at once would race on feed.xml and
    on each other's staging; the second is refused with a clear error.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX: no locking
        yield
        return
    fd = os.open(out_dir, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise FeedError(str(out_dir), "another audiopaper build is publishing here; try again when it ends") from exc
        yield
    finally:
        os.close(fd)  # releases the lock


def _remove_leftovers(out_dir: Path) -> None:
    """Staging dirs and atomic-write temp files of runs that were killed (we hold the lock)."""
    for path in out_dir.glob(STAGING_PREFIX + "*"):
        log.info("removing %s, left by an interrupted build", path.name)
        shutil.rmtree(path, ignore_errors=True)
    for path in out_dir.glob(".*.????????.tmp*"):  # atomic.py's temp names
        if path.is_file():
            log.info("removing %s, left by an interrupted build", path.name)
            path.unlink(missing_ok=True)


def _previous_manifest(path: Path) -> EpisodeManifest | None:
    """The manifest of the edition being replaced, if it is readable (its guid is kept)."""
    if not path.exists():
        return None
    try:
        return read_manifest(path)
    except FeedError as exc:
        log.warning("replacing an unreadable manifest: %s", exc)
        return None


def _relative_files(root: Path) -> list[str]:
    return [str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()]


def _write_episode(
    assembled: AssembledEpisode,
    stage: Path,
    embedded_cover: bytes,
    channel: Channel,
    previous: EpisodeManifest | None,
    workers: int | None,
) -> EpisodeManifest:
    """Everything for one edition into *stage*; returns its manifest."""
    episode = assembled.episode
    rate = episode.sample_rate
    stories = assembled.story_chapters
    (stage / "stories").mkdir(parents=True)
    mp3 = stage / EPISODE_MP3

    jobs = [(assembled.pcm, mp3)] + [(assembled.chapter_pcm(c), stage / c.file) for c in stories]
    # longest first, so two workers finish together
    jobs.sort(key=lambda job: len(job[0]), reverse=True)
    with ThreadPoolExecutor(max_workers=workers or min(2, os.cpu_count() or 1)) as pool:
        for future in [pool.submit(audio.encode_mp3, pcm, rate, path) for pcm, path in jobs]:
            future.result()

    id3.tag_episode(
        mp3,
        title=episode.title,
        paper=episode.paper,
        date=episode.date,
        chapters=episode.chapters,
        url=assembled.url(EPISODE_MP3),
        cover=embedded_cover,
    )
    for n, chapter in enumerate(stories, 1):
        id3.tag_story(
            stage / chapter.file,
            title=chapter.title,
            paper=episode.paper,
            date=episode.date,
            track=n,
            total=len(stories),
            url=chapter.url,
            cover=embedded_cover,
        )

    cues = transcripts.make_cues(episode.cues)
    write_text(stage / VTT_FILE, transcripts.to_vtt(cues))
    write_text(stage / SRT_FILE, transcripts.to_srt(cues))
    write_text(stage / CHAPTERS_FILE, chapters_json(episode.chapters, title=episode.title))

    norm = assembled.normalization

    def level(value: float) -> float | None:  # JSON has no -inf (silence)
        return value if math.isfinite(value) else None

    manifest = EpisodeManifest(
        date=episode.date,
        title=episode.title,
        paper=episode.paper,
        # stable per edition: a rebuild keeps the guid the first publish gave it
        guid=previous.guid if previous else episode_guid(channel, episode.date),
        pub_date=publication_time(channel, episode.date),
        duration_ms=episode.duration_ms,
        audio_file=EPISODE_MP3,
        audio_bytes=mp3.stat().st_size,
        chapters_file=CHAPTERS_FILE,
        transcript_vtt=VTT_FILE,
        transcript_srt=SRT_FILE,
        chapters=tuple(ManifestChapter(c.title, c.start_ms, c.end_ms, c.file) for c in episode.chapters),
        sources=assembled.sources,
        story_bytes=tuple((stage / c.file).stat().st_size for c in stories),
        loudness_lufs=level(norm.result.integrated_lufs) if norm else None,
        true_peak_dbtp=level(norm.result.true_peak_dbtp) if norm else None,
        gain_db=round(norm.gain_db, 2) if norm else None,
        sample_rate=rate,
        bitrate=audio.MP3_BITRATE,
        cues=len(cues),
    )
    write_text(stage / MANIFEST_FILE, manifest.to_json())
    if not mp3.stat().st_size:
        raise AudioError(str(mp3), "encoded episode is empty")
    return manifest

