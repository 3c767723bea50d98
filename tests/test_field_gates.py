"""The extractors' cheap gates and bounded searches read the same as the plain scans they
skip: each is switched off here (by patching its bound or set to one that lets everything
through) and the answers compared over every gold letter and invented lines."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goldsets import all_letters, at_least
from replyparse.context import Context
from replyparse.fields import cc, handling, numerals, publicity, references, sections, signature
from replyparse.fields.dates import day_dates
from replyparse.layout import segment
from replyparse.model import Letter
from replyparse.parser import REGISTRY
from replyparse.resegment import resegment
from replyparse.textview import Line, TextView

_LETTERS = [g.text() for g in all_letters()]


class _Everything:
    """A set that holds every character: a gate that lets each line through."""

    def __contains__(self, item: object) -> bool:
        return True


def _views(extra: list[str]) -> Iterator[TextView]:
    for text in _LETTERS + extra:
        yield resegment(TextView(text))


_MARK_LINES = [
    "某交复函〔2017〕19号　B类",
    "B类",
    "B",
    "（A类）",
    "【B】",
    "A类（已解决或采纳）",
    "A类（已解决或采纳",
    "A类（已解决或采纳，已解决或采纳，已解决或采纳）",  # the longest explanation
    "水质II类",
    "办理结果：乙类\\B类",
    "某某局　　　　　　　　　　　　　　　　　　　　　　　　　　　C类）",
]


def test_mark_gate_and_reach_find_what_the_whole_line_search_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    views = list(_views(_MARK_LINES))
    lines = [(view, line) for view in views for line in view.content_lines]
    fast = [handling._mark(view, line) for view, line in lines]
    monkeypatch.setattr(handling, "_MARK_REACH", 10**9)
    monkeypatch.setattr(handling, "_MARK_ENDS", _Everything())
    assert fast == [handling._mark(view, line) for view, line in lines]
    assert any(fast)  # not vacuous


# -- the signature's date: read on the letter's view, or on a view of the line alone -------

_DATE_LINE = st.one_of(
    st.text(alphabet=st.sampled_from(sorted(signature._DATE_LINE_CHARS)), max_size=16),
    st.lists(
        st.sampled_from(
            ["2021", "1999", "二〇二一", "二OO七", "年", "月", "日", "号", "9", "12", "31"]
        ),
        max_size=8,
    ).map("".join),
)


def _both_readings(view: TextView, line: Line) -> tuple[object, object]:
    return day_dates(view, line.start, line.end), signature._day_dates_alone(line)


def test_date_lines_read_the_same_on_the_letters_view() -> None:
    compared = 0
    for view in _views(["某某局\n2021年9月3日", "二〇二一年九月三日\n", "2019月6月11日"]):
        for line in view.content_lines:
            if signature._DATE_LINE_CHARS.issuperset(line.text):
                fast, alone = _both_readings(view, line)
                assert fast == alone, line.text
                compared += bool(fast)
    assert compared > at_least(40, 15)  # not vacuous


@settings(max_examples=500, deadline=None)
@given(_DATE_LINE, st.sampled_from(["", "某某局\n", "1.\n", "联系电话：13900000123\n"]))
def test_any_date_line_reads_the_same_on_the_letters_view(text: str, before: str) -> None:
    view = TextView(before + text + "\n（此件公开发布）")
    assert TextView(text).norm == text  # the line alone is its own view
    line = next(line for line in view.lines if line.start == len(before))
    assert line.text == text
    fast, alone = _both_readings(view, line)
    assert fast == alone


def test_every_short_date_line_is_its_own_view() -> None:
    chars = sorted(signature._DATE_LINE_CHARS)
    for n in (1, 2, 3):
        for text in map("".join, itertools.product(chars, repeat=n)):
            assert TextView(text).norm == text


# -- sections: a line that opens with no marker's first character ---------------------------


class _EveryMarker:
    """Every line marker for a line opening with any character: tried one by one."""

    def get(self, char: str) -> object:
        return sections._LINE_MARKERS


def test_openers_gate_skips_no_line_candidate(monkeypatch: pytest.MonkeyPatch) -> None:
    views = list(_views(["一、加强管理\n（一）1.2021年\n①　⑴ ⒈ 第一，其一，"]))
    places = [(view, pos) for view in views for pos in range(len(view.norm) + 1)]
    fast = [
        sections._line_candidate(view, pos, len(view.norm), counts=True) for view, pos in places
    ]
    monkeypatch.setattr(sections, "_LINE_MARKERS_AT", _EveryMarker())
    slow = [
        sections._line_candidate(view, pos, len(view.norm), counts=True) for view, pos in places
    ]
    assert fast == slow
    assert sum(c is not None for c in fast) > 100  # not vacuous


# -- whole-letter gates: cc and publicity ------------------------------------------------


def _contexts(extra: list[str]) -> list[Context]:
    """Each letter read up to its extractors, every extractor's items added."""
    out = []
    for text in _LETTERS + extra:
        view = resegment(TextView(text))
        ctx = Context(view=view, layout=segment(view), letter=Letter(source=None, text=text))
        for extractor in REGISTRY:
            for item in extractor.run(ctx):
                ctx.add(item)
        out.append(ctx)
    return out


def test_every_publicity_word_says_what_the_gate_looks_for() -> None:
    assert all(publicity._SAYS in e.spelling for e in publicity._LABELS.entries)
    assert all(publicity._SAYS in e.spelling for e in publicity._MARKS)


def test_letters_without_a_label_have_no_cc_or_publicity(monkeypatch: pytest.MonkeyPatch) -> None:
    contexts = _contexts(["某某局\n抄送：县政府办，县人大。", "（此件公开发布）", "报送：甲委"])
    fast = [(cc.extract(ctx), publicity.extract(ctx)) for ctx in contexts]
    monkeypatch.setattr(publicity, "_SAYS", "")
    assert fast == [(cc.extract(ctx), publicity.extract(ctx)) for ctx in contexts]
    assert sum(bool(a) for a, _ in fast) > 10 and sum(bool(b) for _, b in fast) > 10


# -- references: a line a 发文字号 is cut after ----------------------------------------------


def test_cut_number_gate_finds_what_the_search_finds() -> None:
    texts = [
        "某政复〔2020〕",
        "某政复〔2020〕第",
        "某政复〔2020〕12",
        "［2021］",
        "（2019",
        "〔2018〕9\n号",
    ]
    lines = [line for view in _views(texts) for line in view.content_lines]
    for line in lines:
        last = line.text[-1:]
        gate = last.isdigit() or last in references._CUT_NUMBER_ENDS
        assert gate or not references._CUT_NUMBER.search(line.text), line.text
    assert sum(bool(references._CUT_NUMBER.search(line.text)) for line in lines) >= 5


@pytest.mark.parametrize("text", ["0", "7", "2021", "0012", "9" * 40, "1" * 41])
def test_ascii_digits_read_as_digits_one_by_one(text: str) -> None:
    expected = 0
    for ch in text:
        expected = expected * 10 + "0123456789".index(ch)
    assert numerals.chinese_to_int(text) == (expected if len(text) <= 40 else None)
