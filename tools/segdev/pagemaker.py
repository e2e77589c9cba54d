"""An independent page maker for the segmentation benchmark (issue 8).

    python tools/segdev/pagemaker.py --split dev --seed 1 --pages 200 --out /tmp/pm-dev-1
    python benchmarks/bench_segment.py --dir /tmp/pm-dev-1

Written from the issue's description of the customer's pages and from the sample page alone,
without reading `simulate.py`, so that a second measurement does not share the first one's
choices. It lays the articles of `tools/segdev/articles/<split>/` (all sources, one script per
page) out the way OCR returns a Chinese daily: one column 10-20 characters wide, blank lines at
random or none at all, deck lines in mixed order or printed after (or away from) their body,
bylines and credits in several forms at the top or the end, captions, crossheads, OCR
fragments and doubled lines, adverts, furniture, tables, boxes, Q&A and jumps.

Writes `caseNNNN.txt` (or `caseNNNN/1.txt, 2.txt` for an edition with a jump) and
`caseNNNN.truth.json` in the format `bench_segment.py --dir` reads: `stories` with the keys of
`segment --json` (body: one paragraph a line, crossheads and box heads included, the dateline
lead at the start, bylines, credits and captions left out) and `lines`, every printed line
with a label and its story (-1 for furniture, tables, column heads and blank lines).
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from audiopaper.atomic import write_text  # noqa: E402

log = logging.getLogger(__name__)

ARTICLES = Path(__file__).resolve().parent / "articles"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤"
GIVEN = "晨晓明华丽军伟静敏强磊洋艳勇杰娟涛超秀霞平刚桂英芳燕玲红鹏飞宇浩然欣怡思雨嘉琪佳颖子涵梓轩一诺文博俊辉建国海波志远心如畅婷雪梅立新正阳春光"
HEAD_PAPERS = ["永康日报", "金华日报", "钱江晚报", "城市早报", "江南都市报", "滨海日报", "本地新闻"]
HEAD_PAPERS_HANT = ["港聞日報", "城市快報", "新聞週報"]
SECTIONS = ["要闻", "综合", "城市", "民生", "经济", "社会", "文体", "国际", "时评", "专题"]
SECTIONS_HANT = ["要聞", "港聞", "社會", "經濟", "國際", "評論"]
WEEKDAYS = "一二三四五六日"
PHOTO_HEADS = ["春耕正当时", "志愿服务暖人心", "城市夜色美", "丰收在望", "守护平安", "绿意盎然", "迎新春",
               "银龄风采", "快乐一夏", "匠心传承", "清洁家园", "文明出行"]
PHOTO_HEADS_HANT = ["街頭一角", "節日氣氛", "市民出行", "海港夜色"]
QUESTIONS = ["这项工作目前进展如何？", "您认为最大的困难是什么？", "下一步有什么打算？", "群众反响怎么样？",
             "为什么要这样做？", "这对普通人意味着什么？", "有哪些具体措施？", "您最想说的一句话是什么？"]
QUESTIONS_HANT = ["目前進展如何？", "最大的困難是什麼？", "下一步有何打算？", "市民反應如何？"]
BRIEF_HEADS = ["简讯", "本地快讯", "一句话新闻", "新闻速递", "短讯"]
BRIEF_HEADS_HANT = ["簡訊", "新聞速遞"]
CLASSIFIED_LINES = ["招聘：{n}厂招普工、仓管各2名，包吃住。{tel}", "出租：城区两室一厅，家电齐全。{tel}",
                    "转让：临街旺铺，接手即可营业。{tel}", "遗失：{name}身份证一张，声明作废。",
                    "搬家：专业搬家、空调移机。{tel}", "家教：数学英语一对一辅导。{tel}",
                    "{name}遗失营业执照副本，声明作废。", "收购：旧电脑、旧空调，上门回收。{tel}"]
AD_LINES = [["{n}家居 周年庆", "全场五折起", "地址：人民路{k}号", "热线：{tel}"],
            ["{n}·悦府", "城市中心 精装现房", "营销中心：{tel}"],
            ["{n}口腔 种植牙特惠", "预约电话：{tel}"]]
WEATHER_ROWS = ["北京 晴 -3～9℃", "上海 多云 8～15℃", "杭州 小雨 9～14℃", "广州 阴 16～22℃",
                "武汉 晴 5～13℃", "成都 多云 7～12℃", "西安 晴 0～10℃"]
PRICE_ROWS = ["猪肉 26.50", "鸡蛋 5.80", "大白菜 1.20", "西红柿 4.50", "土豆 2.30", "带鱼 18.00", "大米 2.90"]
CLOSING_PUNCT = "”’）》」』。，！？；：、"


@dataclass
class Story:
    """One truth story and the lines that print it, before it is placed on a page."""

    kind: str
    title: str = ""
    kicker: str = ""
    subtitle: str = ""
    byline: str = ""
    paragraphs: list[str] = field(default_factory=list)
    article_id: str = ""
    crossheads: list[str] = field(default_factory=list)
    head: list[tuple] = field(default_factory=list)  # deck and top byline lines: (text, label, owner story)
    lines: list[tuple[str, str]] = field(default_factory=list)  # body, captions, end credits
    page: int = 1


def display_width(text: str) -> float:
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text)


def wrap(text: str, width: int, rng: random.Random, keep_punct: bool) -> list[str]:
    """Break *text* at the column width; with *keep_punct* a closing mark stays on the line above."""
    out, line, used = [], "", 0.0
    for ch in text:
        w = 0.5 if ord(ch) < 128 else 1.0
        if used + w > width and line:
            if keep_punct and ch in CLOSING_PUNCT:
                line += ch
                out.append(line)
                line, used = "", 0.0
                continue
            out.append(line)
            line, used = "", 0.0
        line += ch
        used += w
    if line:
        out.append(line)
    return out


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def tel(rng: random.Random) -> str:
    return rng.choice(["1" + str(rng.randint(3000000000, 8999999999)), f"0579-8{rng.randint(1000000, 9999999)}"])


def to_hant(text: str) -> str:
    return text.translate(str.maketrans("记者报讯编辑通讯员图文摄责计划广告", "記者報訊編輯通訊員圖文攝責計劃廣告"))


# ---- a story's lines ---------------------------------------------------------------------------


def byline_forms(rng: random.Random, own: str) -> tuple[str, str]:
    """(printed byline, where: top | end | inline)."""
    a, b = name(rng), name(rng)
    forms = [(f"□记者 {a}", "top"), (f"本报记者 {a} {b}", "top"), (f"□本报记者 {a}", "top"),
             (f"记者 {a} 通讯员 {b}", "top"), (f"文／记者 {a} 图／记者 {b}", "end"),
             (f"（编辑 {a}）", "end"), (f"通讯员 {a}", "end"), (f"（记者 {a}）", "end"),
             (f"记者 {a}", "inline"), (f"文/{a}", "top"), (f"责任编辑：{a}", "end")]
    if own and rng.random() < 0.5:
        return own, rng.choice(["top", "top", "end"])
    return rng.choice(forms)


def deck_lines(story: Story, rng: random.Random) -> list[tuple[str, str]]:
    """Kicker, title, subtitle as printed: separate lines, sometimes out of order, a long title split."""
    title_lines = [story.title]
    if len(story.title) > 8 and rng.random() < 0.25:
        cut = rng.randint(4, len(story.title) - 3)
        spaces = [i for i, ch in enumerate(story.title) if ch in " ，"]
        if spaces and rng.random() < 0.6:
            cut = rng.choice(spaces) + 1
        title_lines = [story.title[:cut].rstrip(), story.title[cut:].lstrip()]
    elif rng.random() < 0.04:
        title_lines = [story.title + story.title]  # OCR read the headline twice
    parts = [("kicker", [story.kicker])] if story.kicker else []
    parts.append(("headline", title_lines))
    if story.subtitle:
        parts.append(("subtitle", [("——" if rng.random() < 0.4 else "") + story.subtitle]))
    roll = rng.random()
    if len(parts) > 1 and roll < 0.12:
        rng.shuffle(parts)
    elif len(parts) > 1 and roll < 0.22:
        parts = parts[1:] + parts[:1]
    return [(text, label) for label, texts in parts for text in texts if text]


def ocr_faults(lines: list[tuple[str, str]], rng: random.Random, p_fragment: float,
               p_double: float) -> list[tuple[str, str]]:
    """A closing mark alone on a line (or a quote's closing half), a line read twice."""
    out: list[tuple[str, str]] = []
    for text, label in lines:
        if label == "body" and len(text) > 3 and text[-1] in "”）。" and rng.random() < p_fragment:
            out += [(text[:-1], label), (text[-1], "fragment")]
            continue
        if label == "body" and "”" in text[1:-1] and rng.random() < p_fragment / 2:
            cut = text.index("”", 1) + 1
            out += [(text[:cut], "fragment"), (text[cut:], label)]
            continue
        out.append((text, label))
        if label == "body" and rng.random() < p_double and len(text) >= 4:
            out.append((text[-rng.randint(2, min(6, len(text))):], "doubled"))
    return out


def build_article(article: dict, rng: random.Random, width: int, style: dict) -> Story:
    hant = article.get("script") == "hant"
    paragraphs = [p for p in article["paragraphs"] if p.strip()]
    crossheads = {int(k): v for k, v in (article.get("crossheads") or {}).items()}
    budget = rng.choice([400, 700, 1000, 1500, 2500, 4000])
    kept, used = [], 0
    for i, para in enumerate(paragraphs):
        if kept and used + len(para) > budget:
            break
        kept.append(i)
        used += len(para)
    story = Story("article", title=article["title"], kicker=article.get("kicker", ""),
                  subtitle=article.get("subtitle", ""), article_id=article["id"])
    byline, where = byline_forms(rng, article.get("byline", ""))
    if hant:
        byline = to_hant(byline)
    lead = article.get("lead", "")
    if not lead and rng.random() < 0.25 and not hant:
        lead = rng.choice(["本报讯", f"本报{rng.randint(1, 12)}月{rng.randint(1, 28)}日讯", "本报讯 "])
    if where == "inline" and not lead:
        where = "top"
    printed: list[tuple[str, str, str | None]] = []  # (printed text, label, its body paragraph or None)
    qa = len(kept) >= 4 and rng.random() < 0.08
    speaker = name(rng)
    for n, i in enumerate(kept):
        if i in crossheads and n > 0:
            head = crossheads[i]
            if rng.random() < 0.3:
                head = rng.choice("■◆●") + head
            printed.append((head, "crosshead", head))
            story.crossheads.append(head)
        para = paragraphs[i]
        if n == 0 and lead:
            if where == "inline":
                printed.append((f"{lead}（{byline}）" + para, "lead", lead + para))
                continue
            para = lead + ("" if lead.endswith(("：", " ", "电", "讯")) else " ") + para
        if qa and n >= 1 and n % 2 == 1:
            q = rng.choice(QUESTIONS_HANT if hant else QUESTIONS)
            question = ("記者：" if hant else "记者：") + q
            printed.append((question, "body", question))
            para = f"{speaker}：" + para
        printed.append((para, "lead" if n == 0 else "body", para))
    # boxes: an editor's note opens the story, a reporter's note or a link closes it
    if len(printed) >= 3 and not hant:
        roll = rng.random()
        if roll < 0.06:
            note = "编者按：" + printed.pop()[2]
            printed.insert(0, (note, "body", note))
        elif roll < 0.12:
            head = rng.choice(["记者手记", "■记者手记", "【记者手记】"])
            printed.insert(len(printed) - 1, (head, "box_head", head))
        elif roll < 0.18:
            head = rng.choice(["相关链接", "链接", "■相关链接"])
            printed.insert(len(printed) - 1, (head, "sidebar_head", head))
    story.byline = byline
    story.paragraphs = [body for _, _, body in printed if body]
    # the printed lines, wrapped
    indent = style["indent"]
    body_lines: list[tuple[str, str]] = []
    for text, label, _ in printed:
        if label in ("crosshead", "box_head", "sidebar_head"):
            if style["blank_para"] or rng.random() < 0.3:
                body_lines.append(("", "blank"))
            body_lines.append((text, label))
            continue
        wrapped = wrap(indent + text, width, rng, style["keep_punct"])
        body_lines += [(w, label if k == 0 else "body") for k, w in enumerate(wrapped)]
        if style["blank_para"]:
            body_lines.append(("", "blank"))
    if body_lines and body_lines[-1][1] == "blank":
        body_lines.pop()
    body_lines = ocr_faults(body_lines, rng, style["fragment"], style["doubled"])
    if style["blank_rand"]:
        body_lines = [x for line in body_lines
                      for x in ([line, ("", "blank")] if rng.random() < style["blank_rand"] else [line])]
    for caption in (article.get("captions") or [])[:1]:
        if rng.random() < 0.5 and len(body_lines) > 4:
            at = rng.randint(1, len(body_lines) - 1)
            cap = caption if caption.endswith("摄") or rng.random() < 0.5 else f"{caption} 记者 {name(rng)} 摄"
            body_lines[at:at] = [(w, "caption") for w in wrap(cap, width, rng, True)]
    credit = article.get("credit", "")
    end_lines = []
    if credit:
        end_lines += [(w, "credit") for w in wrap(credit, width, rng, False)]
    if where == "end":
        end_lines += [(w, "credit") for w in wrap(byline, width, rng, False)]
    story.lines = body_lines + end_lines
    story.head = [(text, label, story) for text, label in deck_lines(story, rng)]
    if where == "top":
        story.head.append((byline, "byline", story))
    return story


def photo_story(caption: str, rng: random.Random, width: int, hant: bool) -> Story:
    title = rng.choice(PHOTO_HEADS_HANT if hant else PHOTO_HEADS) if rng.random() < 0.7 else ""
    reporter = name(rng)
    credit = f"記者 {reporter} 攝" if hant else f"记者 {reporter} 摄"
    caption = re.sub(r"\s*\S*[摄攝]$", "", caption).strip() or caption
    lines = [(w, "caption") for w in wrap(caption + " " + credit, width + rng.randint(0, 10), rng, True)]
    story = Story("photo", title=title, byline=credit[:-2].strip(), paragraphs=[caption], lines=lines)
    if title and rng.random() < 0.5:  # the photo's head under its caption, as on the sample
        story.lines = lines + [(title, "headline")]
    elif title:
        story.head = [(title, "headline", story)]
    return story


def brief_column(articles: list[dict], rng: random.Random, width: int, hant: bool) -> list[Story]:
    stories = []
    for article in articles:
        titled = rng.random() < 0.6
        text = "".join(article["paragraphs"])
        lead = "" if titled else rng.choice(["■", "本报讯 ", ""])
        lines = [(w, "body") for w in wrap(lead + text, width, rng, True)]
        story = Story("brief", title=article["title"] if titled else "", paragraphs=[lead + text],
                      article_id=article["id"], lines=lines)
        story.head = [(article["title"], "headline", story)] if titled else []
        stories.append(story)
    return stories


# ---- a page -------------------------------------------------------------------------------------


def furniture(rng: random.Random, page: int, hant: bool) -> tuple[list[str], list[str]]:
    paper = rng.choice(HEAD_PAPERS_HANT if hant else HEAD_PAPERS)
    section = rng.choice(SECTIONS_HANT if hant else SECTIONS)
    date = f"2020年{rng.randint(1, 12)}月{rng.randint(1, 28)}日 星期{rng.choice(WEEKDAYS)}"
    forms = [[f"{paper}", f"{date}", f"第{page}版 {section}"], [f"{date} {paper}"], [f"A{page} {section}", date],
             [f"{page:02d} {section}"], [f"{paper} {section} {date}"]]
    head = rng.choice(forms) if rng.random() < 0.8 else []
    foot_forms = [[f"责任编辑：{name(rng)}"], [f"本版责编：{name(rng)} 美编：{name(rng)}"],
                  [f"版式：{name(rng)} 校对：{name(rng)}"], [f"第{page}版"]]
    foot = rng.choice(foot_forms) if rng.random() < 0.5 else []
    if hant:
        head, foot = [to_hant(x) for x in head], [to_hant(x) for x in foot]
    return head, foot


def table_lines(rng: random.Random) -> list[str]:
    if rng.random() < 0.5:
        rows = rng.sample(WEATHER_ROWS, rng.randint(3, 5))
        return ["城市 天气 气温"] + rows
    return ["品名 价格（元/公斤）"] + rng.sample(PRICE_ROWS, rng.randint(3, 5))


def classifieds(rng: random.Random) -> Story:
    lines = []
    if rng.random() < 0.5:
        lines.append(rng.choice(["分类信息", "分类广告", "便民信息"]))
        for template in rng.sample(CLASSIFIED_LINES, rng.randint(3, 6)):
            lines.append(template.format(n=name(rng)[:2], tel=tel(rng), name=name(rng)))
    else:
        lines = [t.format(n=name(rng)[:2], k=rng.randint(1, 300), tel=tel(rng)) for t in rng.choice(AD_LINES)]
    return Story("classifieds", title=lines[0], paragraphs=lines[1:], lines=[(x, "classified") for x in lines])


def make_case(pool: dict[str, list[dict]], rng: random.Random,
              edition: bool) -> tuple[list[list[tuple]], list[Story], str]:
    """Pages (each a list of (text, label, story or None)), the truth stories and the script of one case."""
    script = "hant" if rng.random() < len(pool["hant"]) / (len(pool["hant"]) + len(pool["hans"])) else "hans"
    hant = script == "hant"
    articles = pool[script]
    width = rng.randint(10, 20)
    blank = rng.choice(["none", "none", "paragraph", "random", "random"])
    style = {"indent": rng.choice(["", "", "　　", " ", "  "]), "keep_punct": rng.random() < 0.6,
             "blank_para": blank == "paragraph", "blank_rand": rng.uniform(0.05, 0.5) if blank == "random" else 0.0,
             "fragment": rng.choice([0.0, 0.02, 0.08]), "doubled": rng.choice([0.0, 0.005, 0.02])}
    n_pages = 2 if edition else 1
    pages_units: list[list] = [[] for _ in range(n_pages)]  # units: ("story", Story) | ("table", lines)
    stories: list[Story] = []
    for page in range(n_pages):
        picks = rng.sample(articles, min(len(articles), rng.randint(2, 6)))
        for article in picks:
            if article["genre"] == "brief" and sum(map(len, article["paragraphs"])) < 400 and rng.random() < 0.5:
                continue
            w = max(8, width + rng.choice([0, 0, 0, -1, 1, -2, 2]))
            story = build_article(article, rng, w, style)
            story.page = page + 1
            stories.append(story)
            pages_units[page].append(("story", story))
        if rng.random() < 0.2:
            briefs = [a for a in rng.sample(articles, min(60, len(articles)))
                      if sum(map(len, a["paragraphs"])) < 260 and a["paragraphs"]][:rng.randint(2, 4)]
            if len(briefs) >= 2:
                head = rng.choice(BRIEF_HEADS_HANT if hant else BRIEF_HEADS)
                column = brief_column(briefs, rng, width, hant)
                for s in column:
                    s.page = page + 1
                stories += column
                at = rng.randint(0, len(pages_units[page]))
                pages_units[page][at:at] = [("head", [head])] + [("story", s) for s in column]
        captions = [c for a in rng.sample(articles, min(40, len(articles))) for c in (a.get("captions") or [])
                    if 12 <= len(c) <= 80]
        if captions and rng.random() < 0.35:
            photo = photo_story(rng.choice(captions), rng, width, hant)
            photo.page = page + 1
            stories.append(photo)
            pages_units[page].insert(rng.randint(0, len(pages_units[page])), ("story", photo))
        if rng.random() < 0.15:
            pages_units[page].insert(rng.randint(0, len(pages_units[page])), ("table", table_lines(rng)))
        if rng.random() < 0.25:
            ad = classifieds(rng)
            stories.append(ad)
            pages_units[page].insert(rng.randint(0, len(pages_units[page])), ("story", ad))
    # headlines away from their body: two neighbours' decks swapped, or a deck under its own body
    articles_on = [[u[1] for u in units if u[0] == "story" and u[1].kind == "article"] for units in pages_units]
    deck_after = set()
    for on_page in articles_on:
        if len(on_page) >= 2 and rng.random() < 0.15:
            k = rng.randint(0, len(on_page) - 2)
            a, b = on_page[k], on_page[k + 1]
            a_deck = [x for x in a.head if x[1] != "byline"]
            b_deck = [x for x in b.head if x[1] != "byline"]
            a.head = b_deck + [x for x in a.head if x[1] == "byline"]
            b.head = a_deck + [x for x in b.head if x[1] == "byline"]
        for s in on_page:
            if rng.random() < 0.06:
                deck_after.add(id(s))
    # the jump: the first page's last article goes on over the page
    continuation = None
    if edition and articles_on[0]:
        story = articles_on[0][-1]
        body_at = [k for k, (t, lab) in enumerate(story.lines) if lab == "body"]
        if len(body_at) >= 6:
            cut = body_at[len(body_at) // 2]
            rest = story.lines[cut:]
            story.lines = story.lines[:cut] + [(f"（下转第2版）", "jump")]
            marker = rng.choice(["（紧接1版）", "（上接第1版）", "（上接1版）"])
            continuation = [(marker, "jump")] + rest
            pages_units[1].insert(0, ("cont", (story, continuation)))
    pages: list[list[tuple]] = []
    for page, units in enumerate(pages_units):
        head, foot = furniture(rng, page + 1, hant)
        out: list[tuple] = [(h, "furniture", None) for h in head]
        if head and blank != "none":
            out.append(("", "blank", None))
        for kind, unit in units:
            if kind == "table":
                out += [(t, "table", None) for t in unit]
            elif kind == "head":
                out += [(t, "column_head", None) for t in unit]
            elif kind == "cont":
                story, lines = unit
                out += [(t, lab, story) for t, lab in lines]
            else:
                story = unit
                deck = [x for x in story.head if x[1] != "byline"]
                top = [x for x in story.head if x[1] == "byline"] if id(story) in deck_after else story.head
                out += top + [(t, lab, story) for t, lab in story.lines]
                if id(story) in deck_after:
                    out += deck
            if blank != "none" or rng.random() < 0.3:
                out.append(("", "blank", None))
        out += [(f, "furniture", None) for f in foot]
        pages.append(out)
    return pages, stories, script


def truth_of(pages: list[list[tuple]], stories: list[Story], name_: str, seed: int, split: str,
             script: str, files: list[str]) -> dict:
    order: list[Story] = []
    for page in pages:
        for _, _, story in page:
            if story is not None and story not in order and story.kind != "classifieds":
                order.append(story)
    order += [s for s in stories if s.kind == "classifieds" and any(s is x[2] for p in pages for x in p)]
    index = {id(s): k for k, s in enumerate(order)}
    records = [{"kind": s.kind, "title": s.title, "kicker": s.kicker, "subtitle": s.subtitle, "byline": s.byline,
                "body": "\n".join(s.paragraphs), "page": s.page, "continued_from": None, "items": [],
                "article_id": s.article_id, "crossheads": s.crossheads} for s in order]
    lines = [{"page": p + 1, "text": t, "label": lab, "story": index[id(s)] if s is not None else -1}
             for p, page in enumerate(pages) for t, lab, s in page]
    return {"name": name_, "seed": seed, "split": split, "script": script, "files": files, "maker": "pagemaker",
            "stories": records, "lines": lines}


def load_pool(root: Path, split: str) -> dict[str, list[dict]]:
    pool: dict[str, list[dict]] = {"hans": [], "hant": []}
    for path in sorted((root / split).glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        if article.get("title") and article.get("paragraphs"):
            pool[article.get("script", "hans")].append(article)
    if len(pool["hans"]) < 6:
        raise SystemExit(f"too few articles under {root / split}")
    return pool


def make_pages(out: Path, *, split: str, seed: int, pages: int, root: Path = ARTICLES,
               edition_share: float = 0.15) -> list[Path]:
    """Write *pages* cases into *out*; the same (articles, split, seed) give the same bytes."""
    pool = load_pool(root, split)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for n in range(pages):
        rng = random.Random(f"pagemaker:{split}:{seed}:{n}")
        edition = rng.random() < edition_share
        printed, stories, script = make_case(pool, rng, edition)
        case = f"case{n:04d}"
        texts = ["\n".join(t for t, _, _ in page) + "\n" for page in printed]
        if edition:
            files = [f"{case}/{k + 1}.txt" for k in range(len(texts))]
        else:
            files = [f"{case}.txt"]
        for file, text in zip(files, texts):
            (out / file).parent.mkdir(parents=True, exist_ok=True)
            write_text(out / file, text)
        truth = truth_of(printed, stories, case, seed, split, script, files)
        write_text(out / f"{case}.truth.json", json.dumps(truth, ensure_ascii=False, indent=1) + "\n")
        written.append(out / f"{case}.truth.json")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--articles", type=Path, default=ARTICLES)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    written = make_pages(args.out, split=args.split, seed=args.seed, pages=args.pages, root=args.articles)
    log.info("%d cases in %s", len(written), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
