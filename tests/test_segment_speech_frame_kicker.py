"""People's Daily kickers that frame the news (issue 8, round 44): a line reporting who spoke at what
occasion (…在陕西调研时强调…) or how a directive was taken (…重要指示引起热烈反响) stands over the main
title, which says what was urged. Read as title and subtitle, the deck turns round. Each page is our own
text in the general shape."""

from __future__ import annotations

from segment_support import segment_text


def test_a_speech_report_running_on_past_its_verb_is_the_kicker():
    text = "\n".join([
        "刘明在云南调研时强调加快发展职业教育",
        "更好服务地方产业转型升级",
        "本报昆明5月6日电 刘明5日至6日在云南调研职业教育工作。他指出，",
        "要深化产教融合、校企合作，让职业院校培养的人才对接地方产业。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == (
        "刘明在云南调研时强调加快发展职业教育", "更好服务地方产业转型升级", "")


def test_a_reaction_line_over_a_title_the_column_broke_is_the_kicker():
    text = "\n".join([
        "总书记对乡村振兴工作的重要指示引起热烈反响",
        "奋力开创新",
        "时代乡村振兴新局面",
        "新华社北京3月20日电 总书记对乡村振兴工作作出重要指示，在各地干部群众中引起热烈反响。大家表示，",
        "要坚决贯彻落实，奋力开创新时代乡村振兴新局面，让农民的日子越过越红火。",
    ])
    [story] = segment_text(text)
    assert (story.kicker, story.title, story.subtitle) == (
        "总书记对乡村振兴工作的重要指示引起热烈反响", "奋力开创新时代乡村振兴新局面", "")
