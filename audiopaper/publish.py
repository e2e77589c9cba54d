"""Publish: write an assembled episode into the static site, then the feed.

Gather first, then write. Everything for the edition is made in a staging
directory inside the output directory (same filesystem), then the episode
directory is renamed into place, then feed.xml is rewritten atomically from
every edition's manifest. An error before the rename leaves the site as it was.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import math
import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from . import audio, cover, id3, transcripts
from .assemble import AssembledEpisode, episode_dir, episode_url
from .atomic import FILE_MODE, write_bytes, write_text
from .channel import CHANNEL_FILE, Channel, load_channel, normalize_base_url, save_channel, settle_guid
from .errors import AudioError, FeedError
from .feed import (
    MANIFEST_FILE,
    EpisodeManifest,
    ManifestChapter,
    build_feed,
    chapters_json,
    chapters_with_urls,
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
        newest = "the newest edition" if keep == 1 else f"the {keep} newest editions"
        raise FeedError(
            str(out_dir),
            f"the {date} edition is older than {newest} already published ({listed}), "
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
    channel, channel_text = settle_guid(channel, out_dir)
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
        # the other editions' links and sizes, in line with the channel's base_url
        aligned, replacements = _align_editions(out_dir, channel, [m for m in kept if m is not manifest], staging)
        kept = sorted([manifest, *aligned], key=lambda m: m.date, reverse=True)
        if channel_text is not None:
            replacements.append(_stage_text(staging, out_dir / CHANNEL_FILE, channel_text))
        feed_bytes = build_feed(channel, kept)

        # write: the edition, then the site files, then the feed; undone on error
        created: list[Path] = []
        swapped: list[tuple[Path, Path | None]] = []
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
            _swap_in(replacements, staging, swapped)
            feed_path = out_dir / FEED_FILE
            write_bytes(feed_path, feed_bytes)
        except BaseException:
            _swap_back(swapped)
            _undo(target, old if moved_old else None, staging / "failed" if moved_new else None, created)
            raise
        written = [target / p for p in sorted(_relative_files(target))] + created + [t for t, _ in swapped] + [feed_path]
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
    """Rewrite feed.xml from the manifests already published (e.g. after editing podcast.toml).

    Every edition's links (chapters.json, the episode's and the stories' ID3
    WXXX frames) are first brought in line with the channel's base_url, and
    the manifests' byte counts with the files (see _align_editions).
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise FeedError(str(out_dir), "no published site here (not a directory)")
    try:
        with site_lock(out_dir):
            _remove_leftovers(out_dir)
            channel, channel_text = settle_guid(channel or load_channel(out_dir), out_dir)
            staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
            try:
                manifests, replacements = _align_editions(out_dir, channel, read_manifests(out_dir), staging)
                if channel_text is not None:
                    replacements.append(_stage_text(staging, out_dir / CHANNEL_FILE, channel_text))
                feed_bytes = build_feed(channel, manifests)
                path = out_dir / FEED_FILE
                swapped: list[tuple[Path, Path | None]] = []
                try:
                    _swap_in(replacements, staging, swapped)
                    if not _holds(path, feed_bytes):  # an unchanged feed keeps its file (and its Last-Modified)
                        write_bytes(path, feed_bytes)
                except BaseException:
                    _swap_back(swapped)
                    raise
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    except OSError as exc:
        raise _write_error(exc, out_dir) from exc
    return path


@dataclass(frozen=True)
class _Replacement:
    """A file made in the staging directory, to be renamed over *target*."""

    staged: Path
    target: Path


def _align_editions(
    out_dir: Path, channel: Channel, manifests: Sequence[EpisodeManifest], staging: Path
) -> tuple[list[EpisodeManifest], list[_Replacement]]:
    """Gather what brings published editions in line with *channel*'s base_url.

    An edition published under another base_url (podcast.toml was edited
    since) carries the old URLs in chapters.json and in the ID3 WXXX frames
    of episode.mp3 (the episode's and each chapter's) and of the story MP3s.
    For each file whose links differ, a corrected copy is made in *staging*
    (same filesystem); retagging changes the files' sizes, so the manifest
    gets the sizes of the files as they will be, and a new copy if they
    changed. Nothing published changes here; the caller renames the
    replacements into place (each edition's manifest after its files).

    Returns the manifests (with those sizes) and the replacements, in order.
    """
    aligned: list[EpisodeManifest] = []
    replacements: list[_Replacement] = []
    for manifest in manifests:
        folder = out_dir / episode_dir(manifest.date)
        chapters = chapters_with_urls(manifest, channel.base_url)
        fixed: list[str] = []

        chapters_path = folder / manifest.chapters_file
        expected = chapters_json(chapters, title=manifest.title)
        try:
            current: str | None = chapters_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            current = None
        if current != expected:
            replacements.append(_stage_text(staging, chapters_path, expected))
            fixed.append(manifest.chapters_file)

        def checked(relative: str, url: str, chapter_urls: dict[str, str] | None = None) -> int | None:
            """The file's size once its links are right (None if it is missing); stages a relinked copy."""
            path = folder / relative
            if not path.is_file():
                log.warning("%s: missing; its edition's links and sizes cannot be checked", path)
                return None
            staged = _relinked_copy(path, staging, url, chapter_urls)
            if staged is None:
                return path.stat().st_size
            replacements.append(_Replacement(staged, path))
            fixed.append(relative)
            return staged.stat().st_size

        audio_bytes = checked(
            manifest.audio_file,
            episode_url(channel.base_url, manifest.date, manifest.audio_file),
            {f"chp{i}": c.url for i, c in enumerate(chapters)},  # tag_episode's element ids
        )
        story_sizes = [checked(c.file, c.url) for c in chapters if c.file]
        updated = manifest
        if audio_bytes is not None:
            updated = dataclasses.replace(updated, audio_bytes=audio_bytes)
        if None not in story_sizes:
            updated = dataclasses.replace(updated, story_bytes=tuple(s for s in story_sizes if s is not None))
        if updated != manifest:
            replacements.append(_stage_text(staging, folder / MANIFEST_FILE, updated.to_json()))
        if fixed:
            stories = sum(1 for name in fixed if name.startswith("stories/"))
            named = [name for name in fixed if not name.startswith("stories/")]
            named += [f"{stories} story MP3{'s' if stories != 1 else ''}"] if stories else []
            log.info(
                "%s: links pointed at another base_url; corrected for %s (%s)",
                folder, channel.base_url, ", ".join(named),
            )
        aligned.append(updated)
    return aligned, replacements


def _relinked_copy(path: Path, staging: Path, url: str, chapter_urls: dict[str, str] | None) -> Path | None:
    """A copy of *path* in *staging* with its links set, or None when they are already right."""
    try:
        links = id3.read_links(path)
    except AudioError as exc:  # a damaged old file must not stop a new edition
        log.warning("%s; its links are left as they are", exc)
        return None
    if links is None:
        log.warning("%s: no ID3 tag, so no links to correct", path)
        return None
    chapter_urls = chapter_urls or {}
    stale_chapters = any(eid in chapter_urls and chapter_urls[eid] != u for eid, u in links.chapters.items())
    if links.url == url and not stale_chapters:
        return None
    staged = _staging_name(staging, path)
    shutil.copyfile(path, staged)
    try:
        id3.relink(staged, url=url, chapter_urls=chapter_urls)
    except AudioError as exc:
        log.warning("%s: %s; its links are left as they are", path, exc.reason)
        return None
    return staged


def _staging_name(staging: Path, target: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix="replace-", suffix=target.suffix, dir=staging)
    os.close(fd)
    return Path(name)


def _stage_text(staging: Path, target: Path, text: str) -> _Replacement:
    staged = _staging_name(staging, target)
    staged.write_text(text, encoding="utf-8")
    return _Replacement(staged, target)


def _swap_in(replacements: Sequence[_Replacement], staging: Path, swapped: list[tuple[Path, Path | None]]) -> None:
    """Rename each staged file over its target (atomic per file), in order.

    The old file is kept as a hard link in *staging* first, so that no
    moment passes without the file; each (target, backup) is appended to
    *swapped* as it is done, for _swap_back.
    """
    for n, item in enumerate(replacements):
        with open(item.staged, "rb") as fh:
            os.fsync(fh.fileno())
        os.chmod(item.staged, FILE_MODE)
        backup = None
        if item.target.exists():
            backup = staging / f"backup-{n}{item.target.suffix}"
            try:
                os.link(item.target, backup)
            except OSError:  # no hard links here: a copy does as well
                shutil.copy2(item.target, backup)
        os.replace(item.staged, item.target)
        swapped.append((item.target, backup))


def _swap_back(swapped: list[tuple[Path, Path | None]]) -> None:
    """Undo _swap_in: the old files back, newest change first."""
    for target, backup in reversed(swapped):
        if backup is None:
            target.unlink(missing_ok=True)
        else:
            os.replace(backup, target)
    swapped.clear()


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


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False


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
        content_key=episode.content_key,
    )
    write_text(stage / MANIFEST_FILE, manifest.to_json())
    if not mp3.stat().st_size:
        raise AudioError(str(mp3), "encoded episode is empty")
    return manifest

