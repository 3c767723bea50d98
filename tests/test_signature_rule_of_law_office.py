"""An office whose name holds 依 (by, according to) after words of its own, 某县全面依法治县
委员会办公室 (the county's rule-of-law committee's office, as such offices are named: 依法治县,
依法治市, 依法治区), signs: the words before the 依 open with the office's own place (某县,
中共某县委), which a sentence's first words never name but as 我县 or 全市 do, so the 依 is
no preposition before a place (an earlier round read the name as a body sentence naming an
office and signed nothing). A sentence handing a matter to an office still signs nothing.
Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于推进基层法治建设的建议的答复\n\n赵某某代表：\n"
    "    您提出的关于推进基层法治建设的建议收悉，现答复如下：\n"
    "    我们将加强法治宣传教育。感谢您的关心和支持。\n"
)


@pytest.mark.parametrize(
    "signer",
    [
        pytest.param("某某县全面依法治县委员会办公室", id="county"),
        pytest.param("中共某某县委全面依法治县委员会办公室", id="party-committee"),
        pytest.param("某某市全面依法治市委员会办公室", id="city"),
    ],
)
def test_rule_of_law_office_signs(signer: str) -> None:
    letter = parse_text(HEAD + signer + "\n2024年5月6日\n")
    assert letter.signature is not None
    assert letter.signature.issuer == signer
    assert letter.signature.date == "2024-05-06"


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("资金由某县某某镇人民政府\n2024年5月6日\n", id="funds-by"),
        pytest.param("我县资金由某县某某镇人民政府\n2024年5月6日\n", id="our-county-funds-by"),
        pytest.param("全市项目由某县某某镇人民政府\n2024年5月6日\n", id="whole-city-by"),
    ],
)
def test_sentence_naming_an_office_signs_nothing(closing: str) -> None:
    letter = parse_text(HEAD + closing)
    assert letter.signature is None or letter.signature.issuer is None
