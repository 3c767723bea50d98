"""``手机号：`` (the mobile's number, 号码 cut to 号) labels a phone as 手机号码 does, with
its colon or glued to the number at a line's start; inside a sentence its characters are
words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于某某建议的答复\n林某代表：\n　　您提出的建议收悉。\n　　感谢您对我们工作的支持。\n"
    "某县交通运输局\n2024年5月10日\n"
)

Row = tuple[str | None, str | None]

READ = [
    pytest.param("联系人：王某  手机号：13900000000", [("王某", "13900000000")], id="beside"),
    pytest.param("联系人：王某\n手机号：13900000000", [("王某", "13900000000")], id="line-under"),
    pytest.param("联系人：王某，手机号：139-0000-0000", [("王某", "139-0000-0000")],
                 id="grouped"),
    pytest.param("联系人：王某  电话：0000-5551234  手机号：13900000000",
                 [("王某", "0000-5551234")], id="the-first-number"),
    pytest.param("联系人：王某  手机号码：13900000000", [("王某", "13900000000")],
                 id="the-whole-word-as-before"),
]  # fmt: skip

NOT_READ = [
    pytest.param("　　群众可凭手机号13900000000预约办理。", id="in-a-sentence"),
    pytest.param("　　已为其变更手机号：请于三日内登录确认。", id="a-sentence-with-a-colon"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), READ)
def test_the_mobiles_number_label(lines: str, expected: list[Row]) -> None:
    letter = parse_text(HEAD + lines + "\n")
    assert [(c.name, c.phone) for c in letter.contacts] == expected


@pytest.mark.parametrize("body", NOT_READ)
def test_no_label_inside_a_sentence(body: str) -> None:
    text = "关于某某建议的答复\n林某代表：\n" + body + "\n某县交通运输局\n2024年5月10日\n"
    assert parse_text(text).contacts == []
