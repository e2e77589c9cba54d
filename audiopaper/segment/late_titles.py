"""Titles OCR read after their story began: under its first paragraphs (a body set between two
titles whose words turn from the upper title's to the lower one's), under its last lines (an
untitled story closed by its own title), or atop the next story's headline run. A story's title
words come back in its first sentences and seldom in another story's: that tells whose title it is.
"""

from __future__ import annotations

import itertools
import re

from . import patterns as p
from .pieces import Body, HeadlineRun, Piece, over_bylines, renumbered

_LEAD_CHARS = 150  # a story's title words come back in its first sentences
OWN_STORY_SHARE = 0.5  # a title's words its own story holds
TELLING_TITLE_WORDS = 5  # fewer bigrams than this: a label or a name, too short to tell stories apart
_WINDOW = 300  # the text either side of a cut compared for its words
_LEAD_SPAN = 450  # the title below must come back this soon after the cut
STRAY_SHARE = 0.15  # a title's words another story may hold by chance
_STRAY_SHARE_ABOVE = 0.25
_NEXT_LEAD_SHARE = 0.3  # the title below holds this much of the next body's lead: it is that body's


def _title_units(run: HeadlineRun) -> list[set[str]]:
    """The bigrams of each line of the run, and of each two lines read as one (a wrapped title)."""
    texts = [p.compact(line.text) for line in run.lines]
    units = texts + [a + b for a, b in itertools.pairwise(texts)]
    return [grams for grams in map(p.bigrams, units) if len(grams) >= TELLING_TITLE_WORDS]


def title_share(title: set[str], text: str) -> float:
    """How much of a title's words the text holds."""
    return _share_of_words(title, p.bigrams(text))


def _share_of_words(title: set[str], words: set[str] | None) -> float:
    """How much of a title's words a text's words (its bigrams) hold; none of no text."""
    return len(title & words) / len(title) if title and words is not None else 0.0


def shared_words(left: str, right: str) -> float:
    """How many words two stretches of text share: low where one story gives way to the next."""
    a, b = p.bigrams(left), p.bigrams(right)
    return len(a & b) / max(1, min(len(a), len(b)))


# ---- a body under a late title ------------------------------------------------------------------

_ACCOUNT_DIGITS = 7  # a bank account or phone number: more digits in one number than a title prints


def _not_a_late_title(below: HeadlineRun) -> bool:
    """The run below is no story's title: an appeal's account or phone number. (A line the body
    repeats word for word may still be a deck: a kicker quoting its story's lead.)"""
    for line in below.lines:
        text = p.compact(line.text)
        if any(len(re.sub(r"\D", "", number)) >= _ACCOUNT_DIGITS for number in re.findall(r"\d[\d\-－—]*\d", text)):
            return True
    return False


def _late_title_cut(body: Body, above: HeadlineRun, below: HeadlineRun, after: Body | None) -> int | None:
    """The paragraph where the body's words turn from the title above to the title below, if they
    plainly do: the lower title's words come back in the first sentences after the cut and nowhere
    before it, the upper title's stay before it, and the lower title is not the next body's."""
    if len(body.paragraphs) < 2 or _not_a_late_title(below):
        return None
    paragraphs = [p.compact(p.raw_join(x)) for x in body.paragraphs]
    upper, lower = _title_units(above), _title_units(below)
    if not upper or not lower:
        return None
    text = "".join(paragraphs)
    title_below = max(lower, key=lambda u: title_share(u, text))
    lead_titles = [u for u in upper if title_share(u, text[:_LEAD_CHARS]) >= OWN_STORY_SHARE]
    if not lead_titles:
        return None  # the title above says nothing of the body: no switch to see
    if after is not None and title_share(title_below, p.compact(after.text())[:_LEAD_CHARS]) >= _NEXT_LEAD_SHARE:
        return None  # the title below heads the body under it
    best: tuple[float, int] | None = None
    for k in range(1, len(paragraphs)):
        if not p.SENTENCE_END.search(paragraphs[k - 1]):
            continue  # a story ends with its sentence
        head, tail = "".join(paragraphs[:k]), "".join(paragraphs[k:])
        if (title_share(title_below, tail[:_LEAD_SPAN]) < OWN_STORY_SHARE or title_share(title_below, head) > STRAY_SHARE
                or max(title_share(u, tail) for u in lead_titles) > _STRAY_SHARE_ABOVE):
            continue
        # where the words of the paragraphs on either side part most
        cohesion = shared_words(head[-_WINDOW:], tail[:_WINDOW])
        if best is None or cohesion < best[0]:
            best = (cohesion, k)
    return best[1] if best else None


def split_before_late_titles(pieces: list[Piece]) -> list[Piece]:
    """Cut a body set between two titles where its story gives way to the lower title's: OCR read
    that title late, below the start of its story (a story whose title came out under its first
    paragraphs, or the next story's title placed after it)."""
    order = [piece for piece in pieces if isinstance(piece, (Body, HeadlineRun))]
    cuts: dict[int, int] = {}
    for n in range(1, len(order) - 1):
        above, body, below = order[n - 1 : n + 2]
        if not (isinstance(above, HeadlineRun) and isinstance(body, Body) and isinstance(below, HeadlineRun)):
            continue
        if body.start == "caption":
            continue
        after = order[n + 2] if n + 2 < len(order) and isinstance(order[n + 2], Body) else None
        k = _late_title_cut(body, above, below, after)
        if k is not None:
            cuts[id(body)] = k
    if not cuts:
        return pieces
    result: list[Piece] = []
    for piece in pieces:
        result.append(piece)
        k = cuts.get(id(piece))
        if k is not None:
            assert isinstance(piece, Body)
            tail = Body(pos=0, start="plain", paragraphs=piece.paragraphs[k:], jump_to=piece.jump_to)
            piece.paragraphs, piece.jump_to = piece.paragraphs[:k], None
            result.append(tail)
    return renumbered(result, pieces)


# ---- a title set under its story ----------------------------------------------------------------

_CLOSING_TITLE_LINES = 3  # a title set under its story spans at most this many lines
_CLOSING_TITLE_CHARS = 48  # and at most this many characters
_CLOSING_TITLE_SHARE = 0.5  # of its words the story above holds (the story it heads restates it)
# a sentence, a credit, a note in brackets (（照片：X）, （作者单位）)
_NOT_A_TITLE = re.compile(r"[。；;]|作者|编辑|责编|来源|记者|通讯员|(?:^|\s)摄|供图|^[（(【\[].*[）)】\]]$")


def _title_shaped(lines: list[str], story: str) -> bool:
    """Lines that read as the title of *story* (its prose above them): short, closing no sentence
    (a question or a cry may close a title), naming no one, and their words the story's."""
    text = p.squeeze(p.raw_join(lines))
    if (len(lines) > _CLOSING_TITLE_LINES or len(p.compact(text)) > _CLOSING_TITLE_CHARS
            or re.search(r"[。，、；：,;:]$", text) or (p.SENTENCE_END.search(text) and not re.search(r"[？！?!]$", text))
            or _NOT_A_TITLE.search(text) or p.is_byline(text) or p.CREDIT.search(text)
            or p.BARE_NAME_LINE.match(p.compact(text)) or p.AUTHOR_NOTE.match(text) or p.COLON_CREDIT.match(text)):
        return False
    grams = p.bigrams(text)
    return len(grams) >= TELLING_TITLE_WORDS and title_share(grams, story) >= _CLOSING_TITLE_SHARE


def _story_closed(paragraph: list[str]) -> bool:
    """The paragraph ends its story: a finished sentence, or a credit in brackets (（记者 X）)."""
    text = p.squeeze(p.raw_join(paragraph))
    return bool(p.SENTENCE_END.search(text) or re.fullmatch(r"[（(][^（）()]+[）)]", text))


def title_closing_untitled_body(body: Body) -> bool:
    """An untitled story's last paragraph is its own title, set under it (OCR read the title
    after the body): it comes after the story closed and reads as that story's title."""
    if body.start not in ("plain", "lead") or len(body.paragraphs) < 2 or not body.paragraphs[-1]:
        return False
    story = p.compact("".join(p.raw_join(x) for x in body.paragraphs[:-1]))
    return _story_closed(body.paragraphs[-2]) and _title_shaped(body.paragraphs[-1], story)


def join_titles_under_credits(pieces: list[Piece]) -> list[Piece]:
    """A story's title read late, under the credits that close the story (……。 / 文／记者 X / title),
    came out as a body of its own: it goes back to the end of the story above, the credits with it
    (`title_closing_untitled_body` then takes it for that story's title). Only when no title stands
    over that story and nothing runs on under the line."""
    result = list(pieces)
    n = 0
    while n < len(result):
        piece = result[n]
        m = over_bylines(result, n)
        above = result[m] if m >= 0 and m < n - 1 else None
        below = result[n + 1] if n + 1 < len(result) else None
        if (isinstance(piece, Body) and isinstance(above, Body) and piece.start == "plain"
                and len(piece.paragraphs) == 1 and above.start in ("plain", "lead") and above.paragraphs
                and not isinstance(below, Body) and not _titled(result, m) and _story_closed(above.paragraphs[-1])
                and _title_shaped(piece.paragraphs[0], p.compact(above.text()))):
            above.paragraphs.append(piece.paragraphs[0])
            for credit in result[m + 1 : n]:
                credit.kind = "closing"  # the credits close the story above, not open a story under them
            del result[n]
            continue
        n += 1
    return renumbered(result, pieces)


def _titled(pieces: list[Piece], n: int) -> bool:
    """A headline run stands over the body at *n* (bylines between)."""
    m = over_bylines(pieces, n)
    return m >= 0 and isinstance(pieces[m], HeadlineRun)


# ---- a late title atop the next story's headline run --------------------------------------------


def title_of_story_above(upper: set[str], lower: set[str], above: set[str], below: set[str] | None) -> bool:
    """A headline run's top lines (*upper*, their words) are the title of the story above the run,
    read after it, and the run's next line (*lower*) is not: the top lines' words are the story
    above's (*above*, its words) and not the story's under the run (*below*), and the next line's are
    not the story above's (it is the next story's deck)."""
    return (len(upper) >= TELLING_TITLE_WORDS and _share_of_words(upper, above) >= OWN_STORY_SHARE
            and _share_of_words(upper, below) <= STRAY_SHARE and _share_of_words(lower, above) < OWN_STORY_SHARE)
