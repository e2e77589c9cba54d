"""`audiopaper serve` over real HTTP: ranges, HEAD, validators, CORS, MIME types, refusals."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from audiopaper.serve import site_file
from site_support import request, served

MP3_BYTES = bytes(range(256)) * 40  # 10,240 bytes standing in for an MP3


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("serve")
    root = tmp_path / "site"
    episode = root / "episodes" / "2020-05-29"
    (episode / "stories").mkdir(parents=True)
    (root / "index.html").write_text("<!doctype html><title>首页</title>", encoding="utf-8")
    (root / "feed.xml").write_text("<?xml version='1.0'?><rss/>", encoding="utf-8")
    (root / "podcast.toml").write_text('title = "secret"\n', encoding="utf-8")
    (root / ".hidden").write_text("dot file", encoding="utf-8")
    (episode / "index.html").write_text("<!doctype html><title>2020-05-29</title>", encoding="utf-8")
    (episode / "episode.mp3").write_bytes(MP3_BYTES)
    (episode / "stories" / "01-jia.mp3").write_bytes(MP3_BYTES[:1000])
    (episode / "chapters.json").write_text('{"version": "1.2.0", "chapters": []}', encoding="utf-8")
    (episode / "transcript.vtt").write_text("WEBVTT\n\n", encoding="utf-8")
    (episode / "transcript.srt").write_text("", encoding="utf-8")
    (episode / "episode.json").write_text("{}", encoding="utf-8")
    (root / "episodes" / "empty").mkdir()
    secret = tmp_path / "outside.txt"
    secret.write_text("outside the site", encoding="utf-8")
    (root / "link-out.txt").symlink_to(secret)
    (root / "dir-out").symlink_to(tmp_path)
    (root / "link-in.mp3").symlink_to(episode / "episode.mp3")
    return root


@pytest.fixture(scope="module")
def server(site):
    with served(site) as (url, process):
        yield urlsplit(url).port


MP3 = "/episodes/2020-05-29/episode.mp3"


def test_range_request_gets_206_with_exactly_those_bytes(server):
    response, body = request(server, MP3, headers={"Range": "bytes=100-199"})
    assert response.status == 206
    assert response.getheader("Content-Range") == f"bytes 100-199/{len(MP3_BYTES)}"
    assert body == MP3_BYTES[100:200]
    assert response.getheader("Accept-Ranges") == "bytes"


def test_open_ended_and_suffix_ranges(server):
    response, body = request(server, MP3, headers={"Range": "bytes=10000-"})
    assert response.status == 206 and body == MP3_BYTES[10000:]
    response, body = request(server, MP3, headers={"Range": "bytes=-40"})
    assert response.status == 206 and body == MP3_BYTES[-40:]


def test_range_past_the_end_gets_416(server):
    response, _ = request(server, MP3, headers={"Range": f"bytes={len(MP3_BYTES) + 5}-"})
    assert response.status == 416
    assert response.getheader("Content-Range") == f"bytes */{len(MP3_BYTES)}"


def test_whole_file_says_it_accepts_ranges_and_has_validators(server):
    response, body = request(server, MP3)
    assert response.status == 200 and body == MP3_BYTES
    assert response.getheader("Accept-Ranges") == "bytes"
    assert response.getheader("Content-Type") == "audio/mpeg"
    etag, modified = response.getheader("ETag"), response.getheader("Last-Modified")
    assert etag and modified
    again, body = request(server, MP3, headers={"If-None-Match": etag})
    assert again.status == 304 and body == b""
    again, _ = request(server, MP3, headers={"If-Modified-Since": modified})
    assert again.status == 304


def test_head_gives_the_headers_and_no_body(server):
    response, body = request(server, MP3, method="HEAD")
    assert response.status == 200 and body == b""
    assert response.getheader("Content-Length") == str(len(MP3_BYTES))
    assert response.getheader("Accept-Ranges") == "bytes"
    response, body = request(server, MP3, method="HEAD", headers={"Range": "bytes=0-9"})
    assert response.status == 206 and body == b""


@pytest.mark.parametrize(
    "path, expected",
    [
        ("/feed.xml", "application/rss+xml"),
        (MP3, "audio/mpeg"),
        ("/episodes/2020-05-29/stories/01-jia.mp3", "audio/mpeg"),
        ("/episodes/2020-05-29/transcript.vtt", "text/vtt"),
        ("/episodes/2020-05-29/transcript.srt", "application/x-subrip"),
        ("/episodes/2020-05-29/chapters.json", "application/json+chapters"),
        ("/index.html", "text/html"),
    ],
)
def test_mime_type_and_cors_header(server, path, expected):
    response, _ = request(server, path, headers={"Origin": "https://player.example"})
    assert response.status == 200
    assert response.getheader("Content-Type").split(";")[0] == expected
    assert response.getheader("Access-Control-Allow-Origin") == "*"


def test_a_directory_serves_its_index_page_and_never_a_listing(server):
    response, body = request(server, "/")
    assert response.status == 200 and "首页" in body.decode("utf-8")
    response, body = request(server, "/episodes/2020-05-29/")
    assert response.status == 200 and b"2020-05-29" in body
    response, _ = request(server, "/episodes/2020-05-29")
    assert response.status == 301 and response.getheader("Location") == "/episodes/2020-05-29/"
    for listing in ("/episodes/", "/episodes", "/episodes/empty/", "/episodes/2020-05-29/stories/"):
        response, body = request(server, listing)
        assert response.status == 404, listing
        assert b"01-jia" not in body


@pytest.mark.parametrize(
    "path",
    [
        "/../outside.txt",
        "/episodes/../../outside.txt",
        "/%2e%2e/outside.txt",
        "/episodes/%2E%2E/%2E%2E/outside.txt",
        "/episodes%2F2020-05-29%2Fepisode.mp3",
        "/episodes%2f..%2f..%2foutside.txt",
        "/episodes/2020-05-29%5Cepisode.mp3",
        "/link-out.txt",
        "/dir-out/outside.txt",
        "/podcast.toml",
        "/episodes/2020-05-29/episode.json",
        "/.hidden",
        "/index.html%00.mp3",
        "/nothing-here.mp3",
    ],
)
def test_nothing_outside_the_site_nor_its_settings_is_served(server, path):
    response, body = request(server, path)
    assert response.status == 404, path
    assert b"outside the site" not in body and b"secret" not in body


def test_a_symlink_inside_the_site_is_served(server):
    response, body = request(server, "/link-in.mp3", headers={"Range": "bytes=0-3"})
    assert response.status == 206 and body == MP3_BYTES[:4]


def test_only_get_and_head(server):
    response, _ = request(server, MP3, method="POST")
    assert response.status == 405


def test_site_file_refuses_without_a_server(site):
    assert site_file(site, "/") == (site / "index.html").resolve()
    assert site_file(site, "/episodes/2020-05-29/episode.mp3?x=1") is not None
    assert site_file(site, "/episodes/2020-05-29/episode.json") is None
    assert site_file(site, "/dir-out/") is None


def test_serve_prints_the_feed_url_and_stops_cleanly_on_ctrl_c(site):
    with served(site) as (url, process):
        subscribe = process.stdout.readline()
        assert subscribe.strip() == f"subscribe to {url}feed.xml"
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
        assert "stopped" in process.stdout.read()
        stderr = process.stderr.read()
        assert "Traceback" not in stderr
        # the site's podcast.toml has the default base_url, on another port than this server's
        assert "the feed's links point at http://localhost:8000/" in stderr and "--port 8000" in stderr


def test_serve_refuses_a_missing_site(tmp_path):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "audiopaper", "serve", "--out", str(tmp_path / "nope")],
        capture_output=True, text=True, timeout=30, env=os.environ.copy(),
    )
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "nope" in result.stderr
