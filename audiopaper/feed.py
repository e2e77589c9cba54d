"""The podcast feed, rebuilt every time from all the editions' manifests.

Each edition's directory holds episode.json, everything needed to make its
feed item again; feed.xml is a pure function of podcast.toml and those
manifests, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
import zoneinfo
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Sequence

import feedgen.feed  # before feedgen.ext.* (lxml 6 crashes otherwise)
from feedgen.feed import FeedGenerator

from . import podcast_ext
from .assemble import SegmentSource, clock, episode_dir, show_notes
from .channel import Channel, absolute_url
from .errors import FeedError
from .models import Chapter

log = logging.getLogger(__name__)

MANIFEST_FILE = "episode.json"
MANIFEST_VERSION = 1
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")


@dataclass(frozen=True)
class ManifestChapter:
    title: str
    start_ms: int
    end_ms: int
    file: str = ""  # the story's MP3, relative to the episode directory


@dataclass(frozen=True)
class EpisodeManifest:
    """episode.json: one published edition."""

    date: dt.date
    title: str
    paper: str
    guid: str
    pub_date: dt.datetime  # timezone-aware
    duration_ms: int
    audio_file: str
    audio_bytes: int
    chapters_file: str
    transcript_vtt: str
    transcript_srt: str
    chapters: tuple[ManifestChapter, ...]
    sources: tuple[SegmentSource, ...] = ()
    story_bytes: tuple[int, ...] = ()
    loudness_lufs: float | None = None
    true_peak_dbtp: float | None = None
    gain_db: float | None = None
    sample_rate: int = 24000
    bitrate: str = "64k"
    cues: int = 0

    @property
    def fallbacks(self) -> tuple[str, ...]:
        return tuple(f"{s.segment}: {s.fallback_reason}" for s in self.sources if s.fallback_reason)

    def to_json(self) -> str:
        data = asdict(self)
        data = {"version": MANIFEST_VERSION, **data}
        data["date"] = self.date.isoformat()
        data["pub_date"] = self.pub_date.isoformat()
        data["fallbacks"] = list(self.fallbacks)
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"

    @classmethod
    def from_json(cls, text: str, where: str) -> "EpisodeManifest":
        try:
            data: dict[str, Any] = json.loads(text)
            if data.pop("version", None) != MANIFEST_VERSION:
                raise ValueError(f"unsupported manifest version (expected {MANIFEST_VERSION})")
            data.pop("fallbacks", None)
            data["date"] = dt.date.fromisoformat(data["date"])
            data["pub_date"] = dt.datetime.fromisoformat(data["pub_date"])
            if data["pub_date"].tzinfo is None:
                raise ValueError("pub_date has no timezone")
            data["chapters"] = tuple(ManifestChapter(**c) for c in data["chapters"])
            data["sources"] = tuple(SegmentSource(**s) for s in data.get("sources", ()))
            data["story_bytes"] = tuple(int(n) for n in data.get("story_bytes", ()))
            return cls(**data)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise FeedError(where, f"broken episode manifest: {exc}") from exc


def read_manifest(path: Path) -> EpisodeManifest:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FeedError(str(path), f"cannot read episode manifest: {exc}") from exc
    manifest = EpisodeManifest.from_json(text, str(path))
    if path.parent.name != manifest.date.isoformat():
        raise FeedError(str(path), f"manifest is for {manifest.date}, but lies in {path.parent.name}/")
    return manifest


def read_manifests(out_dir: Path, *, skip: dt.date | None = None) -> list[EpisodeManifest]:
    """Every published edition under out_dir/episodes/ (but *skip*), newest first."""
    found = []
    for path in sorted((Path(out_dir) / "episodes").glob(f"*/{MANIFEST_FILE}")):
        if skip and path.parent.name == skip.isoformat():
            continue
        found.append(read_manifest(path))
    return sorted(found, key=lambda m: m.date, reverse=True)


def podcast_guid(feed_url: str) -> str:
    """podcast:guid: uuid5 of the feed URL without scheme and trailing slashes."""
    bare = feed_url.split("://", 1)[-1].rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


def episode_guid(channel: Channel, date: dt.date) -> str:
    """A stable item guid for an edition (kept in its manifest once made)."""
    return str(uuid.uuid5(uuid.UUID(podcast_guid(channel.feed_url)), date.isoformat()))


def publication_time(channel: Channel, date: dt.date) -> dt.datetime:
    """The edition's date at the channel's publish time, in its timezone."""
    hour, minute = (int(x) for x in channel.publish_time.split(":"))
    try:
        tz: dt.tzinfo = zoneinfo.ZoneInfo(channel.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        log.warning("unknown timezone %r; using +08:00", channel.timezone)
        tz = dt.timezone(dt.timedelta(hours=8))
    return dt.datetime(date.year, date.month, date.day, hour, minute, tzinfo=tz)


def _chapters_with_urls(manifest: EpisodeManifest, dir_url: str) -> list[Chapter]:
    return [
        Chapter(i, c.title, c.start_ms, c.end_ms, url=absolute_url(dir_url, c.file) if c.file else "", file=c.file)
        for i, c in enumerate(manifest.chapters)
    ]


def build_feed(channel: Channel, manifests: Sequence[EpisodeManifest]) -> bytes:
    """feed.xml bytes for *channel* and *manifests* (newest first in the feed)."""
    fg = FeedGenerator()
    fg.load_extension("podcast")
    podcast_ext.register(fg)
    feed_url = channel.feed_url
    fg.title(channel.title)
    fg.link(href=feed_url, rel="self", type="application/rss+xml")
    fg.link(href=channel.site_link, rel="alternate")  # feedgen's RSS <link> is the last one
    fg.description(channel.description)
    fg.language(channel.language)
    fg.author(name=channel.author, email=channel.owner_email)
    fg.generator("audiopaper")
    artwork = absolute_url(channel.base_url, channel.artwork)
    fg.image(url=artwork, title=channel.title, link=channel.site_link)
    fg.podcast.itunes_author(channel.author)
    fg.podcast.itunes_category(channel.category, channel.subcategory or None)
    fg.podcast.itunes_image(artwork)  # feedgen drops it silently unless it ends in .png/.jpg
    fg.podcast.itunes_owner(name=channel.owner_name, email=channel.owner_email)
    fg.podcast.itunes_summary(channel.description)
    fg.podcast.itunes_type("episodic")
    fg.podcast20.itunes_explicit(channel.explicit)
    fg.podcast20.locked(channel.locked, owner=channel.owner_email)
    fg.podcast20.guid(podcast_guid(feed_url))

    ordered = sorted(manifests, key=lambda m: m.date, reverse=True)
    # reproducible: the feed changes when an edition does, not when it is rebuilt
    newest = max((m.pub_date for m in ordered), default=dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc))
    fg.lastBuildDate(newest)
    for manifest in ordered:
        _add_item(fg, channel, manifest)
    return fg.rss_str(pretty=True, encoding="UTF-8", xml_declaration=True)


def _add_item(fg: FeedGenerator, channel: Channel, manifest: EpisodeManifest) -> None:
    dir_url = absolute_url(channel.base_url, episode_dir(manifest.date) + "/")
    chapters = _chapters_with_urls(manifest, dir_url)
    notes_text, notes_html = show_notes(manifest.paper, manifest.date, chapters)
    entry = fg.add_entry(order="append")
    entry.title(manifest.title)
    entry.guid(manifest.guid, permalink=False)
    entry.link(href=dir_url + manifest.audio_file)
    entry.description(notes_text)
    entry.content(notes_html, type="CDATA")
    entry.pubDate(manifest.pub_date)
    entry.enclosure(absolute_url(dir_url, manifest.audio_file), str(manifest.audio_bytes), "audio/mpeg")
    entry.podcast.itunes_duration(clock(manifest.duration_ms))
    entry.podcast.itunes_episode_type("full")
    entry.podcast20.chapters(absolute_url(dir_url, manifest.chapters_file))
    language = channel.language
    entry.podcast20.transcript(absolute_url(dir_url, manifest.transcript_vtt), "text/vtt", language=language, rel="captions")
    entry.podcast20.transcript(
        absolute_url(dir_url, manifest.transcript_srt), "application/x-subrip", language=language, rel="captions"
    )


def chapters_json(chapters: Sequence[Chapter], *, title: str = "") -> str:
    """Podcasting 2.0 JSON chapters (version 1.2.0)."""
    items = []
    for chapter in chapters:
        item: dict[str, Any] = {"startTime": round(chapter.start_ms / 1000, 3), "endTime": round(chapter.end_ms / 1000, 3), "title": chapter.title}
        if chapter.url:
            item["url"] = chapter.url
        items.append(item)
    data: dict[str, Any] = {"version": "1.2.0"}
    if title:
        data["title"] = title
    data["chapters"] = items
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
