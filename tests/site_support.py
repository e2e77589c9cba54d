"""`audiopaper serve` as a real process on 127.0.0.1, for the HTTP and browser tests."""

from __future__ import annotations

import contextlib
import http.client
import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Iterator

SERVING = re.compile(r"serving .* at (http://127\.0\.0\.1:\d+/)")


@contextlib.contextmanager
def served(site: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """Run `audiopaper serve --out SITE --port 0`; yield its base URL and the process."""
    process = subprocess.Popen(
        [sys.executable, "-m", "audiopaper", "serve", "--out", str(site), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        lines = []
        for line in process.stdout:
            lines.append(line)
            match = SERVING.search(line)
            if match:
                break
        else:
            raise AssertionError(f"serve did not start: {''.join(lines)} {process.stderr.read()}")
        yield match.group(1), process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


PAGES = Path(__file__).parent / "fixtures" / "pages"
SAMPLE = PAGES / "sample_page2.txt"


def build_site(out: Path, *dates: str, base_url: str | None = None, cache: Path | None = None):
    """Build the sample page into *out* for each date (YYYY-MM-DD) with the instant fake voice; the last result."""
    import datetime as dt

    from audiopaper.build import BuildOptions, build_edition
    from audiopaper.engines.fake import FakeEngine

    result = None
    for date in dates:
        options = BuildOptions(
            inputs=(str(SAMPLE),), out_dir=out, date=dt.date.fromisoformat(date), engine="offline", paper="永康日报",
            base_url=base_url, cache_dir=cache or out.parent / "cache",
        )
        result = build_edition(options, engines={"kokoro": FakeEngine()})
    return result


def request(port: int, path: str, method: str = "GET", headers: dict[str, str] | None = None):
    """One raw request to 127.0.0.1:*port*: the path goes on the wire exactly as given (no normalization)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.putrequest(method, path, skip_accept_encoding=True)
    for name, value in (headers or {}).items():
        conn.putheader(name, value)
    conn.endheaders()
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response, body
