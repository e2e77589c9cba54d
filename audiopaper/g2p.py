"""Mandarin grapheme-to-pinyin: text → words with their pinyin and prosodic breaks.

Engine-neutral (the baker front end maps the result to its symbols; other
voices can read the pinyin): jieba words, pypinyin readings with its phrase
dictionary, surface tones (tone sandhi applied, 5 = neutral), and erhua
written as the Databaker (CSMSC) labels write it: one syllable per stem + 儿
(一会儿 → yi2 huir4).

Breaks after each word follow the corpus's prosody labels: `#0` inside a
prosodic word, `#1` between prosodic words, `#2` between prosodic phrases
(where the labels most often have one), `#3` where a clause ends at
punctuation. Prosodic words in the corpus are longer than jieba's words:
particles lean on the word before them (Ｐ过的, 拥抱我) and a lone monosyllable
leans on a short neighbour (陪外孙, 玩滑梯), so we join those with `#0`.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .jieba_loader import loaded_jieba, loaded_posseg
from .pagetext import HAN_CHAR
from .simplified import to_simplified
from .textnorm import traditional_script, read_digits

log = logging.getLogger(__name__)

PAUSE_SYLLABLE, PAUSE_WORD, PAUSE_PHRASE, PAUSE_CLAUSE = "#0", "#1", "#2", "#3"


@dataclass(frozen=True)
class PinyinWord:
    """A spoken word: its text, one syllable per character (an erhua 儿 shares
    its stem's: 会儿 → huir4), and the break after it (#0, #1, #2 or #3)."""

    text: str
    pinyin: tuple[str, ...]
    pause: str


def pinyin_words(text: str) -> tuple[PinyinWord, ...]:
    """The words of *text* (normalized for speech) with their pinyin and breaks.

    Text in traditional script is read in its simplified view (OpenCC t2s, character for
    character), as segmentation and text normalization read it: jieba's words, pypinyin's
    phrases and our rules are simplified (認為 was rèn wèi, 參與 cān yǔ, 長期 zhǎng qī, 接種
    jiē zhǒng); the words keep the text's own characters."""
    text = unicodedata.normalize("NFKC", text)
    view = _simplified_view(text)
    words = _words(_tokens(view))
    _erhua_across_words(words)
    _standalone_particles(words)
    _polyphones_in_context(words, _listed_words(words, view))
    _yi_bu_sandhi(words)
    _prosodic_words(words)
    _cross_word_sandhi(words)
    _phrase_breaks(words)
    if view != text:
        _in_own_script(words, view, text)
    return tuple(PinyinWord(word, tuple(syllables), pause) for word, syllables, pause in words)


def _listed_words(words: list[tuple[str, list[str], str]], view: str) -> frozenset[int]:
    """The indices of the words a list mark 、 follows in *view* (广泛的、强有力的): a pause inside one clause."""
    listed, cursor = set(), 0
    for n, (word, _, _) in enumerate(words):
        position = view.find(word, cursor)
        if position < 0:
            continue
        cursor = position + len(word)
        if view[cursor:].lstrip()[:1] == "、":
            listed.add(n)
    return frozenset(listed)


def _simplified_view(text: str) -> str:
    """*text* in simplified characters if it is in traditional script (textnorm's test: Hong Kong
    prose, not a simplified line with a name's rare character) and OpenCC keeps its length; else *text*.
    巿 (fú, an ancient apron) is in news always a slip for 市, city (台北巿長, 高雄巿政府, 開巿, 香港巿民): read as 市."""
    if "巿" in text:
        text = text.replace("巿", "市")
    if not traditional_script(text):
        # a short span with no character of either script alone (他坐著，望著她) is Hong Kong's if it writes 著
        # for 着: simplified script writes 着 (zhe, zháo, zhuó), and 著 only where it is zhù (著名, 显著, 土著)
        return _WRITE_ZHU.sub(_zhe_unless_a_byline, text) if "著" in text and _in_both_scripts(text) else text
    view = to_simplified().convert(text)
    if len(view) != len(text):
        return text
    from pypinyin.constants import PINYIN_DICT

    # a character whose simplified form we cannot read keeps its own (嗰, 鋐: OpenCC gives 𠮶, 𬭎)
    view = "".join(v if v == t or (ord(v) in PINYIN_DICT and HAN_CHAR.match(v)) else t for v, t in zip(view, text))
    return _WRITE_ZHU.sub(_zhe_unless_a_byline, view) if "著" in view else view


def _in_both_scripts(text: str) -> bool:
    """Whether every Han character of *text* is in both GB2312 (simplified) and Big5 (traditional)."""
    for ch in text:
        if HAN_CHAR.match(ch):
            try:
                ch.encode("gb2312")
                ch.encode("big5")
            except UnicodeEncodeError:
                return False
    return True


# Hong Kong script writes 着 (zhe, zháo, zhuó) as 著, and OpenCC keeps it 著, which reads zhù: 隨著, 看著, 睡不著, 著重,
# 衣著 came out zhù. In the view 著 is 着 unless it writes (著名, 著作, 著稱, 著述, 著書, 著者, 著錄) or is a work or
# a mark (顯著, 土著, 原著, 名著, 專著, 巨著, 編著, 譯著, 論著, 卓著, 昭著, 遺著, 拙著, 撰著, 彰著, 見微知著), or a
# byline names the writer of a book: 余英時著，《中國文化與現代變遷》, 郭著《陳獨秀與中國共產運動》, 《……》何權峰著.
_WRITE_ZHU = re.compile(r"(?<![显土原专巨编译论卓昭遗拙撰彰名])(?<!微知)著(?![名作称述书者录])")
_BYLINE_ZHU_AFTER = re.compile(r"[，,]?《")
_BYLINE_ZHU_BEFORE = re.compile(r"》[^》，。；！？\s]{1,4}$")


def _zhe_unless_a_byline(match: re.Match[str]) -> str:
    text, at = match.string, match.start()
    if _BYLINE_ZHU_AFTER.match(text, at + 1) or (
        _BYLINE_ZHU_BEFORE.search(text[:at]) and not HAN_CHAR.match(text[at + 1 : at + 2])
    ):
        return "著"
    if text[at + 1 : at + 3] == "的《" and _written_by_a_name(text[max(0, at - 8) : at]):
        return "著"  # a name's book: 元代周達觀著的《真臘風土記》, 鲁迅著的《呐喊》 (拿著的《明報》 is zhe)
    return "着"


def _written_by_a_name(before: str) -> bool:
    """Whether *before* ends in a person's name, as jieba tags it (周达观, 鲁迅)."""
    pairs = list(_posseg().cut(before))
    return bool(pairs) and pairs[-1].flag.startswith("nr") and len(pairs[-1].word) >= 2


def _in_own_script(words: list[tuple[str, list[str], str]], view: str, original: str) -> None:
    """Give the words read from *view* the characters of *original* at the same places."""
    cursor = 0
    for i, (word, syllables, pause) in enumerate(words):
        position = view.find(word, cursor)
        if position < 0:
            continue
        words[i] = (original[position : position + len(word)], syllables, pause)
        own = words[i][0]
        for k, char in enumerate(own):
            if k < len(syllables) and syllables[k] in _OWN_SCRIPT_READINGS.get(char, {}) and not (
                _word_tags().get(own, "").startswith("nr") or _word_tags().get(word, "").startswith("nr")
            ) and not (char == "藉" and original[position + k - 1 : position + k] in _JI_BEFORE_JI) and not (
                char == "祇" and (original[position + k - 1 : position + k] == "神" or _in_phrase_dict(own))
            ):  # (a name's 乾 is qián: 王丙乾)
                was_third = syllables[k][-1:] == "3"
                syllables[k] = _OWN_SCRIPT_READINGS[char][syllables[k]]
                if was_third and k and syllables[k][-1:] != "3" and _sandhi_before(own[k - 1], syllables[k - 1]):
                    syllables[k - 1] = syllables[k - 1][:-1] + "3"  # 整隻 zhěng zhī, not the sandhi before zhǐ
                if not was_third and syllables[k][-1:] == "3":
                    joined = i + 1 < len(words) and pause == PAUSE_SYLLABLE  # one prosodic word
                    nxt = syllables[k + 1 : k + 2] or (words[i + 1][1][:1] if joined else [])
                    if nxt and nxt[0][-1:] == "3":
                        syllables[k] = syllables[k][:-1] + "2"  # 祇好 zhí hǎo, a third tone before a third in one prosodic word
        cursor = position + len(word)


# Traditional characters that tell apart readings their simplified view merges: 乾 dry (gān; 乾隆 qián is its own) and 幹 to do,
# a trunk (gàn), both 干; 髒 dirty (zāng) and 臟 an organ (zàng), both 脏. The view's words are read as if simplified text
# (曬乾, 乾塘, 骯髒, 心臟 come out right or wrong by its guess); the character itself settles it.
# So do 隻 a measure word (zhī; the view's 只 read zhǐ: 整隻, 豬隻, 隻眼開隻眼閉), 係 to be, a tie (xì; the view's 系 read jì
# in 係好), 瞭 to see clearly (liǎo; the view's 了 read le in 明瞭) and 發 to send out (fā; 髮 is the hair: 派/發卡, 長發邨).
# (Not 干 gān: a simplified line the test takes for traditional keeps 罗干 Gàn.)
_OWN_SCRIPT_READINGS = {
    "乾": {"gan4": "gan1"},
    "幹": {"gan1": "gan4"},
    "髒": {"zang4": "zang1"},
    "臟": {"zang1": "zang4"},
    "隻": {"zhi3": "zhi1", "zhi2": "zhi1"},
    "係": {"ji4": "xi4"},
    "瞭": {"le5": "liao3"},
    "發": {"fa4": "fa1"},
    "藉": {"ji2": "jie4"},
    "祇": {"qi2": "zhi3"},
}
# 祇 is Hong Kong script's 只, only (你祇看大公報: zhǐ); qí, a god, only after 神 (神祇) and in phrases pypinyin lists.
# 藉 is jí only in 狼藉 and where it is a slip for 籍 (他祖藉東莞, 原藉, 戶藉, 書藉); else jiè (藉著, 涉藉, 藉此; 美國藉著, so not 國藉 國籍).
_JI_BEFORE_JI = set("狼祖原戶籍學書黨船軍僑典")


# What 一场 counts when it is chǎng, as 这场, 两场 are: a show or a match (一场足球比赛; a modifier ending in 的 may come
# between: 一场精彩的体育盛会).
_A_SHOW_AFTER_YI_CHANG = re.compile(
    r"(?:[^的]{0,10}的[^的]{0,4}|[^的]{0,2})(?:比赛|球赛|赛事|决赛|演出|表演|电影|音乐会|演唱会|晚会|发布会|盛会|讲座|话剧|歌剧|音乐剧|舞剧|首演|展演)"
)


def char_pinyin(text: str) -> list[tuple[str, str]]:
    """(characters, syllable) for each syllable of *text*, in order: one Han
    character each, two for an erhua syllable (会儿, huir4), the spelled-out
    text for leftover Latin letters or digits."""
    out: list[tuple[str, str]] = []
    for word in pinyin_words(text):
        chars = [ch for ch in word.text if HAN_CHAR.match(ch)]
        if not chars:
            out += [(word.text, syllable) for syllable in word.pinyin]
            continue
        k = 0
        for syllable in word.pinyin:
            take = 2 if is_erhua(syllable) and k + 1 < len(chars) else 1
            out.append(("".join(chars[k : k + take]), syllable))
            k += take
    return out


def is_erhua(syllable: str) -> bool:
    base = syllable.rstrip("012345")
    return base.endswith("r") and base != "er"


def syllable_tone(syllable: str) -> str:
    return syllable[-1] if syllable[-1:].isdigit() else "5"


# Where pypinyin's phrase dictionary picks the wrong reading for news text.
# (Checked: 银行 重要 长大 行长 了解 还是 为了 … already come out right.)
PHRASE_FIXES: dict[str, tuple[str, ...]] = {
    "答应": ("da1", "ying5"),
    "一会儿": ("yi2", "hui4", "er5"),  # pypinyin leaves yi1 here
    "扎扎实实": ("zha1", "zha1", "shi2", "shi2"),
    "数以万计": ("shu4", "yi3", "wan4", "ji4"),  # shù: counted in ten-thousands
    "上调": ("shang4", "tiao2"),  # prices and rates; pypinyin has diào (transfer up)
    # Checked against the CSMSC dev labels and Xiandai Hanyu Cidian: pypinyin's
    # reading is wrong (查查 as a name, 掺 càn) or not the one said (露出 lòu).
    "查查": ("cha2", "cha5"),
    "卡住": ("qia3", "zhu4"),
    "设卡": ("she4", "qia3"),
    "露出": ("lou4", "chu1"),
    "掺杂": ("chan1", "za2"),
    "掺入": ("chan1", "ru4"),
    "削掉": ("xiao1", "diao4"),
    "不得了": ("bu4", "de2", "liao3"),
    "落下来": ("luo4", "xia4", "lai2"),
    "落下去": ("luo4", "xia4", "qu4"),
    "上行": ("shang4", "xing2"),  # going up (prices, trains); pypinyin has háng
    "大夫": ("dai4", "fu5"),  # a doctor; the ancient title is in 士大夫
    "藏歌": ("zang4", "ge1"),
    "藏民": ("zang4", "min2"),
    "藏区": ("zang4", "qu1"),
    "所得": ("suo3", "de2"),
    "落得": ("luo4", "de2"),
    "教教": ("jiao1", "jiao1"),
    "散打": ("san3", "da3"),
    "发饰": ("fa4", "shi4"),
    "作料": ("zuo2", "liao5"),
    "晨曲": ("chen2", "qu3"),
    # Found reading news articles (tools/segdev): pypinyin's reading is not the standard one.
    "盛装": ("sheng4", "zhuang1"),
    "反差": ("fan3", "cha1"),
    "将令": ("jiang1", "ling4"),  # 将令国家陷入危机: "will make"; the noun (a general's order) is rare in news
    # Farming words pypinyin reads 种 zhǒng (a kind) in: planting and raising.
    "种养": ("zhong4", "yang3"),
    "种养业": ("zhong4", "yang3", "ye4"),
    "种养殖": ("zhong4", "yang3", "zhi2"),
    "所处": ("suo2", "chu3"),  # where one stands (所处的时代): chǔ, pypinyin has chù
    "无处": ("wu2", "chu4"),  # nowhere (无处藏身): a place, chù; pypinyin has chǔ
    "总行": ("zong3", "hang2"),  # a bank's head office; pypinyin has xíng
    "全行": ("quan2", "hang2"),  # the whole bank (全行员工); the whole trade is jieba's 全行业
    "清一色": ("qing1", "yi2", "se4"),  # all of one colour: 一 counts (yí sè); pypinyin leaves yī
    "供养人": ("gong4", "yang3", "ren2"),  # the donors painted in a cave temple (敦煌供养人): offerings, gòng
    "献曝": ("xian4", "pu4"),  # to offer what one has (野人献曝, 献曝之忱): 曝 pù, to sun, as in 一曝十寒; pypinyin has bào
    "獻曝": ("xian4", "pu4"),
    "野人献曝": ("ye3", "ren2", "xian4", "pu4"),
    "离地": ("li2", "di4"),  # off the ground; Hong Kong's 離地, out of touch (太離地了): no adverb's 地 follows 离
    "史载": ("shi3", "zai3"),  # history records (据史载, 史载其人): jieba's word; pypinyin has zài (历史/载体 is not it)
    "批校": ("pi1", "jiao4"),  # to collate and annotate a text (他的批校, 名家批校): jieba's word; pypinyin has xiào
    "犯分": ("fan4", "fen4"),  # to overstep one's station (犯分乱理, Xunzi): fèn, as in 本分; pypinyin has fēn
    "散货": ("san3", "huo4"),  # bulk cargo (散货船, 散货码头): sǎn, loose; pypinyin has sàn (分散/货币 is not it)
    "散货船": ("san3", "huo4", "chuan2"),
    "仇未报": ("chou2", "wei4", "bao4"),  # a grudge not yet avenged (有仇未报): jieba lists it as a name, Qiú Wèibào
    "区民": ("qu1", "min2"),  # a district's residents (區民代表, Taiwan's elected district delegate), not a name Ōu Mín
}

# Where pypinyin's phrase dictionary itself is wrong, inside any word it re-cuts too (下载量, 下载安装,
# 运转正常 are jieba words): loaded into its dictionary (load_phrase_data) and read as PHRASE_FIXES.
# Readings as in Xiandai Hanyu Cidian.
DICTIONARY_FIXES: dict[str, tuple[str, ...]] = {
    "运转": ("yun4", "zhuan3"),  # to run, operate (正常运转); pypinyin has zhuàn
    "下载": ("xia4", "zai4"),  # to download; pypinyin has zǎi (to record: 记载, 转载)
    "老大难": ("lao3", "da4", "nan2"),
    "登场": ("deng1", "chang3"),  # to come on stage, to appear (纷纷登场, 精彩登场; 粉墨登场 has chǎng); pypinyin has the harvest's cháng
    "出处": ("chu1", "chu4"),  # a source, where something comes from (英雄不论出处, 注明出处); pypinyin has chǔ  # a long-standing hard problem; pypinyin has nàn
    "急难险重": ("ji2", "nan2", "xian3", "zhong4"),  # urgent, hard, dangerous, heavy (tasks); 急难 alone is jínàn
    # 血 is xuè in words of two or more syllables (the Putonghua reading list, 审音表: 贫血, 心血); xiě only alone
    # (流了点儿血) and in a few spoken words (鸡血, 血晕, 血淋淋), which pypinyin keeps. It has xiě in these:
    # jieba keeps 流血牺牲, 无偿献血, 脑出血 whole, so they must be right inside its words too.
    "何曾": ("he2", "ceng2"),  # when ever, hardly (何曾花果两相见, 何曾想到); pypinyin has the Jin minister's zēng
    "当耳边风": ("dang4", "er3", "bian1", "feng1"),  # to take as wind past the ear, to ignore (把教训当耳边风); pypinyin has dāng
    "流血": ("liu2", "xue4"),
    "献血": ("xian4", "xue4"),
    "出血": ("chu1", "xue4"),
    "采血": ("cai3", "xue4"),
    "换血": ("huan4", "xue4"),
    "大换血": ("da4", "huan4", "xue4"),
    "一针见血": ("yi4", "zhen1", "jian4", "xue4"),
    "吐血": ("tu4", "xue4"),
    "咯血": ("ka3", "xue4"),
    "咳血": ("ke2", "xue4"),
    "便血": ("bian4", "xue4"),
    "尿血": ("niao4", "xue4"),
    # 差 as a difference is chā (时差, 温差, 落差, 逆差: Xiandai Hanyu Cidian); pypinyin has chà (short of, poor).
    "时差": ("shi2", "cha1"),
    "时间差": ("shi2", "jian1", "cha1"),
    "温差": ("wen1", "cha1"),
    "逆差": ("ni4", "cha1"),
    "落差": ("luo4", "cha1"),
    "色差": ("se4", "cha1"),
    "高差": ("gao1", "cha1"),
    "视差": ("shi4", "cha1"),
    "价差": ("jia4", "cha1"),
    "利差": ("li4", "cha1"),
    "信息差": ("xin4", "xi1", "cha1"),
    "票差": ("piao4", "cha1"),  # a vote margin
    "分差": ("fen1", "cha1"),  # a score margin
    "数易其稿": ("shu4", "yi4", "qi2", "gao3"),  # rewritten several times (shù, several); pypinyin has shǔ
    # 夺得 (to win: 夺得金牌) is dé; pypinyin has the particle. (争得, 分得, 赚得 are as often the particle:
    # 争得头破血流, 分得不清, 赚得到, so they stay as pypinyin reads them.) And 过得 before how life goes is the
    # particle (日子过得很好, 时间过得真快); pypinyin has dé (过得去, 过得硬 are its own words).
    "夺得": ("duo2", "de2"),
    "过得": ("guo4", "de5"),
    # 供养: to provide for (集中供养特困人员, 供养老人), gōng; offerings to the Buddha (供养佛) are a rule's gòng.
    "供养": ("gong1", "yang3"),
    # 调 diào (to transfer): 调训 (called up for training: 调训干部), 调档 (an admissions file: 调档线); pypinyin has tiáo.
    # And tiáo (to regulate) in 调峰 (a grid's peak load), 调蓄 (a reservoir's storage); pypinyin has diào.
    # 选角, casting (a film's roles, 角色 juésè), is jué; pypinyin has jiǎo, a corner (选角度 is 选 + 角度).
    "选角": ("xuan3", "jue2"),
    # 抓长, keeping at a task for the long run (抓常抓细抓长, 常抓长抓), is cháng; pypinyin reads a head, zhǎng.
    "抓长": ("zhua1", "chang2"),
    # 九曲, nine bends, winding (九曲黄河, 九曲十八弯, 九曲回肠), is qū; pypinyin has qǔ, a tune.
    "九曲": ("jiu3", "qu1"),
    # 藏 zàng, Tibet, in words pypinyin reads cáng (to hide): 涉藏工作, 进藏, 藏北, 藏服 (入藏 stays: a library's accession).
    "涉藏": ("she4", "zang4"),
    "进藏": ("jin4", "zang4"),
    "藏南": ("zang4", "nan2"),
    "藏北": ("zang4", "bei3"),
    "藏东": ("zang4", "dong1"),
    "藏服": ("zang4", "fu2"),
    "藏装": ("zang4", "zhuang1"),
    "藏餐": ("zang4", "can1"),
    "阻差": ("zu3", "chai1"),  # 阻差办公 (obstructing an officer on duty, Hong Kong law): 差 an errand, chāi; pypinyin has chà
    "来朝": ("lai2", "chao2"),  # come to court, come to the DPRK (万邦来朝, 四方来朝, 来朝访问): pypinyin has zhāo (morning)
    "应询": ("ying4", "xun2"),  # answering a question (应询表示): yìng, as in 应邀; pypinyin has yīng
    "调训": ("diao4", "xun4"),
    "调档": ("diao4", "dang4"),
    "调峰": ("tiao2", "feng1"),
    "调蓄": ("tiao2", "xu4"),
    "地外": ("di4", "wai4"),  # beyond the Earth (地外文明, 地外天体): jieba's word, which the adverbial 地 rule read de
    "处突": ("chu3", "tu1"),  # handling emergencies (应急处突, 反恐处突): chǔ, as in 处置; pypinyin has chù
    "妥处": ("tuo3", "chu3"),  # handling properly (妥处分歧, 妥处纷争): chǔ; pypinyin has chù
    "调图": ("tiao2", "tu2"),  # a railway's timetable adjusted (全国铁路调图); pypinyin has diào
    "亚得里亚海": ("ya4", "de2", "li3", "ya4", "hai3"),  # the Adriatic: pypinyin reads the particle
    "落子": ("luo4", "zi3"),  # placing a stone (in Go: 关键处落子, 大势落子); pypinyin has lào zi, a folk opera
    # Teaching as a field or activity (教学质量, 从事教学工作, 课堂教学) is jiàoxué; pypinyin has jiāoxué (to teach),
    # which news almost never means (教 before jieba's 学生 is a rule's jiāo).
    "教学": ("jiao4", "xue2"),
    "调压": ("tiao2", "ya1"),  # regulating pressure or voltage (调压设备, 燃气调压站); pypinyin has diào
    "变着法": ("bian4", "zhe5", "fa3"),  # by one trick after another (变着法地哄): the aspect particle; pypinyin has zhāo
    # More differences, chā (pypinyin has chà): a margin (一字之差, 四票之差, 零点零五秒之差), a generation gap in
    # technology (技术代差), a gradient (势差, 电位差, 电势差, 压差, 温度差), 方差 (variance). (Not 级差: jieba's
    # 灾难级/差/劲 reads it in 災難級差勁, very poor.)
    "之差": ("zhi1", "cha1"),
    "代差": ("dai4", "cha1"),
    "势差": ("shi4", "cha1"),
    "电位差": ("dian4", "wei4", "cha1"),
    "电势差": ("dian4", "shi4", "cha1"),
    "压差": ("ya1", "cha1"),
    "温度差": ("wen1", "du4", "cha1"),
    "方差": ("fang1", "cha1"),
    # 率 shuài, to lead, in jieba's words for leading a body of people (率部起义, 率团访问, 率众修筑); pypinyin has lǜ.
    "率部": ("shuai4", "bu4"),
    "率团": ("shuai4", "tuan2"),
    "率众": ("shuai4", "zhong4"),
    # 铺 pū, to spread or pave, in jieba's words (全面铺开, 铺就了舞台, 摊铺沥青, 房顶铺上塑料膜, 用尸骨铺成,
    # 设施铺进村镇, 摊子越铺越大); pypinyin has pù, a shop or bunk (店铺, 床铺, 商铺 stay).
    "铺开": ("pu1", "kai1"),
    "铺就": ("pu1", "jiu4"),
    "摊铺": ("tan1", "pu1"),
    "铺上": ("pu1", "shang4"),
    "铺成": ("pu1", "cheng2"),
    "铺进": ("pu1", "jin4"),
    "越铺": ("yue4", "pu1"),
    "重见光明": ("chong2", "jian4", "guang1", "ming2"),  # seeing again (患者重见光明); pypinyin has zhòng
    "重重地": ("zhong4", "zhong4", "de5"),  # heavily (重重地摔在地上, 重重地写上): pypinyin has chóngchóng (困难重重, layer on layer)
    # Hong Kong court and welfare words (read through the simplified view): 證供/作供, testimony, gòng as in 口供, 供词
    # (pypinyin has gōng, to supply); 院舍, a residential home (安老院舍), shè as in 宿舍 (pypinyin has shě).
    "证供": ("zheng4", "gong4"),
    "作供": ("zuo4", "gong4"),
    "院舍": ("yuan4", "she4"),
    "应声": ("ying4", "sheng1"),  # at the sound (号角应声吹响, 应声倒地): yìng, as in 应邀; pypinyin has yīng
    "一着不慎": ("yi4", "zhao1", "bu2", "shen4"),  # one careless move (一着不慎，满盘皆输): a move in chess, zhāo; pypinyin has zhe
    "扎紧": ("za1", "jin3"),  # to tie tight (扎紧制度的笼子, 扎紧口袋): zā, as in 扎辫子; pypinyin has zhā (to prick)
    "扎牢": ("za1", "lao2"),  # tied fast (把笼子扎牢, 织密扎牢安全网), as 扎紧; pypinyin has zhā
    "扎制": ("za1", "zhi4"),  # tying a lantern or dragon together (龙灯扎制): zā; pypinyin has zhā
    "扎灯": ("za1", "deng1"),  # lantern-tying (扎灯技艺, 扎灯彩): zā; pypinyin has zhā
    "挤塞": ("ji3", "se4"),  # congested (Hong Kong's 道路擠塞): sè, as in 堵塞; pypinyin has sāi
    "斯宾塞": ("si1", "bin1", "sai4"),  # Spencer: sài (Xinhua's transliteration table); pypinyin has sè
    "配载": ("pei4", "zai4"),  # stowing a load (船舶配载): zài, as in 装载; pypinyin has zǎi
    "海陆空": ("hai3", "lu4", "kong1"),  # sea, land and air (海陆空立体交通): the sky, kōng; pypinyin has kòng (陆海空 is right)
    "薄膜": ("bo2", "mo2"),  # a film (纤维薄膜, 农用薄膜): bómó (Xiandai Hanyu Cidian); pypinyin has báo
    "华龙": ("hua2", "long2"),  # the Hualong One reactor (华龙一号): huá, as in given names; pypinyin has the surname's huà
    # 泊 bó, to moor or park, in jieba's words pypinyin reads pō (a lake: 湖泊, 罗布泊, 血泊 stay): 船舶平稳泊靠,
    # 航泊日志 (a ship's log of sailing and mooring), 宜泊 (parking guidance), Hong Kong's 違泊 (illegal parking).
    "泊靠": ("bo2", "kao4"),
    "航泊": ("hang2", "bo2"),
    "宜泊": ("yi2", "bo2"),
    "违泊": ("wei2", "bo2"),
    "中国证监会": ("zhong1", "guo2", "zheng4", "jian1", "hui4"),  # jieba's word: jiān as in 证监会; pypinyin has jiàn
    "解法": ("jie3", "fa3"),  # a way of solving (迎来新解法, 这道题的解法): jiě; pypinyin has the surname's xiè
    "嫦娥奔月": ("chang2", "e2", "ben1", "yue4"),  # Chang'e flies to the moon: bēn, to rush; pypinyin has bèn (投奔, 直奔 stay)
    "奔月": ("ben1", "yue4"),
    "吐槽": ("tu3", "cao2"),  # to gripe (网友纷纷吐槽): tǔ, to spit out words (Xiandai Hanyu Cidian); pypinyin has tù (呕吐 stays)
    "清平乐": ("qing1", "ping2", "yue4"),  # a ci tune (the TV drama 《清平乐》): yuè, as tune names in 乐 are; pypinyin has lè
    "差人": ("chai1", "ren2"),  # one sent on an errand; Hong Kong's police (差人搵我): chāi; pypinyin has chà (差/人/一等 stays)
    "一将难求": ("yi4", "jiang4", "nan2", "qiu2"),  # a general is hard to find (a coach, a star player): jiàng; pypinyin has jiāng
    "三摩地": ("san1", "mo2", "di4"),  # samadhi (Sanskrit samādhi, 三昧): dì; pypinyin has the particle de
    "简当": ("jian3", "dang4"),  # concise and apt (法贵简当): dàng, as in 妥当, 恰当; pypinyin has dāng
    # 少不了, 少不得 (cannot do without: 节日少不了仪式) are shǎo, few; pypinyin has the young, shào (少年, 少儿 stay).
    "少不了": ("shao3", "bu4", "liao3"),
    "少不得": ("shao3", "bu4", "de2"),
    # 照片, 相片 (a photograph) are zhàopiàn, xiàngpiàn as read (Xiandai Hanyu Cidian; piānr only with erhua); pypinyin has piān.
    "照片": ("zhao4", "pian4"),
    "相片": ("xiang4", "pian4"),
    # Guinea is Jǐnèiyà (as pypinyin's own 新几内亚, 几内亚湾); pypinyin has jī (几乎) in these.
    "几内亚": ("ji3", "nei4", "ya4"),
    "几内亚比绍": ("ji3", "nei4", "ya4", "bi3", "shao4"),
    "赤道几内亚": ("chi4", "dao4", "ji3", "nei4", "ya4"),
    # 地 dì, a place or land, in words pypinyin or our particle rule read de: 何时何地, 因时因地, 无地可停, 棕地 (brownfield sites).
    "何时何地": ("he2", "shi2", "he2", "di4"),
    "因地": ("yin1", "di4"),
    "无地": ("wu2", "di4"),
    "棕地": ("zong1", "di4"),
    "暴晒": ("bao4", "shai4"),  # exposed to the blazing sun (烈日的暴晒): bào; pypinyin has pù (曝晒 is pù)
    "褪去": ("tui4", "qu4"),  # to fade or shed (褪去冬日的沉寂, 褪去黄沙): tuì, as in 褪色; pypinyin has tùn (slipping clothes off)
    "褪色": ("tui4", "se4"),  # to fade (精神不会褪色): sè, the reading of the written word; pypinyin has the colloquial shǎi
    "系泊": ("xi4", "bo2"),  # mooring (系泊装置): xì; pypinyin has jì
    "校本": ("xiao4", "ben3"),  # school-based (校本课程, 校本教材): xiào; pypinyin has jiào, a collated edition (名家批校本: a rule's)
    "散发": ("san4", "fa1"),  # to give off, hand out (散发着清香, 散发传单): fā; pypinyin has fà, hair (披头散发 stays)
    "挖角": ("wa1", "jiao3"),  # poaching staff (被高薪挖角): jiǎo, a corner; pypinyin has jué (a role)
    "轻徭薄赋": ("qing1", "yao2", "bo2", "fu4"),  # light corvée and taxes: bó, meagre; pypinyin has báo
    "那曲": ("na4", "qu1"),  # Nagqu, Tibet (那曲市): Nàqū, as a place name reads 那; pypinyin has nǎ (which?)
    "曲风": ("qu3", "feng1"),  # a song's or band's style (配乐曲风): qǔ, music; pypinyin has qū
    "一曲曲": ("yi4", "qu3", "qu3"),  # song after song (谱写出一曲曲赞歌): qǔ; pypinyin has qū
    "薄扶林": ("bo2", "fu2", "lin2"),  # Pok Fu Lam, Hong Kong (薄扶林道): bó, as in place and family names; pypinyin has báo
    "转差": ("zhuan3", "cha4"),  # to turn worse (经济转差, 扩散条件转差, 肝功能轉差): chà, poor; pypinyin has chā, a difference
    "阿卜杜勒": ("a1", "bu3", "du4", "le4"),  # Abdul: bǔ, as in 阿卜杜拉; pypinyin has bo (萝卜)
    "打量": ("da3", "liang5"),  # to look someone up and down (上下打量着来人): dǎliang (Xiandai Hanyu Cidian); pypinyin has liàng
    "塞罕坝": ("sai4", "han3", "ba4"),  # Saihanba, Hebei's forest farm (塞罕坝精神): sài, as in 塞外, 斯宾塞; pypinyin has sāi
    "凉薄": ("liang2", "bo2"),  # cold-hearted (人情凉薄): liángbó (Xiandai Hanyu Cidian); pypinyin has báo
    # 塞 in transliterated foreign names is sài, as mainland announcers read them and Xinhua's transliteration tables
    # write them (布鲁塞尔, 塞浦路斯, 塞拉利昂, 巴塞罗那 already are); pypinyin has sāi in these. Names jieba keeps whole
    # (pypinyin re-cuts 塞尔维亚共和国, 埃塞俄比亚政府, 塞纳河畔 into them); other jieba words of transliteration
    # characters around 塞 are a rule's (谭/德塞, 胡塞武装, 塞斯). And the country's short forms in jieba's words:
    # 中塞 (China and Serbia or Senegal), 塞方, 匈塞铁路, 埃塞 (Ethiopia), 旅塞华人, 援塞.
    "塞尔维亚": ("sai4", "er3", "wei2", "ya4"),
    "埃塞俄比亚": ("ai1", "sai4", "e2", "bi3", "ya4"),
    "塞内加尔": ("sai4", "nei4", "jia1", "er3"),
    "阿塞拜疆": ("a1", "sai4", "bai4", "jiang1"),
    "杜塞尔多夫": ("du4", "sai4", "er3", "duo1", "fu1"),
    "塞瓦斯托波尔": ("sai4", "wa3", "si1", "tuo1", "bo1", "er3"),
    "塞万提斯": ("sai4", "wan4", "ti2", "si1"),
    "塞纳河": ("sai4", "na4", "he2"),
    "塞得港": ("sai4", "de2", "gang3"),
    "中塞": ("zhong1", "sai4"),
    "塞中": ("sai4", "zhong1"),
    "塞方": ("sai4", "fang1"),
    "匈塞": ("xiong1", "sai4"),
    "埃塞": ("ai1", "sai4"),
    "旅塞": ("lv3", "sai4"),
    "援塞": ("yuan2", "sai4"),
    # 塞 sè, blocked up, where pypinyin has sāi: 堰塞湖, 堰塞体 (a landslide dam); and 塞罕坝's sài in 塞罕长歌.
    "堰塞": ("yan4", "se4"),
    "堰塞体": ("yan4", "se4", "ti3"),
    "塞罕": ("sai4", "han3"),
    # 藏 zàng, Tibet, in jieba's words of governing it (依法治藏, 富民兴藏, 长期建藏, 治边先稳藏, 驻藏大臣, 蒙藏委员会, 卫藏)
    # and of its learning and theatre (中国藏学研究中心, 藏剧团): pypinyin has cáng (to hide).
    "治藏": ("zhi4", "zang4"),
    "兴藏": ("xing1", "zang4"),
    "建藏": ("jian4", "zang4"),
    "稳藏": ("wen3", "zang4"),
    "驻藏": ("zhu4", "zang4"),
    "蒙藏": ("meng2", "zang4"),
    "卫藏": ("wei4", "zang4"),
    "藏学": ("zang4", "xue2"),
    "藏剧": ("zang4", "ju4"),
    "藏剧团": ("zang4", "ju4", "tuan2"),
    # 更深 gèng, deeper (更深层次, 理解更深, 更深一层): pypinyin has gēng, a watch of the night (更深人静 and 更深夜静 stay).
    "更深": ("geng4", "shen1"),
    "更深一层": ("geng4", "shen1", "yi4", "ceng2"),
    # 干 gān, dry, where pypinyin has gàn: 莫干山 (Moganshan), Hong Kong's 干诺道 (Connaught Road), 吃干榨净 (jieba's 干榨).
    "莫干山": ("mo4", "gan1", "shan1"),
    "干诺道": ("gan1", "nuo4", "dao4"),
    "干榨": ("gan1", "zha4"),
    "朝九晚五": ("zhao1", "jiu2", "wan2", "wu3"),  # nine to five: zhāo, morning; pypinyin has cháo
    # Place names read by their local, dictionary readings where pypinyin has the character's common one: Luòhé (Henan),
    # Bósè (Guangxi: 百色起义), Zhōngmù, Yùshì county (Henan; the clan 尉氏 is left), Kuàijī (Zhejiang's 会稽山),
    # Jiānlì (Hubei), Jūnlián (Sichuan), Qíntáng (Guangxi).
    "漯河": ("luo4", "he2"),
    "百色": ("bo2", "se4"),
    "百色市": ("bo2", "se4", "shi4"),
    "中牟": ("zhong1", "mu4"),
    "中牟县": ("zhong1", "mu4", "xian4"),
    "尉氏县": ("yu4", "shi4", "xian4"),
    "会稽": ("kuai4", "ji1"),
    "会稽山": ("kuai4", "ji1", "shan1"),
    "监利": ("jian1", "li4"),
    "筠连": ("jun1", "lian2"),
    "覃塘": ("qin2", "tang2"),  # Qíntáng district (Guangxi): 覃 is the surname's qín there, pypinyin has tán
    "覃塘区": ("qin2", "tang2", "qu1"),
    "筠连县": ("jun1", "lian2", "xian4"),
    # 似地 after what something is likened to (走马灯似地, 疯了似地, 飞也似地) is shìde, as 似的: pypinyin has sì and dì.
    "似地": ("shi4", "de5"),
    "飞也似地": ("fei1", "ye3", "shi4", "de5"),
    # 偏好 piānhào, a preference, to favour (消费偏好, 兴趣偏好, 偏好故事化): pypinyin has hǎo; the dictionaries have hào.
    "偏好": ("pian1", "hao4"),
    # 见长 jiàncháng, to excel at, where jieba keeps it (以出版文学著作见长, 以…的时代特色见长): pypinyin has zhǎng, to grow,
    # rare in news (个子见长 is then misread); 唯见/长江 and 可见/长者 are other words.
    "见长": ("jian4", "chang2"),
    # 长制 zhǎngzhì, the system of a named chief, where jieba cuts it off the name (河湖/长制, 以河/长制为抓手, 河段/长制):
    # the whole words 河长制, 林长制, 楼长制 are zhǎng already; a lone 长 before 制 was read cháng.
    "长制": ("zhang3", "zhi4"),
    # 转转 zhuànzhuan, to stroll about (到处转转, 去集市上转转): pypinyin has zhuǎn, to turn.
    "转转": ("zhuan4", "zhuan5"),
    # 马尾 mǎwěi, a horse's tail and the places named so (马尾山村, 福州马尾, 马尾绣 embroidery): pypinyin has the old mǎyǐ.
    "马尾": ("ma2", "wei3"),
    # 帖 tiě, a post online, as in 帖子 and 删帖 (发帖称, 跟帖参与, 回帖, Hong Kong's 帖文): pypinyin has tiē, fitting
    # (妥帖, 服帖 stay tiē; 碑帖, 临帖 stay tiè).
    "发帖": ("fa1", "tie3"),
    "跟帖": ("gen1", "tie3"),
    "回帖": ("hui2", "tie3"),
    "帖文": ("tie3", "wen2"),
    # Country names by the dictionaries' readings: Wūlāguī (pypinyin has a neutral la), Hóngdūlāsī (pypinyin has dōu).
    "乌拉圭": ("wu1", "la1", "gui1"),
    "乌拉圭回合": ("wu1", "la1", "gui1", "hui2", "he2"),
    "洪都拉斯": ("hong2", "du1", "la1", "si1"),
    # Round 64: the Tang poet 岑参 Cén Shēn (pypinyin has cān); 彩扎, a tied paper-and-silk craft (cǎizā: 扎 zā, to tie);
    # 咽拭子, a throat swab (yān: the pharynx), where jieba keeps it whole.
    "岑参": ("cen2", "shen1"),
    "彩扎": ("cai3", "za1"),
    "咽拭子": ("yan1", "shi4", "zi5"),
    # 扎铁 zātiě, binding rebar (Hong Kong's 紮鐵工人); 作传 zuòzhuàn, to write a life; Hong Kong's 朝早 zhāozǎo, the
    # morning; 蒙方 Měngfāng, the Mongolian side.
    "扎铁": ("za1", "tie3"),
    "作传": ("zuo4", "zhuan4"),
    "朝早": ("zhao1", "zao3"),
    "蒙方": ("meng3", "fang1"),
    # 制礼作乐 zhìlǐ zuòyuè, to set the rites and make the music (of the Zhou): pypinyin has lè.
    "制礼作乐": ("zhi4", "li3", "zuo4", "yue4"),
    # Hong Kong's 差佬, a policeman: chāi, as in 差人, 出差 (pypinyin has chà).
    "差佬": ("chai1", "lao3"),
    # 差 chāi, a job one is sent to do: 闲差, a sinecure, and 肥差, a plum job (as 美差, 苦差事, 出差; pypinyin has chà); the
    # same chà as 差 in 相差 xiāngchà in 相差无几, all but the same (pypinyin-dict has chā).
    "闲差": ("xian2", "chai1"),
    "肥差": ("fei2", "chai1"),
    # and Hong Kong's 派差, handing out the jobs (分析然後派差), and 優差, a cushy post (as 美差; pypinyin has chà).
    "派差": ("pai4", "chai1"),
    "优差": ("you1", "chai1"),
    "差馆": ("chai1", "guan3"),  # Hong Kong's police station (as 差佬, 差人)
    # 缩差, narrowing a gap (城乡收入缩差): the difference, chā, as in 差距 (pypinyin has chà).
    "缩差": ("suo1", "cha1"),
    "相差无几": ("xiang1", "cha4", "wu2", "ji3"),
    # 相 xiàng, a phase or facies (陆相页岩油, continental; 双相钢, 三相电, 液相, 固相: as 相位, 海相 xiàng), a chief minister
    # (拜相, 封侯拜相, 三相张家: as 首相), and Hong Kong's photo (影相, to take one; 发相, to post them; 两幅大相: as 照相).
    # pypinyin has xiāng, mutual, for all of them.
    # 倒 dǎo, to fall or to topple: 倒损住房, houses fallen or damaged; Hong Kong's 倒梁, bringing Leung Chun-ying down.
    "倒损": ("dao3", "sun3"),
    "倒梁": ("dao3", "liang2"),
    "陆相": ("lu4", "xiang4"),
    "双相": ("shuang1", "xiang4"),
    "三相": ("san1", "xiang4"),
    "液相": ("ye4", "xiang4"),
    "固相": ("gu4", "xiang4"),
    "拜相": ("bai4", "xiang4"),
    "影相": ("ying3", "xiang4"),
    "发相": ("fa1", "xiang4"),
    "大相": ("da4", "xiang4"),
    # and a gas phase, 气相 (气相色谱, gas chromatography), and jieba's 相色谱 (气/相色谱): phase chromatography, xiàng.
    "气相": ("qi4", "xiang4"),
    "相色谱": ("xiang4", "se4", "pu3"),
    # Hong Kong's 差利 for Charlie (差利·卓别灵, Chaplin): chā, the Cantonese caa1 of the sound (pypinyin has chà).
    "差利": ("cha1", "li4"),
    # 数 shù, short for digital (数字), in jieba's 数读 (the paper's data column) and 数海 (空陆数海, the air, land, digital
    # and sea silk roads), as in 数智, 数实 (pypinyin-read shù there too, but a rule counting makes them shǔ).
    "数读": ("shu4", "du2"),
    "数海": ("shu4", "hai3"),
    # Round 72, words where pypinyin (or the CC-CEDICT phrases) and the other dictionaries disagree with what we read,
    # checked in the dev articles' sentences; readings as in Xiandai Hanyu Cidian. Places and names: 阆中 Làngzhōng,
    # 华阴 Huàyīn (under 华山 Huà), 宕昌 Tànchāng, 犍为 Qiánwéi (pypinyin has 犍为县 wèi), 栎阳 Yuèyáng, 蒙得维的亚
    # Méngdéwéidìyà (pypinyin reads two particles), 天姥 Tiānmǔ (as its 天姥山), 龙脊 Lóngjǐ (龙脊梯田), 圜丘 yuánqiū (the
    # Altar of Heaven's round mound), Guangxi's and Guangdong's 圩镇 xūzhèn (a market town).
    "阆中": ("lang4", "zhong1"),
    "阆中市": ("lang4", "zhong1", "shi4"),
    "华阴": ("hua4", "yin1"),
    "华阴市": ("hua4", "yin1", "shi4"),
    "宕昌": ("tan4", "chang1"),
    "宕昌县": ("tan4", "chang1", "xian4"),
    "犍为县": ("qian2", "wei2", "xian4"),
    "栎阳": ("yue4", "yang2"),
    "蒙得维的亚": ("meng2", "de2", "wei2", "di4", "ya4"),
    "天姥": ("tian1", "mu3"),
    "龙脊": ("long2", "ji3"),
    "圜丘": ("yuan2", "qiu1"),
    "圩镇": ("xu1", "zhen4"),
    # Words pypinyin reads character by character (or by an old reading): 率兵 shuàibīng (to lead troops, as 率部),
    # 征辟 zhēngbì (the Han's summoning to office), 下裳 xiàcháng (the lower garment: 上衣下裳), 首卷 shǒujuàn (a first
    # volume), 差序 chāxù (差序格局), 东渐 dōngjiān (西学东渐), 冠绝 guànjué (the best of all), 好利 hàolì (好利恶害: fond
    # of gain), 灵长 língzhǎng (万物的灵长, as 灵长类), 盛满 chéngmǎn (filled with), 五斗 wǔdǒu (五斗米), 下自成蹊 xī (a path,
    # as 蹊径), 热轧 rèzhá (hot rolling, as 冷轧), 铣削 xǐxiāo (milling, as 切削), 干热 gānrè (dry heat), 分拆 fēnchāi (to
    # split off: 分拆上市), 拖拽 tuōzhuài (to drag), 绿荫 lǜyīn (green shade, as 树荫), 生发 shēngfā (to grow out of:
    # 中国梦生发于人民的愿望; hair's 生发剂, 生发水 keep fà), 肚子 dùzi (the belly: 填饱肚子; tripe, dǔzi, after a
    # beast is a rule's), 休闲地 xiūxiándì (a place of leisure).
    "率兵": ("shuai4", "bing1"),
    "征辟": ("zheng1", "bi4"),
    "下裳": ("xia4", "chang2"),
    "首卷": ("shou3", "juan4"),
    "差序": ("cha1", "xu4"),
    "东渐": ("dong1", "jian1"),
    "西学东渐": ("xi1", "xue2", "dong1", "jian1"),
    "冠绝": ("guan4", "jue2"),
    "好利": ("hao4", "li4"),
    "灵长": ("ling2", "zhang3"),
    "盛满": ("cheng2", "man3"),
    "五斗": ("wu2", "dou3"),
    "下自成蹊": ("xia4", "zi4", "cheng2", "xi1"),
    "热轧": ("re4", "zha2"),
    "铣削": ("xi3", "xiao1"),
    "干热": ("gan1", "re4"),
    "分拆": ("fen1", "chai1"),
    "拖拽": ("tuo1", "zhuai4"),
    "绿荫": ("lv4", "yin1"),
    "生发": ("sheng1", "fa1"),
    "生发剂": ("sheng1", "fa4", "ji4"),
    "生发水": ("sheng1", "fa4", "shui3"),
    "肚子": ("du4", "zi5"),
    "一肚子": ("yi2", "du4", "zi5"),
    "休闲地": ("xiu1", "xian2", "di4"),
    # More places and names: Chengdu's 郫都 Pídū (jieba cuts 郫/都 alone), 长子县 Zhǎngzǐ, 乐陵 Làolíng (as 乐亭), 曲沃 Qūwò,
    # 秦桧 Qín Huì, Hong Kong's 区诺轩 and 区锦新 (Ōu, the surname: jieba's HMM makes the names, which no title anchors);
    # 优长 yōucháng (strong points) and 轨长 guǐcháng (a rail's length), which pypinyin reads zhǎng.
    "郫都": ("pi2", "du1"),
    "郫都区": ("pi2", "du1", "qu1"),
    "长子县": ("zhang2", "zi3", "xian4"),
    "乐陵": ("lao4", "ling2"),
    "乐陵市": ("lao4", "ling2", "shi4"),
    "曲沃": ("qu1", "wo4"),
    "曲沃县": ("qu1", "wo4", "xian4"),
    "秦桧": ("qin2", "hui4"),
    "区诺轩": ("ou1", "nuo4", "xuan1"),
    "区锦新": ("ou1", "jin3", "xin1"),
    "优长": ("you1", "chang2"),
    # The writer 汪曾祺 Wāng Zēngqí (曾 in a given name is zēng, as in 曾孙) and 此卷 cǐ juàn, this volume or exam paper.
    "汪曾祺": ("wang1", "zeng1", "qi2"),
    # 曾 zēng, the surname, where jieba glues it to a clan's or family's word (曾氏夫婦, 重庆曾家/路, 曾屋, a hamlet of the
    # clan) or to the next surname of a pair (曾葉聯手, Tsang and Yip); 曾/家访, 曾/家里, 曾/氏族 are cut apart: céng.
    "曾氏": ("zeng1", "shi4"),
    "曾家": ("zeng1", "jia1"),
    "曾屋": ("zeng1", "wu1"),
    "曾叶": ("zeng1", "ye4"),
    "曾生": ("zeng1", "sheng1"),  # Hong Kong's 曾生, Mr Tsang (as 陈生); 曾/生于, 曾/生下, 曾/生过 are cut apart: céng
    # 行内 háng, within the trade (行内人士, 在行内人缘甚好, 行内俗称; pypinyin has xíng).
    "行内": ("hang2", "nei4"),
    "行内人": ("hang2", "nei4", "ren2"),
    "行内人士": ("hang2", "nei4", "ren2", "shi4"),
    "此卷": ("ci3", "juan4"),
    "轨长": ("gui3", "chang2"),
    # 大城县 Dàichéng (Hebei; Xiandai Hanyu Cidian lists dài for it, as for 大夫), 天台宗 Tiāntāi (the Buddhist school of
    # 天台山; pypinyin has the rooftop's tái; a lone 天台 after 台州 or 浙江 is a rule's).
    "大城县": ("dai4", "cheng2", "xian4"),
    "天台宗": ("tian1", "tai1", "zong1"),
    # jieba's words that pypinyin re-cuts into a wrong phrase (a sub-word a dictionary lists, read as its own word):
    # 东京都 dū (not 京都's 都 dōu), 同行者, 同行人 xíng (companions; 行者, 行人 re-cut as 同行 háng), 外行星 xíngxīng
    # (系外行星), 师兄弟 xiōng, 老有所为 and 化身为 wéi, 第二重 chóng (a second layer: 第二重境界), 隔海相望, 隔水相望 xiāng
    # (海相, 水相 xiàng), 有着落 zhuóluò, 真真切切 qiè, 门把手 bǎshou, 接发球 fā, 本行政区 xíng, 林下种植 zhòng, 排长队
    # cháng (a long queue).
    "东京都": ("dong1", "jing1", "du1"),
    "同行者": ("tong2", "xing2", "zhe3"),
    "同行人": ("tong2", "xing2", "ren2"),
    "外行星": ("wai4", "xing2", "xing1"),
    "师兄弟": ("shi1", "xiong1", "di4"),
    "老有所为": ("lao3", "you2", "suo3", "wei2"),
    "化身为": ("hua4", "shen1", "wei2"),
    # jieba's idioms of being moved or changed by something, wèi (for it): 令人为之一振, 天地为之动容, 面貌为之一新 (pypinyin has
    # wéi).
    "为之一振": ("wei4", "zhi1", "yi1", "zhen4"),
    "为之动容": ("wei4", "zhi1", "dong4", "rong2"),
    "为之一新": ("wei4", "zhi1", "yi1", "xin1"),
    "第二重": ("di4", "er4", "chong2"),
    "隔海相望": ("ge2", "hai3", "xiang1", "wang4"),
    "隔水相望": ("ge2", "shui3", "xiang1", "wang4"),
    "有着落": ("you3", "zhuo2", "luo4"),
    "真真切切": ("zhen1", "zhen1", "qie4", "qie4"),
    "门把手": ("men2", "ba3", "shou5"),
    "接发球": ("jie1", "fa1", "qiu2"),
    "本行政区": ("ben3", "xing2", "zheng4", "qu1"),
    "本行政区域": ("ben3", "xing2", "zheng4", "qu1", "yu4"),
    "林下种植": ("lin2", "xia4", "zhong4", "zhi2"),
    "排长队": ("pai2", "chang2", "dui4"),
    # 排长龙, a long queue (Hong Kong's 排長龍), 多长时间, 好长时间, how long, and 萨长, the alliance of Satsuma and Chōshū 长州 (萨长同盟): cháng.
    "排长龙": ("pai2", "chang2", "long2"),
    "多长时间": ("duo1", "chang2", "shi2", "jian1"),
    "好长时间": ("hao3", "chang2", "shi2", "jian1"),
    "萨长": ("sa4", "chang2"),
    # 长盾, a riot officer's long shield (as 圆盾, a round one): cháng, also where jieba's HMM glues a verb on (持長盾).
    "长盾": ("chang2", "dun4"),
    # 两重性 liǎngchóngxìng, duality (as 双重); pypinyin has zhòng. 两重天 and 两重坛墙 read chóng already.
    "两重性": ("liang3", "chong2", "xing4"),
    # Classical words and names the dev articles quote: 宋应星 Yìngxīng, the painter 仇英 Qiú, 黄裳 huángcháng (黄裳元吉),
    # 二千石 èrqiāndàn (a Han rank by its grain), 逸兴 yìxìng (逸兴遄飞), 德薄 débó (德薄能鲜), 千乘 qiānshèng (千乘之国).
    "宋应星": ("song4", "ying4", "xing1"),
    "仇英": ("qiu2", "ying1"),
    "黄裳": ("huang2", "chang2"),
    "二千石": ("er4", "qian1", "dan4"),
    "逸兴": ("yi4", "xing4"),
    "德薄": ("de2", "bo2"),
    "千乘": ("qian1", "sheng4"),
    # 舍 shè, a house, in pypinyin's 猪舍 (it has shě) and 圈舍 juànshè, a pen; other nouns are a rule's (馆舍, 屋舍).
    "猪舍": ("zhu1", "she4"),
    "圈舍": ("juan4", "she4"),
    # Round 80: 省 xǐng, to examine oneself (吾日三省吾身, 在省思中), 几 jī, almost (几无隙地), 乐 yuè, music (室乐, chamber
    # music; 乐声与笑语相伴; 诗乐演艺), 喝 hè, to shout (大喝一声); pypinyin has shěng, jǐ, lè, hē.
    "省吾身": ("xing3", "wu2", "shen1"),
    "省思": ("xing3", "si1"),
    "几无": ("ji1", "wu2"),
    "室乐": ("shi4", "yue4"),
    "乐声": ("yue4", "sheng1"),
    "诗乐": ("shi1", "yue4"),
    "大喝一声": ("da4", "he4", "yi4", "sheng1"),
    # 调 tiáo, to adjust, mediate or mix, in words pypinyin reads diào (诉调对接, 调纷止争, 村治调主任, 调肝和胃, 调較影片, 轨道
    # 精调, 预调微调, 态度理性回调, 调好的汁, 气调 (controlled atmosphere), Hong Kong's 調景嶺), 何种 zhǒng.
    "诉调": ("su4", "tiao2"),
    "调纷": ("tiao2", "fen1"),
    "治调": ("zhi4", "tiao2"),
    "调肝": ("tiao2", "gan1"),
    "调较": ("tiao2", "jiao4"),
    "精调": ("jing1", "tiao2"),
    "预调": ("yu4", "tiao2"),
    "回调": ("hui2", "tiao2"),
    "调好": ("tiao2", "hao3"),
    "气调": ("qi4", "tiao2"),
    "调景岭": ("tiao2", "jing2", "ling3"),
    "何种": ("he2", "zhong3"),
    # 行 háng, a bank or a shop (国开行, the China Development Bank; 投行, an investment bank; 琴行, a piano shop), 扩种 zhòng,
    # planting more, 位处 chǔ, lying in (印尼位處太平洋火環帶); pypinyin has xíng, zhǒng, chù.
    "国开行": ("guo2", "kai1", "hang2"),
    "投行": ("tou2", "hang2"),
    "琴行": ("qin2", "hang2"),
    "扩种": ("kuo4", "zhong4"),
    "位处": ("wei4", "chu3"),
    "律师行": ("lv4", "shi1", "hang2"),  # Hong Kong's law firm (跨國律師行; 律师/行使 is cut apart)
    "跨行": ("kua4", "hang2"),  # across banks or trades (跨行账户管理; 跨/行政区 is cut apart)
    "种养加": ("zhong4", "yang3", "jia1"),  # planting, breeding and processing (种养加一体化)
    "种棚": ("zhong4", "peng2"),  # farming in greenhouses (学习种棚经验)
    "种票": ("zhong4", "piao4"),  # Hong Kong's vote-planting, registering voters at false addresses (揭露種票)
    "种菌": ("zhong4", "jun1"),  # growing fungi (不会种菌; 菌种 is a strain, zhǒng)
    "村种": ("cun1", "zhong4"),  # what a village plants, jieba's 村種 (那條村種的西芹; 本村/种猪 is not cut so)
    "领种": ("ling3", "zhong4"),  # to take on a plot or a greenhouse to farm (免费领种一个大棚)
    "种楼": ("zhong4", "lou2"),  # "planting buildings", village land let for building (种楼与种田利益分享)
    # 处 chǔ, to handle, in short forms of 处理 and 处罚: 交通事故快处快赔, 企情收处 (收集、处理), 交通违法纠处 (回收/处, 凉快/处
    # stay chù).
    "快处": ("kuai4", "chu3"),
    "收处": ("shou1", "chu3"),
    "纠处": ("jiu1", "chu3"),
    # 重 chóng, again or a layer, in words pypinyin reads zhòng: 重推 (重推跨太平洋伙伴关系), 重看 (重看案例), 重投 (重投故乡的
    # 怀抱), 重跳, 重披 (荒山重披绿装), 重勘 (重勘国界), 重归于好, 查重 (a duplicate check), 重渡沟 (the valley), 第一重, 几重,
    # 万千重 (关山万千重).
    "重推": ("chong2", "tui1"),
    "重看": ("chong2", "kan4"),
    "重投": ("chong2", "tou2"),
    "重跳": ("chong2", "tiao4"),
    "重披": ("chong2", "pi1"),
    "重勘": ("chong2", "kan1"),
    "重归于好": ("chong2", "gui1", "yu2", "hao3"),
    "查重": ("cha2", "chong2"),
    "重渡沟": ("chong2", "du4", "gou1"),
    "重渡": ("chong2", "du4"),
    "第一重": ("di4", "yi1", "chong2"),
    "几重": ("ji3", "chong2"),
    "万千重": ("wan4", "qian1", "chong2"),
    "倒模": ("dao4", "mu2"),  # to cast in a mould, Hong Kong's copying (跟著別人倒模); pypinyin has mó
    "顶劲": ("ding3", "jing4"),  # taiji's 虛領頂勁, the crown held up; pypinyin has jìn
    "地缝": ("di4", "feng4"),  # a rift in the ground (天坑地缝, 十里地缝); pypinyin re-cut it to the adverb's de
    "柏杨": ("bo2", "yang2"),  # the writer Bo Yang (台灣作家柏楊); the surname 柏 is bǎi
    # 空 kòng, left empty or unused (空置的住宅單位, 空置税, 工作不留空档), 劲 jìng, strong (千磨万击还坚劲, 线条劲健, 天付劲毫);
    # pypinyin has kōng, jìn.
    "空置": ("kong4", "zhi4"),
    "空档": ("kong4", "dang4"),
    "坚劲": ("jian1", "jing4"),
    "劲健": ("jing4", "jian4"),
    "劲毫": ("jing4", "hao2"),
    # 乐 yuè, music, in names of music and its registers (《昭夏樂》, 清乐音阶, 燕乐音阶, 仍隶名乐籍, 广乐以成其教), 传 zhuàn, a
    # commentary, in the Book of Changes' 象传 (谦卦的《象传》); pypinyin has lè, chuán.
    "昭夏乐": ("zhao1", "xia4", "yue4"),
    "清乐": ("qing1", "yue4"),
    "燕乐": ("yan4", "yue4"),
    "乐籍": ("yue4", "ji2"),
    "广乐": ("guang3", "yue4"),
    "象传": ("xiang4", "zhuan4"),
    # 处 chǔ, to place oneself, in jieba's 处下 (谦卑处下) and 处地 (切身处地, as 设身处地); pypinyin has chù and the adverb's de.
    "倒扁": ("dao3", "bian3"),  # to topple 阿扁, Chen Shui-bian (倒扁运动), as 倒阁; pypinyin has dào
    "处下": ("chu3", "xia4"),
    "处地": ("chu3", "di4"),
}
PHRASE_FIXES.update(DICTIONARY_FIXES)

# pypinyin-dict phrase data sets added to pypinyin's (see load_phrase_data).
PHRASE_DATA = ("cc_cedict",)

# Words ending in 儿 that are a real syllable er2, not erhua.
NOT_ERHUA = frozenset(
    "女儿 婴儿 幼儿 孤儿 男儿 健儿 患儿 胎儿 少儿 宠儿 侄儿 孙儿 妻儿 弃儿 育儿 "
    "混血儿 新生儿 婴幼儿 早产儿 流浪儿 留守儿 乞儿 孤儿 病儿 犬儿 儿 "
    "小儿 养儿 亲儿 爱儿 虐儿".split()  # 小儿麻痹, 养儿防老, 视如亲儿, 虐儿罪 (小孩儿 is erhua)
)

# Particles that lean on the word before them (one prosodic word with it).
ENCLITICS = frozenset("的 地 得 了 吗 呢 吧 啊 呀 嘛 么 们".split())
MAX_PROSODIC_WORD = 4  # syllables: we never join beyond this

# Punctuation inside a chunk: a clause break (the voice pauses) or nothing.
CLAUSE_MARKS = set("，,、：:；;。！？!?…—～~")


_jieba = loaded_jieba


# Characters whose every reading pypinyin gives is wrong in today's news: 嘅 is only ever Cantonese 的 (佢嘅, 政府嘅政策),
# ge3 there; pypinyin's kǎi is 慨, a sigh, written so in no modern text. A Mandarin reader of a Hong Kong quote says ge.
CHARACTER_FIXES = {ord("嘅"): "ge"}


@lru_cache(maxsize=1)
def load_phrase_data() -> None:
    """Extend pypinyin's phrase dictionary with the CC-CEDICT phrases of pypinyin-dict.

    Only phrases pypinyin lacks are added: its own entries are curated for
    Mandarin as read (neutral tones, 一/不), the extra data adds coverage
    (measured with benchmarks/bench_g2p.py against the voice's training labels).
    Read from a compact table cached on disk (pinyin_phrases.py).
    """
    from pypinyin import load_phrases_dict, load_single_dict
    from pypinyin.contrib.tone_convert import tone3_to_tone

    from .pinyin_phrases import extra_phrases

    load_phrases_dict(extra_phrases(PHRASE_DATA))
    load_single_dict(CHARACTER_FIXES)
    load_phrases_dict({word: [[tone3_to_tone(s)] for s in syls] for word, syls in DICTIONARY_FIXES.items()})


def _word_pinyin(word: str) -> list[str]:
    """Pinyin for a word of Chinese characters, one syllable per character."""
    if word in PHRASE_FIXES:
        return list(PHRASE_FIXES[word])
    from pypinyin import Style, lazy_pinyin

    load_phrase_data()

    # A plain string (not [word]) lets pypinyin re-cut the word with its own
    # phrase dictionary: jieba's 银行行长 is not in it, 银行 + 行长 are.
    result = lazy_pinyin(
        word, style=Style.TONE3, neutral_tone_with_five=True, tone_sandhi=True,
        errors=lambda chars: [""] * len(chars),
    )  # fmt: skip
    if len(result) != len(word):
        return [""] * len(word)
    # pypinyin's sandhi sometimes turns a third tone into a second before a
    # syllable that is not third (了如指掌 liao2 ru2): only 3-3 sandhi is real.
    plain = lazy_pinyin(word, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda chars: [""] * len(chars))
    if len(plain) == len(result):
        for i in range(len(result) - 1):
            spurious = syllable_tone(result[i]) == "2" and syllable_tone(plain[i]) == "3"
            if spurious and syllable_tone(plain[i + 1]) != "3" and result[i][:-1] == plain[i][:-1]:
                result[i] = plain[i]
    # pypinyin re-cuts the word, so 3-3 sandhi across its pieces is ours:
    # in a run of third tones every one but the last becomes second (展览馆).
    for i in range(len(result) - 1):
        if syllable_tone(result[i]) == "3" and syllable_tone(result[i + 1]) == "3":
            result[i] = result[i][:-1] + "2"
    return result


def _tokens(text: str) -> list[str]:
    return _whole_numbers([t for t in _jieba().lcut(text, HMM=True) if t])


# A number read out (二十三点六, 百分之七点二, 一千二百三十四): its digits and
# places; 点 only as a decimal point (not 九点三十分, a time).
_NUMBER = re.compile(r"(?:百分之|千分之|第)?[零〇一二三四五六七八九十两][零〇一二三四五六七八九十两百千万亿]*(?:点[零〇一二三四五六七八九]+(?![十百千]))?[万亿]*")


def _whole_numbers(tokens: list[str]) -> list[str]:
    """Re-cut where jieba splits a number (二/十三点/六度 → 二十三点六/度): a number
    is one word, so no break falls inside it. Only numbers that start a token
    and cross a token boundary change (统一/三个 stays)."""
    starts, position = set(), 0
    for token in tokens:
        starts.add(position)
        position += len(token)
    text = "".join(tokens)
    cuts = set(starts)
    for match in _NUMBER.finditer(text):
        begin, end = match.span()
        inner = {b for b in starts if begin < b < end}
        if begin in starts and inner and end - begin >= 2:
            cuts -= inner
            cuts.add(end)
    cuts = sorted(cuts | {len(text)})
    return [text[a:b] for a, b in zip(cuts, cuts[1:]) if b > a]

def _quoted_place_ends(words: list[tuple[str, list[str], str]], token: str, following: list[str]) -> bool:
    """Whether a lone 地 closes a quotation that ends its sentence or stands before another quotation or an ellipsis
    (打造创新“首发地”。, 今天的“旅游热门地”“互联网特色小镇”, “巴山楚水凄凉地”……): a place, dì, no adverb's 地,
    which a verb would follow (“迅速及有意义地”筹备, 「慎重地」親自陳詞 keep de)."""
    return (
        len(words) >= 2 and words[-1][0] == "地" and words[-2][2] == PAUSE_WORD and token[:1] in "”」’』"
        and len(words[-2][0]) >= 2 and (not following or following[0][:1] in "。！？；…“「.")
    )


def _surname_closing(words: list[tuple[str, list[str], str]]) -> bool:
    """Whether a lone 曾 after a word of its clause stands right before a closing quote or a clause's mark (「煲呔曾」,
    老曾，): the surname Zēng in a nickname, since the adverb 曾, once, always has its verb after it (都曾「對國家…作出貢獻」
    opens a quote: céng)."""
    return len(words) >= 2 and words[-1][0] == "曾" and words[-1][1] == ["ceng2"] and words[-2][2] == PAUSE_WORD


def _words(tokens: list[str]) -> list[tuple[str, list[str], str]]:
    """[(word text, syllables, break after)]; erhua syllables end in 'r'."""
    words: list[tuple[str, list[str], str]] = []
    title_start = -1  # where the words of a book title (after 《 or ·) begin
    title_closed = False  # the token before was a 》
    for n, token in enumerate(tokens):
        if token.strip() == "":
            continue
        after_title, title_closed = title_closed, "》" in token
        if not any(ch.isalnum() for ch in token) and _quoted_place_ends(words, token, tokens[n + 1 : n + 2]):
            words[-2:] = [(words[-2][0] + "地", words[-2][1] + ["di4"], words[-1][2])]  # “创新首发地”。: a place
        if not any(ch.isalnum() for ch in token) and token[:1] in "」”』’，。、；：！？）),.;:!?" and _surname_closing(words):
            words[-1] = ("曾", ["zeng1"], words[-1][2])  # 「煲呔曾」做特首: the surname after a nickname, no adverb
        if not any(ch.isalnum() for ch in token):  # punctuation, quotes, symbols
            if words and "》" in token and _biography_title_end(words, title_start):
                words[-1][1][-1] = "zhuan4"  # 《汉书·倪宽传》, 《林则徐传》: a biography, zhuàn
            elif words and "》" in token and title_start == len(words) - 1 and words[-1][0] in _ONE_CHARACTER_TITLES:
                words[-1][1][:] = _ONE_CHARACTER_TITLES[words[-1][0]]  # 《乐》, the Classic of Music: yuè
            if words and any(ch in CLAUSE_MARKS for ch in token):
                words[-1] = (words[-1][0], words[-1][1], PAUSE_CLAUSE)
            if "《" in token or "·" in token:
                title_start = len(words)
            continue
        for piece in re.findall(r"[A-Za-z]+|[0-9]+|[^A-Za-z0-9]+", token):
            syllables = _piece_pinyin(piece)
            if after_title and piece == "载":
                syllables = ["zai3"]  # recorded in a book: 《史记·大宛列传》载, 据《苏丹史》载 (zǎi, as in 记载)
            if syllables:
                words.append((piece, syllables, PAUSE_WORD))
    return words


# A book whose title is one polyphonic character, read as the book: 《乐》 (the lost Classic of Music).
_ONE_CHARACTER_TITLES = {"乐": ["yue4"]}


def _biography_title_end(words: list[tuple[str, list[str], str]], title_start: int = -1) -> bool:
    """Whether the last word ends a book title in 传 as a biography: 传 alone after a
    name or noun (林则徐/传》), in a word pypinyin does not list (倪宽传), or in a word
    after a lone surname opening the title (《董宣传》, 《后汉书·董宣传》: jieba cuts
    董/宣传, the biography of 董宣). Other words it lists keep their reading (《宣传》,
    《新宣传》 chuán; 水浒传, 列传 zhuàn), and 代代/传》 is the verb."""
    text, syls, _ = words[-1]
    if not text.endswith("传") or len(syls) != len(text) or syls[-1] == "zhuan4":
        return False
    if len(text) == 2 and len(words) >= 2 and title_start == len(words) - 2 and _lone_surname(words[-2][0]):
        return True
    if len(text) > 1:
        return not _in_phrase_dict(text) and text not in _jieba().dt.FREQ
    previous = words[-2][0] if len(words) > 1 and words[-2][2] == PAUSE_WORD else ""
    return _word_tags().get(previous, "")[:1] == "n" or (len(previous) in (2, 3) and previous not in _word_tags())


def _lone_surname(word: str) -> bool:
    """Whether *word* is one character jieba tags a name (董, 王, 陈: a surname cut off its given name)."""
    return len(word) == 1 and _word_tags().get(word, "") == "nr"


def _piece_pinyin(piece: str) -> list[str]:
    if piece.isascii():
        # Only text that skipped normalization has Latin letters or digits left;
        # they are said as textnorm says them (letters spelled, digits one by one).
        piece = read_digits(piece)
    # 〇 (a year's zero, 二〇二〇年) is no Han character to the regex, but is read 零.
    chars = "".join(ch for ch in piece if HAN_CHAR.match(ch) or ch == "〇").replace("〇", "零")
    if not chars:
        return []  # symbols, emoji, other scripts: nothing to say
    syllables = _particle_readings(chars, _word_pinyin(chars))
    out: list[str] = []
    for i, (ch, syl) in enumerate(zip(chars, syllables)):
        if not syl:
            log.debug("no reading for %r, skipped", ch)
            continue
        erhua = ch == "儿" and i == len(chars) - 1 and i > 0 and not _full_er(chars)
        if erhua and out:
            out[-1] = out[-1][:-1] + "r" + out[-1][-1]  # 'wan2' → 'wanr2'
        else:
            out.append(syl)
    return out


def _full_er(word: str) -> bool:
    """Whether the 儿 ending *word* is a syllable of its own (er2), not erhua:
    a word for a child (小女儿: NOT_ERHUA as its ending), a name (容祖儿: jieba
    tags the word a name and knows no stem 容祖; 艾薇儿: a word of three or more
    characters jieba's dictionary lacks, which its HMM put together), or a child
    after a preposition (为儿求情)."""
    if any(word.endswith(child) for child in NOT_ERHUA if len(child) > 1):
        return True
    tags = _word_tags()
    stem_tag = tags.get(word[:-1], "")
    if len(word) == 2 and stem_tag == "p":
        return True
    if word not in tags:
        return len(word) >= 3
    return tags[word].startswith("nr") and not stem_tag


def _particle_readings(chars: str, syllables: list[str]) -> list[str]:
    """得/地 after a verb or adverb inside an unlisted word is the particle de5.

    pypinyin reads 得 dé and 地 dì unless the word is in its phrase dictionary
    (取得 dé, 觉得 de); jieba glues the particle on (玩得, 认真地, 细心地).
    Nouns in 地 are in the phrase dictionary (目的地, 栖息地); a two-character
    word jieba knows (各地, 草地) or a number's (一地) keeps dì.
    """
    from pypinyin.constants import PHRASES_DICT

    out = list(syllables)
    for i in range(1, len(chars)):
        if not out[i] or chars in PHRASES_DICT or chars in PHRASE_FIXES:
            continue
        if chars[i] == "得" and chars[i - 1 : i + 1] not in PHRASES_DICT and chars[i + 1 : i + 2] != "失":
            out[i] = "de5"  # (权衡得失: 得失 dé, gains and losses)
        elif chars[i] == "地" and i == len(chars) - 1 and chars[i - 1] not in _LAND and (
            i >= 2 or not (_jieba().dt.FREQ.get(chars) or chars[0] in _NUMERALS)
        ) and chars[i - 1] != "之" and not _place_in_di(chars) and not _counted_places(chars, i) and not chars.endswith("用地"):
            out[i] = "de5"  # (之地, 革命圣地, 保护地 are places: 杂草丛生之地, 无藏身之地; land for a use: 农用地, 工业用地)
    return out


# Words before 地 that jieba lists with it as a noun but that are more often a manner (系统地, 集中地, 有选择地).
_MANNERS = frozenset("系统 集中 伤心 选择 保留".split())


def _counted_places(chars: str, i: int) -> bool:
    """Whether 地 at chars[i] is counted places after a number (跨三地, 粤港澳三地, 每到一地: dì), not 统一地, 逐一地."""
    return chars[i - 1] in _NUMERALS and (chars[i - 1] != "一" or chars[i - 2 : i - 1] in ("到", "每"))


def _place_in_di(word: str) -> bool:
    """Whether *word*, ending in 地, is a place (dì), not an adverb and its particle: a noun jieba knows well
    (保护地, 出发地), or a word of three or more whose part before 地 is no word while its last two characters
    are a place pypinyin reads dì (革命圣地: 圣地). 细心地, 扎实地 have a word before 地 and keep the particle."""
    tag, frequency = _word_tags().get(word, ""), _jieba().dt.FREQ.get(word) or 0
    if tag == "n" and frequency >= 10:
        return word[:-1] not in _MANNERS  # (系统地介绍, 有选择地, 毫无保留地: the particle)
    return len(word) >= 3 and not _jieba().dt.FREQ.get(word[:-1]) and _phrase_syllables(word[-2:])[-1:] == ["dì"]


def _erhua_across_words(words: list[tuple[str, list[str], str]]) -> None:
    """A 儿 jieba cut off a noun or measure word (刀刃/儿, 罗锅/儿, 院/儿) is its
    erhua: one word, 儿 joined to the last syllable. Not after a name, a verb or
    a preposition (替/儿: the child)."""
    tags = _word_tags()
    for i in range(len(words) - 1, 0, -1):
        text, syls, brk = words[i]
        prev_text, prev_syls, prev_brk = words[i - 1]
        tag = tags.get(prev_text, "")
        joins = tag[:1] in ("n", "q", "m") and not tag.startswith("nr")
        if text == "儿" and prev_brk == PAUSE_WORD and joins and len(prev_syls) == len(prev_text):
            last = prev_syls[-1]
            if last and not is_erhua(last) and last[:-1] != "er":
                words[i - 1 : i + 1] = [(prev_text + text, prev_syls[:-1] + [last[:-1] + "r" + last[-1]], brk)]


def _standalone_particles(words: list[tuple[str, list[str], str]]) -> None:
    """得 after a word (跑 得 很快) and 地 between words (认真 地 工作) are de5."""
    for i in range(1, len(words)):
        text, syls, brk = words[i]
        after_word = words[i - 1][2] == PAUSE_WORD
        if text == "得" and after_word:
            words[i] = (text, ["de5"], brk)
        elif text == "地" and after_word and len(words[i - 1][1]) >= 2 and (
            brk == PAUSE_WORD or _word_tags().get(words[i - 1][0], "n")[:1] in ("d", "a", "z")
            or (len(words[i - 1][0]) >= 4 and _word_tags().get(words[i - 1][0], "")[:1] in ("i", "l"))
            or (_word_tags().get(words[i - 1][0], "") == "v" and (i == 1 or words[i - 2][2] != PAUSE_WORD)
                and not (i + 1 < len(words) and words[i + 1][0].endswith("地")))
        ):  # 认真 地 工作; before a comma after an adverb or an idiom: 渐渐 地，, 出乎意料 地，; a clause's opening verb made an adverb: 类似 地，
            # (not a list of places: 户籍地、工作/地、居住地)
            words[i] = (text, ["de5"], brk)
        elif text == "地" and after_word and brk == PAUSE_WORD and len(words[i - 1][0]) == 1 and (
            words[i - 1][0] in _SOUNDS_OF or (
                i >= 2 and words[i - 2][2] == PAUSE_WORD and words[i - 2][0][-1:] in _DEGREE_ONE
                and _word_tags().get(words[i - 1][0], "")[:1] in ("a", "d")
            )
        ):  # a degree word and an adjective jieba cut apart: 很/好/地展示, 其较/好/地把, 更/早/地解决; a sound: 啪/地一声
            words[i] = (text, ["de5"], brk)


def _prosodic_words(words: list[tuple[str, list[str], str]]) -> None:
    """Turn some #1 into #0 so prosodic words look like the corpus's.

    A particle joins the word before it; a monosyllable joins a following word
    of one or two syllables, or, at the end of a clause, the short word before it.
    """
    group = 0  # syllables so far in the prosodic word that words[i] ends
    for i, (text, syls, brk) in enumerate(words):
        group += len(syls)
        if brk != PAUSE_WORD or i == len(words) - 1:
            group = 0
            continue
        nxt_text, nxt_syls, nxt_brk = words[i + 1]
        size = group + len(nxt_syls)
        clause_end = nxt_brk != PAUSE_WORD or i + 1 == len(words) - 1
        join = size <= MAX_PROSODIC_WORD and (
            nxt_text in ENCLITICS
            or (len(syls) == 1 and group == 1 and len(nxt_syls) <= 2)
            or (len(nxt_syls) == 1 and clause_end and group <= 2)
        )
        if join:
            words[i] = (text, syls, PAUSE_SYLLABLE)
        else:
            group = 0


# A prosodic phrase (the corpus's #2) opens before an adverb, conjunction or
# preposition (jieba's d, c, p) that follows a content word, and between a noun
# and the verb after it; only where at least MIN_PHRASE syllables come before the
# break (since the last one) and MIN_PHRASE_REST after it in the clause.
_PHRASE_OPENERS = set("dcp")
_NOT_BEFORE_PHRASE = set("dcpr")  # a function word or pronoun leans on what follows
MIN_PHRASE, MIN_PHRASE_REST = 3, 4


def _phrase_breaks(words: list[tuple[str, list[str], str]]) -> None:
    """Turn some #1 into #2 where CSMSC's labels put a prosodic-phrase break.

    Measured on the labels (benchmarks/bench_g2p.py --breaks): precision 0.64,
    recall 0.23 for #2 inside a clause: the corpus breaks more often
    than syntax alone tells, so we only break where it is likely.
    """
    tags = _word_tags()
    since = 0  # syllables since the last break of #2 or more
    for i in range(len(words) - 1):
        text, syls, brk = words[i]
        since += len(syls)
        if brk == PAUSE_CLAUSE:
            since = 0
        if brk != PAUSE_WORD or since < MIN_PHRASE:
            continue
        rest = 0
        for nxt_text, nxt_syls, nxt_brk in words[i + 1 :]:
            rest += len(nxt_syls)
            if nxt_brk == PAUSE_CLAUSE or rest >= MIN_PHRASE_REST:
                break
        if rest < MIN_PHRASE_REST:
            continue
        last, nxt = tags.get(text, "?")[:1], tags.get(words[i + 1][0], "?")[:1]
        opens = nxt in _PHRASE_OPENERS and last not in _NOT_BEFORE_PHRASE
        if opens or (last == "n" and nxt == "v"):
            words[i] = (text, syls, PAUSE_PHRASE)
            since = 0


def _word_tags() -> dict[str, str]:
    """jieba's part-of-speech tag for each word of its dictionary."""
    return _posseg().dt.word_tag_tab


def _posseg():
    """jieba.posseg with its tag table shared (`jieba_loader.loaded_posseg`)."""
    return loaded_posseg()


def _cross_word_sandhi(words: list[tuple[str, list[str], str]]) -> None:
    """Third-tone sandhi across a monosyllable and the next word (很好 hen2 hao3),
    and across any two words of one prosodic word (这种#0鸟 zhong2 niao3)."""
    for i in range(len(words) - 1):
        text, syls, brk = words[i]
        nxt = words[i + 1][1]
        joined = brk == PAUSE_SYLLABLE or (brk == PAUSE_WORD and len(syls) == 1)
        if joined and syllable_tone(syls[-1]) == "3" and syllable_tone(nxt[0]) == "3":
            syls[-1] = syls[-1][:-1] + "2"


_NUMERALS = set("零〇一二三四五六七八九十百千万亿两幺")
_DIGITS = set("零〇一二三四五六七八九十两幺点")  # after 一 these make a number read digit by digit
# 为 wei4 (for): after a modal or adverb, or before the person it is for.
_BEFORE_FOR = set("要将来是也都正在不而能可会愿想只就又还更再并均专经曾样别意")
_FOR_WHOM = set("您你我他她它咱大群人儿")
# Before 为 "is" (wéi): 分别为, 均为, 图为 (a photo caption).
_COPULA_BEFORE = ("分别", "均", "皆", "即", "乃", "图", "约", "仅", "依次", "实", "不愧", "可能", "可以称")
# After 藏 zàng (Tibetan): 藏医, 藏药, 藏族, 藏语, 藏文, 藏历, 藏羚羊, 藏獒, 藏戏, 藏袍, 藏式.
_TIBETAN_BEFORE = set("医药族语文历羚獒戏袍式传")
# Surnames read otherwise than the character's usual reading.
_SURNAMES = {"曾": "zeng1", "单": "shan4", "解": "xie4", "区": "ou1", "仇": "qiu2", "查": "zha1", "朴": "piao2",
             "盖": "ge3", "乐": "yue4", "薄": "bo2", "任": "ren2", "尉": "yu4", "缪": "miao4", "覃": "qin2",
             "翟": "zhai2", "召": "shao4", "隗": "wei3", "华": "hua4", "阚": "kan4", "燕": "yan1", "相": "xiang4"}  # fmt: skip
# Surnames whose other readings are archaic (覃 tán, 翟 dí, 隗 kuí, 阚 hǎn): read as the surname wherever no phrase has them.
_RARE_SURNAMES = set("覃翟隗阚")
# Titles after which a lone 任 is still the verb, to serve as (他任市长, 任总经理): only these make it the surname.
# What makes a 任 after it the verb, to serve as (曾任, 先后任, 并任, 现任…: jieba's nr 任中华 in 曾/任中华能源基金会).
_SERVING_BEFORE = set("曾现历兼出担调继连升改转留新再并原后时首")
_REN_TITLES = ("先生", "女士", "老师", "同志", "同学", "大爷", "大妈", "阿姨", "小姐", "师傅", "老师傅")
_TITLES = ("先生", "女士", "教授", "书记", "老师", "主任", "同志", "同学", "院士", "医生", "局长", "市长", "县长",
           "部长", "省长", "厅长", "处长", "科长", "所长", "经理", "董事长", "总裁", "主席", "委员", "代表", "师傅",
           "大爷", "大妈", "阿姨", "小姐", "老师傅", "总")  # fmt: skip
# More titles after a lone surname (仇/議員, 曾/博士, 单/院长), but not after 区, a district (區/議員, 区/法院).
_MORE_TITLES = ("议员", "博士", "法官", "校长", "院长", "会长", "律师", "大律师", "教练", "议长", "社长", "团长", "队长", "馆长")
# Characters of transliterated foreign names (查戈斯, 查尔斯: 查 is chá there), rare in Chinese given names.
_TRANSLITERATION = set("斯尔戈姆夫基卡普威顿丝")
# Characters of transliterated names around 塞 (谭/德塞, 胡塞, 罗塞/芙, 塞斯, 塞克, 西塞, 塞/德维尔): not 加 (加塞, jumping
# a queue), 得 (塞得满满的), 多 and 万 (塞多了, 塞万元), 路 (塞路), 门 (塞门), which make native words with it.
_SAI_NAME_CHARS = set("尔维亚俄比拜疆浦斯舌拉利昂内德胡鲁埃阿穆韦尼瓦托波夫提克西萨思格赫巴纳罗缪马库卡塔特何伊芙蒂安里")
# Countries whose short form is 塞 (jieba's 中塞, 塞方 are DICTIONARY_FIXES), and what follows 塞 the verb, to stuff
# (塞了, 塞进, 塞给, 塞满, 被塞爆): 塞 stands for the country only where the text names it and none of these follows.
_SAI_COUNTRIES = frozenset("塞尔维亚 塞内加尔 埃塞俄比亚 塞舌尔 塞浦路斯 塞拉利昂 中塞 塞中 塞方 匈塞".split())
_STUFFING_AFTER = set("了着过进满给入到住下上爆回去在得不紧好")
_SE_BEFORE = set("堵阻挤擠淤瘀闭閉梗栓壅")  # 塞 after these is sè (堵塞, 淤塞, 闭塞, 梗塞, 栓塞, 壅塞)
_SAYING = ("表示", "说", "指出", "认为", "介绍", "告诉", "透露", "坦言")
_BYLINE_BEFORE = frozenset("记者 通讯员 实习生 特约记者 发言人 姓".split())
# Titles a name follows (特使解晓岩, 局长/院长…, 书记, 负责人; also 村民, 居民, 市民: 村民任德旭): they anchor a name of three
# characters jieba's HMM made.
_TITLES_BEFORE = ("长", "书记", "主任", "特使", "大使", "负责人", "主席", "委员", "代表", "经理", "总裁", "专家", "教授", "院士",
                  "研究员", "工程师", "发言人", "议员", "部长", "总监", "董事", "村民", "居民", "市民")  # fmt: skip
# Characters that follow 曾/单/解… as words, not as a given name: 曾是, 曾在, 单从, 解不开.
_NOT_IN_GIVEN_NAMES = set("人经是任在获多一两三被为有参与和对把将从向于以到的了也都还就不没让使给由出入过者之")
# Surnames whose other readings seldom open a run of three characters jieba's HMM makes (曾俊華, 朴元淳, 仇栩欣).
_HMM_SURNAMES = set("曾朴仇")
# 试图为他止血: 图 is a verb of trying there, not a photo caption's 图为.
# Copula-like adverbs (分别为三人和五人, 均为学生, 仅为一成) that leave 为 "for" when a deed for whom follows it in its clause
# (分别为获奖作家…颁奖, 仅为其自身谋利益, 均为企业提供服务; 服务 may name a kind: 均为社区服务岗位).
_EACH_ONLY_BEFORE = ("分别", "均", "皆", "仅", "依次")
# Manners of holding an event or raising money, before 举行, 颁奖, 募集 after 为 "is" (会议为闭门举行, 基金为公开募集的).
_MANNERS_OF_DEEDS = ("闭门", "线上", "线下", "网上", "集中", "统一", "公开", "现场")
_PUNCTUATION_CLOSING = ("，", "。", "；", "！", "？", "、", "：")
_TRYING = ("试图", "企图", "意图", "力图", "妄图")
# The two countries, sides or parties, after 为: no amount that 为 "is" (为两国关系健康稳定发展发挥了重要作用, 为两岸同胞谋福祉).
_TWO_SIDES = ("两国", "两岸", "两党", "两军", "两院")
# Adverbs of manner or time ending like 实为, 即为, 仅为 ("is"): 切实为基层减负, 立即为患者实施按压, 确实为其应用提供空间,
# 不仅为文化传播注入了新活力 leave 为 to the other rules (落实为, 亦即为, 仅为 keep the copula).
_ADVERBS_LIKE_COPULA = ("切实", "确实", "着实", "扎实", "立即", "当即", "随即", "旋即", "不仅")
# Who 为 wèi is for: 为人民服务, 为大家, 为群众 (not 为人民币, 为人所知, 为大: "is").
_BENEFICIARIES = ("人民", "人们", "大家", "大伙", "群众", "民营", "儿童", "儿女", "孩子", "百姓", "老百姓", "患者", "市民", "游客", "读者", "观众", "居民", "学生", "家长", "客户", "祖国", "国家", "企业", "社会")
_NOT_BENEFICIARY = ("人民币",)
# After these, 为 and the next character are a word read wéi (为期三天, 为时已晚, 为数不多, 为难, 为止).
_WEI2_WORD_AFTER = set("期时数难止")
# These after 为 at a clause's end (or before 的/了) make it "is, as": 以…为主, 为首的, 死者为大.
_WEI2_AT_CLAUSE_END = set("主首例宜准限荣佳妙大上重先本伍伴生之")
# Nouns of amount, kind or state before 为 "is": 收入为, 比例为, 情况为, 面积为, 主题为.
_AMOUNT_BEFORE_IS = set("况入例积间题称准额标量率度格价值型址期")
# Places ending in a character of amount (网格, a grid of a community, 车间): they do things for whom 为 names (社区第八网格为
# 居民进行各项服务), as an adverb before it does.
_PLACES_LIKE_AMOUNTS = ("网格", "车间")
# Words ending in 量 that are no amount, before a 为 that is for what it names: 和平的力量为正义并肩而战 (wèi).
_NOT_AMOUNTS = ("力量", "商量", "考量", "较量", "思量", "掂量")
# What a force does for someone (进步力量为中国提供帮助, 科技力量为…赋能; 以…为依托、社会力量为补充的体系 stays wéi).
_DEEDS_FOR = ("提供", "赋能", "助力", "保驾护航", "贡献", "作出", "做出", "出力", "献策")
# Deeds done for whom 为 names, looked for across the clause where no other rule took 为 (合作社为马铃薯注册商标, 每年为城市
# 节水, 共同为…患者开展线上诊断, 为辖区…定下总基调, 为困难群众办事).
_DEEDS_FAR_FOR = ("注册商标", "注册", "节水", "节省", "节约", "减少", "生产", "开展", "助力", "购买", "采购", "捐赠", "送饭", "进行",
                  "减免", "拉响", "提出", "拓展", "营造", "干活", "兴建", "铺垫", "划清", "谋利", "授课", "讲授", "培训",
                  "配备", "充当", "建立", "办事", "培养", "开出", "给予", "定下", "保温", "添砖加瓦", "流血牺牲",
                  "高度负责", "共同努力", "新增", "上线", "找到", "撰写", "把脉", "减负", "奠定", "指明", "接种", "付出",
                  "植入", "配戴", "佩戴", "验配", "体检", "义诊")  # (care for patients: 为…听力残疾人植入人工耳蜗或配戴助听器)
# What 以…身份/名义为 takes as, besides the frames (以核实身份为由, 以教师身份为荣, 以…身份为例).
_AS_CAPACITY_FRAMES = ("由", "荣", "傲", "耻", "例", "主", "准", "依据", "标准", "前提", "条件")
# May, that is, before 为 "is" (可能为, 即为) unless a deed for whom follows (可能为游客节省, 即为…接种疫苗).
_MAY_OR_THAT_IS = ("可能", "即")
# Mostly, all, before 为 "is" or "by" (大都为本院师生捐赠, 大多为外地务工人员).
_MOSTLY_BEFORE = ("大都", "大多", "大多数", "多半", "大部分", "全部", "全都")
# What an aim, a standard or a rule is, before 为 "is" (目标为全面营造…, 标准为每车配备, 要求为…).
_AIMS_IS = frozenset("目标 标准 要求 原则 任务 方式 方法 做法 内容 形式 措施 规定 安排 计划 特点 定位 职责 职能".split())
# Words of the weather before 为 "is": 天气为小雨转阴, 风力为三级 (勇气为, 空气为 are left to the other rules).
_WEATHER_IS = ("天气", "天空", "风力", "风向", "气温", "天况")
# What such a word is, after 为: 晴, 阴, 多云, 小雨, 东北风 (晴好天气为小麦收割创造了条件 is "for").
_WEATHER_AFTER = ("晴", "阴", "多云", "小雨", "中雨", "大雨", "暴雨", "阵雨", "雷阵雨", "雨", "雪", "小雪", "中雪", "大雪", "雨夹雪",
                  "雾", "霾", "东风", "南风", "西风", "北风", "东北风", "东南风", "西北风", "西南风", "偏", "微风", "零") + tuple(
    "一二三四五六七八九十两")
# Verbs of intent or saying after which 为 + verb is "for": 决定为他手术.
# Verbs of stepping in, after which 为 is always "for", whatever jieba tags what follows (出手为行业降温: 降温 a noun).
_STEPPING_IN = frozenset("出手 出招 出面 出资 出钱 发力 发声 奔走 呼吁 撑腰".split())
# And of hope or aim (希望为医院的智能化做出一些努力, 有利于为世界经济提供稳定器, 涉嫌为东京获取主办权行贿).
_CLAUSE_VERBS = frozenset("决定 设法 试图 企图 力图 表示 愿意 乐意 准备 打算 努力 专门 继续 持续 主动 积极 负责 "
                          "希望 期待 期望 渴望 盼望 有望 有利于 涉嫌 致力于 旨在 力争 争取 应该 应当 能够 开始".split()) | _STEPPING_IN
_HUAN_WORDS = frozenset("还款 还贷 还债 还钱 还清 还给 还本 还息 还本付息".split())
# 一楼, 一号, 一线: 一 is "first" there, and keeps yi1 (pypinyin's dictionary says so).
_ORDINAL_AFTER_YI = set("楼号线中层级期届班排连营审季")
_DEGREE = set("较很更最太过特挺稍偏极")
# After a noun and 得 děi (must), what is said next: 锅底得是硬柴, 做人得有情义, 企业得加把劲. Other
# verbs after a noun's 得 are as often its object (一键得帮助, 群众得实惠: dé), and a noun jieba tags
# may be a verb with a particle 得 (装点得无比绚烂).
_TIME_NEEDED_AFTER = re.compile(
    r"[一两二三四五六七八九十百千几半]+多?个?多?(?:小时|钟头|天|分钟|年|个月|月|周|星期)(?:多|左右|以上|上下|之久)?"
)  # a stretch of time closing its clause after 得: how long a thing takes (得十多个小时，)
_MUST_THEN = frozenset("有 是 靠 先 把 让 花 等 加把劲 抓紧 赶紧 尽快 马上 好好 提前 自己".split())
# What one gets, after 得 dé with no verb before it (群众得实惠, 让百姓真正得好处): nouns only ever
# got, and words that are also verbs (你得帮助他: děi), got only when nothing follows in the clause
# (一键得帮助, 困难群众得救助) or 的 does.
_GAINS = frozenset("实惠 好处 利益 益处 收益 红利 福利 便利 甜头 实利 奖金 荣誉".split())
_GAINS_OR_VERBS = frozenset("帮助 支持 救助 补偿 补贴 奖励 关爱 方便 回报 照顾 保障 温暖 服务 尊重 提拔 重用 表彰 嘉奖 褒奖".split())
# After 得 děi (must) a verb may be a complement of a verb jieba tagged a noun (装点得无比绚烂,
# 飞得起来): these never start what one must do.
_COMPLEMENT_VERBS = frozenset("无比 起来 出来 下来 上来 过来 回来 进来 下去 上去 过去 出去 进去 要命 要死 不行 "
                              "不得了 像 好像 如同 犹如 似".split())
# 把/将/被/让/使 before a noun and 得: the noun is the object and what follows 得 its result (把金秋装点得).
_OBJECT_MARKERS = set("把将被让使叫令给")
# Before 得 dei3 (must): pronouns and adverbs of obligation.
_MUST_BEFORE = frozenset("必须 须 至少 就 也 还 都 总 你 我 他 她 们 只 俺 咱 估计 恐怕 肯定 非".split())
# 为 … 提供: the object of 为 then is who benefits (wei4).
_SERVICE_VERBS = ("提供", "服务", "办实事", "解决", "创造", "送上", "送去", "带来", "排忧", "做好事")
# 为 … 指明方向, 为 … 奠定基础: verbs whose 为-phrase is whom it is done for, however long
# that phrase (为新时代经济工作指明了方向); looked for in the whole clause.
_GUIDING_VERBS = ("指明", "指引", "奠定", "注入", "铺平", "开辟", "保驾护航")
# And what is provided or contributed for someone, however long the 为-phrase (为两国…人员往来提供便利, 为…作出贡献).
_CONTRIBUTING_VERBS = ("提供", "作出", "做出", "贡献", "创造", "带来")
# And effort or a part played for someone (仍为马克思主义理论研究付出心血, 至今仍为…文化教育事业发挥重要作用).
_EFFORTS_FOR = ("付出", "发挥")
# And cheering or advising someone, however long the 为-phrase (为所有辛苦的工人加油打气, 为党的建设建言献策); not at the
# phrase's start nor as the head of a noun (现为加油站: wéi).
_CHEERING_VERBS = ("加油", "打气", "鼓劲", "助威", "喝彩", "点赞", "鼓掌", "叫好", "建言", "献策", "献计", "出谋划策")

# Before 地 dì (land, a place) in a word: 油菜地, 麦田地, 建筑工地, not the
# adverbial ending of 细心地, 意外地, 适当地.
_LAND = set("菜田林草耕绿湿阵场产基工山墓营坟园洼沼荒旱麦稻泥土坡沙碱岗")
# Verbs before 地 as "the place where": 事发地, 所在地, 产卵地, 集散地.
_PLACE_OF_VERBS = ("事发", "案发", "所在", "出生", "出发", "发源", "集散", "聚集", "栖息", "产卵", "越冬", "繁殖",
                   "种植", "养殖", "原产", "登陆", "降落", "落脚", "安葬", "藏身", "避难", "驻扎", "发生", "发祥",
                   "流入", "流出", "输入", "输出", "来源", "承载", "受援", "集聚", "取景", "居留", "拍摄", "旅游", "打卡",
                   "常住", "牺牲", "承包", "滋生", "聚脚", "聚腳", "占领", "佔領", "新高", "大样")
# Words after 地 that follow a place, never a manner: 滑坡地附近.
_NEAR_A_PLACE = ("附近", "周边", "周围", "一带", "之间")

# What 着 zhuó (to wear) puts on, when no verb comes before it (穿着 is zhe).
# What one shoulders after 挑起 (tiāo, not tiǎo, to stir up).
_BURDENS = ("大梁", "担子", "重担", "重任")

_CLOTHES = set("装裙裤衣服袍鞋袜衫屐靴")

# Before 着 zháo (+了): 火着了, 睡着了, 找着了, 累着了.
# A lone 着 ending its clause after these has no verb to be zhe after: zháo, catching fire, coming on (一点就着, 火会着吗).
_BEFORE_CATCHING = frozenset("就 会 能 就会 就能 也会 才 才会 才能 便 即".split())
_ZHAO_BEFORE = set("火点烧找猜摸够冻累饿睡吓急凉见碰赶")

# Before 长 zhǎng (head of): units and bodies that have one.
_LED_UNITS = set("乡镇村县市省区局处科所站队组班部厂校院社馆园团军师连排船机店室司会委厅署矿场")

# Garment words after 着 zhuó (to wear): 礼服, 衣服, 长裤, 服装; a word
# ending in 装 that is no garment (涂装, 包装, 武装) does not count.
_NOT_GARMENT_ZHUANG = set("涂包安武伪组改假散罐瓶袋盒精平加灌封")

# Determiners before 种 as a kind (这种, 各种, 某种, 这些种): no verb "to plant" there.
_KIND_DETERMINERS = set("这那各几多某此该每本同何哪些其嗰")

# Before 种 as "kind" when a verb precedes it (是种, 有种说法): not to plant.
_KIND_AFTER_VERBS = frozenset("是 有 成 为 成为 作为 属于 像 叫 叫做 称为 具有 存在 没有 还有 也是 就是 都是 只是 算是 另".split())

# Adverbs jieba glues onto the verb 种 (还种了, 也种着).
_ADVERBS_BEFORE_PLANTING = set("还也都再又就才没不")
# Before 种 in a word jieba made of them (来种, 要种, 能种, 我种): who plants, or a modal of planting.
_WHO_PLANTS = set("来去要能想敢肯愿我你他她谁咱")

# After 数 that is not "to count": 数小时 (several hours), 数与网, 数和量, 数质量 (number
# and quality), 数智化, 数实融合, 数贸, 数博会, 数谷, 数聚 (digital).
_NOT_COUNTED_AFTER = set("小与和及或质智实贸博谷聚赋商")  # (用数赋智, 以数赋能: data that empowers; 数商兴农)

# After 数 the noun (a number): 备案数最多, 里程数是, 展品数超 (not the verb "count").
_A_NUMBER_IS = set("是都最较超达为占居已仅在")

# A crop or animal before 种 makes its seed or breed (草种, 荸荠种, 猪种), not "to plant".
_BRED = set("草树稻麦菜瓜豆花果茶薯棉蚕猪牛羊鸡鸭鱼荠梅桃苗谷粮蒜葱芽菌芹菇")

# After a noun, 量 is still the verb "measure" before these: 尺子量到底, 体温量了没.
_MEASURED_AFTER = set("了到着过完好一出")

# Verbs before the verb 量 (to measure) that lead into it: 开始量, 帮忙量, 忙着量.
_LEADS_INTO_MEASURING = frozenset("开始 帮忙 需要 继续 负责 准备 用来 坚持 学会 帮助 忙着 赶紧 重新 再次 亲自 主动 轮流 "
                                  "仔细 认真 反复 来回 专门 一起 拿来 用于 给予".split())

# After 量 the noun (an amount): 量的增长, 量大, 量增, 播放量超, 量达 (not the verb "measure").
_AMOUNT_IS = set("的大小多少增减足超达突稳")

# Sizes jieba glues onto the next character (大体/量 for 大/体量).
_SIZE_ADJECTIVES = set("大小巨超微")

# Pronouns jieba glues onto the verb after them (给/他量/两次).
_PRONOUNS = set("你我他她它")

# After 背 bēi (to carry on the back): 背回, 背起, 背着, 背了, 背上, 背到.
_CARRIED_AFTER = set("回起着著了上到走")
# Hong Kong's pronouns, which jieba does not tag; adverbs before 着 zhuó, to bid someone (隨即著人), and verbs of the eyes
# before 着 zhe (睁着眼, 闭着眼).
_CANTONESE_PRONOUNS = frozenset("佢 佢哋 佢地 我哋 你哋".split())
_BIDDING_ADVERBS = frozenset("还 随即 即 遂 并 亦 再 已 便 立即 即时".split())
_EYES_SHUT_OR_OPEN = set("睁闭眯瞪")
_SHIFTS = frozenset("两班 三班 四班 五班".split())
# Degree words before a one-character adjective and 地 the particle (很好地, 较好地, 更早地), and sounds before it (啪地).
_DEGREE_ONE = set("很较更最极太挺")
_SOUNDS_OF = set("啪砰嗖咚哗轰噗咣嘭呼扑咔")

# What is carried on the back (背药箱, 背石头, 背猪草, 背行囊, 背孩子), by the object's last
# character or whole word; what is recited (背课文, 背单词) is bèi.
_CARRIED_LOADS = set("箱包囊篓筐袋柴草粮篮桶娃材仪锅鍋枪")
_CARRIED_WORDS = ("石头", "孩子", "老人", "伤员", "伤者", "病人", "患者", "群众", "村民", "行李", "妻子", "母亲", "父亲")

# After 撒 sǎ (to scatter, sprinkle): what is scattered and where it goes. 撒网, 撒谎, 撒手,
# 撒欢 (sā) and the transliterations (撒哈拉, 耶路撒冷) are words pypinyin reads sā.
_SCATTERED_AFTER = set("下种播满落遍盐鹽药上进向在肥粉籽花胡椒石灰沙土米糖钱币出入到")

# The seed or breeding stock after 种 zhǒng (种猪, 种蛋, 种薯): not "to plant".
_STOCK_AFTER = set("猪牛羊鸡鸭鸽鹅蛋薯禽畜马兔")

# After 长 zhǎng (to grow): 长这么大, 长本事, 长见识.
# Also how a child grows and looks: 还在长身体, 长啥样, 长什么样.
_GROWN_INTO = ("这么大", "那么大", "这么高", "那么高", "本事", "见识", "知识", "记性", "才干", "身体", "啥样", "什么样")

# Leave before 假 jià: 育儿假, 陪产假, 病假 (jia3 is false: 是假的).
_LEAVE_BEFORE = set("儿产婚丧病事休请")

# Nouns of a span or size (周期, 时间, 工期, 路程, 跨度, 链条, 楼龄, 期限) before 长 "is long".
_SPAN_NOUN_ENDS = set("期间程度条龄限")  # (跨度长, 链条长, 楼龄长, 期限长: jieba glues them)

# What 扎 zā (to tie) ties in news text.
_TIED_HAIR = ("辫", "头发", "马尾", "发髻")
# Before a lone 假 jià, a leave or holiday: taken or given (请了假, 请过一次假, 放了三天假, 休了两周假), paid or
# not (无薪假, 带薪假), met on the road (逢假必堵).
_LEAVE_TAKEN = re.compile(r"(?:[请休放][了过]?(?:[零一二三四五六七八九十两几半多]+(?:天|日|周|个月|个星期|星期|次|回)|一?个)?|[无有带]薪|逢|[天薪]年)$")
# After 倒 dǎo (to fall, to change over): a shift (白班倒夜班, 一人倒三班; 倒班 is a word), a side (倒向美国, 倒向一边).
_SHIFTS = ("夜班", "白班", "早班", "中班", "晚班", "三班", "两班", "四班")
_SIDES = ("一边", "一方", "对方", "另一边", "另一方", "西方", "东方")
# Before 倒 dào, everything poured out at once (挑回家的板栗一股脑儿倒在院子里).
# A verb jieba leaves alone before a lone 倒 that it knocks down (撞倒, 割倒, 吹倒, 砍倒): dǎo.
_KNOCKED_DOWN_BY = frozenset("撞 割 砍 吹 刮 绊 扳 撂 踢 砸 掀 拽 碰 挤 晕 病 累 摔".split())
_POURED_ALL = ("一股脑", "一股脑儿", "统统", "通通", "全部")
# Verbs of force after 重重 zhòngzhòng, heavily (重重跺了两下脚, 重重摔下, 重重一击).
_STRUCK = set("跺摔砸打击拍捶敲撞踩踢扔甩落跌")
# Around 散发 sǎnfā, sporadic cases of a disease: 散发病例, 出现散发疫情, 呈零星散发.
_SPORADIC_AFTER = ("病例", "确诊", "疫情", "感染", "病", "病例区", "状态")
_SPORADIC_BEFORE = ("零星", "多点", "呈", "局部", "本土")
# Before 不倒 dǎo: standing (屹立不倒, 永立不倒).
_STANDING = ("屹立", "永立", "挺立", "矗立", "站立", "傲立", "巍然")
# What is tied together from cane, paper and cloth, 扎 zā before it (先扎骨架, 扎风筝, 扎彩门, 扎花圈).
_TIED_CRAFTS = ("骨架", "风筝", "灯笼", "花灯", "彩灯", "彩门", "花圈", "纸人", "纸马", "草人", "彩龙", "龙灯", "草方格")
# After 扎得 zā: how tight (笼子扎得越紧, 扎得很牢); 扎得很深 (roots) stays zhā.
_TIGHT = set("紧牢")

# After a lone 塞 Sài, a country named by its first character (Serbia, Senegal): 塞成为, 塞第二大, 塞最大.
_SERBIA_AFTER = re.compile(r"(?:成为|第[一二三四五六七八九十]+大|最大)")

# After a lone 长 zhǎng, where it grows: 长在身上, 长在这里, 长在别人家竹篱笆后头, 长在山谷间.
_GROWS_AT = re.compile(r"在[^，。；！？]{0,8}?(?:上|里|中|间|后头|这里|那里|边|旁)")

# After 长 zhǎng (to grow): what grows on or in a body.
_GROWN = set("胖痘肉个膘斑疮茧牙")

# Before 朴 pǔ (plain): 简朴, 俭朴, 质朴, 淳朴, 古朴, 纯朴 (朴 piáo is a surname).
_PLAIN_BEFORE = set("简俭质淳古纯")

# After 勒 lēi (to tighten): 勒紧, 勒住, 勒死; elsewhere lè (勒令, names: 萨勒曼).
_TIGHTEN_AFTER = set("紧住死着")

# Before 只 zhī as a measure word (一只羊, 这只猫), unless 只 starts a verb
# phrase (这只是, 那只有): the characters that then follow.
_ONLY_AFTER = set("是有能要会不在好想需")
_COUNTERS_BEFORE = set("这那哪几每多某犬") | set("零〇一二三四五六七八九十两")

# After 数 as a number (数十, 数人, 数年): 数 alone before anything else is to count (shǔ).
_SEVERAL_BEFORE = set("零〇一二三四五六七八九十两百千万亿人年次天日家个名月位条项倍度周分以米刀株辆架艘枚轮批座所吨亩"
                      "秒公起排枪篇里代笔县省国村户句页层步声载宗场")
# (宗, Hong Kong's measure for cases: 涉及数宗案件; 场: 举办了数场公众咨询, not a place: 数场馆里的座位)

# Before 数 and 量 as nouns (这个数, 增加的量): not the verbs "count", "measure".
_A_NUMBER_BEFORE = set("个的嘅这那此该总约其")

# After 教 as a noun-making part (教育, 教学, 教师): else the verb "teach" (jiāo).
_JIAO4_AFTER = set("育学师授室材练堂会派徒条训")

# After 中肯 (pertinent) as an adjective: a clause's end, 的, 地, a question particle, 了, 而 (中肯而全面), and
# 肯綮 (切中肯綮); before it a degree word (很中肯, 较为中肯, 十分中肯).
_NOT_CHINA_KENYA_AFTER = frozenset(["", "的", "地", "吗", "嗎", "了", "綮", "啊", "呢", "而", "且", "又", "些", "得"])

# Sentence-final particles read neutral at a clause's end: 哦 o5, 哟 yo5, 咯 lo5.
_FINAL_PARTICLES = {"哦": "o5", "哟": "yo5", "咯": "lo5"}

# Words where 觉 is jue2 even next to 睡 (睡不着觉 is jiao4; 睡觉的感觉 keeps jue2).
# Before jieba's 着想 these make 着 the particle of a verb of hurry or waiting (急着想, 忙着想, 等着想).
_HURRYING = set("急忙等赶抢争盼")
# 尽 is jǐn (as far as possible) only before these (尽快, 尽管, 尽早, 尽量, 尽可能, 尽先, 尽速, 尽够); elsewhere it is jìn, to
# exhaust, to the full (尽享, 尽显, 尽收眼底, 应检尽检, 尽己所能, 尽最大努力, 已尽), where pypinyin's single-character reading is jǐn.
_JIN3_BEFORE = ("快", "管", "早", "量", "可", "先", "速", "够", "着")
_SEWN_AFTER = set("上合盘补制纫好了着起进成得棉衣袄裤鞋袜扣")  # after 缝 féng, to sew (缝上, 缝合, 缝盘机, 缝好, 缝棉袄)
# 干 gān, dry: after a verb that drains or dries (吃干榨净, 挤干水分, 榨干, 哭干) and after a food dried (鱼干, 芒果干, 虾干, 桃干);
# pypinyin reads a lone 干, and jieba's 榨干, 果干, 杏干, 地瓜干, gàn (to do).
_DRAINING = set("吃挤榨喝吸抽熬流晒晾烘擦蒸烤沥拧舔哭掏淘吹焙炒")
_DRIED_FOODS = frozenset("鱼 虾 菜 果 杏 桃 梅 枣 笋 肉 薯 红薯 番薯 地瓜 萝卜 芒果 牛肉 猪肉 鱿鱼 香菇 蘑菇 辣椒 豆角 葡萄 "
                         "柿子 茄子 土豆 苹果 香蕉 山楂 菠萝 龙眼 荔枝 水果 蔬菜 海带 紫菜 木瓜 南瓜 黄花菜 鱼虾".split())
_JUE_WORDS = frozenset("觉得 感觉 自觉 觉悟 发觉 觉醒 知觉 视觉 听觉 错觉 直觉 警觉 觉察 睡意".split())


def _polyphones_in_context(words: list[tuple[str, list[str], str]], listed: frozenset[int] = frozenset()) -> None:
    """Readings pypinyin gets wrong where a jieba word stands alone or its
    neighbours decide: 觉 (睡个好觉 jiao4), 种 (抢种晚稻 zhong4), 为 (以…为 wei2),
    长, 还, 了 (…不了 liao3), 撒 (撒下 sa3)."""
    flat = [(w, k) for w, (text, syls, _) in enumerate(words) if len(text) == len(syls) for k in range(len(text))]
    chars = "".join(words[w][0][k] for w, k in flat)

    def clause(i: int, step: int, n: int) -> str:
        """Up to n characters before (step -1) or after (+1) position i, within the clause."""
        out = ""
        j = i
        while len(out) < n:
            w_here = flat[j][0]
            j += step
            if not 0 <= j < len(flat):
                break
            if step < 0 and words[flat[j][0]][2] == PAUSE_CLAUSE and flat[j][0] != w_here:
                break
            if step > 0 and words[w_here][2] == PAUSE_CLAUSE and flat[j][0] != w_here:
                break
            out = chars[j] + out if step < 0 else out + chars[j]
        return out

    def clause_across_lists(i: int, n: int) -> str:
        """Up to n characters after position i up to the clause's end, across the list marks 、 inside it
        (为…前所未有的、广泛的、强有力的反应而鼓掌), which stay in as marks."""
        out = ""
        j = i
        while len(out) < n:
            w_here = flat[j][0]
            j += 1
            if j >= len(flat):
                break
            if words[w_here][2] == PAUSE_CLAUSE and flat[j][0] != w_here:
                if w_here not in listed:
                    break
                out += "、"
            out += chars[j]
        return out

    def clause_back_across_lists(i: int, n: int) -> str:
        """Up to n characters before position i back to the clause's start, across the list marks 、 inside it
        (以企业、高校为主体), which stay in as marks."""
        out = ""
        j = i
        while len(out) < n:
            w_here = flat[j][0]
            j -= 1
            if j < 0:
                break
            if words[flat[j][0]][2] == PAUSE_CLAUSE and flat[j][0] != w_here:
                if flat[j][0] not in listed:
                    break
                out = "、" + out
            out = chars[j] + out
        return out

    for i, (w, k) in enumerate(flat):
        text, syls, _ = words[w]
        ch = text[k]
        alone = len(text) == 1
        before, after = clause(i, -1, 6), clause(i, 1, 4)
        reading = _CONTEXT_RULES.get(ch, _rules_for_other_characters)(
            _Context(ch, k, text, syls, w, i, alone, before, after, words, chars, listed, flat,
                     clause, clause_across_lists, clause_back_across_lists)
        )
        if reading and syls[k] != reading:
            was_third = syllable_tone(syls[k]) == "3" or _sandhi_before(ch, syls[k])  # (两只手 was liang2 zhi2 shou3)
            if k > 0 and was_third and syllable_tone(reading) != "3" and _sandhi_before(text[k - 1], syls[k - 1]):
                syls[k - 1] = syls[k - 1][:-1] + "3"  # no 3-3 sandhi before the new reading: 两只 liang3 zhi1
            syls[k] = reading


class _Context(NamedTuple):
    """What the context rules of _polyphones_in_context see of one character: the character ch, k-th in the jieba
    word text (syllables syls, the w-th word), the i-th of the words' characters chars (flat: their (w, k));
    alone, a word of its own; before and after, up to 6 and 4 characters of its clause; and the clause helpers."""

    ch: str
    k: int
    text: str
    syls: list[str]
    w: int
    i: int
    alone: bool
    before: str
    after: str
    words: list[tuple[str, list[str], str]]
    chars: str
    listed: frozenset[int]
    flat: list[tuple[int, int]]
    clause: Callable[[int, int, int], str]
    clause_across_lists: Callable[[int, int], str]
    clause_back_across_lists: Callable[[int, int], str]


def _rules_for_jue_89c9(ctx: _Context) -> str | None:
    """The context rules for 觉, in their order."""
    (ch, k, text, syls, i, alone, before, after, clause) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.clause
    )
    if ch == "觉" and text not in _JUE_WORDS and (
        text in ("睡觉", "午觉", "好觉", "懒觉") or "睡" in before + text + after[:3] or after[:1] == "醒"
        or (text == "觉" and before.endswith(("回头", "回笼")))
    ):
        reading = "jiao4"
        return reading
    if ch == "觉" and k == 0 and before[-1:] == "一":
        reading = "jiao4"  # 一觉醒来: jieba cut 一/觉醒
        return reading
    if ch == "觉" and alone and syls[k] == "jue2" and before == "" and "睡" in clause(i, 1, 8):
        reading = "jiao4"  # sleep, opening a clause that ends on 睡: 觉可以一日不睡
        return reading
    return None


# How a sowing came out, after jieba's 首种, the first sowing (首种失败, 首种成功).
_SOWING_OUTCOMES = frozenset("失败 成功 告捷 失利 落空".split())


def _rules_for_zhong_79cd(ctx: _Context) -> str | None:
    """The context rules for 种, in their order."""
    (ch, k, text, syls, w, i, alone, before, after, words, chars, clause) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.words, ctx.chars,
        ctx.clause
    )
    if ch == "种" and syls[k] != "zhong4" and text == "首种" and k == 1 and _word_after(words, w) in _SOWING_OUTCOMES:
        reading = "zhong4"  # the first sowing, before how it came out: 如果首种失败, 首种成功后 (全球首种新冠疫苗, 首种获批的药物 are kinds)
        return reading
    if ch == "种" and syls[k] != "zhong4" and chars[i - 1 : i] == "朝" and after[:1] in ("夕", "暮"):
        reading = "zhong4"  # sown in the morning, reaped at night, 朝种夕收 (朝 zhāo), where jieba glued 朝种 onto what comes
        return reading  # before it (很/难朝种/夕收); 种 after a 朝 is a kind only before a noun (王朝种种, 清朝种族 keep zhǒng)
    if ch == "种" and alone and syls[k] != "zhong4" and after.startswith("文化") and (
        before[-1:] not in set("这那各一两几多某此该每本同何哪") | _NUMERALS
    ):
        reading = "zhong4"  # to grow culture, the slogan beside 送文化: 帮带基层“种文化” (这种文化, 一种文化 are kinds)
        return reading
    if ch == "种" and alone and words[w][2] == PAUSE_CLAUSE and (
        (chars[i + 1 : i + 2] == "肥" and chars[i + 2 : i + 3] in set("药农"))
        or (chars[max(0, i - 2) : i] == "肥水" and w > 0 and words[w - 1][2] == PAUSE_CLAUSE)
    ):
        reading = "zhong3"  # seed, listed with fertiliser and pesticide: “种、肥、药”全程可追溯, 土、肥、水、种、管 (种树、种草 stay zhòng)
        return reading
    if ch == "种" and alone and chars[max(0, i - 2) : i] == "科属" and w > 0 and words[w - 1][2] == PAUSE_CLAUSE:
        reading = "zhong3"  # a species, the rank after genus: 二十一个科、属、种 (界、门、纲、目、科、属、种)
        return reading
    if ch == "种" and text == "地种" and k == 1 and syls[k] in ("zhong3", "zhong2") and after[:1] not in set("子类群业源质性族系属"):
        reading = "zhong4"  # planting, in jieba's 地种 (几亩地种上了柑橘, 踏踏实实地种蒜)
        return reading
    if ch == "种" and k == 0 and text != "种苗" and (
        after[:1] in set("树菜地田粮花草瓜豆稻麦果茶药苗玉棉桑蒜下上了出好到在满进起着") or _planted_amount(after)
        or after.startswith(_CROPS + ("养殖", "养结合")) or re.match(r"[一两几二三四五六七八九十]+个?大?棚", after)
    ) and (
        before[-1:] not in set("这那各一两几多某此该每本同何哪品物兵良杂纯变特鼠") | _NUMERALS
    ):
        reading = "zhong4"
        return reading
    if ch == "种" and alone and before[-1:] in set("抢栽耕播补套轮复间混试"):
        reading = "zhong4"
        return reading
    if ch == "种" and k == 1 == len(text) - 1 and text[0] in _ADVERBS_BEFORE_PLANTING | set("上里") and not _in_phrase_dict(text) and (
        after[:1] in set("了着过") or _planted_amount(after)
    ):
        reading = "zhong4"  # jieba's 还种 (还种了四季豆, 还种几亩花生), 上种 (田埂上种一点香蒜)
        return reading
    if ch == "种" and alone and (after == "" or after[:1] == "的" or after[:2] == "还是") and w > 0 and (
        before[-1:] not in _NUMERALS | _KIND_DETERMINERS | _BRED
        and not (before[-1:] in ("余", "多", "来") and before[-2:-1] in _NUMERALS)  # 两百五十余种, 十多种: kinds
        and not _in_phrase_dict(words[w - 1][0][-1:] + "种")
    ):
        reading = "zhong4"  # to plant, ending a clause or before 的: 用机器种？ 头一季种的西蓝花 (a kind needs a noun after it)
        return reading
    if ch == "种" and alone and before == "" and after and after[:1] not in _STOCK_AFTER:
        reading = "zhong4"  # to plant, opening a clause: 种蘑菇能挣钱？ 种之前, 养鸡、种香菇 (a kind needs a word before it)
        return reading
    if ch == "种" and k == len(text) - 1 == 1 and text[0] in _WHO_PLANTS and not _in_phrase_dict(text) and (
        before[-1:] not in set("外原本良品物引") and after[:1] not in set("子类群业源质性族系属")
    ):
        reading = "zhong4"  # jieba's 来种, 要种, 能种, 我种 (号召大家都来种, 从让我种到我要种, 一年能种五季): to plant
        return reading
    if ch == "种" and k == len(text) - 1 and len(text) > 1 and after.startswith(("什么", "啥")) and (
        text[k - 1] not in _NUMERALS | _KIND_DETERMINERS and not _in_phrase_dict(text)
    ):
        reading = "zhong4"  # jieba's 选好种/什么: what to plant (一种什么东西 is a kind)
        return reading
    if ch == "种" and k == len(text) - 1 and text[k - 1 : k] == "会":
        reading = "zhong4"  # jieba's 会种, 就会种 (会种得安心, 祖先就会种): can plant; pypinyin reads the noun
        return reading
    if ch == "种" and k == 0 and text in ("种后", "种点", "种个", "种些"):
        reading = "zhong4"  # jieba's 种后即管, 种点蔬菜: planting
        return reading
    if ch == "种" and alone and before[-1:] == "是" and _crop_then_de(words, w):
        reading = "zhong4"  # 是 and the planting of a crop made a noun by 的: 整条村都是種/西芹/的 (是种 X alone may be a kind)
        return reading
    if ch == "种" and alone and _planting_verb(words, w):
        reading = "zhong4"  # to plant, after a verb, preposition or adverb: 开始种竹子, 在种, 负责种水稻
        return reading
    if ch == "种" and alone and syls[k] != "zhong4" and chars[i - 1 : i] in ("耕", "播", "栽") and chars[i + 1 : i + 2] in ("管", "收", "养"):
        reading = "zhong4"  # the steps of farming listed: 耕、种、管、收 (jieba cut 耕/种)
        return reading
    if ch == "种" and k == len(text) - 1 > 0 and text[k - 1] in set("以先从乱") and syls[k] in ("zhong3", "zhong2") and not _in_phrase_dict(text) and (
        text[k - 1] == "乱" or after == "" or after[:1] in _BRED | set("好上下了出些点满后") or after.startswith(_CROPS)
        or (text[k - 1] == "先" and _crop_after_de(clause(i, 1, 12)))
    ):
        reading = "zhong4"  # planting, in jieba's 以种, 从种, 先种, 乱种 (以种葡萄为生, 从种好牧草开始, 乱栽乱种、; 以种类 is a kind),
        # and 先种 before a crop a 的-phrase describes (先种抗杂菌强的平菇)
        return reading
    if ch == "种" and k == len(text) - 1 > 0 and text[k - 1] in _PLANTING_BEFORE_IN_WORD and syls[k] in ("zhong3", "zhong2") and (
        not _in_phrase_dict(text) and after[:1] not in set("子类群业源质性族系属") and (
            after[:1] in _BRED | _PLANTED_AFTER or after.startswith(_CROPS) or _planted_amount(after)
        )
    ):
        reading = "zhong4"  # planting, in jieba's 只种, 靠种, 光种, 学种, 刚种, 已种, 里种 before a crop or a complement (只种玉米,
        # 靠种土豆, 光种橙子, 大棚刚种下, 石头缝里种粮食; 只/种猪, 本地种 are not cut so)
        return reading
    return None


def _rules_for_sai_585e(ctx: _Context) -> str | None:
    """The context rules for 塞, in their order."""
    (ch, k, syls, w, alone, before, after, words) = (
        ctx.ch, ctx.k, ctx.syls, ctx.w, ctx.alone, ctx.before, ctx.after, ctx.words
    )
    if ch == "塞" and syls[k] != "sai4" and _transliterated_sai(words, w, k):
        reading = "sai4"  # in a transliterated name (谭/德塞, 胡塞武装, 塞/德维尔): sài, as in 塞尔维亚 (DICTIONARY_FIXES)
        return reading
    if ch == "塞" and alone and syls[k] != "sai4" and _sai_country_short(words, w):
        reading = "sai4"  # the country's short form where the text names it (在塞内加尔…在塞建厂, 运抵塞首都, 推动中塞…与塞振兴)
        return reading
    if ch == "塞" and alone and before[-1:] in _SE_BEFORE:
        reading = "se4"  # blocked, where jieba cut the word (道路愈擠/塞, 水位瘀/塞): sè, as in 堵塞, 淤塞
        return reading
    if ch == "塞" and alone and syls[k] == "sai1" and before[-1:] not in set("被把将") and _SERBIA_AFTER.match(after):
        reading = "sai4"  # a country (Serbia, Senegal) named by its first character: 塞成为第一个, 保持塞第二大贸易伙伴地位
        return reading
    return None


def _rules_for_wei_4e3a(ctx: _Context) -> str | None:
    """The context rules for 为, in their order."""
    (ch, k, text, syls, w, i, before, after, words, listed, clause, clause_across_lists, clause_back_across_lists) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.i, ctx.before, ctx.after, ctx.words, ctx.listed, ctx.clause,
        ctx.clause_across_lists, ctx.clause_back_across_lists
    )
    reading = None
    if ch == "为" and ctx.alone and syls[k] != "wei2" and after[:1] in _WITH_WHOM_AS and (
        before[-2:-1] == "与" or before[-3:-2] == "与"
    ) and "为" not in before[-2:]:
        reading = "wei2"  # be … with whom: 与邻为善, 与人民为敌, 与狼为伍 (与邻国为地区和平作出贡献 keeps wèi)
        return reading
    if ch == "为" and ctx.alone and after[:1] == "由" and _takes_as(clause_back_across_lists(i, 48), "为") and not (
        _far_deed_for(clause(i, 1, 40)) or _deed_for_ahead(clause(i, 1, 40)) or _MADE_BY.search(clause(i, 1, 24))
    ):
        reading = "wei2"  # take as the reason, 以…为由, after a quote or a list too: 以“安全原因”为由至少三次推迟, 以政府换届、
        return reading  # 机构调整等为由违约毁约, 以「大是大非」為由 (…混淆，为由风及腐…提供了可能空间: no 以; 以实际行动为由
        # 村民组成的合作社争取贷款: for what they made; both keep wèi)
    if ch == "为" and ctx.alone and _FRAME_OF_A_NOUN.match(clause(i, 1, 8)) and _frames_after_yi(clause_back_across_lists(i, 48)):
        reading = "wei2"  # take as, 以… or its list of frames before a frame and 的 (以创新价值、能力、贡献为导向的人才评价机制,
        return reading  # 以党组织为核心、党员示范户为纽带的“十乘十”组织体系; 为核心企业的上下游提供融资 keeps wèi: no 以)
    if ch == "为" and ctx.alone and _frame_phrase(clause(i, 1, 12)) and _yi_before_frames(clause_back_across_lists(i, 48)) and not (
        _for_the_people(words, w, k)
    ):
        reading = "wei2"  # take as, 以… or its list of frames before a frame noun phrase closing the clause or before 的
        return reading  # (以人民呼声、人民需要为根本目标, 以…思想为统领, 以居家为基础、机构为补充的, 以此为特点的服务; 以优质服务
        # 为客户提供支撑, 以更大的热忱为人民服务 keep wèi)
    if ch == "为" and ctx.alone and any(
        clause(i, 1, 8).startswith(frame) and "为" + frame + "向" in clause(i, -1, 24)
        and "为" not in clause(i, -1, 24).rsplit("为" + frame + "向", 1)[1]
        for frame in _FRAMES
    ):
        reading = "wei2"  # from one frame toward the same, 从X为中心向Y为中心 with no 以: 从疾病为中心向健康为中心转变
        return reading  # (as the 为 before it; 向…为中心的企业提供服务 has no 为中心向 before it: wèi)
    if ch == "为" and ctx.alone and _turned_from_before(words, w) and not (
        _for_the_people(words, w, k) or _far_deed_for(clause(i, 1, 40)) or _deed_for_ahead(clause(i, 1, 40).split("的")[0])
    ):
        reading = "wei2"  # turn … into, 变…为 (变“企业找上门”为“服务追上门”, 变“人找政策”为“政策找人”, jieba's 变堵/为/疏;
        return reading  # 变着法子为群众办事: no 变 alone; 变了方式为群众提供服务: a deed for whom, wèi)
    if ch == "为" and ctx.alone and w > 0 and words[w - 1][2] == PAUSE_WORD and words[w - 1][0].endswith(("体现", "表现")) and not (
        _for_the_people(words, w, k) or (
            _whom_starts(clause(i, 1, 40))
            and (_deed_for_ahead(clause(i, 1, 40).split("的")[0]) or _far_deed_for(clause(i, 1, 40)))
        )
    ):
        reading = "wei2"  # shows as, what 体现, 表现 come out as (集中体现为依托产业场景实现技术快速迭代的能力, 还体现为它拥有
        return reading  # …, 深刻体现为艺术语言的新创造; 体现为人民服务的宗旨, 表现为企业提供了有力支撑: for whom, wèi)
    if ch == "为" and ctx.alone and clause(i, 1, 3) in ("代表的", "代表") and _takes_as(clause_back_across_lists(i, 48)):
        reading = "wei2"  # take as the example, 以…为代表的: 以网络攻击、电磁干扰、认知控制等为代表的“软杀伤”, 以…为代表的
        return reading  # 公益服务机构 (为代表们提供服务, 为代表知情知政提供信息支撑 keep wèi)
    if ch == "为" and ctx.alone and w > 0 and words[w - 1][2] == PAUSE_WORD and (
        words[w - 1][0] == "意" or (words[w - 1][0] == "主要" and not _any_deed_for(clause_across_lists(i, 32), clause(i, 1, 24)))
    ):
        reading = "wei2"  # means, 意 alone before it: 若保赤子之语，意为主政者要像…, 意为战胜恐惧; and mostly is, after 主要 with no
        return reading  # deed for anyone after it: 内容主要为自…起, 二层主要为…卧室书房 (主要为低轨小卫星提供发射服务, 主要为企业服务 keep wèi)
    if ch == "为" and ctx.alone and w > 0 and words[w - 1][2] == PAUSE_WORD and words[w - 1][0].endswith(_MOSTLY_BEFORE) and (
        not _any_deed_for(clause_across_lists(i, 32), clause(i, 1, 24)) and not _far_deed_for(clause(i, 1, 40), _DEEDS_FAR_FOR)
        and not re.search("[了过]", clause(i, 1, 40))
    ):
        reading = "wei2"  # all or mostly are, after 全部, 大部分, 大都 with no deed for anyone after it: 装备全部为中国制造, 大部分为
        return reading  # 主动选择停业退出, 大都为十七世纪传入欧洲的明清刻本 (全部为灾区捐赠, 大多为老人提供服务, 大都为员工缴纳了社保: wèi)
    if ch == "为" and k == 1 and text in _ADVERB_GLUED_FOR and syls[k] == "wei2" and (
        _word_tags().get(_word_after(words, w), "")[:1] not in ("a", "d", "v")
        and _any_deed_for(clause_across_lists(i, 32), clause(i, 1, 24)) and not _passive_suo(clause(i, 1, 24))
    ):
        reading = "wei4"  # for whom, where jieba glued an adverb or 中 onto 为 and a deed for them follows: 既为一域争光、更为全局
        return reading  # 添彩, 更为群众提供了便利, 在增光一域中为全局添彩 (更为重要, 更为完善的服务体系, 更为有效地提供 keep wéi)
    if ch == "为" and ctx.alone and _regards_before(words, w) and not _any_deed_for(clause_across_lists(i, 32), clause(i, 1, 24)):
        reading = "wei2"  # regard … as, 视 alone a few words back: 拉美民众视中国为可参照的…, 要继续视对方为伙伴, 視市民為不懂民主的,
        return reading  # 视共产党人的职务为责任与使命 (重视…为…提供, 视若无睹为…制造: words of their own)
    if ch == "为" and ctx.alone and _word_after(words, w) == "主题" and _takes_as(clause_back_across_lists(i, 48)):
        reading = "wei2"  # take as the theme, 以… longer than the window of the frames: 以…长效机制为主题进行集体学习, 以学习贯彻
        return reading  # 习近平新时代中国特色社会主义思想为主题主线 (为主题教育提供保障 keeps wèi, no 以)
    if ch == "为" and ctx.alone and w > 0 and words[w - 1][2] == PAUSE_WORD and (
        _word_tags().get(words[w - 1][0], "")[:1] == "n" and _event_deed_named(clause(i, 1, 24))
    ):
        reading = "wei2"  # is, before a deed for whom named as a noun: 最后一项议程为颁奖, 该基金为公开募集的, 会议为闭门举行
        return reading  # (为其颁奖, 为获奖者颁奖, 为灾区募集 keep wèi)
    if ch == "为" and text == "为何" and k == 0 and after == "何" and w > 0 and words[w - 1][2] == PAUSE_WORD and (
        _word_tags().get(words[w - 1][0], "")[:1] == "n" and not _word_tags().get(words[w - 1][0], "").startswith("nr")
    ):
        reading = "wei2"  # is what, a noun's 为何 ending its clause: 暴動的標準為何。, 目的為何，, 原因為何，, 結果為何，
        return reading  # (不知为何，, 这是为何？, 为何要重提 keep wèi, why)
    if ch == "为" and ctx.alone and _AIM_BEFORE_SUO.match(clause(i, 1, 40)) and _DONE_FOR_AIM.search(clause(i, 1, 40)):
        reading = "wei4"  # for an aim, then what was done for it: 包括为促进…对接合作所做工作, 中国政府为保护中国人民所采取的行动
        return reading  # (为人民所喜爱, 为支持者所称道: the passive, wéi)
    if ch == "为" and ctx.alone and after[:1] == "咗":
        reading = "wei4"  # Cantonese 為咗, 为了, for: 無謂為咗某啲嘢破壞 (成為咗 is a word)
        return reading
    if ch == "为" and ctx.alone and w > 0 and words[w - 1][0] in _ATTRIBUTES_IS and words[w - 1][2] == PAUSE_WORD and (
        _is_what_follows(words, w, clause(i, 1, 24), after)
    ):
        reading = "wei2"  # is, after what names a thing's property: 原因為不滿工作性質, 報告目的為推動學校發展, 控罪為阻差辦公,
        return reading  # 母公司為…, 表決結果為一百二十四票贊成 (的原因為自己辯護, 目的為市民提供選擇: a deed for someone, left)
    if ch == "为" and ctx.alone and before.endswith("不可") and (after == "" or after[:1] == "而"):
        reading = "wei2"  # to do, where nothing is done for anyone: 事不可為，, 何事不可为？, 知不可為而為, 明知不可为而为之
        return reading  # (不可为外人道, 不可为他作担保 keep wèi)
    if ch == "为" and ctx.alone and clause(i, 1, 8) in _FRAMES + _GUIDES and syls[k] != "wei2":
        reading = "wei2"  # "as", before a frame ending the clause, in a list of them after one 以 (以…为龙头、县级党校为枢纽、
        # 乡镇党校为支撑; 以思政课程为主渠道、实践育人为支撑): no deed follows for 为 wèi to be "for"
        return reading
    if ch == "为" and text == "人为" and k == 1 and _feeling_for_it(words, w):
        reading = "wei4"  # jieba's 人为 before 之 and a feeling: 中国/人为/之/自豪, 世人为之赞叹 (人为之祸 keeps wéi)
        return reading
    if ch == "为" and text == "多为" and k == 1:
        # more for: 多为群众做实事, 多为国家做贡献; else mostly are (村庄多为山区, 住户多为外地来的务工人员, 多为名家所作)
        reading = "wei4" if _doing_for(clause(i, 1, 24)) and not _passive_suo(clause(i, 1, 8)) else "wei2"
        return reading
    if ch == "为" and (syls[k] == "wei4" or _modal_glued(text, k)) and not _in_phrase_dict(text):
        # 为 alone or glued on by jieba: "for" (wei4) before its object at the
        # start of a clause or after a modal/adverb, or before a verb of service;
        # else the copula "is, as" (wei2).
        ahead = clause(i, 1, 8)
        # 以…为…: "take … as", when what lies between is a noun phrase (not 以…身份起诉就是为)
        window = clause(i, -1, 16)
        frame = next((f for f in _FRAMES + _GUIDES if ahead.startswith(f)), "")
        if frame and not _takes_as(window) and not _verb_follows(ahead[len(frame):]):
            window = clause(i, -1, 24)  # a long 以… before a frame ending the clause: 以习近平新时代中国特色社会主义思想为指导,
            # 以增强…政治功能和组织功能为重点 (以…在平凡岗位上为社会作出贡献 keeps wèi)
        # (a 为 already between them closed that 以: 以…为核心的党中央为我们指明方向)
        with_yi = _takes_as(window) or (bool(listed) and _takes_listed_as(clause_back_across_lists(i, 24)))
        if with_yi and window.endswith(("身份", "名义")) and not after.startswith(_FRAMES + _GUIDES + _AS_CAPACITY_FRAMES):
            with_yi = False  # in the capacity, in the name of: 以记者身份为报纸撰写, 以个人名义为家庭…所负的债务 (以…身份为荣,
            # 以核实身份为由, 以…劳动者身份为基础: take as)
        # where a deed for someone is looked for: the clause, across a list of whom it is for (为天使投资、风险投资提供,
        # 为湖北、安徽等…中小学提供, 为中国发展、人类进步贡献力量)
        deed_span = clause_across_lists(i, 32) if listed else ""
        deed_span = deed_span if "、" in deed_span else clause(i, 1, 24)
        if (
            any(before.endswith(adverb) for adverb in _COPULA_BEFORE) and not before.endswith(_TRYING + _ADVERBS_LIKE_COPULA)
            and not (
                text == "为" and before.endswith(_EACH_ONLY_BEFORE) and (
                    _deed_for_ahead(deed_span) or _deed_closing(deed_span)
                    or _far_deed_for(deed_span, tuple(verb for verb in _DEEDS_DONE_FOR if verb.startswith("谋")))
                )
            )  # (分别为获奖作家…颁奖, 仅为其自身谋利益: a deed for whom follows, wèi)
            and not (
                text == "为" and before.endswith(_MAY_OR_THAT_IS) and _whom_starts(clause(i, 1, 40))
                and not _passive_suo(clause(i, 1, 40)) and (
                    _deed_for_ahead(clause(i, 1, 40)) or _far_deed_for(clause(i, 1, 40), _DEEDS_FAR_FOR)
                )
            )  # (随时可能为革命流血牺牲, 就可能为游客节省…时间, 即为…接触者接种疫苗: a deed for whom follows, wèi)
        ) or (
            after[:1] in _NUMERALS - {"一"} and not _verb_follows(_amount_only(ahead)) and not _counted_entity(words, w, k)
            and not after.startswith(_TWO_SIDES)
            and not (text == "为" and (_for_the_sake(clause(i, 1, 24)) or "提供" in deed_span))
            and not (text == "为" and not _passive_suo(clause(i, 1, 40)) and (
                _far_deed_for(clause(i, 1, 40), _GUIDING_VERBS + ("把脉",))
            ))  # (为“十五五”时期…奠定基础, 为“十五五”时期…把脉定向: a deed for whom, counted)
            and not (text == "为" and _counted_recipients(clause(i, 1, 24)))
        ) or _copula_word_follows(after) or _MADE_INTO.search(clause_across_lists(i, 48)) or (
            before.endswith("其次") and not _deed_for_ahead(deed_span) and not _far_deed_for(deed_span)
            # next comes: 其次為丈夫有鄉事派背景的黃巧欣, 其次为西北地区 (其次为企业提供服务 is for them)
        ) or (
            not text[:k] and before[-1:] == "而" and before[-2:-1] not in _THEREFORE_ER and after[:1] not in ("了", "着")
            and "为" not in clause(i, 1, 12)
        ) or (
            (text[:k] or before)[-1:] in _AMOUNT_BEFORE_IS and not (
                (text[:k] or before).endswith(_NOT_AMOUNTS) and _for_the_sake(clause(i, 1, 24))
            ) and not (after[:1] not in _NUMERALS and (
                any(deed in clause(i, 1, 24) for deed in _DEEDS_FOR) or (
                    text == "为" and (_deed_for_ahead(deed_span) or _far_deed_for(deed_span, _DEEDS_NO_MAKE))
                ) or (
                    text == "为" and w > 0 and words[w - 1][2] == PAUSE_WORD and (
                        _word_tags().get(words[w - 1][0], "")[:1] == "d" or words[w - 1][0] == "第一时间"
                        or (words[w - 1][0] == "时间" and w > 1 and words[w - 2][0] == "第一")  # jieba's 第一/时间
                        or words[w - 1][0].endswith(_PLACES_LIKE_AMOUNTS)
                    ) and _whom_starts(clause(i, 1, 40)) and not _passive_suo(clause(i, 1, 40))
                    and _far_deed_for(clause(i, 1, 40), _DEEDS_FAR_FOR)
                )  # (尽量为…武器配备, 第一时间为疫情防控工作拉响了警报: an adverb, then whom and a deed for them)
            ))  # (加大培养力度/为/建设教育强国、科技强国提供支撑, 部门限期/为/企业解决难题: no amount before a deed for whom)
        ) or (
            not text[:k] and w > 0 and words[w - 1][0] in _WEATHER_IS and words[w - 1][2] == PAUSE_WORD
            and after.startswith(_WEATHER_AFTER)
        ):
            reading = "wei2"  # 分别为八, 均为学生, 图为…, 为三亿元, 为期, 为主。, 收入为: "is"
        elif text == "为" and _feeling_for_it(words, w):
            reading = "wei4"  # for it: 为之自豪, 为之骄傲的高铁, 令世界为之侧目, 朝廷为之震动 (有意为之, 敢为之魂 keep wéi)
        elif _for_the_people(words, w, k):
            reading = "wei4"  # 为民造福, 为党育才, 为国争光, 执政为民, 一心为民 (jieba's 为民, 为国…: pypinyin has wèi)
        elif text == "为" and not with_yi and before[-1:] not in ("所", "而") and not _turned_before(words, w) and (
            _for_the_sake(clause(i, 1, 24)) or (bool(listed) and _for_the_sake(clause_across_lists(i, 48)))
        ):
            reading = "wei4"  # for the sake of: 为正义并肩而战, 为纪念…而建的园林, 为香港市民的利益着想, 为五斗米折腰
        elif _completes_verb(words, w, text[:k], clause(i, 1, 24)) and not (after[:1] in ("了", "何", "此") or after[:2] in ("什么", "甚么")):
            reading = "wei2"  # "as, into" after a verb that takes it, before a verb of service: 被认定为提供…的示范单位,
            # 改造为提供托育服务的场所, 转化为服务群众的行动 (中国援助为…创造了条件: a subject, wèi)
        elif after[:1] in ("了", "何", "此") or after[:2] in ("什么", "甚么") or before.endswith("因") or (
            _service_ahead(ahead) and not (with_yi and after.startswith(_FRAMES))
        ) or (
            not with_yi and (not _after_verb(words, w, text[:k]) or _verbal_noun_subject(words, w, text[:k], clause(i, 1, 24)))
            and (
                (any(verb in deed_span for verb in _GUIDING_VERBS + _CONTRIBUTING_VERBS + _EFFORTS_FOR) if "、" not in deed_span
                 else _deed_in(deed_span))
                or _far_deed_for(deed_span)
            )
        ) or (
            not with_yi and not _after_verb(words, w, text[:k]) and _cheering_ahead(clause(i, 1, 24))
        ) or (
            text == "为" and not with_yi and _after_verb(words, w, "") and not _turned_before(words, w)
            and words[w - 1][0] not in _AS_AFTER_VERB and (_deed_for_ahead(deed_span) or _far_deed_for(deed_span) or (
                _whom_starts(clause(i, 1, 40)) and not _passive_suo(clause(i, 1, 40))
                and _far_deed_for(clause(i, 1, 40), _DEEDS_FAR_FOR)
            ) or (
                "、" in deed_span and _whom_starts(deed_span) and not _passive_suo(deed_span)
                and _far_deed_for(deed_span, _DEEDS_FAR_FOR)
            ))  # (通过社会扶贫为每户购买洗衣机, 每天自发为…社工送饭, 是否为党和国家培养了…骨干力量; across a list of whom:
            # 免费为中小企业主、乡村致富带头人…等人群培训)
        ):
            reading = "wei4"  # (为两国…提供便利, 你们为党和国家事业发展作出了卓越贡献: what is done for them ends the clause)
        elif k == 0 and w > 0 and words[w - 1][2] == PAUSE_WORD and words[w - 1][0] in _STEPPING_IN and not _passive_suo(ahead):
            reading = "wei4"  # 出手为行业降温, 出资为村民修路
        elif (_beneficiary_follows(after) and not (text == "为" and _as_verb_before(words, w))) or (
            k == 0 and (before == "" or before[-1:] in _BEFORE_FOR)
        ):  # (表现为患者无法作出判断, 主要表现为社会评价降低: whom 为 "as" names)
            reading = "wei4" if not with_yi and not _passive_suo(ahead) else "wei2"
        elif k == len(text) - 1 and not with_yi and not _after_verb(words, w, text[:k]) and _verb_follows(ahead) and (
            not _turned_into(words, w) and not (text == "为" and _as_verb_before(words, w))
        ):
            reading = "wei4"  # 为 + whom + what is done: 为受灾群众发放棉被, 决定为他手术
        elif text == "为" and not with_yi and not _after_verb(words, w, "") and (
            not _turned_into(words, w) and not _as_verb_before(words, w)
            and not (w > 0 and words[w - 1][2] == PAUSE_WORD and words[w - 1][0] in _ATTRIBUTES_IS | _AIMS_IS)
            and not _passive_suo(clause(i, 1, 40)) and _whom_or_deed_starts(clause(i, 1, 40))
            and not before.endswith(_MOSTLY_BEFORE)
            and "为" not in clause_back_across_lists(i, 24) and not re.search("[变化]", clause(i, -1, 8))
        ) and (
            _far_deed_for(clause(i, 1, 40), _DEEDS_FAR_FOR)
            or ("、" in clause_across_lists(i, 32) and _verb_follows(clause_across_lists(i, 32)))
            or _deed_after_listed_whom(clause_across_lists(i, 40))
        ):
            reading = "wei4"  # whom, then a deed for them jieba tags a noun or far off: 合作社为马铃薯注册商标, 每年为城市节水,
            # 为…公共交通采购了, 为…事业高度负责的态度; in order to, a list of deeds: 部分企业为降低成本、改良品相 (目标为全面
            # 营造…, 标准为每车配备: what an aim or a standard is; 变劣势为优势、变包袱为财富, 大都为本院师生捐赠: wéi)
        else:
            reading = "wei2"
        return reading
    if ch == "为" and k == 0 and len(text) == 2 and len(after) >= 2 and _jieba().dt.FREQ.get(after[:2], 0) > 300 and (
        (_verb_follows(clause(i, 1, 8)) or any(verb in clause(i, 1, 8) for verb in _SERVICE_VERBS))
        and "以" not in clause(i, -1, 16)
    ):
        reading = "wei4"  # jieba's 为主/人带来: 为 + 主人 + a verb is "for"
        return reading
    return None


def _rules_for_zhang_957f(ctx: _Context) -> str | None:
    """The context rules for 长, in their order."""
    (ch, k, text, syls, w, i, alone, before, after, words, chars, clause) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.words, ctx.chars,
        ctx.clause
    )
    reading = None
    if ch == "长" and alone and _office_before(words, w, after):
        reading = "zhang3"  # the head of an office jieba cut off: 辅导/长, 指挥/长 (现场指挥长表示)
        return reading
    if ch == "长" and alone and w > 0 and words[w - 1][0] in ("国防", "邦", "楼门"):
        reading = "zhang3"  # 防长 after jieba's 国防 (与会各国防/长发表联合声明), a state's 邦/长, 楼门/长
        return reading
    if ch == "长" and alone and w > 0 and words[w - 1][0] in _CHIEF_SYSTEMS and words[w - 1][2] == PAUSE_WORD and (
        after[:1] not in _NUMERALS | set("达约度近超逾而") and before[-3:-2] not in _DEGREE
    ):
        reading = "zhang3"  # a chief of the chief systems jieba cut off: 河湖/长, 网格/长, 街巷/长 (河湖长制 is a rule of its own)
        return reading
    if ch == "长" and k == 0 and (alone or not _in_phrase_dict(text)) and w > 1 and words[w - 1][0] in _LED_UNITS and words[w - 1][2] == PAUSE_WORD and (
        words[w - 2][0][-1:] in _LED_UNITS and words[w - 2][2] == PAUSE_WORD and after[:1] not in _NUMERALS | set("达约度")
    ):
        reading = "zhang3"  # the head of two offices at once, cut by jieba: 副校/院/长, 副校/院/长侯/晋雄 (a party school's 校院长)
        return reading
    if ch == "长" and alone and _grows_here(words, w, before, after):
        reading = "zhang3"  # to grow: 跟着泥土长的, 地里长的, 想怎么长, 长了口黄板牙, 长不了树木
        return reading
    if ch == "长" and k == 0 and w > 0 and words[w - 1][0] == "以防" and after[:1] not in set("期时久远途大高") and (
        alone or not _in_phrase_dict(text)
    ):
        reading = "zhang3"  # Israel's defence minister: 以防/长加/兰特, 以防/长称 (以防长期, 以防长时间 keep cháng)
        return reading
    if ch == "长" and alone and _word_after(words, w) == "在" and before[-1:] not in set("见是") | _DEGREE and (
        _GROWS_AT.match(clause(i, 1, 12))
    ):
        reading = "zhang3"  # to grow somewhere: 长在身上, 生在这里长在这里 (短中见长在当下: excels; 是长在不死之物)
        return reading
    if ch == "长" and k == 0 and _office_before_name(words, w):
        reading = "zhang3"  # the head of an office, glued onto the name after it: 指挥/长李/胜利
        return reading
    if ch == "长" and k == 0 and _head_glued_to_name(words, w):
        reading = "zhang3"  # the head of the office the word before ends in, glued onto the name: 警務處/長盧偉聰, 施工队/长辛龙
        return reading
    if ch == "长" and k == 0 and after[:1] in _GROWN and (alone or text[1:2] in _GROWN):
        reading = "zhang3"  # to grow: 长胖, 长痘痘, 长个子
        return reading
    if ch == "长" and not _in_phrase_dict(text) and (
        (after[:1] in set("约达度近超逾") and not _title_before_name(text, k, after)) or (after[:1] in _NUMERALS and alone)
        or (k > 0 and text[k - 1] in _DEGREE) or (alone and before[-1:] in _DEGREE)
    ):  # fmt: skip
        reading = "chang2"  # long: 长约三公里, 较长
        return reading
    if ch == "长" and 0 < k == len(text) - 1 and text[k - 1] in _LED_UNITS and not (len(text) >= 4 and _in_phrase_dict(text)):
        reading = "zhang3"  # the head of: 乡长, 站长 (CC-CEDICT has 乡长 cháng; an idiom it lists keeps cháng: 各有所长)
        return reading
    if ch == "长" and alone and w > 0 and len(words[w - 1][0]) >= 2 and words[w - 1][0][-1] in _LED_UNITS and (
        words[w - 1][2] == PAUSE_WORD and after[:1] not in _NUMERALS
    ):
        reading = "zhang3"  # jieba's 河南省/长: the governor
        return reading
    if ch == "长" and alone and before[-1:] in set("里上也都就还才会能") and after.startswith(_GROWS_WELL):
        reading = "zhang3"  # growing well or not: 山沟沟里也长不好, 地里长得好 (时间长不好 has no place or adverb before it)
        return reading
    if ch == "长" and alone and re.match(r"多少[收卖摘打产]多少", after + chars[i + 5 : i + 8]):
        reading = "zhang3"  # as much as grows: 长多少收多少
        return reading
    if ch == "长" and k == 0 and not _in_phrase_dict(text):  # alone, or pypinyin re-cut it (长时间)
        grows = after[:1] in set("大高出成势满") or after.startswith(_GROWN_INTO) or _grower_stops(before, after)
        reading = "zhang3" if grows else "chang2"
        return reading
    if ch == "长" and k == 1 and len(text) == 2 and syls[k] == "zhang3" and after.startswith(("沙湾", "亨", "洲", "实")) and (
        not _in_phrase_dict(text) and not _word_tags().get(text)
    ):
        reading = "chang2"  # a Hong Kong place jieba's HMM cut: 住長/沙灣, 屬長/沙灣, 以長/亨選區 (Cheung Sha Wan, Cheung Hang),
        # and the firm 長實, Cheung Kong (而長/實在全國人大…後; 成长实在太快 is a word and keeps zhǎng)
        return reading
    if ch == "长" and k == len(text) - 1 and (len(text) == 2 or text[1:] == "不长") and syls[k] == "zhang3" and (
        not _in_phrase_dict(text) and _how_long(text[k - 1], before, after)
    ):
        reading = "chang2"  # how long, so long, too long, where jieba glues 长 on: 刑期有多長, 要多长, 镜头好长, 需时甚长,
        # 一日也嫌长, 约长二十分钟 (多长个心眼, 好长胖, 不长记性 grow: zhǎng)
        return reading
    if ch == "长" and 0 < k == len(text) - 1 and syls[k] == "zhang3" and not _in_phrase_dict(text) and (
        text[k - 1] in _SPAN_NOUN_ENDS or (text[k - 1] in _LENGTH_UNITS and before[-2:-1] in _NUMERALS | set("多余几厘毫公千"))
    ):
        reading = "chang2"  # jieba's 周期长, 时间长: a span that is long; 二十二米长, 五公里长: so long
        return reading
    if ch == "长" and text == "越长" and syls[k] == "zhang3" and before[-2:-1] in _SPAN_NOUN_ENDS and after[1:2] != "越":
        reading = "chang2"  # a span the longer: 时间越长, 周期越长 (jieba's 越长; 越长越高 grows, zhǎng)
        return reading
    return None


def _rules_for_xing_884c(ctx: _Context) -> str | None:
    """The context rules for 行, in their order."""
    (ch, k, text, syls, w, i, alone, before, after, words, chars, clause) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.words, ctx.chars,
        ctx.clause
    )
    if ch == "行" and _big_bank(words, w, k, after):
        reading = "hang2"  # a major bank or firm: 国有大行, 很多大行, 五大/行, 五家大/行 (大行其道, 大行动 keep xíng)
        return reading
    if ch == "行" and k == 0 and (alone or text in ("行是", "行的", "行在")) and syls[k] == "xing2" and w > 0 and words[w - 1][2] == PAUSE_WORD and (
        _word_tags().get(words[w - 1][0], "").startswith("n") and after[:1] not in set("不吗嗎了得过過")
        and re.search(r"[一二三四五六七八九十两几每这那该各][间家](?:[^间家，。]{1,3})?" + re.escape(words[w - 1][0]) + "$", clause(i, -1, 9))
    ):
        reading = "hang2"  # a firm counted with 间 or 家: 一間菜種行, 這間菜種/行是, 十二家东部地区行 (a seed shop, a bank)
        return reading
    if ch == "行" and k == len(text) - 1 and (text[:k] or before)[-1:] in _NUMERALS - {"一"} and not (
        _in_phrase_dict(text) and len(text) > 2 or (text[k - 1 : k + 1] == "五行" and _five_phases(before, after))
    ):
        reading = "hang2"  # rows: 排成两行
        return reading
    if ch == "行" and text == "成行" and k == 1 and syls[k] == "hang2" and before[:-1].endswith(_TRIP_MADE_BEFORE):
        reading = "xing2"  # a trip made: 迟迟未能成行, 得以成行, 匆匆成行 (绿树成行, 排列成行 are rows, háng)
        return reading
    if ch == "行" and syls[k] == "hang2" and chars[i : i + 4] == "行稳致远":
        reading = "xing2"  # to walk steadily and far: 在发展中行稳致远 (jieba's 中行, the bank)
        return reading
    if ch == "行" and text == "车行" and k == 1 and syls[k] == "hang2" and before[-2:-1] not in set("家该这那此的") and (after[:1] in _NUMERALS | set("约近数半至于0123456789") or after[:2] == "好几"):
        reading = "xing2"  # a drive of: 车行十分钟, 车行约两小时, 山路车行好几个小时, 车行至 (卖车的车行, 几十家车行: háng)
        return reading
    if ch == "行" and text == "车行" and k == 1 and syls[k] == "hang2" and before[-2:-1] not in set("家该这那此的") and (
        words[w][2] == PAUSE_WORD and _word_tags().get(_word_after(words, w), "")[:2] == "ns"
    ):
        reading = "xing2"  # driving through a place: 车行江汉平原 (卖车的车行, 该车行 stay háng)
        return reading
    if ch == "行" and text == "中行" and k == 1 and syls[k] == "hang2" and _word_after(words, w) in ("过", "過", "至", "到", "走") and (
        before[:-1] != ""
    ):
        reading = "xing2"  # walking in something, where jieba glued 中 to the verb: 在…的氣氛中/行/過該處 (中行 the bank opens
        # its clause or follows another bank: 工行、农行、中行)
        return reading
    if ch == "行" and text == "同行" and k == 1 and _going_together(words, w):
        reading = "xing2"  # to go together: 携手同行, 与时代同行 (同行 háng is a peer: 国际同行, 与同行切磋)
        return reading
    if ch == "行" and k == len(text) - 1 and before[-1:] == "一" and before[-2:-1] in set("这那哪干爱每本") and after[:1] != "人":
        reading = "hang2"  # a trade: 干这一行, 干一行爱一行
        return reading
    if ch == "行" and alone and w > 0 and words[w - 1][0] == "各级" and words[w - 1][2] == PAUSE_WORD:
        reading = "hang2"  # a bank's branches at every level: 各级行 (各级行政 is a word)
        return reading
    if ch == "行" and text in ("该行", "我行") and "银行" in chars:
        reading = "hang2"  # this bank, our bank, where a bank is named
        return reading
    if ch == "行" and alone and syls[k] == "xing2" and w > 0 and words[w - 1][2] == PAUSE_WORD and (
        words[w - 1][0] in ("东西部", "东部", "西部", "中西部", "东部地区", "西部地区") and after.startswith(("扶贫", "结对", "帮扶", "对口"))
    ):
        reading = "hang2"  # banks of the east and west paired to fight poverty: 东西部行扶贫协作 (西部行活动 is xíng)
        return reading
    if ch == "行" and alone and before[-1:] == "在" and before[-2:-1] in _DEGREE | set("极不颇蛮") and after[:1] in ("", "的"):
        reading = "hang2"  # expert: 却极在行, 很在行, 不在行 (在行动, 在行业 are jieba words)
        return reading
    if ch == "行" and k == 0 and syls[k] == "xing2" and w > 0 and words[w - 1][2] == PAUSE_WORD and (
        (alone and words[w - 1][0] == "入") or words[w - 1][0] == "菜种"
    ):
        reading = "hang2"  # the trade, where jieba cut 入/行 (新人入行), and a seed shop, 菜种/行 (陈坤记菜种行; 出入/行踪 is xíng)
        return reading
    return None


def _rules_for_xiang_76f8(ctx: _Context) -> str | None:
    """The context rules for 相, in their order."""
    (ch, k, text, syls, w, alone, before, after, words) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.alone, ctx.before, ctx.after, ctx.words
    )
    if ch == "相" and k == 0 and (alone or not _in_phrase_dict(text)) and w > 0 and words[w - 1][2] == PAUSE_WORD and (
        _counted_photo(words[w - 1][0], after)
    ):
        reading = "xiang4"  # Hong Kong's 相, a photo, counted with 张: 每張/相都如尋寶圖 (一张相片 is a phrase)
        return reading
    if ch in _SURNAMES and (_is_surname(words, w, k) or (ch in _RARE_SURNAMES and not _in_phrase_dict(text))):
        reading = _SURNAMES[ch]  # 曾荫权 zēng, 单霁翔 shàn, 记者查文晔 zhā, 区先生 ōu
        return reading
    if ch == "相" and text == "手相" and k == 1 and after[:1] in _MUTUAL_VERBS:
        reading = "xiang1"  # each other: 心手相牵, 暖手相扶 (jieba's 手相; 看手相, palm-reading, is xiàng)
        return reading
    if ch == "相" and k == 0 and (
        (before.endswith("车头") and not _in_phrase_dict(text)) or (alone and before[-1:] == "林" and after[:2] in ("改造", "结构"))
    ):
        reading = "xiang4"  # a photo, Hong Kong's 车头相 (a portrait carried at a funeral); a forest's look: 林相改造 (车头相撞 is xiāng)
        return reading
    if ch == "相" and alone and syls[k] == "xiang1" and before.endswith(_MINISTRIES) and after[:1] not in _MUTUAL_AFTER:
        reading = "xiang4"  # a minister: 日本防卫相小野寺五典, 外务省副相崔善姬 (相统一, 相协调 stay xiāng)
        return reading
    if ch == "相" and (alone or text == "相及") and k == 0 and syls[k] == "xiang1" and w > 0 and words[w - 1][0] == "的" and words[w - 1][2] == PAUSE_WORD and (
        after == "" or after[:1] in set("及和与中里上是") or after.startswith("自己")
    ):
        reading = "xiang4"  # Hong Kong's photo: 网上流传的相，自己也感到震撼 (的相结合 stays xiāng)
        return reading
    if ch == "相" and syls[k] == "xiang1" and (
        (alone and w > 0 and words[w - 1][0] in _ANCIENT_STATES and words[w - 1][2] == PAUSE_WORD)
        or (len(text) == 2 and k == 1 and text[0] in _ANCIENT_STATES and not _in_phrase_dict(text))
    ) and after[:1] not in _MUTUAL_AFTER | set("继见遇识信待约传望看向处容距隔差提并加"):
        reading = "xiang4"  # a chancellor of an ancient state: 《蜀相》, 秦相李斯, 齐相管仲 (秦/相 before a verb is xiāng)
        return reading
    if ch == "相" and alone and syls[k] == "xiang1" and after.startswith(("天下", "其国", "齐国", "秦国")) and before[-1:] in ("", "以", "而", "出", "入"):
        reading = "xiang4"  # to serve as chancellor of: 相天下君, 出相齐国 (相天下 is no mutual act)
        return reading
    return None


# 还 huán, to pay back, where a result it fails of and then the debt follow it (还不起房贷, 還唔到按揭, 还不清欠款; 钱还不到账,
# 还不到款: still not come in, hái).
_DEBT_NOT_PAID = re.compile(r"[不唔](?!到款)[起清上到完](?:按揭|房贷|车贷|贷款|欠款|欠债|债务|债|钱|款|利息|本金|信用卡)")


def _rules_for_hai_8fd8(ctx: _Context) -> str | None:
    """The context rules for 还, in their order."""
    (ch, k, text, w, i, alone, before, after, words, chars, clause) = (
        ctx.ch, ctx.k, ctx.text, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.words, ctx.chars, ctx.clause
    )
    if ch == "还" and k == 0 and (text == "还给" or (alone and _word_after(words, w) == "给")) and _also_for_whom(
        words, w + (text != "还给"), clause(i, -1, 16)
    ):
        reading = "hai2"  # also, then 给 "for, to" and a verb: 社区还给我们配了驿站, 还给患者心理支持 (把钱还给谁: huán)
        return reading
    if ch == "还" and chars[i + 1 : i + 3] in ("本续", "本付"):
        reading = "huan2"  # paying back the principal: 无还本续贷 (jieba: 无还/本续贷), 还本付息
        return reading
    if ch == "还" and text in _HUAN_WORDS:
        reading = "huan2"  # pay back: pypinyin's dictionary has 还款 hái
        return reading
    if ch == "还" and alone and (re.match(r"的还[回给]", chars[i + 1 : i + 4]) and before[-1:] in ("该", "要", "欠", "借", "得")
                                 or (chars[i - 2 : i] == "的" or before[-1:] == "的") and re.search(r"[该要欠借得]还的$", before) and after[:1] in ("回", "给")):
        reading = "huan2"  # giving back what is owed: 把该还的还回去 (both 还; 还回去 alone, "still going back", stays hái)
        return reading
    if ch == "还" and alone and _DEBT_NOT_PAID.match(clause(i, 1, 8)):
        reading = "huan2"  # can't pay back a debt, before 不 or Cantonese 唔 and a result, then the debt: 業主還唔到按揭, 还不起
        return reading  # 房贷, 还不清欠款 (还不起床, 还不到十八岁, 还不上班: still not, hái)
    if ch == "还" and alone and before and (after == "" or (after[:1] == "了" and before[-1:] in set("给钱债款书账贷"))):
        reading = "huan2"  # pay back: 把债给还了, and 还 ending a clause (这笔钱得还, 借了要还): the adverb needs what follows
        return reading
    if ch == "还" and k == 0 and not _in_phrase_dict(text):
        reading = "huan2" if after[:1] in set("给清钱款债书贷柙") or (after[:1] == "押" and after[1:2] not in set("着走送解运上注宝")) else "hai2"
        # (Hong Kong's 還柙 and 還押, remanded in custody: 直接還押, 其間被告還押; 还押着人质, 还押走了, 还押注 are hái)
        return reading
    return None


def _rules_for_hao_597d(ctx: _Context) -> str | None:
    """The context rules for 好, in their order."""
    (ch, k, text, syls, w, i, alone, before, after, words, chars) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.words, ctx.chars
    )
    head = text[:k] if k else (words[w - 1][0] if w else "")
    if ch == "好" and syls[k] != "hao4" and (alone or text == "好好") and (
        head == "所" or head.endswith(("之所", "其所")) or (text == "好好" and k == 1 and before.endswith("所好"))
    ):
        reading = "hao4"  # to love, what is loved after 所, of a 所 alone or closing 之所, 其所 (民之所好好之, 其所好):
        return reading  # hào (有所/好转, 研究所/好 stay hǎo)
    if ch == "好" and text == "好学" and k == 0 and syls[k] == "hao4" and w > 0 and words[w - 1][0] == "上" and (
        words[w - 1][2] == PAUSE_WORD
    ):
        reading = "hao3"  # a good school to go to: 从有学上到上好学 (好学 hào, fond of learning, is 勤奋好学)
        return reading
    if ch == "好" and alone and syls[k] == "hao3" and _word_after(words, w) == "面子" and before[-1:] not in set("个的一了"):
        reading = "hao4"  # fond of face: 很好面子, 死要面子 (给个好面子 stays hǎo)
        return reading
    if ch == "好" and alone and syls[k] == "hao3" and w > 0 and words[w - 1][0] == "同" and words[w - 1][2] == PAUSE_WORD and after[:1] in ("", "的", "们"):
        reading = "hao4"  # 同好, people who share a liking, where jieba cut 同/好 (都能找到同好)
        return reading
    if ch == "好" and (alone or (text == "可好" and k == 1)) and syls[k] == "hao3" and after.startswith("读书") and "不求甚解" in chars[i + 1 : i + 10]:
        reading = "hao4"  # fond of: Tao Yuanming's 好读书，不求甚解, also after jieba's 大/可好 (读好书, 好好读书 stay hǎo)
        return reading
    if ch == "好" and alone and syls[k] == "hao3" and before[-2:] in ("吾所", "其所", "人所", "之所", "有所", "我所", "民所") and after[:1] in ("", "的", "者", "而"):
        reading = "hao4"  # what one likes: 从吾所好, 各有所好 (有所好转 is glued as 好转)
        return reading
    return None


def _rules_for_zhe_7740(ctx: _Context) -> str | None:
    """The context rules for 着, in their order."""
    (ch, k, text, syls, w, i, alone, before, after, words, clause) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.words, ctx.clause
    )
    if ch == "着" and alone and _garment_follows(clause(i, 1, 8)) and (
        before == "" or words[w - 1][0] in _CANTONESE_PRONOUNS or not _word_tags().get(words[w - 1][0], "v")[:1] in ("v", "a", "d")
        or (_word_tags().get(words[w - 1][0], "")[:1] == "d" and _garment_next(words, w))
    ):
        # to wear: 民众着搞怪服装, 着黑色长裤, Hong Kong's 佢著西裝, and after an adverb where the garment follows at
        # once (男仔就著校裙, 均着深色西服: an adverb takes no zhe; 就着这个问题 has no garment)
        reading = "zhuo2"
        return reading
    if ch == "着" and text == "脚着" and k == 1 and _garment_follows(clause(i, 1, 8)):
        reading = "zhuo2"  # the feet wear, in jieba's 脚着 before a garment: 腳著謝公屐, 脚着布鞋 (双脚着地 keeps zháo)
        return reading
    if ch == "着" and syls[k] == "zhe5" and k == len(text) - 1 and (
        text in ("此着", "这一着", "那一着") or (alone and w > 0 and words[w - 1][0] == "此" and words[w - 1][2] == PAUSE_WORD)
        or (alone and w > 0 and words[w - 1][0] == "一" and words[w - 1][2] == PAUSE_WORD and after == "")
    ):
        reading = "zhao1"  # a move, as in chess: 此著對他有益, 將此著包裝成, 这一着棋 (no verb before it for zhe), and 一着 ending
        # its clause: 看似聰明一着，, 是聰明一著，
        return reading
    if ch == "着" and alone and syls[k] == "zhe5" and (
        (w > 0 and words[w - 1][2] == PAUSE_WORD and words[w - 1][0] in _BIDDING_ADVERBS and _person_word(_word_after(words, w)))
        or (before == "" and (_word_after(words, w) in ("他", "她", "其", "他们", "她们") or _person_word(_word_after(words, w))))
    ):
        reading = "zhuo2"  # to bid someone do: 隨即著人搜索, 還著員工不要… (an adverb takes no zhe: 还拿着 has its verb), and opening
        # a clause, no verb before it, with whom it bids: 校方明白他的遭遇，著他不用擔心, 給他一箱汽油彈，著他傳上前線
        return reading
    if ch == "着" and text == "着眼" and k == 0 and before[-1:] in _EYES_SHUT_OR_OPEN:
        reading = "zhe5"  # eyes kept open or shut, where jieba glues 着眼: 睁着眼说瞎话, 闭着眼 (着眼长远 is zhuó)
        return reading
    if ch == "着" and text == "着想" and k == 0 and before[-1:] in _HURRYING and after[1:2] not in ("", "的", "了"):
        reading = "zhe5"  # 急着/想出业绩: in a hurry to, before what is wished (为群众着想 is zhuó, ending its clause)
        return reading
    if ch == "着" and text == "蒙着" and k == 1 and after[1:2] not in ("", "了"):
        reading = "zhe5"  # covered with: 蒙着牛皮, 蒙着双眼 (méng zhe); pypinyin has mēng zháo, to guess right (蒙着了)
        return reading
    if ch == "着" and k == len(text) - 1 and after[:1] == "了" and (text[:k] or before)[-1:] in _ZHAO_BEFORE:
        reading = "zhao2"  # caught, reached: 火着了, 找着了
        return reading
    if ch == "着" and alone and syls[k] == "zhe5" and after[:1] in ("", "吗", "嗎", "了", "呢", "啦") and w > 0 and (
        words[w - 1][2] == PAUSE_WORD and words[w - 1][0] in _BEFORE_CATCHING
    ):
        reading = "zhao2"  # catching fire, coming on, ending a clause after 就 or a modal, with no verb for zhe: 一点就着, 一掂就會著，, 这灯能着
        return reading
    if ch == "着" and alone and syls[k] == "zhe5" and w > 1 and words[w - 1][0] == "不" and words[w - 1][2] == PAUSE_WORD and (
        words[w - 2][2] == PAUSE_WORD and after[:1] != "一"
        and _word_tags().get(words[w - 2][0], _word_tags().get(words[w - 2][0][-1:], ""))[:1] in ("v", "a")
    ):
        reading = "zhao2"  # can't manage to, a verb and 不 jieba left apart: 吃不着, 有福享不着, 捞不着, 摸索不着 (as 睡不着,
        return reading  # 用不着; 不着一字 is zhuó, 守着不着急 has its word)
    if ch == "着" and alone and syls[k] == "zhe5" and after[:1] == "舰":
        reading = "zhuo2"  # landing on a carrier: 歼-15着舰 (as 着陆)
        return reading
    return None


def _rules_for_le_4e86(ctx: _Context) -> str | None:
    """The context rules for 了, in their order."""
    (ch, k, text, syls, w, i, alone, before, words, chars, clause) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.words, ctx.chars, ctx.clause
    )
    if ch == "了" and alone and before[-1:] == "不":
        reading = "liao3"
        return reading
    if ch == "了" and _can_after_particle(words, w, k):
        reading = "liao3"  # can: 过得了吗, 做得了, 管得了 (得 the particle after a verb; 得了冠军, 记得了 are le)
        return reading
    if ch == "了" and alone and _word_after(words, w) == "却" and clause(i, 1, 8)[1:].lstrip("了").startswith(_WISHES_SETTLED):
        reading = "liao3"  # to settle: 了却一桩心愿, 了却心事 (jieba's 了/却; 来了却没说 is le, but no wish follows it)
        return reading
    if ch == "了" and syls[k] == "le5" and k == len(text) - 1 >= 2 and text.endswith("不了"):
        reading = "liao3"  # cannot, in a word jieba made that pypinyin re-cuts: 成不了事, 要不了一个小时
        return reading
    if ch == "了" and syls[k] == "le5" and chars[i + 1 : i + 2] == "之" and chars[i - 2 : i - 1] == "一" and (
        chars[i + 2 : i + 3] not in set("后前间内外中上下际时")
    ):
        reading = "liao3"  # to be done with it: 一推了之, 一删了之 (as 一走了之; 吃了之后 is le)
        return reading
    if ch == "了" and alone and syls[k] == "le5" and w > 0 and words[w - 1][0] == "明" and words[w - 1][2] == PAUSE_WORD and (
        ctx.after[:1] in ("", "的")
    ):
        reading = "liao3"  # clear, 明了 ending its clause, where jieba cut 明/了: 其发展路径已然明/了, 简短明/了 (说明了, 指明了,
        # 天明了 are words; 明瞭口腔 is Hong Kong's own 瞭)
        return reading
    if ch == "了" and alone and syls[k] == "le5" and _word_after(words, w)[:1] in ("无", "無") and w > 0 and (
        words[w - 1][0] in _LIAO_WU_ADVERBS and words[w - 1][2] == PAUSE_WORD
    ):
        reading = "liao3"  # not at all, 了无 after an adverb, where no verb stands for the particle: 也/了/無/題材 (了无新意)
        return reading
    return None


# Adverbs before 了无, not at all (也了無題材, 早已了无痕迹): no verb for an aspect 了 to follow.
_LIAO_WU_ADVERBS = frozenset("也 亦 都 均 已 早已 竟 竟然 便 则 却 仍 依然 早 似 似乎".split())


def _rules_for_de_5f97(ctx: _Context) -> str | None:
    """The context rules for 得, in their order."""
    (ch, k, text, syls, w, i, alone, before, after, words, clause) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.words, ctx.clause
    )
    if ch == "得" and alone and syls[k] != "de2" and (
        (w > 0 and words[w - 1][2] == PAUSE_WORD and words[w - 1][0] in ("未", "已", "不可"))
        or (before[-1:] == "所" and after[:1] not in ("到", "出", "知"))
    ):
        reading = "de2"  # got, after 未, 已, 不可, which no particle 得 follows (未得当事人同意, 时不可得), and what is got, 所得,
        # where jieba cut 有所/得, 研究所/得 (悟有所得, 研究所得贡献政府; no particle 得 follows 所)
        return reading
    if ch == "得" and alone and syls[k] != "de2" and after == "" and w > 0 and words[w - 1][0] in ("在", "于") and (
        words[w - 1][2] == PAUSE_WORD
    ):
        reading = "de2"  # gain, after 在, 于 ending the clause: 戒之在得 (no particle or děi follows a preposition)
        return reading
    if ch == "得" and alone and syls[k] != "de2" and w > 0 and words[w - 1][0] in ("有", "所有") and (
        words[w - 1][2] == PAUSE_WORD
    ) and (after == "" or after[:1] in ("也", "便", "的") or after[:2] == "有失"):
        reading = "de2"  # a gain, after 有 ending the clause or before 也有失, 便, 的 (让德者有得, 开卷有得便欣然忘食,
        # 有感有得的改革, 有得也有失; 有得住, 有得选择, 还有得等 keep de)
        return reading
    if ch == "得" and after[:2] in ("房率", "票率", "分率", "奖率"):
        reading = "de2"  # a ratio of what is got: 得房率 (jieba: 得/房率), 得票率
        return reading
    if ch == "得" and alone and _gain_follows(words, w):
        reading = "de2"  # to get: 群众得实惠, 一键得帮助, 让市民得方便 (no verb before it takes a particle 得)
        return reading
    if ch == "得" and alone and after[:1] == "的" and before[-1:] in _FOR_WHOM:
        reading = "de2"  # got: 我得的是急性阑尾炎 (no particle 得 before 的)
        return reading
    if ch == "得" and alone and after[:1] and (after[:1] not in "了到出" or _word_of_its_own(words, w)) and (
        before[-2:] in _MUST_BEFORE or before[-1:] in _MUST_BEFORE or (before == "" and _verb_follows(after))
    ) and not _object_verb_before(words, w, clause(i, -1, 16)):
        reading = "dei3"  # must: 你得抓紧, 必须得, a clause's first word: 得让他知道
        return reading
    if ch == "得" and alone and _noun_before(words, w) and _word_after(words, w) in _MUST_THEN and (
        not _in_phrase_dict("得" + after[:1])
    ):
        reading = "dei3"  # must, after a noun: 锅底得是硬柴, 企业得加把劲 (满意度得/分为 is 得分 dé)
        return reading
    if ch == "得" and alone and syls[k] == "de5" and _noun_before(words, w) and _phrase_syllables("得" + after[:1])[:1] == ["dé"] and (
        after[:1] == "了" or _jieba().dt.FREQ.get("得" + after[:1], 0) >= 20
    ):
        reading = "de2"  # jieba cut a common word of 得 dé (满意度/得/分为: 得分; 孩子得了急病), no particle after a noun
        return reading
    if ch == "得" and text == "总得" and k == 1 and len(_word_after(words, w)) == 1 and (
        _phrase_syllables("得" + after[:1])[:1] == ["dé"] and _jieba().dt.FREQ.get("得" + after[:1], 0) >= 20
    ):
        reading = "de2"  # the total got: jieba's 总得 (zǒng děi, must) before a word of 得 dé it cut: 总得/票 (得票)
        return reading
    if ch == "得" and k == len(text) - 1 <= 1 and syls[k] == "de5" and _word_after(words, w)[:1] == "趁" and (
        _word_tags().get(text[:k] or (words[w - 1][0] if w > 0 and words[w - 1][2] == PAUSE_WORD else ""), "")[:1]
        not in ("v", "a")
    ):
        reading = "dei3"  # must, before 趁 (while it lasts): 麻糍团得趁热吃, 这事得趁早办 (no particle 得 takes it)
        return reading
    if ch == "得" and alone and syls[k] == "de5" and _TIME_NEEDED_AFTER.fullmatch(clause(i, 1, 16)) and (
        w == 0 or _word_tags().get(words[w - 1][0], "")[:1] != "a"
    ):
        reading = "dei3"  # takes, needs, before a stretch of time closing the clause: 过去坐车得十多个小时，, 走路得两个小时。
        # (a particle 得 before a time opens a result: 忙得一年到头不得闲, 累得三天起不来; none after an adjective, 高兴得三天)
        return reading
    if ch == "得" and alone and syls[k] == "de5" and _must_after_noun(words, w, clause(i, -1, 12)):
        reading = "dei3"  # must, between a noun and a verb: 孩子得上学, 鸡蛋得摊成饼, 病人得住院
        return reading
    if ch == "得" and k == len(text) - 1 and syls[k] == "de5" and _must_then_one_verb(words, w):
        reading = "dei3"  # must, after a noun, before paying back or one verb ending the clause: 钱得还给银行, 饭得吃
        return reading
    if ch == "得" and k == 1 and syls[k] == "de5" and _must_glued_between(words, w):
        reading = "dei3"  # must, in jieba's 钱得花 (这些钱得花在刀刃上): a noun, 得 and a verb glued into one word
        return reading
    if ch == "得" and syls[k] == "de5" and _got_by_obtaining(words, w, k):
        reading = "de2"  # to get, after a verb of getting and before what is got: 争得荣誉, 分/得/一块土地 (争得面红耳赤 de)
        return reading
    if ch == "得" and 0 < k == len(text) - 2 and text[:k] in _WISHING and text[k + 1] == "到" and _wished_for(words, w):
        reading = "de2"  # to get, after a wish: 想得到支持 (想得到 alone is "can think of": 谁想得到, 没想得到)
        return reading
    if ch == "得" and 0 < k == len(text) - 1 and syls[k] == "de2" and _degree_then_state(words, w):
        reading = "de5"  # the particle before a degree word and a state ending the clause: 挣得还多, 赢得很漂亮
        return reading
    if ch == "得" and alone and syls[k] == "de5" and after == "还" and before:
        reading = "dei3"  # must, before 还 huán ending the clause: 这笔钱得还 (挣得还多: 还 goes on, hái)
        return reading
    if ch == "得" and alone and syls[k] == "de5" and _state_after_subject(words, w):
        reading = "dei3"  # must be: a noun opening the clause, 得, and a state ending it (本领得过硬, 政策得兜底)
        return reading
    if ch == "得" and k == 1 == len(text) - 1 and syls[k] == "de2" and text[0] in _REACHING_VERBS and after[:1] == "上":
        reading = "de5"  # can reach, can count as: jieba's 算得/上是, 称得/上 (suàn de shàng; 得上 is its complement)
        return reading
    if ch == "得" and text == "得花" and k == 0 and syls[k] == "de2" and (
        after[1:2] in _NUMERALS or after[1:].startswith(("不少", "很多", "大量", "大笔", "好几", "几", "些", "点", "上"))
    ):
        reading = "dei3"  # must spend: 每月得花一两万, 可能得花几天工夫 (jieba's 得花; 得花 dé huā, to win flowers, is rare)
        return reading
    if ch == "得" and syls[k] == "de2" and _potential_complement(words, w, k):
        reading = "de5"  # can or cannot: 搬/得出, 找/得到, 信得过, 说得过去, 看得见 (得出结论, 能得到, 获得过 keep dé)
        return reading
    if ch == "得" and k == len(text) - 1 and after[:1] == "了" and (
        before[-1:] in _FOR_WHOM or after[1:2] in _NUMERALS | set("冠金银铜第满大重感") or after[2:3] in ("奖", "病")
        or _illness_got(words, w, k) or (alone and before.endswith("自己") and _word_after(words, w) == "了")
    ):
        reading = "de2"  # to get: 他得了一等奖, 得了感冒, 自己得了很多荣誉 (自己得了解 is děi)
        return reading
    if ch == "得" and alone and syls[k] != "de2" and _word_after(words, w)[-1:] in _ILLNESS_ENDS and before.endswith(_MAY_GET_ILL):
        reading = "de2"  # to fall ill, after a modal or an adverb of time (缺钙就会得软骨病, 容易得糖尿病, 才得癌症)
        return reading
    return None


def _rules_for_jiang_5c06(ctx: _Context) -> str | None:
    """The context rules for 将, in their order."""
    ch, k, text, syls, w, after, words = ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.after, ctx.words
    if ch == "将" and k == len(text) - 1 and text[-2:] in ("上将", "中将", "大将") and _will_after_locative(words, w):
        reading = "jiang1"  # 法律上/将彻底, 过程中/将背负, 十八大/将给: "will", not a general's rank (海军上将, 授予中将军衔)
        return reading
    if ch == "将" and text == "部将" and k == 1 and syls[k] == "jiang4" and w > 0 and words[w - 1][2] == PAUSE_WORD and (
        words[w - 1][0][-1:] not in set("的其他她之") and _word_after(words, w)[:1] not in set("们的之")
        and not _word_tags().get(_word_after(words, w), "").startswith("nr")
    ):
        reading = "jiang1"  # will, after a ministry jieba glued it to: 工信部将使, 自然资源部将会同 (his 部将, a general's officer, is jiàng)
        return reading
    if ch == "将" and text == "一将" and k == 1 and syls[k] == "jiang1" and after[:2] == "功成":
        reading = "jiang4"  # a general: 一将功成万骨枯 (jieba's 一将/功成; 一将难求 is a word of its own)
        return reading
    return None


def _rules_for_gong_4f9b(ctx: _Context) -> str | None:
    """The context rules for 供, in their order."""
    (ch, k, text, w, i, alone, before, after, words, chars, clause) = (
        ctx.ch, ctx.k, ctx.text, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.words, ctx.chars, ctx.clause
    )
    if ch == "供" and k == 0 and (text == "供着" or (alone and after[:1] == "着")) and _offered_at_a_place(words, w, clause(i, 1, 10)):
        reading = "gong4"  # offered up: 桌上供着水果, 堂屋里供着祖先牌位 (家里供着两个孩子上学 is gōng)
        return reading
    if ch == "供" and _testimony(words, w, k, chars[i - 1 : i] if i > 0 else "", after):
        reading = "gong4"  # testimony where jieba cut 证供/作供 (嘅/證/供, 自辯證/供, 並作/供, 傑作/供指): gòng, as in 口供
        return reading
    if ch == "供" and text == "供养" and k == 0 and (after[1:2] in ("佛", "神") or after[1:].startswith(("菩萨", "三宝", "僧"))):
        reading = "gong4"  # offerings: 供养佛 (供养 is gōng, to provide for)
        return reading
    if ch == "供" and text == "上供" and k == 1 and _provided_for(words, w, before):
        reading = "gong1"  # 阅报栏上/供路人阅读, 用上/供氧: "on" and "for", not 上供 shàng gòng (to make offerings)
        return reading
    return None


def _rules_for_meng_8499(ctx: _Context) -> str | None:
    """The context rules for 蒙, in their order."""
    (ch, k, text, syls, w, alone, before, after, words) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.alone, ctx.before, ctx.after, ctx.words
    )
    if ch == "蒙" and text == "蒙着" and k == 0 and after[1:2] not in ("", "了"):
        reading = "meng2"
        return reading
    if ch == "蒙" and alone and syls[k] == "meng2" and after == "了":
        reading = "meng1"  # stunned, ending a clause: 王晓娜蒙了 (蒙了一层灰 is méng)
        return reading
    if ch == "蒙" and alone and syls[k] == "meng2" and before[-1:] not in _TRANSLITERATION | {"赫"} and (
        _mongolia(before, after) or _listed_with(words, w, _PEOPLES)
    ):
        reading = "meng3"  # Mongolia: 蒙方, 对蒙经济, 是蒙外交政策, 蒙文书, 蒙、藏、维 (蒙上阴影, 泉之在蒙 stay méng)
        return reading
    return None


def _rules_for_di_5730(ctx: _Context) -> str | None:
    """The context rules for 地, in their order."""
    (ch, k, text, syls, w, i, alone, before, after, words, chars) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.words, ctx.chars
    )
    if ch == "地" and k == 0 and w > 0 and words[w - 1][2] == PAUSE_WORD and _earth_matched_with(words[w - 1][0], text[1:] + after):
        reading = "di4"  # earth matched with heaven or man in a saying, each with its adjective: 人勤/地/不/懒
        # (天真地相信, 天天地好, 人为地高 keep the adverb's de)
        return reading
    if ch == "地" and k == 0 and len(text) == 2 and ctx.clause(ctx.i, 1, 2) == text[1] and not _in_phrase_dict(text) and (
        _heaven_matched_before(words, w) and _word_tags().get(text[1], "v")[:1] not in ("v", "d")
    ):
        reading = "di4"  # earth matched with heaven in a classical saying closing its clause, jieba's 天X/地Y: 天尊/地卑，乾坤定矣,
        return reading  # 天清/地宁 (她天真/地笑。, 他天真/地问 keep the adverb's de: 笑, 问 are verbs)
    if ch == "地" and k == 0 and (
        before[-1:] == "亩" or (before.endswith("天空") and not before.endswith("阔天空") and after[:1] in ("水", "海", "一"))
    ):
        reading = "di4"  # land, after 亩 where jieba glued on what follows (每亩/地才, 一亩/地有, 每亩/地多), and ground in
        # 天空地 (sky, air, ground) before water or sea (天空地水工, 天空地海一体化; 海阔天空地谈 keeps de)
        return reading
    if ch == "地" and alone and syls[k] != "di4" and w > 0 and words[w - 1][0] in ("行为", "结果") and (
        words[w - 1][2] == PAUSE_WORD and not before[:-2].endswith(("无", "没有", "有"))
    ):
        reading = "di4"  # the place of the act or of its result, in law (侵权行为地, 呈现行为地分散、结果地广泛的特点; 毫无
        # 结果地结束, 没有结果地散了 keep de)
        return reading
    if ch == "地" and alone and syls[k] != "di4" and (after.startswith("之一") or (after[:1] == "气" and "接" in before)):
        reading = "di4"  # a place before 之一 (重要活动/地/之一), 接地气 (接上/地/气, 紧接时代/地/气): no adverb's 地 comes
        # before 之一 or makes 地气 after 接 (愤怒地气喘吁吁 keeps de)
        return reading
    if ch == "地" and (before[-1:] in ("多", "缺", "無", "无") or (before[-2:] == "地少" and text == "地")) and (
        (text in ("多地", "地") and k == len(text) - 1 and before[-1:] not in ("缺", "無", "无")) or (k == 0 and text == "地少")
    ):
        # many places (全国多地, 日本多地, 近年来多地: dì) unless 多 is "more" after a degree word, the adverb's 地:
        # 更多地调动, 越来越多地, 尽可能多地 (de); pypinyin reads jieba's 多地 de, and 地 alone dì; 山多/地少 (land);
        # land-poor, 缺地少/地, 无地少/地, and jieba's 使缺/地少/地 (一分不少地 stays de)
        reading = "de5" if before[-2:-1] in _MORE_BEFORE else "di4"
        return reading
    if ch == "地" and chars[i - 2 : i] in ("油麻", "油蔴"):
        reading = "di4"  # Hong Kong's 油麻地, Yau Ma Tei, which jieba cuts 油麻/地 or glues on (油麻地/港鐵站, 油麻地/警署)
        return reading
    if ch == "地" and chars[i + 1 : i + 3] in ("两检", "兩檢"):
        reading = "di4"  # 一地两检: one place, two clearances (西九一地两检)
        return reading
    if ch == "地" and text == "地火" and k == 0 and syls[k] == "di4" and after[1:2] in set("了起遍") and (
        len(before) >= 2 and before[-1] == before[-2]
    ):
        reading = "de5"  # the adverb's de before 火, to become popular, glued by jieba: 渐渐地火了起来, 慢慢地火遍全网
        return reading
    if ch == "地" and alone and syls[k] == "de5" and w > 0 and words[w - 1][2] == PAUSE_WORD and (
        (re.fullmatch(r".*地[^地]", words[w - 1][0]) and _word_tags().get(words[w - 1][0], "")[:1] not in ("a", "d", "z", "i", "l"))
        or before.endswith(("低效用", "水源涵养"))
    ):
        reading = "di4"  # land, where jieba cut a pair of verbs on 地 (管地护/地/增地, 爱地惜/地), the land use of 低效用地 and
        # the area of 水源涵养地 (效用/地, 涵养/地); 很地道地说 keeps the adverb's de
        return reading
    if ch == "地" and alone and syls[k] == "de5" and w > 0 and words[w - 1][2] == PAUSE_WORD and (
        (words[w - 1][0][-1:] == "军" and len(words[w - 1][0]) > 1) or after[:1] == "州"
    ):
        reading = "di4"  # the civil side of 军地, where jieba glued 军 to the word before (跨军/地/改革, 家军/地/单位), and 地州市,
        # prefectures, states and cities (所有/地/州市); no adverb ends in 军 and no verb opens with 州
        return reading
    if ch == "地" and alone and syls[k] == "de5" and _word_after(words, w) == "火" and (
        _word_after(words, w + 1) not in ("了", "起来", "起", "遍", "爆", "得", "过", "透", "过来", "起来了")
    ):
        reading = "di4"  # an underground fire, 地火, where jieba cut it 地/火 (寻觅地火, 没有地火, 类似地火这样的; 渐渐地火了
        # is the adverb's de)
        return reading
    if ch == "地" and alone and syls[k] == "de5" and _measure_before(words, w):
        reading = "di4"  # a noun after a measure: 一个/地坑, 一種/地火, 什么/地火, 六个/地市 (一个个地, 逐个地 are de)
        return reading
    if ch == "地" and k == 0 and len(text) == 2 and not _in_phrase_dict(text) and _prev_word_len(words, w) >= 2 and (
        text[1] not in _DI_WORD_ENDS and not (text[1] in ("种", "種") and before[-1:] in _LAND | set("亩畝"))
    ):
        reading = "de5"  # 开心地笑: jieba glued 地 to the verb after it (几亩/地种上, 抛荒/地种上: land, dì)
        return reading
    if ch == "地" and syls[k] == "de5" and k == len(text) - 1 and not _in_phrase_dict(text) and (
        (after == "" and _word_tags().get(text[:k] or words[w - 1][0], "")[:1] in ("n", "s"))
        or (text[:k] or before)[-1:] in _LAND or (text[:k] or before).endswith(_PLACE_OF_VERBS)
        or (after[:1] == "的" and (text[:k] or before)[-1:] in _NUMERALS) or after.startswith(_NEAR_A_PLACE)
        or _land_word_made_up(words, w) or (alone and _place_cut_off(words, w, before)) or (alone and before[-1:] == "于")
        or (alone and re.search(r"(?<![十百])[一二两三四五六七八九几半]分$", before) is not None)
        or (after[:1] == "的" and after[1:2] not in ("确", "士")) or _place_before_deng(words, w)
        or (alone and _land_dealt_in(words, w))
    ):
        reading = "di4"  # a place: 泥地, 红土地。, 事发地, 扫了一地的, 滑坡地附近 (adverbial 地 never ends a clause); land after 于,
        # which no adverb ends in, where jieba cut 粮于/地 (藏粮于地, 反哺于地); a plot measured in fen (两分地的菜园子,
        # 一亩三分地; 十分地, 十二分地 are "very", de); before 的 or a closing 等, where no adverb's 地 stands (种子保存/地/等,
        # 冷战爆发/地/的压力, 高科技企业集中地/的优势, 一垧/地/的钱, 堅離/地/的; 静静地/等待, 耐心地/等。 keep de)
        # land bought, rented, planted or gone into, where jieba's HMM glued the verb to the word before (种好/地/多供粮,
        # 再多租点/地, 外資已改買/地, 线杆入/地工程, 太離/地; 深入/地, 投入/地 are words and keep de)
        return reading
    if ch == "地" and text == "发地" and before[-2:] == "新发":
        reading = "di4"  # Beijing's 新发地 market, cut 新/发地 by jieba (not an adverb's de)
        return reading
    return None


def _heaven_matched_before(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether the word before words[w] is 天 and one character, a word jieba lacks or tags a plain noun (天尊, 天清; not
    天真 nz, 天然 b, 天天 t), seldom met: the first half of a saying 天X地Y."""
    if w == 0 or words[w - 1][2] != PAUSE_WORD:
        return False
    previous = words[w - 1][0]
    return len(previous) == 2 and previous[0] == "天" and _word_tags().get(previous, "") in ("", "n") and (
        (_jieba().dt.FREQ.get(previous) or 0) < 200  # (天生, 天性, everyday words, take an adverb's 地: 天生地好)
    )


def _earth_matched_with(previous: str, rest: str) -> bool:
    """Whether 地 after *previous* opens the second half of a saying that matches earth with heaven or man, each with an
    adjective of one character: *previous* 天 or 人 and a character, no word jieba lists (人勤, 天清; not 人为, 天真, 天天)
    and *rest*, what follows 地 to the clause's end, one adjective, maybe after 不 (不懒, 宁)."""
    if len(previous) != 2 or previous[0] not in ("天", "人") or _jieba().dt.FREQ.get(previous):
        return False
    adjective = rest[1:] if rest[:1] == "不" else rest
    return len(adjective) == 1 and _word_tags().get(adjective, "") in ("a", "ag")


def _rules_for_cang_85cf(ctx: _Context) -> str | None:
    """The context rules for 藏, in their order."""
    (ch, k, text, syls, w, alone, before, after, words) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.alone, ctx.before, ctx.after, ctx.words
    )
    if ch == "藏" and k == len(text) - 1 and syls[k] == "cang2" and after[:1] in _TIBETAN_BEFORE and (
        text[:k] or before
    )[-1:] not in set("收珍储冷蕴隐躲埋暗潜宝馆典库私窖秘"):  # 馆藏文物, 典藏文献: kept, cáng
        reading = "zang4"  # Tibetan: 中藏医药 (jieba's 中藏), 藏药, 藏语 (not 收藏, 冷藏)
        return reading
    if ch == "藏" and alone and syls[k] == "cang2" and (before[-1:] == "尕" or _listed_with(words, w, _PEOPLES) or (after[:1] in _PEOPLES and after[1:2] == "文") or after[:2] == "东南"):
        reading = "zang4"  # Tibetan: 尕藏 (Kalsang, a Tibetan name), 藏、回、羌, 藏东南 (藏在深山, 藏粮于地 stay cáng)
        return reading
    if ch == "藏" and syls[k] == "cang2" and (alone or (k == 0 and len(text) == 2)) and (
        after[:1] in ("东", "西", "北") and after[1:3] in _TIBET_PARTS
    ):
        reading = "zang4"  # a part of Tibet: 地处藏东山区 (jieba's 藏/东山区), 藏西/地区 (藏东西 stays cáng)
        return reading
    if ch == "藏" and syls[k] == "cang2" and (
        (k > 0 and text[k - 1] == "尕")
        or (k == 0 and after[:1] == "木" and after[1:3] in ("水电", "电站", "电厂"))
    ):
        reading = "zang4"  # a Tibetan name: 尕藏 glued to the word before (同尕藏扎西), the Zangmu dam (藏木水电站, 藏木电厂)
        return reading
    return None


def _rules_for_jiang_5f4a(ctx: _Context) -> str | None:
    """The context rules for 彊, in their order."""
    ch, k, text, syls, before, after = ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.before, ctx.after
    reading = None
    if ch == "彊" and syls[k] == "jiang4" and not _in_phrase_dict(text):
        # 彊, written for 疆 (彊土, 新彊, 邊彊: jiāng) or for 强 (自彊, 富彊, 彊大: qiáng); its jiàng (stubborn) is 犟 now
        near = (text[:k] or before)[-1:] + (text[k + 1 :] or after)[:1]
        reading = "jiang1" if near[-1:] in set("土域界") or near[:1] in set("新边邊疆无無万萬") else "qiang2"
        return reading
    return None


def _rules_for_le_4e50(ctx: _Context) -> str | None:
    """The context rules for 乐, in their order."""
    (ch, k, text, syls, w, i, alone, before, after, words, chars) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.words, ctx.chars
    )
    if ch in _SURNAMES and (_is_surname(words, w, k) or (ch in _RARE_SURNAMES and not _in_phrase_dict(text))):
        reading = _SURNAMES[ch]  # 曾荫权 zēng, 单霁翔 shàn, 记者查文晔 zhā, 区先生 ōu
        return reading
    if ch == "乐" and before[-1:] == "哀" and before[-2:-1] != "怒" and (after[:1] in ("声", "低", "响") or before[-2:-1] in ("奏", "放")):
        reading = "yue4"  # funeral music: 哀乐低回, 在哀乐声中 (jieba: 哀乐声), 奏哀乐 (喜怒哀乐, 人生哀乐 keep lè)
        return reading
    if ch == "乐" and k == len(text) - 1 and syls[k] == "le4" and (alone or not _in_phrase_dict(text)) and _classics_named(chars, i):
        reading = "yue4"  # the lost Classic of Music among the six: 因乐亡佚 (jieba's 因乐), 六经…乐 (快乐 stays lè)
        return reading
    if ch == "乐" and alone and syls[k] == "le4" and (before[-2:] in ("礼与", "礼和") or _listed_with(words, w, ("礼", "诗", "书", "射", "御"))):
        reading = "yue4"  # music among the rites and arts: 礼、乐、射、御, “礼”与“乐” (读书之乐 stays lè)
        return reading
    return None


def _rules_for_pu_6734(ctx: _Context) -> str | None:
    """The context rules for 朴, in their order."""
    (ch, k, text, syls, w, before, after, words) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.before, ctx.after, ctx.words
    )
    if ch in _SURNAMES and (_is_surname(words, w, k) or (ch in _RARE_SURNAMES and not _in_phrase_dict(text))):
        reading = _SURNAMES[ch]  # 曾荫权 zēng, 单霁翔 shàn, 记者查文晔 zhā, 区先生 ōu
        return reading
    if ch == "朴" and syls[k] == "piao2" and ((text[:k] or before)[-1:] in _PLAIN_BEFORE or after[:1] in set("素实")):
        reading = "pu3"
        return reading
    return None


def _rules_for_bao_8584(ctx: _Context) -> str | None:
    """The context rules for 薄, in their order."""
    (ch, k, text, syls, w, alone, before, after, words) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.alone, ctx.before, ctx.after, ctx.words
    )
    if ch in _SURNAMES and (_is_surname(words, w, k) or (ch in _RARE_SURNAMES and not _in_phrase_dict(text))):
        reading = _SURNAMES[ch]  # 曾荫权 zēng, 单霁翔 shàn, 记者查文晔 zhā, 区先生 ōu
        return reading
    if ch == "薄" and alone and (before[-1:] == "凉" or after[:2] == "扶林") and syls[k] == "bao2":
        reading = "bo2"  # where jieba cut 凉/薄 (更凉/薄的争论, 涼/薄的謾罵: cold-hearted) or 薄/扶林道: as DICTIONARY_FIXES has them
        return reading
    return None


def _rules_for_shu_6570(ctx: _Context) -> str | None:
    """The context rules for 数, in their order."""
    (ch, k, text, syls, w, alone, before, after, words) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.alone, ctx.before, ctx.after, ctx.words
    )
    if ch == "数" and (after[:2] in ("了数", "一数") or before[-2:] in ("数了", "数一")):
        reading = "shu3"  # counting: 数了数
        return reading
    if ch == "数" and alone and syls[k] == "shu4" and after[:2] == "风流":
        reading = "shu3"  # to reckon up those who: 数风流人物，还看今朝, 启航新征程·数风流人物 (a number is never 风流)
        return reading
    if ch == "数" and k == 0 and (alone or not _in_phrase_dict(text)) and syls[k] == "shu4" and (
        after[:1] and not _several_follows(after) and before[-1:] not in _A_NUMBER_BEFORE
        and after[:1] not in _NOT_COUNTED_AFTER and not (alone and _noun_before(words, w))
        and (alone or _phrase_syllables(text[:2])[:1] != ["shù"]) and after[:1] not in _A_NUMBER_IS
        and before[-1:] != "悉"
    ):
        reading = "shu3"  # to count: 数了一下, 数星星 (not 病例数超过, 数小时, 数据安全: 数据 is a word, 悉数 all)
        return reading
    if ch == "数" and text == "悉数" and k == 1 and not (
        (after == "" and before[-2:-1] in set("可以法能难胜"))
        or _word_after(words, w).startswith("其") or _word_tags().get(_word_after(words, w), "").startswith("nr")
    ):
        reading = "shu4"  # all of them: 悉数归还, 金牌悉数被…; to list in full stays shǔ (不可悉数。 悉数其罪, 悉数林则徐…: a name after it)
        return reading
    if ch == "数" and k == 1 and text in ("要数", "当数", "首数") and syls[k] == "shu4" and (
        before[:-1] == "" or "最" in before
    ) and after[:1] and not _several_follows(after) and after[:1] not in _NUMERALS:
        reading = "shu3"  # reckoned the first: 最满意的，要数夏天的运动会, 最期待的当数晚上那场 (需要数周 is several, shù)
        return reading
    if ch == "数" and syls[k] == "shu4" and after[:1] == "迁" and before[-1:] == "不":
        reading = "shuo4"  # often: 吏不数迁, 不数迁 (officials not moved often; as 数见不鲜 shuò)
        return reading
    if ch == "数" and alone and syls[k] == "shu4" and before.endswith(("不胜", "不勝")):
        reading = "shu3"  # 多不胜数 (jieba's 多/不胜/数), as 数不胜数: too many to count
        return reading
    if ch == "数" and k == 0 and syls[k] == "shu4" and w > 0 and words[w - 1][0].endswith(("指头", "手指")) and (
        "掰" in before or "扳" in before
    ):
        reading = "shu3"  # counting on one's fingers: 掰着手指头数 (掰着指头数了数 is shǔ already)
        return reading
    return None


def _rules_for_sa_6492(ctx: _Context) -> str | None:
    """The context rules for 撒, in their order."""
    (ch, k, text, syls, w, i, alone, before, after, words, clause) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.words, ctx.clause
    )
    if ch == "撒" and alone and (
        after[:1] in _SCATTERED_AFTER or (after == "" and before)
        or (_noun_follows(words, w) and not words[w + 1][0].endswith("网"))
    ):
        reading = "sa3"  # to scatter: 撒盐, 撒化肥, 撒出了新意, 往车上撒 (撒网, 撒大网, 撒谎 are sā)
        return reading
    if ch == "撒" and k == 0 and not _in_phrase_dict(text) and text[1:2] in _SCATTERED_AFTER:
        reading = "sa3"  # jieba's 撒肥, 撒胡椒面
        return reading
    if ch == "撒" and alone and syls[k] == "sa1" and after[:1] not in set("网谎娇欢野手腿泼开") and any(
        thing in clause(i, 1, 8) for thing in _SCATTERED_THINGS
    ):
        reading = "sa3"  # to scatter or throw a powder: 迎面撒不知名白色粉末 (撒大网 stays sā)
        return reading
    return None


def _rules_for_diao_8c03(ctx: _Context) -> str | None:
    """The context rules for 调, in their order."""
    (ch, k, text, syls, i, alone, after, chars, clause) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.i, ctx.alone, ctx.after, ctx.chars, ctx.clause
    )
    if ch == "调" and k == 0 and not _in_phrase_dict(text) and (
        after[:1] in set("高低大小快慢准亮暗匀成减优") or after[:2] == "结构"
    ):
        reading = "tiao2"  # to adjust: 调高温度, 调成静音
        return reading
    if ch == "调" and text == "联调" and k == 1 and after[:2] == "联试":
        reading = "tiao2"  # 联调联试: a new line's joint tuning and tests (水资源联调, 联调联运 are dispatching, diào)
        return reading
    if ch == "调" and alone and syls[k] == "diao4" and after[:1] == "停" and any(x in clause(i, 1, 10) for x in _DISPUTES):
        reading = "tiao2"  # 调停, to mediate, where jieba cut 调/停车位: 调停车位纷争 (调停车 with no dispute stays)
        return reading
    if ch == "调" and alone and chars[i - 3 : i] == "产消蓄":
        reading = "tiao2"  # a list of what a grid user does: “产、消、蓄、调” (produce, consume, store, regulate; 调蓄 is tiáo)
        return reading
    if ch == "调" and k == 0 and (text == "调升" or (alone and after[:1] == "升")) and after[1:2] not in ("为", "任"):
        reading = "tiao2"  # raised: 名额调升至470名, 调升风险级别 (调升为副局长 is diào, transferred up)
        return reading
    if ch == "调" and k == len(text) - 1 > 0 and syls[k] == "diao4" and after.startswith(("结构", "布局")) and not _in_phrase_dict(text):
        reading = "tiao2"  # adjusting, where jieba glued 调 to the word before: 向调/结构, 而调/结构, 惠民生又调/结构 (空调, 强调 are words)
        return reading
    return None


def _rules_for_mei_6ca1(ctx: _Context) -> str | None:
    """The context rules for 没, in their order."""
    ch, k, text, alone, before, after = ctx.ch, ctx.k, ctx.text, ctx.alone, ctx.before, ctx.after
    if ch == "没" and k == 0 and (text.startswith("没过") or (alone and after[:1] == "过")):
        reading = "mo4" if _submerged(before, after[1:]) else "mei2"
        # 没过: has not (还没过完, 没过几天: méi); to submerge when water rises over something (积水没过膝盖: mò)
        return reading
    if ch == "没" and after[:2] == "收到":
        reading = "mei2"  # 没收到 (did not receive), not 没收 mò (confiscate)
        return reading
    return None


def _rules_for_luo_843d(ctx: _Context) -> str | None:
    """The context rules for 落, in their order."""
    (ch, k, text, syls, w, i, alone, before, after, words, clause) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.words, ctx.clause
    )
    if ch == "落" and text == "落下" and k == 0 and syls[k] == "la4" and (
        after[1:].startswith(_CURTAINS) or before.endswith(_FALLING_BEFORE)
    ):
        reading = "luo4"  # to fall, to come down: 圆满落下帷幕, 泪水簌簌落下 (不能落下一个人 is left behind, là)
        return reading
    if ch == "落" and alone and _word_after(words, w) == "了" and re.match(r"了[一两几]?个?[字句行段页]", after):
        reading = "la4"  # left out in writing: 刻意落了一个字, 落了两句 (落了一层灰 is luò)
        return reading
    if ch == "落" and alone and after.startswith(("不下啥", "不下什么", "不下几个", "不下多少", "不下钱")):
        reading = "lao4"  # to be left with: 刨去人工，落不下啥 (落不下来 is luò)
        return reading
    if ch == "落" and syls[k] == "luo4" and before[-1:] == "不" and (
        (after[:1] == "一" and after[1:2] in _LEFT_OUT) or (before[-3:-2] == "一" and before[-2:-1] in _LEFT_OUT)
    ) and after[:1] not in set("实幕地空"):
        reading = "la4"  # left out: 不落一人, 不落一户, 一个不落 (日不落, 不落实, 不落地 stay luò)
        return reading
    if ch == "落" and syls[k] == "luo4" and after.startswith(("在", "下在")) and (
        text in ("落", "落下") or (k == len(text) - 1 and text[:k] == "包" and before[-2:-1] in set("把将"))
    ) and _LEFT_BEHIND_AT.match(after[2 if after.startswith("下在") else 1 :]) and (
        text[:k] == "包" or any(thing in clause(i, -1, 12) for thing in _BELONGINGS)
    ):
        reading = "la4"  # left behind by mistake: 把钥匙落在家里, 手机落在出租车上, 把包落在车上 (jieba's 包落; 炸弹落在
        # 酒店, 手机落在地上 are luò)
        return reading
    return None


def _rules_for_cha_5dee(ctx: _Context) -> str | None:
    """The context rules for 差, in their order."""
    (ch, k, text, syls, w, i, alone, before, after, words, chars, clause) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.words, ctx.chars,
        ctx.clause
    )
    if ch == "差" and alone and syls[k] == "cha4" and w > 0 and words[w - 1][0] == "倍" and words[w - 1][2] == PAUSE_WORD:
        reading = "cha1"  # a ratio between two incomes: 城乡居民收入倍差 (jieba: 倍/差), a difference as in 温差, 落差
        return reading
    if ch == "差" and (alone or k == 0) and w > 0 and words[w - 1][2] == PAUSE_WORD and words[w - 1][0][-1:] == "夫" and (
        _word_tags().get(words[w - 1][0], "").startswith("nr") or words[w - 1][0] == "夫"
    ):
        reading = "chai1"  # 夫差, the king of Wu (jieba's 吴王夫/差, 吴王夫/差开/邗沟)
        return reading
    if ch == "差" and text == "极差" and k == 1 and syls[k] == "cha1" and _extremely_poor(words, w, after):
        reading = "cha4"  # extremely poor, said of the noun before it: 发展韧性极差, 生存性极差，机身… (数据的极差为 is the range, chā)
        return reading
    if ch == "差" and text == "差会" and k == 0 and syls[k] == "cha4" and w > 0 and words[w - 1][2] == PAUSE_WORD and (
        words[w - 1][0] in _MISSION_WORDS or _word_tags().get(words[w - 1][0], "") == "ns"
    ):
        reading = "chai1"  # a missionary society, one that sends: 伦敦差会, 宣教差会 (质量差会影响销量 is chà, poor)
        return reading
    if ch == "差" and alone and syls[k] == "cha4" and chars[i - 2 : i] == "内轮":
        reading = "cha1"  # a turning vehicle's inner-wheel difference, 内轮差 (jieba's 内轮/差), a difference as in 温差
        return reading
    if ch == "差" and alone and w > 0 and (words[w - 1][0] in ("得票", "票数") or (
        words[w - 1][0][-1:] == "票" and after[:1] not in _NUMERALS | set("点些不几")
    )) and words[w - 1][2] == PAUSE_WORD:
        reading = "cha1"  # a gap in votes: 得票差, jieba's 將票/差從三百票拉開 (a difference, as in 温差; 投票/差一票 is chà)
        return reading
    if ch == "差" and alone and syls[k] == "cha4" and w > 0 and words[w - 1][2] == PAUSE_WORD and len(words[w - 1][0]) >= 2 and (
        any(verb in clause(i, -1, 10) for verb in _GAP_VERBS) or after.startswith(_GAP_VERBS)
    ) and _word_tags().get(words[w - 1][0], "").startswith("n"):
        reading = "cha1"  # a gap that is narrowed or widened: 缩小群体间待遇差, 收入差缩小 (待遇差的单位 is chà, poor)
        return reading
    if ch == "差" and alone and chars[i - 1 : i] == "阻" and after[:2] == "办公":
        reading = "chai1"  # 阻差办公, obstructing a police officer, where jieba cut 涉阻/差/辦公 (阻差 as one word is a phrase)
        return reading
    if ch == "差" and alone and _word_after(words, w) == "人" and words[w][2] == PAUSE_WORD and (
        not after[1:].startswith(_SHORT_BY)
    ):
        reading = "chai1"  # Hong Kong's 差人, the police, where jieba cut 差/人 (差人好似搵緊你; 差人一等 stays chà)
        return reading
    if ch == "差" and text == "差人" and k == 0 and after[1:].startswith(_SHORT_BY):
        reading = "cha4"  # falling short of others by so much: 差人一大截, 差人好几等, 差人半头 (差人去买 is chāi, sent)
        return reading
    if ch == "差" and alone and syls[k] == "cha4" and _sends_someone(words, w, chars[i + 1 : i + 14]):
        reading = "chai1"  # to send someone on an errand: 大的就会差小的，那谁，去捞一块麻糍来 (差他一截 is chà)
        return reading
    if ch == "差" and alone and syls[k] == "cha4" and after[:1] == "等" and (after[1:2] == "性" or (after == "等" and before[-1:] == "有")):
        reading = "cha1"  # 差等, gradation (爱有差等, 差等性: jieba's 差/等); 差等生, “差”等级, 稳定性差等问题 are chà
        return reading
    if ch == "差" and alone and syls[k] == "cha4" and w > 0 and words[w - 1][2] == PAUSE_WORD and (
        words[w - 1][0] in _GAP_OF or (words[w - 1][0] + "差" in _jieba().dt.FREQ and words[w - 1][0] + "差" != "偏差")
    ) and _word_tags().get(words[w - 1][0], "")[:1] == "n" and not (after[:1] in set("距别异不了得极劲") or before[-len(words[w - 1][0]) - 1 : -len(words[w - 1][0])] in _DEGREE):
        reading = "cha1"  # a difference cut off its word or like it: 空间差 beside 时间差, 价格差, 信息差 (空间差异 is glued)
        return reading
    if ch == "差" and k == 0 and syls[k] == "cha4" and before[-1:] == "缩" and after[:1] not in set("距异别不了得点") and (
        w > 0 and words[w - 1][2] == PAUSE_WORD
    ):
        reading = "cha1"  # 缩差, narrowing a gap, cut by jieba: 缩/差共富, 缩/差 (缩小差距 keeps its word: chājù)
        return reading
    if ch == "差" and k == 0 and (alone or not _in_phrase_dict(text)) and (after[:1] == "佬" or (after[:1] == "馆" and after[1:2] not in set("藏舍长"))):
        reading = "chai1"  # Hong Kong's 差佬, a policeman, and 差館, a police station (差人, 出差: chāi; 质量差/馆藏少 is chà)
        return reading
    return None


def _rules_for_zha_624e(ctx: _Context) -> str | None:
    """The context rules for 扎, in their order."""
    (ch, k, text, syls, i, alone, before, after, clause) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.clause
    )
    if ch == "扎" and not _in_phrase_dict(text) and any(hair in after + clause(i, 1, 6) for hair in _TIED_HAIR):
        reading = "za1"  # to tie: 扎辫子, 扎着马尾
        return reading
    if ch == "扎" and syls[k] == "zha1" and not _in_phrase_dict(text) and after.startswith(_TIED_CRAFTS):
        reading = "za1"  # to tie a frame or a craft together: 先扎骨架, 扎风筝, jieba's 编扎彩龙, 沙漠中扎草方格 (扎进山村,
        # 扎下根 stay zhā)
        return reading
    if ch == "扎" and text == "扎得" and k == 0 and any(c in _TIGHT for c in after[1:4]):
        reading = "za1"  # tied tight: 制度的笼子扎得越紧 (扎得很深 stays zhā)
        return reading
    if ch == "扎" and alone and syls[k] == "zha1" and (
        after[:1] == "铁" or before[-1:] == "彩" or (before.endswith(_TIED_HAIR) and after[:1] in ("在", "成", "起", "着"))
    ):
        reading = "za1"  # to tie: 紮鐵 (binding rebar), 彩扎 (a tied paper craft), 头发扎在脑后 (扎下了根 stays zhā)
        return reading
    return None


def _rules_for_fu_4f5b(ctx: _Context) -> str | None:
    """The context rules for 佛, in their order."""
    ch, k, text, syls, before = ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.before
    if ch == "佛" and syls[k] == "fu2" and (text[:k] or before)[-1:] not in "仿彷":
        reading = "fo2"  # Buddha: 灭佛 (fú only in 仿佛)
        return reading
    return None


def _rules_for_lei_52d2(ctx: _Context) -> str | None:
    """The context rules for 勒, in their order."""
    ch, k, syls, after = ctx.ch, ctx.k, ctx.syls, ctx.after
    if ch == "勒" and syls[k] == "lei1" and after[:1] not in _TIGHTEN_AFTER:
        reading = "le4"
        return reading
    return None


def _rules_for_pu_66dd(ctx: _Context) -> str | None:
    """The context rules for 曝, in their order."""
    ch, k, text, syls, alone, before, after = ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.alone, ctx.before, ctx.after
    if ch == "曝" and (text[:k] or before)[-1:] == "献" and (k > 0 or (alone and after[:1] in ("", "之"))):
        reading = "pu4"  # 献曝, to offer what one has (野人献曝, 献曝之忱, jieba's 來獻/曝；): to sun, as in 一曝十寒
        return reading
    if ch == "曝" and syls[k] == "pu4" and after[:1] != "晒" and (text[:k] or before)[-1:] != "一":
        reading = "bao4"  # 被曝, 曝出 (pù only in 曝晒, 一曝十寒)
        return reading
    return None


def _rules_for_chuang_5e62(ctx: _Context) -> str | None:
    """The context rules for 幢, in their order."""
    ch, k, text, before = ctx.ch, ctx.k, ctx.text, ctx.before
    if ch == "幢" and "幢幢" not in text and (text[:k] or before)[-1:] != "经":
        reading = "zhuang4"  # the measure word: 五幢楼房 (chuáng: 经幢, 幢幢)
        return reading
    return None


def _rules_for_shi_4f3c(ctx: _Context) -> str | None:
    """The context rules for 似, in their order."""
    ch, k, syls, after = ctx.ch, ctx.k, ctx.syls, ctx.after
    if ch == "似" and syls[k] == "shi4" and after[:1] not in ("的", "地"):
        reading = "si4"  # shì only in 似的, 似地
        return reading
    return None


def _rules_for_can_63ba(ctx: _Context) -> str | None:
    """The context rules for 掺, in their order."""
    ch, = ctx.ch
    if ch == "掺":
        reading = "chan1"
        return reading
    return None


def _rules_for_zhi_53ea(ctx: _Context) -> str | None:
    """The context rules for 只, in their order."""
    (ch, k, text, syls, w, alone, before, after, words) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.alone, ctx.before, ctx.after, ctx.words
    )
    if ch == "只" and syls[k] != "zhi1" and (text[:k] or before).endswith("一只") and after[:1] not in _ONLY_AFTER:
        reading = "zhi1"  # one after another, counted: 一只只机械手臂 (jieba's 一只/只)
        return reading
    if ch == "只" and syls[k] != "zhi1" and 0 < k < len(text) - 1 and text[k - 1] in _BIG_COUNTS and (
        text[k + 1] not in _ONLY_AFTER | _ONLY_BEFORE_VERB
    ):
        reading = "zhi1"  # a count jieba glued to what it counts: 用好两只手 (pypinyin reads its 只手 zhǐ)
        return reading
    if ch == "只" and alone and w > 0 and words[w - 1][0] in _MORE_OR_LESS:
        reading = "zhi3"  # only, after an adverb ending in 多: 差不多只取决于 (no count)
        return reading
    if ch == "只" and alone and before[-1:] in ("这", "那") and _only_before_a_verb(words, w):
        reading = "zhi3"  # only, after 这/那 as a subject, before a verb: 那/只/帶來/反效果 (那只飞来的鸟, 这只猫 count: zhī)
        return reading
    if ch == "只" and alone and before[-1:] in _COUNTERS_BEFORE and after[:1] not in _ONLY_AFTER:
        reading = "zhi1"  # the measure word: 两只羊, 犬只
        return reading
    if ch == "只" and k == len(text) - 1 and text[:k][-1:] in _COUNTERS_BEFORE - {"犬"} and after[:1] not in _ONLY_AFTER:
        reading = "zhi1"  # jieba's 一只, 两只
        return reading
    if ch == "只" and syls[k] == "zhi3" and (text[:k] or before)[-1:] in _BIG_COUNTS and after[:1] not in _ONLY_BEFORE_VERB and (
        (alone and after[:1] not in _ONLY_AFTER) or (0 < k == len(text) - 1 and after[:1] not in _ONLY_AFTER)
        or (k == 0 and text[1:] in _COUNTED_BY_ZHI)
    ):
        reading = "zhi1"  # the measure word after a round number: 两百余只, 五百只左右, 三十二点四万只, 三万/只羊
        return reading
    return None


def _rules_for_jiao_6559(ctx: _Context) -> str | None:
    """The context rules for 教, in their order."""
    ch, k, text, syls, alone, before, after = ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.alone, ctx.before, ctx.after
    if ch == "教" and alone and syls[k] == "jiao4" and (
        before[-1:] == "受" or before[-2:] == "有所" or after.startswith(_EDUCATION_BODIES)
    ):
        reading = "jiao4"  # teaching, education: 众人受教, 学有所教, 教工委, 教联会, 教大学生会 (the Education University)
        return reading
    if ch == "教" and (alone or (k == len(text) - 1 and text[:k] in _FOR_WHOM | {"地"})) and (
        after[:1] not in _JIAO4_AFTER or after[:2] == "学生"
    ):
        reading = "jiao1"  # to teach: 教凯特礼节, 他教我, 耐心地教 (jieba: 地教), 教学生认字 (jieba: 教/学生)
        return reading
    return None


def _rules_for_liang_91cf(ctx: _Context) -> str | None:
    """The context rules for 量, in their order."""
    (ch, k, text, w, alone, before, after, words) = (
        ctx.ch, ctx.k, ctx.text, ctx.w, ctx.alone, ctx.before, ctx.after, ctx.words
    )
    if ch == "量" and alone and w > 0 and len(words[w - 1][0]) >= 2 and (
        _in_phrase_dict(words[w - 1][0][-1] + "量") and words[w - 1][2] == PAUSE_WORD
        and len(words[w - 1][0]) == 2 and words[w - 1][0][0] in _SIZE_ADJECTIVES
    ):
        reading = "liang4"  # jieba glued a size onto an amount's first character: 大体/量 for 大/体量
        return reading
    if ch == "量" and alone and _content_of_before(before):
        reading = "liang4"  # how much of it a thing holds: 含“新”量, 含“绿”量 (含金量, 含水量 are words)
        return reading
    if ch == "量" and k == len(text) - 1 and (alone or text[:k] in _PRONOUNS) and after[:1] in _NUMERALS and (
        after[1:2] in set("次遍回下") and before[-1:] not in _A_NUMBER_BEFORE
    ):
        reading = "liang2"  # to measure, so many times: 每天量两次体温 (jieba: 给/他量/两次)
        return reading
    if ch == "量" and alone and _activity_before(words, w) and after[:1] not in _MEASURED_AFTER and not _noun_follows(words, w):
        reading = "liang4"  # the amount of an activity: 交付量已超三百台, 预订量同比增长, 完工量和订单量 (jieba: 交付/量)
        return reading
    if ch == "量" and alone and w > 0 and words[w - 1][2] == PAUSE_WORD and _word_after(words, w) in _AMOUNT_FIGURES and (
        _word_tags().get(words[w - 1][0], "")[:1] in ("v", "n", "j") and words[w - 1][0] not in _PERSONS
    ):
        reading = "liang4"  # an amount before the figure kept of it, which nothing measures: 采购/量/指数, 就诊/量/高峰期,
        # 手术/量/纪录 (jieba: 采购/量)
        return reading
    if ch == "量" and alone and before and after[:1] not in _NUMERALS | _AMOUNT_IS | (_DEGREE - {"过"}) and before[-1:] not in _A_NUMBER_BEFORE and (
        not _noun_before(words, w) or after[:1] in _MEASURED_AFTER or _noun_follows(words, w)
    ):
        reading = "liang2"  # to measure: 帮你量距离, 给老人量血压 (not 订单量、, 量的增长)
        return reading
    if ch == "量" and text in ("他量", "她量") and k == 1 and after[:1] in set("了过体血"):
        reading = "liang2"  # to measure, where jieba glues 他量: 给他量了体温
        return reading
    return None


def _rules_for_zhong_4e2d(ctx: _Context) -> str | None:
    """The context rules for 中, in their order."""
    (ch, k, text, syls, w, i, alone, before, after, words, chars) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.words, ctx.chars
    )
    if ch == "中" and (text[:k] or before)[-1:] in set("没未") and after[:1] in set("过了奖"):
        reading = "zhong4"  # to hit, to win: 没中过 (sets, not strings: "" is in every string, and 中 alone in a list,
        # 大、中、小企业, 早、中、晚, was read zhòng)
        return reading
    if ch == "中" and text == "中肯" and k == 0 and after[1:2] not in _NOT_CHINA_KENYA_AFTER and (
        before[-1:] not in _DEGREE | set("够夠不为分常当颇")
    ):
        reading = "zhong1"  # China and Kenya: 中肯两国, 增进中肯之间 (中肯 zhòng, pertinent, is said of a remark: 很中肯。 中肯的意见)
        return reading
    if ch == "中" and syls[k] == "zhong1" and not _in_phrase_dict(text) and after[:1] in set("枪弹箭") and (
        (k > 0 and text[k - 1] not in set("其之空手心水胸眼口家途腹囊盒匣膛"))
        or (k == 0 and alone and before[-1:] in set("人兵员者士警民童他她我你") and before[-2:] not in ("其他", "手下"))
    ) and after[1:2] not in set("药道性头壳坑片簧支械手法术战炮琴奏跳尽无声矢雨林"):
        reading = "zhong4"  # hit, where jieba glued 中 to the one hit or cut it off (十五人中枪, 士兵/中/箭): 其中弹药,
        # 手中枪, 战斗中弹尽粮绝 stay zhōng
        return reading
    if ch == "中" and before[-1:] == "身" and before[-2:-1] not in set("人本自") and (
        after[:1] in _NUMERALS | {"数", "多"}
    ):
        reading = "zhong4"  # hit: 身中数刀, 身中七弹 (jieba's 身中七弹, 因身/中四弹); 人身中, 本身中 are in
        return reading
    if ch == "中" and syls[k] == "zhong1" and (
        (k == len(text) - 1 and (alone or text[:k] in _HITTING_VERBS) and (
            (after.startswith(_DEGREES_PASSED) and (text == "考中" or (w > 0 and words[w - 1][0] == "考")))
            or (after[:1] in ("了", "过") and after[1:].startswith(_DEGREES_PASSED + _PRIZES))
        ))
        or (text in ("中了", "中过") and k == 0 and after[1:].startswith(_DEGREES_PASSED + _PRIZES))
    ):
        reading = "zhong4"  # to pass, to win: 考中进士, 中过进士, 中了彩票, 中了头奖 (其中了解, 大考中进士出身的 stay zhōng)
        return reading
    if ch == "中" and syls[k] == "zhong4" and k > 0 and _stage_between(chars, i):
        reading = "zhong1"  # the middle stage of a run 前…中…后: 投前投中投后 (jieba's 投中, a hit, is tóuzhòng)
        return reading
    return None


def _rules_for_zhuan_8f6c(ctx: _Context) -> str | None:
    """The context rules for 转, in their order."""
    ch, alone, before, after = ctx.ch, ctx.alone, ctx.before, ctx.after
    if ch == "转" and alone and (
        after[:2] in ("起来", "起了") or after[:1] == "圈" or re.match(r"[了过着著]?[一两几三四五六七八九十数]*圈", after)
        or "围着" in before or "围绕着" in before
    ):
        reading = "zhuan4"  # to spin, to go round: 转起来, 在村里转了一圈, 科研围着大局转 (转了弯 keeps zhuǎn)
        return reading
    if ch == "转" and ctx.text in ("转着", "转著") and ctx.k == 0 and after[1:2] == "圈":
        reading = "zhuan4"  # to go round, in jieba's 转着 before 圈: 转着圈盘了十口大灶 (转着弯 keeps zhuǎn)
        return reading
    return None


def _rules_for_jie_7ed3(ctx: _Context) -> str | None:
    """The context rules for 结, in their order."""
    ch, alone, after = ctx.ch, ctx.alone, ctx.after
    if ch == "结" and alone and after.startswith(("硕果", "果实")):
        reading = "jie1"  # to bear fruit: 新思想基层结硕果, 一带一路结硕果 (jieba: 结/硕果; 中国结 keeps jié)
        return reading
    return None


def _rules_for_geng_66f4(ctx: _Context) -> str | None:
    """The context rules for 更, in their order."""
    ch, w, alone, before, words = ctx.ch, ctx.w, ctx.alone, ctx.before, ctx.words
    if ch == "更" and alone and w > 0 and words[w - 1][0] in ("三", "五") and before[-1:] in ("三", "五"):
        reading = "geng1"  # a night watch: 三更穷五更富, 枕上三更雨 (jieba: 三/更; 再三/更 is not one)
        return reading
    return None


def _rules_for_chang_573a(ctx: _Context) -> str | None:
    """The context rules for 场, in their order."""
    ch, k, syls, i, before, clause = ctx.ch, ctx.k, ctx.syls, ctx.i, ctx.before, ctx.clause
    if ch == "场" and before[-1:] == "一" and syls[k] == "chang2" and _A_SHOW_AFTER_YI_CHANG.match(clause(i, 1, 14)):
        reading = "chang3"  # a show or match: 一场比赛, 一场精彩的演出, 一场音乐会 (一场雨, 一场革命, 一场大战 keep cháng)
        return reading
    return None


def _rules_for_tie_5e16(ctx: _Context) -> str | None:
    """The context rules for 帖, in their order."""
    ch, alone, after = ctx.ch, ctx.alone, ctx.after
    if ch == "帖" and alone and after[:1] in ("文", "子"):
        reading = "tie3"  # a post online where jieba cut 该/帖/文为: tiě, as 帖文, 发帖 (DICTIONARY_FIXES), 帖子
        return reading
    return None


def _rules_for_qu_66f2(ctx: _Context) -> str | None:
    """The context rules for 曲, in their order."""
    (ch, k, text, syls, w, alone, before, words) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.alone, ctx.before, ctx.words
    )
    if ch == "曲" and k == len(text) - 1 and (text[:k] or before)[-1:] in _NUMERALS and not (
        text == "九曲" and w + 1 < len(words) and words[w][2] == PAUSE_WORD and words[w + 1][0][-1:] in _WINDING
    ):
        reading = "qu3"  # a song: 一曲黄梅戏, 连奏九曲, 九曲民歌 (九曲黄河, nine bends before what winds, stays qū)
        return reading
    if ch == "曲" and k == len(text) - 1 > 0 and syls[k] == "qu1" and not _in_phrase_dict(text) and text[k - 1] not in _BENT.union(_SURNAMES):
        reading = "qu3"  # a tune, ending a word jieba made that pypinyin does not know: 片头曲, 粤曲, 恋曲, 迎宾曲, 春之曲, 整曲
        return reading
    if ch == "曲" and alone and syls[k] == "qu1" and (before[-2:] in ("欢迎", "迎宾") or before[-1:] == "步" or _listed_with(words, w, ("词",))):
        reading = "qu3"  # a tune: 欢迎曲, 词、曲, 十步曲 (曲青山, a surname, stays qū)
        return reading
    return None


def _rules_for_zai_8f7d(ctx: _Context) -> str | None:
    """The context rules for 载, in their order."""
    (ch, k, text, syls, w, alone, before, after, words) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.alone, ctx.before, ctx.after, ctx.words
    )
    if ch == "载" and k == len(text) - 1 and _years_in_zai(before, words, w):
        reading = "zai3"  # a year, after a number: 执教十七载, 历经七十载, 千载, 二十余载, 历时数载 (载人, 载重 stay zài)
        return reading
    if ch == "载" and alone and syls[k] == "zai4" and w > 0 and words[w - 1][2] == PAUSE_WORD and (
        words[w - 1][0].endswith(_NEWSPAPERS) and after[:1] not in _LOADS_AFTER_ZAI
    ):
        reading = "zai3"  # printed in a paper: 日报载, 晚报载 (zǎi, as in 据报载, 转载)
        return reading
    return None


def _rules_for_ka_5361(ctx: _Context) -> str | None:
    """The context rules for 卡, in their order."""
    (ch, k, text, syls, i, alone, before, after, chars) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.chars
    )
    if ch == "卡" and alone and syls[k] == "ka3" and after[:1] in ("在", "住") and before[-1:] not in _COUNTERS_BEFORE | {"张"}:
        reading = "qia3"  # stuck: 异物卡在管道内 (not 这张卡在)
        return reading
    if ch == "卡" and text in ("卡点", "点卡", "卡") and chars[i + 1 : i + 2] == "点" and "堵点" in chars[max(0, i - 5) : i] + "|" + chars[i + 2 : i + 7]:
        reading = "qia3"  # a choke point beside 堵点 (卡点堵点, jieba's 堵/点卡/点, 打通堵点、卡点); 打卡点, 卡点视频 stay kǎ
        return reading
    if ch == "卡" and text == "卡点" and syls[k] in ("ka3", "ka2") and (
        before.endswith(_CHECKPOINT_BEFORE) or after[1:].startswith(_CHECKPOINT_AFTER)
    ):
        reading = "qia3"  # a checkpoint, as 关卡, 哨卡: 设置卡点, 小区卡点, 消杀卡点, 卡点严格管理 (网红打卡点, 卡点视频 stay kǎ)
        return reading
    return None


# Round 73: what sets up or holds a 卡点 that is a checkpoint, qiǎ (设置卡点, 小区卡点, 卡点值守), not a check-in spot (打卡点).
_CHECKPOINT_BEFORE = ("设置", "设立", "增设", "布设", "小区", "村口", "路口", "道口", "社区", "防控", "消杀", "防疫", "疫情", "检查")
_CHECKPOINT_AFTER = ("值守", "执勤", "严格", "检查", "排查", "管控")


def _rules_for_tiao_6311(ctx: _Context) -> str | None:
    """The context rules for 挑, in their order."""
    (ch, k, text, syls, i, before, chars, clause) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.i, ctx.before, ctx.chars, ctx.clause
    )
    if ch == "挑" and text == "挑起" and k == 0 and (any(b in clause(i, 1, 12) for b in _BURDENS) or before[-2:] == "扁担"):
        reading = "tiao1"  # to shoulder a burden (挑起大梁, 挑起了全村防控重担); stirring up (挑起贸易战, 挑起冲突) stays tiǎo
        return reading
    if ch == "挑" and syls[k] == "tiao1" and (chars[i + 1 : i + 3] == "水坝" or chars[i + 1 : i + 4] == "水大坝"):
        reading = "tiao2" if syls[k + 1 : k + 2] and syllable_tone(syls[k + 1]) == "3" else "tiao3"  # a spur dike that deflects the current: 挑水坝 (jieba's 挑/水坝, 挑水/大坝); 挑水, carrying water, is tiāo
        return reading
    return None


def _rules_for_jia_5047(ctx: _Context) -> str | None:
    """The context rules for 假, in their order."""
    ch, k, text, syls, before = ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.before
    if ch == "假" and syls[k] == "jia3" and (k == len(text) - 1 or _glued_to_a_particle(text, k)) and not _in_phrase_dict(text) and (
        (text[:k] or before)[-1:] in _LEAVE_BEFORE or (k == 0 and _LEAVE_TAKEN.search(before))
    ):
        reading = "jia4"  # a leave: 休育儿假, 休育儿假会 (jieba's 假会), 请过一次假, 放了三天假, 无薪假, 逢假必堵
        return reading
    return None


def _rules_for_dao_5012(ctx: _Context) -> str | None:
    """The context rules for 倒, in their order."""
    (ch, k, syls, w, i, alone, before, after, words, clause) = (
        ctx.ch, ctx.k, ctx.syls, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.words, ctx.clause
    )
    if ch == "倒" and alone and syls[k] == "dao4" and _word_after(words, w) == "扁":
        reading = "dao3"  # to topple 阿扁, Chen Shui-bian: 倒/扁/运动, 民众上街倒/扁 (as 倒阁, 倒台; DICTIONARY_FIXES has 倒扁)
        return reading
    if ch == "倒" and syls[k] == "dao4" and _falls(words, w, k, clause(i, -1, 12), after):
        reading = "dao3"  # to fall: 倒在血泊中, 倒在了岗位上, 房子要倒了, 英雄倒下去, 屹立不倒, 白班倒夜班, 倒向美国
        return reading
    if ch == "倒" and alone and syls[k] == "dao4" and w > 0 and words[w - 1][2] == PAUSE_WORD and words[w - 1][0] in _SHIFTS:
        reading = "dao3"  # shifts taking turns round the clock: 员工两班倒, 四班倒 (as jieba's 三班倒)
        return reading
    if ch == "倒" and before.endswith("扶东") and after[:1] == "西":
        reading = "dao3"  # 扶东倒西, staggering (jieba's 扶东/倒/西)
        return reading
    return None


def _rules_for_dang_5f53(ctx: _Context) -> str | None:
    """The context rules for 当, in their order."""
    (ch, k, syls, w, alone, before, after, words) = (
        ctx.ch, ctx.k, ctx.syls, ctx.w, ctx.alone, ctx.before, ctx.after, ctx.words
    )
    if ch == "当" and alone and syls[k] == "dang1" and before[-2:] == "不得" and w > 0 and words[w - 1][0] == "不得" and (
        after == "" or after[:1] in set("等的而或")
    ):
        reading = "dang4"  # 得当, fitting, where jieba cut 不得/当: 保护方法不得当等困境 (不得当选 is glued; 不得当兵: none seen)
        return reading
    if ch == "当" and alone and syls[k] == "dang1" and _ba_before(words, w) and after[:1] not in ("", "时", "中"):
        reading = "dang4"  # to take as: 把群众当亲人, 把试验场当战场
        return reading
    if ch == "当" and alone and syls[k] == "dang1" and after[:1] not in ("", "时", "中") and _taking_before(words, w, ctx.listed):
        reading = "dang4"  # used as: 利用墙壁当黑板, 利用砖头、石头、背包等当凳子, 以低俗當寫實, 拿他当朋友 (利用业余时间当志愿者 is dāng)
        return reading
    if ch == "当" and alone and syls[k] == "dang1" and _taken_to_be(words, w) and "时" not in ctx.clause(ctx.i, 1, 16):
        reading = "dang4"  # to take someone to be: 我當你是創造的自由, 他一直当我是朋友, 你当我是什么人 (我当他是学生的时候 is dāng)
        return reading
    if ch == "当" and alone and syls[k] == "dang1" and w + 2 < len(words) and words[w + 1][2] == PAUSE_WORD and (
        words[w + 2][0] == "用" and (words[w + 2][2] != PAUSE_WORD or w + 3 == len(words) or words[w + 3][0] in ("的", "了"))
    ):
        reading = "dang4"  # a thing used as another, 当…用 ending its clause: 农民当柴火用, 当凳子用 (当他用手 is dāng)
        return reading
    if ch == "当" and k == 0 and not alone and syls[k] == "dang1" and not any(
        _in_phrase_dict(ctx.text[:n]) for n in range(2, len(ctx.text) + 1)
    ) and _word_tags().get(words[w - 1][0], "")[:1] not in ("v", "p") and (
        _ba_before(words, w) or _taking_before(words, w, ctx.listed)
    ):
        reading = "dang4"  # jieba glued 当 to what a thing is taken as, no word pypinyin has: 以树枝/当笔, 拿钱/当饭/吃 (把它们移交给/当地政府 is dāng)
        return reading
    if ch == "当" and syls[k] == "dang1" and w > 0 and words[w - 1][0] in _TREATING_ADVERBS and words[w - 1][2] == PAUSE_WORD and (
        ctx.text in ("当是", "当係") or alone and w + 1 < len(words) and words[w + 1][0] in ("是", "係") and words[w][2] == PAUSE_WORD
    ):
        reading = "dang4"  # to treat it as, 就/便/权/可 before 当是: 就当是背水一战了, 亦可當是買個保險 (民众所盼当是政府所急 is dāng)
        return reading
    if ch == "当" and syls[k] == "dang1" and after[:1] == "其" and after[1:2] in set("罪过過功责責实實") and after[2:] == "":
        reading = "dang4"  # to fit, 当其 and a deed ending the clause: 罚当其过, 罚当其罪, 赏当其功 (当其时 is dāng; 首当其冲 a word)
        return reading
    return None


# Adverbs before 当是, to treat it as (就当是, 权当是, 亦可當是), not "should be" (所盼当是).
_TREATING_ADVERBS = frozenset("就 便 权 权且 姑且 只 全 都 可 亦可 也可 就算".split())


def _rules_for_bei_80cc(ctx: _Context) -> str | None:
    """The context rules for 背, in their order."""
    (ch, k, text, syls, w, i, alone, before, after, words, clause) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.words, ctx.clause
    )
    if ch == "背" and alone and after.startswith(("到底", "起来")) and any(text_ in before for text_ in _RECITED):
        reading = "bei4"  # to recite a text to the end or by heart: 一篇稿子背到底, 整本书都背起来 (把行李背起来 is bēi)
        return reading
    if ch == "背" and alone and syls[k] == "bei4" and after == "" and before.endswith(("帮着", "帮忙", "抢着", "轮流")):
        reading = "bei1"  # carrying someone, ending the clause: 失能老人下楼也帮着背 (帮着背课文 has an object)
        return reading
    if ch == "背" and alone and syls[k] == "bei4" and before[-1:] != "倒" and (
        after[:1] in _CARRIED_AFTER or after[:1] in _FOR_WHOM - set("人大群儿") or after[:2] == "黑锅"
    ):
        reading = "bei1"  # to carry on the back: 背回家中, 背我到卫生室, 背黑锅 (倒背着手 is bèi)
        return reading
    if ch == "背" and alone and syls[k] == "bei4" and w + 1 < len(words) and words[w][2] == PAUSE_WORD and (
        _carried_load(words[w + 1][0]) or after[:2] in ("黑鍋",)
    ):
        reading = "bei1"  # to carry a load: 背药箱, 背石头上山, 背猪草 (背课文 is bèi: to recite)
        return reading
    if ch == "背" and k == 0 and syls[k] == "bei4" and before[-1:] != "倒" and (
        (len(text) >= 3 and not _in_phrase_dict(text) and _carried_load(text[1:])) or text[1:] in ("不动", "得动")
    ):
        reading = "bei1"  # jieba's 背 glued to a load or to whether one can carry it: 背药桶, 背不动, 背得动 (背不下来 is reciting)
        return reading
    if ch == "背" and k == 0 and len(text) == 2 and text[1] in _CARRIED_AFTER and before[-1:] != "倒" and (
        text[1] not in "上起" or after[:1] == "了" or _noun_follows(words, w) or after.startswith(_CARRIED_WORDS)
        or any(load in clause(i, 1, 8) for load in _CARRIED_WORDS)
    ) and not (_in_phrase_dict(text) and syls[k] == "bei1"):
        reading = "bei1"  # jieba's 背著, 背起/背上 + a load: 背起被困老人, 背上行囊 (背上有伤 is the back, 背起来 may be reciting)
        return reading
    if ch == "背" and alone and (after[:1] in ("篼", "篓") or after[:2] == "二哥"):
        reading = "bei1"  # carried on the back: 背篼, 背篓, Sichuan's 背二哥 porters
        return reading
    return None


def _rules_for_chu_5904(ctx: _Context) -> str | None:
    """The context rules for 处, in their order."""
    (ch, k, text, syls, w, alone, after, words) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.alone, ctx.after, ctx.words
    )
    if ch == "处" and alone and w > 0 and words[w - 1][0] == "所" and words[w - 1][2] == PAUSE_WORD:
        reading = "chu3"  # where one stands, jieba's 所/处 before a noun: 所处位置, 所处时代 (所处的 is in DICTIONARY_FIXES)
        return reading
    if ch == "处" and text == "深处" and k == 1 and after.startswith(_DEEP_REGIONS):
        reading = "chu3"  # lying deep in: 深处内陆的抚州, 深处大山 (大山深处, 内心深处的 are the depths, chù)
        return reading
    if ch == "处" and syls[k] == "chu4" and after[:1] and after[:1] not in _NOT_BEING_IN_AFTER and (
        (k == 1 == len(text) - 1 and text[0] in _BEING_IN_ADVERBS)
        or (alone and w > 0 and words[w - 1][2] == PAUSE_WORD and words[w - 1][0] in _BEING_IN_ADVERBS)
    ):
        reading = "chu3"  # to be in, after an adverb, before where: 正处关键时期, 尚处起步阶段 (jieba's 正处, 尚处; 正处级 is chù)
        return reading
    if ch == "处" and k > 0 and text[k - 1] == "无" and syls[k] in ("chu3", "chu2"):
        reading = "chu4"  # nowhere: 无处藏身, 无处可去 (a place; 无/处理 is another word)
        return reading
    if ch == "处" and alone and syls[k] == "chu4" and after.startswith(("不好", "得好", "不来", "得来", "得很好", "得不错")) and (
        w > 0 and words[w - 1][2] == PAUSE_WORD and words[w - 1][0] not in ("之", "此", "这", "那", "好", "坏", "难", "妙")
    ):
        reading = "chu3"  # to get along: 跟老伴、子女的关系处不好 (好处, 难处 are words; 之处 stays chù)
        return reading
    if ch == "处" and text == "可处" and k == 1 and syls[k] == "chu4" and (
        after[:1] in set("罚监拘以死终") | _NUMERALS or after.startswith(("有期", "最高"))
    ):
        reading = "chu3"  # may be punished with, in jieba's 可處: 一經定罪，可處罰款五萬元, 可处三年以下有期徒刑 (可处/之道 stays chù)
        return reading
    if ch == "处" and k == 1 == len(text) - 1 and text[0] in set("倒却也还都") and syls[k] == "chu4" and (
        after.startswith(("得其乐", "得很好", "得不错", "得融洽", "得和睦", "得挺好", "得来", "不来", "得好", "不好"))
    ):
        reading = "chu3"  # to get along, where jieba glued 处 to the adverb before: 这么一个小区倒处/得其乐融融
        return reading
    if ch == "处" and alone and syls[k] == "chu4" and w > 0 and words[w - 1][2] == PAUSE_WORD and (
        (words[w - 1][0] == "自" and after == "") or (_word_after(words, w) == "之" and after == "之" and words[w - 1][0] not in ("之", "此", "何", "各", "别", "某", "到"))
    ):
        reading = "chu3"  # to conduct oneself, to deal with, ending a clause: 港人如何自处？ 以丧礼处之 (之处, 此处 stay chù)
        return reading
    return None


# What follows 他朝, some day, as a word of what will be or may be (他朝必定, 他朝若有緣): no place or person one faces.
_SOMEDAY_AFTER = frozenset("必定 一定 定必 定 必 必将 必会 定能 必能 定当 若 如 倘若 如果 再会 相见 重逢 重聚 君".split())


def _rules_for_shao_5c11(ctx: _Context) -> str | None:
    """The context rules for 少, in their order."""
    (ch, k, text) = (ctx.ch, ctx.k, ctx.text)
    if ch == "少" and k == 0 and text[:2] == "少主" and not _in_phrase_dict(text) and (
        len(text) == 2 or not _jieba().dt.FREQ.get(text[1:])
    ):
        reading = "shao4"  # the young lord, 少主, alone or glued by jieba's HMM to what follows (少主初初繼位, 少主继位; 较少/主动,
        return reading  # 少/主要 are cut apart: shǎo)
    return None


def _rules_for_chao_671d(ctx: _Context) -> str | None:
    """The context rules for 朝, in their order."""
    (ch, k, text, syls, w, i, alone, before, after, words, chars) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.after, ctx.words, ctx.chars
    )
    if ch == "朝" and text == "朝阳" and k == 0 and (
        after[1:].startswith(_CHAOYANG_PLACES) or before.endswith(("北京", "北京市", "辽宁", "辽宁省"))
        or _listed_with_districts(words, w)
    ):
        reading = "chao2"  # the place, facing the sun: 朝阳公园, 北京朝阳 (迎着朝阳, 朝阳产业 are the morning sun, zhāo)
        return reading
    if ch == "朝" and alone and syls[k] == "chao2" and (
        (chars[i - 1 : i] == "今" and w > 0 and words[w - 1][0] == "如今" and after[:1] in set("我你他她有无大")) or (before[-1:] == "岁" and w > 0 and words[w - 1][0] == "岁")
    ):
        reading = "zhao1"  # a day, a morning: 今朝 (jieba's 如今/朝: 正如今朝我講過), 岁朝 (New Year's day)
        return reading
    if ch == "朝" and alone and syls[k] == "chao2" and after[:1] == "早" and after[1:2] != "期":
        reading = "zhao1"  # Hong Kong's 朝早, the morning (朝早期 stays cháo)
        return reading
    if ch == "朝" and syls[k] == "chao2" and _word_after(words, w) in _SOMEDAY_AFTER and (
        (text == "他朝" and k == 1) or (alone and w > 0 and words[w - 1][0] == "他" and words[w - 1][2] == PAUSE_WORD)
    ):
        reading = "zhao1"  # some day, jieba's 他朝 before a word of what will be: 他朝必定以地區服務為己任, 他朝若有緣,
        return reading  # where jieba cut 他/朝 (他朝门外走去, 他朝我笑, 他朝很远的地方看: toward, cháo)
    if ch == "朝" and syls[k] == "chao2" and (
        (text[:k] in _MORNING_OF and k == len(text) - 1 and after[:1] == "早" and after[1:2] != "期")
        or _MORNING_TO_EVENING.match(after)
        or (after[1:2] == "夕" and after[2:3] and after[:1] not in _DIRECTIONS_AFTER_CHAO)
    ):
        reading = "zhao1"  # the morning: jieba's 每朝/早, 朝九晚六, 由朝六至晚十一, 朝X夕Y (难朝种夕收; 朝九龙方向 stays cháo)
        return reading
    return None


def _rules_for_chong_51b2(ctx: _Context) -> str | None:
    """The context rules for 冲, in their order."""
    ch, k, text, alone, after = ctx.ch, ctx.k, ctx.text, ctx.alone, ctx.after
    if ch == "冲" and k == 0 and (text == "冲着" or alone) and (after[:2] == "的是" or (after[:1] == "着" and len(after) > 1)):
        reading = "chong4"  # aimed at: 冲着官兵喊道, 冲的是挣钱多 (向前冲的脚步 is chōng)
        return reading
    return None


def _rules_for_lei_7d2f(ctx: _Context) -> str | None:
    """The context rules for 累, in their order."""
    ch, k, syls, alone, before, after = ctx.ch, ctx.k, ctx.syls, ctx.alone, ctx.before, ctx.after
    reading = None
    if ch == "累" and (before[-1:] == "累" or after[:1] == "累"):
        # 累累: léiléi of fruit hanging in strings (硕果累累, 果实累累), else lěilěi, piled up
        # (罪行累累, 伤痕累累, 负债累累), said léi lěi by 3-3 sandhi
        fruit = "果" in before[-3:] + after[:3] or "穗" in before[-3:] + after[:3]
        reading = "lei2" if fruit or after[:1] == "累" else "lei3"
        return reading
    if ch == "累" and alone and syls[k] == "lei4" and (after.startswith(_BURDENED) or before[-1:] == "讼"):
        reading = "lei3"  # to burden: 累了自己, 讼累 (他累了，自己 is tired, lèi)
        return reading
    return None


def _rules_for_nan_96be(ctx: _Context) -> str | None:
    """The context rules for 难, in their order."""
    ch, k, text, after = ctx.ch, ctx.k, ctx.text, ctx.after
    if ch == "难" and text == "急难" and k == 1 and after[:2] == "愁盼":
        reading = "nan2"  # 急难愁盼: urgent, hard, worrying, hoped-for (急难 alone is jínàn, an emergency)
        return reading
    return None


def _rules_for_ning_5b81(ctx: _Context) -> str | None:
    """The context rules for 宁, in their order."""
    ch, k, text, syls = ctx.ch, ctx.k, ctx.text, ctx.syls
    if ch == "宁" and syls[k] == "ning4" and k == len(text) - 1 and _word_tags().get(text, "").startswith("nr"):
        reading = "ning2"  # a given name: 杨振宁 (nìng only in 宁可, 宁愿, 宁死, 毋宁)
        return reading
    return None


def _rules_for_ying_5e94(ctx: _Context) -> str | None:
    """The context rules for 应, in their order."""
    (ch, k, text, syls, w, i, alone, before, words, clause) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.i, ctx.alone, ctx.before, ctx.words, ctx.clause
    )
    if ch == "应" and syls[k] == "ying1" and (alone or (k == 0 and not _word_tags().get(text) and not _in_phrase_dict(text))) and (
        _at_the_request(words, w)
    ):
        reading = "ying4"  # at the request of: 应俄罗斯总理米舒斯京邀请, 应习近平的邀请, 应警方要求 (应在, 应取消: should)
        return reading
    if ch == "应" and alone and syls[k] == "ying1" and before == "" and _invited_clause(words, w, clause(i, 1, 40)):
        reading = "ying4"  # at the invitation of, a clause that ends in it: 应执政的朱比利党邀请, 应瑞士联邦议会…议长…邀请, 应民生之盼
        return reading
    if ch == "应" and alone and syls[k] == "ying1" and _copes_with(_word_after(words, w), clause(i, 1, 12)):
        reading = "ying4"  # 应对, to cope with, where jieba cut 应/对外部 or 应/对此: 应对外部风险挑战, 为应对此挑战 (应对外开放: should)
        return reading
    return None


def _rules_for_she_820d(ctx: _Context) -> str | None:
    """The context rules for 舍, in their order."""
    ch, k, text, syls, w, alone, words = ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.alone, ctx.words
    if ch == "舍" and alone and syls[k] == "she3" and w > 0 and words[w - 1][2] == PAUSE_WORD and words[w - 1][0][-1:] in ("院", "校"):
        reading = "she4"  # a home's buildings after jieba's 安老院/舍 (as 院舍, 校舍): shè
        return reading
    if ch == "舍" and 1 == k == len(text) - 1 and syls[k] == "she3" and not _in_phrase_dict(text) and (
        _word_tags().get(text, "") in ("n", "ns", "nr") and text[0] not in _GIVING_UP
    ):
        reading = "she4"  # a house, in nouns jieba lists that pypinyin lacks: 馆舍, 屋舍, 庐舍, 官舍, 精舍, 监舍, 鸡舍 (难舍 shě)
        return reading
    return None


def _rules_for_juan_5377(ctx: _Context) -> str | None:
    """The context rules for 卷, in their order."""
    (ch, k, text, syls, w, alone, after, words) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.alone, ctx.after, ctx.words
    )
    if ch == "卷" and text == "一卷" and k == 1 and (after[:1] == "卷" or _rolls_of(words, w)):
        reading = "juan3"  # a roll, roll after roll: 一卷胶带, 一卷纸, 一卷一卷的废旧报纸, 一卷卷带钢 (pypinyin's 一卷 is one volume, yí juàn: 一卷书)
        return reading
    if ch == "卷" and alone and syls[k] == "juan3" and _a_volume(words, w, after):
        reading = "juan4"  # a volume, a scroll, an exam paper: 三万卷图书, 卷三, 天文学卷, 《…图》卷, 状元卷 (卷走, 内卷, 一卷卷带钢 juǎn)
        return reading
    if ch == "卷" and 0 < k == len(text) - 1 and syls[k] == "juan3" and _counted_volumes(text, after):
        reading = "juan4"  # volumes counted, where jieba glues the number on: 出版十卷, 分为两卷, 第二卷, 二十八卷的词典
        return reading
    return None


def _rules_for_xi_7cfb(ctx: _Context) -> str | None:
    """The context rules for 系, in their order."""
    (ch, k, text, syls, i, alone, after, clause) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.i, ctx.alone, ctx.after, ctx.clause
    )
    if ch == "系" and syls[k] == "xi4" and k == len(text) - 1 and (alone or not (_in_phrase_dict(text) or _word_tags().get(text))) and (
        after[:1] in _TIED_AFTER and any(thing in clause(i, 1, 10) for thing in _TIED_THINGS)
    ):
        reading = "ji4"  # to tie, where jieba glued 系 to the word before: 地系/上了红绫, 颈上系/着红布带, 请系/好安全带 (联系在一起, 心系着 xì: words of their own)
        return reading
    return None


def _rules_for_zhong_91cd(ctx: _Context) -> str | None:
    """The context rules for 重, in their order."""
    (ch, k, text, syls, w, alone, before, after, words) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.alone, ctx.before, ctx.after, ctx.words
    )
    if ch == "重" and k == 0 and syls[k] == "zhong4" and (
        (len(text) == 2 and text[1] in _DONE_AGAIN and not _in_phrase_dict(text))
        or (alone and len(_word_after(words, w)) == 1 and _word_after(words, w) in _DONE_AGAIN)
    ):
        reading = "chong2"  # again: 重燃战火, 重走长征路, 重焕生机, 重写, 重归餐桌 (重视, 重用, 重实干 are zhòng, to value)
        return reading
    if ch == "重" and k == 1 == len(text) - 1 and syls[k] == "zhong4" and not _in_phrase_dict(text) and (
        text[0] in _MODALS_BEFORE_AGAIN and _word_after(words, w)[:1] in _DONE_AGAIN and words[w][2] == PAUSE_WORD
    ):
        reading = "chong2"  # again, where jieba glued 重 to a modal: 想重/走军国主义的老路, 想重/走老路 (要重/在保基本 is zhòng, to stress)
        return reading
    if ch == "重" and text == "多重" and k == 1 and syls[k] == "chong2" and before[-2:-1] in set("吨噸斤克两兩磅") and (
        len(before) >= 3 and before[-3:-2] in _NUMERALS | set("几幾")
    ):
        reading = "zhong4"  # weighing more than a weight: 一吨多重的浇冰车, 两斤多重 (多重挑战, 多重因素 are layers, chóng)
        return reading
    if ch == "重" and k == 1 == len(text) - 1 and syls[k] == "zhong4" and not _in_phrase_dict(text) and (
        text[0] in _LAYER_COUNTS and before[-2:-1] not in _NUMERALS and not before[:-1].endswith("新")
        and not after.startswith(_WEIGHTY_PROJECTS) and not (text[0] in "两兩" and _policy_alone(after))
    ):
        reading = "chong2"  # layers counted: 两重坛墙, 五重保障, 多了一重戏仿 (两重建设, 两新一重 are the policy's 重大工程, zhòng;
        # 一两重 is a weight; so is the policy's “两重” ending a clause or beside 两新: 聚焦“两重”，, 用好“两重”和“两新”)
        return reading
    if ch == "重" and text == "重重" and syls[k] == "chong2" and _word_after(words, w)[:1] in _STRUCK:
        reading = "zhong4"  # heavily: 重重跺了两下脚, 重重摔下 (重重地 is a word; 困难重重, 重重困难 stay chóng, layer on layer)
        return reading
    if ch == "重" and alone and syls[k] == "zhong4" and (after[:1] == "又" and after[1:2] in set("回见现燃响起返来") or after.startswith("抖擞")):
        reading = "chong2"  # again: 家乡重又回到人们眼前, 天公重抖擞 (重又, chóngyòu)
        return reading
    return None


def _rules_for_lv_7387(ctx: _Context) -> str | None:
    """The context rules for 率, in their order."""
    (ch, k, text, syls, w, alone, before, after, words) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.alone, ctx.before, ctx.after, ctx.words
    )
    if ch == "率" and text == "率领" and k == 0 and syls[k] == "shuai4" and w > 0 and words[w - 1][2] == PAUSE_WORD and (
        _rate_ahead(after)
    ):
        reading = "lv4"  # a rate ahead of others, glued by jieba: 复工/率领/先全国, 就诊/率领/跑 (率领先头部队 is shuài)
        return reading
    if ch == "率" and syls[k] == "lv4" and (
        (alone and _leads_a_group(words, w)) or (text == "率下" and k == 0 and before.endswith("以上"))
    ):
        reading = "shuai4"  # to lead: 汪洋率中央代表团, 孙春兰率中央指导组, 率領北韓代表團 (jieba's 率/領…), 以上率下
        return reading
    return None


def _rules_for_pu_94fa(ctx: _Context) -> str | None:
    """The context rules for 铺, in their order."""
    ch, k, syls, alone, before, after = ctx.ch, ctx.k, ctx.syls, ctx.alone, ctx.before, ctx.after
    if ch == "铺" and alone and syls[k] == "pu4" and (
        after[:1] in _SPREAD_AFTER or (after[:1] == "装" and after[:2] != "装修")
        or (after[:1] == "地" and after[1:2] not in set("区方处界段块"))
    ):
        reading = "pu1"  # to spread, pave: 线路铺到了, 管道铺起来, 盲目铺摊子, 正在铺沥青, 荒山铺绿装, 铺展出 (金银铺, 熟食铺 stay pù)
        return reading
    if ch == "铺" and alone and syls[k] == "pu4" and (after[:1] in ("着", "著", "一", "两") or (before[-1:] == "来" and after == "")):
        reading = "pu1"  # to lay: 铺着鹅卵石, 铺两块板, 拿命来铺 (熟食铺, 店铺 pù)
        return reading
    return None


def _rules_for_xing_5174(ctx: _Context) -> str | None:
    """The context rules for 兴, in their order."""
    ch, k, syls, after = ctx.ch, ctx.k, ctx.syls, ctx.after
    if ch == "兴" and syls[k] == "xing4" and after[:1] == "邦":
        reading = "xing1"  # to make a country prosper: 克尽兴邦责 (jieba's 尽兴/邦; 兴邦, 实干兴邦 are words)
        return reading
    return None


def _rules_for_san_6563(ctx: _Context) -> str | None:
    """The context rules for 散, in their order."""
    (ch, k, text, syls, w, alone, before, after, words) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.alone, ctx.before, ctx.after, ctx.words
    )
    if ch == "散" and text == "散发" and k == 0 and (
        _word_after(words, w).startswith(_SPORADIC_AFTER) or before.endswith(_SPORADIC_BEFORE)
    ):
        reading = "san3"  # sporadic (散发病例, 多点散发): sǎn, scattered (散发着清香, 散发传单 sàn)
        return reading
    if ch == "散" and alone and syls[k] == "san4" and (
        _listed_with(words, w, ("小", "乱", "弱", "多")) or before.endswith(_SPREAD_THIN_SUBJECTS)
    ) and after[:1] not in _BREAKING_UP_AFTER:
        reading = "san3"  # scattered: 多、小、散, 分布散, 主体散 (散去, 一冲即散, 散了 stay sàn)
        return reading
    return None


def _rules_for_de_7684(ctx: _Context) -> str | None:
    """The context rules for 的, in their order."""
    ch, k, text, syls, before, after = ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.before, ctx.after
    if ch == "的" and text == "端的" and k == 1 and syls[k] == "di4" and before[-2:] == "不端":
        reading = "de5"  # 学术不端的行为 (jieba's 不/端的): misconduct and the particle, not 端的 duāndì (indeed)
        return reading
    if ch == "的" and text == "美的" and k == 1 and syls[k] == "di2" and not after.startswith(_MIDEA_AFTER):
        reading = "de5"  # beauty and the particle (对美的追求, 很美的东西, 中美的合作: jieba's 美的), not the Midea brand
        return reading
    if ch == "的" and text == "目的" and k == 1 and syls[k] == "di4" and before[-2:-1] in ("项", "节") and after[:1] != "地":
        reading = "de5"  # 项目/节目 and the particle, where jieba cut 该项/目的, 文化节/目的 (负责该项目的是): not 目的 mùdì
        return reading
    return None


def _rules_for_xiao_6821(ctx: _Context) -> str | None:
    """The context rules for 校, in their order."""
    ch, k, text, before = ctx.ch, ctx.k, ctx.text, ctx.before
    if ch == "校" and text == "校本" and k == 0 and before[-1:] == "批" and before[-2:-1] not in _COUNTERS_BEFORE | set("首大"):
        reading = "jiao4"  # a collated and annotated edition (名家批校本): jiào (校本课程, 一批校本课程 are xiào)
        return reading
    if ch == "校" and text == "三校" and k == 1 and before[-2:] == "审三":
        reading = "jiao4"  # three proofreadings after the reviews (四审三校, 三审三校): jiào (京津冀三校, 三校合并 are xiào)
        return reading
    return None


def _rules_for_jin_5c3d(ctx: _Context) -> str | None:
    """The context rules for 尽, in their order."""
    ch, k, text, syls, after = ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.after
    reading = None
    if ch == "尽" and syls[k] in ("jin3", "jin2") and not (text[k + 1 :] or after).startswith(_JIN3_BEFORE):
        syls[k] = "jin3"  # (jin2 is jǐn raised before a third tone, 应检/尽检: the 检 before it comes back to jiǎn below)
        reading = "jin4"  # to the full, all: 尽享, 尽显, 尽收, 应保尽保, 尽己所能, 尽最大努力 (尽快, 尽管, 尽量 stay jǐn; 尽着 is left)
        return reading
    return None


def _rules_for_gan_5e72(ctx: _Context) -> str | None:
    """The context rules for 干, in their order."""
    (ch, k, text, syls, w, alone, after, words) = (
        ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.alone, ctx.after, ctx.words
    )
    if ch == "干" and syls[k] == "gan4" and (
        (k == 1 == len(text) - 1 and text[0] in _DRAINING and not _in_phrase_dict(text))
        or (k > 0 and k == len(text) - 1 and text[:k] in _DRIED_FOODS)
        or (alone and w > 0 and words[w - 1][2] == PAUSE_WORD and (
            (len(words[w - 1][0]) == 1 and words[w - 1][0] in _DRAINING) or _dried_food(words[w - 1][0])
        ))
        or (text == "干成" and k == 0 and w > 0 and words[w - 1][2] == PAUSE_WORD and words[w - 1][0] in _DRIED_FOODS)
    ) and (text[k + 1 :] or after)[:1] not in ("得", "部"):
        reading = "gan1"  # dry: 吃/干/榨净, 挤/干水分, 榨干, 晒制鱼/干, 芒果/干成了零食, 地瓜干 (苦干, 实干, 能干 stay gàn)
        return reading
    return None


def _rules_for_po_9887(ctx: _Context) -> str | None:
    """The context rules for 颇, in their order."""
    ch, k, syls = ctx.ch, ctx.k, ctx.syls
    reading = None
    if ch == "颇" and syls[k] in ("po3", "po2"):
        syls[k] = "po3"  # (po2 is pǒ raised before a third tone: the syllable before comes back below if it was raised too)
        reading = "po1"  # quite, rather (颇受欢迎, 颇深, 颇丰) and Aleppo, 阿勒颇: pō (Xiandai Hanyu Cidian); pypinyin has the old pǒ
        return reading
    return None


def _rules_for_ji_85c9(ctx: _Context) -> str | None:
    """The context rules for 藉, in their order."""
    ch, k, syls, alone, before, after = ctx.ch, ctx.k, ctx.syls, ctx.alone, ctx.before, ctx.after
    if ch == "藉" and alone and syls[k] == "ji2" and after[:1] != "藉" and before[-1:] not in set("狼祖原国籍户学党"):
        reading = "jie4"  # by means of, Hong Kong's 藉 for 借 (藉公職作出, 藉這機會): jiè, as in 凭藉, 慰藉 (狼藉, 藉藉无名 and
        # 祖藉, 国藉, written for 祖籍, 国籍, stay jí)
        return reading
    return None


def _rules_for_ju_5480(ctx: _Context) -> str | None:
    """The context rules for 咀, in their order."""
    ch, k, syls, alone, before, after = ctx.ch, ctx.k, ctx.syls, ctx.alone, ctx.before, ctx.after
    if ch == "咀" and alone and syls[k] == "ju3" and after[:1] != "嚼" and before[-1:] != "咒":
        reading = "zui3"  # Hong Kong's 咀 for 嘴, a mouth (豬咀, 咀刁, 插咀), as in 尖沙咀: zuǐ (咀嚼, and 咒咀 for 咒诅, stay jǔ)
        return reading
    return None


def _rules_for_jiao_56bc(ctx: _Context) -> str | None:
    """The context rules for 嚼, in their order."""
    ch, k, syls, alone, before = ctx.ch, ctx.k, ctx.syls, ctx.alone, ctx.before
    if ch == "嚼" and alone and syls[k] == "jue2" and before[-1:] not in ("咀", "大"):
        reading = "jiao2"  # to chew, the verb alone (嚼过的馍, 嚼起来, 一连嚼了五天): jiáo (咀嚼, 过屠门而大嚼 stay jué)
        return reading
    return None


# What is peeled or shelled by hand after 剥: its peel, husk or the food inside (剥开三层皮, 剥果肉吃, 剥花生)
_PEELED_AFTER = ("皮", "壳", "果", "花生", "橘", "桔", "橙", "柚", "蒜", "葱", "虾", "蟹", "玉米", "豆", "核桃", "栗",
                 "瓜子", "笋", "蛋", "荔枝", "莲", "菱")


def _rules_for_bao_5265(ctx: _Context) -> str | None:
    """The context rules for 剥, in their order."""
    ch, k, text, syls, alone, i, clause = ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.alone, ctx.i, ctx.clause
    if ch == "剥" and k == 0 and syls[k] == "bo1" and (
        alone or text in ("剥开", "剥出", "剥掉", "剥下", "剥去", "剥好", "剥完", "剥笋", "剥虾", "剥蒜")
    ) and any(x in clause(i, 1, 8) for x in _PEELED_AFTER):
        reading = "bao1"  # to peel by hand, 剥 alone or with its result, before the peel or the food (剥开三层皮, 剥果肉吃,
        return reading  # 剥出了果肉, 剥掉皮): bāo (剥削, 剥夺, 剥离, 剥落 and 剥开层层迷雾 stay bō)
    return None


def _rules_for_e_6076(ctx: _Context) -> str | None:
    """The context rules for 恶, in their order."""
    ch, k, text, syls, w, i, alone, before = ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.i, ctx.alone, ctx.before
    head = text[:k] if k else (ctx.words[w - 1][0] if w else "")
    if ch == "恶" and syls[k] == "e4" and (alone or text == "恶恶" or not _in_phrase_dict(text)) and (
        head in ("所", "所共") or head.endswith(("之所", "其所", "所共")) or (text == "恶恶" and k == 1 and before.endswith("所恶"))
    ):
        reading = "wu4"  # to hate, what is hated after 所, of a 所 alone or closing 之所, 其所 (民之所恶恶之, 其所恶者, 人所共恶):
        return reading  # wù (厕所恶臭, 场所恶劣, 略有/所/恶化 stay è)
    if ch == "恶" and k == 0 and syls[k] == "e4" and (text.startswith("恶其") or (alone and ctx.after[:1] == "其")):
        reading = "wu4"  # to hate, before 其 (先王恶其乱也): wù
        return reading
    if ch == "恶" and k == 0 and syls[k] == "e4" and len(text) <= 2 and re.search("好[^，。、好恶]而?$", before):
        j = i - (3 if before.endswith("而") else 2)
        fw, fk = ctx.flat[j]
        if ctx.words[fw][1][fk] == "hao4":
            reading = "wu4"  # to hate, set against a 好 hào, to love (好利而恶害, 好利恶害): wù (好人恶人 keeps è)
            return reading
    return None


def _rules_for_feng_7f1d(ctx: _Context) -> str | None:
    """The context rules for 缝, in their order."""
    ch, k, text, syls, alone, after = ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.alone, ctx.after
    if ch == "缝" and syls[k] == "feng4" and (text[k + 1 :] or after)[:1] in _SEWN_AFTER and (alone or k == 0):
        reading = "feng2"  # to sew: 缝上棉絮, 三针缝/合, 缝盘机, 缝得很密 (裂缝, 缝隙, 一条缝, 见缝插针 stay fèng, a seam)
        return reading
    return None


def _rules_for_zheng_6323(ctx: _Context) -> str | None:
    """The context rules for 挣, in their order."""
    ch, k, text, syls, after = ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.after
    if ch == "挣" and syls[k] == "zheng1" and (text[k + 1 :] or after)[:1] not in ("扎", "揣"):
        reading = "zheng4"  # to earn, to break free: 挣了一万元, 能挣三千, 挣到, 挣点钱 (挣扎 stays zhēng)
        return reading
    return None


def _rules_for_kong_7a7a(ctx: _Context) -> str | None:
    """The context rules for 空, in their order."""
    ch, k, syls, w, alone, before, words = ctx.ch, ctx.k, ctx.syls, ctx.w, ctx.alone, ctx.before, ctx.words
    if ch == "空" and alone and syls[k] == "kong1" and (
        before[-2:] in ("没有", "沒有", "有没") or (before[-1:] in ("没", "沒") and before[-2:-1] not in ("落", "淹"))
    ) and _word_tags().get(_simplified_view(_word_after(words, w)), "")[:1] == "v":
        reading = "kong4"  # free time: 沒有空出席, 没空参加 (没有空位 and 落空 stay kōng)
        return reading
    if ch == "空" and ctx.text == "空地" and k == 0 and syls[k] == "kong4" and before[-1:] not in set("块片处个的") and _simplified_view(
        _word_after(words, w)
    ).startswith(_AIR_GROUND_AFTER):
        reading = "kong1"  # air and ground, before how they fight together: 空地一体战, 空地立体, 对抗空地模拟 (空地上, 一块空地一体规划 are kòng)
        return reading
    return None


def _rules_for_chuan_4f20(ctx: _Context) -> str | None:
    """The context rules for 传, in their order."""
    (ch, k, syls, w, alone, before, after, words) = (
        ctx.ch, ctx.k, ctx.syls, ctx.w, ctx.alone, ctx.before, ctx.after, ctx.words
    )
    if ch == "传" and alone and syls[k] == "chuan2" and (
        before.endswith(("彖", "系辞上", "系辞下", "文言", "说卦", "序卦", "杂卦")) or (w > 0 and words[w - 1][0] == "象" and words[w - 1][2] == PAUSE_WORD)
    ):
        reading = "zhuan4"  # the commentaries of the Book of Changes: 《系辞下传》, 《彖传》, 《象传》 (形象传递 stays chuán)
        return reading
    if ch == "传" and alone and syls[k] == "chuan2" and before[-1:] in ("作", "立") and after == "":
        reading = "zhuan4"  # a biography: 为香港人作传, 为他立传
        return reading
    return None


def _rules_for_dou_90fd(ctx: _Context) -> str | None:
    """The context rules for 都, in their order."""
    ch, k, text, syls, alone, after = ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.alone, ctx.after
    if ch == "都" and after.startswith("府堤"):
        reading = "du1"  # 武昌都府堤, a street: dū as in 首都
        return reading
    if ch == "都" and alone and after[:1] == "邑":
        reading = "du1"  # a capital city: 都邑 (jieba cuts 都/邑)
        return reading
    if ch == "都" and syls[k] == "du1" and k == len(text) - 2 > 0 and text.endswith("都会") and (
        text[k - 1] not in _CAPITAL_BEFORE_DU and not _in_phrase_dict(text) and after[1:]
    ):
        reading = "dou1"  # all will, glued by jieba to a name before it: 主任杨晓都会召集 (大都会, a metropolis, stays dū)
        return reading
    return None


def _rules_for_sha_53a6(ctx: _Context) -> str | None:
    """The context rules for 厦, in their order."""
    ch, k, syls, i, chars = ctx.ch, ctx.k, ctx.syls, ctx.i, ctx.chars
    if ch == "厦" and syls[k] == "sha4" and (chars[i + 1 : i + 2] in _XIAMEN_AFTER or chars[i - 1 : i] in _XIAMEN_BEFORE) and (
        chars[i - 1 : i] not in _BUILDING_BEFORE_SHA
    ):
        reading = "xia4"  # Xiamen's short form beside a neighbour's: 厦漳泉都市圈, 厦金大桥, 福厦高铁 (大厦, 商厦, 工厦 stay shà)
        return reading
    return None


def _rules_for_kan_770b(ctx: _Context) -> str | None:
    """The context rules for 看, in their order."""
    ch, k, text, i, alone, after, clause = ctx.ch, ctx.k, ctx.text, ctx.i, ctx.alone, ctx.after, ctx.clause
    if ch == "看" and ((text in ("看好", "看住", "看牢") and k == 0) or (alone and after[:1] in ("好", "住", "牢"))) and (
        _guarded_after(clause(i, 1, 8)[1:])
    ):
        reading = "kan1"  # to guard, look after: 看好家门, 看住钱袋子 (看好中国经济 is kàn)
        return reading
    return None


def _rules_for_tu_5410(ctx: _Context) -> str | None:
    """The context rules for 吐, in their order."""
    ch, k, syls, alone, before, after = ctx.ch, ctx.k, ctx.syls, ctx.alone, ctx.before, ctx.after
    if ch == "吐" and alone and syls[k] == "tu3" and before[-1:] in ("想", "即") and after[:1] in ("", "的", "了"):
        reading = "tu4"  # to vomit: 我现在想吐, 入口即吐的食物 (吐出, 吐槽, 吐露 are tǔ)
        return reading
    return None


def _rules_for_dan_62c5(ctx: _Context) -> str | None:
    """The context rules for 担, in their order."""
    ch, k, text, after = ctx.ch, ctx.k, ctx.text, ctx.after
    if ch == "担" and k == len(text) - 1 >= 1 and re.fullmatch(r"[一两二三四五六七八九十百千几数半]+担", text) and (
        after[:1] not in _SHOULDERED_AFTER and not _in_phrase_dict("担" + after[:1])
    ):
        reading = "dan4"  # a load on a carrying pole, counted in jieba's word: 一担箩, 一担近二百斤重的稻子, 两担水
        # (这一/担忧, 统一/担保, 唯一/担起, jieba's 一担/起 keep dān)
        return reading
    return _rules_for_other_characters(ctx)


def _rules_for_dan_5f39(ctx: _Context) -> str | None:
    """The context rules for 弹, in their order."""
    ch, k, syls, w, alone, after, words = ctx.ch, ctx.k, ctx.syls, ctx.w, ctx.alone, ctx.after, ctx.words
    if ch == "弹" and alone and syls[k] == "dan4" and (
        (after[:1] == "出" and after[1:2] not in _SHELL_OUT_AFTER) or _listed_with(words, w, _PLAYED)
    ):
        reading = "tan2"  # to pop up, to play: 弹出消息, 反复弹出请求, 唱、弹、舞 (白磷弹, 特种弹 stay dàn)
        return reading
    return None


def _rules_for_yan_54bd(ctx: _Context) -> str | None:
    """The context rules for 咽, in their order."""
    ch, k, syls, w, alone, after, words = ctx.ch, ctx.k, ctx.syls, ctx.w, ctx.alone, ctx.after, ctx.words
    if ch == "咽" and alone and syls[k] == "yan4" and (after[:1] == "拭" or _listed_with(words, w, ("口", "喉", "鼻"))):
        reading = "yan1"  # the pharynx: 咽拭子 (jieba's 咽/拭子), 口、咽、喉 (咽下, 哽咽 yàn, yè)
        return reading
    return None


def _rules_for_ben_5954(ctx: _Context) -> str | None:
    """The context rules for 奔, in their order."""
    ch, k, syls, alone, after = ctx.ch, ctx.k, ctx.syls, ctx.alone, ctx.after
    if ch == "奔" and alone and syls[k] == "ben1" and after[:1] in ("着", "著"):
        reading = "ben4"  # heading for: 奔着问题去, 奔着这个做 (奔向, 奔赴 bēn)
        return reading
    return None


def _rules_for_xue_8840(ctx: _Context) -> str | None:
    """The context rules for 血, in their order."""
    ch, k, syls, alone, after = ctx.ch, ctx.k, ctx.syls, ctx.alone, ctx.after
    if ch == "血" and alone and syls[k] == "xue4" and not after.startswith(_XUE_AFTER):
        reading = "xie3"  # a lone 血, blood itself, is xiě (审音表): 流的血, 头有血, 病人的血 (血的教训, 血与火 keep xuè)
        return reading
    return None


def _rules_for_sheng_76db(ctx: _Context) -> str | None:
    """The context rules for 盛, in their order."""
    ch, k, syls, alone, after = ctx.ch, ctx.k, ctx.syls, ctx.alone, ctx.after
    if ch == "盛" and alone and syls[k] == "sheng4" and (after[:1] in _LADLED_AFTER or after[:2] == "铁水"):
        reading = "cheng2"  # to ladle, to hold: 盛在白瓷盘里, 盛满, 盛铁水用 (国运盛 stays shèng)
        return reading
    if ch == "盛" and ctx.text == "盛给" and k == 0:
        reading = "cheng2"  # to ladle out for someone, jieba's 盛给: 煮汤圆盛给过往旅客 (旺盛/给, 强盛/给 are cut apart)
        return reading
    return None


def _rules_for_xian_9c9c(ctx: _Context) -> str | None:
    """The context rules for 鲜, in their order."""
    ch, k, syls, alone, after = ctx.ch, ctx.k, ctx.syls, ctx.alone, ctx.after
    if ch == "鲜" and alone and syls[k] == "xian1" and (after[:1] == "矣" or (after[:1] == "不" and after[1:2] not in ("鲜", "新", ""))):
        reading = "xian3"  # seldom: 成己成物而不谬者鲜矣, 鲜不破败 (新鲜不新鲜 stays xiān)
        return reading
    return None


def _rules_for_yin_6bb7(ctx: _Context) -> str | None:
    """The context rules for 殷, in their order."""
    ch, k, syls, alone, after = ctx.ch, ctx.k, ctx.syls, ctx.alone, ctx.after
    if ch == "殷" and alone and syls[k] == "yin1" and after[:1] == "红":
        reading = "yan1"  # dark red: 殷红色 (jieba's 殷/红色)
        return reading
    return None


def _rules_for_guan_51a0(ctx: _Context) -> str | None:
    """The context rules for 冠, in their order."""
    ch, k, syls, alone, after = ctx.ch, ctx.k, ctx.syls, ctx.alone, ctx.after
    if ch == "冠" and alone and syls[k] == "guan1" and after.startswith(("夫姓", "以", "名")):
        reading = "guan4"  # to take or prefix a name: 冠夫姓, 冠以 (致富冠 stays guān)
        return reading
    return None


def _rules_for_can_53c2(ctx: _Context) -> str | None:
    """The context rules for 参, in their order."""
    ch, k, syls, alone, before = ctx.ch, ctx.k, ctx.syls, ctx.alone, ctx.before
    if ch == "参" and alone and syls[k] == "can1" and before[-1:] == "岑":
        reading = "shen1"  # the poet 岑参 where jieba cut 如岑/参
        return reading
    return None


def _rules_for_zang_810f(ctx: _Context) -> str | None:
    """The context rules for 脏, in their order."""
    ch, k, text, syls, alone = ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.alone
    if ch == "脏" and 1 == k == len(text) - 1 and syls[k] == "zang4" and not _in_phrase_dict(text) and text[0] in _DIRTYING:
        reading = "zang1"  # dirty, after a verb or degree word jieba glued it to: 搞脏, 变脏, 太脏 (心脏, 内脏 stay zàng)
        return reading
    if ch == "脏" and syls[k] == "zang4" and text[k + 1 : k + 2] in set("手饭衣鞋袜东") and text[k - 1 : k] not in set("心肝肾脾肺胰内五六"):
        reading = "zang1"  # dirty, in a jieba word before a thing soiled: 用脏手, 吃下脏饭, 脏东西 (心脏手术 stays zàng)
        return reading
    if ch == "脏" and alone and syls[k] == "zang4":
        reading = "zang1"  # dirty, a word of its own: 又脏又累, 不怕脏 (an organ is in a word: 心脏, 内脏, 五脏六腑; Hong Kong's 臟 keeps zàng)
        return reading
    return None


def _rules_for_he_559d(ctx: _Context) -> str | None:
    """The context rules for 喝, in their order."""
    ch, k, text, syls, alone, after = ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.alone, ctx.after
    if ch == "喝" and alone and syls[k] == "he1" and after[:1] in ("骂", "斥", "令", "止", "问"):
        reading = "he4"  # to shout at, where jieba cut 喝/骂: 警员喝骂 (as 喝斥, 喝令, 喝止); drinking is hē
        return reading
    if ch == "喝" and text == "大喝" and k == 1 and syls[k] == "he1" and after.startswith(("倒采", "倒彩", "一声")):
        reading = "he4"  # shouting: 示威者大喝倒采 (大吃大喝 is hē)
        return reading
    return None


def _rules_for_jin_52b2(ctx: _Context) -> str | None:
    """The context rules for 劲, in their order."""
    ch, k, text, syls, before, after = ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.before, ctx.after
    if ch == "劲" and text == "正劲" and k == 1 and syls[k] == "jin4" and before[:-1].endswith("风头") and after[:1] != "足":
        reading = "jing4"  # riding high: 风头正劲 (jieba's 正劲; 风正劲足, energy enough, is jìn)
        return reading
    return None


def _rules_for_bai_67cf(ctx: _Context) -> str | None:
    """The context rules for 柏, in their order."""
    ch, k, syls, alone, after = ctx.ch, ctx.k, ctx.syls, ctx.alone, ctx.after
    if ch == "柏" and alone and syls[k] != "bo2" and after[:1] == "杨":
        reading = "bo2"  # the writer Bo Yang where jieba cut 柏/楊先生 (as 柏杨 in DICTIONARY_FIXES)
        return reading
    return None


def _rules_for_ji_51e0(ctx: _Context) -> str | None:
    """The context rules for 几, in their order."""
    ch, k, syls, alone, after = ctx.ch, ctx.k, ctx.syls, ctx.alone, ctx.after
    if ch == "几" and alone and syls[k] in ("ji3", "ji2") and after[:1] == "近" and after[1:2] != "年":
        reading = "ji1"  # almost, where jieba cut 几/近: 保障幾近於零 (as 几近绝迹; 几近年 would be a count)
        return reading
    return None


def _rules_for_du_809a(ctx: _Context) -> str | None:
    """The context rules for 肚, in their order."""
    ch, k, text, syls, w, words = ctx.ch, ctx.k, ctx.text, ctx.syls, ctx.w, ctx.words
    if ch == "肚" and text == "肚子" and syls[k] == "du4" and w > 0 and words[w - 1][0] in ("猪", "牛", "羊") and (
        words[w - 1][2] == PAUSE_WORD
    ):
        reading = "du3"  # tripe: 猪肚子, 羊肚子手巾 (dǔzi; the belly, 填饱肚子, is dùzi)
        return reading
    return None


def _rules_for_tai_53f0(ctx: _Context) -> str | None:
    """The context rules for 台, in their order."""
    ch, k, text, before = ctx.ch, ctx.k, ctx.text, ctx.before
    if ch == "台" and text == "天台" and k == 1 and before[:-1].endswith(("台州", "浙江")):
        reading = "tai1"  # the county, Tiāntāi: 台州天台人, 浙江天台的云雾茶 (楼宇天台, a rooftop, is tái)
        return reading
    return None


def _rules_for_other_characters(ctx: _Context) -> str | None:
    """The context rules for a character without rules of its own: those that test ch by a table (_SURNAMES,
    _FINAL_PARTICLES), for the tables' keys that have no function here."""
    (ch, k, text, w, alone, before, after, words) = (
        ctx.ch, ctx.k, ctx.text, ctx.w, ctx.alone, ctx.before, ctx.after, ctx.words
    )
    if ch in _SURNAMES and (_is_surname(words, w, k) or (ch in _RARE_SURNAMES and not _in_phrase_dict(text))):
        reading = _SURNAMES[ch]  # 曾荫权 zēng, 单霁翔 shàn, 记者查文晔 zhā, 区先生 ōu
        return reading
    if ch in _FINAL_PARTICLES and alone and after == "" and before:
        reading = _FINAL_PARTICLES[ch]
        return reading
    return None


def _rules_for_jie_89e3(ctx: _Context) -> str | None:
    """The context rules for 解, in their order: the table rules of _rules_for_other_characters, then the surname Xiè
    glued by jieba's HMM to a given name it lacks, anchored by a title or a player's team before it or by a title or
    a verb of saying after it (青年教师解超, 云南队的解涵, 解晓岩重申, 解冬常委建议; 解民忧, 解算, 解卖难 stay jiě)."""
    (ch, w, words) = (ctx.ch, ctx.w, ctx.words)
    reading = _rules_for_other_characters(ctx)
    if reading:
        return reading
    if ch == "解" and ctx.k == 0 and _xie_glued_to_name(words, w):
        reading = "xie4"
        return reading
    return None


def _xie_glued_to_name(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether words[w], 解 and one or two characters neither jieba's dictionary nor pypinyin's lists, is the surname
    Xiè with its given name: no character in it that follows 解 as a word (解了, 解民忧), and a title or a team's 的
    right before it (教师, 特使, 队的) or a title or a verb of saying right after it (常委, 表示, 重申)."""
    text = words[w][0]
    if not 2 <= len(text) <= 3 or _in_phrase_dict(text) or _jieba().dt.FREQ.get(text) or text in PHRASE_FIXES:
        return False
    if any(c in _NOT_IN_GIVEN_NAMES for c in text[1:]):
        return False
    before = "".join(words[j][0] for j in range(max(0, w - 2), w) if words[j][2] == PAUSE_WORD)
    if w > 0 and words[w - 1][2] == PAUSE_WORD and before.endswith(_TITLES_BEFORE + ("教师", "队的", "老师")):
        return True
    after = words[w + 1][0] if w + 1 < len(words) and words[w][2] == PAUSE_WORD else ""
    return after in _SAYING + ("重申", "常委", "委员", "主任", "书记", "教授", "院士")


# Each character's context rules, in the order the single if/elif chain had them (a rule testing ch by a table
# sits in the function of every key of that table with rules of its own; the other keys, 曾, 区, 哦…, fall back to
# _rules_for_other_characters, which holds only such rules). Only the first
# condition of a rule pins ch; the rule's other conditions are its own. A new rule goes into the function of each
# character it can hold for, at its place; a character without one gets a function and an entry here.
_CONTEXT_RULES: dict[str, Callable[[_Context], str | None]] = {
    "觉": _rules_for_jue_89c9,
    "种": _rules_for_zhong_79cd,
    "塞": _rules_for_sai_585e,
    "为": _rules_for_wei_4e3a,
    "长": _rules_for_zhang_957f,
    "行": _rules_for_xing_884c,
    "相": _rules_for_xiang_76f8,
    "还": _rules_for_hai_8fd8,
    "好": _rules_for_hao_597d,
    "着": _rules_for_zhe_7740,
    "了": _rules_for_le_4e86,
    "得": _rules_for_de_5f97,
    "担": _rules_for_dan_62c5,
    "将": _rules_for_jiang_5c06,
    "供": _rules_for_gong_4f9b,
    "蒙": _rules_for_meng_8499,
    "地": _rules_for_di_5730,
    "藏": _rules_for_cang_85cf,
    "彊": _rules_for_jiang_5f4a,
    "乐": _rules_for_le_4e50,
    "朴": _rules_for_pu_6734,
    "薄": _rules_for_bao_8584,
    "数": _rules_for_shu_6570,
    "撒": _rules_for_sa_6492,
    "调": _rules_for_diao_8c03,
    "没": _rules_for_mei_6ca1,
    "落": _rules_for_luo_843d,
    "差": _rules_for_cha_5dee,
    "扎": _rules_for_zha_624e,
    "佛": _rules_for_fu_4f5b,
    "勒": _rules_for_lei_52d2,
    "曝": _rules_for_pu_66dd,
    "幢": _rules_for_chuang_5e62,
    "似": _rules_for_shi_4f3c,
    "掺": _rules_for_can_63ba,
    "只": _rules_for_zhi_53ea,
    "教": _rules_for_jiao_6559,
    "量": _rules_for_liang_91cf,
    "中": _rules_for_zhong_4e2d,
    "转": _rules_for_zhuan_8f6c,
    "结": _rules_for_jie_7ed3,
    "更": _rules_for_geng_66f4,
    "场": _rules_for_chang_573a,
    "帖": _rules_for_tie_5e16,
    "曲": _rules_for_qu_66f2,
    "载": _rules_for_zai_8f7d,
    "卡": _rules_for_ka_5361,
    "挑": _rules_for_tiao_6311,
    "假": _rules_for_jia_5047,
    "倒": _rules_for_dao_5012,
    "当": _rules_for_dang_5f53,
    "背": _rules_for_bei_80cc,
    "处": _rules_for_chu_5904,
    "朝": _rules_for_chao_671d,
    "少": _rules_for_shao_5c11,
    "冲": _rules_for_chong_51b2,
    "累": _rules_for_lei_7d2f,
    "难": _rules_for_nan_96be,
    "宁": _rules_for_ning_5b81,
    "应": _rules_for_ying_5e94,
    "舍": _rules_for_she_820d,
    "卷": _rules_for_juan_5377,
    "系": _rules_for_xi_7cfb,
    "重": _rules_for_zhong_91cd,
    "率": _rules_for_lv_7387,
    "铺": _rules_for_pu_94fa,
    "兴": _rules_for_xing_5174,
    "散": _rules_for_san_6563,
    "的": _rules_for_de_7684,
    "校": _rules_for_xiao_6821,
    "尽": _rules_for_jin_5c3d,
    "干": _rules_for_gan_5e72,
    "颇": _rules_for_po_9887,
    "藉": _rules_for_ji_85c9,
    "咀": _rules_for_ju_5480,
    "恶": _rules_for_e_6076,
    "嚼": _rules_for_jiao_56bc,
    "剥": _rules_for_bao_5265,
    "缝": _rules_for_feng_7f1d,
    "挣": _rules_for_zheng_6323,
    "空": _rules_for_kong_7a7a,
    "传": _rules_for_chuan_4f20,
    "都": _rules_for_dou_90fd,
    "厦": _rules_for_sha_53a6,
    "看": _rules_for_kan_770b,
    "吐": _rules_for_tu_5410,
    "弹": _rules_for_dan_5f39,
    "咽": _rules_for_yan_54bd,
    "奔": _rules_for_ben_5954,
    "血": _rules_for_xue_8840,
    "盛": _rules_for_sheng_76db,
    "鲜": _rules_for_xian_9c9c,
    "殷": _rules_for_yin_6bb7,
    "冠": _rules_for_guan_51a0,
    "参": _rules_for_can_53c2,
    "脏": _rules_for_zang_810f,
    "喝": _rules_for_he_559d,
    "劲": _rules_for_jin_52b2,
    "柏": _rules_for_bai_67cf,
    "几": _rules_for_ji_51e0,
    "肚": _rules_for_du_809a,
    "台": _rules_for_tai_53f0,
    "解": _rules_for_jie_89e3,
}


# Round 80: before 种 in a jieba word pypinyin lacks, what makes it zhòng, to plant (只种, 靠种, 刚种, 石头缝里种), and what
# follows such a 种 when it is planting: a crop (also _BRED, _CROPS) or a complement (种下, 种满, 种出, 种在).
_PLANTING_BEFORE_IN_WORD = set("只靠光学刚说既加已禁又就把旁里开少上")
_PLANTED_AFTER = set("橙橘椒竹蔗姜芋莓茄罂粟下上了着过满出好在起成到点些")


# Round 72: what makes a 舍 after it shě, to give up (难舍, 不舍), not a house; what makes 脏 after it zāng, dirty.
_GIVING_UP = set("不难怎何忍要肯割施取弃宁")
_DIRTYING = set("搞弄变太真好很最更较挺")


# Round 71 (an audit of lone 了 都 只 厦 看 觉 撒 铺 and more in the dev articles).
# Before 只 "only", the adverbs ending in 多 that are no count (差不多只取决于).
_MORE_OR_LESS = frozenset("差不多 差不离".split())
# After 藏东, 藏北, 藏西 where jieba cut 藏 off: a part of Tibet (地处藏东山区), not hiding things (藏东西).
_TIBET_PARTS = ("地区", "山区", "高原", "草原", "牧区", "农区")
# Before 都 dū in a capital's or a city's name (大都会, 成都, 首都, 古都, 迁都): 都会 after them is no "all will".
_CAPITAL_BEFORE_DU = set("大成首京古国故帝旧陪建迁定商花乐昌")
# Around 厦 xià, Xiamen's short form, the short forms of the places it is paired with (厦漳泉, 厦金 Kinmen, 厦深 Shenzhen,
# 福厦, 龙厦, 鹰厦 railways); elsewhere a lone or glued 厦 is a building, shà (大厦, 商厦, Hong Kong's 工厦, 疫厦).
_XIAMEN_AFTER = set("漳泉金深门")
_XIAMEN_BEFORE = set("福泉漳龙鹰赣温")
_BUILDING_BEFORE_SHA = set("大广华高商工楼疫")  # (大厦门口, 大厦金融中心 stay shà)
# What 看好, 看住, 看牢 guard when they are kān: a door, a child, a purse.
_GUARDED = ("家门", "自家门", "自家孩子", "门户", "大门", "孩子", "钱袋子", "钱袋", "仓库", "库房")


def _guarded_after(ahead: str) -> bool:
    """Whether what follows 看好, 看住 (past a 了) is a thing guarded (家门, 钱袋子, a lone 门), not 家门口, a place
    near home, nor 孩子的 + what is hoped for (看好孩子的前途 is kàn)."""
    ahead = ahead.lstrip("了")
    return (ahead.startswith(_GUARDED) or ahead == "门") and not ahead.startswith(("家门口", "自家门口", "孩子的"))


# What 撒 scatters or throws when it is sǎ, found further on in its clause (撒不知名白色粉末).
_SCATTERED_THINGS = ("粉末", "粉", "盐", "种子", "化肥", "石灰", "沙子", "灰", "花瓣", "纸钱")

# Round 64 (lone polyphones read in the dev articles).
# Before 只 as a measure word after a round number or 余 (两百余只, 三万只羊): the digits are in _COUNTERS_BEFORE.
_BIG_COUNTS = _COUNTERS_BEFORE - {"犬"} | set("百千万亿余")
# After 只 "only" following a sum (投入八百万只用于, 三千万只够): not the measure word.
_ONLY_BEFORE_VERB = set("用为占够限剩针对让给收读看做花")
# What jieba glues after 只 as one word when 只 counts it (三万/只羊): animals and things counted so.
_COUNTED_BY_ZHI = set("羊鸡鸭鹅猪狗猫鸟兔虎熊猴鹿鱼蛋箱船碗杯") | {"幼", "幼崽", "幼仔"}
# Neighbours that make a lone 蒙 Mongolia (Měng): a side or its language (蒙方, 蒙文), a relation (对蒙经济, 中蒙关系).
_MONGOLIA_AFTER = ("方", "文", "古", "满", "外交", "经济", "关系", "两国", "边境", "中关系", "俄")
_MONGOLIA_BEFORE = set("中对访赴驻俄")
# Peoples named by one character in a list (蒙、藏、维、哈、朝; 藏、回、羌).
_PEOPLES = set("汉蒙藏维回满壮苗彝羌哈朝傣白瑶土侗黎")
# After 弹出 that is a shell going out (炮弹出膛, 白磷弹出现), not popping up.
_SHELL_OUT_AFTER = set("现口厂售膛自产")
_PLAYED = ("唱", "舞", "跳", "吹", "拉", "画")
# After a lone 血 that stays xuè: the set phrases 血的教训, 血与火, 血和泪, 血肉.
_XUE_AFTER = ("的教训", "的代价", "的洗礼", "与", "和", "肉", "汗", "泪", "脉", "性")
# Education bodies named short with 教 jiào (教育): 教工委, 教联会, 教协, 教大 (the Education University of Hong Kong).
_EDUCATION_BODIES = ("工委", "联会", "协", "大学生会", "大校")
_LADLED_AFTER = set("在满着入进饭汤粥")
_SPREAD_THIN_SUBJECTS = ("分布", "主体", "布局", "居住", "经营")
_BREAKING_UP_AFTER = set("去了开发落出步会场伙架")
# Ministries whose minister is 相 xiàng (Japanese 防卫相, 外相; a deputy 副相).
_MINISTRIES = ("防卫", "外务", "财务", "法务", "副", "经济产业", "厚生劳动", "国土交通", "文部科学", "农林水产", "总务")
_MUTUAL_AFTER = set("统协结比关互融适契衔促辅映照呼对符配连通似同依近识交助伴爱")


def _counted_volumes(text: str, after: str) -> bool:
    """jieba's number + 卷 (十卷, 两卷, 二十八卷, 第二卷, 数十卷) counting volumes, not rolls (两卷胶带, 一卷卷带钢)."""
    number = text[:-1]
    if number.startswith("第"):
        number = number[1:]
    if not number or not all(c in _NUMERALS or c in "余多数几" for c in number):
        return False
    if number == "一" and after[:1] == "卷":
        return False
    return not after.startswith(_ROLLED + ("胶", "卫生纸", "铺盖", "钢", "布", "席"))


def _mongolia(before: str, after: str) -> bool:
    return after.startswith(_MONGOLIA_AFTER) or (before[-1:] in _MONGOLIA_BEFORE and after[:1] not in set("上住着了受"))


def _listed_with(words: list[tuple[str, list[str], str]], w: int, group) -> bool:
    """The lone word *w* stands in a list of lone words, one of them from *group*, across a list mark (蒙、藏、维;
    唱、弹、舞; 口、咽、喉): the words carry no punctuation, so a clause break between single characters stands for it."""
    return (w > 0 and words[w - 1][2] == PAUSE_CLAUSE and words[w - 1][0] in group) or (
        w + 1 < len(words) and words[w][2] == PAUSE_CLAUSE and words[w + 1][0] in group
    )


# Before a lone 卷 that is a volume, scroll or exam paper (juàn): a field's volume (天文学卷), a history or gazetteer
# (…史卷, …志卷), a painting (《…图》卷, 全景图卷), an exam (殿试卷, 状元卷, 通策卷). What is rolled (juǎn) comes after it.
_VOLUME_OF = set("学史志图》试策") | {"状元"}
_ROLLED = ("带钢", "钢", "胶带", "纸", "布", "线", "绳", "烟", "起", "走", "入", "着", "成", "了", "土", "来", "去")


# Words before 差会 that make it a missionary society, one that sends (chāihuì): 宣教差会, 传教差会.
_MISSION_WORDS = frozenset("传教 宣教 传道 布道 差传 海外 教会 基督教 浸信 长老 循道 巴色 礼贤".split())


def _extremely_poor(words: list[tuple[str, list[str], str]], w: int, after: str) -> bool:
    """jieba's 极差 said of the word before it, extremely poor (韧性极差, 路况极差的山路), not a range (数据的极差为五)."""
    if w == 0 or words[w - 1][2] != PAUSE_WORD or words[w - 1][0] in ("的", "其", "之", "组"):
        return False
    return not after.startswith(("为", "是", "值", "系数", "法", "分析", "等于", "="))


# What comes in rolls, counted by 卷 juǎn: 一卷胶带, 一卷纸, 一卷钢丝 (一卷书, 一卷线装书 count volumes: juàn).
_ROLL_NOUNS = ("胶带", "胶布", "胶卷", "胶片", "纸", "布", "钢", "丝", "电线", "电缆", "绳", "毛线", "棉线", "地毯", "席", "铺盖", "膜", "竹帘", "帘", "草皮")


def _rolls_of(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """jieba's 一卷 before what comes in rolls (一卷胶带, 一卷一卷的废旧报纸, 一卷钢丝), not before a book (一卷书)."""
    j = w
    while words[j][2] == PAUSE_WORD and j + 1 < len(words) and words[j + 1][0] in ("一卷", "卷", "的"):
        j += 1
    for _ in range(2):
        if words[j][2] != PAUSE_WORD or j + 1 >= len(words):
            return False
        j += 1
        if words[j][0].endswith(_ROLL_NOUNS) and not words[j][0].startswith("线装"):
            return True
    return False


def _a_volume(words: list[tuple[str, list[str], str]], w: int, after: str) -> bool:
    """A lone 卷 counting or naming volumes (三万卷图书, 卷三, 天文学卷), not rolling or rolls (卷走, 一卷卷带钢)."""
    if after.startswith(_ROLLED):
        return False
    if after[:1] in _NUMERALS - {"两"} and w + 1 < len(words) and words[w][2] == PAUSE_WORD:
        return True  # 卷三, 卷二: volume three
    if w == 0 or words[w - 1][2] != PAUSE_WORD:
        return False
    previous = words[w - 1][0]
    if previous[-1:] in _NUMERALS or previous[-1:] in ("数", "几") or previous.endswith("多"):
        return previous not in ("一卷",) and not (previous[-1:] == "一" and after[:1] == "卷")
    return previous[-1:] in _VOLUME_OF or previous.endswith(tuple(x for x in _VOLUME_OF if len(x) > 1))


# What 了却 (liǎo, to settle) settles: 了却一桩心愿, 了却心事, 了却遗憾.
_WISHES_SETTLED = ("心愿", "心事", "心结", "心头", "遗憾", "夙愿", "宿愿", "牵挂", "愿望", "一桩", "一件", "一个", "一段", "此生", "残生", "尘缘", "后顾之忧")


# What one ties on (系 jì before it: 系上红领巾, 系着红布带, 系好安全带), and what follows that 系.
_TIED_THINGS = ("带", "领巾", "绫", "缎", "绸", "绳", "围裙", "扣", "巾", "铃", "结")
_TIED_AFTER = set("上着好紧了")


# What one passes or wins, 中 zhòng before it (考中进士, 中了彩票): the imperial degrees, and prizes after 了/过.
_DEGREES_PASSED = ("进士", "举人", "状元", "秀才", "探花", "榜眼", "解元", "会元")
_PRIZES = ("彩票", "头彩", "头奖", "大奖", "一等奖", "二等奖", "三等奖", "特等奖", "大奖")
_HITTING_VERBS = ("考", "猜", "抽", "摇", "买", "又", "也", "再", "曾", "就", "才", "还")


# Verbs done again after jieba's 重X (a word pypinyin lacks, so it reads zhòng) or a lone 重: chóng.
# Modals jieba glues 重 to before a verb done again (想重/走).
_MODALS_BEFORE_AGAIN = set("想要能会會愿願敢该該需")
# Counts of layers jieba glues 重 to (两重, 五重, 一重), and what the policy's 两重 (重大战略, 重点安全) goes before.
_LAYER_COUNTS = set("一二两兩三四五六七八九十")
_WEIGHTY_PROJECTS = ("建设", "建設", "项目", "項目", "政策", "工作", "工程", "两新", "兩新")
_DONE_AGAIN = set("走燃游写签铸焕登夺掌归考遇享练临谈寻漆唱踏入做订设聚展绘划访拍录画排选印")


# Words for a body of people one leads (率 shuài before them: 率中央代表团, 率西北军一个班, 率中共中央政治局同志).
_LED_BODIES = ("代表团", "团", "队", "组", "同志", "军", "部队", "班子")
# What a rate does when 领 opens the word after it (复工率领先全国, 就诊率领跑): not 率领, to lead.
_AHEAD_OF = ("领先", "領先", "领跑", "領跑", "领域", "領域", "领涨", "領漲", "领跌", "領跌")


def _rate_ahead(after: str) -> bool:
    """After 率 in jieba's 率领: 领先 or 领跑 before what it is ahead of (领先全国, 领跑全省, 领先于, 领先的), not 率领先头部队,
    率领先进典型 (leading)."""
    return after[1:2] in ("先", "跑") and after[2:3] in set("全国省市同行业于的世其一")


def _leads_a_group(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """率 standing alone before what it leads: a body of people in the next word or the one after it
    (汪洋率/中央/代表团), or jieba's 领 glued to the next word (率/領北韓). A rate (失业率, 病亡率) has a verb
    or an amount after it."""
    if w + 1 >= len(words) or words[w][2] != PAUSE_WORD:
        return False
    first = words[w + 1][0]
    if first[:1] in ("领", "領") and len(first) > 1 and not first.startswith(_AHEAD_OF):
        return True
    if first.endswith(_LED_BODIES) or first == "众":
        return True
    if re.fullmatch(r"[一二三四五六七八九十两]+个?[营连排团师旅]", first):
        return True  # a unit counted: 副团长陈玉才率三营阻击
    if first in ("中央", "中共", "国务院", "省委", "市委", "省政府", "市政府") and any(
        words[j][0].endswith(_LED_BODIES) for j in range(w + 2, min(w + 6, len(words))) if words[j - 1][2] == PAUSE_WORD
    ):
        return True  # a body named after where it goes: 孙春兰率中央赴湖北指导组
    return (  # a word that qualifies the body (中央, 中共, 西北军 …), not a verb, conjunction or preposition (侦破率与…)
        words[w + 1][2] == PAUSE_WORD and w + 2 < len(words) and _word_tags().get(first, "x")[:1] not in set("vcpudr")
        and words[w + 2][0].endswith(_LED_BODIES)
    )


# What follows a lone 铺 that spreads or paves (pū): 铺到, 铺起来, 铺展, 铺摊子, 铺沥青, 铺绿装, 铺得很大, 铺向天边.
_SPREAD_AFTER = set("到起展摊沥绿得设向满开平好砌")
# Verbs of doing something together, after jieba's 手相 (心手相牵, 暖手相扶): 相 is "each other", xiāng.
_MUTUAL_VERBS = set("牵扶连握携助依伴拥")


# Regions one lies deep in, after 深处 chǔ (深处内陆): the depths, chù, come after what they are of (大山深处).
_DEEP_REGIONS = ("内陆", "腹地", "大山", "山区", "深山", "偏远", "边远", "西部", "西北", "西南", "内地", "高原", "山沟", "沙漠",
                 "戈壁", "大漠", "群山", "林区")
# What follows 朝阳 the place, cháoyáng (朝阳区 is in the phrase data): 朝阳公园, 朝阳门, 朝阳路.
# Round 73: before a glued 朝 and 早, the days a Hong Kong morning is of (每朝早, 今朝早, 聽朝早, 琴朝早); after 朝, the
# hours from the morning to the evening (朝九晚六, 由朝六至晚十一: zhāo); a direction after 朝 keeps it cháo before 夕.
_MORNING_OF = frozenset("每今聽听琴尋寻")
_MORNING_TO_EVENING = re.compile(r"[一二三四五六七八九十]{1,2}[点點时時]?[至到]?晚")
_DIRECTIONS_AFTER_CHAO = set("东西南北東前后後左右上下里裡外")
_CHAOYANG_PLACES = ("公园", "门", "路", "北路", "南路", "大街", "街道", "医院", "分局", "法院", "检察院", "群众", "剧场", "站",
                    "镇", "乡", "村", "县", "市", "区")
# Beijing's other districts, which 朝阳 the district is listed with (朝阳、海淀等区; 海淀和朝阳): cháoyáng.
_BEIJING_DISTRICTS = ("东城", "西城", "海淀", "丰台", "石景山", "门头沟", "房山", "通州", "顺义", "昌平", "大兴", "怀柔", "平谷",
                      "密云", "延庆", "亦庄")
_LISTING_WORDS = ("和", "及", "与")


# Second characters of jieba words in 地 that are places or things of the ground, not 地 glued to a verb (十二个地州,
# 所有地州市, 一个地坑, 没有地火, 对样地内的植株).
_DI_WORD_ENDS = set("州市县区坑库渠火内里")  # (样地内: jieba's 对样/地内; 投到地里, 亲戚家地里: the fields)
# Verbs jieba glues 得 onto before 上, a potential complement (算得上, 称得上, 配得上): 得 is then de.
_REACHING_VERBS = set("算称谈比配跟赶用说数排挂沾够")
# Degree words before 多地 that make it "more" and 地 the adverb's de (更多地, 越来越多地, 尽可能多地, 过多地).
_MORE_BEFORE = set("更越较过能量最")
# Adverbs before 处 chǔ, "to be in" (正处, 尚处, 仍处: jieba glues them), and what after it makes 处 an office or 处理.
_BEING_IN_ADVERBS = set("正尚仍还已都均皆恰刚又亦虽")
_NOT_BEING_IN_AFTER = set("级长室理置分罚于在的处")


# Words by 五行 that make it the five phases, wǔxíng (阴阳五行, 五行之秀, 五行学说), not five rows (写成五行).
_FIVE_PHASES_AFTER = ("之", "学说", "相生", "相克", "八卦", "属性", "理论", "思想", "文化", "观念", "学", "说", "天干")


def _five_phases(before: str, after: str) -> bool:
    return after.startswith(_FIVE_PHASES_AFTER) or before.endswith(("阴阳", "阴阳五"))


# Before 成行 xíng, a trip made (未能成行); rows, háng, are of trees (绿树成行).
_TRIP_MADE_BEFORE = ("未能", "能", "没能", "无法", "不能", "得以", "匆匆", "顺利", "安全", "如期", "终于", "最终", "难以", "未",
                     "临时", "即将", "才", "终未", "没有")
# What comes down after 落下 luò (a curtain, a gong); and what falls, before it (泪水簌簌落下, 太阳在西边落下).
_CURTAINS = ("帷幕", "大幕", "序幕", "帷", "幕", "了帷幕", "了大幕", "了序幕", "锣", "鑼")
_FALLING_BEFORE = ("簌簌", "缓缓", "徐徐", "纷纷", "慢慢", "轻轻", "重重", "黯然", "悄然", "西边", "西邊", "天空", "空中", "高空",
                   "从天", "太阳", "夕阳", "由慢而快")
# Water and what rises like it, before 没过 mò (积水没过膝盖), and what it rises over, after.
_RISING_WATER = set("水雪沙泥浪潮洪")
_SUBMERGED_PARTS = ("头顶", "膝盖", "膝", "腰", "脚踝", "脚面", "脚背", "小腿", "大腿", "胸", "脖子", "车轮", "轮胎", "头", "堤",
                    "路面", "屋顶", "房顶")


def _submerged(before: str, after: str) -> bool:
    return before[-1:] in _RISING_WATER or after.startswith(_SUBMERGED_PARTS)


# What one comes or acts upon, after 应 yìng and who asked (应…邀请, 应…之邀, 应…要求).
_REQUESTS = ("邀请", "之邀", "邀", "要求", "请求", "邀约", "约请", "请")


def _at_the_request(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether 应 alone at words[w] is yìng, "at the request of": a name or noun right after it (who asks, not a verb,
    adverb or preposition as after 应 "should": 应在, 应积极, 应依托) and, later in its clause, a word of asking (邀请,
    之邀, 要求): 应国家主席习近平邀请, 应林郑之邀, 应中西区居民及区议会要求."""
    tags = _word_tags()
    text = words[w][0]
    if len(text) > 1:
        # jieba glued 应 to a name or its first character (應林/鄭之邀, 应王毅/之/邀): a word of a name or noun after 应, then
        # 之邀 or 邀请 with no other word between (应多/邀请专家, 应及时/邀请: should)
        if tags.get(text[1:], "n")[:1] != "n":
            return False
        for j in range(w + 1, min(w + 4, len(words))):
            if words[j - 1][2] != PAUSE_WORD:
                return False
            if words[j][0] in _REQUESTS[:3] or words[j][0].endswith(_REQUESTS[:2]):
                return j > w + 1 or len(text) > 2 or words[j][0] not in _REQUESTS
            if words[j][0] != "之" and tags.get(words[j][0], "n")[:1] != "n":
                return False
        return False
    following = _word_after(words, w)
    tag = tags.get(following, "")
    if not following or not (tag[:1] == "n" or (not tag and len(following) >= 2)):
        return False
    for j in range(w + 1, min(w + 12, len(words))):
        if words[j][0] in _REQUESTS or (words[j][0].endswith(_REQUESTS[:2]) and j > w + 1):
            return j > w + 1
        if words[j][2] != PAUSE_WORD:
            return False
    return False


def _also_for_whom(words: list[tuple[str, list[str], str]], w: int, before: str) -> bool:
    """Whether 还 before 给 (ending words[w]) is hái, "also": after 给 and whom it is for, a verb within three words of
    its clause (社区还给我们配了驿站, 矿工们还给这趟列车起了名字, 还给患者心理支持), and no 把 or 将 before it in the
    clause, which make 还给 "give back" (把菜钱还给张仁江, 将土地还给村民)."""
    if any(marker in before for marker in "把将") or _word_after(words, w) in ("了", "过", "回"):
        return False  # (及时还给了失主: 给 the verb)
    tags = _word_tags()
    for j in range(w + 2, min(w + 5, len(words))):
        if words[j - 1][2] != PAUSE_WORD:
            return False
        if tags.get(words[j][0], "")[:1] == "v":
            return j > w + 1
    return False


def _dried_food(word: str) -> bool:
    """Whether *word* is a food that is dried (鱼, 芒果) or jieba's 制鱼, 晒鱼 (晒制鱼干): 如果, 结果, 养鱼 are not."""
    return word in _DRIED_FOODS or (len(word) == 2 and word[0] in set("制晒腌熏烤") and word[1] in set("鱼虾肉"))


def _sandhi_before(char: str, syllable: str) -> bool:
    """Whether *syllable* of *char* is a third tone raised to second by sandhi."""
    from pypinyin import Style, pinyin

    plain = pinyin(char, style=Style.TONE3, neutral_tone_with_five=True, heteronym=True)[0]
    return syllable_tone(syllable) == "2" and syllable[:-1] + "3" in plain and syllable not in plain


def _is_surname(words: list[tuple[str, list[str], str]], w: int, k: int) -> bool:
    """Whether the character at words[w][0][k] is a surname: after 姓 (姓单), alone
    before a title (区/先生), or opening a two- or three-character name jieba knows
    as a rare name or made up itself (单霁翔, 解振华; 曾毅 only after 记者 or before a
    title or a verb of saying). A word pypinyin has a reading for keeps it (曾经, 单位)."""
    text = words[w][0]
    previous = words[w - 1][0] if w > 0 and words[w - 1][2] == PAUSE_WORD else ""
    following = words[w + 1][0] if w + 1 < len(words) and words[w][2] == PAUSE_WORD else ""
    if k == 1 and text[0] == "姓" and len(text) == 2:
        return True
    if k != 0:
        return False
    if text[0] == "任" and previous and (previous[-1] in _SERVING_BEFORE or _jieba().dt.FREQ.get(previous[-1] + "任")):
        return False
    if len(text) == 1:
        if len(following) == 2 and _word_tags().get(following, "")[:2] in ("nr", "nz") and w + 2 < len(words) and not (
            set(following) & _TRANSLITERATION
        ):
            # before a given name jieba knows as a name and a verb of saying: 乐/建华/告诉本报记者, “乐/建华/说
            # (發言人華/特斯/說 is Walters, a foreign name: huá)
            if words[w + 1][2] == PAUSE_WORD and words[w + 2][0].startswith(_SAYING + ("告诉",)):
                return True
        if len(following) == 2 and _given_name_cut_off(words, w, previous, following):
            return True
        if text in _HMM_SURNAMES and len(following) == 1 and _two_name_characters(words, w):
            return True
        if text in _HMM_SURNAMES and len(following) == 2 and _listed_between_names(words, w):
            return True
        if text == "区" and _word_tags().get(previous, "")[:2] in ("ns", "nt"):
            return False  # a district after a place or a body jieba cut it from: 南京溧水/区/总投资, 西亚/区/代表, 新华社/区/书记
        if following in ("太", "太太") and w + 2 < len(words) and _mrs(words, w + 1):
            return True  # Hong Kong's married title: 涉貪案曾/太/被指, 曾/太/更帶同, 曾/太太/说 (他曾/太/不/像话: too, céng)
        if text == "曾" and following == "代表" and w + 2 < len(words) and words[w + 1][2] == PAUSE_WORD and (
            _word_tags().get(words[w + 2][0], "")[:1] == "n" and not words[w + 2][0].startswith(_SAYING)
        ):
            return False  # once represented, before whom: 李铁/曾/代表/国家队/参加过 (曾/代表/表示 is Rep. Tsang)
        titles = _REN_TITLES if text == "任" else _TITLES if text == "区" else _TITLES + _MORE_TITLES
        if following[:1] == "总" and following != "总":
            return previous.endswith("姓")  # 总 is a title alone (区/总/说), not opening a total (候选/区/总面积, 区/总投资)
        return previous.endswith("姓") or following.startswith(titles)
    if _hmm_name(text):
        return True
    if len(text) == 2 and _name_ending_in_a_rare_character(words, w, following):
        return True
    if len(text) == 2 and _name_cut_before_its_last(words, w, previous):
        return True
    if len(text) == 2 and _name_cut_after_two(words, w, previous, following):
        return True
    if len(text) > 3 or _in_phrase_dict(text) or text in PHRASE_FIXES or text[1] in _NOT_IN_GIVEN_NAMES:
        return False
    frequency, tag = _jieba().dt.FREQ.get(text) or 0, _word_tags().get(text, "")
    if tag == "nr" and text[0] in "尉缪":
        return True  # any name jieba knows with these rare surnames (尉健行, 缪建民), however often it is met
    # a name jieba's HMM made after the title it follows: 特使解晓岩, 队长任威朋 (外长查普托/维奇 is foreign: chá; 威 and 顿
    # are given names' too)
    foreign = _TRANSLITERATION - set("威顿")
    anchored = previous in _BYLINE_BEFORE or following.startswith(_TITLES + _SAYING) or (
        len(text) == 3 and not frequency and not set(text[1:]) & _NOT_IN_GIVEN_NAMES.union(foreign)
        and previous.endswith(_TITLES_BEFORE)
    )
    given = text[1:]
    if len(text) == 3 and (_jieba().dt.FREQ.get(text[:2]) or 0) >= 10 and _word_tags().get(text[:2], "")[:2] != "nr":
        return False  # jieba's nr 任教于 is a word (任教) and 于, not a name
    if len(text) == 3 and tag == "nr" and frequency < 100 and not set(given) & _TRANSLITERATION:
        # a name in jieba's dictionary (单霁翔, 解振华), not a verb and its object it lists as one (盖新房)
        return not _jieba().dt.FREQ.get(given) or _word_tags().get(given, "")[:2] in ("nr", "nz")
    # a word jieba's HMM made: a name only where a byline or title says so (区吊运, 盖新房 are not)
    return frequency == 0 and anchored


def _mrs(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether 太 or 太太 at words[w], after a lone surname, is Mrs: what follows is no adjective or verb 太 (too) would
    grade but an adverb, a preposition, 被 or a verb of saying (曾/太/被指, 曾/太/更/帶同, 曾/太太/说; 曾/太/忙, 曾/太/不 are
    "too")."""
    if words[w][2] != PAUSE_WORD:
        return words[w][0] == "太太"
    then = words[w + 1][0]
    if then[:1] in ("不", "没", "沒", "过", "過", "多", "少", "大", "小", "久", "好", "高", "低", "快", "慢", "早", "晚"):
        return False
    if w >= 2 and words[w - 2][0][-1:] in _PRONOUNS | {"们", "也", "都", "还", "就"} and words[w - 2][2] == PAUSE_WORD:
        return False  # 他/曾/太/在意: once too much
    if then.startswith(_SAYING) or then in ("被", "更", "也", "亦", "则", "已", "曾", "向", "与", "和", "及", "在", "于", "对", "称", "指"):
        return True
    return words[w][0] == "太太" and _word_tags().get(then, "")[:1] not in ("a", "d")


def _given_name_cut_off(words: list[tuple[str, list[str], str]], w: int, previous: str, following: str) -> bool:
    """Whether the lone surname words[w][0] opens a name whose given name jieba cut off as a word it hardly knows: after a
    byline (攝影記者曾/顯華) or before a verb of saying (曾/明武/说出了, 专家单/爱美/说), for 曾, 朴, 仇 also after an adverb
    (曾/志豪/亦/說) or as 补充说, 饰演的 (司長曾/瑞利/補充/說); not before an adverb, a verb or a word that is no given name
    (记者曾/在, 他曾/私下/说, 曾/公开/表示)."""
    if set(following) & _NOT_IN_GIVEN_NAMES or set(following) & _TRANSLITERATION or words[w][2] != PAUSE_WORD:
        return False
    frequency, tag = _jieba().dt.FREQ.get(following) or 0, _word_tags().get(following, "")
    if frequency >= 200 or tag[:1] in ("v", "d", "a", "p", "c", "u", "m", "q", "r", "f"):
        return False
    if previous.endswith(tuple(_BYLINE_BEFORE - {"姓"})) and not frequency:
        return True
    after = words[w + 2][0] if w + 2 < len(words) and words[w + 1][2] == PAUSE_WORD else ""
    # a subject before it (他/曾/拍片/也/说) or a word met often (警方曾/拍片/亦/表示) makes 曾 "once"
    subject = previous[-1:] in _PRONOUNS or _word_tags().get(previous, "")[:1] in ("r", "d")
    if words[w][0] in _HMM_SURNAMES and w + 3 < len(words) and words[w + 2][2] == PAUSE_WORD and not subject and (
        frequency < 50
    ):
        if after in _ALSO_BEFORE_SAYING:
            after = words[w + 3][0]  # an adverb between: 曾/志豪/亦/說 (曾/私下/说 is céng: 私下 no given name, above)
        elif after.startswith(("补充", "饰演")) and words[w + 3][0].startswith(_SAYING + ("的",)):
            return True  # 司長曾/瑞利/補充/說, 曾/志豪/飾演/的 (a role played)
    return after.startswith(_SAYING + ("告诉",))


# Adverbs between a name and its verb of saying (曾/志豪/亦/說, 曾/志豪/也/表示).
_ALSO_BEFORE_SAYING = frozenset("亦 也 又 则 还 更 再 随即 其后 续".split())


def _name_cut_after_two(words: list[tuple[str, list[str], str]], w: int, previous: str, following: str) -> bool:
    """Whether words[w][0], two characters opening with a surname, holds the first two of a name of three that jieba
    cut 2+1 before a verb of saying: the third character alone (查錫/我/回應, 查錫/我/認為, as a word no dictionary
    lists) or glued to the verb after a title (局长朴学/东说, 朴学 a word); not a word met before (查实/我/说)."""
    if words[w][2] != PAUSE_WORD or not following or following[-1:] in _NOT_IN_GIVEN_NAMES:
        return False
    text = words[w][0]
    after = words[w + 2][0] if w + 2 < len(words) and words[w + 1][2] == PAUSE_WORD else ""
    if len(following) == 1 and not _jieba().dt.FREQ.get(text) and not _in_phrase_dict(text):
        return following not in _NOT_IN_GIVEN_NAMES and after.startswith(_SAYING + ("回应", "回應"))
    return (
        len(following) == 2 and previous.endswith(_TITLES_BEFORE) and not _jieba().dt.FREQ.get(following)
        and following[1:] in _SAYING and following[0] not in _NOT_IN_GIVEN_NAMES
    )


_NOT_NAME_TAGS = ("v", "d", "p", "c", "u", "r", "m", "q", "f", "y", "t", "s", "e", "o")


def _two_name_characters(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether the lone surname words[w][0] (曾, 朴, 仇) has a given name of two characters jieba left alone after it,
    neither a verb, an adverb nor a function word (及/曾/蔭/荃, 胞妹/曾/璟/璇, 主持/曾/瀞/漪, 局長/曾/國/衞; not 曾/說/過,
    曾/去/信, 曾/掌/摑, 曾/其/规矩)."""
    if w + 2 >= len(words) or words[w][2] != PAUSE_WORD or words[w + 1][2] != PAUSE_WORD:
        return False
    pair = (words[w + 1][0], words[w + 2][0])
    if any(len(c) != 1 or c in _NOT_IN_GIVEN_NAMES or not HAN_CHAR.match(c) for c in pair):
        return False
    return not any((_word_tags().get(c) or "x").startswith(_NOT_NAME_TAGS) for c in pair)


def _name_ending_in_a_rare_character(words: list[tuple[str, list[str], str]], w: int, following: str) -> bool:
    """Whether words[w][0], two characters opening with 曾, 朴 or 仇 that no dictionary lists (jieba's HMM or a prefix),
    holds the first two of a name whose third character jieba's dictionary lacks, left alone after it (政制局長曾國/䘙/
    提及): not a verb, an adverb or a function word after the surname (曾到/那, 曾以/此, 曾否)."""
    text = words[w][0]
    if text[0] not in _HMM_SURNAMES or words[w][2] != PAUSE_WORD or len(following) != 1 or not HAN_CHAR.match(following):
        return False
    if _jieba().dt.FREQ.get(text) or _in_phrase_dict(text) or text in PHRASE_FIXES or _jieba().dt.FREQ.get(following) is not None:
        return False
    return text[1] not in _NOT_IN_GIVEN_NAMES and not (_word_tags().get(text[1]) or "x").startswith(_NOT_NAME_TAGS)


def _name_cut_before_its_last(words: list[tuple[str, list[str], str]], w: int, previous: str) -> bool:
    """Whether words[w][0], two characters opening with 曾 that no dictionary lists (jieba's HMM), is a name or the first
    two of one whose last character jieba glued to the next word: the second a noun or an adjective, no subject or adverb
    before it, no verb after it (曾蔭權是曾俊/華為官的恩師, 綠葉曾江、邵音音; 他曾/官至, 杨万里曾云, 局方曾以 keep céng;
    朴 and 仇 open transliterations too: 拿樸迪, Laporte)."""
    text = words[w][0]
    if text[0] != "曾" or _jieba().dt.FREQ.get(text) or _in_phrase_dict(text) or text in PHRASE_FIXES:
        return False
    if text[1] in _NOT_IN_GIVEN_NAMES or _word_tags().get(text[1], "") not in ("n", "nr", "a"):
        return False
    if previous in _PRONOUNS or _word_tags().get(previous, "")[:1] in ("r", "d", "p", "c"):
        return False
    following = _word_after(words, w)
    return not following or _word_tags().get(following, "x")[:1] not in ("v", "p", "d", "u")


def _listed_between_names(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether the lone surname words[w][0] (曾, 朴, 仇) and the given name of two characters after it stand in a list of
    names, marks (clause breaks: the words carry no punctuation) around them, a name of two or three characters opening
    with a common surname on each side, or at the list's end (謝彩雲、梁慧珉、曾/顯華、程翔、勞家輝)."""
    if w == 0 or w + 1 >= len(words) or words[w][2] != PAUSE_WORD or not _name_like(words[w - 1][0]):
        return False
    if words[w - 1][2] != PAUSE_CLAUSE or words[w + 1][2] != PAUSE_CLAUSE or set(words[w + 1][0]) & _NOT_IN_GIVEN_NAMES:
        return False
    if (_jieba().dt.FREQ.get(words[w + 1][0]) or 0) >= 200 or (_word_tags().get(words[w + 1][0]) or "x").startswith(_NOT_NAME_TAGS):
        return False
    return w + 2 >= len(words) or _name_like(words[w + 2][0])


def _name_like(text: str) -> bool:
    """Whether *text* looks like a Chinese name: two or three characters opening with a common surname, a name jieba
    knows (nr) or a word no dictionary lists, no character a given name hardly holds (梁慧珉, 程翔; not 王国, 张开)."""
    if len(text) not in (2, 3) or text[0] not in _COMMON_SURNAMES or set(text[1:]) & _NOT_IN_GIVEN_NAMES:
        return False
    return _word_tags().get(text, "")[:2] == "nr" or not _jieba().dt.FREQ.get(text) and not _in_phrase_dict(text)


def _hmm_name(text: str) -> bool:
    """Whether *text* is a name jieba's HMM made of three single characters opening with 曾, 朴 or 仇 (曾俊華, 曾鈺成,
    朴元淳, 仇栩欣), or such a name and the word after it glued on (曾俊華有, 曾俊華今早): the HMM joins characters no
    dictionary word holds, and these rarely open such a run as “once”, “plain”, “hatred” (曾/多次, 曾/在 are cut apart);
    not where a complement follows (曾安下). 薄 only opens one of three (薄世宁, 薄复礼: the adjective báo makes words
    jieba lists, 薄薄的, 薄弱点)."""
    if text[0] not in _HMM_SURNAMES and not (text[0] == "薄" and len(text) == 3):
        return False
    if len(text) not in (3, 4) or _in_phrase_dict(text) or text in PHRASE_FIXES:
        return False
    if _jieba().dt.FREQ.get(text) or set(text[1:3]) & _NOT_IN_GIVEN_NAMES.union(_COMPLEMENTS):
        return False
    return len(text) == 3 or text[3] in _NOT_IN_GIVEN_NAMES.union("今近当必要未亦又")


def _verb_follows(text: str) -> bool:
    """Whether *text* (what follows a standalone 为 in its clause) holds a verb
    after its object, or starts with one (为避免): 为 then means "for" or "in
    order to". Numbers don't count (为三亿元), nor does 为…所 (passive, wéi)."""
    tagged = [pair for pair in _posseg().cut(text, HMM=False) if pair.flag not in ("m", "mq", "q")]
    if not tagged or _passive_suo(text):
        return False
    return any(pair.flag in ("v", "vd", "vi") for pair in tagged[:4])


def _after_verb(words: list[tuple[str, list[str], str]], w: int, glued: str) -> bool:
    """Whether a verb comes right before 为 (提拔/为: 为 is then "as"): *glued*, the
    part of words[w] before 为, or else the word before words[w]."""
    if glued:
        previous = glued
    elif w == 0 or words[w - 1][2] != PAUSE_WORD:
        return False
    else:
        previous = words[w - 1][0]
    if glued and _modal_glued(glued + "为", len(glued)):
        return False  # jieba's 能为, 会为: a modal, not a verb that 为 completes
    reduplicated = len(previous) == 2 and previous[0] == previous[1]  # 处处 is no verb here
    if previous in _CLAUSE_VERBS:
        return False  # 决定为他手术, 试图为他止血: a verb of intent, 为 is "for"
    if not glued and _named_by_de(words, w):
        return False  # 中国的发展/为/世界经济增长注入动力: a verb after 的 is a noun, the subject of what 为 is for
    return not reduplicated and _word_tags().get(previous, "")[:1] == "v"


# What 以…为 takes a thing as, before a verb of service that is then no "for": 以人民为中心创造, 以企业为主体提供服务
# (以…手段为农业提供 is "for").
_FRAMES = ("中心", "核心", "主体", "基础", "导向", "抓手", "引领", "支撑", "目标", "平台", "载体", "主线", "重点", "依托",
           "纽带", "牵引", "根本", "前提", "榜样", "服务对象", "己任", "宗旨")
# What one is with whom after 与…为 (与邻为善, 与人民为敌, 与狼为伍, 与人为友).
_WITH_WHOM_AS = ("善", "敌", "伍", "友", "伴", "邻")
# What 以… takes as its guide, after a long 以… (以习近平新时代中国特色社会主义思想为指导, 为行动指南).
_GUIDES = ("指导", "指南", "行动指南")
# A frame before 的 after 为, a noun it names (为导向的人才评价机制, 为纽带的组织体系).
_FRAME_OF_A_NOUN = re.compile("(?:" + "|".join(_FRAMES + _GUIDES) + ")的")
# Words with 以 that are no "take … as" (可以为企业提供, 所以为, 加以, 难以, 以及, 以来).
# (以上, 以内, 以北, 以至 … are left out: 以上海为例, 以内容标识为抓手, 以北京语音为标准音, 以“至诚”为.)
_NOT_TAKING_AS = ("可以", "所以", "予以", "加以", "难以", "得以", "用以", "足以", "借以", "据以", "以及", "以来", "以后",
                  "以便", "以免")


def _modal_glued(text: str, k: int) -> bool:
    """Whether 为 ends a word jieba's HMM made of a modal and 为 (希望能为中国企业…搭建, 一定会为这个社会做出): its 为 is
    read by the rules as if alone, though pypinyin reads the pair wéi (无能为力)."""
    return k == 1 == len(text) - 1 and text[0] in set("能会要将可") and not _jieba().dt.FREQ.get(text)


def _takes_listed_as(window: str) -> bool:
    """Whether the clause before 为 across its list marks (*window*) has a 以 that 为 closes over a list of nouns
    (以企业、高校为主体提供服务, 以政府、企业、社会为依托): _takes_as, with a 、 and nothing but nouns between 以 and 为,
    no means (以改革促发展、为企业提供服务, 以先易后难、分阶段为…立法, 以…、在舞台上为观众开启, 以…等形式为… are "for")."""
    if "、" not in window or not _takes_as(window):
        return False
    between = window[window.rfind("以") + 1 :]
    if "、" not in between:
        return False
    if between.endswith(_MEANS):
        return False  # 以首席顾问、特聘专家等形式为县域…提供: by means of
    return not any(
        pair.flag[:1] in ("v", "p", "d", "i", "l", "a") for part in between.split("、") for pair in _posseg().cut(part, HMM=False)
    )


# Means that 以 takes before a 为 that is "for" (以…等形式为县域发展提供指导, 以…方式为企业服务).
_MEANS = ("形式", "方式", "方法", "手段", "途径", "名义", "身份", "模式", "渠道", "办法", "措施")


def _after_last_yi(window: str) -> str | None:
    """What follows the last 以 of *window* that may take a thing as (not 所以, 可以, …), or None without one."""
    for position in range(len(window) - 1, -1, -1):
        if window[position] != "以":
            continue
        if window[max(0, position - 1) : position + 1] in _NOT_TAKING_AS or window[position : position + 2] in _NOT_TAKING_AS:
            continue
        return window[position + 1 :]
    return None


def _frames_after_yi(window: str) -> bool:
    """Whether the clause before 为 (*window*, across its lists) has a 以 that 为 closes, where each 为 between them is
    one of a list of frames it takes as (以党组织为核心、党员示范户/为/纽带的, 以创新价值、能力、贡献/为/导向的)."""
    rest = _after_last_yi(window)
    if rest is None or any(c in rest for c in "是就"):
        return False
    return all(rest[n + 1 :].startswith(_FRAMES + _GUIDES) for n, c in enumerate(rest) if c == "为")


# What 以…为 takes a thing as, ending a noun phrase that closes the clause or comes before 的, besides the frames and
# guides (以…思想为统领, 以公平、共担、普惠为特征的, 以居家为基础、机构为补充的, 以…家族成员为首要分子的).
_FRAME_ENDS = _FRAMES + _GUIDES + ("统领", "指引", "取向", "号召", "特点", "特征", "使命", "补充", "主导", "遵循", "分子")
# A frame noun phrase after 为: up to four characters that name no deed, then a frame, then 的 or the clause's end
# (为根本目标, 为重要支撑, 为服务主体的, 为重要办刊使命).
_FRAME_PHRASE = re.compile("([^的为]{0,4}?)(?:" + "|".join(_FRAME_ENDS) + ")(?:的|$)")


def _frame_phrase(ahead: str) -> bool:
    """Whether *ahead*, what follows 为 to its clause's end (or past it), starts with a frame noun phrase (_FRAME_PHRASE)
    whose words before the frame hold no verb (为客户提供支撑 is "for")."""
    match = _FRAME_PHRASE.match(ahead)
    if not match:
        return False
    return not any(pair.flag[:1] == "v" and pair.flag != "vn" for pair in _posseg().cut(match.group(1), HMM=False))


def _yi_before_frames(window: str) -> bool:
    """Whether the clause before 为, across its lists (*window*), has a 以 that 为 closes over a noun phrase, with each 为
    between them before a frame noun phrase (以人民呼声、人民需要为, 以企业为重要主导、高校为; not 以“为党留声、为: nothing
    between 以 and 为)."""
    rest = _after_last_yi(window)
    if not rest or rest.startswith("为") or any(c in rest for c in "是就"):
        return False
    return all(_frame_phrase(rest[n + 1 :].split("、")[0]) for n, c in enumerate(rest) if c == "为")


def _turned_from_before(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether a 变, turn, opens the stretch of the clause before words[w] (为) with no 为 after it: a 变 alone or one jieba's
    HMM glued to what is turned (变“人找政策”为, 变堵为疏), not 变了, 变得, 变成 (the word after it) nor a dictionary word (改变)."""
    for j in range(w - 1, max(-1, w - 8), -1):
        if words[j][2] != PAUSE_WORD or "为" in words[j][0]:
            return False
        text = words[j][0]
        if text == "变" or (len(text) == 2 and text[0] == "变" and not _jieba().dt.FREQ.get(text)):
            return text != "变" or (j + 1 < w and words[j + 1][0][:1] not in ("了", "得", "成", "着", "过"))
    return False


# Who made what 为 is for, after 由: 为由村民组成的合作社, 为由政府主导的项目 (以…为由 is "as the reason").
_MADE_BY = re.compile("由.{1,12}?(?:组成|构成|主导|牵头|主办|承办|发起|运营|经营|管理|出资|建设|举办|开发|设立|成立)的")


def _takes_as(window: str, closers: str = "是就为") -> bool:
    """Whether the clause before 为 (*window*) has a 以 that 为 closes (以人民为中心, 以…为例): not one of a word (可以, 以及,
    以来) and none of *closers*, 是, 就, 为, after it (以…身份起诉就是为; 以…为核心的党中央为我们指明方向)."""
    for position in range(len(window) - 1, -1, -1):
        if window[position] != "以":
            continue
        if window[max(0, position - 1) : position + 1] in _NOT_TAKING_AS or window[position : position + 2] in _NOT_TAKING_AS:
            continue
        return not any(c in window[position + 1 :] for c in closers)
    return False


# Verbs that 为 completes as "as, into", before what they make, name or turn a thing into (转化为, 认定为, 评为, 任命为).
# (Verbs that also take an object, 打造, 建设, 改造, 发展, go by the shape of what follows: _relative_result.)
_TURNED_TO = frozenset("转化 转变 演变 演化 蜕变 转换 升级 升格 跃升 确立 认定 判定 界定 评定 鉴定 核定 划定 划分 细分 评 选 评选 "
                       "推选 当选 任命 聘任 委任 提拔 追授 追认 命名 更名 改名 统称 简称 称 视 誉 公认 改编 拆分 简化 固化 "
                       "内化 外化 概括 归纳 提炼 翻译 诊断 确诊 形容 称呼 定性 定义 描述 描绘".split())


# Whom 为 wèi is for in set phrases, one character each: the people, the Party, the country, the public (为民造福,
# 为党育才, 为国争光, 立党为公).
_FOR_THE_PEOPLE = ("民", "党", "国", "公")


def _for_the_people(words: list[tuple[str, list[str], str]], w: int, k: int) -> bool:
    """Whether 为 at words[w][0][k] is wèi before 民, 党, 国 or 公 standing for whom it is done: in a jieba word of them
    (为民, 为国争光, 为民造福, 执政为民, 立党为公) or alone before one of them alone (为/党/育才, 为/党/献策); not after a
    verb 为 completes (转化/为/民生优势: 民生 is a word; 任命李纪恒为民政部部长: 民政部 is one)."""
    text = words[w][0]
    if k + 1 < len(text):
        if text in ("为民", "为国", "为党"):  # (jieba's HMM makes 为国 of 为国奉献)
            following = _word_after(words, w)
            ends = bool(following) and (words[w + 1][2] != PAUSE_WORD or w + 2 == len(words))
            return not (len(following) == 1 and ends and _word_tags().get(following, "")[:1] == "n")  # (谷为民命: is)
        if text[k + 1] in "民国" and _word_tags().get(text, "").startswith("nr"):
            return True  # a given name: 李为民, 王为国
        if text[k + 1] not in _FOR_THE_PEOPLE or not _jieba().dt.FREQ.get(text) or _word_tags().get(text, "").startswith("nr"):
            return False
        rest = text[k + 2 :]
        if k == 0:
            return not rest or rest in ("为民", "为国") or bool(_jieba().dt.FREQ.get(rest)) or len(rest) == 1
        return not rest and len(text) >= 4  # 执政为民, 立党为公, 一心为公 (削职为民, 礼让为国: pypinyin's wéi)
    following = _word_after(words, w)
    if len(following) == 2 and following[0] in "民党国" and words[w + 1][2] == PAUSE_WORD and w + 2 < len(words) and (
        _word_tags().get(following[1] + words[w + 2][0], "")[:1] == "n"
    ):
        following = following[0]  # jieba's 为/民初/心: 为民 and 初心 (坚守为民初心)
    if following not in _FOR_THE_PEOPLE or following == "公":
        return False
    previous = words[w - 1][0] if w > 0 and words[w - 1][2] == PAUSE_WORD else ""
    if previous in _TURNED_TO:
        return False
    if _word_tags().get(previous, "")[:1] == "v" and _word_after(words, w + 1) in ("的", "之"):
        # after a verb, 党的…, 国的… with no verb after it is what the verb makes it (确立为党的指导思想); 为党的事业奋斗 is "for"
        tags = _word_tags()
        for j in range(w + 3, len(words)):
            if tags.get(words[j][0], "")[:1] == "v":
                return True
            if words[j][2] != PAUSE_WORD:
                break
        return False
    return True


def _completes_verb(words: list[tuple[str, list[str], str]], w: int, glued: str, ahead: str) -> bool:
    """Whether 为 at words[w] is wéi completing the verb before it (认定为国家级孵化器, 被任命为…, 转化为服务群众的行动,
    改造为提供托育服务的场所): a verb it completes (_TURNED_TO; jieba's 被选 counts as 选), or any verb or 被 and a noun
    before a thing that does a service and ends the clause (_relative_result). Not a verb used as a noun opening what
    is done for someone (政策调整/为企业带来了红利: _verbal_noun_subject)."""
    if glued:
        previous = glued
    elif w > 0 and words[w - 1][2] == PAUSE_WORD:
        previous = words[w - 1][0]
    else:
        return False
    if ahead[:1] == "民" and ahead[1:].startswith(_SERVICE_VERBS + _DONE_FOR + ("办", "谋", "解", "排", "造福")):
        return False  # 为民服务, 为民办实事: "for the people" (固化为民服务长效机制)
    if previous in _TURNED_TO or (previous[:1] == "被" and previous[1:] in _TURNED_TO):
        return not _verbal_noun_subject(words, w, glued, ahead)
    marker = words[w - 2][0] if not glued and w > 1 and words[w - 2][2] == PAUSE_WORD else ""
    tag = _word_tags().get(previous, "")
    return (tag[:1] == "v" or (marker == "被" and tag[:1] == "n")) and _relative_result(words, w)


def _relative_result(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether what follows 为 at words[w] is a thing named by what it does, ending the clause: a verb of service right
    after 为, then 的 and no verb after it (为/提供/托育服务/的/场所。), or another 为 (改造为/为市民提供…).
    为提供…而努力, 为提供…的企业减税 are "for"."""
    if words[w][2] != PAUSE_WORD or w + 1 >= len(words):
        return False
    if words[w + 1][0] == "为" and words[w + 1][2] == PAUSE_WORD:
        return True  # 改造为/为市民提供服务的空间: the second is "for", the first completes the verb
    if not words[w + 1][0].startswith(_SERVICE_VERBS + _CONTRIBUTING_VERBS):
        return False
    tags = _word_tags()
    seen_de = False
    for j in range(w + 2, len(words)):
        if words[j][0] == "的":
            seen_de = True
        elif seen_de and tags.get(words[j][0], "")[:1] in ("v", "p", "c", "d"):
            return False
        elif words[j][0] == "而":
            return False
        if words[j][2] != PAUSE_WORD:
            break
    return seen_de


def _verbal_noun_subject(words: list[tuple[str, list[str], str]], w: int, glued: str, ahead: str) -> bool:
    """Whether the word before 为 at words[w] is a verb used as a noun, the subject of what 为 is for (中国援助/为柬埔寨农村发展
    创造了条件, 这些投资/为当地注入了活力, 政策调整/为企业带来了红利: jieba tags 援助, 投资, 调整 vn): no 被, 把 or 将
    before it, and a verb of service, contribution or guidance after whom it is for (not right after 为: 为提供…的场所)."""
    if glued or w == 0 or words[w - 1][2] != PAUSE_WORD or _word_tags().get(words[w - 1][0], "") != "vn":
        return False
    if ahead.startswith(("代表", "例") + _FRAMES):
        return False  # 以…现代服务为代表的新动能: 以…为 (its 以 beyond a 、)
    j = w - 2
    while j >= 0 and words[j][2] == PAUSE_WORD and j >= w - 6:
        if words[j][0] in ("被", "把", "将"):
            return False
        j -= 1
    return _verb_after_whom(ahead, _SERVICE_VERBS + _CONTRIBUTING_VERBS + _GUIDING_VERBS)


# Verbs 为 completes as "as, into" besides _TURNED_TO and _AS_VERBS, before what they grow or turn into (成长为…的人才,
# 表现为, 上升为主要矛盾, 加工为砖体, 封装为…技能).
_AS_AFTER_VERB = frozenset("成长 表现 上升 拓展 扩展 延伸 预设 贯通 封装 加工 制成 制作 设定 设置 设为 列 定 选 称 叫 "
                           "认 当 作 译 读 写 分 合 变身 化身 改称 改组 重组 组建 组成 合并 归类 归为 划 缩减 减少 增加 增至 降至 "
                           "提高 下调 上调 调整 调 修改 修订 更改 变更 确认 确定 指定 定位 设计 规划 打造 建成 建".split())


# Counters of whom a deed is done for after a number (为两百五十名医护人员接种, 为七千六百家企业解决, 为三千多户小微企业办理),
# and a year (为二零三五年…奠定基础): no amount that 为 "is" when such a deed follows in the clause.
_RECIPIENT_COUNTERS = re.compile(r"^[零〇一二三四五六七八九十百千万亿两点多余几]+(?:名|户|家|位|所|个|批|年)")
_DEEDS_AFTER_COUNT = _GUIDING_VERBS + _CONTRIBUTING_VERBS + _DEEDS_FOR + (
    "解决", "办理", "接种", "送餐", "服务", "植入", "配戴", "佩戴", "验配", "体检", "义诊"
)  # (care for patients counted: 为十万多名听力残疾人植入…或配戴助听器, 为两百名患者植入心脏支架)


# An amount after 为 "is": a number, a range of numbers (两到三年) and a counter, then 并, 且… opening what else is said
# of the subject (参展企业为两百家并作出承诺, 寿命一般为两到三年).
_AMOUNT_THEN = re.compile(r"^([零〇一二三四五六七八九十百千万亿两点多余几]+(?:[到至][零〇一二三四五六七八九十百千万亿两点多余几]+)?"
                          r"[^\W零〇一二三四五六七八九十百千万亿两点多余几并且而又也还]{0,2}?)[并且而又也还](?!非|没|不)")
_NUMBER_RANGE = re.compile(r"([零〇一二三四五六七八九十两])[到至]([零〇一二三四五六七八九十两])")


def _amount_only(ahead: str) -> str:
    """*ahead*, what follows 为 in its clause, with a range's 到, 至 taken out (两到三年: no verb) and cut before 并, 且, 而…
    after an amount (两百家并作出承诺: what follows is said of the subject, not done for the amount)."""
    ahead = _NUMBER_RANGE.sub(r"\1\2", ahead)
    match = _AMOUNT_THEN.match(ahead)
    return match.group(1) if match else ahead


def _counted_recipients(ahead: str) -> bool:
    """Whether *ahead*, what follows 为 in its clause, opens with a number of people, firms or households or a year and
    then names a deed done for them, no noun's head (已为两百五十名医护人员接种了卡介苗, 已为七千六百家重点企业解决用工需求,
    就能为二零三五年…奠定更加坚实的基础; 总开支为四千万元, 出货量为二点四亿台 keep wéi)."""
    match = _RECIPIENT_COUNTERS.match(ahead)
    if not match:
        return False
    rest = ahead[match.end() :]
    if rest[:1] in set("并且而都均共已将又也还就再"):
        return False  # 参展企业为两百家并作出承诺: they are two hundred (is), and what they did
    return _deed_for_ahead(rest, _DEEDS_AFTER_COUNT)


def _deed_in(ahead: str) -> bool:
    """Whether a verb of guidance, contribution or effort comes in *ahead* not as the head of a noun (为…、…贡献力量, not
    同为…的建设者、…的贡献者)."""
    for verb in _GUIDING_VERBS + _CONTRIBUTING_VERBS + _EFFORTS_FOR:
        position = ahead.find(verb)
        while position >= 0:
            if ahead[position + len(verb) : position + len(verb) + 1] not in _NOUN_HEADS:
                return True
            position = ahead.find(verb, position + 1)
    return False


# Deeds done for someone besides those of service, guidance and contribution, looked for across the clause after whom
# they are for (为不公义的事情发声, 为…感到自豪, 为…默哀, 为核心价值观代言, 为…送去帮扶资金, 为…少年儿童捐款, 为这份友谊
# 增添光彩, 为旅客熬制姜茶, 为村民们设计未来的新家园, 已为七千六百家重点企业解决, 已为两百五十名医护人员接种, 累计为…办理,
# 不仅为当地在戈壁上建起…电站, Hong Kong's 资深党员为胡志伟抱不平, 一部分时间为
# 学生补习, 却为另一个…问题烦恼; mainland 坚守为民族谋复兴, 为亲属谋私利, 为遇难者举行的葬礼,
# 为…作家颁奖, 为中国募集医疗物资, 为国家和解放军添彩, 既为一域争光).
_DEEDS_DONE_FOR = ("发声", "感到", "默哀", "代言", "送去", "送上", "捐款", "捐物", "增添", "熬制", "设计", "量身打造", "搭建",
                   "解决", "办理", "接种", "服务", "答疑解惑", "建起", "抱不平", "补习", "烦恼", "谋复兴", "谋幸福", "谋和平",
                   "谋发展", "谋利益", "谋福利", "谋福祉", "谋大同", "谋私利", "举行", "颁奖", "募集", "争光",
                   "增光", "添彩")
# Words jieba glues of an adverb or 中 and 为, read gèng wéi, jì wéi… (更为重要), whose 为 is wèi before whom a deed is for.
_ADVERB_GLUED_FOR = ("更为", "既为", "还为", "中为")
# Deeds that are as often a thing's make after 为 "is" (外观为流线型设计, 结构为钢架搭建): only with an object after them.
_DEEDS_AS_MAKE = ("设计", "搭建")
# Deeds that are only for whom 为 names with no 的 between (为中国募集, 为…遇难者举行的葬礼): after a noun phrase with 的
# they are done by it (以“…”为主题的…晚会在…举行: 为 is "as").
_DEEDS_NO_DE_BEFORE = ("举行", "颁奖", "募集")
# What after a deed makes it the head of a noun (服务中心, 设计方案, 解决方案, 服务体系: 以…为主体的服务体系).
_DEED_NOUN_AFTER = ("中心", "体系", "平台", "机构", "对象", "设施", "水平", "质量", "能力", "功能", "项目", "模式", "方案", "工作",
                    "网络", "理念", "团队", "机制", "事项", "窗口", "大厅", "费", "师", "意识", "社", "班")


# The deeds that are no thing's make nor a noun (主题为改善医疗服务: 服务 names what is improved), after a noun of amount or
# kind before 为 (加大培养力度为…提供, 部门限期为企业解决难题).
_DEEDS_NO_MAKE = tuple(verb for verb in _DEEDS_DONE_FOR if verb not in ("服务", "设计", "搭建"))


def _deed_closing(ahead: str) -> bool:
    """Whether *ahead*, what follows 为 in its clause, holds one of _DEEDS_NO_MAKE for whom it names that closes the clause
    or takes 了, 着 or 过 (分别为获奖作家…颁奖。): before a noun it only names a kind (均为本届颁奖嘉宾)."""
    for verb in _DEEDS_NO_MAKE:
        position = ahead.find(verb, 1)
        if position > 0 and "为" not in ahead[:position] and ahead[position - 1] != "的" and (
            ahead[position + len(verb) : position + len(verb) + 1] in ("", "了", "着", "过") + _PUNCTUATION_CLOSING
        ):
            return True
    return False


def _event_deed_named(ahead: str) -> bool:
    """Whether *ahead*, what follows 为 to its clause's end, is only one of _DEEDS_NO_DE_BEFORE (举行, 颁奖, 募集), with at
    most a word of manner before it and 的 after it (颁奖, 公开募集的, 闭门举行): no one it is done for, so 为 is "is"."""
    ahead = ahead.rstrip("".join(_PUNCTUATION_CLOSING) + "”’）) ")
    ahead = ahead[:-1] if ahead.endswith("的") else ahead
    for verb in _DEEDS_NO_DE_BEFORE:
        if ahead.endswith(verb):
            manner = ahead[: -len(verb)]
            return manner == "" or manner in _MANNERS_OF_DEEDS or (
                len(manner) >= 2 and _word_tags().get(manner, "") in ("a", "ad", "d")
            )
    return False


def _whom_or_deed_starts(ahead: str) -> bool:
    """Whether *ahead*, what follows 为, starts with whom a deed is for or with the deed (为马铃薯…, 为每户…, 为降低成本):
    no punctuation, 的, adjective, adverb or preposition first (为的, 为、, 为最精确值, 为全面营造…: 为 is "is")."""
    tagged = [pair for pair in _posseg().cut(ahead[:12], HMM=False) if pair.flag not in ("m", "mq", "q")]
    return bool(tagged) and tagged[0].flag not in ("x", "uj", "a", "ad", "d", "p", "c", "y", "u", "ul", "uz")


def _whom_starts(ahead: str) -> bool:
    """Whether *ahead*, what follows 为, starts with whom a deed is for: a noun, a pronoun, a place or time, not a verb
    (可能为/革命/流血牺牲, 即为/患者/…接种; 可能为/负责/采购的经理 is "is"), or an abbreviation jieba tags j (自发为/居委会/
    社工送饭)."""
    tagged = [pair for pair in _posseg().cut(ahead[:12], HMM=False) if pair.flag not in ("m", "mq", "q", "x")]
    return bool(tagged) and (tagged[0].flag[:1] in ("n", "r", "s", "t") or tagged[0].flag in ("l", "vn", "j"))


def _far_deed_for(ahead: str, deeds: tuple[str, ...] = _DEEDS_DONE_FOR) -> bool:
    """Whether *ahead*, what follows 为 in its clause, names whom something is done for and then one of _DEEDS_DONE_FOR,
    a deed for them that is no noun: not at its start, not after 的 (为…的服务), not the head of a noun (服务中心, 解决方案),
    with no other 为 before it, and 设计, 搭建 with an object after them, not a make (外观为流线型设计)."""
    for verb in deeds:
        position = ahead.find(verb, 1)
        while position > 0:
            end = position + len(verb)
            if "为" in ahead[:position] or (verb in _DEEDS_NO_DE_BEFORE and "的" in ahead[:position]):
                break
            if ahead[position - 1] != "的" and ahead[end : end + 1] not in _NOUN_HEADS and not ahead[end:].startswith(
                _DEED_NOUN_AFTER
            ) and not (verb in _DEEDS_AS_MAKE and (ahead[end : end + 1] in ("", "、") or ahead[position - 1] in "式型化性")):
                return True
            position = ahead.find(verb, end)
    return False


def _deed_after_listed_whom(ahead: str) -> bool:
    """Whether *ahead*, what follows 为 across the lists of its clause, names a list of whom and after it one of
    _DEEDS_FAR_FOR done for them, no noun, with 了, 过 or 着 after it or no 的 after it (为中国的革命、建设、改革培养了大批
    人才; 为住宅、商铺和进行培训的场所: the deed names a kind of place, 为 is "is")."""
    if "、" not in ahead or not _far_deed_for(ahead, _DEEDS_FAR_FOR):
        return False
    for verb in _DEEDS_FAR_FOR:
        position = ahead.find(verb, 1)
        if position > 0 and "、" in ahead[:position] and "为" not in ahead[:position] and ahead[position - 1] != "的":
            rest = ahead[position + len(verb) :]
            return rest[:1] in ("了", "过", "着") or "的" not in rest
    return False


def _regards_before(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether 视 (to regard) stands alone as a word within the 12 characters of the clause before 为 at words[w], with no
    other 为 between (视中国为伙伴, 视共产党人的职务为责任): 为 is then "as"."""
    span = 0
    for j in range(w - 1, -1, -1):
        if words[j][2] != PAUSE_WORD or words[j][0] in ("为", "為"):
            return False
        if words[j][0] in ("视", "視"):
            return True
        span += len(words[j][0])
        if span > 12:
            return False
    return False


def _any_deed_for(across: str, ahead: str) -> bool:
    """Whether a deed for someone follows 为 in its clause (*ahead*) or across the lists in it (*across*), no noun: of
    guidance or contribution, or one of _DEEDS_DONE_FOR (not 更为优质的解决方案, …管理服务工作格局)."""
    return any(_deed_for_ahead(span) or _far_deed_for(span) for span in (across, ahead))


def _deed_for_ahead(ahead: str, deeds: tuple[str, ...] = _GUIDING_VERBS + _CONTRIBUTING_VERBS + _DEEDS_FOR) -> bool:
    """Whether *ahead*, what follows 为 in its clause, names whom something is done for and then one of *deeds*, a deed
    for them that is no noun (提供, 注入, 奠定, 指明, 保驾护航, 贡献, 作出: 累计为…劳动者提供法律咨询, 这一重要论述为…指明了方向,
    强调为世界能源安全…注入更多稳定性): not at its start (为提供…的场所), not after 的 (转化为对国家的贡献), not the head of
    a noun (提供商), and with no other 为 before it (提升为…伙伴关系为两国关系发展指明方向: the deed is the second's)."""
    for verb in deeds:
        position = ahead.find(verb, 1)
        if position > 0 and ahead[position - 1] != "的" and "为" not in ahead[:position] and (
            ahead[position + len(verb) : position + len(verb) + 1] not in _NOUN_HEADS
        ):
            return True
    return False


def _feeling_for_it(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether 为 alone at words[w] is wèi before 之 alone and then what is felt or done for it, a verb, an adjective or an
    idiom in the same clause (为之自豪, 为之骄傲, 为之侧目, 为之震动, 为之恐惧, 为之抱不平): not 为之 ending its clause or
    before 的 or a noun (有意为之, 蓄意为之的, 敢为之魂: wéi, to do it), nor the passive 为之所动."""
    if _word_after(words, w) != "之" or not _word_after(words, w + 1):
        return False
    following = words[w + 2][0]
    return (_word_tags().get(following, "")[:1] in ("v", "a", "i", "l") or following in _FELT_FOR_IT) and following[:1] != "所"


# Feelings jieba tags nouns, felt for something after 为之 (为之自豪, 令世界为之侧目).
_FELT_FOR_IT = frozenset("自豪 侧目 动容 震撼 倾倒 着迷 叹服 唏嘘 扼腕 心动 心折 欢欣".split())


def _service_ahead(ahead: str) -> bool:
    """Whether a verb of service comes in *ahead* (what follows 为), not as the head of a noun (服务业, 服务人员, 服务站,
    服务中心: 前身为社区服务中心)."""
    for verb in _SERVICE_VERBS:
        position = ahead.find(verb)
        while position >= 0:
            end = position + len(verb)
            if ahead[end : end + 1] not in _NOUN_HEADS and not ahead[end:].startswith(_DEED_NOUN_AFTER):
                return True
            position = ahead.find(verb, position + 1)
    return False


# Characters that make a verb before them part of a noun: 服务业, 服务类, 服务人员, 服务站点, 解决方案, 贡献率.
_NOUN_HEADS = set("业类人员型者商区站点方率")


# What is done for someone after 为 and whom it is for, besides the verbs of service and contribution: 多为村里做点事,
# 多为整体着想.
_DONE_FOR = ("做实事", "做好事", "做点事", "做事", "办事", "办好事", "着想", "考虑", "谋福", "分忧", "出力", "出把力")


def _doing_for(ahead: str) -> bool:
    """Whether *ahead*, what follows 为 in its clause, names whom something is done for and then what is done: a verb
    of service, contribution, guidance or doing (多为群众做实事, 多为两国老百姓办实事), not at its start (多为服务行业) nor
    as the head of a noun (多为餐饮服务业, 多为服务人员)."""
    return _verb_after_whom(ahead, _SERVICE_VERBS + _CONTRIBUTING_VERBS + _GUIDING_VERBS + _DONE_FOR)


def _verb_after_whom(ahead: str, verbs: tuple[str, ...]) -> bool:
    """Whether one of *verbs* comes in *ahead*, what follows 为, after its start (whom it is for comes first) and not as
    the head of a noun (服务业, 提供商)."""
    for verb in verbs:
        position = ahead.find(verb, 1)
        if position > 0 and ahead[position + len(verb) : position + len(verb) + 1] not in _NOUN_HEADS:
            return True
    return False


def _cheering_ahead(ahead: str) -> bool:
    """Whether *ahead*, what follows 为 in its clause, names whom it is for and then cheers or advises them (迫不及待为所有
    辛苦的工人加油打气, 积极为党的建设建言献策): a verb of _CHEERING_VERBS after its start and not the head of a noun
    (现为加油站, 为加油站供油)."""
    for verb in _CHEERING_VERBS:
        position = ahead.find(verb, 1)
        if position > 0 and ahead[position + len(verb) : position + len(verb) + 1] not in _NOUN_HEADS:
            return True
    return False


def _counted_entity(words: list[tuple[str, list[str], str]], w: int, k: int) -> bool:
    """Whether what follows 为 alone at words[w], though it starts with a numeral, is a word jieba tags a name or noun, not
    a number (为两国人员往来提供便利, 为两岸同胞: 两国, 两岸, 两地; 为三亿元, 为两名, 为二十世纪… are amounts: "is")."""
    if k != len(words[w][0]) - 1:
        return False
    following = _word_after(words, w)
    return len(following) == 2 and _word_tags().get(following, "m") in ("n", "ns", "f", "j", "s")  # (二十世纪 is a time)


# What is done for the sake of what 为 names, ending its clause: 为…着想, 为…操心, 为…奔波, 为…折腰.
_FOR_THE_SAKE_VERBS = frozenset("着想 操心 操劳 奔波 奔忙 折腰 发愁 犯愁 担忧 担心 忧心 买单 埋单".split())
# Words of 而 that do not open what is done for a sake: 而是, 而非, 而且, 而又 …
_NOT_SAKE_ER = frozenset("而是 而非 而且 而又 而已 而言 而后 而不 而不是 而应 而要 而在 而这 而其".split())
# Deeds after 而 that jieba tags otherwise than a verb: 为正义并肩而战 (战 n), 而建, 而生, 而死.
_SAKE_DEEDS = frozenset("战 建 生 死 设 作 立 奋斗 努力 奔走 牺牲".split())
# Verbs 为 completes as "as, into" besides _TURNED_TO: 理解为, 升华为, 误读为 (为…而 there is no "for").
_AS_VERBS = frozenset("理解 升华 误读 误解 解读 解释 提升 整合 定性 看作 当作 比作 概括 归结 总结 表述 描述 定义 定为 立 奉 尊 封 "
                      "选举 变 变成 化 合 分 改 改造 改建 建设 打造 发展 扩建 扩大 缩小 降 升".split())


def _as_verb_before(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether the word before 为 alone at words[w] is one of _AS_AFTER_VERB, or a jieba idiom ending in one of two
    characters (突出表现为), that 为 completes as "as": what follows is then no one it is done for (表现为患者无法作出判断)."""
    if w == 0 or words[w - 1][2] != PAUSE_WORD:
        return False
    previous = words[w - 1][0]
    return previous in _AS_AFTER_VERB or (len(previous) > 2 and previous[-2:] in _AS_AFTER_VERB)


def _turned_before(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether the word before 为 alone at words[w] is a verb 为 completes as "as, into" (转化为, 理解为, 升华为, 深化为)."""
    if w == 0 or words[w - 1][2] != PAUSE_WORD:
        return False
    previous = words[w - 1][0]
    return previous in _TURNED_TO or previous in _AS_VERBS or previous[-1:] in ("化", "变", "视")


def _for_the_sake(ahead: str) -> bool:
    """Whether *ahead*, what follows 为 alone in its clause, names what something is done for and then 而 and a verb
    (为正义并肩而战, 为共同实现发展振兴而团结奋斗, 为纪念…而建) or a verb of caring or toiling for it (为…着想, 为…折腰):
    为 is then wèi. Not 为 + a verb right after it (为学而学 is left to the other rules) nor the passive 为…所."""
    if _passive_suo(ahead):
        return False
    tagged = [(pair.word, pair.flag) for pair in _posseg().cut(ahead, HMM=False)]
    for n, (word, flag) in enumerate(tagged):
        if n == 0:
            continue
        if word in _FOR_THE_SAKE_VERBS:
            return True
        if word[:1] == "而" and word not in _NOT_SAKE_ER:
            if len(word) > 1 and word not in ("而来", "而去"):
                return _word_tags().get(word, "")[:1] == "v" or word[1:] and _word_tags().get(word[1:], "")[:1] == "v"
            if n + 1 < len(tagged):
                following, tag = tagged[n + 1]
                return tag[:1] == "v" or tag in ("ad", "i", "l") or following in _SAKE_DEEDS
            return word == "而来"
    return False


def _passive_suo(ahead: str) -> bool:
    """Whether 所 after 为 makes it the passive wéi (为人所知, 为群众所喜爱), not what was done for them (为抗击疫情所作的
    努力, 为此所做的, 为之所付出的: wèi). The 所 of an idiom or a place is none (前所未有, 无所不在, 有所…, 场所)."""
    if _AIM_BEFORE_SUO.match(ahead):
        return False  # an aim, not who does it: 为保护中国人民所采取的行动, 为促进…对接合作所做工作 (为人民所喜爱 stays wéi)
    match = _PASSIVE_SUO.search(ahead)
    return bool(match) and ahead[match.start() + 1 : match.start() + 2] not in set("作做付有")  # (所有: all)


# Before 而 in words that join clauses (从而为…提供, 进而为, 因而): the 为 after them can be "for"; after any other 而, 为 is
# to act or to become, wéi (顺势而为, 应势而为, 任性而为, 知不可为而为, 积土而为山; 生而为党为国家为人民, a list of "for").
_THEREFORE_ER = set("从进因然继故反转")

# What a thing is made by, ending what 为 names: 普遍为…坦克拆除炮塔改造而成 (为此而成立, 为…而成功 are "for").
_MADE_INTO = re.compile(r"而成(?![立为长功就])")

# 所 in words that make no passive after 为: 前所未有, 闻所未闻, 无所作为, 有所提高, 场所, 住所, 所以, 所在.
# A verb of aim right after 为, which no passive's doer can be (为保护…所采取, 为促进…所做; 为支持者所, 为保护区所: nouns).
_AIM_BEFORE_SUO = re.compile(r"(?:促进|保护|推动|实现|维护|抗击|应对|帮助)(?![者方区])")

# What was done for an aim, after it: 所做工作, 所作的努力, 所采取的行动, 所付出的.
_DONE_FOR_AIM = re.compile(r"所(?:做|作|采取|付出|开展|发挥)")

_PASSIVE_SUO = re.compile(r"(?<![前无有场住处厕])所(?![未以在谓])")


def _named_by_de(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether the word before 为 at words[w] is a verb used as a noun after 的 (中国的发展, 德国的实践, 双方的合作)
    and no verb follows 为 at once (他的工作为管理仓库: "is" and what it is)."""
    if w < 2 or words[w - 1][2] != PAUSE_WORD or words[w - 2][0] != "的" or words[w - 2][2] != PAUSE_WORD:
        return False
    following = _word_after(words, w)
    return bool(following) and _word_tags().get(following, "")[:1] != "v"


def _turned_into(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether 为 alone at words[w] is wéi, "into", after a verb of change in 化 that jieba does not tag a verb
    (深化/为/理解世界: 深化 is tagged an abbreviation, 内化, 细化 nouns) and right before a verb, what it turns into.
    为 + a noun + a verb stays "for" (深化为基层减负); 文化 is a noun (文化为…)."""
    if w == 0 or words[w - 1][2] != PAUSE_WORD or words[w][0] != "为" or words[w][2] != PAUSE_WORD or w + 1 >= len(words):
        return False
    previous = words[w - 1][0]
    if len(previous) != 2 or previous[1] != "化" or previous == "文化":
        return False
    return _word_tags().get(words[w + 1][0], "") == "v"


def _beneficiary_follows(after: str) -> bool:
    """Whether the words after 为 name whom something is done for (为人民, 为大家, 为你)."""
    if after.startswith(_NOT_BENEFICIARY):
        return False
    return after[:1] in _FOR_WHOM - set("人大群") or after.startswith(_BENEFICIARIES)


def _copula_word_follows(after: str) -> bool:
    """为 that makes a word with what follows and is read wéi: 为期, 为时, 为数, 为难,
    为止, and 为主/为首/为例/为宜/为准… ending a clause (以预防为主。)."""
    if after.startswith(("时代", "时尚", "难民")) and (
        any(verb in after[:24] for verb in _SERVICE_VERBS + _CONTRIBUTING_VERBS + _GUIDING_VERBS + _DEEDS_FOR)
        or next((pair.flag for pair in _posseg().cut(after[2:8], HMM=False)), "")[:1] == "v"
    ):
        # no 为时, 为难 before a deed for them: 为时代发展提供动力, 为时代立传, 这为时尚领域带来机遇, 为难民营里的人们分发
        # (要素为时代和社会共享 is the passive's wéi)
        return False
    if after[:1] in _WEI2_WORD_AFTER:
        return after[:1] != "数" or after[1:2] in set("不众甚极颇较寥")  # 为数不多, 为数众多 (为数字经济 is "for")
    return after[:1] in _WEI2_AT_CLAUSE_END and after[1:2] in ("", "的", "了")


def _prev_word_len(words: list[tuple[str, list[str], str]], w: int) -> int:
    return len(words[w - 1][1]) if w > 0 and words[w - 1][2] == PAUSE_WORD else 0


def _garment_follows(text: str) -> bool:
    """Whether a garment word (礼服, 长裤, 服装) comes in *text* (after 着)."""
    for word in _jieba().lcut(text, HMM=False):
        if word[-1:] in _CLOTHES and not (word[-1] == "装" and word[-2:-1] in _NOT_GARMENT_ZHUANG) and word != "服" and (
            not _word_tags().get(word, "").startswith("v")
        ):
            return True  # (a verb in 服 is no garment: 标志着欧洲大陆克服冷战)
    return False


# Measures of what is planted, after a number and 种 the verb (种一点香蒜, 种几亩玉米, 种两棵树, 种些菜, 種一行菜, 种一排树).
_PLANTED_MEASURES = set("亩棵株片垄块点些茬季瓣行排盆")


# Crops and fields planted, whose names open what follows 种 zhòng, to plant (都是种苞谷, 适宜种葡萄, 大棚种微型薯, 种一个大棚).
_CROPS = ("苞谷", "包谷", "葡萄", "小麦", "大麦", "玉米", "山药", "土豆", "马铃薯", "微型薯", "竹", "蔬", "水稻", "大豆", "花生",
          "红薯", "甘蔗", "烟叶", "辣椒", "西瓜", "苹果", "香菇", "蘑菇", "油菜", "高粱", "谷子", "芝麻", "向日葵", "中药材", "牧草",
          "大蒜", "生姜", "白菜", "萝卜", "胡萝卜", "番茄", "草莓", "柑橘", "核桃", "板栗", "木耳", "庄稼", "作物", "甜菜", "葵花",
          "黄豆", "绿豆", "红豆", "荞麦", "燕麦", "青稞", "藜麦", "洋葱", "芋头", "莲藕", "香蒜", "蒜瓣", "大棚", "桑", "橡胶",
          "咖啡", "可可", "柠檬", "猕猴桃", "石榴", "樱桃", "枸杞", "魔芋")


def _planted_amount(after: str) -> bool:
    """Whether what follows 种 is an amount planted: a number and a measure of land or plants (一点, 几亩, 两棵), or 些."""
    return after[:1] == "些" or (after[:1] in _NUMERALS | {"几"} and after[1:2] in _PLANTED_MEASURES)


def _listed_with_districts(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether the word at words[w] (朝阳) is listed with another of Beijing's districts right before or after it,
    across a mark (朝阳、海淀: punctuation is a clause pause here) or 和, 及, 与 (海淀和朝阳): the district, not the
    morning sun."""
    if w + 1 < len(words):
        if words[w][2] == PAUSE_CLAUSE:
            joined = words[w + 1][0]
        elif words[w + 1][0] in _LISTING_WORDS:
            joined = words[w + 2][0] if w + 2 < len(words) else ""
        else:
            joined = words[w + 1][0][1:] if words[w + 1][0][:1] in _LISTING_WORDS else ""  # jieba's 和海淀
        if joined.startswith(_BEIJING_DISTRICTS):
            return True
    if w > 0:
        previous = words[w - 1]
        if previous[2] == PAUSE_CLAUSE or previous[0] in _LISTING_WORDS:
            earlier = previous[0] if previous[2] == PAUSE_CLAUSE else words[w - 2][0] if w > 1 else ""
            return earlier.endswith(_BEIJING_DISTRICTS)
    return False


def _planting_verb(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether a standalone 种 at words[w] is the verb "to plant": after a verb,
    preposition, adverb or pronoun (开始种, 在种, 回到家乡种, 别人种) that does not take a kind (是种)
    and does not make a word with it (繁育/种: 育种)."""
    if w == 0 or words[w - 1][2] != PAUSE_WORD:
        return False
    previous = words[w - 1][0]
    if previous in _KIND_AFTER_VERBS or previous[-1:] in _NUMERALS or previous[-1:] in _KIND_DETERMINERS:
        return False
    tag = _word_tags().get(previous, "")[:1]
    if tag == "v" and _in_phrase_dict(previous[-1:] + "种"):
        return False  # 繁育/种: 育种 (breeding) is a word the dictionary reads
    return tag in ("v", "p", "d", "r")


# Adverbs before 地 (越来越深地, 那么快地): the 地 after them is the particle, whatever jieba glued it to (text read in
# its simplified view).
_MANNER_DEGREES = ("越来越", "那么", "这么", "多么", "如此", "非常", "十分", "比较", "很", "更", "最", "太", "极", "较")
# Single characters that make an adverb with 地 alone (猛地, 忽地, 悄悄地): jieba's HMM may glue them.
_ADVERBIAL_ALONE = set("猛忽蓦霍倏骤悄默暗偷渐慢快狠准轻静稳紧缓乖")
# And endings of adverbs jieba cut before them (常态/化地, 创造/性地, 突/然地).
_ADVERB_ENDINGS = set("化性然")


# What is long or short before 不长, 要长 (两天时间并不长, 维时不长, 密码应该要长; 草都不长, 个子不长 grow: zhǎng).
_SPANS = ("时", "期", "距离", "路", "队", "篇幅", "密码", "过程", "寿命", "周期", "年限", "文章", "视频", "句子")


# Things one carries and may leave behind (落 là: 把钥匙落在家里), and the places left in (家里, 车上, 出租车上, 办公室).
_BELONGINGS = ("钥匙", "手机", "钱包", "书包", "背包", "挎包", "手提包", "伞", "证件", "身份证", "护照", "行李", "东西", "外套", "电脑", "眼镜", "文件",
               "作业", "课本", "银行卡", "充电器", "帽子", "围巾")
_LEFT_BEHIND_AT = re.compile(r"(家|车[上里]|[的出]租车|的士|公交|地铁|飞机上|高铁上|火车上|店里|酒店|宾馆|餐厅|饭店|宿舍|办公室|教室|"
                             r"公司|学校|单位|座位上|柜台|房间)")

# What grows, before 不长 or 没长 (个子不长, 草都不长, 庄稼没长起来): zhǎng, not a length (时间不长).
_GROWERS = ("个子", "个头", "个儿", "草", "庄稼", "禾苗", "秧苗", "树苗", "幼苗", "树木", "粮食", "青苗")


def _grower_stops(before: str, after: str) -> bool:
    """Whether a lone 长 after 不 or 没 says that something growing does not grow: 这孩子个子不长, 地里草都不长,
    庄稼没长 (a span before it is long: 时间不长; 头发不长 may be either and stays cháng)."""
    if before[-1:] not in ("不", "没", "沒") or after[:1] not in ("", "了", "啊", "呀", "呢", "吗"):
        return False
    clause_before = re.split(r"[，。；：、,;:！？!?]", before)[-1]
    return any(grower in clause_before for grower in _GROWERS) and not any(span in clause_before for span in _SPANS)


def _how_long(first: str, before: str, after: str) -> bool:
    """jieba's 多长, 好长, 甚长, 嫌长, 约长, 不长, 要长 as a length (cháng), not growing (多长个心眼, 不长记性, 要长高)."""
    if after[:1] in set("个点了出大高成满胖得势") or after.startswith(_GROWN_INTO):
        return False
    if first in set("好甚很太嫌约较颇"):
        return True
    if first == "多":
        return after[:1] in ("", "的", "呢", "啊", "吗", "？", "?") or before[-1:] in ("有", "要")
    clause_before = re.split(r"[，。；：、,;:！？!?]", before)[-1]
    return first in ("不", "要") and after[:1] in ("", "的", "呢", "啊") and any(span in clause_before for span in _SPANS)


def _place_cut_off(words: list[tuple[str, list[str], str]], w: int, before: str) -> bool:
    """A lone 地 jieba cut from a place or from land: 内地, 外地 after 区内/对外 before a noun (大湾区内地城市, 对外地游客),
    地市 (其他地市), places counted (十五地海关), land by the mu (每亩地收入). Not the particle after a manner (更好地, 逐步地)."""
    if w == 0 or words[w - 1][2] != PAUSE_WORD:
        return False
    previous, following = words[w - 1][0], _word_after(words, w)
    if before[-1:] == "亩" or following in ("市", "县", "州"):
        return True
    noun_follows = len(following) >= 2 and _word_tags().get(following, "")[:1] == "n"
    if previous[-1:] in ("内", "外") and _word_tags().get(previous, "") in ("s", "f") and noun_follows:
        return True
    return len(previous) >= 2 and all(c in _NUMERALS for c in previous) and noun_follows


def _land_word_made_up(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether words[w], two characters X地 that jieba's HMM put together (not in its dictionary), is land or a place,
    dì: 央地合作 (central and local), 星地 (satellite to ground), 节地 (saving land), 供地面积, 深地空间, 迁地保护, 以地为舞台,
    围垦造地. Not where X ends a word cut from the word before (常态/化地, 创造/性地, 高频/次地, 精/准地), follows a degree word
    (越来越/深地, 那么/快地) or 不 (头也不/回地), or makes an adverb alone (猛地): the particle, de."""
    text = words[w][0]
    if len(text) != 2 or _jieba().dt.FREQ.get(text) or text[0] in _NUMERALS:
        return False
    previous = words[w - 1][0] if w > 0 and words[w - 1][2] == PAUSE_WORD else ""
    if text[0] in _ADVERBIAL_ALONE | _ADVERB_ENDINGS or previous.endswith(_MANNER_DEGREES) or previous[-1:] == "不":
        return False
    following = _word_after(words, w)
    if len(following) >= 2 and following[0] == following[1]:
        return False  # 垃圾塞地满满的: 地 written for the particle 得 before a doubled word
    frequency = _jieba().dt.FREQ
    return not previous or not (frequency.get(previous + text[0]) or frequency.get(previous[-1:] + text[0]))


def _stage_between(chars: str, i: int) -> bool:
    """Whether 中 at chars[i] is the middle of three stages of one action: X前X中X后 (投前投中投后, 售前售中售后)."""
    x = chars[i - 1 : i]
    return i >= 3 and chars[i - 3 : i - 1] == x + "前" and chars[i + 1 : i + 3] == x + "后"


def _glued_to_a_particle(text: str, k: int) -> bool:
    """Whether the character at k opens a two-character word jieba glued from it and a function word (假会, 假必)."""
    return k == 0 and len(text) == 2 and text[1] in "会也都就了还必"


def _falls(words: list[tuple[str, list[str], str]], w: int, k: int, before: str, after: str) -> bool:
    """Whether 倒 at words[w][k], which pypinyin reads dào (to pour, upside down, on the contrary), is dǎo, to fall
    or topple: 倒在血泊中, 倒在了工作岗位上, 瘫/倒在地, 房子要倒了。 一个英雄倒下去, 屹立不倒, 一个不倒。 or to change
    over: 白班倒夜班; or to lean to a side: 倒向美国. Not with 把/将 before it in its clause (把垃圾倒在院子里: poured) nor after 一股脑儿,
    nor before 在其次 or 在于 (倒在其次: on the contrary)."""
    text = words[w][0]
    previous = words[w - 1][0] if w > 0 and words[w - 1][2] == PAUSE_WORD else ""
    if len(text) == 1 and (previous[-1:] in _KNOCKED_DOWN_BY or before[-1:] == "既" or (before[-1:] == "就" and before[-3:-2] == "一" and after == "")):
        return True  # knocked down: 被车撞/倒, 把割/倒的稻子, 一吹就倒, 力挽狂澜于既倒
    if "把" in before or "将" in before or before.endswith(_POURED_ALL) or previous.endswith(_POURED_ALL):
        return False  # (an erhua word is not in *before*: 一股脑儿)
    if text == "不倒" and k == 1:
        return after == "" or after[:1] == "翁" or before.endswith(_STANDING)
    if k != len(text) - 1 or (len(text) > 1 and _in_phrase_dict(text)):
        return False
    following = _word_after(words, w)
    if following == "在":
        return not after.startswith("在其")
    if after.startswith("下去") or after == "了":
        return True
    if len(text) == 1 and after == "" and previous[-1:] in set("能会不没"):
        return True
    if len(text) == 1 and after[:1] == "的" and previous in ("不能", "不会", "不可", "永不", "打不"):
        return True  # what cannot fall: 强到不能倒的履历, 打不倒的 (不能倒的水 would be poured; none seen)
    if len(text) == 1 and after[:1] == "了" and after[1:2] in set("再又就") and after[2:3] in set("建修盖起扶爬站砌"):
        return True  # fallen, then rebuilt or got up: 倒了再建, 倒了又爬起来  # falling, ending its clause after a modal: 这座桥不能倒, 房子会倒 (把水倒 is ruled out above)
    if len(text) == 1 and after.startswith(_SHIFTS):
        return True
    if len(text) == 1 and following == "向" and w + 2 < len(words):
        return after[1:].startswith(_SIDES) or _word_tags().get(words[w + 2][0], "") == "ns"
    return False


# What takes a thing to use it as another (利用/墙壁/当/黑板, 以/低俗/當/寫實, 拿/他/当/朋友); a span of time taken is
# spent serving as someone (利用/业余/时间/当/志愿者, 用/三年/当/学徒: dāng).
_TAKING_AS = frozenset("利用 拿 以 用 借 借用".split())
_TIME_TAKEN = re.compile(r"时间|时候|周末|假期|假日|暑假|寒假|业余|课余|空闲|闲暇|晚上|白天|工余|余暇|[年月日天周]$")


def _taking_before(words: list[tuple[str, list[str], str]], w: int, listed: frozenset[int]) -> bool:
    """Whether a verb of taking (利用, 拿, 以, 用) stands before words[w] in its clause, two to six words back, the
    words between (through a list: 砖头、石头、背包等) naming a thing: no span of time, verb, adverb or conjunction
    (以绿色之笔点亮新征途/当历史的指针…, 用“既/当/指挥员、又/当/战斗员” are dāng)."""
    for j in range(w - 1, max(w - 7, -1), -1):
        if words[j][2] != PAUSE_WORD and j not in listed:
            return False
        if words[j][0] in _TAKING_AS:
            between = [words[m][0] for m in range(j + 1, w)]
            return bool(between) and not any(
                _TIME_TAKEN.search(word) or _word_tags().get(word, "")[:1] in ("v", "d", "c", "p") for word in between
            )
    return False


# Nouns of a property, 为 after which is "is" (原因为, 目的为, 控罪为, 结果为); not 理由 (有理由为…感到自豪) nor 身份 (以记者
# 身份为…撰写: for).
_ATTRIBUTES_IS = frozenset("原因 目的 职级 宗旨 母公司 控罪 罪名 职位 死因 起因 动机 用途 性质 类别 名称 全名 结果 主题 地址".split())


def _is_what_follows(words: list[tuple[str, list[str], str]], w: int, ahead: str, after: str) -> bool:
    """Whether what follows 为 at words[w] says what the property before it is: a verb or an adjective straight after it
    (目的为/推动, 原因为/不满), a rank's 高级, 初级 (職級為/高級/督察), an amount (结果为/一百二十四票), or words with
    no verb after them (控罪为/阻差办公); not whom a deed is for (原因为/自己/辩护, 目的为/市民/提供)."""
    if w + 1 >= len(words):
        return False
    tag = _word_tags().get(words[w + 1][0], "")
    if tag[:1] in ("v", "a", "b") and tag != "vn" or (after[:1] in _NUMERALS and not after.startswith(_TWO_SIDES)):
        return True
    return tag[:1] not in ("r", "p") and not _verb_follows(ahead)


_PERSONS = frozenset("我 你 他 她 它 我们 你们 他们 她们 咱们 佢 佢哋 人家 别人 大家".split())


def _taken_to_be(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether 当 at words[w] has a person before it, at most an adverb between (我/當, 他/一直/当), and a person and 是
    after it (当/你/是, 當/我/係): someone takes someone to be something."""
    if w == 0 or w + 2 >= len(words) or any(words[j][2] != PAUSE_WORD for j in (w - 1, w, w + 1)):
        return False
    if words[w + 1][0] not in _PERSONS or words[w + 2][0] not in ("是", "係"):
        return False
    previous = words[w - 1][0]
    if previous not in _PERSONS and (w < 2 or words[w - 2][0] not in _PERSONS or words[w - 2][2] != PAUSE_WORD):
        return False
    return previous in _PERSONS or _word_tags().get(previous, "")[:1] == "d"


def _ba_before(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether 把 stands before words[w] in its clause, two to five words back (把/群众/当)."""
    for j in range(w - 1, max(w - 6, -1), -1):
        if words[j][2] != PAUSE_WORD:
            return False
        if words[j][0] == "把":
            return j < w - 1
    return False


def _object_verb_before(words: list[tuple[str, list[str], str]], w: int, before: str) -> bool:
    """Whether the word before 得 at words[w] is a verb whose object 把, 将 or 被 put
    earlier in the clause (把困难估计得更充分): 得 is then its particle."""
    if w == 0 or words[w - 1][2] != PAUSE_WORD or _word_tags().get(words[w - 1][0], "")[:1] != "v":
        return False
    return _marked_earlier(words, w, before, "把将被")


def _marked_earlier(words: list[tuple[str, list[str], str]], w: int, before: str, markers: str | set[str]) -> bool:
    """Whether one of *markers* (把, 将, 被 …) stands in the clause *before* ahead of the word before words[w]."""
    return any(marker in before[: len(before) - len(words[w - 1][0])] for marker in markers)


def _activity_before(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether the word before 量 at words[w] is a verb of two characters naming an activity whose
    amount is counted (交付, 预订, 阅读, 咨询, 诊疗), not one that leads into measuring (开始量, 帮忙量)."""
    if w == 0 or words[w - 1][2] != PAUSE_WORD:
        return False
    previous = words[w - 1][0]
    if len(previous) != 2 or previous in _LEADS_INTO_MEASURING or previous in _CLAUSE_VERBS:
        return False
    return _word_tags().get(previous, "") in ("v", "vn", "j")


# Figures kept of an amount, after 量 (采购量指数, 就诊量高峰期, 手术量纪录): no measuring takes them as its object.
_AMOUNT_FIGURES = frozenset("指数 纪录 記錄 记录 高峰 高峰期 峰值 占比 增速 增幅 排名 同比 环比".split())


def _content_of_before(before: str) -> bool:
    """Whether the clause before a 量 ends in 含 and one or two characters (含“新”量: jieba
    cuts the quoted word off, 含/新/量), not a verb's particle (含着泪量体温)."""
    return any(before[-n - 1 : -n] == "含" and not set(before[-n:]) & set("着了过的") for n in (1, 2))


def _gain_follows(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether 得 at words[w] is dé (to get) before what is got: a noun of benefit
    (实惠, 好处) or a word of help ending the clause or before 的 (一键得帮助), with no
    verb or adjective right before 得 (吃得实惠, 过得温暖 keep the particle)."""
    following = _word_after(words, w)
    if following not in _GAINS and following not in _GAINS_OR_VERBS:
        return False
    helps = following in _GAINS_OR_VERBS
    if helps:
        ends = words[w + 1][2] != PAUSE_WORD or w + 2 == len(words) or words[w + 2][0] in ("的", "和", "与")
        if not ends:
            return False
    if w == 0 or words[w - 1][2] != PAUSE_WORD:
        return True
    tag = _word_tags().get(words[w - 1][0], "")
    if helps and tag[:1] == "r":
        return False  # 你得帮助。 is as likely "you must help"
    return tag[:1] in ("n", "r", "d", "m", "q", "t", "s", "l")


def _must_after_noun(words: list[tuple[str, list[str], str]], w: int, before: str) -> bool:
    """Whether 得 at words[w] is děi (must) between a noun of two or more characters and a
    verb (孩子得上学, 病人得住院; jieba tags 上学, 住院 nouns and lacks 摊成: a noun or unknown
    word whose first character is a verb counts, as does one of 上, 下). Not where the noun is the object of 把, 将, 被
    … earlier in the clause (把金秋装点得格外迷人: jieba tags 装点 a noun) nor before a
    verb that completes one (装点得无比绚烂, 飞得起来)."""
    if not _noun_before(words, w) or len(words[w - 1][0]) < 2:
        return False
    following = _word_after(words, w)
    if len(following) < 2 or following in _COMPLEMENT_VERBS or _in_phrase_dict("得" + following[:1]):
        return False
    if _marked_earlier(words, w, before, _OBJECT_MARKERS):
        return False
    tags = _word_tags()
    tag = tags.get(following, "")
    if tag in ("v", "vi", "vd"):
        return True
    if tags.get(words[w - 1][0][0], "").startswith("v"):
        return False  # a noun-tagged verb (装点, 刻画) and a noun after 得: 装点得迷人 is its particle
    return tag in ("n", "") and (tags.get(following[0], "") == "v" or following[0] in "上下")


# A noun jieba glues 得 onto that is as often a state one is in (气得发抖, 病得不轻, 火得不得了): no 得 děi after it.
_STATE_NOUNS = set("气火病乐美苦累醉疯")
# Wishes before 得到 dé (to get): 想得到支持, 盼得到; and what is wished for after them.
_WISHING = frozenset("想 盼 渴望 希望 期望 期盼 盼望".split())
_GOT_AS_WISHED = _GAINS | _GAINS_OR_VERBS | frozenset("认可 肯定 关注 重视 机会 答案 回应 信任 理解 资助 救治 治疗 保护 "
                                                       "更多 认同 赏识 青睐 原谅 谅解".split())
# Degree words between a verb's particle 得 and the state that completes it (挣得还多, 赢得很漂亮).
_DEGREE_WORDS = frozenset("还 很 更 太 挺 特别 非常 十分 比较 相当 格外 越来越 最 极 蛮 真".split())


def _must_then_one_verb(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether 得 ending words[w] is děi (must) after a noun: alone after it (钱/得, or a measure word and its noun:
    这/顿饭/得) or glued onto a noun of one character (jieba's 钱得, 饭得), before a verb of paying back (还给, 还清, 还钱) or before one verb of one
    character that ends the clause (饭得吃, 钱得花). Not after a state one is in (气得哭, 病得…) nor a noun-tagged
    verb (画得好: 好 is no verb); a particle 得 needs a verb before it."""
    text = words[w][0]
    tags = _word_tags()
    counted = False  # a measure word and its noun, 这/顿饭: jieba tags it a verb
    if len(text) == 1:
        if w == 0 or words[w - 1][2] != PAUSE_WORD:
            return False
        noun = words[w - 1][0]
        counted = len(noun) == 2 and tags.get(noun[0], "") == "q" and tags.get(noun[1], "") == "n"
        if not _noun_before(words, w) and not counted:
            return False
    elif len(text) == 2 and text not in tags and not _in_phrase_dict(text):
        noun = text[0]
    else:
        return False
    if (tags.get(noun[-1:] if len(noun) == 1 else noun, "")[:1] != "n" and not counted) or noun[-1] in _STATE_NOUNS:
        return False
    if len(noun) > 1 and tags.get(noun[0], "").startswith("v"):
        return False  # 装点, 刻画: a noun-tagged verb
    following = _word_after(words, w)
    if following in _HUAN_WORDS:
        return True
    ends = words[w + 1][2] != PAUSE_WORD or w + 2 == len(words) if following else False
    return len(following) == 1 and ends and tags.get(following, "") == "v" and following not in _COMPLEMENT_VERBS


def _must_glued_between(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether 得 in the middle of words[w] is děi (must): a word of three that jieba's HMM made of a noun of one
    character, 得 and a verb of one character (这些钱得花在刀刃上: 钱得花). The noun is no state one is in (气得哭) nor
    a verb (画 is tagged a noun: 画得像, 画得好; 像, 好 are no verbs here), and the verb completes nothing (飞得起)."""
    text = words[w][0]
    if len(text) != 3 or text[1] != "得" or text in _word_tags() or _in_phrase_dict(text) or _in_phrase_dict(text[:2]):
        return False
    tags = _word_tags()
    noun, verb = text[0], text[2]
    if tags.get(noun, "") != "n" or noun in _STATE_NOUNS or _in_phrase_dict(text[1:]):
        return False
    return tags.get(verb, "") == "v" and verb not in _COMPLEMENTS and verb not in _COMPLEMENT_VERBS


def _word_of_its_own(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether the word after 得 at words[w] is a word of two or more characters jieba keeps (了解, 出力, 到位),
    so its 了, 到 or 出 is not the aspect or complement of 得 (都得了解 děi; 得了奖, 得到 are other words)."""
    following = _word_after(words, w)
    return len(following) >= 2 and bool(_jieba().dt.FREQ.get(following)) and not _in_phrase_dict("得" + following)


# Verbs of getting that pypinyin reads with a particle 得 (争得, 分/得, 赚/得, 谋/得): 得 dé when what is got follows.
_OBTAINING = set("争分赚挣谋抢讨借收捞换求觅购骗偷领摘夺赢博获取录筹采独拍连稳仅")
# (录得三十九宗个案, 筹得三百万, 采得百花, 独得四金, 拍得三百间店的照片, 连得两分, 稳得三席, 仅得五票: got, dé)
_NOT_AMOUNTS_GOT = ("十分", "万分", "一点", "一些")


def _amount_got(word: str, tag: str) -> bool:
    """Whether a word right after a verb of getting and 得 is an amount got (六千四, 三席, 两分, 四金), not a degree
    (十分, 万分) or a state's idiom (一塌糊涂, 一清二楚)."""
    if word in _NOT_AMOUNTS_GOT or word[:1] not in _NUMERALS:
        return False
    return tag == "m" or (not tag and not _jieba().dt.FREQ.get(word)) or (tag[:1] == "n" and len(word) == 2)  # (三金)


def _got_by_obtaining(words: list[tuple[str, list[str], str]], w: int, k: int) -> bool:
    """Whether 得 at words[w][0][k] is dé (to get) after a verb of getting (争得, or 分/得 as jieba cuts it) and before
    what is got: a noun or a number and its noun, nothing of state after them in the clause (争得荣誉, 分得一块土地,
    赚得第一桶金). The particle stays before a state (争得面红耳赤, 分得很清楚, 赚得不少) or a clause of result
    (争得大家都累了)."""
    text = words[w][0]
    if k == 1 and len(text) == 2:
        verb = text[0]
    elif k == 0 and len(text) == 1 and w > 0 and words[w - 1][2] == PAUSE_WORD and (
        len(words[w - 1][0]) == 1 or not _jieba().dt.FREQ.get(words[w - 1][0])
    ):
        verb = words[w - 1][0][-1]  # 分/得, or a verb jieba's HMM glued on: 家分/得
    else:
        return False
    if verb not in _OBTAINING or words[w][2] != PAUSE_WORD:
        return False
    tags = _word_tags()
    if w + 1 < len(words) and _amount_got(words[w + 1][0], tags.get(words[w + 1][0], "")):
        return True  # an amount right after it is what is got: 分得六千四百五十一元, 录得六十二点一分, 筹得三百万坚戈
    got = False
    for j in range(w + 1, len(words)):
        word, tag = words[j][0], tags.get(words[j][0], "")
        if tag[:1] in ("m", "q") or word[:1] in _NUMERALS or word in ("的", "之"):
            pass  # 一块, 第一桶金, 两亩
        elif (tag[:1] == "n" and not tag.startswith("nr") or word in _GAINS or tag == "nr" and len(word) > 1 and j == w + 1) and (
            not _state_idiom(word)
        ):
            got = True  # (jieba tags 荣誉 a name, and 头破血流 a noun: 争得头破血流 is a state)
        else:
            return False
        if words[j][2] != PAUSE_WORD:
            break
    return got


def _state_idiom(word: str) -> bool:
    """Whether *word* is an idiom of four characters that tells a state, two nouns and what the first is or does
    (头破血流, 面红耳赤: noun, verb or adjective, noun); 第一桶金, 知识产权 are no state."""
    tags = _word_tags()
    return len(word) == 4 and tags.get(word[1], "")[:1] in ("v", "a") and all(tags.get(word[n], "")[:1] == "n" for n in (0, 2))


_ILLNESS_ENDS = set("病症癌炎瘤")
# Before 得 dé, to fall ill, with no 了: modals and adverbs, never a verb that 得 could follow as a particle.
_MAY_GET_ILL = ("会", "能", "容易", "易", "就", "才", "没", "没有", "可能")


def _illness_got(words: list[tuple[str, list[str], str]], w: int, k: int) -> bool:
    """Whether 得 ending words[w], before 了 and an illness or a prize (糖尿病, 肺癌, 病, 奖), is dé: what comes before
    it is no verb or adjective to take a particle (体检时得了糖尿病: jieba's 时得, 他也得了奖; 治得了病 is a verb's "can")."""
    if w + 2 >= len(words) or words[w][2] != PAUSE_WORD or words[w + 1][0] != "了" or words[w + 1][2] != PAUSE_WORD:
        return False
    if words[w + 2][0][-1:] not in _ILLNESS_ENDS | {"奖"}:
        return False
    before = words[w][0][:k] or (words[w - 1][0] if w > 0 and words[w - 1][2] == PAUSE_WORD else "")
    tag = _word_tags().get(before, "") or _word_tags().get(before[-1:], "")
    return bool(before) and tag[:1] not in ("v", "a")


def _wished_for(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether what is got after 想得到 at words[w] follows in its clause: a word of help, benefit or regard
    (想得到支持, 想得到社会的认可, 想得到更多政策支持) within five words, before any other verb (谁想得到他们需要帮助 is "think of")."""
    tags = _word_tags()
    for j in range(w + 1, min(w + 6, len(words))):
        if words[j - 1][2] != PAUSE_WORD:
            return False
        if words[j][0] in _GOT_AS_WISHED:
            return True
        if tags.get(words[j][0], "")[:1] == "v":
            return False
    return False


def _degree_then_state(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether a degree word follows words[w] and a word of state after it ends the clause (挣得/还/多。):
    得 is then the particle, not dé of a verb pypinyin lists (挣得, 赢得, 取得: 取得很大进展 goes on)."""
    tags = _word_tags()
    following = _word_after(words, w)
    if following[:1] in _DEGREE_WORDS and following not in _DEGREE_WORDS and len(following) >= 2:
        ends = words[w + 1][2] != PAUSE_WORD or w + 2 == len(words)  # jieba's 很漂亮, 更好
        return ends and tags.get(following[1:], "")[:1] == "a"
    if following not in _DEGREE_WORDS or w + 2 >= len(words) or words[w + 1][2] != PAUSE_WORD:
        return False
    state = words[w + 2][0]
    ends = words[w + 2][2] != PAUSE_WORD or w + 3 == len(words)
    return ends and (tags.get(state, "")[:1] == "a" or (following == "还" and state in ("多", "少")))  # 获得更多: dé


# Who is provided for (供 gōng): 家里供着两个孩子上学; with none of these after 供着 at a place, it is offerings.
_PROVIDED_FOR = ("孩子", "学生", "儿女", "子女", "老人", "上学", "读书", "大学", "弟弟", "妹妹", "儿子", "女儿", "家人", "一家")


def _offered_at_a_place(words: list[tuple[str, list[str], str]], w: int, ahead: str) -> bool:
    """Whether 供(着) at words[w] is gòng (offered up) after a place it stands at (桌上, 堂屋里, 案前:
    a word ending in a locative or tagged one), with no one provided for after it."""
    if w == 0 or words[w - 1][2] != PAUSE_WORD:
        return False
    place = words[w - 1][0]
    if not (place[-1:] in set("上里中前内") and len(place) >= 2 or _word_tags().get(place, "")[:1] in ("s", "f")):
        return False
    return not any(word in ahead for word in _PROVIDED_FOR)


# Words before a title that ends its clause: 担任指挥长。 首席副监察长， 连队的辅导长。
_GIVES_OFFICE = frozenset("担任 任 出任 兼任 兼 副 首席 现任 原 前 接任 升任 任命 总 学生 的".split())


# What a head does, after the title: 辅导长带领, 指挥长主持.
_LEADING = ("带领", "率领", "主持", "组织", "部署", "要求", "强调", "召集", "一行", "亲自", "宣布", "下令", "发布", "宣读", "汇报", "通报")


# Chief systems whose heads are titled X长 (河长制, 网格化管理): jieba cuts the 长 off the system's name.
_CHIEF_SYSTEMS = frozenset("河湖 网格 街巷 楼栋 院落".split())
# Where what grows is found: a locative or the soil (地里长的, 树上长的, 跟着泥土长的).
_GROWN_IN = ("泥土", "土壤", "土地", "土里", "地里", "田里", "树上", "山上", "身上", "脸上", "头上")
# Words ending in 证 that are no testimony before 供 (保证供应 is glued; 保证/供/市民使用 is "for").
_NOT_TESTIMONY = frozenset("保证 验证 认证 论证 印证 确证 求证 查证 签证 见证 佐证 例证 实证 公证 凭证 考证 辩证法".split())


# After 差人 or 差/人, what makes 差 chà, falling short of others (差人一大截, 差人一等, 差人好几等, 差人半头).
_SHORT_BY = ("一", "半", "意", "太", "很", "多", "不", "几", "好几", "许多", "老远")
# Words before a lone 差 that make it a difference, chā (jieba cut 空间/差 where 时间差 is one word).
_GAP_OF = frozenset("空间 速度 价格 价位 温度 高度 水位 信息 认知 气压 年龄 身高 电压 成本 息 汇 收支 供需 代际".split())
# States of ancient China whose chancellor is X相 (蜀相, 秦相李斯).
_ANCIENT_STATES = frozenset("蜀 秦 齐 楚 魏 赵 燕 韩 吴 越 鲁 晋 宋 卫 郑 陈 蔡 曹".split())
# Disputes one mediates (调停, tiáo).
_DISPUTES = ("纷争", "纠纷", "矛盾", "争端", "争议", "冲突", "争执")
# Growing well or badly (长 zhǎng): 长不好, 长得好.
_GROWS_WELL = ("不好", "得好", "不大", "得快", "不快", "得旺", "不旺", "得壮", "得很好", "得很快", "得茂盛", "不出")


def _sends_someone(words: list[tuple[str, list[str], str]], w: int, ahead: str) -> bool:
    """Whether a lone 差 at words[w] is chāi, to send someone on an errand: a person (小的, 人, a pronoun, 手下) right
    after it and 去 or 来 before a verb soon after, with no amount it falls short by (差他一截, 差你多少 are chà)."""
    if words[w][2] != PAUSE_WORD:
        return False
    person = next((p for p in ("小的", "他", "她", "你", "我", "手下", "下人", "儿子", "孩子", "家人", "人") if ahead.startswith(p)), "")
    if not person or not _word_after(words, w).startswith(person[0]):
        return False
    rest = ahead[len(person) :]
    if rest.startswith(_SHORT_BY) or rest[:1] in _NUMERALS or rest.startswith(("什么", "点", "些")):
        return False
    return bool(re.search(r"[去来][^，。]?[买送拿取捞请叫找办打报接]", rest))


def _classics_named(chars: str, i: int) -> bool:
    """Whether 乐 at chars[i] is the Classic of Music: the six (or five) classics named close before it, as in
    今人以《四书》《五经》（本为《六经》，因《乐》亡佚, and 乐 then before 亡佚, 失传, 经 or alone."""
    window = chars[max(0, i - 16) : i]
    return ("六经" in window or "五经" in window or "六艺" in window) and chars[i + 1 : i + 3] in ("亡佚", "失传", "已亡", "亡失", "经")


def _invited_clause(words: list[tuple[str, list[str], str]], w: int, rest: str) -> bool:
    """Whether a lone 应 opening its clause is yìng: the clause ends in X之盼 (之需, 之邀, 之约, 之请) or in 邀请 after a name or noun
    (应执政的朱比利党邀请, a long name 应瑞士联邦议会国民院议长…邀请); 应多邀请, 应积极邀请 (should) end after an adverb."""
    if len(rest) < 3 or len(rest) >= 40:
        return False
    if re.search(r"之[盼需邀约请召]$", rest):
        return True
    if not rest.endswith("邀请"):
        return False
    j = next((j for j in range(w + 1, len(words)) if words[j][2] == PAUSE_CLAUSE), None)
    if j is None or words[j][0] != "邀请" or j < w + 3:
        return False
    return _word_tags().get(words[j - 1][0], "n")[:1] == "n"


# What one copes with (应对, yìng): 应对外部风险挑战.
_COPED_WITH = ("挑战", "风险", "冲击", "威胁", "危机", "压力", "不确定", "介入", "困难", "难题", "变局", "干扰", "打压", "制裁", "封锁")


def _copes_with(following: str, ahead: str) -> bool:
    """Whether a lone 应 is yìng, the first half of 应对 (to cope with), where jieba cut 应/对外部 or 应/对此: that word
    after it and a challenge soon after (应对外部风险, 为应对此挑战), not an object of 对 and a verb (应对外部世界开放,
    应对此进行调查: should)."""
    if following not in ("对外部", "对此", "对这", "对这些", "对这一"):
        return False
    rest = ahead[len(following) :]
    hit = next((j for j in range(len(rest)) if rest[j:].startswith(_COPED_WITH)), -1)
    return 0 <= hit <= 6 and not any(v in rest for v in ("负责", "开放", "进行", "作出", "做出", "加以", "予以", "警惕", "保持"))


# What is done to a gap (差 chā): 缩小…待遇差.
_GAP_VERBS = ("缩小", "扩大", "拉大", "拉开", "缩窄", "弥合", "收窄")
# Texts one recites (背 bèi): 稿子背到底, 整本书都背起来.
_RECITED = ("稿", "书", "诗", "课文", "台词", "剧本", "单词", "口诀", "讲话")


def _big_bank(words: list[tuple[str, list[str], str]], w: int, k: int, after: str) -> bool:
    """Whether 行 at words[w] is háng, a major bank (or firm) as finance news says it: jieba's 大行 (国有大行, 很多大行;
    pypinyin reads the emperor's dà xíng) or 行 alone after jieba's 五大, 四大 or after 大 alone after 五家, 几家
    (占五大/行新增总额, 这五家大/行全年增量), not before what makes it an action (大行其道, 三大/行动, 大行/政区)."""
    text = words[w][0]
    if after[:1] in set("动政为业其走使进销驶程李"):
        return False
    if text.endswith("大行") and k == len(text) - 1 and len(text) <= 3 and (len(text) == 2 or not _in_phrase_dict(text)):
        return True  # 国有/大行, jieba's 跟大行
    if len(text) != 1 or w == 0 or words[w - 1][2] != PAUSE_WORD:
        return False
    previous = words[w - 1][0]
    if len(previous) == 2 and previous[1] == "大" and previous[0] in _NUMERALS:
        return True  # 五大/行
    return previous == "大" and w > 1 and words[w - 2][2] == PAUSE_WORD and (
        words[w - 2][0][-1:] == "家" and (words[w - 2][0][:-1][-1:] in _NUMERALS | set("几多各")))


def _counted_photo(previous: str, after: str) -> bool:
    """Whether a lone 相 after previous is a photo counted with 张 (每張相, 一张相, 呢张相): not before a word 相 opens
    (一张/相互依存 is glued), nor after 紧张, 慌张 or 主张."""
    return len(previous) in (1, 2) and previous[-1:] == "张" and (
        previous[:-1] in ("", "每", "这", "那", "哪", "几", "呢", "嗰", "此", "该", "多") or previous[:-1] in _NUMERALS
    ) and after[:1] not in set("互关同似对比应")


def _grows_here(words: list[tuple[str, list[str], str]], w: int, before: str, after: str) -> bool:
    """Whether 长 alone at words[w] is zhǎng, to grow, where nothing long is meant: before 的 after the soil or a
    place it grows in (跟着泥土长的, 地里长的; 五公里长的, 最长的, 这么长的 are long), after 怎么 (想怎么长就怎么长;
    这么长, 多长 are long), before 了 and what grew (长了口黄板牙, 长了尺把高; 时间长了 is long), and before 不了 and
    what cannot grow (冻土层长不了树木; 好景长不了 is long)."""
    following = _word_after(words, w)
    if following == "不了":
        nxt = _word_after(words, w + 1)
        return bool(nxt) and _word_tags().get(nxt, "").startswith("n") and not nxt.startswith(("多", "几"))
    if w == 0 or words[w - 1][2] != PAUSE_WORD:
        return False
    previous = words[w - 1][0]
    if following == "的":
        return previous.endswith(_GROWN_IN) and before[-len(previous) - 1 : -len(previous)] not in _DEGREE
    if previous == "怎么":
        return after[:1] not in set("的啊呀呢") and not after.startswith(("时间", "多"))
    if following == "了":
        return after[1:2] in set("口尺寸颗满身") and words[w][2] == PAUSE_WORD
    return False


def _testimony(words: list[tuple[str, list[str], str]], w: int, k: int, previous_char: str, after: str) -> bool:
    """Whether 供 at words[w] is gòng, testimony, in a Hong Kong court report where jieba cut 证供 or 作供 apart:
    供 alone (or jieba's 供指, 供称) right after a word ending in 证 that names no checking or guaranteeing
    (嘅/證/供, 庭上證/供, 自辯證/供, 聽證/供, 三人證/供), or after an adverb glued to 作 (並作/供)."""
    text = words[w][0]
    if k != 0 or w == 0 or words[w - 1][2] != PAUSE_WORD or not (len(text) == 1 or text in ("供指", "供称")):
        return False
    previous = words[w - 1][0]
    if after.startswith(("参考", "参照", "借鉴", "研究", "使用", "选择", "人", "大家")):
        return False
    if previous_char == "证":
        return previous[-2:] not in _NOT_TESTIMONY
    if previous_char == "作":
        return len(previous) == 2 and previous[0] in set("并再已拒因将未曾须需续均") or text == "供指"
    return False


def _office_before(words: list[tuple[str, list[str], str]], w: int, after: str) -> bool:
    """Whether 长 alone at words[w] is zhǎng, the head of an office named by a verb of two characters before it
    (辅导/长, 指挥/长, 督导/长: jieba lacks the title), where a name or a verb of saying or leading follows
    (辅导长带领; not 投资长见效慢 nor 投资长的项目), or it ends the clause after a word giving an office (担任指挥长。). 长 "long" after a verb ends its clause
    (农业投资长、风险高; 江水溯源长) or has a noun before it (时间长, 距离长)."""
    if w == 0 or words[w - 1][2] != PAUSE_WORD or len(words[w - 1][0]) != 2:
        return False
    if _word_tags().get(words[w - 1][0], "") not in ("v", "vn"):
        return False
    following = _word_after(words, w)
    if not following or following == "的":
        # ending the clause or before 的: only after a word that gives an office (担任指挥长。 学生辅导长的同意),
        # not 投资长、 nor 投资长的项目 (long)
        return w >= 2 and words[w - 2][2] == PAUSE_WORD and words[w - 2][0] in _GIVES_OFFICE
    tags = _word_tags()
    named = tags.get(following, "").startswith("nr") or (
        len(following) in (2, 3) and following not in tags and _lone_surname(following[0])
    )  # 指挥长张伟: a name jieba's HMM put together
    return following.startswith(_SAYING + _LEADING) or named


def _title_before_name(text: str, k: int, after: str) -> bool:
    """Whether 长 ending a jieba word after a unit that has a head (交通部长, 局长) is the title before a name that
    starts like 长达, 长约 (交通部长/达菲): no number follows (车队长达数公里 is long)."""
    return 0 < k == len(text) - 1 and text[k - 1] in _LED_UNITS and after[1:2] not in _NUMERALS | set("数几半近百千万")


# The commonest surnames (as segment.patterns lists them): jieba tags some otherwise (张 a measure word, 高 an adjective).
_COMMON_SURNAMES = set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
                       "卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")


def _office_before_name(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether 长 opening words[w] is zhǎng, a title's head glued by jieba's HMM onto the surname after it
    (指挥/长李/胜利/表示): a word of 长 and a surname that jieba's dictionary lacks, after a verb of two characters
    (the title's first part, as in _office_before), with a verb of saying or leading after the given name (as there).
    长江, 长期, 长时间 are words; 投资/长/周期 keeps 长 alone; 舒展/长羽, 居住/長康/邨 (a place) are no titles."""
    text = words[w][0]
    if len(text) != 2 or _jieba().dt.FREQ.get(text) or _in_phrase_dict(text):
        return False
    if not (_lone_surname(text[1]) or text[1] in _COMMON_SURNAMES):
        return False
    if w == 0 or words[w - 1][2] != PAUSE_WORD or len(words[w - 1][0]) != 2:
        return False
    if _word_tags().get(words[w - 1][0], "") not in ("v", "vn"):
        return False
    ahead = ""  # the given name, then what the head says or does (jieba may glue them: 长张/明说)
    for j in range(w + 1, min(w + 3, len(words))):
        if words[j - 1][2] != PAUSE_WORD:
            break
        ahead += words[j][0]
    return any(ahead[n:].startswith(_SAYING + _LEADING) for n in (0, 1, 2))


def _head_glued_to_name(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether 长 opening words[w] is zhǎng, the head of the office the word before ends in, glued by jieba onto the
    head's name (警務處/長盧偉聰, 花蓮縣/長傅/崐萁, 施工队/长辛龙, 秘书室/长任/钟皙): a word of 长 and a surname, with no
    phrase of pypinyin's opening at 长 (管理局/长江路, 考察站/长城站 stay cháng; 地区/长租, 庙会/长塘镇 have no surname),
    after a word of two or more characters ending in an office."""
    text = words[w][0]
    if len(text) < 2 or any(_in_phrase_dict(text[:n]) for n in range(2, len(text) + 1)):
        return False
    if not (text[1] in _COMMON_SURNAMES or _lone_surname(text[1])):
        return False
    if w > 0 and words[w - 1][2] == PAUSE_WORD and (
        words[w - 1][0] == "指挥" or (words[w - 1][0] == "会议" and w > 1 and words[w - 2][0][-1:] == "国")
    ):
        return True  # a title jieba split after its first character: 指挥/长王勇 (指挥长), 国/会议/长布安 (国会议长)
    return w > 0 and words[w - 1][2] == PAUSE_WORD and len(words[w - 1][0]) >= 2 and words[w - 1][0][-1] in _LED_UNITS


# Verbs of using or putting on that 上 completes (用上, 贴上, 摆上): 上 then leaves 供 to what follows (用上供氧).
_PUT_ON = frozenset("用 贴 放 摆 挂 装 配 戴 加 换 安 铺 搭".split())


# Words before a general's rank (开国上将, 授予中将军衔, 海军上将), and what 将 "will" goes on with.
_RANK_BEFORE = frozenset("开国 授予 授 晋升 被授予 退役 任命 是 为 任 名 位 这位 该 一名 两名".split())
_WILL_OBJECTS = frozenset("此 其 它 它们 之".split())


def _will_after_locative(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether jieba's 上将 or 中将 at words[w] is a locative 上/中 and 将 "will" (在法律上将彻底失去意义,
    过程中将背负: jieba's 过程中将, 书中将此诗…, 法中将共同庆祝): a word before it in the clause that is no name, army or
    word that introduces a rank (海军上将, 开国上将, 斯吉伦斯伯尔中将表示), and a verb, adverb, preposition
    or the object of 将 after it, or an idiom (中将继续发扬: not a name or 军衔). 大将 only after a number (十八/大将给: the congress)."""
    text = words[w][0]
    if words[w][2] != PAUSE_WORD or w + 1 >= len(words):
        return False
    if len(text) > 2:
        previous = text[:-2]  # jieba's 过程中将
    elif w > 0 and words[w - 1][2] == PAUSE_WORD:
        previous = words[w - 1][0]
    else:
        return False
    tags = _word_tags()
    following = words[w + 1][0]
    if tags.get(previous, "")[:1] in ("i", "l") and len(previous) >= 4 and not text.endswith("大将"):
        return not following.startswith("军")  # after an idiom no rank: 潜移默化中/将全民阅读推向深入 (not 中将军衔)
    if text.endswith("大将"):
        if previous[-1:] not in _NUMERALS:
            return False
    elif (
        (tags.get(previous, "").startswith("nr") and not _in_frame(words, w - (len(text) == 2), previous))
        or previous[-1:] in set("军兵队警") or previous in _RANK_BEFORE or previous[-1:] in _TRANSLITERATION
    ):
        return False
    tag = tags.get(following, "")
    return following in _WILL_OBJECTS or tag[:1] in ("v", "d", "p", "r", "c", "a", "i", "l") or (
        tag == "m" and following[:1] not in _NUMERALS
    )


def _in_frame(words: list[tuple[str, list[str], str]], w: int, previous: str) -> bool:
    """Whether 在 opens the clause's phrase that *previous* (before words[w]) ends, so 上/中 after it closes
    在…上, 在…中 (在文化周上/将首次展出: jieba tags 文化周 a name). A name of one or two characters stays a
    name (在王上将陪同下): words of three or more only, and not where 下, 时 … close the frame later (在王建国上将陪同下)."""
    if len(previous) < 3:
        return False
    for j in range(w + 1, len(words)):
        if words[j][0] in ("下", "时", "期间", "之际", "之下", "面前"):
            return False  # 在…上将陪同下, 在会见…上将时: the frame closes later, round a rank
        if words[j][2] != PAUSE_WORD:
            break
    for j in range(w - 1, max(w - 6, -1), -1):
        if words[j][0] == "在":
            return True
        if j == 0 or words[j - 1][2] != PAUSE_WORD:
            return False
    return False


# What completes a verb through 得 (搬得出, 找得到, 信得过, 看得见, 靠得住, 买得起, 跟得上).
_COMPLEMENTS = set("到出过见起住上下动完开来去着")
# Before 得到, 得出 … these are not the verb it completes: modals, wishes, if and 不 (能得到, 想得到支持, 如得到, 不得出售).
_NOT_COMPLETED = set("不只才总非必须可应该会能要将有是想愿需望盼求争图如若倘完")


def _potential_complement(words: list[tuple[str, list[str], str]], w: int, k: int) -> bool:
    """Whether 得 (read dé) at words[w][0][k] is the particle between a verb and its complement of
    result, can or cannot: inside a word pypinyin reads dé (信得过, 说得过去, 看得见: 看/得见) or
    where jieba cut a lone verb off 得到, 得出, 得过 … (搬/得出, 找/得到, 拿/得出). Not after a modal,
    a wish or 不 (能/得到, 不得出售), nor where the verb and 得 are a word of 得 dé (获得过, 所得到, 心得)."""
    text = words[w][0]
    if k + 1 >= len(text) or text[k + 1] not in _COMPLEMENTS:
        return False
    if k >= 1:
        verb = text[k - 1]
        if len(text) < 3:
            return False
    elif len(text) == 2 and w > 0 and words[w - 1][2] == PAUSE_WORD and len(words[w - 1][0]) == 1:
        verb = words[w - 1][0]
        if not _word_tags().get(verb, "").startswith("v"):
            return False
    else:
        return False
    return verb not in _NOT_COMPLETED and _phrase_syllables(verb + "得")[1:2] != ["dé"]


def _state_after_subject(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether 得 at words[w] is děi (must) between a noun that opens its clause and
    a word of state of two characters or more that ends it (本领得过硬, 政策得兜底: jieba tags 过硬 an adjective, 兜底 a place).
    A particle 得 needs a verb before it: a noun-tagged word whose first character is a verb is
    taken for one (装点得迷人, 刻画得生动, 谋划得科学), as is a word said twice (画画得漂亮) and any
    noun after another word of the clause (展厅布置得…, 他的画画得好), and idioms or adverbs after 得 (刻画得入木三分, 装点得格外迷人) keep the particle."""
    if not _noun_before(words, w) or len(words[w - 1][0]) < 2 or w + 1 >= len(words):
        return False
    tags = _word_tags()
    noun, following = words[w - 1][0], words[w + 1][0]
    if tags.get(noun) != "n" or tags.get(noun[0], "").startswith("v") or noun[0] == noun[1]:
        return False  # 装点, 刻画: a verb's first character; 画画: a verb said twice
    opens = w == 1 or words[w - 2][2] != PAUSE_WORD
    ends = words[w][2] == PAUSE_WORD and (words[w + 1][2] != PAUSE_WORD or w + 2 == len(words))
    if not (opens and ends) or following in _COMPLEMENT_VERBS or len(following) < 2:
        return False  # 画得好, 写得对: a bare adjective of one character after 得 is its complement
    return tags.get(following, "") in ("a", "ad", "an", "s", "z")


def _provided_for(words: list[tuple[str, list[str], str]], w: int, before: str) -> bool:
    """Whether 供 in jieba's 上供 (to make offerings, gòng) is gōng, "for": before whom and what
    they do (阅报栏上供路人阅读, 广场上供市民休闲), or after a verb 上 completes (用上供氧: 用上/供氧)."""
    if w > 0 and words[w - 1][2] == PAUSE_WORD and words[w - 1][0] in _PUT_ON:
        return True
    if not _noun_follows(words, w):
        return False
    tags = _word_tags()
    for j in range(w + 2, min(w + 4, len(words))):
        if words[j - 1][2] != PAUSE_WORD:
            break
        if tags.get(words[j][0], "")[:1] == "v":
            return True  # 上供市民休闲, 上供路/人/阅读
    return False


def _noun_before(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether a noun comes right before words[w] in its clause (病例/数: the number of)."""
    if w == 0 or words[w - 1][2] != PAUSE_WORD:
        return False
    return _word_tags().get(words[w - 1][0], "")[:1] == "n" and not _word_tags().get(words[w - 1][0], "").startswith("nr")


# Words of going together before 同行 xíng (携手同行, 一路同行, 同向同行); before a peer, háng (各位同行, 国际同行).
_TOGETHER = ("携手", "同向", "一路", "风雨", "结伴", "并肩", "相伴", "一起", "一道", "一同", "相携", "砥砺")
_PEERS_BEFORE = frozenset("各位 诸位 众多 广大 业内 国内 国际 国外 外国 中外 海外 其他 全国 各国".split())
_WITH = ("与", "與", "跟")


def _going_together(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether 同行 at words[w] is xíng, to go together: after a word of togetherness (携手同行, 一路同行), a
    count of people (四人同行), or ending its clause (or before 到, 去) after 与 X (与时代同行, 与人民同行);
    not right after 与 (与同行切磋) nor after a word of peers (各位同行, 国际同行): the peer, háng. And before 的 and
    who went along (同行的副县长, 同行的还有…, 和同行的工作人员), not what peers have or do (同行的故事, 同行的评价)."""
    if w == 0 or words[w - 1][2] != PAUSE_WORD:
        return _word_after(words, w) == "的" and _companions_follow(words, w + 1)
    previous = words[w - 1][0]
    if (words[w - 2][0] if w >= 2 and words[w - 2][2] == PAUSE_WORD else "") + previous in _TOGETHER or previous in _TOGETHER:
        return True
    counted = previous[:-1] or (words[w - 2][0] if w >= 2 else "")
    if previous[-1:] == "人" and counted[-1:] in _NUMERALS | set("0123456789几数"):
        return True  # 四人同行, 一行三人同行
    if previous in _PEERS_BEFORE or previous in _WITH:
        return False
    following = _word_after(words, w)
    if following == "的":
        return _companions_follow(words, w + 1)
    if following and following[:1] not in ("到", "去"):
        return False
    j = w - 1
    while j >= max(0, w - 6) and words[j][2] == PAUSE_WORD:
        if words[j][0] in _WITH:
            return True
        j -= 1
    return False


# Ends of words for people who go along (官员, 记者, 副县长, 讲师, 伙伴, 驴友, 村干部, 同行的人).
_COMPANION_ENDS = set("员者长官伴友人部师")


def _companions_follow(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether who went along follows 的 at words[w] (the 的 after 同行), in the next three words of its clause:
    还有 (同行的还有…), a name (同行的王希光老人, 同行的青海省…公司董事长) or a word for a person (同行的记者, 驴友)."""
    tags = _word_tags()
    for j in range(w + 1, min(w + 4, len(words))):
        if words[j - 1][2] != PAUSE_WORD:
            return False
        word = words[j][0]
        if word == "还有" or word[-1:] in _COMPANION_ENDS or word.endswith(_TITLES[:-1]) or tags.get(word, "")[:2] in ("nr", "ns", "nt"):
            return True
        if tags.get(word, "")[:1] in ("v", "d", "a") and j > w + 1:
            return False  # (同行的评价很高: what peers do or are)
    return False


def _can_after_particle(words: list[tuple[str, list[str], str]], w: int, k: int) -> bool:
    """Whether 了 at words[w][k] is liǎo, the "can" of a potential complement: right after a particle 得 (de)
    that follows a verb or an adjective, alone (过/得/了) or in one jieba word (吃得了). A word with 得 in it
    (记得, 懂得, 觉得) takes the aspect 了 (le), and 得 dé (得了冠军) is no particle."""
    text, syls, _ = words[w]
    previous = words[w - 1] if w >= 1 and words[w - 1][2] == PAUSE_WORD else ("", [], "")
    if text == "了" and previous[0] == "得" and w >= 2:
        particle, verb = previous[1][0], words[w - 2][0] if words[w - 2][2] == PAUSE_WORD else ""
    elif text == "了" and len(previous[0]) == 2 and previous[0][1] == "得" and previous[0] not in _WORDS_WITH_DE:
        particle, verb = previous[1][1], previous[0][0]  # the reader's 管得, 过得
    elif text == "了" and len(previous[0]) >= 3 and previous[0][-1] == "得" and len(previous[1]) == len(previous[0]) and (
        not previous[0].endswith(tuple(_WORDS_WITH_DE)) and not _in_phrase_dict(previous[0][-2:])
    ):
        particle, verb = previous[1][-1], previous[0][-2]  # jieba's HMM 药治得/了/病: a noun, a verb of one character and 得
    elif len(text) == 3 and k == 2 and text[1] == "得":
        particle, verb = syls[1], text[0]
    else:
        return False
    if len(verb) > 1 and verb[-1] in "来去":
        return False  # 查出来/得了肺癌: got (dé … le) after a directional verb
    tags = _word_tags()
    return particle == "de5" and ((tags.get(verb) or tags.get(verb[-1:], ""))[:1] in ("v", "a") or verb == "过")


# Words ending in a particle 得 that take the aspect 了 (le): 我记得了, 他懂得了.
_WORDS_WITH_DE = frozenset("记得 懂得 晓得 认得 觉得 显得 使得 值得 免得 省得 变得 落得 弄得 搞得 闹得 舍得".split())


def _place_before_deng(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether the 地 ending words[w] stands before 等, "and so on", closing a list or before what it sums up (种子保存/地/等。,
    权利登记/地/等/因素), not before the verb 等, to wait, after an adverb (耐心/地/等。, 静静/地/等/着)."""
    if _word_after(words, w) != "等":
        return False
    then = _word_after(words, w + 1)
    if then[:1] in ("着", "著", "了", "过", "過", "待", "候", "到", "他", "她", "你", "我", "人", "来", "着急"):
        return False
    stem = words[w][0][:-1] or (words[w - 1][0] if w > 0 and words[w - 1][2] == PAUSE_WORD else "")
    if not stem or (len(stem) >= 2 and stem[-1] == stem[-2]):
        return False
    return _word_tags().get(stem, "x")[:1] not in ("a", "d", "z", "i", "l") and stem[-1:] not in _ADVERBIAL_ALONE


# Verbs whose object is land: bought, sold, rented, planted, taken, entered or left (改買地, 租点地, 种好地, 入地, 離地).
_LAND_VERBS = set("租买買卖賣种種耕犁征徵占佔圈入离離")


def _land_dealt_in(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether the lone 地 at words[w] is land a verb deals in, the verb glued by jieba's HMM into a word no dictionary
    lists (种好/地, 租点/地, 改買/地, 线杆入/地, 堅離/地): the verb last or before a complement (好, 完, 点, 些, 上)."""
    if w == 0 or words[w - 1][2] != PAUSE_WORD:
        return False
    glued = words[w - 1][0]
    if len(glued) < 2 or _jieba().dt.FREQ.get(glued) or _in_phrase_dict(glued) or glued in PHRASE_FIXES:
        return False
    return glued[-1] in _LAND_VERBS or (glued[-2] in _LAND_VERBS and glued[-1] in set("好完点點些上"))


def _only_before_a_verb(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether the lone 只 at words[w] is followed by a verb of two characters or more that is no relative clause's (那/只/
    帶來/反效果, not 那/只/飞来/的/鸟), so 只 is "only", not the measure word."""
    verb = _word_after(words, w)
    if len(verb) < 2 or _word_tags().get(verb, "") != "v" or _word_tags().get(verb[0], "n")[:1] in ("n", "q"):
        return False  # (这/只/猫叫/小白: a cat, 猫 a noun)
    then = _word_after(words, w + 1)
    return bool(then) and then not in ("的", "着") and "的" not in (then + _word_after(words, w + 2))[:2]


def _crop_after_de(ahead: str) -> bool:
    """Whether a crop closes a 的-phrase opening *ahead*, the clause after 种 (抗杂菌强的平菇)."""
    cut = ahead.find("的")
    crop = ahead[cut + 1 : cut + 4] if 0 < cut <= 8 else ""
    return bool(crop) and (crop.startswith(_CROPS) or crop[-1:] in _BRED or crop[1:2] in _BRED)


def _crop_then_de(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether the lone 种 at words[w] comes before a crop jieba left whole and 的 (種/西芹/的, 种/玉米/的)."""
    crop = _word_after(words, w)
    return (crop.startswith(_CROPS) or crop[-1:] in _BRED) and _word_after(words, w + 1) == "的"


def _policy_alone(after: str) -> bool:
    """Whether 两重 before *after* (the rest of its clause) is the policy's name with no project after it: ending the
    clause (聚焦“两重”，), before 是 defining it or before 和/与 and 两新 (“两重”和“两新”), not layers of a thing (两重城墙)."""
    return after == "" or after[:1] == "是" or after[1:3] in ("两新", "兩新") and after[:1] in set("和与與及、")


def _word_after(words: list[tuple[str, list[str], str]], w: int) -> str:
    """The word right after words[w] in its clause, or ''."""
    return words[w + 1][0] if words[w][2] == PAUSE_WORD and w + 1 < len(words) else ""


# Words ending in a measure after which a lone 地 is still the adverb's de: 逐个地, 挨个地, 整个地, 成片地 (种植).
_MEASURE_ADVERBS = ("逐个", "挨个", "整个", "成片", "逐块", "逐片", "一个个", "一块块", "一片片", "一种种")


def _measure_before(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether words[w] (a lone 地) follows a word ending in a measure or 什么, so it opens a noun (一个/地坑, 一種/地火,
    什么/地火); not a measure made an adverb (逐个地, 一个个地, 一个/一个/地)."""
    if w == 0 or words[w - 1][2] != PAUSE_WORD:
        return False
    previous = words[w - 1][0]
    if previous.endswith(_MEASURE_ADVERBS) or previous[-2:-1] == previous[-1:]:
        return False
    if w >= 2 and words[w - 2][0] == previous and words[w - 2][2] == PAUSE_WORD:
        return False
    return previous[-1:] in ("个", "種", "种", "個", "块", "塊") or previous in ("什么", "甚么", "什麼", "甚麼")


def _garment_next(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether a garment is the word after words[w], or comes after a colour or an adjective there (深色/西服)."""
    ahead = _word_after(words, w)
    if ahead.endswith("色") or _word_tags().get(ahead, "")[:1] in ("a", "b"):
        ahead += _word_after(words, w + 1)
    return bool(ahead) and _garment_follows(ahead)


def _person_word(word: str) -> bool:
    """A person or people named as the one bidden: 人, 员工, 下属, 职员, a name jieba tags (刘晋旭)."""
    return word in ("人", "下属", "手下", "家人") or (len(word) >= 2 and word[-1:] in ("员", "工")) or _word_tags().get(word, "").startswith("nr")


def _carried_load(word: str) -> bool:
    """Whether *word* names a load carried on the back (药箱, 猪草, 石头, 行囊)."""
    return word[-1:] in _CARRIED_LOADS or word.startswith(_CARRIED_WORDS)


# Before 曲 qū, bent (反曲弓, 九曲桥, 因人曲为): not a tune; nor after a surname (区曲, a name).
_BENT = set("弯扭歪反九委挠卷人")
_AIR_GROUND_AFTER = ("一体", "立体", "协同", "模拟", "导弹", "作战", "联合", "打击", "攻击", "对抗", "通信", "配合")
_SHOULDERED_AFTER = set("起负当任责")  # after jieba's 一担, a verb 担 dān: 一担起责任, 一担当
_WINDING = set("河江溪水路道桥廊径涧湾")  # what winds after 九曲, nine bends: 九曲黄河, 九曲溪, 九曲山路
# After 美的 Měidí, the Midea company (美的集团, 美的空调): the brand, not 美 and the particle.
_MIDEA_AFTER = ("集团", "公司", "电器", "空调", "冰箱", "洗衣机", "家电", "品牌", "股份", "控股", "厨电", "热水器", "中央空调")
# Units of length before 长 cháng after a number (二十二米长, 五公里长: jieba's 米长, 里长).
_LENGTH_UNITS = set("米里尺寸丈")
_LOADS_AFTER_ZAI = set("人客货重荷体明有着满运")
_NEWSPAPERS = ("日报", "晚报", "时报", "早报", "周报", "商报", "快报", "邮报", "导报", "学报", "明报", "信报")
_LEFT_OUT = set("人户个家项名位村条样")  # 不落一人, 一个不落: nothing left out
_BURDENED = ("了自己", "了别人", "了家人", "了他人", "了大家", "了亲人")


def _years_in_zai(before: str, words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether 载 ending words[w], after *before* (the clause up to it), counts years (执教十七载, 千载, 二十余载,
    历时数载: zǎi), not carrying (神舟二十/载人, 万/载重吨: the load follows as its own word; 统一/载 is no number)."""
    last, prior = before[-1:], before[-2:-1]
    if not (last in _NUMERALS - {"一"} or (last == "一" and prior in _NUMERALS | set("了满"))
            or last in set("数几") or (last in set("余多") and prior in _NUMERALS)):
        return False
    following = words[w + 1][0] if w + 1 < len(words) and words[w][2] != PAUSE_CLAUSE else ""
    return not (len(following) == 1 and following in _LOADS_AFTER_ZAI)


def _several_follows(after: str) -> bool:
    """Whether what follows 数 makes it "several" (数十, 数人, 数年, 数分钟), not "to count"
    (数分蘖: 分 is "several" only before 钟 or 秒)."""
    if after[:1] == "分":
        return after[1:2] in ("钟", "秒")
    if after[:1] == "星":
        return after[1:2] == "期"  # 短短数星期 (数星星 is to count)
    if after[:1] == "场":
        return after[1:2] not in set("馆地上内外边中里")
    return after[:1] in _SEVERAL_BEFORE or after[:2] == "众多"  # (人数众多, jieba's 人/数众多: the number is large)


def _noun_follows(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """Whether a noun comes right after words[w] in its clause (老人/量/血压: what is measured)."""
    if words[w][2] != PAUSE_WORD or w + 1 >= len(words):
        return False
    return _word_tags().get(words[w + 1][0], "")[:1] == "n"


def _phrase_syllables(word: str) -> list[str]:
    """pypinyin's phrase-dictionary reading of *word* (tone marks, first choice each), or []."""
    from pypinyin.constants import PHRASES_DICT

    return [choices[0] for choices in PHRASES_DICT.get(word, [])]


def _transliterated_sai(words: list[tuple[str, list[str], str]], w: int, k: int) -> bool:
    """塞 at *k* in word *w* is in a transliterated name: the word's other characters are all transliteration
    characters (德塞, 胡塞, 罗塞, 塞斯), or 塞 stands alone before a word of them (塞/德维尔, 塞/德里克)."""
    text = words[w][0]
    if len(text) > 1:
        return all(c in _SAI_NAME_CHARS for c in text[:k] + text[k + 1 :])
    after = words[w + 1][0] if w + 1 < len(words) and words[w][2] != PAUSE_CLAUSE else ""
    return len(after) > 1 and all(c in _SAI_NAME_CHARS for c in after)


def _sai_country_short(words: list[tuple[str, list[str], str]], w: int) -> bool:
    """塞 standing alone at word *w* is a country's short form: the text names one (塞尔维亚, 塞内加尔, 中塞…) and
    塞 is not the verb (no 了, 进, 给, 满 after it, no 把, 往, 被 before it)."""
    after = words[w + 1][0][:1] if w + 1 < len(words) and words[w][2] != PAUSE_CLAUSE else ""
    before = words[w - 1][0][-1:] if w > 0 else ""
    if not after or after in _STUFFING_AFTER or before in set("把往被里硬") or words[w][2] == PAUSE_CLAUSE:
        return False
    return any(text in _SAI_COUNTRIES for text, _, _ in words)


def _in_phrase_dict(word: str) -> bool:
    from pypinyin.constants import PHRASES_DICT

    return len(word) > 1 and word in PHRASES_DICT


def _yi_bu_sandhi(words: list[tuple[str, list[str], str]]) -> None:
    """一 and 不 standing alone (or 一 in a word pypinyin re-cut, 一根) change tone
    before the next syllable, as inside a word: yi2/bu2 before a fourth tone, yi4
    before the others. 一 keeps yi1 as a numeral (第一, 十一, 一九四九) and in
    the month 一月."""
    for i, (text, syls, brk) in enumerate(words):
        if text[:2] == "一月" and len(syls) > 1:
            syls[0] = "yi1"  # the month, not 一个月
            continue
        if text[:2] == "一点" and (text[2:] or (words[i + 1][0] if i + 1 < len(words) else ""))[:1] in _DIGITS:
            syls[0] = "yi1"  # a decimal: 一点五
            continue
        if text[:1] == "一" and len(syls) > 1 and syls[0] == "yi1" and (
            text[1] not in _ORDINAL_AFTER_YI
        ):
            head, nxt_text, nxt_syls = "一", text[1:], syls[1:]
        elif text in ("一", "不") and brk == PAUSE_WORD and i + 1 < len(words):
            head, nxt_text, nxt_syls = text, words[i + 1][0], words[i + 1][1]
        elif (k := _yi_inside(text, syls)) is not None:
            syls[k] = "yi2" if _tone_for_sandhi(text[k + 1 :], syls[k + 1 :]) == "4" else "yi4"
            continue
        elif text in ("这一", "那一", "另一", "每一") and brk == PAUSE_WORD and i + 1 < len(words):
            # 这一说法: the demonstrative's 一 counts, and sandhi follows the next word
            head, nxt_text, nxt_syls = "一", words[i + 1][0], words[i + 1][1]
            before = text[0]
            if nxt_text[:1] not in _DIGITS:
                syls[-1] = "yi2" if _tone_for_sandhi(nxt_text, nxt_syls) == "4" else "yi4"
            continue
        else:
            continue
        before = words[i - 1][0][-1:] if i > 0 and words[i - 1][2] == PAUSE_WORD else ""
        if head == "一":
            decimal = before == "点" and (words[i - 1][0][-2:-1] in _NUMERALS or words[i - 1][0] == "点")
            if before in _NUMERALS or before in ("第", "初", "周", "期", "月") or decimal or nxt_text[:1] in _DIGITS:
                continue  # (打点/一切 is no decimal)
            if nxt_text[:1] == "月":
                syls[0] = "yi1"
                continue
        nxt_tone = _tone_for_sandhi(nxt_text, nxt_syls)
        if head == "一":
            syls[0] = "yi2" if nxt_tone == "4" else "yi4"
        else:
            syls[0] = "bu2" if nxt_tone == "4" else "bu4"


# Before 一 in a word of three: a determiner, so 一 counts what follows (新一代, 下一步, 老一辈, 每一项).
_YI_COUNTS_AFTER = set("新下上老每这那另前后")
# After 一 inside a word: "first", not "one" (基层一线, 中央一号, 中共一大, 新一线城市).
_YI_FIRST_BEFORE = set("线号月楼大")


def _yi_inside(text: str, syllables: list[str]) -> int | None:
    """Where 一 inside a jieba word counts what follows and changes tone as 一 alone does, though
    pypinyin (or CC-CEDICT) left it yi1: the middle of a word of three after a determiner (新一代 xīn
    yí dài, 下一步, 每一项, 那一刻) or the third character of a four-character idiom (不惜一切, 团结一致,
    万众一心, 眼前一亮). Not "first" (基层一线, 中央一号, 中共一大), nor 一 of a word ahead of it (大统一…),
    nor in a number or a name (二点一亿, 小泽一郎); 缺一不可, 独一无二 and 始终如一 have it elsewhere and keep yi1."""
    if len(syllables) != len(text) or len(text) not in (3, 4):
        return None
    k = len(text) - 2
    if text[k] != "一" or syllables[k] != "yi1" or text[k + 1] in _DIGITS | _NUMERALS | _YI_FIRST_BEFORE:
        return None  # 二点一亿: a number
    if text[k + 1] == "郎" or _word_tags().get(text, "").startswith("nr"):
        return None  # a name: 小泽一郎
    if len(text) == 3:
        return k if text[0] in _YI_COUNTS_AFTER else None
    if text[1] in _NUMERALS or text[1] == "第" or _in_phrase_dict(text[1:3]):
        return None
    return k


def _tone_for_sandhi(text: str, syllables: list[str] | tuple[str, ...]) -> str:
    """The tone 一/不 react to: 个 is a fourth tone even when read neutral."""
    tone = syllable_tone(syllables[0])
    if tone == "5":
        return "4" if text[:1] == "个" else "1"
    return tone
