"""What we run and what we cache is checked: the voice's files against the sha256
recorded at install, each cache entry against its own checksum."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest

from audiopaper.cache import SynthesisCache
from audiopaper.engines.baker.install import (
    ACOUSTIC_FILE,
    check_baker,
    is_baker_installed,
)
from audiopaper.errors import VoiceInstallError
from audiopaper.models import Speech, Timing

from baker_support import baker_voice_dir  # noqa: F401


@pytest.fixture
def voice_copy(tmp_path, baker_voice_dir):  # noqa: F811
    """An installed voice of our own, under tmp_path/home/data, to damage."""
    home = tmp_path / "home"
    shutil.copytree(baker_voice_dir, home / "data" / "voices" / "baker")
    return home


def zero_bytes_in_place(path, count=100):
    with open(path, "r+b") as fh:
        fh.seek(os.path.getsize(path) // 2)
        fh.write(b"\0" * count)


def test_a_model_damaged_in_place_is_found_though_its_size_is_right(voice_copy):
    data = voice_copy / "data"
    assert check_baker(data) == data / "voices" / "baker"
    zero_bytes_in_place(data / "voices" / "baker" / ACOUSTIC_FILE)
    assert is_baker_installed(data)  # the size alone says nothing
    with pytest.raises(VoiceInstallError, match=rf"{ACOUSTIC_FILE}: sha256 differs .* voices install --force"):
        check_baker(data)


def voices_check(home):
    env = {**os.environ, "AUDIOPAPER_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "audiopaper", "voices", "install", "baker", "--check"], capture_output=True, env=env, timeout=300)


def test_voices_install_check(voice_copy):
    good = voices_check(voice_copy)
    assert good.returncode == 0 and b"every file matches" in good.stdout, good.stderr
    zero_bytes_in_place(voice_copy / "data" / "voices" / "baker" / ACOUSTIC_FILE)
    bad = voices_check(voice_copy)
    err = bad.stderr.decode()
    assert bad.returncode == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert ACOUSTIC_FILE in err and "damaged" in err


def test_a_damaged_model_never_speaks_so_its_audio_never_reaches_the_cache(voice_copy, tmp_path):
    from audiopaper.cache import SynthesisCache
    from audiopaper.engines.baker import BakerEngine
    from audiopaper.synth import speak_cached
    from audiopaper.voices import get_preset

    folder = voice_copy / "data" / "voices" / "baker"
    zero_bytes_in_place(folder / ACOUSTIC_FILE)
    cache = SynthesisCache(tmp_path / "cache")
    with pytest.raises(VoiceInstallError, match="damaged"):
        speak_cached(BakerEngine(model_dir=folder), get_preset("baker"), "你好。", cache)
    assert cache.info().entries == 0


def speech(rate=24000):
    pcm = (np.arange(2400) % 200 - 100).astype(np.int16)
    return Speech(pcm=pcm, sample_rate=rate, sentences=(Timing(0, 100, "你好"),), words=())


def entry_path(cache, key):
    return cache.root / key[:2] / f"{key}.clip"


def test_a_flipped_bit_in_cached_audio_is_a_miss_that_names_the_cache(tmp_path, caplog):
    cache = SynthesisCache(tmp_path / "cache")
    key = "ab" * 32
    cache.put(key, speech())
    assert cache.get(key) is not None
    (path,) = list((tmp_path / "cache").rglob("*.*"))
    blob = bytearray(path.read_bytes())
    blob[-7] ^= 0x10
    path.write_bytes(bytes(blob))
    with caplog.at_level(logging.WARNING):
        assert cache.get(key) is None
    assert "synthesis cache" in caplog.text and str(tmp_path / "cache") in caplog.text and "checksum" in caplog.text


def test_an_absurd_sample_rate_in_a_cache_header_is_a_miss(tmp_path, caplog):
    cache = SynthesisCache(tmp_path / "cache")
    key = "cd" * 32
    cache.put(key, speech(rate=2_000_000_000))  # a header that checks out but cannot be true
    with caplog.at_level(logging.WARNING):
        assert cache.get(key) is None
    assert "absurd sample rate" in caplog.text and "synthesis cache" in caplog.text
