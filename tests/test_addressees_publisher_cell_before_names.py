"""A saved page's cell naming the publisher (来源：某局, 信息来源 某局, 发布机构某局) right
over the salutation, the page flattened onto one line with spaces or with nothing between
its lines, the label's colon kept or lost: the body is the cell's value, no addressee; the
salutation is the names after it, as in the tidy page. A salutation to a body, and names
after a signer's label, read as before.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import glued, spaced


def _as_is(text: str) -> str:
    return text


def _letter(cell: str, salutation: str = "王某某委员：") -> str:
    return (
        "关于增设公交站点的建议的答复\n发布日期：2099-05-06\n" + cell + "\n" + salutation + "\n"
        "你提出的关于增设公交站点的建议收悉，现答复如下：\n我局已在该路段增设站点两处。\n"
        "感谢你对交通工作的关心。\n癸市交通运输局\n2099年5月1日\n"
    )


def _addressees(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in parse_text(text, keywords=False).addressees]


@pytest.mark.parametrize("flatten", [_as_is, glued, spaced])
@pytest.mark.parametrize(
    "cell",
    [
        "来源：癸市交通运输局",
        "信息来源癸市交通运输局",
        "来源癸市交通运输局",
        "发布机构癸市交通运输局",
    ],
)
def test_publisher_cell_is_no_addressee(cell: str, flatten: Callable[[str], str]) -> None:
    assert _addressees(flatten(_letter(cell))) == [("王某某", "委员")]


@pytest.mark.parametrize("flatten", [_as_is, spaced])
def test_body_addressed_stays(flatten: Callable[[str], str]) -> None:
    text = _letter("浏览次数：12", "癸市公共交通集团公司：")
    assert _addressees(flatten(text)) == [("癸市公共交通集团公司", None)]


@pytest.mark.parametrize("flatten", [_as_is, spaced])
def test_names_after_a_signer_cell(flatten: Callable[[str], str]) -> None:
    assert _addressees(flatten(_letter("签发人：张某某"))) == [("王某某", "委员")]


@pytest.mark.parametrize("flatten", [_as_is, glued, spaced])
@pytest.mark.parametrize(
    "cell", ["来        源 癸市人民政府", "来源：癸市人民政府", "来源癸市人民政府"]
)
def test_a_surname_alone_after_the_cell(cell: str, flatten: Callable[[str], str]) -> None:
    # (the member greeted by the surname alone, 张委员：, right after the cell's value: the
    # surname is the addressee's, no end of the body's name; flat61a)
    assert _addressees(flatten(_letter(cell, "张委员："))) == [("张", "委员")]
