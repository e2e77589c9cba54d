"""People's Daily kickers that frame the news (issue 8, rounds 43 and 44): a line reporting a document
issued (多部门联合印发意见, 《求是》杂志发表…重要文章), who spoke and what they urged (…在陕西调研时强调…) or
how a directive was taken (…重要指示引起热烈反响) stands over the main title, which says what the document
asks, what was urged or what the article is. Read as title and subtitle, the deck turns round. One rule,
`headlines._frame_line_over_title`, reads them all. Each page is our own text in the general shape."""

from __future__ import annotations

import pytest

from segment_support import segment_text

_FRAMED_DECKS = {
    "a line reporting opinions issued is the kicker over what they ask": (
        ["多部门联合印发意见",
         "加强退役军人、军属和其他优抚对象优待工作",
         "新华社北京1月10日电 退役军人事务部等多部门日前联合印发意见，要求加强退役军人和其他优抚对象优待工作，",
         "在教育、就业、住房等方面给予优先优待。"],
        ("多部门联合印发意见", "加强退役军人、军属和其他优抚对象优待工作", "")),
    "a line reporting an article published is the kicker over the article": (
        ["《学习》杂志发表省委书记重要文章",
         "在全省领导干部大会上的讲话",
         "本报讯 明天出版的《学习》杂志将发表省委书记的重要文章。文章指出，",
         "要坚持以人民为中心的发展思想，推动全省经济社会高质量发展。"],
        ("《学习》杂志发表省委书记重要文章", "在全省领导干部大会上的讲话", "")),
    "a speech report running on past its verb is the kicker": (
        ["刘明在云南调研时强调加快发展职业教育",
         "更好服务地方产业转型升级",
         "本报昆明5月6日电 刘明5日至6日在云南调研职业教育工作。他指出，",
         "要深化产教融合、校企合作，让职业院校培养的人才对接地方产业。"],
        ("刘明在云南调研时强调加快发展职业教育", "更好服务地方产业转型升级", "")),
    "a reaction line over a title the column broke is the kicker": (
        ["总书记对乡村振兴工作的重要指示引起热烈反响",
         "奋力开创新",
         "时代乡村振兴新局面",
         "新华社北京3月20日电 总书记对乡村振兴工作作出重要指示，在各地干部群众中引起热烈反响。大家表示，",
         "要坚决贯彻落实，奋力开创新时代乡村振兴新局面，让农民的日子越过越红火。"],
        ("总书记对乡村振兴工作的重要指示引起热烈反响", "奋力开创新时代乡村振兴新局面", "")),
}


@pytest.mark.parametrize("lines, deck", _FRAMED_DECKS.values(), ids=list(_FRAMED_DECKS))
def test_a_frame_line_over_the_title_is_the_kicker(lines, deck):
    [story] = segment_text("\n".join(lines))
    assert (story.kicker, story.title, story.subtitle) == deck
