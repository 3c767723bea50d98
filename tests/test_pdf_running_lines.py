"""PDF pages' running headers and footers: a line repeated at the same height on the pages,
its figures the same or counting the pages (a header ``某某局文件``, ``某局  2098年第3期``, a
footer with the site's address or phone, ``第2页``).

The reader dropped page numbers only; a header or footer came between the last line of one
page and the first of the next, in the middle of a section, cut a paragraph wrapped over
the page in two, and was read as a date (``2098年第3期``) or a contact (the site's phone).
A .docx's header and footer are no part of its text; a PDF's are not either.

Lines are invented; their geometry copies LibreOffice's PDF of a 16 pt A4 page.
"""

from __future__ import annotations

import pytest

from fixtures_build import soffice
from pdf_glyphs import LEFT, PITCH, SIZE
from replyparse.readers.pdf import PdfLine, drop_running, join_lines

RIGHT = 506.0
HEADER_TOP = 40.0
BODY_TOP = 110.0
FOOTER_TOP = 790.0


def _at(text: str, page: int, top: float, *, full: bool = False) -> PdfLine:
    x1 = RIGHT if full else LEFT + len(text) * SIZE
    return PdfLine(text, LEFT, x1, SIZE, page, top, SIZE)


def _pages(body: list[list[str]], header: str | None, footer: str | None) -> list[PdfLine]:
    """Pages of body lines (a line ending in … fills its line), under a header and over a
    footer (``{n}``: the page's number)."""
    out: list[PdfLine] = []
    for page, lines in enumerate(body, start=1):
        if header is not None:
            out.append(_at(header.format(n=page), page, HEADER_TOP))
        for k, text in enumerate(lines):
            full = text.endswith("…")
            out.append(_at(text.rstrip("…"), page, BODY_TOP + k * PITCH, full=full))
        if footer is not None:
            out.append(_at(footer.format(n=page), page, FOOTER_TOP))
    return out


BODY = [
    ["关于某某建议的答复", "邓某代表：", "您提出的建议收悉。现答复如下：", "一、今年我局修缮渠道12公里，完成…"],
    ["投资300万元。", "二、下一步加快建设进度。", "感谢您对水利工作的支持。"],
    ["某县水利局", "2098年3月9日"],
]  # fmt: skip
READ = [
    "关于某某建议的答复",
    "邓某代表：",
    "您提出的建议收悉。现答复如下：",
    "一、今年我局修缮渠道12公里，完成投资300万元。",
    "二、下一步加快建设进度。",
    "感谢您对水利工作的支持。",
    "某县水利局",
    "2098年3月9日",
]

# (header, footer): each dropped from every page
RUNNING = [
    pytest.param("某某局文件", None, id="header"),
    pytest.param("某县水利局  2098年第3期", None, id="header-with-a-date"),
    pytest.param(None, "地址：某县某路1号  网址：www.example.gov.cn", id="footer-address"),
    pytest.param(None, "咨询电话：0000-5550100  第{n}页", id="footer-phone-and-page"),
    pytest.param("某某局文件", "— {n} —", id="header-and-page-number"),
    pytest.param("第{n}页 共3页", "某县水利局印", id="page-count-header"),
]  # fmt: skip


@pytest.mark.parametrize(("header", "footer"), RUNNING)
def test_running_lines_are_dropped(header: str | None, footer: str | None) -> None:
    assert join_lines(drop_running(_pages(BODY, header, footer))) == READ


def test_a_header_from_the_second_page_on() -> None:
    lines = [line for line in _pages(BODY, "某某局文件", None) if line.page > 1 or line.top > 50]
    assert join_lines(drop_running(lines)) == READ


def test_figures_that_do_not_count_the_pages_are_no_page_number() -> None:
    # two letters of one template a page each: their titles stand at one height, their
    # numbers no page's
    lines = [
        _at("关于第21号建议的答复", 1, BODY_TOP),
        _at("邓某代表：", 1, BODY_TOP + PITCH),
        _at("关于第35号建议的答复", 2, BODY_TOP),
        _at("陈某代表：", 2, BODY_TOP + PITCH),
    ]
    assert drop_running(lines) == lines


def test_a_page_that_copies_another_keeps_its_lines() -> None:
    page = [
        "某县水利局",
        "关于某某建议的答复",
        "邓某代表：",
        "您提出的建议收悉。",
        "感谢您的支持。",
    ]
    lines = _pages([page, page], None, None)
    assert drop_running(lines) == lines


def test_a_line_at_another_height_is_no_running_line() -> None:
    lines = [
        _at("某县水利局", 1, BODY_TOP),
        _at("您提出的建议收悉。", 1, BODY_TOP + PITCH),
        _at("感谢您的支持。", 2, BODY_TOP),
        _at("某县水利局", 2, BODY_TOP + PITCH),
    ]
    assert drop_running(lines) == lines


def test_one_page_has_no_running_lines() -> None:
    lines = _pages(BODY[:1], "某某局文件", "— {n} —")
    assert drop_running(lines) == lines


@pytest.mark.slow
def test_libreoffice_headers_and_footers(tmp_path: object) -> None:
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) not on PATH: run `make system-deps`")
    from pathlib import Path

    from docx import Document

    from fixtures_build import convert
    from replyparse.readers import read

    folder = Path(str(tmp_path))
    document = Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "某县水利局  2098年第3期"
    section.footer.paragraphs[0].text = "咨询电话：0000-5550100"
    paragraph = "今年我局共修缮村级灌溉渠道12公里，完成投资300万元，受益农田1.5万亩。"
    lines = ["关于某某建议的答复", "邓某代表：", *[f"{k}、{paragraph}" for k in range(1, 41)]]
    lines += ["", "某县水利局", "2098年3月9日"]
    for line in lines:
        document.add_paragraph(line)
    document.save(str(folder / "letter.docx"))
    convert([folder / "letter.docx"], "pdf", folder)
    assert read(folder / "letter.pdf").text.split("\n") == lines


def test_attachment_labels_a_page_each_are_no_page_numbers() -> None:
    # a letter's attachments each open a page of their own at the body's top, their labels
    # numbered one a page as a page number counts (附件1 on page 2, 附件2 on page 3)
    pages = [
        ["关于某某建议的答复", "邓某代表：", "您提出的建议收悉。", "某县水利局", "2098年3月9日"],
        ["附件1", "东渠修缮清单", "一、甲段。", "二、乙段。"],
        ["附件2", "西渠改造明细", "一、丙段。", "二、丁段。"],
        ["附表3", "南站更新计划", "一、戊项。", "二、己项。"],
    ]
    lines = _pages(pages, None, None)
    assert drop_running(lines) == lines
    # with the attachments' own form title repeated under them, the labels still stand
    titled = [[label, "某某项目登记表", *rest] for label, _, *rest in pages[1:]]
    lines = _pages([pages[0], *titled], None, None)
    kept = [line.text for line in drop_running(lines)]
    assert [text for text in kept if text.startswith("附")] == ["附件1", "附件2", "附表3"]
