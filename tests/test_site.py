"""The player pages and a feed ready to publish, from real builds (instant fake voice)."""

from __future__ import annotations

import datetime as dt
import html
import html.parser
import json
import logging
from pathlib import Path
from urllib.parse import unquote, urlsplit

import feedparser
import pytest
from lxml import etree

from audiopaper.assemble import show_notes
from audiopaper.channel import load_channel, placeholder_warning
from audiopaper.errors import FeedError
from audiopaper.feed import SHOW_NOTES_LIMIT, capped_show_notes, read_manifest
from audiopaper.models import Chapter
from audiopaper.podcast_ext import ITUNES_NS, PODCAST_NS
from audiopaper.publish import rebuild_feed
from site_support import build_site

NS = {"itunes": ITUNES_NS, "podcast": PODCAST_NS}
BASE = "https://audio.yongkang.cn/podcast/"


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """A site with two editions, built with a real --base-url."""
    out = tmp_path_factory.mktemp("published") / "feed"
    build_site(out, "2020-05-28", "2020-05-29", base_url=BASE)
    return out


class Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.attrs: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.attrs.append((tag, name, value))


def parse(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


def test_first_build_takes_base_url_and_the_feed_links_the_pages(published):
    assert load_channel(published).base_url == BASE
    root = etree.fromstring((published / "feed.xml").read_bytes()).find("channel")
    assert root.findtext("link") == BASE + "index.html"
    items = root.findall("item")
    assert [i.findtext("link") for i in items] == [
        BASE + "episodes/2020-05-29.html", BASE + "episodes/2020-05-28.html"
    ]
    for item in items:
        assert item.findtext("itunes:title", namespaces=NS) == item.findtext("title")
        assert item.find("itunes:image", namespaces=NS).get("href") == BASE + "cover.png"
        assert item.findtext("itunes:explicit", namespaces=NS) == "false"
        assert item.find("enclosure").get("url").endswith("/episode.mp3")
    assert root.findtext("copyright").startswith("© 2020 永康日报")
    assert "Voice xiaobei: Apache-2.0" in root.findtext("copyright")  # the offline voice's licence
    frequency = root.find("podcast:updateFrequency", namespaces=NS)
    assert (frequency.text, frequency.get("rrule")) == ("daily", "FREQ=DAILY")
    parsed = feedparser.parse((published / "feed.xml").read_bytes())
    assert not parsed.bozo
    assert parsed.feed.link == BASE + "index.html"


def test_placeholder_owner_email_turns_locking_off_and_a_real_one_on(published, tmp_path):
    root = etree.fromstring((published / "feed.xml").read_bytes()).find("channel")
    assert root.findtext("podcast:locked", namespaces=NS) == "no"  # owner is still podcast@example.com
    site = tmp_path / "site"
    build_site(site, "2020-05-29", base_url=BASE)
    toml = site / "podcast.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("podcast@example.com", "radio@yongkang.cn"), encoding="utf-8")
    rebuild_feed(site)
    locked = etree.fromstring((site / "feed.xml").read_bytes()).find("channel").find("podcast:locked", namespaces=NS)
    assert (locked.text, locked.get("owner")) == ("yes", "radio@yongkang.cn")
    assert placeholder_warning(load_channel(site)) is None


def test_publishing_with_placeholders_warns_once(tmp_path, caplog):
    with caplog.at_level(logging.WARNING):
        build_site(tmp_path / "site", "2020-05-29")  # default base_url and e-mail
    warnings = [r.getMessage() for r in caplog.records if "not ready to publish" in r.getMessage()]
    assert len(warnings) == 1
    assert "http://localhost:8000/" in warnings[0] and "podcast@example.com" in warnings[0]
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        rebuild_feed(tmp_path / "site")
    assert sum("not ready to publish" in r.getMessage() for r in caplog.records) == 1


def test_a_different_base_url_later_is_refused_before_any_work(published):
    with pytest.raises(FeedError, match="base_url is already"):
        build_site(published, "2020-05-30", base_url="https://elsewhere.yongkang.cn/")
    assert not (published / "episodes" / "2020-05-30").exists()


def test_index_page_plays_the_newest_edition_with_its_chapters_and_stories(published):
    page = (published / "index.html").read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in page
    links = parse(published / "index.html")
    manifest = read_manifest(published / "episodes" / "2020-05-29" / "episode.json")
    audio = [a for tag, a in links.tags if tag == "audio" and a.get("id") == "episode"][0]
    assert audio["src"] == "episodes/2020-05-29/episode.mp3"
    assert "autoplay" not in audio
    track = [a for tag, a in links.tags if tag == "track"][0]
    assert (track["src"], track["srclang"], track["kind"]) == ("episodes/2020-05-29/transcript.vtt", "zh-CN", "captions")
    seeks = [a for tag, a in links.tags if tag == "button" and a.get("class") == "seek"]
    assert [float(a["data-start"]) for a in seeks] == [c.start_ms / 1000 for c in manifest.chapters]
    stories = [a["href"] for tag, a in links.tags if tag == "a" and a.get("class") == "story"]
    assert stories == [f"episodes/2020-05-29/{c.file}" for c in manifest.chapters if c.file]
    # the transcript as text, each story under its headline
    for chapter in manifest.chapters[1:3]:
        assert f">{html.escape(chapter.title)}</h3>" in page
    assert page.count('class="cue"') == manifest.cues
    # the earlier edition is listed, the subscribe box has the feed URL and the app links
    assert ("a", "href", "episodes/2020-05-28.html") in links.attrs
    feed_input = [a for tag, a in links.tags if tag == "input" and a.get("id") == "feed-url"][0]
    assert feed_input["value"] == BASE + "feed.xml"
    hrefs = [v for _, n, v in links.attrs if n == "href"]
    assert "podcast://audio.yongkang.cn/podcast/feed.xml" in hrefs
    assert "pcast://audio.yongkang.cn/podcast/feed.xml" in hrefs
    assert "https://antennapod.org/deeplink/subscribe?url=https%3A%2F%2Faudio.yongkang.cn%2Fpodcast%2Ffeed.xml" in hrefs


@pytest.mark.parametrize("page", ["index.html", "episodes/2020-05-29.html", "episodes/2020-05-28.html"])
def test_pages_make_no_external_requests_and_every_local_link_exists(published, page):
    path = published / page
    links = parse(path)
    for tag, name, value in links.attrs:
        parts = urlsplit(value)
        if name == "src" or tag == "link":
            assert not parts.scheme and not value.startswith("//"), value  # loaded by the browser: never external
        if parts.scheme or value.startswith("#"):
            continue
        target = (path.parent / unquote(parts.path)).resolve()
        assert target.is_file(), f"{page}: {value}"


def test_every_form_control_has_a_label_and_every_section_a_heading(published):
    links = parse(published / "index.html")
    ids = {a.get("id") for _, a in links.tags}
    for tag, a in links.tags:
        if tag == "input":
            labels = [b for t, b in links.tags if t == "label" and b.get("for") == a["id"]]
            assert labels, a
        if tag in ("audio", "section"):
            assert a.get("aria-labelledby") in ids, a


def test_edition_page_lists_the_other_editions_and_links_home(published):
    links = parse(published / "episodes" / "2020-05-28.html")
    assert ("a", "href", "../index.html") in links.attrs
    assert ("a", "href", "../episodes/2020-05-29.html") in links.attrs
    audio = [a for tag, a in links.tags if tag == "audio" and a.get("id") == "episode"][0]
    assert audio["src"] == "2020-05-28/episode.mp3"


def test_feed_command_writes_the_pages_again(published, tmp_path):
    site = tmp_path / "again"
    build_site(site, "2020-05-29", base_url=BASE)
    (site / "index.html").unlink()
    page = site / "episodes" / "2020-05-29.html"
    before = page.read_text(encoding="utf-8")
    page.write_text("stale", encoding="utf-8")
    rebuild_feed(site)
    assert (site / "index.html").is_file()
    assert page.read_text(encoding="utf-8") == before


def _chapters(count: int, title: str = "某某市召开二〇二〇年全市经济工作会议部署下一阶段重点任务") -> list[Chapter]:
    chapters = [Chapter(0, "今日导读", 0, 10_000)]
    for n in range(1, count + 1):
        chapters.append(Chapter(n, f"{title}{n}", n * 60_000, (n + 1) * 60_000,
                                url=f"{BASE}episodes/2020-05-29/stories/{n:02d}-mou.mp3", file=f"stories/{n:02d}-mou.mp3"))
    return chapters


def test_show_notes_are_capped_at_a_story_boundary_with_the_count_and_the_page_link():
    chapters = _chapters(30)
    page = BASE + "episodes/2020-05-29.html"
    full_text, full_html = show_notes("永康日报", dt.date(2020, 5, 29), chapters)
    assert len(full_html.encode()) > SHOW_NOTES_LIMIT  # the 30-story edition of the issue
    text, markup = capped_show_notes("永康日报", dt.date(2020, 5, 29), chapters, page)
    assert len(text.encode()) <= SHOW_NOTES_LIMIT and len(markup.encode()) <= SHOW_NOTES_LIMIT
    kept = [c for c in chapters if c.title in text]
    assert kept == chapters[: len(kept)] and 1 < len(kept) < len(chapters)
    assert full_text.startswith(text.rsplit("\n", 1)[0])  # whole lines, in order
    assert text.endswith(f"等{len(chapters) - len(kept)}条，全部内容见 {page}")
    assert f'href="{page}"' in markup and f"等{len(chapters) - len(kept)}条" in markup


def test_short_show_notes_are_not_touched():
    chapters = _chapters(3)
    notes = capped_show_notes("永康日报", dt.date(2020, 5, 29), chapters, BASE)
    assert notes == show_notes("永康日报", dt.date(2020, 5, 29), chapters)


def test_chapters_json_and_manifest_are_not_linked_from_pages_as_private(published):
    # the pages may link chapters.json (public) but never the settings or the manifests
    pages = [published / "index.html", *published.glob("episodes/*.html")]
    assert len(pages) == 3
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "podcast.toml" not in text and "episode.json" not in text
    assert json.loads((published / "episodes" / "2020-05-29" / "chapters.json").read_text(encoding="utf-8"))["chapters"]
