"""The item's number written in brackets with 号 after them, right after the kind word, as a
form's blank 第（  ）号 is filled in (提案（70）号, 建议(第8)号) (snippets written for these
tests; names and numbers invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_BODY = "我局已组织研究。\n感谢你对我们工作的支持。\n某县农业农村局\n2022年5月6日\n"

# the opening, and the number read
FILLED = {
    "after-phrase": (
        "孙平等委员：\n你们提出的关于修缮东岭村灌渠的提案(46)号，已交我局办理，现答复如下：\n",
        "46",
    ),
    "full-width": (
        "孙平委员：\n你提出的关于修缮东岭村灌渠的提案（46）号收悉，现答复如下：\n",
        "46",
    ),
    "with-di": ("孙平代表：\n你提出的关于修缮东岭村灌渠的建议（第9）号已收悉。\n", "9"),
    "before-stop": ("孙平代表：\n你提出的建议(9)号。现答复如下：\n", "9"),
    "traditional": (
        "孫平等委員：\n你們提出的關於修繕東嶺村灌渠的提案(46)號，已交我局辦理，現答覆如下：\n",
        "46",
    ),
}

# brackets and 号 after the kind word that give no item's number
NOT_FILLED = {
    "year-in-brackets": ("孙平委员：\n你提出的关于修缮东岭村灌渠的提案（2021）号收悉。\n", None),
    "building": ("孙平代表：\n你提出的关于某小区建议(3)号楼加装电梯的意见收悉。\n", None),
    "no-hao": ("孙平代表：\n你提出的关于修缮东岭村灌渠的建议(2)收悉。\n", None),
}


def _number(text: str) -> str | None:
    p = parse_text(text + _BODY).proposal
    assert p is not None
    return p.number


@pytest.mark.parametrize(("text", "expected"), FILLED.values(), ids=FILLED.keys())
def test_number_in_brackets_before_hao_is_read(text: str, expected: str) -> None:
    assert _number(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_FILLED.values(), ids=NOT_FILLED.keys())
def test_other_brackets_before_hao_give_no_number(text: str, expected: None) -> None:
    assert _number(text) == expected


def test_tidy_numbers_unchanged() -> None:
    # the usual forms stay as they were: 提案（第46号）, 第46号提案
    for text in (
        "孙平委员：\n你提出的关于修缮东岭村灌渠的提案（第46号）收悉。\n",
        "孙平委员：\n你提出的第46号提案收悉。\n",
    ):
        assert _number(text) == "46"


# the blank 第（  ）号 filled in before the kind word: the number inside the brackets as
# written, a letter before its digits kept
FILLED_BEFORE_KIND = {
    "title-letter-digits": ("关于对县二届人大一次会议第(K048)号建议的答复\n", "K048"),
    "title-full-width": ("关于对县二届人大一次会议第（15）号建议的答复\n", "15"),
    "opening-whose": ("孙平代表：\n你提出的第（15）号代表建议收悉，现答复如下：\n", "15"),
}

NOT_FILLED_BEFORE_KIND = {
    "year-alone": ("关于对县二届人大一次会议第（2021）号建议的答复\n", None),
    "building": ("孙平代表：\n你提出的关于第(3)号楼建议加装电梯的意见收悉。\n", None),
}


@pytest.mark.parametrize(
    ("text", "expected"), FILLED_BEFORE_KIND.values(), ids=FILLED_BEFORE_KIND.keys()
)
def test_number_in_brackets_after_di_is_read(text: str, expected: str) -> None:
    assert _number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), NOT_FILLED_BEFORE_KIND.values(), ids=NOT_FILLED_BEFORE_KIND.keys()
)
def test_other_brackets_after_di_give_no_number(text: str, expected: None) -> None:
    assert _number(text) == expected
