"""The letter re-typeset to GB/T 9704-2012 (``replyparse.typeset``).

- Round trip: every sample, seed and corpus letter, typeset and read back by
  ``parse_bytes``, gives every field of the record it was typeset from (``golden.py``,
  all fields, which is stricter than the scorer's F1 1.000).
- :func:`compose` puts invented lines in the parts the standard gives them.
- The DOCX read back with python-docx: A4, margins, the 22 × 28 grid, fonts by script
  (``w:eastAsia``), styles, the red banner and rule, page numbers on the outer side.
"""

from __future__ import annotations

import io
import itertools
import json
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLES, SEEDS, SHARED
from golden import differences
from replyparse import parse_file, parse_text
from replyparse.letter_parts import BodyLine, MissingText, compose
from replyparse.pipeline import parse_bytes
from replyparse.title_break import (
    LINE_EM,
    MEASURE_EM,
    TITLE_PT,
    TYPE_WIDTH_MM,
    break_points,
    title_lines,
    title_width,
)
from replyparse.typeset import (
    HEADING_STYLE_NAMES,
    PAGE,
    STYLE_NAMES,
    signature_indents,
    typeset_docx,
)

CORPUS = SHARED / "corpus" / "letters"
SAMPLE_LETTERS = sorted(SAMPLES.glob("*.txt"))
SHARED_LETTERS = [
    *(sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []),
    *(sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []),
]


def _open(data: bytes) -> Any:
    return docx.Document(io.BytesIO(data))


# -- round trip ------------------------------------------------------------------------


def _round_trip(path: Path) -> None:
    letter = parse_file(path)
    back = parse_bytes(typeset_docx(letter), path=f"{path.stem}.docx")
    assert differences(back.model_dump(mode="json"), letter.model_dump(mode="json")) == {}


@pytest.mark.parametrize("path", SAMPLE_LETTERS, ids=lambda p: p.stem)
def test_sample_round_trip(path: Path) -> None:
    _round_trip(path)


@pytest.mark.skipif(not SHARED_LETTERS, reason=f"seed and corpus letters not found under {SHARED}")
@pytest.mark.parametrize("path", SHARED_LETTERS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_real_letter_round_trip(path: Path) -> None:
    _round_trip(path)


# -- composition ------------------------------------------------------------------------

# An invented letter with its parts out of the standard's order: the 发文字号 under the
# title, the contacts above the signature, the authority and the date on one line.
SHUFFLED = """\
办理类型：B类
关于县五届人大二次会议第017号建议的答复
东建函〔2024〕9号
周晓梅代表：
　　您提出的建议收悉，现答复如下：
　　一、推进情况
　　今年已投入约300万元。
　　二、下一步打算
　　（一）加快进度。年内完成。
联系人：孙某，联系电话：0000-5550123
东山县住房和城乡建设局　　　2024年6月3日
（此件公开发布）
抄送：县人大选联工委，
县政府督查室。
东山县住房和城乡建设局办公室2024年6月3日印发
"""


def _parts() -> Any:
    return compose(parse_text(SHUFFLED))


PART_CASES = {
    "banner from the record's issuer": ("banner", ("东山县住房和城乡建设局",)),
    "marks": ("marks", ("办理类型：B类",)),
    "doc number moved under the banner": ("doc_number", ("东建函〔2024〕9号",)),
    "title": ("title", ("关于县五届人大二次会议第017号建议的答复",)),
    "salutation": ("salutation", "周晓梅代表："),
    "signature split from its date": ("signature", ("东山县住房和城乡建设局",)),
    "date": ("date", "2024年6月3日"),
    "contacts become a note under the date": (
        "notes",
        ("联系人：孙某，联系电话：0000-5550123", "（此件公开发布）"),
    ),
    "imprint: a cc list over two lines is one entry": (
        "imprint",
        (
            "抄送：县人大选联工委，县政府督查室。",
            "东山县住房和城乡建设局办公室2024年6月3日印发",
        ),
    ),
}


@pytest.mark.parametrize(("part", "expected"), PART_CASES.values(), ids=PART_CASES.keys())
def test_compose_puts_lines_in_their_parts(part: str, expected: object) -> None:
    assert getattr(_parts(), part) == expected


def test_compose_keeps_a_bare_cc_label_apart_from_its_list() -> None:
    # a 版记 read from a table's cells, a cell a line: the label and its list on lines of
    # their own, no colon; one entry, the label parted from the list by the standard's colon
    text = SHUFFLED.replace("抄送：县人大选联工委，\n", "抄送\n县人大选联工委，\n", 1)
    assert text != SHUFFLED
    letter = parse_text(text)
    assert letter.cc == ["县人大选联工委", "县政府督查室"]
    assert compose(letter).imprint[0] == "抄送：县人大选联工委，县政府督查室。"


BODY_CASES = {
    "plain paragraph": (0, BodyLine("您提出的建议收悉，现答复如下：")),
    "level-1 heading alone": (1, BodyLine("一、推进情况", level=1, head=6)),
    "level-2 heading then text: heading and its 。 in the heading face": (
        4,
        BodyLine("（一）加快进度。年内完成。", level=2, head=8),
    ),
}


@pytest.mark.parametrize(("index", "expected"), BODY_CASES.values(), ids=BODY_CASES.keys())
def test_compose_marks_section_lines(index: int, expected: BodyLine) -> None:
    assert _parts().body[index] == expected


def test_compose_keeps_a_banner_line_as_written() -> None:
    parts = compose(parse_text("东山县水利局文件\n" + SHUFFLED))
    assert parts.banner == ("东山县水利局文件",)


def test_compose_splits_a_doc_number_line_at_its_wide_gap() -> None:
    text = SHUFFLED.replace("东建函〔2024〕9号", "东建函〔2024〕9号　　　签发人：王某")
    assert compose(parse_text(text)).doc_number == ("东建函〔2024〕9号", "签发人：王某")


def test_compose_keeps_a_note_glued_to_the_title_on_the_title_line() -> None:
    text = SHUFFLED.replace("的答复\n", "的答复（编号：东建函〔2024〕9号）\n", 1)
    assert text != SHUFFLED
    assert compose(parse_text(text)).title[-1].endswith("的答复（编号：东建函〔2024〕9号）")


HANDLING_AT_THE_END = {
    "办复类别 under the date": "办复类别：B类",
    "办理类型 under the date, half-width colon": "办理类型:B类",
}


@pytest.mark.parametrize("label", HANDLING_AT_THE_END.values(), ids=HANDLING_AT_THE_END.keys())
def test_a_handling_type_at_the_end_goes_to_the_header(label: str) -> None:
    text = SHUFFLED.replace("办理类型：B类\n", "", 1).replace(
        "（此件公开发布）\n", f"{label}\n（此件公开发布）\n", 1
    )
    letter = parse_text(text)
    assert letter.handling_type == "B"
    parts = compose(letter)
    assert parts.marks == (label,)
    assert parts.notes == ("联系人：孙某，联系电话：0000-5550123", "（此件公开发布）")


def test_a_record_without_text_cannot_be_typeset() -> None:
    letter = parse_text(SHUFFLED, keep_text=False)
    with pytest.raises(MissingText, match="--no-text"):
        typeset_docx(letter)


TITLE_CASES = {
    "the writer's lines when each fits": (
        ("关于县五届人大二次会议", "第017号建议的答复"),
        ("关于县五届人大二次会议", "第017号建议的答复"),
    ),
    "too long: broken after 关于 (an issuer alone would read as a banner)": (
        ("东山县住房和城乡建设局关于县五届人大二次会议", "第017号建议的答复"),
        ("东山县住房和城乡建设局关于", "县五届人大二次会议第017号建议的答复"),
    ),
    "too long and no 关于: broken between words into even lines": (
        ("对县五届人大二次会议第017号建议和第018号建议的", "答复"),
        ("对县五届人大二次会议第017号", "建议和第018号建议的答复"),
    ),
    "the writer broke inside 建议: broken again between words": (
        ("关于县五届人大二次会议第017号建", "议的答复"),
        ("关于县五届人大二次会议", "第017号建议的答复"),
    ),
    "the subject after 关于 still too long: broken between words": (
        ("东山县住房和城乡建设局关于县五届人大二次会议第017号和第018号关于修建北门桥的建议的答复",),
        (
            "东山县住房和城乡建设局关于",
            "县五届人大二次会议第017号和",
            "第018号关于修建北门桥的建议的答复",
        ),
    ),
    "18 characters and a number are wider than the line at 二号: broken, not at 建|议": (
        ("关于西岭市九届人大三次会议第182号代表建议的答复函",),
        ("关于西岭市九届人大三次会议", "第182号代表建议的答复函"),
    ),
    "the writer's two-character last line is a stub: the lines evened": (
        ("关于县五届人大二次会议第112号建议的", "答复"),
        ("关于县五届人大二次会议", "第112号建议的答复"),
    ),
    "no first line a reader takes for the issuer's banner (…局对…政协)": (
        ("西岭市财政局对西岭市第三届政协第三次会议第122号提案的答复",),
        ("西岭市财政局对西岭市第三届", "政协第三次会议第122号提案的答复"),
    ),
    "a quoted 《关于 is no issuer's 关于: no stub of a first line": (
        ("《关于整治北门桥头占道经营和车辆乱停放的建议》的答复",),
        ("《关于整治北门桥头占道经营", "和车辆乱停放的建议》的答复"),
    ),
    "the writer broke after a quoted 《关于: broken again": (
        ("西岭县十六届人大三次会议《关于", "加大北河两岸环境整治力度", "的建议》的答复函"),
        ("西岭县十六届人大三次会议《关于加大", "北河两岸环境整治力度的建议》的答复函"),
    ),
    "a title that fits stays on one line": (
        ("关于修建北门桥的建议的答复",),
        ("关于修建北门桥的建议的答复",),
    ),
}


@pytest.mark.parametrize(("written", "expected"), TITLE_CASES.values(), ids=TITLE_CASES.keys())
def test_title_lines(written: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert title_lines(written) == expected


WIDTH_CASES = {
    "Chinese characters: an em each": ("建议的答复", 5.0),
    "digits about half an em, and the space on each side of them": ("第182号", 2 + 1.65 + 0.5),
    "a Latin run inside Chinese text": ("关于A级景区", 5 + 0.7 + 0.5),
    "full-width brackets an em": ("《建议》", 4.0),
}


@pytest.mark.parametrize(("text", "ems"), WIDTH_CASES.values(), ids=WIDTH_CASES.keys())
def test_title_width(text: str, ems: float) -> None:
    assert title_width(text) == pytest.approx(ems)


def test_title_measure_is_the_type_area_less_slack() -> None:
    assert pytest.approx(PAGE.type_width) == TYPE_WIDTH_MM
    assert pytest.approx(Mm(PAGE.type_width).pt / TITLE_PT) == LINE_EM
    assert 19 <= MEASURE_EM < LINE_EM


# Invented titles (a mix of lengths, numbers, quotes): every line the breaker gives fits
# the measure, breaks only where a word ends, and no line is a stub.
LONG_TITLES = [
    "关于西岭市九届人大三次会议第182号代表建议的答复函",
    "西岭市交通运输局关于市九届人大三次会议第0182号代表建议的答复",
    "关于对市五届人大四次会议第156号《关于加强城区餐饮油烟污染治理的建议》的答复",
    "关于政协西岭市第十二届委员会第二次会议第2023112号提案办理情况的答复",
    "关于进一步加强农村寄递物流体系建设推动快递进村降低二次收费的建议的答复",
    "关于在G318国道沿线增设ETC服务网点和充电设施的建议的答复",
]


@pytest.mark.parametrize("title", LONG_TITLES)
def test_title_lines_fit_break_between_words_and_are_even(title: str) -> None:
    lines = title_lines((title,))
    assert "".join(lines) == title
    assert all(title_width(line) <= MEASURE_EM for line in lines), lines
    offsets = set(itertools.accumulate(len(line) for line in lines[:-1]))
    assert offsets <= break_points(title), lines
    assert not any(a.endswith("建") and b.startswith("议") for a, b in itertools.pairwise(lines))
    widths = [title_width(line) for line in lines[1:]]  # the first may be issuer + 关于
    assert not widths or min(widths) >= max(widths) / 3, lines


def test_title_lines_in_the_document_fit_the_type_area() -> None:
    text = SHUFFLED.replace("关于县五届人大二次会议第017号建议的答复", LONG_TITLES[0], 1)
    document = _open(typeset_docx(parse_text(text)))
    title = next(p for p in document.paragraphs if p.style.name == STYLE_NAMES["title"])
    lines = title.text.split("\n")
    assert len(lines) > 1
    assert all(title_width(line) * TITLE_PT <= Mm(PAGE.type_width).pt for line in lines)


SIGNATURE_CASES = {
    "date shorter: signature two from the edge, date two further right": (
        ("呈贡区市场监督管理局",),
        "2021年11月2日",
        (2.0, 3.5),
    ),
    "date longer: date two from the edge, signature pushed left": (
        ("某某局",),
        "2021年11月12日",
        (8.0, 2.0),
    ),
    "no signature: date four from the edge": ((), "2021年11月2日", (2.0, 4.0)),
    "no date": (("某某局",), None, (2.0, 3.0)),
}


@pytest.mark.parametrize(
    ("signature", "date", "expected"), SIGNATURE_CASES.values(), ids=SIGNATURE_CASES.keys()
)
def test_signature_indents(
    signature: tuple[str, ...], date: str | None, expected: tuple[float, float]
) -> None:
    assert signature_indents(signature, date) == expected


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        alphabet=st.sampled_from("关于答复建议局：。、一二（）1.\n 　年月日抄送联系人\x0c"),
        max_size=200,
    )
)
def test_any_parsed_text_typesets_to_a_document_that_opens(text: str) -> None:
    document = _open(typeset_docx(parse_text(text)))
    assert _close(document.sections[0].page_width, Mm(210))


# -- the document read back --------------------------------------------------------------


@pytest.fixture(scope="module")
def letter_docx() -> Any:
    return _open(typeset_docx(parse_file(SAMPLES / "s10_four_levels_footnote_contact.txt")))


def _fonts(element: Any) -> dict[str, str]:
    rfonts = element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    assert rfonts is not None
    return {k.split("}")[1]: v for k, v in rfonts.attrib.items()}


def _close(length: int, expected: int) -> bool:
    """Equal to a twip's rounding (lengths are stored in whole twips)."""
    return abs(length - expected) < Mm(0.05)


def test_page_is_a4_with_the_standard_margins(letter_docx: Any) -> None:
    section = letter_docx.sections[0]
    assert _close(section.page_width, Mm(210))
    assert _close(section.page_height, Mm(297))
    assert _close(section.top_margin, Mm(37))
    assert _close(section.left_margin, Mm(28))
    type_width = section.page_width - section.left_margin - section.right_margin
    type_height = section.page_height - section.top_margin - section.bottom_margin
    assert _close(type_width, Mm(156))
    assert _close(type_height, Mm(225))


def test_grid_has_22_lines_of_28_characters(letter_docx: Any) -> None:
    grid = letter_docx.sections[0]._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "linesAndChars"
    pitch = int(grid.get(qn("w:linePitch")))  # twips
    assert round(Mm(225).pt * 20 / pitch) == 22
    char_pitch = 16 + int(grid.get(qn("w:charSpace"))) / 4096  # points, from the 16 pt font
    assert int(Mm(156).pt / char_pitch) == 28
    normal = letter_docx.styles["Normal"]
    assert normal.paragraph_format.line_spacing == Pt(pitch / 20)
    # what LibreOffice lays out without the grid: condensed 三号 characters, 28 a line
    spacing = int(normal.element.rPr.find(qn("w:spacing")).get(qn("w:val")))
    assert int(Mm(156).pt / (16 + spacing / 20)) == 28


STYLE_FONTS = {
    "body": ("Normal", "仿宋_GB2312", 16),
    "title": (STYLE_NAMES["title"], "方正小标宋简体", 22),
    "banner": (STYLE_NAMES["banner"], "方正小标宋简体", None),
    "level 1": (HEADING_STYLE_NAMES[1], "黑体", 16),
    "level 2": (HEADING_STYLE_NAMES[2], "楷体_GB2312", 16),
    "level 3": (HEADING_STYLE_NAMES[3], "仿宋_GB2312", 16),
    "level 4": (HEADING_STYLE_NAMES[4], "仿宋_GB2312", 16),
    "imprint": (STYLE_NAMES["imprint"], "仿宋_GB2312", 14),
    "page number": (STYLE_NAMES["page_number"], "宋体", 14),
}


@pytest.mark.parametrize(
    ("style", "east_asia", "size"), STYLE_FONTS.values(), ids=STYLE_FONTS.keys()
)
def test_styles_name_the_standard_fonts_for_chinese(
    letter_docx: Any, style: str, east_asia: str, size: int | None
) -> None:
    s = letter_docx.styles[style]
    fonts = _fonts(s.element)
    assert fonts["eastAsia"] == east_asia
    assert not any(k.endswith("Theme") or k == "cstheme" for k in fonts)
    if size is not None:
        assert s.font.size == Pt(size)


def test_defaults_name_a_chinese_font_and_language(letter_docx: Any) -> None:
    defaults = letter_docx.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert rpr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert rpr.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"


def _paragraphs(document: Any, style: str) -> list[Any]:
    return [p for p in document.paragraphs if p.style.name == style]


def test_banner_is_red_with_the_red_rule_under_it(letter_docx: Any) -> None:
    (banner,) = _paragraphs(letter_docx, STYLE_NAMES["banner"])
    assert banner.text == "呈贡区市场监督管理局"
    assert str(banner.style.font.color.rgb) == "FF0000"
    rule = banner._p.pPr.find(f"{qn('w:pBdr')}/{qn('w:bottom')}")
    assert rule.get(qn("w:color")) == "FF0000"
    assert letter_docx.paragraphs[0] is not None and letter_docx.paragraphs[0].text == banner.text


def test_doc_number_sits_right_under_the_banner(letter_docx: Any) -> None:
    body = letter_docx.element.body
    first_table = body.find(qn("w:tbl"))
    assert first_table.getprevious() is letter_docx.paragraphs[0]._p
    cell = letter_docx.tables[0].rows[0].cells[1]
    assert cell.paragraphs[0].text == "呈市监函〔2021〕77号"
    assert cell.paragraphs[0].style.name == STYLE_NAMES["doc_number"]
    assert cell.paragraphs[0].style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT


def test_title_centred_salutation_flush_left_body_indented(letter_docx: Any) -> None:
    title = letter_docx.styles[STYLE_NAMES["title"]]
    assert title.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    (salutation,) = _paragraphs(letter_docx, STYLE_NAMES["salutation"])
    assert salutation.text == "赵建明代表："
    ind = salutation.style.element.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "0"
    normal_ind = letter_docx.styles["Normal"].element.pPr.find(qn("w:ind"))
    assert normal_ind.get(qn("w:firstLineChars")) == "200"


def test_heading_lines_take_their_levels_style_and_outline_level(letter_docx: Any) -> None:
    seen = {
        level: [p.text for p in _paragraphs(letter_docx, name)]
        for level, name in HEADING_STYLE_NAMES.items()
    }
    assert seen[1] == ["一、学校食堂食品安全现状", "二、下一步工作措施"]
    assert seen[2][:2] == ["（一）专项检查情况", "（二）推行集中配餐的困难"]
    assert seen[3][0] == "1.落实“明厨亮灶”。"
    for level, name in HEADING_STYLE_NAMES.items():
        outline = letter_docx.styles[name].element.pPr.find(qn("w:outlineLvl"))
        assert outline.get(qn("w:val")) == str(level - 1)


def test_text_after_a_heading_on_its_line_is_in_the_body_face(letter_docx: Any) -> None:
    (line,) = [
        p for p in _paragraphs(letter_docx, HEADING_STYLE_NAMES[3]) if p.text.startswith("2.")
    ]
    head, rest = line.runs
    assert head.text == "2.开展食品安全快检。"
    assert _fonts(rest._r)["eastAsia"] == "仿宋_GB2312"


def test_signature_and_date_to_the_right_then_the_note(letter_docx: Any) -> None:
    (signature,) = _paragraphs(letter_docx, STYLE_NAMES["signature"])
    (date,) = _paragraphs(letter_docx, STYLE_NAMES["date"])
    assert signature.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert date.text == "2021年11月2日"
    # the date starts two characters right of the signature (no seal, 7.3.5.2)
    sig_right = int(signature._p.pPr.find(qn("w:ind")).get(qn("w:rightChars")))
    date_right = int(date._p.pPr.find(qn("w:ind")).get(qn("w:rightChars")))
    assert (sig_right, date_right) == (200, 350)
    assert [p.text for p in _paragraphs(letter_docx, STYLE_NAMES["notes"])] == [
        "（联系人：钱静，联系电话：65550199）"
    ]


def test_imprint_between_rules_as_wide_as_the_type_area(letter_docx: Any) -> None:
    table = letter_docx.tables[-1]
    assert table.rows[0].cells[0].text.startswith("抄送：")
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders.find(qn("w:top")).get(qn("w:val")) == "single"
    assert borders.find(qn("w:bottom")).get(qn("w:val")) == "single"
    width = int(table._tbl.tblPr.find(qn("w:tblW")).get(qn("w:w")))
    assert abs(width - Mm(156).twips) <= 1


def test_imprint_floats_at_the_foot_of_the_type_area(letter_docx: Any) -> None:
    """GB/T 9704 7.4: the 版记's last line on the last line of the page, not under the
    date: the table floats, aligned to the bottom margin, over the type area's width."""
    table = letter_docx.tables[-1]
    place = table._tbl.tblPr.find(qn("w:tblpPr"))
    assert place is not None
    assert place.get(qn("w:vertAnchor")) == "margin"
    assert place.get(qn("w:tblpYSpec")) == "bottom"
    assert place.get(qn("w:tblpY")) is None
    assert place.get(qn("w:horzAnchor")) == "page"
    cell_left = int(table._tbl.tblPr.find(f"{qn('w:tblCellMar')}/{qn('w:left')}").get(qn("w:w")))
    assert abs(int(place.get(qn("w:tblpX"))) - cell_left - Mm(28).twips) <= 1
    assert table._tbl.tblPr.find(qn("w:tblOverlap")).get(qn("w:val")) == "never"
    after = table._tbl.getnext()
    assert after.tag == qn("w:p")  # the paragraph it hangs from


def test_a_wrapped_cc_list_is_one_entry_hanging_after_its_colon() -> None:
    document = _open(typeset_docx(parse_text(SHUFFLED)))
    table = document.tables[-1]
    rows = [row.cells[0].text for row in table.rows]
    assert rows == [
        "抄送：县人大选联工委，县政府督查室。",
        "东山县住房和城乡建设局办公室\t2024年6月3日印发",
    ]
    ind = table.rows[0].cells[0].paragraphs[0]._p.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:hangingChars")) == ind.get(qn("w:leftChars")) == "300"


def test_page_numbers_on_the_outer_side(letter_docx: Any) -> None:
    assert letter_docx.settings.odd_and_even_pages_header_footer
    section = letter_docx.sections[0]
    for footer, side in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        (p,) = footer.paragraphs
        assert p.alignment == side
        instr = p._p.find(f".//{qn('w:instrText')}")
        assert instr.text.strip() == "PAGE"
        assert p.text.startswith("— ") and p.text.endswith(" —")


def test_the_document_says_what_it_is(letter_docx: Any) -> None:
    assert letter_docx.core_properties.title == (
        "呈贡区市场监督管理局关于区三届人大一次会议第056号建议的答复"
    )


def test_json_record_renders_like_its_letter(tmp_path: Path) -> None:
    letter = parse_file(SAMPLES / "s10_four_levels_footnote_contact.txt")
    again = type(letter).model_validate_json(letter.model_dump_json())
    assert _texts(typeset_docx(again)) == _texts(typeset_docx(letter))
    assert json.loads(again.model_dump_json()) == json.loads(letter.model_dump_json())


def _texts(data: bytes) -> list[str]:
    return [p.text for p in _open(data).paragraphs]


ATTACHED = """\
关于县五届人大二次会议第021号建议的答复
吴海燕代表：
　　您提出的建议收悉，现答复如下。
　　一、已完成的工作。今年已修缮校舍两处。
　　感谢您对教育工作的关心和支持。
联系人：钱某，联系电话：0000-5550123
　　　　　　　　　　　　　　　　东山县教育局
　　　　　　　　　　　　　　　　2024年6月3日
附件：1.校舍修缮项目清单
　　　2.2024年校舍修缮资金安排表
"""


def test_attachments_are_their_own_part_whatever_their_place() -> None:
    parts = compose(parse_text(ATTACHED))
    assert parts.attachments == ("附件：1.校舍修缮项目清单", "2.2024年校舍修缮资金安排表")
    assert parts.notes == ("联系人：钱某，联系电话：0000-5550123",)


def test_attachments_are_typeset_under_the_body_above_the_signature() -> None:
    """GB/T 9704-2012 7.3.4: 附件说明 a line under the body, the second attachment aligned
    under the first one's name; then the signature, the date and the 附注."""
    document = _open(typeset_docx(parse_text(ATTACHED)))
    texts = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    texts = texts[texts.index("感谢您对教育工作的关心和支持。") :]  # the banner above aside
    order = [
        "感谢您对教育工作的关心和支持。",
        "附件：1.校舍修缮项目清单",
        "2.2024年校舍修缮资金安排表",
        "东山县教育局",
        "2024年6月3日",
        "联系人：钱某，联系电话：0000-5550123",
    ]
    assert [t for t in texts if t in order] == order
    second = next(p for p in document.paragraphs if p.text.startswith("2.2024"))
    ind = second._p.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:leftChars")) == "500" and ind.get(qn("w:firstLineChars")) == "0"


KEPT_TOGETHER = {"shuffled": SHUFFLED, "with attachments": ATTACHED}


@pytest.mark.parametrize("text", KEPT_TOGETHER.values(), ids=KEPT_TOGETHER.keys())
def test_the_date_never_stands_alone_on_a_page(text: str) -> None:
    """GB/T 9704-2012 7.3.5: no page with the signature and date and no text. Every
    paragraph from the text's last one (its last two lines at least, widow control) to
    the signature keeps with the next, down to the date."""
    paragraphs = _open(typeset_docx(parse_text(text))).paragraphs
    names = [p.style.name for p in paragraphs]
    signature = names.index(STYLE_NAMES["signature"])
    date = names.index(STYLE_NAMES["date"])
    last_text = signature - 1
    assert names[last_text] != STYLE_NAMES["title"]
    assert paragraphs[last_text].paragraph_format.widow_control is True
    assert all(p.paragraph_format.keep_with_next for p in paragraphs[last_text:date])
    assert not paragraphs[date].paragraph_format.keep_with_next


def test_title_measure_uses_the_page_it_is_set_on() -> None:
    # title_break keeps its own copy of the type area's width and the title's size (it
    # cannot import typeset, which imports it): they must stay the page's and the title's
    from replyparse import title_break, typeset

    assert typeset.PAGE.type_width == title_break.TYPE_WIDTH_MM
    assert title_break.TITLE_PT == typeset.TITLE_PT


def test_compose_parts_a_letter_whose_copy_lost_its_line_breaks() -> None:
    """A web copy flattened onto one line is typeset as the parse reads it, its title, its
    salutation and its paragraphs parted, not as one paragraph (the lead, stop 63: compose
    laid out the written lines alone)."""
    text = (
        "关于修缮甲村便民桥的建议的答复\n"
        "甲县财政复字〔2099〕4号 签发人:赵某 王某代表: 您提出的关于修缮甲村便民桥的建议已收悉,"
        "现答复如下: 一、我局已将该桥列入明年维修计划,资金50万元。 二、由乡政府负责施工。"
        " 感谢您对财政工作的关心和支持! 甲县财政局 2099年7月1日\n"
    )
    parts = compose(parse_text(text))
    assert parts.title == ("关于修缮甲村便民桥的建议的答复",)
    assert parts.salutation is not None and parts.salutation.strip().startswith("王某代表")
    assert len(parts.body) >= 3
