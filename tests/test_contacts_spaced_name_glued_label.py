"""A contact's name spaced out to a form's width, the phone's label glued after its last
character (``联系人：陈　锦联系电话：…``, as a copy drops the blank after a padded cell): the
whole name is the person's, the last character no head of the phone's label (the label's
own words, ``监督电话``, ``办公电话``, are two characters or more; pert65b). Names and
numbers invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = (
    "关于某村便桥的建议的答复\n\n王小明代表：\n"
    "    您提出的《关于修缮某村便桥的建议》收悉，现答复如下：已列入今年计划。\n\n"
)
_TAIL = "\n\n某县交通运输局\n2024年5月6日\n"


def _contacts(line: str) -> list[tuple[str | None, str | None]]:
    letter = parse_text(_HEAD + line + _TAIL, keywords=False)
    return [(c.name, c.phone) for c in letter.contacts]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        pytest.param("联系人：陈\u3000锦联系电话：0000-5550123", "陈锦", id="ideographic-pad"),
        pytest.param("联系人：陈  锦联系电话：0000-5550123", "陈锦", id="two-spaces"),
        pytest.param("联系人：王 小 明联系电话：0000-5550123", "王小明", id="three-spaced"),
        pytest.param("联系人：陈锦联系电话：0000-5550123", "陈锦", id="unpadded"),
    ],
)
def test_the_spaced_name_is_whole(line: str, name: str) -> None:
    assert _contacts(line) == [(name, "0000-5550123")]


def test_a_label_head_glued_after_a_name_stays_the_labels() -> None:
    # (the words glued before a phone's label are its head when they are more than a
    # character: 工作电话's 工作 is no part of the name)
    assert _contacts("联系人：陈锦 工作电话：0000-5550123") == [("陈锦", "0000-5550123")]
