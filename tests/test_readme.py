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


def _tracked_files() -> list[Path]:
    import subprocess

    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode("utf-8").split("\0")
    return [ROOT / name for name in listed if name]


def test_repo_stands_alone_no_tracked_file_reaches_outside_the_checkout():
    # A clone anywhere must run the README's commands: nothing may read the shared folder beside it or an absolute path.
    outside = re.compile(r"\.\./" + "shared|" + re.escape(str(ROOT.parent)) + "/")
    offenders = []
    for path in _tracked_files():
        if path.suffix not in {".py", ".toml", ".cfg", ".sh", ".txt", ""} or not path.is_file():
            continue
        if "fixtures" in path.parts or "examples" in path.parts:
            continue
        if outside.search(path.read_text(encoding="utf-8", errors="replace")):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_the_demo_sample_is_in_the_repo():
    makefile = (ROOT / "Makefile").read_text()
    sample = re.search(r"^SAMPLE\s*\?=\s*(\S+)", makefile, re.M).group(1)
    assert (ROOT / sample).is_file() and not sample.startswith(("/", ".."))
