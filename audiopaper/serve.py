"""`audiopaper serve`: the static site over HTTP, as podcast apps and browsers need it.

aiohttp's FileResponse does the HTTP work (Range and 206/416, HEAD,
ETag/Last-Modified, conditional requests); this module decides which file
a path names, and refuses everything that is not part of the site: paths
that climb out of it, encoded slashes, symbolic links that lead out,
dot files, directory listings, the settings and the manifests.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Callable
from urllib.parse import unquote, urlsplit

from aiohttp import web

from .channel import CHANNEL_FILE, FEED_FILE, INDEX_FILE, load_channel, placeholder_host
from .errors import FeedError

log = logging.getLogger(__name__)

MANIFEST_FILE = "episode.json"  # feed.py's name; not imported to keep the server free of feedgen
PRIVATE_FILES = frozenset({CHANNEL_FILE, MANIFEST_FILE})

# the types podcast apps and web players expect; the platform's table is wrong or silent for most of these
CONTENT_TYPES = {
    ".mp3": "audio/mpeg",
    ".xml": "application/rss+xml",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "application/x-subrip; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".txt": "text/plain; charset=utf-8",
}
CHAPTERS_TYPE = "application/json+chapters; charset=utf-8"
CHAPTERS_FILE = "chapters.json"


def content_type(name: str) -> str:
    """The Content-Type the site serves *name* with."""
    if name == CHAPTERS_FILE:
        return CHAPTERS_TYPE
    return CONTENT_TYPES.get(PurePosixPath(name).suffix.lower(), "application/octet-stream")


def site_file(root: Path, raw_path: str) -> Path | None:
    """The file under *root* that the URL path *raw_path* (still percent-encoded) names, or None.

    None for anything that is not part of the site: a `..` or `.` segment,
    an encoded slash or backslash, a NUL, a dot file, podcast.toml and the
    manifests, a path that (through symbolic links) leaves *root*, and a
    directory without index.html.
    """
    path = raw_path.split("?", 1)[0]
    lowered = path.lower()
    if not path.startswith("/") or "%2f" in lowered or "%5c" in lowered or "%00" in lowered or "\\" in path:
        return None
    segments = [unquote(s, errors="strict") for s in path[1:].split("/")]
    trailing_slash = segments[-1] == ""
    segments = [s for s in segments if s != ""]
    if any(s in (".", "..") or s.startswith(".") or "\x00" in s for s in segments):
        return None
    if segments and segments[-1] in PRIVATE_FILES:
        return None
    real_root = root.resolve()
    target = real_root.joinpath(*segments)
    try:
        resolved = target.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if resolved != real_root and real_root not in resolved.parents:
        return None
    if resolved.is_dir():
        if segments and not trailing_slash:
            return None  # "/episodes/2020-05-29" would resolve the page's relative links one level up
        index = (target / INDEX_FILE).resolve()
        if not index.is_file() or real_root not in index.parents:
            return None
        return index
    if not resolved.is_file() or resolved.name in PRIVATE_FILES:
        return None
    return resolved


def make_app(root: Path) -> web.Application:
    """The aiohttp application serving the site in *root*."""
    root = Path(root)

    async def handle(request: web.Request) -> web.StreamResponse:
        if request.method not in ("GET", "HEAD"):
            raise web.HTTPMethodNotAllowed(request.method, ["GET", "HEAD"])
        raw = request.raw_path
        try:
            path = site_file(root, raw)
        except UnicodeDecodeError:
            path = None
        if path is None:
            directory = _directory_without_slash(root, raw)
            if directory is not None:
                raise web.HTTPMovedPermanently(location=directory)
            raise web.HTTPNotFound(text="404: not found\n")
        return web.FileResponse(path, headers={"Content-Type": content_type(path.name)})

    async def cors(request: web.Request, response: web.StreamResponse) -> None:
        # web players on other sites fetch the feed, chapters and transcripts
        response.headers["Access-Control-Allow-Origin"] = "*"
        response.headers["Access-Control-Expose-Headers"] = "Content-Length, Content-Range, Accept-Ranges, ETag"
        response.headers.setdefault("X-Content-Type-Options", "nosniff")

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    app.on_response_prepare.append(cors)
    return app


def _directory_without_slash(root: Path, raw_path: str) -> str | None:
    """"/episodes/DATE" for a site directory with an index page: where to redirect ("/episodes/DATE/")."""
    path = raw_path.split("?", 1)[0]
    if path.endswith("/"):
        return None
    try:
        found = site_file(root, path + "/")
    except UnicodeDecodeError:
        return None
    return path + "/" if found is not None else None


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    @property
    def feed_url(self) -> str:
        return self.url + FEED_FILE


def serve_site(
    out_dir: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    on_ready: Callable[[ServerAddress], None] | None = None,
) -> None:
    """Serve the site in *out_dir* until SIGINT (Ctrl-C) or SIGTERM; then close and return.

    *on_ready* is called with the address once the server listens (port 0
    picks a free port; the address has the real one).
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise FeedError(str(out_dir), "no site here (not a directory); run audiopaper build first")
    if not (out_dir / FEED_FILE).is_file():
        log.warning("%s: no %s yet; run audiopaper build first", out_dir, FEED_FILE)
    asyncio.run(_serve(out_dir, host, port, on_ready))


async def _serve(out_dir: Path, host: str, port: int, on_ready: Callable[[ServerAddress], None] | None) -> None:
    runner = web.AppRunner(make_app(out_dir), access_log=None, handle_signals=False)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port)
        try:
            await site.start()
        except OSError as exc:
            raise FeedError(f"{host}:{port}", f"cannot listen: {exc.strerror or exc}") from exc
        bound = runner.addresses[0]
        address = ServerAddress(host, bound[1])
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):  # before on_ready: a Ctrl-C right after it still stops cleanly
            loop.add_signal_handler(signum, stop.set)
        try:
            _check_base_url(out_dir, address)
            if on_ready is not None:
                on_ready(address)
            await stop.wait()
        finally:
            for signum in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(signum)
    finally:
        await runner.cleanup()
    log.debug("stopped serving %s", out_dir)


def _check_base_url(out_dir: Path, address: ServerAddress) -> None:
    """Warn when the feed's links point at another local address than this one (apps would fetch nothing)."""
    try:
        channel = load_channel(out_dir)
    except FeedError as exc:
        log.warning("%s", exc)
        return
    base = urlsplit(channel.base_url)
    if placeholder_host(base.hostname or "") and (base.port or 80) != address.port:
        log.warning(
            "the feed's links point at %s (base_url in %s), not at %s: serve with --port %s, or set base_url",
            channel.base_url, CHANNEL_FILE, address.url, urlsplit(channel.base_url).port or 80,
        )

