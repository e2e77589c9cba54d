"""The TN benchmark's case reading and scoring folds (no checkouts, no network)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_tn import (  # noqa: E402
    Case,
    canonical,
    comment_cases,
    csv_cases,
    dart_cases,
    duckling_cases,
    fixture_cases,
    junit_cases,
    in_scope,
    inverse_case,
    jest_cases,
    nzh_cases,
    python_cases,
    spec_cases,
    table_cases,
    theory_data_cases,
    vitest_cases,
)

# The shapes cn2an and Speech-AI-Forge write their cases in, cut down.
UNIT_TEST_SOURCE = '''
import pytest

class An2CnTest(unittest.TestCase):
    def setUp(self):
        self.input_data = {
            11: ["十一", "壹拾壹", "壹拾壹元整", "一一"],
            0.00005: ["零点零零零零五", "零点零零零零伍", "零元整", "零点零零零零五"],
            -0: ["零", "零", "零元整", "零"],
            0: ["零", "零", "零元整", "零"],
        }
        self.strict_data_dict = {"小王捡了100块钱": "小王捡了一百块钱"}
        self.smart_data_dict = {"两千米": "2000米"}

    def test_transform(self):
        self.assertEqual(self.t.transform("在1-2个月时间内", "an2cn"), "在一到二个月时间内")
        self.assertEqual(self.t.transform("二〇〇二年", "cn2an"), "2002年")

@pytest.mark.parametrize(
    "input_text, expected_output",
    [("温度降到了-10度", "温度降到了零下十度")],
)
def test_text_normalize(input_text, expected_output):
    pass
'''


def test_python_cases_reads_only_written_to_spoken_literals():
    pairs = python_cases(UNIT_TEST_SOURCE)
    assert len(pairs) == len(set(pairs))
    assert set(pairs) == {
        ("11", "十一"),
        ("0.00005", "零点零零零零五"),  # written out, not 5e-05
        ("0", "零"),  # -0 and 0 are one case
        ("小王捡了100块钱", "小王捡了一百块钱"),
        ("在1-2个月时间内", "在一到二个月时间内"),
        ("温度降到了-10度", "温度降到了零下十度"),
    }


def test_cases_that_drop_or_change_a_han_character_are_out_of_scope():
    assert in_scope(Case("wetext", "number", "共465篇", "共四百六十五篇"))
    assert not in_scope(Case("nemo", "date", "6号", "六日"))
    assert not in_scope(Case("wetext", "normalizer", "这事儿好办", "这事好办"))


def test_folds_leave_the_reading_alone():
    assert canonical("幺 两百，到") == canonical("一二百至")
    assert canonical("两个") != canonical("二个")


def test_references_that_leave_a_sign_between_numbers_unread_are_out_of_scope():
    assert not in_scope(Case("speechio", "pairs", "我是7:10开始的", "我是七:十开始的"))
    assert not in_scope(Case("speechio", "pairs", "降温4~8度", "降温四~八度"))
    assert not in_scope(Case("speechio", "pairs", "近18,000班", "近十八,班"))
    assert in_scope(Case("speechio", "pairs", "有5个，6个", "有五个，六个"))


def test_references_that_leave_a_dash_slash_point_or_minus_unread_are_out_of_scope():
    assert not in_scope(Case("speechio", "x", "最溜的4-5。", "最溜的四-五。"))
    assert not in_scope(Case("speechio", "x", "大概是1/200万", "大概是一/两百万"))
    assert not in_scope(Case("speechio", "x", "扣1.8万元", "扣一.八万元"))
    assert not in_scope(Case("speechio", "x", "-7次方", "-七次方"))
    # a full stop after a number, a hyphen in a name and a read point stay in
    assert in_scope(Case("speechio", "x", "1234.", "一二三四."))
    assert in_scope(Case("nemo", "x", "COVID-19", "COVID-十九"))
    assert in_scope(Case("nemo", "x", "1.8万", "一点八万"))


MARKDOWN_TABLE = """
|NSW type|raw|normalized|
|:--|:-|:-|
|cardinal|重达324.75克<br>总分为583分|重达三百二十四点七五克<br>总分为五百八十三分|
|numeric range |12\\~23|十二到二十三|
|broken|a<br>b|only one|
"""


def test_table_cases_splits_cells_and_drops_the_escape():
    assert table_cases(MARKDOWN_TABLE) == [
        ("重达324.75克", "重达三百二十四点七五克"),
        ("总分为583分", "总分为五百八十三分"),
        ("12~23", "十二到二十三"),
    ]


# Comments of a C++ front end, as PaddleSpeech's TTSCppFrontend writes its examples, cut down.
CPP_COMMENTS = """
// 日期，2021年8月18日 --> 二零二一年八月十八日
// XX:XX:XX   09:09:02 --> 九点零九分零二秒
// 温度，例如：-24.3℃ --> 零下二十四点三度
// 手机号码，例如：+86 18883862235 --> 八六幺八八八三八六二二三五
    // 一十八 --> 十八
int x = a --> b;
"""


def test_comment_cases_take_the_example_before_the_arrow():
    assert comment_cases(CPP_COMMENTS) == [
        ("2021年8月18日", "二零二一年八月十八日"),
        ("09:09:02", "九点零九分零二秒"),
        ("-24.3℃", "零下二十四点三度"),
        ("+86 18883862235", "八六幺八八八三八六二二三五"),
    ]


def test_inverse_case_keeps_readings_of_written_text_only():
    # NeMo's and WeTextProcessing's inverse-normalization rows, spoken first
    assert inverse_case("一千欧元", "€1000")
    assert inverse_case("第一百一十九万九千九百", "第1199900")
    assert inverse_case("负一加二", "-1+2")
    assert not inverse_case("三四万", "3~4万")  # a spoken approximation written as a span
    assert not inverse_case("十五六", "15-6")
    assert not inverse_case("早上一点零二分", "1:02a.m.")
    assert not inverse_case("負壹佰贰拾点叁肆", "-120.34")  # financial and traditional numerals
    assert not inverse_case("脱氧核糖核酸", "DNA")  # no digit: not a reading of a number


# num2words' zh_CN unit test, cut down: only the plain reading of a number argument is a case.
NUM2WORDS_TEST = '''
class Num2WordsZHTest(TestCase):
    def test_high(self):
        self.assertEqual(n2zh_cn(12345), "一万二千三百四十五")
        self.assertEqual(n2zh_cn('12345', reading="capital"), "壹万贰仟叁佰肆拾伍")
        self.assertEqual(n2zh_cn(10**8 + 0.01), "一亿点零一")
        self.assertEqual(n2zh_cn(-123), "负一百二十三")
        self.assertEqual(n2zh_cn(5.00, to="currency"), "五元")
        self.assertEqual(n2zh_cn(x), "二")
'''


def test_python_cases_read_a_number_argument_without_options():
    assert python_cases(NUM2WORDS_TEST) == [
        ("12345", "一万二千三百四十五"),
        ("100000000.01", "一亿点零一"),  # arithmetic over literals, written out
        ("-123", "负一百二十三"),
    ]


# nzh's test data and README, cut down.
NZH_TEST_DATA = '''
	testData.toCN = {
		its: [
			{
				name: "整数",
				data: [
					["1", "一"],
					["001", "一"],
					["12", "一十二"],
					["12345", "一万二千三百四十五"],
					["10000000000000000", "一亿亿"],
				]
			},
			{
				name: "有小数",
				data: [
					["1.10", "一点一"],
					["10.01", "一十点零一"],
					["1e16", "一亿亿"]
				]
			},
			{
				name: "十的口语化测试",
				args: { tenMin: true },
				data: [
					["15", "十五"],
				]
			},
			{
				name: "单位万万化",
				args: { ww: true },
				data: [
					["25", "二十五"],
				]
			}
		]
	}
	testData.toMoney = {
		its: [ { name: "整数", data: [ ["1", "人民币壹元整"] ] } ]
	}
'''
NZH_README = """
nzhcn.encodeS(100111);              // 转中文小写 >> 十万零一百一十一
nzhcn.encodeB(100111);              // 转中文大写 >> 壹拾万零壹佰壹拾壹
nzhcn.encodeS("13.5");                 // 十三点五
nzhcn.encodeS("13.5", {tenMin:false}); // 一十三点五
"""


def test_nzh_cases_keep_normal_readings_of_the_simplified_encoder():
    assert nzh_cases(NZH_TEST_DATA) == [("1", "一"), ("12345", "一万二千三百四十五"), ("15", "十五")]
    assert nzh_cases(NZH_README) == [("100111", "十万零一百一十一"), ("13.5", "十三点五")]


# Recognizers-Text spec entries, cut down (spoken input, resolved values).
RECOGNIZERS_SPEC = json.dumps([
    {"Input": "这台电脑两美元", "Results": [{"Text": "两美元", "TypeName": "currency", "Resolution": {"value": "2"}, "Start": 4, "End": 6}]},
    {"Input": "第二百五十", "Results": [{"Text": "第二百五十", "TypeName": "ordinal", "Resolution": {"value": "250"}, "Start": 0, "End": 4}]},
    {"Input": "百分之五", "Results": [{"Text": "百分之五", "TypeName": "percentage", "Resolution": {"value": "5%"}, "Start": 0, "End": 3}]},
    {"Input": "二百五", "Results": [{"Text": "二百五", "TypeName": "number", "Resolution": {"value": "250"}, "Start": 0, "End": 2}]},
    {"Input": "一打", "Results": [{"Text": "一打", "TypeName": "number", "Resolution": {"value": "12"}, "Start": 0, "End": 1}]},
    {"Input": "三千比特", "Results": [{"Text": "三千比特", "TypeName": "dimension", "Resolution": {"value": "3"}, "Start": 0, "End": 3}]},
    {"Input": "一点两小时", "Results": [{"Text": "一", "TypeName": "number", "Resolution": {"value": "1"}, "Start": 0, "End": 0},
                                    {"Text": "两", "TypeName": "number", "Resolution": {"value": "2"}, "Start": 2, "End": 2}]},
    {"Input": "15元", "Results": [{"Text": "15元", "TypeName": "currency", "Resolution": {"value": "15"}, "Start": 0, "End": 2}]},
    {"Input": "一切", "Results": []},
], ensure_ascii=False)


def test_spec_cases_write_back_spans_read_the_standard_way():
    assert spec_cases(RECOGNIZERS_SPEC) == [
        ("这台电脑两美元", "这台电脑2美元"),
        ("第二百五十", "第250"),
        ("百分之五", "5%"),
    ]


# Duckling corpus groups, cut down: the forms of one value, written and spoken.
DUCKLING_CORPUS = '''
allExamples = concat
  [ examples (NumeralValue 34567)
             [ "34567"
             , "34,567"
             , "三万四千五百六十七"
             ]
  , examples (simple Gram 2 Nothing)
             [ "2克"
             , "二克"
             , "两克"
             ]
  , examples (simple Celsius 37)
             [ "37°C"
             , "37摄氏度"
             , "三十七摄氏度"
             ]
  , examples (above Inch 5)
             [ "至少5\\""
             , "最少五吋"
             ]
  , examples (datetime (2015, 3, 3, 0, 0, 0) Day)
             [ "2015年3月3号"
             , "二零一五年三月三号"
             , "2015-03-03"
             ]
  , examples (DurationData 5 Day)
             [ "5 天"
             , "五 天"
             ]
  ]
'''


def test_duckling_cases_pair_a_written_form_with_its_one_reading():
    assert duckling_cases(DUCKLING_CORPUS) == [
        ("34567", "三万四千五百六十七"),
        ("37摄氏度", "三十七摄氏度"),
        ("2015年3月3号", "二零一五年三月三号"),
        ("5 天", "五 天"),
    ]


JEST_SPEC = '''
describe("convert numbers", function () {
  it("1001", function () {
    expect(numberToChinese(1001)).toEqual("一千零一");
  });
  it("again", function () {
    expect(numberToChinese(1001)).toEqual("一千零一");
  });
  it("10¹²", function () {
    expect(numberToChinese(1000000000000)).toEqual("一兆");
  });
  it("亿零", function () {
    expect(numberToChinese(100102506)).toEqual(
      "一亿零一十万零二千五百零六",
    );
  });
  it("ordinal word", function () {
    expect(numberToChineseOrdinal(21)).toEqual("第二十一");
  });
});
'''


def test_jest_cases_keep_plain_readings_below_the_trillions():
    assert jest_cases(JEST_SPEC) == [("1001", "一千零一"), ("100102506", "一亿零一十万零二千五百零六")]


# Humanizer's theory data, cut down: cardinal sets of simplified and traditional locales, an ordinal set.
THEORY_DATA = '''
public static class LocaleNumberTheoryData
{
    public static TheoryData<string, int, string> CardinalCases => new()
    {
        { "zh-CN", -5, "负 五" },
        { "zh-CN", 20089, "二万零八十九" },
        { "zh-Hans", 20089, "二万零八十九" },
        { "zh-Hant", 110, "一百一十" },
        { "ja", 5, "五" },
    };
    public static TheoryData<string, int, string> OrdinalCases => new()
    {
        { "zh-CN", 15, "第十五" },
    };
    public static TheoryData<string, long, string> MagnitudeCardinalCases => new()
    {
        { "zh-CN", 500000000001L, "五千亿零一" },
        { "zh-CN", 6067823149088L, "六兆零六百七十八亿二千三百一十四万九千零八十八" },
    };
}
'''


def test_theory_data_cases_keep_simplified_cardinals_below_the_trillions():
    assert theory_data_cases(THEORY_DATA) == [("-5", "负五"), ("20089", "二万零八十九"), ("500000000001", "五千亿零一")]


# n2words' fixture, cut down: financial numerals by default, everyday ones opted into, then ordinals.
N2WORDS_FIXTURE = '''
export const cardinal = [
  [17.42, '壹拾柒点肆贰'],
  [1243, '一千二百四十三', { formal: false }],
  [10, '一十', { formal: false }],
  [
    222_222_222_222_222,
    '二百二十二万二千二百二十二亿二千二百二十二万二千二百二十二',
    { formal: false },
  ],
  [0.007, '零点零零七', { formal: false }],
]

export const ordinal = [
  [2, '第二', { formal: false }],
]
'''


def test_fixture_cases_keep_the_everyday_cardinals():
    assert fixture_cases(N2WORDS_FIXTURE) == [
        ("1243", "一千二百四十三"),
        ("222222222222222", "二百二十二万二千二百二十二亿二千二百二十二万二千二百二十二"),
        ("0.007", "零点零零七"),
    ]


# Hutool's JUnit test, cut down: lower-case formats (one rounded), a 大写 format, parses read back.
JUNIT_TEST = '''
	public void formatTest() {
		String f = NumberChineseFormatter.format(1_0010, false);
		assertEquals("一万零一十", f);
		f = NumberChineseFormatter.format(10, false);
		assertEquals("一十", f);
		String f1 = NumberChineseFormatter.format(215.6387, false);
		assertEquals("二百一十五点六四", f1);
		f1 = NumberChineseFormatter.format(-0.3, false, false);
		assertEquals("负零点三", f1);
		f1 = NumberChineseFormatter.format(12, true);
		assertEquals("壹拾贰", f1);
	}
	public void chineseToNumberTest() {
		assertEquals(102, NumberChineseFormatter.chineseToNumber("一百零二"));
		assertEquals(120, NumberChineseFormatter.chineseToNumber("一百二"));
	}
'''


def test_junit_cases_keep_lower_case_readings_of_every_digit():
    assert junit_cases(JUNIT_TEST) == [("10010", "一万零一十"), ("-0.3", "负零点三"), ("102", "一百零二")]


# A TTS benchmark's CSV, cut down: a header row, a quoted field holding a comma, a row without a digit.
TTS_CASES_CSV = '\ufeff样例文本,应正确读出的对应中文文本\n昨天买了 9 支新钢笔,昨天买了九支新钢笔\n"缴存基数: ¥28,000",缴存基数两万八千元\n输入/输出端口,输入输出端口\n'


def test_csv_cases_keep_rows_whose_text_has_a_digit():
    assert csv_cases(TTS_CASES_CSV) == [("昨天买了 9 支新钢笔", "昨天买了九支新钢笔"), ("缴存基数: ¥28,000", "缴存基数两万八千元")]


# number2chinesenumber's Vitest spec, cut down: default-mode cases, a 大写 and a money mode, a rounded
# decimal, a refused input (empty), a case broken over lines, a signed string argument.
VITEST_SPEC = """
test('numbers below 10,000 are converted chinese numbers', () => {
  expect(ltTenThousand(1010)).toBe('一千零一十');
  expect(ltTenThousand(1003, 'max')).toBe('壹仟零叁');
  expect(ltTenThousand(10000)).toBe('');
});
test('number to chinese number', () => {
  expect(convertToChineseNumber(0, 'default')).toBe('零');
  expect(convertToChineseNumber(12138)).toBe('一万二千一百三十八');
  expect(convertToChineseNumber(1010, 'amount')).toBe('一千零一十元');
  expect(convertToChineseNumber(100.7007)).toBe('一百点七');
  expect(convertToChineseNumber(1090888800000001)).toBe(
    '一千零九十万亿零八千八百八十八亿零一'
  );
  expect(convertToChineseNumber('-1001')).toBe('负一千零一');
  expect(convertToChineseNumber(12138)).toBe('一万二千一百三十八');
});
"""


def test_vitest_cases_keep_default_mode_readings_of_every_digit():
    assert vitest_cases(VITEST_SPEC) == [
        ("1010", "一千零一十"),
        ("0", "零"),
        ("12138", "一万二千一百三十八"),
        ("1090888800000001", "一千零九十万亿零八千八百八十八亿零一"),
        ("-1001", "负一千零一"),
    ]


# A TTS app's Flutter test of its normalizer, cut down: number cases, one broken over lines, and
# cases without a digit (ellipsis, repeated characters) that are no readings of numbers.
DART_TEST = """
    test('reads plain integers in Chinese', () {
      expect(normalizer.normalizeForTts('有123个人'), '有一百二十三个人');
      expect(normalizer.normalizeForTts('-5度'), '负五度');
    });
    test('collapses ellipsis into an em dash', () {
      expect(normalizer.normalizeForTts('我......没事'), '我——没事');
      expect(normalizer.normalizeForTts('嗖嗖嗖'), '嗖嗖');
    });
    test('applies tone-word rules', () {
      expect(
        normalizer.normalizeForTts('第3章'),
        '第三章',
      );
      expect(twice, once);
    });
"""


def test_dart_cases_keep_inputs_with_a_digit():
    assert dart_cases(DART_TEST) == [("有123个人", "有一百二十三个人"), ("-5度", "负五度"), ("第3章", "第三章")]
