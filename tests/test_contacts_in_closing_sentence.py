"""A contact the body's last paragraph gives in its closing sentence, after the sentence's
first clause (``此件由某市水利局办理，联系人张某某，电话0000-5551234。``, half-width commas
too, or with colons, ``联系人：张某某，联系电话：0000-5551234。``), is read as one that opens
its line: the person and the phone, and the unit the same sentence says handles the item
(``此件由X办理``, ``由X承办``) as the person's org. A body's sentence that names 联系人 as a
word (``建立联系人制度``, ``明确专门联系人``), a hotline's number in a sentence with no
联系人, and such a sentence anywhere but the last paragraph stay prose; a contact's line of
the closing block is read once."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

OPEN = "关于加强某河治理的建议的答复\n王某某代表：\n　　您提出的关于加强某河治理的建议收悉，现答复如下：\n"
BODY = "　　我局将继续推进某河综合治理，感谢您对水利工作的关心和支持。"
SIGNED = "\n某市水利局\n2024年5月10日\n"

Row = tuple[str | None, str | None, str | None]


def _read(text: str) -> list[Row]:
    letter = parse_text(text)
    assert span_problems(letter) == []
    return [(c.name, c.phone, c.org) for c in letter.contacts]


READ = [
    pytest.param("此件由某市水利局办理，联系人张某某，电话0000-5551234。",
                 [("张某某", "0000-5551234", "某市水利局")], id="handled-by-then-contact"),
    pytest.param("此件由某市水利局办理,联系人张某某,电话0000-5551234。",
                 [("张某某", "0000-5551234", "某市水利局")], id="half-width-commas"),
    pytest.param("此件由某县交通运输局承办，联系人：李某，联系电话：13800000000。",
                 [("李某", "13800000000", "某县交通运输局")], id="colons-and-chengban"),
    pytest.param("如有疑问，联系人张某某，电话0000-5551234。",
                 [("张某某", "0000-5551234", None)], id="no-unit-named"),
    pytest.param("如有疑问，联系人张某某电话0000-5551234",
                 [("张某某", "0000-5551234", None)], id="glued-phone-label-no-stop"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), READ)
def test_contact_in_the_closing_sentence_is_read(sentence: str, expected: list[Row]) -> None:
    assert _read(OPEN + BODY + sentence + SIGNED) == expected


@pytest.mark.parametrize(("sentence", "expected"), READ[:3])
def test_own_paragraph_unsigned(sentence: str, expected: list[Row]) -> None:
    """A 办理情况 page: the sentence a paragraph of its own, nothing signed after it."""
    assert _read(OPEN + BODY + "\n" + sentence + "\n") == expected


PROSE = [
    pytest.param("下一步，我局将建立联系人制度，电话0000-5551234随时畅通。", id="word-zhidu"),
    pytest.param("各乡镇已明确专门联系人，及时沟通。", id="word-zhuanmen"),
    pytest.param("群众如有问题，可拨打服务热线0000-5551234。", id="hotline-no-label"),
    pytest.param("每村确定联系人王某某等负责日常巡查。", id="no-comma-no-phone"),
    pytest.param("此件由某市水利局办理，联系人张某某负责跟踪落实。", id="name-no-phone"),
]  # fmt: skip


@pytest.mark.parametrize("sentence", PROSE)
def test_a_body_sentence_naming_a_contact_word_is_prose(sentence: str) -> None:
    assert _read(OPEN + BODY + sentence + SIGNED) == []


def test_only_the_last_paragraph() -> None:
    """The same sentence in a paragraph the body goes on after is the body's words."""
    text = OPEN + "　　此件由某市水利局办理，联系人张某某，电话0000-5551234。\n" + BODY + SIGNED
    assert _read(text) == []


def test_a_closing_contact_line_is_read_once() -> None:
    """A contact line that opens its line in the closing, as before: one contact."""
    text = OPEN + BODY + "\n联系人张某某，电话0000-5551234。" + SIGNED
    assert [r[:2] for r in _read(text)] == [("张某某", "0000-5551234")]
    text = OPEN + BODY + SIGNED + "联系人：张某某  联系电话：0000-5551234\n"
    assert _read(text) == [("张某某", "0000-5551234", None)]


def test_the_same_person_on_a_closing_line_is_read_once() -> None:
    """The sentence's person given again on the closing's contact line: one contact."""
    text = (
        OPEN + BODY + "此件由某市水利局办理，联系人张某某，电话0000-5551234。" + SIGNED
        + "联系人：张某某  联系电话：0000-5551234\n"
    )  # fmt: skip
    assert [r[:2] for r in _read(text)] == [("张某某", "0000-5551234")]
