"""Moving the site (a new base_url in podcast.toml): every edition's links follow,
the podcast keeps its guid, and the feed's byte counts stay true.

Read back with independent readers: mutagen (ID3), json (chapters.json),
podcastparser and feedparser (the feed), ffmpeg (the audio is untouched).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import tomllib
from pathlib import Path

import feedparser
import podcastparser
import pytest
from mutagen.id3 import ID3

from audiopaper import audio
from audiopaper import publish as publish_module
from audiopaper.assemble import assemble_episode
from audiopaper.channel import podcast_guid
from audiopaper.errors import FeedError
from audiopaper.publish import publish_episode, rebuild_feed

from test_assemble import make_clips

OLD = "http://localhost:8000/"
NEW = "https://news.example.org/播客/"
NEW_ENCODED = "https://news.example.org/%E6%92%AD%E5%AE%A2/"
DATES = (dt.date(2020, 5, 28), dt.date(2020, 5, 29))
NS = {"podcast": "https://podcastindex.org/namespace/1.0"}


@pytest.fixture(scope="module")
def assembled():
    made = {}

    def get(date: dt.date, base_url: str = OLD):
        if (date, base_url) not in made:
            made[date, base_url] = assemble_episode(make_clips(), date=date, paper="人民日报", base_url=base_url)
        return made[date, base_url]

    return get


def site_at_old_url(out: Path, assembled) -> None:
    for date in DATES:
        publish_episode(assembled(date), out)


def move_site(out: Path, base_url: str = NEW, title: str = "晨报有声版") -> None:
    """What a user does: edit base_url (and the title) in podcast.toml."""
    path = out / "podcast.toml"
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("base_url ="):
            line = f"base_url = {json.dumps(base_url, ensure_ascii=False)}"
        elif line.startswith("title ="):
            line = f"title = {json.dumps(title, ensure_ascii=False)}"
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def snapshot(out: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}


def feed_guid(out: Path) -> str:
    return feedparser.parse((out / "feed.xml").read_bytes()).feed["podcast_guid"]


def assert_links_point_at(out: Path, base: str) -> None:
    """Every link in every edition's files is under *base* (percent-encoded), and the
    feed's byte counts are the files' sizes."""
    xml = (out / "feed.xml").read_bytes()
    parsed = podcastparser.parse(base + "feed.xml", io.BytesIO(xml))
    feed = feedparser.parse(xml)
    assert not feed.bozo
    folders = sorted(p for p in (out / "episodes").iterdir() if p.is_dir())
    assert len(parsed["episodes"]) == len(folders)
    for folder in folders:
        prefix = f"{base}episodes/{folder.name}/"
        manifest = json.loads((folder / "episode.json").read_text(encoding="utf-8"))
        story_files = [c["file"] for c in manifest["chapters"] if c["file"]]

        chapters = json.loads((folder / "chapters.json").read_text(encoding="utf-8"))["chapters"]
        assert [c.get("url") for c in chapters] == [prefix + c["file"] if c["file"] else None for c in manifest["chapters"]]

        tags = ID3(folder / "episode.mp3")
        assert [f.url for f in tags.getall("WXXX")] == [prefix + "episode.mp3"]
        for i, chapter in enumerate(manifest["chapters"]):
            urls = [f.url for f in tags[f"CHAP:chp{i}"].sub_frames.getall("WXXX")]
            assert urls == ([prefix + chapter["file"]] if chapter["file"] else [])
        for file in story_files:
            assert [f.url for f in ID3(folder / file).getall("WXXX")] == [prefix + file]

        # the byte counts: the manifest's, and the feed's enclosure, are the file's
        size = (folder / "episode.mp3").stat().st_size
        assert manifest["audio_bytes"] == size
        assert manifest["story_bytes"] == [(folder / f).stat().st_size for f in story_files]
        (episode,) = [e for e in parsed["episodes"] if e["enclosures"][0]["url"] == prefix + "episode.mp3"]
        assert episode["enclosures"][0]["file_size"] == size
        (entry,) = [e for e in feed.entries if e.enclosures[0]["href"] == prefix + "episode.mp3"]
        assert int(entry.enclosures[0]["length"]) == size


def test_after_base_url_changes_rebuild_moves_every_link_of_every_edition(tmp_path, assembled, caplog):
    out = tmp_path / "site"
    site_at_old_url(out, assembled)
    assert_links_point_at(out, OLD)
    decoded_before = {p.relative_to(out / "episodes").as_posix(): audio.decode(p)[0] for p in out.rglob("*.mp3")}
    guid_before = feed_guid(out)

    move_site(out)
    caplog.set_level(logging.INFO, logger="audiopaper")
    rebuild_feed(out)

    assert_links_point_at(out, NEW_ENCODED)
    leftovers = [p for p, data in snapshot(out).items() if b"localhost:8000" in data]
    assert leftovers == []
    assert feedparser.parse((out / "feed.xml").read_bytes()).feed.title == "晨报有声版"
    for path, pcm in decoded_before.items():  # retagging leaves the audio alone (in a new version directory)
        date, relative = path.split("/", 1)
        assert (audio.decode(out / "episodes" / f"{date}.2" / relative)[0] == pcm).all(), path
    assert feed_guid(out) == guid_before  # the same podcast to apps and indexes
    for date in DATES:  # and the tool says what it did
        assert f"{date}: links pointed at another base_url" in caplog.text
    assert not [p for p in out.iterdir() if p.name.startswith(".")]

    # nothing left to do: a second rebuild changes no byte
    before = snapshot(out)
    rebuild_feed(out)
    assert snapshot(out) == before


def test_publishing_a_new_edition_under_the_new_base_url_moves_the_older_ones_too(tmp_path, assembled):
    out = tmp_path / "site"
    site_at_old_url(out, assembled)
    guid_before = feed_guid(out)
    move_site(out)
    result = publish_episode(assembled(dt.date(2020, 5, 30), NEW), out)
    assert result.editions == 3
    assert_links_point_at(out, NEW_ENCODED)
    assert not [p for p, data in snapshot(out).items() if b"localhost:8000" in data]
    assert feed_guid(out) == guid_before
    assert set(result.files) >= {out / "episodes/2020-05-28.2/episode.mp3", out / "episodes/2020-05-28.2/chapters.json"}


def test_a_failure_writing_the_feed_puts_every_relinked_file_back(tmp_path, assembled, monkeypatch):
    out = tmp_path / "site"
    site_at_old_url(out, assembled)
    move_site(out)
    before = snapshot(out)
    real = publish_module.write_bytes

    def full_disk(path, data):
        if Path(path).name == "feed.xml":
            raise OSError(28, "No space left on device", str(path))
        real(path, data)

    monkeypatch.setattr(publish_module, "write_bytes", full_disk)
    with pytest.raises(FeedError, match=r"feed\.xml: No space left on device"):
        rebuild_feed(out)
    with pytest.raises(FeedError, match="No space"):
        publish_episode(assembled(dt.date(2020, 5, 30), NEW), out)
    assert snapshot(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_the_podcast_guid_is_stored_on_the_first_publish_and_kept_when_base_url_changes(tmp_path, assembled):
    out = tmp_path / "site"
    publish_episode(assembled(DATES[0]), out)
    stored = tomllib.loads((out / "podcast.toml").read_text(encoding="utf-8"))["guid"]
    assert stored == podcast_guid(OLD + "feed.xml") == feed_guid(out)

    move_site(out)
    rebuild_feed(out)
    assert feed_guid(out) == stored
    assert tomllib.loads((out / "podcast.toml").read_text(encoding="utf-8"))["guid"] == stored
    # a new edition's item guid comes from the podcast's guid, not from the new URL
    first = publish_episode(assembled(DATES[1], NEW), out)
    elsewhere = tmp_path / "elsewhere"
    publish_episode(assembled(DATES[1]), elsewhere)
    assert first.manifest.guid == json.loads((elsewhere / "episodes/2020-05-29/episode.json").read_text())["guid"]
    assert feed_guid(out) == stored


def test_a_site_from_before_guids_were_stored_keeps_the_guid_its_feed_carries(tmp_path, assembled):
    out = tmp_path / "site"
    publish_episode(assembled(DATES[0]), out)
    original = feed_guid(out)
    # podcast.toml as an older version wrote it, with a comment of the user's, and moved
    path = out / "podcast.toml"
    text = "".join(line for line in path.read_text(encoding="utf-8").splitlines(True) if not line.startswith("guid"))
    path.write_text("# my own note\n" + text, encoding="utf-8")
    move_site(out)
    assert "guid" not in tomllib.loads(path.read_text(encoding="utf-8"))

    rebuild_feed(out)
    assert feed_guid(out) == original != podcast_guid(NEW + "feed.xml")
    settings = path.read_text(encoding="utf-8")
    assert tomllib.loads(settings)["guid"] == original
    assert settings.startswith("# my own note\n")  # the user's file, with one line added


def test_an_empty_guid_in_podcast_toml_is_refused(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "podcast.toml").write_text('guid = ""\n', encoding="utf-8")
    from audiopaper.channel import load_channel

    with pytest.raises(FeedError, match="guid must not be empty"):
        load_channel(out)


def test_a_damaged_old_story_file_is_reported_and_does_not_stop_the_rest(tmp_path, assembled, caplog):
    out = tmp_path / "site"
    site_at_old_url(out, assembled)
    folder = out / "episodes" / "2020-05-28"
    damaged = sorted((folder / "stories").iterdir())[0]
    damaged.write_bytes(b"ID3\x03\x00\x00\x00\x00\x01\x00" + b"\xff" * 40)  # a tag header, then rubbish
    move_site(out)
    caplog.set_level(logging.WARNING, logger="audiopaper")
    publish_episode(assembled(dt.date(2020, 5, 30), NEW), out)
    assert f"{damaged}" in caplog.text and "left as they are" in caplog.text
    # everything else moved (to a new version directory); the damaged file keeps its bytes, and the manifest its true size
    folder = out / "episodes" / "2020-05-28.2"
    damaged = folder / damaged.relative_to(out / "episodes" / "2020-05-28")
    assert [f.url for f in ID3(folder / "episode.mp3").getall("WXXX")] == [NEW_ENCODED + "episodes/2020-05-28.2/episode.mp3"]
    assert damaged.read_bytes().startswith(b"ID3")
    manifest = json.loads((folder / "episode.json").read_text(encoding="utf-8"))
    files = [c["file"] for c in manifest["chapters"] if c["file"]]
    assert manifest["story_bytes"] == [(folder / f).stat().st_size for f in files]
