"""Latin words the offline voice cannot read, said in Chinese characters.

An acronym (GDP, NBA: capitals only) is spelled with letter names; a word with
small letters that no table lists (Rubio, Arteta, Iniesta) is transliterated
syllable by syllable, roughly after the Xinhua English-Chinese transliteration
table (鲁比奥, 阿特塔, 伊尼斯塔): a listener knows a name said so, and loses
one spelled letter by letter (Trump: 提阿尔优艾姆皮). Camel case is cut where the
case changes (BioNTech: Bio + N + Tech).
"""

from __future__ import annotations

import re

_CONSONANTS = ("", "b", "p", "d", "t", "g", "k", "f", "v", "s", "z", "sh", "ch", "j", "h", "m", "n", "l", "r", "w", "y", "ts")
# One character per consonant above (same order), for each vowel and vowel + n.
_SYLLABLES = {
    "a": "阿巴帕达塔加卡法瓦萨扎沙查佳哈马纳拉拉瓦亚察",
    "e": "埃贝佩德特格克费韦塞泽谢切杰赫梅内莱雷韦耶策",
    "i": "伊比皮迪蒂吉基菲维西齐希奇吉希米尼利里维伊齐",
    "o": "奥博波多托戈科福沃索佐肖乔乔霍莫诺洛罗沃约措",
    "u": "乌布普杜图古库富武苏祖舒丘朱胡穆努卢鲁伍尤楚",
    "an": "安班潘丹坦甘坎凡万桑赞尚钱简汉曼南兰兰万扬灿",
    "en": "恩本彭登滕根肯芬文森增申琴金亨门嫩伦伦文延岑",
    "in": "因宾平丁廷金金芬文辛津欣钦金欣明宁林林温因津",
    "on": "翁邦庞东通贡孔丰冯松宗雄琼琼洪蒙农隆龙翁扬聪",
    "un": "温本彭敦通贡昆丰文孙尊顺春准洪蒙农伦伦文云聪",
}  # fmt: skip
# A consonant with no vowel after it (the Trump's t, m and p).
_ALONE = {"b": "布", "p": "普", "d": "德", "t": "特", "g": "格", "k": "克", "f": "夫", "v": "夫", "s": "斯", "z": "兹",
          "sh": "什", "ch": "奇", "j": "奇", "h": "赫", "m": "姆", "n": "恩", "l": "尔", "r": "尔", "w": "乌", "y": "伊",
          "ts": "茨"}  # fmt: skip
# Spelling → sound, in this order (a rough English reading, not a dictionary's).
_SPELLING = (
    (r"([bcdfgklmnprstvz])\1", r"\1"), (r"tch", "ch"), (r"ph", "f"), (r"ck", "k"), (r"qu", "kw"), (r"q", "k"),
    (r"x", "ks"), (r"wh", "w"), (r"ch(?=[^aeiou])", "k"), (r"th", "s"), (r"gh", ""), (r"dg", "j"), (r"tion", "shen"), (r"c(?=[eiy])", "s"),
    (r"c(?!h)", "k"), (r"ee|ea|ie(?=.)", "i"), (r"oo|ew", "u"), (r"ou|ow$|au|aw|oa", "o"), (r"ey$", "i"), (r"ay|ai", "e"),
    (r"ng$", "n"), (r"^y(?=[aeiou])", "Y"), (r"y", "i"), (r"Y", "y"), (r"(?<=[^aeiou]{2})e$|(?<=[aeiou][^aeiou])e$", ""),
    (r"zh", "j"),
)  # fmt: skip
_SOUNDS = re.compile(r"sh|ch|ts|[bpdtgkfvszjhmnlrwy]|[aeiou]|.")
_LETTERS = re.compile(r"[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]")


def transliterate(word: str) -> str:
    """A Latin word in Chinese characters by its sound: Trump -> 特鲁姆普."""
    spoken = word.lower()
    for pattern, replacement in _SPELLING:
        spoken = re.sub(pattern, replacement, spoken)
    sounds = _SOUNDS.findall(spoken)
    out: list[str] = []
    i = 0
    while i < len(sounds):
        sound = sounds[i]
        onset = sound if sound in _ALONE else ""
        vowel_at = i + 1 if onset else i
        vowel = sounds[vowel_at] if vowel_at < len(sounds) else ""
        if vowel in ("a", "e", "i", "o", "u"):
            after = sounds[vowel_at + 1 : vowel_at + 3]
            nasal = after[:1] == ["n"] and (len(after) == 1 or after[1] not in "aeiou")
            out.append(_SYLLABLES[vowel + ("n" if nasal else "")][_CONSONANTS.index(onset)])
            i = vowel_at + (2 if nasal else 1)
        elif onset:
            coda = out and i > 0 and sounds[i - 1] in "aeiou"
            if not (coda and onset in ("h", "w", "y") or (coda and onset == "r" and i + 1 < len(sounds))):
                out.append(_ALONE[onset])  # the r of Turner's -ner is said, Bart's r is not; Noah's h is silent
            i += 1
        else:
            i += 1  # apostrophes and the like
    return "".join(out)


def say_latin(text: str, letter_names: dict[str, str], known: dict[str, str]) -> str:
    """Every Latin word of *text* in characters: *known* words (lower case) as
    listed, acronyms and short pieces spelled with *letter_names*, other words
    with small letters transliterated. Words in a web or mail address are spelled."""

    def word(token: str) -> str:
        if token.lower() in known:
            return known[token.lower()]
        if not token.isupper() and token.lower() in _SHORT_WORDS:
            return _SHORT_WORDS[token.lower()]  # He is, go to: words, not letters (IT, US in capitals are spelled)
        return "".join(_piece(piece, letter_names) for piece in _LETTERS.findall(token))

    def compound(m: re.Match[str]) -> str:
        # the hyphen of a compound (E-mail, T-shirt, K-pop) is not said
        # (letters paired by one, A-B, keep it: it may be a pair or a range)
        token = m.group(0)
        parts = token.split("-")
        if token.lower() in known:
            return known[token.lower()]
        return "".join(map(word, parts)) if max(map(len, parts)) > 1 else "-".join(map(word, parts))

    text = _ADDRESS.sub(lambda m: re.sub(r"[A-Za-z]", lambda c: letter_names[c.group(0).upper()], m.group(0)), text)
    return re.sub(r"[A-Za-z]+(?:-[A-Za-z]+)*", compound, text)


# A word in an address: joined by a dot, at sign or slash (by then said 点, 艾特) to
# more of it (www.gov.cn, abc@163.com), spelled.
# (a capital after a dot opens a new word, R v. Chief, and a dot with no letter after it ends a sentence: a good man.)
_ADDRESS = re.compile(r"[A-Za-z]+(?=艾特|[/@:_]|\.[a-z\d])|(?:(?<=艾特)|(?<=[/@:_]))[A-Za-z]+|(?<=[A-Za-z\d]\.)[a-z]+|[A-Za-z]+(?=点[A-Za-z])|(?<=点)[A-Za-z]+")
# Short words said letter by letter, as Chinese speakers do (App: 诶皮皮), and acronyms that
# look like words when typed in small letters (ceo, vip, ufo).
# Short English words of a quoted phrase (me too, go to, He is), as a Chinese reader says them; spelled
# letter by letter (is: 艾艾丝) or transliterated (two: 特沃) a listener does not hear the word.
_SHORT_WORDS = {
    "he": "希", "is": "伊兹", "to": "图", "go": "够", "me": "米", "we": "维", "us": "阿斯", "be": "比", "do": "杜",
    "so": "搜", "no": "诺", "my": "买", "by": "拜", "an": "恩", "or": "奥", "if": "伊夫", "up": "阿普", "as": "艾兹",
    "of": "奥夫", "in": "因", "on": "昂", "at": "艾特", "it": "伊特", "the": "则", "you": "优", "one": "万", "two": "兔",
    "but": "巴特", "who": "胡", "how": "好", "new": "纽", "are": "阿", "our": "奥尔", "all": "奥尔", "not": "诺特",
}  # fmt: skip
_SPELLED_WORDS = frozenset(("app", "tel", "ceo", "cfo", "vip", "ufo", "ipo", "suv", "usa", "ios", "sos", "abc"))


# Consonants an English word can open and close with: a small-letter piece that opens or
# closes otherwise (nba, gpu, wto, usb, atm) is an acronym typed in small letters, spelled like NBA.
_ONSET = re.compile(r"(?:[bcdfghjklmnpqrstvwxyz]|[bcfgp][lr]|[dt][rw]|s[cklmnptw]|s[cpt]r|spl|squ|sch|[cst]h|[tsc]hr|wh|ph|qu|kn|wr|gn|ps)?[aeiouy]")
_CODA = re.compile(r"[aeiouy](?:[bcdfghjklmnpqrstvwxz]|ck|[cst]h|ng|n[dkt]|nch|nth|mp|mb|s[kpt]|[fpcx]t|l[dfkmpt]|lfth|r[bdfgklmnpst]|r[cst]h|rld|rst|ll|ss|ff|zz|gh|ght)?s?$")


def _piece(piece: str, letter_names: dict[str, str]) -> str:
    if (len(piece) >= 3 and not piece.isupper() and piece.lower() not in _SPELLED_WORDS and re.search(r"[aeiouy]", piece.lower())
            and (not piece.islower() or _ONSET.match(piece) and _CODA.search(piece))):
        return transliterate(piece)
    return _spell(piece, letter_names)


def _spell(token: str, letter_names: dict[str, str]) -> str:
    return "".join(letter_names[ch.upper()] for ch in token)
