"""A headline line that ends on a phrase begun (issue 8): a headline sets its phrases apart by a space
and its lines break between phrases, so a line whose last phrase is one or two characters after a
space (传承红色基因 做 / 伟大事业接班人, 全国人大常委会党组召开会议 学习 / 贯彻…) is one the column broke,
and the line under it is in the same role. In the truth of the dev and third-pool dirs such a deck line
goes on in a line of the same role 121 times of 123 (the other two: OCR read the line twice). A credit
or byline ends on a name after a space (视频编辑：张贝龙 文字, 本报记者 李明) and is no such line.
Our own invented page and lines."""

from __future__ import annotations

from audiopaper.ingest import read_edition
from audiopaper.segment import segment_edition
from audiopaper.segment.line_breaks import phrase_opened_at_end

_PAGE = """东江日报

2024年6月1日 星期六

弘扬劳模精神 做

新时代奋斗者
市劳动模范先进事
迹报告会反响热烈

本报讯（记者 陈明）五一前夕，市劳动模范先进事迹报告会在市文化中心举行，报告会在全市干部群众中引起热烈反响。大家纷纷表示，要以劳模为榜样，弘扬劳模精神，在各自岗位上建功立业。
据介绍，今年的志愿服务季将持续到十月底，志愿者将走进社区、学校和企业，开展垃圾分类宣传、河道巡护和植树护绿等活动。市生态环境局负责人表示，希望更多市民加入志愿者队伍。

夏粮收购工作有序展开

本报讯（记者 李华）记者从市粮食局获悉，今年夏粮收购工作已于日前全面展开，全市共设收购网点四十二个，预计收购小麦十五万吨。
市粮食局要求各收购网点严格执行最低收购价政策，做到随到随收，不压级压价，切实保护种粮农民利益。
"""


def _stories(tmp_path, text: str):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return [(s.kicker, "".join(s.title.split()), "".join(s.subtitle.split()))
            for s in segment_edition(read_edition([str(page)]))]


def test_a_title_line_ending_on_a_phrase_begun_goes_on_in_the_next_line(tmp_path):
    assert _stories(tmp_path, _PAGE) == [("", "弘扬劳模精神做新时代奋斗者", "市劳动模范先进事迹报告会反响热烈"),
                                         ("", "夏粮收购工作有序展开", "")]


def test_the_shape():
    assert phrase_opened_at_end("传承红色基因 做")
    assert phrase_opened_at_end("全国人大常委会党组召开会议 学习")
    assert phrase_opened_at_end("網上學習背後 基")
    assert not phrase_opened_at_end("宁夏 新疆")  # a list of short names
    assert not phrase_opened_at_end("精确 高效 及时")
    assert not phrase_opened_at_end("视频编辑：张贝龙 文字")  # a credit ends on a name
    assert not phrase_opened_at_end("本报记者 李明")
    assert not phrase_opened_at_end("弘扬劳模精神 做新时代奋斗者")
    assert not phrase_opened_at_end("全省科技创新成果展 开幕")  # the verb of an event closes the news
    assert not phrase_opened_at_end("年度十大科技进展 发布")
