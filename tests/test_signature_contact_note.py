"""A contact's note in brackets glued to the signer's name (``某局（联系人：王某）`` over
the date): the authority signs, the contact is read, the note no part of the name
(snippets written here, invented units)."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = "关于第3号建议的答复\n王某代表：\n    你提出的建议收悉。\n    感谢您的支持。\n"


@pytest.mark.parametrize(
    ("end", "contact"),
    [
        pytest.param("甲县林业局（联系人：李某）\n2024年6月1日", ("李某", None), id="name"),
        pytest.param(
            "甲县林业局（联系人：李某，电话：0000-5550123）\n2024年6月1日",
            ("李某", "0000-5550123"),
            id="name-and-phone",
        ),
        pytest.param(
            "甲县林业局(联系人:李某)  2024年6月1日", ("李某", None), id="date-on-its-line"
        ),
    ],
)
def test_the_authority_signs_and_the_contact_is_read(
    end: str, contact: tuple[str, str | None]
) -> None:
    letter = parse_text(f"{HEAD}{end}\n", keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == ("甲县林业局", "2024-06-01")
    assert [(c.name, c.phone) for c in letter.contacts] == [contact]
    assert span_problems(letter) == []
