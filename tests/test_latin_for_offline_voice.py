"""Latin words in the offline voice's text (audiopaper.textnorm): brands and common
English words a listener knows by a Chinese name are said so; acronyms keep letter names."""

from __future__ import annotations

import pytest

from audiopaper.textnorm import normalize

CASES = [
    ("美国总统在Twitter上发文，Facebook和Google股价下跌。", "美国总统在推特上发文，脸书和谷歌股价下跌。"),
    ("在TikTok和YouTube上，这段视频播放量破亿。", "在提克托克和优兔上，这段视频播放量破亿。"),
    ("该公司在NASDAQ上市。", "该公司在纳斯达克上市。"),
    ("我们将举办一场Party，欢迎大家参加。", "我们将举办一场派对，欢迎大家参加。"),
    ("微软Microsoft和亚马逊Amazon加大投入。", "微软和亚马逊加大投入。"),  # a gloss is not said twice
    # near cases that must not change: acronyms are spelled with letter names
    ("中国一季度GDP同比增长。", "中国一季度吉迪皮同比增长。"),
    ("NBA总决赛今晚开打。", "艾恩比诶总决赛今晚开打。"),
]


@pytest.mark.parametrize(("text", "said"), CASES)
def test_latin_in_offline_text(text: str, said: str):
    assert normalize(text) == said


def test_a_voice_that_reads_latin_keeps_the_brand():
    assert normalize("Google和Tesla", reads_latin=True) == "Google和Tesla"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("美国国务卿Rubio表示", "美国国务卿鲁比奥表示"),  # a name no table lists is said by its sound
        ("特朗普（Trump）表示", "特朗普（）表示"),  # a listed name after its Chinese form is not said twice
        ("阿森纳主帅Arteta赛后表示", "阿森纳主帅阿特塔赛后表示"),
        ("OpenAI发布ChatGPT", "欧喷诶艾发布恰特吉皮提"),
        ("BioNTech公司", "比奥艾恩特奇公司"),  # camel case: a capital alone is a letter
        # an acronym typed in small letters opens or closes as no English word does: spelled (nba, usb)
        ("nba比赛如期举行", "艾恩比诶比赛如期举行"),
        ("我们需要升级gpu", "我们需要升级吉皮优"),
        ("插上usb接口", "插上优艾丝比接口"),
        ("他是这个公司的ceo", "他是这个公司的西伊欧"),  # one that looks like a word is listed
        # near cases: small-letter words that can be English words are still said by their sound
        ("一个world级别的bug", "一个沃尔德级别的布格"),
        # near cases: acronyms, App and addresses stay spelled
        ("下载App后登录", "下载诶皮皮后登录"),
        ("投稿邮箱：abc@163.com", "投稿邮箱：诶比西艾特一六三点西欧艾姆"),
        ("详见www.gov.cn", "详见达布溜达布溜达布溜点吉欧维点西艾恩"),
    ],
)
def test_words_no_table_lists(text: str, said: str):
    assert normalize(text) == said


def test_transliteration_follows_the_sound():
    from audiopaper.latin_speech import transliterate

    assert transliterate("Biden") == "比登"
    assert transliterate("Simon") == "西蒙"
    assert transliterate("Chelsea") == "切尔西"
    assert transliterate("Christiana") == "克里斯蒂阿纳"  # chr is kr
