"""What the voice reads for a story: headline (+ kicker, subtitle), a spoken byline,
then the body and the captions of photos printed inside it, with the layout leftovers
removed and the text normalized.

Also the two views of a story for `audiopaper segment`: one readable line
(`describe_story`) and a JSON record (`story_record`).
"""

from __future__ import annotations

import re

from .models import Story, StoryKind
from .pagetext import AD_NUMBER, AD_PHONE_NUMBER, HAN
from .segment import patterns as p

_CJK = HAN
_PUNCT_END = re.compile(r"[。！？!?…；;，,、：:”’」』）)》]$")
_PAPER_ROLE = re.compile(p.either_script(r"^(?:本报|新华社|中新社|.{1,6}(?:日报|晚报|报|社))"))


def speech_text(story: Story, *, include_ads: bool = True, reads_latin: bool = False) -> str:
    """Normalized speech text for *story* (no ASCII digits; Latin kept only if the voice *reads_latin*).

    Classifieds are read ad by ad, phone numbers digit by digit; with
    include_ads=False a classifieds story only says how many ads there are."""
    from .textnorm import normalize_lines

    lines = _script_lines(story, include_ads=include_ads, printed=False)
    return "\n".join(out for out in normalize_lines(lines, reads_latin=reads_latin) if out.strip())


def normalize_for_voice(lines: list[str], voice: str | None = None) -> list[str]:
    """*lines* as the preset *voice* (default: the offline voice) will get them, one per line."""
    from .engines import reads_latin
    from .textnorm import normalize_lines
    from .voices import DEFAULT_OFFLINE_VOICE, get_preset

    return normalize_lines(lines, reads_latin=reads_latin(get_preset(voice or DEFAULT_OFFLINE_VOICE)))


def display_text(story: Story, *, include_ads: bool = True) -> str:
    """The same lines as speech_text() before normalization, in printed form:
    digits, Latin codes, phone numbers and bracketed glosses as on the page
    (only layout marks dropped). Transcripts show this text."""
    lines = _script_lines(story, include_ads=include_ads, printed=True)
    return "\n".join(line for line in lines if line.strip())


def _script_lines(story: Story, *, include_ads: bool, printed: bool) -> list[str]:
    """Headline (+ kicker, subtitle), spoken byline, body, photo captions: one line each, not
    normalized. *printed* keeps what the page shows and the voice would not
    (brackets, middle dots, digits of phone and ad numbers)."""
    if story.kind is StoryKind.CLASSIFIEDS:
        return _classifieds_lines(story, include_ads, printed)
    clean = _clean_for_print if printed else clean_for_speech
    lines: list[str] = []
    for part in (story.kicker, story.title, story.subtitle):  # print order: kicker leads into the title
        if part:
            lines.append(_sentence(clean(re.sub(r"\s+", "，", part.strip()))))
    if not story.title and story.kind is StoryKind.CONTINUATION:
        lines.append(f"接第{story.continued_from}版。" if story.continued_from else "接上版。")
    byline = spoken_byline(story.byline, photo=story.kind is StoryKind.PHOTO)
    if byline:
        lines.append(byline + "。")
    for paragraph in story.body.split("\n"):
        paragraph = clean(paragraph)
        if paragraph:
            lines.append(paragraph)
    for caption in story.captions:  # a photo inside the prose: its caption after the story, said to be one
        caption = clean(caption)
        if caption:
            lines.append(f"{'圖片說明' if _traditional(caption) else '图片说明'}：{caption}")
    return lines


def spoken_byline(byline: str, *, photo: bool = False) -> str:
    """'首席记者 张赤奎' -> '本报首席记者张赤奎报道'; a photo credit ends in 摄影,
    '文/图 记者 X' in 报道并摄影, '图/ 记者 X' in 摄影; an editorial's byline
    (本报评论员) is read as 本报评论员文章."""
    compacted = p.compact(byline)
    if p.COMMENTARY_BYLINE.match(compacted):
        return compacted if compacted.endswith("文章") else compacted + "文章"
    for k in range(1, len(compacted)):  # 记者 X 新华社北京4月28日电: a dateline closed the story
        dateline = compacted[k:]
        if p.CLOSING_DATELINE.match(dateline) and dateline in byline:
            credit = byline[: byline.rindex(dateline)].strip(" （）()")
            if p.BYLINE_GROUP.search(credit):
                return f"{dateline}，{spoken_byline(credit, photo=photo)}"
    if p.CLOSING_DATELINE.match(compacted) or compacted.startswith("作者"):
        return compacted  # a wire's dateline (新华社南昌4月26日电) or a writer's note is said as printed
    groups = p.BYLINE_GROUP.findall(byline)
    if not groups:
        return f"{compacted}{'摄影' if photo else '报道'}" if compacted else ""
    # 本报 once, before the first group, unless a group already names a paper.
    paper_named = any(_PAPER_ROLE.match(role) for _, role, _ in groups)
    spoken: list[tuple[str, str]] = []
    for n, (mark, role, names) in enumerate(groups):
        names = "、".join(x for x in re.split(r"[、，,\s]+", names) if x)
        if n == 0 and not paper_named:
            role = ("本報" if _traditional(role) else "本报") + role
        spoken.append((f"{role}{names}", _credit_verb(mark, photo)))
    verbs = {verb for _, verb in spoken}
    if len(verbs) == 1:
        verb = verbs.pop()
        if _traditional(byline):
            verb = verb.replace("报", "報").replace("摄", "攝")
        return "、".join(who for who, _ in spoken) + verb
    return "，".join(who + verb for who, verb in spoken)


def _credit_verb(mark: str, photo: bool) -> str:
    if mark in ("文/图", "文/摄", "文图/", "图文/", "文/圖", "文/攝", "文圖/", "圖文/"):
        return "报道并摄影"
    if mark in ("图/", "摄/", "圖/", "攝/"):
        return "摄影"
    return "摄影" if photo else "报道"


def _traditional(text: str) -> bool:
    return bool(re.search("[記報員攝訊]", text))


def clean_for_speech(text: str) -> str:
    """Remove what only the layout needed: □ marks, middle dots, brackets around a gloss."""
    return _clean(text, printed=False)


def _clean_for_print(text: str) -> str:
    """Only the layout marks and spaces go; the page's brackets and dots stay."""
    return _clean(text, printed=True)


def _clean(text: str, *, printed: bool) -> str:
    text = re.sub(f"[{p.LAYOUT_MARKS}]", "", text)
    if not printed:
        text = re.sub(rf"(?<=[{_CJK}”“])[·•・‧](?=[{_CJK}“”])", "", text)
        text = re.sub(rf"(?<=[{_CJK}])[（(]([{_CJK}]{{1,2}})[）)]", r"\1", text)  # 智能门（锁） -> 智能门锁
    text = p.squeeze(text)
    lead = p.LEAD.match(text)
    if lead and lead.end() < len(text) and not re.match(r"[，,。：:\s]", text[lead.end()]):
        text = text[: lead.end()] + "，" + text[lead.end():]  # a pause after 本报讯
    return text


def _sentence(text: str) -> str:
    return text if not text or _PUNCT_END.search(text) else text + "。"




def _classifieds_lines(story: Story, include_ads: bool, printed: bool) -> list[str]:
    from .textnorm import read_digits

    title = story.title or "分类信息"
    items = story.items or tuple(x for x in story.body.split("\n") if x.strip())
    if not include_ads:
        return [f"{title}，共{len(items)}条。"]
    clean = _clean_for_print if printed else clean_for_speech
    lines = [_sentence(title)]
    for item in items:
        category, _, text = item.partition("：") if "：" in item[:16] else ("", "", item)
        if not text:
            category, text = "", item
        line = ""
        if category:
            line += _sentence(clean(category))
        number = AD_NUMBER.match(text)
        if number:
            line += f"{number.group(1) if printed else read_digits(number.group(1))}号，"
            text = text[number.end():]
        text = clean(text)
        if not printed:
            text = AD_PHONE_NUMBER.sub(lambda m: read_digits(m.group(0), one="幺"), text)
        line += _sentence(text)
        lines.append(line)
    return lines


def describe_story(story: Story) -> str:
    """One readable line: kind, title, byline, first words."""
    from .scripts import chapter_title

    title = story.title or f"（{chapter_title(story)}）"
    parts = [f"{story.kind.value:<12}", title]
    if story.subtitle:
        parts[-1] += f"——{story.subtitle}"
    if story.byline:
        parts.append(story.byline)
    if story.kind is StoryKind.CLASSIFIEDS:
        parts.append(f"{len(story.items)} 条")
    first = story.body.replace("\n", " ")
    parts.append(first[:24] + ("…" if len(first) > 24 else ""))
    return " | ".join(parts)


def story_record(story: Story) -> dict:
    """The JSON view of a story for `audiopaper segment --json`."""
    return {
        "kind": story.kind.value,
        "title": story.title,
        "kicker": story.kicker,
        "subtitle": story.subtitle,
        "byline": story.byline,
        "body": story.body,
        "speech": speech_text(story),
        "page": story.page,
        "continued_from": story.continued_from,
        "items": list(story.items),
        **({"captions": list(story.captions)} if story.captions else {}),  # only when the page has them
    }
