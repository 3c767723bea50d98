"""Closings as real archives hold them, read by the closing, the re-split and the chrome:
a flattened closing dated in figures (某局 2024.5.10 联系人：…), and a note of the units
handling the reply, apart by runs of spaces, that names its contact person."""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于县十七届人大二次会议第23号建议的答复\n\n"
    "周某代表：\n　　您提出的《关于改善乡村道路的建议》收悉。现答复如下：\n"
    "　　一、加快道路改造。今年投入资金300万元。\n"
)
THANKS = "　　感谢您对交通工作的关心和支持。"

# A closing run onto the thanks' line (a web copy that lost its breaks), dated in figures:
# (closing after the thanks, signer, signature date)
FLAT_FIGURES = [
    pytest.param(" 某县交通运输局 2024.5.10 联系人：田某 联系电话：0851-86612345", "某县交通运输局",
                 "2024-05-10", id="dots"),
    pytest.param(" 某县交通运输局 2024-05-10 联系人：田某 联系电话：0851-86612345", "某县交通运输局",
                 "2024-05-10", id="dashes-padded"),
    pytest.param(" 某县交通运输局 2024/5/10 联系人：田某 联系电话：0851-86612345", "某县交通运输局",
                 "2024-05-10", id="slashes"),
    pytest.param("某县交通运输局 2023.11.2 联系人：田某，电话：13900001234", "某县交通运输局",
                 "2023-11-02", id="glued-to-the-stop-mobile"),
    pytest.param(" 某县交通运输局    2024.5.10    抄送：县人大常委会选工委", "某县交通运输局",
                 "2024-05-10", id="before-a-cc"),
    pytest.param(" 某县交通运输局 2024.5.10", "某县交通运输局", "2024-05-10", id="at-the-end"),
    pytest.param(" 某县交通运输局 2024年5月10日 联系人：田某 联系电话：0851-86612345",
                 "某县交通运输局", "2024-05-10", id="control-in-words"),
]  # fmt: skip


@pytest.mark.parametrize(("closing", "signer", "date"), FLAT_FIGURES)
def test_flattened_closing_dated_in_figures(closing: str, signer: str, date: str) -> None:
    record = parse_text(HEAD + THANKS + closing + "\n")
    assert (record.signature.issuer, record.signature.date) == (signer, date)


def test_flattened_figures_closing_keeps_its_contact() -> None:
    record = parse_text(
        HEAD + THANKS + " 某县交通运输局 2024.5.10 联系人：田某 联系电话：0851-86612345\n"
    )
    assert [(c.name, c.phone) for c in record.contacts] == [("田某", "0851-86612345")]


# A date in figures that is no signature: in a sentence, in a range, glued to digits.
FIGURES_NOT_SIGNED = [
    pytest.param("　　该路段已于2023.10.8开工建设，预计年底完工。", id="in-a-sentence"),
    pytest.param("　　工期为2023.10.8-2024.5.30，现已完工。", id="in-a-range"),
    pytest.param("　　请拨打2024-05-1088，咨询相关政策。", id="a-number-like-a-date"),
]


@pytest.mark.parametrize("sentence", FIGURES_NOT_SIGNED)
def test_a_date_in_figures_in_the_body_signs_nothing(sentence: str) -> None:
    record = parse_text(HEAD + sentence + "\n" + THANKS + "\n\n某县交通运输局\n2024年6月3日\n")
    assert (record.signature.issuer, record.signature.date) == ("某县交通运输局", "2024-06-03")
