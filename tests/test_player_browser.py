"""The player page in a real headless Chromium, served by `audiopaper serve`.

Chromium is Debian's (/usr/bin/chromium, installed by .ci/run), driven by
Playwright for Python; no browser is downloaded. Without Chromium the tests
skip, except in CI (CI=true), where that is a failure.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from audiopaper.feed import read_manifest
from site_support import build_site, served

CHROMIUM = Path(shutil.which("chromium") or "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
DATE = "2020-05-29"


def _missing_browser() -> str | None:
    if not CHROMIUM.is_file():
        return f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium; .ci/run installs it)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -e '.[test]')"
    return None


def require_browser() -> None:
    """Skip when Chromium or Playwright is missing; in CI, fail instead."""
    missing = _missing_browser()
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the browser tests must run in CI: {missing}")
        pytest.skip(missing)


def test_a_missing_browser_skips_locally_and_fails_in_ci(monkeypatch, tmp_path):
    monkeypatch.setattr(f"{__name__}.CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no Chromium"):
        require_browser()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="must run in CI"):
        require_browser()


@pytest.fixture(scope="module")
def browser():
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("player") / "feed"
    build_site(out, "2020-05-28", DATE)
    return out


@pytest.fixture(scope="module")
def server(site):
    with served(site) as (url, _):
        yield url


@pytest.fixture
def page(browser, server):
    """index.html opened in a fresh context; console errors, page errors and every request URL recorded."""
    context = browser.new_context()
    tab = context.new_page()
    tab.errors = []
    tab.requested = []
    tab.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    tab.on("request", lambda request: tab.requested.append(request.url))
    tab.goto(server + "index.html")
    tab.wait_for_function("document.getElementById('episode').readyState >= 1", timeout=20_000)
    yield tab
    context.close()


def _manifest(site: Path):
    return read_manifest(site / "episodes" / DATE / "episode.json")


def test_the_episode_loads_with_the_right_duration(page, site):
    duration = page.evaluate("document.getElementById('episode').duration")
    assert duration == pytest.approx(_manifest(site).duration_ms / 1000, abs=0.5)
    assert page.evaluate("document.getElementById('episode').paused")  # no autoplay


def test_a_click_on_the_third_headline_seeks_there_and_highlights_it(page, site):
    third = _manifest(site).chapters[2]
    start = third.start_ms / 1000
    assert start > 5  # a real seek, far from the start
    page.evaluate("""() => { const a = document.getElementById('episode');
        window.seekedAt = null; a.addEventListener('seeked', () => { window.seekedAt = a.currentTime; }, {once: true}); }""")
    page.click("#chapters li:nth-child(3) .seek")
    page.wait_for_function("window.seekedAt !== null", timeout=20_000)
    landed = page.evaluate("window.seekedAt")
    assert landed == pytest.approx(start, abs=0.5)  # where the seek landed in the media, as Chromium reports it
    now = page.evaluate("document.getElementById('episode').currentTime")
    assert start - 0.5 <= now <= third.end_ms / 1000
    current = page.eval_on_selector_all("#chapters li.current", "items => items.map(li => li.id)")
    assert current == ["chapter-3"]
    assert page.get_attribute("#chapters li:nth-child(3) .seek", "aria-current") == "true"
    assert page.eval_on_selector_all(".seek[aria-current]", "b => b.length") == 1
    assert page.errors == []


def test_the_current_story_follows_playback(page, site):
    chapter = _manifest(site).chapters[1]
    # the middle of the first transcript cue within the second chapter
    middle = page.evaluate(
        f"""[...document.querySelectorAll('#transcript .cue')]
            .map(c => [parseFloat(c.dataset.start), parseFloat(c.dataset.end)])
            .filter(([s, e]) => s >= {chapter.start_ms / 1000})
            .map(([s, e]) => (s + e) / 2)[0]"""
    )
    assert middle < chapter.end_ms / 1000
    page.evaluate(f"document.getElementById('episode').currentTime = {middle}")
    page.wait_for_function("document.querySelector('#chapter-2').classList.contains('current')", timeout=20_000)
    assert page.eval_on_selector_all("#chapters li.current", "items => items.map(li => li.id)") == ["chapter-2"]
    now = page.eval_on_selector_all("#transcript .cue.now", "cues => cues.map(c => parseFloat(c.dataset.start))")
    assert len(now) == 1 and now[0] <= middle


def test_a_story_link_plays_its_own_mp3(page, site):
    chapter = _manifest(site).chapters[2]
    page.click("#chapters li:nth-child(3) .story")
    page.wait_for_function(
        "(() => { const s = document.getElementById('story-player'); return s.readyState >= 1 && s.currentTime > 0; })()",
        timeout=20_000,
    )
    story = page.evaluate(
        "(() => { const s = document.getElementById('story-player'); return {src: s.currentSrc, duration: s.duration, paused: s.paused}; })()"
    )
    assert urlsplit(story["src"]).path == f"/episodes/{DATE}/{chapter.file}"
    assert story["duration"] == pytest.approx((chapter.end_ms - chapter.start_ms) / 1000, abs=0.5)
    assert not story["paused"]
    assert page.evaluate("document.getElementById('episode').paused")  # one player at a time
    assert page.is_visible("#story-box")
    assert page.errors == []


def test_keyboard_enter_on_a_headline_seeks(page, site):
    start = _manifest(site).chapters[1].start_ms / 1000
    page.focus("#chapters li:nth-child(2) .seek")
    page.keyboard.press("Enter")
    page.wait_for_function(f"Math.abs(document.getElementById('episode').currentTime - {start}) < 0.5", timeout=20_000)


def test_the_first_tab_stop_is_the_skip_link(page):
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert page.evaluate("getComputedStyle(document.activeElement).left") != "-999px"  # visible when focused


def test_no_console_errors_and_no_request_leaves_the_site(page, server):
    page.wait_for_load_state("networkidle")
    assert page.errors == []
    assert page.requested and all(url.startswith(server) for url in page.requested), page.requested


def test_an_edition_page_plays_too(browser, server, site):
    context = browser.new_context(viewport={"width": 375, "height": 740})  # a phone
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.goto(server + "episodes/2020-05-28.html")
    tab.wait_for_function("document.getElementById('episode').readyState >= 1", timeout=20_000)
    manifest = read_manifest(site / "episodes" / "2020-05-28" / "episode.json")
    assert tab.evaluate("document.getElementById('episode').duration") == pytest.approx(manifest.duration_ms / 1000, abs=0.5)
    assert tab.evaluate("document.documentElement.scrollWidth") <= 375  # no sideways scrolling on a phone
    tab.wait_for_load_state("networkidle")
    assert errors == []
    context.close()
