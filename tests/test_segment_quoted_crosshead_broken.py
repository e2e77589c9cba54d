"""A crosshead that quotes a speaker, broken over two lines by the column, OCR leaving a blank line
between (issue 8, People's Daily pages): the first line opens the quote and leaves it open, the second
closes it (“中国发展前景不会因为当前的疫情而改 / 变”). The two are one head; where the prose under
it goes on with the story's names and terms, it is the story's crosshead, not a new story's title.
Our own text."""

from __future__ import annotations

from segment_support import segment_lines_whole

STORY = [
    "“欢迎更多中国企业前来合作”（共建一带一路）",
    "本报开罗3月2日电 熙熙攘攘的开罗",
    "街头，不时有骑着中国摩托车的年轻",
    "人驶过。埃及经销商介绍，中国摩托",
    "车价格适中、质量可靠，在埃及市场",
    "很受欢迎，销量逐年增长。",
    "",
    "埃及经销商表示，中国企业在当地建",
    "厂以后，摩托车的零配件供应更加及",
    "时，维修也更方便了。",
    "",
    "“中国企业带来的不只是摩托车和零",
    "",
    "配件”",
    "",
    "埃及经销商说，中国企业在当地建厂",
    "后培训了大批技术工人，摩托车的零",
    "配件不再依赖进口，年轻人有了稳定",
    "的工作，当地的摩托车市场也更加活",
    "跃。埃及经销商希望与中国企业继续",
    "深化合作。",
]


def test_a_quoted_head_broken_over_a_blank_line_stays_in_its_story():
    stories = segment_lines_whole(STORY)
    assert len(stories) == 1
    assert "\n“中国企业带来的不只是摩托车和零配件”\n" in stories[0].body
    assert stories[0].body.endswith("深化合作。")
