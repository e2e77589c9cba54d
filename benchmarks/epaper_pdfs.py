"""Generate a seeded set of e-paper PDF editions with their ground truth.

Each edition is one or two printed pages (one PDF per page) on a 5-column grid with 3-5
stories: headlines spanning their module's columns, kickers and subtitles, bylines,
crossheads, photos with captions, a display ad now and then, a story jumping from page 1
to page 2 (下转第2版 / 上接第1版), page furniture, and the text drawn in reading order or
shuffled. The article texts are made up here from sentence patterns.

    .venv/bin/python benchmarks/epaper_pdfs.py OUT_DIR [--editions 30] [--seed 7]

writes OUT_DIR/edition_NN/page1.pdf ... and OUT_DIR/edition_NN.truth.json (a list of
{kind, title, kicker, subtitle, byline, body}).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from epaper_support import (  # noqa: E402
    CONTENT_BOTTOM,
    CONTENT_TOP,
    Article,
    PageSpec,
    Placement,
    module_height,
    render_page,
)

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段章钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志宏晓东海波宁峰雪梅琳浩宇晨欣怡佳俊凯"
PLACES = ["城东街道", "西湖区", "高新区", "江北新区", "石门镇", "北山村", "临港片区", "滨江区", "南湖街道", "青山镇",
          "经济开发区", "古城街道", "东阳镇", "溪口村", "新城区"]
ORGS = ["市发改委", "市住建局", "市教育局", "市文旅局", "市市场监管局", "市交通运输局", "市卫健委", "市农业农村局",
        "市生态环境局", "市人社局", "市科技局", "市商务局", "市民政局", "团市委", "市总工会"]
TOPICS = ["老旧小区改造", "乡村振兴", "垃圾分类", "智慧交通", "营商环境优化", "民生实事", "数字经济", "文明城市创建",
          "河道综合治理", "就业帮扶", "科技创新", "养老服务", "校园安全", "农村电商", "全民健身", "食品安全", "低碳出行",
          "社区治理", "非遗保护", "人才引进"]
ACTIONS = ["全面启动", "取得新进展", "按下快进键", "交出亮眼成绩单", "再上新台阶", "持续推进", "提质扩面", "见实效",
           "惠及更多群众", "迈出新步伐"]
SLOGANS = ["优化营商环境", "对冲疫情影响", "抓项目促投资", "守护一方平安", "共建美好家园", "助力共同富裕",
           "聚焦民生关切", "推动高质量发展", "争当排头兵", "跑出加速度"]
SENTENCES = [
    "{month}月{day}日，{org}在{place}召开{topic}工作推进会，全市{n}家单位负责人参加会议。",
    "据介绍，{place}今年共实施{topic}项目{n}个，完成投资{m}.{d}亿元，同比增长{p}.{d}%。",
    "{name}表示，下一步将继续加大{topic}工作力度，确保各项任务按期完成。",
    "截至{month}月底，全市已有{n}个社区完成{topic}任务，惠及群众{m}万人。",
    "“这件事办到了大家的心坎上。”{place}居民{name}说。",
    "会议要求，各地各部门要进一步增强责任感和紧迫感，把{topic}工作抓紧抓实抓出成效。",
    "在{place}，记者看到，工人们正在抓紧施工，现场一派繁忙景象。",
    "{org}相关负责人介绍，今年以来共受理群众诉求{n}件，办结率达到{p}.{d}%。",
    "为确保工作落到实处，{org}成立了专项工作组，建立了周例会和月通报制度。",
    "近年来，{place}坚持问题导向，围绕群众急难愁盼，累计投入资金{m}亿元。",
    "活动现场，{n}名志愿者为市民提供政策咨询、健康义诊等服务。",
    "下阶段，{place}将以{topic}为抓手，进一步完善长效机制，让群众有更多获得感。",
    "据统计，{month}月份全市{topic}相关指标均位居全省前列，其中{n}项指标排名第一。",
    "{name}告诉记者，过去办这件事要跑好几趟，现在在手机上就能办好。",
    "专家认为，{topic}既要注重硬件建设，也要注重服务提升，做到建管并重。",
]
CROSSHEADS = ["压实责任 加快进度", "聚焦重点 精准发力", "创新机制 提升服务", "多方联动 形成合力", "久久为功 常抓不懈"]
CAPTIONS = ["{month}月{day}日，{place}的市民在新建成的口袋公园里休闲健身。",
            "日前，{place}的农户正在抢收早稻，田间地头一片繁忙。",
            "{month}月{day}日，{place}举行{topic}主题活动，吸引众多市民参与。"]
ADS = [("江南家电城", "五一特惠 全场八折", "以旧换新 送货上门", "订购热线：0571-8765 4321"),
       ("城西楼盘 现房发售", "地铁口 名校旁", "咨询电话：400-123-4567", "地址：江南市西湖大道88号")]
ROW_SPANS = [[5], [3, 2], [2, 3], [2, 2, 1], [1, 4], [4, 1], [3, 1, 1], [2, 1, 2]]


@dataclass
class Truth:
    kind: str
    title: str
    body: str
    kicker: str = ""
    subtitle: str = ""
    byline: str = ""


class Writer:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def name(self) -> str:
        return self.rng.choice(SURNAMES) + "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2))))

    def fill(self, template: str, topic: str) -> str:
        r = self.rng
        return template.format(month=r.randint(1, 12), day=r.randint(1, 28), org=r.choice(ORGS),
                               place=r.choice(PLACES), topic=topic, n=r.randint(3, 180), m=r.randint(2, 60),
                               d=r.randint(1, 9), p=r.randint(5, 99), name=self.name())

    def article(self, paragraphs: int) -> Article:
        r = self.rng
        topic = r.choice(TOPICS)
        title = r.choice(PLACES) + topic + r.choice(ACTIONS)
        texts = []
        for n in range(paragraphs):
            sentences = [self.fill(t, topic) for t in r.sample(SENTENCES, r.randint(2, 4))]
            if n == 0:
                sentences[0] = "本报讯 " + sentences[0]
            texts.append("".join(sentences))
        crossheads = ((r.randint(1, paragraphs - 1), r.choice(CROSSHEADS)),) if paragraphs >= 4 and r.random() < 0.4 else ()
        return Article(
            title=title, paragraphs=tuple(texts), crossheads=crossheads,
            kicker=" ".join(r.sample(SLOGANS, 2)) if r.random() < 0.3 else "",
            subtitle=self.fill("{place}{n}个项目集中签约", topic) if r.random() < 0.3 else "",
            byline=("记者 " + self.name() + (" 通讯员 " + self.name() if r.random() < 0.4 else "")) if r.random() < 0.6 else "",
            title_size=r.choice((18.0, 20.0, 22.0, 24.0)),
        )


def _truth(article: Article, extra: tuple[str, ...] = ()) -> Truth:
    heads = dict(article.crossheads)
    paragraphs = []
    for n, text in enumerate(article.paragraphs + extra):
        if n in heads:
            paragraphs.append(heads[n].replace(" ", ""))
        paragraphs.append(text.replace(" ", ""))
    return Truth("article", article.title, "\n".join(paragraphs), article.kicker, article.subtitle, article.byline)


def _layout(rng: random.Random, modules: list[Article]) -> list[Placement] | None:
    """Rows of modules down the page; None when they do not fit."""
    placements, top, queue = [], CONTENT_TOP, list(modules)
    while queue:
        spans = list(rng.choice(ROW_SPANS))
        if len(spans) > len(queue):  # the last row fills the width
            spans = spans[: len(queue)]
            spans[-1] += 5 - sum(spans)
        column, row_bottom = 0, top
        for span in spans:
            placement = Placement(queue.pop(0), column, span, top)
            placements.append(placement)
            row_bottom = max(row_bottom, top + module_height(placement))
            column += span
        top = row_bottom + 12
    return placements if top <= CONTENT_BOTTOM + 12 else None


def make_edition(rng: random.Random, number: int) -> tuple[list[bytes], list[Truth]]:
    writer = Writer(rng)
    pages = 2 if rng.random() < 0.4 else 1
    pdfs: list[bytes] = []
    truths: list[Truth] = []
    jump_rest: tuple[Article, tuple[str, ...]] | None = None
    for page_number in range(1, pages + 1):
        for _attempt in range(50):
            count = rng.randint(3, 5)
            articles = [writer.article(rng.randint(2, 5)) for _ in range(count)]
            extras: list[Article] = []
            if rng.random() < 0.3:
                extras.append(Article("", (), photo_caption=writer.fill(rng.choice(CAPTIONS), rng.choice(TOPICS))
                                      + f"（记者 {writer.name()} 摄）"))
            if rng.random() < 0.25:
                extras.append(Article("", (), ad_lines=rng.choice(ADS)))
            jumping = None
            if pages == 2 and page_number == 1:
                jumping = rng.randrange(len(articles))
                articles[jumping] = _with(articles[jumping], jump_to=2)
            if jump_rest is not None:
                first, rest = jump_rest
                articles.insert(0, Article(first.title, rest, jump_from=1))
            modules = articles + extras
            order = list(range(len(modules)))
            rng.shuffle(order)
            placements = _layout(rng, [modules[i] for i in order])
            if placements is not None:
                break
        else:
            raise RuntimeError("no layout fits; lower the story lengths")
        for article in modules:
            if article.ad_lines:
                continue
            if article.photo_caption:
                caption, credit = article.photo_caption.rsplit("（", 1)
                truths.append(Truth("photo", "", caption, byline=credit.removesuffix(" 摄）")))
            elif article.jump_from is not None:
                continue  # its text is in the first part's truth
            elif article.jump_to is not None:
                rest = tuple(writer.article(2).paragraphs)
                jump_rest = (article, rest)
                truths.append(_truth(article, rest))
            else:
                truths.append(_truth(article))
        spec = PageSpec(page_number, placements, section="要闻" if page_number == 1 else "综合新闻")
        order_name = "shuffled" if rng.random() < 0.5 else "reading"
        pdfs.append(render_page(spec, drawing_order=order_name, seed=number * 10 + page_number))
    return pdfs, truths


def _with(article: Article, **changes) -> Article:
    from dataclasses import replace

    return replace(article, **changes)


def generate(out: Path, editions: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for number in range(1, editions + 1):
        pdfs, truths = make_edition(rng, number)
        folder = out / f"edition_{number:02d}"
        folder.mkdir(exist_ok=True)
        for stale in folder.glob("*.pdf"):
            stale.unlink()
        for page, data in enumerate(pdfs, start=1):
            (folder / f"page{page}.pdf").write_bytes(data)
        (out / f"edition_{number:02d}.truth.json").write_text(
            json.dumps([truth.__dict__ for truth in truths], ensure_ascii=False, indent=1), encoding="utf-8")
        made.append(folder)
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--editions", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    made = generate(args.out, args.editions, args.seed)
    print(f"{len(made)} editions in {args.out}")


if __name__ == "__main__":
    main()
