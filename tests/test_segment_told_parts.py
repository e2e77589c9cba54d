"""A feature told in parts (issue 8): each part is one speaker's words, headed by a crosshead and
closed by the reporter who wrote them down, （本报记者 X整理）. The credit closes a part, not the
story: the next part's head stays a crosshead, while a credit with no such part under it still
ends its story. Our own text in the general shape."""

from __future__ import annotations

from segment_support import segment_text

PARTS = [
    "群众心声",
    "",
    "盼望村里路更好走",
    "从村口望去，新修的水泥路一直",
    "通到山顶，再也不怕下雨天了。",
    "“以前一下雨，路上全是烂泥，",
    "果子运不出去。”老李笑着说。",
    "（本报记者 王明整",
    "理）",
    "",
    "做强企业的信心更足了",
    "十年前，小张从国外留学归来，",
    "在开发区办起了一家科技公司，",
    "如今员工已经有两百多人。",
    "“政策越来越好，我们的干劲也",
    "越来越足。”小张说。",
    "（本报记者 刘芳整",
    "理）",
    "",
    "期待治沙也能致富",
    "沙漠边上的村子种起了沙棘，",
    "绿色一年比一年多，村民的收",
    "入也一年比一年高。老赵说：",
    "“治沙和致富要一起抓。”",
    "（本报记者 赵刚整",
    "理）",
    "",
    "全市新开通三条公交线路",
    "本报讯（记者 张明）今天，全市",
    "新开通三条公交线路，覆盖城东",
    "和城西的十多个社区。",
]


def test_a_story_told_in_parts_stays_one_story():
    stories = segment_text("\n".join(PARTS))
    assert [s.title for s in stories] == ["群众心声", "全市新开通三条公交线路"]
    body = stories[0].body
    paragraphs = body.split("\n")
    assert "做强企业的信心更足了" in paragraphs and "期待治沙也能致富" in paragraphs
    assert "（本报记者王明整理）" in paragraphs and "（本报记者刘芳整理）" in paragraphs
    assert paragraphs[-1].endswith("“治沙和致富要一起抓。”")


def test_a_compiled_credit_with_no_part_under_it_ends_the_story():
    text = "\n".join(PARTS[:9] + [""] + PARTS[-4:])  # one part, then the next story
    stories = segment_text(text)
    assert [s.title for s in stories] == ["群众心声", "全市新开通三条公交线路"]
    assert "全市新开通三条公交线路，覆盖城东" in stories[1].body
    assert "做强企业" not in stories[1].body


# Each part closed by who told it and, on a line of its own, who wrote it down, no brackets
# (……护林员卢元红讲述 / 本报记者 程焕整理): the speaker's line is no title of the next part.
TOLD = [
    "守护好山水 过上好日子",
    "",
    "护林公益岗 生活新希望",
    "清晨，山上的雾还没散，我就骑着",
    "摩托车去巡山护林。当了三年护林",
    "员，家里的日子一年比一年好了。",
    "云岭县落掌村护林员卢元红讲述",
    "本报记者 程焕整理",
    "",
    "护鸟鄱阳湖 脱贫干劲足",
    "每年冬天，数十万只候鸟来湖边越",
    "冬。我跟着巡护员一起巡湖，一个",
    "冬天能增收四千多元。",
    "湖滨乡昌北村护鸟员陶学柳讲述",
    "本报记者 戴林峰整理",
    "",
    "全市新开通三条公交线路",
    "本报讯（记者 张明）今天，全市",
    "新开通三条公交线路，覆盖城东",
    "和城西的十多个社区。",
]


def test_a_speaker_over_an_unbracketed_credit_closes_a_part_not_the_story():
    stories = segment_text("\n".join(TOLD))
    assert [s.title for s in stories] == ["守护好山水 过上好日子", "全市新开通三条公交线路"]
    paragraphs = stories[0].body.replace(" ", "").split("\n")
    assert "护鸟鄱阳湖脱贫干劲足" in paragraphs and "云岭县落掌村护林员卢元红讲述" in paragraphs
    assert "每年冬天" in stories[0].body and "全市" not in stories[0].body
