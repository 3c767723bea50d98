"""A site's footer links (网站地图, 联系我们: data/page_footer_links.txt) name nobody wherever
a copy left them on a contact's line: as a contact label's value or in brackets after the
phone, where a person's name may stand (``0000-5550123（王某）``). contacts50 decided it; no
test held the link's own guard (the words' shape let the others through). Invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = (
    "关于某某问题的答复\n王某代表：\n你提出的建议收悉，现答复如下：我局将加强管理。\n"
    "某县某局\n2099年5月6日\n"
)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("联系电话：0000-5550123（联系我们）", [(None, "0000-5550123")]),
        ("联系人：联系我们", []),
        ("联系人：网站地图 电话：0000-5550123", []),
    ],
)
def test_a_footer_link_names_nobody(line: str, want: list) -> None:
    letter = parse_text(_HEAD + line + "\n")
    assert [(c.name, c.phone) for c in letter.contacts] == want


# Must not match: a person's name there is his
@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("联系电话：0000-5550123（王某）", [("王某", "0000-5550123")]),
        ("联系人：李某某", [("李某某", None)]),
    ],
)
def test_a_persons_name_is_read(line: str, want: list) -> None:
    letter = parse_text(_HEAD + line + "\n")
    assert [(c.name, c.phone) for c in letter.contacts] == want
