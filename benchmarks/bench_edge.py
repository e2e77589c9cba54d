"""Wall time of the sample edition through the fake Edge service, by concurrency.

Every request to the fake (tests/edge_fake.py, on 127.0.0.1) waits LATENCY
seconds before answering, as the real service roughly does. Each run starts
cold (empty chunk cache) and goes through the real synthesis stage, so the
bound on connections is the engine's own.

    .venv/bin/python benchmarks/bench_edge.py [--latency 0.3] [--concurrency 1 2 4] [PAGE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "000_64c2b03470ce42da.txt"
sys.path.insert(0, str(ROOT / "tests"))

from edge_fake import FakeEdgeService  # noqa: E402

from audiopaper.cache import SynthesisCache  # noqa: E402
from audiopaper.engines.edge import EdgeEngine  # noqa: E402
from audiopaper.models import Script  # noqa: E402
from audiopaper.voices import get_preset  # noqa: E402


def sample_scripts(page: Path, classifieds: bool = False) -> tuple[list[Script], str]:
    """The edition's scripts as `audiopaper build` makes them; a rough paragraph split if segmentation is missing."""
    try:
        from audiopaper.ingest import read_edition
        from audiopaper.models import StoryKind
        from audiopaper.scripts import episode_scripts
        from audiopaper.segment import segment_edition

        stories = segment_edition(read_edition([str(page)]))
        if not classifieds:  # as build does without --include-classifieds
            stories = [s for s in stories if s.kind is not StoryKind.CLASSIFIEDS]
        return episode_scripts(stories, paper="样报", date=dt.date(2020, 5, 29)), "segmented"
    except ImportError:
        text = page.read_text(encoding="utf-8")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        size = -(-sum(map(len, lines)) // 8)
        pieces, current = [], ""
        for line in lines:
            current += line
            if len(current) >= size:
                pieces.append(current)
                current = ""
        if current:
            pieces.append(current)
        return [Script(f"story-{i:02d}", f"piece {i}", p) for i, p in enumerate(pieces, 1)], "paragraph split"


def _serve(latency: float, pipe) -> None:  # type: ignore[no-untyped-def]
    """The fake in its own process, so its CPU does not share our GIL (the real one is remote)."""
    with FakeEdgeService(latency=latency) as service:
        pipe.send(service.url)
        pipe.recv()
        pipe.send({"requests": service.requests, "max_active": service.max_active})


def run(scripts: list[Script], concurrency: int, latency: float, max_chunk_chars: int = 1000) -> dict[str, float]:
    from audiopaper.synth import VoicePlan, synthesize_scripts

    preset = get_preset("yunyang")
    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(target=_serve, args=(latency, theirs), daemon=True)
    server.start()
    try:
        url = ours.recv()
        with tempfile.TemporaryDirectory() as cache_root:
            engine = EdgeEngine(
                concurrency=concurrency, url=url, cache=SynthesisCache(Path(cache_root)), max_chunk_chars=max_chunk_chars
            )
            baseline = threading.active_count()
            peak = [0]
            done = threading.Event()

            def sample_threads() -> None:  # the synthesis stage's threads plus the engine's
                while not done.wait(0.01):
                    peak[0] = max(peak[0], threading.active_count() - baseline - 1)

            sampler = threading.Thread(target=sample_threads, daemon=True)
            sampler.start()
            start = time.perf_counter()
            clips, _ = synthesize_scripts(scripts, VoicePlan(preset, (preset,)), {"edge": engine}, None)
            wall = time.perf_counter() - start
            done.set()
            sampler.join()
            engine.close()
        ours.send("stop")
        stats = ours.recv()
    finally:
        server.join(10)
    audio_s = sum(len(c.speech.pcm) for c in clips) / 24000
    return {"wall": wall, "audio": audio_s, "threads": peak[0], **stats}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", nargs="?", default=str(SAMPLE))
    parser.add_argument("--latency", type=float, default=0.3)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--include-classifieds", action="store_true", help="Read the classified ads too.")
    parser.add_argument("--max-chunk-chars", type=int, default=1000, help="Characters per request (smaller: more chunks).")
    args = parser.parse_args()
    scripts, how = sample_scripts(Path(args.page), args.include_classifieds)
    chars = sum(len(s.text) for s in scripts)
    print(f"{len(scripts)} scripts ({how}), {chars} characters, latency {args.latency * 1000:.0f} ms per request, "
          f"chunks ≤ {args.max_chunk_chars} characters")
    print(f"{'concurrency':>11} {'wall s':>7} {'requests':>8} {'max conn':>8} {'threads':>7} {'audio min':>9} {'speed-up':>8}")
    first = None
    for concurrency in args.concurrency:
        result = run(scripts, concurrency, args.latency, args.max_chunk_chars)
        first = first or result["wall"]
        print(f"{concurrency:>11} {result['wall']:>7.2f} {result['requests']:>8.0f} {result['max_active']:>8.0f} "
              f"{result['threads']:>7.0f} "
              f"{result['audio'] / 60:>9.1f} {first / result['wall']:>7.2f}x")


if __name__ == "__main__":
    main()
