"""Atomic writes: the file is on disk before it takes the target's name, with the
mode the user's umask gives new files."""

from __future__ import annotations

import importlib
import os
import stat

from audiopaper import atomic


def test_a_file_from_an_external_writer_is_synced_before_the_rename(tmp_path, monkeypatch):
    synced: list[str] = []
    real_fsync = os.fsync

    def recording_fsync(fd):
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", recording_fsync)
    target = tmp_path / "episode.mp3"
    with atomic.atomic_path(target) as tmp:
        tmp.write_bytes(b"written by ffmpeg, which does not fsync")  # no fsync of its own
        temp_name = str(tmp)
    assert synced == [temp_name]
    assert target.read_bytes() == b"written by ffmpeg, which does not fsync"


def test_new_files_follow_the_umask(tmp_path):
    old = os.umask(0o027)
    try:
        importlib.reload(atomic)  # the mode is read once, at import
        atomic.write_text(tmp_path / "feed.xml", "<rss/>")
        with atomic.atomic_path(tmp_path / "cover.png") as tmp:
            tmp.write_bytes(b"png")
    finally:
        os.umask(old)
        importlib.reload(atomic)
    assert stat.S_IMODE((tmp_path / "feed.xml").stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "cover.png").stat().st_mode) == 0o640
    assert atomic.FILE_MODE == 0o666 & ~old


def test_a_failed_write_names_the_target_not_the_temp_file(tmp_path):
    target = tmp_path / "feed.xml"
    try:
        with atomic.atomic_path(target):
            raise OSError(28, "No space left on device")
    except OSError as exc:
        assert exc.filename == str(target)
    else:
        raise AssertionError("no error")
    assert not list(tmp_path.iterdir())
