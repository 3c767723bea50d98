"""The page's tools glued after the signed date of a short letter that shows no page by any
other sign (``…支持。甲山县交通运输局2024年5月10日我要写信关闭返回顶部``, ``…支持。2024年5月10日
我要写信``): the page's run on after the signature, as past a gap. The signer signs and the
date is the signature's; the tools are no authority (``返回顶部``'s ``部`` is no office's),
where the copy kept its lines, flattened them with a blank or glued them (an earlier round
read no signature in the glued copy, or read the tools as the signer under the date).
Snippets in our own words, invented names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES
from spans import span_problems

HEAD = (
    "关于某某建议的答复\n林某代表：\n　　您提出的建议收悉。我局已安排资金维修。\n"
    "　　感谢您对我们工作的支持。\n"
)
SIGNER = "甲山县交通运输局\n"
DATE = "2024年5月10日\n"


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "signer", [pytest.param(SIGNER, id="signed"), pytest.param("", id="date-alone")]
)
@pytest.mark.parametrize(
    "tools",
    [
        pytest.param("我要写信\n关闭\n返回顶部\n", id="write-close-top"),
        pytest.param("我要写信\n", id="write"),
        pytest.param("返回顶部\n", id="top"),
        pytest.param("打印\n关闭\n", id="print-close"),
    ],
)  # fmt: skip
def test_the_tools_after_the_date_are_the_pages(
    tools: str, signer: str, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten(HEAD + signer + DATE + tools), keywords=False)
    assert letter.signature.issuer == (signer.strip() or None)
    assert letter.signature.date == "2024-05-10"
    assert span_problems(letter) == []


@pytest.mark.parametrize("flatten", COPIES)
def test_a_sentence_going_on_after_the_date_is_no_tool(flatten: Callable[[str], str]) -> None:
    # (a date the body's sentence goes on from: no signature's, nothing run on)
    text = HEAD.replace("感谢您对我们工作的支持。\n", "该路段将于2024年5月10日关闭施工。\n")
    letter = parse_text(flatten(text), keywords=False)
    assert letter.signature.date is None
    assert span_problems(letter) == []
