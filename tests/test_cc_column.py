"""A 抄送 list set out as a column, one office a line and no separator at the lines' ends
(``抄送：县人大常委会选联工委`` / ``      县政府督查室``), is read whole; a signer or a 印发
line's office under a one-line list is no body of it."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于县十八届人大三次会议第45号建议的答复\n\n"
    "李某某代表：\n　　您提出的《关于加快农村公路养护的建议》收悉，现答复如下：\n"
    "　　我局已将农村公路养护资金纳入年度预算。\n"
    "　　感谢您对交通运输工作的关心和支持。\n\n"
)
SIGNED = "　　　　　　　　　　　　　　　　某县交通运输局\n　　　　　　　　　　　　　　　　2024年5月10日\n"

# (what follows the signature, the list read)
COLUMNS = [
    pytest.param("抄送：县人大常委会选联工委\n      县政府督查室\n",
                 ["县人大常委会选联工委", "县政府督查室"], id="indented"),
    pytest.param("抄送：县人大常委会代表工作委员会\n　　　县人民政府办公室\n　　　县财政局\n",
                 ["县人大常委会代表工作委员会", "县人民政府办公室", "县财政局"], id="three"),
    pytest.param("抄送：市人大常委会人事代表工委\n县政府办公室\n县财政局。\n",
                 ["市人大常委会人事代表工委", "县政府办公室", "县财政局"], id="flush-full-stop"),
    pytest.param("（联系人：王某，联系电话：0877-4012345）\n抄送：县人大常委会选联工委\n"
                 "      县政府督查室\n某县交通运输局办公室        2024年5月11日印发\n",
                 ["县人大常委会选联工委", "县政府督查室"], id="printed-line-after"),
    pytest.param("抄报：市交通运输局\n      县人民政府\n",
                 ["市交通运输局", "县人民政府"], id="chaobao"),
    pytest.param("抄送：市人大常委会代表工委\n      各乡镇人民政府\n",
                 ["市人大常委会代表工委", "各乡镇人民政府"], id="each-of"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "cc"), COLUMNS)
def test_a_cc_column_is_read_whole(closing: str, cc: list[str]) -> None:
    record = parse_text(HEAD + SIGNED + closing)
    assert record.cc == cc
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2024-05-10")


# (the closing, the list read, the signer): a line under a one-line list that is no body
NOT_COLUMNS = [
    pytest.param(SIGNED + "抄送：县人大常委会代表工作委员会\n县交通运输局办公室\n2024年5月11日印发\n",
                 ["县人大常委会代表工作委员会"], "某县交通运输局", id="printing-office-split"),
    pytest.param("抄送：县人大常委会代表工作委员会\n县交通运输局\n2024年5月10日\n",
                 ["县人大常委会代表工作委员会"], "县交通运输局", id="signer-under-the-list"),
    pytest.param("抄送：县人大常委会代表工作委员会\n县交通运输局\n县财政局\n2024年5月10日\n",
                 ["县人大常委会代表工作委员会"], "县交通运输局、县财政局",
                 id="joint-signers-under-the-list"),
    pytest.param(SIGNED + "抄送：县人大常委会代表工作委员会\n王某某\n",
                 ["县人大常委会代表工作委员会"], "某县交通运输局", id="a-person"),
    pytest.param(SIGNED + "抄送：县人大常委会代表工作委员会\n联系单位：县财政局\n",
                 ["县人大常委会代表工作委员会"], "某县交通运输局", id="a-label"),
    pytest.param(SIGNED + "抄送：县人大常委会代表工作委员会，县人民政府办公室，县政\n府督查室，县财政局。\n",
                 ["县人大常委会代表工作委员会", "县人民政府办公室", "县政府督查室", "县财政局"],
                 "某县交通运输局", id="a-wrap-is-no-column"),
    pytest.param(SIGNED + "抄送：县人大常委会代表工作委员会，县财政局，县人民政府\n办公室，县财政局。\n",
                 ["县人大常委会代表工作委员会", "县财政局", "县人民政府办公室", "县财政局"],
                 "某县交通运输局", id="a-wrap-before-a-suffix"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "cc", "signer"), NOT_COLUMNS)
def test_no_column_under_a_list(closing: str, cc: list[str], signer: str) -> None:
    record = parse_text(HEAD + closing)
    assert record.cc == cc
    assert record.signature.issuer == signer
