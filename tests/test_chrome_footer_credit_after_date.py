"""A site's credit of the units that run it, run on after the letter's last date on the date's
line (``…2024年3月8日 某市人民政府主办``, ``…日主办：某市人民政府办公室 承办：某市信息中心``),
is the page's footer: the signer and the date stay the letter's, read as they are without it.
A letter's own note of the units handling its reply (with its 协办 or the person handling it)
stays the letter's. Snippets in our own words; names and numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = "首页 > 建议提案办理\n关于市十五届人大三次会议第42号建议的答复\n"
BODY = (
    "赵某代表：\n您提出的《关于改善城区停车条件的建议》收悉，现答复如下。\n"
    "我局已会同有关部门增设停车泊位，规范占道停车管理，并将持续推进。\n"
    "感谢您对我们工作的关心和支持。\n"
)
SIGNER = "某市住房和城乡建设局"

CREDITS = [
    pytest.param(f"{SIGNER}\n2024年3月8日 某市人民政府主办", id="unit-主办-after-blank"),
    pytest.param(f"{SIGNER}\n2024年3月8日 某市人民政府主办 某市大数据中心承办", id="two-credits"),
    pytest.param(f"{SIGNER}\n2024年3月8日 承办：某市信息中心网站", id="承办-label"),
    pytest.param(f"{SIGNER}\n2024年3月8日 主办：某市人民政府办公室 承办：某市信息中心", id="labels"),
    pytest.param(f"{SIGNER}2024年3月8日某市人民政府主办", id="glued"),
]  # fmt: skip


@pytest.mark.parametrize("closing", CREDITS)
def test_a_credit_after_the_date_is_the_pages_footer(closing: str) -> None:
    text = HEAD + BODY + closing
    record = parse_text(text)
    assert record.signature is not None
    assert (record.signature.issuer, record.signature.date) == (SIGNER, "2024-03-08")
    assert record.issuer == SIGNER
    assert span_problems(record) == []


def test_the_units_of_the_reply_with_a_协办_stay_the_letters() -> None:
    # the letter's note of the units that handle the proposal, after its date: no footer
    text = HEAD + BODY + f"{SIGNER}\n2024年3月8日 主办单位：{SIGNER} 协办单位：某市财政局"
    record = parse_text(text)
    assert "协办单位" in record.model_dump_json()  # the note is still read as the letter's


def test_a_date_with_no_credit_is_read_as_before() -> None:
    record = parse_text(HEAD + BODY + f"{SIGNER}\n2024年3月8日")
    assert record.signature is not None
    assert (record.signature.issuer, record.signature.date) == (SIGNER, "2024-03-08")
