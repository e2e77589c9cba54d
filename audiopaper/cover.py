"""Default artwork: a square RGB PNG made from the paper's name.

The name is drawn in a CJK font when the machine has one (`fc-list :lang=zh`);
otherwise its pinyin is drawn in a Latin font, so the cover never shows
empty boxes and never fails for want of a font.
"""

from __future__ import annotations

import functools
import hashlib
import io
import re
import logging
import shutil
import subprocess
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .errors import FeedError

log = logging.getLogger(__name__)

COVER_SIZE = 1400

_LATIN_FONTS = ("DejaVuSans-Bold.ttf", "DejaVuSans.ttf", "LiberationSans-Bold.ttf", "Arial Bold.ttf")


@functools.lru_cache(maxsize=1)
def cjk_font_path() -> str | None:
    """A font file that covers Chinese, or None."""
    if not shutil.which("fc-list"):
        return None
    try:
        out = subprocess.run(
            ["fc-list", ":lang=zh", "file", "style"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    candidates = []
    for line in out.splitlines():
        path, _, style = line.partition(":")
        path = path.strip()
        if path:
            bold = "bold" in style.lower() or "black" in style.lower()
            candidates.append((not bold, "serif" in path.lower(), path))
    return sorted(candidates)[0][2] if candidates else None


def _font(size: int, cjk: bool) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    if cjk and (path := cjk_font_path()):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            log.debug("cannot load CJK font %s", path)
    for name in _LATIN_FONTS:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without FreeType
        return ImageFont.load_default()


def _romanize(text: str) -> str:
    from pypinyin import lazy_pinyin

    words = [w for w in lazy_pinyin(text) if w.strip()]
    return " ".join(w.capitalize() for w in words if w.isascii()) or "Audiopaper"


def _palette(name: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """A deep background and a warm accent, chosen from the name (stable)."""
    schemes = [
        ((122, 16, 24), (245, 205, 120)),  # newspaper red, gold
        ((18, 42, 84), (240, 196, 96)),  # ink blue
        ((24, 70, 60), (236, 214, 150)),  # jade
        ((40, 40, 48), (226, 86, 64)),  # charcoal, vermilion
    ]
    pick = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:2], "big") % len(schemes)
    return schemes[pick]


def _fit(draw: ImageDraw.ImageDraw, text: str, cjk: bool, max_width: int, start: int) -> ImageFont.ImageFont:
    size = start
    while size > 24:
        font = _font(size, cjk)
        if draw.textlength(text, font=font) <= max_width:
            return font
        size = int(size * 0.9)
    return _font(size, cjk)


def make_cover(paper: str, *, subtitle: str = "每日有声版", size: int = COVER_SIZE) -> bytes:
    """PNG bytes of the default artwork (deterministic for a given machine's fonts)."""
    background, accent = _palette(paper)
    image = Image.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(image)
    unit = size / 1400

    # a soft vertical gradient, darker at the foot
    for y in range(0, size, 4):
        shade = 1 - 0.35 * y / size
        draw.rectangle((0, y, size, y + 4), fill=tuple(int(c * shade) for c in background))

    # newspaper rules at the top
    margin = int(110 * unit)
    draw.rectangle((margin, int(150 * unit), size - margin, int(162 * unit)), fill=accent)
    draw.rectangle((margin, int(178 * unit), size - margin, int(182 * unit)), fill=accent)

    # a sound wave: bars whose heights come from the name, mirrored about a line
    digest = hashlib.sha256(paper.encode("utf-8")).digest()
    bars = 29
    bar_w = (size - 2 * margin) / (bars * 1.6)
    mid_y = int(990 * unit)
    for i in range(bars):
        envelope = 1 - abs(i - bars // 2) / (bars / 2 + 1)
        h = int((50 + (digest[i % len(digest)] / 255) * 130) * envelope * unit) + int(12 * unit)
        x0 = margin + i * bar_w * 1.6
        draw.rounded_rectangle((x0, mid_y - h, x0 + bar_w, mid_y + h), radius=bar_w / 2, fill=accent)

    has_cjk = cjk_font_path() is not None
    title = paper.strip() or "audiopaper"
    if has_cjk:
        sub = subtitle
    else:
        title = _romanize(title)
        sub = "DAILY AUDIO EDITION"
    title_font = _fit(draw, title, has_cjk, size - 2 * margin, int((300 if has_cjk else 170) * unit))
    draw.text((size / 2, int(470 * unit)), title, font=title_font, fill=(255, 250, 240), anchor="mm")
    sub_font = _fit(draw, sub, has_cjk, size - 2 * margin, int(90 * unit))
    draw.text((size / 2, int(700 * unit)), sub, font=sub_font, fill=accent, anchor="mm")

    draw.rectangle((margin, size - int(182 * unit), size - margin, size - int(178 * unit)), fill=accent)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


@functools.lru_cache(maxsize=2)  # a build stamps its input key with it, then publishes it
def make_artwork(paper: str, suffix: str = ".png") -> bytes:
    """The default artwork encoded for a file named *suffix* (.png, or .jpg/.jpeg)."""
    png = make_cover(paper)
    if suffix.lower() not in (".jpg", ".jpeg"):
        return png
    with Image.open(io.BytesIO(png)) as image:
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, format="JPEG", quality=92, optimize=True)
    return buffer.getvalue()


def thumbnail_jpeg(image_bytes: bytes, size: int = 600) -> bytes:
    """A small JPEG of the artwork for embedding in ID3 APIC frames."""
    with Image.open(io.BytesIO(image_bytes)) as image:
        image = image.convert("RGB")
        image.thumbnail((size, size), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def read_artwork(path: Path) -> bytes:
    """The bytes of the channel's artwork file, once they are known to decode as a PNG or JPEG image."""
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError as exc:
        raise FeedError(str(path), "is a directory, not a PNG/JPEG image") from exc
    except OSError as exc:
        raise FeedError(str(path), f"cannot read the artwork: {exc.strerror or exc}") from exc
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            image.load()  # a truncated or corrupt file fails here, not halfway through publishing
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        reason = re.sub(r"\s*<_io\.BytesIO object at 0x[0-9a-fA-F]+>", "", str(exc))  # Pillow names its buffer
        raise FeedError(str(path), f"not a PNG/JPEG image ({reason})") from exc
    if kind not in ("PNG", "JPEG"):
        raise FeedError(str(path), f"not a PNG/JPEG image (a {kind} image; podcast apps take only PNG or JPEG)")
    return data
