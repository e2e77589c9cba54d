"""Our feedgen extension: the Podcasting 2.0 namespace, plus itunes:explicit true/false.

feedgen's own podcast extension accepts only yes/no/clean for itunes:explicit,
while Apple asks for true/false, so that one element is written here too.
"""

from __future__ import annotations

import feedgen.feed  # noqa: F401  (must come before feedgen.ext.*: lxml 6 crashes otherwise)
from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.util import xml_elem

from .channel import PODCAST_NS
ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
EXTENSION_NAME = "podcast20"


class Podcast20Extension(BaseExtension):
    """Channel elements: podcast:guid, podcast:locked, itunes:explicit."""

    def __init__(self) -> None:
        self._guid: str | None = None
        self._locked: bool | None = None
        self._locked_owner = ""
        self._explicit: bool | None = None

    def extend_ns(self) -> dict[str, str]:
        return {"podcast": PODCAST_NS, "itunes": ITUNES_NS}

    def extend_rss(self, rss_feed):  # type: ignore[no-untyped-def]
        channel = rss_feed[0]
        if self._explicit is not None:
            xml_elem(f"{{{ITUNES_NS}}}explicit", channel).text = "true" if self._explicit else "false"
        if self._locked is not None:
            locked = xml_elem(f"{{{PODCAST_NS}}}locked", channel)
            locked.text = "yes" if self._locked else "no"
            if self._locked_owner:
                locked.attrib["owner"] = self._locked_owner
        if self._guid:
            xml_elem(f"{{{PODCAST_NS}}}guid", channel).text = self._guid
        return rss_feed

    def extend_atom(self, atom_feed):  # type: ignore[no-untyped-def]
        return atom_feed

    def guid(self, value: str) -> None:
        self._guid = value

    def locked(self, value: bool, owner: str = "") -> None:
        self._locked = value
        self._locked_owner = owner

    def itunes_explicit(self, value: bool) -> None:
        self._explicit = value


class Podcast20EntryExtension(BaseEntryExtension):
    """Item elements: podcast:chapters and podcast:transcript."""

    def __init__(self) -> None:
        self._chapters: tuple[str, str] | None = None
        self._transcripts: list[dict[str, str]] = []

    def extend_ns(self) -> dict[str, str]:
        return {"podcast": PODCAST_NS}

    def extend_rss(self, entry):  # type: ignore[no-untyped-def]
        if self._chapters:
            url, kind = self._chapters
            xml_elem(f"{{{PODCAST_NS}}}chapters", entry, url=url, type=kind)
        for attrs in self._transcripts:
            xml_elem(f"{{{PODCAST_NS}}}transcript", entry, **attrs)
        return entry

    def extend_atom(self, entry):  # type: ignore[no-untyped-def]
        return entry

    def chapters(self, url: str, kind: str = "application/json+chapters") -> None:
        self._chapters = (url, kind)

    def transcript(self, url: str, kind: str, *, language: str = "", rel: str = "") -> None:
        attrs = {"url": url, "type": kind}
        if language:
            attrs["language"] = language
        if rel:
            attrs["rel"] = rel
        self._transcripts.append(attrs)


def register(fg: "feedgen.feed.FeedGenerator") -> None:
    """Add the extension to a FeedGenerator (reach it as fg.podcast20 / entry.podcast20)."""
    fg.register_extension(EXTENSION_NAME, Podcast20Extension, Podcast20EntryExtension, atom=False, rss=True)
