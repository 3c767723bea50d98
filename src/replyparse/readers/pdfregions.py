"""Parts of a PDF page read apart from its lines: a ruled table's cells and a page's columns.

A page read row by row across its whole width reads a table or a page set in columns
line across: a cell's wrapped text comes a piece a row between its neighbours' pieces
(``58 关于加快农村公路 李某某`` / ``改造提升群众出行``), and two columns side by side come as
one line half from each. The PDF reader (:mod:`.pdf`) asks this module where such parts
stand, measured on the page, and reads each apart:

- a **table** is one pdfplumber finds by its ruling lines (a table of the letter's own, a
  form's grid); its cells are read row by row, left to right, each cell's text joined on
  its own, as the Word reader reads a table's cells. A table of one cell is a frame round
  text, no table;
- **columns** are runs of rows that a vertical gutter, at least a glyph wide, parts into
  two sides, with text on both sides in three rows or more, each side at least
  :data:`COLUMN_LEAST` glyphs wide (a label column beside its values is narrower), and
  the left side's text wrapping at the gutter (rows that fill it, which a row of
  label/value pairs parted by blanks does not). Such a run is read left side first, then
  the right, each side split again where it holds columns of its own. A page with no
  gutter of its own whose lines all stand inside a column found on another page (the
  left column a letter runs on in, alone, on its last page) reads that column's edges.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
from typing import Any

Box = tuple[float, float, float, float]
"""A rectangle on the page: x0, top, x1, bottom (points, top down, as pdfplumber gives)."""

Glyph = dict[str, Any]
"""A pdfplumber char: ``text``, ``x0``, ``x1``, ``top``, ``bottom``, ``size``."""

MAX_RULES = 1000
"""The most straight path pieces (lines, rectangles) a page's device keeps for finding its
tables: a letter's tables draw a few dozen; a page drawn with more (a vector seal, a
chart) is read without tables, the finder's work bounded."""

GUTTER = 1.0
"""The narrowest gap between two columns, in glyph sizes (a column layout leaves two
characters or more; a word space is under half)."""

COLUMN_LEAST = 7.0
"""The narrowest column, in glyph sizes: a newspaper's column holds ten characters or
more; a table's label column (``建议编号``, ``联系电话：``) is narrower."""

SIDE_ROWS = 3
"""Rows with text on both sides of a gutter at the same height, at the least, to read a
run as columns (a signature set flush right beside nothing is no column)."""

FULL_ROWS = 2
"""Rows that fill the left side (from its left edge to within a glyph of its right edge,
the gutter), at the least: a column's text wraps there, where a row of label/value pairs
parted by blanks stops anywhere. The right side needs one (its own right edge may be a
line set flush right, a signature, that no wrapped line reaches)."""

MAX_PLACES = 64
"""The most places on a page a gutter is looked for at (the places the most rows leave a gap
at): each is tried on every row; a letter's page offers a few dozen, a hostile page of tiny
glyphs parted everywhere thousands (seconds each page)."""

_MAX_DEPTH = 3
"""How many times a side is split again (three columns and more)."""


MAX_CROSSINGS = 600
"""The most crossings of a page's horizontal and vertical rules (merged as the table finder
merges them) its tables are looked for among: a letter's table of 30 rows and 8 columns
makes under 300. pdfplumber's finder takes time with the square of the crossings (a grid of
100 by 100 rules, some 30 s); a page ruled more densely is read without tables."""


def table_cells(page: Any) -> list[list[Box]]:
    """Each ruled table on ``page`` with two cells or more: its cells row by row (a cell
    merged over rows stands in its first), left to right. None on a page whose rules cross
    more than :data:`MAX_CROSSINGS` times."""
    from pdfplumber.table import TableSettings, merge_edges
    from pdfplumber.utils.geometry import filter_edges

    settings = TableSettings.resolve(None)
    rules = merge_edges(
        filter_edges(page.edges, min_length=settings.edge_min_length_prefilter),
        settings.snap_x_tolerance,
        settings.snap_y_tolerance,
        settings.join_x_tolerance,
        settings.join_y_tolerance,
    )
    across = sum(1 for rule in rules if rule["orientation"] == "h")
    if across * (len(rules) - across) > MAX_CROSSINGS:
        return []
    out: list[list[Box]] = []
    for table in page.find_tables():
        cells: list[Box] = [(float(a), float(b), float(c), float(d)) for a, b, c, d in table.cells]
        if len(cells) >= 2:
            out.append(sorted(cells, key=lambda box: (round(box[1], 1), box[0])))
    return out


def cell_finder(cells: list[Box]) -> Callable[[Glyph], int]:
    """Which of ``cells`` holds a glyph's middle (its index; -1 for none), found by two
    bisections on the grid the cells' edges make, each cell in the slots it spans."""
    xs = sorted({box[0] for box in cells} | {box[2] for box in cells})
    ys = sorted({box[1] for box in cells} | {box[3] for box in cells})
    slots: dict[tuple[int, int], int] = {}
    for k, (x0, top, x1, bottom) in enumerate(cells):
        for i in range(bisect.bisect_left(xs, x0), bisect.bisect_left(xs, x1)):
            for j in range(bisect.bisect_left(ys, top), bisect.bisect_left(ys, bottom)):
                slots.setdefault((i, j), k)

    def find(glyph: Glyph) -> int:
        x = (float(glyph["x0"]) + float(glyph["x1"])) / 2
        y = (float(glyph["top"]) + float(glyph["bottom"])) / 2
        return slots.get((bisect.bisect_right(xs, x) - 1, bisect.bisect_right(ys, y) - 1), -1)

    return find


Block = tuple[list[list[Glyph]], tuple[float, float] | None]
"""Rows of glyphs read in order, and the left and right edges of the column they stand in
(None: the page's own width)."""


def columns(rows: Sequence[list[Glyph]], size: float) -> list[Block]:
    """``rows`` (a page's rows of glyphs, top down, each left to right) as blocks in reading
    order: the rows outside columns as they are, each run of rows set in columns split
    into its sides, left side first (see the module's description)."""
    return _split(list(rows), size, None, _MAX_DEPTH)


def _split(
    rows: list[list[Glyph]], size: float, edges: tuple[float, float] | None, depth: int
) -> list[Block]:
    if depth <= 0 or len(rows) < SIDE_ROWS:
        return [(rows, edges)] if rows else []
    # the runs set in columns, longest first, none over another: one pass over the rows for
    # each place a gutter may stand (a search again above and below each run found would
    # take the square of the rows on a page of many short runs)
    taken = [False] * len(rows)
    chosen: list[tuple[int, int, float]] = []
    for first, last, x in sorted(_gutters(rows, size), key=lambda run: run[0] - run[1]):
        if not any(taken[first : last + 1]):
            taken[first : last + 1] = [True] * (last + 1 - first)
            chosen.append((first, last, x))
    out: list[Block] = []
    at = 0
    for first, last, x in sorted(chosen):
        if at < first:
            out.append((rows[at:first], edges))
        left = [
            row
            for row in ([g for g in r if _middle(g) < x] for r in rows[first : last + 1])
            if _visible(row)
        ]
        right = [
            row
            for row in ([g for g in r if _middle(g) >= x] for r in rows[first : last + 1])
            if _visible(row)
        ]
        out += _split(left, size, _edges(left), depth - 1)
        out += _split(right, size, _edges(right), depth - 1)
        at = last + 1
    if at < len(rows):
        out.append((rows[at:], edges))
    return out


def _middle(glyph: Glyph) -> float:
    return (float(glyph["x0"]) + float(glyph["x1"])) / 2


def _visible(row: list[Glyph]) -> bool:
    return any(not str(g["text"]).isspace() for g in row)


def _edges(rows: list[list[Glyph]]) -> tuple[float, float]:
    seen = [g for row in rows for g in row if not str(g["text"]).isspace()]
    return min(float(g["x0"]) for g in seen), max(float(g["x1"]) for g in seen)


def _spans(row: list[Glyph], gap: float) -> list[tuple[float, float]]:
    """The stretches of ``row`` its visible glyphs cover, a gap narrower than ``gap``
    bridged: one for a line of running text, more where blanks part it."""
    out: list[tuple[float, float]] = []
    for g in row:
        if str(g["text"]).isspace():
            continue
        x0, x1 = float(g["x0"]), float(g["x1"])
        if out and x0 - out[-1][1] < gap:
            out[-1] = (out[-1][0], max(out[-1][1], x1))
        else:
            out.append((x0, x1))
    return out


def _gutters(rows: list[list[Glyph]], size: float) -> list[tuple[int, int, float]]:
    """Each run of rows (first and last index) that a gutter at x parts into columns, with
    x; runs of different places may overlap."""
    gap = GUTTER * size
    spans = [_spans(row, gap) for row in rows]
    heights = [_height(row) for row in rows]
    # where a gutter may stand: the middle of a gap a row leaves between two stretches, one
    # place each half glyph (a gutter's rows leave their gaps at the same x), and the middle
    # between where one row ends and the next, beside it, begins (columns set at heights of
    # their own fill no row on both sides)
    places: dict[int, float] = {}
    support: dict[int, int] = {}  # how many rows (or pairs of rows) leave a gap there

    def place(x: float) -> None:
        key = round(2 * x / size)
        places.setdefault(key, x)
        support[key] = support.get(key, 0) + 1

    for row in spans:
        for one, two in itertools.pairwise(row):
            place((one[1] + two[0]) / 2)
    for above, below in itertools.pairwise(spans):
        if above and below:
            for end, start in ((above[-1][1], below[0][0]), (below[-1][1], above[0][0])):
                if start - end >= gap:
                    place((end + start) / 2)
    # each place is tried on every row: on a page of gaps everywhere (a hostile page of tiny
    # glyphs) only the places most rows leave a gap at, where a gutter stands
    tried = set(sorted(support, key=lambda key: (-support[key], key))[:MAX_PLACES])
    return [
        (first, last, x)
        for key, x in places.items()
        if key in tried
        for first, last in _runs(spans, x, size / 4)
        if _parts(spans[first : last + 1], heights[first : last + 1], x, size)
    ]


def _height(row: list[Glyph]) -> tuple[float, float]:
    """The top and bottom of a row's visible glyphs."""
    seen = [g for g in row if not str(g["text"]).isspace()] or row
    return min(float(g["top"]) for g in seen), max(float(g["bottom"]) for g in seen)


def _runs(spans: list[list[tuple[float, float]]], x: float, half: float) -> list[tuple[int, int]]:
    """The runs of :data:`SIDE_ROWS` consecutive rows or more (first and last index) no
    stretch of which comes within ``half`` of ``x``."""
    out: list[tuple[int, int]] = []
    start = -1
    for i, row in enumerate([*spans, [(x, x)]]):  # (a row across x ends the last run)
        if any(a < x + half and b > x - half for a, b in row):
            if start >= 0 and i - start >= SIDE_ROWS:
                out.append((start, i - 1))
            start = -1
        elif start < 0:
            start = i
    return out


def _parts(
    spans: list[list[tuple[float, float]]],
    heights: list[tuple[float, float]],
    x: float,
    size: float,
) -> bool:
    """Whether the rows ``spans`` hold (their tops and bottoms ``heights``), parted at ``x``,
    are columns: text on both sides at the same heights, each side wide enough and filled by
    some of its rows."""
    lefts = [[s for s in row if s[1] <= x] for row in spans]
    rights = [[s for s in row if s[0] >= x] for row in spans]
    if _beside(lefts, rights, heights) < SIDE_ROWS:
        return False
    return _column(lefts, size, FULL_ROWS) and _column(rights, size, 1)


def _beside(
    lefts: list[list[tuple[float, float]]],
    rights: list[list[tuple[float, float]]],
    heights: list[tuple[float, float]],
) -> int:
    """How many rows hold text on the left with text on the right at the same height: in
    the row itself, or in a row next to it whose glyphs' heights meet its (the right column
    set half a line lower). Rows are in order top down, so such a row is a neighbour."""
    count = 0
    for i, left in enumerate(lefts):
        if not left:
            continue
        top, bottom = heights[i]
        if any(
            rights[j] and heights[j][0] < bottom and heights[j][1] > top
            for j in range(max(0, i - 2), min(len(rights), i + 3))
        ):
            count += 1
    return count


def _column(side: list[list[tuple[float, float]]], size: float, full_rows: int) -> bool:
    """Whether one side's stretches make a column: at least :data:`COLUMN_LEAST` glyphs
    wide, with ``full_rows`` rows filling it (running text wraps at its edge)."""
    rows = [row for row in side if row]
    if not rows:
        return False
    start = min(row[0][0] for row in rows)
    end = max(row[-1][1] for row in rows)
    if end - start < COLUMN_LEAST * size:
        return False
    full = sum(1 for row in rows if row[-1][1] >= end - size and row[0][0] <= start + 3 * size)
    return full >= full_rows
