"""Channel settings: podcast.toml in the output directory.

Created with sensible defaults on first publish; the user edits it after.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
import tomllib
import uuid
import xml.etree.ElementTree as ET
import zoneinfo
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote, urlsplit

from .atomic import write_text
from .errors import FeedError
from .plaintext import one_line, strip_controls

log = logging.getLogger(__name__)

CHANNEL_FILE = "podcast.toml"
FEED_FILE = "feed.xml"
INDEX_FILE = "index.html"  # the site's player page
PODCAST_NS = "https://podcastindex.org/namespace/1.0"
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
DEFAULT_BASE_URL = "http://localhost:8000/"
DEFAULT_EMAIL = "podcast@example.com"
# hosts that never reach listeners: loopback, and the names reserved for examples and tests (RFC 2606, 6761)
_PLACEHOLDER_HOSTS = ("localhost", "example.com", "example.net", "example.org")
_PLACEHOLDER_SUFFIXES = (".localhost", ".example", ".test", ".invalid", ".local")


@dataclass(frozen=True)
class Channel:
    title: str
    author: str
    description: str
    owner_name: str
    owner_email: str = DEFAULT_EMAIL
    base_url: str = DEFAULT_BASE_URL  # where the output directory is served; ends in "/"
    language: str = "zh-cn"
    category: str = "News"
    subcategory: str = "Daily News"
    explicit: bool = False
    artwork: str = "cover.png"  # path relative to the output directory (.png or .jpg)
    locked: bool = True  # podcast:locked: other hosts may not import the feed
    link: str = ""  # the website; base_url when empty
    timezone: str = "Asia/Shanghai"  # pubDate = the edition's date at publish_time here
    publish_time: str = "06:00"
    anchor_voice: str = ""  # voice preset for intro/outro; the build's default when empty
    reader_voices: tuple[str, ...] = ()  # presets the stories rotate through
    # podcast:guid, made from the first feed URL and then kept, so that moving
    # the site (a new base_url) does not make it a new podcast to apps and indexes
    guid: str = ""

    @property
    def feed_url(self) -> str:
        return absolute_url(self.base_url, FEED_FILE)

    @property
    def podcast_guid(self) -> str:
        """The stored guid, or the one the feed URL gives when none is stored yet."""
        return self.guid or podcast_guid(self.feed_url)

    @property
    def artwork_is_url(self) -> bool:
        return _is_web_url(self.artwork)

    @property
    def artwork_url(self) -> str:
        return encode_url(self.artwork) if self.artwork_is_url else absolute_url(self.base_url, self.artwork)

    @property
    def site_link(self) -> str:
        """The channel's <link>: the website, else the site's player page."""
        return encode_url(self.link) if self.link else absolute_url(self.base_url, INDEX_FILE)


def default_channel(paper: str = "") -> Channel:
    name = paper.strip() or "audiopaper"
    return Channel(
        title=f"{name} · 有声版",
        author=name,
        description=f"{name}每日有声版：每天一集，一条新闻一个章节，也可以单独收听每条新闻。",
        owner_name=name,
    )


def podcast_guid(feed_url: str) -> str:
    """podcast:guid: uuid5 of the feed URL without scheme and trailing slashes."""
    bare = feed_url.split("://", 1)[-1].rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


def normalize_base_url(url: str, where: str = CHANNEL_FILE) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FeedError(where, f"base_url must be an absolute http(s) URL, got {url!r}")
    return url.strip() if url.strip().endswith("/") else url.strip() + "/"


def encode_url(url: str) -> str:
    """*url* with its host in IDNA and its path and query percent-encoded (idempotent)."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    if not host.isascii():
        host = host.encode("idna").decode("ascii")
    netloc = host + (f":{parts.port}" if parts.port else "")
    path = quote(parts.path, safe="/%~-._!$&'()*+,;=:@")
    query = "?" + quote(parts.query, safe="%~-._!$&'()*+,;=:@/?") if parts.query else ""
    return f"{parts.scheme}://{netloc}{path}{query}"


def absolute_url(base: str, relative: str = "") -> str:
    """*base* (a directory URL) joined with *relative*, percent-encoded, never double-encoded."""
    base = encode_url(base if base.endswith("/") else base + "/")
    return base + quote(relative.lstrip("/"), safe="/~-._")


def publish_clock(text: str, where: str = CHANNEL_FILE) -> dt.time:
    """publish_time ("06:00" or "6:00") as a time of day."""
    try:
        if not re.fullmatch(r"\d{1,2}:\d{2}", text):
            raise ValueError("not H:MM")
        return dt.time.fromisoformat(text.zfill(5))
    except ValueError as exc:
        raise FeedError(where, f"publish_time must be a time of day as HH:MM (e.g. \"06:00\"), got {text!r}") from exc


def channel_timezone(name: str, where: str = CHANNEL_FILE) -> zoneinfo.ZoneInfo:
    """timezone as an IANA zone ("Asia/Shanghai")."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise FeedError(where, f"timezone must be an IANA time zone such as \"Asia/Shanghai\", got {name!r}") from exc


def load_channel(out_dir: Path, *, paper: str = "") -> Channel:
    """podcast.toml from *out_dir*, or the defaults for *paper* when it does not exist yet."""
    path = Path(out_dir) / CHANNEL_FILE
    if not path.exists():
        return default_channel(paper)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FeedError(str(path), f"cannot read channel settings: {exc}") from exc
    return channel_from_dict(data, str(path), paper=paper)


def channel_from_dict(data: dict[str, object], where: str, *, paper: str = "") -> Channel:
    fields = {f.name: f for f in dataclasses.fields(Channel)}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise FeedError(where, f"unknown keys {unknown} (known: {', '.join(fields)})")
    base = dataclasses.asdict(default_channel(paper))
    for key, value in data.items():
        expected = type(base[key])
        if isinstance(value, str):  # control characters break the feed's XML
            value = strip_controls(value) if key in MULTILINE_FIELDS else _one_line(value, key, where)
        elif isinstance(value, list):
            value = [_one_line(v, key, where) if isinstance(v, str) else v for v in value]
        if expected is tuple:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise FeedError(where, f"{key} must be a list of strings")
            value = tuple(value)
        elif not isinstance(value, expected):
            raise FeedError(where, f"{key} must be a {expected.__name__}, got {value!r}")
        base[key] = value
    base["base_url"] = normalize_base_url(str(base["base_url"]), where)
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", str(base["owner_email"])):
        raise FeedError(where, f"owner_email is not an e-mail address: {base['owner_email']!r}")
    if not str(base["artwork"]).lower().endswith((".png", ".jpg", ".jpeg")):
        raise FeedError(where, "artwork must be a .png or .jpg file (podcast apps ignore other types)")
    _check_artwork(str(base["artwork"]), where)
    if base["link"] and not _is_web_url(str(base["link"])):
        raise FeedError(where, f"link must be an absolute http(s) URL, got {base['link']!r}")
    base["publish_time"] = publish_clock(str(base["publish_time"]), where).strftime("%H:%M")
    channel_timezone(str(base["timezone"]), where)
    if "guid" in data and not str(base["guid"]).strip():
        raise FeedError(where, "guid must not be empty (delete the line to have one made)")
    base["guid"] = str(base["guid"]).strip()
    return Channel(**base)  # type: ignore[arg-type]


MULTILINE_FIELDS = frozenset({"description"})


def _is_web_url(text: str) -> bool:
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _check_artwork(artwork: str, where: str) -> None:
    """artwork is an http(s) URL or a path inside the site: never absolute, never through "..". """
    if _is_web_url(artwork):
        return
    path = PurePosixPath(artwork.replace("\\", "/"))
    if ":" in artwork or path.is_absolute() or ".." in path.parts or not path.parts:
        raise FeedError(where, f"artwork must be a file inside the site or an http(s) URL, got {artwork!r}")


def _one_line(value: str, key: str, where: str) -> str:
    try:
        return one_line(value)
    except ValueError as exc:
        raise FeedError(where, f"{key} {exc}") from exc


def channel_toml(channel: Channel) -> str:
    """podcast.toml text for *channel* (strings as JSON-escaped TOML basic strings)."""
    lines = ["# audiopaper channel settings. Edit and rebuild; URLs are made from base_url.", ""]
    for field in dataclasses.fields(Channel):
        value = getattr(channel, field.name)
        if field.name == "guid" and not value:
            continue  # made on first publish
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, tuple):
            text = "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
        else:
            text = json.dumps(str(value), ensure_ascii=False)
        lines.append(f"{field.name} = {text}")
    return "\n".join(lines) + "\n"


def save_channel(out_dir: Path, channel: Channel) -> Path:
    path = Path(out_dir) / CHANNEL_FILE
    write_text(path, channel_toml(channel))
    return path


def settle_guid(channel: Channel, out_dir: Path) -> tuple[Channel, str | None]:
    """*channel* with its podcast:guid, and podcast.toml's new text when the guid
    must be stored there (None when it already is, or there is no podcast.toml).

    The guid of *channel*, else podcast.toml's, is kept. When there is none yet, a site published
    before guids were stored keeps the one its feed.xml already carries (made
    from the base_url of that time); a new site gets the one its feed URL gives.
    """
    out_dir = Path(out_dir)
    path = out_dir / CHANNEL_FILE
    text = None
    stored = ""
    if path.exists():
        try:
            text = path.read_text(encoding="utf-8")
            stored = str(tomllib.loads(text).get("guid", "")).strip()
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise FeedError(str(path), f"cannot read channel settings: {exc}") from exc
    guid = channel.guid or stored or published_guid(out_dir / FEED_FILE) or podcast_guid(channel.feed_url)
    if guid != channel.guid:
        channel = dataclasses.replace(channel, guid=guid)
    if text is None or stored:
        return channel, None
    return channel, channel_text_with_guid(text, guid)


def published_guid(feed_path: Path) -> str:
    """The podcast:guid of an existing feed.xml; "" when there is none or it cannot be read."""
    try:
        root = ET.parse(feed_path).getroot()
    except (OSError, ET.ParseError):
        return ""
    return (root.findtext(f"channel/{{{PODCAST_NS}}}guid") or "").strip()


def channel_text_with_guid(text: str, guid: str) -> str:
    """podcast.toml *text* (as the user left it, comments and all) with a guid line added."""
    return text.rstrip("\n") + (
        "\n\n# podcast:guid: identifies the podcast to apps and indexes; keep it when base_url changes\n"
        f"guid = {json.dumps(guid)}\n"
    )


def placeholder_host(host: str) -> bool:
    """True for a host name no listener can reach: localhost, a loopback address, example.com and the like."""
    host = host.strip().strip("[]").rstrip(".").lower()
    if host in ("", "::1", "0.0.0.0") or host.startswith("127."):
        return True
    return any(host == name or host.endswith("." + name) for name in _PLACEHOLDER_HOSTS) or host.endswith(
        _PLACEHOLDER_SUFFIXES
    )


def real_owner_email(channel: Channel) -> bool:
    """Whether the owner e-mail can reach someone (not podcast@example.com or the like)."""
    return not placeholder_host(channel.owner_email.rpartition("@")[2])


def placeholder_warning(channel: Channel) -> str | None:
    """One line naming the settings that still hold placeholders, or None when the feed is ready to publish."""
    found = []
    if placeholder_host(urlsplit(channel.base_url).hostname or ""):
        found.append(f"base_url {channel.base_url}")
    if not real_owner_email(channel):
        found.append(f"owner_email {channel.owner_email} (so podcast:locked is off)")
    if not found:
        return None
    return (
        f"{CHANNEL_FILE}: the feed is not ready to publish: placeholder {' and '.join(found)}; "
        "set them in podcast.toml (or build --base-url URL on the first build), then run audiopaper feed"
    )


def with_first_base_url(channel: Channel, out_dir: Path, url: str) -> Channel:
    """*channel* with base_url *url* (build --base-url), for a site without podcast.toml yet.

    Once podcast.toml exists it holds base_url; a different --base-url is refused
    rather than moving a published podcast by accident.
    """
    base_url = normalize_base_url(url, "--base-url")
    path = Path(out_dir) / CHANNEL_FILE
    if path.exists() and channel.base_url != base_url:
        raise FeedError(
            str(path),
            f"base_url is already {channel.base_url}; to move the site, edit base_url here and run audiopaper feed",
        )
    return dataclasses.replace(channel, base_url=base_url)
