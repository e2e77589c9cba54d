"""A local fake of Microsoft's Edge read-aloud WebSocket service.

It speaks the protocol edge-tts 7 expects (speech.config + ssml in; turn.start,
audio.metadata with SentenceBoundary, binary audio frames, turn.end out) and
serves MP3 frames of a real 440 Hz tone, long in proportion to the text. It runs
an aiohttp server on 127.0.0.1 in a background thread, counts requests and
simultaneous connections, and injects the service's documented faults.

Faults, one per request (see FakeEdgeService.queue_faults):
  "ok"       a normal turn
  "403", "429", "503"  refused at the WebSocket handshake
  "drop"     metadata and audio for part of the text, then a clean close:
             edge-tts returns the partial audio with no error
  "reset"    like "drop" but the TCP connection is aborted
  "noaudio"  turn.start then turn.end, no audio (NoAudioReceived)
  "stall"    accepts the request and never answers (client timeout)
  "garble"   a whole turn whose audio bytes are not MP3 at all
  "badmeta"  turn.start, then audio.metadata whose body is not JSON
"""

from __future__ import annotations

import asyncio
import collections
import email.utils
import html
import json
import math
import re
import shutil
import subprocess
import threading
import time
import uuid

from aiohttp import WSMsgType, web

TONE_HZ = 440
MP3_FRAME_BYTES = 144  # MPEG-2 layer III, 24 kHz, 48 kbit/s CBR, no padding
MP3_FRAME_SECONDS = 576 / 24000
TICKS_PER_SECOND = 10_000_000
HANDSHAKE_FAULTS = {"403", "429", "503"}
FAULTS = HANDSHAKE_FAULTS | {"ok", "drop", "reset", "noaudio", "stall", "garble", "badmeta"}

_tone_lock = threading.Lock()
_tone_mp3: bytes | None = None
_TONE_SECONDS = 300


def ffmpeg_exe() -> str:
    found = shutil.which("ffmpeg")
    if found:
        return found
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def tone_mp3() -> bytes:
    """A long 440 Hz tone as raw CBR MP3 frames (no ID3, no Xing), made once."""
    global _tone_mp3
    with _tone_lock:
        if _tone_mp3 is None:
            result = subprocess.run(
                [ffmpeg_exe(), "-hide_banner", "-loglevel", "error",
                 "-f", "lavfi", "-i", f"sine=frequency={TONE_HZ}:sample_rate=24000:duration={_TONE_SECONDS}",
                 "-ac", "1", "-ar", "24000", "-c:a", "libmp3lame", "-b:a", "48k",
                 "-write_xing", "0", "-id3v2_version", "0", "-f", "mp3", "pipe:1"],
                capture_output=True, check=True,
            )
            _tone_mp3 = result.stdout
        return _tone_mp3


_SENTENCE = re.compile(r"[^。！？!?；;…\n]*(?:[。！？!?；;…]+[”’」』）)]*|$)")


def fake_sentences(text: str) -> list[str]:
    """The fake's own sentence split (independent of audiopaper.sentences)."""
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def frames_for(text: str, seconds_per_char: float) -> int:
    spoken = sum(1 for ch in text if not ch.isspace())
    return max(1, math.ceil(spoken * seconds_per_char / MP3_FRAME_SECONDS))


def expected_samples(texts: list[str], seconds_per_char: float) -> int:
    """PCM samples the fake's full answer decodes to, for each request text."""
    return sum(sum(frames_for(s, seconds_per_char) for s in fake_sentences(t)) * 576 for t in texts)


class FakeEdgeService:
    def __init__(
        self,
        *,
        latency: float = 0.0,
        seconds_per_char: float = 0.2,
        drop_fraction: float = 0.5,
        stall_seconds: float = 60.0,
        skew_seconds: float = 0.0,
    ):
        self.latency = latency
        self.seconds_per_char = seconds_per_char
        self.drop_fraction = drop_fraction
        self.stall_seconds = stall_seconds
        self.skew_seconds = skew_seconds  # Date header of a 403, as a skewed server clock
        self.default_fault = "ok"
        self._faults: collections.deque[str] = collections.deque()
        self._text_faults: dict[str, str] = {}
        self._lock = threading.Lock()
        self.requests = 0  # every handshake, refused or not
        self.active = 0
        self.max_active = 0
        self.completed = 0  # turns answered in full
        self.texts: list[str] = []  # SSML texts received
        self.voices: list[str] = []
        self.prosody: list[dict[str, str]] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # --- control -----------------------------------------------------------
    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/consumer/speech/synthesize/readaloud/edge/v1?TrustedClientToken=fake"

    def queue_faults(self, *faults: str) -> None:
        """Faults for the next requests, in order; then default_fault."""
        for fault in faults:
            if fault not in FAULTS:
                raise ValueError(f"unknown fault {fault!r}")
        with self._lock:
            self._faults.extend(faults)

    def fail_text(self, fragment: str, fault: str) -> None:
        """Answer every request whose text contains *fragment* with *fault*.

        The text is only known after the handshake, so handshake faults cannot apply."""
        if fault not in FAULTS - HANDSHAKE_FAULTS:
            raise ValueError(f"fault {fault!r} cannot depend on the text (choose from {sorted(FAULTS - HANDSHAKE_FAULTS)})")
        self._text_faults[fragment] = fault

    def clear_faults(self) -> None:
        """The service recovers: no queued, per-text or default faults."""
        with self._lock:
            self._faults.clear()
            self._text_faults.clear()
            self.default_fault = "ok"

    def reset_counts(self) -> None:
        with self._lock:
            self.requests = self.completed = self.max_active = 0
            self.texts.clear()

    def start(self) -> "FakeEdgeService":
        tone_mp3()
        ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(ready,), name="fake-edge", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fake edge service did not start")
        return self

    def stop(self) -> None:
        if self._loop is None:
            return
        future = asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop)
        future.result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread:
            self._thread.join(10)
        self._loop = None

    def __enter__(self) -> "FakeEdgeService":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- server ------------------------------------------------------------
    def _serve(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        app = web.Application()
        app.router.add_get("/consumer/speech/synthesize/readaloud/edge/v1", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None, shutdown_timeout=0.5)
        loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        ready.set()
        loop.run_forever()
        loop.close()

    async def _shutdown(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        current = asyncio.current_task()
        leftovers = [t for t in asyncio.all_tasks() if t is not current]
        for task in leftovers:
            task.cancel()
        await asyncio.gather(*leftovers, return_exceptions=True)

    def _next_fault(self) -> str:
        with self._lock:
            self.requests += 1
            return self._faults.popleft() if self._faults else self.default_fault

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        fault = self._next_fault()
        if fault in HANDSHAKE_FAULTS:
            headers = {}
            if fault == "403":
                headers["Date"] = email.utils.formatdate(time.time() + self.skew_seconds, usegmt=True)
            return web.Response(status=int(fault), text=f"fake refusal {fault}", headers=headers)
        ws = web.WebSocketResponse(compress=False)  # MP3 does not deflate; spare the CPU
        await ws.prepare(request)
        with self._lock:
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        try:
            text = await self._read_request(ws)
            if text is None:
                return ws
            for fragment, text_fault in list(self._text_faults.items()):
                if fragment in text:
                    fault = text_fault
            if self.latency:
                await asyncio.sleep(self.latency)
            if fault == "stall":
                try:  # until the client gives up and closes
                    await ws.receive(timeout=self.stall_seconds)
                except asyncio.TimeoutError:
                    pass
                return ws
            await self._answer(ws, request, text, fault)
        finally:
            with self._lock:
                self.active -= 1
        return ws

    async def _read_request(self, ws: web.WebSocketResponse) -> str | None:
        seen_config = False
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            head, _, body = msg.data.partition("\r\n\r\n")
            if "Path:speech.config" in head:
                json.loads(body)
                seen_config = True
            elif "Path:ssml" in head:
                if not seen_config:
                    raise AssertionError("ssml before speech.config")
                voice = re.search(r"<voice name='([^']*)'>", body)
                prosody = re.search(r"<prosody pitch='([^']*)' rate='([^']*)' volume='([^']*)'>(.*)</prosody>", body, re.S)
                if not voice or not prosody:
                    raise AssertionError(f"unexpected SSML: {body[:200]}")
                text = html.unescape(prosody.group(4))
                with self._lock:
                    self.texts.append(text)
                    self.voices.append(voice.group(1))
                    self.prosody.append({"pitch": prosody.group(1), "rate": prosody.group(2), "volume": prosody.group(3)})
                return text
        return None

    async def _answer(self, ws: web.WebSocketResponse, request: web.Request, text: str, fault: str) -> None:
        request_id = uuid.uuid4().hex
        await ws.send_str(_text_frame(request_id, "turn.start", '{"context":{"serviceTag":"fake"}}'))
        if fault == "noaudio":
            await ws.send_str(_text_frame(request_id, "turn.end", "{}"))
            await ws.close()
            return
        if fault == "badmeta":
            await ws.send_str(_text_frame(request_id, "audio.metadata", '{"Metadata": [{"Type": '))
            await ws.close()
            return
        tone = tone_mp3() if fault != "garble" else bytes(range(256)) * (len(tone_mp3()) // 256)
        sentences = fake_sentences(text)
        frame_counts = [frames_for(s, self.seconds_per_char) for s in sentences]
        total_frames = sum(frame_counts)
        cut_frame = int(total_frames * self.drop_fraction) if fault in ("drop", "reset") else None
        cursor = 0
        for sentence, count in zip(sentences, frame_counts):
            meta = {"Metadata": [{"Type": "SentenceBoundary", "Data": {
                "Offset": round(cursor * MP3_FRAME_SECONDS * TICKS_PER_SECOND),
                "Duration": round(count * MP3_FRAME_SECONDS * TICKS_PER_SECOND),
                "text": {"Text": html.escape(sentence, quote=False), "Length": len(sentence),
                         "BoundaryType": "SentenceBoundary"}}}]}
            await ws.send_str(_text_frame(request_id, "audio.metadata", json.dumps(meta, ensure_ascii=False)))
            end = cursor + count
            while cursor < end:
                step = min(20, end - cursor)
                if cut_frame is not None and cursor + step > cut_frame:
                    step = cut_frame - cursor
                    if step > 0:
                        await ws.send_bytes(_audio_frame(request_id, tone[cursor * MP3_FRAME_BYTES:(cursor + step) * MP3_FRAME_BYTES]))
                    if fault == "reset":
                        request.transport.abort()  # type: ignore[union-attr]
                    else:
                        await ws.close()
                    return
                await ws.send_bytes(_audio_frame(request_id, tone[cursor * MP3_FRAME_BYTES:(cursor + step) * MP3_FRAME_BYTES]))
                cursor += step
        await ws.send_bytes(_audio_frame(request_id, b""))
        await ws.send_str(_text_frame(request_id, "turn.end", "{}"))
        with self._lock:
            self.completed += 1
        await ws.close()


def _text_frame(request_id: str, path: str, body: str) -> str:
    return (f"X-RequestId:{request_id}\r\nContent-Type:application/json; charset=utf-8\r\n"
            f"Path:{path}\r\n\r\n{body}")


def _audio_frame(request_id: str, mp3: bytes) -> bytes:
    lines = f"X-RequestId:{request_id}\r\n"
    if mp3:
        lines += "Content-Type:audio/mpeg\r\n"
    lines += "Path:audio\r\n"
    header = lines.encode("ascii")
    return len(header).to_bytes(2, "big") + header + mp3
