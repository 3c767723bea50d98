"""A joint reply's signers listed on one line parted by a semicolon (``某县财政局；某县教育局``,
``;`` too, wrapped after it or not) or by ``、`` with a blank before it (``某县财政局 、某县
教育局``): each authority signs, in order, the mark no part of a name. A sentence of the body
that ends with a semicolon signs nothing. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于县十八届人大二次会议第35号建议的答复\n钱某某代表：\n"
    "    您提出的关于整治某河道的建议收悉，现答复如下：\n"
    "    我们已将该河道列入年度整治计划。感谢您的关心和支持。\n\n"
)
BOTH = "某县水利局、某县生态环境局"


ONE_LINE = [
    pytest.param("某县水利局；某县生态环境局", id="semicolon"),
    pytest.param("某县水利局;某县生态环境局", id="ascii-semicolon"),
    pytest.param("某县水利局 ；某县生态环境局", id="semicolon-blank"),
    pytest.param("某县水利局 、某县生态环境局", id="dun-blank-before"),
    pytest.param("某县水利局、 某县生态环境局", id="dun-blank-after"),
    pytest.param("某县水利局、某县生态环境局", id="dun"),
]  # fmt: skip
UNDER = [
    pytest.param("\n2024年6月3日\n", "2024-06-03", id="dated"),
    pytest.param("\n", None, id="undated"),
]  # fmt: skip


@pytest.mark.parametrize("names", ONE_LINE)
@pytest.mark.parametrize(
    ("tail", "date"), [*UNDER, pytest.param("  2024年6月3日\n", "2024-06-03", id="beside")]
)
def test_listed_signers_each_sign(names: str, tail: str, date: str | None) -> None:
    record = parse_text(HEAD + names + tail, keywords=False)
    assert (record.signature.issuer, record.signature.date) == (BOTH, date)
    assert span_problems(record) == []


@pytest.mark.parametrize(("tail", "date"), UNDER)
def test_a_list_wrapped_after_its_semicolon(tail: str, date: str | None) -> None:
    record = parse_text(HEAD + "某县水利局；\n某县生态环境局" + tail, keywords=False)
    assert (record.signature.issuer, record.signature.date) == (BOTH, date)


@pytest.mark.parametrize(
    ("lines", "signer"),
    [
        # must not match: a body's items ending with a semicolon sign nothing, the signer
        # under them signs alone
        pytest.param("一是加强河道巡查；二是清理沿岸垃圾；\n某县水利局", "某县水利局", id="items"),
        pytest.param("某县水利局", "某县水利局", id="one"),
    ],
)  # fmt: skip
def test_other_lines_left_alone(lines: str, signer: str) -> None:
    record = parse_text(HEAD + lines + "\n2024年6月3日\n", keywords=False)
    assert record.signature.issuer == signer
