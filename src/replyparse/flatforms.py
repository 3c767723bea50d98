"""Forms flattened into lines: a 办理单, or a web page's table of labels and values, whose
cells a copy put one to a line (``办理类型`` over ``B``, ``建议编号`` over ``2024085``).

A form is found by its labels: a label of the table standing alone on its line with no
colon (:func:`bare_label`) over a line that is no label, its value (a short line, no
sentence), starts one; a label written with its colon (``办理情况：``) holds its value on
its own line, so alone there it is an empty cell, never the head of the line below. The
cells around a start belong to the form two by two while they keep that shape: a short run
of words in a label's place (a label the table does not know: ``会议届次``, ``办理方式``,
``代表提案者``) over its value. A label with nothing under it before the next label is a
cell of its own, and a label whose value is the letter itself (``答复内容`` over the
salutation) ends the form.

Every line of a form is header: never title, salutation or body (:mod:`replyparse.layout`).
A field reads a label's value on the next line with
:func:`replyparse.labels.labelled_value`.
"""

from __future__ import annotations

import re

from replyparse import vocab
from replyparse.labels import ALL, OPENERS, label_column, opening_label
from replyparse.labels import ROW_HEADS as ROW_HEADS  # (its old home: layout, proposal)
from replyparse.labels import gap_cells as gap_cells
from replyparse.labels import labels_row as labels_row
from replyparse.labels import values_row as values_row
from replyparse.textview import Line, TextView

FORM_REACH = 40
"""How many lines from the top a form may start within (a form heads the letter)."""

# A cell in a label's place: a few words and nothing else.
_LABEL_LIKE = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
# The separators a web table's cells end with once copied as text: `` |``, `` | |||``.
_SEPARATORS = re.compile(r"(?:^|\s*)[|｜][\s|｜]*$")
# Words that make a short line a title's (关于…, …的答复), a salutation without its colon
# or an authority's name (a banner over the title): no label's.
_NOT_LABEL = re.compile(
    rf"关于|(?:答复|复函|的函|回复|意见|{vocab.alternation('roles')}|代表团"
    rf"|{vocab.alternation('org_suffixes')})$"
)
_SALUTATION_LIKE = re.compile(r"：$")
_REPLY_TITLE_ENDS = (*vocab.words("reply_endings"), "函", "意见")
"""How a reply's whole title ends (data/reply_endings.txt, a bare 函, 意见)."""
# A whole reply's title (关于…的答复, 对…的复函): the letter under the form, no cell's value.
_REPLY_TITLE = re.compile(rf"(?:关于|^对).{{2,}}(?:{vocab.longest_first(_REPLY_TITLE_ENDS)})$")
_SENTENCE = re.compile(r"[。！？]")
_CELL = 40
"""How long a cell's value may be."""
WRAP_LINES = 3
"""How many lines a proposal's title a 办理单's label holds may wrap onto (a narrow cell)."""


_BARE_LONGEST = len(OPENERS) + ALL.longest + 1
"""The longest line a label alone may fill: opening brackets, its spelling and its colon (a
``suffix`` label's own words, or a person's label, take less room than the brackets)."""


def bare_label(view: TextView, line: Line, *, colon: bool = True) -> bool:
    """Whether ``line`` is a label of the table and nothing else (with ``colon``, its
    ``：`` may follow)."""
    if len(line.text) > _BARE_LONGEST:
        return False  # too long to be a label alone: no need to look for one
    found = opening_label(view, line)
    return found is not None and found.value >= line.end and (colon or not found.colon)


def _value(view: TextView, line: Line) -> bool:
    """Whether ``line`` may be a cell's value: short, no sentence (a heading alone over a
    paragraph is none), no label opening it, no salutation ending in it, no reply's whole
    title (the letter under a form's last label: ``办理情况`` over ``关于…的答复``)."""
    text = line.text
    return (
        len(text) <= _CELL
        and not _SENTENCE.search(text)
        and opening_label(view, line) is None
        and not _SALUTATION_LIKE.search(text)
        and not _REPLY_TITLE.search(text)
    )


def _title_broken_at(lines: tuple[Line, ...], k: int) -> bool:
    """Whether ``lines[k]`` opens a reply's whole title (:data:`_REPLY_TITLE`) that goes on
    over the next lines, as a centred heading wraps (``某局关于某县第十六届`` over
    ``人大三次会议第8号建议的答复函``): the letter under a form's last label, as the title on
    one line is, no cell's value (a proposal's title a 事由 holds ends in no reply's word).
    A line that is a whole reply's title by itself is that title, the lines above it no part
    of it (``案由`` / ``关于修缮某桥的`` / ``建议`` over ``关于修缮某桥的建议的答复``: the
    proposal's title its cell wraps, review59b)."""
    text = lines[k].text
    if "关于" not in text and text[:1] != "对":
        return False  # (the gate: no title opens here)
    for j in range(k + 1, min(k + WRAP_LINES, len(lines))):
        piece = lines[j].text
        # (the ending first: a search of a long line with many 关于 and no ending would try
        # each 关于 to the line's end, quadratic)
        if piece.endswith(_REPLY_TITLE_ENDS):
            if _REPLY_TITLE.search(piece):
                return False  # (a whole title of its own: the lines above are a cell's)
            if _REPLY_TITLE.search(text + piece):
                return True
        text += piece
    return False


def _label_slot(view: TextView, line: Line) -> bool:
    """Whether ``line`` may stand in a label's place: a bare label, or a few words that are
    no title's and no salutation's."""
    if bare_label(view, line, colon=False):
        return True
    return _LABEL_LIKE.match(line.text) is not None and not _NOT_LABEL.search(line.text)


def _cell(line: Line) -> Line:
    """``line`` without the cell separators a web table left at its end (``案由 |``,
    ``某某 | |||``); a line of separators alone is an empty cell."""
    if "|" not in line.text and "｜" not in line.text:
        return line  # no separator to cut (the pattern needs one)
    m = _SEPARATORS.search(line.text)
    if m is None:
        return line
    return Line(line.index, line.start, line.start + m.start(), line.text[: m.start()])


_COLONS = frozenset("：:")


def _titled_cell(view: TextView, lines: tuple[Line, ...], k: int) -> bool:
    """Whether ``lines[k]``, under the reply's whole title, is a label of the proposal's title
    alone with its colon (``案由：``, ``建议名称：``) over its value, a title's words and no
    reply's (``关于…的建议``): the form's cell under the title, as the label with no colon
    heads one; a label written with its colon is otherwise an empty cell (the line under it
    read as the title would take the reply's title's place, small67's title-first form)."""
    if len(lines[k].text) > _BARE_LONGEST or not bare_label(view, lines[k]):
        return False
    found = opening_label(view, lines[k])
    return (
        found is not None
        and found.colon
        and found.entry.field == "proposal_title"
        and _value(view, lines[k + 1])
        and not _title_broken_at(lines, k + 1)
        and any(
            # (the ending first: a search of a long line with many 关于 is dear)
            line.text.endswith(_REPLY_TITLE_ENDS) and _TITLE_ABOVE.search(line.text)
            for line in lines[:k]
        )
    )


_TITLE_ABOVE = re.compile(
    rf"(?:关于|^[\u4e00-\u9fff（）()]{{0,20}}?对).{{2,}}(?:{vocab.longest_first(_REPLY_TITLE_ENDS)})$"
)
"""A reply's whole title over a form (:data:`_REPLY_TITLE`), also with its authority before
its 对 (``某局对…的复函``)."""


_LABEL_ENDS = frozenset(e.spelling[-1] for e in ALL.entries)
"""The last characters of the labels: a bare label with no colon ends its line with one
(a set: looking one character up is several times faster than ``endswith`` of them all)."""


def form_lines(view: TextView, lines: tuple[Line, ...]) -> frozenset[int]:
    """Indexes into ``lines`` of the lines of forms flattened into lines near the top."""
    if "|" in view.norm or "｜" in view.norm:  # else no line has a separator to cut
        lines = tuple(_cell(line) for line in lines)
    out: set[int] = set()
    for seed in range(min(FORM_REACH, len(lines) - 1)):
        text = lines[seed].text
        if text[-1:] in _COLONS and _titled_cell(view, lines, seed):
            out.update((seed, seed + 1))  # (案由： / 关于…的建议, under the reply's title)
            continue
        # no bare label (colon=False: its spelling ends the line, which it fills), no seed;
        # the length first, as bare_label asks it: a slice is dear (half the lines are long)
        if len(text) > _BARE_LONGEST or text[-1:] not in _LABEL_ENDS:
            continue
        if seed in out:
            continue
        if not bare_label(view, lines[seed], colon=False):
            continue
        if not _value(view, lines[seed + 1]) or _title_broken_at(lines, seed + 1):
            if (column := label_column(view, lines, seed)) is not None:
                # a row of labels over its row of values, one cell a line: the run of
                # labels and as many values under it
                first, count = column
                out.update(range(first, first + 2 * count))
            continue
        first = seed
        while first >= 1 and first - 1 not in out:
            if bare_label(view, lines[first - 1]):
                first -= 1  # a label with no value under it
            elif (
                first >= 2
                and first - 2 not in out
                and _label_slot(view, lines[first - 2])
                and _value(view, lines[first - 1])
            ):
                first -= 2
            else:
                break
        out.update(range(first, seed))
        k = seed
        while k < len(lines):
            if (
                k + 1 < len(lines)
                and _label_slot(view, lines[k])
                and _value(view, lines[k + 1])
                and not _title_broken_at(lines, k + 1)
            ):
                out.update((k, k + 1))
                k += 2
            elif bare_label(view, lines[k]) or (
                _label_slot(view, lines[k])
                and (k + 1 == len(lines) or _SALUTATION_LIKE.search(lines[k + 1].text))
            ):
                out.add(k)  # a label with no value under it, or with the letter for one
                k += 1
            else:
                break
    return frozenset(out)
