"""A 发文字号 whose year lost both its brackets on the page, a blank left where they stood
between the year and the serial (``某农函2023 27号``, ``某教办发2021  42号``): on a header
line it is the letter's own number, copied as written (blank and all), the prefix its code,
and the line is no part of the title. Digits with no such code, a 年, no 号 or no gap stay
as they were (prose, telephone numbers, amounts). Snippets are invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES, glued

TITLE = "关于整修某村排灌渠的建议的答复"
REST = "\n孙某代表：\n　　您提出的建议收悉，现答复如下：\n　　我局已作安排。\n某县农业农村局\n2023年6月1日\n"


@pytest.mark.parametrize(
    ("line", "prefix", "year", "serial"),
    [
        pytest.param("某农函2023 27号", "某农函", 2023, 27, id="one-blank"),
        pytest.param("某教办发2021  42号", "某教办发", 2021, 42, id="wide-gap"),
        pytest.param("某教函2022　5号", "某教函", 2022, 5, id="full-width-blank"),
        pytest.param("X农字2019 108号", "X农字", 2019, 108, id="latin-code-zi"),
        pytest.param("文号：某政复2020 3号", "某政复", 2020, 3, id="labelled"),
    ],
)  # fmt: skip
def test_the_number_under_the_issuer(line: str, prefix: str, year: int, serial: int) -> None:
    letter = parse_text("某县农业农村局\n" + line + "\n" + TITLE + REST)
    number = letter.doc_number
    assert number is not None
    written = line.split("：")[-1]
    assert (number.text, number.prefix, number.year, number.serial) == (
        written,
        prefix,
        year,
        serial,
    )
    assert letter.text is not None and letter.text[slice(*number.span)] == written
    assert letter.title == TITLE


def test_a_class_mark_after_it() -> None:
    letter = parse_text("某县农业农村局\n某农函2023  27号   B类\n" + TITLE + REST)
    assert letter.doc_number is not None and letter.doc_number.serial == 27
    assert letter.handling_type == "B"
    assert letter.title == TITLE


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("某农函2023年27号", id="year-word"),
        pytest.param("联系电话2023 2789", id="telephone"),
        pytest.param("某农函2023 27万元", id="amount"),
        pytest.param("某路2023 5号", id="address"),
        pytest.param("某县人民政府2023 5号", id="no-code-ending"),
        # (a date in figures glued after a word that ends as such a code does, no brackets)
        pytest.param("网友回复20231205", id="date-after-a-reply-word"),
        pytest.param("来函20230815", id="date-after-a-letter-word"),
    ],
)  # fmt: skip
def test_no_such_number(line: str) -> None:
    letter = parse_text("某县农业农村局\n" + line + "\n" + TITLE + REST)
    assert letter.doc_number is None


# Decided (fix7879): a code ending as a 代字 for a letter does (函, 发, 复) glued to its year
# and serial, both brackets lost and its 号 lost or kept, alone on a header line or with the
# class's letter after it apart by a gap: the letter's own number as written, its year the
# first four digits, the line no part of the title (an earlier round read none and glued the
# line to the title, a page heading over it and the letter's own title under it).
@pytest.mark.parametrize(
    ("line", "prefix", "year", "serial"),
    [
        pytest.param("某农函202327号", "某农函", 2023, 27, id="hao-kept"),
        pytest.param("某路函20219", "某路函", 2021, 9, id="hao-lost"),
        pytest.param("某政发20224", "某政发", 2022, 4, id="fa-code"),
    ],
)  # fmt: skip
def test_glued_to_its_year_under_the_issuer(line: str, prefix: str, year: int, serial: int) -> None:
    letter = parse_text("某县农业农村局\n" + line + "\n" + TITLE + REST)
    number = letter.doc_number
    assert number is not None
    assert (number.text, number.prefix, number.year, number.serial) == (line, prefix, year, serial)
    assert letter.title == TITLE


# (the class's letter after a gap, or after the one blank a web copy collapses a gap to)
@pytest.mark.parametrize("gap", ["  ", " "], ids=["gap", "one-blank"])
def test_glued_to_its_year_between_a_page_heading_and_the_title(gap: str) -> None:
    heading = TITLE.replace("的建议", "第8号建议")
    page = f"{heading}\n\n发布时间:2031-04-09 15:20 信息来源:政府办\n\n某农函20318{gap}B\n\n{TITLE}"
    letter = parse_text(page + REST)
    assert letter.doc_number is not None and letter.doc_number.text == "某农函20318"
    assert (letter.doc_number.year, letter.doc_number.serial) == (2031, 8)
    assert letter.handling_type == "B"
    assert letter.title == TITLE
    assert letter.dates[0].value == "2023-06-01"


def test_not_in_the_body() -> None:
    body = "\n孙某代表：\n　　根据某农函2023 27号文件要求，我局已作安排。\n某县农业农村局\n2023年6月1日\n"
    letter = parse_text(TITLE + body)
    assert letter.doc_number is None
    assert letter.title == TITLE


def test_a_title_with_digits_keeps_them() -> None:
    title = "关于落实某农函2023 27号的答复"
    letter = parse_text(title + REST)
    assert letter.doc_number is None
    assert letter.title == title.replace(" ", "")


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("某农字20231205", id="zi-code-then-a-date"),
        pytest.param("某农办字20230815", id="longer-zi-code"),
        pytest.param("文号：某农字20230131", id="labelled"),
    ],
)  # fmt: skip
def test_a_zi_code_glued_to_a_date_gives_no_number(line: str) -> None:
    # (its brackets and 号 lost, the digits after the year a month and day: a date glued to
    # the code, no serial; the code's line is still the header's, no part of the title)
    letter = parse_text("某县农业农村局\n" + line + "\n" + TITLE + REST)
    assert letter.doc_number is None
    assert letter.title == TITLE


@pytest.mark.parametrize(
    ("line", "serial"),
    [
        pytest.param("某农字202312", 12, id="short-serial"),
        pytest.param("某农字20231205号", 1205, id="hao-kept"),
        pytest.param("某农字2023135", 135, id="no-month-day"),
    ],
)  # fmt: skip
def test_a_zi_code_with_a_serial_still_reads(line: str, serial: int) -> None:
    letter = parse_text("某县农业农村局\n" + line + "\n" + TITLE + REST)
    assert letter.doc_number is not None and letter.doc_number.serial == serial


# Decided (left59a): a code ending in 函, 发 or 复 glued to a date in figures, no bracket and
# no 号, is the header's line as a 字 code's is (no number read): no part of the title (an
# earlier round glued it to the title under it).
@pytest.mark.parametrize(
    "line",
    [
        pytest.param("某农函20231205", id="han-code"),
        pytest.param("某政发20230815", id="fa-code"),
    ],
)  # fmt: skip
def test_a_letter_code_glued_to_a_date_stays_out_of_the_title(line: str) -> None:
    letter = parse_text("某县农业农村局\n" + line + "\n" + TITLE + REST)
    assert letter.doc_number is None
    assert letter.title == TITLE


# Decided (left59a): a 字 code with 第 before its serial and its year's brackets lost (or never
# written), its serial's digits opening with a year (某农字第20231205号): the letter's own
# number, its year the first four digits, as 某农字20231205号 is read (an earlier round read
# none and glued the line to the title).
def test_a_zi_code_with_di_before_its_glued_year() -> None:
    line = "某农字第20231205号"
    letter = parse_text("某县农业农村局\n" + line + "\n" + TITLE + REST)
    number = letter.doc_number
    assert number is not None
    assert (number.text, number.prefix, number.year, number.serial) == (line, "某农字", 2023, 1205)
    assert letter.title == TITLE


# Decided (fix133): such a number whose year and serial make six figures (某农函202317: a
# serial of two figures), a 份号's length, under the title or over it: the letter's own number,
# its year the first four figures, the line no part of the title, lined and flattened with
# blanks or with nothing (an earlier round read the figures as a 份号 after a title ending in
# the code's 函 and glued the code to the title, `…的答复某农函`, no number). Flattened, the code
# of any length of serial is an element as on its line (an earlier round glued it to the title).
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    ("line", "serial"),
    [
        pytest.param("某农函202317", 17, id="six-figures"),
        pytest.param("某农发20239", 9, id="fa-code-five-figures"),
        pytest.param("某农复2023017号", 17, id="fu-code-hao-kept"),
    ],
)  # fmt: skip
def test_glued_to_its_year_under_the_title(
    flatten: Callable[[str], str], line: str, serial: int
) -> None:
    letter = parse_text(flatten(TITLE + "\n" + line + REST))
    number = letter.doc_number
    assert number is not None
    assert (number.text, number.prefix, number.year, number.serial) == (
        line,
        line[:3],
        2023,
        serial,
    )
    assert letter.title == TITLE


# (over the title, the issuer's name over it on its own line, parted by a blank or glued:
# decided, left70: glued to the name, its code two characters or more, the number is an
# element as on its line, the name the issuer's mark over it, where an earlier round read
# the name, the number and the title as one title, or the number with the name in its code)
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    ("issuer", "line", "serial"),
    [
        pytest.param("某县农业农村局", "某农函202317", 17, id="six-figures"),
        pytest.param("某县交通运输局", "某交发20239", 9, id="fa-five-figures"),
        pytest.param("某县人民政府办公室", "某政办复2023017号", 17, id="fu-hao-kept"),
        pytest.param("某县农业农村局", "某农议字202317", 17, id="zi-code"),
    ],
)  # fmt: skip
def test_bracketless_number_over_the_title(
    flatten: Callable[[str], str], issuer: str, line: str, serial: int
) -> None:
    letter = parse_text(flatten(f"{issuer}\n{line}\n" + TITLE + REST))
    number = letter.doc_number
    assert number is not None
    assert (number.text, number.year, number.serial) == (line, 2023, serial)
    assert (letter.issuer, letter.title) == (issuer, TITLE)


# (so over the salutation, the title left out; and a month and day glued to the year, no
# number, left59a: the name and the line stay the header's, the title whole)
@pytest.mark.parametrize("flatten", COPIES)
def test_bracketless_number_over_the_salutation(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten("某县农业农村局\n某农函202317" + REST))
    assert letter.doc_number is not None and letter.doc_number.serial == 17
    assert (letter.issuer, letter.title) == ("某县农业农村局", None)


@pytest.mark.parametrize("flatten", COPIES)
def test_month_and_day_under_a_glued_name_stay_the_header(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten("某县交通局\n某交函20231205\n" + TITLE + REST))
    assert letter.doc_number is None
    assert (letter.issuer, letter.title) == ("某县交通局", TITLE)


# (an authority glued to figures with no code, 某县人民政府20253, stays as before: no number)
def test_figures_glued_to_a_name_make_no_number() -> None:
    letter = parse_text(glued("某县人民政府\n20253\n" + TITLE + REST))
    assert letter.doc_number is None


# (a title that ends in 函 with a 份号 of six figures after it stays the title: the words
# before the 函 are a title's, no code)
@pytest.mark.parametrize("flatten", COPIES)
def test_a_copy_number_after_a_title_ending_in_han(flatten: Callable[[str], str]) -> None:
    title = "关于整修某村排灌渠的建议的答复函"
    letter = parse_text(flatten(title + "\n000123" + REST))
    assert letter.doc_number is None
    assert letter.title == title
