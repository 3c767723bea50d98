"""The 版记's 印发 row that lost its 印发 in a copy, under the 抄送 row with the signer over
both undated (``某县教育局`` / ``抄送：…`` / ``某县人民政府办公室  2024年5月6日``): the office
and its date are the printing row, no signature; the authority above signs, no 成文日期 (an
earlier round signed the office with the printing date). A list set above the signature, no
signer over it, and a body that is no office under the list, leave the line under the list
signing. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = (
    "关于县十八届人大二次会议第52号建议的答复\n周某某代表：\n"
    "    您提出的关于修缮某村文化广场的建议收悉，现答复如下：\n"
    "    我们已将该广场列入今年修缮计划。感谢您的关心和支持。"
)


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("\n某县教育局\n抄送：某县人民政府办公室\n某县人民政府办公室 2024年5月6日",
                     id="office-and-date"),
        pytest.param("\n某县教育局\n抄送：某县人民政府\n某县教育局办公室\n2024年5月6日",
                     id="office-over-date"),
        pytest.param("\n某县教育局\n（此件公开发布）\n抄送：某县财政局。\n某县教育局办公室    "
                     "2024年5月6日", id="note-between"),
        pytest.param("某县教育局 抄送：某县人民政府办公室 某县人民政府办公室 2024年5月6日",
                     id="run-on"),
    ],
)  # fmt: skip
def test_the_printing_row_signs_nothing(closing: str) -> None:
    record = parse_text(HEAD + closing + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("某县教育局", None)
    assert "2024-05-06" in [d.value for d in record.dates]
    assert span_problems(record) == []


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        # must not match: the list above the signature; a body under the list; a dated signer
        pytest.param("\n抄送：某县人民政府\n某县教育局\n2024年5月6日", "某县教育局", id="list-above"),
        pytest.param("\n某县教育局\n抄送：某县人民政府\n某县财政局\n2024年5月6日", "某县财政局",
                     id="not-an-office"),
    ],
)  # fmt: skip
def test_other_lines_under_the_list_sign(closing: str, signer: str) -> None:
    record = parse_text(HEAD + closing + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == (signer, "2024-05-06")


def test_a_dated_signer_keeps_its_date() -> None:
    closing = (
        "\n某县教育局\n2024年5月6日\n抄送：某县人民政府办公室\n某县人民政府办公室 2024年5月7日"
    )
    record = parse_text(HEAD + closing + "\n", keywords=False)
    assert (record.signature.issuer, record.signature.date) == ("某县教育局", "2024-05-06")
