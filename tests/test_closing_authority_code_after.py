"""An authority with a postcode or an area code after it on its line (closing.py,
``_CODE_TAIL``): ``某县水务局 650000``, ``某县水务局 0871``. The code is the form's cell
or the letterhead's, no part of the name: the authority signs. Snippets in our own words."""

from __future__ import annotations

import pytest

from snippets import signature_of

HEAD = (
    "关于修缮某村灌渠的建议的答复\n周某代表：\n"
    "您提出的建议收悉。我局已安排资金修缮灌渠。\n感谢您对水利工作的支持。\n"
)


@pytest.mark.parametrize(
    "signed",
    [
        "某县水务局 650000",
        "某县水务局650000",
        "某县水务局\u3000\u3000650000",
        "某县水务局 0871",
        "某县水务局 010",
    ],
)
def test_the_authority_signs_without_its_code(signed: str) -> None:
    assert signature_of(HEAD + signed + "\n2025年3月7日\n") == ("某县水务局", "2025-03-07")


@pytest.mark.parametrize(
    "signed",
    [
        pytest.param("某县水务局 2023", id="year-digits"),
        pytest.param("某县水务局 12345", id="five-digits"),
        pytest.param("某县水务局 0871123", id="seven-digits"),
        pytest.param("灌渠编号为 650000", id="sentence"),
    ],
)
def test_other_figures_sign_nothing(signed: str) -> None:
    assert signature_of(HEAD + signed + "\n2025年3月7日\n") == (None, "2025-03-07")
