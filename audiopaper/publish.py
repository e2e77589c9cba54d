"""Publish: write an assembled episode into the static site, then the feed.

Gather first, then write. Everything for the edition is made in a staging
directory inside the output directory (same filesystem), then the episode
directory is renamed into place, then feed.xml is rewritten atomically from
every edition's manifest. An error before the rename leaves the site as it was.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import datetime as dt
import filecmp
import logging
import math
import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from . import audio, cover, editions, id3, site, transcripts
from .assemble import AssembledEpisode, episode_dir, episode_url
from .atomic import FILE_MODE, write_bytes, write_text
from .channel import (
    CHANNEL_FILE,
    Channel,
    load_channel,
    normalize_base_url,
    placeholder_warning,
    save_channel,
    settle_guid,
)
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
STAGING_PREFIX = editions.STAGING_PREFIX


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
    if channel is not None and not channel.artwork_is_url and out_dir.is_dir():
        artwork = out_dir / channel.artwork
        if not artwork.resolve().is_relative_to(out_dir.resolve()):
            raise FeedError(str(artwork), "artwork must be a file inside the site (this one leads outside it)")
        if artwork.exists():
            cover.read_artwork(artwork)


def _check_writable(folder: Path, out_dir: Path) -> None:
    if not os.access(folder, os.W_OK | os.X_OK):
        what = "is not writable" if folder == out_dir else f"cannot be made: {folder} is not writable"
        raise FeedError(str(out_dir), f"the output directory {what}")


def _published_dates(out_dir: Path) -> list[dt.date]:
    """Dates of the edition directories (names only; nothing is read)."""
    return list(editions.edition_folders(out_dir))


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
    A published edition directory is never changed: a rebuild that changes
    it goes to a new version directory (see editions.py), and feed.xml is
    the commit point. Every failure is an AudiopaperError; after one the
    site is as it was.
    """
    out_dir = Path(out_dir)
    check_output_dir(out_dir, keep=keep)
    made = [d for d in (out_dir, out_dir / "episodes") if not d.exists()]
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with site_lock(out_dir):
            editions.recover(out_dir)
            return _publish_locked(assembled, out_dir, channel, keep, workers)
    except BaseException as exc:
        for folder in reversed(made):  # episodes/ first, then out_dir: only if they are still empty
            with contextlib.suppress(OSError):
                folder.rmdir()
        if isinstance(exc, OSError):
            raise _write_error(exc, out_dir) from exc
        if isinstance(exc, AudioError) and STAGING_PREFIX in exc.where:  # our temporary file means nothing to the user
            raise AudioError(str(out_dir), f"{exc.reason}, while writing the new edition here") from exc
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

    # gather: read what is already published before changing anything
    others, broken = scan_manifests(out_dir, skip=episode.date)
    left_out = tuple(left_out_message(problem) for problem in broken)
    for message in left_out:
        log.warning("%s", message)
    if keep:
        _check_keep(out_dir, episode.date, keep, (m.date for m in others))
    current = editions.current_folder(out_dir, episode.date)
    previous = _previous_manifest(out_dir / "episodes" / current / MANIFEST_FILE) if current else None
    check_output_dir(out_dir, channel=channel)  # the artwork, which a caller's channel may name
    artwork_path = out_dir / channel.artwork
    # an artwork URL is served elsewhere: a made cover goes into the MP3s only
    artwork_missing = not channel.artwork_is_url and not (artwork_path.exists() or artwork_path.is_symlink())
    if channel.artwork_is_url or artwork_missing:
        artwork = cover.make_artwork(episode.paper, artwork_path.suffix)
    else:
        artwork = cover.read_artwork(artwork_path)
    embedded_cover = cover.thumbnail_jpeg(artwork)

    editions.fault_point("make staging directory")
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
    try:
        stage = staging / "episode"
        manifest = _write_episode(assembled, stage, embedded_cover, channel, previous, workers)
        new_versions: list[_NewVersion] = []
        if current is None:
            manifest = dataclasses.replace(manifest, folder=episode.date.isoformat())
            new_versions.append(_NewVersion(stage, manifest.directory, None))
        else:
            if current != manifest.directory:
                manifest = _retarget(stage, manifest, channel.base_url, current)
            if _same_files(stage, out_dir / "episodes" / current):
                manifest = dataclasses.replace(manifest, folder=current)  # nothing changed: keep what is served
            else:
                name = editions.next_folder(out_dir, episode.date)
                manifest = _retarget(stage, manifest, channel.base_url, name)
                new_versions.append(_NewVersion(stage, name, current))
        manifests = sorted([manifest, *others], key=lambda m: m.date, reverse=True)
        kept, pruned = (manifests[:keep], manifests[keep:]) if keep else (manifests, [])
        assert manifest in kept  # _check_keep
        # the other editions' links and sizes, in line with the channel's base_url
        aligned, relinked = _align_editions(out_dir, channel, [m for m in kept if m is not manifest], staging)
        new_versions += relinked
        kept = sorted([manifest, *aligned], key=lambda m: m.date, reverse=True)
        replacements = [_stage_text(staging, out_dir / CHANNEL_FILE, channel_text)] if channel_text is not None else []
        feed_bytes = build_feed(channel, kept)
        retired = [v.replaces for v in new_versions if v.replaces] + [m.directory for m in pruned]
        replacements += _stage_pages(out_dir, channel, kept, staging, new_versions)
        _warn_placeholders(channel)

        created: list[Path] = []
        swapped: list[tuple[Path, Path | None]] = []

        def site_files() -> None:
            if artwork_missing:
                write_bytes(artwork_path, artwork)
                created.append(artwork_path)
            if channel_missing:
                created.append(save_channel(out_dir, channel))
            _swap_in(replacements, staging, swapped)

        try:
            feed_path = _commit(out_dir, staging, new_versions, retired, feed_bytes, site_files)
        except BaseException:
            _swap_back(swapped)
            for path in created:
                path.unlink(missing_ok=True)
            raise
        target = out_dir / episode_dir(episode.date, manifest.directory)
        written = [target / p for p in sorted(_relative_files(target))] if new_versions and new_versions[0].stage == stage else []
        written += [out_dir / "episodes" / v.name / p for v in relinked for p in sorted(_relative_files(out_dir / "episodes" / v.name))]
        written += created + [t for t, _ in swapped] + [feed_path]
        for gone in pruned:
            log.info("pruned edition %s", gone.date)
        _remove_stale_pages(out_dir, kept)
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


@dataclass(frozen=True)
class _NewVersion:
    """An edition directory made in staging, to be renamed to episodes/NAME, retiring episodes/REPLACES."""

    stage: Path
    name: str
    replaces: str | None


def _commit(
    out_dir: Path,
    staging: Path,
    new_versions: Sequence[_NewVersion],
    retired: Sequence[str],
    feed_bytes: bytes,
    site_files: Callable[[], None] = lambda: None,
) -> Path:
    """Rename the new edition directories in, write *site_files*, then feed.xml (the commit), then
    move the *retired* directories out; journaled, so that a kill at any step is finished or
    undone by editions.recover. An error before the commit undoes it at once."""
    episodes = out_dir / "episodes"
    journal = editions.Journal(tuple(v.name for v in new_versions), tuple(retired))
    if journal.added or journal.retired:
        editions.begin(out_dir, journal)
    feed_path = out_dir / FEED_FILE
    try:
        episodes.mkdir(parents=True, exist_ok=True)
        for version in new_versions:
            editions.fault_point(f"rename edition into {version.name}")
            os.replace(version.stage, episodes / version.name)
        site_files()
        if journal.added or journal.retired or not _holds(feed_path, feed_bytes):
            write_bytes(feed_path, feed_bytes)  # an unchanged feed keeps its file (and its Last-Modified)
    except BaseException:
        with contextlib.suppress(OSError):
            editions.settle_journal(out_dir)
        raise
    # committed: what the feed no longer serves leaves episodes/ (one rename each), deleted with the staging dir
    for n, name in enumerate(retired):
        if (episodes / name).exists():
            editions.fault_point(f"retire {name}")
            os.replace(episodes / name, staging / f"retired-{n}")
    if journal.added or journal.retired:
        editions.end(out_dir)
    return feed_path


def rebuild_feed(out_dir: Path, *, channel: Channel | None = None) -> Path:
    """Rewrite feed.xml from the manifests already published (e.g. after editing podcast.toml).

    Every edition's links (chapters.json, the episode's and the stories' ID3
    WXXX frames) are first brought in line with the channel's base_url, and
    the manifests' byte counts with the files (see _align_editions).
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise FeedError(str(out_dir), "no published site here (not a directory)")
    if not (out_dir / FEED_FILE).exists() and not editions.edition_folders(out_dir):
        raise FeedError(str(out_dir), "no published site here (no feed.xml, no editions in episodes/); build one first")
    try:
        with site_lock(out_dir):
            editions.recover(out_dir)
            channel, channel_text = settle_guid(channel or load_channel(out_dir), out_dir)
            editions.fault_point("make staging directory")
            staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
            try:
                manifests, new_versions = _align_editions(out_dir, channel, read_manifests(out_dir), staging)
                replacements = [_stage_text(staging, out_dir / CHANNEL_FILE, channel_text)] if channel_text is not None else []
                feed_bytes = build_feed(channel, manifests)
                replacements += _stage_pages(out_dir, channel, manifests, staging, new_versions)
                _warn_placeholders(channel)
                swapped: list[tuple[Path, Path | None]] = []
                try:
                    path = _commit(
                        out_dir, staging, new_versions, [v.replaces for v in new_versions if v.replaces], feed_bytes,
                        lambda: _swap_in(replacements, staging, swapped),
                    )
                except BaseException:
                    _swap_back(swapped)
                    raise
                _remove_stale_pages(out_dir, manifests)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
    except OSError as exc:
        raise _write_error(exc, out_dir) from exc
    return path


def _warn_placeholders(channel: Channel) -> None:
    warning = placeholder_warning(channel)
    if warning:
        log.warning("%s", warning)


def _remove_stale_pages(out_dir: Path, manifests: Sequence[EpisodeManifest]) -> None:
    """After the commit: the player pages of editions that are gone (pruned), so none links to nothing."""
    served = {site.edition_page_path(m.date) for m in manifests}
    for page in (out_dir / editions.EPISODES_DIR).glob("*.html"):
        relative = f"{editions.EPISODES_DIR}/{page.name}"
        parsed = editions.parse_folder(page.stem)
        if relative not in served and parsed and not editions.edition_folders(out_dir).get(parsed[0]):
            page.unlink(missing_ok=True)


def _stage_pages(
    out_dir: Path,
    channel: Channel,
    manifests: Sequence[EpisodeManifest],
    staging: Path,
    new_versions: Sequence[_NewVersion] = (),
) -> list[_Replacement]:
    """Gather the player pages (site.py) for *manifests*: replacements for the pages that change.

    The pages live beside the edition directories, not in them (an edition
    directory never changes once published), and point at the directories
    the manifests name; *new_versions* are those still in staging, where their
    transcripts are read from.
    """
    staged = {v.name: v.stage for v in new_versions}
    transcript_cues = {
        m.date: site.read_transcript(staged.get(m.directory) or out_dir / episode_dir(m.date, m.directory), m)
        for m in manifests
    }
    replacements: list[_Replacement] = []
    for page in site.site_pages(channel, manifests, transcript_cues):
        target = out_dir / page.path
        try:
            current: str | None = target.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            current = None
        if current != page.html:
            replacements.append(_stage_text(staging, target, page.html))
    return replacements


@dataclass(frozen=True)
class _Replacement:
    """A file made in the staging directory, to be renamed over *target*."""

    staged: Path
    target: Path


def _align_editions(
    out_dir: Path, channel: Channel, manifests: Sequence[EpisodeManifest], staging: Path
) -> tuple[list[EpisodeManifest], list[_NewVersion]]:
    """Gather what brings published editions in line with *channel*'s base_url.

    An edition published under another base_url (podcast.toml was edited
    since) carries the old URLs in chapters.json and in the ID3 WXXX frames
    of episode.mp3 (the episode's and each chapter's) and of the story MP3s;
    or its manifest's byte counts may not match its files. Such an edition
    is copied into *staging* as a new version (a published directory is
    never changed in place) with its links and sizes set for its new name.

    Returns the manifests (the new versions' for those copied) and the new versions.
    """
    aligned: list[EpisodeManifest] = []
    versions: list[_NewVersion] = []
    for manifest in manifests:
        folder = out_dir / episode_dir(manifest.date, manifest.directory)
        if _is_aligned(folder, manifest, channel.base_url):
            aligned.append(manifest)
            continue
        name = editions.next_folder(out_dir, manifest.date)
        copy = staging / f"edition-{len(versions)}"
        shutil.copytree(folder, copy)
        updated = _retarget(copy, manifest, channel.base_url, name, folder)
        log.info("%s: links pointed at another base_url, or sizes were stale; corrected for %s in %s", folder, channel.base_url, name)
        versions.append(_NewVersion(copy, name, manifest.directory))
        aligned.append(updated)
    return aligned, versions


def _expected_links(manifest: EpisodeManifest, base_url: str) -> tuple[list, list[tuple[str, str, dict[str, str] | None]]]:
    """The edition's chapters with URLs, and (file, its url, its chapters' urls) for each MP3."""
    chapters = chapters_with_urls(manifest, base_url)
    files: list[tuple[str, str, dict[str, str] | None]] = [(
        manifest.audio_file,
        episode_url(base_url, manifest.date, manifest.audio_file, manifest.directory),
        {f"chp{i}": c.url for i, c in enumerate(chapters)},  # tag_episode's element ids
    )]
    files += [(c.file, c.url, None) for c in chapters if c.file]
    return chapters, files


def _is_aligned(folder: Path, manifest: EpisodeManifest, base_url: str) -> bool:
    """Whether *folder*'s chapters.json, MP3 links and byte counts are as *manifest* and *base_url* say."""
    chapters, files = _expected_links(manifest, base_url)
    try:
        if (folder / manifest.chapters_file).read_text(encoding="utf-8") != chapters_json(chapters, title=manifest.title):
            return False
    except (OSError, UnicodeDecodeError):
        return False
    sizes = [manifest.audio_bytes, *manifest.story_bytes]
    for n, (relative, url, chapter_urls) in enumerate(files):
        path = folder / relative
        if not path.is_file():
            log.warning("%s: missing; its edition's links and sizes cannot be checked", path)
            continue
        if n < len(sizes) and path.stat().st_size != sizes[n]:
            return False
        try:
            links = id3.read_links(path)
        except AudioError as exc:  # a damaged old file must not stop a new edition
            log.warning("%s; its links are left as they are", exc)
            continue
        if links is None:
            log.warning("%s: no ID3 tag, so no links to correct", path)
            continue
        stale = any(eid in (chapter_urls or {}) and chapter_urls[eid] != u for eid, u in links.chapters.items())  # type: ignore[index]
        if links.url != url or stale:
            return False
    return True


def _retarget(folder: Path, manifest: EpisodeManifest, base_url: str, name: str, source: Path | None = None) -> EpisodeManifest:
    """Set the links in *folder* (a copy in staging of *source*) for the edition's new directory
    *name*; chapters.json and episode.json are rewritten, the MP3s retagged. Returns the new manifest."""
    manifest = dataclasses.replace(manifest, folder=name)
    chapters, files = _expected_links(manifest, base_url)
    write_text(folder / manifest.chapters_file, chapters_json(chapters, title=manifest.title))
    sizes: list[int | None] = []
    for relative, url, chapter_urls in files:
        path = folder / relative
        if not path.is_file():
            sizes.append(None)
            continue
        try:
            id3.relink(path, url=url, chapter_urls=chapter_urls)
        except AudioError as exc:
            log.warning("%s: %s; its links are left as they are", (source or folder) / relative, exc.reason)
        sizes.append(path.stat().st_size)
    if sizes[0] is not None:
        manifest = dataclasses.replace(manifest, audio_bytes=sizes[0])
    if None not in sizes[1:]:
        manifest = dataclasses.replace(manifest, story_bytes=tuple(s for s in sizes[1:] if s is not None))
    write_text(folder / MANIFEST_FILE, manifest.to_json())
    return manifest


def _same_files(a: Path, b: Path) -> bool:
    """Whether the two directories hold the same files with the same bytes."""
    names = sorted(_relative_files(a))
    if names != sorted(_relative_files(b)):
        return False
    return all(filecmp.cmp(a / n, b / n, shallow=False) for n in names)


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
        editions.fault_point(f"replace {item.target}")
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
    if _build_holds.get() == os.path.realpath(out_dir):  # this build locked it before its synthesis
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


_build_holds: contextvars.ContextVar[str | None] = contextvars.ContextVar("site locked by this build", default=None)


@contextlib.contextmanager
def early_site_lock(out_dir: Path) -> Iterator[None]:
    """site_lock for a whole build, taken before its synthesis, when the site exists already
    (a new site is locked when publishing makes it)."""
    if Path(out_dir).is_dir():
        with site_lock(Path(out_dir)):
            editions.recover(Path(out_dir))
            token = _build_holds.set(os.path.realpath(out_dir))
            try:
                yield
            finally:
                _build_holds.reset(token)
    else:
        yield


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False


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

