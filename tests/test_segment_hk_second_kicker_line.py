"""Hong Kong decks (issue 8): a kicker read over two lines on a traditional page. A Hong Kong
kicker is one topic line; the second line, which the labeller reads as a title line more than a
kicker and which the column did not break from the first, is the head of a title whose phrases run
over two lines (武漢肺炎大爆發 / 韓確診破千宗 / 文在寅開會…). Our own invented text."""

from __future__ import annotations

from audiopaper.segment.headlines import Headline, _second_kicker_line_opens_title, _unit
from audiopaper.segment.page_line import Line

_LEAD = "港府今日宣布增设十个社区接种中心，长者可以优先接种，市民下月起可以经网上系统预约"


def _units(*lines: tuple[str, float, float], traditional: bool = True):
    return [_unit(text, Line(n, text, label_probs={"kicker": kicker, "headline": title, "subtitle": 0.0},
                             traditional=traditional))
            for n, (text, kicker, title) in enumerate(lines)]


def test_second_kicker_line_opens_the_title():
    units = _units(("疫苗接种计划", 0.6, 0.3), ("社区接种中心增至十个", 0.2, 0.7), ("长者优先 下月可网上预约", 0.0, 0.9))
    read = Headline(title="长者优先 下月可网上预约", kicker="疫苗接种计划 社区接种中心增至十个")
    got = _second_kicker_line_opens_title(read, units, _LEAD)
    assert (got.kicker, "".join(got.title.split()), got.subtitle) == ("疫苗接种计划", "社区接种中心增至十个长者优先下月可网上预约", "")


def test_second_kicker_line_stays_where_the_labeller_reads_a_kicker_or_the_page_is_simplified():
    read = Headline(title="长者优先 下月可网上预约", kicker="疫苗接种计划 社区接种中心增至十个")
    leaning_kicker = _units(("疫苗接种计划", 0.6, 0.3), ("社区接种中心增至十个", 0.6, 0.3),
                            ("长者优先 下月可网上预约", 0.0, 0.9))
    assert _second_kicker_line_opens_title(read, leaning_kicker, _LEAD) == read
    simplified = _units(("疫苗接种计划", 0.6, 0.3), ("社区接种中心增至十个", 0.2, 0.7),
                        ("长者优先 下月可网上预约", 0.0, 0.9), traditional=False)
    assert _second_kicker_line_opens_title(read, simplified, _LEAD) == read


def test_second_kicker_line_of_figures_or_restating_the_lead_stays():
    figures = _units(("疫苗接种计划", 0.6, 0.3), ("2020.11.27", 0.1, 0.3), ("长者优先 下月可网上预约", 0.0, 0.9))
    read = Headline(title="长者优先 下月可网上预约", kicker="疫苗接种计划 2020.11.27")
    assert _second_kicker_line_opens_title(read, figures, _LEAD) == read
    restating = _units(("疫苗接种计划", 0.6, 0.3), ("港府今日宣布增设十个社区接种中心", 0.2, 0.7),
                       ("长者优先 下月可网上预约", 0.0, 0.9))
    read = Headline(title="长者优先 下月可网上预约", kicker="疫苗接种计划 港府今日宣布增设十个社区接种中心")
    assert _second_kicker_line_opens_title(read, restating, _LEAD) == read
