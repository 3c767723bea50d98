"""是否公开 / 公开属性: whether the reply's full text is published.

True for 是, 公开, 主动公开, 同意公开, 此件公开发布; false for 否, 不公开, 不予公开,
依申请公开; None when the letter says nothing. Read, first found wins, from:

1. a label standing as a label (:mod:`replyparse.labels`) and its value, in brackets or
   not: ``公开方式：主动公开``, ``是否公开：否``, ``是否同意公开：（是）``, or ``是否公开``
   alone on its line over ``是`` (a form flattened into lines);
2. a note: a head and a value (``此件公开发布``, ``(本答复可公开)``, ``(此回复件公开)``),
   or a 注/附注 label and a value, quoted or not (``注：“主动公开”。``), standing where a
   note stands (a line's start, a bracket, a gap) and ending there;
3. a value standing alone outside the body (``同意公开`` on a header line, ``(依申请公开)``
   in the closing, ``不予公开（涉及个人信息）``, a note the layout cut off the title).

Labels, values standing alone (marks) and note heads are rows of ``data/labels.tsv`` (field
``public``); the values after a label are ``data/public_values.txt``.
"""

from __future__ import annotations

import re

from replyparse import vocab
from replyparse.closing import signer_note_span
from replyparse.context import Context, Found, Item, Range
from replyparse.elements import (
    MARKS_LINE_LONGEST,
    NOTE_LINK,
    NOTE_NEGATION,
    after_doc_number,
    holds_separator,
    mark_parts,
    trailing_marks,
)
from replyparse.fields.cc import PUBLIC_LABEL_GLUED
from replyparse.fields.linescan import lines_at
from replyparse.labels import (
    ALL,
    OPENERS,
    LabelSet,
    gap_before,
    labelled_value,
    labels_on,
    starts_token,
)
from replyparse.model import Letter
from replyparse.textview import CELL_BARS, Line, TextView

_ENTRIES = vocab.labels_of("public")
_LABELS = LabelSet(_ENTRIES)
_NOTE_LABELS = LabelSet(vocab.labels_of("note"))
_CONTACT_LABELS = LabelSet(vocab.labels_of(*vocab.CONTACT_FIELDS))
_MARKS = tuple(e for e in _ENTRIES if e.needs == "alone")
_MARK_VALUE = {e.spelling: e.value == "true" for e in _MARKS}
_HEADS = vocab.spellings(tuple(e for e in _ENTRIES if e.needs == "note"))
_HEAD = re.compile(_HEADS)
# Longest value first, so 依申请公开 wins over 公开 and 不予公开 over 公开.
_VALUE = re.compile(rf"(?P<value>{vocab.key_alternation('public_values')})")
_OPEN = re.escape(OPENERS)
_CLOSE = r"）)〕\]］】〗﹞」』”’\""
_CLOSERS = frozenset('）)〕]］】〗﹞」』”’"')
# The note itself: its head (此件…) and a mark (公开发布), a few words allowed between them
# (此件属主动公开, 此件可在网上公开: NOTE_LINK), or a mark alone. Words that negate it
# (此件不在网上公开: NOTE_NEGATION, group ``neg``) make it say no.
_NOTE = re.compile(
    rf"(?P<value>(?:(?:{_HEADS})(?:(?P<neg>{NOTE_NEGATION})|{NOTE_LINK}))?"
    rf"(?P<mark>{vocab.spellings(_MARKS)}))"
)
# What may end a note: a closing bracket or quote, a full stop, an explanation in brackets.
_NOTE_END = re.compile(rf"[{_CLOSE}]*(?:[（(][^（）()]{{1,20}}[）)])?[。．.；;，,]?[{_CLOSE}]*")


class Publicity(Found[bool]):
    """Whether the reply is published; the span holds the value or the note as written."""

    def place(self, letter: Letter) -> None:
        letter.public = self.value
        letter.public_span = self.span


def value_of(written: str) -> bool | None:
    """What a value or a note, as the span of :class:`Publicity` holds it, says."""
    if written in vocab.mapping("public_values"):
        return vocab.mapping("public_values")[written] == "true"
    m = _NOTE.fullmatch(written)
    return _said(m) if m else None


def _said(m: re.Match[str]) -> bool:
    """What a match of :data:`_NOTE` says: its mark's value, no when negated."""
    return _MARK_VALUE[m.group("mark")] and m.group("neg") is None


def _ends(view: TextView, line: Line, at: int) -> bool:
    """Whether a note ending at ``view.norm[at]`` ends there: the line's end, a gap or a
    contact's label (此件公开发布，联系人：…) after the closing brackets, quotes and full stop
    it may have."""
    m = _NOTE_END.match(line.text, at - line.start)
    end = line.start + (m.end() if m else at - line.start)
    return (
        end == line.end
        or gap_before(view, end)
        or _CONTACT_LABELS.spelled(line.text[end - line.start :]) is not None
    )


def _note_at(view: TextView, line: Line, i: int, *, head: bool) -> tuple[bool, Range] | None:
    """A note starting at ``line.text[i]`` (after an opening bracket or quote, if any);
    with ``head``, only one that has its head (此件…). A note with its head in brackets
    ends at its closing bracket, whatever a flattened copy glued after it
    (``（此件主动公开）附件下载：``)."""
    while i < len(line.text) and line.text[i] in OPENERS:
        i += 1
    m = _NOTE.match(line.text, i)
    if m is None or (head and m.start("mark") == m.start()):
        return None
    closed = (
        i > 0
        and line.text[i - 1] in OPENERS
        and m.start("mark") > m.start()
        and line.text[m.end() : m.end() + 1] in _CLOSERS
    )
    if not closed and not _ends(view, line, line.start + m.end()):
        return None
    return _said(m), (line.start + m.start(), line.start + m.end())


def _labelled(view: TextView, lines: tuple[Line, ...]) -> tuple[bool, Range] | None:
    for line in lines:
        for found in labels_on(view, line, _LABELS):
            at, end = labelled_value(view, line, found)
            while at < end and (view.norm[at] in OPENERS or view.norm[at] in CELL_BARS):
                at += 1  # a value in brackets (是否同意公开：（是）) or a table's cell
            m = _VALUE.match(view.norm, at, end)
            if m is not None and (found.colon or _value_stands(view, m.end(), end)):
                value = vocab.mapping("public_values")[m.group("value")] == "true"
                return value, m.span("value")
    return None


# What may follow a label's value, after its closing brackets: the value's end, a separator,
# a note's bracket (是（依申请）), a blank, a cell's bar, another label and its colon (a few
# words, 否理由：…; or one of ours, :data:`~replyparse.labels.ALL`); or a gap
# (:func:`_value_stands`).
_CLOSING_RUN = re.compile(rf"[{_CLOSE}]*")
_VALUE_END = re.compile(rf"$|[，,；;。.、（(\s{CELL_BARS}]|[\u4e00-\u9fff]{{1,8}}[：:]")
"""(the last branch: a label's shape, one of ours or not, 否理由：…)"""


def _value_stands(view: TextView, at: int, end: int) -> bool:
    """Whether the value of a label glued to it with no colon, read ending at
    ``view.norm[at]`` (its region ending at ``end``), stands as a value: not the first word
    of a sentence the label's words open (``公开方式是多样的。``, ``是否对外公开是群众关心的
    事。``: 是 is no value there). (After a colon the value is read as it stands: a label
    and its colon open no sentence, ``公开方式：主动公开发布``.)"""
    m = _CLOSING_RUN.match(view.norm, at, end)
    after = m.end() if m is not None else at
    return (
        _VALUE_END.match(view.norm, after, end) is not None
        or gap_before(view, after)
        or ALL.spelled(view.norm[after:end]) is not None
    )


_CC_LABEL = re.compile(r"(?:抄送|抄报)[：:]")


def _glued_after_cc(view: TextView, lines: tuple[Line, ...]) -> tuple[bool, Range] | None:
    """A publication label glued after the 抄送 list's last body with no colon
    (``抄送：县财政局，县政府办公室公开方式主动公开``, ``…办公室是否公开是``), which ends the
    list there (:data:`~replyparse.fields.cc.PUBLIC_LABEL_GLUED`, no body's name holds
    one): its value read as after the label's colon (``公开方式：主动公开``), right after it."""
    for line in lines:
        cc = _CC_LABEL.search(line.text)
        if cc is None:
            continue
        for label in PUBLIC_LABEL_GLUED.finditer(line.text, cc.end()):
            m = _VALUE.match(line.text, label.end())
            if m is not None:
                value = vocab.mapping("public_values")[m.group("value")] == "true"
                return value, (line.start + m.start(), line.start + m.end())
    return None


def _noted(view: TextView, lines: tuple[Line, ...]) -> tuple[bool, Range] | None:
    for line in lines:
        for found in labels_on(view, line, _NOTE_LABELS):
            note = _note_at(view, line, found.value - line.start, head=False)
            if note is not None:
                return note
        for m in _HEAD.finditer(line.text):
            if starts_token(view, line, m.start()):
                note = _note_at(view, line, m.start(), head=True)
                if note is not None:
                    return note
    return None


def _alone(view: TextView, lines: tuple[Line, ...]) -> tuple[bool, Range] | None:
    """A value standing alone: a line of its own, or the end of a line after a gap
    (某字〔2021〕3号  同意公开), brackets and an explanation allowed; or one of the marks of a
    line of marks parted by ``，`` ``、`` ``；`` ``/`` (``（A类，同意公开）``, ``同意公开，A类``:
    :func:`~replyparse.elements.mark_parts`)."""
    for line in lines:
        for i, ch in enumerate(line.text):
            if i == 0 or (gap_before(view, line.start + i) and ch not in "，、；"):
                note = _note_at(view, line, i, head=False)
                if note is not None and _ends_line(view, line, note[1][1]):
                    return note
        if (
            len(line.text) <= MARKS_LINE_LONGEST
            and holds_separator(line.text)
            and (note := _in_marks_line(view, line)) is not None
        ):
            return note
        rest = after_doc_number(line)
        # the marks after the 发文字号 that opens the line (某民函〔2024〕5号（A类，同意公开）)
        if (
            rest is not None
            and holds_separator(rest.text)
            and (note := _in_marks_line(view, rest)) is not None
        ):
            return note
        if view.gaps_in(line.start, line.end) and (note := _in_trailing(view, line)) is not None:
            return note
        if (span := signer_note_span(line.text)) is not None:
            # the note glued in brackets to the signer's name (某局（同意公开）,
            # 某局（A类，同意公开）, also before its date on the line)
            a, b = span
            part = Line(line.index, line.start + a, line.start + b, line.text[a:b])
            note = _note_at(view, part, 0, head=False)
            if note is not None and _ends_line(view, part, note[1][1]):
                return note
            if (note := _in_marks_line(view, part)) is not None:
                return note
    return None


def _in_trailing(view: TextView, line: Line) -> tuple[bool, Range] | None:
    """The publication note among the marks that end ``line`` apart by gaps, another after
    it (``某民函〔2024〕5号  2024年3月1日  同意公开  乙类``: :func:`trailing_marks`; one that
    ends the line is found by the scan of :func:`_alone`)."""
    for part in trailing_marks(view, line)[:-1]:
        note = _note_at(view, part, 0, head=False)
        if note is not None and _ends_line(view, part, note[1][1]):
            return note
    return None


def _in_marks_line(view: TextView, line: Line) -> tuple[bool, Range] | None:
    """The publication note among the marks of a line of marks (:func:`mark_parts`)."""
    for part in mark_parts(view, line) or ():
        note = _note_at(view, part, 0, head=False)
        if note is not None and _ends_line(view, part, note[1][1]):
            return note
    return None


def _ends_line(view: TextView, line: Line, at: int) -> bool:
    m = _NOTE_END.match(line.text, at - line.start)
    return m is not None and line.start + m.end() == line.end


# Every label, mark and note of the field says 公开: a letter without it has none of them.
_SAYS = "公开"


def _saying(view: TextView, lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The lines of ``lines`` (in text order) that hold 公开: every label, mark and note of
    the field is read on such a line (a note after a 注 label too: its mark says it), so
    the others are not read."""
    norm, at = view.norm, []
    pos = norm.find(_SAYS)
    while pos >= 0:
        at.append(pos)
        pos = norm.find(_SAYS, pos + 1)
    return tuple(lines_at(lines, at))


def extract(ctx: Context) -> list[Item]:
    if _SAYS not in ctx.view.norm:
        return []
    lines = _saying(ctx.view, ctx.view.content_lines)
    layout = ctx.layout
    found = (
        _labelled(ctx.view, lines)
        or _glued_after_cc(ctx.view, lines)
        or _noted(ctx.view, lines)
        or _alone(ctx.view, tuple(ln for ln in layout.header + layout.closing if _SAYS in ln.text))
    )
    if found is None:
        return []
    value, claim = found
    return [Publicity(value, ctx.span(*claim), claim)]
