"""A third page maker (issue 8): newspaper pages as OCR returns them, read column by column.

    python tools/segdev/layout_ocr.py --split dev --seed 1 --pages 200 --out /tmp/lo-dev-1
    python benchmarks/bench_segment.py --dir /tmp/lo-dev-1

Written without reading simulate.py or pagemaker.py, from the issue's description, the sample
page and how OCR of a Chinese daily reads, so that its pages are a measure nothing was tuned on.
What it does differently from "one story after another":

* the page is read column by column: a story's text can stop mid-sentence at the foot of a
  column and go on after the next story's headline (`column` pairs), and the decks of two
  neighbouring stories can come out shifted, the second story's deck first (`swap` pairs, as on
  the sample page);
* lines are cut by visual width (a CJK character is two units, digits and Latin one) at 10-20
  characters, closing punctuation kept off the line start, or (OCR) left alone on a line;
* headlines are set wider than the body and broken over two lines; kicker, title and subtitle
  come in several orders; bylines and end credits in many printed forms, broken by the column;
* crossheads (plain, `■…`, `一、…`), 编者按 / 记者手记 / 相关链接 boxes, Q&A, photo captions
  with their credits, doubled OCR lines, blank lines at random (per page: none to most lines);
* furniture (paper, date, 第N版, section, editors), display ads, classifieds, a data table,
  a 简讯 column, 紧接/上接 continuations at the top and 下转 jumps at the foot;
* traditional-script pages from the Hong Kong source.

Every page has a truth JSON in the format `benchmarks/bench_segment.py --dir` reads (stories
with kind, title, kicker, subtitle, byline, body, page, continued_from, items, article_id,
crossheads; and one label per printed line, as the other makers write them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ARTICLES = HERE / "articles"
EXCERPT = HERE / "excerpt"
MAKER = "layout_ocr"

# ---- articles -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    id: str
    source: str
    script: str
    genre: str
    kicker: str
    title: str
    subtitle: str
    byline: str
    lead: str
    paragraphs: tuple[str, ...]
    crossheads: tuple[tuple[int, str], ...]
    captions: tuple[str, ...]
    credit: str

    @classmethod
    def from_json(cls, data: dict) -> Article:
        return cls(
            id=data["id"], source=data.get("source", ""), script=data.get("script", "hans"),
            genre=data.get("genre", ""), kicker=data.get("kicker", "").strip(),
            title=data.get("title", "").strip(), subtitle=data.get("subtitle", "").strip(),
            byline=data.get("byline", "").strip(), lead=data.get("lead", "").strip(),
            paragraphs=tuple(p.strip() for p in data.get("paragraphs", []) if p.strip()),
            crossheads=tuple(sorted((int(k), v.strip()) for k, v in (data.get("crossheads") or {}).items()
                                    if v.strip())),
            captions=tuple(c.strip() for c in data.get("captions", []) or [] if c.strip()),
            credit=data.get("credit", "").strip(),
        )

    @property
    def chars(self) -> int:
        return sum(len(p) for p in self.paragraphs)


def load_articles(split: str, sources: set[str] | None = None, directory: Path | None = None) -> list[Article]:
    """The split's articles (the excerpt when the articles were not built), sorted by id."""
    base = directory or ARTICLES
    folder = base / split
    if not any(folder.glob("*.json")):
        folder = EXCERPT / split
    out = []
    for path in sorted(folder.glob("*.json")):
        article = Article.from_json(json.loads(path.read_text(encoding="utf-8")))
        if article.title and article.paragraphs and (not sources or article.source in sources
                                                       or article.id.split("-")[0] in sources):
            out.append(article)
    return out


# ---- pools (ours, never article text) -----------------------------------------------------------

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娥玲兰凤洁梅琳素云莲真环雪荣爱妹香月莺媛瑞凡佳嘉琼勤珍贞莉桂娣叶璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝丽阳"
HANT_SURNAMES = "陳李張黃何林吳劉梁鄭謝郭羅蔡許曾鍾彭周葉蘇馬胡朱"
HANT_GIVEN = "家偉志明嘉欣詠詩俊傑子晴浩然凱琳美玲國華振宇淑儀慧敏文傑樂怡"
PAPERS_HANS = ("江城日报", "南湖晚报", "临川日报", "青山都市报", "东海日报", "兰溪新闻", "云岭晚报", "北塘日报")
PAPERS_HANT = ("港島日報", "香江時報", "九龍晚報")
SECTIONS_HANS = ("要闻", "综合新闻", "本地新闻", "经济", "社会", "国内新闻", "时事", "民生", "城事")
SECTIONS_HANT = ("港聞", "要聞", "社會", "政治", "評論")
WEEKDAYS_HANS = "一二三四五六日"
WEEKDAYS_HANT = "一二三四五六日"
CITIES = ("北京", "上海", "广州", "杭州", "南京", "武汉", "成都", "西安", "长沙", "郑州", "济南", "福州")
BRIEF_HEADS = ("简讯", "本地简讯", "要闻速览", "新闻快递", "短讯")
CLASSIFIED_HEADS = ("分类信息", "分类广告", "便民信息", "广告")
CLASSIFIED_KINDS = {
    "招 聘": ("招{job}、{job}各{n}名。{phone}", "诚聘{job}{n}名，待遇面议。{phone}"),
    "转 让": ("{place}店面转让，{area}㎡。{phone}", "{place}套房急转，{area}㎡，价面议。{phone}"),
    "出 租": ("{place}店面出租，{area}㎡，可连设备。{phone}", "{place}厂房出租{area}㎡。{phone}"),
    "声 明": ("{name}遗失身份证一张，声明作废。", "{company}遗失公章一枚，编号{code}，声明作废。"),
}
JOBS = ("会计", "司机", "保安", "厨师", "文员", "电工", "焊工", "营业员", "保洁", "仓管")
PLACES = ("城西路", "金城路", "飞凤路", "九铃东路", "人民路", "解放街", "丽州路", "望春东路", "江南街道")
COMPANIES = ("永兴五金厂", "恒达工贸有限公司", "鑫源门业", "光明电器厂", "长城机械配件厂")
ADS_HANS = (("{brand}家居 盛大开业", "全场五折起 买一送一", "热线：{tel}", "地址：{place}{num}号"),
            ("{brand}汽车 4S店", "新春购车节 零首付", "咨询电话：{tel}"),
            ("{brand}·江景华府", "火爆认购中", "营销中心：{place}{num}号", "电话：{tel}"),
            ("{brand}口腔", "种植牙特惠 {price}元起", "预约：{tel}"))
ADS_HANT = (("{brand}地產", "全新樓盤 火熱登記", "查詢：{tel}"), ("{brand}眼鏡", "全線八折", "熱線：{tel}"))
BRANDS = ("金鼎", "宏达", "华美", "天成", "锦绣", "百盛", "新世纪", "恒丰")
HANT_BRANDS = ("金鼎", "宏達", "華美", "天成", "錦繡", "百盛", "新世紀", "恆豐")
WEATHER = ("晴", "多云", "阴", "小雨", "阵雨", "雷阵雨", "晴转多云", "多云转阴")
PRODUCE = ("大白菜", "土豆", "西红柿", "黄瓜", "青椒", "猪肉", "鸡蛋", "草鱼", "苹果", "香蕉")
CLOSING = "，。、；：？！”’）》」』…—"
OPENING = "“‘（《「『"
EDITOR_BOX = {"hans": ("编者按", "记者手记", "相关链接", "链接"), "hant": ("編者按", "記者手記", "相關連結", "延伸閱讀")}
NUMERALS = "一二三四五六七八九十"


def person(rng: random.Random, script: str) -> str:
    surnames, given = (HANT_SURNAMES, HANT_GIVEN) if script == "hant" else (SURNAMES, GIVEN)
    return rng.choice(surnames) + "".join(rng.choice(given) for _ in range(rng.choice((1, 2, 2))))


def phone(rng: random.Random) -> str:
    return "1" + rng.choice("35789") + "".join(rng.choice("0123456789") for _ in range(9))


# ---- printed lines --------------------------------------------------------------------------


@dataclass
class Line:
    text: str
    label: str
    story: int = -1


Run = list[Line]  # lines printed together; blank lines fall between runs more often than inside


@dataclass
class Truth:
    kind: str
    title: str = ""
    kicker: str = ""
    subtitle: str = ""
    byline: str = ""
    body: str = ""
    page: int = 1
    continued_from: int | None = None
    items: list[str] = field(default_factory=list)
    article_id: str = ""
    crossheads: list[str] = field(default_factory=list)


@dataclass
class Rendered:
    """One story's printed parts; the page decides where each goes."""

    truth: Truth
    deck: list[Run] = field(default_factory=list)
    byline: list[Run] = field(default_factory=list)
    body: list[Run] = field(default_factory=list)
    tail: list[Run] = field(default_factory=list)


@dataclass
class Style:
    """A page's typesetting and OCR habits."""

    script: str
    width: int  # body column, in CJK characters
    blank_in_run: float  # a blank line between two lines of a paragraph
    blank_between: float  # a blank line between paragraphs and blocks
    kinsoku: float  # closing punctuation kept off a line's start
    lone_punct: float  # a paragraph's closing punctuation left alone on a line
    digit_spaces: float  # OCR spaces around digits and Latin
    column_pairs: float  # a story goes on after the next story's deck
    swap_pairs: float  # two stories' decks come out shifted
    page_no: int


def visual(ch: str) -> int:
    return 1 if ord(ch) < 128 else 2


def spaced(text: str, rng: random.Random, p: float) -> str:
    """OCR's spaces around runs of digits and Latin letters (some of them)."""
    if p <= 0:
        return text
    return re.sub(r"[0-9A-Za-z.%]+", lambda m: f" {m.group(0)} " if rng.random() < p else m.group(0), text).strip()


def wrap(text: str, width: int, rng: random.Random, style: Style) -> list[str]:
    """Cut *text* into lines of *width* CJK characters' visual width."""
    cap = 2 * width
    lines: list[str] = []
    current, used = "", 0
    for ch in text:
        w = visual(ch)
        if used + w > cap and current.strip():
            if ch in CLOSING and rng.random() < style.kinsoku:
                current += ch  # hang it on the line (禁则)
                continue
            lines.append(current)
            current, used = "", 0
        current += ch
        used += w
    if current.strip():
        lines.append(current)
    return [line.strip() for line in lines if line.strip()]


def paragraph_run(text: str, label: str, story: int, rng: random.Random, style: Style,
                  width: int | None = None) -> Run:
    lines = wrap(text, width or style.width, rng, style)
    run = [Line(t, label, story) for t in lines]
    if run and run[-1].text and rng.random() < style.lone_punct:  # 。” left alone by OCR
        last = run[-1].text
        tail = len(last) - len(last.rstrip(CLOSING))
        if 0 < tail < len(last):
            run[-1].text = last[:-tail]
            run.append(Line(last[-tail:], "fragment", story))
    for line in run:
        if line.label != "fragment" and re.fullmatch(f"[{re.escape(CLOSING + OPENING)}]+", line.text):
            line.label = "fragment"
    return run


def break_head(text: str, rng: random.Random, width: int) -> list[str]:
    """A headline set *width* characters wide; longer ones break over lines, at a space if it has one."""
    if len(text) <= width:
        return [text]
    if " " in text.strip() and rng.random() < 0.8:
        parts = [p for p in text.split(" ") if p]
        if all(len(p) <= width + 4 for p in parts):
            return parts
    n = -(-len(text) // width)
    size = -(-len(text) // n)
    return [text[i:i + size] for i in range(0, len(text), size)]


# ---- bylines and credits --------------------------------------------------------------------

_DATELINE = re.compile(r"^\S{0,12}(?:电|讯|消息)[\s（(：:]")
_ROLE = re.compile(r"^(.*?(?:记者|記者|通讯员|通訊員))[：:\s]*(.+)$")


def byline_text(article: Article, rng: random.Random, script: str) -> str:
    """A byline line as papers print it, from the article's byline or (sometimes) a made-up one."""
    hant = script == "hant"
    if article.byline:
        m = _ROLE.match(article.byline)
        if not m:  # a bare name over a comment
            return article.byline if rng.random() < 0.7 else ("文／" if not hant else "文：") + article.byline
        role, names = m.group(1), m.group(2).strip()
        if hant:
            return rng.choice((f"{role}{names}", f"{role}：{names}", f"撰文：{names}"))
        if "新华社" in role:
            return f"{role} {names}"
        form = rng.choice(("□{r} {n}", "■{r} {n}", "{r} {n}", "本报{r} {n}", "□本报{r} {n}",
                           "本报{r} {n} 通讯员 {o}", "本报{r}　{n}"))
        return form.format(r=role.replace("本报", ""), n=names, o=person(rng, script))
    if rng.random() < 0.5 or article.genre == "commentary":
        return ""
    if hant:
        return rng.choice(("記者 {n}", "記者：{n}", "撰文：{n}", "文：{n} 圖：{o}")).format(
            n=person(rng, script), o=person(rng, script))
    return rng.choice(("□记者 {n}", "■记者 {n}", "本报记者 {n} 通讯员 {o}", "□首席记者 {n}",
                       "记者 {n} 实习生 {o}", "本报记者 {n}　{o}", "文／{n} 图／{o}")).format(
        n=person(rng, script), o=person(rng, script))


def end_credit(article: Article, rng: random.Random, script: str) -> str:
    if article.credit:
        return article.credit
    if rng.random() < 0.55:
        return ""
    n, o = person(rng, script), person(rng, script)
    if script == "hant":
        return rng.choice((f"（編輯：{n}）", f"文：{n} 圖：{o}", f"記者：{n} {o}"))
    return rng.choice((f"（编辑 {n}）", f"（记者 {n}）", f"文／记者 {n} 见习记者 {o} 图／记者 {person(rng, script)}",
                       f"本报记者 {n} 通讯员 {o}", f"责任编辑：{n}", f"（本报记者 {n}）", f"（通讯员 {n}）",
                       f"文／{n} 图／{o}", f"（据新华社）", f"（{n} 整理）"))


def photo_credit(rng: random.Random, script: str) -> str:
    n = person(rng, script)
    if script == "hant":
        return rng.choice((f"{n}攝", f"記者{n}攝", "資料圖片"))
    return rng.choice((f"记者 {n} 摄", f"新华社记者 {n} 摄", "新华社发", f"{n} 摄", f"本报记者 {n} 摄",
                       f"通讯员 {n} 供图"))


def dateline(article: Article, rng: random.Random, script: str, style: Style) -> tuple[str, str]:
    """The lead's opening, the article's own dateline or 本报讯 as a city paper prints it, and the
    credit printed inside it (（记者 X）), which is the story's byline, not its text."""
    if article.lead:
        if rng.random() < 0.35 and article.byline and _ROLE.match(article.byline):
            credit = _ROLE.match(article.byline).group(0)
            return f"{article.lead}（{credit}）", credit
        return article.lead + " ", ""
    if script == "hant" or article.genre in ("commentary",) or _DATELINE.match(article.paragraphs[0]):
        return "", ""
    r = rng.random()
    if r < 0.3:
        return "本报讯 ", ""
    if r < 0.4:
        credit = f"记者 {person(rng, script)} 通讯员 {person(rng, script)}"
        return f"本报讯（{credit}）", credit
    if r < 0.5 and article.genre in ("wire", "brief"):
        return f"新华社{rng.choice(CITIES)}{rng.randint(1, 12)}月{rng.randint(1, 28)}日电 ", ""
    return "", ""
    r = rng.random()
    if r < 0.3:
        return "本报讯 "
    if r < 0.4:
        return f"本报讯（记者 {person(rng, script)} 通讯员 {person(rng, script)}）"
    if r < 0.5 and article.genre in ("wire", "brief"):
        return f"新华社{rng.choice(CITIES)}{rng.randint(1, 12)}月{rng.randint(1, 28)}日电 "
    return ""


# ---- one story ------------------------------------------------------------------------------


def deck_runs(title: str, kicker: str, subtitle: str, story: int, rng: random.Random, style: Style) -> list[Run]:
    head_width = rng.randint(max(6, style.width - 4), 2 * style.width + 6)
    parts = [(kicker, "kicker"), (title, "headline"), (subtitle, "subtitle")]
    parts = [(t, label) for t, label in parts if t]
    if len(parts) > 1 and rng.random() < 0.2:  # OCR reads the big title before (or after) the small lines
        first = parts[:]
        while parts == first:
            rng.shuffle(parts)
    run: Run = []
    for text, label in parts:
        width = head_width if label == "headline" else max(6, head_width + rng.randint(-4, 6))
        run.extend(Line(t, label, story) for t in break_head(text, rng, width))
    return [run]


def budget(article: Article, rng: random.Random, limit: int) -> list[int]:
    """Which paragraphs are printed: from the first, up to about *limit* characters."""
    keep, used = [], 0
    for i, p in enumerate(article.paragraphs):
        if keep and used + len(p) > limit:
            break
        keep.append(i)
        used += len(p)
    return keep


def render_article(article: Article, story: int, rng: random.Random, style: Style, limit: int) -> Rendered:
    script = style.script
    truth = Truth(kind="article", title=article.title, kicker=article.kicker, subtitle=article.subtitle,
                  page=style.page_no, article_id=article.id)
    if not truth.subtitle and rng.random() < 0.12:  # a subtitle that sums up: a clause of the lead
        clause = re.split(r"[，。；！？]", article.paragraphs[0])[0]
        if 8 <= len(clause) <= 22 and clause not in article.title:
            truth.subtitle = clause
    out = Rendered(truth)
    out.deck = deck_runs(truth.title, truth.kicker, truth.subtitle, story, rng, style)

    byline = byline_text(article, rng, script)
    if byline:
        out.byline = [[Line(t, "byline", story) for t in wrap(byline, style.width + rng.randint(0, 6), rng, style)]]

    kept = budget(article, rng, limit)
    crossheads = dict(article.crossheads)
    paragraphs = [article.paragraphs[i] for i in kept]
    heads: dict[int, tuple[str, str]] = {}  # paragraph index -> (printed head, label)
    cross_style = rng.choice(("plain", "plain", "square", "diamond", "numbered"))
    number = 0
    for pos, i in enumerate(kept):
        if i in crossheads and pos > 0:
            text = crossheads[i]
            if cross_style == "square":
                text = "■" + text
            elif cross_style == "diamond":
                text = "◆" + text
            elif cross_style == "numbered" and not re.match(r"^[一二三四五六七八九十\d]", text):
                text = f"{NUMERALS[number % 10]}、{text}"
            number += 1
            heads[pos] = (text, "crosshead")
    boxes = EDITOR_BOX[script]
    n = len(paragraphs)
    if n >= 3 and rng.random() < 0.05:
        heads.setdefault(n - 1, (rng.choice(boxes[2:]), "sidebar_head"))
    if n >= 5 and rng.random() < 0.05:
        heads.setdefault(n - 2, (boxes[1], "box_head"))
    editor_note = n >= 3 and rng.random() < 0.04
    qa = script == "hans" and n >= 4 and rng.random() < 0.05 and not heads

    body_parts: list[str] = []
    opening, inline_credit = dateline(article, rng, script, style)
    captions = list(article.captions)
    if not captions and rng.random() < 0.1:  # a picture of the story: a sentence of it, and its credit
        sentence = re.split(r"(?<=。)", paragraphs[-1])[0]
        if 10 <= len(sentence) <= 60:
            captions = [("图为" if script == "hans" else "圖為") + sentence]
    caption_at = rng.randrange(1, n + 1) if captions and rng.random() < 0.4 else None
    interviewee = person(rng, script)
    printed_credit = ""  # the lead's （记者 X）, once printed
    for pos, text in enumerate(paragraphs):
        if pos == caption_at and captions:
            cap = captions[0]
            if not re.search(r"(摄|攝|供图|圖片)$", cap):
                cap = f"{cap} {photo_credit(rng, script)}"
            out.body.append([Line(t, "caption", story) for t in wrap(cap, style.width + rng.randint(0, 8), rng, style)])
        if pos in heads:
            head, label = heads[pos]
            out.body.append([Line(t, label, story) for t in break_head(head, rng, style.width + rng.randint(0, 4))])
            body_parts.append(head)
            if label == "crosshead":
                truth.crossheads.append(head)
        if pos == 0 and editor_note:
            note_head = boxes[0]
            if rng.random() < 0.5:
                out.body.append([Line(note_head, "box_head", story)])
                body_parts.append(note_head)
            else:
                text = f"{note_head}：{text}"
        elif pos == 0 and opening:
            text = opening + text
            printed_credit = inline_credit
        elif qa and pos > 0:
            text = ("记者：" if pos % 2 else f"{interviewee}：") + text
        text = spaced(text, rng, style.digit_spaces)
        run = paragraph_run(text, "lead" if pos == 0 and not (editor_note and len(out.body)) else "body", story, rng, style)
        for line in run[1:]:
            if line.label == "lead":
                line.label = "body"
        out.body.append(run)
        # as the other page makers do, the credit in the lead is the byline, not the story's text
        body_parts.append(text.replace(f"（{printed_credit}）", "", 1) if pos == 0 and printed_credit else text)
    if out.body and rng.random() < 0.02:  # OCR reads one line twice
        run = rng.choice(out.body)
        k = rng.randrange(len(run))
        if run[k].label in ("body", "lead") and len(run[k].text) >= 4:
            run.insert(k + 1, Line(run[k].text, "doubled", story))
    truth.body = "\n".join(body_parts)

    credit = end_credit(article, rng, script)
    if credit:
        width = style.width if rng.random() < 0.6 else style.width + rng.randint(2, 10)
        out.tail = [[Line(t, "credit", story) for t in wrap(credit, width, rng, style)]]
    truth.byline = " ".join(x for x in (byline, printed_credit, credit) if x)
    return out


def render_photo(article: Article, story: int, rng: random.Random, style: Style) -> Rendered | None:
    caption = article.captions[0] if article.captions else re.split(r"(?<=。)", article.paragraphs[0])[0]
    caption = re.sub(r"\s*(?:[^\s，。]{0,8}(?:摄|攝))$", "", caption).strip()
    if not 12 <= len(caption) <= 120:
        return None
    credit = photo_credit(rng, style.script)
    truth = Truth(kind="photo", page=style.page_no, article_id=article.id, body=caption, byline=credit)
    out = Rendered(truth)
    if rng.random() < 0.5:
        truth.title = article.title
        out.deck = [[Line(t, "headline", story) for t in break_head(article.title, rng, rng.randint(8, 24))]]
    sep = rng.choice((" ", "  ", "　", "（", ""))
    text = f"{caption}{sep}{credit}" + ("）" if sep == "（" else "")
    if rng.random() < 0.5:
        out.body = [[Line(text, "caption", story)]]  # a caption set wide, read as one line
    else:
        out.body = [[Line(t, "caption", story) for t in wrap(text, style.width + rng.randint(0, 8), rng, style)]]
    return out


def render_continuation(article: Article, story: int, rng: random.Random, style: Style, limit: int) -> Rendered | None:
    if len(article.paragraphs) < 4:
        return None
    start = rng.randint(1, len(article.paragraphs) - 2)
    paragraphs, used = [], 0
    for p in article.paragraphs[start:]:
        if paragraphs and used + len(p) > limit:
            break
        paragraphs.append(p)
        used += len(p)
    from_page = rng.randint(1, style.page_no - 1)
    marker = rng.choice(("（紧接{n}版）", "（上接第{n}版）", "（紧接第{n}版）")).format(n=from_page)
    if style.script == "hant":
        marker = rng.choice(("（接{n}版）", "（續第{n}版）")).format(n=from_page)
    truth = Truth(kind="continuation", page=style.page_no, continued_from=from_page, article_id=article.id + "#cont",
                  body="\n".join(paragraphs))
    out = Rendered(truth)
    if rng.random() < 0.3:
        truth.title = article.title
        out.deck = [[Line(t, "headline", story) for t in break_head(article.title, rng, rng.randint(8, 24))]]
    inline = rng.random() < 0.7
    for pos, text in enumerate(paragraphs):
        if pos == 0 and inline:
            run = paragraph_run(marker + spaced(text, rng, style.digit_spaces), "lead", story, rng, style)
            for line in run[1:]:
                line.label = "body" if line.label == "lead" else line.label
        else:
            run = paragraph_run(spaced(text, rng, style.digit_spaces), "body", story, rng, style)
            if pos == 0:
                run.insert(0, Line(marker, "jump", story))
        out.body.append(run)
    return out


def cut_for_jump(rendered: Rendered, rng: random.Random, style: Style, to_page: int) -> bool:
    """The story stops at the foot of the page: keep 3+ paragraphs' worth, print 下转."""
    runs = rendered.body
    prose = [i for i, run in enumerate(runs) if run and run[0].label in ("body", "lead")]
    if len(prose) < 4:
        return False
    cut = prose[rng.randint(2, len(prose) - 2)]
    kept = runs[:cut]
    kept_text = "".join(line.text for run in kept for line in run if line.label not in ("caption", "doubled"))
    if len(re.sub(r"\s", "", kept_text)) < 200:
        return False
    marker = (f"（下转第{to_page}版）" if rng.random() < 0.7 else f"（转{to_page}版）") if style.script == "hans" \
        else f"（轉第{to_page}版）"
    if rng.random() < 0.5:
        kept[-1].append(Line(marker, "jump", rendered.body[0][0].story))
    else:
        kept[-1][-1].text += marker  # printed right after the column's last words
    rendered.body = kept
    truth = rendered.truth
    printed = ["".join(re.sub(r"\s", "", line.text) for line in run
                       if line.label in ("body", "lead", "crosshead", "box_head", "sidebar_head", "fragment"))
               for run in kept]
    truth.body = "\n".join(p for p in printed if p).replace(marker, "")
    truth.crossheads = [h for h in truth.crossheads if re.sub(r"\s", "", h) in truth.body]
    rendered.tail = []  # the credit is at the story's end, on the other page
    truth.byline = " ".join(line.text for run in rendered.byline for line in run)
    return True


# ---- furniture, ads, tables -----------------------------------------------------------------


def furniture_runs(rng: random.Random, style: Style, date: dt.date) -> tuple[list[Run], list[Run]]:
    hant = style.script == "hant"
    paper = rng.choice(PAPERS_HANT if hant else PAPERS_HANS)
    section = rng.choice(SECTIONS_HANT if hant else SECTIONS_HANS)
    wd = (WEEKDAYS_HANT if hant else WEEKDAYS_HANS)[date.weekday()]
    day = f"{date.year}年{date.month}月{date.day}日 星期{wd}"
    page = rng.choice((f"第{style.page_no}版", f"{style.page_no:02d}", f"A{style.page_no}", f"第 {style.page_no} 版"))
    editor = ("責任編輯：{a}　美術編輯：{b}" if hant else rng.choice(
        ("责任编辑：{a}　美编：{b}", "本版编辑：{a}　校对：{b}", "责编：{a} 版式：{b}"))).format(
        a=person(rng, style.script), b=person(rng, style.script))
    pieces = [paper, day, page, section, editor]
    top: list[Run] = []
    r = rng.random()
    if r < 0.4:
        top.append([Line(" ".join(pieces[:4]) if rng.random() < 0.5 else f"{page} {section}", "furniture")])
    elif r < 0.8:
        chosen = [p for p in pieces if rng.random() < 0.7] or [page]
        top.append([Line(p, "furniture") for p in chosen])
    bottom: list[Run] = []
    if rng.random() < 0.35:
        bottom.append([Line(editor, "furniture")])
    if rng.random() < 0.2:
        bottom.append([Line(f"{paper} {day}", "furniture")])
    return top, bottom


def ad_run(rng: random.Random, style: Style) -> Run:
    shape = rng.choice(ADS_HANT if style.script == "hant" else ADS_HANS)
    tel = f"0{rng.randint(510, 599)}-{rng.randint(80000000, 89999999)}" if rng.random() < 0.6 else phone(rng)
    values = {"brand": rng.choice(HANT_BRANDS if style.script == "hant" else BRANDS), "tel": tel, "place": rng.choice(PLACES), "num": rng.randint(1, 300),
              "price": rng.choice((999, 1980, 2680))}
    return [Line(t.format(**values), "furniture") for t in shape]


def table_run(rng: random.Random, style: Style) -> Run:
    if style.script == "hant":
        head, rows = "天氣預報", [f"{d} {rng.choice(('晴', '多雲', '驟雨', '有雨'))} {rng.randint(18, 24)}-{rng.randint(25, 33)}℃"
                              for d in ("今日", "明日", "後日")]
    elif rng.random() < 0.5:
        head = rng.choice(("今日天气", "天气预报", "城市天气"))
        rows = [f"{c} {rng.choice(WEATHER)} {rng.randint(-5, 15)}～{rng.randint(16, 30)}℃"
                for c in rng.sample(CITIES, rng.randint(3, 6))]
    else:
        head = rng.choice(("今日菜价", "农贸市场价格", "本周菜价"))
        rows = [f"{p} {rng.randint(1, 30)}.{rng.randint(0, 9)}0元/斤" for p in rng.sample(PRODUCE, rng.randint(3, 6))]
        if rng.random() < 0.5:
            rows.insert(0, "品名 价格")
    return [Line(head, "table")] + [Line(r, "table") for r in rows]


def classifieds(rng: random.Random, story: int, style: Style) -> Rendered:
    head = rng.choice(CLASSIFIED_HEADS)
    truth = Truth(kind="classifieds", title=head, page=style.page_no)
    run: Run = [Line(head, "classified", story)]
    width = rng.randint(9, 12)
    for kind in rng.sample(list(CLASSIFIED_KINDS), rng.randint(2, 4)):
        run.append(Line(kind, "classified", story))
        for _ in range(rng.randint(1, 3)):
            item = str(rng.randint(8000, 9999)) + rng.choice(CLASSIFIED_KINDS[kind]).format(
                job=rng.choice(JOBS), n=rng.randint(1, 5), phone=phone(rng), place=rng.choice(PLACES),
                area=rng.randint(40, 300), name=person(rng, "hans"), company=rng.choice(COMPANIES),
                code=rng.randint(10**12, 10**13 - 1))
            truth.items.append(item)
            run.extend(Line(t, "classified", story) for t in wrap(item, width, rng, style))
    truth.body = "\n".join(truth.items)
    return Rendered(truth, body=[run])


def brief_column(articles: list[Article], first_story: int, rng: random.Random, style: Style) -> tuple[Run, list[Rendered]]:
    """A 简讯 head over short items, titled (a head line) or not (a bullet)."""
    head_text = rng.choice(BRIEF_HEADS) if style.script == "hans" else rng.choice(("簡訊", "快訊"))
    titled = rng.random() < 0.5
    bullet = rng.choice(("■", "●", "▲", ""))
    items = []
    for k, article in enumerate(articles):
        text = ""
        for sentence in re.split(r"(?<=[。！？])", article.paragraphs[0]):
            if len(text) + len(sentence) > 200:
                break
            text += sentence
        if len(text) < 30:
            continue
        story = first_story + len(items)
        truth = Truth(kind="brief", page=style.page_no, article_id=article.id, body=text)
        out = Rendered(truth)
        if titled:
            truth.title = article.title
            shown = bullet + article.title if rng.random() < 0.5 else article.title  # the bullet is not the title
            out.deck = [[Line(t, "headline", story) for t in break_head(shown, rng, style.width + 4)]]
            out.body = [paragraph_run(spaced(text, rng, style.digit_spaces), "lead", story, rng, style)]
        else:
            out.body = [paragraph_run(bullet + spaced(text, rng, style.digit_spaces), "lead", story, rng, style)]
        for line in out.body[0][1:]:
            if line.label == "lead":
                line.label = "body"
        items.append(out)
    return [Line(head_text, "column_head")], items


# ---- the page -------------------------------------------------------------------------------


@dataclass
class Case:
    name: str
    text: str
    truth: dict


def page_style(rng: random.Random, script: str) -> Style:
    sparse = rng.random()
    return Style(
        script=script, width=rng.randint(10, 20),
        blank_in_run=0.0 if sparse < 0.35 else rng.choice((0.1, 0.3, 0.6, 0.9)),
        blank_between=rng.choice((0.3, 0.6, 0.9, 1.0)),
        kinsoku=rng.choice((1.0, 1.0, 0.9)), lone_punct=rng.choice((0.0, 0.05, 0.15)),
        digit_spaces=rng.choice((0.0, 0.0, 0.3, 0.8)),
        column_pairs=rng.choice((0.0, 0.25, 0.5)), swap_pairs=rng.choice((0.0, 0.0, 0.15, 0.3)),
        page_no=rng.randint(1, 8),
    )


def split_body(body: list[Run], rng: random.Random) -> tuple[list[Run], list[Run]] | None:
    """Where a column ends inside the story: within a paragraph, mid-sentence."""
    places = [(r, k) for r, run in enumerate(body) for k in range(2, len(run) - 1)
              if run[0].label in ("body", "lead") and run[k].label in ("body", "lead")]
    places = [(r, k) for r, k in places if sum(len(x) for x in body[:r]) + k >= 5]
    if not places:
        return None
    r, k = rng.choice(places)
    return body[:r] + [body[r][:k]], [body[r][k:]] + body[r + 1:]


def make_page(articles: list[Article], rng: random.Random, name: str, split: str, seed: int) -> Case:
    hant_pool = [a for a in articles if a.script == "hant"]
    hans_pool = [a for a in articles if a.script != "hant"]
    script = "hant" if hant_pool and (not hans_pool or rng.random() < 0.2) else "hans"
    pool = hant_pool if script == "hant" else hans_pool
    style = page_style(rng, script)
    date = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randint(0, 2900))
    picked = rng.sample(pool, min(len(pool), 12))
    queue = list(picked)

    stories: list[Rendered] = []
    elements: list[list[Run]] = []  # blocks in reading order

    def take(pred=lambda a: True) -> Article | None:
        for i, a in enumerate(queue):
            if pred(a):
                return queue.pop(i)
        return None

    top, bottom = furniture_runs(rng, style, date)
    elements.append(top)

    if style.page_no > 1 and rng.random() < 0.3:
        article = take(lambda a: len(a.paragraphs) >= 4)
        cont = article and render_continuation(article, len(stories), rng, style, rng.randint(200, 700))
        if cont:
            stories.append(cont)
            elements.append(cont.deck + cont.body)

    mains: list[Rendered] = []
    for _ in range(rng.randint(2, 5)):
        article = take()
        if article is None:
            break
        r = render_article(article, len(stories), rng, style, rng.choice((300, 500, 800, 1200, 1800)))
        stories.append(r)
        mains.append(r)
    if mains and rng.random() < 0.3:
        cut_for_jump(mains[-1], rng, style, style.page_no + rng.randint(1, 3))

    extras: list[list[Run]] = []
    if rng.random() < 0.3:
        article = take()
        photo = article and render_photo(article, len(stories), rng, style)
        if photo:
            stories.append(photo)
            if rng.random() < 0.15:  # its short head read twice by OCR
                photo.deck = [[Line(photo.truth.title * 2, "doubled", -1)]] if photo.truth.title else photo.deck
                photo.truth.title = ""
            extras.append(photo.deck + photo.body)
    if rng.random() < 0.25:
        shorts = [a for a in (take() for _ in range(rng.randint(2, 4))) if a]
        head, items = brief_column(shorts, len(stories), rng, style)
        if items:
            stories.extend(items)
            extras.append([head] + [run for item in items for run in item.deck + item.body])
    if rng.random() < 0.2:
        extras.append([table_run(rng, style)])
    if rng.random() < 0.25:
        extras.append([ad_run(rng, style)])

    # the main stories, column by column
    i = 0
    sequence: list[list[list[Run]]] = []  # groups of blocks; an extra never goes inside a group
    while i < len(mains):
        a = mains[i]
        b = mains[i + 1] if i + 1 < len(mains) else None
        r = rng.random()
        if b is not None and r < style.swap_pairs:
            sequence.append([b.deck, a.byline + a.body + a.tail, a.deck, b.byline + b.body + b.tail])
            i += 2
            continue
        if b is not None and r < style.swap_pairs + style.column_pairs:
            halves = split_body(a.body, rng)
            if halves:
                with_deck = rng.random() < 0.4
                sequence.append([a.deck + a.byline + halves[0], b.deck + (b.byline if with_deck else []),
                                 halves[1] + a.tail, ([] if with_deck else b.byline) + b.body + b.tail])
                i += 2
                continue
        sequence.append([a.deck + a.byline + a.body + a.tail])
        i += 1
    for extra in extras:
        sequence.insert(rng.randint(0, len(sequence)), [extra])
    elements += [block for group in sequence for block in group]
    if rng.random() < 0.3 and script == "hans":
        ads = classifieds(rng, len(stories), style)
        stories.append(ads)
        elements.append(ads.body)
    elements.append(bottom)

    lines = emit(elements, rng, style)
    text = "\n".join(line.text for line in lines) + "\n"
    truth = {"name": name, "seed": seed, "split": split, "script": script, "files": [f"{name}.txt"],
             "maker": MAKER, "stories": [asdict(s.truth) for s in stories],
             "lines": [{"page": 1, "text": line.text, "label": line.label, "story": line.story} for line in lines]}
    return Case(name, text, truth)


def emit(elements: list[list[Run]], rng: random.Random, style: Style) -> list[Line]:
    out: list[Line] = []

    def blank() -> None:
        if out and out[-1].label != "blank":
            out.append(Line("", "blank"))

    for block in elements:
        for run in block:
            if not run:
                continue
            if rng.random() < style.blank_between:
                blank()
            for k, line in enumerate(run):
                if k and rng.random() < style.blank_in_run:
                    blank()
                out.append(line)
    while out and out[0].label == "blank":
        out.pop(0)
    return out


def make_cases(articles: list[Article], *, seed: int, pages: int, split: str) -> list[Case]:
    if not articles:
        raise SystemExit(f"no articles for split {split!r}: build them with fetch_articles.py")
    cases = []
    for index in range(pages):
        rng = random.Random(f"{MAKER}:{split}:{seed}:{index}")
        cases.append(make_page(articles, rng, f"case{index:04d}", split, seed))
    return cases


def write_cases(cases: list[Case], out: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from audiopaper.atomic import write_text

    out.mkdir(parents=True, exist_ok=True)
    for case in cases:
        write_text(out / f"{case.name}.txt", case.text)
        write_text(out / f"{case.name}.truth.json", json.dumps(case.truth, ensure_ascii=False, indent=1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Make OCR-style newspaper pages read column by column, with truth.")
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--sources", default="", help="comma-separated sources (id prefixes); default all built")
    parser.add_argument("--articles", type=Path, help="articles directory (default tools/segdev/articles)")
    args = parser.parse_args(argv)
    sources = {s.strip() for s in args.sources.split(",") if s.strip()} or None
    articles = load_articles(args.split, sources, args.articles)
    write_cases(make_cases(articles, seed=args.seed, pages=args.pages, split=args.split), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
