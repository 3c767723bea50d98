"""Whatever follows the 抄送 list is 版记: a printing line that lost its 印发 (``抄送：…`` /
``某局办公室`` / ``2024年5月12日``, or the office and the date on one line) signs nothing; the
signature is the authority and the date above the list, and the later date is still one of
the letter's dates. A list set above the signature (no date over it) leaves the authority
and the date under it signing. Snippets in our own words, invented units."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

BODY = "关于某某建议的答复\n林某代表：\n您提出的建议收悉。\n感谢您对我们工作的支持。\n"
SIGNED = "某县交通运输局\n2024年5月10日\n"
LIST = "抄送：甲县人大常委会选联工委，甲县政府督查室。\n"

# (what stands under the 抄送 list, the signature above it signing)
FEET = [
    pytest.param("某县交通运输局办公室\n2024年5月12日\n", id="office-over-date"),
    pytest.param("某县交通运输局办公室    2024年5月12日\n", id="office-and-date"),
    pytest.param("某县交通运输局办公室\n", id="office-alone"),
    pytest.param("2024年5月12日\n", id="date-alone"),
    pytest.param("某县交通运输局办公室  2024年5月12日印发\n", id="with-印发-as-before"),
    pytest.param("某县人民政府办公室\n2024年5月12日\n", id="another-office"),
]  # fmt: skip


@pytest.mark.parametrize("foot", FEET)
def test_what_follows_the_list_signs_nothing(foot: str) -> None:
    record = parse_text(BODY + SIGNED + LIST + foot)
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2024-05-10")
    assert record.cc == ["甲县人大常委会选联工委", "甲县政府督查室"]
    assert span_problems(record) == []


def test_the_later_date_is_still_a_date() -> None:
    record = parse_text(BODY + SIGNED + LIST + "某县交通运输局办公室\n2024年5月12日\n")
    assert [d.value for d in record.dates][-2:] == ["2024-05-10", "2024-05-12"]


# (the closing, a list set above the signature: the authority and the date under it sign)
LIST_ABOVE = [
    pytest.param(LIST + SIGNED, ("某县交通运输局", "2024-05-10"), id="list-then-signature"),
    pytest.param(LIST + "某县交通运输局\n某县财政局\n2024年5月10日\n", ("某县交通运输局、某县财政局", "2024-05-10"), id="list-then-joint"),
    pytest.param("联系人：王某  联系电话：0000-5550123\n" + LIST + SIGNED, ("某县交通运输局", "2024-05-10"), id="contact-list-signature"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "signature"), LIST_ABOVE)
def test_a_list_above_the_signature_leaves_it_signing(
    closing: str, signature: tuple[str, str]
) -> None:
    record = parse_text(BODY + closing)
    assert (record.signature.issuer, record.signature.date) == signature
