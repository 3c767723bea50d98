"""抄送 (and 抄报 / 报) lines: the bodies copied, in order.

The list opens a line (``抄送：甲委，乙办，`` goes on over the next line when it ends with
，or 、), or, where a copy joined the closing lines, stands inside one after what ends the
element before it: ``…2021年5月6日 抄送：甲委。``, ``…电话：0000-5550123抄送：…``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from replyparse import vocab
from replyparse.closing import (
    CC_COLUMN_OPENS,
    DATE,
    cc_column_row,
    gapped_cc_label_at,
    glued_cc_label,
)
from replyparse.context import Context, Item, Spanned
from replyparse.elements import LEVELS, opens_as
from replyparse.fields.linescan import line_indexes_at
from replyparse.formatchars import FORMAT_CLASS
from replyparse.labels import LabelSet, labels_on
from replyparse.layout import CC_LINE, cc_list_end
from replyparse.model import Letter, Span
from replyparse.orgnames import ORG_END, ORG_INSIDE, PORTAL, SPAM_LAST, spam_name
from replyparse.repeats import COPY_LEAST
from replyparse.textview import CELL_BARS, DUN_MARKS, Line, TextView

# Bodies stand apart by ，、； (、 also as its look-alikes, 丶), blanks or a table's bars,
# or by the number of copies each is sent after its name: in brackets, also where the
# copy lost the bracket's end and the separator (甲委（1份），乙办（二份）;
# 甲委(1乙办(1份))), or glued with 份 (甲委2份 乙办各一份), also where the copy lost the
# bracket's start (甲委2份） 乙办（2份）); the 版记's count of the copies printed after the
# list is none of it (…乙办。（共印10份）, …乙办。  共印5份).
# (a web copy's invisible format character inside a count is read past as a blank is:
# （1\u200b份）)
_GAP = rf"[\s{FORMAT_CLASS}]*"
_COPIES = rf"(?:[各共]?印?){_GAP}(?:\d{{1,3}}|[一二两三四五六七八九十]{{1,2}}){_GAP}份"
_SPLIT = re.compile(
    rf"(?:[，,{DUN_MARKS}；;\s{re.escape(CELL_BARS)}]"
    rf"|[（(]{_GAP}(?:[各共]?{_GAP}\d{{1,3}}|{_COPIES}){_GAP}份?{_GAP}[）)]*"
    rf"|{_COPIES}{_GAP}[）)]*)+"
)
_TRAIL = "。.；;，,"
# 抄送：/抄报： inside a line (报： alone is a word too often: 汇报：, 情况报：).
_MID_LINE = re.compile(r"(?:抄送|抄报)：")
# (and a page's own cells, the article's tags among them, glued after the list on a page
# flattened with the letter: …区某办标签：0人觉得有用, …某办 来源：某局; fix122)
_LABEL_BEFORE_COLON = re.compile(
    "(?:"
    + vocab.spellings(
        tuple(
            e
            for e in vocab.labels()
            if (e.in_zone("closing") and e.field != "cc" and e.is_label) or e.field == "page"
        )
    )
    + "|标签)$"
)
_OTHER_LABELS = LabelSet(
    tuple(e for e in vocab.labels() if e.in_zone("closing") and e.field != "cc")
)
# Every list follows one of these labels and its colon (at a line's start or inside it):
# CC_LINE's label wherever it stands.
_ANY_LABEL = re.compile(CC_LINE.pattern.removeprefix("^"))
# What may end the element before a 抄送 that runs on inside a line.
_ENDS_ELEMENT = "。；日）"
# A publication note glued after the list, in brackets or bare (…县财政局（此件公开发布）,
# …县财政局 此件主动公开): its head is one of labels.tsv's note heads (此件, 本函, 以上答复…),
# which no body's name holds. The note is its own element, as after a full stop.
_NOTE_AFTER = re.compile(
    r"[（(]?(?:" + vocab.spellings(tuple(e for e in vocab.labels() if e.needs == "note")) + ")"
)


# A publication label glued after the last body with no colon (…县政府办公室公开方式主动公开,
# …办公室是否公开是): labels.tsv's 是否公开 rows that stand as labels at a line's start
# glued to their value (公开方式, 是否公开, 公开属性…). No body's name holds one, so the
# list ends where it starts; the label is its own element (the 信息公开 row, needing its
# colon, is no such label: 县政务信息公开办公室 is a body).
PUBLIC_LABEL_GLUED = re.compile(
    vocab.spellings(
        tuple(e for e in vocab.labels() if e.field == "public" and e.needs in ("start", "suffix"))
    )
)
# The 版记's 印发 line glued after the list (…县财政局县某局办公室2099年8月24日印发): its
# date and the 印发 after it; the office before the date is the line's, not a body. In
# round brackets too (…县教育局（2099年8月24日印发）): the bracket is the line's. Its 印 may
# stand alone, no word glued after it (…办公室 2099年8月24日印 （共印5份）).
_PRINTED_GLUED = re.compile(rf"[（(]?{DATE}[ \t\u3000]*印(?:发|(?![\u4e00-\u9fff]))")


class CopiedTo(Spanned[str]):
    """One body on the 抄送 list, as written, without the final 。."""

    def place(self, letter: Letter) -> None:
        letter.cc.append(self.value)
        letter.cc_spans.append(self.span)


def find_cc(view: TextView, lines: tuple[Line, ...]) -> list[tuple[str, Span]]:
    """Bodies named on the 抄送 lines, split at ，、 or spaces, without the final 。."""
    out: list[tuple[str, Span]] = []
    if not _may_hold_list(view.norm):
        return out
    # one scan of the letter for each pattern, not a search of each line: neither matches
    # a line break, and no two of a pattern's matches overlap (each ends with its colon)
    heads = {m.start(): m.end() for m in _ANY_LABEL.finditer(view.norm)}
    if "抄" in view.norm:
        heads.update(_gapped_heads(view, lines, heads))
    mids = [m.start() for m in _MID_LINE.finditer(view.norm)]
    if not heads and not mids:
        return out
    # only a line holding a match of either may hold a list: a head at its start, a mid
    # inside it (the others' lists are empty)
    for i in line_indexes_at(lines, sorted([*heads, *mids])):
        line = lines[i]
        head = heads.get(line.start)  # CC_LINE's match, placed in view.norm
        if head is None and line.text[:1] == "（" and line.text[-1:] == "）":
            inner = heads.get(line.start + 1)
            if inner is not None:  # （抄送：市政府办公室）: the list in brackets on its line
                out += _bodies(view, inner, line.end - 1)
                continue
        # (label's start, list's start) of each list on the line: one opening it, and any
        # other running on inside it; a list ends where the next one's label starts
        lists = [(line.start, head)] if head is not None else []
        if bisect_left(mids, line.start + 1) < bisect_left(mids, line.end):
            lists += _mid_line(view, line, after_list=head is not None)
        # the line's other labels, found once for all its lists (a long line of glued
        # lists found them again for each: quadratic); their starts, in order
        others = [found.start for found in labels_on(view, line, _OTHER_LABELS)]
        for k, (_, start) in enumerate(lists):
            if k + 1 < len(lists):
                last = lists[k + 1][0]
            elif head is not None and k == 0:
                last = lines[cc_list_end(lines, i)].end
            else:
                last = line.end
            out += _bodies(view, start, _next_label(view, others, start, last))
    return out


def _gapped_heads(view: TextView, lines: tuple[Line, ...], heads: dict[int, int]) -> dict[int, int]:
    """{label's start: list's start} of each 抄 label a gap alone parts from the list after
    it (``抄送  市财政局``, :func:`replyparse.closing.gapped_cc_label_at`), or that opens a
    line glued to its list, no colon and no gap (``抄送县政府办公室，县财政局。``,
    :func:`replyparse.closing.glued_cc_label`), where no colon's head stands. A gapped label
    inside a line is asked too, and read nowhere: :func:`find_cc` reads a head only at its
    line's start."""
    out: dict[int, int] = {}
    norm = view.norm
    glued: list[int] = []  # where a 抄 stands that no head starts at
    at = norm.find("抄")
    while at >= 0:
        if at not in heads:
            if size := gapped_cc_label_at(view, at):
                out[at] = at + size
            else:
                glued.append(at)
        at = norm.find("抄", at + 1)
    for i in line_indexes_at(lines, glued):
        line = lines[i]
        if line.start in glued and (size := glued_cc_label(line.text)):
            out[line.start] = line.start + size
    return out


def _may_hold_list(norm: str) -> bool:
    """Whether ``norm`` holds what every match of _ANY_LABEL and of _MID_LINE does: 抄,
    or 送： or 报： (a label that holds neither is 抄送单位：, 抄报单位： or 抄送机关：). Three
    finds in C where the two scans read every character (most letters hold no list)."""
    return "抄" in norm or "送：" in norm or "报：" in norm


def _next_label(view: TextView, others: list[int], start: int, end: int) -> int:
    """Where the list from ``start`` ends on its line at the latest: before the next label
    of the closing that is no 抄送 (…抄报：县政府办 联系单位：县教育局; ``others``: where
    those of the line start, in order), or after the full stop that ends the list: a list
    is one sentence, and what a flattened page glued after its stop on the line is another
    element (…督查室。文件下载：…, …财政局。相关附件：), as is a publication note, a
    publication label or a 印发 line glued after its last body (…财政局（此件公开发布）,
    …办公室公开方式主动公开, …财政局某局办公室2099年8月24日印发)."""
    norm = view.norm
    stop = norm.find("。", start, end)
    if stop >= 0:
        end = stop + 1
    if note := _NOTE_AFTER.search(norm, start, end):
        end = note.start()  # (a publication note glued after it, :data:`_NOTE_AFTER`)
    # (each pattern's one literal found in C first: the usual list holds neither)
    if norm.find("公开", start, end) >= 0 and (
        public := PUBLIC_LABEL_GLUED.search(norm, start, end)
    ):
        end = public.start()  # (a publication label glued after it, no colon between)
    if norm.find("印", start, end) >= 0 and (printed := _PRINTED_GLUED.search(norm, start, end)):
        end = _printing_office(norm, start, printed.start())
    k = bisect_right(others, start)  # the first label after the list's start
    if k < len(others) and others[k] < end:
        return others[k]
    # no body's name holds a colon: one after a closing label ends the list where the
    # label starts, glued to the last body or not (…委员会附件：)
    colon = view.norm.find("：", start, end)
    if colon > start and (label := _LABEL_BEFORE_COLON.search(view.norm, start, colon)):
        return label.start()
    return _copy_skipped(view, start, end)


def _printing_office(norm: str, start: int, date: int) -> int:
    """Where the office of the 印发 line whose date starts at ``date`` begins, the list
    opening at ``start`` (the list ends there): the office is the last run of words before
    the date (``县财政局  县某局办公室  2099年…印发``), or, glued to the last body with no
    gap, the part of that run after the cut :func:`_glued` would make, a whole office
    opening as the body before it does (``县财政局县水利局办公室2099年…印发`` →
    ``县水利局办公室``); glued so that no cut parts them, the run is the last body and the
    list ends at the date."""
    end = date
    while end > start and norm[end - 1] in " \t\u3000":
        end -= 1
    run = end
    while run > start and not _PIECE_EDGE.match(norm[run - 1]):
        run -= 1
    if run == end:
        return date
    words = norm[run:end]
    pieces = _glued_office(words)
    if pieces is not None:
        return run + pieces
    # a run of its own after a blank, other bodies before it: the office (after a list's
    # separator the run is a body with the office glued to it, no cut found: the date ends it)
    if norm[run - 1] in " \t\u3000" and norm[start:run].strip(" \t\u3000，,、；;。"):
        return run
    return date


def _glued_office(words: str) -> int | None:
    """Where an office glued after the list's last body starts in ``words``: after the last
    organisation word (the head ending so, three characters or more) whose rest is a whole
    office (three characters or more, ending in an office's word and no suffix alone) that
    opens with the head's first character, a level or a place named to its level
    (县…局 / 县…办公室, 市…局 / 县…办公室, 省政府办公厅 / 某某省某厅办公室); None when none
    does."""
    best = None
    for m in ORG_INSIDE.finditer(words):
        cut = m.end()
        rest = words[cut:]
        if (
            cut >= 3
            and len(rest) >= 3
            and opens_as(rest, words[:cut])
            and ORG_END.search(rest) is not None
            and not _SUFFIX_ONLY.fullmatch(rest)
        ):
            best = cut
    return best


def _copy_skipped(view: TextView, start: int, end: int) -> int:
    """Where the list from ``start`` ends at the latest before ``end``: where the view
    skips, inside a line, a letter's worth of the page's text (the second copy of a letter
    a flattened page wrote twice, :func:`replyparse.repeats.second_copy`). What follows
    the copy is the page's, read after it; the list is the first copy's and ended where
    the copy began (…抄报：甲办、乙局 某某委员：您提出的… 抄报：甲办、乙局 留言…). A page
    number or a gloss the view skips is short: a list goes on past it."""
    origin = view.origin
    if end - start < 2 or origin[end - 1] - origin[start] - (end - 1 - start) < COPY_LEAST:
        return end  # (the usual list: nothing that long skipped)
    norm, original = view.norm, view.original
    for i in range(start, end - 1):
        skipped = origin[i + 1] - origin[i] - 1
        if (
            skipped >= COPY_LEAST
            and norm[i] != "\n"
            and norm[i + 1] != "\n"
            and not original[origin[i] + 1 : origin[i + 1]].isspace()
        ):
            return i + 1
    return end


def _bodies(view: TextView, start: int, end: int) -> list[tuple[str, Span]]:
    """The bodies of one list, ``view.norm[start:end]``, with their spans. The list is
    split at the letter's own separators and blanks, but for a printed line's break the
    view reads through (a hard-wrapped list: ``市人民`` / ``政府办公室`` is one body, its
    span over the break) and a break between two characters of a name."""
    out: list[tuple[str, Span]] = []
    written, (base, _) = view.source(start, end)
    written = _mark_printed_breaks(view, start, end, base, written)
    if "\n" in written:  # (the usual list is on one line: nothing to read through)
        written = _WRAPPED_NAME.sub(_read_through_wrap, written)
    if " " in written or "\u3000" in written:
        written = _read_through_blanks(written, _LISTED.search(written) is not None)
    pos = 0
    for part in _SPLIT.split(written):
        at = pos
        pos += len(part)
        if (gap := _SPLIT.match(written, pos)) is not None:
            pos = gap.end()
        # (a web copy's zero-width space, rare: asked only of a part with a character
        # that prints nothing, which every invisible one is)
        if not part.isprintable() and _INVISIBLE.search(part) is not None:
            part = _invisible_ends_blank(part)
        lead = len(part) - len(part.lstrip())
        name = part.strip().rstrip(_TRAIL).strip()
        if name[-1:] in SPAM_LAST and spam_name(name):
            continue  # (a mirror's brand alone, where a place stood, names no body: spam62)
        begin = base + at + lead
        if _READ_THROUGH in name:
            at_of = [i for i, ch in enumerate(name) if ch != _READ_THROUGH]
            name = name.replace(_READ_THROUGH, "")
            for a, b in _glued(name):
                out.append((name[a:b], (begin + at_of[a], begin + at_of[b - 1] + 1)))
            continue
        for cut_start, cut_end in _glued(name):
            out.append((name[cut_start:cut_end], (begin + cut_start, begin + cut_end)))
    return out


# An invisible format character a web copy left at a body's end (，\u200b市政府督查室):
# no character of its name, read as a blank there (one inside a name stays).
_INVISIBLE_CHARS = FORMAT_CLASS  # (ranges: a class of each one is slow to search)
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_INVISIBLE_ENDS = re.compile(
    rf"^[\s{_INVISIBLE_CHARS}]+|[\s{_INVISIBLE_CHARS}{re.escape(_TRAIL)}]+$"
)


def _invisible_ends_blank(part: str) -> str:
    """``part`` with the invisible characters among the blanks (and the final marks) at
    its ends made blanks (one for one: the offsets stay)."""
    return _INVISIBLE_ENDS.sub(lambda m: _INVISIBLE.sub(" ", m.group()), part)


_READ_THROUGH = "\uffff"
"""Stands, in a list as written, for a printed line's break the view reads through: no
separator and no blank, and never a character of a letter (a Unicode noncharacter)."""


# A list's line break between two characters of a name: a printed page wrapped the list in
# the middle of one (市财 / 政局, :func:`replyparse.closing.cc_list_end`), read through.
_WRAPPED_NAME = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]*\n\s*(?=[\u4e00-\u9fff])")


def _read_through_wrap(m: re.Match[str]) -> str:
    """A line break between two characters (:data:`_WRAPPED_NAME`) read through, marked
    :data:`_READ_THROUGH`, unless it parts a list set out as a column: the line after it is
    a body of its own under the line before (:func:`replyparse.closing.cc_column_row`, as the
    closing read the list: ``县人大常委会选联工委`` / ``县政府督查室``, ``发展改革委`` /
    ``财政局``, ``县人大选工委`` / ``政府办``), no one office's suffix alone (``县人民政府`` /
    ``办公室`` is one name), or the piece before it ends in a
    body's ending and the piece after it, a body of its own, opens with its level or 各 on a
    line of several (``县人大常委会选联工委`` / ``县政府督查室，县财政局。``)."""
    written = m.string
    above = written[written.rfind("\n", 0, m.start()) + 1 : m.start()]
    below_end = written.find("\n", m.end())
    below = written[m.end() : below_end if below_end >= 0 else len(written)]
    row = _row(below)
    if cc_column_row(_row(above), row) and not _ONE_SUFFIX.fullmatch(row.rstrip(_TRAIL)):
        return m.group()
    if _after_brand(written, m.start()):
        return m.group()  # (a mirror's brand over the body's line: no part of it, spam62)
    before, after = _pieces_around(written, m.start(), m.end())
    if after[:1] in CC_COLUMN_OPENS and _ends_body(before) and _ends_body(after):
        return m.group()
    return _READ_THROUGH * len(m.group())


_ONE_SUFFIX = re.compile(ORG_INSIDE.pattern)
"""One office's suffix (办公室, 委员会), matched whole: a row of a list that names no body
alone, the rest of the name above it."""


def _row(text: str) -> str:
    """A line of a list as the closing reads it: its blanks and read-through marks out."""
    return "".join(text.split()).replace(_READ_THROUGH, "")


# A list parted by ，、； (not by blanks): a single blank between two characters of a name
# is a printed line's wrap a web copy flattened into a space (丙县自然资 源局).
_LISTED = re.compile(f"[，,{DUN_MARKS}；;]")
_BLANK_IN_NAME = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])")
_PIECE_EDGE = re.compile(rf"[，,{DUN_MARKS}；;。.\s（()）]")
# How a body's name ends besides an office's suffix: a person copied (王某代表), a
# people's congress, or the bodies a list names together (各有关单位).
_BODY_END = ("代表", "委员", "同志", "人大", "单位", "部门", "乡镇")
# What names no body alone, an office's suffix and nothing more: the rest of the name before
# it, wherever that ends (县人民政府 办公室).
_SUFFIX_ONLY = re.compile(f"(?:{ORG_INSIDE.pattern})+")


def _pieces_around(written: str, at: int, to: int) -> tuple[str, str]:
    """The piece of the list that ends at ``at`` (its read-through marks taken out) and the
    one that opens at ``to``, as written: each runs to the separator, blank or bracket
    nearest it (:data:`_PIECE_EDGE`)."""
    opens = at
    while opens > 0 and _PIECE_EDGE.match(written, opens - 1) is None:
        opens -= 1  # (back to the edge nearest it: a search from the list's start is quadratic)
    nxt = _PIECE_EDGE.search(written, to)
    after = written[to : nxt.start() if nxt else len(written)]
    return written[opens:at].replace(_READ_THROUGH, ""), after


def _ends_body(piece: str) -> bool:
    """Whether ``piece`` ends as a body's name does; a government's own portal
    (``某县人民政府门户网站``, :data:`~replyparse.orgnames.PORTAL`) is a body a reply is
    copied to for publication, where a spam mirror's site's name ends none (mirror57)."""
    return (
        piece.endswith(_BODY_END)
        or ORG_END.search(piece) is not None
        or (piece.endswith("网站") and PORTAL.search(piece) is not None)
    )


_BRAND_EDGE = re.compile(rf"[，,{DUN_MARKS}；;。.\s]")


def _after_brand(written: str, at: int) -> bool:
    """Whether the words of the list right before ``at`` (back to its separator or blank,
    a brand's bracketed note inside them) are a hijacked mirror's brand whole
    (:func:`~replyparse.orgnames.spam_name`: ``某某国际(中国)官方网站``, ``大发体育投注``), set
    where the place stood before the body after the blank: no part of its name (spam62)."""
    if written[at - 1 : at] not in SPAM_LAST:
        return False
    opens = at
    while opens > 0 and _BRAND_EDGE.match(written, opens - 1) is None:
        opens -= 1
    return spam_name(written[opens:at].replace(_READ_THROUGH, ""))


def _read_through_blanks(written: str, listed: bool) -> str:
    """``written`` with each single blank inside a name (:data:`_BLANK_IN_NAME`) marked
    :data:`_READ_THROUGH` where the piece before it ends in no body's ending and the piece
    after it does (``县自然资 源局``, ``尚明 华代表``), or where the piece after is an
    office's suffix alone (``县人民政府 办公室``). Two bodies a blank alone parts,
    ``市财政局 市发改委``, stay two: the first ends in an office's suffix.

    In a list blanks alone part (not ``listed`` with ，、；: ``抄送：市政 府办公室``, one
    body), a blank is read through only where the piece after it ends in an office's
    suffix (no person's name: ``林某 张某代表`` may be two) and opens as no body of its
    own does: with no level or 各 (:data:`~replyparse.closing.CC_COLUMN_OPENS`), nor with
    the place the piece before opens with (``甲县公安 甲县消防大队`` is two)."""
    chars: list[str] | None = None
    for m in _BLANK_IN_NAME.finditer(written):
        at = m.start()
        before, after = _pieces_around(written, at, at + 1)
        after = after.replace(_READ_THROUGH, "")
        if before and _after_brand(written, at):
            continue  # (某某国际(中国)官方网站 督查室: the brand is no part of the body, spam62)
        if before and (
            _SUFFIX_ONLY.fullmatch(after)
            or (
                not _ends_body(before)
                and not after.startswith("各")
                and (
                    _ends_body(after)
                    if listed
                    else (
                        ORG_END.search(after) is not None
                        and after[:1] not in CC_COLUMN_OPENS
                        and after[:2] != before[:2]
                    )
                )
            )
        ):
            chars = chars or list(written)
            chars[at] = _READ_THROUGH
    return written if chars is None else "".join(chars)


def _mark_printed_breaks(view: TextView, start: int, end: int, base: int, written: str) -> str:
    """``written`` (the letter's text from ``base``, behind ``view.norm[start:end]``) with
    each line break that stands between two characters of one line of the view marked
    :data:`_READ_THROUGH`: the breaks :mod:`replyparse.unwrap` joined inside a
    hard-wrapped paragraph."""
    if "\n" not in written:
        return written  # the usual list: on one line
    norm, origin, original = view.norm, view.origin, view.original
    chars: list[str] | None = None
    for i in range(start, end - 1):
        skipped = range(origin[i] + 1, origin[i + 1])
        if (
            skipped
            and norm[i] != "\n"
            and norm[i + 1] != "\n"
            and "\n" in original[skipped.start : skipped.stop]
        ):
            # the break and the blanks around it (a printed line's trailing spaces)
            chars = chars or list(written)
            for at in skipped:
                if original[at].isspace():
                    chars[at - base] = _READ_THROUGH
    return written if chars is None else "".join(chars)


def _glued(name: str) -> list[tuple[int, int]]:
    """Where the bodies of ``name`` are, when a copy lost the separators between them:
    after an organisation word, another body that opens with the same level as the first
    (市督查局市政协提案委: 市… and 市…; 区住建局市政工程处 stays one). Each piece ends in an
    organisation word and has three characters or more; else ``name`` is one body."""
    if not name:
        return []
    level = name[0]
    # (a name holding its level once is one body: a cut is made only before the level
    # written again, so the walk below would find none; the usual body skips it)
    if level not in LEVELS or name.count(level) == 1 or not ORG_END.search(name):
        return [(0, len(name))]
    cuts = [0]
    for m in ORG_INSIDE.finditer(name):
        end = m.end()
        if (
            end < len(name)
            and name[end] == level
            and end - cuts[-1] >= 3
            and ORG_END.search(name, 0, end)
        ):
            cuts.append(end)
    pieces = list(zip(cuts, [*cuts[1:], len(name)], strict=True))
    if len(pieces) > 1 and all(b - a >= 3 and ORG_END.search(name, a, b) for a, b in pieces):
        return pieces
    return [(0, len(name))]


def _mid_line(view: TextView, line: Line, after_list: bool) -> list[tuple[int, int]]:
    """The (label's start, list's start) of each 抄送 that runs on inside ``line``: after
    what ends another element, or anywhere after a list (抄报：市政府抄送：县人大)."""
    out: list[tuple[int, int]] = []
    for m in _MID_LINE.finditer(line.text, 1):
        at = line.start + m.start()
        before = line.text[m.start() - 1]
        apart = before in _ENDS_ELEMENT or before.isdigit()
        if after_list or apart or view.origin[at] - view.origin[at - 1] > 1:
            out.append((at, line.start + m.end()))
    return out


_LIST_MARK = re.compile(r"[，,、；;]")
_PLACE_ENDS = frozenset("省市县区州盟旗镇乡村")
"""How a place's name ends: a body named by its place alone (``某市``) is a whole name."""
_AFTER_LIST = frozenset(" \t\n\u3000)）")
"""What stands right before a line run on after a 抄送 list: a blank, a line's break the
flattening kept, or the bracket closing the list's last note (``（1份）``) with nothing
between."""


def _cut_signer(text: str, bodies: list[tuple[str, Span]], names: list[str]) -> bool:
    """Whether the list's last body is the signer's name cut short, run on after the list
    past a blank (``抄送：市人大代表工委、市政府督查室 某市交``: a flattened page's line that
    its print cut, the heading of the next page): a body's start of ``names`` (the letter's
    issuer and its signers), two characters or more, ending in no body's ending, written after
    a blank. A list's own body ends as a body does (``某市``: a body named by its place alone
    stays, and so does ``抄送：市政府`` under ``市政府办公室``)."""
    name, (start, _) = bodies[-1]
    if len(bodies) < 2 or len(name) < 2 or _ends_body(name) or name[-1] in _PLACE_ENDS:
        return False
    if text[start - 1] not in _AFTER_LIST or _LIST_MARK.search(text, bodies[-2][1][1], start):
        return False  # (parted from the list by a blank or a note's bracket, no list's mark)
    return any(len(whole) > len(name) and whole.startswith(name) for whole in names)


def extract(ctx: Context) -> list[Item]:
    bodies = find_cc(ctx.view, ctx.view.content_lines)
    names = [ctx.letter.issuer or "", *(ctx.letter.signature.issuer or "").split("、")]
    if bodies and _cut_signer(ctx.view.original, bodies, names):
        bodies.pop()
    return [CopiedTo(text, span) for text, span in bodies]
