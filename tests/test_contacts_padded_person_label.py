"""A person's label padded by a blank between its head and its 人 (``联系 人：李某
联系电话：…``, ``经办 人：``), in a copy that lost its line breaks (the letter joined by
blanks), is one label: the contact is the person with the phone after it (fix99). An
earlier round took the blank for a line's end and ``人：`` for a label that lost its head,
and gave the person with no phone and the phone with no person (dev99). Snippets are
invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

HEAD = (
    "关于某某建议的答复\n王某代表: 您提出的《关于加快某某公路改造的建议》收悉。现答复如下: "
    "该路段已列入计划。 感谢您对交通运输工作的关心和支持! "
)


@pytest.mark.parametrize(
    ("tail", "contact"),
    [
        pytest.param(
            "领导署名:张某 联系 人:李某 联系电话:0000-5550123 某县交通运输局 2031年5月9日",
            ("李某", "0000-5550123", None),
            id="after-leader",
        ),
        pytest.param(
            "联系 人:李某某 联系电话:0000-5550123 某县交通运输局 2031年5月9日",
            ("李某某", "0000-5550123", None),
            id="three-character-name",
        ),
        pytest.param(
            "经办 人:李某 联系电话:0000-5550123 某县交通运输局 2031年5月9日",
            ("李某", "0000-5550123", None),
            id="handler",
        ),
        pytest.param(
            "某县交通运输局 2031年5月9日 联系 人:李某 联系电话:0000-5550123",
            ("李某", "0000-5550123", None),
            id="under-the-date",
        ),
        pytest.param(
            # (tidy49's label head glued at a cut office's end, a blank for the break)
            "承办单位:某县交通运输联系 人:李某 电话:0000-5550123 某县交通运输局 2031年5月9日",
            ("李某", "0000-5550123", "某县交通运输"),
            id="head-after-cut-office",
        ),
        pytest.param(
            # (a label that did lose its head stays read so)
            "某县交通运输局 2031年5月9日 人:李某 电话:0000-5550123",
            ("李某", "0000-5550123", None),
            id="headless",
        ),
    ],
)
def test_a_padded_person_label_gives_one_contact(
    tail: str, contact: tuple[str, str, str | None]
) -> None:
    letter = parse_text(HEAD + tail)
    assert [(c.name, c.phone, c.org) for c in letter.contacts] == [contact]
    assert letter.signature.issuer == "某县交通运输局"
    assert letter.signature.date == "2031-05-09"
