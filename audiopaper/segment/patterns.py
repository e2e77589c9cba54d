"""What the lines of a printed Chinese newspaper page look like: leads, bylines,
photo credits, jump markers, page furniture and classified ads; and the text
helpers that undo the layout (spaces, doubled headlines, line joins)."""

from __future__ import annotations

import re

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN = f"[{CJK}]"

# A line that ends a paragraph: sentence-final punctuation, then closing quotes/brackets.
SENTENCE_END = re.compile(r"[。！？!?…][”’」』）)》\"']*$")
LAYOUT_MARKS = "□■◆◇●○▲△★☆▇▍▌▎◎"
_LAYOUT_LEAD = re.compile(f"^[{LAYOUT_MARKS}\\s]+")

# ---- leads ------------------------------------------------------------------------------
_DATE = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
LEAD = re.compile(
    r"^(?:"
    r"本报讯"
    rf"|本报(?:{_HAN}{{1,6}})?{_DATE}讯"
    rf"|(?:据)?新华社{_HAN}{{0,8}}?{_DATE}电"
    rf"|(?:据)?(?:中新社|中新网|人民网|央视网|新华网){_HAN}{{0,8}}?{_DATE}电"
    rf"|{_HAN}{{1,6}}(?:日报|晚报|报|网)讯"
    r")"
)

# ---- bylines ----------------------------------------------------------------------------
_ROLE = (
    rf"(?:本报|新华社|中新社|{_HAN}{{1,6}}(?:日报|晚报|报|社))?"
    r"(?:首席|特约|实习|见习|驻\S{1,4})?(?:摄影记者|记者|通讯员)"
)
_NAME = rf"{_HAN}[{CJK}·]{{1,4}}"
_GROUP = rf"{_ROLE}\s*{_NAME}(?:\s*[、，,\s]\s*(?!{_ROLE}){_NAME})*"
_BYLINE_BODY = rf"(?:(?:文/图|文/|图/)\s*)?{_GROUP}(?:\s*[、，,\s]?\s*(?:(?:文/图|文/|图/)\s*)?{_GROUP})*"
BYLINE_LINE = re.compile(rf"^[（(]?\s*({_BYLINE_BODY})\s*[）)]?$")
BYLINE_GROUP = re.compile(rf"({_ROLE})\s*({_NAME}(?:\s*[、，,\s]\s*(?!{_ROLE}){_NAME})*)")
# "（记者 王五）" at the end of a brief, or right after a lead: 本报讯（记者 X 通讯员 Y）
INLINE_BYLINE = re.compile(rf"[（(]\s*({_BYLINE_BODY})\s*[）)]")

# A photo credit: "记者 林群心 摄", "（新华社记者 X 摄）", "张三 摄".
CREDIT = re.compile(
    rf"[（(]?\s*((?:{_ROLE})\s*{_NAME}(?:\s*[、\s]\s*{_NAME})*|{_NAME})\s+摄(?:影)?\s*[）)]?\s*$"
    rf"|[（(]?\s*({_ROLE}\s*{_NAME}(?:\s*[、\s]\s*{_NAME})*)\s*摄(?:影)?\s*[）)]?\s*$"
)

# ---- continuations ----------------------------------------------------------------------
_PAGE_NO = r"[0-9０-９A-Za-z一二三四五六七八九十]{1,3}"
JUMP_FROM = re.compile(rf"^[（(]\s*(?:紧接|上接|接上|承接|接|续)\s*第?\s*({_PAGE_NO})\s*版[^）)]{{0,4}}[）)]"
                       rf"|^(?:紧接|上接|承接)\s*第?\s*({_PAGE_NO})\s*版\s*")
JUMP_TO = re.compile(rf"\s*[（(]\s*(?:下转|转)\s*第?\s*({_PAGE_NO})\s*版[^）)]{{0,4}}[）)]\s*$"
                     rf"|\s*(?:下转|转)\s*第?\s*({_PAGE_NO})\s*版\s*$")

# ---- page furniture (dropped) -------------------------------------------------------------
FURNITURE = re.compile(
    r"^(?:"
    r"(?:本版)?(?:责任编辑|责编|编辑|美编|校对|版式|组版|审读|版面设计|制图|值班编委|总编辑)\s*[:：/\s].*"
    r"|.{0,12}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天].{0,20}"
    r"|第?\s*[A-Z]?\d{1,2}\s*版\s*(?:[:：|/·]\s*)?\S{0,8}"
    r"|[A-Z]?\d{1,2}\s*[|｜]\s*\S{0,8}"
    r"|(?:简讯|快讯|图片新闻|新闻速递|要闻简报|本地新闻|综合新闻|要闻|今日关注)"
    r"|(?:网址|www\.)\S*|.{0,10}(?:新闻热线|广告热线|发行热线|投稿邮箱)[:：].*"
    r")$"
)

# ---- classified ads -----------------------------------------------------------------------
CLASSIFIEDS_HEAD = re.compile(r"^(?:分类信息|分类广告|信息广场|便民信息|广告信息|分类广告信息|声明|遗失声明|公告|启事|遗失启事)$")
AD_NUMBER = re.compile(r"^(\d{3,5})(?![\d㎡平米年月日号%.．万亿元个名间层岁])(?=\s*[，,]?\s*\S)")
PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{6,8})(?!\d)")
AD_HEADER_WORDS = re.compile(
    r"(?:转让|出租|出售|招聘|求购|求租|招租|声明|启事|急转|急售|急租|转租|家教|培训|招生|寻人|寻物|遗失|"
    r"公告|拍卖|征婚|搬家|维修|回收|贷款|租赁|出让|招商|加盟|服务)$"
)

# ---- text helpers ---------------------------------------------------------------------------
_SPACES = re.compile(r"[ \t\u3000\u00a0\u2002\u2003]+")
_LATIN_LEFT = "A-Za-z0-9.,;:!?%'\")\\]"
_LATIN_RIGHT = "A-Za-z0-9(\"'\\["


def squeeze(text: str) -> str:
    """Drop layout spaces: keep one only where two Latin words (or numbers) meet."""
    text = _SPACES.sub(" ", text.strip())
    return re.sub(rf"(?<=[^{_LATIN_LEFT}]) | (?=[^{_LATIN_RIGHT}])", "", text)


def headline_text(text: str) -> str:
    """A headline keeps one space between phrases (优化营商环境 对冲疫情影响) but not
    letter-spacing (声 明)."""
    text = _LAYOUT_LEAD.sub("", _SPACES.sub(" ", text.strip()))
    words = text.split(" ")
    out = words[0]
    for word in words[1:]:
        if _han_len(out.rsplit(" ", 1)[-1]) >= 2 and _han_len(word) >= 2:
            out += " " + word
        elif re.search(f"[{_LATIN_LEFT}]$", out) and re.match(f"[{_LATIN_RIGHT}]", word):
            out += " " + word
        else:
            out += word
    return undouble(out)


def _han_len(text: str) -> int:
    return len(re.findall(_HAN, text))


def undouble(text: str) -> str:
    """OCR reads a short headline twice: 加入少先队加入少先队 -> 加入少先队."""
    half, odd = divmod(len(text), 2)
    if not odd and half >= 2 and text[:half] == text[half:]:
        return text[:half]
    return text


def join_lines(lines: list[str]) -> str:
    """Re-join column-width lines: no space, except between two Latin words
    (a number broken over two lines is one number)."""
    return squeeze(raw_join(lines))


def raw_join(lines: list[str]) -> str:
    """Join lines keeping the spaces inside them (names in bylines need them)."""
    out = ""
    for line in lines:
        line = line.strip()
        if out and re.search(r"[A-Za-z]$", out) and re.match(r"[A-Za-z]", line):
            out += " "
        out += line
    return out


def strip_layout(line: str) -> str:
    return _LAYOUT_LEAD.sub("", line)


def compact(text: str) -> str:
    """The text with spaces and layout marks removed (for matching)."""
    return re.sub(rf"[\s{LAYOUT_MARKS}]", "", text)


def is_byline(line: str) -> bool:
    text = strip_layout(line).strip()
    return len(text) <= 40 and bool(BYLINE_LINE.match(text)) and not CREDIT.search(text)


def byline_display(text: str) -> str:
    """'□记者颜元滔' -> '记者 颜元滔'; several groups are kept in order."""
    groups = []
    for role, names in BYLINE_GROUP.findall(strip_layout(text)):
        names = [n for n in re.split(r"[、，,\s]+", names) if n]
        role = role.removeprefix("本报")  # spoken bylines add it back
        groups.append(f"{role} {'、'.join(names)}")
    return " ".join(groups)


def page_number(token: str) -> int | None:
    token = token.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    digits = re.sub(r"\D", "", token)
    if digits:
        return int(digits)
    numerals = "一二三四五六七八九"
    if token == "十":
        return 10
    if len(token) == 1 and token in numerals:
        return numerals.index(token) + 1
    if len(token) == 2 and token[0] == "十" and token[1] in numerals:
        return 10 + numerals.index(token[1]) + 1
    return None
