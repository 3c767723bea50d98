"""The contacts reader's shortcuts read as the plain reading does."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goldsets import all_letters, perturbed_texts
from replyparse.fields import contacts
from replyparse.layout import segment
from replyparse.resegment import resegment
from replyparse.textview import TextView
from replyparse.unwrap import unwrap

_LETTERS = [g.text() for g in all_letters()]

_INVENTED = [
    "联系人：王某\n联系电话：0000-5550123",
    "办复类别：B类\n报：市政府\n抄送：某委\n联系人及电话：甲，13900000000",
    "我局办理人员在工作中，联系单位：某局\n请与某科联系，电话：139 0000 0123。",
    "某局    联系电话：5550123  联系人：王某\n复核人：李某\n审核人：赵某",
    "联系电\n话：139-0000-0123\n人：王某\n联 人：李某",
    "（联系人及电话：张某0000-5550123）\n某县某局\n2021年9月3日 联系人：王某",
    "",
    "联系人",
]


def _closing_from(view: TextView) -> int:
    closing = segment(view).closing
    return closing[0].start if closing else len(view.norm) + 1


def _plain_label_lines(view: TextView, closing_from: int) -> dict[int, int]:
    """:func:`contacts._label_lines` as one search a line: the first word's place."""
    out: dict[int, int] = {}
    for i, line in enumerate(view.content_lines):
        if m := contacts._FIRST_WORD.search(line.text):
            out[i] = m.start()
        elif line.start >= closing_from and "：" in line.text:
            out[i] = -1
    return out


def _check(text: str) -> None:
    view = resegment(unwrap(TextView(text)))
    closing_from = _closing_from(view)
    lines = view.content_lines
    may = contacts._label_lines(view, lines, closing_from)
    assert may == _plain_label_lines(view, closing_from), text
    for row in contacts._rows(view, lines, closing_from):
        if row.labelled:
            # the whole line searched, as before the first word's place was known
            plain = dataclasses.replace(row, first=0)
            assert contacts._labels(view, row) == contacts._labels(view, plain), (text, row)


def test_labels_from_the_first_word_are_the_labels_of_the_whole_line() -> None:
    for text in _LETTERS + _INVENTED + perturbed_texts()[:600]:
        _check(text)


def test_a_wrong_first_word_is_seen() -> None:
    """The check can fail: a line searched from past its first label loses that label."""
    view = resegment(unwrap(TextView("联系人：王某")))
    row = next(contacts._rows(view, view.content_lines, len(view.norm) + 1))  # body: no headless
    assert contacts._labels(view, row)
    assert not contacts._labels(view, dataclasses.replace(row, first=-1))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="联系人电话承办单位审核：:， 王某局0123\n（", max_size=50))
def test_labels_on_any_text(text: str) -> None:
    _check(text)


_BARE_PHONES = [
    "联系人：王某\n0000-5550123",
    "联系人：甲、乙\n13900000000\n联系电话：0000-5550123\n5550124",
    "联系单位：某局\n联系人：王某\n139 0000 0123\n某县某局",
    "联系人：王某 13900000000\n0000-5550123\n联系人：李某\n联系人：赵某\n5550123",
]


def _contacts_of(text: str) -> list[object]:
    view = resegment(unwrap(TextView(text)))
    return contacts._contacts(view, view.content_lines, _closing_from(view))


def test_the_line_under_a_label_line_is_read_only_while_it_may_give_a_phone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The rows :func:`contacts._rows` leaves out (no contact above takes a bare phone)
    change nothing: the contacts are those read with every line under a label line."""
    texts = _LETTERS + _INVENTED + _BARE_PHONES + perturbed_texts()[:600]
    fast = [_contacts_of(text) for text in texts]
    skipped = 0
    takes = contacts._takes_bare_phone

    def counted(found: contacts._Assembly, index: int) -> bool:
        nonlocal skipped
        skipped += not takes(found, index)
        return True

    monkeypatch.setattr(contacts, "_takes_bare_phone", counted)
    assert [_contacts_of(text) for text in texts] == fast
    assert skipped >= 100  # not vacuous: rows left out
    monkeypatch.setattr(contacts, "_takes_bare_phone", lambda found, index: False)
    start = len(_LETTERS + _INVENTED)
    assert [_contacts_of(text) for text in _BARE_PHONES] != fast[start : start + len(_BARE_PHONES)]


def _plain_slot_kinds(kinds: tuple[contacts.Kind, ...]) -> list[contacts.Kind]:
    """:func:`contacts._slot_kinds` as the comprehension _read_value made each value."""
    return [k for k in kinds if k in ("person", "office", "leader")]


def test_the_slots_read_once_a_label_are_the_slots_read_each_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The cached slots of a label's kinds, copied for each value, read the same contacts
    as the slots made afresh for each (the loop takes the slots it fills)."""
    texts = _LETTERS + _INVENTED + perturbed_texts()[:600]
    fast = [_contacts_of(text) for text in texts]
    assert sum(1 for found in fast if found) >= 40  # not vacuous
    monkeypatch.setattr(contacts, "_slot_kinds", _plain_slot_kinds)
    assert [_contacts_of(text) for text in texts] == fast
    for kinds in [("person", "phone"), ("office", "person", "phone"), ("leader",), ("post",)]:
        assert list(contacts._slot_kinds(kinds)) == _plain_slot_kinds(kinds)
