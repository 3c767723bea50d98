"""A 办理单 copied over and over (a mirror's page, or a hostile file: ``标题：`` / ``关于…的
建议`` / ``建议内容：`` written thousands of times) runs the header and its form to thousands
of lines. Each header line was asked whether it is one of the form's lines by a tuple's
``in``, a comparison with every form line (quadratic: 40,000 characters took 7 s). The form's
lines are now asked by their index. The work is counted (lines compared), never timed; a
form's value stays no issuer and a header's mark stays one. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.textview import Line

ROW = "标题：\n关于在某村修建便民桥的建议\n建议内容：\n"
TAIL = "\n钱某某代表：\n您提出的建议收悉，现答复如下：便民桥已列入计划。\n某县某局\n"


def _compared(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    compared = 0
    real = Line.__eq__

    def counted(self: Line, other: object) -> bool:
        nonlocal compared
        compared += 1
        return real(self, other)

    with monkeypatch.context() as patch:
        patch.setattr(Line, "__eq__", counted)
        parse_text(text)
    return compared


def test_lines_compared_grow_with_the_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _compared(ROW * 400 + TAIL, monkeypatch)
    large = _compared(ROW * 800 + TAIL, monkeypatch)
    assert large < 2.5 * small + 1000, (small, large)


def test_a_form_cell_still_names_no_issuer() -> None:
    text = (
        "关于某村便民桥的建议的答复\n承办单位 |\n某县公安局 |\n钱某某代表：\n"
        "您提出的建议收悉，现答复如下：已办理。\n某县交通运输局\n2099年3月4日\n"
    )
    assert parse_text(text).issuer == "某县交通运输局"


def test_a_header_mark_still_names_the_issuer() -> None:
    text = (
        "某县水务局\n关于某村饮水工程的建议的答复\n钱某某代表：\n"
        "您提出的建议收悉，现答复如下：已办理。\n2099年3月4日\n"
    )
    assert parse_text(text).issuer == "某县水务局"
