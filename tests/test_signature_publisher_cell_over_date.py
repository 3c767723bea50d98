"""A page's publisher cell over the letter's date (``来源：甲山县水利局`` / ``2099年5月6日``):
the cell is the page's (record.md, issuer59), never a signer, so the date stands alone,
no authority signs and none is the issuer, in a copy glued with nothing between its lines
as where the page kept them (an earlier round cut the label from its value in the glued
copy and read the value as the signer). Snippets invented (mend74b). (tail75) So in a copy
flattened with blanks, where the cell and the date right after the letter's last sentence end
the letter (``…支持。 来源：甲山县水利局 2099年5月6日``): an earlier round read them as a
page's row and listed no date. After a signed date the row is the page's, its date none of
the letter's; a row dated in figures or after its own label stays the page's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES, spaced
from spans import span_problems

LETTER = (
    "关于治理乙河河道的建议的答复\n"
    "王某代表：\n"
    "您提出的关于治理乙河河道的建议收悉，现答复如下：\n"
    "我局已安排专人加强巡查。\n"
    "感谢您对我局工作的支持。\n"
    "{cell}\n"
    "2099年5月6日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "cell", ["来源：甲山县水利局", "发布机构：甲山县水利局", "数据来源：甲山县水利局"]
)
@pytest.mark.parametrize("under", ["", "服务热线：0000-5550123\n", "联系电话：0000-5550123\n"])
def test_a_publisher_cell_over_the_date_signs_nothing(
    cell: str, under: str, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten(LETTER.format(cell=cell) + under), keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == (None, "2099-05-06")
    assert letter.issuer is None
    assert span_problems(letter) == []


# After the letter's own signed date the row is the page's: its date is no letter's.
# (tail76) Glued too, where the closing parts the row from the date over it (tail75's round
# listed its date there), and the row named for the data it posts (数据来源：, read as the
# page's by no round before: it signed nothing and its date was taken as the letter's),
# under a date with its authority over it or alone.
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("label", ["来源", "数据来源"])
@pytest.mark.parametrize("signer", ["甲山县水利局", None], ids=["signed", "date-alone"])
def test_a_publisher_row_under_the_signature_is_the_pages(
    label: str, signer: str | None, flatten: Callable[[str], str]
) -> None:
    text = LETTER.replace("{cell}\n", f"{signer}\n" if signer else "")
    text += f"{label}：乙河市统计局 2099年5月7日\n"
    letter = parse_text(flatten(text), keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == (signer, "2099-05-06")
    assert [d.value for d in letter.dates] == ["2099-05-06"]
    assert span_problems(letter) == []


# A row dated as a page dates itself (figures, a clock, its own label) stays the page's.
@pytest.mark.parametrize(
    "row", ["来源：甲山县水利局 2099-05-06", "来源：甲山县水利局 发布时间：2099年5月6日"]
)
def test_a_page_dated_row_after_the_letter_lists_no_date(row: str) -> None:
    text = LETTER.replace("{cell}\n2099年5月6日\n", row + "\n")
    letter = parse_text(spaced(text), keywords=False)
    assert letter.signature.date is None
    assert letter.dates == []


# (mend75b) The cell's date is the letter's only where nothing after it on the line signs or
# is the page's: a name or a signed date after it (the letter's closing under the cell), a
# clock, a page's cell (浏览次数：, 发布时间：) leave the row the page's, as
# before tail75 (tail75's round signed with the cell's date there).
AFTER_THE_DATE = [
    pytest.param("甲山县水利局\n2099年5月8日", id="signed-close-under"),
    pytest.param("甲山县水利局", id="signer-under"),
    pytest.param("10:30", id="clock"),
    pytest.param("浏览次数：12", id="views"),
    pytest.param("发布时间：2099年5月7日", id="published-at"),
]


@pytest.mark.parametrize("after", AFTER_THE_DATE)
def test_the_cells_date_is_no_letters_with_a_signer_or_the_page_after_it(after: str) -> None:
    text = LETTER.replace("{cell}\n2099年5月6日\n", "来源：乙河市水利局 2098年3月2日\n")
    letter = parse_text(spaced(text + after + "\n"), keywords=False)
    assert "2098-03-02" not in (letter.signature.date, *(d.value for d in letter.dates))


# ... while a contact's row under the cell's date leaves the date the letter's
def test_a_contact_row_after_the_cells_date_keeps_it() -> None:
    text = LETTER.replace("{cell}\n2099年5月6日\n", "来源：甲山县水利局 2099年5月6日\n")
    letter = parse_text(spaced(text + "联系人：王某 0000-5550123\n"), keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == (None, "2099-05-06")
