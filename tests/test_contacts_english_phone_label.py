"""A phone's label written in English, as a web form or a typist writes it (``TEL：…``,
``Tel:…``): a phone's label, only with its colon. Its letters inside a word are none
(``Hotel``, ``HOTEL``), nor is one without its colon."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于某某建议的答复\n林某代表：\n　　您提出的建议收悉。\n　　感谢您对我们工作的支持。\n"
    "某县交通运输局\n2024年5月10日\n"
)

Row = tuple[str | None, str | None]

# (contact lines under the date, [(name, phone)])
ENGLISH = [
    pytest.param("联系人：王某  TEL：0000-5550123", [("王某", "0000-5550123")], id="TEL"),
    pytest.param("联系人：王某  Tel:0000-5550123", [("王某", "0000-5550123")], id="Tel-half-width"),
    pytest.param("联系人：王某\nTEL：13900000001", [("王某", "13900000001")], id="line-under"),
]  # fmt: skip

NOT_ENGLISH = [
    pytest.param("联系人：王某  Hotel：0000-5550123", [("王某", None)], id="inside-a-word"),
    pytest.param("联系人：王某  HOTEL：某县宾馆", [("王某", None)], id="a-word-ending-in-it"),
]  # fmt: skip


def _read(lines: str) -> tuple[list[Row], str | None, str | None]:
    letter = parse_text(HEAD + lines + "\n")
    rows = [(c.name, c.phone) for c in letter.contacts]
    return rows, letter.signature.issuer, letter.signature.date


@pytest.mark.parametrize(("lines", "expected"), ENGLISH)
def test_an_english_phone_label(lines: str, expected: list[Row]) -> None:
    assert _read(lines) == (expected, "某县交通运输局", "2024-05-10")


@pytest.mark.parametrize(("lines", "expected"), NOT_ENGLISH)
def test_no_english_label(lines: str, expected: list[Row]) -> None:
    assert _read(lines)[0] == expected
