"""The offline voices' cache identity follows the code that reads text into phones.

A reading rule in g2p changes the phones of some texts; the audio cached for them before is stale. A
hand-bumped FRONTEND_VERSION was missed for several rounds of g2p changes, so the identity also carries a
digest of the reading modules' source and the dictionary packages' versions.
"""

from __future__ import annotations

import sys

from audiopaper.engines.baker import frontend
from audiopaper.engines.baker.engine import BakerEngine
from audiopaper.engines.kokoro.engine import KokoroEngine
from audiopaper.voices import get_preset


def test_fingerprint_covers_g2p_and_the_dictionaries():
    assert "audiopaper.g2p" in frontend.READING_MODULES
    assert {"pypinyin", "pypinyin-dict", "jieba", "opencc"} <= set(frontend.READING_PACKAGES)
    assert frontend.frontend_fingerprint() == frontend.frontend_fingerprint.__wrapped__()


def test_a_reading_rule_edited_on_disk_changes_the_fingerprint(tmp_path, monkeypatch):
    rules = tmp_path / "reading_rules_fixture.py"
    rules.write_text("READ = {'行': 'háng'}\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(frontend, "READING_MODULES", ("reading_rules_fixture",))
    before = frontend.frontend_fingerprint.__wrapped__()
    rules.write_text("READ = {'行': 'xíng'}\n", encoding="utf-8")
    assert frontend.frontend_fingerprint.__wrapped__() != before
    monkeypatch.setattr(frontend, "READING_PACKAGES", ("pypinyin", "no-such-dictionary-package"))
    assert frontend.frontend_fingerprint.__wrapped__() not in (before, "")
    sys.modules.pop("reading_rules_fixture", None)


def test_both_offline_voices_key_their_cache_on_the_fingerprint(monkeypatch, tmp_path):
    monkeypatch.setenv("AUDIOPAPER_HOME", str(tmp_path / "home"))  # identity is install-free
    for engine, preset in ((BakerEngine(), get_preset("baker")), (KokoroEngine(), get_preset("xiaobei"))):
        before = engine.identity(preset)["version"]
        assert frontend.frontend_fingerprint() in before
        module = sys.modules[type(engine).__module__]
        monkeypatch.setattr(module, "frontend_fingerprint", lambda: "0" * 12)
        assert engine.identity(preset)["version"] != before
        monkeypatch.undo()
        monkeypatch.setenv("AUDIOPAPER_HOME", str(tmp_path / "home"))
