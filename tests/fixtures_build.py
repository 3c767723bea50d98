"""Build the same letter in every container a reader must handle.

From a letter's plain text: the text in several encodings, a ``.docx`` made with
python-docx the way Word writes real letters (runs split mid-word, headings numbered by
Word's list numbering instead of typed markers, a page-number footer), and, through one
LibreOffice call per target format, a ``.pdf`` and a ``.doc`` rendered from that
``.docx``.
"""

from __future__ import annotations

import codecs
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from replyparse.fields.numerals import chinese_to_int

FONT = "WenQuanYi Micro Hei"  # installed with fonts-wqy-microhei (make system-deps)
FONT_SIZE = Pt(16)  # 三号, as GB/T 9704 prescribes for body text

ENCODINGS: dict[str, bytes | None] = {
    # name → (BOM written before the text, or None). Codec names are Python's.
    "utf-8": None,
    "utf-8-sig": codecs.BOM_UTF8,
    "gb18030": None,
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
}


def encode(text: str, encoding: str, *, bom: bool = True, crlf: bool = False) -> bytes:
    """``text`` in ``encoding``; UTF-16 and UTF-8-sig carry their BOM unless ``bom=False``."""
    if crlf:
        text = text.replace("\n", "\r\n")
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    mark = ENCODINGS.get(encoding) if bom else None
    return (mark or b"") + text.encode(codec)


# --- .docx -----------------------------------------------------------------------------

_ABSTRACT_ID = "90"
_NUM_ID = "90"

# Word list levels used for headings: (pattern of a typed marker, numFmt, lvlText).
# The level index is the position in this table; Word counts each level and restarts a
# deeper one whenever a shallower one is used, which the builder mirrors below.
_LEVELS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"^([一二三四五六七八九十]+)、\s*"), "chineseCounting", "%1、"),
    (re.compile(r"^（([一二三四五六七八九十]+)）\s*"), "chineseCounting", "（%2）"),
    (re.compile(r"^(\d{1,2})\.(?!\d)\s*"), "decimal", "%3."),
    (re.compile(r"^（(\d{1,2})）\s*"), "decimal", "（%4）"),
)

_SPACES = " \t\u3000\u00a0"


def _numbering_xml() -> tuple[object, object]:
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/><w:lvlJc w:val="left"/></w:lvl>'
        for i, (_, fmt, text) in enumerate(_LEVELS)
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{_ABSTRACT_ID}">'
        f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )
    num = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{_NUM_ID}">'
        f'<w:abstractNumId w:val="{_ABSTRACT_ID}"/></w:num>'
    )
    return abstract, num


@dataclass
class _Counters:
    """Word's counters for the one heading list, to know which typed markers it can make."""

    values: dict[int, int]

    def take(self, line: str) -> tuple[int, str] | None:
        """(level, text without marker) when Word's next label at that level is ``line``'s."""
        for level, (pattern, _, _) in enumerate(_LEVELS):
            match = pattern.match(line)
            if not match:
                continue
            written = match.group(1)
            value = int(written) if written.isdigit() else chinese_to_int(written)
            expected = self.values.get(level, 0) + 1
            rest = line[match.end() :]
            if value != expected or not rest:
                return None  # typed as written: a skip or repeat Word would not produce
            self.values[level] = value
            for deeper in [k for k in self.values if k > level]:
                del self.values[deeper]
            return level, rest
        return None


def _split_runs(text: str) -> Iterable[str]:
    """Cut text into runs of 1-6 characters, mid-word, as editing history leaves it."""
    sizes = (3, 1, 5, 2, 6, 4)
    i = k = 0
    while i < len(text):
        yield text[i : i + sizes[k % len(sizes)]]
        i += sizes[k % len(sizes)]
        k += 1


def _page_number_footer(document: object) -> None:
    footer = document.sections[0].footer  # type: ignore[attr-defined]
    paragraph = footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("— ")
    run = paragraph.add_run()
    for kind, instr in (("begin", None), (None, " PAGE "), ("separate", None)):
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = instr
            run._r.append(el)
    paragraph.add_run("1")
    end = paragraph.add_run()
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), "end")
    end._r.append(fld)
    paragraph.add_run(" —")


def build_docx(text: str, target: Path) -> Path:
    """Write ``text`` as a Word document laid out like a letter; returns ``target``."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    normal = document.styles["Normal"]
    normal.font.size = FONT_SIZE
    normal.font.name = FONT
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    abstract, num = _numbering_xml()
    numbering = document.part.numbering_part.element
    numbering.insert(0, abstract)
    numbering.append(num)
    _page_number_footer(document)

    counters = _Counters({})
    for raw in text.split("\n"):
        line = raw.strip(_SPACES)
        if not line:
            continue
        lead = len(raw) - len(raw.lstrip(_SPACES))
        paragraph = document.add_paragraph()
        fmt = paragraph.paragraph_format
        numbered = counters.take(line)
        if lead >= 8:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT  # signature, date
        else:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if lead or len(line) >= 20 or numbered:
                fmt.first_line_indent = Pt(2 * FONT_SIZE.pt)  # body text: two characters
        if numbered:
            level, line = numbered
            num_pr = parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                f'<w:numId w:val="{_NUM_ID}"/></w:numPr>'
            )
            paragraph._p.get_or_add_pPr().append(num_pr)
        for k, piece in enumerate(_split_runs(line)):
            run = paragraph.add_run(piece)
            if k % 2:
                run.font.italic = False  # a run property of its own, so runs stay apart
    document.save(str(target))
    return target


def plain_docx(text: str, target: Path) -> Path:
    """Write ``text`` as a plain Word document, one left-aligned paragraph per line (blank
    lines kept as empty paragraphs), 16 pt on A4 with python-docx's margins: the layout
    ``scripts/eval.py --formats`` gives every gold letter. Returns ``target``."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = FONT_SIZE
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    for line in text.split("\n"):
        document.add_paragraph(line)
    document.save(str(target))
    return target


# --- LibreOffice -----------------------------------------------------------------------


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(sources: list[Path], target_format: str, outdir: Path) -> None:
    """Convert many files in one LibreOffice run (``pdf``, ``doc``, …) into ``outdir``."""
    exe = soffice()
    assert exe, "LibreOffice is not installed"
    if not sources:
        return
    with tempfile.TemporaryDirectory(prefix="replyparse-lo-") as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                target_format,
                "--outdir",
                str(outdir),
                *map(str, sources),
            ],
            check=True,
            capture_output=True,
            timeout=600,
            env={**os.environ, "HOME": profile},
        )


# --- hand-made PDFs --------------------------------------------------------------------


def minimal_pdf(lines: list[str] | None) -> bytes:
    """A one-page PDF showing ASCII ``lines`` in Helvetica, or with no text at all (a scan)."""
    content = b""
    if lines:
        ops = ["BT /F1 12 Tf 72 720 Td 14 TL"]
        ops += [f"({line}) Tj T*" for line in lines]
        ops.append("ET")
        content = "\n".join(ops).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
