"""A body's name written as the salutation with no colon, then again as the subject of the
opening sentence (a 办理意见 to a party's committee), in a copy that lost the line break
between them: ``…的办理意见某党某市委员会某党某市委员会向…会议提交了…``. The first copy,
right after the title's ending, is the salutation, as on a line of its own. Must-not-match:
a name written once (the opening names its proposer), a name twice with no verb after it,
a tidy letter. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_TITLE = "某市园林局关于《关于多建社区口袋公园的建议》提案（第0567号）的办理意见"
_BODY = "农工党某市委员会"
_OPENING = (
    "向市政协第八次全体会议递交了《关于多建社区口袋公园的建议》提案（第0567号），"
    "交我局牵头办理。现答复如下："
)
_REST = "一、利用边角地建园。今年建成小游园15处。 某市园林局 2023年7月1日"


@pytest.mark.parametrize("sep", ["", " "], ids=["glued", "spaced"])
def test_repeated_body_is_the_salutation(sep: str) -> None:
    text = _TITLE + sep + _BODY + sep + _BODY + _OPENING + sep + _REST + "\n"
    letter = parse_text(text, keywords=False)
    assert letter.title == _TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [(_BODY, None)]


def test_body_named_once_is_no_salutation() -> None:
    letter = parse_text(_TITLE + _BODY + _OPENING + _REST + "\n", keywords=False)
    assert letter.salutation is None


def test_body_twice_without_a_verb_is_no_salutation() -> None:
    text = _TITLE + _BODY + _BODY + "高度重视社区绿地建设。现答复如下：" + _REST + "\n"
    assert parse_text(text, keywords=False).salutation is None


def test_tidy_letter_reads_as_before() -> None:
    text = (
        f"{_TITLE}\n\n{_BODY}\n{_BODY}{_OPENING}\n一、利用边角地建园。\n某市园林局\n2023年7月1日\n"
    )
    letter = parse_text(text, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [(_BODY, None)]
