"""A joint reply's signers listed on one line parted by ``，`` (or ``,``), as by ``、``, or
a list wrapped after its mark (``某市公安局、`` over ``某市交通运输局``): each authority
signs, in order; with no date under them too. A sentence that lists authorities is none.
Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于市十六届人大三次会议第88号建议的答复\n王某某代表：\n"
    "    您提出的关于加强城区交通秩序管理的建议收悉，现答复如下：\n"
    "    我们将继续完善信号灯设施。感谢您的关心和支持。\n\n"
)
BOTH = "某市公安局、某市交通运输局"


@pytest.mark.parametrize(
    ("lines", "signer"),
    [
        pytest.param("某市公安局，某市交通运输局", BOTH, id="comma"),
        pytest.param("某市公安局,某市交通运输局", BOTH, id="ascii-comma"),
        pytest.param("某市公安局、某市交通运输局", BOTH, id="dun"),
        pytest.param("某市公安局、\n某市交通运输局", BOTH, id="dun-wrapped"),
        pytest.param("某市公安局，\n某市交通运输局", BOTH, id="comma-wrapped"),
        pytest.param("某市公安局  、  某市交通运输局", BOTH, id="dun-apart"),
        pytest.param("某市公安局，某市交通运输局，某市财政局", BOTH + "、某市财政局", id="three"),
        pytest.param("某市公安局，某市交通运输局（盖章）", BOTH, id="seal-after"),
        pytest.param("某市公安局 ， 某市交通运输局", BOTH, id="comma-blanks"),
    ],
)  # fmt: skip
@pytest.mark.parametrize(
    ("tail", "date"),
    [
        pytest.param("\n2024年5月10日\n", "2024-05-10", id="dated"),
        pytest.param("\n", None, id="undated"),
    ],
)
def test_listed_signers(lines: str, signer: str, tail: str, date: str | None) -> None:
    record = parse_text(HEAD + lines + tail, keywords=False)
    assert record.signature.issuer == signer
    assert record.signature.date == date
    assert span_problems(record) == []


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("再次感谢某市公安局，某市交通运输局", id="thanks"),
        pytest.param("我局将会同某市公安局，某市交通运输局", id="sentence"),
    ],
)  # fmt: skip
def test_a_sentence_listing_authorities_signs_none(line: str) -> None:
    record = parse_text(HEAD + line + "\n某县教育局\n2024年5月10日\n", keywords=False)
    assert record.signature.issuer == "某县教育局"


# (a government and a bureau with no place of its own, listed: each signs as written,
# where a gap or a line break alone reads the bureau as the government's own unit)
TOWN_AND_BUREAUS = "甲山镇人民政府、退役军人事务局、文化旅游局"


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param(f"{TOWN_AND_BUREAUS}\n2024年5月10日\n", id="over-the-date"),
        pytest.param("甲山镇人民政府、\n退役军人事务局、文化旅游局\n2024年5月10日\n", id="wrapped"),
        pytest.param(f"2024年5月10日\n\n单位负责人盖章：\n\n承办单位：{TOWN_AND_BUREAUS}\n",
                     id="handling-units-under-the-date"),
    ],
)  # fmt: skip
def test_a_list_mark_parts_a_unit_from_the_government_before_it(closing: str) -> None:
    record = parse_text(HEAD + closing, keywords=False)
    assert record.signature.issuer == TOWN_AND_BUREAUS
    assert record.signature.date == "2024-05-10"
    assert span_problems(record) == []


def test_a_gap_still_joins_a_government_and_its_own_unit() -> None:
    record = parse_text(HEAD + "甲山县人民政府    教育督导室\n2024年5月10日\n", keywords=False)
    assert record.signature.issuer == "甲山县人民政府教育督导室"
