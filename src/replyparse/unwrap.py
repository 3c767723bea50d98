"""Hard-wrapped letters: a paragraph printed over several lines, joined back into one.

A letter exported from a PDF or copied from a print view (``pdftotext``, a viewer's
"copy text") keeps every printed line: each paragraph comes as lines of one width (GB/T
9704 sets 28 characters a line) and all but its last end mid-sentence. The PDF reader
joins such lines by the glyphs' positions (:mod:`replyparse.readers.pdf`); a text file
keeps no positions, only the widths, and the layout would read every printed line as a
paragraph: a heading cut in two, ``120`` on one line and ``万元`` on the next.

:func:`unwrap` finds the width a letter was printed at and drops, from the view, each line
break inside a paragraph: after a line that fills the width (the next character would not
have fitted) and stops mid-sentence (or anywhere, in a letter that marks its paragraphs by
an indent), before a line that opens nothing of its own (no indent, no section marker, no
label). The letter's text is untouched and every character keeps its place in it, so
spans stay exact.

A letter is taken for hard-wrapped only on strong evidence: at least
:data:`MIN_FULL_LINES` lines stop mid-sentence at one width (within
:data:`WIDTH_SLACK` columns), they are half the lines that stop mid-sentence or more,
and hardly any line is wider. A letter that keeps a paragraph to a line shows none of that:
its long lines end their sentences and their widths differ.
"""

from __future__ import annotations

import itertools

from replyparse.chrome import ends_with_empty_page_cell, opens_labelled_row, wrapped_rest
from replyparse.fields.sections import marker_at
from replyparse.labels import opening_label
from replyparse.printwidth import (
    MIN_FULL_LINES,
    MIN_WIDTH,
    WIDTH_SLACK,
    columns,
    crowded_width,
    first_word_columns,
    pitch_blanks,
)
from replyparse.printwidth import SENTENCE_END as _SENTENCE_END
from replyparse.textview import Line, TextView
from replyparse.traditional import gloss_end

_BLANKS = frozenset(" \t\u3000\u00a0")


def unwrap(view: TextView) -> TextView:
    """``view`` with the line breaks inside hard-wrapped paragraphs dropped (``view``
    itself when it is not hard-wrapped)."""
    width, joins = _wrapping(view)
    if width is None:
        return view
    rests = chrome_rests(view, width)
    if not joins and not rests:
        return view
    drop = set(joins)
    for line in rests:  # (its characters only: the line stays, empty, as the chrome's does)
        drop.update(range(line.start, line.end))
    chars = list(view.norm)
    for at in joins:
        # the view made a comma or colon at a line's end full-width, as one is after a
        # word; between the digits the join brings together it is a number's (1,|260万元)
        if 2 <= at < len(chars) - 1 and chars[at - 1] in _WIDENED:
            written = view.original[view.origin[at - 1]]
            if (
                written in _WIDENED[chars[at - 1]]
                and chars[at - 2].isdigit()
                and chars[at + 1].isdigit()
            ):
                chars[at - 1] = written
    norm = "".join(ch for i, ch in enumerate(chars) if i not in drop)
    origin = [at for i, at in enumerate(view.origin) if i not in drop]
    return TextView.from_parts(
        view.original, norm, origin, invisible=view.invisible, glossed=view.glossed
    )


_WIDENED = {"，": ",", "：": ":"}
"""The marks the view writes full-width unless they stand between digits, and how a
number writes them."""


def wrap_joins(view: TextView) -> list[int]:
    """The ``view.norm`` offsets of the line breaks inside hard-wrapped paragraphs, in
    order (none when the letter is not hard-wrapped)."""
    return _wrapping(view)[1]


def _wrapping(view: TextView) -> tuple[int | None, list[int]]:
    """The width the letter was printed at (None when it is not hard-wrapped) and
    :func:`wrap_joins`."""
    lines = view.lines
    # The usual letter stops here: fewer long lines stop mid-sentence than a wrap needs.
    # (A line of under MIN_WIDTH // 2 characters is under MIN_WIDTH columns.)
    half = MIN_WIDTH // 2  # (bound once, not worked out for each line)
    open_lines = [
        line for line in lines if len(text := line.text) >= half and text[-1] not in _SENTENCE_END
    ]
    if len(open_lines) < MIN_FULL_LINES:
        return None, []
    width = printed_width(view, open_lines)
    if width is None:
        return None, []
    # A full line that ends a sentence may end its paragraph too: only a letter that
    # indents its paragraphs tells (the next line flush left carries the paragraph on).
    # Its evidence is paragraphs that open indented and run on over the width; lines set
    # far right (a signature, a date) say nothing of paragraphs.
    indented = (
        sum(
            1
            for line in lines
            if line.text
            and 0 < _indent(view, line) <= _PARAGRAPH_INDENT
            and printed(view, line) >= width - WIDTH_SLACK
        )
        >= 2
    )
    joins: list[int] = []
    for line, below in itertools.pairwise(lines):
        if (
            line.text
            and below.text
            and (indented or line.text[-1] not in _SENTENCE_END)
            # the line was broken because the next word did not fit (a column allowed
            # for rounding): a shorter line ended there, a heading or a list item
            and printed(view, line) + first_word_columns(view.original, view.origin[below.start])
            >= width
            and _continues(view, below)
        ):
            joins.append(line.end)  # the line's newline
    return width, joins


def chrome_rests(view: TextView, width: int) -> list[Line]:
    """The lines of a hard-wrapped page that are the rest of a line of its chrome the view
    dropped: a crumb, a 上一篇 link or a row of the page's cells wider than the page, printed
    over two lines or more (``当前位置：首页 > … > 公`` / ``共服务``), each piece but the last
    filling the width. The view knows the first piece for chrome; the rest, right under it,
    is told by :func:`replyparse.chrome.wrapped_rest`."""
    lines = view.lines
    rests: list[Line] = []
    at = 1
    while at < len(lines):
        above = lines[at - 1]
        head = None if above.text else _dropped_line(view, above)
        if (
            head is None
            # (a line ending a sentence or a lead-in ends there; not one ending with a
            # page's label left empty, its value printed under it: … 编辑: / 某局 审核: …)
            or (head[-1] in _SENTENCE_END and not ends_with_empty_page_cell(head))
            or not _fills(head, view, lines[at], width)
        ):
            at += 1
            continue
        while (
            at < len(lines)
            and lines[at].text
            # (a row of a table that opens with its own label cell: a row of its own)
            and not opens_labelled_row(_written_line(view, lines[at]))
            and wrapped_rest(head, _written_line(view, lines[at]).strip())
        ):
            rests.append(lines[at])
            if at + 1 >= len(lines) or not _fills(
                _written_line(view, lines[at]).rstrip(), view, lines[at + 1], width
            ):
                break  # (the last piece: it did not fill the width)
            head += lines[at].text
            at += 1
        at += 1
    return rests


def _fills(printed_line: str, view: TextView, below: Line, width: int) -> bool:
    """Whether ``printed_line``, a line of chrome as the letter wrote it, filled the page's
    ``width`` (less :data:`WIDTH_SLACK`) over ``below``: with the first word of ``below``
    (:func:`replyparse.printwidth.first_word_columns`), which did not fit on it, it comes
    within half the slack of the width (a hanzi's two columns as before)."""
    if not below.text:
        return columns(printed_line) >= width - WIDTH_SLACK
    word = first_word_columns(view.original, view.origin[below.start])
    return columns(printed_line) + word >= width - WIDTH_SLACK // 2


def _written_line(view: TextView, line: Line) -> str:
    """The letter's whole line behind ``line``, a line of the view holding text, as written."""
    first = view.origin[line.start]
    start = view.original.rfind("\n", 0, first) + 1
    end = view.original.find("\n", first)
    return view.original[start : end if end >= 0 else len(view.original)]


def _dropped_line(view: TextView, line: Line) -> str | None:
    """The letter's line behind ``line``, an empty line of the view, when the view dropped
    it whole (chrome, a page's number), its blanks trimmed; None for a blank line or the
    view's last line."""
    if line.end >= len(view.norm):
        return None
    end = view.origin[line.end]  # (the line's newline, in the letter)
    start = view.original.rfind("\n", 0, end) + 1
    text = view.original[start:end].strip()
    return text or None


def printed_width(view: TextView, open_lines: list[Line]) -> int | None:
    """The width, in columns, the letter's paragraphs were wrapped at, or None when its
    lines show none: the widest of the lines that stop mid-sentence where they crowd,
    when at least :data:`MIN_FULL_LINES` of them and half of them come within
    :data:`WIDTH_SLACK` of it,
    and no more than one line in ten of the long ones is wider (a header laid out in
    columns, a long link). A line set far right (a signature, a date) is as wide as its
    words: the blanks a copy sets it right with may run past the page's width, the page
    prints it at its margin."""
    return crowded_width(
        (printed(view, line) for line in open_lines),
        (w for w in (_words_width(view, line) for line in view.lines) if w >= MIN_WIDTH),
    )


def _words_width(view: TextView, line: Line) -> int:
    """:func:`printed` of ``line``, less its indent when it is set far right (wider than a
    paragraph's indent)."""
    width = printed(view, line)
    if not width:
        return 0
    indent = _indent(view, line)
    return width - indent if indent > _PARAGRAPH_INDENT else width


def printed(view: TextView, line: Line) -> int:
    """The columns ``line`` takes as the letter wrote it: from the start of its line in
    the letter (its indent) through its last character, blanks inside it included, but
    for a line set spaced out the space after each character (:func:`pitch_blanks`)."""
    if not line.text:
        return 0
    original, origin = view.original, view.origin
    start = original.rfind("\n", 0, origin[line.start]) + 1
    stop = origin[line.end - 1] + 1
    if view.glossed:
        # the pinyin gloss of the line's last character, or the head of one the line's end
        # cut (…農(nó / ng)村…): the view reads past it, the print printed it
        stop = gloss_end(original, stop)
    # (a line set spaced out, an OCR's copy: its spaces after each character took no column)
    text = original[start:stop]
    return columns(text) - pitch_blanks(text)


def _continues(view: TextView, line: Line) -> bool:
    """Whether ``line`` carries on the paragraph above it: it holds text, stands flush
    left in the letter (a paragraph's first line is indented), and opens no section and
    no label."""
    if not line.text:
        return False  # a blank line parts paragraphs
    if _indented(view, line):
        return False
    if marker_at(view, line.start, line.end) is not None:
        return False
    return opening_label(view, line) is None


def _indented(view: TextView, line: Line) -> bool:
    """Whether ``line`` stands indented in the letter: blanks before its first character."""
    return _indent(view, line) > 0


def _indent(view: TextView, line: Line) -> int:
    """The columns of blanks before ``line``'s first character in the letter."""
    first = view.origin[line.start]
    lead = view.original[view.original.rfind("\n", 0, first) + 1 : first]
    return columns("".join(ch for ch in lead if ch in _BLANKS))


_PARAGRAPH_INDENT = 8
"""The widest indent a paragraph's first line takes (two hanzi is four columns; some
copies write four spaces, or two full-width spaces and a tab)."""
