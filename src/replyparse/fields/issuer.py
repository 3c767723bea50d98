"""发文机关: from the header mark (not a cell of a form flattened into lines; also the
signer's name the header writes in words the mark does not know, ``Layout.authority``;
not a mark that names another authority than a title opening with its own, which the
signature confirms: a site's name over the page),
else the signature (its first authority; the whole name when it is one a title opens
with, cut short by the page), else a title that opens with it (``某某局关于…的答复``; a
year before it aside: ``2019年某局对…的函``); with no title found (a copy that lost its line
breaks runs the title into the body), the letter's first line that opens the same way;
when the letter names none, the authority a page's title cell opens with."""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import TypeVar

from replyparse.chrome import (
    PAGE_HEADING_LEAST,
    PAGE_HEADING_PIECES,
    page_label_opens,
    page_title_cell,
)
from replyparse.closing import HANDLER_UNIT, names_cut
from replyparse.context import Context, Found, Item, Range
from replyparse.fields.signature import PLACED, SignatureIssuer
from replyparse.fields.title import Title, TitleChrome
from replyparse.labels import ALL, gap_cells
from replyparse.layout import issuer_mark, issuer_mark_at, title_issuer, value_under_label
from replyparse.model import Letter
from replyparse.orgnames import ORG_END
from replyparse.textview import Line

_PUBLISHER_CELL = re.compile(r"(?:发布机构|所属机构|信息来源|来源)[:：]?(?![:：])")
"""A page's cell naming who published it, its label glued to its value or a colon between
(``发布机构某县水务局``, ``来源：某局``), on a line of the head: the site's publisher, no
issuer's mark (as :func:`_page_title_cell` reads no such cell), whatever the value names."""


class Issuer(Found[str]):
    def place(self, letter: Letter) -> None:
        letter.issuer = self.value
        letter.issuer_span = self.span


def extract(ctx: Context) -> list[Item]:
    return _from_letter(ctx) or _heading_over_title(ctx) or _page_title_cell(ctx)


_HEADING_SHORTEST = PAGE_HEADING_LEAST
"""The fewest characters of the letter's title a page's heading must write again for its
authority to be read as the letter's (a shorter title is too few words to tell a copy): as
many as the page's other heading rules ask (:data:`~replyparse.chrome.PAGE_HEADING_LEAST`;
decided, left64: issuer63 asked eight)."""
_HEADING_FARTHEST = PAGE_HEADING_PIECES
"""How many lines (on one line, pieces between blanks: :func:`_apart`) may stand between
the heading's copy and the letter's title: a page's cells under its heading, no more (as
the page's other heading rules reach, :data:`~replyparse.chrome.PAGE_HEADING_PIECES`; decided,
left64: a copy further up, in a list of related articles, names nothing)."""
_GLUED_LABEL_REACH = 16
"""How far after the heading's copy a page's label glued to it is read (its characters
spaced: ``索  引  号``)."""
_NAME_CHARS = re.compile(r"[\u4e00-\u9fff（）()]")
_STATE_HEAD = re.compile(r"国家|国务院|中共|中国|全国")
"""The state's or the party's words a national authority's name opens with (no place)."""
_HEADING_PARTS = frozenset(" \t\u3000\u00a0")
"""The blanks a heading may write between the authority's name and the title's copy."""


def _heading_over_title(ctx: Context) -> list[Item]:
    """The authority a page's heading glues before the letter's own title written again
    whole and in the same words (``某局关于…第9号建议答复的函`` over ``关于…第9号建议答复
    的函``, a blank between the name and the copy or none), when the letter names none
    itself (a cut copy: no header mark, no signature, its own title with no authority): the
    same words show the same document, and the page names its author (decided issuer63).
    A heading in other words than the title names nothing (fix73). The heading is read in
    the text as written, where the view may have dropped it as the title's copy; it stays
    the page's: the item claims no range of the view."""
    if ctx.view.glossed:
        return []  # (a mirror's glosses: the heading's places are not the view's to map)
    titles = _found_once(ctx, Title)
    if not titles:
        return []
    title = titles[0]
    words = unicodedata.normalize("NFKC", "".join(title.text.split()))
    if len(words) < _HEADING_SHORTEST:
        return []
    original = ctx.view.original
    at = ctx.view.origin[title.value.range(0, 1)[0]]  # (the title's first character)
    chars: list[str] = []
    where: list[int] = []
    for k in range(at):
        c = original[k]
        if c.isspace():
            continue
        for n in unicodedata.normalize("NFKC", c):
            chars.append(n)
            where.append(k)
    copy = "".join(chars).rfind(words)
    if copy < 0:
        return []
    after = where[copy + len(words) - 1] + 1
    if (
        after < at
        and original[after] not in _HEADING_PARTS
        and original[after] != "\n"
        and not page_label_opens(original[after : after + _GLUED_LABEL_REACH])
    ):
        # (the heading goes on after the copy: a longer title, not this one; the page's
        # table glued after it, 索引号…, a copy with nothing between its lines, is none)
        return []
    if _apart(original[after:at]) > _HEADING_FARTHEST:
        return []  # (too far above the title: no heading of its page)
    end = where[copy]
    while end > 0 and original[end - 1] in _HEADING_PARTS:
        end -= 1  # (a blank between the name and the copy; a line break parts them)
    start = end
    while start > 0 and _NAME_CHARS.match(original[start - 1]):
        start -= 1
    name = original[start:end]
    if PLACED.match(name) is None and _STATE_HEAD.match(name) is None:
        return []  # (no authority naming its place: a crumb's words glued before it, review63d)
    m = title_issuer(name + words)
    if m is not None and m.end() == len(name) + (1 if words[0] == "对" else 2):
        # (as a title reads it, up to the copy's 关于 or 对: a forwarded authority is no part
        # of it, 某县人民政府办公室转发县某局关于…)
        return [Issuer(m.group("name"), (start + m.start("name"), start + m.end("name")), None)]
    if issuer_mark(name) != name:
        return []
    return [Issuer(name, (start, end), None)]


def _apart(between: str) -> int:
    """How far apart the heading's copy and the title stand, ``between`` the text between
    them: the lines between, not empty, where a line break parts them; on one line (a copy
    flattened with blanks), the pieces between its blanks."""
    if "\n" not in between:
        return len(between.split())
    lines = between.split("\n")[1:-1]
    return sum(1 for line in lines if not line.isspace() and line)


def _page_title_cell(ctx: Context) -> list[Item]:
    """The authority the title cell of a page's metadata table opens with (``名称：某局关于…
    的答复``), when the letter names none itself (a cut copy: no header, no signature, its
    own title with no authority): the site copies that cell from the document's whole title,
    as it copies the 文号 cell from its number (decided fix75). Not a ``发布机构`` or
    ``来源`` cell: the site's publisher, no issuer. The cell is chrome: the item claims no
    range of the view."""
    if ctx.view.glossed:
        return []  # (a mirror's glosses: the cell's places are not the view's to map)
    original = ctx.view.original
    where = page_title_cell(original)
    if where is None:
        return []
    m = title_issuer(original[where[0] : where[1]])
    if m is None:
        return []
    start, end = where[0] + m.start("name"), where[0] + m.end("name")
    return [Issuer(m.group("name"), (start, end), None)]


def _claimed(line: Line, ranges: list[Range]) -> bool:
    """Whether ``line`` lies whole inside one of ``ranges``."""
    return any(a <= line.start and line.end <= b for a, b in ranges)


def _from_letter(ctx: Context) -> list[Item]:
    """The issuer as the letter's own lines name it (the module's first three sources)."""
    # (the form's lines asked by their index: a 办理单 a copy repeated runs the header and
    # its form to thousands of lines, and a tuple's ``in`` compared each line with each)
    form = {line.index for line in ctx.layout.form}
    chrome_after_title = ctx.claims.taken.get(TitleChrome)
    for line in ctx.layout.header:
        # (the lines that could name it asked first: the authority's, or one an issuer's mark
        # reads; the questions that pass a line over below are asked only of those, as a line
        # that is neither is passed over whatever they answer, and none of them changes what
        # a later line reads)
        authority = line is ctx.layout.authority
        at = None if authority else issuer_mark_at(line.text)
        if at is None and not authority:
            continue
        if line.index in form:
            continue  # a form's cell (承办单位 over 县公安局) names the unit, not the issuer
        if _under_labels_row(ctx, line):
            continue  # a listing's cell under its column labels (承办单位  答复日期 / 某局)
        if value_under_label(ctx.view, line):
            continue  # a label's value under it, its colon the line's end (承办单位： / 某局)
        if _PUBLISHER_CELL.match(line.text):
            continue  # a page's publisher cell glued to its value (发布机构某局): no mark
        if chrome_after_title and _claimed(line, chrome_after_title):
            continue  # the page's site glued after the title (…的答复｜某局): no mark (pert65)
        if authority:
            claim = (line.start, line.end)  # the signer's name as the header writes it
            return [Issuer(line.text, ctx.span(*claim), claim)]
        if at is not None:
            claim = _first_of_joint(ctx, line, (line.start + at[0], line.start + at[1]))
            name = line.text[claim[0] - line.start : claim[1] - line.start]
            if "·" in name:  # (its dot as written, 中国•某某研究会: the view reads each ·)
                name = "".join(ctx.view.written(*claim).split())
            return _over_own_title(ctx, name) or [Issuer(name, ctx.span(*claim), claim)]
    signer = _first_signer(ctx)
    if signer is not None:
        return _whole_in_title(ctx, signer.value) or _title_over_handlers(ctx) or [signer]
    titles = _found_once(ctx, Title)
    if not titles and ctx.view.content_lines:
        line = ctx.view.content_lines[0]
        if not _may_open_with_issuer(line.text):
            return []
        titles = [Title(ctx.flat((line.start, line.end), drop=" \n", written=True), None)]
    for title in titles:
        m = title_issuer(title.text)
        if m:
            claim = title.value.range(*m.span("name"))
            return [Issuer(m.group("name"), ctx.span(*claim), claim)]
    return []


def _over_own_title(ctx: Context, name: str) -> list[Item]:
    """The signer, when a header line names another authority (``name``) than the title
    opens with (``某县某局对…的答复``) and the signature confirms the title's: the line is a
    site's name over a page (``某县人民政府`` over a bureau's reply), not the letter's mark.
    Nothing when they agree or the letter does not say so twice."""
    for title in _found_once(ctx, Title):
        m = title_issuer(title.text)
        if m is None or m.group("name") == name:
            return []
        signer = _first_signer(ctx)
        if signer is not None and signer.value == m.group("name"):
            return [signer]
    return []


def _whole_in_title(ctx: Context, signed: str) -> list[Item]:
    """The authority a title opens with, when the signer is that name with its last one or
    two characters lost in copying (a page cut short inside the signature: ``某镇人民政``
    under ``某镇人民政府对…的答复``): the letter names it whole there. Nothing otherwise,
    nor for a signer whole under a title of one of its own offices (``某局`` under
    ``某局办公室关于…``, ``某局党组关于…``: the suffix that ends the title's name comes
    whole after the signer's)."""
    for title in _found_once(ctx, Title):
        m = title_issuer(title.text)
        if m is None or m.group("name") == signed or not names_cut(signed, m.group("name")):
            return []
        suffix = ORG_END.search(m.group("name"))
        if ORG_END.search(signed) and suffix is not None and suffix.start() >= len(signed):
            return []  # (a whole name under its own office's title, 某局 / 某局办公室关于…)
        claim = title.value.range(*m.span("name"))
        return [Issuer(m.group("name"), ctx.span(*claim), claim)]
    return []


_HANDLER_LABEL_END = re.compile(rf"{HANDLER_UNIT}[:：]\s*$")
"""A handling unit's label and its colon right before the signers (``承办单位：某局、某局``;
no answering unit's, ``答复单位：``, whose unit answers: mend73b)."""


def _one_of_the_units(name: str, unit: str) -> bool:
    """Whether a title's authority ``name`` is the handling ``unit``: the same name, the
    unit written short with its place dropped (``县交通运输局`` for ``甲山县交通运输局``), or
    one of the unit's own offices (``甲山县交通运输局办公室``: review53e's rule, the signer
    whole under its office's title)."""
    return name == unit or unit.endswith(name) or name.startswith(unit)


def _title_over_handlers(ctx: Context) -> list[Item]:
    """The authority a title opens with (``某县人民政府对…的答复``), when the signers are the
    units a handling unit's label names under the date (``承办单位：某镇人民政府、某局``) and
    it is none of them: the units handled the item, the title's authority answers (as the
    head's line names it where the page kept its lines). Nothing otherwise."""
    for signed in _found_once(ctx, SignatureIssuer):
        at = signed.value[0].at[0]
        before = ctx.view.original[max(0, at - 12) : at]
        if _HANDLER_LABEL_END.search(before) is None:
            return []
        for title in _found_once(ctx, Title):
            m = title_issuer(title.text)
            if m is None:
                return []
            named = [s for s in signed.value if _one_of_the_units(m.group("name"), s.name)]
            if named:
                # the title names one of the units: that unit answers, as written under
                # the label (the first unit's is the first signer's: left74b)
                unit = named[0]
                return [] if unit is signed.value[0] else [Issuer(unit.name, unit.span(), None)]
            claim = title.value.range(*m.span("name"))
            return [Issuer(m.group("name"), ctx.span(*claim), claim)]
        return []
    return []


def _first_signer(ctx: Context) -> Issuer | None:
    """The first signing authority as the issuer, or None when nothing signs. A joint reply
    is signed by several; the first is the 主办 unit (what ``signed.text.split("、")[0]``
    reads: the text is the names joined with 、, so its first piece is the first name's;
    no join made)."""
    for signed in _found_once(ctx, SignatureIssuer):
        first = signed.value[0].name.partition("、")[0]
        return Issuer(first, signed.value[0].span(len(first)), None)
    return None


# A row of a web listing's column labels copied on one line, its cells parted by gaps (a
# proposal database's 承办单位  答复日期  答复内容, or 承办单位答复  答复日期 as a site words
# it): two cells or more, each a label of the table alone or with a word of its own after
# it, none holding a colon or a value (类别：A  签发人：王某 is a row of filled labels, 公开方式
# 主动公开 a label and its value). The values stand one a line under it, the handling unit
# first: that authority is the listing's cell, not the letter's mark (the letter's own head
# never stands right under a table's labels).
_LABEL_CELL_WORDS = 8  # the longest such cell: a label (up to six) and a word after it
_LABEL_ROW_LONGEST = 40


def _under_labels_row(ctx: Context, line: Line) -> bool:
    """Whether the line right above ``line`` (blank lines skipped) is such a row of column
    labels."""
    lines = ctx.view.lines
    k = line.index - 1
    while k >= 0 and not lines[k].text.strip():
        k -= 1
    if k < 0:
        return False
    above = lines[k]
    if len(above.text) > _LABEL_ROW_LONGEST or not ctx.view.gaps_in(above.start, above.end):
        return False  # (the usual line above: no gap, no cells)
    cells = [ctx.view.norm[a:b] for a, b in gap_cells(ctx.view, above)]
    return len(cells) >= 2 and all(_label_cell(cell) for cell in cells)


def _label_cell(cell: str) -> bool:
    """Whether ``cell`` is a label of the table (not a mark carrying its value: 主动公开),
    alone or with a word after it (承办单位答复), hanzi only."""
    if len(cell) > _LABEL_CELL_WORDS or not all("\u4e00" <= c <= "\u9fff" for c in cell):
        return False
    for end in range(len(cell), 1, -1):
        entry = ALL.by_spelling.get(cell[:end])
        if entry is not None:
            return entry.is_label and len(cell) - end <= 2
    return False


JOINT_PART = 4
"""The fewest characters each authority of a joint header line has (某县水务局): a shorter
part after a gap (某市人民政府    办公室, a name spread over the line) is no authority."""


def _first_of_joint(ctx: Context, line: Line, claim: Range) -> Range:
    """The first authority of a joint reply's header line naming them side by side apart by
    gaps (``某县农业农村局    某县水务局``), as the signature gives the first; ``claim``
    itself when the line names one (no gap in it, or a part that is no authority's name
    alone: 某 市 民 政 局 letter-spaced, 某市人民政府    办公室 spread over the line)."""
    gaps = ctx.view.gaps_in(*claim)
    if not gaps:
        return claim  # (the usual header line: no gap, no search)
    bounds = [claim[0], *gaps, claim[1]]
    for a, b in itertools.pairwise(bounds):
        part = line.text[a - line.start : b - line.start]
        if len(part) < JOINT_PART or issuer_mark_at(part) != (0, len(part)):
            return claim
    return (bounds[0], bounds[1])


_OnceT = TypeVar("_OnceT", SignatureIssuer, Title)


def _found_once(ctx: Context, kind: type[_OnceT]) -> list[_OnceT]:
    """``ctx.found(kind)`` for the signature's authorities and the title, without asking
    each item found so far ``isinstance`` (a failing one looks up ``__class__``: about 8k
    instructions a letter). Exact: each is found at most once, always with a claim, and
    has no subclass, so its items are as many as the claims filed under its class
    (``Context.add_all``): none filed, none found; one filed, the one item of that class.
    Else the whole list is walked."""
    taken = ctx.claims.taken.get(kind)
    if not taken:
        return []
    if len(taken) == 1:
        for item in ctx.items:
            if type(item) is kind:
                return [item]
    return ctx.found(kind)


def _may_open_with_issuer(text: str) -> bool:
    """Whether a line of the view may open with an authority as a title does: the name is
    followed by 关于 or 对 (:func:`~replyparse.layout.title_issuer`). Exact as a gate before
    the line is read as written: the view never changes those characters, nor keeps a blank
    between two hanzi, so the line as written holds them exactly where the view does."""
    return "关于" in text or "对" in text
