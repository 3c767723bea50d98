"""A joint body named X与Y (a university and a county's jointly built institute, a school
and a bureau) signs as written: the words before 与 end as a school's or a bank's name
does (学, 校, 行), so 与 joins two names there and opens no sentence. A body sentence with
与 after ordinary words (请与某县财政局…) still signs nothing. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text


def _signer(line: str) -> str | None:
    text = (
        "关于某事的答复\n王某代表：\n您提出的建议收悉。现答复如下：\n"
        "我们将继续推进此项工作。\n" + line + "\n2024年5月6日\n"
    )
    return parse_text(text, keywords=False).signature.issuer


@pytest.mark.parametrize(
    "line",
    ["某某大学与某县共建研究院", "某某师范学校与某县教育局", "某某银行与某县财政局"],
)
def test_a_joint_body_named_with_yu_signs(line: str) -> None:
    assert _signer(line) == line


@pytest.mark.parametrize("line", ["资金由某县财政局", "具体事宜请与某县财政局"])
def test_a_sentence_naming_an_office_still_signs_nothing(line: str) -> None:
    assert _signer(line) is None
