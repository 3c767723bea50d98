"""People a contact's value names together before its number, the number after all of them
(``联系人及电话：甲  乙 0000-5550123``, ``甲、乙 …``): they share it, as people named together
share the phone of a label after theirs, or take one each, in order, when the value gives
as many numbers (rule 1 of :mod:`replyparse.fields.contacts`). An earlier round gave the
number to the name right before it alone (dev131/009). A number between two names stays
the one's before it. Names and numbers invented."""

from __future__ import annotations

import pytest

from snippets import contacts_of


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            "联系人及电话：韩冬  邓秋生 0000-5550123",
            [("韩冬", None, "0000-5550123"), ("邓秋生", None, "0000-5550123")],
            id="blank-between",
        ),
        pytest.param(
            "联系人及电话：韩冬、邓秋生 55501234",
            [("韩冬", None, "55501234"), ("邓秋生", None, "55501234")],
            id="listed",
        ),
        pytest.param(
            "联系人及电话：办公室 韩冬、财务科 邓秋生 55501234",
            [("韩冬", "办公室", "55501234"), ("邓秋生", "财务科", "55501234")],
            id="each-with-office",
        ),
        pytest.param(
            "联系人：韩冬、邓秋生 0000-5550001、5550002",
            [("韩冬", None, "0000-5550001"), ("邓秋生", None, "5550002")],
            id="one-each",
        ),
        pytest.param(
            "联系人：韩冬、邓秋生 0000-5550001、5550002、5550003",
            [("韩冬", None, "0000-5550001"), ("邓秋生", None, "0000-5550001")],
            id="counts-differ-share-first",
        ),
    ],
)
def test_people_named_before_the_number_share_it(
    line: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert contacts_of(line) == expected


def test_a_number_between_names_is_the_one_before_it() -> None:
    assert contacts_of("联系人及电话：韩冬 55501234 邓秋生 13800000000") == [
        ("韩冬", None, "55501234"),
        ("邓秋生", None, "13800000000"),
    ]
