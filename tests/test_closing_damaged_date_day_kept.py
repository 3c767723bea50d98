"""A signed date whose 年 and 月 a copy lost, its 日 kept (2099517日), in a letter
flattened onto one line with nothing between its lines, a suffix label with its own words
glued after it (…2099517日承办负责人：): the 日 is the date's, and the label keeps its own
words (承办负责人), so no signer is read out of 日承办. The tidy letter reads the same
record; a signer over the date stays the signer.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued

HEAD = "关于改善农村饮水的建议的答复\n郑某委员：\n你提出的建议收悉，现答复如下：\n我局已安排资金改造供水管网。\n感谢你对水利工作的关心。\n"
TAIL = "承办负责人：李某\n承办人及联系电话：赵某 13800000000\n"


def _closing(text: str) -> tuple[str | None, str | None, list[tuple[str | None, str | None]]]:
    letter = parse_text(text, keywords=False)
    contacts = [(c.name, c.phone) for c in letter.contacts]
    return letter.signature.issuer, letter.issuer, contacts


@pytest.mark.parametrize("signer", ["", "辛县水利局\n"])
def test_glued_damaged_date_keeps_its_day(signer: str) -> None:
    tidy = HEAD + signer + "2099517日\n" + TAIL
    issuer = signer.strip() or None
    assert _closing(tidy) == (issuer, issuer, [("赵某", "13800000000")])
    assert _closing(glued(tidy)) == _closing(tidy)


def test_damaged_date_without_day_still_cut() -> None:
    tidy = HEAD + "辛县水利局\n2099517\n" + TAIL
    assert (
        _closing(glued(tidy))
        == _closing(tidy)
        == (
            "辛县水利局",
            "辛县水利局",
            [("赵某", "13800000000")],
        )
    )
