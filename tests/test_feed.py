"""The feed from manifests and channel settings, read back with podcastparser,
feedparser and lxml; the channel settings file; the manifest format."""

from __future__ import annotations

import datetime as dt
import email.utils
import io
from dataclasses import replace
from pathlib import Path

import feedparser
import podcastparser
import pytest
from lxml import etree

from audiopaper.channel import (
    DEFAULT_BASE_URL,
    absolute_url,
    channel_toml,
    default_channel,
    load_channel,
    save_channel,
)
from audiopaper.errors import FeedError
from audiopaper.feed import EpisodeManifest, build_feed, chapters_json, podcast_guid, read_manifest
from audiopaper.models import Chapter
from audiopaper.podcast_ext import ITUNES_NS, PODCAST_NS

FIXTURES = Path(__file__).parent / "fixtures" / "feed"
NS = {"itunes": ITUNES_NS, "podcast": PODCAST_NS, "atom": "http://www.w3.org/2005/Atom"}


@pytest.fixture
def channel():
    return load_channel(FIXTURES / "", paper="晨报")  # reads fixtures/feed/podcast.toml


@pytest.fixture
def manifest():
    text = (FIXTURES / "episode-2020-05-28.json").read_text(encoding="utf-8")
    return EpisodeManifest.from_json(text, "episode-2020-05-28.json")


def second_edition(manifest: EpisodeManifest) -> EpisodeManifest:
    return replace(
        manifest,
        date=dt.date(2020, 5, 29),
        title="晨报 2020-05-29",
        guid="another-guid",
        pub_date=dt.datetime.fromisoformat("2020-05-29T07:30:00+08:00"),
    )


def test_podcast_guid_matches_the_namespace_reference_example():
    # the example in the Podcasting 2.0 namespace documentation
    assert podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml") == "917393e3-1b1e-5cef-ace4-edaa54e1f810"
    assert podcast_guid("http://mp3s.nashownotes.com/pc20rss.xml/") == "917393e3-1b1e-5cef-ace4-edaa54e1f810"


def test_channel_settings_from_the_file(channel):
    assert channel.title == "晨报有声版"
    assert channel.base_url == "https://audio.example.org/晨报/"  # trailing slash added
    assert channel.locked is False
    assert channel.publish_time == "07:30"
    assert channel.artwork == "cover.png"  # a default for a key the file leaves out


def test_channel_defaults_round_trip_through_toml(tmp_path):
    channel = default_channel("人民日报")
    assert channel.base_url == DEFAULT_BASE_URL
    assert (channel.language, channel.category, channel.subcategory) == ("zh-cn", "News", "Daily News")
    save_channel(tmp_path, channel)
    assert load_channel(tmp_path) == channel
    assert "人民日报" in channel_toml(channel)


def test_channel_errors_name_the_file(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "podcast.toml").write_text((FIXTURES / "unknown-key.toml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(FeedError, match=r"podcast\.toml.*colour"):
        load_channel(bad)
    (bad / "podcast.toml").write_text('base_url = "ftp://x/"\n', encoding="utf-8")
    with pytest.raises(FeedError, match="base_url"):
        load_channel(bad)
    (bad / "podcast.toml").write_text('artwork = "cover.webp"\n', encoding="utf-8")
    with pytest.raises(FeedError, match="artwork"):
        load_channel(bad)


def test_urls_are_absolute_and_percent_encoded(channel):
    url = absolute_url(channel.base_url, "episodes/2020-05-28/episode.mp3")
    assert url == "https://audio.example.org/%E6%99%A8%E6%8A%A5/episodes/2020-05-28/episode.mp3"
    assert absolute_url(url.rsplit("/", 1)[0] + "/", "a b.mp3").endswith("/a%20b.mp3")  # never double-encoded


def test_manifest_round_trips(manifest):
    assert EpisodeManifest.from_json(manifest.to_json(), "x") == manifest
    assert manifest.fallbacks == ("story-02: edge: network unreachable",)


def test_broken_manifest_names_the_file(tmp_path):
    folder = tmp_path / "2020-05-27"
    folder.mkdir()
    (folder / "episode.json").write_text((FIXTURES / "broken-episode.json").read_text(encoding="utf-8"))
    with pytest.raises(FeedError, match=r"2020-05-27/episode\.json"):
        read_manifest(folder / "episode.json")


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("duration_ms", "abc", r"duration_ms must be a whole number .*'abc'"),
        ("duration_ms", -5, "duration_ms must be a whole number"),
        ("audio_bytes", True, "audio_bytes must be a whole number"),
        ("title", 7, "title must be a string"),
        ("loudness_lufs", "loud", "loudness_lufs must be a number or null"),
        ("chapters", {"title": "x"}, "chapters must be a list"),
        ("chapters", [{"title": "导语", "start_ms": "0", "end_ms": 41000}], r"chapters\[0\]\.start_ms must be a whole number"),
        ("chapters", [{"title": "导语", "start_ms": 9, "end_ms": 1}], r"chapters\[0\] ends .* before it starts"),
        ("chapters", [{"start_ms": 0, "end_ms": 1}], r"missing fields \['title'\] in chapters\[0\]"),
        ("sources", [{"segment": 1, "role": "story", "title": "x", "voice": "baker", "engine": "baker"}], r"sources\[0\]\.segment must be a string"),
        ("story_bytes", [1, "2"], r"story_bytes\[1\] must be a whole number"),
        ("audio_file", "../../etc/passwd", "audio_file must name a file inside the edition's directory"),
        ("pub_date", 20200528, "pub_date must be a string"),
        ("pub_date", "2020-05-28T07:30:00", "pub_date has no timezone"),
        ("surprise", 1, r"unknown fields \['surprise'\]"),
    ],
)
def test_manifest_field_types_are_checked(tmp_path, field, value, message):
    import json

    data = json.loads((FIXTURES / "episode-2020-05-28.json").read_text(encoding="utf-8"))
    data[field] = value
    folder = tmp_path / "2020-05-28"
    folder.mkdir()
    (folder / "episode.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(FeedError, match=r"2020-05-28/episode\.json: broken episode manifest: " + message):
        read_manifest(folder / "episode.json")


def test_manifest_that_is_not_an_object(tmp_path):
    with pytest.raises(FeedError, match="x.json: broken episode manifest: not a JSON object"):
        EpisodeManifest.from_json("[1, 2]", "x.json")
    with pytest.raises(FeedError, match="x.json: broken episode manifest: Expecting"):
        EpisodeManifest.from_json("{", "x.json")


@pytest.mark.parametrize(
    "line, message",
    [
        ('publish_time = "25:99"', "publish_time must be a time of day.*'25:99'"),
        ('publish_time = "7"', "publish_time must be a time of day"),
        ('timezone = "Mars/Olympus_Mons"', "timezone must be an IANA time zone.*Mars/Olympus_Mons"),
        ('timezone = "Asia"', "timezone must be an IANA time zone"),
    ],
)
def test_channel_time_settings_are_checked_when_read(tmp_path, line, message):
    (tmp_path / "podcast.toml").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(FeedError, match=r"podcast\.toml: " + message):
        load_channel(tmp_path)


def test_publish_time_may_leave_out_the_leading_zero(tmp_path, manifest):
    from audiopaper.feed import publication_time

    (tmp_path / "podcast.toml").write_text('publish_time = "7:05"\ntimezone = "Europe/London"\n', encoding="utf-8")
    channel = load_channel(tmp_path)
    assert channel.publish_time == "07:05"
    when = publication_time(channel, dt.date(2020, 5, 28))
    assert when.isoformat() == "2020-05-28T07:05:00+01:00"


def test_feed_channel_elements(channel, manifest):
    xml = build_feed(channel, [manifest])
    root = etree.fromstring(xml)
    ch = root.find("channel")
    assert ch.findtext("title") == "晨报有声版"
    assert ch.findtext("language") == "zh-cn"
    assert ch.findtext("link") == "https://audio.example.org/%E6%99%A8%E6%8A%A5/index.html"  # the player page
    assert ch.findtext("itunes:explicit", namespaces=NS) == "false"
    assert len(ch.findall("itunes:explicit", namespaces=NS)) == 1
    assert ch.findtext("itunes:type", namespaces=NS) == "episodic"
    assert ch.find("itunes:image", namespaces=NS).get("href").endswith("/cover.png")
    category = ch.find("itunes:category", namespaces=NS)
    assert category.get("text") == "News"
    assert category.find("itunes:category", namespaces=NS).get("text") == "Daily News"
    assert ch.findtext("itunes:owner/itunes:email", namespaces=NS) == "audio@chenbao.cn"
    self_link = ch.find("atom:link[@rel='self']", namespaces=NS)
    assert self_link.get("href") == "https://audio.example.org/%E6%99%A8%E6%8A%A5/feed.xml"
    assert ch.findtext("podcast:locked", namespaces=NS) == "no"
    assert ch.findtext("podcast:guid", namespaces=NS) == podcast_guid(channel.feed_url)
    # reproducible: lastBuildDate is the newest pubDate, not the clock
    assert ch.findtext("lastBuildDate") == "Thu, 28 May 2020 07:30:00 +0800"


def test_feed_item_read_by_podcastparser_and_feedparser(channel, manifest):
    xml = build_feed(channel, [manifest])
    parsed = podcastparser.parse(channel.feed_url, io.BytesIO(xml))
    (episode,) = parsed["episodes"]
    dir_url = "https://audio.example.org/%E6%99%A8%E6%8A%A5/episodes/2020-05-28/"
    assert episode["guid"] == manifest.guid
    assert episode["total_time"] == 3725
    assert episode["enclosures"] == [
        {"url": dir_url + "episode.mp3", "file_size": 29804544, "mime_type": "audio/mpeg"}
    ]
    assert parsed["explicit"] is False
    # Apple builds chapters from three or more timestamps in the show notes
    assert "00:00:41 全国两会胜利闭幕 " + dir_url + "stories/01-quan-guo-liang-hui-sheng-li-bi-mu.mp3" in episode["description"]
    assert "01:01:40 结束语" in episode["description"]

    feed = feedparser.parse(xml)
    assert not feed.bozo, feed.bozo_exception
    entry = feed.entries[0]
    assert entry.id == manifest.guid
    assert entry.itunes_duration == "01:02:05"
    assert entry.enclosures[0]["length"] == "29804544"
    assert email.utils.parsedate_to_datetime(entry.published) == manifest.pub_date


def test_feed_item_podcasting20_elements(channel, manifest):
    item = etree.fromstring(build_feed(channel, [manifest])).find("channel/item")
    pub = item.findtext("pubDate")
    assert pub == "Thu, 28 May 2020 07:30:00 +0800"
    assert email.utils.parsedate_to_datetime(pub).utcoffset() == dt.timedelta(hours=8)
    chapters = item.find("podcast:chapters", namespaces=NS)
    assert chapters.get("type") == "application/json+chapters"
    assert chapters.get("url").endswith("/episodes/2020-05-28/chapters.json")
    kinds = {t.get("type"): t.get("url") for t in item.findall("podcast:transcript", namespaces=NS)}
    assert set(kinds) == {"text/vtt", "application/x-subrip"}
    assert kinds["text/vtt"].endswith("transcript.vtt") and kinds["application/x-subrip"].endswith("transcript.srt")
    assert item.find("guid").get("isPermaLink") == "false"


def test_items_newest_first_and_build_is_reproducible(channel, manifest):
    newer = second_edition(manifest)
    xml = build_feed(channel, [manifest, newer])
    assert xml == build_feed(channel, [newer, manifest])
    items = etree.fromstring(xml).findall("channel/item")
    assert [i.findtext("guid") for i in items] == ["another-guid", manifest.guid]
    assert etree.fromstring(xml).findtext("channel/lastBuildDate") == "Fri, 29 May 2020 07:30:00 +0800"


def test_explicit_true_is_written_as_true(channel, manifest):
    xml = build_feed(replace(channel, explicit=True, locked=True), [manifest])
    ch = etree.fromstring(xml).find("channel")
    assert ch.findtext("itunes:explicit", namespaces=NS) == "true"
    assert ch.find("podcast:locked", namespaces=NS).get("owner") == "audio@chenbao.cn"


def test_chapters_json_shape():
    data = chapters_json([Chapter(0, "导语", 0, 1500), Chapter(1, "新闻", 1500, 3000, url="http://x/1.mp3")])
    import json

    parsed = json.loads(data)
    assert parsed["version"] == "1.2.0"
    assert parsed["chapters"] == [
        {"startTime": 0.0, "endTime": 1.5, "title": "导语"},
        {"startTime": 1.5, "endTime": 3.0, "title": "新闻", "url": "http://x/1.mp3"},
    ]
