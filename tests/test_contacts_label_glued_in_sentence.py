"""Outside the closing block, a phone's label glued to the few words that open its line and
written without its colon, its number glued after it, is a sentence's words (``群众可凭
手机139…预约办理。``, ``拨打服务电话0000-…咨询。``), as such a line with more words before
the label always was: no contact. The same label with its colon after those words
(``我局联系人：王某``), after a bracket, or parted from them by a gap stays a contact's; so
does one with its colon opening a bracket that closes the paragraph (``…请与我局联系（联系人：
王某，电话：…）。``)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

OPEN = "关于某某建议的答复\n林某代表：\n　　您提出的建议收悉，现答复如下。\n"
END = "\n　　感谢您对我们工作的支持。\n某县交通运输局\n2024年5月10日\n"

Row = tuple[str | None, str | None]

PROSE = [
    pytest.param("群众可凭手机13900000000预约办理。", id="mobile-in-a-sentence"),
    pytest.param("拨打服务电话0000-5551234咨询。", id="a-service-line"),
    pytest.param("可凭手机号13900000000办理。", id="mobile-number-word"),
    pytest.param("已安排专人负责（联系人：王某），并将定期通报。", id="bracket-inside-the-sentence"),
    pytest.param("请与联系人王某联系（电话0000-5551234）。", id="bracket-without-a-colon"),
]  # fmt: skip

READ = [
    pytest.param("我局联系人：王某，电话：0000-5551234", [("王某", "0000-5551234")],
                 id="own-words-then-colon"),
    pytest.param("（联系人王某，电话0000-5551234）", [("王某", "0000-5551234")],
                 id="in-brackets"),
    pytest.param("附注：联系人王某，电话0000-5551234", [("王某", "0000-5551234")],
                 id="after-a-notes-colon"),
    pytest.param("联系电话0000-5551234", [(None, "0000-5551234")], id="opens-the-line"),
    pytest.param("如有疑问，请与我局联系（联系人：王某，电话：0000-5551234）。",
                 [("王某", "0000-5551234")], id="bracket-ending-the-paragraph"),
    pytest.param("如有疑问，请与我局联系(联系人：王某 电话：0000-5551234)",
                 [("王某", "0000-5551234")], id="half-width-bracket-no-stop"),
]  # fmt: skip


def _read(line: str) -> list[Row]:
    letter = parse_text(OPEN + line + END)
    return [(c.name, c.phone) for c in letter.contacts]


@pytest.mark.parametrize("line", PROSE)
def test_a_glued_label_in_a_sentence_is_prose(line: str) -> None:
    assert _read(line) == []


@pytest.mark.parametrize(("line", "expected"), READ)
def test_a_label_standing_as_one_is_read(line: str, expected: list[Row]) -> None:
    assert _read(line) == expected
