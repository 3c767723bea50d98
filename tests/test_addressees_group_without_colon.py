"""A salutation that names a group of deputies or members alone, its colon not written
(``某乡委员组``, ``某镇代表组``, ``某某代表团`` on its own line under the title, then
``你们提出的…``), is the salutation: the group is the addressee, role null. So it is under
a page's title row (``名 称: …的答复``) with the heading repeating the title: the later is
the title and the group under it the salutation. Snippets invented (names made up)."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_TITLE = "某县水务局关于对县政协第九届委员会第7号提案的答复"
_OPENING = "你们提出的第7号《关于治理某河道的提案》已交由我局研究办理，现答复如下：\n"
_BODY = "一、我局高度重视，已安排专项资金。\n以上回复，不妥之处请予批评。\n"
_CLOSE = "某县水务局\n2024年6月1日\n"

GROUPS = ["某乡委员组", "某镇代表组", "某某代表团", "某乡代委员组"]
HEADS = {
    "title-alone": _TITLE + "\n",
    "title-row-and-heading": "名 称: " + _TITLE + "\n" + _TITLE + "\n",
    "title-twice": _TITLE + "\n" + _TITLE + "\n",
}


@pytest.mark.parametrize("group", GROUPS)
@pytest.mark.parametrize("head", HEADS.values(), ids=HEADS.keys())
@pytest.mark.parametrize("close", [_CLOSE, ""], ids=["signed", "unsigned"])
def test_group_alone_is_the_salutation(head: str, group: str, close: str) -> None:
    letter = parse_text(head + group + "\n" + _OPENING + _BODY + close, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == [(group, None)]
    assert letter.title == _TITLE
    assert letter.proposal is not None
    assert (letter.proposal.kind, letter.proposal.number) == ("提案", "7")


# Near misses: a person with a role (as before), a group's word inside a sentence
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("王某委员", [("王某", "委员")], id="person-and-role"),
        pytest.param("王某委员：", [("王某", "委员")], id="person-with-colon"),
    ],
)
def test_person_under_title_row(line: str, expected: list[tuple[str, str | None]]) -> None:
    head = HEADS["title-row-and-heading"]
    letter = parse_text(head + line + "\n" + _OPENING + _BODY + _CLOSE, keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == expected
    assert letter.title == _TITLE


def test_group_word_in_a_sentence_is_no_salutation() -> None:
    text = _TITLE + "\n经研究，现答复某乡委员组\n" + _OPENING + _BODY + _CLOSE
    letter = parse_text(text, keywords=False)
    assert letter.addressees == []
