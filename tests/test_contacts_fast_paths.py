"""The contacts reader's shortcuts read as the plain reading does."""

from __future__ import annotations

import dataclasses
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goldsets import all_letters, at_least, perturbed_texts
from plainpieces import plain_word_pieces
from replyparse import closing, orgnames, vocab
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
    "某县某局\n2021年9月3日\n（人：李某\n系人姓名：王某\n复核人：赵某\n带班领导：钱某\n抄送：某委",
    "某县某局\n2021年9月3日\n联 人：孙某\n联系 话：0000-5550123\n办复类别：B类",
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


class _NoOpening:
    """:data:`contacts._LABEL` that never reads a label at a line's start by ``match``: with
    it :func:`contacts._labels` asks each damaged label, as before it read that label."""

    def match(self, text: str) -> None:
        return None

    def __getattr__(self, name: str) -> object:
        return getattr(_LABEL, name)


_LABEL = contacts._LABEL


def _plain_labels(view: TextView, row: contacts._Row) -> list[contacts._Label]:
    """:func:`contacts._labels` over the whole line, every damaged label asked."""
    # the whole line searched, as before the first word's place was known
    plain = dataclasses.replace(row, first=0)
    with mock.patch.object(contacts, "_LABEL", _NoOpening()):
        return contacts._labels(view, plain)


def _check(text: str) -> None:
    view = resegment(unwrap(TextView(text)))
    closing_from = _closing_from(view)
    lines = view.content_lines
    may = contacts._label_lines(view, lines, closing_from)
    plain = _plain_label_lines(view, closing_from)
    # the closing's lines left out by the character before their first colon hold no
    # label: the plain reading asks each damaged label of them
    assert may == {i: at for i, at in plain.items() if i in may}, text
    for i in plain.keys() - may.keys():
        line = lines[i]
        row = contacts._Row(i, contacts.Flat.line(line), line.end, True, first=-1)
        assert _plain_labels(view, row) == [], (text, line)
    for row in contacts._rows(view, lines, closing_from):
        if row.labelled:
            assert contacts._labels(view, row) == _plain_labels(view, row), (text, row)


def test_labels_from_the_first_word_are_the_labels_of_the_whole_line() -> None:
    for text in _LETTERS + _INVENTED + perturbed_texts()[:600]:
        _check(text)


def test_a_wrong_first_word_is_seen() -> None:
    """The check can fail: a line searched from past its first label loses that label."""
    view = resegment(unwrap(TextView("联系人：王某")))
    row = next(contacts._rows(view, view.content_lines, len(view.norm) + 1))  # body: no headless
    assert contacts._labels(view, row)
    assert not contacts._labels(view, dataclasses.replace(row, first=-1))


def test_no_damaged_label_is_a_label_before_its_colon() -> None:
    """What lets a line that opens with a label and its colon skip the damaged labels: no
    headless or lost label (with its 姓名 slot) is a label of _LABEL before the colon."""
    damaged = [
        m.group("label")
        for text in sorted(_damaged_spellings())
        if (m := contacts._LABEL.match(text + "：某")) is not None
    ]
    assert sorted(damaged) == ["手机", "电话"]  # 手机码, 电话码: no colon after them
    for text in _damaged_spellings():
        m = contacts._LABEL.match(text + "：某")
        assert m is None or m.group("colon") is None, text


def _damaged_spellings() -> set[str]:
    """Every label :data:`contacts._HEADLESS` and :func:`closing.lost_label` read, before
    its colon: the words' tails, the squeezed words, the 姓名 slots that lost their head
    (each set checked to be the one its pattern is written from)."""
    tails = {
        w[cut:]
        for w, (k, _) in contacts._WORDS.items()
        if k in ("person", "phone") and len(w) >= 3
        for cut in range(1, len(w))
        if len(w) - cut >= 2 or w.endswith("人")
    } - set(contacts._PART_WORDS)
    assert f"(?P<label>{vocab.longest_first(sorted(tails))})" in contacts._HEADLESS.pattern
    squeezed = set(closing.SQUEEZED)
    assert f"(?P<label>{vocab.longest_first(closing.SQUEEZED)})" in (closing._GAPPED_LABEL.pattern)
    words = closing._CONTACT_WORDS
    heads = {w[k:] for w in words if w.endswith("人") for k in range(1, len(w))} - set(words)
    assert f"(?P<label>{vocab.longest_first(sorted(heads))})姓名" in (
        closing._NAME_SLOT_LOST.pattern
    )
    return tails | squeezed | {head + "姓名" for head in heads}


def test_a_lost_label_the_fast_path_must_not_skip() -> None:
    """The check can fail: 电话码 (电话号码 that lost 号 where the page left a blank) is read
    as a lost label though _LABEL reads 电话 at the line's start, colon aside."""
    text = "电话 码：0000-5550123\n联系人：王某"
    view = resegment(unwrap(TextView(text)))
    row = next(contacts._rows(view, view.content_lines, 0))  # all of it the closing block
    assert row.closing
    assert row.first == 0
    labels = contacts._labels(view, row)
    assert labels == _plain_labels(view, row)
    assert labels[0].end == 4  # the lost label's colon, not 电话 alone
    assert contacts.find_contacts(view, view.content_lines)[0].phone == "0000-5550123"


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


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


def test_the_gates_of_phones_wraps_and_stops_read_as_without_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A plain phone given back as written, a line's last character read before the wrap
    look-up, and the stop search skipped on lines without its words: the same contacts."""
    texts = [
        *_LETTERS,
        *_INVENTED,
        *_BARE_PHONES,
        "联系电\n话：0000--555０123-",
        "联系电话：0000--5550123",
        "联系人：某某某2023年5月6日",
        "联系人：某某某附件：某表",
        "联系人：某某某印发某局",
        "联系人：某某某抄送：某局",
        "联系人：某某某抄报某局",
        "联系人：某某某主送：某局",
    ]
    fast = [_contacts_of(text) for text in texts]
    assert contacts._phone_text("0000-5550123") == "0000-5550123"
    assert contacts._phone_text("０000-555O123") == "0000-5550123"
    monkeypatch.setattr(contacts, "_plain_phone", lambda written: False)
    monkeypatch.setattr(contacts, "_WRAP_LAST", _Everything())
    monkeypatch.setattr(contacts, "_may_stop", lambda text: True)
    assert [_contacts_of(text) for text in texts] == fast
    for text in [*texts, "抄送：某局", "2021年9月", "附件：某", "某某印发", "一九九九年"]:
        for line in text.splitlines():
            if contacts._STOP.search(line):
                assert contacts._may_stop(line), line


_WORD_STRETCHES = [
    "联系人：王某",
    "联系人：王  明 0000-5550123",
    "联系人：王 小 明、李某（办公室）",
    "联系人：某局　王某，13900000000（手机号码）",
    "联系单位：某局（某办）   联系人：赵某某",
    "承办人：（王某）",
    "联系人：王某)",
    "联系人：  王某  ",
]


def test_a_plain_run_of_words_is_cut_as_every_stretch_is() -> None:
    """A stretch with no boundary and no gap, read as one run straight away, and the
    stretches with them, read by one search a boundary: the pieces of every stretch of
    each line (the gold letters' lines and snippets with gaps and brackets)."""
    plain = 0
    for text in _LETTERS + _INVENTED + _WORD_STRETCHES + perturbed_texts()[:60]:
        view = resegment(unwrap(TextView(text)))
        for row in contacts._rows(view, view.content_lines, 0):
            flat = row.flat
            n = len(flat.text)
            for start in range(0, n + 1, 1 if n <= 30 else 4):
                for end in range(start, min(n, start + 30) + 1):
                    fast = contacts._word_pieces(view, flat, start, end)
                    assert fast == plain_word_pieces(view, flat, start, end), (text, start, end)
                    plain += len(fast) == 1 and fast[0] == (("words", start, end, False))
    assert plain >= 1000  # not vacuous: plain runs read the short way


def test_the_led_words_are_read_back_from_their_tails() -> None:
    """Each word the label lines' scan leaves out ends in a first word it scans for, and
    no first word starts inside its head: where the whole word starts, its tail is the
    scan's first match after it."""
    for word, tail in contacts._LED.items():
        assert word in contacts._WORDS and tail in contacts._WORDS
        assert word.endswith(tail) and word in contacts._HEADS[tail[0]]
        head = word[: len(word) - len(tail)]
        assert not any(w.startswith(tuple(head[1:])) for w in contacts._WORDS), word
        assert contacts._FIRST_SCAN.fullmatch(word) is None


_LED_TEXTS = [
    "人大督办领导：王某\n政府督办领导：李某",
    "市人大督办领导：王某  联系电话：13900000000",
    "通讯地址：某路1号\n地址：某路2号",
    "人大\n督办领导：王某",
    "人大督办领导：甲 政府督办领导：乙\n通讯地址 通讯地址：某路",
    "督办领导：王某（人大督办领导）",
]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="人大政府督办领导通讯地址联系电话：， 王0\n", max_size=40))
def test_label_lines_with_led_words(text: str) -> None:
    _check(text)


def test_label_lines_with_led_words_written() -> None:
    for text in _LED_TEXTS:
        _check(text)


def _plain_office_before_person(words: str) -> int:
    """:func:`contacts._office_before_person` with every run of words searched."""
    best = 0
    for m in orgnames.ORG_INSIDE.finditer(words):
        if contacts._in_post(words, m.end()):
            continue
        rest = contacts._name_after(words, m.end())
        if (
            (m.end() >= 3 or contacts._short_office(words[: m.end()]))
            and contacts._is_name(rest)
            and len(rest) <= 4
            and not orgnames.ORG_END.search(rest)
        ):
            best = m.end()
    return best


def test_short_words_hold_no_office_before_a_person() -> None:
    """Words too short for an office and a name, not searched, hold none: the same cut
    as the search gives on the gold letters' stretches and a few snippets."""
    found = 0
    snippets = [
        "电力股杨某",
        "某某局王某",
        "某局王某",
        "交通局李某某",
        "某科王**",
        "某股王·某",
        "王某",
    ]
    for text in _LETTERS + snippets:
        for start in range(len(text)):
            for size in range(1, 8):
                words = text[start : start + size]
                cut = contacts._office_before_person(words)
                assert cut == _plain_office_before_person(words), words
                found += cut > 0 and len(words) == contacts._OFFICE_AND_NAME
    assert found >= 1  # not vacuous: the shortest words that hold one


def _plain_pieces(
    view: TextView, flat: contacts.Flat, start: int, end: int
) -> list[contacts._Piece]:
    """:func:`contacts._pieces` with the phones searched in every stretch."""
    out: list[contacts._Piece] = []
    pos = start
    text = contacts._letters_as_digits(flat.text)
    for p in contacts._PHONE.finditer(text, start, end):
        out.extend(contacts._word_pieces(view, flat, pos, p.start()))
        out.append(contacts._Piece("phone", p.start(), p.end()))
        pos = p.end()
    out.extend(contacts._word_pieces(view, flat, pos, end))
    return out


_PHONE_STRETCHES = [
    "联系电话：9999999",
    "联系电话：8888888",
    "联系电话：0000000",
    "联系电话：0000-5550123、13900000000",
    "联系电话：０000-555O123",
    "联系电话：（0000）5550123转801",
    "联系电话：139****0123 王某",
    "联系电话：０l０ 王某",
    "联系电话：400-000-0000",
    "联系人：王某，电话：5550l23",
]


def test_a_stretch_without_a_digit_is_words_alone() -> None:
    """A stretch holding no ASCII digit (its letters read as digits) cut into runs of
    words straight away: the pieces the phones' search gives, on every stretch of the
    gold letters' label lines and of phones of each shape."""
    phones = 0
    for text in _LETTERS + _INVENTED + _PHONE_STRETCHES:
        view = resegment(unwrap(TextView(text)))
        for row in contacts._rows(view, view.content_lines, 0):
            flat = row.flat
            for start in range(len(flat.text) + 1):
                for end in (start, start + 1, start + 12, len(flat.text)):
                    end = min(end, len(flat.text))
                    fast = contacts._pieces(view, flat, start, end)
                    assert fast == _plain_pieces(view, flat, start, end), (text, start, end)
                    phones += any(p.kind == "phone" for p in fast)
    assert phones >= 500  # not vacuous: stretches holding phones


def test_a_run_of_words_holds_no_blank() -> None:
    """:func:`contacts._read_value` reads a run of words as the flat holds it: no blank to
    take out of any run of any stretch of the gold letters' lines and of snippets with
    blanks, gaps and brackets (the pieces of the values it reads)."""
    blanks = 0
    for text in _LETTERS + _INVENTED + _WORD_STRETCHES + _PHONE_STRETCHES:
        view = resegment(unwrap(TextView(text)))
        # every line (the rows leave out a closing line whose first colon ends no label)
        # and the rows, joined ones too
        lines = view.content_lines
        rows = [row.flat for row in contacts._rows(view, lines, 0)]
        for flat in {*map(contacts.Flat.line, lines), *rows}:
            n = len(flat.text)
            for start in range(0, n + 1, 1 if n <= 30 else 3):
                end = min(n, start + 30)
                for piece in contacts._pieces(view, flat, start, end):
                    if piece.kind == "words":
                        words = flat.text[piece.start : piece.end]
                        assert words == "".join(words.split()), (text, piece)
                blanks += flat.text[start:end] != "".join(flat.text[start:end].split())
    assert blanks >= at_least(30, 10)  # not vacuous: stretches holding blanks
