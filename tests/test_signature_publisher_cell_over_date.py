"""A page's publisher cell over the letter's date (``来源：甲山县水利局`` / ``2099年5月6日``):
the cell is the page's (record.md, issuer59), never a signer, so the date stands alone,
no authority signs and none is the issuer, in a copy glued with nothing between its lines
as where the page kept them (an earlier round cut the label from its value in the glued
copy and read the value as the signer). A copy flattened with blanks reads the cell and
the date as the page's row of cells, and lists no date: left. Snippets invented (mend74b)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import glued
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


@pytest.mark.parametrize("flatten", [str, glued], ids=["lined", "glued"])
@pytest.mark.parametrize("cell", ["来源：甲山县水利局", "发布机构：甲山县水利局"])
@pytest.mark.parametrize("under", ["", "服务热线：0000-5550123\n", "联系电话：0000-5550123\n"])
def test_a_publisher_cell_over_the_date_signs_nothing(
    cell: str, under: str, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten(LETTER.format(cell=cell) + under), keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == (None, "2099-05-06")
    assert letter.issuer is None
    assert span_problems(letter) == []
