"""办理类型: A (solved or adopted), B (being solved or planned), C (kept for reference), D.

Read from a label (办理类型 / 类别 / 办复类别 / 答复类型 / 办理结果 / 办理结果标注…) standing
as a label anywhere in the letter (:mod:`replyparse.labels`: ``驾驶证类型C1`` holds none), its value
after it or, under a label alone on its line (a form flattened into lines), on the next
line (:func:`~replyparse.labels.labelled_value`), else from a
class mark (``B类``, ``B类件``, ``A类答复``, ``B类办理``, ``甲类答复``, ``(A类)``,
``【B】``) standing alone near the top or the end:
on its own line, at the end of a line after a gap or the 发文字号
(``某交复函〔2017〕19号　B类``), among the marks that end a line after the number and the
date, or cut off the title by the layout; a letter mark may carry a sub-grade digit
(``C2类`` is C), or stand alone in its brackets with 类 after them (``某字〔2016〕2号(B)类``),
or in brackets after 办理情况 in the title (``…第39号建议办理情况（B）的函``).
Labels and marks are rows of ``data/labels.tsv`` (field ``handling_type``); the
value→letter map of labelled values (甲/乙/丙, 解决采纳/列入计划/留作参考, …) is
``data/handling_types.txt``.
"""

from __future__ import annotations

import re
from typing import get_args

from replyparse import vocab
from replyparse.chrome import page_class, page_doc_number
from replyparse.closing import signer_note_span
from replyparse.context import Context, Found, Item, Range
from replyparse.elements import (
    BRACKETED_CLASS,
    CITING_VERB,
    CLASS_LEAD_IN,
    CLASS_LETTERS,
    CLASS_WORDS_REST,
    CLASS_WORDS_VALUES,
    EXPLANATION_LONGEST,
    GRADED_CLASS,
    MARKS_LINE_ENDS,
    MARKS_LINE_LONGEST,
    NUMBER_CLASS_NOTE,
    SAID_TAIL,
    SAID_VERB,
    after_damaged_gap,
    after_doc_number,
    bracket_start,
    class_after_damaged,
    holds_separator,
    mark_parts,
    trailing_marks,
)
from replyparse.labels import OPENERS, LabelSet, gap_before, labelled_value, labels_on
from replyparse.layout import Layout
from replyparse.model import HandlingType, Letter
from replyparse.textview import CELL_BARS, Line, TextView
from replyparse.traditional import GLOSS, unglossed

_ENTRIES = vocab.labels_of("handling_type")
_LABELS = LabelSet(_ENTRIES)
_MARKS = tuple(e for e in _ENTRIES if e.needs == "alone")
_MARK_VALUE = {e.spelling: e.value for e in _MARKS}
_SPELLINGS = frozenset(e.spelling for e in _ENTRIES if e.needs not in ("alone", "note"))
"""The labels' spellings: one glued to a class mark that ends its line (类别C) lost its colon
(:func:`~replyparse.elements.glued_class`, a header element so)."""
_OPEN = re.escape(OPENERS)
# A label's value, written longer than the table's at times (列入计划解决): longest first.
# A local scheme's sub-grade digit may follow the letter (A1 is A); a longer run of letters
# or digits (AB, A12) is no class. The value may open with a bracket or a quote, as a
# form fills it in (办理类型：（A类）, 办理类型：“B”, 办理类别：【C】), as the publicity's does.
# The value may be led in by what was asked, as a scheme words its classes (类别：所提问题
# 已经解决或采纳: CLASS_LEAD_IN). The class's letter typed in lower case after a label
# (办复类别:a, a web form's field) is its class (fix96; :func:`_class_value`): only there, a
# bare mark keeps its capital.
_VALUE = re.compile(
    rf"[{_OPEN}]?(?:{CLASS_LEAD_IN})?"
    rf"(?P<value>{vocab.key_alternation('handling_types')}|[abcd])"
    r"(?![A-Za-z]|\d\d)"
)


def _class_value(written: str) -> str:
    """The record's letter for a label's value as written (:data:`_VALUE`'s ``value``)."""
    return vocab.mapping("handling_types")[
        written.upper() if written in ("a", "b", "c", "d") else written
    ]


_CLOSE = r"）)〕\]］】〗﹞」』”"
# A mark at the end of a line, its brackets (one may be lost: A类)) and an explanation
# (A类（已解决或采纳）) around it. A bare letter (A) needs brackets or a line of its own.
# A letter mark may carry a local scheme's sub-grade digit before its 类 (C2类 is C).
# The letter alone may stand in the brackets, the 类 after them ((B)类): the mark is then
# the bracketed letter and its 类.
_GRADED = GRADED_CLASS
_MARK_AT_END = re.compile(
    rf"(?P<open>[{_OPEN}]?)(?P<mark>{vocab.spellings(_MARKS)}|{_GRADED}|{BRACKETED_CLASS})"
    rf"(?P<close>[{_CLOSE}]?)(?:[（(][^（）()]{{1,{EXPLANATION_LONGEST}}}[）)])?$"
)
# The most a match of _MARK_AT_END spans (its brackets, mark and explanation): the search
# starts that far from the line's end, since a match ends there.
_MARK_REACH = 1 + max(len(e.spelling) for e in _MARKS) + 1 + 1 + 22
# An explanation longer than 20 characters is a class's own words, led in by what was asked
# (C类（所提问题因条件限制或其他原因暂时不能解决，留作参考）): only a line holding that lead-in
# is searched that far back (a wider search of every edge line ending in a bracket cost
# about 10k instructions a letter).
_WORDS_REACH = _MARK_REACH - 22 + EXPLANATION_LONGEST + 2
# A class said in a scheme's words alone, with no letter (所提问题正在解决或列入计划解决,
# （所提建议已经采纳）): the whole of its line or of its part of a line of marks, near
# the top or the end; the value maps to its letter as a label's does.
_CLASS_WORDS = re.compile(
    rf"[{_OPEN}]?{CLASS_LEAD_IN}(?P<value>{CLASS_WORDS_VALUES}){CLASS_WORDS_REST}[{_CLOSE}]?"
)
_CLASS_WORDS_AT = CLASS_LEAD_IN[:2]
"""What every match of :data:`_CLASS_WORDS` holds (所提): the gate before it."""
# What a match of _MARK_AT_END ends with: a mark or a closing bracket (an explanation's ）).
_MARK_ENDS = frozenset(_CLOSE + "".join(e.spelling[-1] for e in _MARKS))
# A class's letter: every match of _MARK_AT_END holds one (each mark in _MARKS, a graded
# class's, a bracketed class's). A line whose last _MARK_REACH characters hold none needs
# no search, and most lines ending in a bracket (（此件公开发布）, a contact in brackets)
# hold none; a failing search there costs 7-18k instructions, this one about a tenth.
_CLASS_LETTER = re.compile(f"[{CLASS_LETTERS}]")
_DATE_LAST = frozenset("日号月")
"""What a signer's line with its date ends with: the gate before asking it for a note glued
to the signer (:func:`~replyparse.closing.signer_note_span`)."""
# What an edge's line holding a mark ends with: a mark's (_MARK_ENDS) or a line of marks'
# (MARKS_LINE_ENDS): one look-up a line, most of the edge's lines end in 。 (the gate).
_EDGE_ENDS = _MARK_ENDS | MARKS_LINE_ENDS

# A note that says the class in a sentence, its label joined to the value by 为/属/是/系
# (附注：办理结果为A类，此件主动公开; 本件办理类型属B类): a label that opens a line (办理类型,
# 办理结果, …; not 类别), then the class's letter (or 甲乙丙丁) and its 类, always kept.
_SAID = re.compile(
    rf"(?:{'|'.join(re.escape(e.spelling) for e in _LABELS.entries if e.needs == 'start')})"
    rf"{SAID_VERB}[“\"「]?(?P<value>[{CLASS_LETTERS}])[”\"」]?类"
)

# The same said by a publication note's head, the document itself (此件为A类, （本件属B类件）,
# 本答复系C类。, 此件为A类答复, 此件为B类办理件, 本件系A类办结): the note ends after its 类
# (件, 答复, 办理, 办理件 or 办结 allowed), at a bracket, a stop or the line's end, so a class
# of something else (本件为A类项目) is none.
_NOTED = re.compile(
    rf"(?:{vocab.spellings(tuple(e for e in vocab.labels_of('public') if e.needs == 'note'))})"
    rf"{SAID_VERB}[“\"「]?(?P<value>[{CLASS_LETTERS}])[”\"」]?类"
    rf"{SAID_TAIL}(?=$|[）)\]】〕，。；,;．])"
)

NEAR = 8
"""A class mark counts only within this many content lines of the start or the end."""


class HandlingTypeFound(Found[HandlingType]):
    """The 办理类型; the span holds the value as written (``乙``, ``列入计划``, the ``B`` of
    ``B类``)."""

    def place(self, letter: Letter) -> None:
        letter.handling_type = self.value
        letter.handling_type_span = self.span


# A label's spelling, which never holds a line break: a letter where it stands nowhere has
# no line where it does (one search over the text, not one per line).
_ANY_LABEL = _LABELS.pattern
# A word every label's spelling holds (类 or 结果, each found with ``str.find``, where the
# label pattern's scan tries its first characters at every character of the letter); None
# should a spelling hold neither.
_WORDS = ("类", "结果")
_LABEL_WORDS = (
    _WORDS if all(any(w in e.spelling for w in _WORDS) for e in _LABELS.entries) else None
)


def _holds_label(norm: str) -> bool:
    """``_ANY_LABEL.search(norm) is not None``: searched only around each of
    :data:`_LABEL_WORDS`, as far as a spelling reaches on either side. Exact: every match
    holds one, so lies inside the stretch around it; the pattern looks at nothing around
    its match."""
    if _LABEL_WORDS is None:
        return _ANY_LABEL.search(norm) is not None
    reach = _LABELS.longest
    for word in _LABEL_WORDS:
        # (``in`` first: most letters hold neither word, and ``in`` asks with no call that
        # parses its arguments, where ``find`` does)
        if word not in norm:
            continue
        at = norm.find(word)
        while at >= 0:
            if _ANY_LABEL.search(norm, max(0, at - reach), at + reach + len(word)):
                return True
            at = norm.find(word, at + 1)
    return False


def _labelled(view: TextView, lines: tuple[Line, ...]) -> tuple[str, Range] | None:
    words = _LABEL_WORDS
    for line in lines:
        # exact: a label stands on one line and every spelling holds one of _LABEL_WORDS,
        # so a line holding neither holds no label (two ``in``, not a search of the line)
        if words is not None and words[0] not in line.text and words[1] not in line.text:
            continue
        for found in labels_on(view, line, _LABELS):
            at, end = labelled_value(view, line, found)
            while at < end and view.norm[at] in CELL_BARS:
                at += 1  # a table's row: | 办理类型 | B |
            m = _VALUE.match(view.norm, at, end)
            if m is not None:
                return _class_value(m.group("value")), m.span("value")
    return None


def _edge_mark(view: TextView, edge: tuple[Line, ...]) -> tuple[str, Range] | None:
    """The first class mark of the lines ``edge`` (:func:`_mark`), also one that marks
    after it on its line follow (:func:`_marks_line`)."""
    for line in edge:
        # exact: _mark finds none on a line ending in no character a mark ends with, nor
        # _marks_line on one ending in none a line of marks ends with
        if line.text[-1:] in _EDGE_ENDS and (found := _edge_line(view, line)) is not None:
            return found
        if _CLASS_WORDS_AT in line.text and (found := _class_words(view, line)) is not None:
            return found  # (gated again in _class_words: 您所提… is a sentence's)
    return None


# A note in brackets opening a line, the title glued after it: the 发文字号 with the class
# glued to its 号, or after a gap or a separator (（某水提〔2017〕46号A类）对…的答复, dev33).
_NOTE_OPENS = "（("
_OPENING_NOTE = re.compile(r"[（(](?P<note>[^（）()]{3,40}号[^（）()]{1,20})[）)]")


def _opening_note(view: TextView, top: tuple[Line, ...]) -> tuple[str, Range] | None:
    """The class mark of the first note in brackets opening a line of ``top`` (the letter's
    first lines: :data:`_OPENING_NOTE`), read as a line of its own: its 发文字号 and the
    marks after it."""
    for line in top:
        if line.text[:1] not in _NOTE_OPENS:
            continue  # (most lines: one look at their start)
        m = _OPENING_NOTE.match(line.text)
        if m is None or _CLASS_LETTER.search(m.group("note")) is None:
            continue
        a, b = m.span("note")
        note = Line(line.index, line.start + a, line.start + b, m.group("note"))
        if (found := _edge_line(view, note)) is not None:
            return found
    return None


def _class_words(view: TextView, line: Line) -> tuple[str, Range] | None:
    """A class said in a scheme's words with no letter (:data:`_CLASS_WORDS`), the whole of
    ``line`` or the first of its marks that says one (``所提问题已经解决或采纳  同意公开``),
    also after the 发文字号 that opens it. The lead-in opens a line, a bracket or a mark:
    one glued to a word (您所提建议…, 你们所提出的…) is a sentence's, and the line is
    asked no more."""
    at = line.text.find(_CLASS_WORDS_AT)
    if at > 0 and "\u4e00" <= line.text[at - 1] <= "\u9fff" and line.text[at - 1] != "号":
        return None
    line = after_doc_number(line) or line
    for part in mark_parts(view, line) or (line,):
        m = _CLASS_WORDS.fullmatch(part.text)
        if m is not None:
            return vocab.mapping("handling_types")[m.group("value")], (
                part.start + m.start("value"),
                part.start + m.end("value"),
            )
    return None


def _edge_line(view: TextView, line: Line) -> tuple[str, Range] | None:
    """The class mark ending ``line`` (:func:`_mark`), else the first of its line of marks
    (:func:`_marks_line`)."""
    if _CLASS_LETTER.search(line.text) is None:
        # exact: every reading below is _mark's or _marks_line's, of the line or of a part
        # of its text (the rest after a number, a gap's part, the signer's note), and each
        # finds nothing where no class letter stands (see _CLASS_LETTER); most lines that
        # end as a mark may hold none (a title's 函, a date's 日)
        return None
    found = _mark(view, line)
    if found is None and len(line.text) <= MARKS_LINE_LONGEST:
        found = _marks_line(view, line)
    if found is None and (rest := after_doc_number(line)) is not None:
        # the marks after the 发文字号 that opens the line (某民函〔2024〕5号（A类，同意公开）),
        # or a bare letter set off from it by a gap (某民函〔2024〕5号 B), as on a line alone
        found = _marks_line(view, rest)
        if found is None and len(rest.text) == 1 and gap_before(view, rest.start):
            found = _mark(view, rest)
        if (
            found is None
            and rest.text[:1] == "，"
            and len(rest.text) > 1
            and CITING_VERB.search(line.text, 0, rest.start - line.start) is None
        ):
            # the marks after a comma that parts them from the number (某交函〔2099〕5号，B类,
            # …5号，B类，主动公开: mend73a's own number's line), as after a gap (left74a); not
            # after a number a verb cites (按照某政发〔2099〕3号，B类事项由…, a flattened
            # copy cutting the line at 类: the sentence's, as 列为A类 is): mend74a
            marks = Line(rest.index, rest.start + 1, rest.end, rest.text[1:])
            found = _mark(view, marks) or _marks_line(view, marks)
    if found is None and (rest := class_after_damaged(line)) is not None:
        found = _mark(view, rest)  # (its letter glued to a number that lost 〕号: 某字〔202302A)
    if found is None and (rest := after_damaged_gap(view, line)) is not None:
        found = _mark(view, rest)  # (a gap between: 某路函20219  B, as after a whole one)
    if found is None and view.gaps_in(line.start, line.end):
        found = _trailing_marks(view, line)
    if found is None and (note := signer_note_span(line.text)) is not None:
        # the marks glued in brackets to the signer's name (某局（B类）, 某局（A类，同意公开）)
        found = _signer_mark(view, line, note)
    return found


def _trailing_marks(view: TextView, line: Line) -> tuple[str, Range] | None:
    """The first class mark of the marks that end ``line`` after a gap, two or more, each a
    part of its own (``某民函〔2024〕5号  2024年3月1日  A类  主动公开``: the number and the date
    before them, as a header line sets them apart: :func:`~replyparse.elements.trailing_marks`)."""
    parts = trailing_marks(view, line)
    if len(parts) < 2:
        return None  # one mark at the end: _mark's (none: no mark)
    for part in parts:
        if part.text[-1:] in _MARK_ENDS and (found := _mark(view, part)) is not None:
            return found
    return None


def _signer_mark(view: TextView, line: Line, note: tuple[int, int]) -> tuple[str, Range] | None:
    """The class mark of the note glued to the signer's name at ``line.text[note[0]:note[1]]``
    (:func:`~replyparse.closing.signer_note_span`)."""
    a, b = note
    part = Line(line.index, line.start + a, line.start + b, line.text[a:b])
    found = _mark(view, part) or _marks_line(view, part)
    if found is None and ("：" in part.text or ":" in part.text):
        # a mark beside a label and its value (某局（B类，公开属性：主动公开）): each part
        for m in _NOTE_PART.finditer(part.text):
            piece = Line(line.index, part.start + m.start(), part.start + m.end(), m.group())
            if (found := _mark(view, piece)) is not None:
                break
    return found


_NOTE_PART = re.compile("[^，、；/／]+")
"""A part of a note glued to the signer, its marks and labels parted by ``，`` ``、`` ``；``
``/`` (as :func:`~replyparse.closing.signer_note` parts them)."""


def _marks_line(view: TextView, line: Line) -> tuple[str, Range] | None:
    """The class mark of a line of marks and notes whose last is no class (``B类  同意公开``,
    ``（A类，同意公开）``, as the header's are read): the first class among its marks
    (:func:`~replyparse.elements.mark_parts`). A line holding no class's letter, or neither
    a gap nor a separator, is one part; a line longer than :data:`MARKS_LINE_LONGEST` is
    no line of marks (the edge's lines are often whole paragraphs: no search of them)."""
    if line.text[-1:] not in MARKS_LINE_ENDS or _CLASS_LETTER.search(line.text) is None:
        return None
    if not view.gaps_in(line.start, line.end) and not holds_separator(line.text):
        return None
    for part in mark_parts(view, line) or ():
        if part.text[-1:] in _MARK_ENDS and (found := _mark(view, part)) is not None:
            return found
    return None


def _mark(view: TextView, line: Line) -> tuple[str, Range] | None:
    """A class mark standing alone at the end of ``line``."""
    if line.text[-1:] not in _MARK_ENDS:
        return None
    reach = len(line.text) - (_WORDS_REACH if _CLASS_WORDS_AT in line.text else _MARK_REACH)
    reach = max(0, reach)
    if _CLASS_LETTER.search(line.text, reach) is None:
        return None  # (exact: no class letter, no match; see _CLASS_LETTER)
    m = _MARK_AT_END.search(line.text, reach)
    if m is None:
        return None
    written = m.group("mark")
    at = m.start()
    alone = at == 0 or gap_before(view, line.start + at)
    # a label that lost its colon, the mark right after it and nothing more (类别C, 类别C类)
    labelled = at > 0 and line.text[:at] in _SPELLINGS
    if not (alone or labelled) and not (
        written.endswith("类") and line.text[at - 1] in "号" + _CLOSE
    ):
        return None  # glued to a word: 水质II类, 一类
    bare = len(written) == 1 and not (m.group("open") and m.group("close"))
    if bare and at > 0 and not labelled:
        return None  # a bare letter: only in brackets, on a line of its own or after a label
    start = line.start + m.start("mark")
    if written not in _MARK_VALUE:  # C2类, (B)类: the letter's class, the span its letter
        letter = 1 if written[0] in OPENERS else 0
        start += letter
        return _MARK_VALUE[written[letter] + "类"] or "", (start, start + 1)
    cut = written.find("类")
    end = start + (len(written) if cut < 0 else cut)  # the B of B类, of B类件
    return _MARK_VALUE[written] or "", (start, end)


def extract(ctx: Context) -> list[Item]:
    lines = ctx.view.content_lines
    # a spelling of a label stands somewhere: what both a label and a note's sentence hold
    # (every label of _SAID is one of _LABELS), so with none, neither is looked for
    norm = ctx.view.norm
    lei = "类" in norm  # (what every note saying the class holds: _said)
    # exact: every label's spelling holds one of _WORDS, so with neither, none stands
    spelled = (lei or _WORDS[1] in norm or _LABEL_WORDS is None) and _holds_label(norm)
    found = _labelled(ctx.view, lines) if spelled else None
    # the first lines and the last, each once: a letter of fewer than 2 * NEAR lines is not
    # read twice where the two overlap (exact: each reading of a line is the same whenever
    # it is asked, and the first that finds wins)
    top, end = lines[:NEAR], lines[max(NEAR, len(lines) - NEAR) :]
    if found is None:
        found = _edge_mark(ctx.view, ctx.layout.header + top + end)
    if found is None:
        found = _opening_note(ctx.view, top)
    dated = ctx.layout.signature_date
    if (
        found is None
        and dated is not None
        and dated.text[-1:] in _DATE_LAST
        and ("）" in dated.text or "】" in dated.text or "］" in dated.text)
    ):
        # a note glued to the signer's name on its line with the date (某局（B类）  2024年5月
        # 10日; a signer's line alone is an edge's line, read above)
        note = signer_note_span(dated.text)
        found = _signer_mark(ctx.view, dated, note) if note is not None else None
    if found is None and ctx.layout.title:
        found = _title_class(ctx.layout.title + _under_title(ctx.layout))
    if found is None and lei and lines:
        # (a note's head needs no label: _said asks only the lines where a class's 类
        # stands; most letters hold no 类 at all)
        found = _said(norm, (top, end) if end else (top,), spelled)
    if found is None:
        return _page_class(ctx)
    value = _as_type(found[0])
    if value is None:
        return []
    claim = found[1]
    return [HandlingTypeFound(value, ctx.span(*claim), claim)]


def _page_class(ctx: Context) -> list[Item]:
    """The class a page's form gives in its class cell (``…  类别 A``) when the letter says
    none: the form is chrome, dropped from the view, so the item claims no range of it."""
    original, back = ctx.view.original, None
    if ctx.view.glossed:  # (a mirror's pinyin glosses read past, as the view reads past them)
        original, back = unglossed(original, [m.span() for m in GLOSS.finditer(original)])
    where = page_class(original) or _number_cell_class(original)
    if where is None:
        return []
    value = _as_type(original[where[0]])
    if back is not None:  # (the letter's place of the cell's letter, its gloss after it)
        where = (back(where[0]), back(where[1] - 1) + 1)
    return [] if value is None else [HandlingTypeFound(value, where, None)]


# The letter's class glued after the 发文字号 in a page's 文号 cell (``文号：某函〔2023〕7号B类``,
# ``…7号[B]类``, ``…7号（B类）``): the page's copy of the letter's number line, its class
# with it, as the letter's own line reads it (pert65).
_NUMBER_CELL_CLASS = re.compile(r"[（(\[［【]?([A-D])[）)\]］】]?类")


def _number_cell_class(original: str) -> tuple[int, int] | None:
    """Where the class's letter stands right after the number of a page's 文号 cell."""
    cell = page_doc_number(original)
    if cell is None:
        return None
    m = _NUMBER_CELL_CLASS.match(original, cell[1])
    return None if m is None else m.span(1)


def _said(norm: str, runs: tuple[tuple[Line, ...], ...], spelled: bool) -> tuple[str, Range] | None:
    """A note near the top or the end (the lines of ``runs``, each a run of content lines
    in text order, none empty) saying the class: after a label (:data:`_SAID`, asked when one is
    ``spelled`` in the letter), or after a note's head (:data:`_NOTED`). Asked only of a
    line where a class's 类 stands (:data:`_CLASS_BEFORE` right before it), found with
    ``str.find`` over the run's text: most edges hold none, and the body's 类 (各类, 分类)
    have no class's letter before them."""
    for run in runs:
        i, end = 0, run[-1].end
        at = norm.find("类", run[0].start + 1, end)
        while at >= 0:
            if norm[at - 1] not in _CLASS_BEFORE:
                at = norm.find("类", at + 1, end)
                continue
            while run[i].end < at:
                i += 1  # the line holding it (the run's lines are in text order)
            line = run[i]
            m = _SAID.search(line.text) if spelled else None
            if m is not None and _reported_earlier(line.text, m.start()):
                m = None  # the class of an earlier reply (已于2014年…办理，办理结果为C类)
            if m is None and ("此" in line.text or "本" in line.text):
                m = _NOTED.search(line.text)  # (every head opens with 此 or 本)
            if m is not None:
                start = line.start + m.start("value")
                return vocab.mapping("handling_types")[m.group("value")], (start, start + 1)
            at = norm.find("类", line.end, end)  # (the next line's)
    return None


_EARLIER = re.compile(
    r"[已曾]于|此前|上次|前次|首次答复|原答复|(?:19|20)\d{2}年度?的?$"  # ($: right before it)
)
"""What a sentence reporting an earlier handling writes before the class it was given: a
word of the past, or the year the result is of (``2019年办理结果为B类``); a date of this
handling says nothing of it (``我局于2024年5月办结此件，办理结果为A类`` is this letter's)."""


def _reported_earlier(text: str, at: int) -> bool:
    """Whether the label of a note's sentence at ``at`` in ``text`` follows a clause of its
    sentence that dates an earlier handling (``…已于2014年4月转交某市研究办理，办理结果为C类。``,
    a 续办 letter reporting the first reply): that reply's class, none of this letter's."""
    start = text.rfind("。", 0, at) + 1
    return _EARLIER.search(text, start, at) is not None


# The class in brackets right after the words naming the handling in the title
# (…第039号建议办理情况（B）的函, …办理情况（B类）的答复): the class the letter reports.
_TITLE_CLASS = re.compile(
    r"(?:办理情况|办理结果|办复情况)\s*[（(]\s*(?P<value>[ABCD])\s*类?\s*[）)]"
)


def _title_class(title: tuple[Line, ...]) -> tuple[str, Range] | None:
    """The class the title gives after 办理情况 (:data:`_TITLE_CLASS`), or after the item's
    number in the note in brackets that ends it (``…的答复（第123号，B类）``:
    :data:`~replyparse.elements.NUMBER_CLASS_NOTE`, a note the title drops)."""
    for line in title:
        m = _TITLE_CLASS.search(line.text)
        if m is not None:
            start = line.start + m.start("value")
            return m.group("value"), (start, start + 1)
    for line in title:  # (the note may stand as a line of its own: the layout's cut)
        text = line.text
        if text[-1:] in _CLOSE and "类" in text and (at := bracket_start(text)) is not None:
            n = NUMBER_CLASS_NOTE.match(text[at + 1 : -1])
            if n is not None:
                start = line.start + at + 1 + n.start("value")
                return n.group("value"), (start, start + 1)
    return None


def _under_title(layout: Layout) -> tuple[Line, ...]:
    """The header's first line after the title's end, when there is one: a note a copy glued
    after the title's ending that the view cut off as a line of its own (``…的答复（编号:45号，
    A类）``, its label's colon a place a header element may start), read as the title's note is.

    That is the line right under the title whenever it can hold a note: the layout's header
    lines after the title are the run of them under it (the chrome the view dropped, a page's
    来源… row, stands between nothing; a title the page gave twice is read once) but for a
    发文字号 line at the letter's very end, which ends with its 号 and so holds no note
    :func:`_title_class` reads. In the letters a class's note after the title stands right
    under it, so the first header line is asked, with no look at the content lines."""
    end = layout.title[-1].end
    for line in layout.header:
        if line.start >= end:
            return (line,)
    return ()


_CLASS_BEFORE = frozenset('ABCD甲乙丙丁”"」')
"""What stands right before the 类 of a match of :data:`_SAID` or :data:`_NOTED`: the
class's letter or the quote around it (a body's 各类, 分类 have none): the gate before
them."""


_TYPES: dict[str, HandlingType] = {t: t for t in get_args(HandlingType)}


def _as_type(letter: str) -> HandlingType | None:
    return _TYPES.get(letter)
