"""The offline baker voice: real-time factor, time to first audio, install size, peak memory.

Uses the installed voice (AUDIOPAPER_HOME or the user's data dir; installs it
first if needed) and the engine directly, so the synthesis cache plays no part.

    .venv/bin/python benchmarks/bench_baker.py [--rounds 3]

- RTF: seconds of compute per second of speech on a ~30 s news paragraph, warm
  (models loaded, jieba and the text normalizer built), median of the rounds.
- Time to first audio: a fresh Python process, from its launch to the first
  sentence's PCM in memory (imports, model load, jieba, normalizer included).
- Install size: the voice's folder, the kept wheel, and the LiteRT package.
- Peak RSS: of the cold process (one sentence) and of the warm run.
- Model parts: CPU seconds per second of speech of the acoustic model and of the vocoder
  (as rewritten by graph.rewrite_vocoder, and as the file has it, with the samples compared),
  and the pieces XNNPACK runs each graph in (LiteRT's own kernels run what lies between).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

# About 30 s of speech: news text as it appears in the sample page.
NEWS = (
    "本报讯 5月28日，我市首场“亲清直通车·政企恳谈会”举行，围绕应对疫情影响出台的惠企助企政策落实情况，"
    "聚焦如何对冲疫情影响促进我市打造一流营商环境，面对面听取企业家意见。"
    "“亲清直通车·政企恳谈会”是今年全省工商联系统的一项重点工作，每期聚焦一个主题，"
    "组织相关部门与民营企业家开展面对面恳谈，构建亲清政商关系，促进民营经济高质量发展。"
)
FIRST_SENTENCE = "本报讯 5月28日，我市首场政企恳谈会举行。"

_COLD = """
import json, resource, sys, time
from audiopaper.engines.baker import BakerEngine
from audiopaper.voices import get_preset
speech = BakerEngine().synthesize(sys.argv[1], get_preset("baker"))
ready = time.time()
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"ready": ready, "samples": len(speech.pcm), "peak_rss_kb": usage.ru_maxrss,
                  "cpu_s": usage.ru_utime + usage.ru_stime}))
"""


def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def cold_start() -> dict:
    launched = time.time()
    done = subprocess.run(
        [sys.executable, "-c", _COLD, FIRST_SENTENCE], capture_output=True, text=True, check=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["first_audio_s"] = result["ready"] - launched
    result["stderr"] = done.stderr.strip()
    return result


def model_parts(engine, preset) -> None:
    """CPU seconds per second of speech of the acoustic model and of the vocoder, the vocoder
    both as graph.rewrite_vocoder runs it and as the file has it, on the same mel frames."""
    import numpy as np

    from audiopaper.engines.baker import baker_model_dir
    from audiopaper.engines.baker.engine import HOP, SAMPLE_RATE, VOCODER_CONTEXT
    from audiopaper.engines.baker.install import VOCODER_FILE
    from audiopaper.engines.baker.litert import load_interpreter

    prepared = engine.prepare(NEWS * 4, preset)
    utterances = [u for _, chunks in prepared.sentences for u in chunks if u.words]
    start = time.process_time()
    mels = [engine._mel([engine._symbol_ids[s] for s in u.symbols], prepared.speed)[0].copy() for u in utterances]
    acoustic = time.process_time() - start
    seconds = sum(m.shape[1] for m in mels) * HOP / SAMPLE_RATE
    start = time.process_time()
    rewritten = [engine._vocode(m) for m in mels]
    vocoder = time.process_time() - start
    engine._vocoder = load_interpreter(
        (baker_model_dir() / VOCODER_FILE).read_bytes(), [1, 2 * VOCODER_CONTEXT, 80], engine._threads
    )  # the file's graph, for comparison
    start = time.process_time()
    original = [engine._vocode(m) for m in mels]
    vocoder_file = time.process_time() - start
    pieces = {name: xnnpack_pieces(interp) for name, interp in
              (("acoustic model", engine._acoustic), ("vocoder file", engine._vocoder))}  # fmt: skip
    engine._vocoder = None
    engine._acoustic = None  # loaded again, rewritten, on next use
    engine._load()
    pieces["vocoder rewritten"] = xnnpack_pieces(engine._vocoder)
    new, old = np.concatenate(rewritten), np.concatenate(original)
    noise = max(float(np.sum((new - old) ** 2)), 1e-30)
    print(f"model parts ({seconds:.0f} s of speech, {len(mels)} chunks), CPU s per s of speech: acoustic model "
          f"{acoustic / seconds:.4f}, vocoder {vocoder / seconds:.4f} (the file's graph {vocoder_file / seconds:.4f})")
    print(f"vocoder rewritten vs the file's graph: max abs diff {np.abs(new - old).max():.2e} "
          f"({np.abs(new - old).max() * 32767:.0f} int16 steps), SNR {10 * np.log10(np.sum(old**2) / noise):.1f} dB, "
          f"{np.mean(new != old) * 100:.3f} % of samples differ")
    print("XNNPACK pieces: " + ", ".join(f"{name} {count}" for name, count in pieces.items()))


def xnnpack_pieces(interp) -> int:
    """How many pieces of the graph XNNPACK runs (one delegate node each)."""
    return sum(op["op_name"] == "DELEGATE" for op in interp._get_ops_details())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from audiopaper.engines.baker import BakerEngine, baker_model_dir, ensure_baker_installed
    from audiopaper.engines.baker.install import wheel_cache_path
    from audiopaper.voices import get_preset

    ensure_baker_installed()
    cold = cold_start()  # before this process warms the page cache any further

    engine = BakerEngine()
    preset = get_preset("baker")
    engine.synthesize("你好。", preset)  # warm: models, jieba, normalizer
    times, cpu_times, seconds = [], [], 0.0
    for _ in range(args.rounds):
        start, cpu_start = time.perf_counter(), time.process_time()
        speech = engine.synthesize(NEWS, preset)
        times.append(time.perf_counter() - start)
        cpu_times.append(time.process_time() - cpu_start)
        seconds = len(speech.pcm) / speech.sample_rate
    compute = statistics.median(times)
    cpu = statistics.median(cpu_times)
    warm_rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    import ai_edge_litert

    voice = folder_bytes(baker_model_dir())
    wheel = wheel_cache_path()
    wheel_bytes = wheel.stat().st_size if wheel.exists() else 0
    litert = folder_bytes(Path(ai_edge_litert.__file__).parent)

    print(f"speech: {seconds:.1f} s from {len(NEWS)} chars; threads {engine._threads}")
    print(f"RTF (warm, median of {args.rounds}): {compute / seconds:.3f}"
          f"  ({compute:.2f} s; rounds {', '.join(f'{t:.2f}' for t in times)})")  # fmt: skip
    # CPU seconds (all threads) per second of speech: what a busy machine can't hide
    print(f"CPU time per second of speech: {cpu / seconds:.3f}  (load average {_load()})")
    model_parts(engine, preset)
    print(f"time to first audio (cold process, one sentence): {cold['first_audio_s']:.2f} s"
          f"  (CPU {cold['cpu_s']:.2f} s)")  # fmt: skip
    print(f"install size: voice {mb(voice)} + kept wheel {mb(wheel_bytes)}"
          f" + ai-edge-litert {mb(litert)} = {mb(voice + wheel_bytes + litert)}")  # fmt: skip
    print(f"peak RSS: cold one-sentence process {cold['peak_rss_kb'] / 1024:.0f} MB,"
          f" warm run {warm_rss_kb / 1024:.0f} MB")  # fmt: skip
    if cold["stderr"]:
        print(f"(cold process wrote to stderr: {cold['stderr'][:200]!r})")


if __name__ == "__main__":
    main()
