"""Cold and warm build of the sample page with the offline voice.

Reports audio minutes, cold build time and real-time factor, warm rebuild
time (everything cached) and peak memory. Each build runs in its own process
(the real CLI) so peak RSS is that build's alone.

    .venv/bin/python benchmarks/bench_build.py [PAGE...]
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "000_64c2b03470ce42da.txt"


def run_build(pages: list[str], out: Path, env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one `audiopaper build` process."""
    cmd = [sys.executable, "-m", "audiopaper", "-q", "build", *pages,
           "--out", str(out), "--date", "2020-05-29", "--engine", "offline"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"build failed:\n{proc.stderr}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before)


def main() -> None:
    pages = sys.argv[1:] or [str(SAMPLE)]
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, AUDIOPAPER_CACHE=str(Path(tmp) / "cache"))
        out = Path(tmp) / "feed"
        cold, cold_rss = run_build(pages, out, env)
        warm, _ = run_build(pages, out, env)
        manifest = json.loads(next(out.glob("episodes/*/episode.json")).read_text())
        audio_s = manifest["duration_ms"] / 1000
    print(f"pages: {', '.join(Path(p).name for p in pages)}")
    print(f"audio: {audio_s / 60:.2f} min")
    print(f"cold build: {cold:.1f} s  (real-time factor {cold / audio_s:.3f})")
    print(f"warm rebuild (all cached): {warm:.1f} s")
    print(f"peak RSS of a cold build: {cold_rss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
