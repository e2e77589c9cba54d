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
    """Channel elements: podcast:guid, podcast:locked, podcast:updateFrequency, itunes:explicit."""

    def __init__(self) -> None:
        self._guid: str | None = None
        self._locked: bool | None = None
        self._locked_owner = ""
        self._explicit: bool | None = None
        self._update_frequency: tuple[str, str] | None = None

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
        if self._update_frequency:
            label, rrule = self._update_frequency
            xml_elem(f"{{{PODCAST_NS}}}updateFrequency", channel, rrule=rrule).text = label
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

    def update_frequency(self, label: str, rrule: str) -> None:
        """podcast:updateFrequency: *label* for people, *rrule* (RFC 5545) for apps."""
        self._update_frequency = (label, rrule)


class Podcast20EntryExtension(BaseEntryExtension):
    """Item elements: podcast:chapters, podcast:transcript and itunes:explicit (true/false)."""

    def __init__(self) -> None:
        self._chapters: tuple[str, str] | None = None
        self._transcripts: list[dict[str, str]] = []
        self._explicit: bool | None = None

    def extend_ns(self) -> dict[str, str]:
        return {"podcast": PODCAST_NS, "itunes": ITUNES_NS}

    def extend_rss(self, entry):  # type: ignore[no-untyped-def]
        if self._explicit is not None:
            xml_elem(f"{{{ITUNES_NS}}}explicit", entry).text = "true" if self._explicit else "false"
        if self._chapters:
            url, kind = self._chapters
            xml_elem(f"{{{PODCAST_NS}}}chapters", entry, url=url, type=kind)
        for attrs in self._transcripts:
            xml_elem(f"{{{PODCAST_NS}}}transcript", entry, **attrs)
        return entry

    def extend_atom(self, entry):  # type: ignore[no-untyped-def]
        return entry

    def itunes_explicit(self, value: bool) -> None:
        self._explicit = value

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
