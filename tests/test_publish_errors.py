"""Publishing that cannot be done fails with one of our errors naming the file,
before anything is written or with the site as it was: --keep that would prune
the new edition, an output path that is a file or read-only, a full disk, a
broken cover, broken manifests of older editions."""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import tempfile
from pathlib import Path

import podcastparser
import pytest
from PIL import Image

from audiopaper import atomic, cover
from audiopaper import publish as publish_module
from audiopaper.assemble import assemble_episode
from audiopaper.build import BuildOptions, build_edition
from audiopaper.engines.fake import FakeEngine
from audiopaper.errors import AudiopaperError, FeedError
from audiopaper.publish import check_output_dir, publish_episode, rebuild_feed

from test_assemble import make_clips

DATE = dt.date(2020, 5, 29)
PAGE = str(Path(__file__).parent / "fixtures" / "cli" / "short_page.txt")


@pytest.fixture(scope="module")
def assembled():
    """One assembled episode per date, made once (assembly measures loudness with ffmpeg)."""
    made = {}

    def get(date: dt.date = DATE):
        if date not in made:
            made[date] = assemble_episode(make_clips(), date=date, paper="人民日报", base_url="http://localhost:8000/")
        return made[date]

    return get


def snapshot(out: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}


def feed_dates(out: Path) -> list[str]:
    parsed = podcastparser.parse("http://localhost:8000/feed.xml", io.BytesIO((out / "feed.xml").read_bytes()))
    return [e["link"].rsplit("/", 1)[-1].removesuffix(".html") for e in parsed["episodes"]]


# --keep


def test_keep_refuses_an_edition_it_would_prune_at_once(tmp_path, assembled):
    out = tmp_path / "site"
    publish_episode(assembled(DATE), out)
    before = snapshot(out)
    with pytest.raises(FeedError, match=r"2020-05-28 edition is older than the newest edition already published \(2020-05-29\)"):
        publish_episode(assembled(dt.date(2020, 5, 28)), out, keep=1)
    assert snapshot(out) == before
    assert feed_dates(out) == ["2020-05-29"]
    # the same answer before any synthesis, from the directory names alone
    with pytest.raises(FeedError, match="older than the newest edition already"):
        check_output_dir(out, date=dt.date(2020, 5, 28), keep=1)
    check_output_dir(out, date=dt.date(2020, 5, 28), keep=2)  # fits among the 2 newest
    check_output_dir(out, date=DATE, keep=1)  # a rebuild of the newest


def test_keep_refusal_counts_editions_in_the_plural(tmp_path, assembled):
    out = tmp_path / "site"
    publish_episode(assembled(DATE), out)
    publish_episode(assembled(dt.date(2020, 5, 30)), out)
    with pytest.raises(
        FeedError, match=r"older than the 2 newest editions already published \(2020-05-30, 2020-05-29\), so --keep 2"
    ):
        check_output_dir(out, date=dt.date(2020, 5, 28), keep=2)


def test_keep_two_with_an_older_edition_keeps_both(tmp_path, assembled):
    out = tmp_path / "site"
    publish_episode(assembled(DATE), out)
    result = publish_episode(assembled(dt.date(2020, 5, 28)), out, keep=2)
    assert result.pruned == ()
    assert feed_dates(out) == ["2020-05-29", "2020-05-28"]


def test_keep_refusal_through_build_edition(tmp_path):
    out = tmp_path / "site"
    build_edition(BuildOptions(inputs=(PAGE,), out_dir=out, date=DATE, engine="offline"), engines={"kokoro": FakeEngine()})
    with pytest.raises(AudiopaperError, match="older than the newest edition already published"):
        build_edition(
            BuildOptions(inputs=(PAGE,), out_dir=out, date=dt.date(2020, 5, 28), engine="offline", keep=1),
            engines={"kokoro": FakeEngine()},
        )
    assert sorted(p.name for p in (out / "episodes").iterdir() if p.is_dir()) == ["2020-05-29"]


# the output directory


def test_out_pointing_at_a_file(tmp_path, assembled):
    out = tmp_path / "site.txt"
    out.write_text("not a directory", encoding="utf-8")
    with pytest.raises(FeedError, match=r"site\.txt: the output directory is a file"):
        check_output_dir(out)
    with pytest.raises(FeedError, match=r"site\.txt"):
        publish_episode(assembled(), out)
    assert out.read_text(encoding="utf-8") == "not a directory"
    with pytest.raises(FeedError, match=r"site\.txt/feed: cannot make the output directory: .*site\.txt is not a directory"):
        check_output_dir(out / "feed")


def test_out_under_a_file_through_build_edition(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_bytes(b"")
    with pytest.raises(AudiopaperError, match="blocker"):
        build_edition(
            BuildOptions(inputs=(PAGE,), out_dir=blocker / "feed", date=DATE, engine="offline"),
            engines={"kokoro": FakeEngine()},
        )


def test_out_that_cannot_be_written(tmp_path, monkeypatch, assembled):
    out = tmp_path / "site"
    out.mkdir()
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != out)  # (tests run as root: chmod is no use)
    with pytest.raises(FeedError, match=r"site: the output directory is not writable"):
        check_output_dir(out)
    with pytest.raises(FeedError, match=r"cannot be made: .*site is not writable"):
        check_output_dir(out / "feed")


def test_a_read_only_out_dir_found_only_when_staging(tmp_path, monkeypatch, assembled):
    out = tmp_path / "site"

    def read_only(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(out / ".staging-x"))

    monkeypatch.setattr(tempfile, "mkdtemp", read_only)
    with pytest.raises(FeedError, match=r"site: Permission denied"):
        publish_episode(assembled(), out)
    assert not (out / "episodes").exists()


def test_a_full_disk_while_staging_names_the_site_and_leaves_nothing(tmp_path, monkeypatch, assembled):
    out = tmp_path / "site"
    real_write = publish_module.write_text

    def full_disk(path, text):
        if Path(path).name == "transcript.srt":
            with atomic.atomic_path(path) as tmp:
                raise OSError(28, "No space left on device")  # as a failed write(): no file name
        real_write(path, text)

    monkeypatch.setattr(publish_module, "write_text", full_disk)
    with pytest.raises(FeedError, match=r"site: No space left on device"):  # not the staging dir's name
        publish_episode(assembled(), out)
    assert not (out / "episodes").exists()  # no empty episodes/ behind
    assert not out.exists() or not list(out.iterdir())


def test_a_full_disk_writing_the_channel_file(tmp_path, monkeypatch, assembled):
    out = tmp_path / "site"
    publish_episode(assembled(), out)
    (out / "podcast.toml").unlink()
    before = snapshot(out)
    from audiopaper import channel

    def full_disk(path, text):
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(channel, "write_text", full_disk)
    with pytest.raises(FeedError, match=r"podcast\.toml: No space"):
        publish_episode(assembled(dt.date(2020, 5, 30)), out)
    assert snapshot(out) == before


# the cover


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda path: path.write_bytes(b"\x89PNG\r\n\x1a\nnot really"), "not a PNG/JPEG image"),
        (lambda path: path.mkdir(), "is a directory, not a PNG/JPEG image"),
        (lambda path: Image.new("RGB", (8, 8)).save(path, format="GIF"), r"not a PNG/JPEG image \(a GIF image"),
    ],
    ids=["corrupt", "directory", "gif"],
)
def test_a_bad_cover_is_named_before_anything_is_written(tmp_path, assembled, make, reason):
    out = tmp_path / "site"
    out.mkdir()
    make(out / "cover.png")
    before = snapshot(out)
    with pytest.raises(FeedError, match=rf"cover\.png: {reason}"):
        publish_episode(assembled(), out)
    assert snapshot(out) == before
    assert not (out / "episodes").exists()
    from audiopaper.channel import load_channel

    with pytest.raises(FeedError, match=rf"cover\.png: {reason}"):
        check_output_dir(out, channel=load_channel(out))


def test_a_good_cover_passes(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "cover.png").write_bytes(cover.make_cover("晨报", size=64))
    from audiopaper.channel import load_channel

    check_output_dir(out, channel=load_channel(out))
    assert cover.read_artwork(out / "cover.png")[:8] == b"\x89PNG\r\n\x1a\n"


# broken manifests of older editions


def test_a_broken_old_manifest_is_left_out_with_a_warning_not_a_blocker(tmp_path, assembled, caplog):
    out = tmp_path / "site"
    publish_episode(assembled(dt.date(2020, 5, 28)), out)
    manifest = out / "episodes" / "2020-05-28" / "episode.json"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('"duration_ms": ', '"duration_ms": "abc", "x": '))
    caplog.set_level(logging.WARNING, logger="audiopaper")
    result = publish_episode(assembled(DATE), out)
    assert feed_dates(out) == ["2020-05-29"]
    assert result.editions == 1
    (message,) = result.left_out
    assert "2020-05-28/episode.json" in message and "left out of the feed" in message
    assert message in caplog.text
    caplog.clear()
    rebuild_feed(out)  # `audiopaper feed` too
    assert "2020-05-28/episode.json" in caplog.text and "left out of the feed" in caplog.text
    assert feed_dates(out) == ["2020-05-29"]


def test_an_edition_directory_without_a_manifest_is_reported(tmp_path, assembled, caplog):
    out = tmp_path / "site"
    publish_episode(assembled(), out)
    (out / "episodes" / "2020-05-20").mkdir()
    caplog.set_level(logging.WARNING, logger="audiopaper")
    rebuild_feed(out)
    assert "2020-05-20/episode.json: edition left out of the feed (missing)" in caplog.text


def test_rebuild_feed_in_a_missing_directory(tmp_path):
    with pytest.raises(FeedError, match="no published site here"):
        rebuild_feed(tmp_path / "nowhere")
