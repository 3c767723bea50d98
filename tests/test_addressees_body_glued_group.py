"""A body's name glued before the first person of a group salutation (``民革某市委员会李某等
委员``, ``县第三代表团钱立等代表``) names both, the body (role null) then the person, as the
same salutation without 等 does (``民革某市委员会李某委员``) (snippets written for these
tests; names and bodies invented)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_BODY = "\n您提出的建议收悉，现答复如下：\n我局已组织研究。\n"

READ = {
    "committee-and-member": (
        "民革某市委员会李某等委员：",
        [("民革某市委员会", None), ("李某", "委员")],
    ),
    "delegation-and-deputy": (
        "县第三代表团钱立等代表：",
        [("县第三代表团", None), ("钱立", "代表")],
    ),
    "with-a-count": (
        "民革某市委员会李某等3位委员：",
        [("民革某市委员会", None), ("李某", "委员")],
    ),
    "two-names": (
        "县第三代表团钱立、孙梅等代表：",
        [("县第三代表团", None), ("钱立", "代表"), ("孙梅", "代表")],
    ),
}

# Near misses: a group whose first name has no body glued before it: its names, uncut
NOT_READ = {
    "name-alone": ("钱立等代表：", ["钱立"]),
    "compound-surname": ("欧阳立新等代表：", ["欧阳立新"]),
    # a body's ending with no person after it (the group is the body's members)
    "body-alone": ("县第三代表团等代表：", ["县第三代表团"]),
}


def _addressees(salutation: str) -> list[tuple[str, str | None]]:
    letter = parse_text(salutation + _BODY, keywords=False)
    assert letter.text is not None
    for a in letter.addressees:
        assert letter.text[a.span[0] : a.span[1]] == a.name
    return [(a.name, a.role) for a in letter.addressees]


@pytest.mark.parametrize(("salutation", "expected"), READ.values(), ids=READ.keys())
def test_body_then_person_in_group(salutation: str, expected: list[tuple[str, str | None]]) -> None:
    assert _addressees(salutation) == expected


@pytest.mark.parametrize(("salutation", "names"), NOT_READ.values(), ids=NOT_READ.keys())
def test_no_body_cut_from_group(salutation: str, names: list[str]) -> None:
    assert [name for name, _ in _addressees(salutation)] == names
