"""PDF lines: where a layout engine may break a line, and signatures pushed right with spaces.

A wrapped line ends short of the right edge when the next line's first piece could not be
broken; the reader measures that piece with the breaking rules. LibreOffice (its PDF of a
DOCX, as archives keep them) does not break after a closing bracket before a Latin letter
or digit (``〔2013〕94号`` carries over whole but 号), nor between a number and ``％``; it does
break after a hyphen (``0000-``/``5551234``). The reader allowed a break after ``〕`` and
left a cited document number cut in two.

A long signer pushed right with typed spaces wraps onto a flush-left line; the reader only
joined lines that start at the left margin or a first-line indent.

Glyphs and lines are invented; their geometry copies LibreOffice's PDF of a 16 pt page.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from fixtures_build import plain_docx, soffice
from pdf_glyphs import ASCII as DIGIT
from pdf_glyphs import LEFT, PITCH, SIZE
from pdf_glyphs import glyphs as _glyphs
from replyparse.readers.pdf import PdfLine, _line, _may_break, join_lines

RIGHT = 506.0


@pytest.mark.parametrize(
    ("pair", "may"),
    [
        pytest.param("〕9", False, id="closing-bracket-before-a-digit"),
        pytest.param("）A", False, id="closing-paren-before-a-letter"),
        pytest.param("》2", False, id="closing-title-mark-before-a-digit"),
        pytest.param("5％", False, id="number-before-full-width-percent"),
        pytest.param("4号", True, id="number-before-a-character"),
        pytest.param("〕号", True, id="closing-bracket-before-a-character"),
        pytest.param("〕９", True, id="closing-bracket-before-a-full-width-digit"),
        pytest.param("。2", True, id="full-stop-before-a-digit"),
        pytest.param("-5", True, id="after-a-hyphen"),
        pytest.param("0-", False, id="before-a-hyphen"),
        pytest.param("25", False, id="inside-a-number"),
    ],
)
def test_where_a_line_may_break(pair: str, may: bool) -> None:
    assert _may_break(pair[0], pair[1]) is may


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        pytest.param("〔2013〕94号）等文件", 2 * SIZE + 6 * DIGIT, id="a-cited-document-number"),
        pytest.param("《办法》2013年", 2 * SIZE, id="a-title-breaks-inside"),
        pytest.param("0000-5551234", 5 * DIGIT, id="a-phone-number-after-its-hyphen"),
    ],
)
def test_the_first_piece_keeps_a_closing_bracket_with_what_follows(text: str, lead: float) -> None:
    assert _line(_glyphs(text), 1).lead == pytest.approx(lead)


def _at(
    text: str, x0: float, x1: float, row: float, lead: float = SIZE, pushed: float | None = None
) -> PdfLine:
    return PdfLine(text, x0, x1, SIZE, 1, 70.0 + row * PITCH, lead, pushed)


FULL = _at("前一段写满了一整行的文字", LEFT, RIGHT, -1.5)  # a paragraph space above the lines


@pytest.mark.parametrize(
    ("lines", "paragraphs"),
    [
        pytest.param(
            [
                _at("某某某某族自治州交通运输", 310.5, 502.5, 0, pushed=LEFT),
                _at("局", LEFT, LEFT + SIZE, 1),
            ],
            ["某某某某族自治州交通运输局"],
            id="a-signer-pushed-right-wraps",
        ),
        pytest.param(
            [
                _at("2024年6月1日", 384.9, 502.2, 0, pushed=LEFT),
                _at("经办人：王某", LEFT, LEFT + 6 * SIZE, 1),
            ],
            ["2024年6月1日", "经办人：王某"],
            id="a-date-pushed-to-the-edge-is-a-paragraph",
        ),
        pytest.param(
            [
                _at("某某某某族自治州交通运输", 310.5, 502.5, 0),
                _at("经办人：王某", LEFT, LEFT + 6 * SIZE, 1),
            ],
            ["某某某某族自治州交通运输", "经办人：王某"],
            id="a-right-aligned-line-types-no-spaces",
        ),
        pytest.param(
            [
                _at("某某县交通运输局", 372.0, 484.0, 0, pushed=LEFT),
                _at("经办人：王某", LEFT, LEFT + 6 * SIZE, 1),
            ],
            ["某某县交通运输局", "经办人：王某"],
            id="room-for-the-next-first-piece-ends-it",
        ),
        pytest.param(
            [
                _at("某某某某族自治州交通运输", 310.5, 502.5, 0, pushed=250.0),
                _at("局", LEFT, LEFT + SIZE, 1),
            ],
            ["某某某某族自治州交通运输", "局"],
            id="spaces-after-a-right-indent-are-no-push-from-the-margin",
        ),
    ],
)
def test_a_line_pushed_right_with_spaces(lines: list[PdfLine], paragraphs: list[str]) -> None:
    assert join_lines([FULL, *lines])[1:] == paragraphs


def test_the_line_knows_where_its_typed_spaces_begin() -> None:
    assert _line(_glyphs("    某县某局"), 1).pushed == pytest.approx(LEFT)
    assert _line(_glyphs("某县 某局"), 1).pushed is None


def test_libreoffice_pages_keep_their_document_numbers_and_signers(tmp_path: Path) -> None:
    exe = soffice()
    if exe is None:
        pytest.skip("LibreOffice (soffice) not on PATH: run `make system-deps`")
    from replyparse.readers import read

    paragraphs = [
        # 21 characters, then a document number that only fits whole on the next line
        "局按照《某市学校体育设施管理办法》（某府办〔2013〕94号）等文件要求，"
        "完善开放准备工作，于2023年8月7日起恢复学校体育场馆向社会开放。",
        "感谢您对我们工作的关心和支持。",
        "某某某某族自治州交通运输局",  # 53 spaces before: its last character wraps
        "2024年6月1日",
        "经办人：王某",
    ]
    text = "\n\n".join(paragraphs[:3]).replace("某某某某族", " " * 53 + "某某某某族")
    text += "\n\n" + " " * 71 + paragraphs[3] + "\n" + paragraphs[4]
    source = plain_docx(text, tmp_path / "letter.docx")
    profile = (tmp_path / "profile").as_uri()
    command = [exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
    subprocess.run([*command, "--outdir", str(tmp_path), str(source)], check=True, timeout=300)
    # the empty paragraphs between them stay empty lines
    blanked = [paragraphs[0], "", paragraphs[1], "", paragraphs[2], "", *paragraphs[3:]]
    assert read(tmp_path / "letter.pdf").text.split("\n") == blanked
