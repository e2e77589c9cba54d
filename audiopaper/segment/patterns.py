"""What the lines of a printed Chinese newspaper page look like: leads, bylines,
photo credits, jump markers, page furniture and classified ads; and the text
helpers that undo the layout (spaces, doubled headlines, line joins)."""

from __future__ import annotations

import functools
import re

# Shared with textnorm; used here and by the segment modules as p.CJK, p.squeeze, ...
from ..pagetext import AD_NUMBER, AD_PHONE_NUMBER, LAYOUT_SPACES, MOBILE_NUMBER, WORD_END, WORD_START, squeeze  # noqa: F401
from ..pagetext import HAN as CJK

_HAN = f"[{CJK}]"

# Traditional forms of the characters our patterns spell out (Big5 pages from Hong Kong,
# Macao and Taiwan papers say 本報訊, 記者, 攝, 責任編輯).
_TRADITIONAL = dict(zip(
    "报讯记摄编辑责员闻华转紧类声启遗广评论图条号电话术对设计审读邮网际时体经济国财习约驻实见综简协发载热线总值图块线动态节标题页链关读气价汇览积榜据"
    "采写译续级当间组",
    "報訊記攝編輯責員聞華轉緊類聲啟遺廣評論圖條號電話術對設計審讀郵網際時體經濟國財習約駐實見綜簡協發載熱線總值圖塊線動態節標題頁鏈關讀氣價匯覽積榜據"
    "採寫譯續級當間組",
))
TRADITIONAL_FORMS = _TRADITIONAL  # simplified -> traditional, for script_view
# Very common characters written only in traditional script (a feature of the line labeller's).
COMMON_TRADITIONAL_ONLY = frozenset("們這個說為與國會發來時經對後過還學長開關門問東車書貴見讓務區議體變點師實歲當")


def either_script(pattern: str) -> str:
    """Let a regex written in simplified characters match the traditional forms too."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        trad = _TRADITIONAL.get(char)
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif in_class:
            out.append(char + trad if trad else char)
            in_class = char != "]"
        elif char == "[":
            out.append(char)
            in_class = True
        else:
            out.append(f"[{char}{trad}]" if trad else char)
    return "".join(out)


def _compile(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(either_script(pattern), flags)


# A line that ends a paragraph: sentence-final punctuation, then closing quotes/brackets.
SENTENCE_END = re.compile(r"[。！？!?…][”’」』）)》\"']*$")
# A line ending on a mark that opens or joins (，、：“《) goes on in the next line.
OPEN_END = re.compile(r"[，,、；;：:“‘「『（(《]$")
# A line opening with closing punctuation is the rest of the line before it: OCR broke
# the column just before a mark (目前 / ，浙江已……) or left a quote's closing half alone.
CONTINUES = re.compile(r"^[，。、；：？！,;:?!”’」』）)》]")
LAYOUT_MARKS = "□■◆◇●○▲△★☆▇▍▌▎◎"
_LAYOUT_LEAD = _compile(f"^[{LAYOUT_MARKS}\\s]+")

# ---- leads ------------------------------------------------------------------------------
_DATE = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
LEAD = _compile(
    r"^(?:"
    r"本报讯"
    rf"|本报(?:{_HAN}{{1,6}})?{_DATE}讯"
    rf"|(?:据)?新华社{_HAN}{{0,8}}?{_DATE}电"
    rf"|(?:据)?(?:中新社|中新网|人民网|央视网|新华网){_HAN}{{0,8}}?{_DATE}电"
    rf"|{_HAN}{{1,6}}(?:日报|晚报|报|网)讯"
    rf"|本报{_HAN}{{0,6}}?{_DATE}电"
    r"|本报综合消息"
    rf"|{_HAN}{{2,8}}消息\s*(?:[（(]|[:：])"  # 央视网消息（新闻联播）：
    rf"|据(?:新华社|中新社|中新网|人民网|央视网|新华网)(?:{_HAN}{{0,8}}?{_DATE}电)?"
    r")"
)

# When a news lead says its event happened (今天, 日前, 眼下, 当地时间, 5日, 5月3日): a report's first
# sentence dates it; a crosshead's paragraph goes on with the story's argument or its next speaker.
NEWS_TIME = _compile(rf"今天|今日|昨天|昨日|前天|日前|近日|眼下|当天|当日|上午|下午|晚间|当地时间|北京时间|\d{{1,2}}日|{_DATE}")

# A wire story's closing dateline, printed after its last sentence (新华社南昌4月26日电,
# 新华社北京电, （记者 X Y） 新华社北京5月1日电): the story's credit, not a lead.
CLOSING_DATELINE = _compile(
    rf"^(?:[（(][^（）()]{{1,40}}[）)])?(?:据)?(?:新华社|中新社|中新网|人民网|央视网|新华网|本报)"
    rf"[{CJK}/／·]{{1,16}}?(?:{_DATE})?电$"
)

# The commonest Chinese surnames (single and compound): a writer's bare name under a title
# opens with one, a 2-4 character title or kicker seldom reads as a name.
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
    "卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
    "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"
    "景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝洪赖"
)
_COMPOUND_SURNAMES = "欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|尉迟|公孙|长孙|夏侯|宇文|司徒|端木|西门|独孤|南宫|万俟|轩辕"
_BARE_NAME = rf"(?:(?:{_COMPOUND_SURNAMES})[{CJK}]{{1,2}}|[{_SURNAMES}][{CJK}]{{1,3}})"
BARE_NAME = _BARE_NAME
# A writer's name alone on a line (王军锐), or two (王某 李某): commentary and theory pages print no role.
# A two-character name is set spaced out to a three-character one's width (戴 榕).
BARE_NAME_LINE = re.compile(rf"^(?:{_BARE_NAME}(?:\s*[ 、]\s*{_BARE_NAME})?|[{_SURNAMES}][ \u3000]{{1,2}}[{CJK}])$")
# The writer's note that closes a commentary: （作者单位：X）, （作者系X（Y）主任）, 〔作者系X〕.
AUTHOR_NOTE = _compile(r"^[（(〔\[](?:本文)?作者[^（）()〔〕\[\]]*(?:[（(][^（）()]*[）)][^（）()〔〕\[\]]*)*[）)〕\]]$")

# ---- bylines ----------------------------------------------------------------------------
_ROLE = (
    rf"(?:本报|新华社|中新社|{_HAN}{{1,6}}(?:日报|晚报|报|社))?"
    rf"(?:{_HAN}{{1,4}}组)?"  # the desk: 中國組記者 X, 港聞組記者 X
    r"(?:(?:首席|特约|特派|实习|见习|主任|高级|融媒体|全媒体|驻\S{1,4})?(?:摄影记者|记者|通讯员)|实习生)"
)
_NAME = rf"{_HAN}[{CJK}·]{{1,4}}"
# A byline's name; a two-character one may be set spaced out to a three-character one's width (本报记者 徐 靖).
_SPACED_NAME = rf"(?<![{CJK}·]){_HAN}[ \u3000]{{1,2}}{_HAN}(?![{CJK}·])"
_BYLINE_NAME = rf"(?:{_SPACED_NAME}|{_NAME})"
_GROUP = rf"{_ROLE}\s*{_BYLINE_NAME}(?:\s*[、，,\s]\s*(?!{_ROLE}){_BYLINE_NAME})*"
_CREDIT_MARK = r"(?:文[/／]图|文[/／]摄|文图[/／]|图文[/／]|文[/／]|图[/／]|摄[/／])"
_BYLINE_BODY = (rf"(?:{_CREDIT_MARK}\s*)?{_GROUP}(?:\s*[、，,\s]?\s*(?:{_CREDIT_MARK}\s*)?{_GROUP})*")
# An editorial's byline names no person: 本报评论员, 人民日报评论员, 特约评论员.
COMMENTARY_BYLINE = _compile(rf"^(?:本报|新华社|{_HAN}{{1,6}}(?:日报|晚报|报|社))?(?:特约)?评论员(?:文章)?$")
# The marks may also close the credit: 记者 X 通讯员 Y 文／图.
BYLINE_LINE = _compile(rf"^[（(]?\s*({_BYLINE_BODY}(?:\s*{_CREDIT_MARK})?)\s*[）)]?$")
BYLINE_GROUP = _compile(rf"({_CREDIT_MARK})?\s*({_ROLE})\s*({_BYLINE_NAME}(?:\s*[、，,\s]\s*(?!{_ROLE}){_BYLINE_NAME})*)")
_SPACED_NAME_RE = _compile(_SPACED_NAME)
# "（记者 王五）" at the end of a brief, or right after a lead: 本报讯（记者 X 通讯员 Y）
INLINE_BYLINE = _compile(rf"[（(]\s*({_BYLINE_BODY})\s*[）)]")

# A photo credit: "记者 林群心 摄", "（新华社记者 X 摄）", "张三 摄".
CREDIT = _compile(
    rf"[（(]?\s*((?:{_ROLE})\s*{_NAME}(?:\s*[、\s]\s*{_NAME})*|{_NAME})\s+摄(?:影)?\s*[）)]?\s*$"
    rf"|[（(]?\s*({_ROLE}\s*{_NAME}(?:\s*[、\s]\s*{_NAME})*)\s*摄(?:影)?\s*[）)]?\s*$"
)

# A photo credit naming who supplied the picture, alone or after the caption's last sentence:
# 新华社发, 中新社发, 通讯员 X 供图, 受访者供图, （资料图片）. (Not among the labeller's features.)
SUPPLIED_CREDIT = _compile(
    rf"(?:^|(?<=[。！？!?」”\s]))[（(]?\s*((?:{_ROLE})?\s*{_NAME}\s*供图|{_HAN}{{1,3}}社发|资料图片|资料照片)\s*[）)]?\s*$")

# A caption's closing credit naming only the agency, after its last sentence (……災情仍然嚴重。美聯社).
AGENCY_AFTER_SENTENCE = _compile(rf"[。！？!?」”]\s*{_HAN}{{1,3}}社$")

# Surnames whose traditional form differs (Hong Kong and Taiwan papers print these).
_TRADITIONAL_SURNAMES = "劉陳楊黃趙吳鄭孫馬許韓馮鄧謝羅蕭葉蔣蘇呂盧鍾譚陸範賈鄒閻賀顧龔錢嚴莊聶詹歐關蘭寧紀單"
# A photographer's bare name run on after the caption's last sentence, with no space: ……首度訪港。何君健攝,
# perhaps after the agency's name: ……分發。美聯社 葉怡詠攝.
GLUED_CREDIT = _compile(
    rf"(?<=[。！？!?」”])\s*((?:{_HAN}{{1,3}}社|[A-Z]{{2,6}})?\s*(?:{_BARE_NAME}|[{_TRADITIONAL_SURNAMES}][{CJK}]{{1,3}}))"
    rf"\s*摄(?:影)?\s*$")

# A word of a byline or a photo credit: a reporter's role or a credit mark (文/, 图/, /摄).
CREDIT_WORD = _compile(r"记者|通讯员|实习生|[文图摄][/／]|[/／][文图摄]")

# ---- continuations ----------------------------------------------------------------------
_PAGE_NO = r"[0-9０-９A-Za-z一二三四五六七八九十]{1,3}"
_JUMPED_FROM = r"[（(]\s*(?:紧接|上接|接上|承接|接|续)\s*第?\s*"  # （上接第 : the page a story goes on from
JUMP_FROM = _compile(rf"^{_JUMPED_FROM}({_PAGE_NO})\s*版[^）)]{{0,4}}[）)]"
                       rf"|^(?:紧接|上接|承接)\s*第?\s*({_PAGE_NO})\s*版\s*")
# A jump line OCR broke before its closing bracket: （上接第1版 / ）习近平在贺信中指出…
JUMP_FROM_UNCLOSED = _compile(rf"^{_JUMPED_FROM}{_PAGE_NO}\s*版$")
JUMP_TO = _compile(rf"\s*[（(]\s*(?:下转|转)\s*第?\s*({_PAGE_NO})\s*版[^）)]{{0,4}}[）)]\s*$"
                     rf"|\s*(?:下转|转)\s*第?\s*({_PAGE_NO})\s*版\s*$")

# ---- page furniture (dropped) -------------------------------------------------------------
# Page names printed in the page header ("第3版 综合新闻", "4 城市·民生", "A3 本地新闻").
_PAGE_NAME = (
    r"(?:要闻|综合|综合新闻|本地新闻|国内新闻|国际新闻|国内国际|时政|时政新闻|城市|民生|城事|社会|社会新闻|经济|财经|"
    r"县域|区县|乡镇|文化|文体|体育|教育|健康|科技|副刊|评论|言论|理论|视点|专版|专题|今日关注|深度|调查|"
    r"新闻|热线|看点|天下|视野|融媒|文旅|法治|声音|观察|焦点|图片新闻|图片报道)"
)
# Page names that could head a story's kicker alone (国际, 时评): furniture only after the page's number (02 国际).
_NUMBERED_PAGE_NAME = r"(?:国际|港闻|港澳|港澳台|两岸|台港澳|国内|时评|论坛|网评|专刊|周刊|特刊|读书|书评|副刊|旅游|汽车|房产|楼市|消费|农业|军事|生活)"
FURNITURE = _compile(
    r"^(?:"
    r"(?:本版)?(?:责任编辑|责编|编辑|美编|美术编辑|校对|版式|组版|审读|版面设计|制图|值班编委|总编辑)\s*[:：/\s].*"
    r"|.{0,12}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天].{0,20}"
    r"|第?\s*[A-Z]?\d{1,2}\s*版\s*(?:[:：|/·]\s*)?\S{0,8}"
    r"|[A-Z]?\d{1,2}\s*[|｜]\s*\S{0,8}"
    rf"|(?:第?\s*[A-Z]?\d{{1,2}}\s*版?\s*[:：|｜/·]?\s*)?{_PAGE_NAME}(?:\s*[·/｜|]\s*{_PAGE_NAME})?"
    rf"|第?\s*[A-Z]?\d{{1,2}}\s*版?\s*[:：|｜/·]?\s*{_NUMBERED_PAGE_NAME}"
    r"|[（(]\s*(?:责任)?编辑\s*[:：]?\s*[^）)\s]{2,4}\s*[）)]"  # the editor's credit under a story: （编辑 X）
    r"|(?:网址|www\.)\S*|.{0,10}(?:新闻热线|广告热线|发行热线|投稿邮箱)[:：].*"
    r")$"
)

# The paper's imprint (报眼/报尾): address, phones, postcode, printer, publisher, price,
# subscription and registration numbers. Such a line is only fields: label, value, label, value.
_IMPRINT_STRONG = (
    r"(?:社址|报社地址|邮政编码|邮编|印刷单位|印刷厂|印刷|承印|发行单位|发行|零售价|每份定价|全年定价|全年订价|定价|订价|"
    r"广告经营许可证|广告许可证|国内统一连续出版物号|国内统一刊号|国际标准连续出版物号|邮发代号|"
    r"订阅热线|订报热线|订阅电话|订报电话)"
)
# Labels an ad or a notice may also print: an imprint only in company, or after the paper's name.
_IMPRINT_WEAK = (
    r"(?:(?:(?:广告|发行|编辑|总编|值班|投诉|读者|办公)(?:部|室|中心)?)?(?:电话|热线|传真|总机)"
    r"|地址|电子邮箱|邮箱|E-?mail|主管|主办|出版|社长|法律顾问|发行部|广告部|编辑部|总编室|办公室)"
)
_PAPER_NAME = rf"(?:{_HAN}{{1,8}}(?:日报|晚报|报)社?|本报|报社)"
_REGISTRATION = r"(?:CN|ISSN)\s*\d{2,4}\s*[-－—]\s*\d{3,4}[\dX]?(?:\s*/\s*[A-Z]{1,2})?"
_FIELD_START = r"(?:^|(?<=[\s|｜/·；;，,]))"
IMPRINT_FIELD = _compile(
    rf"{_FIELD_START}(?:({_PAPER_NAME})?(?:({_IMPRINT_STRONG})|({_IMPRINT_WEAK}))(?=\s*[:：]|\s|\d)|({_REGISTRATION}))"
)


def is_imprint(line: str) -> bool:
    """A line of the paper's imprint: it opens with an imprint field and holds nothing else;
    a price, printer, registration number or the paper's own name makes it sure, else it
    takes three fields (地址 电话 传真) so that an ad's 地址/电话 line stays in the ad."""
    text = strip_layout(line).strip()
    if len(text) > 120 or re.search(r"[。！？!?]|[，,、](?!\s*\d)", text):
        return False
    fields = list(IMPRINT_FIELD.finditer(text))
    if not fields or fields[0].start() != 0:
        return False
    sure = any(f.group(1) or f.group(2) or f.group(4) for f in fields)
    return sure or len(fields) >= 3


# A brief column's head: the short stories under it are briefs even when they have titles.
BRIEF_COLUMN = _compile(r"^(?:简讯|短讯|快讯|新闻速递|要闻简报|简明新闻|新闻简报|一句话新闻|本地简讯|资讯|动态)$")
# A box or sidebar head inside a story (its paragraph, never a headline).
BOX_HEAD = _compile(
    r"^[【\[]?(?:编者按|编者的话|记者手记|采访手记|记者观察|相关链接|新闻链接|背景链接|链接|延伸阅读|小贴士|新闻背景|背景资料)"
    r"[】\]]?[:：]?$")
# A data table (weather, prices): a head, then rows of short fields, one a number.
TABLE_HEAD = _compile(r"^.{0,8}(?:天气|气温|菜价|价格|行情|汇率|指数|一览|比分|积分榜|排行榜).{0,10}$")
# A paper's name alone on a line (the masthead).
MASTHEAD = _compile(rf"^{_HAN}{{1,6}}(?:日报|晚报|商报|时报|都市报|早报|报)$")

# ---- classified ads -----------------------------------------------------------------------
CLASSIFIEDS_HEAD = _compile(r"^(?:分类信息|分类广告|信息广场|便民信息|广告信息|分类广告信息|声明|遗失声明|公告|启事|遗失启事)$")
# AD_NUMBER (imported above) opens an ad; in an ad any 6-8 digit number is a phone number.
PHONE = AD_PHONE_NUMBER
AD_HEADER_WORDS = _compile(
    r"(?:转让|出租|出售|招聘|求购|求租|招租|声明|启事|急转|急售|急租|转租|家教|培训|招生|寻人|寻物|遗失|"
    r"公告|拍卖|征婚|搬家|维修|回收|贷款|租赁|出让|招商|加盟|服务)$"
)

# ---- text helpers ---------------------------------------------------------------------------
# squeeze (imported above) drops layout spaces; a headline keeps some between phrases.


def headline_text(text: str) -> str:
    """A headline keeps one space between phrases (优化营商环境 对冲疫情影响) but not
    letter-spacing (声 明) nor the spaces set around numbers (惠及居民 1.2 万户)."""
    text = undouble(_LAYOUT_LEAD.sub("", LAYOUT_SPACES.sub(" ", text.strip())))
    words = text.split(" ")
    out = words[0]
    for word in words[1:]:
        left = out.rsplit(" ", 1)[-1]
        if re.search(f"[{WORD_END}]$", out) and re.match(f"[{WORD_START}]", word):
            out += " " + word
        elif _han_len(left) >= 2 and _han_len(word) >= 2 and not re.search(r"\d$", left) and not re.match(r"\d", word):
            out += " " + word
        else:
            out += word
    return undouble(out)


def _han_len(text: str) -> int:
    return len(re.findall(_HAN, text))


def undouble(text: str) -> str:
    """OCR reads a short headline twice: 加入少先队加入少先队 -> 加入少先队, also when
    the copies hold spaces or are set apart by one (稳企业 保就业 稳企业 保就业)."""
    squeezed = re.sub(r"\s", "", text)
    half, odd = divmod(len(squeezed), 2)
    if odd or half < 2 or squeezed[:half] != squeezed[half:]:
        return text
    seen = 0
    for n, char in enumerate(text):
        if not char.isspace():
            seen += 1
            if seen == half:
                return text[: n + 1].strip()
    return text


def join_lines(lines: list[str]) -> str:
    """Re-join column-width lines: no space, except between two Latin words
    (a number broken over two lines is one number)."""
    return squeeze(raw_join(lines))


_LATIN_LAST = re.compile(r"[A-Za-z]$")
_LATIN_FIRST = re.compile(r"[A-Za-z]")


def raw_join(lines: list[str]) -> str:
    """Join lines keeping the spaces inside them (names in bylines need them)."""
    out = ""
    for line in lines:
        line = line.strip()
        if out and _LATIN_LAST.search(out) and _LATIN_FIRST.match(line):
            out += " "
        out += line
    return out


def strip_layout(line: str) -> str:
    return _LAYOUT_LEAD.sub("", line)


# Rules ask for the same line's compact form, bigrams and byline shape many times over a page: these
# pure functions of a string keep their recent answers (bounded, so a long run's memory stays flat).
TEXT_CACHE_SIZE = 4096
_SPACES_AND_LAYOUT_MARKS = re.compile(rf"[\s{LAYOUT_MARKS}]")


@functools.lru_cache(maxsize=TEXT_CACHE_SIZE)
def compact(text: str) -> str:
    """The text with spaces and layout marks removed (for matching)."""
    return _SPACES_AND_LAYOUT_MARKS.sub("", text)


# A newsroom's credit that names no one: 眾新聞記者, 本报记者.
NAMELESS_BYLINE = _compile(rf"^[（(]?(?:本报|{_HAN}{{1,6}}(?:新闻|日报|晚报|报|社|网))(?:记者|通讯员)[）)]?$")


# A credit set as a role and a colon, as Hong Kong and Taiwan papers and magazines print it:
# 撰文：X, 摄影：X, 撰文：X／摄影：Y. What follows the colon holds no sentence mark and no bracket.
# A page's own 文： may stand before the writer's credit as supplied (文：撰文：X).
_COLON_ROLE = r"(?:撰文|撰稿|文字|摄影|采写|编译|翻译|整理)"
_COLON_WHO = r"[^，。！？；：:,;!?（）()【】\[\]「」“”『』]{1,24}"
COLON_CREDIT = _compile(rf"^(?:文\s*[：:]\s*)?{_COLON_ROLE}\s*[：:]\s*{_COLON_WHO}(?:\s*[／/]\s*{_COLON_ROLE}\s*[：:]\s*{_COLON_WHO})*$")


# A credit mark and a bare name, no role (文/胡正, 文／宋霞 图／刘畅): the writer's and photographer's byline.
# A line of one mark over two or three names parted by spaces (文／王放 曲迪) is one too, none of them a role
# (文／记者 X 图／记者 is a credit the column broke before the photographer's name).
_MARKED_NAMES = rf"{_CREDIT_MARK}\s*{_NAME}(?:\s*[、]\s*{_NAME}){{0,2}}"
_MARKED_SPACED_NAMES = rf"{_CREDIT_MARK}\s*(?!{_ROLE}){_NAME}(?:\s+(?!{_ROLE}){_NAME}){{1,2}}"
MARKED_NAME_CREDIT = _compile(rf"^(?:{_MARKED_NAMES}(?:\s+{_MARKED_NAMES})*|{_MARKED_SPACED_NAMES})$")


@functools.lru_cache(maxsize=TEXT_CACHE_SIZE)
def is_byline(line: str) -> bool:
    text = strip_layout(line).strip()
    if COMMENTARY_BYLINE.match(compact(text)) or NAMELESS_BYLINE.match(compact(text)) or COLON_CREDIT.match(text):
        return True
    if len(text) <= 30 and MARKED_NAME_CREDIT.match(text):
        return True
    return len(text) <= 40 and bool(BYLINE_LINE.match(text)) and not CREDIT.search(text)


_FOREIGN_PAPER = _compile(rf"^(?!本报)(?:新华社|中新社|{_HAN}{{1,6}}(?:日报|晚报|报|社))")


def byline_display(text: str) -> str:
    """'□记者颜元滔' -> '记者 颜元滔'; several groups are kept in order, with their
    文/图 marks. Our own paper's 本报 goes (spoken bylines add it back) unless another
    paper's reporter shares the byline (浙江日报记者 X 本报记者 Y)."""
    text = strip_layout(text).strip()
    if COMMENTARY_BYLINE.match(compact(text)) or NAMELESS_BYLINE.match(compact(text)):
        return compact(text).strip("（()）")
    if COLON_CREDIT.match(text):
        return squeeze(text)
    if MARKED_NAME_CREDIT.match(text) and not BYLINE_GROUP.search(text):  # 文/胡正 图/刘畅
        return " ".join(re.sub(r"\s*([/／])\s*", "/", part) for part in re.split(r"\s+(?=" + _CREDIT_MARK + ")", text))
    matches = BYLINE_GROUP.findall(text)
    foreign = any(_FOREIGN_PAPER.match(role) for _, role, _ in matches)
    groups = []
    for mark, role, names in matches:
        names = [n for n in re.split(r"[、，,\s]+", _SPACED_NAME_RE.sub(lambda m: compact(m.group()), names)) if n]
        if not foreign:
            role = role.removeprefix("本报").removeprefix("本報")
        groups.append(" ".join(x for x in (mark.replace("／", "/"), role, "、".join(names)) if x))
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


_HAN_RUN = re.compile(rf"[{CJK}A-Za-z0-9]+")


def _han_runs(text: str) -> list[str]:
    return _HAN_RUN.findall(text)


_CACHED_BIGRAMS_CHARS = 100  # a line or a deck's few lines; a story's whole text is read once or twice


def bigrams(text: str) -> frozenset[str]:
    """The text's two-character sequences (a lone character where a run has one); frozen, as they may be shared."""
    return _cached_bigrams(text) if len(text) <= _CACHED_BIGRAMS_CHARS else _bigrams(text)


@functools.lru_cache(maxsize=TEXT_CACHE_SIZE)
def _cached_bigrams(text: str) -> frozenset[str]:
    return _bigrams(text)


def _bigrams(text: str) -> frozenset[str]:
    grams: set[str] = set()
    for run in _han_runs(text):
        grams.update([run[k : k + 2] for k in range(len(run) - 1)])
        if len(run) == 1:
            grams.add(run)
    return frozenset(grams)


# A deck line opening on a dash is a subtitle (——…); one ending on a dash introduces the line under it.
DASHES = ("—", "－", "-")

# Brackets and quotes: each opener over its closer.
MARK_OPENERS = "《「『“‘（([【"
MARK_CLOSERS = "》」』”’）)]】"


def leaves_mark_open(text: str) -> bool:
    """The text opens a bracket or quote it does not close."""
    return any(text.count(o) > text.count(c) for o, c in zip(MARK_OPENERS, MARK_CLOSERS))


def closes_mark_left_open(above: str, below: str) -> bool:
    """The text *above* ends inside a bracket or quote (…播出 《宗师, …（国务院联防联控机) that the line
    *below* closes before it opens another (列传·唐宋八大家》新书发布, 制发布会）): the column broke one
    title there."""
    left, right = compact(above), compact(below)
    for opener, closer in zip(MARK_OPENERS, MARK_CLOSERS):
        closes, opens = right.find(closer), right.find(opener)
        if left.rfind(opener) > left.rfind(closer) and closes >= 0 and (opens < 0 or closes < opens):
            return True
    return False


_COLUMN_TAG = re.compile(r"\S{2}[（(][^（()）。，！？；]{2,24}[）)]$")


def column_tagged(text: str) -> bool:
    """The line ends in a column tag in brackets, as a daily sets it after the main title:
    …下好全国一盘棋（评论员观察）, 一辈子守着这面旗（国家勋章和国家荣誉称号获得者）."""
    return bool(_COLUMN_TAG.search(compact(text)))
