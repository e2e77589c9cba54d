"""Publishing end to end with FakeEngine clips, read back with independent readers:
mutagen (ID3, MP3 length), ffmpeg (decode, loudness), podcastparser and
feedparser (the feed), Pillow (the cover)."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import tomllib
from pathlib import Path

import feedparser
import numpy as np
import podcastparser
import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3
from PIL import Image

from audiopaper import audio
from audiopaper.assemble import assemble_episode
from audiopaper.channel import load_channel
from audiopaper.errors import AudioError, FeedError
from audiopaper.publish import publish_episode

from test_assemble import HEADLINES, make_clips

DATE = dt.date(2020, 5, 29)
RATE = 24000
FRAME = audio.MP3_FRAME_SAMPLES


def publish(out: Path, date: dt.date = DATE, **kwargs):
    assembled = assemble_episode(make_clips(), date=date, paper="人民日报", base_url="http://localhost:8000/")
    return assembled, publish_episode(assembled, out, **kwargs)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site") / "feed"
    assembled, result = publish(out)
    return out, assembled, result


def test_layout(site):
    out, assembled, result = site
    ep = out / "episodes" / "2020-05-29"
    assert result.episode_dir == ep
    for name in ("episode.mp3", "chapters.json", "transcript.vtt", "transcript.srt", "episode.json"):
        assert (ep / name).is_file(), name
    stories = sorted(p.name for p in (ep / "stories").iterdir())
    assert len(stories) == len(HEADLINES)
    assert all(name.isascii() and name.endswith(".mp3") for name in stories)
    for name in ("feed.xml", "cover.png", "podcast.toml"):
        assert (out / name).is_file(), name
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no staging left behind
    assert set(result.files) >= {ep / "episode.mp3", out / "feed.xml", out / "cover.png"}


def test_episode_mp3_length_and_chapters(site):
    out, assembled, _ = site
    mp3 = out / "episodes/2020-05-29/episode.mp3"
    decoded, rate = audio.decode(mp3)
    assert rate == RATE
    assert abs(MP3(mp3).info.length - len(decoded) / RATE) < 0.1
    assert abs(len(decoded) - len(assembled.pcm)) <= FRAME

    tags = ID3(mp3)
    (toc,) = tags.getall("CTOC")
    chaps = {c.element_id: c for c in tags.getall("CHAP")}
    assert len(chaps) == len(HEADLINES) + 2
    ordered = [chaps[i] for i in toc.child_element_ids]
    chapters_json = json.loads((out / "episodes/2020-05-29/chapters.json").read_text(encoding="utf-8"))
    assert chapters_json["version"] == "1.2.0"
    assert len(chapters_json["chapters"]) == len(ordered)
    for chap, item, chapter in zip(ordered, chapters_json["chapters"], assembled.episode.chapters):
        assert chap.start_time == round(item["startTime"] * 1000) == chapter.start_sample * 1000 // RATE
        assert chap.sub_frames["TIT2"].text[0] == item["title"] == chapter.title
        urls = chap.sub_frames.getall("WXXX")
        assert [u.url for u in urls] == ([item["url"]] if "url" in item else [])
    assert ordered[-1].end_time == assembled.episode.duration_ms


def test_episode_loudness_in_the_mp3(site):
    out, _, _ = site
    measured = audio.measure_file_loudness(out / "episodes/2020-05-29/episode.mp3")
    assert abs(measured.integrated_lufs - audio.TARGET_LUFS) <= 1.0
    assert measured.true_peak_dbtp <= audio.MAX_TRUE_PEAK_DBTP


def assert_same_audio(got: np.ndarray, expected: np.ndarray, what: str) -> None:
    """Two decodings of the same samples: equal in length to the sample, and equal in
    content but for MP3 coding noise (a one-sample shift fails: its RMS difference is ~11%)."""
    assert len(got) == len(expected), what
    a, b = got.astype(np.float64), expected.astype(np.float64)
    assert np.corrcoef(a, b)[0, 1] > 0.999, what
    assert np.sqrt(np.mean((a - b) ** 2)) < 0.02 * np.sqrt(np.mean(b**2)), what


def test_each_story_file_is_its_chapter_span_of_the_episode(site):
    out, assembled, _ = site
    ep = out / "episodes/2020-05-29"
    episode, _ = audio.decode(ep / "episode.mp3")  # gapless: sample-aligned with the PCM
    assert len(episode) == len(assembled.pcm)
    items = json.loads((ep / "chapters.json").read_text(encoding="utf-8"))["chapters"]
    stories = [(c, item) for c, item in zip(assembled.episode.chapters, items) if "url" in item]
    assert [c for c, _ in stories] == list(assembled.story_chapters)
    assert len(stories) == len(HEADLINES)
    for n, (chapter, item) in enumerate(stories, 1):
        file = item["url"].removeprefix("http://localhost:8000/episodes/2020-05-29/")
        assert file == chapter.file
        assert abs(item["startTime"] - chapter.start_sample / RATE) < 0.001  # what players seek to
        story, _ = audio.decode(ep / file)
        assert_same_audio(story, episode[chapter.start_sample : chapter.end_sample], file)
        assert abs(MP3(ep / file).info.length - len(story) / RATE) < 0.001
        tags = ID3(ep / file)
        assert tags["TIT2"].text == [item["title"]]
        assert tags["TRCK"].text == [f"{n}/{len(HEADLINES)}"]
        assert tags["TALB"].text == ["人民日报 2020-05-29"]
        assert tags.getall("APIC")


def test_feed_matches_the_files(site):
    out, assembled, _ = site
    xml = (out / "feed.xml").read_bytes()
    parsed = podcastparser.parse("http://localhost:8000/feed.xml", io.BytesIO(xml))
    (episode,) = parsed["episodes"]
    mp3 = out / "episodes/2020-05-29/episode.mp3"
    (enclosure,) = episode["enclosures"]
    assert enclosure["url"] == "http://localhost:8000/episodes/2020-05-29/episode.mp3"
    assert enclosure["file_size"] == mp3.stat().st_size
    assert episode["total_time"] == assembled.episode.duration_ms // 1000
    feed = feedparser.parse(xml)
    assert not feed.bozo
    assert feed.entries[0].id == episode["guid"]
    assert int(feed.entries[0].enclosures[0]["length"]) == mp3.stat().st_size
    assert parsed["cover_url"] == "http://localhost:8000/cover.png"


def test_manifest_records_voices_and_fallbacks(site):
    out, _, result = site
    data = json.loads((out / "episodes/2020-05-29/episode.json").read_text(encoding="utf-8"))
    assert data["fallbacks"] == ["story-02: edge unavailable"]
    assert {s["engine"] for s in data["sources"]} == {"fake"}
    assert data["audio_bytes"] == (out / "episodes/2020-05-29/episode.mp3").stat().st_size
    assert result.manifest.guid == data["guid"]


def test_transcripts_on_the_chapter_timeline(site):
    out, assembled, _ = site
    vtt = (out / "episodes/2020-05-29/transcript.vtt").read_text(encoding="utf-8")
    srt = (out / "episodes/2020-05-29/transcript.srt").read_text(encoding="utf-8")
    assert vtt.startswith("WEBVTT")
    assert vtt.count(" --> ") == srt.count(" --> ") >= len(assembled.episode.cues)
    story = assembled.episode.chapters[1]
    first = next(c for c in assembled.episode.cues if c.start_ms >= story.start_ms)
    assert first.text == HEADLINES[0] + "。"
    ms = first.start_ms
    stamp = f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"
    assert f"{stamp} --> " in vtt


def test_cover_and_channel_settings(site):
    out, _, _ = site
    with Image.open(out / "cover.png") as image:
        assert image.format == "PNG" and image.mode == "RGB"
        assert image.size[0] >= 1400 and image.size[0] == image.size[1]
    settings = tomllib.loads((out / "podcast.toml").read_text(encoding="utf-8"))
    assert settings["base_url"] == "http://localhost:8000/"
    assert load_channel(out).title == settings["title"]


def test_rebuild_is_idempotent_and_a_second_date_adds_an_item(tmp_path):
    out = tmp_path / "feed"
    _, first = publish(out)
    feed1 = (out / "feed.xml").read_bytes()
    mp3_1 = first.episode_mp3.read_bytes()
    _, again = publish(out)
    assert (out / "feed.xml").read_bytes() == feed1
    assert again.episode_mp3.read_bytes() == mp3_1
    assert again.manifest.guid == first.manifest.guid

    _, second = publish(out, dt.date(2020, 5, 30))
    parsed = podcastparser.parse("http://localhost:8000/feed.xml", io.BytesIO((out / "feed.xml").read_bytes()))
    assert len(parsed["episodes"]) == 2
    assert len({e["guid"] for e in parsed["episodes"]}) == 2
    assert second.editions == 2

    # keep 1: the older edition leaves the feed and the disk
    _, third = publish(out, dt.date(2020, 5, 31), keep=1)
    assert third.pruned == ("2020-05-30", "2020-05-29")
    assert sorted(p.name for p in (out / "episodes").iterdir()) == ["2020-05-31", "2020-05-31.html"]
    parsed = podcastparser.parse("http://localhost:8000/feed.xml", io.BytesIO((out / "feed.xml").read_bytes()))
    assert [e["link"] for e in parsed["episodes"]] == ["http://localhost:8000/episodes/2020-05-31.html"]


def test_a_failure_leaves_the_site_untouched(tmp_path, monkeypatch):
    out = tmp_path / "feed"
    _, first = publish(out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def broken(*args, **kwargs):
        raise AudioError("x.mp3", "encoder exploded")

    monkeypatch.setattr(audio, "encode_mp3", broken)
    with pytest.raises(AudioError, match="exploded"):
        publish(out)
    with pytest.raises(AudioError, match="exploded"):
        publish(out, dt.date(2020, 6, 1))
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def site_snapshot(out: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}


def test_stale_staging_dirs_and_temp_files_from_a_killed_run_are_removed(tmp_path):
    out = tmp_path / "feed"
    publish(out)
    # what a run killed mid-publish leaves: a staging dir, an atomic write's temp file
    (out / ".staging-k1ll3d" / "episode" / "stories").mkdir(parents=True)
    (out / ".staging-k1ll3d" / "episode" / "episode.mp3").write_bytes(b"half")
    (out / ".feed.xml.abc_1234.tmp.xml").write_bytes(b"<rss")
    publish(out, dt.date(2020, 5, 30))
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]


@pytest.fixture
def fault(monkeypatch):
    """fault(owner, name, when, error): owner.name raises *error* whenever when(*args) is true."""

    def inject(owner, name, when, error):
        real = getattr(owner, name)

        def faulty(*args, **kwargs):
            if when(*args):
                raise error
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, faulty)

    return inject


def test_a_failure_writing_the_feed_takes_the_new_edition_out_again(tmp_path, fault):
    out = tmp_path / "feed"
    publish(out)
    before = site_snapshot(out)
    from audiopaper import publish as publish_module

    disk_full = OSError(28, "No space left on device", str(out / "feed.xml"))
    fault(publish_module, "write_bytes", lambda path, data: Path(path).name == "feed.xml", disk_full)
    with pytest.raises(FeedError, match=r"feed\.xml: No space left on device"):
        publish(out, dt.date(2020, 6, 1))
    publish(out)  # a rebuild that changes nothing writes nothing, not even feed.xml: the full disk is no matter
    assert site_snapshot(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_a_failure_swapping_the_edition_in_puts_the_old_one_back(tmp_path, monkeypatch, fault):
    out = tmp_path / "feed"
    publish(out)
    before = site_snapshot(out)
    target = out / "episodes" / "2020-05-29.2"  # a changed rebuild goes to a new version directory
    io_error = OSError(5, "Input/output error", str(target))
    fault(os, "replace", lambda src, dst: Path(dst) == target and Path(src).name == "episode", io_error)
    changed = assemble_episode(make_clips(), date=DATE, paper="人民日报", title="改版", base_url="http://localhost:8000/")
    with pytest.raises(FeedError, match=r"2020-05-29\.2: Input/output error"):
        publish_episode(changed, out)
    monkeypatch.undo()
    assert site_snapshot(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_an_error_after_staging_changes_nothing(tmp_path, monkeypatch):
    out = tmp_path / "feed"
    publish(out)
    before = site_snapshot(out)
    from audiopaper import publish as publish_module

    def broken_feed(*args, **kwargs):
        raise FeedError("feed.xml", "cannot build")

    monkeypatch.setattr(publish_module, "build_feed", broken_feed)
    with pytest.raises(FeedError, match="cannot build"):
        publish(out, dt.date(2020, 6, 2))
    assert site_snapshot(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_pruned_editions_stay_out_of_the_feed_if_the_run_dies_while_deleting(tmp_path, monkeypatch):
    out = tmp_path / "feed"
    publish(out)
    from audiopaper import publish as publish_module

    monkeypatch.setattr(publish_module.shutil, "rmtree", lambda *a, **k: None)  # "killed" before deleting
    publish(out, dt.date(2020, 5, 30), keep=1)
    monkeypatch.undo()
    assert sorted(p.name for p in (out / "episodes").iterdir()) == ["2020-05-30", "2020-05-30.html"]
    publish(out, dt.date(2020, 5, 31))  # the next run: the pruned edition must not come back
    parsed = podcastparser.parse("http://localhost:8000/feed.xml", io.BytesIO((out / "feed.xml").read_bytes()))
    assert [e["link"].rsplit("/", 1)[-1] for e in parsed["episodes"]] == ["2020-05-31.html", "2020-05-30.html"]
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_a_second_build_publishing_into_the_same_directory_is_refused(tmp_path):
    out = tmp_path / "feed"
    publish(out)
    before = site_snapshot(out)
    from audiopaper.publish import site_lock

    with site_lock(out):
        with pytest.raises(FeedError, match="another"):
            publish(out, dt.date(2020, 5, 30))
    assert site_snapshot(out) == before


def test_missing_jpeg_artwork_is_made_as_a_jpeg(tmp_path):
    out = tmp_path / "feed"
    out.mkdir()
    (out / "podcast.toml").write_text('artwork = "art/cover.jpg"\n', encoding="utf-8")
    publish(out)
    with Image.open(out / "art" / "cover.jpg") as image:
        assert image.format == "JPEG" and image.mode == "RGB" and image.size[0] >= 1400
