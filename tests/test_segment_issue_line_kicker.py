"""People's Daily kickers reporting a document issued (issue 8, round 43): a line saying who issued
what (多部门联合印发意见, 《求是》杂志发表…重要文章) stands over the main title, which says what the
document asks or what the article is. Read as title and subtitle, the deck turns round. Each page is
our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text


def test_a_line_reporting_opinions_issued_is_the_kicker_over_what_they_ask():
    text = "\n".join([
        "多部门联合印发意见",
        "加强退役军人、军属和其他优抚对象优待工作",
        "新华社北京1月10日电 退役军人事务部等多部门日前联合印发意见，要求加强退役军人和其他优抚对象优待工作，",
        "在教育、就业、住房等方面给予优先优待。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == (
        "多部门联合印发意见", "加强退役军人、军属和其他优抚对象优待工作", "")


def test_a_line_reporting_an_article_published_is_the_kicker_over_the_article():
    text = "\n".join([
        "《学习》杂志发表省委书记重要文章",
        "在全省领导干部大会上的讲话",
        "本报讯 明天出版的《学习》杂志将发表省委书记的重要文章。文章指出，",
        "要坚持以人民为中心的发展思想，推动全省经济社会高质量发展。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == (
        "《学习》杂志发表省委书记重要文章", "在全省领导干部大会上的讲话", "")
