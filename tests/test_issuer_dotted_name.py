"""An authority whose name a middle dot parts (``中国·某某研究会``, or a look-alike of the dot,
``中国•某某研究会``) is one name: on the header's line above the title it is the issuer, as
written, and no part of the title; over the date it signs whole (signers54; an earlier round
joined the header's line to the title). Names are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

BODY = "关于某某建议的答复\n阮某代表：\n　　您提出的建议收悉。\n　　感谢您的关心和支持。\n"
NAMES = [
    pytest.param("中国·北江研究会", id="middle-dot"),
    pytest.param("中国•北江研究会", id="bullet"),
    pytest.param("中国・北江研究会", id="katakana"),
]


@pytest.mark.parametrize("name", NAMES)
def test_dotted_authority_over_the_title(name: str) -> None:
    letter = parse_text(name + "\n" + BODY + "北江县水利局\n2024年5月10日\n", keywords=False)
    assert (letter.issuer, letter.title) == (name, "关于某某建议的答复")
    assert span_problems(letter) == []


@pytest.mark.parametrize("name", NAMES)
def test_dotted_authority_signs_whole(name: str) -> None:
    letter = parse_text(BODY + name + "\n2024年5月10日\n", keywords=False)
    assert (letter.signature.issuer, letter.signature.date) == (name, "2024-05-10")
