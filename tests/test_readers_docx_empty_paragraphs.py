""".docx: an empty paragraph of the body is an empty line, as a text copy keeps it.

The reader dropped every empty paragraph, so a site's heading over an empty line above the
title (``建议(提案)办理`` / `` / ``某局关于…的答复``) reached the parser as the title's first
line, and the title and issuer took the heading in (a letter of the dev sets read right as
text and wrong as .docx, .pdf and .doc). Inside a table cell or a text box an empty
paragraph still gives nothing, and so do those before the first line and after the last.

Letters and names are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as make_docx

from fixtures_build import plain_docx
from replyparse import parse_text
from replyparse.readers import read


def _save(document: object, path: Path) -> Path:
    document.save(str(path))  # type: ignore[attr-defined]
    return path


def test_empty_body_paragraphs_are_empty_lines(tmp_path: Path) -> None:
    document = make_docx()
    for line in ("", "", "标题一行", "", "正文一段。", "", "", "某县某局", "  ", ""):
        document.add_paragraph(line)
    text = read(_save(document, tmp_path / "a.docx")).text
    assert text.split("\n") == ["标题一行", "", "正文一段。", "", "", "某县某局"]


def test_two_line_breaks_make_an_empty_line(tmp_path: Path) -> None:
    document = make_docx()
    paragraph = document.add_paragraph("上一行")
    run = paragraph.add_run()
    run.add_break()
    run.add_break()
    paragraph.add_run("下一行")
    paragraph.add_run().add_break()  # a break at the end makes no line
    assert read(_save(document, tmp_path / "a.docx")).text == "上一行\n\n下一行"


def test_empty_paragraphs_inside_a_table_cell_make_no_line(tmp_path: Path) -> None:
    document = make_docx()
    document.add_paragraph("表格上面")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "办理类型"
    table.cell(0, 0).add_paragraph("")
    table.cell(0, 1).add_paragraph("")
    table.cell(0, 1).add_paragraph("B")
    document.add_paragraph("")
    document.add_paragraph("表格下面")
    text = read(_save(document, tmp_path / "a.docx")).text
    assert text.split("\n") == ["表格上面", "办理类型", "B", "", "表格下面"]


def test_a_document_of_empty_paragraphs_has_no_text(tmp_path: Path) -> None:
    document = make_docx()
    for _ in range(3):
        document.add_paragraph("")
    with pytest.raises(Exception, match="no text"):
        read(_save(document, tmp_path / "a.docx"))


LETTER = (
    "您当前所在位置：首页 > 信息公开 > 建议(提案)办理\n"
    "\n"
    "建议(提案)办理\n"
    "\n"
    "桐江县林业局关于县十八届人大二次会议第9号代表建议的答复\n"
    "\n"
    "罗小溪代表：\n"
    "您提出的《关于加强北山林区防火的建议》收悉，现答复如下：\n"
    "我局将增设防火检查站两处。感谢您对林业工作的关心。\n"
    "\n"
    "桐江县林业局\n"
    "2024年7月9日\n"
)


def test_a_heading_over_an_empty_paragraph_stays_out_of_the_title(tmp_path: Path) -> None:
    text = read(plain_docx(LETTER, tmp_path / "letter.docx")).text
    expected = parse_text(LETTER)
    letter = parse_text(text)
    assert expected.title == "桐江县林业局关于县十八届人大二次会议第9号代表建议的答复"
    assert (letter.title, letter.issuer) == (expected.title, expected.issuer)
