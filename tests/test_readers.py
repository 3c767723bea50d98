"""Readers, one format at a time, on small files made here."""

from __future__ import annotations

import codecs
import hashlib
import io
import os
import socket
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document as make_docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from fixtures_build import build_docx, minimal_pdf, soffice
from procstat import processes
from replyparse.errors import InputError
from replyparse.limits import Limits
from replyparse.readers import SUPPORTED_SUFFIXES, load_stream, prefetch, read, read_bytes, sniff
from replyparse.readers import office as office_reader
from replyparse.readers.listnum import ListNumbering, format_number
from replyparse.readers.pdf import PdfLine, drop_furniture, join_lines
from replyparse.readers.text import decode_text
from replyparse.readers.word import REPAIR

LETTER = "关于第12号建议的答复\n张三代表：\n您提出的建议收悉。\n一、基本情况\n投入资金100万元。\n"

# --- sniffing by content ---------------------------------------------------------------


def _zip(names: dict[str, bytes]) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in names.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _docx_made() -> bytes:
    buffer = io.BytesIO()
    document = make_docx()
    document.add_paragraph("甲山县交通运输局")
    document.save(buffer)
    return buffer.getvalue()


def _with_part(docx: bytes, name: str, change: Callable[[bytes], bytes]) -> bytes:
    """``docx`` with its part ``name`` changed (a package damaged inside, its zip whole)."""
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    return _zip({n: change(data) if n == name else data for n, data in parts.items()})


_BODY = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'


def _bad_crc() -> bytes:
    """A .docx whose document part is whole but for one byte of its text: its checksum
    no longer fits (a disk or a transfer that flipped a bit)."""
    data = bytearray(_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": _BODY}))
    at = data.index(b"wordprocessingml")
    data[at] ^= 0x20  # (stored, not deflated: the part unpacks, its CRC fails)
    return bytes(data)


SNIFF_CASES = [
    pytest.param(_zip({"word/document.xml": b"<x/>"}), ".bin", "docx", id="zip-with-word-body"),
    pytest.param(_zip({"xl/workbook.xml": b"<x/>"}), ".docx", "zip", id="xlsx-named-docx"),
    pytest.param(b"%PDF-1.7\n...", ".txt", "pdf", id="pdf-named-txt"),
    pytest.param(b"\r\n%PDF-1.4\n", ".pdf", "pdf", id="pdf-after-junk"),
    pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 8, ".doc", "doc", id="ole2-doc"),
    pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 8, ".WPS", "wps", id="ole2-wps"),
    pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 8, ".docx", "doc", id="doc-as-docx"),
    pytest.param(b"{\\rtf1\\ansi hello}", ".doc", "rtf", id="rtf-named-doc"),
    pytest.param(LETTER.encode(), ".doc", "txt", id="text-named-doc"),
    pytest.param(LETTER.encode("gb18030"), "", "txt", id="gb18030-text"),
]


@pytest.mark.parametrize(("data", "suffix", "kind"), SNIFF_CASES)
def test_sniff_picks_the_reader_by_content(data: bytes, suffix: str, kind: str) -> None:
    assert sniff(data, suffix) == kind


def test_supported_suffixes_cover_every_reader() -> None:
    """A folder walk takes every name an archive gives a format :func:`read` reads: web
    copies saved from a browser and RTF files too, not only when named one by one."""
    assert set(SUPPORTED_SUFFIXES) == {
        ".txt", ".docx", ".pdf", ".doc", ".wps", ".rtf", ".html", ".htm", ".mht", ".mhtml",
    }  # fmt: skip
    assert all(s == s.lower() and s.startswith(".") for s in SUPPORTED_SUFFIXES)


# --- text encodings --------------------------------------------------------------------

ENCODING_CASES = [
    pytest.param(LETTER.encode("utf-8"), "utf-8", id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + LETTER.encode("utf-8"), "utf-8-sig", id="utf-8-bom"),
    pytest.param(LETTER.encode("gb18030"), "gb18030", id="gb18030"),
    pytest.param(LETTER.encode("gbk"), "gb18030", id="gbk-is-gb18030"),
    pytest.param(LETTER.encode("gb2312"), "gb18030", id="gb2312-is-gb18030"),
    pytest.param(codecs.BOM_UTF16_LE + LETTER.encode("utf-16-le"), "utf-16-le", id="utf-16-le"),
    pytest.param(codecs.BOM_UTF16_BE + LETTER.encode("utf-16-be"), "utf-16-be", id="utf-16-be"),
    pytest.param(LETTER.encode("utf-16-le"), "utf-16-le", id="utf-16-le-no-bom"),
    pytest.param(LETTER.encode("utf-16-be"), "utf-16-be", id="utf-16-be-no-bom"),
    pytest.param(LETTER.replace("\n", "\r\n").encode("gb18030"), "gb18030", id="gb18030-crlf"),
    pytest.param(codecs.BOM_UTF32_LE + LETTER.encode("utf-32-le"), "utf-32-le", id="utf-32-le"),
    pytest.param(codecs.BOM_UTF32_BE + LETTER.encode("utf-32-be"), "utf-32-be", id="utf-32-be"),
    pytest.param(LETTER.encode("utf-32-le"), "utf-32-le", id="utf-32-le-no-bom"),
    pytest.param(LETTER.encode("utf-32-be"), "utf-32-be", id="utf-32-be-no-bom"),
]


@pytest.mark.parametrize(("data", "encoding"), ENCODING_CASES)
def test_text_encoding_is_detected_and_recorded(data: bytes, encoding: str) -> None:
    document = read_bytes(data, path="letter.txt")
    assert document.text == LETTER
    assert document.source.encoding == encoding
    assert document.source.format == "txt"
    assert document.source.chars == len(LETTER)
    assert document.source.sha256 == hashlib.sha256(data).hexdigest()


NOT_TEXT_CASES = [
    pytest.param(b"", "file is empty", id="empty"),
    pytest.param(b" \r\n\t\n", "file is blank: only spaces and line breaks", id="only-whitespace"),
    pytest.param(
        codecs.BOM_UTF8, "file holds only a UTF-8 byte-order mark, no text", id="only-bom"
    ),
    pytest.param(
        codecs.BOM_UTF8 + b"\r\n  \n",
        "file holds only a UTF-8 byte-order mark and blank space, no text",
        id="bom-and-blank",
    ),
    pytest.param(codecs.BOM_UTF16_LE, "only a UTF-16 byte-order mark, no text", id="only-bom-16"),
    pytest.param(
        codecs.BOM_UTF32_BE + " \n".encode("utf-32-be"),
        "only a UTF-32 byte-order mark and blank space",
        id="bom-32-and-blank",
    ),
    pytest.param(bytes(range(256)) * 8, "binary content", id="all-bytes"),
    pytest.param(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + b"\0\x10" * 40, "binary", id="png"),
    pytest.param("答复".encode("utf-16-le") + b"\x01\0\x02\0" * 20, "binary", id="utf-16-junk"),
    # valid GB18030 by the byte rules, but it decodes to rare ideographs, not Chinese
    pytest.param(
        bytes([0x81, 0x40, 0x82, 0x41, 0x83, 0x42, 0x90, 0x50] * 30),
        "not Chinese",
        id="gbk-garbage",
    ),
    pytest.param(
        b"\x1b[31m\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10",
        "12 of its 16 characters are control or unassigned codes",
        id="control",
    ),
    pytest.param(
        codecs.BOM_UTF8 + b"\xff\xfe\xfd",
        "not valid utf-8-sig text: invalid byte 0xff at offset 3 (line 1)",
        id="broken-utf8-bom",
    ),
    pytest.param(
        "答复\n第二行\n".encode() + b"\xff" + "第三行".encode(),
        "invalid byte 0xff at offset 17 (line 3) in UTF-8 text (and not GB18030 or Big5)",
        id="stray-byte-in-utf8",
    ),
    pytest.param(
        "答复\n第二行\n第三行".encode("gb18030") + b"\xff\xff",
        "invalid byte 0xff at offset 18 (line 3) in GB18030 text (and not UTF-8 or Big5)",
        id="stray-byte-in-gb18030",
    ),
    pytest.param(
        codecs.BOM_UTF16_LE + "答复\n上\n".encode("utf-16-le") + b"\x00\xd8",
        "not valid utf-16-le text: invalid byte 0x00 at offset 12 (line 3)",
        id="lone-surrogate-in-utf16",
    ),
]


@pytest.mark.parametrize(("data", "reason"), NOT_TEXT_CASES)
def test_what_is_not_text_is_refused_in_one_line(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_text(data, path="x.txt")
    assert reason in caught.value.reason
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith("x.txt: ")


def test_random_bytes_named_txt_are_refused(tmp_path: Path) -> None:
    import random

    path = tmp_path / "noise.txt"
    path.write_bytes(random.Random(7).randbytes(5000))
    with pytest.raises(InputError, match=r"not a text file") as caught:
        read(path)
    assert "\n" not in str(caught.value)


# --- bad files of every kind -----------------------------------------------------------


def _bad_files() -> list[object]:
    pdf = minimal_pdf(["Reply letter 2020"])
    docx_zip = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document"})
    return [
        pytest.param(
            "letter.docx", b"this is not a zip " * 20, "not a .docx file", id="docx-not-zip"
        ),
        pytest.param("letter.docx", _zip({"a.txt": b"x"}), "not a Word .docx", id="docx-other-zip"),
        pytest.param(
            "letter.docx",
            docx_zip[: len(docx_zip) // 2],
            "damaged .docx: the file is cut short (the end of its zip archive is missing: a "
            f"copy or download that did not finish?); {REPAIR}",
            id="docx-cut",
        ),
        pytest.param(
            "letter.docx",
            docx_zip,
            "damaged .docx: its parts are not as Word writes them (",
            id="docx-odd-content-types",
        ),
        pytest.param(
            "letter.docx",
            _with_part(_docx_made(), "word/document.xml", lambda xml: xml[: len(xml) // 2]),
            "damaged .docx: its XML is broken (",
            id="docx-broken-xml",
        ),
        pytest.param(
            "letter.docx",
            _zip({"word/document.xml": _BODY}),
            f"damaged .docx: its part [Content_Types].xml is missing; {REPAIR}",
            id="docx-no-content-types",
        ),
        pytest.param(
            "letter.docx",
            _zip({"[Content_Types].xml": b"<Types/>", "word/styles.xml": b"<w:styles/>"}),
            "damaged .docx: its part word/document.xml, which holds the text, is missing; "
            + REPAIR,
            id="docx-no-document-part",
        ),
        pytest.param(
            "letter.docx",
            _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}),
            "not a Word .docx document: an Excel workbook (.xlsx) named .docx",
            id="xlsx-named-docx",
        ),
        pytest.param(
            "letter.docx",
            _bad_crc(),
            "damaged .docx: its zip archive is broken (Bad CRC-32",
            id="docx-bad-crc",
        ),
        pytest.param("letter.pdf", pdf[: len(pdf) // 2], "truncated", id="pdf-truncated"),
        pytest.param("letter.pdf", b"%PDF-1.4\nnonsense\n%%EOF\n", "damaged PDF", id="pdf-damaged"),
        pytest.param(
            "letter.pdf", minimal_pdf(None), "no text layer (scanned PDF?)", id="pdf-scan"
        ),
        pytest.param(
            "letter.pdf", minimal_pdf(["- 1 -"]), "besides page numbers", id="pdf-furniture-only"
        ),
        pytest.param("letter.txt", b"", "file is empty", id="txt-empty"),
        pytest.param("letter.docx", b"", "file is empty", id="docx-empty"),
        pytest.param("letter.pdf", b"", "file is empty", id="pdf-empty"),
        pytest.param("letter.doc", bytes(range(256)) * 4, "not a .doc file", id="doc-binary-junk"),
    ]


@pytest.mark.parametrize(("name", "data", "reason"), _bad_files())
def test_bad_file_gives_one_clear_line(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read(path)
    message = str(caught.value)
    assert reason in message
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    assert "Traceback" not in message


def test_a_folder_is_not_a_letter(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder"):
        read(tmp_path)


# --- only regular files, and only so many bytes -------------------------------------


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    return path


def _socket(tmp_path: Path) -> Path:
    path = tmp_path / "sock.txt"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()
    return path


def _link_to(target: str) -> Callable[[Path], Path]:
    def make(tmp_path: Path) -> Path:
        link = tmp_path / "link.txt"
        link.symlink_to(target)
        return link

    return make


NOT_REGULAR = [
    pytest.param(_fifo, "is a FIFO (named pipe)", id="fifo"),
    pytest.param(_socket, "is a socket", id="socket"),
    pytest.param(_link_to("/dev/zero"), "is a character device", id="link-to-dev-zero"),
    pytest.param(lambda tmp: Path("/dev/null"), "is a character device", id="dev-null"),
]


@pytest.mark.parametrize(("make", "reason"), NOT_REGULAR)
def test_only_regular_files_are_read(
    tmp_path: Path, make: Callable[[Path], Path], reason: str
) -> None:
    path = make(tmp_path)
    outcome: list[BaseException] = []
    # in a thread, so a regression that blocks on the FIFO fails instead of hanging
    worker = threading.Thread(target=lambda: outcome.append(_raised(lambda: read(path))))
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), "reading blocked"
    (error,) = outcome
    assert isinstance(error, InputError)
    assert reason in error.reason
    assert "only regular files are read" in error.reason


def _raised(call: Callable[[], object]) -> BaseException:
    try:
        call()
    except BaseException as exc:
        return exc
    raise AssertionError("no error")


def test_a_link_to_a_file_not_there_says_so(tmp_path: Path) -> None:
    """A link left by a letter moved away: ls lists it, so "No such file or directory"
    alone would deny what the user sees; the reason names the link and where it points."""
    link = _link_to(str(tmp_path / "moved away.txt"))(tmp_path)
    error = _raised(lambda: read(link))
    assert isinstance(error, InputError)
    assert error.reason == (
        f"a symbolic link to '{tmp_path / 'moved away.txt'}', which is not there (moved or "
        "deleted?)"
    )
    missing = _raised(lambda: read(tmp_path / "never.txt"))
    assert isinstance(missing, InputError)
    assert missing.reason == "cannot read file: No such file or directory"


def test_file_over_the_byte_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(LETTER.encode() * 100)
    with pytest.raises(InputError) as caught:
        read(path, limits=Limits(max_file_bytes=1000))
    assert caught.value.reason == (
        f"the file has {path.stat().st_size:,} bytes: over the limit of 1,000 bytes"
        " (raise it with --max-file-size)"
    )


def test_file_at_the_byte_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes(LETTER.encode())
    assert read(path, limits=Limits(max_file_bytes=len(LETTER.encode()))).text == LETTER


def test_a_stream_is_read_only_up_to_the_limit() -> None:
    class Endless(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            buffer[:] = b"a" * len(buffer)
            return len(buffer)

    with pytest.raises(InputError, match=r"more than 4,096 bytes came .*--max-file-size"):
        load_stream(Endless(), path="-", limits=Limits(max_file_bytes=4096))
    assert load_stream(io.BytesIO(b"abc"), path="-", limits=Limits()) == b"abc"


# --- limits name themselves ------------------------------------------------------------


def _limit_cases() -> list[object]:
    from hostile.pdfs import text_pdf

    letter_docx = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<x/>" * 1000})
    return [
        pytest.param(
            "a.docx",
            letter_docx,
            Limits(max_inflated_bytes=2000),
            "its XML inflates past ",
            "over the limit of 2,000 bytes (raise it with --max-inflated-size)",
            id="inflated",
        ),
        pytest.param(
            "a.pdf",
            text_pdf([["第一页"], ["第二页"], ["第三页"]]),
            Limits(max_pdf_pages=2),
            "the PDF has 3 pages",
            "over the limit of 2 pages (raise it with --max-pages)",
            id="pages",
        ),
        pytest.param(
            "a.txt",
            LETTER.encode(),
            Limits(max_text_chars=10),
            f"the text has {len(LETTER)} characters",
            "over the limit of 10 characters (raise it with --max-chars)",
            id="text-chars",
        ),
        pytest.param(
            "a.pdf",
            text_pdf([["答复" * 20] * 3]),
            Limits(max_text_chars=100),
            "the PDF has more than 100 glyphs of text",
            "over the limit of 100 characters (raise it with --max-chars)",
            id="pdf-text-chars",
        ),
    ]


@pytest.mark.parametrize(("name", "data", "limits", "what", "limit"), _limit_cases())
def test_a_limit_reached_names_itself_and_its_option(
    tmp_path: Path, name: str, data: bytes, limits: Limits, what: str, limit: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read(path, limits=limits)
    assert caught.value.reason.startswith(what)
    assert caught.value.reason.endswith(limit)


# --- web pages ---------------------------------------------------------------------------

PAGE_SNIFF = [
    pytest.param(b"<html><body>x</body></html>", "html", id="html"),
    pytest.param(b"\xef\xbb\xbf\r\n<!DOCTYPE html>\n<html>", "html", id="bom-doctype"),
    pytest.param(b'<?xml version="1.0"?>\n<html xmlns="x">', "html", id="xhtml"),
    pytest.param(b"<!-- saved -->\n<HEAD><META charset=gbk>", "html", id="comment-then-head"),
    pytest.param(
        b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n",
        "mhtml",
        id="mhtml",
    ),
    pytest.param(b'<p style="text-indent:2em">x</p>', "html", id="fragment-paragraph"),
    pytest.param(b"\xef\xbb\xbf\n  <DIV class=TRS_Editor><P>x", "html", id="fragment-bom-div"),
    pytest.param(b"<!-- body -->\n<span>x</span><br/>", "html", id="fragment-comment-span"),
    pytest.param(b"<br>x<br>", "html", id="fragment-break"),
    pytest.param("关于<b>粗体</b>的答复".encode(), "txt", id="tags-inside-a-letter"),
    pytest.param(b"<pre-2020 list>", "txt", id="angle-words-no-tag"),
    pytest.param("<关于某事的答复>".encode(), "txt", id="title-in-angles"),
    pytest.param(b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nx", "txt", id="mail"),
]


@pytest.mark.parametrize(("data", "kind"), PAGE_SNIFF)
def test_web_pages_are_sniffed_by_content(data: bytes, kind: str) -> None:
    assert sniff(data, ".doc") == kind


WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv=Content-Type content="text/html; charset=gb2312">
<title>标题不算正文</title><style>p {font-family:仿宋}</style>
<!--[if gte mso 9]><xml><o:DocumentProperties>注释里的设置</o:DocumentProperties></xml><![endif]-->
</head>
<body><div class=WordSection1>
<p class=MsoTitle>关于第12号<br>建议的答复</p>
<p>张三代表：</p>
<p style='text-indent:2em'><![if !supportLists]><span>一、</span><![endif]>投入资金
100万元&nbsp;，较上年增长&lt;5%&gt;。</p>
<script>document.write("脚本")</script>
<table><tr><td><p>联系人：李四</p></td><td>电话：0000-5550123</td></tr></table>
<p>some English
words</p>
</div></body></html>"""


def test_a_word_web_page_reads_as_its_text(tmp_path: Path) -> None:
    path = tmp_path / "page.doc"
    path.write_bytes(WORD_PAGE.encode("gb2312"))
    document = read(path)
    assert document.text.split("\n") == [
        "关于第12号",
        "建议的答复",
        "张三代表：",
        "一、投入资金 100万元\xa0，较上年增长<5%>。",
        "联系人：李四",
        "电话：0000-5550123",
        "some English words",
    ]
    assert (document.source.format, document.source.encoding) == ("html", "gb2312")


FRAGMENT = """<p style="text-align:center">关于第12号建议的答复</p>
<p>张三代表：</p>
<p style="text-indent:2em">您提出的建议收悉。现答复如下：投入资金100万元。</p>
<p style="text-align:right">某县水务局<br/>2024年5月10日</p>"""


@pytest.mark.parametrize("suffix", [".txt", ".html", ""])
def test_a_fragment_of_a_page_reads_as_its_text(tmp_path: Path, suffix: str) -> None:
    """A site's stored article (no <html>, no <head>) in a file of any name: its tags
    never reach the parser."""
    path = tmp_path / f"letter{suffix}"
    path.write_bytes(FRAGMENT.encode())
    document = read(path)
    assert document.text.split("\n") == [
        "关于第12号建议的答复",
        "张三代表：",
        "您提出的建议收悉。现答复如下：投入资金100万元。",
        "某县水务局",
        "2024年5月10日",
    ]
    assert document.source.format == "html"


def test_a_line_break_between_chinese_characters_is_no_space() -> None:
    page = "<p>您提出的建议\n  收悉，现答复\r\n如下。</p>".encode()
    assert read_bytes(b"<html><body>" + page, path="a.doc").text == "您提出的建议收悉，现答复如下。"


# A ruby annotation's reading (<rt>) and its fallback brackets (<rp>) are no text of the
# line: the page shows the reading over the character. Their end tags may be left out.
_RUBY = [
    pytest.param("<ruby>镇<rp>(</rp><rt>zhèn</rt><rp>)</rp></ruby>康县", id="rt-and-rp"),
    pytest.param("<ruby>镇<rt>zhèn</rt></ruby>康县", id="rt-alone"),
    pytest.param("<ruby>镇<rp>(<rt>zhèn<rp>)</ruby>康县", id="end-tags-left-out"),
    pytest.param("<ruby>镇<rb></rb><rt>zhèn</ruby>康县", id="rt-open-at-ruby-end"),
]


@pytest.mark.parametrize("annotated", _RUBY)
def test_a_ruby_annotation_is_no_text(annotated: str) -> None:
    page = f"<html><body><p>某{annotated}交通运输局</p><p>2021年6月18日</p></body></html>"
    assert read_bytes(page.encode(), path="a.html").text == "某镇康县交通运输局\n2021年6月18日"


def test_a_page_without_head_end_still_shows_its_body() -> None:
    page = "<html><head><title>x<body><p>答复正文</p>".encode()
    assert read_bytes(page, path="a.doc").text == "答复正文"


def test_a_web_archive_reads_its_html_part() -> None:
    import quopri

    html = "<html><body><p>关于第12号建议的答复</p><p>张三代表：</p></body></html>"
    body = quopri.encodestring(html.encode("gb18030")).decode("ascii")
    data = (
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; boundary="B"\r\n\r\n'
        '--B\r\nContent-Type: text/html; charset="gb18030"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        f"{body}\r\n--B--\r\n"
    ).encode("ascii")
    document = read_bytes(data, path="a.doc")
    assert document.text == "关于第12号建议的答复\n张三代表："
    assert (document.source.format, document.source.encoding) == ("mhtml", "gb18030")


def test_a_page_without_text_is_refused() -> None:
    with pytest.raises(InputError, match=r"a web page \(HTML\) without text"):
        read_bytes(b"<html><head><title>x</title></head><body> </body></html>", path="a.doc")


# --- Word list numbering ---------------------------------------------------------------

FORMAT_CASES = [
    pytest.param(1, "chineseCounting", "一", id="cn-1"),
    pytest.param(10, "chineseCounting", "十", id="cn-10"),
    pytest.param(12, "chineseCounting", "十二", id="cn-12"),
    pytest.param(20, "chineseCounting", "二十", id="cn-20"),
    pytest.param(105, "chineseCountingThousand", "一百零五", id="cn-105"),
    pytest.param(110, "chineseCountingThousand", "一百一十", id="cn-110"),
    pytest.param(3, "taiwaneseCountingThousand", "三", id="libreoffice-cn"),
    pytest.param(11, "chineseLegalSimplified", "壹拾壹", id="cn-legal-11"),
    pytest.param(1, "ideographTraditional", "甲", id="stem-1"),
    pytest.param(11, "ideographTraditional", "甲", id="stem-wraps"),
    pytest.param(3, "decimalEnclosedCircle", "③", id="circled"),
    pytest.param(2, "decimalEnclosedParen", "⑵", id="parenthesised"),
    pytest.param(7, "decimal", "7", id="decimal"),
    pytest.param(7, "decimalZero", "07", id="decimal-zero"),
    pytest.param(12, "decimalFullWidth", "１２", id="full-width"),
    pytest.param(27, "lowerLetter", "aa", id="letters-repeat"),
    pytest.param(14, "upperRoman", "XIV", id="roman"),
    pytest.param(4, "someFutureFormat", "4", id="unknown-is-decimal"),
]


@pytest.mark.parametrize(("n", "fmt", "expected"), FORMAT_CASES)
def test_word_number_formats(n: int, fmt: str, expected: str) -> None:
    assert format_number(n, fmt) == expected


def _numbering(levels: str, nums: str) -> object:
    return parse_xml(f"<w:numbering {nsdecls('w')}>{levels}{nums}</w:numbering>")


def _lvl(ilvl: int, fmt: str, text: str, suff: str = "nothing", legal: bool = False) -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        + ("<w:isLgl/>" if legal else "")
        + f'<w:lvlText w:val="{text}"/><w:suff w:val="{suff}"/></w:lvl>'
    )


HEADINGS = (
    '<w:abstractNum w:abstractNumId="90">'
    + _lvl(0, "chineseCounting", "%1、")
    + _lvl(1, "chineseCounting", "（%2）")
    + _lvl(2, "decimal", "%1.%3", suff="space", legal=True)
    + _lvl(3, "decimal", "%1.%4", suff="space")
    + "</w:abstractNum>"
    + '<w:abstractNum w:abstractNumId="91">'
    + _lvl(0, "bullet", "\uf0b7")
    + "</w:abstractNum>"
)
NUMS = (
    '<w:num w:numId="81"><w:abstractNumId w:val="90"/></w:num>'
    '<w:num w:numId="82"><w:abstractNumId w:val="91"/></w:num>'
    '<w:num w:numId="83"><w:abstractNumId w:val="90"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
)

SEQUENCE_CASES = [
    pytest.param(
        [("81", 0), ("81", 1), ("81", 1), ("81", 0), ("81", 1)],
        ["一、", "（一）", "（二）", "二、", "（一）"],
        id="deeper-level-restarts",
    ),
    pytest.param([("81", 0), ("81", 2), ("81", 2)], ["一、", "1.1 ", "1.2 "], id="legal-style"),
    pytest.param([("81", 0), ("81", 3)], ["一、", "一.1 "], id="not-legal-style"),
    pytest.param([("83", 0), ("83", 0)], ["五、", "六、"], id="start-override"),
    pytest.param(
        [("81", 0), ("83", 0), ("81", 0)], ["一、", "五、", "二、"], id="counters-per-num"
    ),
    pytest.param([("82", 0)], [""], id="bullet-has-no-label"),
    pytest.param([("9", 0), ("81", 7)], ["", ""], id="unknown-list-or-level"),
]


@pytest.mark.parametrize(("calls", "labels"), SEQUENCE_CASES)
def test_list_counters(calls: list[tuple[str, int]], labels: list[str]) -> None:
    numbering = ListNumbering.from_xml(_numbering(HEADINGS, NUMS))
    assert [numbering.label(num_id, ilvl) for num_id, ilvl in calls] == labels


# --- .docx -----------------------------------------------------------------------------


def _save(document: object, path: Path) -> Path:
    document.save(str(path))  # type: ignore[attr-defined]
    return path


def test_docx_reads_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    document = make_docx()
    document.add_paragraph("关于第12号建议的答复")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "办理类型"
    table.cell(0, 1).text = "A"
    table.cell(1, 0).text = "是否公开"
    table.cell(1, 1).text = "是"
    document.add_paragraph("张三代表：")
    document.sections[0].header.paragraphs[0].text = "内部资料 页眉"
    document.sections[0].footer.paragraphs[0].text = "— 1 —"
    text = read(_save(document, tmp_path / "a.docx")).text
    assert text.split("\n") == [
        "关于第12号建议的答复",
        "办理类型",
        "A",
        "是否公开",
        "是",
        "张三代表：",
    ]


def test_docx_vertically_merged_cell_is_read_once(tmp_path: Path) -> None:
    document = make_docx()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "联系人"
    table.cell(0, 1).text = "李四"
    table.cell(1, 1).text = "电话"
    text = read(_save(document, tmp_path / "a.docx")).text
    assert text.split("\n") == ["联系人", "李四", "电话"]


def test_docx_joins_runs_split_mid_word_and_keeps_breaks(tmp_path: Path) -> None:
    document = make_docx()
    paragraph = document.add_paragraph()
    for piece in ("西民", "函〔20", "20〕4", "5号"):
        paragraph.add_run(piece).bold = True
    title = document.add_paragraph("关于第270号")
    title.add_run().add_break()
    title.add_run("建议的答复")
    document.add_paragraph("   ")  # blank paragraphs carry nothing
    text = read(_save(document, tmp_path / "a.docx")).text
    assert text == "西民函〔2020〕45号\n关于第270号\n建议的答复"


def test_docx_leaves_out_deleted_and_hidden_text(tmp_path: Path) -> None:
    document = make_docx()
    paragraph = document.add_paragraph("投入资金")
    paragraph._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="1" w:author="x">'
            "<w:r><w:delText>200</w:delText></w:r></w:del>"
        )
    )
    paragraph._p.append(
        parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="x"><w:r><w:t>100</w:t></w:r></w:ins>')
    )
    hidden = paragraph.add_run("（草稿）")
    hidden.font.hidden = True
    paragraph.add_run("万元。")
    text = read(_save(document, tmp_path / "a.docx")).text
    assert text == "投入资金100万元。"


def test_docx_renders_word_numbering_from_numbering_xml(tmp_path: Path) -> None:
    document = make_docx()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(f"<w:x {nsdecls('w')}>{HEADINGS}</w:x>")[0])
    numbering.append(parse_xml(f"<w:x {nsdecls('w')}>{NUMS}</w:x>")[0])
    for ilvl, text in ((0, "基本情况"), (1, "工作进展"), (1, "存在问题"), (0, "下一步打算")):
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="81"/></w:numPr>'
            )
        )
    text = read(_save(document, tmp_path / "a.docx")).text
    assert text.split("\n") == [
        "一、基本情况",
        "（一）工作进展",
        "（二）存在问题",
        "二、下一步打算",
    ]


def test_docx_builder_fixture_round_trips(tmp_path: Path) -> None:
    letter = "张三代表：\n　　一、基本情况\n　　（一）进展\n　　（三）跳号保持原样\n　　二、打算\n"
    path = build_docx(letter, tmp_path / "a.docx")
    body = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert "一、" not in body  # the markers are generated by numbering, not typed
    assert body.count("<w:numPr>") == 3  # （三） skips a number: Word cannot make it, typed
    text = read(path).text
    assert text.split("\n") == [
        "张三代表：",
        "一、基本情况",
        "（一）进展",
        "（三）跳号保持原样",
        "二、打算",
    ]
    assert read(path).source.format == "docx"


# --- PDF line rebuilding ---------------------------------------------------------------

SIZE = 16.0
LEFT, RIGHT = 80.0, 522.0


def _line(text: str, x0: float = LEFT, x1: float | None = None, page: int = 1) -> PdfLine:
    return PdfLine(text, x0, RIGHT if x1 is None else x1, SIZE, page)


JOIN_CASES = [
    pytest.param(
        [_line("您提出的建议收悉，经认真研", LEFT + 2 * SIZE), _line("究，现答复如下：", x1=300)],
        ["您提出的建议收悉，经认真研究，现答复如下："],
        id="wrapped-paragraph",
    ),
    pytest.param(
        [_line("一段很长的正文一直写到右边", LEFT + 2 * SIZE), _line("二、下一步打算", x1=200)],
        ["一段很长的正文一直写到右边", "二、下一步打算"],
        id="next-line-opens-section",
    ),
    pytest.param(
        [_line("正文写满了一整行"), _line("（二）推动共治", x1=200)],
        ["正文写满了一整行", "（二）推动共治"],
        id="next-line-opens-subsection",
    ),
    pytest.param(
        [_line("正文写满了一整行"), _line("1.5公里的过境段", x1=200)],
        ["正文写满了一整行1.5公里的过境段"],
        id="decimal-number-is-not-a-marker",
    ),
    pytest.param(
        [_line("正文写满了一整行"), _line("下一段首行缩进", LEFT + 2 * SIZE, 300)],
        ["正文写满了一整行", "下一段首行缩进"],
        id="indented-next-paragraph",
    ),
    pytest.param(
        [_line("短的一行", x1=200), _line("下一行顶格", x1=300)],
        ["短的一行", "下一行顶格"],
        id="short-line-ends-paragraph",
    ),
    pytest.param(
        [_line("2021年11月2日", x0=400), _line("（联系人：王五）", x1=300)],
        ["2021年11月2日", "（联系人：王五）"],
        id="right-aligned-line-stands-alone",
    ),
    pytest.param(
        [_line("see GB/T"), _line("9704 for the layout", x1=300)],
        ["see GB/T 9704 for the layout"],
        id="latin-words-keep-a-space",
    ),
    pytest.param(
        [_line("正文写满了第一页最后一行", page=1), _line("续到第二页", x1=300, page=2)],
        ["正文写满了第一页最后一行续到第二页"],
        id="paragraph-across-pages",
    ),
]


@pytest.mark.parametrize(("lines", "paragraphs"), JOIN_CASES)
def test_pdf_wrapped_lines_are_joined(lines: list[PdfLine], paragraphs: list[str]) -> None:
    assert join_lines(lines) == paragraphs


FURNITURE = [
    "— 1 —",
    "- 2 -",
    "－ 3 －",
    "第1页 共3页",
    "第 2 页",
    "共3页 第2页",
    "2/3",
    "Page 2 of 3",
]
NOT_FURNITURE = ["一、基本情况", "2021年", "第270号建议", "— 附件 —", "1.5"]


@pytest.mark.parametrize("text", FURNITURE)
def test_pdf_page_furniture_is_dropped(text: str) -> None:
    lines = [_line("正文", x1=200), _line(text, 280, 320), _line("续文", x1=200, page=2)]
    assert [line.text for line in drop_furniture(lines)] == ["正文", "续文"]


@pytest.mark.parametrize("text", NOT_FURNITURE)
def test_pdf_content_is_not_furniture(text: str) -> None:
    lines = [_line("正文", x1=200), _line(text, 280, 320), _line("续文", x1=200, page=2)]
    assert [line.text for line in drop_furniture(lines)] == ["正文", text, "续文"]


def test_pdf_bare_number_dropped_only_at_page_edge() -> None:
    lines = [_line("正文", x1=200), _line("12", 280, 300), _line("3", 290, 300)]
    lines.append(_line("续文", x1=200, page=2))
    assert [line.text for line in drop_furniture(lines)] == ["正文", "12", "续文"]


def test_pdf_source_records_pages(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(minimal_pdf(["Reply 2020", "- 1 -"]))
    document = read(path)
    assert document.text == "Reply 2020"
    assert (document.source.format, document.source.pages) == ("pdf", 1)


# --- .doc / .wps / RTF through LibreOffice ---------------------------------------------

OLE2_JUNK = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def test_old_word_without_libreoffice_names_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(office_reader, "soffice_path", lambda: None)
    path = tmp_path / "letter.wps"
    path.write_bytes(OLE2_JUNK)
    with pytest.raises(InputError) as caught:
        read(path)
    assert "libreoffice-writer-nogui" in caught.value.reason
    assert ".wps" in caught.value.reason


def _fake_soffice(tmp_path: Path) -> tuple[Path, Path]:
    """A stand-in for soffice that starts a child (like soffice.bin) and hangs; it
    writes the child's pid to a file."""
    pid_file = tmp_path / "child.pid"
    script = tmp_path / "soffice"
    script.write_text(f"#!/bin/sh\nsleep 300 &\necho $! > {pid_file}\nwait\n")
    script.chmod(0o755)
    return script, pid_file


def _hanging_doc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tag: bytes) -> tuple[Path, Path]:
    """An old Word file whose conversion hangs (:func:`_fake_soffice` stands in for
    LibreOffice), and the file its child's pid is written to."""
    script, pid_file = _fake_soffice(tmp_path)
    monkeypatch.setattr(office_reader, "soffice_path", lambda: str(script))
    path = tmp_path / "letter.doc"
    path.write_bytes(OLE2_JUNK + tag)
    return path, pid_file


def _gone(pid: int, *, wait: bool = True) -> bool:
    """Whether the process is dead (or a zombie waiting to be reaped), waiting up to 5 s
    for it to die unless ``wait`` is false."""
    for _ in range(100 if wait else 1):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return True
        if state == "Z":
            return True
        if wait:
            time.sleep(0.05)
    return False


def test_conversion_timeout_kills_the_whole_group_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, pid_file = _hanging_doc(tmp_path, monkeypatch, b"timeout")
    with pytest.raises(InputError) as caught:
        read(path, limits=Limits(timeout_seconds=1))
    assert caught.value.reason == (
        "LibreOffice did not convert the file within 1 s (raise it with --timeout)"
    )
    assert _gone(int(pid_file.read_text())), "the launcher's child outlived the timeout"

    def no_soffice(*args: object, **kwargs: object) -> None:
        raise AssertionError("LibreOffice started again for a file that timed out")

    monkeypatch.setattr(office_reader.subprocess, "Popen", no_soffice)
    with pytest.raises(InputError, match="did not convert the file within 1 s"):
        read(path, limits=Limits(timeout_seconds=1))


def test_conversion_dies_with_the_process_that_started_it(tmp_path: Path) -> None:
    """A batch worker killed by SIGKILL mid-conversion takes LibreOffice with it."""
    script, pid_file = _fake_soffice(tmp_path)
    path = tmp_path / "letter.doc"
    path.write_bytes(OLE2_JUNK + b"orphan")
    worker = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from pathlib import Path\n"
            "from replyparse.readers import office, read\n"
            f"office.soffice_path = lambda: {str(script)!r}\n"
            f"read(Path({str(path)!r}))\n",
        ]
    )
    try:
        for _ in range(200):
            if pid_file.is_file() and pid_file.read_text().strip():
                break
            time.sleep(0.05)
        child = int(pid_file.read_text())
        assert not _gone(child, wait=False), "the stand-in's child should be running"
    finally:
        worker.kill()
        worker.wait()
    assert _gone(child), "LibreOffice's group outlived the worker killed by SIGKILL"


def test_prefetch_fails_the_file_that_hangs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, pid_file = _hanging_doc(tmp_path, monkeypatch, b"prefetch")
    assert prefetch([path], limits=Limits(timeout_seconds=1)) == 0
    assert _gone(int(pid_file.read_text()))
    with pytest.raises(InputError, match="did not convert the file within 1 s"):
        read(path, limits=Limits(timeout_seconds=1))  # remembered: no second run
    with pytest.raises(InputError, match="did not convert the file within 2 s"):
        read(path, limits=Limits(timeout_seconds=2))  # a longer timeout tries again
    assert _gone(int(pid_file.read_text()))


def test_libreoffice_runs_only_on_word_or_rtf_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_soffice(*args: object, **kwargs: object) -> None:
        raise AssertionError("LibreOffice started")

    monkeypatch.setattr(office_reader.subprocess, "Popen", no_soffice)
    path = tmp_path / "letter.doc"
    path.write_bytes(b"\x00\x01garbage that is no office file" * 10)
    assert prefetch([path]) == 0
    with pytest.raises(InputError, match=r"not a \.doc file"):
        read(path)
    with pytest.raises(InputError, match="neither Word 97/WPS"):
        office_reader.convert_to_docx(b"plain text", path="a.doc", suffix=".doc")


needs_soffice = pytest.mark.skipif(
    soffice() is None, reason="LibreOffice (soffice) not on PATH: run `make system-deps`"
)


def _session_members(session: int) -> list[str]:
    """Live processes (not zombies) of a session: their names."""
    return [p.name for p in processes() if p.session == session and p.state != "Z"]


@needs_soffice
def test_real_libreoffice_timed_out_leaves_no_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sessions: list[int] = []
    members: list[str] = []

    class Watched(office_reader._Run):
        def exited(self) -> bool:
            sessions.append(self.group)
            members.extend(_session_members(self.group))  # the helper sees a live run
            return super().exited()

    monkeypatch.setattr(office_reader, "_Run", Watched)
    path = tmp_path / "letter.doc"
    # an RTF letter LibreOffice cannot even start on within 0.3 s
    path.write_bytes(b"{\\rtf1\\ansi\\uc1 \\u31572?\\u22797? timeout\\par}")
    with pytest.raises(InputError, match=r"did not convert the file within 0\.3 s"):
        read(path, limits=Limits(timeout_seconds=0.3))
    assert sessions
    assert members
    assert _session_members(sessions[0]) == []


@needs_soffice
def test_damaged_doc_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "letter.doc"
    path.write_bytes(OLE2_JUNK)
    # what it is and what to do, LibreOffice's own words last (cli72)
    with pytest.raises(InputError, match=r"not a Word document: it begins as an Office 97"):
        read(path)


@needs_soffice
def test_rtf_named_doc_is_converted(tmp_path: Path) -> None:
    path = tmp_path / "letter.doc"
    # 答复 = U+7B54 U+590D, written as RTF's \uN escapes
    path.write_bytes(b"{\\rtf1\\ansi\\uc1 \\u31572?\\u22797? 2020\\par}")
    document = read(path)
    assert document.text == "答复 2020"
    assert document.source.format == "rtf"


@needs_soffice
def test_prefetch_converts_a_batch_in_one_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rtf = tmp_path / "a.doc"
    rtf.write_bytes(b"{\\rtf1\\ansi\\uc1 \\u31572?\\u22797? 2021\\par}")
    other = tmp_path / "b.txt"
    other.write_text("不是旧格式", encoding="utf-8")
    assert prefetch([rtf, other, tmp_path / "missing.wps"]) == 1

    def no_soffice(*args: object, **kwargs: object) -> None:
        raise AssertionError("LibreOffice started again")

    monkeypatch.setattr(office_reader.subprocess, "run", no_soffice)
    assert read(rtf).text == "答复 2021"


# --- HTML character references in plain text ------------------------------------------------

REFERENCES = [
    pytest.param(
        "&nbsp;&nbsp;您提出的建议收悉。", "\xa0\xa0您提出的建议收悉。", id="no-break-spaces"
    ),
    pytest.param("关于&ldquo;双减&rdquo;的建议", "关于“双减”的建议", id="named-quotes"),
    pytest.param("收悉&#12290;现答复如下&#xff1a;", "收悉。现答复如下：", id="numeric"),
    pytest.param("甲&mdash;&mdash;乙&hellip;", "甲——乙…", id="dashes-and-ellipsis"),
    pytest.param("R&D投入&amp;研发", "R&D投入&研发", id="bare-ampersand-stays"),
    pytest.param("&foo;与&#0;", "&foo;与&#0;", id="unknown-and-null-stay"),
    pytest.param("&nbsp不带分号", "&nbsp不带分号", id="no-semicolon-stays"),
]


@pytest.mark.parametrize(("written", "text"), REFERENCES)
def test_html_character_references_in_plain_text_read_as_their_characters(
    tmp_path: Path, written: str, text: str
) -> None:
    """A copy of a page's source saved as text keeps its references (&ldquo;双减&rdquo;):
    the letter reads as the page showed it."""
    path = tmp_path / "letter.txt"
    path.write_bytes(written.encode("gb18030"))
    document = read(path)
    assert document.text == text
    assert document.source.format == "txt"
