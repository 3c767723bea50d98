"""Hard-wrapped letters (unwrap.py): a paragraph's printed lines joined back into one.

The letters here are invented. ``_print`` breaks a letter's lines the way a page prints
them (a line is broken where the next character would not fit; the paragraph's indent
stays on its first line), and unwrapping must give back the lines the letter was written
with. The must-not tables hold letters that keep a paragraph to a line, and line pairs a
wrapped letter must keep apart. Over the gold letters: none is taken for hard-wrapped as
it is, and each one printed at a page's width keeps every span of its record exact.
"""

from __future__ import annotations

import pytest

import goldsets
import perturb
from replyparse import parse_text
from replyparse.printwidth import pitch_blanks
from replyparse.textview import TextView
from replyparse.unwrap import columns, unwrap, wrap_joins
from snippets import printed
from spans import span_problems


def _print(text: str, width: int) -> str:
    """``text`` as printed ``width`` columns wide, every printed line a line."""
    return "\n".join(printed(text.split("\n"), width))


def _lines(text: str) -> list[str]:
    return [line.text for line in unwrap(TextView(text)).content_lines]


LETTER = "\n".join(
    [
        "某市交通运输局",
        "关于市八届人大三次会议第0217号建议的答复",
        "钱某某代表：",
        "　　您提出的《关于改善城郊公交线路覆盖的建议》收悉。我局会同市公交集团、各区交通部门"
        "逐条研究，现将办理情况答复如下：",
        "　　一、优化既有线路",
        "　　今年以来，我局对城郊十二条公交线路的站点设置和发车间隔进行了全面梳理，调整线路"
        "走向四条，新增站点二十六个，早晚高峰发车间隔由二十分钟缩短至十二分钟，沿线群众候车"
        "时间明显减少。",
        "　　二、加大资金投入",
        "　　市财政今年安排公交运营补贴资金1,850万元，其中新能源车辆购置补助620万元，计划于"
        "2025年6月底前完成四十辆新能源公交车的更新，并同步建设充电桩十八个。",
        "　　感谢您对交通运输工作的关心和支持。",
        "某市交通运输局",
        "2024年7月15日",
        "（联系人：孙某，联系电话：0000-5550147）",
        "抄送：市人大常委会代表工作委员会，市人民政府督查室。",
    ]
)


@pytest.mark.parametrize("width", [48, 52, 56, 60])
def test_unwrapping_gives_back_the_lines_the_letter_was_written_with(width: int) -> None:
    printed = _print(LETTER, width)
    assert len(printed.split("\n")) >= len(LETTER.split("\n")) + 4  # it was wrapped
    assert _lines(printed) == [line.text for line in TextView(LETTER).content_lines]


@pytest.mark.parametrize("width", [52, 56])
def test_a_signature_set_right_past_the_width_leaves_the_wrap_found(width: int) -> None:
    # (a copy sets the signature and date right with blanks that run past the page's width;
    # the page printed them at its margin: their words' width is what it printed, and the
    # paragraphs' wrap is still read, pert65b)
    lines = LETTER.split("\n")
    body = "\n".join(lines[:-4])
    signature = " " * 60 + "某市交通运输局\n" + " " * 70 + "2024年7月15日"
    printed = _print(body, width) + "\n\n" + signature + "\n"
    assert _lines(printed)[: len(lines) - 4] == [line.text for line in TextView(body).content_lines]


def test_a_wrapped_letter_reads_as_the_letter_it_was() -> None:
    """The fields that a printed line's break cut in two come out whole, spans exact."""
    whole, printed = parse_text(LETTER), parse_text(_print(LETTER, 52))
    assert [s.heading for s in printed.sections] == [s.heading for s in whole.sections]
    assert [(a.text, a.value) for a in printed.amounts] == [
        (a.text, a.value) for a in whole.amounts
    ]
    assert [d.value for d in printed.dates] == [d.value for d in whole.dates]
    assert printed.proposal == whole.proposal or (
        printed.proposal is not None
        and whole.proposal is not None
        and printed.proposal.title == whole.proposal.title
    )
    assert (printed.signature.issuer, printed.signature.date) == (
        whole.signature.issuer,
        whole.signature.date,
    )
    assert span_problems(printed) == []


def _spaced_out(text: str) -> str:
    """``text`` as an OCR's copy of a print gives it: a space after each character."""
    return "\n".join(" ".join(line) for line in text.split("\n"))


@pytest.mark.parametrize("width", [52, 56])
def test_a_print_copied_spaced_out_is_unwrapped(width: int) -> None:
    # measured with the spaces, a line holding figures (half a column each) came out wider
    # than one of hanzi alone, and the lines of hanzi alone were no longer full
    printed = _spaced_out(_print(LETTER, width))
    # (the view reads the OCR's blank before a comma as a web copy's: full-width)
    read = [line.replace(" ", "").replace("，", ",") for line in _lines(printed)]
    written = [line.text.replace("，", ",") for line in TextView(LETTER).content_lines]
    assert read == written


@pytest.mark.parametrize(
    ("text", "blanks"),
    [
        pytest.param("关 于 加 快 村 道 改 造", 7, id="spaced-out"),
        pytest.param("资 金 1 2 0 0 万 元 ，", 8, id="spaced-out-figures"),
        pytest.param("依据GB/T 9704 标准 印制", 0, id="a-few-spaces-typed"),
        pytest.param("联系人：王某  联系电话：0000-5550147", 0, id="a-gap"),
        pytest.param("王 某", 0, id="too-short-to-tell"),
    ],
)
def test_the_spaces_of_a_line_set_spaced_out(text: str, blanks: int) -> None:
    assert pitch_blanks(text) == blanks


# Letters that are not hard-wrapped: wrap_joins finds nothing in them.
NOT_WRAPPED = [
    pytest.param(LETTER, id="a-paragraph-a-line"),
    pytest.param(
        "\n".join(["张某某、李某某、王某某、赵某某、钱某某"] * 6),
        id="equal-short-lines",
    ),
    pytest.param(
        "\n".join(["　　我局高度重视此项工作，召开专题会议研究部署了具体措施。"] * 6),
        id="equal-lines-ending-sentences",
    ),
    pytest.param(
        _print(
            "某局\n张某代表：\n　　来信收悉，经研究，我局已安排专人对您反映的路段进行了实地查看，"
            "并将在下一年度计划中统筹考虑。\n某局\n2024年1月2日",
            52,
        ),
        id="one-wrapped-paragraph-of-two-lines",
    ),
    pytest.param(
        "\n".join(
            [
                "关于市八届人大三次会议第0217号建议的办理情况报告送审稿",
                "关于市八届人大三次会议第0217号建议的办理情况报告送审稿",
                "某市交通运输局办公室 发布时间：2024-07-15 来源：本站",
                "　　" + "您提出的建议收悉，现答复如下。" * 12,
                "　　" + "我局将继续加大工作力度。" * 10,
            ]
        ),
        id="equal-headings-above-long-paragraphs",
    ),
]


@pytest.mark.parametrize("text", NOT_WRAPPED)
def test_a_letter_that_is_not_hard_wrapped_is_left_as_it_is(text: str) -> None:
    assert wrap_joins(TextView(text)) == []


PARAGRAPH = (
    "今年以来，我局对城郊十二条公交线路的站点设置和发车间隔进行了全面梳理，调整线路走向四条，"
    "新增站点二十六个，早晚高峰发车间隔由二十分钟缩短至十二分钟，沿线群众候车时间明显减少"
)


def _wrapped_then(below: str) -> str:
    """The full printed lines of one paragraph (52 columns), then ``below``."""
    printed = _print(PARAGRAPH, 52).split("\n")
    full = [line for line in printed if columns(line) >= 50]
    assert len(full) >= 3
    return "\n".join([*full, below])


# The line under the paragraph's last full line, and whether it carries the paragraph on.
BELOW = [
    pytest.param("还将继续优化。", True, id="carries-on"),
    pytest.param("　　还将继续优化。", False, id="indented-new-paragraph"),
    pytest.param("二、加大资金投入", False, id="section-marker"),
    pytest.param("（二）加大资金投入", False, id="bracketed-marker"),
    pytest.param("联系人：孙某", False, id="label"),
    pytest.param("抄送：市人民政府督查室。", False, id="cc-label"),
    pytest.param("\n还将继续优化。", False, id="blank-line-between"),
]


@pytest.mark.parametrize(("below", "joined"), BELOW)
def test_the_last_printed_line_joins_only_a_line_that_carries_on(below: str, joined: bool) -> None:
    text = _wrapped_then(below)
    lines = _lines(text)
    assert (below.strip() in lines) is not joined
    assert lines[0].startswith("今年以来")


def test_a_line_that_ends_short_of_the_width_keeps_its_break() -> None:
    """A heading whose next word would have fitted on its line ended there on purpose."""
    heading = "一、优化线路"
    text = _print(PARAGRAPH, 52) + "\n" + heading + "\n" + _print(PARAGRAPH, 52)
    assert heading in _lines(text)


def test_a_joined_break_is_no_gap_in_the_view() -> None:
    """The words run on across a printed line's break: labels and headings read no gap
    there (a gap is where the letter had blanks inside a line)."""
    view = unwrap(TextView(_print(PARAGRAPH + "。", 52)))
    (line,) = view.content_lines
    assert line.text.startswith("今年以来") and line.text.endswith("明显减少。")
    assert view.gaps_in(line.start, line.end) == []


@pytest.mark.parametrize(
    ("text", "width"),
    [("abc", 3), ("某局", 4), ("某局2024年", 10), ("（一）", 6), ("“引号”", 8)],
)
def test_columns_counts_a_wide_character_as_two(text: str, width: int) -> None:
    assert columns(text) == width


def test_no_gold_letter_is_taken_for_hard_wrapped() -> None:
    """Letters that keep a paragraph to a line, real ones included, are read as they are."""
    letters = goldsets.all_letters()
    assert len(letters) >= goldsets.at_least(with_shared=66, samples_only=20)
    assert [g.key for g in letters if wrap_joins(TextView(g.text()))] == []


def test_every_gold_letter_printed_keeps_its_spans() -> None:
    """Each gold letter printed at a page's width: the view is unwrapped (or left alone
    when too short to show a width), and every span of the record holds."""
    transform = perturb.get("hard-wrapped")
    unwrapped = 0
    for letter in goldsets.all_letters():
        printed = transform(letter.text(), letter.gold(), letter.key)
        unwrapped += bool(wrap_joins(TextView(printed)))
        assert span_problems(parse_text(printed)) == [], letter.key
    assert unwrapped >= goldsets.at_least(with_shared=55, samples_only=15)


CC_BODIES = ["市人大常委会代表工作委员会", "市政协提案委员会", "市人民政府督查室", "市财政局"]
WITH_CC = LETTER.replace(LETTER.split("\n")[-1], "抄送：" + "，".join(CC_BODIES) + "。")


def _assert_read_as_listed(printed: str) -> None:
    """The 抄送 bodies come out as the letter lists them, every span holding."""
    letter = parse_text(printed)
    assert letter.cc == CC_BODIES
    assert span_problems(letter) == []


@pytest.mark.parametrize("width", [44, 46, 56, 58])
def test_a_copied_body_broken_over_two_printed_lines_is_one(width: int) -> None:
    """A 抄送 list printed over two lines, a body's name cut by the break: one body, its
    span running over the break, the other bodies as the letter lists them."""
    printed = _print(WITH_CC, width)
    broken = printed[printed.index("抄送") :].split("\n")
    assert len(broken) == 2 and broken[1][0] not in "，。"  # broken inside a body
    _assert_read_as_listed(printed)


@pytest.mark.parametrize(
    ("number", "value"),
    [("1,260万元", 12_600_000), ("12,600,000元", 12_600_000), ("3,500.5万元", 35_005_000)],
)
def test_a_sum_broken_after_its_thousands_comma_is_one_amount(number: str, value: int) -> None:
    """The view makes a comma at a line's end full-width (it ends a clause there); where
    the join puts digits on both sides of it, it is the number's again."""
    head, tail = number.split(",", 1)
    printed = _print(PARAGRAPH, 52).split("\n")
    full = [line for line in printed if columns(line) >= 50][:3]
    # the last full line made to end with the sum's first digits and its comma, as full
    # as the page lets it be (the next digit would not fit)
    cut = full[2]
    while columns(cut) + columns(head + ",") > 52:
        cut = cut[:-1]
    cut += head + ","
    assert columns(cut) >= 51
    text = "\n".join([*full[:2], cut, tail + "用于管网改造。"])
    assert printed_amounts(text) == [value]


def printed_amounts(text: str) -> list[float]:
    return [float(a.value) for a in parse_text(text).amounts]


QUOTED = (
    "今年我局在城郊推行“定制公交”“社区巴士”“校园专线”等新模式，打造“绿色公交”“便民公交”品牌，"
    "开通线路十二条——其中“微循环”线路五条……沿线群众出行更加便捷，满意度明显提升"
)


@pytest.mark.parametrize("width", [48, 52, 56])
def test_quotes_and_dashes_take_a_full_cell(width: int) -> None:
    """“ ” — … are of ambiguous width: on a Chinese page each fills a cell, so a printed
    line holding several of them is still full."""
    text = "\n".join([_print(QUOTED, width), _print(PARAGRAPH + "。", width)])
    assert _lines(text) == [QUOTED, PARAGRAPH + "。"]


def test_a_signature_set_right_is_no_evidence_of_indented_paragraphs() -> None:
    """Flush-left paragraphs, the signature set right with blanks: a full line ending a
    sentence still ends its paragraph."""
    opening = "您提出的《关于改善城郊公交线路覆盖的建议》收悉。我局会同市公交集团逐条研究，现将办理情况答复如下："
    text = "\n".join(
        [
            "关于市八届人大三次会议第0217号建议的答复",
            "钱某某代表：",
            opening,
            PARAGRAPH + "。",
            PARAGRAPH + "。",
            " " * 30 + "某市交通运输局",
            " " * 30 + "2024年7月15日",
        ]
    )
    for width in range(44, 62, 2):
        printed = _print(text, width)
        if not wrap_joins(TextView(printed)):
            continue
        lines = _lines(printed)
        assert PARAGRAPH + "。" in lines, width
        assert not any(line.endswith("如下：" + PARAGRAPH[:4]) for line in lines)
        assert [line for line in lines if line.startswith("今年以来")] == [PARAGRAPH + "。"] * 2


def test_blanks_at_a_printed_lines_end_do_not_split_a_copied_body() -> None:
    _assert_read_as_listed("\n".join(line + "  " for line in _print(WITH_CC, 58).split("\n")))


FLUSH_HEADINGS = "\n".join(
    [
        "某市交通运输局",
        "关于市八届人大三次会议第0217号建议的答复",
        "钱某某代表：",
        "您提出的《关于改善城郊公交线路覆盖的建议》收悉。我局会同市公交集团、各区交通部门"
        "逐条研究，现将办理情况答复如下：",
        "一、关于加密城郊公交班次并延长末班车运营时间段的建议",  # 26 hanzi: a full line at 52
        "今年以来，我局对城郊十二条公交线路的站点设置和发车间隔进行了全面梳理，调整线路走向"
        "四条，新增站点二十六个，早晚高峰发车间隔由二十分钟缩短至十二分钟。",
        "二、关于增设城郊公交站点的建议",
        "市财政今年安排公交运营补贴资金1,850万元，计划于2025年6月底前完成四十辆新能源公交车"
        "的更新，并同步建设充电桩十八个。",
        "感谢您对交通运输工作的关心和支持。",
        "某市交通运输局",
        "2024年7月15日",
    ]
)


def test_a_heading_that_fills_a_printed_line_stays_apart_from_its_paragraph() -> None:
    """A flush-left heading as wide as the page reads as a wrapped line, and is joined to
    the paragraph under it; its topic word ending right at that break ends it again."""
    whole, printed = parse_text(FLUSH_HEADINGS), parse_text(_print(FLUSH_HEADINGS, 52))
    assert [s.heading for s in printed.sections] == [s.heading for s in whole.sections]
    assert printed.sections[0].heading == "关于加密城郊公交班次并延长末班车运营时间段的建议"


WORDS_LETTER = "\n".join(
    [
        "某县水利局",
        "关于县十届人大二次会议第0031号建议的答复",
        "周某某代表：",
        "　　您提出的《关于修缮戊村灌溉渠道的建议》收悉。我局已于2031-03-18派员实地查看，"
        "并于15:30召开专题会议（会议纪要编号SL2031031801），现将办理情况答复如下：",
        "　　一、渠道修缮资金已列入年度计划，总投资1,260万元，其中县级配套资金380万元，"
        "工程编号GQ-2031-0107，计划于2031年10月底前完工，详情可发送邮件至box@example.com查询。",
        "　　二、工程完工后由乡镇水管站负责日常管护，管护经费每年12万元，列入县财政预算，"
        "管护人员由戊村推荐，县水利局统一培训（培训时间另行通知）。",
        "　　感谢您对水利工作的关心和支持。",
        "某县水利局",
        "2031年4月20日",
    ]
)


@pytest.mark.parametrize("width", [52, 54, 56, 58, 60])
def test_a_print_that_keeps_words_whole_and_its_marks_off_a_lines_start_unwraps(
    width: int,
) -> None:
    # (a print moves a number or a Latin word to the next line whole, and sets no comma or
    # closing bracket at a line's start: the line over it ends short of the width by that
    # word, or by the character that went down with the mark)
    printed = "\n".join(
        row
        for line in WORDS_LETTER.split("\n")
        for row in (perturb._printed_rows("", line, width) if columns(line) > width else [line])
    )
    assert len(printed.split("\n")) >= len(WORDS_LETTER.split("\n")) + 4  # it was wrapped
    assert _lines(printed) == [line.text for line in TextView(WORDS_LETTER).content_lines]
