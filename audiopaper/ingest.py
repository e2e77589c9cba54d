"""Read the pages of one edition: files, directories or stdin, any common Chinese encoding.

Each input becomes one `Page` (a directory gives one page per file, in natural name order:
page2 before page10).
Text is decoded strictly: UTF-8 (with or without BOM), UTF-16/32 with a BOM, then
GB18030/GBK or Big5 as charset-normalizer judges them. A decoding that does not look
like Chinese or ASCII text is refused with an `InputError` naming the file; mojibake
never travels on.

Formats are told by content, not only by extension: `%PDF-` is an e-paper PDF page (kept
as bytes, its text layer is read by `epaper.pdf`); an HTML doctype or tags make a saved
article page (`epaper.html` keeps only the article). Other binary data is refused.
"""

from __future__ import annotations

import codecs
import errno
import json
import logging
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from .plaintext import strip_controls
from .errors import InputError
from .models import Edition, Page
from .pagetext import HAN_CHAR

log = logging.getLogger(__name__)

STDIN = "-"
_STDIN_NAME = "<stdin>"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The legacy encodings a Chinese page comes in; charset-normalizer chooses among them.
_CJK_ENCODINGS = ["gb18030", "big5", "big5hkscs"]

_PDF_HEADER = re.compile(rb"(?:^|[\r\n])%PDF-\d")
_MARKDOWN_SUFFIXES = {".md", ".markdown"}
_JSON_SUFFIXES = {".json"}
_FEED_SUFFIXES = {".rss", ".atom", ".xml"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
# An HTML document's own elements, or a page that opens with a common HTML tag.
_HTML_DOCUMENT = re.compile(r"<!doctype\s+html|<\s*(?:html|head|body)[\s>/]", re.IGNORECASE)
_FEED_START = re.compile(r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)
_HTML_TAG = re.compile(r"<\s*/?\s*(?:p|div|span|br|a|table|tr|td|ul|ol|li|h[1-6]|script|style|meta|img|section|"
                       r"article|header|footer|nav|title|link|strong|em|b|i|font)(?:\s[^<>]*)?/?>", re.IGNORECASE)


def read_edition(inputs: Sequence[str]) -> Edition:
    """Read every input (file, directory or "-" for stdin) as the pages of one edition."""
    if not inputs:
        raise InputError("<no input>", "give at least one file, directory or '-' for stdin")
    if list(inputs).count(STDIN) > 1:
        raise InputError(STDIN, "standard input given more than once; it can be read only once")
    sources: list[tuple[str, bytes]] = []
    for item in inputs:
        sources.extend(_expand(item))
    pages = []
    for source, data in sources:
        if len(sources) > 1 and not data.strip(b" \t\r\n\x00"):
            log.warning("%s: blank page, skipped", source)  # one blank scan must not stop the edition
            continue
        number = len(pages) + 1
        if is_pdf(data):
            pages.append(Page(source=source, number=number, text="", format="pdf", encoding="binary", data=data))
            log.debug("read %s: PDF, %d bytes", source, len(data))
            continue
        text, encoding = decode_text(data, source)
        pages.append(Page(source=source, number=number, text=text,
                          format=_detect_format(source, text), encoding=encoding))
        log.debug("read %s: %d characters, %s, %s", source, len(text), encoding, pages[-1].format)
    if not pages:
        raise InputError(", ".join(s for s, _ in sources), "every page is blank")
    for page in pages:
        if page.format == "json":
            _check_json(page)
    return Edition(pages=tuple(pages))


def _expand(item: str) -> list[tuple[str, bytes]]:
    if item == STDIN:
        return [(_STDIN_NAME, sys.stdin.buffer.read())]
    path = Path(item)
    if path.is_dir():
        files = sorted((p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")),
                       key=lambda p: natural_key(p.name))
        if not files:
            raise InputError(item, "directory holds no files")
        return [(str(p), _read_bytes(p)) for p in files]
    if not path.exists():
        try:
            path.resolve(strict=True)
        except RuntimeError as exc:  # Python < 3.13 reports a loop so
            raise InputError(item, "symbolic link loop") from exc
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise InputError(item, "symbolic link loop") from exc
        raise InputError(item, "no such file or directory")
    return [(item, _read_bytes(path))]


def natural_key(name: str) -> tuple:
    """Sort key that compares runs of digits as numbers: page1, page2, page10."""
    chunks = tuple((0, int(chunk), "") if chunk.isdigit() else (1, 0, chunk.casefold())
                   for chunk in re.split(r"(\d+)", name) if chunk)
    return chunks, name  # the name breaks ties (01 and 1)


def is_pdf(data: bytes) -> bool:
    """PDF readers accept the header on any line of the first kilobyte (after a mail header, say)."""
    return bool(_PDF_HEADER.search(data[:1024]))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc


def decode_text(data: bytes, source: str) -> tuple[str, str]:
    """Decode *data* strictly and return (text, encoding name); refuse what is not text."""
    if not data.strip(b" \t\r\n\x00"):
        raise InputError(source, "empty file")
    text, encoding = _decode(data, source)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(source, "empty file")
    _check_plausible(text, source, encoding)
    text = strip_controls(text)  # they would reach the feed's XML and the subtitles
    if not text.strip():
        raise InputError(source, "empty file")
    return text, encoding


def _decode(data: bytes, source: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(source, f"undecodable text: starts with a {encoding} BOM "
                                         f"but is not valid {encoding} ({exc.reason})") from exc
            return text.lstrip("\ufeff"), encoding.replace("-sig", "")
    if b"\x00" in data:
        raise InputError(source, "binary data, not text (NUL bytes and no UTF-16 byte-order mark)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data, source)


def _decode_legacy(data: bytes, source: str) -> tuple[str, str]:
    """charset-normalizer's choice among the CJK encodings; for text too short for it to
    judge, the first of GB18030, Big5 that decodes strictly to plausible text."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_CJK_ENCODINGS).best()
    candidates = ([best.encoding] if best is not None else []) + ["gb18030", "big5"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)  # strict: no replacement characters
        except (UnicodeDecodeError, LookupError):
            continue
        if _odd_count(text) <= max(3, len(text) // 20):
            return text, encoding.replace("_", "")
    raise InputError(source, "undecodable text: not UTF-8, UTF-16, GB18030/GBK or Big5")


def _check_plausible(text: str, source: str, encoding: str) -> None:
    """Refuse text that is binary or mojibake: it must be mostly CJK, ASCII and punctuation."""
    if "\ufffd" in text:
        raise InputError(source, f"undecodable text: replacement characters (U+FFFD) in {encoding} text")
    letters = [c for c in text if not c.isspace()]
    if not letters:
        raise InputError(source, "empty file")
    # C0 controls mean binary data; C1 controls (U+0080-U+009F) are counted as mojibake below.
    controls = sum(1 for c in letters if ord(c) < 0x20 or ord(c) == 0x7F)
    if controls > max(2, len(letters) // 100):
        raise InputError(source, "binary data, not text")
    odd = _odd_count(text)
    if odd > max(3, len(letters) // 20):
        sample = "".join(c for c in letters if not _plausible_char(c))[:12]
        raise InputError(source, f"text decoded as {encoding} looks like mojibake "
                                 f"({odd} unexpected characters such as {sample!r}); "
                                 "save it as UTF-8 and try again")


def _odd_count(text: str) -> int:
    return sum(1 for c in text if not c.isspace() and not _plausible_char(c))


def _plausible_char(char: str) -> bool:
    code = ord(char)
    if code < 0x80 or HAN_CHAR.match(char):
        return True
    return (
        0x3000 <= code <= 0x303F  # CJK punctuation
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or 0x2000 <= code <= 0x206F  # general punctuation: “” — …
        or 0x3300 <= code <= 0x33FF  # CJK compatibility: ㎡ ㎞
        or 0x2460 <= code <= 0x24FF  # ①
        or 0x25A0 <= code <= 0x25FF  # □ ■ ◆ ●
        or 0x2600 <= code <= 0x26FF  # ★
        or 0x2190 <= code <= 0x21FF  # arrows
        or 0x2100 <= code <= 0x214F  # ℃ №
        or 0x2150 <= code <= 0x218F  # Ⅰ Ⅱ
        or 0x20000 <= code <= 0x2FFFF  # ideographs beyond the BMP: extensions B+
        or 0x00B7 == code or 0x00D7 == code or 0x00F7 == code or 0x00B0 == code  # · × ÷ °
        or 0x0391 <= code <= 0x03C9  # Greek (α, β, Ω)
        or 0xFE30 <= code <= 0xFE4F  # CJK compatibility forms
        or 0x3100 <= code <= 0x312F  # bopomofo
        or 0x2E80 <= code <= 0x2FDF  # radicals
    )


_MARKDOWN_HEADING = re.compile(r"^#{1,2}\s+\S", re.MULTILINE)


def _detect_format(source: str, text: str) -> str:
    suffix = Path(source).suffix.lower() if source != _STDIN_NAME else ""
    if _is_html(suffix, text):
        return "html"
    if suffix in _MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in _JSON_SUFFIXES:
        return "json"
    if suffix in _FEED_SUFFIXES:
        return "feed"
    if suffix in ("", ".txt", ".text"):
        head = text.lstrip()[:200]
        if source == _STDIN_NAME or suffix == "":
            if head.startswith("["):
                return "json"
            if head.startswith("<?xml") or head.startswith("<rss") or head.startswith("<feed"):
                return "feed"
        if _MARKDOWN_HEADING.match(text.lstrip()):
            return "markdown"
    return "text"


def _is_html(suffix: str, text: str) -> bool:
    """A web page: by its suffix, its doctype or document tags, or an opening HTML tag (not a feed)."""
    head = text.lstrip()[:2000]
    if _FEED_START.match(head):
        return False
    return suffix in _HTML_SUFFIXES or bool(_HTML_DOCUMENT.search(head)) or (
        head.startswith("<") and bool(_HTML_TAG.match(head)))


def _check_json(page: Page) -> None:
    try:
        json.loads(page.text)
    except json.JSONDecodeError as exc:
        raise InputError(page.source, f"not valid JSON: line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
