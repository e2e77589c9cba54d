"""The README's CLI section is the --help output, and its first commands exist."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import readme_cli  # noqa: E402


def test_cli_section_matches_help():
    text = readme_cli.README.read_text(encoding="utf-8")
    assert readme_cli.updated(text) == text, "run: .venv/bin/python tools/readme_cli.py"


def test_readme_opens_with_the_demo_and_test_commands_that_the_makefile_has():
    text = readme_cli.README.read_text(encoding="utf-8")
    first_block = re.search(r"```(?:sh|bash)?\n(.*?)```", text, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.splitlines() if line.strip()]
    assert commands[:2] == ["make demo", "make test"]
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci
