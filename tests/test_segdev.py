"""The segmentation development kit: simulator (tools/segdev) and scorer (benchmarks/bench_segment.py).

Runs on the committed article excerpt only (tools/segdev/excerpt), never the network."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from script_support import EXCERPT, ROOT, load_script

simulate = load_script("segdev_simulate", ROOT / "tools" / "segdev" / "simulate.py")
bench = load_script("bench_segment", ROOT / "benchmarks" / "bench_segment.py")
fetch = load_script("segdev_fetch", ROOT / "tools" / "segdev" / "fetch_articles.py")


@pytest.fixture(scope="module")
def articles():
    return simulate.load_articles("dev", EXCERPT)


@pytest.fixture(scope="module")
def cases(articles):
    return simulate.simulate(articles, seed=7, pages=8, split="dev")


def test_simulator_is_deterministic_for_a_seed(articles):
    first = simulate.simulate(articles, seed=3, pages=4, split="dev")
    again = simulate.simulate(articles, seed=3, pages=4, split="dev")
    other = simulate.simulate(articles, seed=4, pages=4, split="dev")
    assert json.dumps(first, ensure_ascii=False) == json.dumps(again, ensure_ascii=False)
    assert json.dumps(first, ensure_ascii=False) != json.dumps(other, ensure_ascii=False)


def test_truth_stories_use_the_segment_json_keys(cases):
    keys = {"kind", "title", "kicker", "subtitle", "byline", "body", "page", "continued_from", "items"}
    for case in cases:
        for story in case["truth"]["stories"]:
            assert keys <= story.keys()


def test_every_body_character_is_on_the_page(cases):
    for case in cases:
        page_chars = Counter("".join(case["files"].values()))
        for story in case["truth"]["stories"]:
            missing = Counter(bench.squash(story["body"])) - page_chars
            assert not missing, (case["name"], story["title"], missing)


def test_line_labels_rebuild_the_page(cases):
    for case in cases:
        lines = case["truth"]["lines"]
        n_stories = len(case["truth"]["stories"])
        assert all(line["label"] in simulate.LABELS for line in lines)
        assert all(-1 <= line["story"] < n_stories for line in lines)
        assert all(line["story"] == -1 for line in lines if line["label"] in simulate.FURNITURE_LABELS)
        for page_no, fname in enumerate(case["truth"]["files"], start=1):
            text = case["files"][fname].rstrip("\n").split("\n")
            assert text == [line["text"] for line in lines if line["page"] == page_no]


def _is_subsequence(part: str, text: str) -> bool:
    chars = iter(text)
    return all(char in chars for char in part)


def test_an_added_subtitle_sums_up_its_own_story(articles):
    # round 3 took subtitles from other articles' decks: they shared no word with the story
    params = simulate.Params(deck_subtitle=1.0, deck_from_story=1.0)
    cases = simulate.simulate(articles, seed=5, pages=6, split="dev", params=params)
    own = {a["id"]: a["subtitle"] for a in articles}
    stock = set(simulate.SUBTITLES)  # where no clause of the lead fits a deck
    added = [s for c in cases for s in c["truth"]["stories"]
             if s["kind"] == "article" and s["subtitle"] and not own[s["article_id"]] and s["subtitle"] not in stock]
    assert len(added) >= 5
    for story in added:
        body = bench.squash(story["body"])
        assert all(_is_subsequence(part, body) for part in story["subtitle"].split()), story["subtitle"]
        assert story["subtitle"] != story["title"]


def test_round_three_decks_stay_reachable_by_a_param(articles):
    params = simulate.Params(deck_subtitle=1.0, deck_pool_only=1)
    pool = set(simulate.Pools.for_articles(articles, "dev").subtitles)
    cases = simulate.simulate(articles, seed=5, pages=6, split="dev", params=params)
    own = {a["id"]: a["subtitle"] for a in articles}
    added = [s["subtitle"] for c in cases for s in c["truth"]["stories"]
             if s["kind"] == "article" and not own[s["article_id"]]]
    assert added and set(added) <= pool


def test_a_subtitle_from_the_lead_drops_its_dateline_and_time():
    article = {"id": "x", "title": "我市重大项目集中开工",
               "paragraphs": ["本报讯 今天，首批12个项目签约，总投资超30亿元。这是今年以来规模最大的一次。"]}
    subtitles = {simulate.story_subtitle(article, simulate.random.Random(n)) for n in range(20)}
    # 这是… leans on the sentence before it: no deck line
    assert subtitles == {"首批12个项目签约 总投资超30亿元", "首批12个项目签约", "总投资超30亿元"}
    assert simulate.story_kicker(article, simulate.random.Random(0), "首批12个项目签约") == "总投资超30亿元"


def test_columns_are_10_to_20_characters_wide(cases):
    widths = [simulate.display_width(line["text"].lstrip("　")) for case in cases for line in case["truth"]["lines"]
              if line["label"] == "body"]
    assert max(widths) <= 20
    assert 10 <= Counter(round(w) for w in widths).most_common(1)[0][0] <= 20


def test_written_cases_are_read_back(tmp_path, cases):
    simulate.write_cases(cases[:6], tmp_path)
    inputs = bench.case_inputs(tmp_path)
    assert len(inputs) == 6
    for target, truth in inputs:
        assert target.exists()
        assert truth["stories"]


def test_truth_against_itself_scores_one(cases):
    report = bench.Report()
    for case in cases:
        report.add(bench.score_case(case["truth"]["stories"], case["truth"], case["name"]))
    assert report.f1 == 1.0 and report.headline_accuracy == 1.0
    assert not report.errors


def test_a_bad_segmentation_scores_less_and_says_why(cases):
    case = next(c for c in cases if len([s for s in c["truth"]["stories"] if s["kind"] != "classifieds"]) >= 3)
    stories = [s for s in case["truth"]["stories"] if s["kind"] != "classifieds"]
    merged = [dict(stories[0], body=stories[0]["body"] + "\n" + stories[1]["body"])] + stories[2:]
    halves = []
    for story in stories:
        body = story["body"]
        halves += [dict(story, body=body[: len(body) // 2]), dict(story, title="）", body=body[len(body) // 2:])]
    retitled = [dict(s, title=s["kicker"] or "文／记者 陈晶") for s in stories]

    merged_score = bench.score_case(merged, case["truth"])
    assert merged_score.matched == len(stories) - 2
    assert "merged_stories" in {e["kind"] for e in merged_score.errors}

    split_score = bench.score_case(halves, case["truth"])
    assert split_score.matched == 0
    assert {"split_story", "fragment_as_headline"} <= {e["kind"] for e in split_score.errors}

    retitled_score = bench.score_case(retitled, case["truth"])
    assert retitled_score.matched == len(stories) and retitled_score.titles_right < len(stories)


def test_overlap_rule_is_ninety_percent_of_the_longer_body():
    body = "甲乙丙丁戊己庚辛壬癸" * 10
    assert bench.bodies_match(body, body[:90])[0]
    assert not bench.bodies_match(body, body[:89])[0]
    assert not bench.bodies_match(body[:89], body)[0]


def test_the_test_split_is_frozen_by_the_article_id():
    assert fetch.split_of("cctv-2025-10-31-1") == "test"
    assert fetch.split_of("cctv-2025-10-31-0") == "dev"
    share = sum(fetch.split_of(f"id-{n}") == "test" for n in range(2000)) / 2000
    assert 0.25 < share < 0.35
    for split in ("dev", "test"):
        assert all(fetch.split_of(p.stem) == split for p in (EXCERPT / split).glob("*.json"))


def test_the_scorer_runs_the_real_segmenter(tmp_path, articles):
    simulate.write_cases(simulate.simulate(articles, seed=11, pages=2, split="dev"), tmp_path)
    report = bench.score_dir(tmp_path)
    assert report.cases == 2 and report.truth > 0 and report.predicted > 0
    assert "page_refused" not in report.errors
    assert 0.0 <= report.f1 <= 1.0 and report.matched <= min(report.truth, report.predicted)
    assert json.loads(json.dumps(report.summary()))["cases"] == 2


# A People's Daily file as the crawler wrote it (h3, h1, h2, then one <p> a line); the text is
# ours, in the paper's shape: its articles may not be redistributed.
RMRB_FILE = (
    "新春走基层\n"
    "小站里的年夜饭（一线见闻）\n"
    "——记铁路养护工人的除夕\n"
    "\u3000\u3000本报记者\xa0\xa0王\xa0晨\n"
    "\u3000\u3000本报兰州2月4日电\xa0\xa0（记者李心如）除夕夜，海拔两千多米的小站格外安静。工区的十几名养护工人围坐一桌，吃上了热腾腾的饺子。\n"
    "\u3000\u3000“线路就是我们的家。”工长张建华说，今年是他在小站过的第十五个春节。\n"
    "\u3000\u3000守护平安\n"
    "\u3000\u3000每天凌晨，工人们都要沿着铁路巡查一遍，检查钢轨和道岔，记录每一处细小的变化。春运期间，巡查从一天一次加到一天两次，不放过任何隐患。\n"
    "\u3000\u3000——张建华\n"
    "\u3000\u3000图为养护工人在检查道岔。\xa0\xa0本报记者\xa0\xa0刘\xa0畅摄\n"
    "\u3000\u3000吃完年夜饭，大家又换上工装，走进了风雪里。这一夜，列车一趟趟平安驶过小站，驶向远方的万家灯火。\n"
    "\u3000\u3000（新华社兰州2月4日电）\n"
    "\u3000\u3000版式设计：赵\xa0燕\n"
    "\u3000\u3000栏目投稿邮箱：example@example.com\n"
)


def test_a_peoples_daily_file_becomes_an_article():
    source = fetch.SOURCES["caspiankexin/people-daily-crawler-date"]
    article = fetch._rmrb_article("20190205-05-02", RMRB_FILE, source)
    assert article["id"] == "rmrb-20190205-05-02" and article["source"] == "rmrb"
    assert (article["kicker"], article["title"], article["subtitle"]) == (
        "新春走基层", "小站里的年夜饭（一线见闻）", "记铁路养护工人的除夕")
    assert article["byline"] == "本报记者 王 晨"  # the byline line wins over the lead's bracket
    assert article["lead"] == "本报兰州2月4日电"
    assert article["paragraphs"][0].startswith("除夕夜，海拔")
    assert article["crossheads"] == {"2": "守护平安"}
    assert "——张建华" in article["paragraphs"]  # a quote's source is no crosshead
    assert article["captions"] == ["图为养护工人在检查道岔。 本报记者 刘 畅摄"]
    assert article["credit"] == "（新华社兰州2月4日电） 版式设计：赵 燕"
    assert not any("投稿邮箱" in p or "摄" in p for p in article["paragraphs"])
    assert article["genre"] == "feature"  # crossheads; （一线见闻） names no commentary column


def test_a_dateline_byline_in_brackets_is_the_byline_and_a_short_file_is_left_out():
    source = fetch.SOURCES["caspiankexin/people-daily-crawler-date"]
    body = "多地出台措施稳就业保民生，一季度城镇新增就业人数保持稳定，重点群体就业形势总体平稳。" * 4
    text = f"\n一季度城镇新增就业稳定\n\n\u3000\u3000新华社北京4月20日电\xa0\xa0（记者王晨、李佳）{body}\n"
    article = fetch._rmrb_article("20200421-02-03", text, source)
    assert (article["lead"], article["byline"], article["genre"]) == ("新华社北京4月20日电", "记者王晨、李佳", "wire")
    assert article["paragraphs"] == [body]
    assert fetch._rmrb_article("20200421-02-04", "\n简短消息\n\n\u3000\u3000太短。\n", source) is None


def test_pages_come_from_the_default_sources_unless_others_are_named(tmp_path):
    source = fetch.SOURCES["caspiankexin/people-daily-crawler-date"]
    for split in ("dev", "test"):
        folder = tmp_path / split
        folder.mkdir()
        for path in (EXCERPT / split).glob("*.json"):
            (folder / path.name).write_bytes(path.read_bytes())
    article = fetch._rmrb_article("20190205-05-02", RMRB_FILE, source)
    fetch.write_articles([article], tmp_path)
    split = fetch.split_of(article["id"])
    default = simulate.load_articles(split, tmp_path)
    assert json.dumps(default, ensure_ascii=False) == json.dumps(simulate.load_articles(split, EXCERPT),
                                                                 ensure_ascii=False)
    only_new = simulate.load_articles(split, tmp_path, simulate.parse_sources(" rmrb,"))
    assert [a["id"] for a in only_new] == [article["id"]]
    with pytest.raises(SystemExit):
        simulate.load_articles(split, EXCERPT, ("rmrb",))


# An <item> of the 新华每日电讯 feed, written here in the feed's shape (the texts are not ours to commit):
# the deck in a table over the text, paragraphs split by <br/>, a crosshead centred in bold, a jump
# marker, the closing dateline after the last sentence.
MRDX_LINK = "http://mrdx.cn/content/20260427/Articel01002NR.htm"
MRDX_ITEM = (
    '<div class="contenttext" id="contenttext"><table><tbody>'
    '<tr valign="top"><td><div align="center"><font style="FONT-SIZE: 18px">春日走基层</font></div></td></tr>'
    '<tr valign="top"><td><div align="center"><strong><font style="FONT-SIZE: 23px">守好小站 \r\n'
    '      温暖万家</font></strong></div></td></tr>'
    '<tr valign="top"><td><div align="center"><font style="FONT-SIZE: 18px">——记铁路养护工人的除夕</font>'
    '</div></td></tr><tr valign="top"><td><hr color="#000000" size="1"/></td></tr>'
    '<tr valign="top"><td align="center">（ 2026-04-27 ） 稿件来源：新华每日电讯 要闻</td></tr></tbody></table>'
    '<div>\xa0</div><div>新华社记者 王晨<br/><br/>'
    "\u3000\u3000除夕夜，海拔两千多米的小站灯火通明，养护工人们围坐在一起包饺子，窗外风雪正紧。<br/>"
    "\u3000\u3000工长张建华说，列车一趟趟驶过，道岔和线路每隔两小时就要查一遍，谁也不敢松劲。\u3000（下转6版）<br/>"
    "（上接1版）<br/>"
    '<div align="center"><strong>守护平安</strong></div><br/><br/>'
    "\u3000\u3000零点的钟声响起，工人们放下碗筷，拿起手电和扳手，又一次走进风雪里检查道岔。<br/>"
    "\u3000\u3000天亮时，最后一趟列车平安驶过小站，驶向远方的万家灯火，大家这才回屋歇息。\u3000\u3000新华社兰州4月26日电"
    "</div><div>\xa0</div></div>"
)


def test_a_xinhua_daily_telegraph_item_becomes_an_article():
    source = fetch.SOURCES["ifyuls/xhmrdx-rss"]
    article = fetch._mrdx_article("[01版：要闻] 守好小站 温暖万家 —— 记铁路养护工人的除夕", MRDX_LINK, MRDX_ITEM, source)
    assert article["id"] == "mrdx-20260427-01002" and article["source"] == "mrdx"
    assert (article["kicker"], article["title"], article["subtitle"]) == (
        "春日走基层", "守好小站 温暖万家", "记铁路养护工人的除夕")  # a title over two lines
    assert (article["byline"], article["lead"]) == ("新华社记者 王晨", "")
    assert article["crossheads"] == {"2": "守护平安"}
    assert article["paragraphs"][1].endswith("谁也不敢松劲。")  # no jump marker left in the text
    assert not any("版）" in p for p in article["paragraphs"])
    assert article["paragraphs"][-1].endswith("大家这才回屋歇息。")
    assert article["credit"] == "新华社兰州4月26日电"
    assert article["genre"] == "feature"


def test_a_xinhua_daily_telegraph_wire_keeps_its_dateline_and_a_bare_name_is_the_byline():
    source = fetch.SOURCES["ifyuls/xhmrdx-rss"]
    head = ('<table><tr><td><div align="center"><strong>一季度城镇新增就业稳定</strong></div></td></tr>'
            "<tr><td>（ 2026-04-21 ） 稿件来源：新华每日电讯 要闻</td></tr></table><div>")
    body = "多地出台措施稳就业保民生，一季度城镇新增就业人数保持稳定，重点群体就业形势总体平稳。" * 4
    wire = fetch._mrdx_article("[02版：要闻] 一季度城镇新增就业稳定", MRDX_LINK,
                               f"{head}\u3000\u3000新华社北京4月20日电（记者王晨、李佳）{body}</div>", source)
    assert (wire["lead"], wire["byline"], wire["genre"]) == ("新华社北京4月20日电", "记者王晨、李佳", "wire")
    assert wire["paragraphs"] == [body]
    signed = fetch._mrdx_article("[05版：新华智见] 一季度城镇新增就业稳定", MRDX_LINK,
                                 f"{head}丁磊<br/>\u3000\u3000{body}<br/>（作者为本报评论员）</div>", source)
    assert (signed["byline"], signed["credit"], signed["genre"]) == ("丁磊", "（作者为本报评论员）", "commentary")
    assert fetch._mrdx_article("[02版：要闻] 简讯", MRDX_LINK, f"{head}太短。</div>", source) is None


# An <item> of the 学习时报 feed in the paper's own HTML, written here in its shape.
STUDYTIMES_LINK = "https://paper.studytimes.cn/cntheory/2026-05/04/content_9956616.html"
STUDYTIMES_ITEM = (
    '<div class="main-content" id="news_content"><h3 class="headline" style="text-align: center;">读书札记</h3>'
    '<h1 style="text-align: center;"><!-- title标题 -->\r\n      读书是立身从政的根本<!-- title标题end --></h1>'
    '<h3 class="subtitle" style="text-align: center;">——谈领导干部的学习</h3>'
    '<p class="datesource">王晨 字数: <text id="wordcount">1929</text></p>'
    '<p class="datesource">   《 学习时报 》（ 2026年05月04日  第 05 版 ） </p><cms-content id="content">'
    '<p><p style="text-indent:2em;">读书学习绝非可有可无的小事，而是关系事业发展的大事，领导干部要把读书当作一种生活态度、一种工作责任、一种精神追求，自觉使读书学习成为'
    '陶冶情操、增长知识、提高本领的重要途径，在书本中汲取智慧和力量，不断提高自身的理论素养和履职能力。</p>'
    '<p style="text-indent:2em;"><strong>读书要有恒心</strong></p>'
    '<p style="text-indent:2em;">读书贵在坚持，日积月累方能厚积薄发，一曝十寒则难有所成，这是古今读书人的共同体会。每天挤出一点时间，积少成多，终有所获。</p>'
    '<p style="text-indent:2em;">读书还要联系实际，把书本知识转化为推动工作的本领，在实践中检验所学、深化所学，做到学以致用、用以促学、学用相长。</p>'
    '<p style="text-indent:2em;">好读书、读好书、善读书，既是个人修养的需要，也是做好工作的基础。领导干部带头读书，'
    '就能带动身边的人多读书，在全社会形成爱读书、读好书的良好风气，让书香充盈机关、校园和千家万户。</p>'
    '<p style="text-indent:2em;">（作者系中共中央党校（国家行政学院）教授）</p></p></cms-content></div>'
)


def test_a_study_times_item_becomes_an_article_and_an_advert_does_not():
    source = fetch.SOURCES["ifyuls/xxsb-rss"]
    article = fetch._studytimes_article("[05版：读书治学] 读书是立身从政的根本 (1929字)", STUDYTIMES_LINK,
                                        STUDYTIMES_ITEM, source)
    assert article["id"] == "studytimes-9956616" and article["source"] == "studytimes"
    assert (article["kicker"], article["title"], article["subtitle"], article["byline"]) == (
        "读书札记", "读书是立身从政的根本", "谈领导干部的学习", "王晨")
    assert article["crossheads"] == {"1": "读书要有恒心"}
    assert len(article["paragraphs"]) == 4 and article["paragraphs"][0].startswith("读书学习绝非")
    assert article["credit"] == "（作者系中共中央党校（国家行政学院）教授）"  # a bracket inside the credit
    assert article["genre"] == "commentary"
    bracketed = STUDYTIMES_ITEM.replace("（作者系中共中央党校（国家行政学院）教授）", "〔作者系中共中央党校（国家行政学院）教授〕")
    assert fetch._studytimes_article("[05版：读书治学] x", STUDYTIMES_LINK, bracketed, source)["credit"] == (
        "〔作者系中共中央党校（国家行政学院）教授〕")  # 〔〕 round a credit with brackets inside
    assert fetch._studytimes_article("[08版：广\u3000告] 读书是立身从政的根本", STUDYTIMES_LINK,
                                     STUDYTIMES_ITEM, source) is None


def test_source_weights_make_a_source_likelier_and_weight_one_keeps_the_pages(articles):
    spec = "hkcnews,cctv-xwlb-archive:1,cctv-xinwenlianbo"
    assert simulate.parse_sources(spec) == ("hkcnews", "cctv-xwlb-archive", "cctv-xinwenlianbo")
    assert simulate.parse_source_weights(spec) is None
    plain = simulate.simulate(articles, seed=3, pages=30, split="dev")
    weighed = simulate.simulate(articles, seed=3, pages=30, split="dev",
                                source_weights=simulate.parse_source_weights("cctv-xinwenlianbo:8"))
    source_of = {a["id"]: a["source"] for a in articles}

    def share(cases) -> float:
        picked = [source_of[s["article_id"]] for c in cases for s in c["truth"]["stories"] if s.get("article_id")]
        return picked.count("cctv-xinwenlianbo") / len(picked)

    assert share(weighed) > 1.5 * share(plain)
    with pytest.raises(SystemExit):
        simulate.parse_source_weights("rmrb:0")


def test_fresh_articles_are_dev_split_stories_the_set_does_not_hold():
    def article(id_, title, first):
        return {"id": id_, "title": title, "paragraphs": [first]}

    known = [article("cctv-2025-10-31-0", "旧标题", "旧的第一段。")]
    dev_ids = [f"fresh-{n}" for n in range(40) if fetch.split_of(f"fresh-{n}") == "dev"][:3]
    test_id = next(f"fresh-{n}" for n in range(40) if fetch.split_of(f"fresh-{n}") == "test")
    candidates = [article(dev_ids[0], "旧标题", "新的第一段。"),  # a story the set holds, by title
                  article(dev_ids[1], "新标题一", "旧的第一段。"),  # ... by its opening
                  article(dev_ids[2], "新标题二", "另一段。"),
                  article(test_id, "新标题三", "再一段。")]  # the frozen test split stays out
    assert [a["id"] for a in fetch.unseen_dev_articles(candidates, known)] == [dev_ids[2]]


def test_fresh_reads_only_sources_sampled_every_nth_item(tmp_path):
    with pytest.raises(SystemExit) as stop:
        fetch.main(["--fresh", "2", "--out", str(tmp_path), "--repo", "ifyuls/xhmrdx-rss=/nowhere"])
    assert stop.value.code == 2
