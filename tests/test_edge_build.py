"""The edge voices end to end: build_edition and the CLI against the local fake Edge service.

The real edge-tts client runs unchanged with AUDIOPAPER_EDGE_URL pointing at
tests/edge_fake.py on 127.0.0.1. The offline voice is the instant FakeEngine
where the offline path is exercised, so each build takes seconds.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import socket
import subprocess
from pathlib import Path

import edge_tts.communicate
import numpy as np
import pytest
from click.testing import CliRunner
from edge_tts.drm import DRM
from mutagen.mp3 import MP3

import audiopaper.build
import audiopaper.engines.edge as edge_module
from audiopaper.build import BuildOptions, build_edition
from audiopaper.cli import cli
from audiopaper.engines.fake import FakeEngine
from audiopaper.errors import SynthesisError
from audiopaper.sentences import chunk_sentences

from edge_fake import TONE_HZ, FakeEdgeService, ffmpeg_exe

# A copy of the shared sample page (tests must not depend on what lies beside the checkout).
SAMPLE = Path(__file__).resolve().parent / "fixtures" / "pages" / "sample_page2.txt"
DATE = dt.date(2020, 5, 29)
STORIES = ["story-01", "story-02", "story-03", "story-04", "story-05", "story-06"]
SEGMENTS = ["intro", *STORIES, "outro"]
# Sentences only one story reads (the intro reads titles, not these).
IN_STORY_03 = "智能门锁产业党建联盟成立仪式举行"
IN_STORY_05 = "金华市副市长张新宇带队"
FULL_NAME = "Microsoft Server Speech Text to Speech Voice (zh-CN, {})"


class QuickEdge(edge_module.EdgeEngine):
    """The real engine with test-sized retries, timeouts and chunks."""

    def __init__(self, **options):
        options.setdefault("backoff_base", 0.01)
        options.setdefault("backoff_max", 0.05)
        options.setdefault("retries", 2)
        options.setdefault("timeout", 5)
        options.setdefault("max_chunk_chars", 200)
        super().__init__(**options)


@pytest.fixture(autouse=True)
def edge_client_state(monkeypatch):
    """edge-tts and our logging keep process-wide state; put it back after each test."""
    monkeypatch.delenv("AUDIOPAPER_EDGE_URL", raising=False)
    monkeypatch.setattr(edge_module, "EdgeEngine", QuickEdge)  # make_engine("edge") imports it by name
    original_url = edge_tts.communicate.WSS_URL
    assert original_url == edge_module.DEFAULT_URL
    edge_module._UNREACHABLE.clear()
    DRM.clock_skew_seconds = 0.0
    logger = logging.getLogger("audiopaper")
    saved = (logger.handlers[:], logger.level, logger.propagate)
    yield
    logger.handlers[:], logger.level, logger.propagate = saved
    DRM.clock_skew_seconds = 0.0
    edge_module._UNREACHABLE.clear()
    changed = edge_tts.communicate.WSS_URL
    edge_tts.communicate.WSS_URL = original_url
    assert changed == original_url  # the engine points each request, never edge-tts's module


@pytest.fixture
def service(monkeypatch):
    # 0.1 s of tone per character keeps a 10-minute edition to 5 minutes of audio
    with FakeEdgeService(seconds_per_char=0.1) as svc:
        monkeypatch.setenv("AUDIOPAPER_EDGE_URL", svc.url)
        yield svc


@pytest.fixture
def closed_port_url(monkeypatch) -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"ws://127.0.0.1:{port}/consumer/speech/synthesize/readaloud/edge/v1?TrustedClientToken=fake"
    monkeypatch.setenv("AUDIOPAPER_EDGE_URL", url)
    return url


@pytest.fixture
def offline_is_fake(monkeypatch) -> FakeEngine:
    """The CLI path: make_engine("kokoro") (the default offline voice's) gives an instant FakeEngine."""
    fake = FakeEngine()
    real = audiopaper.build.make_engine
    monkeypatch.setattr(audiopaper.build, "make_engine", lambda kind, **o: fake if kind == "kokoro" else real(kind, **o))
    return fake


def options(out: Path, engine: str) -> BuildOptions:
    return BuildOptions(inputs=(str(SAMPLE),), out_dir=out, date=DATE, engine=engine)


def manifest(out: Path) -> dict:
    return json.loads((out / "episodes" / DATE.isoformat() / "episode.json").read_text(encoding="utf-8"))


def sources(out: Path) -> dict[str, dict]:
    return {s["segment"]: s for s in manifest(out)["sources"]}


def dominant_hz(mp3: Path) -> float:
    """The loudest frequency of an MP3, decoded by ffmpeg directly (not through audiopaper)."""
    raw = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-i", str(mp3), "-ac", "1", "-ar", "24000", "-f", "s16le", "pipe:1"],
        capture_output=True, check=True,
    ).stdout
    pcm = np.frombuffer(raw, dtype="<i2").astype(np.float64)
    window = pcm[len(pcm) // 4 : len(pcm) // 4 + 24000]
    return float(np.argmax(np.abs(np.fft.rfft(window))) * 24000 / len(window))


def run_cli(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def preset_blocks(listing: str) -> dict[str, list[str]]:
    """`voices list` output: each preset's head line and its indented lines, by name."""
    blocks: dict[str, list[str]] = {}
    for line in listing.splitlines():
        if line and not line[0].isspace():
            blocks[line.split()[0]] = [line]
        elif line.strip():
            list(blocks.values())[-1].append(line)
    return blocks


def sample_scripts():
    from audiopaper.ingest import read_edition
    from audiopaper.scripts import episode_scripts
    from audiopaper.segment import segment_edition

    stories = [s for s in segment_edition(read_edition([str(SAMPLE)])) if s.kind.name != "CLASSIFIEDS"]
    return episode_scripts(stories, paper=audiopaper.build.DEFAULT_PAPER, date=DATE)


def build_args(out: Path, engine: str) -> list[str]:
    return ["build", str(SAMPLE), "--date", DATE.isoformat(), "--engine", engine, "--out", str(out)]


# --- --engine edge ------------------------------------------------------------


def test_engine_edge_reads_the_whole_sample_page_with_edge(service, tmp_path):
    out = tmp_path / "site"
    result = run_cli(*build_args(out, "edge"))
    assert result.exit_code == 0, result.output
    assert "voice engine edge " in result.stdout
    assert "fallback" not in result.stdout
    by_segment = sources(out)
    assert list(by_segment) == SEGMENTS
    assert {s["engine"] for s in by_segment.values()} == {"edge"}
    assert {s["voice"] for s in by_segment.values()} == {"yunyang"}
    assert manifest(out)["fallbacks"] == []
    # every segment went to the service, in chunks of at most 200 characters
    assert service.completed == len(service.texts) >= len(SEGMENTS)
    assert all(len(t) <= 200 for t in service.texts)
    assert any(IN_STORY_03 in t for t in service.texts) and any(IN_STORY_05 in t for t in service.texts)
    assert set(service.voices) == {FULL_NAME.format("YunyangNeural")}
    # and what was published is the service's audio: its 440 Hz tone, at full length
    story = sorted((out / "episodes" / DATE.isoformat() / "stories").glob("03-*.mp3"))[0]
    assert abs(dominant_hz(story) - TONE_HZ) < 5
    episode = MP3(out / "episodes" / DATE.isoformat() / "episode.mp3")
    spoken_chars = sum(1 for t in service.texts for ch in t if not ch.isspace())
    assert episode.info.length >= 0.95 * spoken_chars * 0.1


def test_engine_edge_failure_is_one_clear_line_and_a_rerun_resumes(service, tmp_path):
    out = tmp_path / "site"
    service.fail_text(IN_STORY_03, "noaudio")
    first = run_cli(*build_args(out, "edge"))
    assert first.exit_code == 1
    assert first.exception is None or isinstance(first.exception, SystemExit)
    assert "Traceback" not in first.output and "Traceback" not in first.stderr
    errors = [line for line in first.stderr.splitlines() if line.startswith("audiopaper: error:")]
    assert len(errors) == 1, first.stderr
    assert "story-03" in errors[0] and "no audio" in errors[0] and "3 attempts" in errors[0]
    assert not out.exists()  # gather first, then write: nothing published
    failed = [t for t in service.texts if IN_STORY_03 in t]
    assert len(failed) == 3  # one chunk, bounded attempts
    answered = set(service.texts) - set(failed)

    service.clear_faults()
    service.reset_counts()
    rerun = run_cli(*build_args(out, "edge"))
    assert rerun.exit_code == 0, rerun.output
    # only the chunks that were missing: the failed one, and any segment the
    # first run had not started when it stopped; never one it already had
    assert failed[0] in service.texts
    assert len(service.texts) == len(set(service.texts))
    assert not answered & set(service.texts)
    # an edge voice reads Latin: it gets each script's Latin-keeping text (5G, not 五吉)
    all_chunks = {c for script in sample_scripts() for c in chunk_sentences(script.text_for(True), 200)}
    assert answered | set(service.texts) == all_chunks
    assert any("5G" in t for t in all_chunks) and not any("五吉" in t for t in all_chunks)
    assert {s["engine"] for s in sources(out).values()} == {"edge"}
    assert "stories/: 6 story MP3s" in rerun.stdout


def test_edge_failure_through_the_library_raises_our_error_and_writes_nothing(service, tmp_path):
    out = tmp_path / "site"
    service.default_fault = "503"
    with pytest.raises(SynthesisError) as caught:
        build_edition(options(out, "edge"))
    assert "503" in str(caught.value) and "\n" not in str(caught.value)
    assert not out.exists()


# --- --engine auto ------------------------------------------------------------


def test_auto_with_the_service_down_reads_offline_with_one_warning(closed_port_url, tmp_path, caplog):
    out = tmp_path / "site"
    offline = FakeEngine()
    with caplog.at_level(logging.INFO, logger="audiopaper"):
        result = build_edition(options(out, "auto"), engines={"kokoro": offline})
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING and "not ready to publish" not in r.getMessage()]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]  # besides the placeholder base_url's
    assert "not reachable" in warnings[0].getMessage() and "xiaobei" in warnings[0].getMessage()
    assert result.engine == "fake"
    assert "edge-tts was not reachable" in result.summary()
    by_segment = sources(out)
    assert {s["engine"] for s in by_segment.values()} == {"fake"}
    assert {s["voice"] for s in by_segment.values()} == {"xiaobei"}
    assert len(offline.calls) == len(SEGMENTS)


def test_auto_with_the_service_down_on_the_command_line(closed_port_url, tmp_path, offline_is_fake):
    out = tmp_path / "site"
    result = run_cli(*build_args(out, "auto"))
    assert result.exit_code == 0, result.output
    mentions = [line for line in result.stderr.splitlines() if "not reachable" in line]
    assert len(mentions) == 1, result.stderr
    assert "edge" not in result.stderr.replace(mentions[0], "")  # no retry chatter
    assert "edge-tts was not reachable: read with the offline voice" in result.stdout
    assert {s["engine"] for s in sources(out).values()} == {"fake"}


def test_auto_finishes_stories_the_service_fails_for_good_offline(service, tmp_path):
    out = tmp_path / "site"
    service.fail_text(IN_STORY_03, "noaudio")
    service.fail_text(IN_STORY_05, "drop")
    offline = FakeEngine()
    result = build_edition(options(out, "auto"), engines={"kokoro": offline})

    by_segment = sources(out)
    fell_back = {name for name, s in by_segment.items() if s["engine"] != "edge"}
    assert fell_back == {"story-03", "story-05"}
    for name in fell_back:
        assert by_segment[name]["engine"] == "fake" and by_segment[name]["voice"] == "xiaobei"
        assert by_segment[name]["fallback_reason"].startswith("edge: ")
    assert "no audio" in by_segment["story-03"]["fallback_reason"]
    assert "truncated" in by_segment["story-05"]["fallback_reason"]
    assert [f.split(":")[0] for f in manifest(out)["fallbacks"]] == ["story-03", "story-05"]
    # the offline voice read those two stories whole, and nothing else
    assert len(offline.calls) == 2
    assert IN_STORY_03 in offline.calls[0] + offline.calls[1]
    assert IN_STORY_05 in offline.calls[0] + offline.calls[1]

    summary = result.summary()
    fallback_lines = [line for line in summary.splitlines() if line.startswith("fallback:")]
    assert len(fallback_lines) == 2
    assert "story-03" in fallback_lines[0] and "智能门" in fallback_lines[0]
    assert "story-05" in fallback_lines[1] and "金华市领导" in fallback_lines[1]
    assert result.engine == "edge+fake"


def test_auto_fallback_is_reported_on_the_command_line(service, tmp_path, offline_is_fake):
    out = tmp_path / "site"
    service.fail_text(IN_STORY_05, "noaudio")
    result = run_cli(*build_args(out, "auto"))
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.stderr
    assert [line for line in result.stdout.splitlines() if line.startswith("fallback:")] == [
        line for line in result.stdout.splitlines() if "story-05" in line
    ]
    assert "story-05" in result.stdout
    assert manifest(out)["fallbacks"][0].startswith("story-05: edge: ")


# --- anchor and readers from podcast.toml --------------------------------------


def test_readers_from_podcast_toml_alternate_story_by_story(service, tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "podcast.toml").write_text(
        'anchor_voice = "yunyang"\nreader_voices = ["xiaoxiao", "yunxi"]\n', encoding="utf-8"
    )
    build_edition(options(out, "edge"))
    voices = {name: s["voice"] for name, s in sources(out).items()}
    assert voices == {
        "intro": "yunyang",
        "story-01": "xiaoxiao", "story-02": "yunxi", "story-03": "xiaoxiao",
        "story-04": "yunxi", "story-05": "xiaoxiao", "story-06": "yunxi",
        "outro": "yunyang",
    }
    # the service was asked for those voices, with each preset's prosody
    assert set(service.voices) == {FULL_NAME.format(v) for v in ("YunyangNeural", "XiaoxiaoNeural", "YunxiNeural")}
    for voice, prosody in zip(service.voices, service.prosody):
        expected_rate = "-5%" if voice == FULL_NAME.format("YunxiNeural") else "+0%"
        assert prosody["rate"] == expected_rate


# --- voices list ----------------------------------------------------------------


def test_voices_list_shows_every_preset_with_availability_and_licence(service):
    result = run_cli("voices", "list")
    assert result.exit_code == 0, result.output
    blocks = preset_blocks(result.stdout)
    assert set(blocks) >= {"xiaobei", "yunxia", "baker", "yunyang", "xiaoxiao", "yunxi", "yunjian"}
    for name in ("yunyang", "xiaoxiao", "yunxi", "yunjian"):
        assert blocks[name][0].split()[1:3] == ["edge", "yes"], blocks[name]
        assert "answered" in blocks[name][0]
    assert blocks["baker"][0].split()[1] == "baker" and blocks["baker"][0].split()[2] in ("yes", "no")
    assert any("licence" in line and "non-commercial" in line for line in blocks["baker"][1:])
    for name in ("xiaobei", "yunxia"):  # Kokoro: commercial use allowed, training data undocumented
        assert blocks[name][0].split()[1] == "kokoro" and blocks[name][0].split()[2] in ("yes", "no")
        licence = next(line for line in blocks[name][1:] if "licence" in line)
        assert "Apache-2.0" in licence and "undocumented" in licence
    assert "professional news anchor" in result.stdout  # yunyang's description
    assert service.requests >= 1  # availability was asked of the service, not assumed


def test_voices_list_marks_edge_unavailable_when_the_service_is_down(closed_port_url):
    result = run_cli("voices", "list")
    assert result.exit_code == 0, result.output
    blocks = preset_blocks(result.stdout)
    for name in ("yunyang", "xiaoxiao", "yunxi", "yunjian"):
        assert blocks[name][0].split()[1:3] == ["edge", "no"], blocks[name]
        assert "cannot connect" in blocks[name][0]


# --- a preset edge-tts would refuse -------------------------------------------------


@pytest.mark.parametrize("engine", ["edge", "auto"])
def test_a_preset_with_an_unsigned_rate_is_one_clear_line(service, tmp_path, monkeypatch, engine):
    voices = tmp_path / "voices"
    voices.mkdir()
    bad = voices / "yunyang.toml"  # AUDIOPAPER_VOICES comes first: it replaces the shipped preset
    bad.write_text('engine = "edge"\nvoice = "zh-CN-YunyangNeural"\nrate = "10%"\n', encoding="utf-8")
    monkeypatch.setenv("AUDIOPAPER_VOICES", str(voices))
    hooked: list[str] = []
    monkeypatch.setattr("threading.excepthook", lambda args: hooked.append(args.thread.name))
    out = tmp_path / "site"
    result = run_cli(*build_args(out, engine))
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    assert "Exception in thread" not in result.stderr and hooked == []
    errors = [line for line in result.stderr.splitlines() if line.startswith("audiopaper: error:")]
    assert len(errors) == 1, result.stderr
    assert str(bad) in errors[0] and "rate '10%'" in errors[0]
    assert "not reachable" not in result.output + result.stderr
    assert service.requests == 0
    assert not out.exists()
