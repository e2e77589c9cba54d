"""Items of a column of briefs opened by a mark (■) (issue 8), seen on the independent page maker's
pages; our own text in the general shapes:

- in a column of briefs a mark opens the next item whatever the line above ended on: a photo's
  credit closing the item above (…方便了。王新华 / 李 明摄影报道), or a full line ending its sentence;
- a marked item's first line whose words run on into the line under it, and that line's into the next
  one (■省机械工业联合会今 / 天（15日）发布的信 / 息显示，……), is one sentence the column broke: the
  item's text, not its title."""

from __future__ import annotations

from segment_support import column, segment_lines_whole

MARKED_AFTER_A_PHOTO_CREDIT = [
    "简讯",
    "",
    *column("■市机械工业协会今天（2月15日）发布的信息显示，去年全市机械工业主要经济指标实现平稳增长，机械工业增加值"
            "同比增长百分之四，高于全市工业增加值增速，机械工业发展韧性不断增强。", 11),
    "",
    *column("■在城南新区的老街上，有一条连接两个社区的石板小路。以前，这是居民进城的主要通道，雨天湿滑难行。为方便群众，"
            "街道出资二十万元，硬化了这条人行便道。现在，附近三千多名居民出行更加方便了。王新华", 11),
    " 李 明摄影报道",
    "",
    *column("■市商务局今天发布的数据显示，一季度全市对外承包工程新签合同额同比增长七成，主要集中在交通运输和电力工程"
            "等领域。", 11),
]


def test_a_mark_opens_the_next_item_under_a_photo_credit():
    stories = segment_lines_whole(MARKED_AFTER_A_PHOTO_CREDIT, left_out=("简讯",))
    assert len(stories) == 3
    assert stories[1].body.rstrip().endswith("摄影报道")
    assert stories[2].body.startswith("市商务局今天发布的数据显示")


MARKED_SENTENCE_RUNNING_ON = [
    "短讯",
    "",
    *column("■省机械工业联合会今天（15日）发布的信息显示，去年全省机械工业主要经济指标实现平稳增长。截至去年底，机械"
            "工业共有规模以上企业一万家，较上年增加一千家。机械工业增加值同比增长4%，高于全省工业增加值增速0.4个百分"
            "点，发展韧性不断增强。", 10),
    "",
    *column("■省商务厅今天（2月24日）发布的数据显示，1月份，全省对外承包工程新签合同额同比增长七成。", 10),
]


def test_a_marked_line_running_on_into_its_sentence_is_the_item_s_text():
    assert MARKED_SENTENCE_RUNNING_ON[2:4] == ["■省机械工业联合会今", "天（15日）发布的信"]  # 今 / 天, 信 / 息
    stories = segment_lines_whole(MARKED_SENTENCE_RUNNING_ON, left_out=("短讯",))
    assert [s.title for s in stories] == ["", ""]
    assert stories[0].body.startswith("省机械工业联合会今天（15日）发布的信息显示")
