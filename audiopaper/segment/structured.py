"""Stories from structured input: Markdown (`# headline` per story), JSON (a list of
{title, body, byline?, subtitle?, kicker?}) and RSS/Atom feeds.

A headline alone is not a story: a JSON item without a body is an error naming the
item; a Markdown heading or feed entry with no text under it is left out with a warning
(a photo with its credit and no caption is still a photo)."""

from __future__ import annotations

import html
import json
import logging
import re

from ..errors import SegmentationError
from ..models import Page, Story, StoryKind
from . import patterns as p
from .classifieds import split_ads

log = logging.getLogger(__name__)

_BRIEF_CHARS = 250


def _is_empty(story: Story) -> bool:
    """A headline with nothing under it to read."""
    if story.kind is StoryKind.CLASSIFIEDS:
        return not story.items
    return not story.body.strip() and story.kind is not StoryKind.PHOTO


def structured_stories(page: Page) -> list[Story]:
    if page.format == "markdown":
        return _markdown(page)
    if page.format == "json":
        return _json(page)
    if page.format == "feed":
        return _feed(page)
    raise SegmentationError(page.source, f"unknown input format {page.format!r}")


def _story(page: Page, title: str, body_lines: list[str], *, subtitle: str = "", kicker: str = "",
           byline: str = "") -> Story:
    title = p.headline_text(title) if title else ""
    if p.CLASSIFIEDS_HEAD.match(p.squeeze(title)):
        head, ads = split_ads([line for line in body_lines if line.strip()])
        if head:
            ads.insert(0, head)
        return Story(kind=StoryKind.CLASSIFIEDS, title=title, body="\n".join(ads), page=page.number,
                     items=tuple(ads))
    paragraphs: list[list[str]] = [[]]
    for line in body_lines:
        if line.strip():
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    # Inside a paragraph, a line that ends a sentence still ends the paragraph.
    texts: list[str] = []
    for lines in paragraphs:
        current: list[str] = []
        for line in lines:
            current.append(line)
            if p.SENTENCE_END.search(p.squeeze(line)):
                texts.append(p.join_lines(current))
                current = []
        if current:
            texts.append(p.join_lines(current))
    body = "\n".join(t for t in texts if t)
    jump = p.JUMP_FROM.match(body)
    continued_from = p.page_number(jump.group(1) or jump.group(2)) if jump else None
    if jump:
        body = body[jump.end():]
    credit = p.CREDIT.search(body)
    kind = StoryKind.ARTICLE
    if credit and not byline:
        byline = p.byline_display(credit.group(1) or credit.group(2)) or p.squeeze(credit.group(1) or "")
        body = body[: credit.start()].rstrip()
        kind = StoryKind.PHOTO
    elif jump:
        kind = StoryKind.CONTINUATION
    elif not title and len(body) < _BRIEF_CHARS:
        kind = StoryKind.BRIEF
    byline = p.byline_display(byline) or p.squeeze(p.strip_layout(byline)) if byline else ""
    return Story(kind=kind, title=title, body=body, subtitle=p.headline_text(subtitle) if subtitle else "",
                 kicker=p.headline_text(kicker) if kicker else "", byline=byline, page=page.number,
                 continued_from=continued_from)


def _markdown(page: Page) -> list[Story]:
    stories: list[Story] = []
    empty: list[str] = []
    title = subtitle = byline = ""
    body: list[str] = []

    def flush() -> None:
        if title or any(line.strip() for line in body):
            story = _story(page, title, body, subtitle=subtitle, byline=byline)
            if _is_empty(story):
                log.warning("%s: left out heading %r: no text under it", page.source, story.title)
                empty.append(story.title)
            else:
                stories.append(story)

    for raw in page.text.split("\n"):
        line = raw.strip()
        heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", line)
        if heading and len(heading.group(1)) == 1:
            flush()
            title, subtitle, byline, body = heading.group(2), "", "", []
        elif heading and not any(x.strip() for x in body):
            subtitle = f"{subtitle} {heading.group(2)}".strip()
        elif heading:
            body.append(heading.group(2))
        elif not any(x.strip() for x in body) and line and p.is_byline(_strip_markup(line)):
            byline = _strip_markup(line)
        else:
            body.append(_strip_markup(raw))
    flush()
    if not stories and empty:
        raise SegmentationError(page.source, f"no stories found: no text under the headings ({'、'.join(empty[:3])})")
    if not stories:
        raise SegmentationError(page.source, "no stories found (Markdown: start each story with '# headline')")
    return stories


def _strip_markup(line: str) -> str:
    line = re.sub(r"^\s*(?:>\s*|[-*+]\s+)", "", line)
    line = re.sub(r"(\*\*|__|\*|_|`)(.+?)\1", r"\2", line)
    return re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", line)


def _json(page: Page) -> list[Story]:
    try:
        data = json.loads(page.text)
    except json.JSONDecodeError as exc:
        raise SegmentationError(page.source, f"not valid JSON: {exc.msg} at line {exc.lineno}") from exc
    if isinstance(data, dict) and isinstance(data.get("stories"), list):
        data = data["stories"]
    if not isinstance(data, list):
        raise SegmentationError(page.source, "JSON input must be a list of {title, body, byline?} objects")
    stories = []
    for n, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise SegmentationError(page.source, f"item {n} is not an object")
        fields = {}
        for key in ("title", "body", "byline", "subtitle", "kicker"):
            value = item.get(key, "")
            if value is None:
                value = ""
            if not isinstance(value, str):
                raise SegmentationError(page.source, f"item {n}: {key!r} must be a string")
            fields[key] = value
        if not fields["body"].strip() and not fields["title"].strip():
            raise SegmentationError(page.source, f"item {n} has neither title nor body")
        story = _story(page, fields["title"], fields["body"].split("\n"), subtitle=fields["subtitle"],
                       kicker=fields["kicker"], byline=fields["byline"])
        if _is_empty(story):
            raise SegmentationError(page.source, f"item {n} ({fields['title'].strip()!r}) has no body text")
        stories.append(story)
    if not stories:
        raise SegmentationError(page.source, "no stories found (empty JSON list)")
    return stories


def _feed(page: Page) -> list[Story]:
    try:
        import feedparser
    except ImportError as exc:  # pragma: no cover - feedparser is a dependency
        raise SegmentationError(page.source, "reading RSS/Atom needs the feedparser package") from exc
    parsed = feedparser.parse(page.text)
    stories = []
    for n, entry in enumerate(parsed.entries, start=1):
        content = ""
        if entry.get("content"):
            content = entry.content[0].get("value", "")
        content = content or entry.get("summary", "") or entry.get("description", "")
        text = _html_to_text(content)
        story = _story(page, entry.get("title", ""), text.split("\n"), byline=entry.get("author", ""))
        if _is_empty(story):
            log.warning("%s: left out entry %d (%r): no text under its title", page.source, n, story.title)
            continue
        stories.append(story)
    if not stories:
        if parsed.entries:
            reason = "its entries have titles but no text"
        elif not parsed.get("bozo"):
            reason = "no entries"
        else:
            reason = f"not a readable feed ({parsed.get('bozo_exception')})"
        raise SegmentationError(page.source, f"no stories found: {reason}")
    return stories


def _html_to_text(markup: str) -> str:
    markup = re.sub(r"(?i)<\s*(br|/p|/div|/li|/h\d)\s*/?>", "\n\n", markup)
    markup = re.sub(r"<[^>]+>", "", markup)
    return html.unescape(markup)
