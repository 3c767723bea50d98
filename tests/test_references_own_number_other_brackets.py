"""The letter's own 发文字号 written again in other brackets than its header's
(`某交函〔2024〕18号` in the header, `（某交函[2024]18号）` in a sentence or under the
signature, as a typist switching input modes writes it): still the letter's own, no
reference, as the same number written alike is none. A number that differs in its code,
year or serial is another document's.

Snippets invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from test_real_letters import BODY, SIGN, letter

HEAD = "某县交通运输局\n某交函〔2024〕18号"


def _numbers(body: str, closing: str = SIGN) -> list[str]:
    record = parse_text(letter(head=HEAD, body=body, closing=closing), keywords=False)
    assert record.doc_number is not None and record.doc_number.text == "某交函〔2024〕18号"
    return [r.text for r in record.references if r.kind == "doc_number"]


OWN_AGAIN = [
    pytest.param("本函（某交函[2024]18号）已报县政府备案。\n" + BODY, id="square"),
    pytest.param("本函（某交函【2024】18号）已报县政府备案。\n" + BODY, id="lenticular"),
    pytest.param("本函某交函(2024)18号已报县政府备案。\n" + BODY, id="round-half-width"),
    pytest.param("本函（某交函［2024］18号）已报县政府备案。\n" + BODY, id="full-width-square"),
    pytest.param("本函（某交函〔2024〕18号）已报县政府备案。\n" + BODY, id="same-brackets"),
]


@pytest.mark.parametrize("body", OWN_AGAIN)
def test_the_own_number_in_other_brackets_is_no_reference(body: str) -> None:
    assert _numbers(body) == []


def test_the_own_number_under_the_signature_in_other_brackets() -> None:
    assert _numbers(BODY, closing=SIGN + "\n某交函[2024]18号") == []


# near-misses: another serial, year or code in the same other brackets is cited
OTHERS = [
    pytest.param("依据某交函[2024]19号文件执行。\n" + BODY, "某交函[2024]19号", id="serial"),
    pytest.param("依据某交函[2023]18号文件执行。\n" + BODY, "某交函[2023]18号", id="year"),
    pytest.param("依据某交发[2024]18号文件执行。\n" + BODY, "某交发[2024]18号", id="code"),
    pytest.param("依据某交函〔2024〕181号文件执行。\n" + BODY, "某交函〔2024〕181号", id="longer"),
]


@pytest.mark.parametrize(("body", "cited"), OTHERS)
def test_another_number_in_other_brackets_is_cited(body: str, cited: str) -> None:
    assert _numbers(body) == [cited]
