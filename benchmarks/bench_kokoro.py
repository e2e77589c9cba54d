"""The offline Kokoro voices: real-time factor, peak memory, speaking rate, session settings.

Uses the installed voice (AUDIOPAPER_HOME or the user's data dir; installs it
first if needed) and the engine directly, so the synthesis cache plays no part.
Each configuration runs in a fresh process, so its peak RSS is its own.

    .venv/bin/python benchmarks/bench_kokoro.py [--voices xiaobei yunxia baker] [--rounds 2]
    .venv/bin/python benchmarks/bench_kokoro.py --sweep      # onnxruntime settings, xiaobei

- RTF (wall): seconds of wall time per second of speech on a ~30 s news
  paragraph, warm (model loaded, jieba built), median of the rounds. On a
  shared machine wall time depends on the load, which is printed with it.
- RTF (CPU): CPU seconds (all threads) per second of speech: what the run
  costs, independent of other processes' load.
- syllables/s: spoken syllables over the speech's duration, pauses included
  (compare with baker's to set a preset's rate).
- load: model load time; peak RSS: of the whole process.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

# About 30 s of speech: news text as it appears in the sample page.
NEWS = (
    "本报讯 5月28日，我市首场“亲清直通车·政企恳谈会”举行，围绕应对疫情影响出台的惠企助企政策落实情况，"
    "聚焦如何对冲疫情影响促进我市打造一流营商环境，面对面听取企业家意见。"
    "“亲清直通车·政企恳谈会”是今年全省工商联系统的一项重点工作，每期聚焦一个主题，"
    "组织相关部门与民营企业家开展面对面恳谈，构建亲清政商关系，促进民营经济高质量发展。"
)

_RUN = """
import json, resource, statistics, sys, time
config = json.loads(sys.argv[1])
from audiopaper.engines import make_engine
from audiopaper.engines.baker.frontend import Frontend
from audiopaper.textnorm import normalize
from audiopaper.voices import get_preset

preset = get_preset(config["voice"])
options = {}
if preset.engine == "kokoro":
    import audiopaper.engines.kokoro.engine as kokoro
    base = kokoro.session_options
    def tuned(threads=None):
        options = base(config.get("threads"))
        if config.get("no_arena"):
            options.enable_cpu_mem_arena = False
        if config.get("opt"):
            import onnxruntime as ort
            options.graph_optimization_level = getattr(ort.GraphOptimizationLevel, config["opt"])
        if config.get("no_spin"):
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        return options
    kokoro.session_options = tuned
    if config.get("max_tokens"):
        kokoro.MAX_TOKENS = config["max_tokens"]
engine = make_engine(preset.engine)
text = normalize(config["text"])
started = time.perf_counter()
engine.synthesize("你好。", preset)  # loads the model, builds jieba
load_s = time.perf_counter() - started
walls, cpus, seconds = [], [], 0.0
for _ in range(config["rounds"]):
    t, c = time.perf_counter(), time.process_time()
    speech = engine.synthesize(text, preset)
    walls.append(time.perf_counter() - t)
    cpus.append(time.process_time() - c)
    seconds = speech.duration_ms / 1000
syllables = Frontend().utterance(text).syllables
print(json.dumps({
    "load_s": load_s, "audio_s": seconds,
    "rtf_wall": statistics.median(walls) / seconds, "rtf_cpu": statistics.median(cpus) / seconds,
    "syllables_per_s": syllables / seconds,
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def run(config: dict) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, json.dumps(config)], capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"{config}: failed\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(label: str, result: dict) -> None:
    print(
        f"{label:<34} RTF wall {result['rtf_wall']:.2f}  RTF CPU {result['rtf_cpu']:.2f}  "
        f"{result['syllables_per_s']:.2f} syl/s  load {result['load_s']:.1f} s  "
        f"peak RSS {result['peak_rss_mb']:.0f} MB  ({result['audio_s']:.1f} s of speech, load avg {_load()})",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voices", nargs="+", default=["xiaobei", "yunxia", "baker"])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--sweep", action="store_true", help="compare onnxruntime settings on xiaobei")
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores; {len(NEWS)} characters of news text")
    base = {"text": NEWS, "rounds": args.rounds}
    if not args.sweep:
        for voice in args.voices:
            report(voice, run(base | {"voice": voice}))
        return
    variants = {
        "default (threads = cores, ALL, arena)": {},
        "1 intra-op thread": {"threads": 1},
        "no memory arena": {"no_arena": True},
        "basic graph optimizations": {"opt": "ORT_ENABLE_BASIC"},
        "no spinning threads": {"no_spin": True},
        "chunks of at most 200 tokens": {"max_tokens": 200},
        "chunks of at most 100 tokens": {"max_tokens": 100},
    }
    for label, extra in variants.items():
        report(label, run(base | {"voice": "xiaobei"} | extra))


if __name__ == "__main__":
    main()
