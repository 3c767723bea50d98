"""An addressee's role is a class of person, as a proposal's kind is a class of item: a letter
in traditional characters records it in simplified ones (委員 → 委员, 縣政協委員 → 县政协委员;
decided, fix90), so that a query for one role finds every letter of it, while the names and
the salutation stay as written and the addressee's span still over the letter's own name."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

HEAD = "某縣交通運輸局\n關於縣十八屆人大三次會議第21號建議的答覆\n"
BODY = (
    "{salutation}\n"
    "您提出的《關於改善鄉村公路通行條件的建議》收悉。經認真研究，現答覆如下：\n"
    "一、加強養護。今年安排資金80萬元。\n"
    "感謝您對交通工作的關心和支持。\n"
    "某縣交通運輸局\n"
    "2023年7月3日\n"
)


@pytest.mark.parametrize(
    ("salutation", "addressees"),
    [
        pytest.param("錢某華委員：", [("錢某華", "委员")], id="member"),
        pytest.param("錢某華等委員：", [("錢某華", "委员")], id="member-and-others"),
        pytest.param(
            "錢某華、孫某國委員：", [("錢某華", "委员"), ("孫某國", "委员")], id="members-listed"
        ),
        pytest.param("錢某華委員您好：", [("錢某華", "委员")], id="member-greeted"),
        pytest.param("錢某華縣人大代表：", [("錢某華", "县人大代表")], id="deputy-with-level"),
        pytest.param(
            "尊敬的縣政協委員錢某華：", [("錢某華", "县政协委员")], id="member-role-before-name"
        ),
        pytest.param(
            "縣政協錢某華委員：",
            [("縣政協", None), ("錢某華", "委员")],
            id="seating-body-then-member",
        ),
        pytest.param("錢某華代表：", [("錢某華", "代表")], id="deputy-same-in-both"),
        pytest.param("錢某華提案人：", [("錢某華", "提案人")], id="proposer-same-in-both"),
        pytest.param("某鎮代表團：", [("某鎮代表團", None)], id="body-name-as-written"),
    ],
)
def test_a_traditional_letters_role_is_recorded_in_simplified_characters(
    salutation: str, addressees: list[tuple[str, str | None]]
) -> None:
    text = HEAD + BODY.format(salutation=salutation)
    letter = parse_text(text)
    assert [(a.name, a.role) for a in letter.addressees] == addressees
    # the names and the salutation as the letter wrote them, each span over its name
    assert letter.salutation == salutation
    assert all(
        a.span is not None and text[a.span[0] : a.span[1]] == a.name for a in letter.addressees
    )
    assert letter.issuer == "某縣交通運輸局"
    assert span_problems(letter) == []


def test_the_role_the_traditional_letter_wrote_stays_in_its_salutation() -> None:
    text = HEAD + BODY.format(salutation="錢某華委員：")
    letter = parse_text(text)
    (addressee,) = letter.addressees
    assert addressee.span is not None
    # right after the name, the letter's own word for the role
    assert text[addressee.span[1] : addressee.span[1] + 2] == "委員"
