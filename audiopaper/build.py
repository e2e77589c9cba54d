"""The whole pipeline, from page text to the published feed.

Gather first, then write: everything is ingested, segmented, spoken and
assembled in memory (and in the synthesis cache) before publish touches
the output directory.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import logging
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .atomic import atomic_path
from .cache import SynthesisCache
from .channel import Channel
from .engines import Engine, close_engines, cpu_count, make_engine, reads_latin
from .engines.pool import ProcessPoolEngine
from .memory import few_malloc_arenas, release_freed_memory
from .errors import AudioError, AudiopaperError, CacheError, InputError, VoiceError
from .models import Clip, Edition, Story, StoryKind, VoicePreset
from .paths import cache_dir
from .plaintext import one_line
from .sentences import split_sentences
from .synth import Fallback, SynthesisStats, VoicePlan, speak_cached, synthesize_scripts
from .transcripts import clock
from .voices import DEFAULT_EDGE_VOICE, DEFAULT_OFFLINE_VOICE, get_preset

if TYPE_CHECKING:
    from .assemble import SegmentSource

log = logging.getLogger(__name__)

DEFAULT_PAPER = "每日读报"
MIN_YEAR = 1900  # RFC 822 dates and podcast apps go wrong before; after next year is a typo  # the paper's name until podcast.toml or --paper says otherwise


@dataclass(frozen=True)
class BuildOptions:
    inputs: tuple[str, ...]
    out_dir: Path
    date: dt.date
    title: str | None = None
    voice: str | None = None
    engine: str = "auto"  # auto | offline | edge
    paper: str | None = None
    include_classifieds: bool = False
    keep: int | None = None
    concurrency: int | None = None
    jobs: int | None = None  # offline voice processes; None: one per core
    progress: bool = False
    cache_dir: Path | None = None
    base_url: str | None = None  # where the site will be served; taken into podcast.toml on the first build


def _count(n: int, noun: str, plural: str = "") -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {plural or noun + 's'}"


@dataclass(frozen=True)
class BuildResult:
    stories: int
    duration_ms: int
    episode_dir: Path
    paths: tuple[Path, ...]  # every file written
    feed_path: Path
    editions: int
    engine: str
    fallbacks: tuple[str, ...]
    stats: SynthesisStats
    notes: tuple[str, ...] = field(default=())
    pruned: tuple[str, ...] = ()  # edition dates --keep removed
    unchanged: bool = False  # the published edition was made from the same content: nothing rewritten
    input_unchanged: bool = False  # ... and from the same input: not even segmented or spoken

    def summary(self) -> str:
        spoken = (
            "the same input as the last build: not segmented or spoken again" if self.input_unchanged
            else f"{_count(self.stats.misses, 'segment')} synthesized, {self.stats.hits} from cache"
        )
        lines = [
            f"{_count(self.stories, 'story', 'stories')}, {clock(self.duration_ms, hours=False)} of audio, voice engine {self.engine} "
            f"({spoken})",
        ]
        lines += [f"fallback: {f}" for f in self.fallbacks]
        lines += list(self.notes)
        if self.unchanged:
            lines.append(f"unchanged: {self.episode_dir}/ was built from the same content; nothing republished")
            lines.append(f"feed: {self.feed_path} ({_count(self.editions, 'edition')} in the feed)")
            return "\n".join(lines)
        stories_dir = self.episode_dir / "stories"
        story_files = [p for p in self.paths if p.parent == stories_dir]
        others = [p for p in self.paths if p.parent == self.episode_dir]
        if others or story_files:
            lines.append(f"wrote {self.episode_dir}/: " + ", ".join(p.name for p in others))
            lines.append(f"wrote {stories_dir}/: {len(story_files)} story MP3s")
        else:
            lines.append(f"{self.episode_dir}/: unchanged (the same files are published already)")
        lines.append(f"wrote {self.feed_path} ({_count(self.editions, 'edition')} in the feed)")
        if self.pruned:
            lines.append(f"pruned {_count(len(self.pruned), 'older edition')} (--keep): {', '.join(self.pruned)}")
        return "\n".join(lines)


@dataclass(frozen=True)
class VoiceChoice:
    plan: VoicePlan
    engines: Mapping[str, Engine]
    fallback: Fallback | None
    note: str = ""


def _edge_answers(engine: Engine, preset: VoicePreset) -> bool:
    probe = getattr(engine, "probe", None)
    return bool(probe(preset)) if probe is not None else True


def choose_voices(
    mode: str,
    voice: str | None,
    *,
    anchor: str | None = None,
    readers: tuple[str, ...] = (),
    concurrency: int | None = None,
    jobs: int = 1,
    engines: Mapping[str, Engine] | None = None,
    cache: SynthesisCache | None = None,
) -> VoiceChoice:
    """Decide which presets and engines read the edition.

    *anchor*/*readers* come from podcast.toml; --voice overrides both.
    *engines* replaces the real engines by kind (tests pass fakes).
    *cache* is where the edge engine keeps its chunks, so a rerun resumes.
    *jobs* > 1 runs an offline engine in that many worker processes.
    """
    supplied = dict(engines or {})

    def engine_for(kind: str) -> Engine:
        if kind not in supplied:
            if kind == "edge":
                options = {"cache": cache} | ({"concurrency": concurrency} if concurrency else {})
                supplied[kind] = make_engine(kind, **options)
            else:
                engine = make_engine(kind)
                if jobs > 1 and getattr(engine, "runs_in_workers", False):
                    engine = ProcessPoolEngine(engine, jobs)
                supplied[kind] = engine
        return supplied[kind]

    # podcast.toml may name offline voices too (anchor yunxia, readers xiaobei and yunxia).
    configured = [get_preset(name) for name in (anchor, *readers) if name] if not voice else []
    offline_configured = bool(configured) and all(p.engine != "edge" for p in configured)

    def offline(note: str = "") -> VoiceChoice:
        if offline_configured:
            plan = VoicePlan(get_preset(anchor or readers[0]), tuple(get_preset(r) for r in readers))
        else:
            name = voice if voice and get_preset(voice).engine != "edge" else DEFAULT_OFFLINE_VOICE
            plan = VoicePlan(get_preset(name), ())
        return VoiceChoice(plan, {p.engine: engine_for(p.engine) for p in plan.presets}, None, note)

    if mode not in ("auto", "offline", "edge"):
        raise VoiceError(mode, "engine must be auto, offline or edge")
    if voice and get_preset(voice).engine != "edge":
        if mode == "edge":
            raise VoiceError(voice, "is not an edge voice, but --engine edge was asked for")
        return offline()
    if offline_configured and mode != "edge":
        return offline()
    if mode == "offline":
        if voice:
            raise VoiceError(voice, "is an edge voice; --engine offline reads with the offline voice")
        return offline()

    anchor_preset = get_preset(voice or anchor or DEFAULT_EDGE_VOICE)
    reader_presets = (anchor_preset,) if voice else tuple(get_preset(r) for r in readers) or (anchor_preset,)
    for preset in (anchor_preset, *reader_presets):
        if preset.engine != "edge":
            raise VoiceError(preset.name, "podcast.toml mixes edge and offline voices; use one engine")
    edge = engine_for("edge")
    plan = VoicePlan(anchor_preset, reader_presets)
    if mode == "edge":
        return VoiceChoice(plan, {"edge": edge}, None)
    if not _edge_answers(edge, anchor_preset):
        log.warning("edge-tts is not reachable; using the offline voice %s", DEFAULT_OFFLINE_VOICE)
        return offline(note="edge-tts was not reachable: read with the offline voice")
    offline_preset = get_preset(DEFAULT_OFFLINE_VOICE)
    fallback = Fallback(engine_for(offline_preset.engine), offline_preset)
    return VoiceChoice(plan, {"edge": edge, offline_preset.engine: fallback.engine}, fallback)


def build_edition(options: BuildOptions, *, engines: Mapping[str, Engine] | None = None) -> BuildResult:
    from .publish import early_site_lock

    # Names, voice, settings and the output directory are checked, and the site locked, before
    # minutes of speech are spent.
    options = checked_options(options)
    with early_site_lock(options.out_dir):
        return _build_locked(options, engines)


def _build_locked(options: BuildOptions, engines: Mapping[str, Engine] | None) -> BuildResult:
    from .assemble import assemble_episode, edition_key, fallback_lines
    from .channel import load_channel, with_first_base_url
    from .progress import progress_bar
    from .publish import check_output_dir, publish_episode
    from .scripts import episode_scripts

    if options.voice:
        get_preset(options.voice)
    channel = load_channel(options.out_dir, paper=options.paper or DEFAULT_PAPER)
    if options.base_url:
        channel = with_first_base_url(channel, options.out_dir, options.base_url)
    check_output_dir(options.out_dir, date=options.date, keep=options.keep, channel=channel)
    edition = read_edition(options.inputs)
    paper = options.paper or channel.author
    artwork = _artwork_stamp(options.out_dir / channel.artwork, paper)

    cache = SynthesisCache(options.cache_dir or cache_dir())
    choice = choose_voices(
        options.engine, options.voice, anchor=channel.anchor_voice or None, readers=channel.reader_voices,
        concurrency=options.concurrency, jobs=options.jobs or cpu_count(), engines=engines, cache=cache,
    )
    input_key = _input_key(options, edition, choice, paper=paper, artwork=artwork)
    known = cache.edition_for(input_key) if input_key else None
    if known and (unchanged := _republish_unchanged(options, channel, known)) is not None:
        close_engines(choice.engines.values())
        return _unchanged_result(unchanged, choice, SynthesisStats(0, 0), input_unchanged=True)

    few_malloc_arenas()
    try:
        for engine in choice.engines.values():
            if not known and (start := getattr(engine, "start", None)) is not None:
                # new input: worker processes load their models while this one segments and
                # normalizes (an input built before has its speech cached: they may not be needed)
                start()
        stories = segment_stories(edition, include_classifieds=options.include_classifieds)
        scripts = episode_scripts(stories, paper=paper, date=options.date)
        log.info("speech text: %d segments, %d characters", len(scripts), sum(len(s.text) for s in scripts))
        with progress_bar(len(scripts), "synthesize", enabled=options.progress) as advance:
            clips, stats = synthesize_scripts(
                scripts, choice.plan, choice.engines, cache, fallback=choice.fallback,
                on_done=lambda clip: advance(),
            )
    finally:
        close_engines(choice.engines.values())  # worker processes give their memory back before assembly
    log.info("synthesize: %d segments (%d from cache)", len(clips), stats.hits)
    release_freed_memory()  # what the synthesis threads freed, before assembly needs as much again

    key = edition_key(clips, date=options.date, paper=paper, title=options.title or "", artwork=artwork)
    if input_key:
        try:
            cache.remember_edition(input_key, key)
        except CacheError as exc:
            log.warning("not recording the edition key: %s", exc)  # the next rebuild only takes longer
    if (unchanged := _republish_unchanged(options, channel, key)) is not None:
        return _unchanged_result(unchanged, choice, stats)

    assembled = assemble_episode(
        clips, date=options.date, paper=paper, title=options.title or "", base_url=channel.base_url,
        content_key=key, release_clips=True,  # each clip's audio is let go once it is in the episode's
    )
    log.info("assemble: %.1f min", assembled.episode.duration_ms / 60000)
    release_freed_memory()
    published = publish_episode(assembled, options.out_dir, channel=channel, keep=options.keep)
    log.info("publish: %s", published.feed_path)

    return BuildResult(
        stories=len(stories),
        duration_ms=assembled.episode.duration_ms,
        episode_dir=published.episode_dir,
        paths=tuple(published.files),
        feed_path=published.feed_path,
        editions=published.editions,
        engine=_engines_used(clips),
        fallbacks=fallback_lines(assembled.sources, titles=True),
        stats=stats,
        notes=((choice.note,) if choice.note else ()) + published.left_out,
        pruned=published.pruned,
    )


def checked_options(options: BuildOptions) -> BuildOptions:
    """*options* with control characters dropped from the names; InputError for a name on several lines."""
    if not MIN_YEAR <= options.date.year <= dt.date.today().year + 1:
        raise InputError("--date", f"{options.date} is out of range ({MIN_YEAR} to next year)")
    clean = {}
    for key, value in {"title": options.title, "paper": options.paper}.items():
        try:
            clean[key] = one_line(value) if value is not None else None
        except ValueError as exc:
            raise InputError(f"--{key}", str(exc)) from exc
    return dataclasses.replace(options, **clean)


@dataclass(frozen=True)
class _Unchanged:
    episode_dir: Path
    duration_ms: int
    feed_path: Path
    editions: int
    sources: tuple[SegmentSource, ...]  # who read each segment of the published edition


def _unchanged_result(
    unchanged: _Unchanged, choice: VoiceChoice, stats: SynthesisStats, *, input_unchanged: bool = False
) -> BuildResult:
    from .assemble import fallback_lines

    return BuildResult(
        stories=sum(1 for s in unchanged.sources if s.role == "story"), duration_ms=unchanged.duration_ms,
        episode_dir=unchanged.episode_dir, paths=(), feed_path=unchanged.feed_path,
        editions=unchanged.editions, engine="+".join(dict.fromkeys(s.engine for s in unchanged.sources)) or "none",
        fallbacks=fallback_lines(unchanged.sources, titles=True), stats=stats,
        notes=(choice.note,) if choice.note else (), unchanged=True, input_unchanged=input_unchanged,
    )


def _input_key(
    options: BuildOptions, edition: Edition, choice: VoiceChoice, *, paper: str, artwork: str
) -> str | None:
    """A digest of everything the edition is made from, known before it is segmented:
    the pages' bytes, the options that shape the stories and the audio, the voices
    (presets and engine identities), the artwork, and the code and its dependencies.

    None when the voices are not fixed by it: an online voice, or a fallback (auto mode).
    """
    from .assemble import EDITION_FORMAT

    if choice.fallback is not None or any(
        getattr(engine, "caches_itself", False) or engine.name == "edge" for engine in choice.engines.values()
    ):
        return None
    digest = hashlib.sha256()

    def add(*parts: object) -> None:
        digest.update(json.dumps(parts, ensure_ascii=False, default=str).encode("utf-8"))
        digest.update(b"\0")

    add("input", EDITION_FORMAT, code_fingerprint(), options.date.isoformat(), paper, options.title or "",
        options.include_classifieds, artwork)
    for preset in choice.plan.presets:
        add(preset.name, preset.engine, preset.params(), choice.engines[preset.engine].identity(preset))
    for page in edition.pages:
        add(page.source, page.number, page.format, page.encoding, page.text)
        digest.update(hashlib.sha256(page.data).digest())
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of this package's files (source and data, such as the segmenter's line
    model), the installed distributions and the ffmpeg used: a change to any of them may
    change the stories, the audio or the files, so an edition is rebuilt."""
    from .audio import ffmpeg_exe

    digest = hashlib.sha256(files_digest(Path(__file__).resolve().parent).encode("ascii"))
    # a dist-info directory is named after its distribution and version
    for entry in sys.path:
        try:
            names = sorted(n for n in os.listdir(entry or ".") if n.endswith(".dist-info"))
        except OSError:
            continue
        digest.update("\0".join(names).encode("utf-8"))
    try:
        stat = os.stat(ffmpeg_exe())
        digest.update(f"{ffmpeg_exe()}:{stat.st_size}:{stat.st_mtime_ns}".encode("utf-8"))
    except (OSError, AudiopaperError):
        digest.update(b"no ffmpeg")  # publish will say so
    return digest.hexdigest()


def files_digest(folder: Path) -> str:
    """A digest of every file below *folder* (names and bytes), Python's byte-code caches aside."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(folder)).encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _artwork_stamp(path: Path, paper: str) -> str:
    """The cover's digest for the edition key (its pixels are embedded in every MP3)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        # publish will make it from the paper's name, which the key holds; the next
        # build finds the file with those bytes, so the stamp must not tell them apart
        from .cover import make_artwork

        return hashlib.sha256(make_artwork(paper, path.suffix)).hexdigest()
    except OSError:
        return "unreadable"  # publish will say why


def _republish_unchanged(options: BuildOptions, channel: Channel, key: str) -> _Unchanged | None:
    """When the published edition of this date was made from *key*, bring only the
    feed and links up to date (as `audiopaper feed` does) and say what is there.
    None when the edition must be built: new content, no edition, or --keep to apply."""
    from .assemble import episode_dir
    from .editions import current_folder
    from .feed import MANIFEST_FILE, read_manifest, scan_manifests
    from .publish import rebuild_feed

    folder = current_folder(options.out_dir, options.date)
    if folder is None:
        return None
    published_dir = options.out_dir / episode_dir(options.date, folder)
    try:
        published = read_manifest(published_dir / MANIFEST_FILE)
    except AudiopaperError:
        return None
    if published.content_key != key:
        return None
    manifests, _ = scan_manifests(options.out_dir)
    if options.keep and len(manifests) > options.keep:
        return None  # pruning is the full path's work
    feed_path = rebuild_feed(options.out_dir, channel=channel)
    log.info("publish: %s is unchanged; nothing republished", published.date)
    return _Unchanged(published_dir, published.duration_ms, feed_path, len(manifests), published.sources)


def read_edition(inputs: tuple[str, ...] | list[str]) -> Edition:
    """Ingest: the pages of the edition in INPUTS."""
    from .ingest import read_edition as read_pages

    edition = read_pages(inputs)
    log.info("ingest: %d page(s) from %s", len(edition.pages), ", ".join(edition.sources))
    return edition


def segment_stories(edition: Edition, *, include_classifieds: bool = True) -> list[Story]:
    """Segment: the stories of *edition*, in listening order."""
    from .segment import segment_edition

    stories = segment_edition(edition, include_classifieds=include_classifieds)
    log.info("segment: %d stories", len(stories))
    return stories


def read_stories(inputs: tuple[str, ...] | list[str], *, include_classifieds: bool = True) -> list[Story]:
    """Ingest and segment: the stories of the edition in INPUTS, in listening order."""
    return segment_stories(read_edition(inputs), include_classifieds=include_classifieds)


def _engines_used(clips: list[Clip]) -> str:
    return "+".join(dict.fromkeys(c.engine for c in clips)) or "none"


@dataclass(frozen=True)
class SayResult:
    path: Path
    duration_ms: int
    voice: str

    def summary(self) -> str:
        return f"wrote {self.path} ({self.duration_ms / 1000:.1f} s, voice {self.voice})"


def say_to_file(
    text: str, output: Path, *, voice: str = DEFAULT_OFFLINE_VOICE, engine: Engine | None = None,
    cache: SynthesisCache | None = None,
) -> SayResult:
    """Speak one line of text into an MP3 file."""
    from .audio import encode_mp3
    from .textnorm import normalize

    preset = get_preset(voice)
    spoken = normalize(text, reads_latin=reads_latin(preset))
    if not split_sentences(spoken):
        raise InputError("<text>", f"nothing to say in {text!r}")
    engine = engine or make_engine(preset.engine)
    speech, _ = speak_cached(engine, preset, spoken, cache or SynthesisCache(cache_dir()))
    try:
        with atomic_path(output) as tmp:
            encode_mp3(speech.pcm, speech.sample_rate, tmp)
    except OSError as exc:
        raise AudioError(str(output), f"cannot write: {exc.strerror or exc}") from exc
    return SayResult(Path(output), speech.duration_ms, preset.name)
