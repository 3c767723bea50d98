"""A class's or a publication's label with its value glued in brackets to the signer's name
(``某局（答复类别：B）``, ``某局（办理类型：A类，公开属性：主动公开）``), as a note of marks is
(``某局（B类）``): the authority still signs, without the note, and the note feeds its
fields. A label of anything else in the brackets (but a contact's, a note of its own:
:mod:`test_signature_contact_note`), a long value or a colon before the bracket is no
such note."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.closing import signer_note
from spans import span_problems

HEAD = (
    "关于市八届人大二次会议第40号建议的答复\n孙某代表：\n"
    "　　您提出的关于增设公交站点的建议收悉，现答复如下：\n"
    "　　我局已会同公交公司调整线路。感谢您对交通工作的关心。\n"
)

# (the signer's line, handling_type, public)
LABELLED = [
    pytest.param("某市交通运输局（答复类别：B）", "B", None, id="class-label"),
    pytest.param("某市交通运输局（办理类型：A类）", "A", None, id="class-label-lei"),
    pytest.param("某市交通运输局(办理类别:C)", "C", None, id="half-width"),
    pytest.param("某市交通运输局（公开属性：主动公开）", None, True, id="publication-label"),
    pytest.param("某市交通运输局（是否公开：否）", None, False, id="not-public"),
    pytest.param("某市交通运输局（办理类型：A类，公开属性：主动公开）", "A", True, id="both-labelled"),
    pytest.param("某市交通运输局（B类，公开属性：依申请公开）", "B", False, id="mark-then-label"),
]  # fmt: skip

# a bracket after a signer that holds no class's or publication's label with a short value
NOT_A_NOTE = [
    pytest.param("某市交通运输局（备注：已电话沟通）", id="a-remark-label"),
    pytest.param("某市交通运输局（办理类型：详见随文附上的办理情况说明和意见）", id="long-value"),
    pytest.param("某市交通运输局（办理类型：）", id="empty-value"),
    pytest.param("联系电话：0000-5550123（办理类型：A）", id="colon-before-the-bracket"),
    pytest.param("某市交通运输局（办理类型：A：B）", id="a-second-colon"),
]  # fmt: skip


@pytest.mark.parametrize(("signer", "handling", "public"), LABELLED)
def test_a_labelled_note_glued_to_the_signer(
    signer: str, handling: str | None, public: bool | None
) -> None:
    record = parse_text(HEAD + signer + "\n2024年4月2日\n")
    assert (record.signature.issuer, record.signature.date) == ("某市交通运输局", "2024-04-02")
    assert record.handling_type == handling
    assert record.public is public
    assert span_problems(record) == []


@pytest.mark.parametrize(("signer", "handling", "public"), LABELLED[:2])
def test_a_labelled_note_on_the_signer_and_date_line(
    signer: str, handling: str | None, public: bool | None
) -> None:
    record = parse_text(HEAD + signer + "    2024年4月2日\n")
    assert (record.signature.issuer, record.signature.date) == ("某市交通运输局", "2024-04-02")
    assert record.handling_type == handling


@pytest.mark.parametrize("text", NOT_A_NOTE)
def test_no_labelled_note(text: str) -> None:
    assert signer_note(text) == 0
