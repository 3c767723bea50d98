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
