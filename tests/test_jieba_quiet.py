"""jieba's dictionary load says nothing on a user's terminal."""

from __future__ import annotations

import subprocess
import sys


def test_segmenting_a_page_whose_title_wraps_mid_word_prints_nothing_of_jieba():
    # a fresh interpreter: jieba logs "Building prefix dict" when its dictionary loads
    # first, whichever module of ours loads it (here the headline rule that cuts words)
    code = (
        "from audiopaper.segment.line_breaks import word_across\n"
        "assert word_across('城市更新行动启', '动仪式举行')\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "prefix dict" not in run.stderr and "Loading model" not in run.stderr, run.stderr
