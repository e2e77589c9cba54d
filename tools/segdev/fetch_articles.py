"""Rebuild the segmentation development set (tools/segdev/articles/) from public repositories.

The article texts belong to their publishers and may not be redistributed, so the
repo keeps only this script, the frozen split rule and a small excerpt
(tools/segdev/excerpt/) for the tests. Each source is a public GitHub repository
pinned at one commit; clone it (or point --repo at an existing git directory) and
run:

    git clone https://github.com/<owner>/<name> /tmp/<name>
    python tools/segdev/fetch_articles.py --repo caijing666666/xinwenlianbo=/tmp/xinwenlianbo

The script reads the pinned commit with `git show`, so a later state of the clone
does not change the set. Every article becomes one JSON file
{"id", "source", "licence", "genre", "kicker", "title", "subtitle", "byline", "lead",
 "paragraphs", "crossheads", "credit", "url"} under articles/dev or articles/test.

The split is frozen by a hash of the article id (see `split_of`): about 30 % go to
test/, which is never used for tuning.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
TEST_PERCENT = 30


def split_of(article_id: str) -> str:
    """The frozen split: 'test' for ~30 % of ids, by a hash that never changes."""
    digest = hashlib.sha256(article_id.encode("utf-8")).digest()
    return "test" if int.from_bytes(digest[:4], "big") % 100 < TEST_PERCENT else "dev"


# ---- text helpers -----------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"([。！？；][”’」』）)]*)")


def sentences(text: str) -> list[str]:
    """Split Chinese prose into sentences, keeping closing quotes with their sentence."""
    parts = _SENTENCE_END.split(text)
    out: list[str] = []
    for i in range(0, len(parts), 2):
        piece = parts[i] + (parts[i + 1] if i + 1 < len(parts) else "")
        if piece.strip():
            out.append(piece.strip())
    return out


def paragraphs_from_flat(text: str, *, key: str) -> list[str]:
    """Re-break a flattened story into paragraphs of 2-4 sentences.

    Only the line breaks are ours (deterministic from *key*); the words are the source's."""
    sents = sentences(text)
    seed = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)
    out: list[str] = []
    i = 0
    while i < len(sents):
        n = 2 + (seed >> (i % 24)) % 3
        out.append("".join(sents[i : i + n]))
        i += n
    return out


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u3000", " ")).strip()


# ---- sources ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    repo: str  # owner/name on GitHub
    commit: str
    name: str  # short source name stored in each article
    licence: str
    genre: str
    parse: Callable[["Source", Path], Iterator[dict]]


def _git_ls(repo_dir: Path, commit: str, folder: str) -> list[str]:
    out = subprocess.run(["git", "--git-dir", str(_git_dir(repo_dir)), "ls-tree", "-r", "--name-only",
                          commit, folder], capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if line]


def _git_show(repo_dir: Path, commit: str, path: str) -> str:
    return _git_show_bytes(repo_dir, commit, path).decode("utf-8")


def _git_show_bytes(repo_dir: Path, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(_git_dir(repo_dir)), "show", f"{commit}:{path}"],
                          capture_output=True, check=True).stdout


def _git_dir(repo_dir: Path) -> Path:
    return repo_dir / ".git" if (repo_dir / ".git").exists() else repo_dir


_KICKER = re.compile(r"^【([^】]{2,30})】\s*(.+)$")
_CCTV_CREDIT = re.compile(r"\s*((?:责任)?编辑：\s*\S{2,4})\s*(?:相关稿件)?\s*$")
_CCTV_LEAD = re.compile(r"^((?:央视网|中国网络电视台)消息[（(]新闻联播[)）][：:]|(?:央视网|中国网络电视台)消息[：:])")
_CCTV_EDITORS = re.compile(r"\s*[（(]((?:视频|文字)编辑[:：][^)）]*)[)）]\s*$")


def _split_deck(title: str) -> tuple[str, str, str]:
    """【栏目】主题——副题 -> (kicker, title, subtitle)."""
    kicker = ""
    match = _KICKER.match(title)
    if match:
        kicker, title = match.group(1), match.group(2)
    elif title.startswith("【") and title.endswith("】"):
        title = title[1:-1]
    subtitle = ""
    if "——" in title:
        title, subtitle = (x.strip() for x in title.split("——", 1))
    return clean(kicker), clean(title), clean(subtitle)


def parse_cctv_json(source: Source, repo_dir: Path) -> Iterator[dict]:
    """caijing666666/xinwenlianbo: one JSON per item of the CCTV evening news transcript."""
    for path in sorted(_git_ls(repo_dir, source.commit, "data/news")):
        item = json.loads(_git_show(repo_dir, source.commit, path))
        title, content = item.get("title", ""), clean(item.get("content", ""))
        if not title or "快讯" in title or len(content) < 120:
            continue  # the bulletin round-ups are lists, not stories
        kicker, main, subtitle = _split_deck(title)
        content = re.sub(r"\s+", " ", content).strip()
        credit = ""
        tail = _CCTV_CREDIT.search(content)
        if tail:  # 编辑：王安 相关稿件 — the web page's editor credit and link list
            credit, content = tail.group(1), content[: tail.start()].strip()
        lead = ""
        match = _CCTV_LEAD.match(content)
        if match:
            lead, content = match.group(1), content[match.end():]
        yield {
            "id": f"cctv-{item['id']}", "source": source.name, "licence": source.licence,
            "genre": source.genre, "kicker": kicker, "title": main, "subtitle": subtitle,
            "byline": "", "lead": lead, "paragraphs": paragraphs_from_flat(content, key=item["id"]),
            "paragraphs_rebroken": True, "crossheads": {}, "credit": credit,
            "url": item.get("sourceUrl", ""),
        }


_TAG = re.compile(r"<[^>]+>")
_TERMINAL = tuple("。！？；…”’）)")


def _html_paragraphs(content: str) -> list[str]:
    out = []
    for chunk in re.split(r"</p>|<br\s*/?>", content):
        text = clean(html.unescape(_TAG.sub("", chunk)))
        if text:
            out.append(text)
    return out


def _is_head(text: str) -> bool:
    """A sub-headline paragraph: short, no sentence end."""
    return len(text) <= 40 and not text.endswith(_TERMINAL + ("：", ":")) and "。" not in text


def _is_crosshead(text: str) -> bool:
    """A sub-heading, not a transcript's speaker caption (福建福州 市民 / 本台记者 X)."""
    tokens = text.split()
    speaker = len(tokens) >= 2 and all(len(t) <= 4 for t in tokens)
    return _is_head(text) and len(text) >= 4 and "记者" not in text and not speaker


def parse_cctv_daily(source: Source, repo_dir: Path) -> Iterator[dict]:
    """china-data/xwlb: one JSON per day with the items' HTML; real paragraphs.

    Every SAMPLE_EVERY-th day is read. A round-up (联播快讯) becomes one brief per
    sub-headline; a short unpunctuated paragraph inside a story is its crosshead."""
    days = [p for p in _git_ls(repo_dir, source.commit, "assets") if p.endswith(".json")]
    for path in sorted(days)[SAMPLE_OFFSET % SAMPLE_EVERY::SAMPLE_EVERY]:
        date = Path(path).stem
        try:
            items = json.loads(_git_show(repo_dir, source.commit, path)).get("videoList") or []
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        for item in items:
            title = re.sub(r"^\[视频\]", "", item.get("video_title", "")).strip()
            paras = _html_paragraphs((item.get("video_detail") or {}).get("content", ""))
            lead = ""
            if paras:
                match = _CCTV_LEAD.match(paras[0])
                if match:
                    lead, paras[0] = match.group(1), paras[0][match.end():].strip()
                    if not paras[0]:
                        paras.pop(0)
            credit = ""
            if paras:
                editors = _CCTV_EDITORS.search(paras[-1])  # (视频编辑:X 文字编辑:Y) closes the item
                if editors:
                    credit = editors.group(1)
                    paras[-1] = paras[-1][: editors.start()].strip()
                    if not paras[-1]:
                        paras.pop()
            base = {"source": source.name, "licence": source.licence, "byline": "", "credit": credit,
                    "url": item.get("video_url", "")}
            if "快讯" in title:
                k, i = 0, 0
                while i < len(paras):
                    if _is_head(paras[i]) and i + 1 < len(paras) and not _is_head(paras[i + 1]):
                        body = [paras[i + 1]]
                        i += 2
                        while i < len(paras) and not _is_head(paras[i]):
                            body.append(paras[i])
                            i += 1
                        k += 1
                        yield {"id": f"xwlb-{date}-{item.get('num')}-{k}", "genre": "brief", "kicker": "",
                               "title": paras[i - len(body) - 1], "subtitle": "", "lead": "",
                               "paragraphs": body, "crossheads": {}, **base}
                    else:
                        i += 1
                continue
            if not title or sum(len(x) for x in paras) < 120:
                continue
            kicker, main, subtitle = _split_deck(title)
            crossheads: dict[str, str] = {}
            body: list[str] = []
            for n, para in enumerate(paras):
                if n > 0 and _is_crosshead(para) and n + 1 < len(paras) and body:
                    crossheads[str(len(body))] = para
                else:
                    body.append(para)
            yield {"id": f"xwlb-{date}-{item.get('num')}", "genre": "feature" if crossheads else "wire",
                   "kicker": kicker, "title": main, "subtitle": subtitle, "lead": lead, "paragraphs": body,
                   "crossheads": crossheads, **base}


SAMPLE_EVERY = 45
HK_SAMPLE_EVERY = 60
# Which of every N-th item a sampled source reads: 0 builds the development set; another
# offset (--fresh) reads articles that set never held, to validate rules and models on.
SAMPLE_OFFSET = 0
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_HK_BYLINE = re.compile(r"^【((?:撰文|文|記者|作者)[：:][^】]{1,20})】$")
_HK_CREDIT = re.compile(r"^(?:記者|攝影|採訪|撰文|文字|編輯|文|圖)[：:]\s*\S{2,}")
_HK_CATEGORY = {"眾說": "commentary", "眾聞": "news", "眾暉": "feature", "眾觀": "commentary"}


def _frontmatter(text: str) -> tuple[dict[str, str], str]:
    if not text.startswith("---"):
        return {}, text
    head, _, body = text[3:].partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        key, sep, value = line.partition(":")
        if sep and not line.startswith(" "):
            meta[key.strip()] = value.strip().strip('"')
    return meta, body


def parse_hkcnews(source: Source, repo_dir: Path) -> Iterator[dict]:
    """hkarchivist/hkcnews-article-archive: 眾新聞 (Citizen News HK) articles, Markdown.

    Traditional Chinese. `### short line` and a short bold line are crossheads,
    <figcaption> lines are photo captions, 【撰文：X】 is the byline."""
    paths = [p for p in _git_ls(repo_dir, source.commit, "articles") if p.endswith(".md")]
    paths = sorted(paths, key=lambda p: int(re.sub(r"\D", "", Path(p).stem) or 0))
    for path in paths[SAMPLE_OFFSET % HK_SAMPLE_EVERY::HK_SAMPLE_EVERY]:
        meta, body = _frontmatter(_git_show(repo_dir, source.commit, path))
        title = clean(meta.get("title", ""))
        if not title:
            continue
        byline = meta.get("author", "") if "記者" in meta.get("author", "") else ""
        paragraphs: list[str] = []
        crossheads: dict[str, str] = {}
        captions: list[str] = []
        credit = ""
        for raw in body.splitlines():
            line = raw.strip()
            if line.startswith(("---", "請加入成為眾新聞", "月費訂戶")) and paragraphs:
                break
            caption = re.match(r"<figcaption>(.*)</figcaption>", line)
            if caption:
                captions.append(clean(html.unescape(_TAG.sub("", caption.group(1)))))
                continue
            if not line or line.startswith(("<", "{{", "![", "# ")):
                continue
            heading = line.startswith("###") and not line.startswith("####")
            text = clean(html.unescape(_MD_LINK.sub(r"\1", line.lstrip("#").strip())))
            bold = text.startswith("**") and text.endswith("**")
            text = text.replace("*", "").strip()
            if not text:
                continue
            match = _HK_BYLINE.match(text)
            if match and not paragraphs:
                byline = match.group(1)
                continue
            if (heading or bold) and paragraphs and _HK_CREDIT.match(text):
                credit = text  # 記者：周滿鏗 邢穎琦 / 攝影：X at the end
                continue
            listed = re.match(r"^(?:[-•]\s|\d+[.、．]\s?)", text)
            if (heading or bold) and paragraphs and _is_head(text) and len(text) <= 30 and not listed:
                crossheads[str(len(paragraphs))] = text
            else:
                paragraphs.append(text)
        # a crosshead needs a paragraph under it
        crossheads = {k: v for k, v in crossheads.items() if int(k) < len(paragraphs)}
        size = sum(len(x) for x in paragraphs)
        if not paragraphs or not 150 <= size <= 3500:
            continue
        kicker, main, subtitle = _split_deck(title)
        genre = _HK_CATEGORY.get(meta.get("category", ""), "news")
        if genre == "news" and crossheads:
            genre = "feature"
        yield {"id": f"hkcnews-{Path(path).stem.split('_')[-1]}", "source": source.name,
               "licence": source.licence, "genre": genre, "script": "hant", "kicker": kicker, "title": main,
               "subtitle": subtitle, "byline": byline, "lead": "", "paragraphs": paragraphs,
               "crossheads": crossheads, "captions": captions, "credit": credit,
               "url": meta.get("original_url", "")}


# People's Daily: the crawler wrote one text file per article, h3 (kicker), h1 (title) and h2
# (subtitle) on the first three lines, then one <p> per line; a month is one 7z archive.
RMRB_MONTHS = ("2019年数据/2019年2月.7z", "2019年数据/2019年10月.7z", "2020年数据/2020年1月.7z",
               "2020年数据/2020年2月.7z", "2020年数据/2020年5月.7z")
RMRB_SAMPLE_EVERY = 4
_RMRB_DATELINE = re.compile(r"^((?:据)?(?:本报|新华社|人民日报|中新社)[^，。：:（(“]{0,24}?电)\s*"
                            r"(?:[（(]((?:本报|新华社|人民日报)?(?:特约)?记者[^（）()]{1,40})[）)])?\s*")
_RMRB_BYLINE = re.compile(r"^(?:本报|新华社|人民日报)?(?:驻\S{1,8})?(?:特约|见习)?记者\s*\S.{0,30}$")
_RMRB_CREDIT = re.compile(r"^[（(][^（）()]{1,60}[）)]$|^(?:本版)?(?:制图|版式设计|图片来源|数据来源|题图|插图)[:：]"
                          r"|^\S{1,12}\s?\S{0,4}图$")
_RMRB_PHOTO = re.compile(r"摄(?:[（(][^（）()]{1,12}[）)])?$")
_RMRB_FURNITURE = re.compile(r"^(?:栏目)?投稿邮箱[:：]|^(?:本版)?责编[:：]")
_RMRB_COMMENT_TAG = re.compile(r"[（(][^（）()]*(?:评|论|谈|观察|手笔|随笔|纵横|札记)[^（）()]*[）)]$")


def _rmrb_article(stem: str, text: str, source: Source) -> dict | None:
    """One crawled People's Daily file -> article, or None (no title, too short or too long)."""
    rows = [clean(row.replace("\xa0", " ")) for row in text.split("\n")]
    rows += [""] * (3 - len(rows))
    kicker, title, subtitle = rows[0], rows[1], re.sub(r"^[—-]+\s*", "", rows[2])
    paras = [row for row in rows[3:] if re.search(r"\w", row)]
    if not title or not paras:
        return None
    byline = ""
    if _RMRB_BYLINE.match(paras[0]) and not paras[0].endswith(_TERMINAL):
        byline = paras.pop(0)  # 本报记者 丁志军 on its own line above the text
    lead = ""
    match = _RMRB_DATELINE.match(paras[0]) if paras else None
    if match:  # 本报北京2月14日电 （记者杜海涛、王珂）… : the dateline and its bracketed byline
        lead, byline = match.group(1), byline or clean(match.group(2) or "")
        paras[0] = paras[0][match.end():]
        if not paras[0]:
            paras.pop(0)
    credits: list[str] = []
    while paras and len(paras) > 1 and len(paras[-1]) <= 60 and (
            _RMRB_CREDIT.match(paras[-1]) or _RMRB_FURNITURE.match(paras[-1]) or _RMRB_PHOTO.search(paras[-1])):
        last = paras.pop()
        if not _RMRB_FURNITURE.match(last):
            credits.insert(0, last)  # （新华社北京2月20日电） （作者为…） 制图：X
    captions = [p for p in paras if len(p) <= 150 and _RMRB_PHOTO.search(p)]
    crossheads: dict[str, str] = {}
    body: list[str] = []
    for n, para in enumerate(paras):
        if para in captions or _RMRB_FURNITURE.match(para):
            continue
        # ——习近平 under a quote is its source, 1. 2. a list: neither is a crosshead
        if (n > 0 and body and n + 1 < len(paras) and len(para) <= 30 and _is_crosshead(para)
                and not re.match(r"^(?:——|\d+[.、．])", para)):
            crossheads[str(len(body))] = para
        else:
            body.append(para)
    crossheads = {k: v for k, v in crossheads.items() if int(k) < len(body)}
    size = sum(len(x) for x in body)
    if not body or not 150 <= size <= 3500:
        return None
    credit = " ".join(credits)
    if _RMRB_COMMENT_TAG.search(title) or credit.startswith(("（作者", "(作者")):
        genre = "commentary"
    elif crossheads:
        genre = "feature"
    elif lead.lstrip("据").startswith("新华社"):
        genre = "wire"
    else:
        genre = "brief" if size < 300 else "news"
    return {"id": f"rmrb-{stem}", "source": source.name, "licence": source.licence, "genre": genre,
            "kicker": kicker, "title": title, "subtitle": subtitle, "byline": byline, "lead": lead,
            "paragraphs": body, "crossheads": crossheads, "captions": captions, "credit": credit, "url": ""}


def parse_rmrb_archive(source: Source, repo_dir: Path) -> Iterator[dict]:
    """caspiankexin/people-daily-crawler-date: 人民日报 (People's Daily) print text by month, 7z.

    The archives were deleted from the repository after the pinned commit, so `git show` of
    the pinned commit brings them back. Every RMRB_SAMPLE_EVERY-th article of each month is
    read; needs the 7z program (Debian: p7zip-full)."""
    if shutil.which("7z") is None:
        raise SystemExit("the People's Daily archives are 7z files: install 7z (apt install p7zip-full)")
    with tempfile.TemporaryDirectory() as tmp:
        for path in RMRB_MONTHS:
            archive = Path(tmp) / "month.7z"
            archive.write_bytes(_git_show_bytes(repo_dir, source.commit, path))
            out = Path(tmp) / Path(path).stem
            subprocess.run(["7z", "x", "-y", f"-o{out}", str(archive)], capture_output=True, check=True)
            files = sorted(out.rglob("*.txt"), key=lambda p: p.name)
            for file in files[SAMPLE_OFFSET % RMRB_SAMPLE_EVERY::RMRB_SAMPLE_EVERY]:
                raw = file.read_bytes()
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError:
                    text = raw.decode("gb18030", errors="replace")
                article = _rmrb_article(file.stem, text, source)
                if article:
                    yield article


# 新华每日电讯 (Xinhua Daily Telegraph, the Xinhua News Agency's print daily): an RSS feed of each
# day's edition, one <item> per article, titled [NN版：section]; its HTML holds the deck in a table
# (kicker, the <strong> title, subtitle) above the text, paragraphs split by <br/>, crossheads in
# bold and centred.
MRDX_FEEDS = ("history", "rss_mrdx.xml")
_MRDX_PAGE = re.compile(r"^\[(\d+)版：([^\]]*)\]")
_MRDX_BYLINE = re.compile(r"^(?:新华社|新华每日电讯|本报)(?:“[^”]{1,8}”)?(?:特约|见习)?记者(?:\s*\S.{0,40})?$")
_MRDX_JUMP = re.compile(r"\s*[（(](?:上接|下转|紧接)第?\S{1,3}版[）)]\s*")
_MRDX_TAIL_DATELINE = re.compile(r"\s*((?:据)?新华社[^，。！？“”\s（）()]{1,24}电)$")
_MRDX_NAMES = re.compile(r"^[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}$")  # 丁磊 / 王晨 李佳
_MRDX_SECTION = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]$")
_MRDX_COLUMNS = ("评论", "言论", "智见", "时评")  # the sections of signed comment


def _mrdx_text(fragment: str) -> str:
    return clean(html.unescape(_TAG.sub("", re.sub(r"(?i)<br\s*/?>", " ", fragment))))



def _body_and_crossheads(paras: list[tuple[bool, str]],
                         is_head: Callable[[bool, str], bool]) -> tuple[list[str], dict[str, str]]:
    """Split a feed item's (bold, text) paragraphs into body paragraphs and crossheads: a heading
    between two paragraphs of body is a crosshead, keyed by the index of the body paragraph it
    stands before."""
    crossheads: dict[str, str] = {}
    body: list[str] = []
    for n, (bold, para) in enumerate(paras):
        if is_head(bold, para) and n > 0 and body and n + 1 < len(paras):
            crossheads[str(len(body))] = para
        else:
            body.append(para)
    return body, crossheads

def _mrdx_article(item_title: str, link: str, content: str, source: Source) -> dict | None:
    """One <item> of the 新华每日电讯 feed -> article, or None (no deck, too short or too long)."""
    match = re.search(r"/content/(\d{8})/Artic\w*?(\d+)\w*\.htm", link)
    header, sep, text = content.partition("</table>")
    if not match or not sep:
        return None
    rows = [(("<strong" in row), _mrdx_text(row)) for row in header.split("</tr>")]
    rows = [(strong, row) for strong, row in rows if row and "稿件来源" not in row]
    titled = [n for n, (strong, _) in enumerate(rows) if strong]
    if not titled:
        return None
    kicker = " ".join(row for _, row in rows[: titled[0]])
    title = rows[titled[0]][1]
    subtitle = re.sub(r"^[—-]+\s*", "", " ".join(row for _, row in rows[titled[0] + 1:]))
    # a centred bold line is a crosshead (\x01 marks it), every <br/>, <div> or <p> a paragraph break
    text = re.sub(r'(?is)<div align="center">\s*<strong>(.*?)</strong>\s*</div>', "\x02\x01\\1\x02", text)
    chunks = re.split(r"(?i)<br\s*/?>|</?div[^>]*>|</?p[^>]*>|\x02", text)
    paras = [(chunk.startswith("\x01"), _mrdx_text(chunk.lstrip("\x01"))) for chunk in chunks]
    paras = [(bold, _MRDX_JUMP.sub("", para)) for bold, para in paras]  # （下转6版） （上接4版）
    paras = [(bold, para) for bold, para in paras if re.search(r"\w", para)]
    byline = ""
    if len(paras) > 1 and not paras[0][0] and (
            (_MRDX_BYLINE.match(paras[0][1]) and not paras[0][1].endswith(_TERMINAL)) or _MRDX_NAMES.match(paras[0][1])):
        byline = paras.pop(0)[1]  # 新华社记者 冯俊扬, or the writer's bare name, on its own line above the text
    lead = ""
    dateline = _RMRB_DATELINE.match(paras[0][1]) if paras else None
    if dateline:  # 新华社北京4月25日电（记者谢希瑶）…
        lead, byline = dateline.group(1), byline or clean(dateline.group(2) or "")
        paras[0] = (paras[0][0], paras[0][1][dateline.end():])
        if not paras[0][1]:
            paras.pop(0)
    credits: list[str] = []
    while len(paras) > 1:  # the closing dateline and bracketed credits: （记者X Y） 新华社西宁4月26日电
        bold, last = paras[-1]
        tail = _MRDX_TAIL_DATELINE.search(last)
        if tail and not bold:
            credits.insert(0, tail.group(1))
            paras[-1] = (bold, last[: tail.start()].strip())
            if not paras[-1][1]:
                paras.pop()
        elif not bold and len(last) <= 60 and re.match(r"^[（(][^（）()]{1,58}[）)]$", last):
            credits.insert(0, paras.pop()[1])
        else:
            break
    body, crossheads = _body_and_crossheads(paras, lambda bold, para: bool(
        bold or _MRDX_SECTION.match(para) or (len(para) <= 30 and _is_crosshead(para)
                                              and not re.match(r"^(?:——|\d+[.、．])", para))))
    size = sum(len(x) for x in body)
    if not title or not body or not 150 <= size <= 3500:
        return None
    page = _MRDX_PAGE.match(item_title)
    credit = " ".join(credits)
    column = page.group(2) if page else ""
    wired = bool(lead) or "电" in credit
    if credit.startswith(("（作者", "(作者")) or (any(c in column for c in _MRDX_COLUMNS) and not wired):
        genre = "commentary"
    elif crossheads:
        genre = "feature"
    elif wired:
        genre = "wire"
    else:
        genre = "brief" if size < 300 else "news"
    return {"id": f"mrdx-{match.group(1)}-{match.group(2)}", "source": source.name, "licence": source.licence,
            "genre": genre, "kicker": kicker, "title": title, "subtitle": subtitle, "byline": byline,
            "lead": lead, "paragraphs": body, "crossheads": crossheads, "captions": [], "credit": credit,
            "url": link}


def _feed_articles(source: Source, repo_dir: Path, folders: tuple[str, ...],
                   to_article: Callable[[str, str, str, Source], dict | None]) -> Iterator[dict]:
    """Every <item> of the RSS files under *folders*, in path order, through *to_article*."""
    paths = sorted(p for folder in folders for p in _git_ls(repo_dir, source.commit, folder) if p.endswith(".xml"))
    for path in paths:
        channel = ElementTree.fromstring(_git_show_bytes(repo_dir, source.commit, path))
        for item in channel.iter("item"):
            article = to_article(item.findtext("title") or "", item.findtext("link") or "",
                                 item.findtext("description") or "", source)
            if article:
                yield article


def parse_mrdx_feed(source: Source, repo_dir: Path) -> Iterator[dict]:
    """ifyuls/xhmrdx-rss: 新华每日电讯 print editions, one RSS file per day (history/ and the
    day's rss_mrdx.xml). Every article of every edition is read."""
    return _feed_articles(source, repo_dir, MRDX_FEEDS, _mrdx_article)


# 学习时报 (Study Times, the Central Party School's paper, three issues a week): the same kind of
# daily RSS file, its HTML the paper's own: h3.headline (kicker), h1 (title), h3.subtitle, the
# writer in the first p.datesource, one <p> per paragraph, a crosshead a <p> all in <strong>.
STUDYTIMES_FEEDS = ("history", "rss_studytimes.xml")
_ST_LEAD = re.compile(r"^(本报讯)\s*(?:[（(]([^（）()]{1,40})[）)])?\s*")
_ST_CREDIT = re.compile(r"^[（(〔](?:作者|本文|注)[^\n]{1,120}[）)〕]$|^[（(〔][^（）()〔〕]{1,58}[）)〕]$")


def _st_field(content: str, pattern: str) -> str:
    match = re.search(pattern, content, re.S)
    return _mrdx_text(re.sub(r"<!--.*?-->", "", match.group(1), flags=re.S)) if match else ""


def _studytimes_article(item_title: str, link: str, content: str, source: Source) -> dict | None:
    """One <item> of the 学习时报 feed -> article, or None (an advert, no title, too short or too long)."""
    match = re.search(r"content_(\d+)\.html", link)
    page = _MRDX_PAGE.match(item_title)
    column = re.sub(r"\s", "", page.group(2)) if page else ""
    if not match or "广告" in column:
        return None
    kicker = _st_field(content, r'<h3 class="headline"[^>]*>(.*?)</h3>')
    title = _st_field(content, r"<h1[^>]*>(.*?)</h1>")
    subtitle = re.sub(r"^[—-]+\s*", "", _st_field(content, r'<h3 class="subtitle"[^>]*>(.*?)</h3>'))
    byline = re.sub(r"\s*字数.*$", "", _st_field(content, r'<p class="datesource">(.*?)</p>'))
    text = re.search(r"<cms-content[^>]*>(.*?)</cms-content>", content, re.S)
    # a paragraph all in bold is a crosshead (\x01 marks it)
    text = re.sub(r"(?is)<p[^>]*>\s*<strong>([^<]*)</strong>\s*</p>", "\x02\x01\\1\x02", text.group(1) if text else "")
    chunks = re.split(r"(?i)<br\s*/?>|</?p[^>]*>|\x02", text)
    paras = [(chunk.startswith("\x01"), _mrdx_text(chunk.lstrip("\x01"))) for chunk in chunks]
    paras = [(bold, para) for bold, para in paras if re.search(r"\w", para)]
    lead = ""
    dateline = _ST_LEAD.match(paras[0][1]) or _RMRB_DATELINE.match(paras[0][1]) if paras else None
    if dateline:  # 本报讯（记者 X）… / 新华社北京5月3日电（记者 X）…
        lead, byline = dateline.group(1), byline or clean(dateline.group(2) or "")
        paras[0] = (paras[0][0], paras[0][1][dateline.end():])
        if not paras[0][1]:
            paras.pop(0)
    credits: list[str] = []
    while len(paras) > 1 and not paras[-1][0] and _ST_CREDIT.match(paras[-1][1]):
        credits.insert(0, paras.pop()[1])  # （作者系中共中央党校（国家行政学院）教授）
    body, crossheads = _body_and_crossheads(paras, lambda bold, para: bold)
    size = sum(len(x) for x in body)
    if not title or not body or not 150 <= size <= 3500:
        return None
    if lead.lstrip("据").startswith("新华社"):
        genre = "wire"
    elif lead:
        genre = "news"
    else:
        genre = "brief" if size < 300 else "commentary"  # a paper of signed comment and theory
    return {"id": f"studytimes-{match.group(1)}", "source": source.name, "licence": source.licence,
            "genre": genre, "kicker": kicker, "title": title, "subtitle": subtitle, "byline": byline,
            "lead": lead, "paragraphs": body, "crossheads": crossheads, "captions": [],
            "credit": " ".join(credits), "url": link}


def parse_studytimes_feed(source: Source, repo_dir: Path) -> Iterator[dict]:
    """ifyuls/xxsb-rss: 学习时报 issues, one RSS file per issue (history/ and rss_studytimes.xml).
    Every article of every issue is read."""
    return _feed_articles(source, repo_dir, STUDYTIMES_FEEDS, _studytimes_article)


SOURCES: dict[str, Source] = {
    "hkarchivist/hkcnews-article-archive": Source(
        repo="hkarchivist/hkcnews-article-archive", commit="635cc02f3c0fcd3d8c829c68cd2fe07f50adfc25",
        name="hkcnews", licence="眾新聞 Citizen News HK 2017-2022; © Citizen News, not redistributed",
        genre="news", parse=parse_hkcnews),
    "china-data/xwlb": Source(
        repo="china-data/xwlb", commit="710ba229765c537beb474d9eb272fbc097981bc0",
        name="cctv-xwlb-archive",
        licence="CCTV 新闻联播 web transcripts 2012-2026 (tv.cctv.com); all rights reserved, not redistributed",
        genre="wire", parse=parse_cctv_daily),
    "caijing666666/xinwenlianbo": Source(
        repo="caijing666666/xinwenlianbo", commit="f5c4be47893b2a5d099dae7c5c041c3b3523e198",
        name="cctv-xinwenlianbo",
        licence="CCTV 新闻联播 transcript text (via cn.govopendata.com); all rights reserved, not redistributed",
        genre="wire", parse=parse_cctv_json),
    # last: the older sources' articles (and their dedup) stay as they were without it
    "caspiankexin/people-daily-crawler-date": Source(
        repo="caspiankexin/people-daily-crawler-date", commit="5e7741a5760c535807e6a08e0d390aa9e07ab58d",
        name="rmrb", licence="人民日报 People's Daily print text 2019-2020 (paper.people.com.cn, crawled by "
        "caspiankexin, 'for study only'); © 人民日报社, not redistributed",
        genre="news", parse=parse_rmrb_archive),
    # after People's Daily, for the same reason: a paper no model is trained on (opt-in, --sources mrdx)
    "ifyuls/xhmrdx-rss": Source(
        repo="ifyuls/xhmrdx-rss", commit="068a7450e3c45cfe37fa5971bf661cfcdd00c860",
        name="mrdx", licence="新华每日电讯 Xinhua Daily Telegraph print text 2026 (mrdx.cn, daily RSS archive by "
        "ifyuls; the feed code is MIT, the texts © 新华通讯社), not redistributed",
        genre="wire", parse=parse_mrdx_feed),
    "ifyuls/xxsb-rss": Source(
        repo="ifyuls/xxsb-rss", commit="ad6d64ec45125485d15e6f322a424639ca208948",
        name="studytimes", licence="学习时报 Study Times print text 2026 (paper.studytimes.cn, RSS archive by "
        "ifyuls; the feed code is MIT, the texts © 学习时报社), not redistributed",
        genre="commentary", parse=parse_studytimes_feed),
}


def dedupe(articles: list[dict]) -> list[dict]:
    """Drop repeats (the same story filed twice): same title, or same first paragraph.
    Sources are read in a fixed order, so the same one is kept every time."""
    seen: set[str] = set()
    out = []
    for article in articles:
        keys = {article["title"], article["paragraphs"][0][:40] if article["paragraphs"] else ""}
        if keys & seen:
            continue
        seen |= keys
        out.append(article)
    return out


def unseen_dev_articles(articles: list[dict], known: list[dict]) -> list[dict]:
    """The dev-split *articles* that repeat no story of *known* (the development set and
    the test split): articles to validate on that no rule or model was fitted to."""
    ids = {id(a) for a in articles}
    return [a for a in dedupe(known + articles) if id(a) in ids and split_of(a["id"]) == "dev"]


def write_articles(articles: list[dict], out_dir: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for article in articles:
        split = split_of(article["id"])
        target = out_dir / split / f"{article['id']}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(article, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        key = f"{article['source']}/{split}"
        counts[key] = counts.get(key, 0) + 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", action="append", default=[], metavar="OWNER/NAME=PATH",
                        help="a local clone (or git dir) of one of the sources; repeat per source")
    parser.add_argument("--out", type=Path, default=HERE / "articles")
    parser.add_argument("--fresh", type=int, default=0, metavar="OFFSET",
                        help="read the sampled sources' other items (OFFSET of every N-th) and keep their dev "
                             "split only, less any story already in tools/segdev/articles: unseen articles "
                             "to validate on")
    args = parser.parse_args(argv)
    global SAMPLE_OFFSET
    SAMPLE_OFFSET = args.fresh
    sampled = {"hkarchivist/hkcnews-article-archive", "china-data/xwlb", "caspiankexin/people-daily-crawler-date"}
    given: dict[str, str] = {}
    for spec in args.repo:
        name, _, path = spec.partition("=")
        if name not in SOURCES:
            parser.error(f"unknown source {name!r}; known: {', '.join(SOURCES)}")
        if args.fresh and name not in sampled:
            parser.error(f"{name} is read whole: it has no other items for --fresh")
        given[name] = path
    articles: list[dict] = []
    for name in (n for n in SOURCES if n in given):  # a fixed order, whatever the command line says
        source, path = SOURCES[name], given[name]
        got = list(source.parse(source, Path(path)))
        print(f"{name}: {len(got)} articles", file=sys.stderr)
        articles.extend(got)
    # across sources too: one story filed twice must not sit in both splits
    if args.fresh:
        known = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((HERE / "articles").glob("*/*.json"))]
        articles = unseen_dev_articles(articles, known)
    articles = dedupe(articles)
    counts = write_articles(articles, args.out)
    for key, n in sorted(counts.items()):
        print(f"{key}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
