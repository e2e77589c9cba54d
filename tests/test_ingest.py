"""Reading pages: files, directories, stdin; encodings; formats; bad input refused in one line."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from audiopaper.errors import InputError
from audiopaper.ingest import read_edition

PAGES = Path(__file__).parent / "fixtures" / "pages"
SAMPLE = PAGES / "sample_page2.txt"

SIMPLIFIED = (
    "智能门（锁）产业党建联盟成立\n□记者颜元滔\n本报讯 5月27日，智能门（锁）产业党建联盟成立仪式举行，"
    "标志着我市首个产业党建联盟成立。我市拥有门类生产企业 650 余家，产品销往全球100多个国家和地区。\n"
)
TRADITIONAL = (
    "智能門鎖產業黨建聯盟成立\n□記者 顏元滔\n本報訊 5月27日，智能門鎖產業黨建聯盟成立儀式舉行，"
    "標誌著我市首個產業黨建聯盟成立。我市擁有門類生產企業650餘家，產品銷往全球100多個國家和地區。\n"
)


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("encoding", "text", "reported"),
    [
        ("utf-8", SIMPLIFIED, "utf-8"),
        ("utf-8-sig", SIMPLIFIED, "utf-8"),
        ("utf-16", SIMPLIFIED, "utf-16"),
        ("utf-16-be", None, "utf-16"),  # with a BOM written by hand below
        ("gbk", SIMPLIFIED, "gb18030"),
        ("gb18030", SIMPLIFIED, "gb18030"),
        ("big5", TRADITIONAL, "big5"),
    ],
)
def test_encodings_decode_to_the_same_text(tmp_path, encoding, text, reported):
    if encoding == "utf-16-be":
        text, data = SIMPLIFIED, b"\xfe\xff" + SIMPLIFIED.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    page = read_edition([_write(tmp_path, "page.txt", data)]).pages[0]
    assert page.text == text
    assert page.encoding == reported


def test_the_whole_sample_survives_gbk_and_utf16(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    for encoding in ("gbk", "utf-16"):
        page = read_edition([_write(tmp_path, f"{encoding}.txt", text.encode(encoding))]).pages[0]
        assert page.text == text


def test_directory_gives_its_files_in_name_order(tmp_path):
    folder = tmp_path / "edition"
    folder.mkdir()
    (folder / "02.txt").write_text("第二版内容。", encoding="utf-8")
    (folder / "01.txt").write_text("第一版内容。", encoding="utf-8")
    (folder / ".hidden").write_text("x", encoding="utf-8")
    edition = read_edition([str(folder)])
    assert [Path(p.source).name for p in edition.pages] == ["01.txt", "02.txt"]
    assert [p.number for p in edition.pages] == [1, 2]


def test_several_files_are_pages_in_the_given_order(tmp_path):
    a = _write(tmp_path, "a.txt", "甲版。".encode())
    b = _write(tmp_path, "b.txt", "乙版。".encode("gbk"))
    edition = read_edition([b, a])
    assert [p.text for p in edition.pages] == ["乙版。", "甲版。"]


def test_stdin_is_read_as_bytes(monkeypatch):
    fake = io.TextIOWrapper(io.BytesIO(SIMPLIFIED.encode("gb18030")), encoding="latin-1")
    monkeypatch.setattr(sys, "stdin", fake)
    edition = read_edition(["-"])
    assert edition.pages[0].source == "<stdin>"
    assert edition.pages[0].text == SIMPLIFIED


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\r\n\t", "empty file"),
        ("binary.bin", bytes(range(256)) * 8, "binary data"),
        ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "binary data"),
        ("mojibake.txt", SIMPLIFIED.encode("utf-8").decode("latin-1").encode("utf-8"), "mojibake"),
        ("cp1252.txt", "Ã¤Ã¶Ã¼ â€œ æœ¬æŠ¥è®¯ ".encode("utf-8") * 5, "mojibake"),
        ("bad-bom.txt", b"\xef\xbb\xbf" + b"\xff\xfe\xfd abc", "undecodable"),
    ],
)
def test_bad_input_is_refused_naming_the_file(tmp_path, name, data, reason):
    path = _write(tmp_path, name, data)
    with pytest.raises(InputError) as caught:
        read_edition([path])
    message = str(caught.value)
    assert message.startswith(path)
    assert reason in message
    assert "\n" not in message


def test_missing_file_is_named(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_edition([str(tmp_path / "nope.txt")])


def test_no_inputs_is_an_error():
    with pytest.raises(InputError):
        read_edition([])


def test_formats_from_suffix_and_content(tmp_path):
    md = _write(tmp_path, "a.md", "# 标题\n\n正文。\n".encode())
    js = _write(tmp_path, "b.json", '[{"title": "标题", "body": "正文。"}]'.encode())
    plain_md = _write(tmp_path, "c.txt", "# 标题\n正文。\n".encode())
    txt = _write(tmp_path, "d.txt", SIMPLIFIED.encode())
    formats = [p.format for p in read_edition([md, js, plain_md, txt]).pages]
    assert formats == ["markdown", "json", "markdown", "text"]


def test_invalid_json_is_refused(tmp_path):
    path = _write(tmp_path, "bad.json", '[{"title": "标题", "body": }]'.encode())
    with pytest.raises(InputError, match="not valid JSON: line 1"):
        read_edition([path])


def test_directory_pages_are_in_natural_order(tmp_path):
    folder = tmp_path / "edition"
    folder.mkdir()
    for n in (10, 2, 1):
        (folder / f"page{n}.txt").write_text(f"第{n}版内容。", encoding="utf-8")
    edition = read_edition([str(folder)])
    assert [Path(p.source).name for p in edition.pages] == ["page1.txt", "page2.txt", "page10.txt"]
    assert [(p.number, p.text) for p in edition.pages] == [(1, "第1版内容。"), (2, "第2版内容。"), (3, "第10版内容。")]


def test_natural_order_keeps_ties_and_letters_apart():
    from audiopaper.ingest import natural_key

    names = ["A10.txt", "a2.txt", "1.txt", "01.txt", "b.txt", "A3.txt"]
    assert sorted(names, key=natural_key) == ["01.txt", "1.txt", "a2.txt", "A3.txt", "A10.txt", "b.txt"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("page.html", "本报讯 今天天气很好。"),
        ("page.txt", "<html><body><p>本报讯 今天天气很好。</p></body></html>\n"),
        ("page.txt", "<!DOCTYPE html>\n<html lang=\"zh\"><head><title>永康日报</title></head></html>"),
        ("page", "\n  <div class=\"article\"><p>本报讯 今天天气很好。</p></div>"),
        ("page.md", "<p>本报讯 今天天气很好。</p>\n<p>市民出游。</p>"),
        ("page.xml", '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'),
    ],
)
def test_html_is_detected_by_content_or_suffix(tmp_path, name, text):
    # An HTML page is an e-paper article page (epaper.html reads it), whatever its suffix says.
    page, = read_edition([_write(tmp_path, name, text.encode("utf-8"))]).pages
    assert page.format == "html"
    assert page.text == text


def test_html_on_stdin_is_detected(monkeypatch):
    fake = io.TextIOWrapper(io.BytesIO("<html><body>你好</body></html>".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    page, = read_edition(["-"]).pages
    assert page.format == "html"


@pytest.mark.parametrize("prefix", [b"", b"\r\n", b"Content-Type: application/pdf\r\n\r\n"])
def test_pdf_is_detected_by_its_magic_and_kept_as_bytes(tmp_path, prefix):
    data = prefix + b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
    page, = read_edition([_write(tmp_path, "page", data)]).pages  # no .pdf suffix
    assert (page.format, page.data, page.text) == ("pdf", data, "")


def test_other_binary_data_is_still_refused(tmp_path):
    path = _write(tmp_path, "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))
    with pytest.raises(InputError, match="binary data"):
        read_edition([path])


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("feed.xml", '<?xml version="1.0"?><rss version="2.0"><channel><item><title>标题</title>'
                     "<description>&lt;p&gt;正文。&lt;/p&gt;</description></item></channel></rss>"),
        ("feed", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>标题</title>"
                 "<content type=\"html\">&lt;body&gt;正文。</content></entry></feed>"),
        ("page.txt", "<<人民的名义>>热播\n本报讯 今天天气很好。"),  # angle quotes, not tags
        ("page.md", "# 标题\n正文第一行<br>第二行。\n"),
    ],
)
def test_feeds_and_text_with_angle_brackets_are_not_html(tmp_path, name, text):
    page, = read_edition([_write(tmp_path, name, text.encode("utf-8"))]).pages
    assert page.format != "html"


def test_text_that_mentions_the_pdf_header_is_still_text(tmp_path):
    page, = read_edition([_write(tmp_path, "page.txt", "本报讯 文件头%PDF-1.7表示这是PDF文件。".encode())]).pages
    assert page.format == "text"
