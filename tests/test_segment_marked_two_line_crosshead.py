"""A marked crosshead of two phrases set over two lines (◆批生母未盡責任 / 籲社署免生同類事件), between
two paragraphs of its story (issue 8, the column-layout pages from the Hong Kong source): a crosshead
of the story, not a new story's deck. Our own text."""

from __future__ import annotations

from segment_support import body_chars, segment_text

COURT_REPORT = [
    "商场纵火案今日宣判",
    "",
    "记者 陈家伟",
    "",
    "去年三月在城东商场纵火的男子今日在区",
    "域法院被判入狱六年。法官指被告事前买",
    "备汽油，行为危险，幸好商场保安及时扑",
    "灭火头，没有造成伤亡。",
    "",
    "◆法官：被告蓄意纵火",
    "危害公众安全",
    "",
    "法官表示，被告在商场人流最多的时候纵",
    "火，完全不顾商场内顾客的安全，法庭必",
    "须判处具阻吓力的刑罚。被告的律师求情",
    "时称被告当时情绪低落，法官不接纳。",
    "",
    "◆商场加强保安巡逻",
    "顾客称仍有阴影",
    "",
    "事发后商场加强保安巡逻，并增设灭火设",
    "备。有顾客表示，虽然商场已恢复营业，",
    "但每次经过仍有阴影。",
]


def test_a_marked_crosshead_of_two_phrases_stays_in_its_story():
    stories = segment_text("\n".join(COURT_REPORT))
    assert [s.title for s in stories] == ["商场纵火案今日宣判"]
    assert "商场加强保安巡逻" in stories[0].body
    assert body_chars(stories[0].body) == body_chars("\n".join(COURT_REPORT[4:]))
