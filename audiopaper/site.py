"""The player pages for people: index.html (the latest edition) and one page per edition.

Pure functions from the channel, the manifests and the transcripts to HTML
text; publish.py gathers them with the feed and writes them with it.
Static HTML with a small inline script: no framework, nothing fetched from
another site, usable by keyboard and screen reader, and readable on a phone.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence
from urllib.parse import quote

from .assemble import episode_dir
from .editions import edition_page_path
from .channel import FEED_FILE, INDEX_FILE, Channel, absolute_url
from .feed import EpisodeManifest, copyright_line
from .transcripts import Cue, clock, read_vtt

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SitePage:
    path: str  # relative to the output directory
    html: str


def home_url(channel: Channel) -> str:
    """Absolute URL of the site's index.html (the channel's <link>)."""
    return absolute_url(channel.base_url, INDEX_FILE)


def read_transcript(folder: Path, manifest: EpisodeManifest) -> tuple[Cue, ...]:
    """The cues of an edition's transcript.vtt in *folder*; none (with a warning) when it cannot be read."""
    path = Path(folder) / manifest.transcript_vtt
    try:
        return tuple(read_vtt(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("%s: cannot read the transcript for the player page (%s)", path, exc)
        return ()


def site_pages(
    channel: Channel, manifests: Sequence[EpisodeManifest], transcripts: Mapping[dt.date, Sequence[Cue]]
) -> list[SitePage]:
    """index.html (the newest edition, with the list of the others) and one page per edition.

    With no edition, index.html still says what the site is and how to subscribe.
    """
    ordered = sorted(manifests, key=lambda m: m.date, reverse=True)
    pages = [SitePage(INDEX_FILE, _page(channel, ordered[0] if ordered else None, ordered, transcripts, root=""))]
    for manifest in ordered:
        pages.append(
            SitePage(edition_page_path(manifest.date), _page(channel, manifest, ordered, transcripts, root="../"))
        )
    return pages


def _href(path: str) -> str:
    return html.escape(quote(path, safe="/~-._#"), quote=True)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _date_words(date: dt.date) -> str:
    return f"{date.year}年{date.month}月{date.day}日"


def _minutes(ms: int) -> str:
    return clock(ms, hours=ms >= 3_600_000)


def _page(
    channel: Channel,
    manifest: EpisodeManifest | None,
    editions: Sequence[EpisodeManifest],
    transcripts: Mapping[dt.date, Sequence[Cue]],
    *,
    root: str,
) -> str:
    """One page; *root* leads from the page's folder to the site root ("" or "../")."""
    is_home = root == ""
    title = channel.title if manifest is None else manifest.title
    head_title = title if is_home or manifest is None else f"{manifest.title} · {channel.title}"
    parts = [
        "<!doctype html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(head_title)}</title>",
        f'<meta name="description" content="{_e(channel.description)}">',
        f'<link rel="alternate" type="application/rss+xml" title="{_e(channel.title)}" href="{_href(root + FEED_FILE)}">',
        f'<link rel="icon" href="{_href(root + channel.artwork)}">',  # else the browser asks for a missing favicon.ico
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        '<a class="skip" href="#main">跳到正文</a>',
        "<header>",
        f'<p class="show"><a href="{_href(root + INDEX_FILE)}">{_e(channel.title)}</a></p>',
    ]
    if manifest is None:
        parts += [f"<h1>{_e(channel.title)}</h1>", "</header>", '<main id="main" tabindex="-1">',
                  "<p>还没有发布的节目。</p>"]
    else:
        # from the page to the edition's directory: episodes/FOLDER/ from the root, FOLDER/ beside it
        here = f"{episode_dir(manifest.date, manifest.directory)}/" if is_home else f"{manifest.directory}/"
        parts += _edition(manifest, transcripts.get(manifest.date, ()), here)
    parts += _subscribe(channel, root)
    parts += _edition_list(editions, manifest, root)
    parts += ["</main>", "<footer>", f"<p>{_e(copyright_line(channel, editions))}</p>", "</footer>"]
    if manifest is not None:
        parts.append(f"<script>{_SCRIPT}</script>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def _edition(manifest: EpisodeManifest, cues: Sequence[Cue], here: str) -> list[str]:
    """The header's end, the player, the chapter list and the transcript; *here* leads to the edition's folder."""
    stories = sum(1 for c in manifest.chapters if c.file)
    mp3 = _href(here + manifest.audio_file)
    parts = [
        f"<h1>{_e(manifest.title)}</h1>",
        f'<p class="meta"><time datetime="{manifest.date.isoformat()}">{_date_words(manifest.date)}</time>'
        f" · 时长 {_minutes(manifest.duration_ms)} · {stories} 条新闻</p>",
        "</header>",
        '<main id="main" tabindex="-1">',
        '<section class="player" aria-labelledby="player-heading">',
        '<h2 id="player-heading">收听本期</h2>',
        f'<audio id="episode" controls preload="metadata" src="{mp3}" aria-labelledby="player-heading">',
        f'<track kind="captions" src="{_href(here + manifest.transcript_vtt)}" srclang="zh-CN" label="中文文字稿" default>',
        f'<a href="{mp3}">下载本期 MP3</a>',
        "</audio>",
        f'<p class="files"><a href="{mp3}" download>下载本期 MP3</a>'
        f' · <a href="{_href(here + manifest.chapters_file)}">章节 (JSON)</a>'
        f' · <a href="{_href(here + manifest.transcript_vtt)}">字幕 (VTT)</a>'
        f' · <a href="{_href(here + manifest.transcript_srt)}">字幕 (SRT)</a></p>',
        '<div id="story-box" class="story-box" hidden>',
        '<h3 id="story-heading">单条收听：<span id="story-title"></span></h3>',
        '<audio id="story-player" controls preload="none" aria-labelledby="story-heading"></audio>',
        "</div>",
        "</section>",
        '<section aria-labelledby="chapters-heading">',
        '<h2 id="chapters-heading">本期内容</h2>',
        '<p class="hint">点标题，整期节目从这条开始播放；点“单独收听”，只播这一条。</p>',
        '<ol class="chapters" id="chapters">',
    ]
    for n, chapter in enumerate(manifest.chapters, 1):
        start, end = chapter.start_ms / 1000, chapter.end_ms / 1000
        parts.append(f'<li id="chapter-{n}" data-start="{start:.3f}" data-end="{end:.3f}">')
        parts.append(
            f'<button type="button" class="seek" data-start="{start:.3f}">'
            f'<span class="time">{_minutes(chapter.start_ms)}</span> '
            f'<span class="headline">{_e(chapter.title)}</span></button>'
        )
        if chapter.file:
            parts.append(
                f'<a class="story" href="{_href(here + chapter.file)}" data-title="{_e(chapter.title)}">'
                f'单独收听<span class="sr-only">：{_e(chapter.title)}</span></a>'
            )
        parts.append("</li>")
    parts += ["</ol>", "</section>"]
    parts += _transcript(manifest, cues)
    return parts


def _transcript(manifest: EpisodeManifest, cues: Sequence[Cue]) -> list[str]:
    parts = ['<section aria-labelledby="transcript-heading">', '<h2 id="transcript-heading">文字稿</h2>']
    if not cues:
        return parts + ["<p>本期没有文字稿。</p>", "</section>"]
    parts.append('<div class="transcript" id="transcript">')
    chapters = manifest.chapters
    for n, chapter in enumerate(chapters):
        last = n == len(chapters) - 1
        mine = [c for c in cues if chapter.start_ms <= c.start_ms and (last or c.start_ms < chapter.end_ms)]
        if not mine:
            continue
        parts.append(f'<h3 id="text-{n + 1}">{_e(chapter.title)}</h3>')
        spans = "".join(
            f'<span class="cue" data-start="{c.start_ms / 1000:.3f}" data-end="{c.end_ms / 1000:.3f}">'
            f"{_e(''.join(c.lines))}</span>"
            for c in mine
        )
        parts.append(f"<p>{spans}</p>")
    parts += ["</div>", "</section>"]
    return parts


def subscribe_links(feed_url: str) -> list[tuple[str, str]]:
    """(label, href) to subscribe in an app: any podcast app, Apple Podcasts, AntennaPod."""
    bare = feed_url.split("://", 1)[-1]
    return [
        ("用播客应用订阅", f"podcast://{bare}"),
        ("Apple 播客", f"pcast://{bare}"),
        ("AntennaPod", "https://antennapod.org/deeplink/subscribe?url=" + quote(feed_url, safe="")),
    ]


def _subscribe(channel: Channel, root: str) -> list[str]:
    feed_url = channel.feed_url
    links = "".join(f'<li><a href="{_e(href)}">{_e(label)}</a></li>' for label, href in subscribe_links(feed_url))
    return [
        '<section class="subscribe" aria-labelledby="subscribe-heading">',
        '<h2 id="subscribe-heading">订阅</h2>',
        f"<p>{_e(channel.description)}</p>",
        '<label for="feed-url">订阅地址（RSS），复制到播客应用里：</label>',
        '<div class="copy">',
        f'<input id="feed-url" type="url" readonly value="{_e(feed_url)}">',
        '<button type="button" id="copy-feed">复制地址</button>',
        "</div>",
        '<p id="copy-status" class="status" role="status" aria-live="polite"></p>',
        f'<ul class="apps">{links}<li><a href="{_href(root + FEED_FILE)}">RSS 源</a></li></ul>',
        "</section>",
    ]


def _edition_list(editions: Sequence[EpisodeManifest], current: EpisodeManifest | None, root: str) -> list[str]:
    others = [m for m in editions if current is None or m.date != current.date]
    if not others:
        return []
    heading = "往期节目" if root == "" else "其他各期"
    parts = ['<section aria-labelledby="editions-heading">', f'<h2 id="editions-heading">{heading}</h2>',
             '<ul class="editions">']
    for m in others:
        parts.append(
            f'<li><a href="{_href(root + edition_page_path(m.date))}">{_e(m.title)}</a> '
            f'<span class="meta">{_date_words(m.date)} · {_minutes(m.duration_ms)}</span></li>'
        )
    parts += ["</ul>", "</section>"]
    return parts


# Contrast: every text colour is at least 4.5:1 on its background (WCAG 2.1 AA).
_STYLE = """
:root{color-scheme:light;--ink:#1b1b1b;--muted:#4a4a4a;--accent:#0a4f9e;--mark:#fff1b8;--line:#c8c8c8}
*{box-sizing:border-box}
body{margin:0 auto;max-width:46rem;padding:1rem;font:1.0625rem/1.7 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:var(--ink);background:#fff}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,audio:focus-visible,main:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.show{margin:0;font-weight:600}
h1{font-size:1.6rem;line-height:1.3;margin:.25rem 0}
h2{font-size:1.25rem;margin:1.75rem 0 .5rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1rem 0 .25rem}
.meta,.hint,.status{color:var(--muted);font-size:.95rem}
audio{width:100%;margin:.5rem 0}
.chapters{padding-left:0;list-style:none}
.chapters li{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem .75rem;padding:.35rem .5rem;border-left:4px solid transparent;border-radius:4px}
.chapters li.current{background:var(--mark);border-left-color:var(--accent)}
.seek{flex:1 1 16rem;text-align:left;font:inherit;color:var(--ink);background:none;border:0;padding:.25rem 0;cursor:pointer;min-height:44px}
.seek:hover .headline{text-decoration:underline}
.time{font-variant-numeric:tabular-nums;color:var(--muted);margin-right:.5rem}
.story{white-space:nowrap;padding:.5rem 0}
.transcript p{margin:.25rem 0 1rem}
.cue.now{background:var(--mark)}
.subscribe .copy{display:flex;gap:.5rem;flex-wrap:wrap}
.subscribe input{flex:1 1 16rem;font:inherit;padding:.4rem;border:1px solid #767676;border-radius:4px;min-width:0}
.subscribe button{font:inherit;padding:.4rem .9rem;border:1px solid var(--accent);border-radius:4px;background:var(--accent);color:#fff;cursor:pointer;min-height:44px}
.apps{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding-left:0;list-style:none}
.apps a{display:inline-block;padding:.5rem 0}
.editions{padding-left:1.25rem}
footer{margin-top:2rem;color:var(--muted);font-size:.9rem}
"""

# Seeking, the current story, the single-story player and the copy button; nothing starts by itself.
_SCRIPT = """
(function(){
  var audio=document.getElementById('episode');
  var items=Array.prototype.slice.call(document.querySelectorAll('#chapters li'));
  var cues=Array.prototype.slice.call(document.querySelectorAll('#transcript .cue'));
  var storyBox=document.getElementById('story-box');
  var story=document.getElementById('story-player');
  function play(el){var p=el.play();if(p&&p.catch){p.catch(function(){});}}
  function within(el,t){return t>=parseFloat(el.dataset.start)&&t<parseFloat(el.dataset.end);}
  function mark(){
    var t=audio.currentTime;
    items.forEach(function(li,i){
      var on=within(li,t)||(i===items.length-1&&t>=parseFloat(li.dataset.end));
      li.classList.toggle('current',on);
      var b=li.querySelector('.seek');
      if(on){b.setAttribute('aria-current','true');}else{b.removeAttribute('aria-current');}
    });
    cues.forEach(function(c){c.classList.toggle('now',within(c,t));});
  }
  ['timeupdate','seeked','loadedmetadata'].forEach(function(e){audio.addEventListener(e,mark);});
  items.forEach(function(li){
    li.querySelector('.seek').addEventListener('click',function(){
      story.pause();
      audio.currentTime=parseFloat(li.dataset.start);
      mark();
      play(audio);
    });
    var link=li.querySelector('.story');
    if(link){link.addEventListener('click',function(e){
      e.preventDefault();
      audio.pause();
      story.src=link.href;
      document.getElementById('story-title').textContent=link.dataset.title;
      storyBox.hidden=false;
      play(story);
    });}
  });
  audio.addEventListener('play',function(){story.pause();});
  story.addEventListener('play',function(){audio.pause();});
  var copy=document.getElementById('copy-feed'),field=document.getElementById('feed-url'),status=document.getElementById('copy-status');
  copy.addEventListener('click',function(){
    function done(){status.textContent='已复制订阅地址。';}
    function fallback(){field.select();try{document.execCommand('copy');done();}catch(e){status.textContent='请手动复制上面的地址。';}}
    if(navigator.clipboard&&window.isSecureContext){navigator.clipboard.writeText(field.value).then(done,fallback);}else{fallback();}
  });
})();
"""
