"""A contact label written without its colon right after a note's label and its colon
(``附注：联系人王某，电话0000-5550123。``, ``备注：承办人王某…``, ``注：联系人王某 0000-…``,
``附：联系人王某，…`` under an attachment's label):
the contact label opens the note's value as it would open a line, so the person is read
with the phone. A contact label's characters inside the note's sentence stay words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于某某建议的答复\n林某代表：\n　　您提出的建议收悉。\n　　感谢您对我们工作的支持。\n"
    "某县交通运输局\n2024年5月10日\n"
)

Row = tuple[str | None, str | None, str | None]

# (note under the date, [(name, org, phone)])
NOTED = [
    pytest.param("附注：联系人王某，电话0000-5550123。", [("王某", None, "0000-5550123")], id="附注"),
    pytest.param("附注：联系人王某，联系电话0000-5550123", [("王某", None, "0000-5550123")], id="附注-联系电话"),
    pytest.param("备注：联系人王某，联系电话0000-5550123", [("王某", None, "0000-5550123")], id="备注"),
    pytest.param("注：联系人王某 0000-5550123", [("王某", None, "0000-5550123")], id="注-phone-after-a-gap"),
    pytest.param("附注：承办人王某，电话0000-5550123。", [("王某", None, "0000-5550123")], id="承办人"),
    pytest.param("（附注：联系人王某，电话0000-5550123）", [("王某", None, "0000-5550123")], id="bracketed"),
    pytest.param("附：联系人王某，联系电话：0000-5550123", [("王某", None, "0000-5550123")], id="附"),
    pytest.param("附：联系人王某 联系电话：0000-5550123", [("王某", None, "0000-5550123")], id="附-gap"),
]  # fmt: skip

# a contact label's characters inside the note's sentence: no person
NOT_NOTED = [
    pytest.param("附注：联系人大代表工作由办公室负责。", [], id="联系人大代表"),
    pytest.param("附注：请与联系人王某联系。", [], id="inside-a-sentence"),
    pytest.param("附注：联系电话0000-5550123", [(None, None, "0000-5550123")], id="phone-only"),
    pytest.param("附注：联系人不变，电话0000-5550123。", [(None, None, "0000-5550123")], id="no-surname"),
    pytest.param("附注：联系人张贴于公示栏内。", [], id="a-surname-opening-a-sentence"),
    pytest.param("附：联系人大代表工作名单", [], id="附-联系人大代表"),
    pytest.param("附注：联系人高度重视，由办公室负责。", [], id="a-surname-opening-a-clause"),
]  # fmt: skip


def _read(lines: str) -> tuple[list[Row], str | None, str | None]:
    letter = parse_text(HEAD + lines + "\n")
    rows = [(c.name, c.org, c.phone) for c in letter.contacts]
    return rows, letter.signature.issuer, letter.signature.date


@pytest.mark.parametrize(("lines", "expected"), NOTED)
def test_a_contact_label_opens_the_note(lines: str, expected: list[Row]) -> None:
    assert _read(lines) == (expected, "某县交通运输局", "2024-05-10")


@pytest.mark.parametrize(("lines", "expected"), NOT_NOTED)
def test_a_label_inside_the_note_sentence_is_words(lines: str, expected: list[Row]) -> None:
    assert _read(lines)[0] == expected
