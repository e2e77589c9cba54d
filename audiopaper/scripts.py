"""What the episode says: intro with the headlines, each story, outro."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .models import Script, Story, StoryKind

_WEEKDAYS = "一二三四五六日"


def chapter_title(story: Story) -> str:
    """The headline a listener sees in the chapter list."""
    if story.title:
        return story.title
    if story.kind is StoryKind.CONTINUATION:
        # No headline was printed over it: name it by where it comes from and how it opens.
        source = f"接第{story.continued_from}版" if story.continued_from else "接上版"
        return f"{source}：{_opening_words(story.body)}"
    if story.kind is StoryKind.CLASSIFIEDS:
        return "分类信息"
    return story.body[:16]


def _opening_words(body: str, limit: int = 14) -> str:
    body = body.strip()
    opening = re.split(r"[，、。！？；：,.!?;:]", body, maxsplit=1)[0][:limit]
    return opening + "…" if len(opening) < len(body) else opening


def spoken_date(date: dt.date) -> str:
    return f"{date.year}年{date.month}月{date.day}日，星期{_WEEKDAYS[date.weekday()]}"


def episode_scripts(stories: Sequence[Story], *, paper: str, date: dt.date) -> list[Script]:
    """Intro, one script per story, outro; speech text normalized."""
    from .speech import display_text, speech_text
    from .textnorm import normalize

    # A continuation has no headline of its own, and the ads are no news: neither is announced.
    announced = [s for s in stories if s.kind not in (StoryKind.CLASSIFIEDS, StoryKind.CONTINUATION)]
    headlines = [chapter_title(s) for s in announced]
    intro = f"{paper}，{spoken_date(date)}。今天的主要内容有：" + "；".join(headlines) + "。"
    outro = f"以上就是{paper}{date.month}月{date.day}日的全部内容。感谢收听，我们明天再见。"
    # Each script carries the text for both kinds of voice: the reader is chosen later,
    # and a story an edge voice gives up on is finished by the offline voice.
    scripts = [Script("intro", "今日导读", normalize(intro), role="intro", display=intro,
                      latin_text=normalize(intro, reads_latin=True))]
    for number, story in enumerate(stories, start=1):
        scripts.append(
            Script(
                f"story-{number:02d}", chapter_title(story), speech_text(story), story=story,
                display=display_text(story), latin_text=speech_text(story, reads_latin=True),
            )
        )
    scripts.append(Script("outro", "结束语", normalize(outro), role="outro", display=outro,
                          latin_text=normalize(outro, reads_latin=True)))
    return scripts
