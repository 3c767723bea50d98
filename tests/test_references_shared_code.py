"""Cited 发文字号 a letter writes short: further serials sharing the code and year of the
number before them, and a number whose serial was lost.

- ``某政发〔2020〕8号、9号`` cites ``某政发〔2020〕8号`` as written and no more: the second
  document's number, resolved (``某政发〔2020〕9号``), would be no text its span holds,
  which the record's span rule forbids, and ``9号`` alone names no document (docs/record.md,
  decided). The first is read whatever follows it (a building's ``9号楼``, a proposal's
  ``9号建议``, a day's ``9号起``).
- ``某财建〔2022〕号``, its serial lost or never filled in, is cited as written (its code
  two characters or more, no label or kind word; both brackets of its year, not round
  ones: ``（2022）号``).

Snippets invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems
from test_real_letters import SIGN, letter

HEAD = "某县交通运输局\n某交函〔2024〕18号"


def _numbers(body: str) -> list[str]:
    record = parse_text(letter(head=HEAD, body=body, closing=SIGN), keywords=False)
    assert record.doc_number is not None and record.doc_number.text == "某交函〔2024〕18号"
    assert span_problems(record) == []
    return [r.text for r in record.references if r.kind == "doc_number"]


READ = [
    pytest.param(
        "按照某政发〔2020〕8号、9号文件要求执行。", ["某政发〔2020〕8号"], id="two-serials"
    ),
    pytest.param("按照某政发〔2020〕8号和第9号文件执行。", ["某政发〔2020〕8号"], id="和-第"),
    pytest.param(
        "依据某财农〔2021〕3号、7号、12号文件安排资金。", ["某财农〔2021〕3号"], id="three-serials"
    ),
    pytest.param(
        "依据省财政厅某财农〔2021〕3号及5号文件。", ["某财农〔2021〕3号"], id="authority-before-及"
    ),
    pytest.param("根据某财建〔2022〕号文件精神。", ["某财建〔2022〕号"], id="serial-lost"),
    pytest.param(
        "根据省财政厅某财建〔2022〕号文件精神。", ["某财建〔2022〕号"], id="serial-lost-authority"
    ),
]

NOT_READ = [
    pytest.param("按照某政发〔2020〕8号、9号楼改造。", ["某政发〔2020〕8号"], id="building"),
    pytest.param("按照某政发〔2020〕8号和10号线规划。", ["某政发〔2020〕8号"], id="metro-line"),
    pytest.param("按照某政发〔2020〕8号、9号建议办理。", ["某政发〔2020〕8号"], id="proposal"),
    pytest.param("按照某政发〔2020〕8号，9号起施行。", ["某政发〔2020〕8号"], id="comma-day"),
    pytest.param("按照某政发〔2020〕8号、某政发〔2020〕9号。", None, id="written-whole"),
    pytest.param("根据编号〔2022〕号文件。", [], id="label-code"),
    pytest.param("根据〔2022〕号文件。", [], id="no-code"),
    pytest.param("根据某财建（2022）号文件。", [], id="round-brackets"),
    pytest.param("根据建议〔2022〕号办理。", [], id="kind-word-code"),
]


@pytest.mark.parametrize(("body", "expected"), READ + NOT_READ)
def test_shared_code_numbers(body: str, expected: list[str] | None) -> None:
    if expected is None:  # each written whole: read as before, once each
        expected = ["某政发〔2020〕8号", "某政发〔2020〕9号"]
    assert _numbers(body) == expected
