"""The edge engine against a local fake Edge service (tests/edge_fake.py).

The real edge-tts client code runs unchanged; only its service URL points
at 127.0.0.1. Nothing here touches the internet.
"""

from __future__ import annotations

import signal
import threading
import time
from pathlib import Path

import edge_tts.communicate
import numpy as np
import pytest
from edge_tts.drm import DRM

from audiopaper.cache import SynthesisCache
from audiopaper.engines import Engine, make_engine
import audiopaper.engines.edge as edge_module
from audiopaper.engines.edge import DEFAULT_URL, EdgeEngine, check_duration, service_status
from audiopaper.errors import SynthesisError, VoiceError
from audiopaper.models import VoicePreset
from audiopaper.voices import get_preset, load_preset_file

from edge_fake import TONE_HZ, FakeEdgeService, expected_samples, fake_sentences

STORY = (Path(__file__).parent / "fixtures" / "edge" / "story.txt").read_text(encoding="utf-8")
SECONDS_PER_CHAR = 0.2  # the fake's default


@pytest.fixture(autouse=True)
def edge_client_state(monkeypatch):
    """edge-tts keeps process-wide state: the clock skew and the patched URL."""
    monkeypatch.delenv("AUDIOPAPER_EDGE_URL", raising=False)
    original_url = edge_tts.communicate.WSS_URL
    DRM.clock_skew_seconds = 0.0
    edge_module._UNREACHABLE.clear()
    yield
    DRM.clock_skew_seconds = 0.0
    edge_module._UNREACHABLE.clear()
    edge_tts.communicate.WSS_URL = original_url


@pytest.fixture
def service():
    with FakeEdgeService() as svc:
        yield svc


@pytest.fixture
def yunyang():
    return get_preset("yunyang")


def make(service_url: str, tmp_path: Path, **options) -> EdgeEngine:
    options.setdefault("backoff_base", 0.01)
    options.setdefault("max_chunk_chars", 60)
    options.setdefault("timeout", 5)
    return EdgeEngine(url=service_url, cache=SynthesisCache(tmp_path / "cache"), **options)


def clean_run(tmp_path: Path, preset) -> tuple[np.ndarray, list[str]]:
    """The story through a fault-free fake: the reference audio and request texts."""
    with FakeEdgeService() as svc:
        speech = make(svc.url, tmp_path / "clean", concurrency=1).synthesize(STORY, preset)
        return speech.pcm, list(svc.texts)


def tone_everywhere(pcm: np.ndarray, rate: int = 24000) -> bool:
    """Independent check that every second of the audio is the fake's tone."""
    for start in range(0, len(pcm) - rate + 1, rate):
        window = pcm[start : start + rate].astype(np.float64)
        if np.sqrt(np.mean(window**2)) < 1000:
            return False
        peak_hz = np.argmax(np.abs(np.fft.rfft(window))) * rate / len(window)
        if abs(peak_hz - TONE_HZ) > 5:
            return False
    return True


def test_edge_engine_meets_the_protocol(service, tmp_path, yunyang):
    engine = make(service.url, tmp_path, concurrency=3)
    assert isinstance(engine, Engine)
    assert engine.name == "edge" and engine.parallelism == 3
    identity = engine.identity(yunyang)
    assert identity["version"] == edge_tts.__version__
    assert isinstance(make_engine("edge", url=service.url, cache=SynthesisCache(tmp_path)), EdgeEngine)


def test_story_is_chunked_on_sentences_and_voice_parameters_are_sent(service, tmp_path):
    preset = get_preset("yunjian")
    speech = make(service.url, tmp_path, concurrency=1).synthesize(STORY, preset)
    assert len(service.texts) > 1
    assert all(len(t) <= 60 for t in service.texts)
    assert all(t[-1] in "。！？”" for t in service.texts), service.texts  # whole sentences
    # two chunk threads share the one connection, so the arrival order may vary
    flat = "".join(STORY.split()).removesuffix("——……")
    sent = ["".join(t.split()) for t in service.texts]
    assert "".join(sorted(sent, key=flat.index)) == flat
    assert set(service.voices) == {"Microsoft Server Speech Text to Speech Voice (zh-CN, YunjianNeural)"}
    assert service.prosody[0] == {"pitch": "-2Hz", "rate": "-5%", "volume": "+0%"}
    assert len(speech.pcm) == expected_samples(service.texts, SECONDS_PER_CHAR)
    assert speech.sample_rate == 24000 and speech.pcm.dtype == np.int16
    assert tone_everywhere(speech.pcm)


def test_unbroken_chinese_goes_out_in_chunks_of_at_most_1000_characters(tmp_path, yunyang):
    # 130 different sentences of 34 characters: 4420 characters, 13,260 bytes,
    # no newline or space (edge-tts alone would split it only at its 4096-byte limit)
    text = "".join(
        f"智能门锁产业党建联盟成立推动实现三个转变为产业发展提供组织支撑{'一二三四五六七八九十'[i % 10]}{'甲乙丙丁戊己庚辛壬癸子丑寅'[i // 10]}。"
        for i in range(130)
    )
    with FakeEdgeService(seconds_per_char=0.09) as svc:
        make(svc.url, tmp_path, max_chunk_chars=1000).synthesize(text, yunyang)
    assert len(svc.texts) == 5  # 29 sentences (986 characters) per chunk
    assert all(len(t) <= 1000 for t in svc.texts)
    assert "".join(sorted(svc.texts, key=text.index)) == text  # arrival order varies


def test_punctuation_only_text_makes_no_request(service, tmp_path, yunyang):
    engine = make(service.url, tmp_path)
    speech = engine.synthesize("——\n……\n！！", yunyang)
    assert len(speech.pcm) == 0
    assert service.requests == 0
    engine.synthesize("好。\n……\n再见。", yunyang)
    assert not any(set(t) <= set("—…！。") for t in service.texts)


def test_sentence_timings_are_shifted_by_each_chunks_start(service, tmp_path, yunyang):
    speech = make(service.url, tmp_path, concurrency=3).synthesize(STORY, yunyang)
    texts = service.texts  # concurrency 3: arrival order is not story order
    ordered = sorted(texts, key=lambda t: STORY.replace("\n", "").index(t))
    expected_sentences = [s for t in ordered for s in fake_sentences(t)]
    assert [t.text for t in speech.sentences] == expected_sentences
    # the first sentence of chunk k starts where chunks 0..k-1 end
    cursor = 0
    index = 0
    for chunk_text in ordered:
        assert speech.sentences[index].start_ms == cursor * 1000 // 24000
        index += len(fake_sentences(chunk_text))
        cursor += expected_samples([chunk_text], SECONDS_PER_CHAR)
    starts = [t.start_ms for t in speech.sentences]
    assert starts == sorted(starts)
    assert speech.sentences[-1].end_ms <= speech.duration_ms


def test_story_completes_with_full_length_audio_under_faults(tmp_path, yunyang):
    reference, _ = clean_run(tmp_path, yunyang)
    with FakeEdgeService() as svc:
        svc.queue_faults("429", "drop", "503", "noaudio", "reset", "403", "stall", "drop")
        # 8 retries: however the 8 faults fall between the two connections, no chunk runs out
        engine = make(svc.url, tmp_path, concurrency=2, timeout=1, retries=8)
        speech = engine.synthesize(STORY, yunyang)
    assert len(speech.pcm) == len(reference)
    assert tone_everywhere(speech.pcm)
    assert svc.requests > len(set(svc.texts))  # the faults did happen


def test_answer_cut_late_is_caught_by_the_sentence_metadata(tmp_path, yunyang):
    # 90% of the audio passes the seconds-per-character check; the last
    # SentenceBoundary lying past the end of the audio gives the cut away.
    with FakeEdgeService(drop_fraction=0.9) as svc:
        svc.queue_faults("drop")
        speech = make(svc.url, tmp_path, max_chunk_chars=1000).synthesize(STORY, yunyang)
        assert svc.requests == 2
        assert len(speech.pcm) == expected_samples(svc.texts[-1:], SECONDS_PER_CHAR)


def test_duration_check_bounds():
    text = "恳谈会具有三级联动、统一模式等特点。"  # 17 spoken characters
    assert check_duration(text, 3.4) is None
    assert "too short" in check_duration(text, 1.0)
    assert "too long" in check_duration(text, 60.0)
    assert check_duration(text, 1.0, rate="+100%") is None  # 0.08 s/char halves at double speed


def test_connections_stay_within_the_limit_across_stories(tmp_path, yunyang):
    with FakeEdgeService(latency=0.15) as svc:
        engine = make(svc.url, tmp_path, concurrency=2, max_chunk_chars=40)
        stories = [STORY, STORY.replace("。", "！"), STORY.replace("。", "？")]  # no chunk in common
        errors: list[BaseException] = []

        def speak(text: str) -> None:
            try:
                engine.synthesize(text, yunyang)
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        # the threads themselves, not their idents: a thread still starting has ident None, and under load the
        # sampler saw one as None and again by its ident, counting it twice
        def chunk_threads_alive() -> set[threading.Thread]:
            return {t for t in threading.enumerate() if t.name.startswith("edge-chunk")}

        earlier = chunk_threads_alive()  # idle pools of engines from other tests
        chunk_threads: set[threading.Thread] = set()
        done = threading.Event()

        def count_chunk_threads() -> None:
            while not done.wait(0.02):
                chunk_threads.update(chunk_threads_alive() - earlier)

        sampler = threading.Thread(target=count_chunk_threads)
        sampler.start()
        threads = [threading.Thread(target=speak, args=(s,)) for s in stories]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        done.set()
        sampler.join()
    assert not errors
    assert svc.requests >= 12
    assert svc.max_active == 2  # parallel, and never more than the limit
    # three stories at once share the engine's one pool, 2 threads per connection (not a pool each)
    assert 1 <= len(chunk_threads) <= 2 * 2


def test_retries_are_bounded_and_failure_names_the_text(service, tmp_path, yunyang):
    service.default_fault = "503"
    engine = make(service.url, tmp_path, retries=2)
    with pytest.raises(SynthesisError) as caught:
        engine.synthesize("相关部门负责人现场一一作了回应。", yunyang)
    assert service.requests == 3
    message = str(caught.value)
    assert "\n" not in message
    assert "相关部门负责人" in message and "503" in message and "3 attempts" in message


def test_403_adjusts_the_clock_skew_and_succeeds(tmp_path, yunyang):
    with FakeEdgeService(skew_seconds=3600) as svc:
        svc.queue_faults("403")
        speech = make(svc.url, tmp_path).synthesize("相关部门负责人现场一一作了回应。", yunyang)
    assert len(speech.pcm) > 0
    assert svc.requests == 2  # edge-tts retried itself after adjusting the skew
    assert DRM.clock_skew_seconds == pytest.approx(3600, abs=5)


def test_not_retried_when_the_service_says_not_found(service, tmp_path, yunyang):
    url = service.url.replace("/edge/v1?", "/nowhere?")
    engine = make(url, tmp_path, retries=3)
    with pytest.raises(SynthesisError, match="HTTP 404"):
        engine.synthesize("相关部门负责人现场一一作了回应。", yunyang)
    assert engine.requests == 1


def test_failure_keeps_finished_chunks_and_rerun_resumes(tmp_path, yunyang):
    reference, texts = clean_run(tmp_path, yunyang)
    assert len(texts) >= 4
    cache = SynthesisCache(tmp_path / "resume-cache")
    with FakeEdgeService() as svc:
        svc.queue_faults("ok", "ok")
        svc.default_fault = "429"
        first = EdgeEngine(concurrency=1, url=svc.url, retries=1, backoff_base=0.01, cache=cache, max_chunk_chars=60)
        with pytest.raises(SynthesisError):
            first.synthesize(STORY, yunyang)
        assert cache.info().entries == 2  # the two answered chunks

        svc.default_fault = "ok"
        svc.reset_counts()
        rerun = EdgeEngine(concurrency=1, url=svc.url, retries=1, backoff_base=0.01, cache=cache, max_chunk_chars=60)
        speech = rerun.synthesize(STORY, yunyang)
    assert svc.requests == len(texts) - 2
    # the two answered chunks (whichever two of the racing threads got there first) are not asked again
    assert len(set(svc.texts)) == len(texts) - 2 and set(svc.texts) < set(texts)
    assert np.array_equal(speech.pcm, reference)


def test_url_without_query_is_rejected(monkeypatch, tmp_path):
    with pytest.raises(VoiceError, match=r"must contain '\?'"):
        EdgeEngine(url="ws://127.0.0.1:9/edge/v1", cache=SynthesisCache(tmp_path))
    monkeypatch.setenv("AUDIOPAPER_EDGE_URL", "wss://proxy.example/edge/v1")
    with pytest.raises(VoiceError, match="AUDIOPAPER_EDGE_URL|must contain"):
        EdgeEngine(cache=SynthesisCache(tmp_path))


def test_environment_variable_points_the_client_at_the_service(service, monkeypatch, tmp_path, yunyang):
    monkeypatch.setenv("AUDIOPAPER_EDGE_URL", service.url)
    engine = EdgeEngine(cache=SynthesisCache(tmp_path), backoff_base=0.01)
    engine.synthesize("相关部门负责人现场一一作了回应。", yunyang)
    assert service.requests == 1
    assert edge_tts.communicate.WSS_URL == DEFAULT_URL  # pointed per request, the module untouched
    assert "service" in engine.identity(yunyang)  # fake audio never mixes with real in the cache


def test_probe_and_service_status(service, tmp_path, yunyang):
    engine = make(service.url, tmp_path)
    assert engine.probe(yunyang) is True
    ok, why = service_status(yunyang, url=service.url, timeout=2)
    assert ok and "answered" in why

    service.default_fault = "stall"
    ok, why = service_status(yunyang, url=service.url, timeout=1)
    assert not ok and "no answer within 1 s" in why

    service.default_fault = "429"
    requests_before = service.requests
    assert engine.probe(yunyang, timeout=1) is False
    assert service.requests == requests_before + 1  # a probe never retries
    # `voices list` asks a service that did not answer only once in a while
    assert service_status(yunyang, url=service.url, timeout=1)[0] is False
    assert service.requests == requests_before + 1


def test_status_of_a_closed_port_says_cannot_connect(yunyang):
    with FakeEdgeService() as svc:
        url = svc.url
    ok, why = service_status(yunyang, url=url, timeout=1)
    assert not ok and "cannot connect" in why


def test_probe_never_prints_a_traceback_and_answers_no(service, tmp_path, yunyang, monkeypatch):
    hooked: list[str] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: hooked.append(args.thread.name))
    engine = make(service.url, tmp_path)

    def broken_fetch(*args, **kwargs):
        raise RuntimeError("something nobody expected")

    monkeypatch.setattr(engine, "_fetch", broken_fetch)
    started = time.monotonic()
    assert engine.probe(yunyang, timeout=2) is False
    assert time.monotonic() - started < 1.5  # answered at once, not after the timeout
    assert hooked == []


# --- presets edge-tts would refuse ---------------------------------------------


def write_preset(directory: Path, name: str, **fields: str) -> Path:
    values = {"engine": "edge", "voice": "zh-CN-YunyangNeural", **fields}
    path = directory / f"{name}.toml"
    path.write_text("".join(f'{k} = "{v}"\n' for k, v in values.items()), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "field, value",
    [("rate", "10%"), ("rate", "+1.5%"), ("rate", "fast"), ("volume", "5%"), ("pitch", "+2"), ("pitch", "2Hz"),
     ("rate", "+10%\\n")],
)
def test_preset_file_with_prosody_edge_tts_refuses_names_file_and_field(tmp_path, field, value):
    path = write_preset(tmp_path, "bad", **{field: value})
    with pytest.raises(VoiceError) as caught:
        load_preset_file(path)
    message = str(caught.value)
    assert str(path) in message and f"{field} " in message and "\n" not in message


def test_preset_file_with_signed_prosody_loads(tmp_path):
    preset = load_preset_file(write_preset(tmp_path, "good", rate="-10%", volume="+20%", pitch="-2Hz"))
    assert (preset.rate, preset.volume, preset.pitch) == ("-10%", "+20%", "-2Hz")


@pytest.mark.parametrize(
    "fields, words",
    [({"rate": "10%"}, ["rate", "'10%'"]), ({"voice": "zh-CN-Yunyang"}, ["edge-tts refuses", "Invalid voice"])],
)
def test_engine_refuses_a_preset_edge_tts_would_refuse_before_any_request(service, tmp_path, fields, words):
    preset = VoicePreset(**{"name": "odd", "engine": "edge", "voice": "zh-CN-YunyangNeural", **fields})
    engine = make(service.url, tmp_path)
    with pytest.raises(VoiceError) as caught:
        engine.synthesize("相关部门负责人现场一一作了回应。", preset)
    assert all(word in str(caught.value) for word in words), str(caught.value)
    with pytest.raises(VoiceError):  # a wrong preset is not "the service is down"
        engine.probe(preset, timeout=1)
    ok, why = service_status(preset, url=service.url, timeout=1)
    assert not ok and words[0] in why
    assert service.requests == 0


def test_a_value_error_from_edge_tts_in_a_request_is_a_synthesis_error(service, tmp_path):
    # past the preset check (a caller reaching the request directly): still our error, no traceback
    preset = VoicePreset(name="odd", engine="edge", voice="zh-CN-YunyangNeural", rate="10%")
    engine = make(service.url, tmp_path)
    with pytest.raises(SynthesisError, match="edge-tts refused the request: Invalid rate"):
        engine._fetch(edge_module._Chunk(0, 1, "你好。"), preset, timeout=2)
    assert service.requests == 0


def test_metadata_that_is_not_json_is_retried_then_reported(tmp_path, yunyang):
    with FakeEdgeService() as svc:
        svc.queue_faults("badmeta")
        speech = make(svc.url, tmp_path).synthesize("相关部门负责人现场一一作了回应。", yunyang)
        assert svc.requests == 2 and len(speech.pcm) > 0
        svc.default_fault = "badmeta"
        with pytest.raises(SynthesisError, match="bad answer from the service: JSONDecodeError"):
            make(svc.url, tmp_path, retries=1).synthesize("这是一封落款不明的来信。", yunyang)


# --- one service URL per engine ----------------------------------------------------


def test_two_engines_with_different_services_never_mix(tmp_path, yunyang):
    first_story = STORY
    second_story = STORY.replace("本报讯", "又讯").replace("相关", "有关")
    with FakeEdgeService(latency=0.02) as first, FakeEdgeService(latency=0.02) as second:
        engines = {
            first.url: make(first.url, tmp_path / "a", concurrency=3, max_chunk_chars=30),
            second.url: make(second.url, tmp_path / "b", concurrency=3, max_chunk_chars=30),
        }
        errors: list[BaseException] = []

        def speak(url: str, text: str) -> None:
            try:
                for _ in range(3):
                    engines[url].cache.clear()  # ask the service every round
                    engines[url].synthesize(text, yunyang)
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [
            threading.Thread(target=speak, args=(first.url, first_story)),
            threading.Thread(target=speak, args=(second.url, second_story)),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert not errors
    assert first.texts and second.texts
    squeeze = lambda text: "".join(text.split())  # noqa: E731
    assert all(squeeze(t) in squeeze(first_story) for t in first.texts)
    assert not any("又讯" in t or "有关" in t for t in first.texts)
    assert all(squeeze(t) in squeeze(second_story) for t in second.texts)
    assert not any("本报讯" in t for t in second.texts)
    assert edge_tts.communicate.WSS_URL == DEFAULT_URL


def test_another_url_is_refused_if_edge_tts_no_longer_reads_it_at_connect_time(monkeypatch, tmp_path):
    monkeypatch.setattr(edge_module, "_CAN_REDIRECT", False)
    with pytest.raises(VoiceError, match="cannot be pointed at another service"):
        EdgeEngine(url="ws://127.0.0.1:9/edge/v1?a=b", cache=SynthesisCache(tmp_path))
    assert EdgeEngine(cache=SynthesisCache(tmp_path)).url == DEFAULT_URL  # the real service needs no redirect


# --- Ctrl-C, close, the synthesis stage's cache ---------------------------------------


def test_ctrl_c_drops_chunks_not_started(tmp_path, yunyang):
    if threading.current_thread() is not threading.main_thread() or (
        signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        pytest.skip("needs Python's own Ctrl-C handling in the main thread")
    with FakeEdgeService(latency=0.3) as svc:
        engine = make(svc.url, tmp_path, concurrency=1, max_chunk_chars=40)
        chunks = len(engine._chunks(STORY))
        assert chunks >= 6  # about 2 s of requests one at a time
        timer = threading.Timer(0.45, signal.pthread_kill, (threading.main_thread().ident, signal.SIGINT))
        timer.start()
        started = time.monotonic()
        try:
            with pytest.raises(KeyboardInterrupt):
                engine.synthesize(STORY, yunyang)
        finally:
            timer.cancel()
        assert time.monotonic() - started < 1.0  # not after all the chunks
        time.sleep(1.0)  # what was on the wire finishes; nothing else starts
        assert svc.requests <= 2
        with pytest.raises(SynthesisError, match="closed"):
            engine.synthesize(STORY, yunyang)
        assert svc.requests <= 2


def test_close_stops_retrying(service, tmp_path, yunyang):
    service.default_fault = "503"
    engine = make(service.url, tmp_path, retries=6, backoff_base=2.0, backoff_max=2.0)
    outcome: list[BaseException] = []

    def speak() -> None:
        try:
            engine.synthesize("相关部门负责人现场一一作了回应。", yunyang)
        except BaseException as exc:  # noqa: BLE001 - checked below
            outcome.append(exc)

    worker = threading.Thread(target=speak)
    worker.start()
    deadline = time.monotonic() + 5
    while service.requests < 1 and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.monotonic()
    engine.close()
    worker.join(5)
    assert time.monotonic() - started < 0.5  # the backoff sleep was cut short
    assert service.requests == 1
    assert isinstance(outcome[0], SynthesisError) and "closed" in str(outcome[0])


def test_engine_caches_chunks_itself_and_says_so(service, tmp_path, yunyang):
    engine = make(service.url, tmp_path, concurrency=2)
    assert EdgeEngine.caches_itself is True
    assert engine.cached_speech(STORY, yunyang) is None
    spoken = engine.synthesize(STORY, yunyang)
    requests = service.requests
    again = make(service.url, tmp_path).cached_speech(STORY, yunyang)
    assert again is not None and np.array_equal(again.pcm, spoken.pcm)
    assert again.sentences == spoken.sentences
    assert service.requests == requests


def test_concurrency_outside_bounds_is_refused(tmp_path):
    with pytest.raises(VoiceError, match="concurrency"):
        EdgeEngine(concurrency=0, url="ws://127.0.0.1:9/x?a=b", cache=SynthesisCache(tmp_path))
    with pytest.raises(VoiceError, match="concurrency"):
        EdgeEngine(concurrency=40, url="ws://127.0.0.1:9/x?a=b", cache=SynthesisCache(tmp_path))


def test_service_down_stops_asking_after_two_chunks_give_up(service, tmp_path, yunyang):
    service.default_fault = "503"
    engine = make(service.url, tmp_path, concurrency=1, retries=1, max_chunk_chars=40)
    chunks = len(engine._chunks(STORY))
    assert chunks >= 6
    with pytest.raises(SynthesisError):
        engine.synthesize(STORY, yunyang)
    # two chunks, two attempts each; a third chunk may have been on its way by
    # then (the engine runs 2 chunk threads per connection); the rest not asked
    assert 4 <= service.requests <= 6 < 2 * chunks
    asked = service.requests
    with pytest.raises(SynthesisError, match="edge service down"):
        engine.synthesize("相关部门负责人现场一一作了回应。", yunyang)
    assert service.requests == asked


def test_auto_mode_finishes_a_failing_story_offline_and_says_so(service, tmp_path, yunyang, fake_engine):
    from audiopaper.models import Script
    from audiopaper.synth import Fallback, VoicePlan, synthesize_scripts

    service.fail_text("落款不明", "noaudio")
    scripts = [
        Script("story-01", "恳谈会", "相关部门负责人现场一一作了回应。"),
        Script("story-02", "来信", "这是一封落款不明的来信。"),
        Script("story-03", "红领巾", "四百五十名小学生戴上了鲜艳的红领巾。"),
    ]
    engine = make(service.url, tmp_path, retries=1)
    clips, _ = synthesize_scripts(
        scripts, VoicePlan(yunyang, (yunyang,)), {"edge": engine}, None,
        fallback=Fallback(fake_engine, get_preset("baker")),
    )
    assert [c.engine for c in clips] == ["edge", "fake", "edge"]
    assert "edge" in clips[1].fallback_reason and "no audio" in clips[1].fallback_reason
    assert fake_engine.calls == ["这是一封落款不明的来信。"]
    assert clips[2].speech.duration_ms > 0


def test_voices_list_availability_asks_the_service(service, monkeypatch, yunyang):
    from audiopaper.engines import availability

    monkeypatch.setenv("AUDIOPAPER_EDGE_URL", service.url)
    ok, why = availability(yunyang)
    assert ok and "answered" in why
    assert service.voices == ["Microsoft Server Speech Text to Speech Voice (zh-CN, YunyangNeural)"]
    monkeypatch.setenv("AUDIOPAPER_EDGE_URL", "ws://127.0.0.1:9/edge/v1")
    ok, why = availability(yunyang)
    assert not ok and "must contain '?'" in why


def test_decode_bytes_matches_decoding_the_same_mp3_from_a_file(tmp_path):
    from audiopaper.audio import decode, decode_bytes
    from audiopaper.errors import AudioError

    from edge_fake import MP3_FRAME_BYTES, tone_mp3

    mp3 = tone_mp3()[: 100 * MP3_FRAME_BYTES]  # 100 frames, 2.4 s
    (tmp_path / "tone.mp3").write_bytes(mp3)
    pcm, rate = decode_bytes(mp3)
    assert rate == 24000 and pcm.dtype == np.int16
    assert abs(len(pcm) - 100 * 576) <= 576  # the decoder may hold back one frame
    from_file, _ = decode(tmp_path / "tone.mp3", 24000)
    assert np.array_equal(pcm, from_file)
    assert tone_everywhere(pcm)
    resampled, rate = decode_bytes(mp3, 16000)
    assert rate == 16000 and abs(len(resampled) - len(pcm) * 2 // 3) <= 2
    with pytest.raises(AudioError, match="<audio bytes>"):
        decode_bytes(b"not an mp3 at all" * 10)
    with pytest.raises(AudioError, match="nothing to decode"):
        decode_bytes(b"")


def test_an_answer_that_is_not_mp3_is_retried(tmp_path, yunyang):
    with FakeEdgeService() as svc:
        svc.queue_faults("garble")
        speech = make(svc.url, tmp_path).synthesize("相关部门负责人现场一一作了回应。", yunyang)
        assert svc.requests == 2
        assert len(speech.pcm) == expected_samples(svc.texts[-1:], SECONDS_PER_CHAR)
        svc.default_fault = "garble"
        with pytest.raises(SynthesisError, match="cannot decode the MP3 answer"):
            make(svc.url, tmp_path, retries=1).synthesize("这是一封落款不明的来信。", yunyang)
