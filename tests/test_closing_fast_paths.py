"""The closing block's extractors (contacts, dates, signature, cc, amounts…) and the
context's :class:`Flat` take short cuts the plain reading does not: each short cut is
switched off here and the answers compared over every gold letter and invented lines."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goldsets import all_letters, at_least
from replyparse import closing, context
from replyparse.context import Flat
from replyparse.fields import addressees, contacts, handling, signature
from replyparse.layout import segment
from replyparse.resegment import resegment
from replyparse.textview import Line, TextView

_LETTERS = [g.text() for g in all_letters()]

_CLOSINGS = [
    "某某局\n2021年9月3日\n联系人：王某\n电话：0000-5550123",
    "某某局\n2021年9月3日\n联系电\n话：13900000123\n人：李某",
    "某某局\n2021年9月3日\n联系人：王某\n13900000123\n复核人：张某",
    "请与我局联系，\n联系电话：0000-5550123。\n某某局\n2021年9月3日",
    "某某局\n2021年9月3日\n联系单位：某县交通运输局\n联系人：甲、乙\n联系电话：0000-5550123",
    "（联系人：王某，联系电话：13900000123）\n某某局\n2021年9月3日",
    "某某局\n2021年9月3日 联系人：王某 电话：0000-5550123",
    "某某局\n2021年9月3日\n主管领导  王某  联系电话  13900000123\n赵某  联系电话  13800000123",
    "某某局\n2021年9月3日\n（联 人：王某，联系 话：13900000123",
    "某某局\n2021年9月3日\n人姓名：李某    联系电话：13900000123",
]


def _views(extra: list[str]) -> Iterator[TextView]:
    for text in _LETTERS + extra:
        yield resegment(TextView(text))


def test_contacts_read_only_lines_that_may_hold_a_label(monkeypatch: pytest.MonkeyPatch) -> None:
    views = list(_views(_CLOSINGS))
    closings = []
    for view in views:
        closing = segment(view).closing
        closings.append(closing[0].start if closing else len(view.norm) + 1)

    def read() -> list[object]:
        return [
            contacts._contacts(view, view.content_lines, at)
            for view, at in zip(views, closings, strict=True)
        ]

    fast = read()
    # every line, each searched from its start (the plain reading)
    monkeypatch.setattr(
        contacts,
        "_label_lines",
        lambda view, lines, closing_from: dict.fromkeys(range(len(lines)), 0),
    )
    assert fast == read()
    assert sum(len(found) for found in fast) > at_least(40, 20)  # not vacuous


def test_flat_of_one_line_is_the_line() -> None:
    for view in _views(["联系人：王某\n\n 电话：  139 0000 0123 "]):
        for line in view.lines:
            fast, slow = Flat.line(line), Flat.of(view, (line.start, line.end))
            assert (fast.text, list(fast.at)) == (slow.text, list(slow.at))


def _stretches(view: TextView) -> Iterator[tuple[tuple[int, int], ...]]:
    lines = view.content_lines
    for k, line in enumerate(lines):
        yield ((line.start, line.end),)
        if k + 1 < len(lines):
            yield ((line.start, lines[k + 1].end),)
            yield ((line.start, line.end), (lines[k + 1].start, lines[k + 1].end))
    yield ((0, len(view.norm)),)
    yield ((0, 0),)


def test_flat_of_one_stretch_kept_whole_is_its_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    views = list(_views(["某局  （盖章）\n2021年 9月 3日\n\n联系人：王 某", "  \n \n"]))
    cases = [
        (view, parts, drop, written)
        for view in views
        for parts in _stretches(view)
        for drop in ("\n", " ", " \n", "", "。")
        for written in (False, True)
    ]

    def read() -> list[tuple[str, list[int]]]:
        out = []
        for view, parts, drop, written in cases:
            flat = Flat.of(view, *parts, drop=drop, written=written)
            out.append((flat.text, list(flat.at)))
        return out

    fast = read()
    runs_only = {drop: (kept, re.compile("")) for drop, (kept, _) in context._DROP_PATTERNS.items()}
    for drop in ("", "。"):
        runs_only[drop] = (context._drop_patterns(drop)[0], re.compile(""))
    monkeypatch.setattr(context, "_DROP_PATTERNS", runs_only)
    assert fast == read()
    assert sum(bool(text) for text, _ in fast) > 1000  # not vacuous


class _GapsEverywhere:
    """signature.SIGNER_GAP, its search finding a gap in every line (the gate let through)."""

    def __init__(self) -> None:
        self.pattern = signature.SIGNER_GAP

    def search(self, text: str) -> bool:
        return True

    def split(self, text: str) -> list[str]:
        return self.pattern.split(text)

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        return self.pattern.match(text, pos)


def test_joint_signers_gate_skips_only_lines_of_one_name(monkeypatch: pytest.MonkeyPatch) -> None:
    joint = [
        "答复\n某某县水利局    某某县财政局\n2021年9月3日",
        "某市教育局　　某市财政局（盖章）\n",
    ]
    views = list(_views(joint)) + [TextView(text) for text in joint]
    lines = [(view, line) for view in views for line in view.content_lines]
    fast = [signature._names_on(view, line) for view, line in lines]
    monkeypatch.setattr(signature, "SIGNER_GAP", _GapsEverywhere())
    assert fast == [signature._names_on(view, line) for view, line in lines]
    assert sum(len(names) > 1 for names in fast) >= 2  # not vacuous


_SALUTATIONS = [
    "尊敬的朱杰代表：",
    "郭胜利、陈爱珍委员：",
    "王  小 明代表：",
    "甲，乙；丙/丁代表",
    "民盟某市委：",
    "李明王芳代表：",
    "各位代表：",
    "　王某　李某委员：",
]


def test_addressees_split_only_where_a_cut_may_stand(monkeypatch: pytest.MonkeyPatch) -> None:
    views = list(_views(_SALUTATIONS)) + [TextView(text) for text in _SALUTATIONS]
    lines = [(view, line) for view in views for line in view.content_lines]
    fast = [addressees.find_addressees(view, line) for view, line in lines]
    monkeypatch.setattr(addressees, "_CUT", re.compile(""))
    assert fast == [addressees.find_addressees(view, line) for view, line in lines]
    assert sum(len(found) > 1 for _, _, found in fast) >= 4  # not vacuous


def test_handling_labels_looked_for_only_in_letters_that_write_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    forms = ["办理类型：B类", "办复类别\nA", "答复类型：乙类", "某局\n类别：C", "驾驶证类型C1"]
    views = list(_views(forms))
    fast = [handling._labelled(view, view.content_lines) for view in views]
    monkeypatch.setattr(handling, "_ANY_LABEL", re.compile(""))
    assert fast == [handling._labelled(view, view.content_lines) for view in views]
    assert sum(found is not None for found in fast) >= 4  # not vacuous


_CLOSING_PIECES = [
    "抄送：某县人民政府办公室，",
    "抄送：某局",
    "某局、某委",
    "抄送：",
    "某某局",
    "2021年9月3日",
    "2021年9月",
    "附件：1.某某表",
    "附：",
    "1.某某表",
    "2、某某清单",
    "某县人大代表建议办理情况征询意见表",
    "※办理措施※",
    "某县人民政府办公室2021年9月3日印发",
    "现答复如下。",
]


def _lines_of(texts: list[str]) -> list[Line]:
    out, at = [], 0
    for i, text in enumerate(texts):
        out.append(Line(i, at, at + len(text), text))
        at += len(text) + 1
    return out


def _check_after_cc(lines: list[Line]) -> None:
    """:func:`closing._continuations` reads where the last 抄送 list ends in its own pass:
    the same as :func:`closing._after_cc_list`'s search from the end."""
    assert closing._continuations(lines)[1] == closing._after_cc_list(lines)


def test_after_cc_list_read_in_the_continuations_pass() -> None:
    compared = 0
    for view in _views(_CLOSINGS):
        _check_after_cc(list(view.content_lines))
        compared += 1
    for pieces in itertools.product(_CLOSING_PIECES, repeat=3):
        _check_after_cc(_lines_of(["现答复如下。", *pieces]))
        compared += 1
    assert compared >= at_least(3_000, 3_000)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CLOSING_PIECES), max_size=8))
def test_after_cc_list_on_any_closing(pieces: list[str]) -> None:
    _check_after_cc(_lines_of(pieces))


class _Every:
    """A gate that lets every character through."""

    def __contains__(self, _: object) -> bool:
        return True


def test_form_heading_gate_reads_as_every_line(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = [list(view.content_lines) for view in _views(_CLOSINGS)]
    cases.extend(
        _lines_of(["现答复如下。", *pieces])
        for pieces in itertools.product(_CLOSING_PIECES, repeat=3)
    )
    cases.append(_lines_of(["某某局", "2021年9月3日", "某县建议办理反馈表\n", "回执"]))
    fast = [closing._continuations(lines) for lines in cases]
    assert sum(len(more) for more, _ in fast) > 1_000  # (many lists and forms read)
    monkeypatch.setattr(closing, "FORM_LAST", _Every())  # every line searched
    assert [closing._continuations(lines) for lines in cases] == fast


# Lines the gate lets through or stops, each in my words: a list, a form's heading or an
# appended heading some characters away from where the gate looks, and look-alikes.
_CONTINUED_SNIPPETS = [
    "某某局\n2021年9月3日\n  ※办理措施※\n已落实。",
    "某某局\n2021年9月3日\n某县建议办理反馈表  \n回执",
    "现答复如下。\n请报送材料。\n某某局\n2021年9月3日",
    "现答复如下。分送各单位。\n某某局\n2021年9月3日\n\n\n附件：1.某某表",
    "现答复如下，见附表\n某某局\n2021年9月3日",
    "【办理结果】\n现答复如下。\n某某局\n2021年9月3日",
    "报告如下。\n某某局\n2021年9月3日\n抄\n送：某局",
    "某某局\n2021年9月3日\n征询意见表\n",
    "现答复如下。\n附件：1.某某办法\n2.某某方案\n某某局\n2021年9月3日",
]


def test_continued_skips_the_walk_only_where_it_finds_nothing() -> None:
    views = list(_views(_CLOSINGS + _CONTINUED_SNIPPETS))
    views.extend(
        resegment(TextView("\n".join(["现答复如下。", *pieces])))
        for pieces in itertools.product(_CLOSING_PIECES, repeat=2)
    )
    skipped = 0
    for view in views:
        lines = view.content_lines
        plain = closing._continuations(lines)
        assert closing._continued(view, lines) == plain
        assert closing._continued(view, list(lines)) == plain  # other lines: the walk
        skipped += closing._CONTINUED.search(f"\n{view.norm}\n") is None
    # not vacuous: both ways taken, and the walk finds lists where the gate lets it read
    assert skipped > at_least(60, 8)
    assert len(views) - skipped > at_least(60, 8)
    assert sum(bool(closing._continued(view, view.content_lines)[0]) for view in views) > 30
