"""The whole pipeline, from page text to the published feed.

Gather first, then write: everything is ingested, segmented, spoken and
assembled in memory (and in the synthesis cache) before publish touches
the output directory.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .atomic import atomic_path
from .cache import SynthesisCache
from .engines import Engine, make_engine
from .errors import AudioError, InputError, VoiceError
from .models import Clip, Story, StoryKind, VoicePreset
from .paths import cache_dir
from .sentences import split_sentences
from .synth import Fallback, SynthesisStats, VoicePlan, speak_cached, synthesize_scripts
from .transcripts import clock
from .voices import DEFAULT_EDGE_VOICE, DEFAULT_OFFLINE_VOICE, get_preset

log = logging.getLogger(__name__)

DEFAULT_PAPER = "每日读报"  # the paper's name until podcast.toml or --paper says otherwise


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
    progress: bool = False
    cache_dir: Path | None = None


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

    def summary(self) -> str:
        lines = [
            f"{_count(self.stories, 'story', 'stories')}, {clock(self.duration_ms, hours=False)} of audio, voice engine {self.engine} "
            f"({_count(self.stats.misses, 'segment')} synthesized, {self.stats.hits} from cache)",
        ]
        lines += [f"fallback: {f}" for f in self.fallbacks]
        lines += list(self.notes)
        stories_dir = self.episode_dir / "stories"
        story_files = [p for p in self.paths if p.parent == stories_dir]
        others = [p for p in self.paths if p.parent == self.episode_dir]
        lines.append(f"wrote {self.episode_dir}/: " + ", ".join(p.name for p in others))
        lines.append(f"wrote {stories_dir}/: {len(story_files)} story MP3s")
        lines.append(f"wrote {self.feed_path} ({_count(self.editions, 'edition')} in the feed)")
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
    engines: Mapping[str, Engine] | None = None,
    cache: SynthesisCache | None = None,
) -> VoiceChoice:
    """Decide which presets and engines read the edition.

    *anchor*/*readers* come from podcast.toml; --voice overrides both.
    *engines* replaces the real engines by kind (tests pass fakes).
    *cache* is where the edge engine keeps its chunks, so a rerun resumes.
    """
    supplied = dict(engines or {})

    def engine_for(kind: str) -> Engine:
        if kind not in supplied:
            options: dict[str, object] = {}
            if kind == "edge":
                options = {"cache": cache} | ({"concurrency": concurrency} if concurrency else {})
            supplied[kind] = make_engine(kind, **options)
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
    from .assemble import assemble_episode, fallback_lines
    from .channel import load_channel
    from .progress import progress_bar
    from .publish import check_output_dir, publish_episode
    from .scripts import episode_scripts

    # Voice, settings and the output directory are checked before minutes of speech are spent.
    if options.voice:
        get_preset(options.voice)
    channel = load_channel(options.out_dir, paper=options.paper or DEFAULT_PAPER)
    check_output_dir(options.out_dir, date=options.date, keep=options.keep, channel=channel)
    stories = read_stories(options.inputs, include_classifieds=options.include_classifieds)
    paper = options.paper or channel.author
    scripts = episode_scripts(stories, paper=paper, date=options.date)
    log.info("speech text: %d segments, %d characters", len(scripts), sum(len(s.text) for s in scripts))

    cache = SynthesisCache(options.cache_dir or cache_dir())
    choice = choose_voices(
        options.engine, options.voice, anchor=channel.anchor_voice or None, readers=channel.reader_voices,
        concurrency=options.concurrency, engines=engines, cache=cache,
    )
    with progress_bar(len(scripts), "synthesize", enabled=options.progress) as advance:
        clips, stats = synthesize_scripts(
            scripts, choice.plan, choice.engines, cache, fallback=choice.fallback,
            on_done=lambda clip: advance(),
        )
    log.info("synthesize: %d segments (%d from cache)", len(clips), stats.hits)

    assembled = assemble_episode(
        clips, date=options.date, paper=paper, title=options.title or "", base_url=channel.base_url
    )
    log.info("assemble: %.1f min", assembled.episode.duration_ms / 60000)
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
    )


def read_stories(inputs: tuple[str, ...] | list[str], *, include_classifieds: bool = True) -> list[Story]:
    """Ingest and segment: the stories of the edition in INPUTS, in listening order."""
    from .ingest import read_edition
    from .segment import segment_edition

    edition = read_edition(inputs)
    log.info("ingest: %d page(s) from %s", len(edition.pages), ", ".join(edition.sources))
    stories = segment_edition(edition, include_classifieds=include_classifieds)
    log.info("segment: %d stories", len(stories))
    return stories


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
    spoken = normalize(text)
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
