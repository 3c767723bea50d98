"""A committee's reply head that writes its class and publication as a label with the value
in lenticular or square brackets and no colon (``分类标识【D】``, ``是否同意公开【主动公开】``,
``类别[B]``), then its 发文字号 and signer over the title (fix138). ``分类标识`` is a label of
the class, as ``类别`` is. In a copy glued with nothing between its lines each such cell is
an element of its own, so the number, the signer and the title are read as where the lines
are kept (an earlier round read the cells and the number as the title, and the signer's
name with the title glued after it as a header line). Invented snippets."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

TITLE = "对市政协第五届第二次会议第2099D048号集体提案的答复"
REST = (
    f"{TITLE}\n民建甲山市委员会：\n"
    "贵会提交的《关于推进老旧街区更新的建议》（第2099D048号）收悉，现答复如下：\n"
    "我局将按照工作要求做好配合工作。\n甲山市住房保障局\n2099年7月23日\n"
)
HEADS = [
    pytest.param("分类标识【D】\n是否同意公开【主动公开】\n", "D", True, id="class-and-public"),
    pytest.param("类别[B]\n是否公开【公开】\n", "B", True, id="square-class"),
    pytest.param("分类标识【A】\n", "A", None, id="class-alone"),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(("marks", "kind", "public"), HEADS)
def test_the_cells_are_elements(
    marks: str, kind: str, public: bool | None, flatten: Callable[[str], str]
) -> None:
    text = marks + "甲房议字〔2099〕11号 签发人：王某某\n" + REST
    letter = parse_text(flatten(text), keywords=False)
    assert (letter.handling_type, letter.public) == (kind, public)
    assert letter.doc_number is not None
    assert letter.doc_number.text == "甲房议字〔2099〕11号"
    assert letter.title == TITLE
    assert letter.proposal is not None
    assert letter.proposal.session == "市政协第五届第二次会议"
    assert [(a.name, a.role) for a in letter.addressees] == [("民建甲山市委员会", None)]
    assert span_problems(letter) == []


# Decided (fix158): so in round brackets (分类（A）, 分类(A) as a web copy writes them), the
# line over the authorities that sign the reply jointly: flattened with blanks or glued, the
# cell ends before the first authority, and the class and the issuer are read.
ROUND_HEAD = (
    "分类(A)\n甲山县城市管理行政执法局\n乙河市甲山生态环境局\n甲城管执复〔2099〕17号\n"
    "对县第十六届人大第六次会议第14号建议的答复\n王某等十位代表:\n"
    "你们提出的《关于解决乙村垃圾池的建议》(第14号)收悉。经研究,现答复如下:\n"
    "我局已将项目列入计划。\n甲山县城市管理行政执法局\n2099年2月23日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
def test_a_class_cell_in_round_brackets(flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(ROUND_HEAD), keywords=False)
    assert letter.handling_type == "A"
    assert letter.title == "对县第十六届人大第六次会议第14号建议的答复"
    assert span_problems(letter) == []


# (glued, the two authorities' names run together and are read as one issuer: a known gap
# of joint marks glued with nothing between, left as it was)
@pytest.mark.parametrize("flatten", COPIES[:2])
def test_the_first_authority_under_the_round_cell(flatten: Callable[[str], str]) -> None:
    assert parse_text(flatten(ROUND_HEAD), keywords=False).issuer == "甲山县城市管理行政执法局"


# (left74a) the same cell between the authority's name and the 发文字号 (甲山县交通局 /
# 分类（A） / 甲交函〔2099〕5号 / 关于…): glued with nothing between, the name ends where the
# cell opens, as it does before a label with its colon (an earlier round read the name, the
# cell and the number into the title, and no class nor number). With no number after it too.
NAME_CELL_HEADS = [
    pytest.param(["分类（A）", "甲交函〔2099〕5号"], "甲交函〔2099〕5号", "A", id="round-number"),
    pytest.param(["分类【B】", "甲交函〔2099〕5号"], "甲交函〔2099〕5号", "B", id="square-number"),
    pytest.param(["分类（A）"], None, "A", id="round-alone"),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(("cells", "number", "handling"), NAME_CELL_HEADS)
def test_a_class_cell_after_the_authority(
    cells: list[str], number: str | None, handling: str, flatten: Callable[[str], str]
) -> None:
    head = ["甲山县交通局", *cells, "关于王某代表建议的答复", "王某代表："]
    text = (
        "\n".join(head)
        + "\n您提出的建议收悉，现答复如下：\n我局已加强巡查。\n甲山县交通局\n2099年5月6日\n"
    )
    letter = parse_text(flatten(text), keywords=False)
    assert letter.title == "关于王某代表建议的答复"
    assert (letter.doc_number.text if letter.doc_number else None) == number
    assert letter.handling_type == handling
    assert letter.issuer == "甲山县交通局"
    assert span_problems(letter) == []
