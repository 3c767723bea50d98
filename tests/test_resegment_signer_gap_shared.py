"""The gap that parts two joint signers is one pattern: the signature cuts a line of
signers at it, and resegment keeps a line of authorities one blank apart whole only where
it holds none. Two copies could drift apart (one read ``\\u3000\\u3000`` as one gap, the
other as two), so resegment imports the signature's."""

from __future__ import annotations

import pytest

from replyparse import parse_text, resegment
from replyparse.fields import signature


def test_resegment_uses_the_signature_gap() -> None:
    assert resegment.SIGNER_GAP is signature.SIGNER_GAP
    assert not hasattr(resegment, "_WIDE_GAP")


@pytest.mark.parametrize(
    "gap",
    [
        pytest.param("  ", id="two-spaces"),
        pytest.param("\t\t", id="two-tabs"),
        pytest.param("\u3000", id="ideographic"),
        pytest.param("\u3000\u3000", id="two-ideographic"),
        pytest.param(" \t", id="space-tab"),
    ],
)
def test_the_gap_parts_wide(gap: str) -> None:
    assert signature.SIGNER_GAP.search(f"某县甲局{gap}某县乙局") is not None


@pytest.mark.parametrize(
    "tidy",
    [
        pytest.param("某县甲局 某县乙局", id="one-space"),
        pytest.param("某县甲局某县乙局", id="glued"),
        pytest.param("某县甲局\u00a0某县乙局", id="no-break-space"),
    ],
)
def test_one_blank_is_no_gap(tidy: str) -> None:
    assert signature.SIGNER_GAP.search(tidy) is None


def test_joint_signers_read_as_before() -> None:
    letter = (
        "关于增设某路公交站点建议的答复\n"
        "王某代表：\n"
        "  您提出的关于增设公交站点的建议收悉，现答复如下。我们将认真研究。\n"
        "某县交通运输局　　某县财政局\n"
        "2021年6月5日\n"
    )
    assert parse_text(letter).signature.issuer == "某县交通运输局、某县财政局"
