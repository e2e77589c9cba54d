"""A title the column broke between a preposition's object and the verb it waits for (习近平将对缅甸 /
进行国事访问) is one title read on without a break: the line stops on the object of 对, 就, 把…
with no verb after it, and the next line opens on that verb. Our own invented text in the
general shape of a wire story."""

from __future__ import annotations

from audiopaper.segment import line_breaks
from segment_support import segment_text

_LEAD = ["新华社北京1月10日电 外交部发言人宣布：应缅甸总统温敏邀请，", "国家主席习近平将于1月17日至18日对缅甸进行国事访问。",
         "这是中国国家主席时隔19年再次访问缅甸。"]


def test_a_title_broken_before_its_verb_reads_on_as_one():
    [story] = segment_text("\n".join(["习近平将对缅甸", "进行国事访问", "", *_LEAD]))
    assert (story.kicker, story.title, story.subtitle) == ("", "习近平将对缅甸进行国事访问", "")


def test_only_a_preposition_s_object_left_without_its_verb_reads_on():
    assert line_breaks.title_wrapped("坚持把城市", "作为有机生命体系统谋划")
    awaits = line_breaks._object_awaits_verb
    assert not awaits("从现实情况来看", "促进科技自主创新")  # 从…来看 closes its frame
    assert not awaits("外交部发言人就中菲关系答记者问", "强调维护地区和平")  # its verb is in the line
    assert not awaits("习近平将对缅甸", "——进行国事访问")  # a dash opens a subtitle
    assert not awaits("习近平将对缅甸", "国事访问")  # no verb for it under the line
