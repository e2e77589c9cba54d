"""Whether a line of a headline goes on in the line under it: the column broke one title over
two lines (a word across the break, a line stopping on a word that waits for what follows, its
last character or two set alone), or the line introduces the one under it (a kicker ending on a
dash or on a speaker's verb).

Both passes read these shapes: `ocr` when it decides what each line of the page is, `headlines`
when it cuts a block of deck lines into kicker, title and subtitle.
"""

from __future__ import annotations

import functools
import re

from ..jieba_loader import loaded_jieba, loaded_posseg
from . import patterns as p

BRIDGE = 2  # characters on each side of a line break that the lead reads straight across
WRAPPED_TAIL = 2  # characters of a title's end the column may set on a line of their own
PARTICLES = tuple("的了着过地得之")  # a line opening with one goes on the phrase above (…总书记强调 / 的系统观念)
CONJUNCTIONS = "和与及并"  # a line opening on one as a word of its own goes on from the line above
# the verbs of an event held: a line ending on one closes the news (…成果展 开幕)
EVENT_CLOSES = re.compile(r"(?:举行|舉行|召开|召開|举办|舉辦|开幕|開幕|闭幕|閉幕)$")


def opens_with_word_of(text: str, chars: str | tuple[str, ...]) -> bool:
    """The line opens with one of these characters as a word of its own or a linking word it
    starts (的系统观念, 和时间赛跑, 及其), not as the first character of another word (着力提高,
    和谐春运, 地方政府, 过去一年)."""
    compact = p.compact(text)
    if not compact.startswith(tuple(chars)):
        return False
    first = next(iter(loaded_posseg().cut(compact, HMM=False)), None)
    return first is not None and (len(first.word) == 1 or first.flag.startswith(("c", "u")))


_INTRODUCES = re.compile(r"(?:——|—|－－|强调|強調|指出|表示|宣布|(?<!作出)(?<!做出)(?<!予以)(?:回应|回應)|发言人|發言人)\s*$")


def introduces(text: str) -> bool:
    """A deck line ending in a dash or in the verb of someone speaking introduces what the line
    under it says: a kicker naming who speaks or what it is about (泰康保险集团董事长陈东升——,
    当地民众感慨——, 赵乐际在海南调研时强调, 美国联邦储备委员会18日宣布, 全国政协办公厅回应,
    国务院港澳办发言人), never the title nor the start of one; a reply made (…作出回应) introduces
    nothing. A verb standing alone after a space names no speaker: it opens a clause the next
    line goes on with (……人身安全着想 宣布 / 停止参选……)."""
    match = _INTRODUCES.search(text)
    if not match:
        return False
    verb = match.group(0).strip()
    return verb.startswith(("—", "－")) or verb.endswith("言人") or text.split()[-1] != verb


def title_wrapped(first: str, second: str) -> bool:
    """The column broke one title over these lines: its last character or two on a line
    of their own, a line that stops mid-sentence, or a word across the break."""
    left, right = p.compact(first), p.compact(second)
    if not left or not right or " " in first[-1:]:
        return False
    if introduces(first) and not opens_with_word_of(right, PARTICLES):
        return False  # a line ending in a dash or a speaker's verb introduces the next one: a kicker
    if len(right) > WRAPPED_TAIL and left.endswith(right):
        return False  # OCR read the line twice
    if len(right) <= WRAPPED_TAIL and not p.SENTENCE_END.search(left):
        return True
    if opens_on_phrase_particle(right) or _name_end_before_colon(left, right) or _stops_on_link(left):
        return True
    return (open_ended(left, right, whole_words=True) or word_across(left, right) or _subject_left_bare(first, right)
            or _verb_left_bare(first) or _object_awaits_verb(first, right))


# a headline's phrases are set apart by a space; a line whose last phrase is one or two characters after a
# phrase of three or more (传承红色基因 做, 全国人大常委会党组召开会议 学习) stops at the start of a phrase
_PHRASE_OPENED = re.compile(rf"[{p.CJK}]{{3}}[ \u3000]+[{p.CJK}]{{1,2}}$")


def phrase_opened_at_end(first: str) -> bool:
    """The line ends on the opening character or two of a phrase, set after a space (传承红色基因 做 /
    伟大事业接班人, 網上學習背後 基 / 層家庭…): a headline line is broken at a phrase, so the column broke
    this one and the phrase goes on in the next line; not a list of short names (宁夏 新疆), nor a credit
    or byline, which ends on a name (视频编辑：张贝龙 文字 / 编辑：…, 本报记者 李明), nor a line closing on the
    verb of an event or a release (…成果展 开幕, …进展 发布), which closes the news. `title_wrapped` keeps
    its own reading of such lines (a bare verb or subject after a space); this shape is read where a
    deck is cut into its roles (`headlines._title_grown`)."""
    text = first.rstrip()
    return (bool(_PHRASE_OPENED.search(text)) and not _CREDIT_SHAPED.search(text) and not p.CREDIT_WORD.search(text)
            and not p.is_byline(text) and not EVENT_CLOSES.search(text) and not text.endswith(_NEWS_VERBS))


# a credit or caption line ends on a name after a space too (视频编辑：张贝龙 文字, 本报记者 李明)
_CREDIT_SHAPED = re.compile(r"[：:︰／/]|编辑|編輯|摄|攝|供图|供圖|制图|製圖")


# structural particles (and 等) no deck line opens on as a word of its own: the line ends the phrase
# the line above began (守护文化传承 / 的金种子, 撑起法律 / 之盾, 获得者 / 等颁奖, 你們聽到 / 了嗎？)
_PHRASE_PARTICLES = "的地之了得等"
_PARTICLE_WORDS = re.compile(r"之[后後前间間中外内內上下际際]")  # 之后, 之前: a clause's opening words


def opens_on_phrase_particle(right: str) -> bool:
    """The line opens on a structural particle standing as a word of its own (的, 之, 了, 等; 地 after
    a count: 各 / 地积极…), not as the first character of a word (的确, 地方, 之后, 得到)."""
    return opens_with_word_of(right, _PHRASE_PARTICLES) and not _PARTICLE_WORDS.match(right)


def _name_end_before_colon(left: str, right: str) -> bool:
    """The line opens on one ideograph and a colon under a line ending on an ideograph (稀土院士李东 /
    英：国之所需…, 社工劉家棟感觸落 / 淚：…): the column broke a speaker's name or a word before the colon;
    no speaker is named by one character; but a credit or a note is labelled so (图：…, 文：…, 注：…)."""
    return (bool(re.match(rf"[{p.CJK}][：:]", right)) and not right.startswith(_ONE_CHARACTER_LABELS)
            and bool(re.search(rf"[{p.CJK}]$", left)))


_ONE_CHARACTER_LABELS = tuple("图圖文注註摄攝据據按")


_LINKS = ("就", "还是", "還是", "或者", "或是", "或")


def _stops_on_link(left: str) -> bool:
    """The line's last word, a word of its own after others, links it to what follows: 就 naming what a
    statement is about (…负责人就 / 世界卫生组织涉台问题发表谈话) or 还是 / 或者 between two choices
    (是安全风险还是 / 商业算计): no deck line stops on it."""
    words = loaded_posseg().lcut(left, HMM=False)
    return len(words) >= 2 and words[-1].word in _LINKS


_MEASURES = "个個项項起名家条條位批件种種所座年月日天时時分秒次人户戶元亿億万萬千百吨噸米斤岁歲倍届屆期轮輪座辆輛架艘"


def open_ended(left: str, right: str, *, conjunction: bool = True, whole_words: bool = False) -> bool:
    """No deck line stops mid-sentence: a line ending on 、，：· (or a word or two after a colon)
    or a word that needs what follows (将, 和, 的), or leaving a bracket open, goes on in the next
    line; so does a line opening with 、, a sentence's closing mark (？（说道）: the column broke the
    title before it) or a conjunction (unless *conjunction* is False). With *whole_words*, such a
    character ends the line on a word that waits only where it stands as a word of its own: 参与,
    应对, 方向 and 合并 close a kicker or a title as whole words (创新机制吸引各方共同参与 /
    经济全球化的新特点新趋势)."""
    if left[-1] in "、，,：:︰；;·•・" or right[0] in "、，,：:；;）)》」』”’？?！!。":
        return True
    if re.search(r"[：:︰][^：:︰]{1,2}$|[，,；;·•・][^，,；;·•・]$", left):
        # a colon opens more than a word or two (吉林：让 / 城市…), a clause is more than a character (…，下 / 好),
        # and so is a phrase after a middle dot (以展促消·以 / 展兴产…)
        return True
    if (re.search(r"[近约超逾达]$", left) and re.match(rf"[\d{NUMERALS}]", right)
            and len(loaded_posseg().lcut(left, HMM=False)[-1].word) == 1):
        return True  # about what figure: the figure is on the next line (新增就业近 / 三百万人)
    if _MODAL_CLOSES.search(left) and loaded_posseg().lcut(left, HMM=False)[-1].word in _MODALS:
        return True  # a modal verb waits for its verb (为什么要 / 树立…)
    if _ADVERB_CLOSES.search(left) and len(loaded_posseg().lcut(left, HMM=False)[-1].word) == 1:
        return True  # an adverb on its own waits for its verb (…单一事件没 / 构成…, 杯葛蓝店仍 / 是…)
    if _PREPOSITION_CLOSES.search(left) and _last_word_is_preposition(left):
        return True  # a preposition waits for its object (主流媒体在 / AI时代…, 以文化融合发展为 / 抓手…)
    if (re.search(r"(?:[将对向把被与和及并的]|就是)$", left) and not (whole_words and _closes_on_word(left))
            or conjunction and opens_with_word_of(right, CONJUNCTIONS)):
        return True
    if re.search(r"(?:[\d一二三四五六七八九十百千万两几多][个项起名家条位批件种所座]|[称稱]|出席|会见|會見|致电|致電|强调|強調|指出|表示|宣布|针对|針對|关于|關於|对于|對於|围绕|圍繞)$", left):
        return True  # a count waiting for its noun (6个 / 城市), a verb for what it reports, a preposition
    if re.search(r"(?:\d|第[一二三四五六七八九十百]+)$", left) and re.match(rf"[\d%％{_MEASURES}]|小[时時]", right):
        return True  # a number and its unit or measure word across the break (超450 / 人受伤, 第二 / 批)
    return p.leaves_mark_open(left)


def _closes_on_word(left: str) -> bool:
    """The line's last word holds more than the joining character it ends on (参与, 应对, 方向), and
    is no conjunction or preposition (以及, 对于) nor a phrase closed by 的."""
    word = loaded_posseg().lcut(left, HMM=False)[-1]
    return len(word.word) >= 2 and word.flag[:1] not in ("c", "p", "u") and not left.endswith(("的", "就是"))


NUMERALS = "一二三四五六七八九十两百千万几数"
_MODALS = ("要", "应", "须", "必须", "应当")
_MODAL_CLOSES = re.compile(r"(?:要|应|须|应当)$")
# adverbs that never close a title: a line ending on one as a word of its own goes on in the next
# (not 才, also a noun: 引才)
_ADVERB_CLOSES = re.compile(r"[没沒未仍已再互暂暫正均皆须須亦很太还還]$")
# 初心永在, 积极有为: a verb; 以…为由: a phrase closed
_PREPOSITION_CLOSES = re.compile(r"(?<![永常仍还還都也总總不犹猶有所何可])[在从於于为為]$|(?<![为為])由$")


def _last_word_is_preposition(left: str) -> bool:
    """The line's last word is a preposition of one character standing alone (not 所在, 作为)."""
    word = loaded_posseg().lcut(left, HMM=False)[-1]
    return len(word.word) == 1 and word.flag == "p"


_BARE_SUBJECT = 4  # a title's last phrase at most this long may be a bare subject
_PHRASE_BEFORE = 6  # after a phrase at least this long
PROPER_NAMES = ("nr", "nrfg", "nrt", "ns", "nt", "nz")


def _subject_left_bare(first: str, right: str) -> bool:
    """A line's last phrase, short, after a space and a clearly longer phrase, and only nouns and
    names, is a subject whose predicate the next line holds (……致慰问电 李强 / 向…总理致慰问电), not
    a phrase of its own; unless that line opens on a name of its own (a new subject)."""
    phrases = first.split()
    if (len(phrases) < 2 or re.search(r"[\W\d]", phrases[-1]) or len(phrases[-1]) > _BARE_SUBJECT
            or len(p.compact(phrases[-2])) < _PHRASE_BEFORE or p.is_byline(first)):
        return False
    if re.fullmatch(r"[^：:]{1,4}[：:][^：:]{1,4}", phrases[-2]):
        return False  # a role and a name before it: a credit's (视频编辑：张贝龙 文字)
    # with HMM, a name the dictionary lacks (醫管局, in traditional script) stays one word
    if not all(w.flag.startswith("n") for w in loaded_posseg().cut(phrases[-1])):
        return False
    opener = next(iter(loaded_posseg().cut(right, HMM=False)), None)
    return opener is not None and opener.flag not in PROPER_NAMES


_NEWS_VERBS = ("发布", "發佈", "發布", "公布", "揭晓", "揭曉", "启动", "啟動", "落幕")


def _verb_left_bare(first: str) -> bool:
    """A line's last phrase, after a space, is one verb of two characters alone (锻造人才队伍 激发 /
    企业发展新动能, 优化营商环境 推动 / 外贸高质量发展): what it acts on is on the next line; not the
    verb of an event or a release (…成果展 开幕, …进展 发布), which closes the news."""
    phrases = first.split()
    if len(phrases) < 2:
        return False
    words = loaded_posseg().lcut(phrases[-1], HMM=False)
    return (len(words) == 1 and words[0].flag == "v" and len(words[0].word) == 2
            and not EVENT_CLOSES.search(phrases[-1]) and phrases[-1] not in _NEWS_VERBS)


# prepositions that put the object before the verb (就…答记者问, 把城市 / 作为…, 对缅甸 / 进行…);
# not 与 / 同 / 为, which also join two nouns or are verbs
_OBJECT_FIRST = ("就", "对", "向", "把", "被", "将", "从", "给", "关于", "围绕", "针对", "对于")
_FRAME_CLOSED = re.compile(r"(?:来看|看来|而言|来说)$")  # 从…来看: a frame closed on itself


def _object_awaits_verb(first: str, right: str) -> bool:
    """The line's last phrase sets a preposition and its object with no verb after them
    (李克强对…电视电话会议 / 作出重要批示, 习近平将对缅甸 / 进行国事访问, 坚持把城市 / 作为…), and the
    next line opens on the verb they wait for: one title the column broke before its predicate."""
    phrases = first.split()
    if not phrases or right.startswith(p.DASHES):
        return False
    last = p.compact(phrases[-1])
    words = [w for w in loaded_posseg().lcut(last, HMM=False) if w.flag != "x"]
    at = next((n for n in range(len(words) - 1, -1, -1)
               if words[n].word in _OBJECT_FIRST and words[n].flag.startswith("p")), None)
    if (at is None or at == len(words) - 1 or any(w.flag.startswith("v") for w in words[at + 1:])
            or re.search(r"[，,。；;：:！？!?、”」）)]", last[last.rfind(words[at].word):]) or _FRAME_CLOSED.search(last)):
        return False
    opener = [w for w in loaded_posseg().lcut(p.compact(right), HMM=False) if w.flag != "x"][:2]
    return bool(opener) and (opener[0].flag.startswith("v")
                             or opener[0].flag == "d" and len(opener) > 1 and opener[1].flag.startswith("v"))


@functools.lru_cache(maxsize=p.TEXT_CACHE_SIZE)  # a jieba cut of the two lines, asked again at each rereading
def word_across(left: str, right: str) -> bool:
    """A word of two or more characters runs across the break (启 / 动, 政府 / 军)."""
    end = len(left)
    position = 0
    for word in loaded_jieba().cut(left + right, HMM=False):
        if position < end < position + len(word):
            return True
        position += len(word)
    return False
