"""Builds of the sample page with the offline voice: cold, unchanged, one story changed.

Each build runs the real CLI in its own process. Reported for each:
wall time, real-time factor, CPU seconds of all its processes (and per second of audio),
peak RSS of the main (build) process and of the largest single process (the build or one
synthesis worker), and the peak of the whole process tree's PSS summed (shared pages
counted once; sampled every 20 ms from /proc).

    .venv/bin/python benchmarks/bench_build.py [--jobs N] [--voice NAME] [PAGE...]

Runs:
- cold: empty synthesis cache, voice installed (jobs = cores, then --jobs 1);
- unchanged: the same build again (the edition key matches: nothing republished);
- from cache: the same content into a new site (assembly and publish, no synthesis);
- one story changed: a character of one story's body edited, then rebuilt.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "000_64c2b03470ce42da.txt"
EDITED_FROM, EDITED_TO = "出台了", "制定了"  # a phrase in one story of the sample


def _tree_rss_kib(root_pid: int) -> tuple[int, int, int]:
    """(summed PSS, largest VmRSS, root_pid's own VmRSS) in KiB over root_pid and its descendants.

    The sum is of PSS, which shares a page among the processes that map it: a child
    caught between fork and exec maps all of its parent's pages, and summed RSS would
    count them twice.
    """
    pids, seen = [root_pid], []
    while pids:
        pid = pids.pop()
        seen.append(pid)
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as fh:
                    pids += [int(c) for c in fh.read().split()]
        except OSError:
            continue
    sizes, shares = {}, {}
    for pid in seen:
        try:
            with open(f"/proc/{pid}/status") as fh:
                match = re.search(r"VmRSS:\s+(\d+)", fh.read())
            sizes[pid] = int(match.group(1)) if match else 0
            with open(f"/proc/{pid}/smaps_rollup") as fh:
                match = re.search(r"^Pss:\s+(\d+)", fh.read(), re.M)
            shares[pid] = int(match.group(1)) if match else sizes[pid]
        except OSError:
            pass
    return sum(shares.values()), max(sizes.values(), default=0), sizes.get(root_pid, 0)


def run_build(pages: list[str], out: Path, env: dict[str, str], extra: list[str]) -> dict[str, float]:
    cmd = [sys.executable, "-m", "audiopaper", "-q", "build", *pages,
           "--out", str(out), "--date", "2020-05-29", "--engine", "offline", *extra]
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peaks = [0, 0, 0]

    def sample() -> None:
        while proc.poll() is None:
            for n, kib in enumerate(_tree_rss_kib(proc.pid)):
                peaks[n] = max(peaks[n], kib)
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    elapsed = time.perf_counter() - start
    sampler.join()
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    if proc.returncode != 0:
        sys.exit(f"build failed:\n{stderr}")
    return {"seconds": elapsed, "cpu_seconds": cpu, "tree_mib": peaks[0] / 1024, "largest_mib": peaks[1] / 1024,
            "main_mib": peaks[2] / 1024, "summary": stdout}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", default=[str(SAMPLE)])
    parser.add_argument("--voice", default=None, help="offline voice preset (default: the default offline voice)")
    args = parser.parse_args()
    voice = ["--voice", args.voice] if args.voice else []
    rows: list[tuple[str, dict[str, float]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        env = dict(os.environ, AUDIOPAPER_CACHE=str(tmp_path / "cache"))
        out = tmp_path / "feed"
        rows.append(("cold, jobs = cores", run_build(args.pages, out, env, voice)))
        manifest = json.loads(next(out.glob("episodes/*/episode.json")).read_text())
        audio_s = manifest["duration_ms"] / 1000
        rows.append(("unchanged rebuild", run_build(args.pages, out, env, voice)))
        rows.append(("from cache, new site", run_build(args.pages, tmp_path / "feed2", env, voice)))
        edited = tmp_path / "edited"
        edited.mkdir()
        for page in args.pages:
            text = Path(page).read_text(encoding="utf-8")
            (edited / Path(page).name).write_text(text.replace(EDITED_FROM, EDITED_TO, 1), encoding="utf-8")
        rows.append(("one story changed", run_build(sorted(map(str, edited.iterdir())), out, env, voice)))
        shutil.rmtree(tmp_path / "cache")
        rows.append(("cold, --jobs 1", run_build(args.pages, tmp_path / "feed3", env, [*voice, "--jobs", "1"])))
    print(f"pages: {', '.join(Path(p).name for p in args.pages)}; audio {audio_s / 60:.2f} min; {os.cpu_count()} cores")
    print("| build | wall s | real-time factor | CPU s (all processes) | CPU s per s of audio "
          "| main process MiB | largest process MiB | process tree MiB (PSS) |")
    print("|---|---|---|---|---|---|---|---|")
    for name, row in rows:
        print(f"| {name} | {row['seconds']:.2f} | {row['seconds'] / audio_s:.4f} | {row['cpu_seconds']:.1f} "
              f"| {row['cpu_seconds'] / audio_s:.4f} | {row['main_mib']:.0f} | {row['largest_mib']:.0f} | {row['tree_mib']:.0f} |")
    cold, unchanged = rows[0][1], rows[1][1]
    print(f"unchanged rebuild: {100 * unchanged['seconds'] / cold['seconds']:.1f} % of the cold build's wall time, "
          f"{100 * unchanged['cpu_seconds'] / cold['cpu_seconds']:.1f} % of its CPU time")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} (the figures are for an idle machine only when it is near 0)")


if __name__ == "__main__":
    main()
