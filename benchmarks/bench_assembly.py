"""Assembly and publish time and peak memory for synthetic editions.

Each size runs in a fresh subprocess (so peak RSS belongs to it alone) with
instant FakeEngine clips:

    .venv/bin/python benchmarks/bench_assembly.py            # 10, 50, 200, 400 stories (400: 6 h)
    .venv/bin/python benchmarks/bench_assembly.py 10 --chars 300

Reports audio minutes, time to assemble (concatenate + loudness) and to
publish (encode episode + per-story MP3s, tags, transcripts, feed), and peak
RSS before and after: the growth is what assembly and publishing cost, also
per hour of audio (the clips' own PCM, 165 MB an hour at 24 kHz int16, is
held before assembly starts and is not counted in the growth; assembly lets each
clip's audio go once it is in the episode, as build does).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCE = "记者从有关部门获悉，这项工作目前进展顺利，各项措施正在逐步落实。"


def run_one(stories: int, chars: int) -> dict[str, float]:
    from audiopaper.assemble import assemble_episode
    from audiopaper.engines.fake import FakeEngine
    from audiopaper.models import Clip, Script, VoicePreset
    from audiopaper.publish import publish_episode

    engine = FakeEngine()
    preset = VoicePreset(name="fake", engine="fake", voice="tone")
    body = (SENTENCE * (chars // len(SENTENCE) + 1))[:chars] + "。"

    def clip(segment: str, title: str, text: str, role: str) -> Clip:
        return Clip(Script(segment, title, text, None, role), engine.synthesize(text, preset), "fake", "fake")

    clips = [clip("intro", "导语", "今天的主要内容有：" + "；".join(f"新闻{n}" for n in range(stories)) + "。", "intro")]
    clips += [clip(f"story-{n:03d}", f"第{n}条新闻", f"第{n}条新闻。{body}", "story") for n in range(1, stories + 1)]
    clips.append(clip("outro", "结束语", "感谢收听。", "outro"))
    baseline_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    pcm_mb = sum(c.speech.pcm.nbytes for c in clips) / 2**20

    t0 = time.perf_counter()
    # as build does: each clip's audio is let go once it is in the episode's
    assembled = assemble_episode(
        clips, date=dt.date(2020, 5, 29), paper="基准报", base_url="http://localhost:8000/", release_clips=True
    )
    t1 = time.perf_counter()
    assembled_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with tempfile.TemporaryDirectory() as out:
        publish_episode(assembled, Path(out))
        t2 = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    minutes = assembled.episode.duration_ms / 60000
    return {
        "growth_mb_per_audio_hour": round((peak_mb - baseline_mb) / (minutes / 60)),
        "stories": stories,
        "audio_min": round(minutes, 1),
        "clips_pcm_mb": round(pcm_mb, 1),
        "assemble_s": round(t1 - t0, 2),
        "publish_s": round(t2 - t1, 2),
        "total_x_realtime": round(minutes * 60 / (t2 - t0), 1),
        "rss_after_clips_mb": round(baseline_mb),
        "rss_peak_assemble_mb": round(assembled_mb),
        "rss_peak_mb": round(peak_mb),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10, 50, 200, 400])
    parser.add_argument("--chars", type=int, default=850, help="characters per story body (60 ms each)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.sizes[0], args.chars)))
        return
    rows = []
    for size in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, str(size), "--chars", str(args.chars), "--child"],
            capture_output=True, text=True, check=True,
        ).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]), flush=True)
    keys = list(rows[0])
    print("\n" + " | ".join(keys))
    for row in rows:
        print(" | ".join(str(row[k]) for k in keys))
    print()
    for row in rows:  # linear when these stay flat as the edition grows
        hours = row["audio_min"] / 60
        print(f"{row['stories']} stories ({hours:.2f} h): {(row['assemble_s'] + row['publish_s']) / hours:.0f} s "
              f"and {(row['rss_peak_mb'] - row['rss_after_clips_mb']) / hours:.0f} MB beyond the clips per hour of audio")
    if len(rows) > 1:  # the fixed costs (imports, the cover) cancel out between two sizes
        small, large = rows[0], rows[-1]
        hours = (large["audio_min"] - small["audio_min"]) / 60
        seconds = (large["assemble_s"] + large["publish_s"]) - (small["assemble_s"] + small["publish_s"])
        print(f"from {small['stories']} to {large['stories']} stories, per added hour of audio: {seconds / hours:.0f} s, "
              f"peak RSS {(large['rss_peak_mb'] - small['rss_peak_mb']) / hours:.0f} MB "
              f"(of which the clips' PCM {(large['clips_pcm_mb'] - small['clips_pcm_mb']) / hours:.0f} MB)")


if __name__ == "__main__":
    main()
