"""PDF letters with a text layer, read with pdfplumber.

pdfplumber (on pdfminer.six) gives every glyph with its position and size, which is what
rebuilding a letter's paragraphs needs:

- lines are rebuilt from the glyphs. A space the document typed (a space glyph that takes
  room) is kept as typed, a run of them as a run: a web page saved as PDF parts its cells
  (``名称 关于…``, ``发布时间：…    来源：…``) that way. A gap with no space glyph is only a
  space when it is wide enough for the script around it: the narrow gap a layout engine
  leaves between CJK and Latin or digits (``第 80 号``) is not a space, a gap between two
  Latin words is;
- a line that runs to the right edge of the text block, followed by a flush-left line
  that does not open a new numbered item, is the same paragraph wrapped: joined back,
  unless the space above the next line is wider than the page's usual line pitch (the
  space a document puts between its paragraphs: a heading that happens to fill its line
  is no wrap). A line that stops short of the edge only because the next line's first
  piece could not be broken and did not fit (``议`` / ``案”，…``, ``索引`` / ``号:zfb/…``)
  ran to the edge too. A line pushed right with typed spaces (a long signer or document
  number) is wrapped too when the next line's first piece did not fit in the room it
  left, unless it is a date. The spaces typed where a line broke (a space glyph after its
  last visible glyph) are the glue a wrap is joined with, as typed (``… > 2024年``), and
  fill the line as its glyphs do; a line ending in ``、`` or ``，`` runs on into one that
  opens like an item (``第五条、`` / ``第六条要求…``);
- a gap between two lines of a page that holds an empty line (an empty paragraph) is an
  empty line, as the letter's text keeps it; a paragraph space is none, nor a page break;
- a line set spaced out (letter-spaced, or an OCR text layer that places each character
  apart, ``答 复 函``, ``王 某``) keeps the same gap between all its glyphs: that gap is its
  pitch, and only what a gap leaves over it is a space (typed or not);
- a ruled table is read a cell at a time, row by row, each cell's paragraphs a line as the
  Word reader gives them, and rows set in two columns a column at a time
  (:mod:`.pdfregions`); a column's lines wrap at its own edges;
- page furniture (``— 1 —``, ``第1页 共3页``) is dropped, and so are running headers and
  footers (a line at a page's top or foot repeated at the same height on other pages,
  its figures the same or counting the pages); pages are read in order.

A PDF without glyphs is a scan: the reader says so rather than returning nothing. An
encrypted PDF is read when it opens without a password, and is called encrypted when it
does not. Bounds: :mod:`.pdfguard` and ``max_pdf_pages``.
"""

from __future__ import annotations

import bisect
import dataclasses
import io
import itertools
import logging
import re
import statistics
from collections.abc import Callable, Sequence
from typing import Any

from replyparse.errors import InputError
from replyparse.limits import DEFAULT_LIMITS, Limits, exceeded
from replyparse.readers import pdfguard, pdfregions
from replyparse.readers.pdfregions import Box

# pdfminer logs a warning for every oddity of a damaged file; without a handler of the
# application's, Python would print them all on stderr. The reader's one-line error is
# what a user needs; an application that configures logging still receives them.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())

# Lines that only number the page. Matched against the line with its spaces removed.
_FURNITURE = re.compile(
    r"""^(?:
        [-－—–─\u2014\u2015]+\d{1,3}[-－—–─\u2014\u2015]+   # — 1 —, - 2 -
      | 第\d{1,3}页[，,]?(?:共\d{1,3}页)?                     # 第1页 共3页, 第1页
      | 共\d{1,3}页[，,]?第\d{1,3}页                          # 共3页 第1页
      | \d{1,3}/\d{1,3}                                       # 1/3
      | (?:page|p\.)?\d{1,3}(?:of\d{1,3})?                    # 2, Page 2 of 3
    )$""",
    re.VERBOSE | re.IGNORECASE,
)

# The start of a line that opens a new item, so it never continues the line before it.
_ITEM_START = re.compile(
    r"""^(?:
        [一二三四五六七八九十百]+[、.．]                  # 一、
      | [（(][一二三四五六七八九十百\d]+[）)]             # （一） （1）
      | \d{1,3}(?:[、]|[.．](?!\d))                      # 1、 1.  (not 1.5)
      | [①-⑳⑴-⒇⒈-⒛]
      | 第[一二三四五六七八九十百\d]+[条章节部分]
      | (?:附件|抄送|联系人|联系电话|主题词)
    )""",
    re.VERBOSE,
)


_TYPED_SPACE = 0.15
"""The least room (in glyph sizes) a typed space glyph takes to count: a Latin space in a
CJK font is a quarter of a character or more; a space drawn over the glyphs beside it, with
no room of its own, is no gap on the page."""

_TRACKING = 0.2
"""The least gap (in glyph sizes) between every two glyphs of a line that makes it spaced
out (:func:`_pitch_floor`): a justified line of CJK stretches its gaps by less; a layout
engine's gap beside a Latin word or a figure (``第 80 号``) is one gap of a line, not its
quartile."""

_TRACKING_MOST = 1.5
"""The widest such gap (in glyph sizes): a full-width space between every two characters
(``答　复　函``) is one; glyphs further apart are no word set spaced out but a row of cells
set in columns, a glyph or two each (``合计    3    5    2``), whose gaps are spaces all
(closed up by the narrowest of them, two cells' figures would read as one number)."""

_TRACKED_LEAST = 3
"""Glyphs a line needs to tell its pitch (``答 复 函``): two glyphs apart (``王 某``, a
name padded to the width of three, ``持 。`` the end of a spaced paragraph) leave one gap,
which may be a space typed; such a line keeps the spacing of the line above it."""

_CLAUSE_MARKS = frozenset("，、,")
"""Marks inside a sentence: a line ending in one never ends a paragraph, so a line under it
that opens like an item (``第八条要求…``, a wrap before a cited article) runs on."""

_PARAGRAPH_SPACE = 0.3
"""How much wider than the usual line pitch (in glyph sizes) the step to the next line is
where a paragraph ends: the space before or after a paragraph that documents use (6 pt
and more at 12 to 16 pt); lines of a paragraph step alike, a slightly larger glyph aside."""

_BLANK_PITCHES = 1.75
"""How many usual line pitches the step to the next line makes at least where an empty
line stands between them (an empty paragraph, or a paragraph space as wide as one); it also
makes the pitch plus a glyph size, so a paragraph space of 6 to 12 pt stays no blank line.
An empty line doubles the pitch; 1.75 leaves room for an empty paragraph set smaller. Below
a line in a larger glyph size than the body's (a title in 二号 over a body in 三号) the
step is its own pitch (the step between two lines of its size, else the body's pitch grown
with the size) and then as much again as above a body line, so a title set at 1.5 lines
shows no empty line between its lines, and an empty body line under it still shows."""


@dataclasses.dataclass(frozen=True)
class PdfLine:
    """One rebuilt line: its text, horizontal extent, glyph size and top (points)."""

    text: str
    x0: float
    x1: float
    size: float
    page: int
    top: float = 0.0
    lead: float = 0.0
    """The width of the line's first piece: what runs from its start to the first place a
    line may break (a Latin word or number, or a character with the punctuation that may
    not open a line after it)."""
    pushed: float | None = None
    """Where the line's typed spaces begin when it opens with some (a signature or a
    document number pushed right with spaces); None when its first glyph is visible."""
    trail: str = ""
    """The spaces typed after the line's last visible glyph, when they take room: where a
    layout engine wrapped a paragraph at a typed space, the space the text had there."""
    reach: float | None = None
    """Where those spaces end (a line may be filled by them); None without them."""
    edges: tuple[float, float] | None = None
    """The left and right edges of the column the line stands in, on a page set in columns
    (:func:`.pdfregions.columns`); None: the page's text block."""
    cell: bool = False
    """A paragraph of a table's cell: joined already, it joins no line before or after it."""
    below: float | None = None
    """For a cell's line, the top of its table's last row of glyphs, where the step to the
    line after the table is measured from; None: its own ``top``."""
    spacing: float = 0.0
    """The gap its glyphs keep apart when it is set spaced out (:func:`_pitch_floor`)."""


def read_pdf(data: bytes, *, path: str, limits: Limits = DEFAULT_LIMITS) -> tuple[str, int]:
    """The text of a PDF, one paragraph per line, and its page count.

    Pages are counted first (a PDF over ``max_pdf_pages`` is refused before any page is
    drawn), then drawn one at a time within the bounds of :mod:`.pdfguard`; each page's
    glyphs are released before the next, and pdfminer's caches whenever they hold more
    than ``max_inflated_bytes`` of inflated data, so memory does not grow with the page
    count.
    """
    if b"%%EOF" not in data[-2048:]:
        raise InputError(path, "truncated or damaged PDF (no end-of-file marker)")
    with pdfguard.guarded(limits) as budget:
        try:
            return _read(data, path, limits, budget)
        except InputError:
            raise
        except Exception as exc:  # pdfminer raises many kinds on damaged or encrypted files
            if budget.breach is not None:
                raise InputError(path, budget.breach) from exc
            raise InputError(path, _describe(exc)) from exc


def _read(data: bytes, path: str, limits: Limits, budget: pdfguard.Budget) -> tuple[str, int]:
    import pdfplumber
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    lines: list[PdfLine] = []
    glyphs = cid_glyphs = images = 0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = 0
        for _ in PDFPage.create_pages(pdf.doc):
            pages += 1
            if pages > limits.max_pdf_pages:
                declared = _declared_pages(pdf.doc)
                what = (
                    f"the PDF has {declared:,} pages"
                    if declared is not None and declared > limits.max_pdf_pages
                    else f"the PDF has more than {limits.max_pdf_pages:,} pages"
                )
                raise InputError(path, exceeded(limits, "max_pdf_pages", what))
        if budget.breach is not None:
            raise InputError(path, budget.breach)
        if pages == 0:
            raise InputError(path, "damaged PDF: no pages found")
        rsrcmgr = PDFResourceManager()
        for number, page in enumerate(pdf.pages, start=1):
            budget.start_page(number)
            device = pdfguard.counting_device(rsrcmgr, number, budget)
            PDFPageInterpreter(rsrcmgr, device).process_page(page.page_obj)
            if budget.breach is not None:
                raise InputError(path, budget.breach)
            page._layout = device.get_result()  # pdfplumber reads its chars from this
            chars = [c for c in page.dedupe_chars().chars if c.get("upright", True) and c["text"]]
            glyphs += sum(1 for c in chars if not c["text"].isspace())
            cid_glyphs += sum(1 for c in chars if c["text"].startswith("(cid:"))
            images += device.images
            if glyphs > limits.max_text_chars:
                what = f"the PDF has more than {limits.max_text_chars:,} glyphs of text"
                raise InputError(path, exceeded(limits, "max_text_chars", what))
            tables = pdfregions.table_cells(page) if device.ruled else []
            lines.extend(_page_lines(chars, number, tables))
            page.close()
            # pdfplumber keeps every page; its pdfminer page would keep the streams it
            # drew (content and forms, inflated) for as long as the document is open
            page.page_obj.contents = []
            page.page_obj.resources = {}
            if budget.kept > limits.max_inflated_bytes:
                # what pdfminer keeps (objects, their inflated streams, fonts) grows with
                # what was inflated: dropped once that passes the bound. A letter's pages
                # inflate a few tens of KB each, so this seldom happens to one.
                _forget_objects(pdf.doc)
                rsrcmgr = PDFResourceManager()
                budget.kept = 0
    if glyphs == 0:
        if images:
            raise InputError(
                path,
                f"no text layer: {pages:,} page(s) of pictures only (a scan?); OCR it first",
            )
        raise InputError(path, "no text layer (scanned PDF?); OCR it first")
    if cid_glyphs > glyphs // 10:
        raise InputError(path, "the PDF's fonts have no Unicode mapping; the text is unreadable")
    text = "\n".join(join_lines(carry_columns(drop_furniture(drop_running(lines)))))
    if not text.strip():
        raise InputError(path, "no text in the PDF besides page numbers")
    return text, pages


def _declared_pages(doc: Any) -> int | None:
    """The page count the page tree's root declares (for messages only: it may lie)."""
    from pdfminer.pdftypes import resolve1

    try:
        count = resolve1(resolve1(doc.catalog["Pages"])["Count"])
    except Exception:  # a damaged or odd page tree: no count to tell
        return None
    return count if isinstance(count, int) else None


def _forget_objects(doc: object) -> None:
    """Drop the objects pdfminer cached while drawing a page (content streams and the
    data inflated from them); the next page parses what it needs again."""
    for name in ("_cached_objs", "_parsed_objs"):
        cache = getattr(doc, name, None)
        if isinstance(cache, dict):
            cache.clear()


def _describe(exc: BaseException) -> str:
    """A one-line reason for a PDF pdfminer could not open or draw."""
    # pdfplumber wraps pdfminer's exceptions; the original says what happened
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    name = type(inner).__name__
    if "Password" in name or "Encrypt" in name or "encrypt" in str(inner).lower():
        return "an encrypted (password-protected) PDF; save it without a password"
    if isinstance(inner, RecursionError):
        return "damaged PDF: its objects refer to themselves without end"
    message = " ".join(str(inner).split())[:160]
    return f"cannot read PDF: damaged PDF ({name}{': ' + message if message else ''})"


def _is_wide(ch: str) -> bool:
    """CJK and full-width characters: no spaces between them in running text."""
    return not ch.isascii()


def _page_lines(
    chars: list[dict[str, object]], page: int, tables: Sequence[list[Box]] = ()
) -> list[PdfLine]:
    """A page's lines in reading order: its rows of glyphs top to bottom, left to right,
    each ruled table's cells (``tables``) in its place, a line each of their paragraphs, and
    each run of rows set in columns (:func:`.pdfregions.columns`) a side after the other."""
    blocks: list[tuple[float, list[PdfLine]]] = []  # (top, lines) of each table
    rest = chars
    for cells in tables:
        inside: list[list[dict[str, object]]] = [[] for _ in cells]
        outside: list[dict[str, object]] = []
        holding = pdfregions.cell_finder(cells)
        for c in rest:
            k = holding(c)
            (inside[k] if k >= 0 else outside).append(c)
        rest = outside
        table = _table_lines(cells, inside, page)
        if table:
            blocks.append((table[0].top, table))
    rows = _rows(rest)
    if not rows and not blocks:
        return []
    size = statistics.median(_size(c) for row in rows for c in row) if rows else 0.0
    out: list[PdfLine] = []
    blocks.sort(key=lambda block: block[0])
    # the rows between two tables are read apart, so a run of columns never reads across one
    at = 0
    for top, table in [*blocks, (float("inf"), [])]:
        stop = at
        while stop < len(rows) and _top(rows[stop]) < top:
            stop += 1
        for run, edges in pdfregions.columns(rows[at:stop], size):
            spacing = 0.0
            for row in run:
                out.append(_line(row, page, edges, spacing))
                spacing = out[-1].spacing
        out.extend(table)
        at = stop
    return out


def _rows(chars: list[dict[str, object]]) -> list[list[dict[str, object]]]:
    """Group glyphs into rows top to bottom, each left to right.

    The rows are found from the visible glyphs; a space glyph then joins the row whose
    extent holds its middle (a space alone never makes a line)."""
    glyphs = [c for c in chars if not str(c["text"]).isspace()]
    glyphs.sort(key=lambda c: (_f(c, "top"), _f(c, "x0")))
    rows: list[list[dict[str, object]]] = []
    extents: list[tuple[float, float]] = []  # each row's top and bottom
    top = bottom = 0.0  # the vertical extent of the last row's glyphs
    for c in glyphs:
        mid = (_f(c, "top") + _f(c, "bottom")) / 2
        if rows and top <= mid <= bottom:
            rows[-1].append(c)
            top, bottom = min(top, _f(c, "top")), max(bottom, _f(c, "bottom"))
            extents[-1] = (top, bottom)
            continue
        rows.append([c])
        top, bottom = _f(c, "top"), _f(c, "bottom")
        extents.append((top, bottom))
    tops = [t for t, _ in extents]
    for c in chars:
        if str(c["text"]).isspace():
            mid = (_f(c, "top") + _f(c, "bottom")) / 2
            i = bisect.bisect_right(tops, mid) - 1
            if i >= 0 and mid <= extents[i][1]:
                rows[i].append(c)
    return [sorted(row, key=lambda c: _f(c, "x0")) for row in rows]


def _top(row: list[dict[str, object]]) -> float:
    return min(_f(c, "top") for c in row if not str(c["text"]).isspace())


def _table_lines(
    cells: list[Box], inside: list[list[dict[str, object]]], page: int
) -> list[PdfLine]:
    """A table's cells, row by row, as lines: a line for each paragraph of a cell, its
    wrapped lines joined as a page's are, within the cell's edges (an empty cell gives
    none). Each line stands for the whole table where the lines around it are measured: its
    ``top`` the table's first glyph's, its ``below`` the top of its last row of glyphs; its
    start, first piece, end and trail are its paragraph's, to carry it on over a page."""
    found: list[tuple[_Paragraph, tuple[float, float]]] = []
    tops: list[float] = []
    for box, glyphs in zip(cells, inside, strict=True):
        rows = _rows(glyphs)
        if not rows:
            continue
        # the cell's padding: what its text leaves on its left, the same on its right
        pad = max(0.0, min(_f(c, "x0") for row in rows for c in row) - box[0])
        edges = (box[0] + pad, box[2] - pad)
        lines = [_line(row, page, edges) for row in rows]
        tops.extend(line.top for line in lines)
        found.extend((p, edges) for p in _paragraphs(lines) if p.text)
    if not tops:
        return []
    top, below = min(tops), max(tops)
    out: list[PdfLine] = []
    for paragraph, edges in found:
        first, last = paragraph.first, paragraph.last
        assert first is not None and last is not None  # (a paragraph with text has both)
        out.append(
            dataclasses.replace(
                first,
                text=paragraph.text,
                x1=last.x1,
                top=top,
                trail=last.trail,
                reach=last.reach,
                edges=edges,
                cell=True,
                below=below,
            )
        )
    return out


def _size(c: dict[str, object]) -> float:
    """A glyph's size (its height when the font gives none)."""
    return _f(c, "size") or (_f(c, "bottom") - _f(c, "top"))


def _f(c: dict[str, object], key: str) -> float:
    value = c[key]
    assert isinstance(value, int | float)
    return float(value)


def _line(
    row: list[dict[str, object]],
    page: int,
    edges: tuple[float, float] | None = None,
    above: float = 0.0,
) -> PdfLine:
    """A row of glyphs as a line; ``above`` is the spacing of the line above it, which a
    line too short to measure its own keeps (:func:`_pitch_floor`)."""
    seen = [c for c in row if not str(c["text"]).isspace()]  # never empty: see _rows
    size = statistics.median(_size(c) for c in seen)
    floor = _pitch_floor(seen, size)
    if floor is None:
        floor = above
    out: list[str] = []
    prev: dict[str, object] | None = None
    typed: list[str] = []  # the space glyphs since the last visible one
    typed_end = 0.0  # where the last of them ends
    lead = 0.0  # the first piece's right end, while it lasts; then its width
    leading = True
    for c in row:
        text = str(c["text"])
        if text.isspace():
            if prev is not None:
                typed.append(text)
                typed_end = _f(c, "x1")
            continue
        if prev is not None:
            gap = _f(c, "x0") - _f(prev, "x1")
            a, b = str(prev["text"])[-1], text[0]
            if leading and (typed or _may_break(a, b)):
                leading = False
            gap -= floor
            if typed and gap > _TYPED_SPACE * size:
                out.extend(typed)
            else:
                # Between Latin letters or digits a small gap is a word space. Next to CJK
                # a layout engine leaves about a fifth of a character before and after
                # digits and Latin words (``第 80 号``): not a space; half a character or
                # more is one.
                threshold = 0.2 * size if not (_is_wide(a) or _is_wide(b)) else 0.45 * size
                if gap > threshold:
                    out.append(" ")
        typed.clear()
        out.append(text)
        prev = c
        if leading:
            lead = _f(c, "x1")
    first = row[0]  # a space glyph when the line opens with typed spaces
    trails = bool(typed) and prev is not None and typed_end - _f(prev, "x1") > _TYPED_SPACE * size
    return PdfLine(
        text="".join(out),
        x0=_f(seen[0], "x0"),
        x1=max(_f(c, "x1") for c in seen),
        size=size,
        page=page,
        top=min(_f(c, "top") for c in seen),
        lead=lead - _f(seen[0], "x0") if lead else 0.0,
        pushed=_f(first, "x0") if str(first["text"]).isspace() else None,
        trail="".join(typed) if trails else "",
        reach=typed_end if trails else None,
        edges=edges,
        spacing=floor,
    )


def _pitch_floor(seen: list[dict[str, object]], size: float) -> float | None:
    """The gap a line leaves between every two of its glyphs, when it is set spaced out
    (letter-spaced, or an OCR text layer's characters each placed apart, a space glyph
    between them or not: ``答 复 函``, ``王 某``, ``0 0 0 0``): the gaps of its lower quartile,
    when that is wider than :data:`_TRACKING` and no wider than :data:`_TRACKING_MOST`;
    else 0; None for a line too short to tell
    (:data:`_TRACKED_LEAST`). A gap is a space only by what it leaves over this floor."""
    if len(seen) < _TRACKED_LEAST:
        return None
    gaps = sorted(_f(b, "x0") - _f(a, "x1") for a, b in itertools.pairwise(seen))
    floor = gaps[len(gaps) // 4]
    return floor if _TRACKING * size < floor <= _TRACKING_MOST * size else 0.0


# Line breaking (the rules of CJK typesetting, 避头尾, and Unicode's line breaking, UAX #14):
# punctuation that closes may not open a line and punctuation that opens may not end one;
# curly quotation marks hold to both neighbours (UAX #14's QU class); a word or number of
# an alphabetic script is never broken, but after its hyphen (``0000-``/``5551234``,
# ``COVID-``/``19``). LibreOffice also keeps a closing bracket with the Latin letter or
# digit after it (``〔2013〕94号`` breaks only before 号, ``《办法》2013年`` before 年), and an
# opening bracket with the Latin letter or digit before it (``号:B〔2017〕`` breaks before
# 号 only), whatever the text's language; it keeps a comma or full stop with them only
# when the text's Asian language is not Chinese, so a break stays allowed there. A layout
# engine that cannot break where a line is full carries the whole piece over, so a wrapped
# line may end short of the right edge.
_NO_START = frozenset("，。、；：？！）》」』】〕〉…—·%％‰,.;:?!)]}︰﹕︶︸")
_NO_END = frozenset("（《「『【〔〈([{︵︷")
_QUOTES = frozenset("“”‘’\"'")
_CLOSING = frozenset("）》」』】〕〉〗〙］｝")


def _may_break(a: str, b: str) -> bool:
    """Whether a line may break between characters a and b (no space between them)."""
    if b in _NO_START or a in _NO_END or a in _QUOTES or b in _QUOTES:
        return False
    if _is_narrow(b):
        return not (a in _CLOSING or _is_narrow(a)) or (a == "-" and b.isalnum())
    return not (b in _NO_END and a.isascii() and a.isalnum())


def _is_narrow(ch: str) -> bool:
    """A character of an alphabetic script, digits and Latin punctuation (before the CJK
    blocks): pinyin with its tone marks is one word."""
    return ch < "\u2e80"


def drop_furniture(lines: list[PdfLine]) -> list[PdfLine]:
    """Remove page-number lines; a bare number only when it is a page's first or last line
    (never a table's cell)."""
    kept: list[PdfLine] = []
    for i, line in enumerate(lines):
        squashed = "".join(line.text.split())
        if not line.cell and _FURNITURE.match(squashed):
            edge = (
                i == 0
                or i == len(lines) - 1
                or lines[i - 1].page != line.page
                or lines[i + 1].page != line.page
            )
            if not squashed.isdigit() or edge:
                continue
        kept.append(line)
    return kept


def drop_running(lines: list[PdfLine]) -> list[PdfLine]:
    """Remove a document's running headers and footers: the lines at a page's top or foot
    (:data:`_RUNNING_EDGE` at most, from the edge in) that stand at the same height on
    another page with the same text, their figures either the same or counting the pages
    (``第2页``, ``某局  2099年第3期``, a site's address). Where more lines than that repeat
    from an edge, the page is a copy of another, and keeps them; a page keeps a line at
    least. A table's cells are never running lines, nor an attachment's label
    (:data:`_PART_LABEL`)."""
    pages: dict[int, list[PdfLine]] = {}
    for line in lines:
        if not line.cell:
            pages.setdefault(line.page, []).append(line)
    if len(pages) < 2:
        return lines
    # the lines at the edges of each page, by their text with its figures taken out
    seen: dict[str, list[tuple[PdfLine, tuple[int, ...]]]] = {}
    for own in pages.values():
        for line in {*own[: _RUNNING_EDGE + 1], *own[-_RUNNING_EDGE - 1 :]}:
            key, figures = _running_key(line.text)
            seen.setdefault(key, []).append((line, figures))

    def repeated(line: PdfLine) -> bool:
        key, figures = _running_key(line.text)
        return not _PART_LABEL.fullmatch(key) and any(
            other.page != line.page
            and abs(other.top - line.top) <= max(2.0, 0.25 * line.size)
            and _paged(figures, line.page, theirs, other.page)
            for other, theirs in seen.get(key, ())
        )

    dropped: set[int] = set()
    for own in pages.values():
        head = _run_length(own, repeated)
        foot = _run_length(own[::-1], repeated)
        if head + foot < len(own):
            dropped.update(id(line) for line in own[:head])
            dropped.update(id(line) for line in own[len(own) - foot :])
    return [line for line in lines if id(line) not in dropped] if dropped else lines


_RUNNING_EDGE = 3
"""The most lines a running header or footer takes at a page's edge."""

_FIGURES = re.compile(r"\d+")

_PART_LABEL = re.compile(r"附[件表图]#(?:[-－—.．]#)*[：:]?")
"""A running key (:func:`_running_key`) that is an attachment's label alone (``附件1``,
``附表2：``, ``附件1-2``): a letter's attachments each open a page at the body's top, their
labels numbered one a page as a page number counts, and are no running header."""


def _running_key(text: str) -> tuple[str, tuple[int, ...]]:
    """A line's text without blanks, its figures replaced by ``#``, and the figures."""
    squashed = "".join(text.split())
    return _FIGURES.sub("#", squashed), tuple(int(f) for f in _FIGURES.findall(squashed))


def _paged(ours: tuple[int, ...], page: int, theirs: tuple[int, ...], other: int) -> bool:
    """Whether two lines' figures, on pages ``page`` and ``other``, are each the same or
    count the pages (a page number, the same offset from the page's place on both)."""
    return len(ours) == len(theirs) and all(
        a == b or a - page == b - other for a, b in zip(ours, theirs, strict=True)
    )


def _run_length(lines: list[PdfLine], repeated: Callable[[PdfLine], bool]) -> int:
    """How many of ``lines``, from the first, repeat on another page: 0 when more than
    :data:`_RUNNING_EDGE` do (a page that copies another)."""
    run = 0
    while run < len(lines) and repeated(lines[run]):
        run += 1
        if run > _RUNNING_EDGE:
            return 0
    return run


def carry_columns(lines: list[PdfLine]) -> list[PdfLine]:
    """Give a column's edges to the lines of a page that found no columns of its own when
    they all stand inside a column found on another page (a letter set in columns runs on
    in its left column alone on its last page): its lines wrap at that column's edge, not
    at the width of the pages set across."""
    columns = {line.edges for line in lines if line.edges is not None and not line.cell}
    if not columns:
        return lines
    pages: dict[int, list[PdfLine]] = {}
    for line in lines:
        if not line.cell:
            pages.setdefault(line.page, []).append(line)
    carried: dict[int, tuple[float, float]] = {}
    for page, own in pages.items():
        if any(line.edges is not None for line in own):
            continue
        # a column holds every line when it holds the leftmost start and the rightmost end
        # (each with half its glyph's leeway): a column tried on each line of each page took
        # the product of them all (minutes, on pages of many short runs in columns)
        least = min(line.x0 + line.size / 2 for line in own)
        most = max(line.x1 - line.size / 2 for line in own)
        fits = [(start, end) for start, end in columns if start <= least and most <= end]
        if fits:
            carried[page] = max(fits, key=lambda edges: edges[1] - edges[0])
    if not carried:
        return lines
    return [
        dataclasses.replace(line, edges=carried[line.page])
        if line.page in carried and not line.cell
        else line
        for line in lines
    ]


def join_lines(lines: list[PdfLine]) -> list[str]:
    """Join lines wrapped inside a paragraph; one paragraph per returned string."""
    return [paragraph.text for paragraph in _paragraphs(lines)]


@dataclasses.dataclass
class _Paragraph:
    """A paragraph joined from lines, and its first and last (None for an empty line)."""

    text: str
    first: PdfLine | None = None
    last: PdfLine | None = None


def _paragraphs(lines: list[PdfLine]) -> list[_Paragraph]:
    """:func:`join_lines`, each paragraph with the lines it opens and ends with."""
    if not lines:
        return []
    # the text block: measured on the lines of the page's width and the edges of its columns
    # (a column's lines measure their column's, a table's cells no width)
    block = [line for line in lines if not line.cell] or lines
    size = statistics.median(line.size for line in block) or 10.0
    left = min(line.x0 if line.edges is None else line.edges[0] for line in block)
    right = max(line.x1 if line.edges is None else line.edges[1] for line in block)
    # the step from one line's top to the next inside a paragraph (the lower quartile of the
    # steps on a page: short lines, each a paragraph of its own, may be half a letter's); a
    # wider step is the space a document puts between paragraphs (a heading that fills its
    # line runs on into none). A table's cells step by its rows, and a column's first line
    # up from the last of the column before it.
    steps = sorted(
        b.top - a.top
        for a, b in itertools.pairwise(lines)
        if a.page == b.page and not a.cell and not b.cell and b.top > a.top
    )
    pitch = steps[len(steps) // 4] if steps else 0.0
    spaced = pitch + _PARAGRAPH_SPACE * size if steps else 0.0
    # an empty line between two lines of a page, kept as a text keeps it (a line over it is
    # not the first line of the title under it); a page's end hides one
    blank = _blank_steps(lines, pitch, size)
    paragraphs = [_Paragraph(lines[0].text, lines[0], lines[0])]
    for prev, line in itertools.pairwise(lines):
        start, end = prev.edges or (left, right)
        indent = start + 2.5 * size  # flush left or a first-line indent, not right-aligned
        # what the line left empty before the right edge (its typed spaces fill it too)
        room = end - (prev.x1 if prev.reach is None else prev.reach)
        wraps = (
            # a table's cell is joined already, but for the rest of it the next page holds
            (not (prev.cell or line.cell) or _cell_runs_on(prev, line, size))
            # ran to the right edge, or stopped short of it only because the next line's
            # first piece could not be broken and did not fit (the line's first half full)
            and (
                room <= 1.2 * size or (room < line.lead + 0.25 * size and room < (end - start) / 2)
            )
            and (line.page != prev.page or line.top - prev.top <= spaced)
            and (prev.x0 <= indent or _pushed_and_full(prev, indent, room < line.lead))
            # the next line starts flush left
            and line.x0 <= (line.edges[0] if line.edges else left) + 0.5 * size
            and (prev.text[-1:] in _CLAUSE_MARKS or not _ITEM_START.match(line.text))
        )
        if wraps:
            a, b = paragraphs[-1].text[-1:], line.text[:1]
            latin = a.isascii() and a.isalnum() and b.isascii() and b.isalnum()
            # the spaces typed where the line broke, as typed; else a word space between words
            glue = prev.trail or (" " if latin else "")
            paragraphs[-1].text += glue + line.text
            paragraphs[-1].last = line
        else:
            above = prev.top if prev.below is None else prev.below
            if steps and line.page == prev.page and line.top - above >= blank(prev.size):
                paragraphs.append(_Paragraph(""))
            paragraphs.append(_Paragraph(line.text, line, line))
    return paragraphs


def _cell_runs_on(prev: PdfLine, line: PdfLine, size: float) -> bool:
    """Whether ``line``, a table cell's first paragraph on a page, may carry on ``prev``, the
    last of a cell on the page before: a table broken over the pages, the cell's text with
    it, the two cells' text standing between the same edges."""
    return (
        prev.cell
        and line.cell
        and line.page == prev.page + 1
        and prev.edges is not None
        and line.edges is not None
        and all(abs(a - b) <= size / 2 for a, b in zip(prev.edges, line.edges, strict=True))
    )


def _blank_steps(lines: list[PdfLine], pitch: float, size: float) -> Callable[[float], float]:
    """The least step from a line of a glyph size to the next where an empty line stands
    between them (see :data:`_BLANK_PITCHES`): the line's own pitch (the body's, or for a
    larger size the lower quartile of the steps between two lines of that size on a page,
    at least the body's grown with it), and an empty body line's worth more."""
    own: dict[float, list[float]] = {}
    for a, b in itertools.pairwise(lines):
        if a.page == b.page and a.size == b.size and a.size > size and not (a.cell or b.cell):
            own.setdefault(a.size, []).append(b.top - a.top)
    for found in own.values():
        found.sort()

    more = max((_BLANK_PITCHES - 1) * pitch, size)

    def blank(of: float) -> float:
        if of <= size:
            return pitch + more
        found = own.get(of)
        return max(found[len(found) // 4] if found else 0.0, pitch * of / size) + more

    return blank


def _pushed_and_full(line: PdfLine, indent: float, full: bool) -> bool:
    """A line pushed right with spaces typed from the left margin that the next line's
    first piece did not fit (a long signer or document number carried on): a paragraph
    of the left margin, wrapped. A right-aligned line types no spaces; a date pushed to
    the edge is a paragraph of its own."""
    return line.pushed is not None and line.pushed <= indent and full and line.text[-1:] != "日"
