"""Chinese text normalization: newspaper text -> what a Mandarin voice reads.

Numbers are read by what they are, from context. ``wetext`` (WeTextProcessing
FST grammars) does the bulk: dates, times, money, percentages, fractions,
measures, ordinals.  Our own rules run before it where it is wrong or silent
(see ``_PRE_RULES``), and a final pass leaves no ASCII digit.  The offline
voice cannot read Latin letters, so by default every Latin word and letter is
said in Chinese phonetics; a voice that reads Latin (``reads_latin=True``, the
edge voices) gets words, acronyms and letter-digit codes as written.

Reading conventions (kept consistent everywhere):

- A number before a unit, currency or measure word is a cardinal or decimal at
  any length (150006355元, 110000人, 13812345678元); so is a bare number up to 12
  digits (up to 16 where it is the whole text, as number readers say it), and a signed one at any length (-4504040000 -> 负四十五亿零四百零四万).  A number with
  masked digits is read digit by digit (138****5678 -> 幺三八****五六七八).  From 13 digits the
  top group counts 万 of 亿 (九千八百七十六万五千四百三十二亿…).  A 万 or 亿 group of 10-19
  after 零 is said without 一 (一百亿零十万, as NeMo reads it; the last group keeps it: 一百万零一十).  An ordinal says 二, never 两
  (第2名 -> 第二名, 第200名 -> 第二百名).
  Money drops trailing zero decimals (36.00元 -> 三十六元), and so do percentages
  given to two places (0.70% -> 百分之零点七); one place is said as written
  (增长5.0% -> 百分之五点零, as announcers read a statistic).
  Below zero is 零下 (-10℃ -> 零下十摄氏度, 最低气温-3 -> 零下三).  A decimal is never a date
  unless a time word follows (12.9英寸 -> 十二点九英寸; 5.28当天 is a date).
- Phone numbers need phone context or phone shape: mobiles, landlines with an
  area code, 400/800 lines, 5-8 digits after 电话/热线/咨询/拨打, service
  numbers after a call word (拨打12306), numbers listed after a phone number,
  extensions 转8001, and a clause that is only a non-round 8-digit number.
  Area and country codes alone are said the same way (区号0371 -> 零三七幺, +86 -> 加八六),
  and so are landlines in dashed groups (0371-6666-8888).
  They are read digit by digit with 1 as 幺 (the classifieds block reads its
  own, see ``speech``).  Any other code (seal/ID numbers, 13+ digit runs,
  numbers after 编号/账号/邮编/型号/尾号... unless a measure word counts them (账号7871个), leading-zero numbers, digits of a
  letter code like C919) is read digit by digit with 1 as 一, and so is a part of one named between
  its word and its digits (身份证号前六位是310101, 卡号后四位为6222).
- Places and vehicles with 3+ digits are read digit by digit (一, not 幺):
  九铃东路3010号 -> 三零一零号, 1203室, 101路 (bus), 330国道, G7512次,
  MU5101航班, 浙G12345.  With 1-2 digits they are cardinals, as announcers
  say them: 文三路90号 -> 九十号, 12路 -> 十二路, G60 -> 吉六十.  An ordinal or
  a numbered document stays cardinal: 第3010号, 〔2020〕128号.  Before 号, 3
  digits are digits only after a street (人民路108号); other labels are said as
  numbers (521号色 -> 五百二十一号色, 237号房).
- Years (4 digits before 年, both ends of a year range, a bracketed year
  （2020）〔2020〕, a cohort or season 2020届/级/款/赛季, and two-digit years:
  86年8月, ’98, 出生于86年, 88年播出以后, 97年的亚洲金融危机, 98年的那场洪水, 93年的那个春节, 就是97年的，; not ‘99’部队 in quotes) are read digit by digit: 2020年 ->
  二零二零年; a two-digit year of the 2010s is said as a number (17年12月 -> 十七年十二月, as
  speakers say it; 08年 and 98年 stay 零八年, 九八年).  A two-digit year needs context (a following date, a word of time,
  or, for a non-round 51-99, any words after 年 that are not a span's: 坚守了57年,
  历时74年, 92年来 count years).
- Numbers that name things follow usage: 930新政 -> 九三零新政, 985、211高校, 996工作制, 101中学,
  3·15 -> 三一五 (so a month.day alone in quotes: 「7.1」 -> 七一), 双11 -> 双十一, a shopping day or day of giving (6.18年中大促 -> 六一八, 9.9公益日 -> 九九,
  11.11购物节 and 1111购物节 -> 双十一; 2×60万千瓦 stays 二乘, as math reads it), 520 and 1314 (五二零, 一三一四) unless they
  count something (also alone as a sentence: 1314。), and a countdown or counting run in a sentence (倒计时54321 ->
  五四三二一); a year that names something is a year (迎接2020。, 2019大阅兵,
  《2020中国…报告》, ，2024中国国际…节, “猎狐2022”, 2035远景目标, 2014年之前),
  a span beyond any calendar year is not (距今3200年 -> 三千二百年), nor is a number of years after
  a word of span or before one of age (距今约2000年, 长达1300年, 2000年的历史 -> 两千年), nor a round 1900 or 2000
  looking back (2000年前的西汉 -> 两千年前; 2000年前后 and 在2000年前 keep the year), nor a number of years that
  这/那/过去 point at before 年里/年间 (过去2000年里; 过去的2020年里 is the year).  An era word's
  year is read digit by digit (公元前221年, 西元前221年, 纪元前500年 -> 五零零年).  A span of years in brackets
  or after 公元 is two years from three digits on (孟诜（621—713年） -> 六二一至七一三年).  Models:
  歼-20 -> 歼二十, “北溪-2” -> 北溪二, 波音737-800 -> 波音七三七八百; display
  resolutions (分辨率1920×1080, 1080P), stock codes in brackets
  （600519） and a model's 3-4 digits after its capitals and a space (RTX 4060, not a round TOP 100)
  are read digit by digit.  A year after © is a year, the sign unsaid (©2023 -> 二零二三).
- Service lines (110, 120, 12306, 95588; 111 is none) are phone numbers alone, after a call
  word or before 网站/热线; before a unit, measure or currency word they are quantities
  (120例, 122种, 120美元), and so are 110-122 that a word of amount leads into (达到120。).  Codes after 验证码/密码/口令/QQ号 are read digit by digit.
- Currency signs and codes are words: ¥ ￥ $ US$ HK$ € £ ₩ RM Rp and the ISO codes
  wetext and NeMo know (US$5 -> 五美元, 100 USD -> 一百美元, AUD5 -> 五澳元);
  a bare $ is 港元 in text about Hong Kong or in traditional script (門票$100),
  新台币 in text about Taiwan, 美元 elsewhere or where the United States is named;
  ％ and ﹪ are percent.  Unit symbols are read after 万/亿 too (960万km²), km²
  is 平方千米 (the standard's name for the symbol), and a per-unit slash takes
  a symbol (18.5元/kg -> 元每千克).  The SI symbols news prints are all read (Sv, Gy, Bq, kJ, kN, mV,
  mW, μF, lm, lx, mol, mmol/L, r/min, fps; kΩ and MΩ are 千欧姆 and 兆欧姆), and for a voice that does not read Latin so are data
  sizes, by their SI names as GHz and Mbps are (8GB -> 八吉字节, 2TB -> 两太字节, 100MB/s ->
  一百兆字节每秒; a Latin-reading voice keeps 两GB); ppm and ppb are shares (415ppm -> 百万分之四百一十五);
  a lowercase w is watts where power is spoken of (65w快充), 万 elsewhere (阅读量1.2w).  A discount
  is said digit by digit (8.5折 -> 八五折, 95折 -> 九五折).  E-mail and web addresses are
  kept for a voice that reads Latin and spelled for the offline one (@ 艾特, . 点).
- Dates: 2020-05-28 (with its ISO time after a T: 2025-05-20T10:20:30), 2020.5.28, 2020/5/28, 31.12.2020, 12/2/2 and 12.2.3 (a
  two-digit year first, unless a version: V12.2.3, 版本12.2.3), 12/31 only where words of
  time say it is a month/day (截至12/31, 12/31当天; 5/9 and 1/3 are fractions), a day past 12
  first is day/month as Hong Kong writes it (於31/5, 截至31/5, 昨日(31/5)), and 5.28 only
  before a time word or the verb of a dated event (5.28当天, 9.1开学, ，11.12再有); a dotted month.day before a name names
  the day digit by digit (8.31决定, 12.4国家宪法日 -> 一二四), 10.1 is 十一, and 11.11 outside shopping is a date.  A pair over 1 or 0, or as big as the whole, is a score,
  never a share (3/1, 拉齐奥 2/2), unless words of a share stand by it (原来的3/2).  The 2nd of a month is 二日, never 两日.
- 两 or 二: a lone 2 before a measure word is 两 (两次, 两名, 三室两厅,
  两点三十分, 两至三天) and the leading 2 of 百/千/万/亿 is 两 (两百, 两千,
  wetext's convention; both 两百 and 二百 are heard on air, we keep one).  A 2
  that names something is 二: 二号, 二楼, 二班, 二单元, 二季度, 二线城市, 二月二日 (12月02日), 第二次.
  Counts in pairs say 两: 三男两女, 一儿两女, 两胜一负, 两罚一中.  Traditional measure words and
  magnitudes take 两 as simplified ones do (兩個, 兩輛, 兩時半, 兩萬), and so do words a 2 counts in
  news (两款, 两国, 沪深两市, 打进两球, 两侧), and currencies and imperial units (两美元, 两英里).
- A clock time with seconds is read in full, padded zeros too: 5:00:30 -> 五点零分三十秒,
  9:09:02 -> 九点零九分零二秒; 0:30 is
  a time; am/pm after a word of the day's part is not said again (晚上10:30pm -> 晚上十点三十分).
  A phone menu's keys are words: 请按* -> 请按星号, 按#键 -> 按井号键.  Primes: 1′52″36 -> 一分五十二秒三六, 30°15′ -> 三十度十五分.
- Race times 9秒58 -> 九秒五八, 2:05.32 -> 两分零五秒三二, heights and jumps 2米35 -> 两米三五 (1米80 -> 一米八); a score that looks like a time is read as a
  score when the words around it say so (以21:19拿下, 比分测试17:16), but a clock time after a word
  that sets a time and before the word of an event is a time (于11:45结束, 约21:15开始), and so is one
  opening the next clause of a list of times (每天9:00开放，17:30结束) and the time of a showing (20:00场,
  将于20:00首映); 战至13∶13 and 首局21:19 are scores; 中国1-2 at the end of a clause is a score.
- Ranges (3～5天, 2020—2025年, 50%-60%, 10-20%, 6月1日—6月10日, -5~-3℃,
  2021/2022 seasons) are joined with 至; a minus in an equation is 减 and ÷ is
  除以; +5% -> 正百分之五, ±0.5 -> 正负零点五; 2分之1 -> 二分之一; -2/7 is a
  fraction, 1/10万 is 十万分之一, 1/3-1/2 is 三分之一至二分之一 (5/1-5/5 after a word of time is dates); 1:250万 is a scale (一比两百五十万).  Sums are read by us
  (3.5+1.5=5, 5%+3%, 5*2); between two amounts with their signs a dash is a range and a plus a
  sum (£12.99-£19.99 -> 至, ¥500 + €60 -> 加); a spaced hyphen after 约/比/为/是/达 is a minus
  (海拔约 - 430 米 -> 约负四百三十米), after other words a dash; a plus in a code is 加 (8G+256G, 5G+), after a
  round number before a word 多 (100+项), after any other before a measure word 以上 (3+个 -> 三个以上), before another
  word 加 (35+案件: 三十五多 is not said; 95%+银行利率), ending a clause
  加 (10万+, 95%+); 3v3 -> 三对三; 24/7 -> 二十四七.  Four or more dashed groups of digits are a code read digit by
  digit (ISBN 978-7-111-12345-6), and so are dashed single digits (4-3-3阵型, 5-4-3-2-1).  An isotope has no minus,
  and a three-digit mass number is said digit by digit (铯-137 -> 铯一三七; 碳-14 -> 碳十四).
- A dash pair is a score after a team or 以, or before a score word
  (巴西队2-3不敌, 以0-2告负, 0-3负于), unless a unit follows (以1-2个百分点); a range never descends, so a
  descending pair is a score (3—2) or a field's name (渤中19—6, also where another line names the field,
  before a size word, 渤中19—6大型凝析气田, or inside a name with no team or score word by it: 渤中19—6大型圈闭群).
- Per-unit slashes between words: 2.8万元/㎡ -> 二点八万元每平方米, 120元/月/人 -> 元每月每人, 100份/手 -> 份每手.
- For the offline voice, Latin words in ``LATIN_WORDS`` are said as words
  (iPhone -> 爱疯, WiFi -> 歪飞, COVID-19 -> 科维德十九, Google -> 谷歌); acronyms,
  addresses and short pieces are spelled with ``LETTER_NAMES``: GDP -> 吉迪皮,
  APP -> 诶皮皮, 5G -> 五吉, PM2.5 -> 皮艾姆二点五; other words with small letters
  are said by their sound (Rubio -> 鲁比奥, latin_speech.py).  A voice that reads
  Latin keeps them all as written.
- ``NO.1`` -> 第一.  Vulgar fractions are shares (½ -> 二分之一, 1½ -> 一又二分之一).
  Roman numerals in capitals are numbers after 第 or before the word they number
  (第IV章, III期临床 -> 三期临床).  A race time h:mm:ss after 以/成绩/用时 is a time
  taken (两小时零一分三十九秒).  A chip's 3-digit name is read digit by digit (鲲鹏920处理器).
- A lowercase 2g-6g is the network in a clause about telecoms or where it is said like a
  name (所谓的5g的, 2g2.5g时代), grams where words of weighing say so (加入5g盐, 脂肪2g);
  k after a salary or a price is 千 (月薪8k-15k -> 八千至一万五千).

Normalization is done clause by clause, so a comma between two numbers is
never taken for a thousands separator (``100，5月`` stays two numbers).
"""

from __future__ import annotations

import contextvars
import difflib
import logging
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable

from .latin_speech import say_latin
from .pagetext import AD_NUMBER, HAN, HAN_CHAR, PHONE_NUMBER, squeeze
from .simplified import to_simplified

logger = logging.getLogger(__name__)

__all__ = ["LATIN_WORDS", "LETTER_NAMES", "cardinal", "normalize", "normalize_lines", "read_digits"]

_DIGIT_NAMES = "零一二三四五六七八九"

# How a Mandarin reader names Latin letters when spelling an acronym.
LETTER_NAMES: dict[str, str] = {
    "A": "诶", "B": "比", "C": "西", "D": "迪", "E": "伊", "F": "艾弗",
    "G": "吉", "H": "艾尺", "I": "艾", "J": "杰", "K": "开", "L": "艾勒",
    "M": "艾姆", "N": "艾恩", "O": "欧", "P": "皮", "Q": "丘", "R": "阿尔",
    "S": "艾丝", "T": "提", "U": "优", "V": "维", "W": "达布溜",
    "X": "艾克斯", "Y": "歪", "Z": "贼德",
}  # fmt: skip

# Latin words that Chinese announcers say as a word, not letter by letter.
# Anything not listed here is spelled with LETTER_NAMES (APP, CEO, GDP, 5G).
LATIN_WORDS: dict[str, str] = {
    "iphone": "爱疯", "ipad": "爱派德", "ipod": "爱破德", "wifi": "歪飞", "wi-fi": "歪飞",
    "covid": "科维德", "pro": "普罗", "max": "麦克斯", "plus": "普拉斯",
    "mini": "迷你", "mate": "麦特", "c++": "西加加",
    # Brands and words a Chinese listener knows by a Chinese name or a settled
    # transliteration; spelled letter by letter (Google -> 吉欧欧吉艾勒伊) they are lost.
    "google": "谷歌", "facebook": "脸书", "twitter": "推特", "youtube": "优兔", "tesla": "特斯拉",
    "microsoft": "微软", "amazon": "亚马逊", "apple": "苹果", "huawei": "华为", "xiaomi": "小米",
    "samsung": "三星", "sony": "索尼", "nike": "耐克", "adidas": "阿迪达斯", "disney": "迪士尼",
    "netflix": "奈飞", "uber": "优步", "airbnb": "爱彼迎", "instagram": "照片墙", "wechat": "微信",
    "weibo": "微博", "alibaba": "阿里巴巴", "tencent": "腾讯", "baidu": "百度", "toyota": "丰田",
    "honda": "本田", "nissan": "日产", "volkswagen": "大众", "intel": "英特尔", "nvidia": "英伟达",
    "boeing": "波音", "airbus": "空客", "starbucks": "星巴克", "mcdonald's": "麦当劳", "kfc": "肯德基",
    "tiktok": "提克托克", "whatsapp": "瓦茨艾普", "trump": "特朗普", "biden": "拜登", "obama": "奥巴马",
    "putin": "普京", "musk": "马斯克", "macron": "马克龙", "merkel": "默克尔", "chatgpt": "恰特吉皮提", "openai": "欧喷诶艾", "nasdaq": "纳斯达克",
    "nasa": "纳萨", "imax": "艾麦克斯", "party": "派对", "show": "秀", "hello": "哈喽", "vlog": "微录",
    "watch": "沃奇", "air": "艾尔", "macbook": "麦克布克", "mac": "麦克", "model": "莫德尔", "ultra": "奥特拉", "note": "诺特", "galaxy": "盖乐世",
}  # fmt: skip
_LATIN_WORD_RE = re.compile(
    r"(?<![A-Za-z])(" + "|".join(re.escape(w) for w in sorted(LATIN_WORDS, key=len, reverse=True)) + r")(?![A-Za-z])(-(?=\d))?",
    re.I,
)

# CJK compatibility units and other single-character symbols a voice skips.
_SYMBOL_WORDS: dict[str, str] = {
    "㎎": "毫克", "㎏": "千克", "㎍": "微克", "㎐": "赫兹", "㎑": "千赫",
    "㎒": "兆赫", "㎓": "吉赫", "㎕": "微升", "㎖": "毫升", "㎗": "分升",
    "㎘": "千升", "ℓ": "升", "㎚": "纳米", "㎛": "微米", "㎜": "毫米",
    "㎝": "厘米", "㎞": "公里", "㏎": "公里", "㎟": "平方毫米", "㎠": "平方厘米",
    "㎡": "平方米", "㎢": "平方千米", "㎣": "立方毫米", "㎤": "立方厘米",
    "㎥": "立方米", "㎦": "立方千米", "㎧": "米每秒", "㎩": "帕", "㎪": "千帕",
    "㎫": "兆帕", "㎬": "吉帕", "㎰": "皮秒", "㎱": "纳秒", "㎲": "微秒",
    "㎳": "毫秒", "㎷": "毫伏", "㎸": "千伏", "㎹": "兆伏", "㎽": "毫瓦",
    "㎾": "千瓦", "㎿": "兆瓦", "㏀": "千欧", "㏁": "兆欧", "㏄": "毫升",
    "㏈": "分贝", "㏊": "公顷", "㏏": "节", "㎃": "毫安", "㎄": "千安",
    "㎅": "千字节", "㎆": "兆字节", "㎇": "吉字节", "㎈": "卡", "㎉": "千卡",
    "℃": "摄氏度", "℉": "华氏度", "π": "派", "∞": "无穷大", "Ω": "欧姆", "Ω": "欧姆", "№": "NO.",
}  # fmt: skip

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# A circled number before the words of its item numbers that item: ②盖章文件 -> 二、盖章文件 (①②③ stay a list)
_CIRCLED_ITEM = re.compile("([" + _CIRCLED + "])[ \t]?(?=[" + HAN + "])")
_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
_ROMAN_SMALL = "ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ"
_PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_PAREN_IDEOGRAPHS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"

# Vulgar fractions: ½杯 -> 二分之一杯, 1½ -> 1又二分之一.
_VULGAR_FRACTIONS = {
    "½": "二分之一", "⅓": "三分之一", "⅔": "三分之二", "¼": "四分之一", "¾": "四分之三", "⅕": "五分之一",
    "⅖": "五分之二", "⅗": "五分之三", "⅘": "五分之四", "⅙": "六分之一", "⅚": "六分之五", "⅐": "七分之一",
    "⅛": "八分之一", "⅜": "八分之三", "⅝": "八分之五", "⅞": "八分之七", "⅑": "九分之一", "⅒": "十分之一",
}  # fmt: skip
_VULGAR_FRACTION_RE = re.compile(r"(\d?)([" + "".join(_VULGAR_FRACTIONS) + "])")
_SMALL_NUMBERS = "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十".split()
_NUM = r"\d+(?:\.\d+)?"

# Units wetext leaves untouched or gets wrong; those it reads well
# (km, kg, cm, mm, mg, L, ml, h, min, s, kW, nm, m², km/h, °C) are left to it.
_UNITS: dict[str, str] = {
    "mL": "毫升", "g": "克", "t": "吨", "kWh": "千瓦时", "kW·h": "千瓦时",
    "MW": "兆瓦", "GW": "吉瓦", "W": "瓦", "kV": "千伏", "V": "伏",
    "mAh": "毫安时", "Hz": "赫兹", "kHz": "千赫", "MHz": "兆赫", "GHz": "吉赫",
    "dB": "分贝", "μm": "微米", "μg": "微克", "Pa": "帕", "kPa": "千帕",
    "MPa": "兆帕", "kcal": "千卡", "ha": "公顷", "m2": "平方米", "m3": "立方米",
    "km2": "平方千米", "km²": "平方千米", "mA": "毫安", "ns": "纳秒", "ps": "皮秒", "μs": "微秒",
    "kbps": "千比特每秒", "Mbps": "兆比特每秒", "Gbps": "吉比特每秒", "g/cm³": "克每立方厘米",
    "kg/m³": "千克每立方米", "cm³": "立方厘米", "mm³": "立方毫米", "mmHg": "毫米汞柱", "IU": "国际单位",
    "sq ft": "平方英尺", "sq mi": "平方英里",
    "hPa": "百帕", "GPa": "吉帕", "MWh": "兆瓦时", "GWh": "吉瓦时", "TWh": "太瓦时", "TW": "太瓦",
    "kA": "千安", "mSv": "毫希沃特", "μSv": "微希沃特",
    # the rest of the SI symbols news prints after a number (radiation, energy, force, light, electronics, chemistry)
    "Sv": "希沃特", "Gy": "戈瑞", "mGy": "毫戈瑞", "Bq": "贝可", "kBq": "千贝可", "MBq": "兆贝可",
    "kJ": "千焦", "MJ": "兆焦", "GJ": "吉焦", "TJ": "太焦", "cal": "卡",
    "kN": "千牛", "MN": "兆牛", "mV": "毫伏", "μV": "微伏", "mW": "毫瓦", "μW": "微瓦", "kVA": "千伏安", "MVA": "兆伏安",
    "nF": "纳法", "μF": "微法", "pF": "皮法", "mH": "毫亨", "lm": "流明", "lx": "勒克斯", "bit": "比特",
    "mol": "摩尔", "mmol": "毫摩尔", "μmol": "微摩尔", "mmol/L": "毫摩尔每升", "μmol/L": "微摩尔每升", "mol/L": "摩尔每升",
    # mass per litre and a dose per kilogram, said in the order written as molar ones are (a lab value: 135g/L
    # -> 一百三十五克每升, 250mg/L -> 二百五十毫克每升, 10μg/kg -> 十微克每千克)
    "g/L": "克每升", "mg/L": "毫克每升", "μg/L": "微克每升", "ng/L": "纳克每升", "mg/dL": "毫克每分升",
    "mg/kg": "毫克每千克", "μg/kg": "微克每千克",
    # and a speed or a flow, as ㎧ and 33米/秒 are said (SI order): 340m/s -> 三百四十米每秒, 7m³/h -> 七立方米每小时
    "m/s": "米每秒", "m/s²": "米每二次方秒", "m³/s": "立方米每秒", "m³/min": "立方米每分钟", "m³/h": "立方米每小时", "L/min": "升每分钟", "L/s": "升每秒",
    "r/min": "转每分", "fps": "帧每秒", "bp": "基点",
    "Ah": "安时", "AH": "安时", "kAh": "千安时",  # a battery cell's capacity: 280Ah储能电芯
}  # fmt: skip


def _unit_symbols_after(number: str, units: dict[str, str], not_before: str) -> re.Pattern[str]:
    """*number*, then one of *units* (longest first) not followed by a character in *not_before*."""
    symbols = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    return re.compile(rf"({number})\s?({symbols})(?![{not_before}])")


_UNIT_RE = _unit_symbols_after(r"\d", _UNITS, r"A-Za-z/\d^")  # m/s^2: the power is the unit's
# Data sizes, for a voice that does not read Latin: said by their SI names, as other units are
# (8GB -> 八吉字节, like 3.2GHz -> 三点二吉赫 and 100Mbps -> 一百兆比特每秒); a voice reading Latin keeps them.
_DATA_SIZE_UNITS: dict[str, str] = {
    "KB": "千字节", "kB": "千字节", "MB": "兆字节", "GB": "吉字节", "TB": "太字节", "PB": "拍字节",
    "KB/s": "千字节每秒", "MB/s": "兆字节每秒", "GB/s": "吉字节每秒",
}  # fmt: skip
# a slash before a number lists another size (8GB/256GB), one before a letter makes a rate (MB/s)
_DATA_SIZE_RE = re.compile(
    r"([\d万亿])\s?(" + "|".join(re.escape(u) for u in sorted(_DATA_SIZE_UNITS, key=len, reverse=True)) + r")(?![A-Za-z\d]|/\D)"
)
# A decimal before a kept data size is a size, not a month.day (10.5GB is not 十月五日GB).
_DECIMAL_DATA_SIZE_RE = _unit_symbols_after(r"(?<![\d.])\d+\.\d+", _DATA_SIZE_UNITS, r"A-Za-z/\d")
# After 万 or 亿, wetext reads no unit symbol at all (960万km², 5万t): all of them are ours there.
_UNITS_AFTER_MAGNITUDE: dict[str, str] = _UNITS | {
    "km": "公里", "kg": "千克", "cm": "厘米", "mm": "毫米", "mg": "毫克", "m": "米", "L": "升",
    "ml": "毫升", "m²": "平方米", "m³": "立方米", "kW": "千瓦", "nm": "纳米",
}  # fmt: skip
_UNIT_AFTER_MAGNITUDE_RE = _unit_symbols_after(r"\d[万亿]", _UNITS_AFTER_MAGNITUDE, r"A-Za-z/\d²³")

# A character after a line-initial 4-digit number that marks a quantity or a
# date, not a classified-ad number.
_METRIC_PREFIXES = "毫微纳兆吉太拍"
# A list item that is a named day said digit by digit, then the words of what happened that day, before
# the 、 that goes on (612警民衝突、; not 九九重阳、).
_NAMED_DAY_BEFORE = re.compile(
    r"(?:^|[、，,：:\s])[一二三四五六七八九][一二三四五六七八九][零一二三四五六七八九]?(?=[^、，,]{0,8}、$)[^、，,\d]{0,4}?"
    r"(?:佔領|占领|包圍|包围|事件|衝突|冲突|真相|大抓捕|清場|清场|暴動|暴动|襲擊|袭击|恐襲|恐袭|示威|圍堵|围堵|圍攻|围攻"
    r"|衝擊|冲击|白衣人|集會|集会|遊行|游行)[^、，,\d]{0,6}、$")
_QUANTITY_CHARS = set(
    "年月日号时分秒点元角万亿千百个人名家多余届期次位件台辆套间平米公克吨斤岁天周"
    "项条所只份种户座栋层幢倍度版年代余页张本册场批股支台架艘头匹株棵亩顷米里"
    "型式路线楼室班级组队乘比至到加减之左"
    "毫微纳兆吉太拍英伏瓦帕赫焦卡升盎磅摄华"  # units: 4000毫安时, 1.5太字节
    "丈尺寸字丝丸具刻勺堆壶帧捆撮粒根片块把袋瓶碗盒箱桶罐篇趟遍剂厘斤码钟封枝叠盏票朵束"  # measure words (520朵玫瑰 counts)
    "萬億個點歲張條項層場間輛臺隻餘"  # traditional forms: 1975萬人: 2000字, 2000尺
)
# No unit or measure word ahead; a metric prefix counts only before its unit (2000太瓦 is an amount,
# 《2001太空漫遊》 a title, 8.31太子站 a named day).
_NO_QUANTITY_AHEAD = (
    "(?![" + "".join(sorted(_QUANTITY_CHARS - set(_METRIC_PREFIXES))) + "])"
    "(?![" + _METRIC_PREFIXES + "][字瓦赫焦帕克米秒升伏安比])"
)


def read_digits(s: str, one: str = "一") -> str:
    """Read *s* digit by digit (``"1350"`` -> ``"一三五零"``).

    *one* is the word for 1: ``"幺"`` for phone numbers.  Separators
    (spaces, hyphens, dots, slashes) between digits are dropped; Latin
    letters are spelled; anything else is kept.
    """
    out: list[str] = []
    for ch in _fold_width(s):
        if "0" <= ch <= "9":
            out.append(one if ch == "1" else _DIGIT_NAMES[int(ch)])
        elif ch in " -‐‑–—/.·":
            continue
        elif ch.upper() in LETTER_NAMES and ch.isascii():
            out.append(LETTER_NAMES[ch.upper()])
        else:
            out.append(ch)
    return "".join(out)


def _phone(s: str) -> str:
    return read_digits(s, one="幺")


# The group above 亿 is counted in 万 of 亿: 9876 5432 0000 0000 is 九千八百七十六万五千四百三十二亿.
_GROUP_UNITS = ("", "万", "亿", "万")


def _four_digits(group: str) -> str:
    """One group of up to four digits: 1011 -> 一千零一十一, 0101 -> 零一百零一."""
    out, zero = [], False
    for digit, unit in zip(group.rjust(4, "0"), ("千", "百", "十", "")):
        if digit == "0":
            zero = bool(out) or zero
            continue
        if zero:
            out.append("零")
        out.append(_DIGIT_NAMES[int(digit)] + unit)
        zero = False
    return "".join(out)


def cardinal(digits: str) -> str:
    """An integer read as a quantity, as wetext reads it: 150006355 -> 一亿五千万六千三百五十五.

    10-19 at the head drop the 一 (十万, 十一亿), and so does a 万 or 亿 group of
    10-19 after a 零, said as the unit word it is (一百亿零十万, NeMo's reading; the
    last group keeps it: 一百万零一十); a leading 2 before 百/千/万/亿 is 两."""
    digits = digits.lstrip("0")
    if not digits:
        return "零"
    if len(digits) > 16:
        return read_digits(digits)
    groups = []
    while digits:
        groups.insert(0, digits[-4:])
        digits = digits[:-4]
    out: list[str] = []
    gap = False  # a zero group or leading zeros stand between two spoken parts
    for index, group in enumerate(groups):
        unit = _GROUP_UNITS[len(groups) - 1 - index]
        if len(groups) - 1 - index == 3 and int(groups[index + 1]) == 0:
            unit = "万亿"  # no 亿 group follows to say the 亿: 一万亿, 三千万零五百万
        if int(group) == 0:
            gap = bool(out)
            continue
        words = _four_digits(group.lstrip("0")) if index == 0 else _four_digits(group)
        if unit and index and group.startswith("001"):
            words = words[1:]  # 一百亿零十万
        if out and (gap or group[0] == "0") and not words.startswith("零"):
            words = "零" + words
        out.append(words + unit)
        gap = False
    text = "".join(out)
    if text.startswith("一十"):
        text = text[1:]
    if re.match(r"二[百千万亿]", text):
        text = "两" + text[1:]
    return text


def _decimal(number: str) -> str:
    """12.9 -> 十二点九, 0.22 -> 零点二二."""
    whole, _, fraction = number.partition(".")
    words = cardinal(whole) if whole else "零"
    return words + ("点" + read_digits(fraction) if fraction else "")


# ---------------------------------------------------------------- folding


_FULLWIDTH = {chr(0xFF10 + i): str(i) for i in range(10)}
_FULLWIDTH.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_FULLWIDTH.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
_FULLWIDTH.update({"％": "%", "﹪": "%", "＋": "+", "－": "-", "−": "-", "￥": "¥", "＄": "$", "〜": "～", "∼": "～",
                   "￡": "£", "º": "°", "＠": "@", "＃": "#", "＆": "&", "＝": "=", "＜": "<", "＞": ">", "﹣": "-", "／": "/"})  # fmt: skip
_FULLWIDTH_TABLE = str.maketrans(_FULLWIDTH)
# invisible joiners and marks a scraped page carries inside words (上\u200d訴): nothing to read
_FULLWIDTH_TABLE.update(dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad")))


def _fold_width(text: str) -> str:
    return text.translate(_FULLWIDTH_TABLE)


# A power written in superscripts after a number or a letter: 10⁸, 10⁻⁶, 2¹⁰, x⁴ (a lone ² or ³ is said
# 的平方/的立方 later); subscripts are a formula's plain digits (H₂O, CO₂).
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_POWER = re.compile(r"(?<=[\dA-Za-z)）])([⁺⁻]?)([" + _SUPERSCRIPTS + "]+)")
_SUPERSCRIPT_TABLE = str.maketrans(_SUPERSCRIPTS, "0123456789")
_SUBSCRIPT_DIGITS = re.compile("[₀₁₂₃₄₅₆₇₈₉]+")
_SUBSCRIPT_TABLE = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")


def _superscript_power(m: re.Match[str]) -> str:
    sign, digits = m.group(1), m.group(2)
    if not sign and digits in ("²", "³"):
        return m.group(0)
    return "^" + ("-" if sign == "⁻" else "") + digits.translate(_SUPERSCRIPT_TABLE)


def _fold_symbols(text: str) -> str:
    for ch, word in _SYMBOL_WORDS.items():
        if ch in text:
            text = text.replace(ch, word)
    if _CIRCLED_ITEM.search(text):
        text = _CIRCLED_ITEM.sub(lambda m: _SMALL_NUMBERS[_CIRCLED.index(m.group(1))] + "、", text)
    for table, fmt in ((_CIRCLED, "{}"), (_ROMAN, "{}"), (_ROMAN_SMALL, "{}"), (_PAREN_DIGITS, "（{}）"), (_PAREN_IDEOGRAPHS, "（{}）")):
        for i, ch in enumerate(table):
            if ch in text:
                text = text.replace(ch, fmt.format(_SMALL_NUMBERS[i]))
    if _SUPERSCRIPT_POWER.search(text):
        text = _SUPERSCRIPT_POWER.sub(_superscript_power, text)
    if _SUBSCRIPT_DIGITS.search(text):
        text = _SUBSCRIPT_DIGITS.sub(lambda m: m.group(0).translate(_SUBSCRIPT_TABLE), text)  # H₂O -> H2O
    if _VULGAR_FRACTION_RE.search(text):
        text = _VULGAR_FRACTION_RE.sub(lambda m: (m.group(1) + "又" if m.group(1) else "") + _VULGAR_FRACTIONS[m.group(2)], text)
    # Remaining compatibility squares (㎀ ㎁ ...) fall back to their letters.
    return re.sub(r"[\u3380-\u33ff]", lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


# Greek letters as a Chinese announcer names them (α粒子, β射线, Δ值); μ before a
# unit letter is micro (μm), and Ω is the ohm (_SYMBOL_WORDS).
_GREEK_NAMES = {
    "α": "阿尔法", "β": "贝塔", "γ": "伽马", "δ": "德尔塔", "Δ": "德尔塔", "ε": "艾普西隆", "ζ": "泽塔",
    "η": "伊塔", "θ": "西塔", "λ": "兰姆达", "μ": "缪", "ξ": "克西", "ρ": "柔", "σ": "西格玛",
    "Σ": "西格玛", "τ": "陶", "φ": "斐", "Φ": "斐", "χ": "卡", "ψ": "普西", "ω": "欧米伽",
}  # fmt: skip
_GREEK_RE = re.compile("[" + "".join(_GREEK_NAMES) + "](?![A-Za-z])")
# The names of two characters or more, which no Chinese word ends in as 卡 (χ) or 陶 (τ) may.
_GREEK_LONG_NAMES = tuple(sorted({name for name in _GREEK_NAMES.values() if len(name) > 1}, key=len, reverse=True))
# A plus or an ampersand joining Chinese words: “人工智能+”, 交通+旅游, 研发&创新, melody & 歌词.
_PLUS_AFTER_WORD = re.compile(r"(?<=[" + HAN + r"”」』）)])(?<!\d[万亿萬億千百])\s?\+\s?(?![\d+])")  # 1.2万+件: read with the number
_AMPERSAND_BETWEEN_WORDS = re.compile(r"(?<=[" + HAN + r"A-Za-z])\s?&\s?(?=[" + HAN + r"])|(?<=[" + HAN + r"])\s?&\s?(?=[A-Za-z])")
# An equals sign between Chinese words: “现代化=西方化”.
_EQUALS_BETWEEN_WORDS = re.compile(r"(?<=[" + HAN + r"”」』])\s?=\s?(?=[" + HAN + r"“「『])")
# A times sign between Chinese words, in a formula in words: 事件的重要性×事件的模糊性.
_TIMES_BETWEEN_WORDS = re.compile(r"(?<=[" + HAN + r"”」』])\s?×\s?(?=[" + HAN + r"“「『])")
# A quotation's > at the start of a line (a web page's blockquote), not a comparison (> 5);
# before a number it quotes when a whole sentence follows it (> 1962年中國有大批難民逃亡來港。).
_QUOTE_MARK = re.compile(r"^[ \t]*>(?:[ \t]?(?![ \t]?[-+]?\d)|[ \t]+(?=\d[^\n]*[。！？]))", re.M)
# A hyphen opening a line before a space is a list's bullet (- 30人或以上), and one after a word before a
# space is a dash (再出山－ 30年後): neither is a minus, which is written against its number.
# The keys of a phone menu: 请按*, 按#键 -> 星号, 井号 (a voice says nothing for the bare sign).
_MENU_KEY = re.compile(r"(?<=[按拨摁])\s?([*#])(?=\s?[号號]?键|\s?[号號]?(?:$|[，,。；;、！!？?）)\s]))", re.M)
_BULLET_HYPHEN = re.compile(r"^[ \t]*-[ \t]+(?=\d)", re.M)
# (after a word that leads into an amount it is the amount's minus, spaced out: 海拔约 - 430 米, 同比 - 12%;
# not before a date or a name: 最难忘的是 - 2008年, 时间为 - 5月1日, 地点是 - 3号馆)
_SPACED_DASH = re.compile(r"(?<=[" + HAN + r"])(?<![年月日号时点分秒至到])(?:(?<![约比为是达])|(?=[ \t]?-[ \t]+\d+[年月日号]))[ \t]?-[ \t]+(?=\d)")


def _menu_key(m: re.Match[str]) -> str:
    key = "星" if m.group(1) == "*" else "井"
    return key if m.string.startswith(("号", "號"), m.end()) else key + "号"


def _fold_words_signs(text: str) -> str:
    if "+" in text:
        text = _PLUS_AFTER_WORD.sub("加", text)
    if "&" in text:
        text = _AMPERSAND_BETWEEN_WORDS.sub("和", text)
    if "=" in text:
        text = _EQUALS_BETWEEN_WORDS.sub("等于", text)
    if "×" in text:
        text = _TIMES_BETWEEN_WORDS.sub("乘以", text)
    if ">" in text:
        text = _QUOTE_MARK.sub("", text)
    if "*" in text or "#" in text:
        text = _MENU_KEY.sub(_menu_key, text)
    if "-" in text:
        text = _SPACED_DASH.sub("—", _BULLET_HYPHEN.sub("", text))
    return _GREEK_RE.sub(lambda m: _GREEK_NAMES[m.group(0)], text)


# Punctuation between two digits that belongs to the number, not the clause.
_IN_NUMBER = re.compile(r"(?<=\d)\s?([：∶．／])\s?(?=\d)")


# ---------------------------------------------------------------- our rules


# Currency signs and codes before an amount, longest first: US$5 -> 5美元.
_CURRENCY_SIGNS: dict[str, str] = {
    "US$": "美元", "HK$": "港元", "A$": "澳元", "AU$": "澳元", "C$": "加元", "CA$": "加元",
    "S$": "新加坡元", "NT$": "新台币", "NZ$": "新西兰元", "RMB": "人民币", "CNY": "人民币",
    "USD": "美元", "HKD": "港元", "EUR": "欧元", "GBP": "英镑", "JPY": "日元", "KRW": "韩元",
    "AUD": "澳元", "CAD": "加元", "CHF": "瑞士法郎", "SGD": "新加坡元", "NZD": "新西兰元", "TWD": "新台币",
    "MOP": "澳门元", "INR": "印度卢比", "RUB": "卢布", "THB": "泰铢", "SEK": "瑞典克朗", "TRY": "土耳其里拉",
    "SAR": "沙特里亚尔", "AED": "阿联酋迪拉姆", "ARS": "阿根廷比索", "BRL": "巴西雷亚尔", "MXN": "墨西哥比索",
    "VND": "越南盾", "IDR": "印尼盾", "MYR": "林吉特", "PHP": "菲律宾比索", "ZAR": "南非兰特",
    # more ISO codes, by the names Chinese banks quote them under
    "DKK": "丹麦克朗", "NOK": "挪威克朗", "PLN": "波兰兹罗提", "CZK": "捷克克朗", "HUF": "匈牙利福林",
    "ILS": "以色列谢克尔", "EGP": "埃及镑", "PKR": "巴基斯坦卢比", "NGN": "尼日利亚奈拉", "UAH": "乌克兰格里夫纳",
    "KZT": "哈萨克斯坦坚戈", "QAR": "卡塔尔里亚尔", "KWD": "科威特第纳尔", "CLP": "智利比索",
    "PEN": "秘鲁索尔", "ISK": "冰岛克朗", "BGN": "保加利亚列弗", "RON": "罗马尼亚列伊", "LKR": "斯里兰卡卢比",
    "MNT": "蒙古图格里克", "LAK": "老挝基普", "KHR": "柬埔寨瑞尔", "NPR": "尼泊尔卢比", "IRR": "伊朗里亚尔",
    "OMR": "阿曼里亚尔", "GHS": "加纳塞地", "CUP": "古巴比索", "UYU": "乌拉圭比索", "HRK": "克罗地亚库纳",
    "RSD": "塞尔维亚第纳尔", "BYN": "白俄罗斯卢布", "AZN": "阿塞拜疆马纳特", "UZS": "乌兹别克斯坦苏姆",
    "FJD": "斐济元", "JMD": "牙买加元", "KES": "肯尼亚先令", "BDT": "孟加拉塔卡", "MAD": "摩洛哥迪拉姆",
    "R$": "巴西雷亚尔", "CAD$": "加元", "JPY¥": "日元", "J¥": "日元",
    "NZD$": "新西兰元", "SGD$": "新加坡元", "HKD$": "港元", "TWD$": "新台币", "AUD$": "澳元", "USD$": "美元",
    "zł": "波兰兹罗提", "Kč": "捷克克朗", "₣": "法郎", "RM": "林吉特", "Rp": "印尼盾",
    "₭": "老挝基普", "₮": "蒙古图格里克", "₡": "科朗", "₨": "卢比", "₸": "哈萨克斯坦坚戈", "₾": "格鲁吉亚拉里",
    "$": "美元", "¥": "元", "€": "欧元", "£": "英镑", "₩": "韩元", "₹": "印度卢比", "₽": "卢布",
    "₺": "土耳其里拉", "₫": "越南盾", "₱": "比索", "₦": "奈拉", "₪": "谢克尔", "₴": "格里夫纳", "฿": "泰铢",
}  # fmt: skip
_COMPARISON_WORDS = {"<": "小于", ">": "大于", "≥": "大于等于", "≤": "小于等于", "≠": "不等于", "≈": "约等于"}
# Currency words after an amount: ours, and every name a sign or code is read as (泰铢, 瑞士法郎), so that
# 1.25泰铢 is not taken for an event's date nor 2000美元 for a year.
_CURRENCY_WORDS = "|".join(sorted(
    {"元", "块", "角", "美元", "欧元", "英镑", "日元", "韩元", "港元", "港币", "澳元", "加元", "人民币", "卢比", "卢布", "新台币", "瑞郎", "法郎",
     # the cents and pence of a price per unit (每千瓦时7.09美分) and other currencies news quotes
     "美分", "欧分", "便士", "港仙", "泰铢", "林吉特", "比索", "雷亚尔", "里拉", "兰特", "越南盾"}
    | set(_CURRENCY_SIGNS.values()), key=len, reverse=True))  # fmt: skip
_CURRENCY_RE = re.compile(
    r"(?<![A-Za-z])("
    + "|".join(re.escape(c) for c in sorted(_CURRENCY_SIGNS, key=len, reverse=True))
    + r")\s?(\d+(?:\.\d+)?)([万亿千百萬億]*)(" + _CURRENCY_WORDS + r")?"
)


# A bare $ is the local dollar where the text is Hong Kong's (港元) or Taiwan's (新台币), by its words or,
# failing any word of a place, by its script: Hong Kong papers print prices as $100 and write the US
# dollar out (US$, 美元).
_HONG_KONG_WORDS = re.compile(r"香港|港元|港幣|港币|港人|本港|全港|港府|港股|港島|港岛|港鐵|港铁|九龍|九龙|新界|恒指|恒生|HK")
_AMERICAN_WORDS = re.compile(r"美國|美国|美元|美金|美股")
_TAIWAN_WORDS = re.compile(r"臺灣|台灣|台湾|臺北|台北|新台幣|新台币|臺幣|台幣")


def traditional_script(text: str) -> bool:
    """Two or more Han characters outside GB2312 (the simplified set), not counting an amount's own 萬/億:
    a name's rare character (朱镕基) is one, a line of Hong Kong prose has many; or one such character in a
    short line with none outside Big5 (the traditional set): 罰款$5,000 is Hong Kong's, 约$100 not."""
    rare = simplified = 0
    for ch in text:
        if HAN_CHAR.match(ch) and ch not in "萬億":
            try:
                ch.encode("gb2312")
            except UnicodeEncodeError:
                rare += 1
                if rare >= 2:
                    return True
            try:
                ch.encode("big5")
            except UnicodeEncodeError:
                simplified += 1
    return rare == 1 and simplified == 0


# The currency a bare $ names in the text as written, while its simplified view is read (_dollar would
# find no traditional script there).
_DOLLAR_OF_ORIGINAL: contextvars.ContextVar[str | None] = contextvars.ContextVar("_DOLLAR_OF_ORIGINAL", default=None)


def _dollar(text: str) -> str:
    """The currency a bare $ names in *text*."""
    if (of_original := _DOLLAR_OF_ORIGINAL.get()) is not None:
        return of_original
    if _HONG_KONG_WORDS.search(text):
        return "港元"
    if _AMERICAN_WORDS.search(text):
        return "美元"
    if _TAIWAN_WORDS.search(text):
        return "新台币"
    if traditional_script(text):
        return "港元"
    return "美元"


def _currency_word(sign: str, text: str) -> str:
    return _dollar(text) if sign == "$" else _CURRENCY_SIGNS[sign]


# ISO codes that are also another field's everyday abbreviation before a figure: INR the clotting test's ratio
# (INR 1.05), PHP the language and its version (PHP 7.4), SAR a phone's absorption rate (SAR 0.98W/kg), RON
# petrol's octane number (RON 95). They are money only where the text speaks of money.
_CODES_NAMING_OTHER_THINGS = frozenset({"INR", "PHP", "SAR", "RON"})
_WORD_OF_MONEY = re.compile(
    r"价|费|钱|款|金额|汇|兑|支付|付|花|成本|收入|工资|薪|售|购|买|卖|存|贷|投资|融资|资金|预算|罚|赔|税|债|市值|营收|"
    r"利润|亏|赚|元|币|" + _CURRENCY_WORDS
)


def _money(m: re.Match[str]) -> str:
    sign, number, magnitude, existing = m.group(1), m.group(2), m.group(3), m.group(4)
    if sign in _CODES_NAMING_OTHER_THINGS and not (existing or magnitude) and not _WORD_OF_MONEY.search(m.string):
        return m.group(0)
    return number + magnitude + (existing or _currency_word(sign, m.string))


# Such a code left before its figure (not money): the offline voice's letters, said before wetext, whose own
# currency grammar would take INR 2.5mg for rupees.
_CODE_LEFT_BEFORE_FIGURE = re.compile(r"(?<![A-Za-z])(" + "|".join(sorted(_CODES_NAMING_OTHER_THINGS)) + r")(?=\s?\d)")


def _season(m: re.Match[str]) -> str:
    """2021/2022, 2021/22, 2021-22: consecutive years are a season (a 4-digit pair with a dash is a year range)."""
    first, second = m.group(1), m.group(2)
    if len(second) == 4 and (int(second) != int(first) + 1 or "/" not in m.group(0)):
        return m.group(0)
    if len(second) == 2 and int(second) != (int(first) + 1) % 100:
        return m.group(0)
    return read_digits(first) + "至" + read_digits(second)


def _span_of_years(m: re.Match[str]) -> str:
    digits = m.group(1)
    return cardinal(digits) if int(digits) > 2100 else digits


def _citation_year(m: re.Match[str]) -> str:
    """A year closing a source in brackets, after its author or publisher (（台北：三民，2017，頁77）), not
    one more figure of a list (（男性1800，女性2000））."""
    opening = max(m.string.rfind("（", 0, m.start()), m.string.rfind("(", 0, m.start()))
    if opening < 0 or re.search(r"\d|[）)]", m.string[opening : m.start()]):
        return m.group(0)
    return m.group(0).replace(m.group(1), read_digits(m.group(1)))


def _span_after_word(m: re.Match[str]) -> str:
    """距今2000年, 长达1300年: a span; after a word that may also go through a year (历经2020年的疫情) only
    a number no modern year has (round hundreds, before 1900, beyond 2099) is one."""
    word, link, digits = m.group(1), m.group(2) or "", m.group(3)
    modern_year = 1900 <= int(digits) <= 2099 and not digits.endswith("00")
    if modern_year and word not in ("距今", "长达", "长约"):
        return m.group(0)
    return word + link + cardinal(digits)


# words after which a number of years is how long something lasted or how far apart two things are
_YEARS_LASTED = re.compile(
    r"(时隔|相隔|相距|间隔|整整|足足|超过|逾|近|用了|花了|等了|等待了|活了|存在了|流传了|沿用了)"
    r"(约|近|了|有)?(1[0-8]\d\d)(?=\s?多?年)"
)


def _years_lasted(m: re.Match[str]) -> str:
    """时隔1000年 -> 时隔一千年: a span, not the year 1000."""
    return m.group(1) + (m.group(2) or "") + cardinal(m.group(3))


def _year_range(m: re.Match[str]) -> str:
    first, first_unit, link, second = m.group(1), m.group(2), m.group(3), m.group(4)
    following = m.string[m.end() : m.end() + 1]
    both_modern = all(1900 <= int(y) <= 2099 for y in (first, second))
    # an edition or a period of modern years: 2019-2020版, 2016-2020期间 (版 and 期 may also count)
    named_span = both_modern and m.string.startswith(("版", "期间", "期間"), m.end())
    is_years = first_unit or following == "年" or named_span or (both_modern and following not in _QUANTITY_CHARS)
    if int(first) >= int(second) or not is_years:
        return m.group(0)  # 1500—2000元 is a price range
    link = link if link in ("至", "到") else "至"
    return read_digits(first) + first_unit + link + read_digits(second)


# Oil and gas fields, wells and platforms are named with a hyphen that is said 杠: 陵水17-2气田, 恩平20-4平台.
_FIELD_NAME_AFTER = re.compile(r"(?:-\d+)*(?:特大型|大型|中型|整装|超深)?(?:气田|油田|油气田|凝析气田|井|区块|构造|(?:海上|深水|钻采|钻井|生产)*平台)")
# A pair joined by a long dash right after a name and before more words, a block's one or two digits and a
# structure's one, is a code within a name (渤中19—6大型圈闭群), unless a team, a word of scoring or a word of
# winning stands by it (巴西队3—2战胜); a basketball score has more digits (湖人112—108勇士).
_NAME_BEFORE_CODE = re.compile(f"[{HAN}]{{2}}$")


# The lines of the text a line is read in (normalize_lines), for a name another line writes out in full.
_LINES_READ_TOGETHER: contextvars.ContextVar[str] = contextvars.ContextVar("_LINES_READ_TOGETHER", default="")


def _field_named_elsewhere(m: re.Match[str]) -> bool:
    """The text names a field with this pair after the same name: 渤中19—6大型…圈闭群 where another line of the
    story writes 渤中19—6凝析气田 (a range never descends)."""
    name = m.string[max(0, m.start() - 2) : m.start()]
    if not re.fullmatch(f"[{HAN}]{{2}}", name):
        return False
    code = re.compile(re.escape(name + m.group(1)) + r"\s?[-‐–—－]\s?" + re.escape(m.group(3)) + r"(?!\d)")
    return any(_FIELD_NAME_AFTER.match(text, named.end())
               for text in (m.string, _LINES_READ_TOGETHER.get()) for named in code.finditer(text))


def _range(m: re.Match[str]) -> str:
    first, link, second = m.group(1), m.group(2), m.group(3)
    approximate = re.search(r"[约近超逾达共每为]$", m.string[: m.start()])  # 约5-6: a range
    if "-" in link and first.isdigit() and second.isdigit() and not approximate and _SCORE_AFTER.match(m.string[m.end() : m.end() + 3]):
        return _score(first, second)  # 0-3负于日本
    descends = first.isdigit() and second.isdigit() and int(first) >= int(second)
    if descends and (_FIELD_NAME_AFTER.match(m.string, m.end()) or _field_named_elsewhere(m)):
        return f"{first}杠{second}"  # 陵水17-2气田, 渤中19—6气田 name a field, whatever the dash
    before, after = m.string[: m.start()], m.string[m.end() : m.end() + 3]
    if (descends and link[0] in "‐–—－" and len(first) <= 2 and len(second) == 1 and _NAME_BEFORE_CODE.search(before) and re.match(f"[{HAN}]", after)
            and not (before.endswith(("队", "隊")) or _SCORE_BEFORE.search(before) or _SCORE_AFTER.match(after))):
        return f"{first}杠{second}"
    if descends and ("-" in link or link[0] in "‐–—－" and len(first) < 4):
        return _score(first, second)  # a range never descends: 3-2 and 3—2 are scores (2008—10年 shortens a year)
    if second.endswith("%") and not first.endswith("%"):
        first += "%"  # 10-20% is 百分之十至百分之二十
    return f"{first}至{second}"


def _below_zero(m: re.Match[str]) -> str:
    first, second_minus, second, unit = m.group(1), m.group(2), m.group(3), m.group(4)
    unit = {"°C": "摄氏度", "°F": "华氏度", "°": "度"}.get(unit, unit)
    below = "" if m.string.endswith(("零下", "零下 "), 0, m.start()) else "零下"  # 零下-5度 says it once
    if second is None:
        return below + _decimal(first) + unit
    return below + _decimal(first) + "至" + ("零下" if second_minus else "") + _decimal(second) + unit


def _ordinal(digits: str) -> str:
    """The number of an ordinal, which says 二, never 两: 第200名 -> 第二百名, 第200000000 -> 第二亿."""
    return re.sub("^两", "二", cardinal(digits))


def _long_number(m: re.Match[str]) -> str:
    """9+ digits: a quantity up to 12 digits or before a unit (wetext reads some
    digit by digit); a code from 13 digits on, unless a round amount, signed (no code has a minus)
    or a text of its own up to 16 digits (a figure written alone is a quantity, as every number reader says it)."""
    digits = m.group(0)
    following = m.string[m.end() : m.end() + 1]
    signed = m.string.endswith("负", 0, m.start())
    alone = len(digits) <= 16 and m.string.strip() == digits
    if m.string.endswith("第", 0, m.start()) and len(digits) <= 12:
        return _ordinal(digits)  # 第200000000 -> 第二亿
    if len(digits) <= 12 or signed or alone or re.fullmatch(r"[1-9]\d{0,3}0+", digits) or (following and following in _QUANTITY_CHARS):
        return cardinal(digits)
    return read_digits(digits)


def _masked_number(m: re.Match[str]) -> str:
    """Digits around a mask of stars, one by one; 幺 for 1 in a mobile number's 11 places."""
    masked = m.group(0)
    if not re.search(r"\d", masked):
        return masked
    mobile = re.fullmatch(r"1[\d*＊]{10}", re.sub(r"\s", "", masked))
    return read_digits(masked, one="幺" if mobile else "一")


def _grouped_number(m: re.Match[str]) -> str:
    digits = m.group(0).replace(",", "")
    before, after = m.string[m.start() - 1 : m.start()], m.string[m.end() : m.end() + 1]
    if re.fullmatch(r"[^\W\d_A-Za-z]|[\s，。；、：！？（）“”]|", after) and not re.fullmatch(r"[A-Za-z$¥￥€£₩₹₽₺+\-−]", before):
        return cardinal(digits)
    return digits


def _standalone_number(m: re.Match[str]) -> str:
    """A clause that is only an 8-digit number reads as a local phone number, unless a run of
    three zeros makes it a quantity (10001000, 31000054: an empty group of thousands)."""
    digits = m.group(1)
    return _phone(digits) if "000" not in digits else digits


_SERVICE_AFTER = re.compile(r"热线|電話|电话|专线|平台|客服|举报|報警|报警|接处警")
_SERVICE_CALL = re.compile(r"打|拨|叫|呼|报警|急救|求救|求助|致电|电话|热线|号码|编号|代码|车牌|公交|路")


def _figure_not_service(m: re.Match[str]) -> str:
    clause = _CLAUSE_MARK.split(m.string[max(0, m.start() - 20) : m.start()])[-1]
    return m.group(1) if _SERVICE_CALL.search(clause) else cardinal(m.group(1))


def _service_line_alone(m: re.Match[str]) -> str:
    """A five-digit service line said on its own is said like a phone number, but a clause that is the
    number and nothing else, in a text with no word of calling or of a line, has no words to make it a
    line (12345 -> 一万二千三百四十五, as a table of numbers reads it; 据报道，12345。); no line ends in 00
    (12300 is an amount)."""
    digits = m.group(1)
    if _alone_without_call(m):
        return cardinal(digits)  # wetext reads a bare 12345 the phone way
    return digits if digits.endswith("00") else _phone(digits)


def _alone_without_call(m: re.Match[str]) -> bool:
    """The match is a clause by itself, in a text with no word of calling or of a line."""
    text = m.string
    alone = not _CLAUSE_MARK.split(text[: m.start()])[-1].strip() and not _CLAUSE_MARK.split(text[m.end() :])[0].strip()
    return alone and not (_SERVICE_CALL.search(text) or _SERVICE_AFTER.search(text) or re.search(_CALL_WORDS, text))


def _counting_run(m: re.Match[str]) -> str:
    digits = m.group(1)
    steps = {int(b) - int(a) for a, b in zip(digits, digits[1:])}
    return read_digits(digits) if steps in ({1}, {-1}) else digits


def _dated_name(m: re.Match[str]) -> str:
    """A month.day that names an event is said digit by digit (3.15晚会 -> 三一五, 9.11事件),
    except October 1st, which is 十一 (National Day, as in 10.1黄金周)."""
    month, day = int(m.group(1)), int(m.group(2))
    if (month, day) == (10, 1):
        return "十一"
    if month == day >= 10:
        return "双" + cardinal(m.group(1))  # 11.11购物节 -> 双十一, 12.12 -> 双十二
    return read_digits(m.group(1) + m.group(2))


def _named_number(m: re.Match[str]) -> str:
    """A number naming a thing is said digit by digit (930新政 -> 九三零, 618大促 -> 六一八),
    but a shopping day of a doubled month is 双 that month (1111购物节 -> 双十一, 1212 -> 双十二)."""
    digits = m.group(1) or m.group(2)
    if len(digits) == 4 and digits[:2] == digits[2:] and digits[:2] in ("11", "12") and m.group(1):
        return "双" + cardinal(digits[:2])
    return read_digits(digits)


def _two_digit_year(m: re.Match[str]) -> str:
    """86年 -> 八六年, 08年 -> 零八年; a year of the 2010s is said as the number it looks like
    (17年12月 -> 十七年十二月), as speakers say it (SpeechIO's talks and news say 十七年, never 一七年)."""
    if m.string.startswith("年", m.end()) and 10 <= int(m.group(2)) <= 19:
        return m.group(1) + cardinal(m.group(2))
    return m.group(1) + read_digits(m.group(2))


def _numbered_date(m: re.Match[str]) -> str:
    """08-08, 08/08/2008, 2008-08, 08.2008: zero-padded parts make a date, not a range.
    A dotted pair before a unit or an amount is a decimal: 10.06万亿元, 10.05%."""
    following = m.string[m.end() : m.end() + 1]
    if "." in m.group(0) and following and (following in _QUANTITY_CHARS or following in "%‰" or following.isascii() and following.isalpha()):
        return m.group(0)
    parts = re.split(r"[-/.]", m.group(0))
    if "." in m.group(0) and len(parts) == 2 and len(parts[0]) == 2 and not parts[0].startswith("0"):
        return m.group(0)  # 10.01 is a decimal (数值是10.01); a dotted date pads its month too (08.08)
    if len(parts) == 2 and len(parts[0]) == 4 and re.match(r"\s?(?:年|财年|赛季|学年|雪季|球季)", m.string[m.end() :]):
        return m.group(0)  # 2003-04年度 is a season over two years (_season)
    if len(parts[0]) == 4:
        year, month, day = parts[0], parts[1], None
    elif len(parts) == 2 and len(parts[1]) == 4:
        year, month, day = parts[1], parts[0], None
    else:
        year, month, day = (parts[2] if len(parts) == 3 else None), parts[0], parts[1]
    if not 1 <= int(month) <= 12 or (day is not None and not 1 <= int(day) <= 31):
        return m.group(0)
    spoken = (read_digits(year) + "年" if year else "") + f"{int(month)}月"
    return spoken + (f"{int(day)}日" if day is not None else "")


# Before a dotted number: it is a version (V12.2.3, 版本12.2.3, iOS 12.2.3), not a date.
_VERSION_BEFORE = re.compile(r"(?:[A-Za-z\ue000-\uf8ff]|版本|版|系统|更新|升级)\s?$")
# ... or after it: 10.2版本, 12.1系统.
_VERSION_AFTER = re.compile(r"版|系统|系統|更新|正式版|测试版|測試版")


def _short_year_date(m: re.Match[str]) -> str:
    year, month, day = m.group(1), int(m.group(3)), int(m.group(4))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group(0)
    if m.group(2) == "." and (_VERSION_BEFORE.search(m.string, 0, m.start()) or m.string.startswith("版", m.end())):
        return m.group(0)
    return f"{read_digits(year)}年{cardinal(str(month))}月{cardinal(str(day))}日"


def _decimal_number(m: re.Match[str]) -> str:
    """A decimal wetext could take for a date (12.9英寸, 3000.12点): read it ourselves.
    A year.month standing alone (2008.08) is left to wetext's date grammar."""
    whole, fraction = m.group(2).split(".")
    following = m.string[m.end() : m.end() + 1]
    year_month = 1900 <= int(whole) <= 2099 and len(fraction) <= 2 and 1 <= int(fraction) <= 12
    if year_month and following not in _QUANTITY_CHARS:
        return m.group(0)
    return ("负" if m.group(1) else "") + _decimal(m.group(2))


# Words before h:mm:ss that make it a time taken, not a time of day: 以2:01:39夺冠, 成绩为2:19:56.
_DURATION_BEFORE = re.compile(r"(?:用时|成绩|耗时|跑出|历时|歷時|以|时长|時長|完赛|完賽|纪录|紀錄)(?:为|是|為|了)?\s?$")
# ... or anywhere before it in its clause: 最佳成績是2012年大阪馬拉松的3:25:49.
_DURATION_IN_CLAUSE = re.compile(r"用时|用時|成绩|成績|耗时|耗時|马拉松|馬拉松|完赛|完賽|跑出")


def _clock_places(places: str) -> str:
    """Two places of a clock or a race time, the padding zero said: 05 -> 零五, 00 -> 零, 30 -> 三十."""
    return ("零" + _DIGIT_NAMES[int(places)]) if places[0] == "0" and places != "00" else cardinal(places)


def _clock_with_seconds(m: re.Match[str]) -> str:
    """5:00:30 -> 5点零分30秒 (wetext drops the zero minutes: 五点三十秒); 1:02:36 am -> 上午1点零二分36秒;
    the seconds keep their zero as the minutes do (9:09:02 -> 九点零九分零二秒)."""
    hour, minute, second, half = m.group(1), m.group(2), m.group(3), (m.group(4) or "").lower()
    minute_words, second_words = _clock_places(minute), _clock_places(second)
    hour_words = "两" if int(hour) == 2 else cardinal(hour)
    clause_start = max((b.end() for b in _CLAUSE_MARK.finditer(m.string, 0, m.start())), default=0)
    timed = _DURATION_BEFORE.search(m.string, max(0, m.start() - 6), m.start()) or _DURATION_IN_CLAUSE.search(m.string, clause_start, m.start())
    if not half and timed:
        return f"{hour_words}小时{minute_words}分{second_words}秒"  # 以2:01:39夺冠 is a race time
    if int(hour) > 24:
        return m.group(0)
    prefix = {"a": "上午", "p": "下午"}.get(half, "")
    return f"{prefix}{hour_words}点{minute_words}分{second_words}秒"


def _resolution(m: re.Match[str]) -> str:
    link, width, height = m.group(1), m.group(2), m.group(3)
    return link + read_digits(width) + (f"乘{read_digits(height)}" if height else "")


def _model_letter(m: re.Match[str]) -> str:
    """A model's letter after a product name's number, spelled (iPhone 7s -> iPhone 7S); but seconds after an
    acronym and a space, the name of what was timed: APTT 35s, 技能CD 30s (a product name is no run of capitals)."""
    name = re.search(r"[A-Za-z]+$", m.string[: m.start()])
    if m.group(2) == "s" and m.group(1)[0].isspace() and name and name.group(0).isupper():
        return m.group(0)
    return m.group(1) + m.group(2).upper()


def _airliner_variant(digits: str | None) -> str:
    if not digits:
        return ""
    if len(digits) == 3 and not digits.endswith("00"):
        return read_digits(digits)
    return re.sub(r"^两", "二", cardinal(digits))  # a name says 二百, not 两百


_AMOUNT_AFTER_PHONE_SHAPE = re.compile(r"\s?(?:[万亿]|" + _CURRENCY_WORDS + r"|人次|人|吨|公斤|千克|股|千瓦|立方米|平方米)")


def _phone_number(m: re.Match[str]) -> str:
    """A phone-shaped number is read digit by digit, unless it is a bare run of digits that a
    magnitude, unit or currency follows: 投资13812345678元 is an amount (a name may follow a
    phone number in an ad, so a measure word like 张 does not count)."""
    if m.group(0).isdigit() and _AMOUNT_AFTER_PHONE_SHAPE.match(m.string, m.end()):
        return m.group(0)
    return _phone(m.group(0))


def _international_phone(m: re.Match[str]) -> str:
    country, rest = m.group(1), m.group(2)
    if len(re.sub(r"\D", "", rest)) < 7:
        return m.group(0)
    return "加" + _phone(country) + _phone(re.sub(r"[()]", "", rest))


# E-mail and web addresses: a voice that reads Latin gets them as written; the offline voice
# hears them spelled, with 艾特 for @ and 点 for the dot.
_ADDRESS_RE = re.compile(
    r"(?<![A-Za-z\d.@])(?:[A-Za-z\d][\w.+-]*@[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)*\.[A-Za-z]{2,}"
    r"|(?:https?[:：]//)?(?:[A-Za-z\d-]+\.)+(?:com|cn|net|org|gov|edu|int|info|io|hk|tw|mo)(?![A-Za-z\d])(?:/[\w./?=&%#-]*)?)"
)
_ADDRESS_SIGNS = {"@": "艾特", ".": "点", "/": "斜杠", "-": "杠", "_": "下划线"}


def _spoken_address(m: re.Match[str]) -> str:
    address = re.sub(r"^https?[:：]//", "", m.group(0))
    return "".join(_ADDRESS_SIGNS.get(ch, read_digits(ch) if ch.isdigit() else ch) for ch in address if ch not in ":?=&%#+")


def _clause_end_score(m: re.Match[str]) -> str:
    """中国1-2 at the end of a clause is a score; 每周1-2次 (a unit follows) is not matched."""
    return _score(m.group(1), m.group(2))


def _score(first: str, second: str) -> str:
    """Read here, so that wetext never sees a lone 119 or 110 (it says 幺幺九)."""
    return f"{cardinal(first)}比{cardinal(second)}"


def _fraction(m: re.Match[str]) -> str:
    return ("负" if m.group(1) else "") + f"{cardinal(m.group(3))}分之{cardinal(m.group(2))}"


def _pair_not_share(m: re.Match[str]) -> str:
    first, second = int(m.group(1)), int(m.group(2))
    if second <= 1 or first >= second and not _share_context(m):
        return _score(m.group(1), m.group(2))
    return m.group(0)


# Words of electric power around a lowercase w: it is watts, not 万.
_POWER_WORDS = re.compile(r"快充|闪充|充电|功率|输出|电源|适配器|灯泡|灯管|瓦数|电机|功耗|耗电|额定")


def _w_after_number(m: re.Match[str]) -> str:
    """w after a number is 万 in web-style counts (300w张, 阅读量1.2w), 瓦 where power is spoken of (65w快充)."""
    clause_start = max((b.end() for b in _CLAUSE_MARK.finditer(m.string, 0, m.start())), default=0)
    clause_end = _CLAUSE_MARK.search(m.string, m.end())
    clause = m.string[clause_start : clause_end.start() if clause_end else len(m.string)]
    return "瓦" if _POWER_WORDS.search(clause) else "万"


def _thousands(number: str) -> str:
    """8k -> 8000, 15k -> 15000, 1.25k -> 1250 (digits, read later as a quantity)."""
    whole, _, fraction = number.partition(".")
    value = int(whole) * 1000 + (int(fraction.ljust(3, "0")[:3]) if fraction else 0)
    return str(value) if len(fraction) <= 3 else number + "千"


def _unit_symbol(m: re.Match[str]) -> str:
    """5t -> 5吨; a lone 0 before t is a term of a formula, not no weight: 坐标是0t, 0t加d (0g脂肪 is grams)."""
    lone_zero = m.group(1) == "0" and not re.search(r"[\d.]$", m.string[: m.start()])
    if lone_zero and m.group(2) == "t":
        return m.group(0)
    return m.group(1) + _UNITS[m.group(2)]


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _roman_numeral(m: re.Match[str]) -> str:
    """II -> 二, IV -> 四, XII -> 十二; letters that spell no numeral (IIII, IIX) are left as they are."""
    letters = m.group(0)
    value = 0
    for here, after in zip(letters, letters[1:] + " "):
        worth = _ROMAN_VALUES[here]
        value += -worth if after != " " and _ROMAN_VALUES[after] > worth else worth
    if not 1 <= value <= len(_ROMAN):
        return letters
    canonical = unicodedata.normalize("NFKC", _ROMAN[value - 1])  # Ⅳ -> IV: the only right spelling of 4
    return _SMALL_NUMBERS[value - 1] if canonical == letters else letters


def _bracketed_years(m: re.Match[str]) -> str:
    first, unit, link, second = m.group(1), m.group(2), m.group(3), m.group(4)
    if int(first) >= int(second):
        return m.group(0)
    if not m.string.startswith("年", m.end()):
        lifetime = int(second) - int(first) <= 200 and not (first.endswith("00") and second.endswith("00"))
        if not (len(second) == 4 and 100 <= int(first) and 1000 <= int(second) <= 2099 and lifetime):  # 范仲淹（989—1052）
            return m.group(0)
    return read_digits(first) + unit + (link if link in ("至", "到") else "至") + read_digits(second)


def _money_decimals(m: re.Match[str]) -> str:
    """36.00元 -> 36元, 14.60元 -> 14.6元, 0.70% -> 0.7%."""
    whole, fraction = m.group(1) or m.group(3), (m.group(2) or m.group(4)).rstrip("0")
    return whole + ("." + fraction if fraction else "")


# One side of a formula: terms (a number, or a lone letter with a number before it as its coefficient)
# joined by + or -, right before its = or right after it, with a letter among them. The letters are the
# lower-case ones of school algebra (F-35 and A-1 are codes), and a coefficient's letter is not a unit's
# (5m - 3m = 2m is a sum of lengths).
_FORMULA_TERM = r"(?<![A-Za-z\d.])(?:[a-z]|\d+[abcdefijknopqruvwxyz]|\d+(?:\.\d+)?)(?![A-Za-z\d.])"
_FORMULA_SIDE = re.compile(
    rf"{_FORMULA_TERM}(?:\s?[+\-−]\s?{_FORMULA_TERM})+(?=\s?[=＝])|(?<=[=＝])\s?{_FORMULA_TERM}(?:\s?[+\-−]\s?{_FORMULA_TERM})+"
)
# A lone letter plus a whole number is a sum too: T+1 (settled a day after the trade), n+1个 -> n加一.
_LETTER_PLUS_NUMBER = re.compile(r"(?<![A-Za-z\d.+])([A-Za-z])\s?\+\s?(\d+)(?![\d.])")


def _formula_side(m: re.Match[str]) -> str:
    side = m.group(0)
    if not re.search("[a-z]", side):
        return side  # numbers alone: the arithmetic rules read them
    side = re.sub(r"\s?([+\-−])\s?", lambda s: "加" if s.group(1) == "+" else "减", side.strip())
    return re.sub(r"(\d+)(?=[A-Za-z])", lambda c: cardinal(c.group(1)), side)


def _version(m: re.Match[str]) -> str:
    parts = m.group(0).split(".")
    if len(parts) == 3 and re.fullmatch(r"(?:19|20)\d\d", parts[0]) and 1 <= int(parts[1]) <= 12 and 1 <= int(parts[2]) <= 31:
        return m.group(0)  # a date like 2023.5.28; wetext reads it
    after_version_word = _VERSION_BEFORE.search(m.string, 0, m.start())
    if len(parts) == 3 and re.fullmatch(r"(?:19|20)\d\d", parts[2]) and 1 <= int(parts[0]) <= 31 and 1 <= int(parts[1]) <= 12 and not after_version_word:
        return f"{read_digits(parts[2])}年{int(parts[1])}月{int(parts[0])}日"  # day.month.year: 31.12.2020
    return "点".join(read_digits(p) for p in parts)


_LETTER_CODE_RE = re.compile(r"(?<![A-Za-z\d])([A-Za-z]+)(?:-|\.(?=\d{3}))?(\d+)(?![\d.%])")


# A Chinese vehicle's model code is its maker's two letters and a type number (GB 9417), said
# digit by digit after the brand or before the vehicle: 东风CA71 -> CA七一, 红旗CA72轿车
_VEHICLE_BRAND_BEFORE = re.compile(r"(?:东风|红旗|解放|黄河|跃进|上海|北京|东方红)[“”\x22「」]?$")
_VEHICLE_AFTER = re.compile(r"[”\x22」]?\s?型?(?:轿车|卡车|货车|客车|汽车|越野车|样车|拖拉机)")


def _letter_code(m: re.Match[str]) -> str:
    letters, digits = m.group(1), m.group(2)
    if m.string.startswith(("次", "航班"), m.end()):  # trains and flights: C57次, G1000次
        return letters + read_digits(digits)
    if len(letters) == 2 and letters.isupper() and (
        _VEHICLE_BRAND_BEFORE.search(m.string, 0, m.start()) or _VEHICLE_AFTER.match(m.string, m.end())
    ):
        return letters + read_digits(digits)
    if re.fullmatch(r"[1-9]0{2,3}", digits):
        return letters + re.sub(r"^两", "二", cardinal(digits))  # a round tier is a number: ATP1000 -> 一千, A100
    if len(digits) >= 3:
        return letters + read_digits(digits)
    if digits.startswith("0"):
        return letters + read_digits(digits)
    return letters + cardinal(digits)  # G20 -> G二十, M2 -> M二 (wetext says M两 before 余额)


def _ordinal_suffix(digits: str) -> str:
    """The English suffix of an ordinal: 1st, 2nd, 3rd, but 11th-13th and 4th."""
    if digits[-2:] in ("11", "12", "13"):
        return "th"
    return {"1": "st", "2": "nd", "3": "rd"}.get(digits[-1], "th")


def _no_number(m: re.Match[str]) -> str:
    digits = m.group(1)
    return f"第{digits}" if len(digits) <= 3 else "编号" + read_digits(digits)


_AMOUNT_AFTER = re.compile(r"\s?(?:" + _CURRENCY_WORDS + ")")


def _ad_number(m: re.Match[str]) -> str:
    """Without the classifieds around it, only a 4-digit number before a comma (with
    no sentence ending later on its line), or before a Chinese word that is not a
    unit, is taken for an ad's (8425招会计, 8437，店面出租); a round hundred is an amount
    (2000，记者了解到, 5000网友参与), and so is a number a particle follows (3480的底薪)."""
    digits, gap = m.group(1), m.group(0)[len(m.group(1)) :]
    following = m.string[m.end() : m.end() + 1]
    if len(digits) != 4 or _AMOUNT_AFTER.match(m.string, m.start() + len(digits)):
        return m.group(0)  # 1299美元 is an amount
    if gap[:1] in ("，", ","):
        line_end = m.string.find("\n", m.end())
        if digits.endswith("00") or re.search(r"[。！？!?]", m.string[m.end() : None if line_end < 0 else line_end]):
            return m.group(0)  # prose follows (5000，记者了解到。), or a round amount stands (2000，): not an ad's number
        return read_digits(digits) + "，" + gap[1:]
    measure = re.match(_LIANG_MEASURES + "|" + _PER_UNITS, m.string[m.end() :])  # 2000小时
    if len(gap) <= 1 and HAN_CHAR.match(following) and following not in _QUANTITY_CHARS and not measure:
        if digits.endswith("00") and not gap or following in "的了是还就都也在和与及或吗呢吧啊":
            return m.group(0)  # a round amount before its noun (5000网友参与, as 2000，记者 above), or a number a particle follows
        if 1900 <= int(digits) <= 2099:
            return read_digits(digits) + gap  # a year naming an event: 2022世界5G大会
        if re.match(rf"[{HAN}]{{1,2}}的", m.string[m.end() :]):
            return read_digits(digits) + gap  # a number naming the noun 的 qualifies (1112合約的紀錄): no ad's pause
        return read_digits(digits) + "，"
    return m.group(0)


def _id_number(m: re.Match[str]) -> str:
    s = m.group(0)
    return read_digits(s[:-1]) + ("叉" if s[-1] in "Xx" else read_digits(s[-1]))


def _latin_word(m: re.Match[str]) -> str:
    said = LATIN_WORDS[m.group(1).lower()]
    before = m.string[: m.start()].rstrip(" （(")
    return "" if before.endswith(said) else said  # 微软Microsoft, 特斯拉（Tesla）: the gloss is not said twice


# Words that name a part of the day, which an am or pm after a clock time says again.
_DAY_PARTS = r"(?:上午|下午|早上|早晨|清晨|凌晨|中午|午后|傍晚|晚上|晚间|夜间|夜里|深夜|半夜|今早|今晚|明早|明晚|昨晚|当晚|早|晚)"


# Context that makes 21:19 a score, not a time of day.
_SCORE_BEFORE = re.compile(r"(?:比分|比分为|比分是|总比分|大比分|小比分|局分|终场|最终|战成|打成|(?<![激鏖奋苦])战至|追成|扳成|(?:[首次末]|第[一二三四五六七八九十\d]{1,2})[局盘盤])$")
_SCORE_AFTER = re.compile(r"^(?:获胜|取胜|战胜|击败|胜|负|告负|险胜|力克|战平|逆转|击退|淘汰|拿下|赢|输|大胜|完胜|横扫|落败|领先|落后|的比分|结束|比例|的比例|配比|"
                          r"不敌|惜败|憾负|惨败|逼平|闷平|打平|收官|晋级|出局|夺冠)")


_SCORE_WORDS = re.compile(r"比分|赛果|战绩|局分|终场|半场|决胜局")
# 结束 and 收官 end a match and a meeting alike: after a word that sets a time (于11:45结束, 预计在15:30结束,
# 上午11:45结束, 约21:15开始) a pair that is a clock time before the word of an event is the hour it happens
# (以3:1结束 stays a score, 比例约1:10 a ratio).
_CLOCK_EVENT_AFTER = re.compile(r"^(?:结束|收官|开始|举行|开幕|闭幕|抵达|到达|出发|起飞|降落|发车|截止|开播|开赛|开球)")
# A showing or a broadcast is named by its clock time, never by a score (20:00场, 19:30首演; wetext takes
# a measure word after a pair for a ratio's).
_SHOWING_AFTER = re.compile(r"^(?:场|場|档|檔|首映|首演|首播|首发|首發|首秀)")
_CLOCK_BEFORE = re.compile(r"(?:于|定于|预计|预定|计划|约|大约|时间|至|到|" + _DAY_PARTS + r")(?:在)?$")


def _clock_time(first: str, second: str) -> bool:
    return int(first) < 24 and len(second) == 2 and int(second) < 60


# A clock time in an earlier clause of the sentence, with no word of a match between: the next clause's pair
# goes on the list of times (每天9:00开放，17:30结束), where a score would go on a list of games (首局21:19，次局21:17结束).
_LISTED_CLOCK_BEFORE = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])(?:(?!局|队|隊|赛|賽|胜|勝|负|負|比分)[^。！？!?\n])*[，,；;]\s?$")


def _colon_pair(m: re.Match[str]) -> str:
    first, second = m.group(1), m.group(2)
    before = m.string[max(0, m.start() - 4) : m.start()]
    after = m.string[m.end() : m.end() + 3]
    # 比分 earlier in the same clause (比分测试17:16, 比分定格在2:2) also makes a score
    clause_before = re.split(r"[，。；！？,;!?]", m.string[max(0, m.start() - 10) : m.start()])[-1]
    sentence_before = m.string[max(0, m.start() - 30) : m.start()]
    at_clock = _clock_time(first, second) and (
        _SHOWING_AFTER.match(after)
        or (_CLOCK_EVENT_AFTER.match(after) and (_CLOCK_BEFORE.search(before) or _LISTED_CLOCK_BEFORE.search(sentence_before))))
    if _SCORE_BEFORE.search(before) or (_SCORE_AFTER.match(after) and not at_clock) or _SCORE_WORDS.search(clause_before):
        return _score(first, second)
    if at_clock:
        return f"{first}点" + ("" if second == "00" else f"{second}分")  # said here: wetext takes 约21:15 for a ratio
    if after[:1] and after[0] in "万亿千百":
        return _score(first, second)  # a map scale: 1:250万
    if first == "0" and len(second) == 2 and int(second) < 60:
        return "00:" + second  # 0:30 is half past midnight (wetext reads 0:30 as a ratio, 00:30 as a time)
    return m.group(0)  # wetext tells 9:30 from 3:1 and 109:102 itself


# a/b is a share (1/3, 5/9, 12 / 22, every test set's fraction) unless words of time around it make it a
# month/day date: 截至12/31, 截止时间为12/31, 12/31当天, 12/31（周五）.
_DATE_BEFORE_SLASH = re.compile(r"(?:截至|截止|截止到|直至|直到|定于|将于|日期|时间|期限|时限)(?:为|是|[:：])?\s?$")
_DATE_AFTER_SLASH = re.compile(r"^\s?(?:当天|当日|当晚|當天|當日|當晚|晚上|晚|早上|上午|下午|凌晨|中午|零时|零時|起|开始|開始|前后|前後|截止|到期|[（(](?:周|星期))")
# Day/month, as Hong Kong writes dates (31/5): a day past 12 first can hardly be a share's
# numerator over a month-sized denominator, so a word of when before it or after it is enough.
_DAY_MONTH_BEFORE = re.compile(r"(?:[於于在至到由從从自及和與与、]|(?:[日天晚]|周[一二三四五六日])\s?[（(])$")  # 昨日(31/5)
_DAY_MONTH_PARTNER = re.compile(r"\s?[至到~～—–-]\s?(?:1[3-9]|2\d|3[01])/(?:[1-9]|1[0-2])(?![\d/.])")
_DAY_MONTH_AFTER = re.compile(r"^\s?[起至到前後后止晚早上下中及和與与、（(]")
# Words around a/b that make it a share even so: 截至目前的1/3.
_FRACTION_BEFORE = re.compile(r"(?:的|约|近|占|达|仅|超|逾|过|只有|不到|不足)$")
_FRACTION_AFTER = re.compile(r"^(?:的|以上|以下|左右|多|强|弱|是|为|决赛|之|拍)")  # 4/4拍 is a time signature


def _share_context(m: re.Match[str]) -> bool:
    """Words around a/b that make it a share: 约1/3, 原来的3/2, 1/3以上, -2/7."""
    before = m.string[max(0, m.start() - 8) : m.start()]
    after = m.string[m.end() : m.end() + 4]
    return bool(_FRACTION_BEFORE.search(before) or _FRACTION_AFTER.match(after) or before.endswith(("-", "负")))


def _slash_date(m: re.Match[str]) -> str:
    month, day = int(m.group(1)), int(m.group(2))
    before = m.string[max(0, m.start() - 8) : m.start()]
    after = m.string[m.end() : m.end() + 4]
    share = _share_context(m)
    dated = _DATE_BEFORE_SLASH.search(before) or _DATE_AFTER_SLASH.match(after)
    if 1 <= month <= 12 and 1 <= day <= 31 and dated and not share:
        return f"{month}月{day}日"  # 截至12/31 is New Year's Eve, not 31分之12
    day_first = 13 <= month <= 31 and 1 <= day <= 12
    if day_first and not share and (dated or _DAY_MONTH_BEFORE.search(before) or _DAY_MONTH_AFTER.match(after)):
        return f"{day}月{month}日"  # 他於31/5離港
    partner = _DAY_MONTH_PARTNER.match(m.string, m.end())
    if partner and 1 <= month <= 31 and 1 <= day <= 12 and not share:
        return f"{day}月{month}日"  # 由1/6至30/6: the end of the range is day/month, so is its start
    return m.group(0)


def _slash_span(m: re.Match[str]) -> str:
    """5/1-5/5 after a word of time -> 5月1日至5月5日; 1/3-1/2 -> 三分之一至二分之一; else left to the rules of one a/b."""
    a, b, c, d = (int(g) for g in m.groups())
    before = m.string[max(0, m.start() - 8) : m.start()]
    after = m.string[m.end() : m.end() + 4]
    dated = _DATE_BEFORE_SLASH.search(before) or _DATE_AFTER_SLASH.match(after) or after.startswith(("期间", "期間"))
    if dated and 1 <= a <= 12 and 1 <= c <= 12 and 1 <= b <= 31 and 1 <= d <= 31:
        return f"{a}月{b}日至{c}月{d}日"
    if not dated and 0 < a < b and 0 < c < d:
        return f"{cardinal(str(b))}分之{cardinal(str(a))}至{cardinal(str(d))}分之{cardinal(str(c))}"
    return m.group(0)


def _dot_date(m: re.Match[str]) -> str:
    month, day = int(m.group(1)), int(m.group(2))
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{month}月{day}日"
    return m.group(0)


# Words before a dotted number that make it an amount (从10.5降至, 增长10.1, 约11.2), and words of change after
# one (10.5降至, 11.3上升): a decimal then, not a month.day that names a day.
_AMOUNT_WORD_BEFORE = re.compile(r"(?:从|從|由|为|為|达|達|到|是|约|約|近|超|比|较|較|仅|僅|增长|增長|下降|上升|提高|降低|增加|减少|減少)\s?$")
_CHANGE_WORDS = "(?:降|升|增|减|減|跌|涨|漲|上升|下降|提高|降低|高于|低于|高於|低於)"


def _event_day(m: re.Match[str]) -> str:
    """A dotted month.day that names a day is said digit by digit (8.31决定 -> 八三一), but 10.1 is 十一 (National
    Day, as _dated_name says), a doubled month a date (11.11 is no 一一一一 and, outside shopping, no 双十一), and
    after 至/于 it is a date."""
    month, day = m.group(1) or m.group(3), m.group(2) or m.group(4)
    if m.group(3) and _AMOUNT_WORD_BEFORE.search(m.string, max(0, m.start() - 3), m.start()):
        return m.group(0)  # a single-digit day after a word of amount is a decimal: 增长10.1
    if _VERSION_BEFORE.search(m.string, 0, m.start()) or _VERSION_AFTER.match(m.string, m.end()):
        return m.group(0)  # a version: iOS 10.3系统, Python 3.12发布, 10.2版本
    if re.search(r"(?:至|于|於|押後|押后)$", m.string[: m.start()]) or month == day:
        return f"{int(month)}月{int(day)}日"
    if (int(month), int(day)) == (10, 1):
        return "十一"
    return read_digits(month + day)


def _per_unit(m: re.Match[str], word: str) -> str:
    """元/㎡ after an amount is 元每平方米; 男/女 or 年/月 without one is left alone, and so is a
    list of words after a figure (百分之22.3），「自由/人權」)."""
    return word if _AMOUNT_BEFORE_SLASH.search(m.string, 0, m.start()) else m.group(0)


# A number and its unit word right before a per-unit slash: 2.8万元/㎡, 1500万吨/年, 39微克/立方米,
# and so before the second slash of two: 120元/月/人 -> 元每月每人.
_AMOUNT_BEFORE_SLASH = re.compile(r"\d[" + HAN + r"]{1,5}(?:/[" + HAN + r"]{1,4})*$")


_PER_UNITS = (
    "平方米|平米|立方米|平方公里|公斤|千克|公里|千米|小时|分钟|人次|千瓦时|千瓦|兆瓦|瓦|"
    "吨|斤|克|米|人|次|月|年|天|日|时|分|秒|台|辆|件|个|户|亩|升|度|张|份|套|间|晚|股|桶|瓶|盒|平|场|周|头|只|盎司|加仑|磅|克拉|立方"
)

# Unit symbols after 元/ (18.5元/kg -> 元每千克).
_PER_LATIN_UNITS: dict[str, str] = {
    "m²": "平方米", "m2": "平方米", "m³": "立方米", "m3": "立方米", "kg": "千克", "g": "克", "t": "吨",
    "km": "公里", "m": "米", "L": "升", "l": "升", "ml": "毫升", "mL": "毫升", "h": "小时", "kWh": "千瓦时",
}  # fmt: skip

# Words after a date that names a shopping day or a day of giving (618年中大促, 11.11购物节, 9.9公益日).
_SHOPPING_DAY_WORDS = "购物节|购物狂欢节|狂欢节|年中大促|大促|电商节|年货节|消费节|促销季|公益日"

# Measure words that N+ counts, each not the start of a longer word (3+个, but 3+家庭 and 5+年级 are no count).
_COUNTED_MEASURES = (
    "个|個|项|項|款|种|種|类|類|件|所|座|倍|场|場|条|條|篇|部(?![门門委])|名(?![单單校])|位(?![置])|次(?![日])|"
    "家(?![庭长長族属屬乡鄉人居])|年(?![级級轻輕代度])|天(?![然])|人(?![员員才口民士])"
)

# Measure words after which a lone 2 is 两 (两次, 两室两厅), not 二.
_LIANG_MEASURES = (
    "小时|分钟|公里|千米|千克|公斤|个|人|名|位|家|户|次|届|年|天|周|辆|厅|室|卫|条|场|岁|所|件|只|例|起|项|套|间|台|"
    "倍|成|批|种|类|份|座|栋|幢|亩|斤|吨|米|张|本|部|块|把|支|枚|颗|架|艘|头|匹|株|棵|根|片|对|双|组|队|首|篇|"
    "句|段|节|点|时|分|秒|元|角|毛|轮|趟|遍|回|笔|宗|处|剂|针|箱|瓶|袋|包|桌|大|金(?!融)|银(?!行)|铜|番(?!茄)|幅|门|尊|卷|"
    # units read from their symbols (2ha -> 两公顷, 2μg -> 两微克), as wetext reads them
    "公顷|克|毫克|微克|升|毫升|纳秒|皮秒|毫秒|微秒|瓦|千瓦|兆瓦|伏|千伏|赫兹|分贝|千帕|兆帕|千卡|平方|立方|"
    # and the SI-prefixed ones of data, frequency, power and energy (2GB -> 两吉字节, 2GHz -> 两吉赫, 2GW -> 两吉瓦);
    # a voice reading Latin is left the symbol (两GB)
    "千字节|兆字节|吉字节|太字节|拍字节|千赫|兆赫|吉赫|吉瓦|太瓦|吉焦|太焦|兆焦|千焦|"
    # imperial and other units news quotes (2英里 -> 两英里, 2盎司, 2光年)
    "英里|英尺|英寸|英亩|盎司|磅|加仑|海里|光年|公升|马力|卡路里|"
    r"(?:KB|kB|MB|GB|TB|PB)(?![A-Za-z\d])"
)

# Length symbols that a ² or ³ makes an area or a volume, not a power.
_AREA_LENGTHS = frozenset({"m", "cm", "km", "mm", "dm", "ft", "in", "mi", "yd", "nm", "μm"})

# The traditional forms of those measure words, as Hong Kong and Taiwan print them (兩個, 兩條, 兩時半), and
# of 万 and 亿 (兩萬, 兩億: the leading 2 of a magnitude is 两, as in simplified text).
_LIANG_MEASURES_TRADITIONAL = (
    "小時|分鐘|公裡|個|條|時|點|歲|間|輛|張|場|隻|屆|項|種|層|組|隊|節|週|頭|臺|對|雙|類|塊|顆|門|筆|處|針|輪|劑|"
    "級|盞|萬|億"
)

# Words a lone 2 counts that are no measure elsewhere (a number before them may still be a name or a year):
# 两款新车, 中美两国, 两地, 沪深两市, 两省, 打进两球, 连输两局, 道路两侧, 两端; and measure words that only
# count, never number (两朵玫瑰, 两束花, 两滴, 两串, 两扇门, 两顿饭, 两声, 两步, 两拳, 两截, 两伙).
_LIANG_COUNTED = "款|国(?!道)|党|地(?!铁)|市|省(?!道)|县(?!道)|村|校|局|球|杆|侧|端|边|拨|朵|束|滴|串|扇|顿|声|步|拳|截|伙"

_CLAUSE_END = r"(?=$|[，,、；;。！!？?\s/）)（(]|\.(?!\d))"
_CLAUSE_START = r"(?:^|(?<=[，,、；;。！!？?\s/：:（(]))"

# Words after which a number of 4+ digits is a code, read digit by digit with 一 for 1: 邮编321300.
_CODE_WORDS = (
    "编号|代码|编码|号码|证号|身份证|账号|帐号|卡号|邮编|邮政编码|工号|学号|批号|单号|文号|型号|车次|房号|房间号|"
    "门牌号|车牌号|航班号|尾号|尾数|微信号|序列号|识别码|验证码|密码|口令|货号|取件码|提货码|取餐码|兑换码|邀请码"
)

# Words after which a 3-5 digit number is a number to call: 拨打12306, 给12315打.
_CALL_WORDS = r"电话|手机|热线|传真|联系方式|咨询|拨打|致电|拨通|呼叫|Tel|TEL|tel|☎|☏"
# 6-8 digit numbers listed after a phone number already read: 电话：633559，720107，745823
# Words that end the name of an event, a list or a report, which a year opens: 2019中国西藏发展论坛, 2018进博会
# (the abbreviated fairs: 进博会, 服贸会, 广交会, 投洽会)
_EVENT_WORDS = (
    "论坛|峰会|博览会|交易会|展览会|博会|贸会|交会|洽会|运动会|锦标赛|大赛|对抗赛|公开赛|邀请赛|挑战赛|冠军赛|巡回赛|年度报告|旅游年|文化年|交流年|友好年|大会|年会|榜单|排行榜|"
    "阅兵|晚会|春晚|音乐节|电影节|艺术节|文化节|马拉松|研究报告|白皮书|蓝皮书|世界杯|奥运会|冬奥会|残奥会|"
    "亚运会|欧洲杯|全运会|书展|纪录片展|消费季|倡议|大选|选举|区选|考试|组委会|筹委会|冠状病毒|议程|纲要|愿景|规划|战略|"
    "論壇|峰會|博覽會|交易會|運動會|錦標賽|大會|年會|晚會|奧運會|冬奧會|殘奧會|亞運會|大選|選舉|區選|組委會|籌委會|冠狀病毒"
)

_PHONE_LIST = re.compile(r"(?<=[零幺一二三四五六七八九]{5}[，,、/])\s?\d{6,8}(?:[，,、/]\s?\d{6,8})*(?![\d.])")

# Words of telecoms that make 5g the network, not five grams.
_NETWORK_WORDS = re.compile("网络|技术|时代|手机|基站|信号|套餐|牌照|商用|通信|标准|专利|终端|芯片|用户|运营商|华为|移动|联通|电信")
# Words of a season and of an event that a two-digit year before them dates: 97年夏天, 88年奥运会.
_SEASON_WORDS = r"夏天|春天|秋天|冬天|夏季|春季|秋季|冬季|年初|年底"
_DATED_EVENTS = r"奥运会|残奥会|世界杯|欧洲杯|美洲杯|亚洲杯|亚运会|全运会|春晚|高考|大选|金融危机|经济危机|洪水|大地震|地震"
_CLAUSE_MARK = re.compile(r"[，,。；;！!？?\n]")


# Words before a lowercase 5g that weigh something out (加入5g盐, 每份含5g), and what follows grams (5g盐, 5g左右).
_GRAMS_BEFORE = re.compile(r"(?:含|加|放|入|撒|重|约|每|仅|取|用|摄入|食用|不超过|不足|少于|多于|超过|添加|称)了?$")
_GRAMS_AFTER = re.compile(r"[/盐糖油粉肉米面水酒茶醋酱汁蛋奶豆菜果药]|左右|以上|以下|以内|上下")
# After a lowercase 5g, what a name is followed by: 所谓的5g的, 5g是, 5g这个, 讨论5g。
_NAME_AFTER = re.compile(r"(?:[的是这那了和与及、，,。；;！!？?+]|$)")
_MEASURE_IN_GRAMS = re.compile(r"\d(?:\.\d+)?\s?(?:g|克|mg|毫克|kg|千克|ml|毫升)(?![A-Za-z])")


def _network_generation(m: re.Match[str]) -> str:
    """5g in a clause that speaks of telecoms is the network (5G); so is a 5g said like a name (所谓的5g的,
    5g是), unless words of weighing or a list of measures around it say grams (汤里加入5g盐, 脂肪2g)."""
    text = m.string
    start = max((b.end() for b in _CLAUSE_MARK.finditer(text, 0, m.start())), default=0)
    end = _CLAUSE_MARK.search(text, m.end())
    clause = text[start : end.start() if end else len(text)]
    network = m.group(1) + "G"
    if _NETWORK_WORDS.search(clause):
        return network
    sentence_start = text.rfind("。", 0, m.start()) + 1
    sentence_end = text.find("。", m.end())
    sentence = text[sentence_start : sentence_end if sentence_end >= 0 else len(text)]
    weighed = (_GRAMS_BEFORE.search(text, start, m.start()) or _GRAMS_AFTER.match(text, m.end())
               or len(_MEASURE_IN_GRAMS.findall(sentence)) > 1)
    if not weighed and _NAME_AFTER.match(text, m.end()):
        return network
    return m.group(0)


# Rules that read Latin letters as part of something else (currency codes, units,
# NO.1, road stakes): they run for every voice, before Latin is kept or spelled.
_SYMBOL_RULES: list[tuple[re.Pattern[str], object]] = [
    # a year after the copyright sign is a year, the sign unsaid: ©2023 -> 二零二三, ©2020-2025
    (re.compile(r"©\s?((?:1[89]|20)\d\d)(?:\s?[-–—~～]\s?((?:1[89]|20)\d\d))?(?![\d.])"),
     lambda m: read_digits(m.group(1)) + ("至" + read_digits(m.group(2)) if m.group(2) else "")),
    # a metric prefix before the ohm (already said 欧姆): 10kΩ -> 10千欧姆, 1MΩ, 50mΩ
    (re.compile(r"(?<=\d)\s?([kKMm])(?=欧姆)"), lambda m: {"k": "千", "K": "千", "M": "兆", "m": "毫"}[m.group(1)]),
    # an ISO date and time, joined by its T: 2025-05-20T10:20:30 -> the date, T, the time (not a code 20T10)
    (re.compile(r"(?<![\d.])((?:19|20)\d\d-[01]\d-[0-3]\d)T(?=[0-2]\d:[0-5]\d)"), lambda m: m.group(1) + " T "),
    # a number with masked digits is a phone, card or ID number, read digit by digit (the mask is silent):
    # 138****5678 -> 幺三八****五六七八 (not 一百三十八****五千六百七十八), 尾号****1234
    (re.compile(r"(?<![\dA-Za-z*＊])\d*(?:[ \t]?[*＊]{2,}[ \t]?\d*)+(?<=[\d*＊])"), _masked_number),
    # a span of two a/b (before a dash is taken for a score): dates after a word of time (活动时间5/1-5/5), else shares if both are (1/3-1/2)
    (re.compile(r"(?<![\d/.A-Za-z])(\d{1,2})/(\d{1,2})\s?[-–—~～至到]\s?(\d{1,2})/(\d{1,2})(?![\d/.%])"), _slash_span),
    # three or more single digits joined by dashes name a formation or a countdown, not a sum:
    # 4-3-3阵型 -> 四三三阵型, 3-2-1, 5-4-3-2-1 (a sum is written with spaces or has its =); four or more groups
    # of digits are a code, read digit by digit: ISBN 978-7-111-12345-6, a card number 6222-0000-1234-5678
    (re.compile(r"(?<![\d.\-])(?:\d(?:-\d){2,}|\d+(?:-\d+){3,})(?![\d.\-])(?!\s?=)"), lambda m: read_digits(m.group(0))),
    # three numbers joined by long dashes are no range (a range has two ends): each is said, the dashes kept as
    # pauses: “20—20—20”口诀 -> 二十—二十—二十 (not 二十至二十—二十)
    (re.compile(r"(?<![\d.\-—–])(\d{1,3})([—–])(\d{1,3})\2(\d{1,3})(?![\d.\-—–])"),
     lambda m: m.group(2).join(cardinal(m.group(i)) for i in (1, 3, 4))),
    # 1,000,000 -> 1000000 (wetext misreads more than one group); a grouped number is a quantity,
    # read as one where no sign or letter around it takes the digits (11,119,100 is no phone number)
    # (a minus before it is 负: -12,345元; thousands grouped by spaces before a unit or a measure word are one
    # number too: 10 000元, 1 234 567人, where phone numbers group by fours)
    (re.compile(r"(?<![\dA-Za-z.])-(?=\d{1,3}(?:,\d{3})+(?!\d))"), lambda m: "负"),
    (re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d])"), _grouped_number),
    (re.compile(r"(?<![\d.\s])([1-9]\d{0,2}(?: \d{3})+)(?![\d])(?=\s?(?:[" + "".join(sorted(_QUANTITY_CHARS)) + r"]|" + _CURRENCY_WORDS + "))"),
     lambda m: m.group(1).replace(" ", "")),
    # between two amounts that each carry their sign, a dash is a range and a plus a sum, not a minus or a
    # plus sign: £12.99-£19.99 -> 至, ¥500 + €60 -> 加
    (re.compile(r"(?<=\d)\s?([-–—~～+])\s?(?=[$¥€£₩₹₽₺₫₱₦₪₴฿]\s?\d)"), lambda m: "加" if m.group(1) == "+" else "至"),
    # money signs and codes: ¥1.5万 -> 1.5万元, US$5 -> 5美元, ₩100 -> 100韩元
    (_CURRENCY_RE, _money),
    # a currency sign after an amount, as in Europe: 30€ -> 30欧元, 876¥ -> 876元
    (re.compile(r"(?<![A-Za-z\d.])(\d+(?:\.\d+)?[万亿千百萬億]*)\s?([€£¥$₩₹₽₺])(?!\s?\d)"),
     lambda m: m.group(1) + _currency_word(m.group(2), m.string)),
    # a comparison sign before a number: 气温>35℃, ≤364.66, x>5 (wetext reads it only between two numbers)
    (re.compile(r"\s?([<>≥≤≠≈])\s?(?=[-+]?\d)"), lambda m: _COMPARISON_WORDS[m.group(1)]),
    # currency codes after an amount: 100 USD -> 100美元
    (re.compile(r"(?<![\d.])(\d+(?:\.\d+)?[万亿千百萬億]*)\s?(" + "|".join(c for c in _CURRENCY_SIGNS if re.fullmatch("[A-Z]{3}", c)) + r")(?![A-Za-z])"),
     lambda m: m.group(1) + _CURRENCY_SIGNS[m.group(2)]),
    # QQ numbers are codes: QQ号123456789 -> QQ号一二三四五六七八九 (runs before Latin is kept)
    (re.compile(r"(?<![A-Za-z])(QQ|qq)(号码|号|群)?([:：为是]?\s?)(\d{5,})(?![\d.])"),
     lambda m: m.group(1) + (m.group(2) or "") + m.group(3) + read_digits(m.group(4))),
    # airliners are named digit by digit: 波音737 -> 波音七三七, 737MAX, 空客A320 (the letter code rule)
    # with the variant as a round number: 波音777-200 -> 波音七七七二百
    (re.compile(r"(?<=波音)(\s?)(\d{3})(?:-(\d{1,3}))?(?![\d.])|(?<![\d.A-Za-z])(\d{3})(?=\s?MAX(?![A-Za-z]))"),
     lambda m: (m.group(1) or "") + read_digits(m.group(2) or m.group(4)) + _airliner_variant(m.group(3))),
    # a charger's output: 5V2A -> 5伏2安
    (re.compile(r"(?<![A-Za-z\d.])(\d+(?:\.\d+)?)\s?V\s?(\d+(?:\.\d+)?)\s?A(?![A-Za-z])"), lambda m: f"{m.group(1)}伏{m.group(2)}安"),
    # a standard's number and year: GB18030-2005, ISO 9001-2015 -> GB一八零三零杠二零零五; without its year too
    # (ISO 9001认证 -> ISO九零零一, not 九千零一); the year after a Chinese standard's dash (GB 2760—2014) or
    # ISO's colon (ISO 9001:2015, the colon unread) is a year too
    (re.compile(r"(?<![A-Za-z])((?:GB|ISO|IEC|JB|HJ|YY|QB|JGJ|DB\d{2})(?:/T)?)\s?(\d{3,5}(?:\.\d+)?)(?:([-—–:：])((?:19|20)\d\d))?(?![\d.])"),
     lambda m: m.group(1).replace("/", "") + read_digits(m.group(2))
     + ((":" if m.group(3) in ":：" else "杠") + read_digits(m.group(4)) if m.group(4) else "")),
    # an x between two numbers is a times sign: 100x100mm, 3x3篮球 -> 3乘3 (0x1F is a hex code)
    (re.compile(r"(?<![\dA-Za-z.])(?!0[xX])(\d+(?:\.\d+)?)\s?[xX×]\s?(?=\d)"), lambda m: m.group(1) + "×"),
    # players a side: 3v3 -> 3对3 (wetext: 三伏特三)
    (re.compile(r"(?<![\d.A-Za-z])(\d{1,2})\s?[vV]\s?(\d{1,2})(?![\d.A-Za-z])"), lambda m: f"{m.group(1)}对{m.group(2)}"),
    # decades: 1970s -> 一九七零年代
    (re.compile(r"(?<![\d.])((?:1[5-9]|20)\d0)['’]?s(?![A-Za-z])"), lambda m: read_digits(m.group(1)) + "年代"),
    # a year joined to a Latin name by a hyphen is a label: 2019-nCoV -> 二零一九nCoV
    (re.compile(r"(?<![\d.A-Za-z])((?:19|20)\d\d)-(?=[A-Za-z])"), lambda m: read_digits(m.group(1))),
    # a model's 3-4 digit number after its capitals and a space is read as the same code unspaced is, digit by
    # digit: RTX 4060 -> RTX四零六零, GTX 1080 (a round TOP 100 or S&P 500 is a count; RTX 4060元 an amount, and
    # so is a test's value before its unit symbol, UA 320μmol/L, PA 250 mg/L, and an index's value that ends a
    # clause or is bounded: AQI 156，, AQI 156以上)
    (re.compile(r"(?<![A-Za-z&])([A-Z]{2,})[ \t](?!\d*00(?!\d))(\d{3,4})(?![\d.,%‰:：/\-A-Zμ°℃Ω])(?!\s?[a-zμ])"
                r"(?!\s*(?:$|[，,。；;！!？?、]|以上|以下|上下))(?![" + "".join(sorted(_QUANTITY_CHARS))
                + r"])(?!" + _LIANG_MEASURES + "|" + _PER_UNITS + "|" + _CURRENCY_WORDS + ")", re.M),
     lambda m: m.group(1) + read_digits(m.group(2))),
    # numbers listed after a letter code share its reading: EH105、106 -> EH105、一零六 (the code is read later)
    (re.compile(r"(?<=[A-Za-z])(\d{3,4})((?:[、，,和及与或]\d{3,4})+)(?![\d.%/])"),
     lambda m: m.group(1) + re.sub(r"\d+", lambda d: read_digits(d.group(0)) if len(d.group(0)) == len(m.group(1)) else d.group(0), m.group(2))),
    # Roman numerals in capitals after 第 or before a word they number: 第II卷 -> 第二卷, III期临床 -> 三期临床
    # (one letter alone only after 第: V型反转 is a shape)
    (re.compile(r"(?<![A-Za-z])(?:(?<=第)[IVX]{1,4}|[IVX]{2,4}(?=型|期|类|類|级|級|卷|章|代|世|阶段|階段|号|號|区|區))(?![A-Za-z])"), _roman_numeral),
    # a case or file number with its year after a slash: WKCC494/2020, CCDI333-334/16 (not a share)
    # (a list of them shares the year: WKCC4321、4322/2019)
    # (DCCC 767/2020 with a space too, CCDI-481/2019 with a dash, which is not read)
    (re.compile(r"(?<![A-Za-z\d])([A-Z]{2,})(?:-(?=\d))?(\s?)(\d{2,}(?:[-、，,]\d{2,})*)/(\d{2}|(?:19|20)\d\d)(?![\d/])"),
     lambda m: m.group(1) + m.group(2) + re.sub(r"\d+|-", lambda d: "至" if d.group(0) == "-" else read_digits(d.group(0)), m.group(3)) + "斜杠" + read_digits(m.group(4))),
    # NO.1 -> 第1
    (re.compile(r"(?<![A-Za-z])[Nn][Oo]\.\s?(\d+)(?![\d.])"), _no_number),
    # an English ordinal is 第: 1st -> 第1, 22nd, 3rd, 10th, 第2nd (only with the suffix its number takes: 1th is none)
    # (in English text it stays English: the 1st Avenue)
    (re.compile(r"第?(?<![A-Za-z\d.])(?<![A-Za-z][ \t])(\d{1,4})(st|nd|rd|th)(?![A-Za-z\d])(?![ \t][A-Za-z])"),
     lambda m: f"第{m.group(1)}" if m.group(2) == _ordinal_suffix(m.group(1)) else m.group(0)),
    # road stake numbers: K1234+500 -> 开1234加500 (kilometre 1234 plus 500 metres)
    (re.compile(r"(?<![A-Za-z])K(\d+)\+(\d+)(?![\d.])"), lambda m: f"{LETTER_NAMES['K']}{m.group(1)}加{m.group(2)}"),
    # a car dealer is a 4S店, not four seconds; 5g before a network word, or in a clause that speaks of one
    # (5g是一组专利技术), is the network, not grams (汤里加入5g盐)
    (re.compile(r"(?<![\d.A-Za-z])4s(?=店)"), lambda m: "4S"),
    (re.compile(r"(?:(?<![\d.A-Za-z])|(?<=\dg))([2-6](?:\.5)?)g(?:(?![A-Za-z\d])|(?=[2-6](?:\.5)?g(?![A-Za-z])))"), _network_generation),
    # k for 千 in a salary or a price: 月薪8k -> 月薪8千, 8k-15k (4k电视 is a resolution, its letter spelled)
    (re.compile(r"(?<=薪|资|入|价|费|金|奖)([为是:：]?\s?)(\d+(?:\.\d+)?)[kK](?:\s?([-~～至到])\s?(\d+(?:\.\d+)?)[kK])?(?![A-Za-z])"),
     lambda m: m.group(1) + _thousands(m.group(2)) + ("至" + _thousands(m.group(4)) if m.group(4) else "")),
    # a model's letter after a product name's number is spelled, not a unit: iPhone 7s -> iPhone 7S (not 七秒)
    (re.compile(r"(?<=[A-Za-z]{2})(\s?\d{1,3})([scexriu])(?![A-Za-z\d])"), _model_letter),
    # a range of percentages joined by a word says 百分之 at both ends: 5到10% -> 5%到10% (as 5-10% is read)
    (re.compile(r"(?<![\d.%第])(\d+(?:\.\d+)?)(\s?[到至]\s?)(?=\d+(?:\.\d+)?\s?%)"), lambda m: m.group(1) + "%" + m.group(2)),
    # parts per million or billion are shares, said like per mille: 410ppm -> 百万分之410
    (re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?(ppm|ppb)(?![A-Za-z])"), lambda m: {"ppm": "百万分之", "ppb": "十亿分之"}[m.group(2)] + m.group(1)),
    # units wetext does not know
    (_UNIT_RE, _unit_symbol),
    (_UNIT_AFTER_MAGNITUDE_RE, lambda m: m.group(1) + _UNITS_AFTER_MAGNITUDE[m.group(2)]),
    # broadband speeds: 1000M宽带 -> 1000兆宽带
    (re.compile(r"(?<=\d)\s?M(?=宽带|带宽|光纤|光宽带|网速)"), lambda m: "兆"),
    # w for 万 in web-style counts: 300w张 -> 300万张
    # (a lowercase w is watts where words of power stand by it: 65w快充, 充电功率为120w, 20w的灯泡)
    (re.compile(r"(?<=\d)w(?=[" + HAN + r"+]|$|[，,。；;！!？?、）)\s])", re.M), _w_after_number),
    # display resolutions are read digit by digit: 分辨率为1920×1080 -> 一九二零乘一零八零
    # (not half a pair whose second number runs into a unit: 4800×1200dpi is a printer's, left to the times sign)
    (re.compile(r"(?<=分辨率)([为是达到:：\s]{0,2})(\d{3,4})(?:\s?[×xX*]\s?(\d{3,4}))?(?![\d.A-Za-z])(?!\s?[×xX*]\s?\d)"), _resolution),
    # a car's plate is read digit by digit, 一 for 1, also with the dot or space printed after its letter:
    # 京A·12345, 粤B 88888, 沪A-12345 (浙G12345 is read as a letter code)
    (re.compile(r"([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳])([A-Z])[·•・\s-]([A-Z\d]{5,6})(?![A-Za-z\d])"),
     lambda m: m.group(1) + m.group(2) + re.sub(r"\d", lambda d: _DIGIT_NAMES[int(d.group(0))], m.group(3))),
    # two clock times or time ranges side by side, split by a space or a slash, are two items, not one
    # number: 8:00~12:00 14:00~18:00, 8:30-11:30/14:00-17:00 (a pause, not 十二点十四点); a dash before 次日
    # joins a range: 22:00-次日6:00
    (re.compile(r"(?<=\d:\d\d)(?:\s*/\s*|\s+)(?=\d{1,2}:\d\d)"), lambda m: "，"),
    (re.compile(r"(?<=\d:\d\d)\s?[-—–~～]+\s?(?=次日|翌日)"), lambda m: "至"),
    # a year before its quarter or half is a year: 2023Q3 -> 二零二三Q3, 2024H1
    (re.compile(r"(?<![\d.])((?:19|20)\d\d)(?=\s?(?:Q[1-4]|H[12])(?![A-Za-z\d]))"), lambda m: read_digits(m.group(1))),
    # a discount is said digit by digit: 8.5折 -> 八五折, 88折 -> 八八折 (no discount is ten or more)
    (re.compile(r"(?<![\d.])([1-9])\.?([1-9])(?=\s?折(?!合|算|旧|射))"), lambda m: read_digits(m.group(1) + m.group(2))),
    # a day-part word already says the half of the day: 晚上10:30pm -> 晚上10:30 (not 晚上下午十点三十分)
    (re.compile("(" + _DAY_PARTS + r"\s?\d{1,2}:[0-5]\d(?::[0-5]\d)?)\s?[ap]\.?m\.?(?![A-Za-z])", re.I), lambda m: m.group(1)),
    # era marks after a year or a whole date: 2934AD -> 公元2934年, 1823年3月bc -> 公元前1823年3月
    (re.compile(r"(?<![\d.])(\d{1,4})(年(?:\d{1,2}月(?:\d{1,2}[日号])?)?)?\s?(?:(a\.?d\.?)|b\.?c\.?)(?![A-Za-z])", re.I),
     lambda m: ("公元" if m.group(3) else "公元前") + (read_digits(m.group(1)) if len(m.group(1)) == 4 else m.group(1)) + (m.group(2) or "年")),
]

_PRE_RULES: list[tuple[re.Pattern[str], object]] = [
    # a numbered item opening a line or a sentence: 3. 加强监管 -> 3、加强监管, 1. Sally Yates是 (the dot is no
    # decimal point)
    (re.compile(r"(?:^|(?<=[。；;：:！!？?“「『]))([ \t]*\d{1,2})[.．][ \t]*(?=[" + HAN + r"“「《（(A-Z])", re.M), lambda m: m.group(1) + "、"),
    # a plus after a round number before a word is 多: 100+项 -> 一百多项, 3万+人, 1.2万+件; ending a clause it is 加: 10万+,
    # 95%+; 多 cannot follow a number that is not round (三十五多), so 35+案件 says the plus: 三十五加案件
    (re.compile(r"(?:(?<=\d0)|(?<=\d[万亿萬億千百]))\+(?=[" + HAN + r"])"), lambda m: "多"),
    # ... and before a measure word it says at least that many: 3+个 -> 三个以上, 5+年 -> 五年以上 (三加个 is no reading)
    (re.compile(r"(?<=\d)\+(" + _COUNTED_MEASURES + ")"), lambda m: m.group(1) + "以上"),
    (re.compile(r"(?<=\d)\+(?=[" + HAN + r"])"), lambda m: "加"),
    # ... and so is one after a percent before a word, a sum in a formula (收益率×95%+银行活期存款利率×5%)
    (re.compile(r"(?<=\d[%％])\+(?=[" + HAN + r"])(?!的)"), lambda m: "加"),
    # ... but a decimal count of 万 is a figure, not the 10万+ label: 阅读量1.2万+ -> 一点二万多; a sum of 万s is a sum
    (re.compile(r"(\d\.\d+[万亿萬億])\+(?![\dA-Za-z])"), lambda m: m.group(1) + "多"),
    (re.compile(r"(?<=\d[万亿萬億千百])\+(?=\d)"), lambda m: "加"),
    (re.compile(r"(?<=[\d万亿%％])\+(?![\dA-Za-z" + HAN + r"])"), lambda m: "加"),
    # a figure or table number: 图2-1 -> 图2杠1 (not a score)
    (re.compile(r"(?<=图|表|式)(\d{1,2})-(\d{1,2})(?![\d.])"), lambda m: f"{m.group(1)}杠{m.group(2)}"),
    # an aircraft's variant after its letter code is not a range: A350-900 -> A三五零九百, ARJ21-700
    (re.compile(r"(?<![A-Za-z\d])([A-Z]{1,3})(\d{2,3})-(\d{3})(?![\d.%])"),
     lambda m: m.group(1) + (read_digits(m.group(2)) if len(m.group(2)) == 3 else cardinal(m.group(2))) + _airliner_variant(m.group(3))),
    # per mille / per ten thousand
    (re.compile(r"(-?)(\d+(?:\.\d+)?)‰"), lambda m: ("负" if m.group(1) else "") + "千分之" + m.group(2)),
    (re.compile(r"(-?)(\d+(?:\.\d+)?)‱"), lambda m: ("负" if m.group(1) else "") + "万分之" + m.group(2)),
    # a 万 group under 亿 short of four digits is said after 零, as the one number it is:
    # 1亿320万 -> 一亿零三百二十万, 5亿0320万 -> 五亿零三百二十万 (5亿3200万 needs none)
    (re.compile(r"(?<=\d[亿億兆])0*([1-9]\d{0,2})(?=[万萬])"), lambda m: "零" + m.group(1)),
    # likewise the digits after 万 or 千 when they are a lower place, not the next one down:
    # 2万50 -> 两万零五十, 5万0500 -> 五万零五百, 3千50 -> 三千零五十 (2万5 and 3千5 are 两万五, 三千五)
    (re.compile(r"(?<=\d[万萬])(?:0+([1-9]\d{0,2})|([1-9]\d{1,2}))(?![\d.．])"),
     lambda m: "零" + (m.group(1) or m.group(2))),
    (re.compile(r"(?<=\d千)(?:0+([1-9]\d?)|([1-9]\d))(?![\d.．])"), lambda m: "零" + (m.group(1) or m.group(2))),
    # a zero decimal before 万/亿 says nothing: 1302.0万人 -> 1302万人
    (re.compile(r"(?<![\d.])(\d+)\.0+(?=\s?[万亿])"), lambda m: m.group(1)),
    # money drops trailing zero decimals: 36.00元 -> 36元; so does a percentage given to two places or more,
    # 0.70% -> 0.7%, but one given to one place keeps it: a statistic's 增长5.0% is said 百分之五点零
    (re.compile(r"(?<![\d.])(\d+)\.(\d*0)(?=\s?(?:[万亿千百萬億]*(?:" + _CURRENCY_WORDS + r")))|(?<![\d.])(\d+)\.(\d+0)(?=\s?%)"),
     _money_decimals),
    # below zero: -10℃ -> 零下10摄氏度
    # (also the range -5~-3℃ -> 零下5至零下3摄氏度)
    (re.compile(r"(?<![\d.A-Za-z])[-−](\d+(?:\.\d+)?)(?:\s?(?:[~～至到—–]+|-(?=\s?[-−]?\d))\s?([-−]?)(\d+(?:\.\d+)?))?\s?(摄氏度|华氏度|°C|°F|°|度)"),
     _below_zero),
    # ... and so is a minus after a word of temperature, with no unit: 气温-3 -> 气温零下3, 最低气温将降至-5
    (re.compile(r"((?:气温|氣溫|温度|溫度|低温|低溫|高温|高溫|体感|體感)(?:将|將)?(?:为|為|是|达|達|在|约|約|仅|僅|降至|降到|跌至|跌到|低至|只有)?\s?)"
                r"[-−](\d+(?:\.\d+)?)(?![\d.%‰])"),
     lambda m: m.group(1) + "零下" + _decimal(m.group(2))),
    # telephone numbers, 幺 for 1
    # the trunk 0 bracketed after a country code is not dialled from abroad: +86 (0)10 1234 5678
    (re.compile(r"\+\s?(\d{1,3})\s?[(（]0[)）]\s?(?=\d)"), lambda m: f"+{m.group(1)} "),
    # a number dialled with the international prefix 00: 0086-10-12345678, 00852 2345 6789 (no minus, no range)
    (re.compile(r"(?<![\d.\-])00[1-9]\d{0,2}(?:[-\s]\d{1,4}){0,2}[-\s]\d{4,11}(?![\d.%])"),
     lambda m: _phone(m.group(0)) if len(re.sub(r"\D", "", m.group(0))) >= 10 else m.group(0)),
    (re.compile(r"\+\s?86\s?-?(?=1[3-9]\d)"), lambda m: "加八六"),
    # international numbers: +86-10-12345678 -> 加八六幺零幺二三四五六七八
    (re.compile(r"\+\s?(\d{1,3})\s?[-\s]\s?(\(?\d{1,4}\)?(?:[\s-]?\d{2,}){1,3})(?![\d.%])"), _international_phone),
    (PHONE_NUMBER, _phone_number),
    # a landline in three dashed groups, or with a short local number: 0371-6666-8888, 0371-12345 (no minus)
    (re.compile(r"(?<![\d.\-])0[1-9]\d{1,2}[-‐–—](?:\d{3,4}[-‐–—]\d{4}|\d{5,6})(?![\d.\-])"), lambda m: _phone(m.group(0))),
    # a country code or an area code said alone is said like the phone number it opens: +86 -> 加八六,
    # 区号0371 -> 区号零三七幺 (not 正八十六, 零三七一)
    (re.compile(r"(?<![\d.A-Za-z])\+\s?(86|852|853|886)(?![\d.%])"), lambda m: "加" + _phone(m.group(1))),
    (re.compile(r"((?:区号|區號|国际区号|國際區號|国家代码|國家代碼)[:：为是為]?\s?)(\+?)(\d{1,4})(?![\d.])"),
     lambda m: m.group(1) + ("加" if m.group(2) else "") + _phone(m.group(3))),
    # a landline printed in groups: 0571 8888 8888, 0571-8888 8888
    (re.compile(r"(?<![\d.])0\d{2,3}(?:\s|\s?[-‐–—]\s?)\d{3,4}\s\d{4}(?!\.?\d)"), lambda m: _phone(m.group(0))),
    (re.compile(r"((?:" + _CALL_WORDS + r")(?:号码|号)?)([:：为是]?\s?)(\d{5,8}|\d{3,4}-\d{4})(?![\d.])"),
     lambda m: m.group(1) + m.group(2) + _phone(m.group(3))),
    # service and emergency numbers after a call word: 拨打12306, 给12315打个电话, 拨打110报警
    (re.compile(r"(拨打|致电|拨通|呼叫|报警电话|急救电话|热线)(\d{3,5})(?![\d.])"), lambda m: m.group(1) + _phone(m.group(2))),
    (re.compile(r"(?<=给)(\d{3,5})(?=打|拨|致电|去电)"), lambda m: _phone(m.group(1))),
    # Hong Kong's and America's emergency lines before a call's purpose: 999求助, 999緊急熱線, 911报警系统
    # (收到999个求助 counts)
    (re.compile(r"(?<![\d.A-Za-z])(999|911)(?=\s?(?:报警|報警|求助|求救|急救|紧急|緊急|热线|熱線|电话|電話|中心|台|系统|系統))"),
     lambda m: _phone(m.group(1))),
    # a bare 打 calls a three-digit emergency line when a call's purpose or the clause's end follows:
    # 打999报警, 我尋晚打999 (打了999次 and 打100分 count)
    (re.compile(r"(?<![拨敲击殴扑攻开])(?<=打)(\d{3})(?=报警|求助|求救|叫|召|电话|热线|[唔嘅，,。；;！!？?、]|$)", re.M), lambda m: _phone(m.group(1))),
    # ... or before the line it names: 911是报警电话, 96110反诈专线 (not 1200通电话, 2000元电话费)
    (re.compile(r"(?<![\d.A-Za-z])(\d{3,5})(?=(?:是|为|就是)?(?:报警|急救|火警|求助|求救|服务|咨询|投诉|举报|客服|反诈|市民|救援|值班|订票|查号|政务|便民|心理|维权)?(?:电话|热线|专线))"),
     lambda m: _phone(m.group(1))),
    (re.compile(r"(?<=[请可或直])拨(\d{3,5})(?![\d.])"), lambda m: "拨" + _phone(m.group(1))),
    # extension after a phone number read above: 转8001, 分机8001
    (re.compile(r"(?<=[零幺二三四五六七八九])(转|分机)(\d{1,6})(?![\d.])"), lambda m: m.group(1) + _phone(m.group(2))),
    # a list of bare 6-8 digit numbers is a list of phone numbers: 666622，664371
    (re.compile(_CLAUSE_START + r"(\d{6,8})(?=[，,、]\s?\d{6,8}" + _CLAUSE_END + ")", re.M), lambda m: _phone(m.group(1))),
    # more numbers listed after a phone number: 电话：633559，720107
    (_PHONE_LIST, lambda m: re.sub(r"\d+", lambda d: _phone(d.group(0)), m.group(0))),
    # service lines listed after one already read: 拨打12345、12315、12368 (not 一万二千三百六十八)
    # (工商12315、质监12365: an office's name may open each item)
    (re.compile(r"(?<=[零幺一二三四五六七八九]{3})(?:(?:[，,/和或及]|、[" + HAN + r"]{0,4})\s?(?:1[12]\d|1\d{4}|9\d{4})(?![\d.%])(?![" + "".join(sorted(_QUANTITY_CHARS)) + r"]))+"),
     lambda m: re.sub(r"\d+", lambda d: _phone(d.group(0)), m.group(0))),
    # codes after a keyword, 一 for 1: 邮编321300, 取件码3-2-1056 (账号7871个 counts accounts); a part of
    # the code named between them is the code too: 身份证号前六位是310101, 卡号开头6222, 身份证号码的前六位,
    # 身份证片段 3301051998, 卡号最后四位数字是6222
    (re.compile(r"(" + _CODE_WORDS + r")((?:的?(?:开头|结尾|片段|最?[前后末][一二三四五六七八九十\d]{1,2}位(?:数字)?))?[:：为是]?\s?)(\d{4,}(?:-\d+)*|\d+(?:-\d+)+)(?![\d.])(?!\s?(?:[个条家名人次件项户批张份本万亿]|余|多))"),
     lambda m: m.group(1) + m.group(2) + read_digits(m.group(3))),
    # a postal code after the place it serves, with no word to name it: 深圳福田区 518000 (China's codes are six
    # digits, 1 to 8 first); not after a word for the whole place (全市, 本区), nor before a word or a sign that
    # makes it a count (福田区 518000人)
    (re.compile(r"(?<=[" + HAN + r"]{2}[区县市省州旗镇乡])(?<![全本该此各每其同][区县市省州旗镇乡])\s?([1-8]\d{5})(?![\d.,])"
                r"(?!\s?[" + HAN + r"A-Za-z\d%‰])"),
     lambda m: read_digits(m.group(1))),
    # a clause that is only an 8-digit number that is not round is a local phone number
    (re.compile(_CLAUSE_START + r"(\d{8})" + _CLAUSE_END, re.M), _standalone_number),
    # 111 is no service line (110, 112, 114, 119, 120, 122 are): alone it is a number, not 幺幺幺 as wetext says
    (re.compile(r"(?<![\d.A-Za-z#])111" + _CLAUSE_END, re.M), lambda m: "一百一十一"),
    # codes, 一 for 1
    (re.compile(r"(?<![\dA-Za-z.])\d{17}[\dXx](?![\dA-Za-z.])"), _id_number),
    # a minus before 9+ digits is 负, as before shorter numbers (wetext leaves it: -四十五亿)
    (re.compile(r"(?<![\d.A-Za-z\-])-(?=[1-9]\d{8,}(?![\d.]))"), lambda m: "负"),
    # 9+ digits: a quantity (项目总投资150006355元), or a code from 13 digits on
    (re.compile(r"(?<![\d.A-Za-z])[1-9]\d{8,}(?![\d.])"), _long_number),
    # a chip is named digit by digit: 鲲鹏920处理器 -> 鲲鹏九二零处理器, 思元270芯片
    # (after a name, not after a word of amount: 采购了300芯片; a round hundred after letters is a tier: A100芯片)
    (re.compile(r"(?<=[" + HAN + r"A-Za-z])(?<![了约近共达超逾和与及或的是为有])(?![1-9]00)(\d{3})(?=处理器|芯片)"), lambda m: read_digits(m.group(1))),
    # numbers that name things are said as usage has it: 930新政 -> 九三零, 双11 -> 双十一, and so are the names
    # listed before them (985、211高校), a working-hours scheme (996工作制) and a school's number (101中学)
    (re.compile(r"(?<![\d.])(\d{3,4})(?=(?:[、和与及或/]\d{3,4})*(?:新政|事件|事变|事變|惨案|集会|集會|大游行|大遊行|游行|遊行|工程|计划|高校|院校|名校|"
                + _SHOPPING_DAY_WORDS + r"|晚会|工作制))"
                r"|(?<![\d.第约近共达超逾有了和等])(\d{3})(?=中学|小学)"),
     _named_number),
    # a month and day run together before the place and the rally or march they name: 818維園集會 -> 八一八
    (re.compile(r"(?<![\d.])((?:[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?=[" + HAN + r"]{1,3}(?:集会|集會|游行|遊行))"),
     lambda m: read_digits(m.group(1))),
    # ... and before the words that tell of what happened that day, as Hong Kong news names its days:
    # 721真相, 709大抓捕, 709家屬, 831框架, 721版本, and a word or two on: 721元朗白衣人, 612警民衝突
    # (a measure or unit between counts: 其中120名受害人; 612种商品 has no such word)
    (re.compile(r"(?<![\d.第约近共达超逾有了約總達])((?:[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?=\s?(?:(?!(?!元朗)(?:["
                + "".join(sorted(_QUANTITY_CHARS)) + r"]|" + _LIANG_MEASURES + r"))[" + HAN + r"]{1,2})?"
                r"(?:真相|白衣人|大抓捕|家屬|家属|衝突|冲突|框架|版本|現場|现场|襲擊|袭击|恐襲|恐袭|受害人"
                r"|包圍|包围|圍堵|围堵|圍攻|围攻|事件|示威|佔領|占领|清場|清场|暴動|暴动|衝擊|冲击))"),
     lambda m: read_digits(m.group(1))),
    # a day of one-digit month and day so named: 71佔領立法會 -> 七一, 64事件 (有12起事件 counts)
    (re.compile(r"(?<![\d.·・•．/\-－—–第约近共达超逾有了約總達])([1-9][1-9])(?=佔領|占领|包圍|包围|事件|衝突|冲突|真相|大抓捕|清場|清场|暴動|暴动"
                r"|襲擊|袭击|恐襲|恐袭)"),
     lambda m: read_digits(m.group(1))),
    # a list of named days goes on with days: 621包圍警察總部、71佔領立法會、77旺角黑夜 (、12名警員 counts)
    (re.compile(r"(?<=、)((?:[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|[1-9][1-9])(?=[" + HAN + r"])(?!(?:["
                + "".join(sorted(_QUANTITY_CHARS)) + r"年月日号號時时点點岁歲]|" + _LIANG_MEASURES + r"))"),
     lambda m: read_digits(m.group(1)) if _NAMED_DAY_BEFORE.search(m.string, 0, m.start()) else m.group(1)),
    # the days listed before a day so named are named days too: 612、621包圍警總 -> 六一二、六二一
    (re.compile(r"(?<![\d.第约近共达超逾有約總達])((?:[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?=(?:[、和及与與]\s?\d{3,4})*"
                r"[、和及与與]\s?[一二三四五六七八九][零一二三四五六七八九]{2,3}(?![零一二三四五六七八九十百千万点]))"),
     lambda m: read_digits(m.group(1))),
    # a month.day naming an event or a shopping day: 3.15晚会 -> 三一五, 6.18年中大促 -> 六一八, 11.11购物节 -> 双十一
    (re.compile(r"(?<![\d.])(\d{1,2})[.](\d{1,2})(?=事件|晚会|惨案|消费者权益日|晚會|慘案|" + _SHOPPING_DAY_WORDS + ")"), _dated_name),
    # ... and a month.day alone in quotes names its day: “3.15”晚会, “5.12”大地震, 「7.1」 (“2.0” is no day)
    (re.compile(r"(?<=[“「『\x22])((?:[1-9]|1[0-2]))[.]((?:[1-9]|[12]\d|3[01]))(?=[”」』\x22])"), _dated_name),
    # ... and written with a slash or a dash before 事件: 9/11事件, 9-11事件 (no fraction, no range)
    (re.compile(r"(?<![\d./\-])((?:[1-9]|1[0-2]))[/\-]((?:[1-9]|[12]\d|3[01]))(?=事件|惨案|慘案)"), _dated_name),
    (re.compile(r"(?<=双)(\d{1,2})(?![\d.])"), lambda m: cardinal(m.group(1))),
    # military, rocket and aircraft models keep their hyphen out of the reading: 歼-20 -> 歼二十 (not 歼负二十);
    # 3+ digits are read one by one, as in letter codes: 图-142 -> 图一四二, but a round hundred or thousand is
    # said as the number it is: 空警-500 -> 空警五百, 空警-2000 -> 空警两千
    (re.compile(r"(歼|运|轰|直|空警|武直|歼轰|东风|红旗|鹰击|巨浪|长剑|预警|教|强|枭龙|长征|图|苏|米格|伊尔|伊|雅克|安|卡)\s?-\s?(\d+)(?![\d.])"),
     lambda m: m.group(1) + (read_digits(m.group(2)) if len(m.group(2)) >= 3 and not re.fullmatch(r"[1-9]0{2,3}", m.group(2))
                             else cardinal(m.group(2)))),
    # a weapon's or a ship's type number is said digit by digit: 96型坦克 -> 九六型, 054A型, 820型 -> 八二零型
    # (15式 -> 十五式, after the year of a design; 2型糖尿病 has one digit)
    (re.compile(r"(?<![\d.第约近共达超逾有了])(\d{3}|[2-9]\d)(?=[A-Z]?[型式](?![号號]))"), lambda m: read_digits(m.group(1))),
    # an isotope is its element and its mass number, wherever it stands (no minus): a mass number of three digits is
    # said digit by digit as broadcasters do (铯-137 -> 铯一三七, 铀-235 -> 铀二三五), a smaller one as a number (碳-14 -> 碳十四)
    (re.compile(r"(?<=[氢氦锂铍硼碳氮氧氟氖钠镁铝硅磷硫氯氩钾钙钛铬锰铁钴镍铜锌镓锗砷硒溴氪铷锶锆钼锝碘氙铯钡铱铂汞铊铅铋钋氡镭钍铀镎钚镅锔])-(\d{1,3})(?![\d.])"),
     lambda m: read_digits(m.group(1)) if len(m.group(1)) == 3 else m.group(1)),
    # any other name's hyphen before a number that a word or a letter follows: 运油-20首飞, 飞鸿-97A无人机
    # (a minus follows a word that takes a value: 降至-3, 计算-2的; a unit or currency follows a negative amount: 变成了-100美元)
    (re.compile(r"(?<=[" + HAN + r"])(?<![为是至到达于在低降约和或及与比算得等乘除加减从由自距差超近逾过时钟])-(?=[\ue000-\uf8ff]|\d+(?:[A-Za-z]|(?!["
                + "".join(sorted(_QUANTITY_CHARS)) + r"]|" + _CURRENCY_WORDS + r"|立方|海里|桶|等星)[" + HAN + r"]))"), lambda m: ""),
    # a stock code (Shanghai, Shenzhen, Beijing boards) in brackets after a name: 贵州茅台（600519）
    (re.compile(r"(?<=[" + HAN + r"][（(])((?:00[0-3]|30[01]|60[0-5]|688|8[3-9]\d|43\d)\d{3})(?=(?:\.[A-Za-z]{2})?[）)])"),
     lambda m: read_digits(m.group(1))),
    # holidays named by their date: 5.1假期 -> 五一假期, 10.1黄金周 -> 十一黄金周
    # 3.8妇女节 -> 三八妇女节, 5.4青年节 -> 五四青年节; and so are the days of events: 5.4运动 -> 五四运动,
    # 9.3阅兵, 7.1大游行, 6.9遊行 (a single-digit day too, which the rule of 8.31太子站 leaves a decimal)
    (re.compile(r"(?<![\d.])(\d{1,2})[.·](\d{1,2})(?=假期|国庆|黄金周|小长假|长假|回归|回歸|(?:大)?(?:游行|遊行)|阅兵|閱兵|事件|事变|事變|惨案|慘案|"
                r"(?:运动|運動)(?![员員会會场場鞋服量])|"
                r"(?![小章音环季关细情调" + "".join(sorted(_QUANTITY_CHARS)) + r"])[" + HAN + r"]{1,3}节(?![约省能目点]))"),
     lambda m: cardinal(m.group(1)) + (cardinal(m.group(2)) if len(m.group(2)) == 1 else read_digits(m.group(2)))),
    # a 2 that names something is 二 (wetext says 两单元, 两季度, 两线城市)
    (re.compile(r"(?<![\d.])2(?=单元|季度|线城市)"), lambda m: "二"),
    # a signed 2 before 点 is a value, and its 点 a decimal point, never a clock's: 从负的2点多 -> 负的二点多, 零下2点多度
    # (wetext: 两点多, the hour)
    (re.compile(r"(?:(?<=负)|(?<=[负正]的|零下))2(?=[点點](?!钟|鐘|\d{1,2}分|\d刻|半))"), lambda m: "二"),
    # minute or second 2 of a clock: 8时02分 -> 8时零二分 (wetext says 零两分)
    (re.compile(r"(?<=\d[时点分])(0?)2(?=[分秒])"), lambda m: ("零" if m.group(1) else "") + "二"),
    # date ranges with a dash: 6月1日—6月10日 -> 6月1日至6月10日, and time ranges: 1点-3点, 5分钟-10分钟
    (re.compile(r"(?:(?<=\d[年月日号时点點秒天周])|(?<=\d分钟)|(?<=\d小时)|(?<=\d個月)|(?<=\d个月)|(?<=[点點时]\d分)|(?<=[点點时]\d\d分))\s?(?:[-—–~～]+)\s?(?=\d)"), lambda m: "至"),
    # a score after a team or after 以, unless a unit or measure follows: 中国队2-3不敌日本队, 以0-2告负
    # (以1-2个百分点 is a range)
    (re.compile(r"(?<=[队以])(\d{1,3})\s?-\s?(\d{1,3})(?![\d.%/:：\-])(?![" + "".join(sorted(_QUANTITY_CHARS)) + r"])(?!" + _LIANG_MEASURES + "|" + _PER_UNITS + ")"),
     lambda m: _score(m.group(1), m.group(2))),
    # a score between two teams: 中国队1-2日本队 (before 2日 is taken for a date)
    (re.compile(r"(?<=队)(\d{1,2})\s?-\s?(\d{1,2})(?=[" + HAN + r"]{1,5}队)"), lambda m: _score(m.group(1), m.group(2))),
    # the 2nd of a month: 5月2日 -> 5月二日 (wetext says 两日), but 2日游 is 两日游
    # (also written 02日: 2023年12月02日 -> 十二月二日)
    (re.compile(r"(?<![\d.])0?2(?=日(?![游内以益元语]|之内))"), lambda m: "二"),
    # display resolutions are read digit by digit: 1080P (分辨率为1920×1080 is read earlier)
    # (not after 第: 第599I章 is the 599th chapter with a letter)
    (re.compile(r"(?<![\d.A-Za-z第])(\d{3,4})(?=[PpIi](?![A-Za-z]))"), lambda m: read_digits(m.group(1))),
    # years as labels: （2020）, 〔2020〕, 2020届, 2020级, 2020款 -> 二零二零
    (re.compile(r"(?<=[（(〔\[【])((?:19|20)\d\d)(?=[）)〕\]】])"), lambda m: read_digits(m.group(1))),
    # places read digit by digit when they have 3+ digits: 1203室, 101路 (a bus), 330国道, 1461次列车;
    # before 号 4+ digits (3010号, not 第3010号 or 〔2020〕128号) or 3 after a street (文三路108号; a
    # place in 村 or 里 is not a street: 中关村101号); other 3-digit numbers before 号 are said as
    # numbers (521号色, 237号房, 100号)
    (re.compile(r"(?<![\d.第〕\]）)】])(\d{4,}|(?<=[路街道巷弄])\d{3})(?=[”’\"]?号(?!线))"), lambda m: read_digits(m.group(1))),
    (re.compile(r"(?<![\d.])(\d{3,})(?=室(?![内外温])|房间|房号|病房)"), lambda m: read_digits(m.group(1))),
    # a room after its building or entrance: 5号楼2单元301, 3栋1202
    (re.compile(r"(?:(?<=单元)|(?<=号楼)|(?<=[栋幢]))(\d{3,4})(?![\d.])(?![" + "".join(sorted(_QUANTITY_CHARS - set("室号"))) + "])"),
     lambda m: read_digits(m.group(1))),
    (re.compile(r"(?<![\d.A-Za-z])(\d{3,})(?=路(?![灯段口面况网费程径上边人由子]))"), lambda m: read_digits(m.group(1))),
    (re.compile(r"(?<![\d.])(\d{3})(?=国道|省道|县道)"), lambda m: read_digits(m.group(1))),
    (re.compile(r"(?<![\d.])(\d{3,5})(?=次(?:列车|动车|高铁|旅客列车|特快|快车|直达))"), lambda m: read_digits(m.group(1))),
    # 高一(3)班 -> 高一3班
    (re.compile(r"[(（](\d{1,2})[)）](?=班)"), lambda m: m.group(1)),
    # minutes and seconds written with primes: 1′30″ -> 1分30秒, 12″58 -> 12秒58; after degrees they are
    # minutes and seconds of arc: 30°15′ -> 30度15分
    (re.compile(r"(?<![\d.])(\d+)°(\d{1,2})[′'](?:(\d{1,2}(?:\.\d+)?)[″\"])?"),
     lambda m: f"{m.group(1)}度{m.group(2)}分" + (f"{m.group(3)}秒" if m.group(3) else "")),
    (re.compile(r"(?<![\d.])(\d{1,3})′(\d{1,2}(?:\.\d+)?)″|(?<![\d.])(\d{1,3})'(\d{1,2}(?:\.\d+)?)\""),
     lambda m: f"{m.group(1) or m.group(3)}分{m.group(2) or m.group(4)}秒"),
    (re.compile(r"(?<![\d.])(\d{1,3})″(?=\d)"), lambda m: m.group(1) + "秒"),
    (re.compile(r"(?<![\d.])(\d{1,3})′(?![\d])"), lambda m: m.group(1) + "分"),
    (re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)″"), lambda m: m.group(1) + "秒"),
    # a time with hundredths is a race time, never a clock or a score: 2:05.32 -> 2分05秒32, 2:01:39.5 -> 2小时01分39秒5
    (re.compile(r"(?<![\d:.])(?:(\d{1,2}):)?(\d{1,2}):([0-5]\d)\.(\d{1,2})(?![\d:.])"),
     lambda m: (f"{m.group(1)}小时" if m.group(1) else "") + f"{m.group(2)}分{m.group(3).replace('00', '0')}秒{m.group(4)}"),
    # race times: 9秒58 -> 9秒五八; heights and lengths of athletics: 2米35 -> 两米三五, 身高1米75, 1米80 -> 一米八
    # (5米20厘米 keeps its unit)
    (re.compile(r"(?<=\d秒)(\d{1,2})(?![\d.%])"), lambda m: read_digits(m.group(1))),
    (re.compile(r"(?<=\d米)(\d{2})(?![\d.%])(?!\s?(?:厘米|公分|毫米|[" + "".join(sorted(_QUANTITY_CHARS)) + "]))"), lambda m: read_digits(m.group(1).removesuffix("0"))),
    # month.day followed by a time word: 5.28晚 -> 5月28日晚, or by the verb of a dated event: 9.1开学 -> 9月1日开学
    (re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})(?=当天|当日|这天|晚|上午|下午|凌晨|中午|早上|夜间|前后|以来|期间|[（(](?:周|星期)[一二三四五六日天]|"
                r"开学|開學|开幕|開幕|开赛|開賽|开业|開業|开通|開通|上线|上線|施行|实施|實施|生效|放假)"), _dot_date),
    # ... and one opening a clause before 再 or 又 and a verb, a day after another: ，11.12再有「破曉行動」 (3.5再加2 is a sum)
    (re.compile(r"(?<![^，。；：！？」』”\s])(\d{1,2})\.(\d{1,2})(?=[再又](?![加减減乘除])[" + HAN + "])"), _dot_date),
    # a dotted month and day before a word that is not a unit or a measure names an event: 8.31决定 -> 八三一决定,
    # 7.21元朗 (元朗 is a district) -> 七二一元朗; 3.15倍, 8.31元, 1.25亿, 2.15及 stay decimals; after 至/于 it is a date
    # (so is a two-digit month's single-digit day, where no word of amount or change around it makes a decimal:
    # 12.4国家宪法日 -> 一二四, 10.1荃灣衝突 -> 十一; 从10.5降至, 增长10.1個百分點 stay decimals), also before a quoted
    # name (11.11「黎明行動」)
    (re.compile(r"(?<![\d.A-Za-z])(?:([1-9]|1[0-2])\.(0[1-9]|[12]\d|3[01])|(1[0-2])\.([1-9]))"
                r"(?![\d.%/])(?=[「“『]?[" + HAN + r"])(?:(?=元朗)|(?![「“『]?" + _CHANGE_WORDS + ")" + _NO_QUANTITY_AHEAD
                + r"(?!" + _LIANG_MEASURES + "|" + _PER_UNITS + "|" + _CURRENCY_WORDS
                + r"|的|左右|以上|以下|上下|和|或|及|与|與|同|等|折|成|港))"),
     _event_day),
    # two-digit years are read digit by digit: ’98, 86年8月, 出生于86年 (a number between quotes is no year: ‘99’部队)
    # (an opening ‘ is a quote, kept: ‘85后’)
    (re.compile(r"(‘|(?=[’']))[’']?(\d\d)(?![\d’'])"), _two_digit_year),
    (re.compile(r"(?<![\d.])()(\d\d)(?=年\d{1,2}月)"), _two_digit_year),
    (re.compile(r"(?<![\d.])(出生于|生于|毕业于|成立于|建于|始于|创办于|创立于)(\d\d)(?=年)"), _two_digit_year),
    # a point in time, not a span: 在86年底, 从98年起 (工作了26年, 80年代 stay cardinals)
    # (少活5年到10年 is a span: a number of years before 到 says so); after 到 or 是 only a word of
    # time says it is a year (到98年底, 是86年的时候): 捱到30年。 and 一干就是24年。 count years
    (re.compile(r"(?<![\d一二三四五六七八九十两几]年)(早在|直到|在|于|从|自)(\d\d)(?=年(?:初|底|末|中|春|夏|秋|冬|时|起|那|以前|以后|前后|就|的时候|[，。、；]|$))"),
     _two_digit_year),
    (re.compile(r"(?<![\d一二三四五六七八九十两几]年)(到|是)(\d\d)(?=年(?:初|底|末|春|夏|秋|冬|起|那|前后|的时候))"), _two_digit_year),
    # after 在/于 a year is a point in time unless a word of span follows: 在82年兰博特提出 (在5年内, 在10年的时间里 stay spans)
    (re.compile(r"(在|于)(\d\d)(?=年(?![内里间中之来多余以后前左代的度底初末內裡裏間來餘後]|时间|時間|当中|當中|期间|期間))"), _two_digit_year),
    # the year of an event or of a season: 97年美洲杯, 88年奥运会, 97年夏天, 98年的夏天 (近10年夏天 counts years;
    # so do a round number and one a verb has reached before 年的时候: 30年的时候, 干了35年的时候 -> 三十五年)
    (re.compile(r"(?<![\d.近约每多几数])()(\d\d)(?=年(?:的?(?:" + _SEASON_WORDS + r")|(?<![了满滿到]\d\d年)(?<![1-9]0年)的时候|"
                + _DATED_EVENTS + "))"),
     _two_digit_year),
    # ... and with the event's own words between (97年的亚洲金融危机, 98年的特大洪水) or pointed at (98年的那场洪水, 93年的那个春节),
    # a year of the last century that is not round (建校60年的那场庆典, 长达93年的那个时代 count years)
    (re.compile(r"(?<![\d.近约每多几数满达共整])()([5-9][1-9])(?=年的(?:那[场次届个一]|[" + HAN + r"]{0,4}?(?:" + _DATED_EVENTS + ")))"),
     _two_digit_year),
    # a two-digit year of the last century that is not round is a year when words go on after 年 and no word of
    # span or amount stands around it: 西游记88年播完, 在我99年到沈阳, 99年那次 (坚守了57年, 历时74年, 92年来, 57年以来, 整整59年了,
    # 长达75年之久, 75年至100年, 57年党龄 count years; so do round ones: 80年代, 改革开放70年)
    (re.compile(r"(?<![\d.了过满近约每多几达共整历经超逾今第续的这那有长前元])(?<!\d[~～至到—–-])(?<![历耗用费为]时)()([5-9][1-9])(?=年(?![来间内里多余半代前后的如間裡來餘後"
                r"，。、；！？,.;!?\s]|左右|以上|以下|以来|以來|之久|之内|之間|之间|有余|[至到~～—–-]\d|$|时间|時間|历史|歷史|"
                r"[党工教军驾婚]龄|刑期|徒刑|光阴|岁月|歲月|时光|春秋|风雨|風雨|历程|征程|坚守|奋斗|相守|相伴|婚姻))"),
     _two_digit_year),
    # ... and so is one that 是 points at whose 的 ends a clause, the event named after it: 就是97年的，亚洲金融危机
    # (坚守了57年的，建校65年的， count years)
    (re.compile(r"(?<=是)()([5-9][1-9])(?=年的[，,；;])"), _two_digit_year),
    # a year compared with: 比98年的最高水位还高 (比10年的时间还长 is a span: only a non-round year of the last century)
    (re.compile(r"(?<=[比较較])()([5-9][1-9])(?=年(?:的(?!时间|時間|时光|時光)|同期|水平))"), _two_digit_year),
    # a line that is only a two-digit year from 50 on names that year, as a caption does: 86年 -> 八六年, 50年
    (re.compile(r"^(\s*)([5-9]\d)(?=年\s*$)", re.M), _two_digit_year),
    # numbered satellites and batches: 融合试验卫星01/02星 -> 零一零二星 (not 一月二日)
    (re.compile(r"(?<![\d/.])(0\d)/(0\d)(?=[星号组批])"), lambda m: read_digits(m.group(1)) + read_digits(m.group(2))),
    # zero-padded dates: 08-08 -> 8月8日, 2008/08 -> 2008年8月, 08-08-2008
    (re.compile(r"(?<![\d.\-/:])(?:(?:19|20)\d\d(?:[-/.]0[1-9]|[-/]1[0-2])|(?:0[1-9]|1[0-2])[-/.](?:19|20)\d\d|(?:0\d[-/.](?:0\d|[12]\d|3[01])|1[0-2][-/.]0\d)(?:[-/.](?:19|20)\d\d)?)(?![\d.\-/:])"), _numbered_date),
    (re.compile(r"(?<![\d.\-/:])(?:19|20)\d\d/(?:[1-9]|1[0-2])(?![\d.\-/:])"), _numbered_date),
    # month/day/year, when the day shows it (12/31/2020); other a/b/yyyy are day/month/year for wetext
    (re.compile(r"(?<![\d.\-/:])(\d{1,2})/(1[3-9]|2\d|3[01])/((?:19|20)\d\d)(?![\d.\-/:])"),
     lambda m: f"{read_digits(m.group(3))}年{cardinal(m.group(1))}月{cardinal(m.group(2))}日" if int(m.group(1)) <= 12 else m.group(0)),
    # year/month/day with a two-digit year, the order dates are written in Chinese: 12/2/2, 12.2.3 -> 一二年2月3日
    # (not a version: V12.2.3, 版本12.2.3)
    (re.compile(r"(?<![\d.\-/:])(\d\d)([/.])(\d{1,2})\2(\d{1,2})(?![\d.\-/:])"), _short_year_date),
    # a clock time with seconds is read in full, zeros too: 5:00:30 -> 5点零分30秒
    (re.compile(r"(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])(?:\s?([ap])\.?m\.?(?![A-Za-z]))?", re.I), _clock_with_seconds),
    # a clock time that says its 分: 11:03分 -> 11点03分 (not a score)
    (re.compile(r"(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?=分)"), lambda m: f"{m.group(1)}点{m.group(2)}"),
    # scores that look like times: 以21:19拿下, 比分测试17:16
    (re.compile(r"(?<![\d:.])(\d{1,3}):(\d{1,3})(?![\d:])"), _colon_pair),
    # 05月08日 -> 5月8日 (wetext says 零五月)
    # (a zero-padded 号 without a month is a label: 01号色, 09号选手 -> 零一号)
    (re.compile(r"(?<![\d.])0(?=[1-9][月日时点])|(?<=月)0(?=[1-9]号)"), lambda m: ""),
    (re.compile(r"(?<![\d.:\-/])(?<!\d{4}[~～])0\d+(?![\d.:])"), lambda m: read_digits(m.group(0))),  # 2008~09赛季 is a season
    # event dates 5·12 -> 五一二 (10·1 is National Day, 十一)
    (re.compile(r"(?<![\d.])(\d{1,2})[·•](\d{1,2})(?![\d.])"), _dated_name),
    # a span of years whose second year is cut to two digits: 2011至14年 -> 二零一一至一四年
    (re.compile(r"(?<![\d.])((?:19|20)\d\d)(年?)\s?(至|到|[~～—–-])\s?(\d\d)(?=\s?年(?!代))"),
     lambda m: m.group(0) if int(m.group(4)) <= int(m.group(1)[2:]) else
     read_digits(m.group(1)) + m.group(2) + (m.group(3) if m.group(3) in "至到" else "至") + read_digits(m.group(4))),
    # a season over two years: 2021/2022雪季 -> 二零二一至二零二二
    (re.compile(r"(?<![\d./\-])((?:19|20)\d\d)[/\-－–—~～]((?:19|20)?\d\d)(?![\d./\-%])"), _season),
    # a span of years in brackets or after 公元, from three digits on, is two years read digit by digit:
    # 孟诜（621—713年）, 明朝（1368—1644年）, 公元713—741年 (持续了500—800年 counts years)
    # and so is a lifetime or a period alone in brackets: 《海权对历史的影响（1660—1783）》 (（1000—2000） is an amount)
    (re.compile(r"(?:(?<=[（(])|(?<=公元|西元|纪元|紀元))(\d{3,4})(年?)\s?([—–\-~～至到]+)\s?(\d{3,4})(?=\s?年|[）)])"), _bracketed_years),
    # an era's year of three or four digits is read digit by digit, like any year: 公元前221年 -> 二二一年, 西元前500年
    (re.compile(r"(?<=公元|西元|纪元|紀元)(前?)(\d{3,4})(?=\s?年)"), lambda m: m.group(1) + read_digits(m.group(2))),
    # a list shares the reading of its last item: 1980、1990年 (years), 80、90后 (generations)
    (re.compile(r"(?<![\d.])((?:1[5-9]|20)\d\d)(?=(?:[、和与及或]\s?(?:1[5-9]|20)\d\d)+\s?年)"), lambda m: read_digits(m.group(1))),
    (re.compile(r"(?<![\d.])(\d0)(?=(?:[、和与及或至到]\d0)+后)"), lambda m: read_digits(m.group(1))),
    # a generation is named by its decade or half-decade, digit by digit: 95后, 90後, 05后 (3天后 has its unit, 9:30后 is a time)
    (re.compile(r"(?<![\d.:第])(\d[05])(?=[后後](?![来來面期续續半]))"), lambda m: read_digits(m.group(1))),
    # a year before its name in the sixty-year cycle or its edition in brackets: 2014(甲午)年 -> 二零一四(甲午)年,
    # 2026（第十九届）; a year that opens a quoted name: 2018“世界最美的书”; a year closing a citation in
    # brackets: （台北：三民，2017，頁77）, （梅三,2021）
    (re.compile(r"(?<![\d.])((?:1[5-9]|20)\d\d)(?=\s?[（(](?:[" + HAN + r"]{2,4}[）)]\s?年|第)|“[" + HAN + r"])"), lambda m: read_digits(m.group(1))),
    (re.compile(r"(?<=[,，])\s?((?:19|20)\d\d)(?=\s?(?:[）)]|[,，]\s?(?:頁|页|第|pp?\.)))"), _citation_year),
    # a year that is not round before 年来 is the year since which: 2019年来 -> 二零一九年来 (2000年来, 20年来 count years)
    (re.compile(r"(?<![\d.约近超逾多上数余])((?:19|20)(?!00)\d\d)(?=年来)"), lambda m: read_digits(m.group(1))),
    # a number of years beyond any calendar year is a span: 距今约3200年 (not 三二零零年)
    (re.compile(r"(?<![\d.前元])([2-9]\d{3}|\d{5,})(?=\s?年)"), _span_of_years),
    # so is any number of years after a word of span or before a word of age: 距今约2000年, 长达1300年, 历经1000多年,
    # 2000年的历史, 1500年之久 (not a year: 在2000年, 2008年的历史性时刻)
    (re.compile(r"(距今|长达|长约|历经|历时|已有|有着|拥有|持续了?|延续了?|传承了?|绵延|跨越了?)(约|近|超过|逾|了|已有|有|已)?(\d{3,4})(?=\s?多?年)"),
     _span_after_word),
    # ... and after a word that points at a stretch of time before 年间/年里/年来: 过去2000年里, 这1500年间
    # (过去的2020年里 is the year 2020: a modern year stays one)
    (re.compile(r"(这|那|过去的?|此后|此前|其后|往后)(约|近)?(\d{3,4})(?=\s?多?年(?:间|里|中|来|内|当中|之间|以来))"), _span_after_word),
    # ... and after a word of an interval or a verb of lasting, when no modern year could be meant (before 1900):
    # 时隔1000年, 相隔1500年, 整整1000年, 超过1000年, 用了1500年, 流传了1300年 (用了2000年的数据 names the
    # year: from 1900 on it stays one; verbs that also go through an event, 经历了1840年的鸦片战争, are left out)
    (_YEARS_LASTED, _years_lasted),
    (re.compile(r"(?<![\d.])([1-9]\d00)(?=\s?年(?:的)?(?:历史(?!性)|之久))"), lambda m: cardinal(m.group(1))),
    # so is a round thousand or hundred before 1900 that counts back or on: 1000年前, 1200多年来 (1492年 stays a year)
    (re.compile(r"(?<![\d.前元])(1[0-8]00)(?=\s?年(?:前|之前|以前|来|间|多|的历史|的时间))"), lambda m: cardinal(m.group(1))),
    # ... and so is 1900 or 2000 before 年前 that looks back from now (一睹2000年前的西汉文物): before the year 2000
    # would be said with 在/到 or 之前 (在2000年前完成, 2000年之前), and 2000年前后, 2000年前往, 2000年前三季度 keep the year;
    # so does 2000年间 that no word of a point in time or of a range leads into (在2000年间, 1990—2000年间 keep the year)
    (re.compile(r"(?<![\d.前元在于於到至、和与與及~～—–-])((?:19|20)00)(?=\s?年(?:前(?![后後往\d一二三两四五六七八九十半])|间|間))"),
     lambda m: cardinal(m.group(1))),
    # year ranges: 2020—2025年 -> 二零二零至二零二五年
    (re.compile(r"(?<![\d.])((?:1[5-9]|20)\d\d)(年?)\s?([-‐–—~～至到]+)\s?((?:1[5-9]|20)\d\d)(?![\d.])"), _year_range),
    # years as labels (after year ranges, so 2023-2024赛季 is one range): 2020届 -> 二零二零届,
    # 2035远景目标, 2030议程, 中国制造2025
    (re.compile(r"(?<![\d.第])((?:19|20)\d\d)(?=级|届|款|赛季|财年|学年|版(?!面)|愿景|远景|议程|规划|战略|行动计划)"),
     lambda m: read_digits(m.group(1))),
    (re.compile(r"(?<=制造)(20\d\d)(?![\d.])"), lambda m: read_digits(m.group(1))),
    # a year opening a clause, a title or a name, before a word that is not a unit:
    # 《2020中国网络视听发展研究报告》, ，2024中国国际孔子文化节
    # (a metric prefix counts only before its unit: 《2001太空漫遊》 is a title, 2000太瓦 an amount)
    (re.compile(r"(?:^|(?<=[《“「〈『，,。；;：:、（(\s]))((?:19|20)\d\d)(?=[" + HAN + r"])" + _NO_QUANTITY_AHEAD
                + r"(?!" + _LIANG_MEASURES + "|" + _PER_UNITS + "|" + _CURRENCY_WORDS + ")", re.M),
     lambda m: read_digits(m.group(1))),
    # a title that is a year alone is named by it: 《1984》, 《2046》
    (re.compile(r"(?<=《)((?:19|20)\d\d)(?=》)"), lambda m: read_digits(m.group(1))),
    # a year naming an event or a list, wherever it stands: 出席2019从都国际论坛, 今天2019中国企业500强榜单,
    # 2019大阅兵 (大 counts only when no event word follows it: 两大)
    (re.compile(r"(?<![\d.第约近共达超逾])((?:19|20)\d\d)(?=[" + HAN + r"])(?![" + "".join(sorted(_QUANTITY_CHARS)) + r"])(?!大(?!"
                + _EVENT_WORDS + "))(?!(?!大)(?:" + _LIANG_MEASURES + "|" + _PER_UNITS + "|" + _CURRENCY_WORDS
                + r"))(?=[^\s，,。；;！!？?、：:（）()“”]{0,14}?(?:" + _EVENT_WORDS + "))"),
     lambda m: read_digits(m.group(1))),
    # a year a speaker greets, looks back on or stands in, ending a clause or before 这/那: 迎接我们的2020。,
    # 告别2019, 在2019这一年 (a round 2000 may be an amount: 就是2000了)
    (re.compile(r"(?:(?<=的)|(?<=在)|(?<=迎接)|(?<=告别)|(?<=再见)|(?<=你好)|(?<=拥抱)|(?<=回顾)|(?<=回望)|(?<=展望)|(?<=盘点)|(?<=致敬)|(?<=作别)|(?<=迎来)|(?<=相聚)|(?<=相约)|(?<=决胜)|(?<=启航)|(?<=奋战))"
                r"((?:19|20)(?!00)\d\d)(?=[这那]|\s?(?:$|[，,。；;！!？?、…]))", re.M),
     lambda m: read_digits(m.group(1))),
    # a year as a point in time before a word of time or founding: 自1997起, 在2006開始, 2007之後, 1938成立, 2018底
    (re.compile(r"(?:(?<=[在于於自从從由])((?:19|20)\d\d)(?=开始|開始|起(?![码價价步跳])|以前|以后|以後)|(?<![\d.约近超逾多余餘上数])"
                r"((?:19|20)\d\d)(?=之后|之後|以来|以來|成立|创立|創立|建立|定名|开播|開播|落成|竣工|建成|底(?![价價薪线線部层層])))"),
     lambda m: read_digits(m.group(1) or m.group(2))),
    # a hyphen or dash between a name and its number inside quotes is not a minus: “北溪-2”, “西部·联合-2021”,
    # “跨越--2015”, “跨越-2015·朱日和”, “联合利剑—2024A” (an exercise's letter or place may follow its year)
    (re.compile(r"(?<=[" + HAN + r"])(?:-{1,2}|—)(?=\d+[A-Z]?(?:·[" + HAN + r"]{1,6})?[”」』》〉])"), lambda m: ""),
    # a year closing a quoted name: “猎狐2022”专项行动, 《健康中国2030》, “联合利剑2024A”
    (re.compile(r"(?<=[" + HAN + r"·•])((?:19|20)\d\d)(?=[A-Z]?(?:·[" + HAN + r"]{1,6})?[”》」』〉])"), lambda m: read_digits(m.group(1))),
    # a year before 年前/年之前/年后/年内 is still a year (wetext reads 2014年之前 as a span of years),
    # unless a word of amount says it is a span: 约2000年前; before 1900 a round number may be a span: 1500年前
    (re.compile(r"(?<![\d.约近超逾多上数])((?:19|20)\d\d|1[0-8](?!\d00)\d\d)(?=年(?:前|之前|后|之后|内))"), lambda m: read_digits(m.group(1))),
    # a score after a name at the end of a clause: 中国1-2 (頁77-87 is a range of pages)
    (re.compile(r"(?<=[" + HAN + r"])(?<![第约共每近达为至到和及或前后页頁])(\d{1,2})\s?-\s?(\d{1,2})" + _CLAUSE_END), _clause_end_score),
    # a minus in an equation is 减, not a range or a score: 3-1=2
    (re.compile(r"(?<=[\dA-Za-z])\s?-\s?(?=\d+(?:\.\d+)?\s?[=＝])"), lambda m: "减"),
    (re.compile(r"(?<=[=＝])(\s?\d+(?:\.\d+)?)\s?-\s?(?=\d)"), lambda m: m.group(1) + "减"),
    # a minus before a negative number: 5 - -3 -> 5减-3
    # (1--7月, before a word, is a range written with a double hyphen)
    (re.compile(r"(?<=\d)\s?-\s?(?=-\d)(?!-\d+(?:\.\d+)?[" + HAN + r"])"), lambda m: "减"),
    # other ranges: 3～5天, 50%-60%, 9:30-11:00 -> joined with 至 (a full stop may end one: pp. 137-153.)
    (re.compile(r"(?<![\d.\-:])(-?\d+(?:[.:]\d+)?(?:%|[万亿]?))\s?([~～–—]+|--?(?!\d+-))\s?(-?\d+(?:[.:]\d+)?%?)(?![\d\-]|\.\d)"), _range),
    # arithmetic between numbers, read here because a decimal or a percentage is read before wetext
    # sees the sum: 3.5+1.5=5, 5%+3%, 5*2, x=5
    (re.compile(r"(?<=[\d%])\s?\+\s?(?=\d)"), lambda m: "加"),
    (re.compile(r"(?<=\d)\s?\*\s?(?=\d)"), lambda m: "乘"),
    (re.compile(r"(?<=[\d%A-Za-z)）\ue000-\uf8ff])\s?[=＝]\s?(?=[\d\-A-Za-z(（\ue000-\uf8ff])"), lambda m: "等于"),
    # round the clock, every day: 24/7 -> 二十四七 (no share, no score)
    (re.compile(r"(?<![\d./])24/7(?![\d./])"), lambda m: "二十四七"),
    # blood pressure: 140/90mmHg -> 140比90毫米汞柱 (not a fraction)
    (re.compile(r"(?<![\d./])(\d{2,3})/(\d{2,3})(?=\s?(?:mmHg|毫米汞柱))"), lambda m: _score(m.group(1), m.group(2))),
    # 7×24小时 (wetext reads the 24 digit by digit); 10÷2 -> 10除以2
    (re.compile(r"(?<=\d)\s?×\s?(?=\d)"), lambda m: "乘"),
    (re.compile(r"(?<=\d)\s?÷\s?(?=\d)"), lambda m: "除以"),
    # powers and other math signs: 10^6 -> 10的6次方, 3²-> 3的平方, √2 -> 根号2, ≈ -> 约等于
    (re.compile(r"(?<=[\dA-Za-z)\ue000-\uf8ff])\s?\^\s?(-?)(\d+)"), lambda m: "的" + ("负" if m.group(1) else "") + cardinal(m.group(2)) + "次方"),
    (re.compile(r"(?<=\d)([²³])(?![A-Za-z])"), lambda m: "的平方" if m.group(1) == "²" else "的立方"),
    # so is a variable's power in a formula: x²+y²=1, E=mc² (a unit's m², cm² is an area: 单位为cm²)
    (re.compile(r"(?<![\dA-Za-z.])([A-Za-z]{1,3})([²³])(?![A-Za-z\d])"),
     lambda m: m.group(0) if m.group(1) in _AREA_LENGTHS else m.group(1) + ("的平方" if m.group(2) == "²" else "的立方")),
    (re.compile(r"(?<=[平立次]方)\s?([+\-=])\s?"), lambda m: {"+": "加", "-": "减", "=": "等于"}[m.group(1)]),
    (re.compile(r"[√≈≠]"), lambda m: {"√": "根号", "≈": "约等于", "≠": "不等于"}[m.group(0)]),
    # a share of a number in 万 or 亿: 1/10万 -> 十万分之一 (not 十分之一万), 1/200万
    (re.compile(r"(?<![\d/.A-Za-z])(-?)(\d+)\s?/\s?(\d+)([万亿])(?![\d/.])"),
     lambda m: ("负" if m.group(1) else "") + f"{cardinal(m.group(3))}{m.group(4)}分之{cardinal(m.group(2))}"),
    # month/day dates where words of time say so: 截至12/31 -> 12月31日 (5/9 and 头发丝的1/16 stay fractions)
    (re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/.])"), _slash_date),
    # fractions written with 分之: 2分之1 -> 二分之一 (wetext says 两分之一)
    (re.compile(r"(?<![\d.A-Za-z])(-?)(\d+)分之(?=\d)"), lambda m: ("负" if m.group(1) else "") + cardinal(m.group(2)) + "分之"),
    # no share is over 1 or 0, and a share as big as the whole is no share either: 国际米兰 3/1,
    # 拉齐奥 2/2 are scores (原来的3/2 is a share: words around it say so)
    (re.compile(r"(?<![\d/.A-Za-z-])(\d{1,2})/(\d{1,2})(?![\d/.%])"), _pair_not_share),
    # fractions, read here: wetext moves a preceding 约 inside (约1/3 -> 三分之约一)
    (re.compile(r"(?<![\d/.A-Za-z])(-?)(\d+)\s?/\s?(\d+)(?![\d/.])"), _fraction),
    # per unit: 2.8万元/㎡ -> 2.8万元每平方米; a lot of shares ending its phrase is a unit too: 100份/手 (not 元/手机)
    (re.compile(r"(?<=[" + HAN + r"])\s?/\s?(?=(?:" + _PER_UNITS + r"|手(?![" + HAN + r"])))"), lambda m: _per_unit(m, "每")),
    # a rate per period: 4.35%/年 -> 4.35%每年
    (re.compile(r"(?<=\d%)\s?/\s?(?=(?:年|月|日|天|周|季度|小时)(?![度份报会]))"), lambda m: "每"),
    (re.compile(r"(?<=[" + HAN + r"])\s?/\s?(" + "|".join(sorted(_PER_LATIN_UNITS, key=len, reverse=True)) + r")(?![A-Za-z\d])"),
     lambda m: _per_unit(m, "每" + _PER_LATIN_UNITS[m.group(1)])),
    # a tilde before a number is always a range: -3℃～5℃
    (re.compile(r"\s?[~～]+\s?(?=-?\d|零下)"), lambda m: "至"),
    # a score or ratio written with 比 is read by us: 112比108 (wetext says 幺幺二, a service line);
    # before a unit or measure word it is left to wetext (1比2万)
    (re.compile(r"(?<![\d./:：A-Za-z\-])(\d{1,4})\s?比\s?(\d{1,4})(?![\d./:：%‰°℃A-Za-z])(?![" + "".join(sorted(_QUANTITY_CHARS)) + r"])(?!"
                + _LIANG_MEASURES + "|" + _PER_UNITS + ")"), lambda m: _score(m.group(1), m.group(2))),
    # a minus before a spoken share: -百分之1 -> 负百分之1
    (re.compile(r"(?<![\dA-Za-z])-(?=百分之|千分之|万分之)"), lambda m: "负"),
    # signed percentages: -10% -> 负10%, +5% -> 正5% (wetext says 百分之负十)
    (re.compile(r"(?<![\dA-Za-z])([-+±])(\d+(?:\.\d+)?%)"), lambda m: {"-": "负", "+": "正", "±": "正负"}[m.group(1)] + m.group(2)),
    # plus or minus: ±0.5 -> 正负0.5 (a sign before a number; wetext reads it only alone)
    (re.compile(r"±\s?(?=\d)"), lambda m: "正负"),
    # a plus between a number's unit or power and another number is a sum: 3元+5元, 10m²+5m², r²+2πrh -> 加
    (re.compile(r"(?:(?<=\d[" + HAN + r"])|(?<=\d[" + HAN + r"]{2})|(?<=[²³]))\s?\+\s?(?=\d)"), lambda m: "加"),
    # a plus sign before a number that is not a sum: +0.5个百分点 -> 正0.5个百分点
    (re.compile(r"(?<![\dA-Za-z)）%\ue000-\uf8ff])\+(?=\d)"), lambda m: "正"),
    # version numbers 1.2.3 (and dotted dates left for wetext)
    (re.compile(r"(?<![\d.])\d+(?:\.\d+){2,}(?![\d.])"), _version),
    # a decimal is never a date when nothing says date: 12.9英寸 (wetext: 十二月九日)
    # (a minus after a label's colon is the value's sign: T值: -0.8 -> 负零点八; a colon between digits is a time's)
    (re.compile(r"(?:(?<![\d.:A-Za-z])|(?<=[^\d]:)(?=-))(-?)(\d+\.\d+)(?![\d.%‰A-Za-z°:])"), _decimal_number),
    # a decimal without its leading zero: .22口径 -> 0.22口径 (a stop before a date is a full stop: 唱完.3月11日)
    (re.compile(r"(?:^|(?<=[" + HAN + r"\s，,（(：:]))\.(?=\d+(?:[" + HAN + r"，,。；;]|$))(?!\d{1,2}[月日号時时点點]|\d{2,4}年)", re.M), lambda m: "0."),
    # letter-digit codes: C919 -> C九一九, COVID-19 -> COVID19
    (_LETTER_CODE_RE, _letter_code),
    # a service line before the service it names is said like a phone number: 12306网站, “交管12123”App,
    # “12380”电话 (wetext: 一万二千...)
    (re.compile(r"(?<![\d.A-Za-z#])(1[12]\d|1\d{4}|9\d{4})(?=[”\x22」』]?\s?(?:网站|官网|平台|热线|客服|小程序|客户端|大数据|数据显示|App|APP|app)|[”\x22」』]\s?(?:电话|短信|举报))"),
     lambda m: _phone(m.group(1))),
    # a national service line of five digits (12306, 12345, 95598, 96110) said alone is said like a phone number
    # wherever no word of amount or measure around it makes it a figure: 铁路12306根据余票 (共12306人 counts;
    # alone in quotes it may name a scheme, read below); no line is numbered 12000-12099 (12021 is a number)
    (re.compile(r"(?<![\d.A-Za-z#])(?<![约近共达超逾到至为是有了第和及与或从增降减“\x22「『])(12[1-9][0-9]{2}|9[56][0-9]{3})(?![\d.%‰])(?!(?!根据)(?:[" + "".join(sorted(_QUANTITY_CHARS))
                + r"]|" + _LIANG_MEASURES + "|" + _PER_UNITS + "|" + _CURRENCY_WORDS + r"|例|届|期|批|倍|幅|门|列|余|多))"),
     _service_line_alone),
    # so is a carrier's line (10010, 10086): alone, with no word of calling, it is a number (wetext: 幺零零幺零)
    (re.compile(r"(?<![\d.A-Za-z#+\-])(100(?!00)[0-9]{2})(?![\d.%‰])"),
     lambda m: cardinal(m.group(1)) if _alone_without_call(m) else m.group(0)),
    # a number alone in quotes before a word that is no unit or measure names a plan or a scheme:
    # “131”计划 -> 一三一, “339”建设计划 (“100”分 is a score); a service line's number the phone way: “12315”热线
    (re.compile(r"(?<=[“\x22「『])(\d{3,5})(?=[”\x22」』][" + HAN + r"])(?![”\x22」』](?:[" + "".join(sorted(_QUANTITY_CHARS)) + r"]|" + _LIANG_MEASURES + "|" + _PER_UNITS + "|" + _CURRENCY_WORDS + "))"),
     lambda m: _phone(m.group(1)) if re.fullmatch(r"1[12]\d|1\d{4}|9\d{4}", m.group(1)) and _SERVICE_AFTER.search(m.string, m.end(), m.end() + 10)
     else read_digits(m.group(1))),
    # a military unit's number is a designation: 92853部队 -> 九二八五三部队
    # (after 军/警 or opening a clause; 共有12000部队 counts troops)
    (re.compile(r"(?:(?<=[军警])|(?<![" + HAN + r"\d.]))(\d{5})(?=部队)"), lambda m: read_digits(m.group(1))),
    # so is a team's or unit's name of 3-5 digits after any word but one of amount: 日军731部队 -> 七三一部队,
    # 王进喜带领1205钻井队 -> 一二零五钻井队, 124师, 359旅, 370团, 372潜艇, 465编队 (派出3000部队 counts troops;
    # 300师生, 120旅客, 100团队 are no units)
    (re.compile(r"(?<![\d.])(?<![约近共达超逾了有派出动调增和及与余万千百])(\d{3,5})(?=部队|钻井队|编队|潜艇|"
                r"师(?![生范傅资徒长级])|旅(?![游客行店馆居途程])|团(?![队体员购组伙结聚圆])|舰(?![次艇只船载队])|"
                r"編隊|師(?![生範傅資徒長級])|旅(?![遊客行店館居途程])|團(?![隊體員購組伙結聚圓])|艦(?![次艇隻船載隊]))"),
     lambda m: read_digits(m.group(1))),
    # a machine's model number is said digit by digit: 609刮板机 -> 六零九刮板机 (after letters or a dash it is a
    # tier or a variant: CYP500铺轨机, 波音737—800客机; 采购了300挖掘机 counts)
    (re.compile(r"(?<![\d.A-Za-z\-—–‐－~～])(?<![约近共达超逾了有和及与余万千百等])(\d{3})(?![" + "".join(sorted(_QUANTITY_CHARS)) + r"])"
                r"(?=[" + HAN + r"]{1,2}机(?![构关械器动组会遇场票制]))"),
     lambda m: read_digits(m.group(1))),
    # a website named with a number is said digit by digit: 3158招商加盟网 -> 三一五八招商加盟网, and a service
    # line's site like a phone number: 12348中国法网 (462家网店, 223类工业互联网 and 1000多公斤渔网 count things)
    (re.compile(r"(?<![\d.A-Za-z])(\d{3,5})(?![" + "".join(sorted(_QUANTITY_CHARS)) + r"类余多])(?=[" + HAN
                + r"]{2,5}?(?<!互联)网(?![友民店点络购格球吧红线眼膜页]))"),
     lambda m: _phone(m.group(1)) if re.fullmatch(r"1[12]\d|1\d{4}|9\d{4}", m.group(1)) else read_digits(m.group(1))),
    # a number shaped like a service line (110, 120, 12345) before a unit or measure word is a
    # quantity: 120例, 110公斤, 122种 (wetext reads these digit by digit wherever they stand)
    (re.compile(r"(?<![\d.A-Za-z#])(1[12]\d|1\d{4}|9\d{4})%"), lambda m: "百分之" + cardinal(m.group(1))),
    (re.compile(r"(?<![\d.A-Za-z#])(1[12]\d|1\d{4}|9\d{4})(?=[" + "".join(sorted(_QUANTITY_CHARS - set("号路线楼室至到比加减之左型式版"))) + r"]|(?:" + _LIANG_MEASURES + "|" + _PER_UNITS
                + "|" + _CURRENCY_WORDS + r"|例|届|期|批|倍|幅|门|尊|卷|辑|款|列|周年|公斤|千克|公里|千米|厘米|毫米|平方|立方|千瓦|千伏|兆|度|摄氏度|[KMGT]B(?![A-Za-z])))"),
     lambda m: cardinal(m.group(1))),
    # a 3-digit service line (110, 119, 120, 122) that a word of amount leads into is a figure: 数量达到120。,
    # 平均120左右, 价格120至150元, 其中120是 (wetext reads them digit by digit wherever they stand); the
    # service is named after a call word in the clause (打120, 拨打110的同时) or before its own word (120急救)
    (re.compile(r"(?<=[" + HAN + r"])(?<![第号])(11[0-9]|12[0-2])(?![\d.])(?=\s?(?:$|[，,。；;！!？?、）)]|左右|以上|以下|上下|是|为|至|到))", re.M),
     _figure_not_service),
    # a counting or countdown run of consecutive digits after a word is said digit by digit: 倒计时54321, 他会问3456
    # (1234个人 is a quantity, a line's 3456招聘 an ad's number, 12345市民热线 a service line, 12万3456 the
    # lower places of a number, an operand after 加, 减 or 乘 a number: 5678加2345)
    (re.compile(r"(?<=[" + HAN + r"])(?<![第约近共达超逾万亿萬億加减乘])(?![19]\d{4}(?!\d))(\d{4,})(?![\d.%‰])(?![" + "".join(sorted(_QUANTITY_CHARS))
                + r"])(?!" + _LIANG_MEASURES + "|" + _PER_UNITS + "|" + _CURRENCY_WORDS + ")"), _counting_run),
    # 520 and 1314 are said as the words they stand for (我爱你, 一生一世) unless they count something: 1314的大红包
    # (one standing alone as a sentence is the word too: 1314。现金红包。)
    (re.compile(r"(?:(?<=[" + HAN + r"])|(?=\d+[" + HAN + r"])|(?:^|(?<=[。！!？?]))(?=\d+[。！!？?]))(?<![第约近共达超逾减加扣])(?<![\d.])(520|1314)(?![\d.%‰])(?!["
                + "".join(sorted(_QUANTITY_CHARS)) + r"])(?!" + _LIANG_MEASURES + "|" + _PER_UNITS + "|" + _CURRENCY_WORDS + ")", re.M),
     lambda m: read_digits(m.group(1))),
    # an ordinal says 二, never 两, and so do the ones listed after it: 第2名 -> 第二名,
    # 第200名 -> 第二百名, 第1、2名 -> 第一、二名 (wetext: 第两名, 第两百名)
    # (a capital letter after it is part of its name: 第2019A号 -> 第二千零一十九A号, as for a voice that reads Latin)
    (re.compile(r"(?<=第)[1-9]\d{0,7}(?:\s?[、至到和或]\s?[1-9]\d{0,7})*(?![\d.:：\-~～—–/%‰°℃a-z]|[A-Z][A-Za-z\d])"),
     lambda m: re.sub(r"\d+", lambda d: _ordinal(d.group(0)), m.group(0))),
    # the number that opens a classified ad: 8425招会计 -> 八四二五，招会计
    (AD_NUMBER, _ad_number),
    # a lone 2 before a measure word is 两: 2次 -> 两次, 3室2厅 -> 三室两厅
    # (also 2至3天 -> 两至三天, 2、3天 -> 两、三天, and 2点30分 -> 两点三十分), and before a currency: 2美元 -> 两美元, 2美分
    # (a power and the word 二次元 keep 二: 10的2次方)
    (re.compile(r"(?<![\d.\-/:：第时点時點])2(?=(?:[至到、]\d{1,3})?(?:" + _LIANG_MEASURES + "|" + _LIANG_MEASURES_TRADITIONAL + "|" + _LIANG_COUNTED
                + "|" + _CURRENCY_WORDS + "|美分|欧分|便士"
                + r"))(?!分之|年级|年級|点\d|时\d|點\d|時\d|大于|次方|次元)"), lambda m: "两"),
    (re.compile(r"(?<![\d.\-/:：第])2(?=[点时點時](?:\d{1,2}分|\d刻))"), lambda m: "两"),
    # and before 千 or 百 written as a word: 约2千 -> 约两千, 2百人 (wetext: 二千)
    (re.compile(r"(?<![\d.\-/:：第])2(?=[千百])"), lambda m: "两"),
    # people counted by sex: 拘捕3男2女, 2男1女 -> 两女, 两男 (a lone 2女 may be a second daughter)
    # and so do wins, losses and shots counted in pairs: 2胜1负, 3胜2平, 2罚1中, 8投2中 (a lone 2负 may be a name)
    (re.compile(r"(?<![\d.])2(?=[男女子儿]\d{1,3}[男女子儿]|[胜平负罚投]\d{1,3}[胜平负中])|(?<=\d[男女子儿])2(?=[男女子儿])"
                r"|(?<=\d[胜平负罚投])2(?=[胜平负中])"), lambda m: "两"),
]


# ---------------------------------------------------------------- wetext


class _Wetext:
    """Lazy, thread-safe holder of the wetext normalizer.

    wetext loads all of its FSTs on import, 45 MB of files for three languages
    and both directions (0.7 CPU s); ours are the Chinese TN ones and the pre-
    and post-processing (5 MB). Each is loaded where it is first used instead.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._normalizer = None

    def __call__(self, text: str) -> str:
        with self._lock:
            if self._normalizer is None:
                self._normalizer = _wetext_loading_fsts_on_first_use()
            return self._normalizer.normalize(text)


class _FstOnFirstUse:
    """A kaldifst TextNormalizer that reads its FST file the first time it is applied
    (calls come one at a time: _Wetext holds a lock)."""

    def __init__(self, load: Callable[[str], Callable[[str], str]], path: str) -> None:
        self._load, self._path = load, path
        self._fst: Callable[[str], str] | None = None

    def __call__(self, text: str) -> str:
        if self._fst is None:
            self._fst = self._load(self._path)
        return self._fst(text)


def _wetext_loading_fsts_on_first_use():  # type: ignore[no-untyped-def]
    import kaldifst

    load = kaldifst.TextNormalizer
    kaldifst.TextNormalizer = lambda path: _FstOnFirstUse(load, path)  # what wetext.constants imports
    try:
        from wetext import Normalizer
    finally:
        kaldifst.TextNormalizer = load
    return Normalizer(lang="zh", operator="tn")


_wetext = _Wetext()

# Clause boundaries: CJK punctuation, newlines, and ASCII marks that are not
# inside a number (1,000 and 9:30 stay whole).
_CLAUSE_SPLIT = re.compile(r"([，。！？；、：（）【】《》〈〉“”‘’「」『』…\n!?;()]+|,(?!\d{3}(?!\d))|—+)")


# A factor after 乘 is a number, not a count, even before a unit: 3×2cm -> 三乘二厘米 (wetext says 两厘米);
# 两 before 千, 百, 万 and 亿 stays, as everywhere.
_FACTOR_TWO = re.compile(r"(?<=[零一二三四五六七八九十百千万亿]乘)(以?)两(?![千百万亿])")


def _normalize_clause(clause: str) -> str:
    if not re.search(r"\d", clause):
        return clause
    lead = clause[: len(clause) - len(clause.lstrip())]
    trail = clause[len(clause.rstrip()) :]
    try:
        out = _FACTOR_TWO.sub(r"\1二", _wetext(clause.strip()))
    except Exception:  # wetext raises bare RuntimeErrors on odd input
        logger.warning("wetext failed on %r; reading digits one by one", clause)
        out = clause.strip()
    return lead + out + trail


# Math signs no rule took (the number beside them was read as a code: ±983室, ~595室):
# said next to a spoken number, so the voice does not skip them.
_SPOKEN_NUMERAL = "零一二两三四五六七八九十百千万亿幺"
_LEFTOVER_SIGN = re.compile(rf"(?:(?<=[{_SPOKEN_NUMERAL}])\s?([~～×÷=±≈≠])|([~～×÷=±≈≠])(?=\s?[{_SPOKEN_NUMERAL}正负]))")
_ANY_SIGN = re.compile(r"[~～×÷=±≈≠]")
_SIGN_WORDS = {"~": "至", "～": "至", "×": "乘", "÷": "除以", "=": "等于", "±": "正负", "≈": "约等于", "≠": "不等于"}


def _leftover_sign(m: re.Match[str]) -> str:
    if m.group(2) in ("~", "～"):
        return "约"  # no number before it: ~595 is about 595
    return _SIGN_WORDS[m.group(1) or m.group(2)]


def _finish(text: str, kept: list[str] | None) -> str:
    """Read leftover digits, then spell Latin letters or, for a voice that reads
    Latin, put the *kept* tokens back (before squeezing, so iPad Pro keeps its space)."""

    def leftover(m: re.Match[str]) -> str:
        logger.debug("digits left after wetext: %r", m.group(0))
        return read_digits(m.group(0))

    text = re.sub(r"\d+", leftover, text)
    if _ANY_SIGN.search(text):  # a plain scan first: the full pattern looks behind at every character
        text = _LEFTOVER_SIGN.sub(_leftover_sign, text)
    text = say_latin(text, LETTER_NAMES, LATIN_WORDS) if kept is None else _restore_latin(text, kept)
    return squeeze(text, for_speech=True)


_ASCII_ALNUM = re.compile(r"[0-9A-Za-z]")

# Unit symbols after a number; such a number is read, not kept as a code (10km, 25kg).
_LATIN_UNITS = frozenset(_UNITS) | {
    "km", "kg", "cm", "mm", "mg", "m", "g", "L", "l", "ml", "h", "min", "s", "ms", "kW", "nm", "dm",
    "lb", "oz", "ft", "mi", "KB", "MB", "GB", "TB", "PB",
    # the rest of wetext's unit symbols (it reads them after a number)
    "bar", "cm2", "cm3", "db", "dm3", "dm", "gb", "ghz", "gpa", "gwh", "gw", "gy", "hz", "kbps", "kgf", "khz",
    "kpa", "kwh", "kw", "lbs", "mbps", "mhz", "mi2", "mol", "mpa", "mph", "mv", "mw", "ng", "pa", "pg", "ps",
    "rad", "rpm", "sv", "tb", "tj", "v", "yd", "mm2", "m2", "m3", "dpi", "ppi",
    "am", "pm", "AM", "PM", "a.m", "p.m", "A.M", "P.M",  # 8:00 a.m. is a time wetext reads
}  # fmt: skip
# A Latin word, acronym or letter-digit code, with the words that follow it
# (iPad Pro, COVID-19, PM2.5, 5G, C919, Mini-LED).
_LATIN_TOKEN = re.compile(
    r"(?<![A-Za-z\d.°μµ])(?<!/(?=[A-Za-z]))(\d+(?:\.\d+)?\s?(?=[A-Za-z]))?([A-Za-z][A-Za-z\d]*(?:[-.'’&+][A-Za-z\d]+)*"
    r"(?:\s+[A-Za-z][A-Za-z\d]*(?:[-.'’&+][A-Za-z\d]+)*)*)"
)
# A space between a number and its unit symbol (3.5 kg): the decimal is read as one with its unit.
_SPACE_BEFORE_UNIT = re.compile(
    r"(?<=\d)[ \t]+(?=(?:" + "|".join(re.escape(u) for u in sorted(_LATIN_UNITS, key=len, reverse=True)) + r")(?![A-Za-z\d]))"
)
# Letters run into the number of a percentage after them: GDP50% is the GDP, then 百分之五十.
_LETTERS_BEFORE_SHARE = re.compile(r"([A-Za-z]{2,})(\d+(?:\.\d+)?)")
# A plus-minus sign, or a minus that opens a value (after a space, a colon, a bracket or a comma); a hyphen
# written against a name or a code is none (开普勒-452b, 翼龙-2H, L1-L4).
_SIGN_BEFORE = re.compile(r"±$|(?:^|(?<=[\s:：(（,，;；=]))[-−]$")
_PLACEHOLDER_BASE = 0xE000  # private use area: wetext and our rules pass it through


def _keep_latin(text: str) -> tuple[str, list[str]]:
    """Swap each Latin token for a placeholder so that no rule reads it (voices that read Latin)."""
    kept: list[str] = []

    def keep(m: re.Match[str]) -> str:
        kept.append(m.group(0))
        return chr(_PLACEHOLDER_BASE + len(kept) - 1)

    text = _ADDRESS_RE.sub(keep, text)

    def swap(m: re.Match[str]) -> str:
        number, word = m.group(1), m.group(2)
        if number and (word in _LATIN_UNITS or re.sub(r"\d+$", "", word) in _LATIN_UNITS):
            return m.group(0)  # 10km is a measure, read as one, and so is 10ms in 10ms1帧
        if number and re.fullmatch(r"\d{17}", number) and word in ("X", "x"):
            return m.group(0)  # an identity card number: its digits are read, its check letter kept
        share = _LETTERS_BEFORE_SHARE.fullmatch(word) if not number and m.string.startswith("%", m.end()) else None
        if share:
            kept.append(share.group(1))  # GDP50%: a share of the GDP, read as one, not part of a code
            return chr(_PLACEHOLDER_BASE + len(kept) - 1) + share.group(2)
        if number and ("." in number or _SIGN_BEFORE.search(m.string, 0, m.start())):
            kept.append(word)  # a decimal or a signed number is a quantity, never a code's digits: 1.5AU, -0.8SD
            return number + chr(_PLACEHOLDER_BASE + len(kept) - 1)
        if number and m.string.endswith(_GREEK_LONG_NAMES, 0, m.start()):
            kept.append(word)  # a Greek letter's number is said with its name: β2MG -> 贝塔二MG, as β2受体 is 贝塔二
            return number + chr(_PLACEHOLDER_BASE + len(kept) - 1)
        if number and (number[-1].isspace() or (m.string.endswith("第", 0, m.start()) and re.fullmatch(r"[A-Z]", word))):
            kept.append(word)  # 15 Pro: the number is read, the word kept; and an ordinal's: 第599C章 -> 第五百九十九C章
            return number + chr(_PLACEHOLDER_BASE + len(kept) - 1)
        kept.append(m.group(0))
        return chr(_PLACEHOLDER_BASE + len(kept) - 1)

    return _LATIN_TOKEN.sub(swap, text), kept


_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")


def _restore_latin(text: str, kept: list[str]) -> str:
    return _PRIVATE_USE.sub(lambda m: kept[ord(m.group(0)) - _PLACEHOLDER_BASE], text) if kept else text


# B2B, O2O: the 2 is "to".
# (H2O, N2O and H2S are formulas: the 2 is a number of atoms)
_TO_CODE = re.compile(r"(?<![A-Za-z\d])([A-GI-MO-Z])2([A-Z])(?![A-Za-z\d])")


_DOT_AFTER_LETTERS = re.compile(r"(?<=[A-Za-z]{2})\.(?=\d{1,2}(?![\d]))")
_PLUS_IN_CODE = re.compile(r"(?<=[A-Za-z])\s?\+(?!\+)\s?|(?<=\d)\s?\+\s?(?=[A-Za-z])")  # not C++


# Accented Latin letters are spelled as their base letter for the offline voice (Mattéo, César).
_ACCENTED_LETTER = re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_LETTERS_WITHOUT_ACCENT = {"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
                           "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D", "ı": "i"}  # fmt: skip
_DOTTED_INITIALS = re.compile(r"(?<![A-Za-z.])(?:[A-Z]\.){2,}(?![A-Za-z\d])")
_HYPHEN_BEFORE_LETTERS = re.compile(r"(?<=\d)-(?=[A-Za-z]{2})")
_AMPERSAND_IN_LATIN = re.compile(r"(?<=[A-Za-z\d])\s?&\s?(?=[A-Za-z])")


def _unaccented(m: re.Match[str]) -> str:
    letter = m.group(0)
    if letter in _LETTERS_WITHOUT_ACCENT:
        return _LETTERS_WITHOUT_ACCENT[letter]
    base = "".join(ch for ch in unicodedata.normalize("NFKD", letter) if ch.isascii() and ch.isalpha())
    return base  # a letter with no ASCII base has nothing the voice can spell


def _in_own_script(said: str, view: str, original: str) -> str:
    """*said*, read from the simplified *view* of *original*, with the original's characters given back
    where the reading kept the view's (aligned, so a 万 the reading added is not taken for the text's 萬)."""
    out = list(said)
    for block in difflib.SequenceMatcher(None, view, said, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            out[block.b + k] = original[block.a + k]
    return "".join(out)


def normalize(text: str, *, reads_latin: bool = False) -> str:
    """Return *text* as a Mandarin voice should read it (see _normalize); text in traditional script
    is read in its simplified view (OpenCC, character for character), which the rules know (編號, 號,
    約2千), and keeps its own characters."""
    if not _ASCII_ALNUM.search(text) or not traditional_script(text):
        return _normalize(text, reads_latin=reads_latin)
    view = to_simplified().convert(text)
    if len(view) != len(text):
        return _normalize(text, reads_latin=reads_latin)
    token = _DOLLAR_OF_ORIGINAL.set(_dollar(text))
    try:
        said = _normalize(view, reads_latin=reads_latin)
    finally:
        _DOLLAR_OF_ORIGINAL.reset(token)
    return _in_own_script(said, view, text)


# A comma and a space before a range of pages list it (Economics, 37, 137-153): no thousands separator the
# layout spaced out (1, 000), which squeezing would join.
_LIST_COMMA_BEFORE_RANGE = re.compile(r"(?<=\d),[ \t]+(?=\d{3}[-–—]\d)")


def _normalize(text: str, *, reads_latin: bool = False) -> str:
    """Return *text* as a Mandarin voice should read it.

    The result has no ASCII digits, keeps every CJK character of *text* in
    order, keeps clause punctuation, and has no layout spaces between CJK
    characters. A voice that *reads_latin* (edge) gets Latin words, acronyms
    and letter-digit codes as written (5G, iPad Pro, C919); for any other
    voice they are said in Chinese phonetics, so no Latin letter is left.
    """
    text = _fold_words_signs(_fold_symbols(_fold_width(text)))
    text = _IN_NUMBER.sub(lambda m: {"：": ":", "∶": ":", "．": ".", "／": "/"}[m.group(1)], text)
    text = _LIST_COMMA_BEFORE_RANGE.sub("，", text)
    text = squeeze(text, for_speech=True)
    if not _ASCII_ALNUM.search(text):
        return text  # most lines of a page: nothing to read out differently
    text = _SPACE_BEFORE_UNIT.sub("", text)
    for pattern, replacement in _SYMBOL_RULES:
        text = pattern.sub(replacement, text)  # type: ignore[arg-type]
    # read before Latin is kept or said, for every voice, as the formula's = is read 等于
    text = _FORMULA_SIDE.sub(_formula_side, text)
    text = _LETTER_PLUS_NUMBER.sub(lambda m: m.group(1) + "加" + cardinal(m.group(2)), text)  # N+2张: 加二, not 两
    kept: list[str] | None = None
    if reads_latin:
        text = _PRIVATE_USE.sub("", text)  # nothing to read, and they would pose as placeholders
        text = _TO_CODE.sub(r"\1 to \2", text)
        text = _DECIMAL_DATA_SIZE_RE.sub(lambda m: _decimal(m.group(1)) + m.group(2), text)
        text, kept = _keep_latin(text)
    else:
        text = _ADDRESS_RE.sub(_spoken_address, text)
        text = _TO_CODE.sub(lambda m: f"{LETTER_NAMES[m.group(1)]}兔{LETTER_NAMES[m.group(2)]}", text)
        text = _ACCENTED_LETTER.sub(_unaccented, text)
        text = _AMPERSAND_IN_LATIN.sub("安德", text)  # AT&T, R&D, Work & Life
        text = _DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", ""), text)  # C.Y., U.S.: letters, no pauses
        text = _HYPHEN_BEFORE_LETTERS.sub("", text)  # 2-Factor, 4-step: the hyphen is not said
        text = _LATIN_WORD_RE.sub(_latin_word, text)
        # a variant's number after its letters (BA.2, XBB.1.5, Vol.2): the dot is said, not dropped
        text = _DOT_AFTER_LETTERS.sub("点", text)
        # a plus after a code is 加: 8G+256G, 5G+工业互联网, 3+X
        text = _PLUS_IN_CODE.sub("加", text)
        text = _DATA_SIZE_RE.sub(lambda m: m.group(1) + _DATA_SIZE_UNITS[m.group(2)], text)
    for pattern, replacement in _PRE_RULES:
        if reads_latin and pattern is _LETTER_CODE_RE:
            continue
        text = pattern.sub(replacement, text)  # type: ignore[arg-type]
    if not reads_latin:
        text = _CODE_LEFT_BEFORE_FIGURE.sub(lambda m: say_latin(m.group(1), LETTER_NAMES, LATIN_WORDS), text)
    pieces = _CLAUSE_SPLIT.split(text)
    out = [piece if i % 2 else _normalize_clause(piece) for i, piece in enumerate(pieces)]
    return _finish("".join(out), kept)


def normalize_lines(lines: Iterable[str], *, reads_latin: bool = False) -> list[str]:
    """Normalize the lines of one text, each on its own (a name one line writes in full is known to the others);
    exactly one output line per input line."""
    lines = [line.rstrip("\r\n") for line in lines]
    token = _LINES_READ_TOGETHER.set("\n".join(lines))
    try:
        return [re.sub(r"[\r\n]+", " ", normalize(line, reads_latin=reads_latin)) for line in lines]
    finally:
        _LINES_READ_TOGETHER.reset(token)
