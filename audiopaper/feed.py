"""The podcast feed, rebuilt every time from all the editions' manifests.

Each edition's directory holds episode.json, everything needed to make its
feed item again; feed.xml is a pure function of podcast.toml and those
manifests, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
import uuid
from dataclasses import MISSING, asdict, dataclass, field, fields, replace
from pathlib import Path, PurePosixPath
from typing import Any, Callable, Sequence

import feedgen.feed  # before feedgen.ext.* (lxml 6 crashes otherwise)
from feedgen.feed import FeedGenerator

from . import podcast_ext
from .assemble import SegmentSource, episode_url, fallback_lines, show_notes
from .channel import Channel, channel_timezone, podcast_guid, publish_clock, real_owner_email  # noqa: F401  (podcast_guid: re-exported)
from .editions import edition_folders, edition_page_url, parse_folder
from .errors import FeedError, VoiceError
from .models import Chapter
from .transcripts import clock

log = logging.getLogger(__name__)

MANIFEST_FILE = "episode.json"
MANIFEST_VERSION = 1
SHOW_NOTES_LIMIT = 4000  # bytes: Apple's limit for an episode's description


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
    content_key: str = ""  # a rebuild from the same content republishes nothing (assemble.edition_key)
    folder: str = field(default="", compare=False)  # its directory under episodes/ when not the date (not stored)

    @property
    def directory(self) -> str:
        return self.folder or self.date.isoformat()

    @property
    def fallbacks(self) -> tuple[str, ...]:
        return fallback_lines(self.sources)

    def to_json(self) -> str:
        data = asdict(self)
        del data["folder"]
        data = {"version": MANIFEST_VERSION, **data}
        data["date"] = self.date.isoformat()
        data["pub_date"] = self.pub_date.isoformat()
        data["fallbacks"] = list(self.fallbacks)
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"

    @classmethod
    def from_json(cls, text: str, where: str) -> "EpisodeManifest":
        """Parse episode.json, checking every field's type: FeedError naming *where* if it is broken."""
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            if data.pop("version", None) != MANIFEST_VERSION:
                raise ValueError(f"unsupported manifest version (expected {MANIFEST_VERSION})")
            data.pop("fallbacks", None)  # derived from sources
            return cls(**_checked("manifest", data, _MANIFEST_FIELDS, _required(cls)))
        except ValueError as exc:  # json.JSONDecodeError is one
            raise FeedError(where, f"broken episode manifest: {exc}") from exc


# episode.json field checks: each takes (field name, JSON value) and returns the
# Python value, or raises ValueError saying what is wrong


def _text(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a string, got {value!r}")
    return value


def _count(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a whole number of at least 0, got {value!r}")
    return value


def _level(name: str, value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{name} must be a number or null, got {value!r}")
    return float(value)


def _file(name: str, value: object, *, optional: bool = False) -> str:
    """A path inside the edition's directory (it becomes a URL in the feed)."""
    path = _text(name, value)
    if (not path and not optional) or path.startswith("/") or "\\" in path or ".." in PurePosixPath(path).parts:
        raise ValueError(f"{name} must name a file inside the edition's directory, got {value!r}")
    return path


def _date(name: str, value: object) -> dt.date:
    return dt.date.fromisoformat(_text(name, value))


def _aware_time(name: str, value: object) -> dt.datetime:
    when = dt.datetime.fromisoformat(_text(name, value))
    if when.tzinfo is None:
        raise ValueError(f"{name} has no timezone: {value!r}")
    return when


def _list(name: str, value: object) -> list[object]:
    if not isinstance(value, list):
        raise ValueError(f"{name} must be a list, got {value!r}")
    return value


def _chapter(name: str, value: object) -> ManifestChapter:
    chapter = ManifestChapter(**_checked(name, value, _CHAPTER_FIELDS, _required(ManifestChapter)))
    if chapter.end_ms < chapter.start_ms:
        raise ValueError(f"{name} ends ({chapter.end_ms} ms) before it starts ({chapter.start_ms} ms)")
    return chapter


def _source(name: str, value: object) -> SegmentSource:
    return SegmentSource(**_checked(name, value, _SOURCE_FIELDS, _required(SegmentSource)))


def _each(check: Callable[[str, object], Any]) -> Callable[[str, object], tuple[Any, ...]]:
    return lambda name, value: tuple(check(f"{name}[{i}]", item) for i, item in enumerate(_list(name, value)))


def _required(cls: type) -> set[str]:
    return {f.name for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING}


def _checked(
    name: str, value: object, checks: dict[str, Callable[[str, object], Any]], required: set[str]
) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{name} must be a JSON object, got {value!r}")
    nested = name != "manifest"
    inside = f" in {name}" if nested else ""
    if unknown := sorted(set(value) - set(checks)):
        raise ValueError(f"unknown fields {unknown}{inside}")
    if missing := sorted(required - set(value)):
        raise ValueError(f"missing fields {missing}{inside}")
    prefix = f"{name}." if nested else ""
    return {key: checks[key](prefix + key, item) for key, item in value.items()}


_CHAPTER_FIELDS: dict[str, Callable[[str, object], Any]] = {
    "title": _text,
    "start_ms": _count,
    "end_ms": _count,
    "file": lambda name, value: _file(name, value, optional=True),
}
_SOURCE_FIELDS: dict[str, Callable[[str, object], Any]] = {
    name: _text for name in ("segment", "role", "title", "voice", "engine", "fallback_reason")
}
_MANIFEST_FIELDS: dict[str, Callable[[str, object], Any]] = {
    "date": _date,
    "title": _text,
    "paper": _text,
    "guid": _text,
    "pub_date": _aware_time,
    "duration_ms": _count,
    "audio_file": _file,
    "audio_bytes": _count,
    "chapters_file": _file,
    "transcript_vtt": _file,
    "transcript_srt": _file,
    "chapters": _each(_chapter),
    "sources": _each(_source),
    "story_bytes": _each(_count),
    "loudness_lufs": _level,
    "true_peak_dbtp": _level,
    "gain_db": _level,
    "sample_rate": _count,
    "bitrate": _text,
    "cues": _count,
    "content_key": _text,
}


def read_manifest(path: Path) -> EpisodeManifest:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FeedError(str(path), f"cannot read episode manifest: {exc}") from exc
    manifest = EpisodeManifest.from_json(text, str(path))
    parsed = parse_folder(path.parent.name)
    if parsed is None or parsed[0] != manifest.date:
        raise FeedError(str(path), f"manifest is for {manifest.date}, but lies in {path.parent.name}/")
    return replace(manifest, folder=path.parent.name)


def scan_manifests(out_dir: Path, *, skip: dt.date | None = None) -> tuple[list[EpisodeManifest], list[FeedError]]:
    """Every published edition under out_dir/episodes/ (but *skip*), newest first,
    and the problems of the edition directories that cannot be read."""
    found: list[EpisodeManifest] = []
    broken: list[FeedError] = []
    episodes = Path(out_dir) / "episodes"
    folders = sorted(p for p in episodes.iterdir() if p.is_dir() and not p.name.startswith(".")) if episodes.is_dir() else []
    newest = {date: names[-1] for date, names in edition_folders(out_dir).items()}
    for folder in folders:
        parsed = parse_folder(folder.name)
        if parsed and (parsed[0] == skip or newest[parsed[0]] != folder.name):
            continue  # an older version of an edition is superseded (see editions.py)
        path = folder / MANIFEST_FILE
        try:
            if not path.exists():
                raise FeedError(str(path), "missing")
            found.append(read_manifest(path))
        except FeedError as exc:
            broken.append(exc)
    return sorted(found, key=lambda m: m.date, reverse=True), broken


def left_out_message(problem: FeedError) -> str:
    """The warning for an edition left out of the feed because its manifest cannot be read."""
    return f"{problem.where}: edition left out of the feed ({problem.reason}); fix the file or delete its directory"


def read_manifests(out_dir: Path, *, skip: dt.date | None = None) -> list[EpisodeManifest]:
    """Every readable edition under out_dir/episodes/ (but *skip*), newest first.

    An edition whose manifest is broken does not stop the others: it is left
    out, with a warning naming the file.
    """
    manifests, broken = scan_manifests(out_dir, skip=skip)
    for problem in broken:
        log.warning("%s", left_out_message(problem))
    return manifests


def episode_guid(channel: Channel, date: dt.date) -> str:
    """A stable item guid for an edition (kept in its manifest once made)."""
    return str(uuid.uuid5(_guid_namespace(channel.podcast_guid), date.isoformat()))


def _guid_namespace(guid: str) -> uuid.UUID:
    """The podcast's guid as a UUID namespace (a stored guid need not be a UUID)."""
    try:
        return uuid.UUID(guid)
    except ValueError:
        return uuid.uuid5(uuid.NAMESPACE_URL, guid)


def publication_time(channel: Channel, date: dt.date) -> dt.datetime:
    """The edition's date at the channel's publish time, in its timezone."""
    return dt.datetime.combine(date, publish_clock(channel.publish_time), tzinfo=channel_timezone(channel.timezone))


def chapters_with_urls(manifest: EpisodeManifest, base_url: str) -> list[Chapter]:
    """The edition's chapters, each story's with the URL of its MP3 under *base_url*."""
    return [
        Chapter(
            i, c.title, c.start_ms, c.end_ms,
            url=episode_url(base_url, manifest.date, c.file, manifest.folder) if c.file else "", file=c.file,
        )
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
    artwork = channel.artwork_url
    fg.image(url=artwork, title=channel.title, link=channel.site_link)
    fg.podcast.itunes_author(channel.author)
    fg.podcast.itunes_category(channel.category, channel.subcategory or None)
    fg.podcast.itunes_image(artwork)  # feedgen drops it silently unless it ends in .png/.jpg
    fg.podcast.itunes_owner(name=channel.owner_name, email=channel.owner_email)
    fg.podcast.itunes_summary(channel.description)
    fg.podcast.itunes_type("episodic")
    fg.podcast20.itunes_explicit(channel.explicit)
    # locked to a placeholder address, the podcast could never be moved by its owner
    owner_reachable = real_owner_email(channel)
    fg.podcast20.locked(channel.locked and owner_reachable, owner=channel.owner_email if owner_reachable else "")
    fg.podcast20.guid(channel.podcast_guid)
    fg.podcast20.update_frequency("daily", "FREQ=DAILY")
    fg.copyright(copyright_line(channel, manifests))

    ordered = sorted(manifests, key=lambda m: m.date, reverse=True)
    # reproducible: the feed changes when an edition does, not when it is rebuilt
    newest = max((m.pub_date for m in ordered), default=dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc))
    fg.lastBuildDate(newest)
    for manifest in ordered:
        _add_item(fg, channel, manifest)
    return fg.rss_str(pretty=True, encoding="UTF-8", xml_declaration=True)


def _add_item(fg: FeedGenerator, channel: Channel, manifest: EpisodeManifest) -> None:
    def url(relative: str) -> str:
        return episode_url(channel.base_url, manifest.date, relative, manifest.folder)

    chapters = chapters_with_urls(manifest, channel.base_url)
    page = edition_page_url(channel.base_url, manifest.date)  # the edition's player page (site.py)
    notes_text, notes_html = capped_show_notes(manifest.paper, manifest.date, chapters, page)
    entry = fg.add_entry(order="append")
    entry.title(manifest.title)
    entry.guid(manifest.guid, permalink=False)
    entry.link(href=page)
    entry.podcast.itunes_title(manifest.title)
    entry.podcast.itunes_image(channel.artwork_url)
    entry.podcast20.itunes_explicit(channel.explicit)
    entry.description(html.escape(notes_text))  # readers render <description> as HTML: the text is escaped once for it
    entry.content(notes_html, type="CDATA")
    entry.pubDate(manifest.pub_date)
    entry.enclosure(url(manifest.audio_file), str(manifest.audio_bytes), "audio/mpeg")
    entry.podcast.itunes_duration(clock(manifest.duration_ms))
    entry.podcast.itunes_episode_type("full")
    entry.podcast20.chapters(url(manifest.chapters_file))
    language = channel.language
    entry.podcast20.transcript(url(manifest.transcript_vtt), "text/vtt", language=language, rel="captions")
    entry.podcast20.transcript(url(manifest.transcript_srt), "application/x-subrip", language=language, rel="captions")


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


def capped_show_notes(
    paper: str, date: dt.date, chapters: Sequence[Chapter], page_url: str, *, limit: int = SHOW_NOTES_LIMIT
) -> tuple[str, str]:
    """show_notes, cut at a story boundary so that text and HTML each stay within *limit* bytes.

    What is cut is named by count (等N条) with a link to the edition's page.
    """
    text, markup = show_notes(paper, date, chapters)
    if _fits(limit, text, markup):
        return text, markup
    for kept in range(len(chapters) - 1, -1, -1):
        left_out = chapters[kept:]
        count = sum(1 for c in left_out if c.file) or len(left_out)
        text, markup = show_notes(paper, date, chapters[:kept])
        text += f"\n等{count}条，全部内容见 {page_url}"
        markup += f'\n<p>等{count}条，<a href="{html.escape(page_url)}">全部内容见本期页面</a></p>'
        if _fits(limit, text, markup):
            break
    return text, markup


def _fits(limit: int, *texts: str) -> bool:
    return all(len(t.encode("utf-8")) <= limit for t in texts)


def offline_voice_licences(manifests: Sequence[EpisodeManifest]) -> list[str]:
    """The licence notes of the offline voice presets that read any of *manifests*, each once."""
    from .voices import get_preset

    notes: dict[str, str] = {}
    for voice in dict.fromkeys(s.voice for m in manifests for s in m.sources if s.voice):
        try:
            preset = get_preset(voice)
        except VoiceError:  # a preset since removed: nothing to say about it
            continue
        if preset.engine != "edge" and preset.licence:
            notes[preset.name] = preset.licence
    return [f"Voice {name}: {licence}" for name, licence in notes.items()]


def copyright_line(channel: Channel, manifests: Sequence[EpisodeManifest]) -> str:
    """<copyright>: the paper's, for the years of the editions, and the offline voice's licence note."""
    years = sorted({m.date.year for m in manifests})
    span = "" if not years else f"{years[0]} " if years[0] == years[-1] else f"{years[0]}–{years[-1]} "
    return " ".join([f"© {span}{channel.author}", *offline_voice_licences(manifests)])
