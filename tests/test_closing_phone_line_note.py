"""A closing line that holds a phone and a short note in brackets on it, what kind of
number it is or when to call it (``13900000000（手机）``, ``0000-5550123（办）``,
``（微信同号）``): the phone a contact label on the line above left for the next line.
The line is the closing's: the signature and its date above it are read, and the contact
keeps its phone. A number with a count's unit in brackets, or a long note, is not such
a line."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.closing import _phone_then_labels
from spans import span_problems

HEAD = (
    "关于第31号建议的答复\n郑某代表：\n"
    "　　您提出的关于增设公交站点的建议收悉，现答复如下：\n"
    "　　我局已会同公交公司研究，拟于明年增设站点。感谢您的关心和支持。\n"
)
SIGNER = "某县交通运输局"
SIGNED = SIGNER + "\n2024年9月12日\n"

Row = tuple[str | None, str | None]

READ = [
    pytest.param("联系人：何某  联系电话：\n13900000000（手机）", [("何某", "13900000000")],
                 id="mobile-note"),
    pytest.param("联系人：何某\n联系电话：\n0000-5550123（办）", [("何某", "0000-5550123")],
                 id="office-note-label-line"),
    pytest.param("联系人：何某  手机：\n13900000000（微信同号）", [("何某", "13900000000")],
                 id="same-number-on-chat"),
    pytest.param("联系人：何某  电话：\n5550123（工作日）", [("何某", "5550123")],
                 id="local-number-when-to-call"),
]  # fmt: skip

# (a line under the date: whether it is a phone and its note)
LINES = [
    pytest.param("13900000000（手机）", True, id="mobile"),
    pytest.param("0000-5550123（座机）", True, id="landline"),
    pytest.param("5550123（值班）", True, id="duty"),
    pytest.param("12345678（人次）", False, id="a-count-unit"),
    pytest.param("5550123（某某街道某某社区居民委员会）", False, id="a-long-note"),
    pytest.param("13900000000（手机）已开通", False, id="words-after"),
    pytest.param("2024（年度）", False, id="a-year-no-phone"),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), READ)
def test_the_signature_above_a_noted_phone(lines: str, expected: list[Row]) -> None:
    record = parse_text(HEAD + SIGNED + lines + "\n")
    assert (record.signature.issuer, record.signature.date) == (SIGNER, "2024-09-12")
    assert [(c.name, c.phone) for c in record.contacts] == expected
    assert span_problems(record) == []


@pytest.mark.parametrize(("text", "expected"), LINES)
def test_which_lines_are_a_noted_phone(text: str, expected: bool) -> None:
    assert _phone_then_labels(text) is expected
