"""An office's label glued to the phone's, ``联系单位电话：`` (``承办科室电话：``), on the line
under the publication note that ends the letter: one label, the office and the phone its
value, read lined, flattened with blanks and glued (fix156: glued after the note's bracket,
an earlier round read no label there, so the line stayed the body's and the signature over
it, its date and the contact were lost). Snippets are invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

_LETTER = (
    "关于修复某路西段的建议的答复\n王某代表：\n　　您提出的建议收悉，现答复如下：\n"
    "　　该路段已纳入县重点项目，责令建设单位积极推进。\n甲山县住房和城乡建设局\n2031年6月19日\n"
    "（此件公开发布）\n"
)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    ("row", "contact"),
    [
        pytest.param(
            "联系单位电话：甲山县住房和城乡建设局0000—5550123",
            (None, "甲山县住房和城乡建设局", "0000-5550123"),
            id="office-and-phone",
        ),
        pytest.param(
            "承办科室电话：0000-5550123", (None, None, "0000-5550123"), id="section-phone"
        ),
    ],
)  # fmt: skip
def test_office_phone_label_under_the_note(
    row: str, contact: tuple[str | None, str | None, str], flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten(_LETTER + row + "\n"), keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == (
        "甲山县住房和城乡建设局",
        "2031-06-19",
    )
    assert [(c.name, c.org, c.phone) for c in letter.contacts] == [contact]
    assert letter.public is True
