"""A 抄送 list set out as a column whose bodies name no level (a list of one government's
offices: ``抄送：发展改革委`` / ``财政局`` / ``农业农村局``) is read whole, one body a line,
and the signature above it is still read; a line under a list that is no body of it is
none (the signer, the 印发 line's office, a person, a sentence), and an office's suffix
alone under a name is the rest of that name."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.closing import cc_column_row

HEAD = (
    "关于县十八届人大三次会议第52号建议的答复\n\n"
    "周某某代表：\n　　您提出的《关于改善城区排水设施的建议》收悉，现答复如下：\n"
    "　　我局已将城区雨污分流改造纳入年度计划。\n"
    "　　感谢您对住房和城乡建设工作的关心和支持。\n\n"
)
SIGNED = "　　　　　　　　　　　　　　　　某县住房和城乡建设局\n　　　　　　　　　　　　　　　　2024年5月10日\n\n"

# (what follows the signature, the list read)
COLUMNS = [
    pytest.param("抄送：发展改革委\n　　　财政局\n　　　农业农村局\n",
                 ["发展改革委", "财政局", "农业农村局"], id="indented"),
    pytest.param("抄送：发展改革委\n财政局\n自然资源和规划局。\n",
                 ["发展改革委", "财政局", "自然资源和规划局"], id="flush-full-stop"),
    pytest.param("抄送：\n发展改革委\n财政局\n生态环境分局\n",
                 ["发展改革委", "财政局", "生态环境分局"], id="label-alone-above"),
    pytest.param("抄送：县人大常委会城建环保工委\n县政府督查室\n财政局\n",
                 ["县人大常委会城建环保工委", "县政府督查室", "财政局"], id="after-levelled-rows"),
    pytest.param("抄报：人大常委会城建环保工委\n　　　政府办公室\n",
                 ["人大常委会城建环保工委", "政府办公室"], id="chaobao"),
    pytest.param("抄送：县人大选工委\n政府办。\n",
                 ["县人大选工委", "政府办"], id="short-line-was-never-full"),
    pytest.param("抄送：发展改革委\n财政局\n联系人：王某，联系电话：0000-5550123\n",
                 ["发展改革委", "财政局"], id="a-label-ends-it"),
    pytest.param("抄送：发展改革委\n　　　财政局\n某县住房和城乡建设局办公室　　2024年5月11日印发\n",
                 ["发展改革委", "财政局"], id="printed-line-after"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "cc"), COLUMNS)
def test_an_unlevelled_cc_column_is_read_whole(closing: str, cc: list[str]) -> None:
    record = parse_text(HEAD + SIGNED + closing)
    assert record.cc == cc
    assert (record.signature.issuer, record.signature.date) == (
        "某县住房和城乡建设局",
        "2024-05-10",
    )


# (the closing, the list read, the signer): a line under a list that is no body of it, or
# an office's suffix that ends the name above it
NOT_ROWS = [
    pytest.param(SIGNED + "抄送：县人民政府\n办公室\n", ["县人民政府办公室"], "某县住房和城乡建设局",
                 id="suffix-alone-is-the-rest"),
    pytest.param(SIGNED + "抄送：县人民政府\n办公室。\n", ["县人民政府办公室"], "某县住房和城乡建设局",
                 id="suffix-alone-with-the-stop"),
    pytest.param("抄送：发展改革委\n住房和城乡建设局\n2024年5月10日\n", ["发展改革委"], "住房和城乡建设局",
                 id="the-signer-under-the-list"),
    pytest.param(SIGNED + "抄送：发展改革委\n住建局办公室\n2024年5月11日印发\n", ["发展改革委"],
                 "某县住房和城乡建设局", id="printing-office-split"),
    pytest.param(SIGNED + "抄送：发展改革委\n王某某\n", ["发展改革委"], "某县住房和城乡建设局",
                 id="a-person"),
    pytest.param(SIGNED + "抄送：发展改革委\n请与我局\n", ["发展改革委"], "某县住房和城乡建设局",
                 id="a-sentence-ending-like-an-office"),
    pytest.param(SIGNED + "抄送：县人大常委会城建环保工委，县政府督查室\n财政局\n",
                 ["县人大常委会城建环保工委", "县政府督查室"], "某县住房和城乡建设局",
                 id="under-a-line-of-several"),
    pytest.param(SIGNED + "抄送：县人大常委会城建环保工作委员会，县人民政府\n督查室，县财政局。\n",
                 ["县人大常委会城建环保工作委员会", "县人民政府督查室", "县财政局"],
                 "某县住房和城乡建设局", id="a-wrap-in-a-line-of-several"),
    pytest.param(SIGNED + "抄送：发展改革委。\n财政局\n", ["发展改革委"], "某县住房和城乡建设局",
                 id="the-list-ended-with-its-stop"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "cc", "signer"), NOT_ROWS)
def test_a_line_under_a_list_that_is_no_row(closing: str, cc: list[str], signer: str) -> None:
    record = parse_text(HEAD + closing)
    assert record.cc == cc
    assert (record.signature.issuer, record.signature.date) == (signer, "2024-05-10")


# (the list's line above, its label out; the line; whether it is a row of a column)
ROWS = [
    pytest.param("发展改革委", "财政局", True, id="unlevelled"),
    pytest.param("发展改革委", "财政局。", True, id="with-the-stop"),
    pytest.param("县人大选工委", "县政府办", True, id="levelled"),
    pytest.param("县人民政府", "办公室", True, id="a-suffix-is-the-rest-of-the-list"),
    pytest.param("发展改革委，财政局", "农业农村局", False, id="above-holds-several"),
    pytest.param("发展改革", "财政局", False, id="above-ends-no-office"),
    pytest.param("发展改革委", "王某某", False, id="a-person"),
    pytest.param("发展改革委", "请与我局", False, id="a-sentence"),
    pytest.param("发展改革委", "联系单位：财政局", False, id="a-label"),
    pytest.param("发展改革委", "财政局2024年5月11日印发", False, id="the-printing-line"),
]  # fmt: skip


@pytest.mark.parametrize(("above", "below", "expected"), ROWS)
def test_a_column_row(above: str, below: str, expected: bool) -> None:
    assert cc_column_row(above, below) is expected
