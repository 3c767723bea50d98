"""The shortcuts the layout's helpers take for speed answer as the plain readings do.

Each fast path (a bounded search, a gate before a pattern, an answer kept on the view) is
checked here against the reading it replaces, written out plainly, over every line of the
sample, seed and corpus letters (their lines, and each line's parts between gaps) and of
some invented ones. A difference fails the test: the shortcut is then no longer exact.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Iterator

import pytest

from archivegen import invented_letter
from goldsets import SETS, letters
from replyparse import closing, flatforms, vocab
from replyparse.elements import gap_parts
from replyparse.labels import (
    ALL,
    OPENERS,
    LabelAt,
    LabelSet,
    _own_words,
    labels_on,
    opening_label,
)
from replyparse.labels import person_label as _person_label
from replyparse.resegment import resegment
from replyparse.textview import Line, TextView

Lines = list[tuple[TextView, Line]]

_SNIPPETS = [
    "办理类型：A类\n签发人王某\n（联系人：李某）\n单位负责人：赵某\n分管领导签发：赵某",
    "某单位主要负责同志签发人：王某\n联系单位电话：某局0000-5550123\n尊敬的负责人：",
    "承办责任人：王某  复核人：李某\n带班领导：赵某\n张某等人：\n电话沟通了情况",
    "类  别：C  类\n某交复〔2021〕7号类别：B\n某字〔2021〕3号同意公开是否公开：是",
    "某某某某某某某某某某联系人：王某\n（某某某某联系人：王某）\n联系 电话  0000-1234567 |",
    "（主管单位负责人：王某）\n（主管单位负责人王某）\n主管单位负责人：王某",
    "〔[［【〖﹝「『联系人：王某\n“\"‘'<《签发人：王某\n〔[［【〖﹝「『“\"‘'<《办理类型\n"
    "〔[［【〖﹝「『“\"‘'<《联系人：王某",
]

_SETS = [
    ALL,
    LabelSet(vocab.labels_of(*vocab.CONTACT_FIELDS)),
    LabelSet(tuple(e for e in vocab.labels() if e.in_zone("closing"))),
    LabelSet(vocab.labels_of("handling_type")),
]


def _texts() -> Iterator[str]:
    for gold_set in SETS:
        for letter in letters(gold_set):
            yield letter.text()
    rng = random.Random(9)
    for _ in range(30):
        yield invented_letter(rng)
    yield from _SNIPPETS


def _views() -> list[TextView]:
    views = []
    for text in _texts():
        view = TextView(text)
        views.append(view)
        views.append(resegment(view))
    return views


@pytest.fixture(scope="module")
def lines() -> Lines:
    """Every content line of every view, and each part of a line between gaps."""
    out = []
    for view in _views():
        for line in view.content_lines:
            out.append((view, line))
            parts = gap_parts(view, line)
            if len(parts) > 1:
                out.extend((view, part) for part in parts)
    return out


def _plain_opening_label(view: TextView, line: Line, labels: LabelSet) -> LabelAt | None:
    """The label opening ``line`` read from every label standing on it."""
    for found in labels_on(view, line, labels):
        lead = line.text[: found.start - line.start]
        if lead == "" or lead in OPENERS:
            return found
        if found.entry.needs == "suffix" and found.colon and _own_words(lead):
            return found
        break
    return _person_label(line) if labels.people else None


def test_opening_label_reads_as_every_label_on_the_line(lines: Lines) -> None:
    for labels in _SETS:
        for view, line in lines:
            assert opening_label(view, line, labels) == _plain_opening_label(view, line, labels), (
                line
            )


def test_gap_parts_of_a_line_without_gaps_is_the_line(lines: Lines) -> None:
    for view, line in lines:
        cuts = [p - line.start for p in view.gaps_in(line.start, line.start + len(line.text))]
        bounds = [0, *cuts, len(line.text)]
        plain = [
            Line(line.index, line.start + a, line.start + b, line.text[a:b])
            for a, b in itertools.pairwise(bounds)
        ]
        assert gap_parts(view, line) == plain


_ENDS = ["", " ", "|", "｜", " | |||", "\u3000", "\n", "[1]", "[2][3]", "[1-2]", "[1]\n", "]"]


def _edged(lines: Lines) -> Iterator[str]:
    """Each line's text as it is, and with separators, blanks and marks at its ends."""
    for _, line in lines:
        yield line.text
        for end in _ENDS:
            yield line.text + end
            yield end + line.text


def test_table_bars_and_footnotes_gates(lines: Lines) -> None:
    for text in _edged(lines):
        assert closing._without_table_bars(text) == closing._TABLE_BARS.sub("", text), text
        m = closing._FOOTNOTE.search(text)
        assert closing.footnote_start(text) == (m.start() if m else len(text)), text


def test_cell_gate(lines: Lines) -> None:
    for text in _edged(lines):
        line = Line(0, 10, 10 + len(text), text)
        m = flatforms._SEPARATORS.search(text)
        plain = line if m is None else Line(0, 10, 10 + m.start(), text[: m.start()])
        assert flatforms._cell(line) == plain, text


_MORE = (
    "2021年9月3日",
    "二〇二一年九月三日",
    "2021年9月3号",
    "某〔2021〕3号",
    "某某县人民政府",
    "某某县人民政府（盖章）",
    "某某局（某某办公室）",
    "2024年6月26日印发",
    "话：",
    "抄送：",
    "附件：",
    "\n",
)


def _dated_texts(lines: Lines) -> Iterator[str]:
    """Each line's text, and with dates, 发文字号 and authorities around it."""
    yield from _edged(lines)
    for _, line in lines:
        text = line.text
        for more in _MORE:
            yield text + more
            yield more + text


def test_date_and_number_gates(lines: Lines) -> None:
    from replyparse import elements

    shapes = re.compile(
        rf"^(?:\d{{6}}|(?:{elements._SECRECY}).{{0,8}}|.{{0,16}}{elements.DOC_NUMBER}.{{0,16}})$"
    )
    for text in _dated_texts(lines):
        fast = bool(elements._SHAPES.match(text)) or (
            "号" in text and elements._DOC_NUMBER_SHAPE.match(text) is not None
        )
        assert fast == bool(shapes.match(text)), text
        assert closing._dated(text) == bool(closing._DATED.match(text)), text
        if "号" not in text:
            assert closing._NUMBER_AND_AUTHORITY.match(text) is None, text


def test_salutation_limit_of_a_short_letter() -> None:
    from replyparse import layout
    from replyparse.elements import is_element, is_label_line
    from replyparse.flatforms import form_lines

    for view in _views():
        lines = view.content_lines
        form = form_lines(view, lines)
        for head in range(len(lines) + 1):
            seen, plain = 0, len(lines)
            for i in range(head, len(lines)):
                if not (i in form or is_label_line(view, lines[i]) or is_element(view, lines[i])):
                    seen += 1
                    if seen > layout._SALUTATION_WITHIN:
                        plain = i
                        break
            assert layout._salutation_limit(view, lines, head, form) == plain


def test_closing_kind_gates(lines: Lines) -> None:
    gated = [
        (lambda t: closing._ends_with(t, closing._AUTHORITY_ENDS), closing.AUTHORITY_LINE),
        (lambda t: closing._ends_with(t, closing._DATE_ENDS), closing.AUTHORITY_DATE_LINE),
        (lambda t: "印发" in t, closing._PRINTED),
        (lambda t: "：" in t, closing._WRAPPED_LABEL),
        (lambda t: t.startswith(closing._LIST_HEADS), closing.CC_LINE),
        (lambda t: t.startswith(closing._LIST_HEADS), closing._ATTACHMENT),
    ]
    for text in _dated_texts(lines):
        for gate, pattern in gated:
            if not gate(text):
                assert pattern.match(text) is None, (pattern.pattern[:40], text)


def test_bare_label_length_gate(lines: Lines) -> None:
    for view, line in lines:
        for colon in (True, False):
            found = opening_label(view, line)
            plain = found is not None and found.value >= line.end and (colon or not found.colon)
            assert flatforms.bare_label(view, line, colon=colon) == plain, line


def test_person_label_colon_gate(lines: Lines) -> None:
    from replyparse import labels

    texts = [
        *_dated_texts(lines),
        "（某某某某领导：王某",
        "某某某某领导：",
        "（某某某人：",
        "（某某某某某领导：",
    ]
    for text in texts:
        m = labels._PERSON_LABEL.match(text)
        plain = (
            None
            if m is None or m.group("label").startswith(labels._OPENERS_OF_SALUTATION)
            else m.span("label")
        )
        assert labels.person_label_span(text) == plain, text
