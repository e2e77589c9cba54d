"""One story from a saved e-paper article page (数字报 HTML).

The headline, its decks and the byline come from their own elements (the `founder-*`
elements of the common e-paper systems, an `<h1>`, elements classed as title, subtitle,
author), else from `<title>` minus the site's name. The body comes from the article's
own container (`founder-content`, `#ozoom`, `#articleContent`, `article`...), else from
trafilatura's main-text extraction. Scripts, styles, navigation, 上一篇/下一篇, lists of
other titles, footers and copyright lines never reach the text. Nothing is fetched:
links, images and stylesheets are ignored.
"""

from __future__ import annotations

import logging
import re

from ..errors import SegmentationError
from ..models import Page
from ..segment import patterns as p
from ..segment.ocr import is_furniture
from ..segment.structured import _html_to_text
from . import EpaperPage, finish_story, one_line

log = logging.getLogger(__name__)

NO_ARTICLE_TEXT = "no article text in this HTML page (an index or navigation page?)"

# Elements whose text is never the article's.
_DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "nav", "footer",
                 "header", "aside", "form", "select", "button", "svg", "head")
# The article's own container, most specific first.
_BODY_XPATHS = (
    "//founder-content",
    "//*[@id='ozoom']",
    "//*[@itemprop='articleBody']",
    "//*[@id='articleContent' or @id='article-content' or @id='article_content' or @id='ArticleContent']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' article-content ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' article_content ')]",
    "//article",
    "//*[@id='content' or @id='Content' or @id='zoom']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' content ')]",
)
_TITLE_XPATHS = (
    "//founder-title",
    "//h1",
    "//*[self::div or self::p or self::td or self::h2 or self::span][contains(@class, 'title') and "
    "not(contains(@class, 'sub')) and not(contains(@class, 'pre')) and not(contains(@class, 'list'))]",
)
_KICKER_XPATHS = ("//founder-prtitle", "//founder-pretitle", "//*[contains(@class, 'kicker') or "
                  "contains(@class, 'pretitle') or contains(@class, 'pre-title') or contains(@class, 'yinti')]")
_SUBTITLE_XPATHS = ("//founder-subtitle", "//*[contains(@class, 'subtitle') or contains(@class, 'sub-title') "
                    "or contains(@class, 'futi')]")
_BYLINE_XPATHS = ("//founder-author", "//*[contains(@class, 'author') or contains(@class, 'byline') or "
                  "contains(@id, 'author') or contains(@class, 'zuozhe')]", "//meta[@name='author']/@content")

# Lines of a page's frame: navigation, pagers, tools, counters, copyright and licence lines.
_NOISE = re.compile(
    r"^(?:上一篇|下一篇|上一版|下一版|上一期|下一期|返回|版面导航|本版标题|本版其他|本版新闻|相关新闻|相关阅读|"
    r"推荐阅读|热点新闻|往期回顾|打印|关闭|分享到|字号|来源[:：]|浏览次数|点击数|阅读数|发布时间)"
    r"|版权所有|[Cc]opyright|©|ICP\s*[备证]|未经.{0,8}(?:授权|许可)|技术支持[:：]"
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_SITE_NAME = re.compile(
    r"^.{0,14}(?:日报|晚报|早报|商报|时报|都市报|报|网|数字报|电子报|电子版|新闻网|客户端|报社|报业集团|融媒体中心)"
    r"(?:社|数字报|电子版|电子报|网)?$"
)
_TITLE_SEPARATOR = re.compile(r"\s*[|_｜]\s*|\s+[-–—]+\s+|(?<=[报网版])[-–—]+|[-–—]+(?=[^-–—]{0,14}(?:报|网|版)$)")


def read_page(page: Page) -> EpaperPage:
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", page.text))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise SegmentationError(page.source, f"not a readable HTML page: {exc}") from exc
    document_title = one_line(tree.findtext(".//title") or "")
    for element in tree.xpath("//comment() | //processing-instruction()"):
        _drop(element)
    kicker = _first_text(tree, _KICKER_XPATHS)
    subtitle = _first_text(tree, _SUBTITLE_XPATHS)
    byline = _first_text(tree, _BYLINE_XPATHS)
    title = _first_text(tree, _TITLE_XPATHS) or _title_without_site(document_title)
    for tag in _DROPPED_TAGS:
        for element in tree.iter(tag):
            if element.getparent() is not None:
                _drop(element)
    lines = _container_lines(tree) or _trafilatura_lines(page, tree)
    decks = {p.compact(x) for x in (title, kicker, subtitle, byline, document_title) if x}
    paragraphs = [line for line in lines if p.compact(line) not in decks and not _is_noise(line)]
    if not byline and paragraphs and p.is_byline(paragraphs[0]):
        byline = paragraphs.pop(0)
    byline = re.sub(r"^(?:作者|文)\s*[:：]\s*", "", byline)
    if not any(p.SENTENCE_END.search(x) or len(p.compact(x)) >= 40 for x in paragraphs):
        raise SegmentationError(page.source, NO_ARTICLE_TEXT)
    story, jump_to = finish_story(page, title, paragraphs, subtitle=subtitle, kicker=kicker, byline=byline)
    return EpaperPage((story,), (jump_to,))


def _drop(element) -> None:
    """Remove an element but keep the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def _first_text(tree, xpaths: tuple[str, ...]) -> str:
    for xpath in xpaths:
        for found in tree.xpath(xpath):
            text = one_line(found if isinstance(found, str) else found.text_content())
            if text and len(text) <= 80 and not _SITE_NAME.match(p.compact(text)):
                return text
    return ""


def _title_without_site(title: str) -> str:
    """`<title>` minus the site's name: 江南日报数字报-标题, 标题_江南日报, 标题 - 江南晚报 - 江南新闻网."""
    parts = [part for part in _TITLE_SEPARATOR.split(title) if part.strip()]
    kept = [part for part in parts if not _SITE_NAME.match(p.compact(part)) and not is_furniture(part)]
    return max(kept, key=len) if kept else ""


def _container_lines(tree) -> list[str]:
    import lxml.html

    for xpath in _BODY_XPATHS:
        for element in tree.xpath(xpath):
            lines = _lines(_html_to_text(lxml.html.tostring(element, encoding="unicode")))
            if any(p.SENTENCE_END.search(line) for line in lines):
                return lines
    return []


def _trafilatura_lines(page: Page, tree) -> list[str]:
    import lxml.html
    import trafilatura

    markup = lxml.html.tostring(tree, encoding="unicode")
    text = trafilatura.extract(markup, include_comments=False, include_tables=False, include_images=False,
                               include_links=False, favor_precision=True, deduplicate=True)
    if not text:
        text = trafilatura.extract(markup, include_comments=False, include_tables=True, favor_precision=True)
        text = re.sub(r"\s*\|\s*", "\n", text or "")
    log.debug("%s: main text by trafilatura (%d characters)", page.source, len(text or ""))
    return _lines(text or "")


def _lines(text: str) -> list[str]:
    return [one_line(line) for line in text.split("\n") if one_line(line)]


def _is_noise(line: str) -> bool:
    return bool(_NOISE.search(line)) or (is_furniture(line) and not p.SENTENCE_END.search(line))
