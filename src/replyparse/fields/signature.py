"""发文机关署名 and 成文日期 at the end of the letter."""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from replyparse import vocab
from replyparse.closing import (
    AUTHORITY_LINE,
    BRANCH,
    GLUED_HANDLER,
    JOINT_NOTE,
    LIST_MARKS,
    MONTH_DATE_LINE,
    OFFICE_TAILS,
    PART_NOTE,
    SEAL_LEAD,
    SEAL_NOTE,
    SEAL_OPENS,
    SIGNER_NOTE_CLOSERS,
    authority_date,
    branch_apart,
    day_below,
    departments_apart,
    footnote_start,
    glued_person_start,
    host,
    listed_authorities,
    name_then_labels,
    person_note_start,
    sealed_person_start,
    sentence_lead,
    signer_note,
    signoff_end,
    spam_lead_end,
    sub_unit_of,
    without_markup_tail,
    wrapped_name,
    year_start,
)
from replyparse.context import Context, Flat, Found, Item, Range
from replyparse.elements import CITY_WORD, LEVEL_CHARS, LEVELS
from replyparse.fields.dates import cut_day, day_dates, find_dates, month_dates
from replyparse.fields.title import page_title
from replyparse.model import Letter, Span
from replyparse.orgnames import (
    glued_brand_end,
    marked_brand,
    site_or_marked_brand,
    spam_name,
)
from replyparse.textview import Line, TextView


def _authority_end(line: Line) -> int:
    """Where the authority ends on its line: before the date when both share the line, or
    before a year alone or a damaged date after it (``某局 2023年``, ``某局 2023927``); a
    web copy's tag left at the line's end (``某局<br>``, ``某局 2024年5月10日 <br>``) no
    part of it."""
    text = line.text[: footnote_start(line.text)]
    if text.endswith(">"):  # (without_markup_tail's gate)
        text = without_markup_tail(text).rstrip()
    m = authority_date(text)
    if m is None and (text[-1:] in "年日" or text[-1:].isdigit()):
        return line.start + year_start(text)
    if m is None and (cut := glued_person_start(text) or sealed_person_start(text)):
        # 某县教育局李某某, 某县教育局李某某（盖章）: the person who signed is none of it
        return line.start + cut
    return line.start + (m.end("authority") if m else len(text))


SIGNER_GAP = re.compile(r"[ \t]{2,}|\u3000+")
"""The gap joint signers on one line stand apart by: two blanks or tabs, or an ideographic
space (one blank may sit inside a name). The signature cuts a line of signers at it, and
:mod:`replyparse.resegment` leaves a line of authorities one blank apart whole only when
it holds none."""
_BLANKS = re.compile(r"\s+")


@dataclass(unsafe_hash=True)
class Signer:
    """One signing authority: its name as written (blanks out) and, for each of its
    characters, the offset in the letter's text. Never changed once made (not declared
    frozen, which made one several times as dear to build)."""

    name: str
    at: tuple[int, ...]

    def span(self, length: int | None = None) -> Span:
        """The span of the name, or of its first ``length`` characters."""
        length = len(self.name) if length is None else length
        if length == 0:
            return (self.at[0], self.at[0])
        return (self.at[0], self.at[length - 1] + 1)


_OPENERS = "（("


def _without_notes(name: str) -> str:
    """``name`` without the seal note (:data:`SEAL_NOTE`) or the joint reply's note
    (:data:`JOINT_NOTE`, ``某局（联合答复）``, ``某局（主办）``) or the class mark or
    publication note (:func:`~replyparse.closing.signer_note`, ``某局（B类）``) that ends
    it; a note standing alone gives ""."""
    name = SEAL_NOTE.sub("", name)
    if name[-1:] in SIGNER_NOTE_CLOSERS and (k := signer_note(name)):
        return name[:k]  # a class mark or a publication note glued to it: 某局（B类）
    if name[-1:] in "）)" and ("合" in name or "同" in name or "办" in name or "头" in name):
        k = max(name.rfind(c) for c in _OPENERS)
        if k >= 0 and JOINT_NOTE.match(name[k:]):
            return name[:k]
    if name[-1:] in "）)" and (cut := person_note_start(name)) is not None:
        return name[:cut]  # who signed for it, in brackets after it: 某局（王某某）
    return name


def _joint(view: TextView, line: Line, end: int, *, dated: bool = False) -> list[Signer] | None:
    """Several authorities on one line, apart by wide gaps; None when the line is one name.
    ``dated``: the signature has its date (beside the names or under them: one reading)."""
    written, (base, _) = view.source(line.start, end)
    # (every gap holds a space, a tab or an ideographic space: a line with none has none,
    # and the usual signer's line is asked with three `in`s, not a class-led search)
    if " " not in written and "\t" not in written and "\u3000" not in written:
        return None
    gap = SIGNER_GAP
    if gap.search(written.strip()) is None:
        # one blank apart (a flattened copy, or a joint reply's departments as a joint
        # document writes them): joint signers only when each is a whole department, a
        # signer's part notes it (某局 某局（主办）) or each opens with the first one's place
        # (某市甲局 某市乙局); else one name a stray blank sits in
        # (a class mark or a publication note closing the line, 甲县财政局 乙县教育局（B类）
        # over the date, stands where a date beside them would: the names read as there)
        dated = (
            dated
            or end < line.end
            or (
                written.rstrip()[-1:] in SIGNER_NOTE_CLOSERS
                and signer_note(_BLANKS.sub("", written)) > 0
            )
        )
        first = written.strip().split(None, 1)[0]
        site = site_or_marked_brand(first)
        if not site and (names := _stray_blank_names(written.strip())):
            # each name a stray blank sits in (某县教 育局 某县财 政局): a signer each
            lead = len(written) - len(written.lstrip())
            out: list[Signer] = []
            for a, b in names:
                at = tuple(base + i for i in range(lead + a, lead + b) if not written[i].isspace())
                name = _without_notes(_BLANKS.sub("", written[lead + a : lead + b]))
                out.append(Signer(name, at[: len(name)]))
            return out
        if not site and not _single_blank_signers(written.strip(), dated=dated):
            return None  # one part: one name at most
        # (a site's name before the authority parts as on two lines: signers reads it)
        gap = _BLANKS
    pos = len(written) - len(written.lstrip())
    out = []
    for part in gap.split(written.strip()):
        if blanks_out := _BLANKS.sub("", part):
            name = _without_notes(blanks_out)
            at = tuple(base + pos + i for i, ch in enumerate(part) if not ch.isspace())
            if name in OFFICE_TAILS and out and not site_or_marked_brand(out[-1].name):
                # an office's ending alone after the gap (某县人民政府  办公室): the tail of
                # the name before it, a stray blank between, no signer of its own (not of a
                # government's portal: 某市人民政府门户网站  办公室, the office signs alone;
                # nor of a mirror's brand: 某某官网 办公室, no signer, spam60)
                last = out[-1]
                out[-1] = Signer(last.name + name, last.at + at[: len(name)])
            elif name:  # (a joint reply's note beside its signers signs for none)
                out.append(Signer(name, at[: len(name)]))
        pos += len(part)
        blanks = gap.match(written, pos)
        pos = blanks.end() if blanks else pos
    if len(out) > 1 and all(
        AUTHORITY_LINE.match(s.name) or (k == 0 and site_or_marked_brand(s.name))
        for k, s in enumerate(out)
    ):
        return out
    return None


_PART_NOTE = re.compile(PART_NOTE)
"""A signer's part in a joint reply after its name (``（主办）``, ``（协办单位）``)."""
_SHORTEST_SIGNER = 4
"""The fewest characters of a signer told apart by one blank (a place and an office)."""


def _single_blank_signers(written: str, *, dated: bool = False) -> bool:
    """Whether ``written``, a signers' line with no wide gap, is several authorities one
    blank apart: each a whole department (:func:`~replyparse.closing.departments_apart`:
    生态环境部 发展改革委, 甲县财政局 教育局), or each an authority (its part note out) of
    four characters or more, and a
    part note on the line or every one opening with the first one's place (its first two
    characters), or each opening with its level alone (:data:`~replyparse.elements.LEVELS`:
    市某局 县某局), or each naming its place (:data:`PLACED`) with the date after them on the
    line (``dated``: ``甲县某局 乙县某局 2021年6月3日``, read as the same names over the date on
    the next line are, each its own signer)."""
    parts = _BLANKS.split(written)
    if len(parts) < 2:
        return False
    names = [_without_notes(part) for part in parts]
    if all(AUTHORITY_LINE.match(n) for n in names) and any(
        branch_apart(a, b) for a, b in itertools.pairwise(names)
    ):
        return True  # a station or a brigade after a body that has none (branch_apart)
    if departments_apart(names):
        # each a whole department, as a joint reply writes them one blank apart (生态环境部
        # 发展改革委; 甲县财政局 教育局, the second short under the first's level)
        return True
    if not all(len(n) >= _SHORTEST_SIGNER and AUTHORITY_LINE.match(n) for n in names):
        return False
    if (
        dated
        and all(PLACED.match(n) for n in names)
        and not any(BRANCH.match(n) for n in names[1:])
    ):
        # (each names its place: 某市公安局 交通警察支队 is one unit's name, and so is
        # 某市公安局 乙区分局, the first's branch in its district)
        return True
    if ("办" in written or "头" in written) and _PART_NOTE.search(written):
        return True
    if all(n[0] in LEVELS for n in names):
        # each opens with its level alone, the place left unsaid, as a county's offices
        # sign a joint reply with the city's (市财政局 县教育局 区民政局): several signers
        return True
    return all(n.startswith(names[0][:2]) for n in names[1:])


_PIECES = re.compile(r"\S+")
_STRAY_PIECES_MOST = 16
"""The most pieces a line of joint signers with stray blanks inside them is read in (a
joint reply's few names, each cut once or twice): a longer line of pieces is none."""


def _stray_blank_names(written: str) -> list[tuple[int, int]] | None:
    """Where each name stands in ``written``, a signers' line one blank apart, when it holds
    several authorities each naming its own place and a stray blank sits inside one of
    them at least (``某县教 育局 某县财 政局``, ``宜和市文化广电 和旅游局 宜和市财 政局``: a web
    copy's blanks inside and between the names alike): a name ends where the pieces so far
    make an authority whole and the next piece opens with a place of its own
    (:data:`_OWN_PLACE`, ``某县财``), no branch named by its place alone after its parent
    (``甲市公安 局 乙区分局`` is one name: :data:`~replyparse.closing.BRANCH`). None when
    the line parts otherwise, or every piece is a name whole (read by
    :func:`_single_blank_signers`, as before; left61a)."""
    pieces = [(m.start(), m.end()) for m in _PIECES.finditer(written)]
    if not 3 <= len(pieces) <= _STRAY_PIECES_MOST:
        return None  # (two names and a stray blank in one: three pieces at least)
    names: list[tuple[int, int]] = []
    start, joined = pieces[0][0], written[pieces[0][0] : pieces[0][1]]
    for a, b in pieces[1:]:
        piece = written[a:b]
        if AUTHORITY_LINE.match(joined) and _OWN_PLACE.match(piece):
            names.append((start, a))
            start, joined = a, piece
        else:
            joined += piece
    names.append((start, pieces[-1][1]))
    if len(names) < 2 or len(names) == len(pieces):
        return None
    whole = [_BLANKS.sub("", written[a:b]) for a, b in names]
    if not all(
        len(n) >= _SHORTEST_SIGNER and AUTHORITY_LINE.match(n) and _OWN_PLACE.match(n)
        for n in whole
    ) or any(BRANCH.match(n) for n in whole[1:]):
        return None
    return [(a, len(written[:b].rstrip())) for a, b in names]


# An authority that names its place first: a level within its first four characters (甲县…,
# 某某市…, 市…), none of the words that open a name with a level's character (市政, 市场).
_LEVEL_AT = r"[省市县区乡镇](?![政场域])"
"""A level's character right after an office's ending (:data:`_GLUED_PAIR`), no word it opens."""
_LEVEL_OPENS = rf"{_LEVEL_AT}(?<!{CITY_WORD})"
"""A level of government opening a name (甲县…, 县教育局), not a word that only starts with a
level's character (市政, 市场, 区域, 县域) nor one that ends with it (城市, 城区, 城乡, 城镇,
社区: :data:`~replyparse.elements.CITY_WORD`, read behind the level's character; 城市管理科
names no place); the levels an office's place ends with here (a 州, 盟 or 旗 is
written whole before its offices and is no concern of these two readings)."""
PLACED = re.compile(rf"^[\u4e00-\u9fff]{{0,3}}{_LEVEL_OPENS}")
"""An authority's name that names its place first (甲县…, 某某市…, 县…; not 城乡…, 市场…)."""


# What the usual signer's line (一个机关的名称, nothing else) never ends or opens with: the
# ends of a citation mark (``]``), of a date after the authority (日, 号, 月: what
# :func:`~replyparse.closing.authority_date` ends with) and of a seal note
# (:data:`SEAL_NOTE`'s brackets, a bare 代章's 章 or 代印's 印), and a web copy's tag (``<br>``);
# the first characters of the formulas :func:`signoff_end` cuts, and a seal note's opening
# bracket (:data:`SEAL_OPENS`: 〔印章〕某局).
_NOT_LAST = frozenset("]日号月年）)〕］】章印>0123456789") | LIST_MARKS
# (a digit: a date that lost its 日; a list's mark: its signers wrapped onto the next line)
_SIGNOFF_FIRST = frozenset(formula[0] for formula in vocab.words("signoff_formulas"))


def _names_on(view: TextView, line: Line, *, dated: bool = False) -> list[Signer]:
    """The authorities ``line`` names (:func:`_names_read`). The usual line, one name kept
    whole from the letter (origin counts on by one: no gap, so no name then labels), with
    no blank as written (no joint signers), no line break (``$`` reads none), and none of
    the characters above at its ends, and no label's colon (``主办单位：某局``), is that name
    whole (a test compares the two)."""
    text, start, end = line.text, line.start, line.end
    origin = view.origin
    if (
        text
        and text[-1] not in _NOT_LAST
        and text[0] not in _SIGNOFF_FIRST
        and text[0] not in SEAL_OPENS
        and origin[end - 1] - origin[start] == end - 1 - start
        and " " not in text
        and "\n" not in text
        and "：" not in text
        and GLUED_HANDLER.match(text) is None  # (承办单位某局: host reads past its label)
        and "，" not in text  # (a list of signers: :func:`_names_read` parts it)
        and "," not in text
        and "；" not in text
        and "、" not in text
        and not glued_person_start(text)  # (its gate: a name's ending as the line's last)
        and not sealed_person_start(text)  # (its gate: a note's 章 or 签 in the line)
    ):
        written = view.original[origin[start] : origin[end - 1] + 1]
        if (
            " " not in written
            and "\t" not in written
            and "\u3000" not in written
            and written[-1] not in _NOT_LAST
            and "\n" not in written
        ):
            return [Signer(written, tuple(origin[start:end]))]
    return _names_read(view, line, dated=dated)


def _names_read(view: TextView, line: Line, *, dated: bool = False) -> list[Signer]:
    """The authorities ``line`` names: a joint line's several, or the one it holds."""
    if "：" in line.text and (lead := spam_lead_end(line.text)):
        # a mirror's brand and a colon where the place stood (大发体育投注：交通运输局): read
        # apart as after a blank, so that :func:`_past_site_names` reads past the brand
        brand = _written(view, line.start, line.start + lead - 1)
        rest = Line(line.index, line.start + lead, line.end, line.text[lead:])
        return [Signer(brand.text, _origins(view, brand.at)), *_names_read(view, rest, dated=dated)]
    # an office a contact line opens with signs with its name alone (某局    联系人：…)
    if (named := name_then_labels(view, line)) is not None and named.authority:
        line = named.name
    elif (hosting := host(view, line)) is not None:
        line = hosting  # the unit that answers, after its label (主办单位：某局)
    end = _authority_end(line)
    # a formula that ends the reply, glued before the signer (特此函复某县水利局), is none of it
    if cut := signoff_end(line.text):
        line = Line(line.index, line.start + cut, line.end, line.text[cut:])
    text = line.text[: end - line.start]
    if any(mark in text for mark in LIST_MARKS) and (pieces := listed_authorities(text)):
        # a joint reply's signers listed on their line, 某市公安局，某市交通运输局, or a list
        # wrapped after its mark (某市公安局、 over the next): each a signer
        out = []
        for a, b in pieces:
            flat = _written(view, line.start + a, line.start + b)
            out.append(Signer(_without_notes(flat.text), _origins(view, flat.at)))
        return [Signer(n.name, n.at[: len(n.name)]) for n in out if n.name]
    joint = _joint(view, line, end, dated=dated)
    if joint is not None:
        return joint
    whole = _written(view, line.start, end)
    # a seal note the copy set over the name, before it (〔印章〕某局), is none of it
    lead = 0
    if whole.text[:1] in SEAL_OPENS and (seal := SEAL_LEAD.match(whole.text)):
        lead = seal.end()
    while lead < len(whole.text) and whole.text[lead] in LIST_MARKS:
        lead += 1  # a list's mark the line above wrapped onto this one (、某局) is no name's
    if (past := _past_debris(view, whole)) > lead:
        lead = past  # junk a mirror set before the name, a blank between (某某 某局)
    elif (
        not lead
        and (words := sentence_lead(view, line))
        and AUTHORITY_LINE.match(whole.text[words:])
    ):
        lead = words  # a sentence's first words before it, a blank between (经研究 县某局)
    name = _without_notes(whole.text[lead:])
    return [Signer(name, _origins(view, whole.at[lead : lead + len(name)]))] if name else []


# A blank's character reference a copy of a page's source left as text (&nbsp;, &ensp;,
# &emsp;), whole or broken by characters a mirror strewed inside it (&nb某某sp;, &某某nbsp;):
# up to four after & and between any two of its letters. A copy reads a whole one as the
# blank it names; a broken one stays.
_STREWN = r"[^\s&;]{0,4}?"
_BLANK_REFERENCE = re.compile(
    "|".join(f"&{_STREWN}{_STREWN.join(word)}{_STREWN};" for word in ("nbsp", "ensp", "emsp"))
)
_DEBRIS_LEAST = 2
"""How many such references a line's indent holds before the signer for it to be debris."""


def _past_debris(view: TextView, whole: Flat) -> int:
    """Where the signer's name starts in ``whole`` (a signer's line read, spaces left out)
    when a mirror set junk before it on its line, a blank between: after the first blank
    that an authority naming its own place follows whole (a stray blank inside it or not),
    when a broken blank's character reference stands before it on the line (``&nb某sp; 某
    甲县水务局``) or the piece before the blank can head no name (``吧某 甲县水务局``, spam
    then stray characters: :func:`_no_name_head`); else after the last blank before an
    authority, when the line holds two such references or more (``&nb某某sp; &某某nbsp;
    某某 某局``, a bare department). What stands before that blank is no part of
    the name (an earlier round read ``某某某局``). 0 otherwise: a name a stray blank sits in
    is read whole (``甲县 水务局``, ``甲县水务局 办公室``, ``甲山 县水务局``)."""
    if len(whole.at) < 2:
        return 0
    original, origin = view.original, view.origin
    first = origin[whole.at[0]]
    if origin[whole.at[-1]] - first == len(whole.at) - 1:
        return 0  # (the usual signer: written whole, no blank in it)
    line_start = original.rfind("\n", 0, first) + 1
    references = _BLANK_REFERENCE.findall(original, line_start, first)
    strewn = len(references) >= _DEBRIS_LEAST
    broken = any(r not in _WHOLE_REFERENCES for r in references)
    blanks = [
        k
        for k in range(1, len(whole.at))
        if (b := origin[whole.at[k]]) - (a := origin[whole.at[k - 1]]) > 1
        and original[a + 1 : b].isspace()
    ]
    # the first blank after which an authority naming its place stands whole, a stray blank
    # inside it or not (… 某某 甲县水 务局, … 甲 县 水 务 局 letter-spaced)
    text = whole.text
    for j, k in enumerate(blanks):
        if len(text) - k > _NAME_LONGEST:
            continue  # (no name is that long: a long line of junk asks its tail alone)
        name = text[k:]
        if _OWN_PLACE.match(name) and AUTHORITY_LINE.match(name):
            last = text[blanks[j - 1] if j else 0 : k]  # (the piece right before it)
            junk = broken or _no_name_head(text[:k], last)
            return k if junk else 0
    # else, after broken references, the last blank before an authority (… 某某 某局)
    if strewn and blanks and AUTHORITY_LINE.match(text[blanks[-1] :]):
        return blanks[-1]
    # or after one broken reference, when the piece before that blank ends as no place
    # and no office does (&nb某sp; 某某 某某街道办事处, an authority naming no place of its
    # own; not &nb某sp; 甲山市 林业局, a stray blank after the place: pert65)
    if broken and blanks and AUTHORITY_LINE.match(text[blanks[-1] :]):
        last = text[blanks[-2] if len(blanks) > 1 else 0 : blanks[-1]]
        if last and _stray_piece(last):
            return blanks[-1]
    return 0


def _stray_piece(piece: str) -> bool:
    """Whether ``piece``, hanzi before a signer's last blank, is a mirror's stray characters:
    it ends neither as a place nor as an office, and opens with no word a name opens with."""
    return (
        all("\u4e00" <= ch <= "\u9fff" for ch in piece)
        and piece[-1] not in _PLACE_OR_OFFICE_LAST
        and not piece.startswith(_NAME_HEADS)
    )


_WHOLE_REFERENCES = frozenset(("&nbsp;", "&ensp;", "&emsp;"))
_OWN_PLACE = re.compile(rf"^[^{LEVEL_CHARS}][\u4e00-\u9fff]{{0,7}}?[{LEVEL_CHARS}](?<!{CITY_WORD})")
"""An authority that names its own place before its level (甲县…, 某某市…, 某某自治县…,
某某左旗…), not one that opens with a level (县水务局, 县市场监督管理局, 市场监督管理局: a
name a blank cut after its place, or a bare department), nor one a word that ends with a
level's character and names no place opens (城乡建设局, 和城乡建设局, 城市管理局: the rest
of a name a blank cut)."""
_NAME_HEADS = (
    "中共",
    "中国",
    "共青团",
    "国网",
    "国家电网",
    "民革",
    "民盟",
    "民建",
    "民进",
    "农工党",
    "致公党",
    "九三学社",
    "台盟",
)
"""Words that open an authority's name before its place, a blank a copy set after them (中共
某县委员会, 国网 某县供电公司, a democratic party's committee: 民革 某市委员会)."""
_NAME_HEAD_LONGEST = 12
_NAME_LONGEST = 40
"""The longest authority's name read after a blank (``_AUTHORITY_NAME``'s bound)."""


def _no_name_head(before: str, last: str) -> bool:
    """Whether ``before``, what stands before a blank of a signer's line (``last`` its piece
    right before the blank), can head no authority's name: it holds a character no name
    holds (a broken reference, a bracket of spam, a digit), or it is a short run of hanzi
    that ends neither as a place (甲县, 甲山市, 左旗) nor as an office, opens with no word
    that opens a name (中共) nor with a place and its level (甲山县住房和 城乡建设局, 甲山市
    高新 技术产业开发区管委会: a stray blank cut a name whose rest reads as one naming
    its own place; 甲山县科协 甲山县科技局: two bodies, the first no name the signature's
    reading knows), and whose last piece is two characters or more (one alone is a
    letter-spaced name's: 青 山 市 林 业 局): a mirror's spam or stray characters. A place's
    name without its level (``甲山 县水务局``) is not asked: the authority after the blank
    names no place of its own there."""
    if not before or len(before) > _NAME_HEAD_LONGEST or before.startswith(_NAME_HEADS):
        return False
    if _OWN_PLACE.match(before):
        return False  # (a place and its level open it: a name's head, no junk)
    if not all("\u4e00" <= ch <= "\u9fff" for ch in before):
        return True
    return len(last) >= 2 and before[-1] not in _PLACE_OR_OFFICE_LAST


_PLACE_OR_OFFICE_LAST = LEVELS | frozenset("村局委办厅府院会部室处所站队组")
"""The last characters of a place's or an office's name (:func:`_no_name_head`)."""


def _origins(view: TextView, at: Sequence[int]) -> tuple[int, ...]:
    """The letter's offsets of the ``view.norm`` offsets ``at``: a slice of ``view.origin``
    when they follow one another (a ``range``, as a stretch kept whole gives them)."""
    if isinstance(at, range) and at.step == 1:
        return tuple(view.origin[at.start : at.stop])
    origin = view.origin
    return tuple([origin[i] for i in at])


def _written(view: TextView, start: int, end: int) -> Flat:
    """``view.norm[start:end]`` of one line as the letter wrote it, spaces left out: what
    ``Flat.of(view, (start, end), drop=" ", written=True)`` gives. A stretch with no space
    and no line break is read as written whole (:meth:`TextView.written`), not a character
    at a time (a test compares the two)."""
    stretch = view.norm[start:end]
    if " " in stretch or "\n" in stretch:
        return Flat.of(view, (start, end), drop=" ", written=True)
    origin = view.origin
    if stretch and origin[end - 1] - origin[start] == end - 1 - start:
        # view.written's own shortcut, its two searches for a blank and a break already
        # made on the stretch above: a run kept whole is the letter's slice
        return Flat(view.original[origin[start] : origin[end - 1] + 1], range(start, end))
    return Flat(view.written(start, end), range(start, end))


def _right_under(view: TextView, index: int, above: int) -> bool:
    """Whether line ``index`` stands right under line ``above``, or under it after one
    blank line (a copy's stray blank line inside a wrapped name)."""
    return index == above + 1 or (index == above + 2 and not view.lines[above + 1].text)


# Two authorities a copy glued in one signer's place, the second opening with its level
# alone, the place left unsaid (市财政局县教育局, as 市财政局 县教育局 one blank apart is
# read): each a whole authority of four characters or more that ends as an office does.
# (市政, 市场, 区域, 县域 open words of a name, no level: 某市人民政府市政管理局 is one)
_GLUED_PAIR = re.compile(
    rf"(?P<first>[\u4e00-\u9fff]{{2,18}}?(?:政府|局|委|办|厅))(?={_LEVEL_AT})"
    r"[\u4e00-\u9fff]{2,18}(?:政府|局|委|办|厅)"
)


def _glued_pair(s: Signer) -> list[Signer] | None:
    """``s`` as the two authorities it glues (:data:`_GLUED_PAIR`), or None: each part is
    an authority (:data:`AUTHORITY_LINE`) of four characters or more."""
    name = s.name
    if not (8 <= len(name) <= 40) or len(s.at) != len(name):
        return None  # (the gate: most signers' names are shorter, a pair is eight or more)
    m = _GLUED_PAIR.fullmatch(name)
    if m is None:
        return None
    cut = m.end("first")
    first, second = name[:cut], name[cut:]
    if len(first) < _SHORTEST_SIGNER or len(second) < _SHORTEST_SIGNER:
        return None
    if not (AUTHORITY_LINE.match(first) and AUTHORITY_LINE.match(second)):
        return None
    if first[-1] == "厅" and second[0] == "省" and second[-1] == "局":
        # a province's 厅 and its own 局 after it (甲省交通运输厅省公路管理局): the bureau
        # the department runs, one name; a second 厅 (省教育厅省财政厅) is a second signer
        return None
    return [Signer(first, s.at[:cut]), Signer(second, s.at[cut:])]


def _glued_brand(s: Signer) -> list[Signer] | None:
    """``s`` read past a mirror's brand glued before the name, where the brand's marks tell
    its end (:func:`~replyparse.orgnames.glued_brand_end`: ``xy365某某_某某app下载公安局``,
    ``…平台_mobile123sb水务局``), as with a blank between (:func:`_past_site_names`): an
    authority naming its place after it signs, a bare department signs nothing ([]); None
    where no such brand opens it (``某某官方网站教育局`` is read as written: dev35)."""
    name = s.name
    if len(s.at) != len(name) or not (cut := glued_brand_end(name)):
        return None
    rest = Signer(name[cut:], s.at[cut:])
    return [rest] if PLACED.match(rest.name) else []


def signers(view: TextView, lines: tuple[Line, ...], *, dated: bool = False) -> list[Signer]:
    """The signing authorities, in the order they sign (several for a joint reply). The
    same name on the line right above a signer's is no second signer: a PDF's running
    header at the top of the last page (``某局`` over ``某局`` over the date); the one
    signed lower stands. An office's ending alone on the line right under a signer's
    (``某县人民政府`` over ``办公室``: a narrow column wrapped the name), or under it after
    one blank line, is that name's tail, as after a gap on its line."""
    out: list[Signer] = []
    above = -2
    if lines and (brand := _brand_above(view, lines[0])) is not None:
        out.append(brand)  # 大发体育投注： over 交通运输局: read as on one line (spam60)
        above = lines[0].index - 1
    for line in lines:
        if page_title(line.text):
            continue  # a page's title and its publisher over the date (排涝答复_水务局)
        found = _names_on(view, line, dated=dated)
        if len(found) == 1 and (pair := _glued_pair(found[0])) is not None:
            found = pair  # 市财政局县教育局: a joint reply's two, glued
        elif len(found) == 1 and (apart := _glued_brand(found[0])) is not None:
            found = apart  # xy365某某_某某app下载公安局: read as with a blank (fix114)
        for k, s in enumerate(found):
            if out and s.name == out[-1].name:
                out[-1] = s  # the same authority again: once, as signed last
            elif (
                out
                # (the piece before: on this line after a wide gap, or on the line over)
                and (k > 0 or _right_under(view, line.index, above))
                and (
                    (s.name in OFFICE_TAILS and not site_or_marked_brand(out[-1].name))
                    or (
                        sub_unit_of(out[-1].name, s.name)
                        and not site_or_marked_brand(out[-1].name)
                        and not _listed_apart(view, out[-1], s)
                    )
                    or (k == 0 and wrapped_name(out[-1].name, s.name))
                )
            ):
                # an office's ending alone (某县人民政府 / 办公室), or a unit of the authority
                # before it with no place of its own (某市公安局 / 交通管理支队), or the rest of
                # a name a line break cut inside (北江县人民政 / 府办公室): one name
                last = out[-1]
                out[-1] = Signer(last.name + s.name, last.at + s.at)
            elif (
                out
                and k == 0
                and len(found) == 1
                and _right_under(view, line.index, above)
                and (columns := _wrapped_column(view, out[-1], s)) is not None
            ):
                # two signers set side by side, the first's name wrapped under itself
                # (甲县城市 乙市某局 / 管理局): the first whole, then the second
                out[-1:] = columns
            elif s.name:
                out.append(s)
        above = line.index
    if len(out) > 1 and any(site_or_marked_brand(s.name) for s in out):
        out = _past_site_names(out)
    return out


def _listed_apart(view: TextView, first: Signer, second: Signer) -> bool:
    """Whether a list's mark stands between the two signers as written (``某镇人民政府、
    退役军人事务局``): the list parts two units of a joint reply, each signing as written,
    where a gap or a line break alone may part a name from its own unit's (``某县人民政府``
    / ``教育督导室``: :func:`~replyparse.closing.sub_unit_of`)."""
    if not first.at or not second.at:
        return False
    between = view.original[first.at[-1] + 1 : second.at[0]]
    return any(mark in between for mark in LIST_MARKS)


def _wrapped_column(view: TextView, upper: Signer, tail: Signer) -> list[Signer] | None:
    """``upper``, a line of two signers set side by side in columns, a blank or a gap
    between them, read with ``tail``, the line right under it, where the left column's
    name wrapped (``甲山县城市 乙河市生态环境局`` over ``管理行政执法局``): the left name's head
    joined to its tail (:func:`~replyparse.closing.wrapped_name`: the head no name whole),
    then the right one, an authority naming its own place (:data:`PLACED`). None where
    ``upper`` is not written so (one blank stretch inside it, none of a name's pieces)."""
    at, original = upper.at, view.original
    if len(at) != len(upper.name) or len(at) < 2 * _SHORTEST_SIGNER:
        return None
    gaps = [
        k
        for k in range(1, len(at))
        if at[k] - at[k - 1] > 1 and not original[at[k - 1] + 1 : at[k]].strip()
    ]
    if len(gaps) != 1:
        return None  # (one stretch of blanks parts the columns)
    cut = gaps[0]
    head, right = upper.name[:cut], upper.name[cut:]
    if (
        AUTHORITY_LINE.match(head)
        or not AUTHORITY_LINE.match(right)
        or not PLACED.match(right)
        or not wrapped_name(head, tail.name)
    ):
        return None
    return [Signer(head + tail.name, at[:cut] + tail.at), Signer(right, at[cut:])]


def _brand_above(view: TextView, line: Line) -> Signer | None:
    """The mirror's brand and its colon on the line right over the first signer's
    (``大发体育投注：`` over ``交通运输局``, where the copy broke the line after the colon or
    the view parted a label's colon from what follows it), as a signer to be read past
    (:func:`_past_site_names`); None where no such line stands there."""
    if line.index < 1:
        return None
    prev = view.lines[line.index - 1]
    text = prev.text
    if text[-1:] != "：" or len(text) < 3 or not spam_name(text[:-1]):
        return None
    brand = _written(view, prev.start, prev.end - 1)
    return Signer(brand.text, _origins(view, brand.at)) if brand.text else None


def _past_site_names(out: list[Signer]) -> list[Signer]:
    """``out`` read past the site names and the brands a spam mirror set before an
    authority, a blank or a colon between (:func:`_joint` reads the two apart): before an
    authority that names its place (``某某官网 某县教育局``, :data:`PLACED`) the page's, no
    signer (notes46); before one that names none, a bare department (``某某娱乐(中国)官方网站
    教育局``, ``大发体育投注 交通运输局``), the mirror's words stand where the place stood and
    are no part of any name, and the department alone names no authority: neither signs
    (spam60; mirror57 signed the two as one name, notes46 the department alone). A site's
    name last signs nothing. A government's own portal (``某市人民政府门户网站``,
    :data:`~replyparse.orgnames.PORTAL`) or a site that names its own place
    (``甲山县融媒体中心网站``, review60a) is the banner of the page that carried the letter,
    no brand (:func:`~replyparse.orgnames.spam_name`): the department after it signs
    alone, as notes46 read it."""
    kept: list[Signer] = []
    site: Signer | None = None
    for s in out:
        is_site = site_or_marked_brand(s.name)
        in_brand_seat = (
            site is not None
            and (spam_name(site.name) or marked_brand(site.name))
            and not PLACED.match(s.name)
        )
        if not is_site and not in_brand_seat:
            kept.append(s)
        site = s if is_site else None
    return kept


class SignatureIssuer(Found[tuple[Signer, ...]]):
    """The signing authorities, joined with 、; the span runs from the first to the last."""

    @property
    def text(self) -> str:
        return "、".join(s.name for s in self.value)

    def place(self, letter: Letter) -> None:
        letter.signature.issuer = self.text
        letter.signature.issuer_span = self.span


class SignatureDate(Found[str]):
    """The 成文日期: its ISO value; the span holds the date as written. A date line written
    to the month (二〇二四年五月) is read and claimed as one, but the record's date is a day
    (``YYYY-MM-DD`` or null, the contract's type): such a value is placed nowhere, its month
    in ``dates`` and the line's ``date-no-day`` telling it."""

    def place(self, letter: Letter) -> None:
        if len(self.value) != _DAY_VALUE_LENGTH:
            return  # 2024-05: no day, no signature's date
        letter.signature.date = self.value
        letter.signature.date_span = self.span


_DAY_VALUE_LENGTH = len("2024-05-10")


# The characters of a date line written in digits or Chinese numerals (2021年9月3日,
# 二〇二一年九月三日). A line of these alone in the letter's view is its own view (what
# the view changes among them it makes no such line of: 0一0 reads 0-0; no noise line or
# chrome is made of them), and the date patterns read a line's edges as a text's: its
# dates are read on the letter's view.
_DATE_LINE_CHARS = frozenset("0123456789年月日号〇○零O一二三四五六七八九十")
_DATE_LINE_TEXT = "".join(sorted(_DATE_LINE_CHARS))
"""The same characters as a string: a line is made of them alone when stripping them
from both its ends leaves nothing (what ``issuperset`` tells, a test compares the two;
``issuperset`` builds a set of the line's characters first, twice as dear)."""


# The usual date line: a day written in figures and nothing else (2023年5月5日).
_PLAIN_DAY = re.compile(r"((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日")


_DAYS_IN = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
"""The days of each month that every year has (2月29日 left to :class:`datetime.date`)."""


def _plain_day(line: Line) -> list[tuple[str, Range]] | None:
    """What :func:`replyparse.fields.dates.day_dates` reads on a date line written as
    :data:`_PLAIN_DAY` whose day exists: that day, the whole line (a test compares the
    two); None for any other line, left to it."""
    m = _PLAIN_DAY.fullmatch(line.text)
    if m is None:
        return None
    month, day_of = int(m[2]), int(m[3])
    if 0 < month <= 12 and 0 < day_of <= _DAYS_IN[month - 1]:
        # (a day every year has: what the date below gives, without building it)
        return [(f"{m[1]}-{month:02d}-{day_of:02d}", (line.start, line.end))]
    try:
        day = datetime.date(int(m[1]), month, day_of)
    except ValueError:
        return None  # no such day (2月30日): the date finder reads what it makes of it
    return [(day.isoformat(), (line.start, line.end))]


def _date(ctx: Context, line: Line) -> SignatureDate | None:
    """The first date of the date line written to the day, no range; or, on a line that
    names only a year and a month (二〇二四年五月), that month."""
    if not line.text.strip(_DATE_LINE_TEXT):  # _DATE_LINE_CHARS.issuperset(line.text)
        if "年" not in line.text and "月" not in line.text:
            # (2021830: its marks lost) exact: a date the finders read on a line of these
            # holds a 年 or a 月 (the rarer forms need a bracket, a separator or a list's
            # 和、, none of them here), and so does MONTH_DATE_LINE's
            return None
        full = _plain_day(line) or day_dates(ctx.view, line.start, line.end)
        if not full and MONTH_DATE_LINE.match(line.text):
            day = day_below(ctx.view, line)
            if day is not None:  # 2024年5月 / 20日: the day a narrow column wrapped
                full = day_dates(ctx.view, line.start, day.end)
            full = full or month_dates(ctx.view, line.start, line.end)
    else:
        full = _day_dates_alone(line)
        if line.text[-1:] == "月" and (day := day_below(ctx.view, line)) is not None:
            # 某县水利局  2024年5月 / 20日: the authority's line, its day wrapped below
            full = day_dates(ctx.view, line.start, day.end) or full
    if not full:
        return None
    value, claim = full[0]
    cut = cut_day(ctx.view) if len(value) == _DAY_VALUE_LENGTH else None
    if cut is not None and claim[1] == cut[1]:
        value, claim = value[:7], (claim[0], cut[0])  # 2021年9月2| : its day cut, the month
    return SignatureDate(value, ctx.span(*claim), claim)


def _to_the_month(text: str) -> bool:
    """Whether the date line's date is written to the month: alone or after its label
    (``日期：2024年5月``), or after its authority (``某镇人民政府  二〇二四年五月``)."""
    if MONTH_DATE_LINE.match(text):
        return True
    m = authority_date(text)
    return m is not None and m.group("month") is not None


def _day_dates_alone(line: Line) -> list[tuple[str, Range]]:
    """The day dates of the date line read alone, as a small view of its own (its month
    date, when the line's date is written to the month: :func:`_to_the_month`)."""
    found = [d for d in find_dates(TextView(line.text)) if d.end is None]
    precision = "month" if _to_the_month(line.text) else "day"
    return [
        (d.value, (line.start + d.span[0], line.start + d.span[1]))
        for d in found
        if d.precision == precision
    ]


def extract(ctx: Context) -> list[Item]:
    found: list[Item] = []
    lines = ctx.layout.signature_issuer
    # (the names read alike with the date beside them or under them, a class mark or a
    # publication note on a line between or not: dated is the signature's having a date)
    named = signers(ctx.view, lines, dated=ctx.layout.signature_date is not None)
    if named:
        # (each signer's name holds a character and its offsets one each: its span's ends;
        # the first's name may end under the last's, wrapped in its column: _wrapped_column)
        span = (named[0].at[0], max(s.at[-1] for s in named) + 1)
        found.append(SignatureIssuer(tuple(named), span, (lines[0].start, lines[-1].end)))
    if ctx.layout.signature_date is not None:
        date = _date(ctx, ctx.layout.signature_date)
        if date is not None:
            found.append(date)
    return found
