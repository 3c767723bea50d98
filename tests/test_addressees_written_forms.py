"""Whom a letter answers, as real letters write it: a 主送 label in the salutation's
place, a note in brackets after the role word, a body glued before a person, and the
proposer a title names with the session between name and asking word. Snippets written
for these tests; names and units invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from spans import span_problems

_OPENING = "您提出的关于整治河道垃圾的建议收悉，现答复如下：\n我局已组织清理。\n"
_TITLE = "关于县十六届人大三次会议第8号建议的答复\n"

# (letter's head above the opening, salutation as recorded, [(name, role), …])
READ = {
    "sent-to-label-under-title": (
        f"{_TITLE}主送：孙某明代表\n",
        "主送：孙某明代表",
        [("孙某明", "代表")],
    ),
    "sent-to-label-above-title": (
        f"主送：孙某明代表\n{_TITLE}",
        "主送：孙某明代表",
        [("孙某明", "代表")],
    ),
    "sent-to-label-masked-member": (
        f"{_TITLE}主送：某某委员\n",
        "主送：某某委员",
        [("某某", "委员")],
    ),
    "sent-to-label-two-names": (
        f"{_TITLE}主送：张某、李某华委员\n",
        "主送：张某、李某华委员",
        [("张某", "委员"), ("李某华", "委员")],
    ),
    "sent-to-organ-label-body": (
        f"{_TITLE}主送机关：民盟某县委员会\n",
        "主送机关：民盟某县委员会",
        [("民盟某县委员会", None)],
    ),
    # a party's, a sector's or a delegation's note after the role word
    # the proposer named by the role 提案者 after the name, as 委员 would be
    "proposer-role-word": (
        f"{_TITLE}王某提案者：\n",
        "王某提案者：",
        [("王某", "提案者")],
    ),
    # the proposer's name glued before 提案人 / 建议人, a form's label's words (earlier read as
    # a leader's label: no salutation)
    "proposer-label-word-after-name": (
        f"{_TITLE}王某提案人：\n",
        "王某提案人：",
        [("王某", "提案人")],
    ),
    "suggester-label-word-after-name": (
        f"{_TITLE}李某建议人：\n",
        "李某建议人：",
        [("李某", "建议人")],
    ),
    "proposer-label-word-after-names-and-deng": (
        f"{_TITLE}王某等提案人：\n",
        "王某等提案人：",
        [("王某", "提案人")],
    ),
    "proposer-role-word-two-names": (
        f"{_TITLE}王某、李某华提案者：\n",
        "王某、李某华提案者：",
        [("王某", "提案者"), ("李某华", "提案者")],
    ),
    "party-note-after-role-half-width": (
        f"{_TITLE}张某华委员(民盟)：\n",
        "张某华委员(民盟)：",
        [("张某华", "委员")],
    ),
    "party-note-after-role": (
        f"{_TITLE}张某华委员（农工党）：\n",
        "张某华委员（农工党）：",
        [("张某华", "委员")],
    ),
    "notes-after-each-role": (
        f"{_TITLE}张某华委员（经济界）、李某委员（民进）：\n",
        "张某华委员（经济界）、李某委员（民进）：",
        [("张某华", "委员"), ("李某", "委员")],
    ),
    "delegation-note-after-deputy": (
        f"{_TITLE}张某华代表（某镇代表团）：\n",
        "张某华代表（某镇代表团）：",
        [("张某华", "代表")],
    ),
    # a body glued before the person: both are named
    "party-body-glued-before-member": (
        f"{_TITLE}民革某市委员会李某某委员：\n",
        "民革某市委员会李某某委员：",
        [("民革某市委员会", None), ("李某某", "委员")],
    ),
    "party-body-glued-two-char-name": (
        f"{_TITLE}九三学社某县委员会王明委员：\n",
        "九三学社某县委员会王明委员：",
        [("九三学社某县委员会", None), ("王明", "委员")],
    ),
}

# Near misses: what looks like one of those forms and is read otherwise
NOT_READ = {
    # a form's label of the proposer, its value after it or none, names no addressee
    "proposer-label-with-its-value": (f"{_TITLE}提案人：王某\n", None, []),
    "lead-proposer-label-empty": (f"{_TITLE}领衔提案人：\n", None, []),
    # a salutation line of its own wins over a 主送 label
    "salutation-wins-over-label": (
        f"{_TITLE}主送：\n张某华代表：\n",
        "张某华代表：",
        [("张某华", "代表")],
    ),
    # the role in brackets after the name is the role, no note
    "role-in-brackets-after-name": (
        f"{_TITLE}张某华（市人大代表）：\n",
        "张某华（市人大代表）：",
        [("张某华", "市人大代表")],
    ),
    # a seat written between name and role is neither name nor role, nor a body (fix7071)
    "seat-between-name-and-role": (
        f"{_TITLE}王某政协某县委员：\n",
        "王某政协某县委员：",
        [("王某", "委员")],
    ),
    # two names a blank parts, the seat after the second: two people still
    "seat-after-second-name": (
        f"{_TITLE}赵某 钱某某政协某县委员：\n",
        "赵某 钱某某政协某县委员：",
        [("赵某", "委员"), ("钱某某", "委员")],
    ),
    # a body alone stays one body
    "body-alone": (
        f"{_TITLE}民盟某县委员会：\n",
        "民盟某县委员会：",
        [("民盟某县委员会", None)],
    ),
    # names run together with no body among them stay people, parted as before
    "names-run-together-no-body": (
        f"{_TITLE}李明王芳张华委员：\n",
        "李明王芳张华委员：",
        [("李明", "委员"), ("王芳", "委员"), ("张华", "委员")],
    ),
    # the role in brackets after a name ending in a role word's last character
    "role-in-brackets-after-name-ending-sheng": (
        f"{_TITLE}李某生（市人大代表）：\n",
        "李某生（市人大代表）：",
        [("李某生", "市人大代表")],
    ),
    # a four-character name is no body and a person
    "long-name-no-body": (
        f"{_TITLE}欧阳明华委员：\n",
        "欧阳明华委员：",
        [("欧阳明华", "委员")],
    ),
}

_NO_SALUTATION = "\n    您提出的建议收悉，现答复如下：\n    一、基本情况\n"

# a letter with no salutation: the proposer its title names, the session between
FROM_TITLE = [
    pytest.param("关于对王某代表在县十六届人大三次会议上提出的第88号建议的答复", [("王某", "代表")], id="session-after-name-上"),
    pytest.param("关于对王某明代表在县十六届人大三次会议期间提出的关于整治河道垃圾的建议的答复", [("王某明", "代表")], id="session-after-name-期间"),
    pytest.param("对李某委员在县政协九届二次会议上所提第15号提案的答复", [("李某", "委员")], id="session-after-name-所提"),
    pytest.param("关于对王某、李某华代表在县十六届人大三次会议上提出的第8号建议的答复", [("王某", "代表"), ("李某华", "代表")], id="session-after-two-names"),
]  # fmt: skip

NOT_FROM_TITLE = [
    pytest.param("关于对全体代表在县十六届人大三次会议上提出的建议的答复", id="collective-then-session"),
    pytest.param("关于对王某代表在会上提出的建议的答复", id="no-session-between"),
    pytest.param("关于王某在县十六届人大三次会议上提出的建议的答复", id="no-role-word"),
]  # fmt: skip


def _read(text: str) -> tuple[str | None, list[tuple[str, str | None]]]:
    letter = parse_text(text, keywords=False)
    assert letter.text is not None
    for a in letter.addressees:  # every span holds its name
        assert a.span is not None
        assert letter.text[a.span[0] : a.span[1]] == a.name
    return letter.salutation, [(a.name, a.role) for a in letter.addressees]


@pytest.mark.parametrize(("head", "salutation", "expected"), READ.values(), ids=READ.keys())
def test_form_is_read(head: str, salutation: str, expected: list[tuple[str, str | None]]) -> None:
    assert _read(head + _OPENING) == (salutation, expected)


@pytest.mark.parametrize(("head", "salutation", "expected"), NOT_READ.values(), ids=NOT_READ.keys())
def test_near_miss_is_read_otherwise(
    head: str, salutation: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _read(head + _OPENING) == (salutation, expected)


@pytest.mark.parametrize(("title", "expected"), FROM_TITLE)
def test_proposer_from_title(title: str, expected: list[tuple[str, str | None]]) -> None:
    assert _read(title + _NO_SALUTATION) == (None, expected)


@pytest.mark.parametrize("title", NOT_FROM_TITLE)
def test_title_names_nobody(title: str) -> None:
    assert _read(title + _NO_SALUTATION) == (None, [])


@pytest.mark.parametrize(
    ("salutation", "expected"),
    [
        pytest.param("王 小 明政协某县委员：", [("王小明", "委员")], id="padded-three"),
        pytest.param("王  明人大某区代表：", [("王明", "代表")], id="padded-two"),
        pytest.param("王 小明政协某县委员：", [("王小明", "委员")], id="surname-apart"),
    ],
)
def test_a_padded_name_before_its_seat_is_one_person(
    salutation: str, expected: list[tuple[str, str | None]]
) -> None:
    """A name padded with blanks, the seat glued to its last piece (flat55): one person, as
    the name padded before a bare role is (the span runs over the blanks, as there)."""
    letter = parse_text(f"{_TITLE}{salutation}\n{_OPENING}", keywords=False)
    assert [(a.name, a.role) for a in letter.addressees] == expected
    assert span_problems(letter) == []
