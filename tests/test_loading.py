"""Dictionaries and grammars loaded faster or only in part give what a plain load gives."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
import tempfile


def test_jieba_dictionary_read_in_one_piece_is_jiebas_own_cache():
    from audiopaper.jieba_loader import loaded_jieba

    jieba = loaded_jieba()
    cache = os.path.join(jieba.dt.tmp_dir or tempfile.gettempdir(), "jieba.cache")
    with open(cache, "rb") as fh:
        freq, total = marshal.load(fh)  # jieba's own way of reading it
    assert jieba.dt.FREQ == freq and jieba.dt.total == total


def test_wetext_loads_only_the_grammars_normalizing_uses():
    # in a process of its own: wetext imported before (by another test) loads all of them
    script = """
from audiopaper import textnorm
print(textnorm.normalize("2020年5月29日，增长3.5%，气温-3℃。"))
import wetext.constants as constants
loaded = sorted(f"{lang}/{op}/{name}" for lang in ("en", "zh", "ja") for op in ("tn", "itn")
                for name, fst in constants.FSTS[lang][op].items() if fst._fst is not None)
print(" ".join(loaded))
"""
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    spoken, loaded = proc.stdout.splitlines()
    assert spoken == "二零二零年五月二十九日，增长百分之三点五，气温零下三摄氏度。"
    assert loaded.split() == ["zh/tn/tagger", "zh/tn/verbalizer"]
