"""The smaller faults each come back as one clear line (or a warning), never a
traceback, a wrong reason or a silent success."""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest

from audiopaper import audio
from audiopaper.build import BuildOptions, build_edition
from audiopaper.engines.fake import FakeEngine
from audiopaper.errors import AudioError, FeedError, InputError
from audiopaper.ingest import read_edition
from audiopaper.progress import progress_bar

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = FIXTURES / "cli" / "short_page.txt"
DATE = dt.date(2020, 5, 29)


def run(*args: str, env: dict[str, str] | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "audiopaper", *args], input=stdin, capture_output=True,
        env={**os.environ, **(env or {})}, timeout=600,
    )


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "Traceback" not in err, err
    (line,) = err.strip().splitlines()
    return line


def options(out: Path, **overrides) -> BuildOptions:
    base = dict(inputs=(str(PAGE),), out_dir=out, date=DATE, engine="offline", paper="永康日报")
    return BuildOptions(**(base | overrides))


def test_a_full_disk_while_ffmpeg_encodes_says_so_and_names_the_site(tmp_path, monkeypatch):
    from audiopaper.audio import ffmpeg_exe

    fake = tmp_path / "ffmpeg"  # measures as the real one does, fails as a full disk does when encoding
    fake.write_text(
        f"#!{sys.executable}\nimport os, sys\n"
        f"if 'libmp3lame' not in sys.argv: os.execv({ffmpeg_exe()!r}, [{ffmpeg_exe()!r}, *sys.argv[1:]])\n"
        "sys.stdin.buffer.read()\n"
        "sys.stderr.write('[mp3 @ 0x1] Error writing trailer: No space left on device\\nConversion failed!\\n')\n"
        "sys.exit(1)\n"
    )
    fake.chmod(0o755)
    out = tmp_path / "site"
    monkeypatch.setattr(audio, "ffmpeg_exe", lambda: str(fake))
    with pytest.raises(AudioError) as caught:
        build_edition(options(out), engines={"kokoro": FakeEngine()})
    assert str(caught.value).startswith(f"{out}: no space left on device")
    assert ".staging-" not in str(caught.value) and "Conversion failed" not in str(caught.value)


def test_one_blank_page_among_several_is_skipped_with_a_warning(tmp_path, caplog):
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(1, 4):
        (pages / f"page{n}.txt").write_bytes(PAGE.read_bytes() if n != 2 else b"  \n\n")
    with caplog.at_level(logging.WARNING):
        edition = read_edition([str(pages)])
    assert [Path(p.source).name for p in edition.pages] == ["page1.txt", "page3.txt"]
    assert [p.number for p in edition.pages] == [1, 2]
    assert "page2.txt: blank page, skipped" in caplog.text


def test_every_page_blank_is_still_an_error(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(2):
        (pages / f"page{n}.txt").write_bytes(b"\n")
    with pytest.raises(InputError, match="every page is blank"):
        read_edition([str(pages)])


def test_a_symbolic_link_loop_is_reported_as_one(tmp_path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(tmp_path / "loop.txt")
    with pytest.raises(InputError, match="loop.txt: symbolic link loop"):
        read_edition([str(loop)])


def test_stdin_given_twice_is_reported_as_such():
    line = one_line_error(run("segment", "-", "-", stdin=PAGE.read_bytes()))
    assert "standard input given more than once" in line


def test_a_cover_that_is_not_an_image_is_named_without_pillows_buffer(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "cover.png").write_bytes(b"this is not an image at all")
    with pytest.raises(FeedError) as caught:
        build_edition(options(out), engines={"kokoro": FakeEngine()})
    assert str(caught.value).startswith(f"{out / 'cover.png'}: not a PNG/JPEG image")
    assert "BytesIO" not in str(caught.value) and "0x" not in str(caught.value)


def test_keep_pruning_is_in_the_summary(tmp_path):
    out = tmp_path / "site"
    for day in (27, 28):
        build_edition(options(out, date=dt.date(2020, 5, day)), engines={"kokoro": FakeEngine()})
    result = build_edition(options(out, keep=1), engines={"kokoro": FakeEngine()})
    assert "pruned 2 older editions (--keep): 2020-05-28, 2020-05-27" in result.summary()


@pytest.mark.parametrize("make", [lambda d: None, lambda d: (d / "notes.txt").write_text("x")], ids=["empty", "other"])
def test_feed_on_a_directory_that_is_not_a_site_is_refused(tmp_path, make):
    make(tmp_path)
    line = one_line_error(run("feed", "--out", str(tmp_path)))
    assert "no published site here" in line
    assert not (tmp_path / "feed.xml").exists()


def test_progress_bars_write_no_carriage_returns_into_a_log(monkeypatch):
    log = io.StringIO()
    monkeypatch.setattr(sys, "stderr", log)
    with progress_bar(5, "synthesize", enabled=True) as advance:
        for _ in range(5):
            advance()
    assert "\r" not in log.getvalue()


def test_a_second_build_on_a_locked_site_is_refused_before_any_speech(tmp_path):
    out = tmp_path / "site"
    build_edition(options(out, date=dt.date(2020, 5, 28)), engines={"kokoro": FakeEngine()})

    class CountingEngine(FakeEngine):
        spoken = 0

        def synthesize(self, text, preset):
            CountingEngine.spoken += 1
            return super().synthesize(text, preset)

    # another process holds the site, as a build publishing there does
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, os, sys, time; fd = os.open(sys.argv[1], os.O_RDONLY); "
         "fcntl.flock(fd, fcntl.LOCK_EX); print('held', flush=True); time.sleep(60)", str(out)],
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout.readline() == b"held\n"
        with pytest.raises(FeedError, match="another audiopaper build"):
            build_edition(options(out), engines={"kokoro": CountingEngine()})
    finally:
        holder.kill()
        holder.wait()
    assert CountingEngine.spoken == 0
