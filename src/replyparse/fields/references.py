"""Documents the body cites: 发文字号 and titles in 《》, one entry per occurrence.

A title is the text inside 《》, nested 〈〉 or <> kept. Not references: the letter's own
发文字号 and the proposal's own title (their claims are passed as ``exclude``); a title with
the same text as an excluded range is the proposal's title cited again.

A cited 发文字号 is written glued to the words before it (``下达了某政复〔2020〕4号``): its
issuer code starts after the last character no code holds (a particle or preposition such
as 了, 以, 将, 由; a date's 日 or 年 after its digits), or where a code the same letter
writes elsewhere ends the run. A number a copy wrapped over a line break (``〔2018〕9`` /
``号``) is one number, its text and span over both lines; one that lost a bracket of its
year (``某办〔2018109号``, ``某办2018〕109号``) is still one, its issuer code two characters
or more and no label (``编号``) or kind word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from replyparse.context import Context, Covered, Flat, Found, Item, Range
from replyparse.elements import ITEM_SERIAL, LEVELS
from replyparse.fields.docnumber import (
    LOST_BRACKETS,
    NOT_ISSUER_CODE,
    DocNumberFound,
    OwnDocNumber,
    brackets_before_digit,
    doc_numbers_found,
    find_doc_numbers,
    find_lost_bracket_numbers,
    find_unfilled_numbers,
)
from replyparse.fields.linescan import line_indexes_at
from replyparse.fields.proposal import ProposalTitle, ProposalTitleCited
from replyparse.model import Letter, Reference, make_reference
from replyparse.textview import TextView

_WS = " \t\n\u3000"
# Characters no issuer code holds: particles and prepositions that lead to a cited number.
# (Not 于, 从, 和: 于都, 从化, 和田 open place names that codes abbreviate.)
_NOT_CODE = frozenset("了以将由把被对向在的及与为是并按据照已均另又也还再则而且给使让凭")
# A date's last unit, right after its digits (…5月10日下达了某政复…).
_DATE_UNITS = frozenset("年月日号")
# A line that ends inside a 发文字号, after its bracketed year (PDF copies wrap there).
_CUT_NUMBER = re.compile(r"[〔\[［【（﹝]\d{2,4}(?:[〕\]］】）﹞]第?\d{0,5})?$")
# What such a line ends with: a digit, its year's closing bracket or 第.
_CUT_NUMBER_ENDS = frozenset("〕]］】）﹞第")
# What every match of _CUT_NUMBER opens with: its year's bracket and two digits. A letter
# that holds it nowhere has no line ending inside a 发文字号 (a line is a slice of the view).
_CUT_NUMBER_OPENS = re.compile(r"[〔\[［【（﹝]\d\d")
_CUT_NUMBER_BRACKETS = "〔[［【（﹝"
# The brackets either reader of numbers a copy damaged looks for, a digit after them.
_BRACKETS = "".join(dict.fromkeys(_CUT_NUMBER_BRACKETS + LOST_BRACKETS))


# Every bracket pair a 发文字号's year is written in, as 〔〕: the letter's own number written
# again in other brackets is still its own.
_ONE_BRACKET = str.maketrans("[［【（﹝〖〈<({｛]］】）﹞〗〉>)}｝", "〔" * 11 + "〕" * 11)
_SENTENCE_ENDS = frozenset("。！？")
_TITLE_MARKS = re.compile("[《》\n。！？]")


def _flat(text: str) -> str:
    """``text`` without blanks and line breaks (:data:`_WS`): one ``replace`` for each,
    each in C (a ``translate`` of such a text reads its table a character at a time)."""
    for ch in _WS:
        text = text.replace(ch, "")
    return text


# A title whose book-title marks were typed as doubled angle brackets, as a web copy
# typed in English mode or with the single marks holds them: <<…>>, ＜＜…＞＞, 〈〈…〉〉, on
# one line, no sentence's end inside, one nested pair of single brackets kept
# (<<关于印发<…>的通知>>).
_DOUBLED_TITLE = re.compile(
    r"<<(?P<a>(?:[^<>\n。！？]|<[^<>\n。！？]*>)+?)>>"
    r"|＜＜(?P<b>(?:[^＜＞\n。！？]|＜[^＜＞\n。！？]*＞)+?)＞＞"
    r"|〈〈(?P<c>(?:[^〈〉\n。！？]|〈[^〈〉\n。！？]*〉)+?)〉〉"
)
_DOUBLED_OPENERS = ("<<", "＜＜", "〈〈")


def _doubled_titles(norm: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Inner ranges of the titles :data:`_DOUBLED_TITLE` finds, but inside a 《》 title."""
    out: list[tuple[int, int]] = []
    covered: Covered | None = None  # (joined at the first: one halving a title, not each)
    for m in _DOUBLED_TITLE.finditer(norm):
        start, end = m.span(m.lastgroup or 0)
        if covered is None:
            covered = Covered.of(taken)
        if not covered.holds(start):
            out.append((start, end))
    return out


def _titles(norm: str) -> list[tuple[int, int]]:
    """Inner ranges of top-level 《…》 pairs; a nested 《 (for 〈) is balanced; a 《 never
    closed before a sentence's end opens none. Then the titles marked <<…>> (and the like:
    :data:`_DOUBLED_TITLE`), read only in a letter that holds such a pair's opening."""
    out = _book_titles(norm)
    for opener in _DOUBLED_OPENERS:
        if opener in norm:
            return out + _doubled_titles(norm, out)
    return out


def _book_titles(norm: str) -> list[tuple[int, int]]:
    """Inner ranges of top-level 《…》 pairs (see :func:`_titles`)."""
    out: list[tuple[int, int]] = []
    # outside a title only a 《 changes anything: the next one is found at once
    opening = norm.find("《")
    while opening >= 0:
        start, depth, resume = opening + 1, 1, len(norm)
        for m in _TITLE_MARKS.finditer(norm, start):  # only these characters change anything
            i, ch = m.start(), m.group()
            if ch == "《":
                depth += 1
            elif ch == "》":
                depth -= 1
                if depth == 0:
                    out.append((start, i))
            elif ch == "\n":
                # a title may wrap onto the next line, but not run on for paragraphs
                if i - start > 120:
                    depth = 0
            else:
                # a title holds no sentence's end: the 《 before it was never closed
                depth = 0
            if depth == 0:
                resume = i + 1
                break
        opening = norm.find("《", resume)
    return out


# A number note the marks hold at the title's end (《关于…的建议（第25号）》, (第25号提案)): the
# proposal's own title with it is still its own (the proposal's reader drops it too).
_NUMBER_NOTE = re.compile(rf"[（(]第?{ITEM_SERIAL}号[^（()）]{{0,6}}[）)]?$")


def _without_number_note(flat: str) -> str:
    """``flat`` without a number note at its end (:data:`_NUMBER_NOTE`), ``flat`` itself
    when it has none."""
    if "号" not in flat[-10:]:
        return flat  # (every note holds its 号 in its last ten characters)
    m = _NUMBER_NOTE.search(flat)
    return flat[: m.start()] if m else flat


class ReferenceFound(Found[Reference]):
    def place(self, letter: Letter) -> None:
        letter.references.append(self.value)


def extract(ctx: Context) -> list[Item]:
    """Every cited 发文字号 and 《title》, apart from the letter's own and the proposal's."""
    found = _references(ctx.view, doc_numbers_found(ctx), exclude=_excluded_ranges(ctx))
    return [ReferenceFound(ref, ref.span, claim) for ref, claim in found]


# The classes of the proposal's title, subclasses included (what ``Claims.ranges`` takes
# in; a test holds them to the classes' trees).
_EXCLUDED_KINDS = (OwnDocNumber, ProposalTitle, ProposalTitleCited)


def _excluded_ranges(ctx: Context) -> list[Range]:
    """``ctx.claims.ranges(OwnDocNumber, ProposalTitle)``, unsorted (only asked whether a
    range overlaps one, and their flattened texts as a set): each class's list taken as
    filed, not every class asked whether it is one of them."""
    taken = ctx.claims.taken
    out: list[Range] = []
    for kind in _EXCLUDED_KINDS:
        out += taken.get(kind, ())
    return out


def _references(
    view: TextView, doc_numbers: Sequence[DocNumberFound], exclude: Sequence[Range]
) -> list[tuple[Reference, Range]]:
    """The references in text order, with the ``view.norm`` range each stands at."""
    found: list[tuple[Reference, Range]] = []

    def excluded(start: int, end: int) -> bool:
        for s, e in exclude:  # noqa: SIM110 (a loop: no generator)
            if start < e and s < end:
                return True
        return False

    codes = {d.item.prefix for d in doc_numbers if d.item.prefix}
    numbers = [(d.start, d.end) for d in doc_numbers]
    # (each number another reader finds is kept where it meets none kept before it, the
    # doc numbers' and the earlier readers': asked of the stretches they cover, one
    # halving a number; a test of each kept one was quadratic on a letter of many numbers)
    covered: Covered | None = None  # (joined at the first number found: most find none)

    def add_apart(found: list[Range]) -> None:
        nonlocal covered
        for w in found:
            if covered is None:
                covered = Covered.of(numbers)
            if not covered.meets(*w):  # (every number holds characters: none is empty)
                covered.add(*w)
                numbers.append(w)

    # the brackets a digit follows, found once for both readers (a few finds in C where
    # their patterns' scans would each try a class at every character)
    brackets = brackets_before_digit(view.norm)  # (the doc numbers' reader's scan)
    add_apart(_wrapped_numbers(view, brackets))
    add_apart(find_lost_bracket_numbers(view, brackets))
    if "》" in view.norm:  # (a cited title's note: none without one)
        add_apart(_bracketless_notes(view.norm))
    if brackets:  # (most letters hold no bracket a digit follows)
        add_apart(find_unfilled_numbers(view, brackets))
    excluded_texts: set[str] | None = None
    own_numbers: set[str] | None = None
    for start, end in sorted(numbers):
        if excluded(start, end):
            continue
        start = _code_start(view.norm, start, end, codes)
        start = _after_authority(view.norm, start, end)
        if _names_the_proposal(view.norm, start, end):
            continue
        if excluded_texts is None:
            excluded_texts = {_flat(view.norm[s:e]) for s, e in exclude}
        flat = _flat(view.norm[start:end])
        if flat in excluded_texts:
            continue  # the letter's own number written again (under the signature, …)
        if own_numbers is None:
            own_numbers = {text.translate(_ONE_BRACKET) for text in excluded_texts}
        if flat.translate(_ONE_BRACKET) in own_numbers:
            continue  # …in other brackets (某商函〔2024〕15号 again as 某商函[2024]15号)
        text, span = view.source(start, end)
        found.append(
            (make_reference({"kind": "doc_number", "text": text, "span": span}), (start, end))
        )
    # the proposal's own title is no reference wherever it is cited, quoted or not (only
    # read against a title not excluded by its place: a letter with none needs no
    # flattened copy)
    for start, end in _titles(view.norm):
        while start < end and view.norm[start] in _WS:
            start += 1
        while end > start and view.norm[end - 1] in _WS:
            end -= 1
        if end <= start or excluded(start, end):
            continue
        if excluded_texts is None:
            excluded_texts = {_flat(view.norm[s:e]) for s, e in exclude}
        flat = _flat(view.norm[start:end])
        if flat in excluded_texts or _without_number_note(flat) in excluded_texts:
            continue
        if flat in _PROPOSAL_SHORTHANDS and not _shortens_a_title(view.norm, flat, excluded_texts):
            continue  # 按照《提案》要求: the proposal itself, named by its kind
        text, span = view.source(start, end)
        found.append((make_reference({"kind": "title", "text": text, "span": span}), (start, end)))
    found.sort(key=lambda pair: pair[1][0])
    return found


# A cited document's number in the note right after its title, a copy having lost both
# brackets of its year (《某方案》（某教202135号）, for 某教〔2021〕35号): the note holds the
# number alone, its code of two hanzi or more (no title's words, no 第, 年 or 令, no item's
# kind or filer: 《…》（代表建议202135号） is the proposal's registry number) glued to the
# year's four figures, the serial's one to four and 号. In that place, the note of the title
# just cited, nothing else is written so (a room, a building or a count has no code before
# its figures there, and 第…号 or 令 is a decree's own numbering): fix168.
_BRACKETLESS_NOTE = re.compile(
    r"》\s?[（(](?P<number>(?:(?!关于|的|第|年|令|号|建议|提案|议案|代表|委员)[\u4e00-\u9fff]){2,8}"
    r"(?:19|20)\d{2}\d{1,4}号)[）)]"
)


def _bracketless_notes(norm: str) -> list[Range]:
    """The ``norm`` ranges of cited 发文字号 that lost both brackets of their year, in the
    note right after a cited title (:data:`_BRACKETLESS_NOTE`): code to 号."""
    return [m.span("number") for m in _BRACKETLESS_NOTE.finditer(norm)]


# A proposal's kind alone in 《》, as a letter names the proposal it answers for short
# (《提案》所提问题, 《建议》中提到): no document it cites.
_PROPOSAL_SHORTHANDS = frozenset({"建议", "提案", "议案", "建议案", "代表建议", "委员提案"})


def _shortens_a_title(norm: str, kind: str, excluded_texts: set[str]) -> bool:
    """Whether the letter cites a title ending with ``kind`` that is not the proposal's
    (``excluded_texts``: 《中共中央关于制定…的建议》, then 《建议》: the cited one's short
    name)."""
    for start, end in _book_titles(norm):
        flat = _flat(norm[start:end])
        if flat != kind and flat.endswith(kind) and flat not in excluded_texts:
            return True
    return False


def _code_start(norm: str, start: int, end: int, codes: set[str]) -> int:
    """Where the issuer code of the number at ``norm[start:end]`` begins."""
    match = _CODE_RUN.match(norm, start, end)  # the run of code characters (_is_code_char)
    prefix = norm[start : match.end() if match else start]
    cut = 1 if start > 0 and norm[start - 1].isdigit() and prefix[:1] in _DATE_UNITS else 0
    for i in range(len(prefix) - 2, -1, -1):  # the last character no code holds, the last one aside
        if prefix[i] in _NOT_CODE:
            cut = max(cut, i + 1)
            break
    # a code the letter writes on its own elsewhere, ending this run
    for code in codes:
        if len(code) >= 2 and prefix.endswith(code) and len(prefix) - len(code) > cut:
            cut = len(prefix) - len(code)
    return start + cut


# The name of an authority written before the issuer code it owns, glued to it (省财政厅
# 某财教〔2021〕12号, 县委办公室某办发〔2022〕3号): endings no code holds, and endings a
# code may hold (人社厅发, 津人社局发, 人社部发) that end a name only when it opens with
# its level (省, 市, 县…) three characters or more before them (省财政厅, 县政府). Two code
# characters at least follow the name (人社部发: 部 ends no name here); a run that ends with
# one is a name written as the code (某县水利局〔2020〕3号), whole.
_AUTHORITY_ENDS = ("人民政府", "办公室", "办公厅", "委员会", "常委会", "管委会")
# 委 ends a commission's short name (省发改委, 市卫健委), and a party committee's (某江县委,
# 中共某市委: a place's name and its level before it, :func:`_party_committee`), as a code
# seldom holds it before two code characters more; a name of three (县教委, 市科委)
# before three code characters more (县教委某教发: a code of two, 市纪委办发, may be the
# commission's own, whole).
_LEVEL_ENDS = ("政府", "厅", "局", "部", "委")
_SHORT_COMMISSION = 3
"""The characters of a commission's shortest name, its level, one word and 委 (县教委)."""
_NAME_ENDS = _AUTHORITY_ENDS + _LEVEL_ENDS
# How far back from the code's start a level opening the name is looked for: past the
# lead-in the document numbers' reader cut (it keeps ten characters of a code at most).
_LEVEL_REACH = 8


def _after_authority(norm: str, start: int, end: int) -> int:
    """Where the issuer code of the number at ``norm[start:end]`` begins once the name of
    the authority glued before it (:data:`_AUTHORITY_ENDS`) is cut off: ``start`` when
    there is none."""
    match = _CODE_RUN.match(norm, start, end)
    bracket = match.end() if match else start
    if norm.endswith(_NAME_ENDS, start, bracket):
        return start  # a name written as the code: 某县人民政府办公室〔2021〕8号
    best = start
    for ending in _AUTHORITY_ENDS:
        at = norm.rfind(ending, start, bracket - 2)  # (two code characters after it)
        if at >= 0:
            best = max(best, at + len(ending))
    for ending in _LEVEL_ENDS:
        at = norm.rfind(ending, start, bracket - 2)
        cut = at + len(ending)
        if at < 0 or cut <= best:
            continue
        first = at - 1
        reach = max(0, start - _LEVEL_REACH)
        if ending == "委" and _party_committee(norm, at, reach):
            best = cut
            continue
        while first >= reach and _is_code_char(norm[first]) and norm[first] not in _NOT_CODE:
            if norm[first] in LEVELS and (
                cut - first >= 3 + (len(ending) == 1)
                or (ending == "委" and cut - first == _SHORT_COMMISSION and bracket - cut >= 3)
            ):
                best = cut
                break
            first -= 1
    return best


# What opens a code a party committee's own bodies issue right after its 委 (某县委办发 its
# office's, 某市委组发 and 某市委组织部发 its organisation department's, 某县委宣通 its
# propaganda's, 统战, 政法, 编办, 农办, 巡察, 纪委): the number is the code as written.
_COMMITTEE_OWN = frozenset("办组宣统政编农巡纪")


def _party_committee(norm: str, at: int, reach: int) -> bool:
    """Whether the 委 at ``norm[at]`` ends a party committee's short name, a place's name
    and its level right before it (某江县委, 中共某市委, 某省委), before a code that is not
    one of the committee's own bodies' (县委办发, 某市委组发: :data:`_COMMITTEE_OWN` after
    it, the code as written), no further back than ``reach``."""
    level = at - 1
    return (
        level - 1 >= reach
        and norm[level] in LEVELS
        and _is_code_char(norm[level - 1])
        and norm[level - 1] not in _NOT_CODE
        and norm[at + 1 : at + 2] not in _COMMITTEE_OWN
    )


def _names_the_proposal(norm: str, start: int, end: int) -> bool:
    """Whether the number at ``norm[start:end]`` numbers a proposal, not a document: its
    code is a kind word or a label (人大建议〔2024〕25号, 提案〔2023〕第12号, 编号〔…〕), as
    for a number that lost a bracket (:data:`~replyparse.fields.docnumber.NOT_ISSUER_CODE`).
    (A kind word after the number is none: 某政办发〔2021〕5号提案办理要求 cites one.)"""
    match = _CODE_RUN.match(norm, start, end)
    return bool(NOT_ISSUER_CODE.search(norm, start, match.end() if match else start))


def _is_code_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or (ch.isascii() and ch.isalpha())


# A run of the characters :func:`_is_code_char` holds (a hanzi or an ASCII letter).
_CODE_RUN = re.compile(r"[\u4e00-\u9fffA-Za-z]*")


def _cut_number_opens(norm: str, brackets: list[int]) -> list[int]:
    """Where ``_CUT_NUMBER_OPENS.finditer(norm)`` matches, read off ``brackets`` (the
    brackets a digit follows): at one of its brackets, a digit after it, another after
    that. (No two of its places overlap: each opens with a bracket, digits after it.)"""
    return [
        at
        for at in brackets
        if norm[at] in _CUT_NUMBER_BRACKETS and norm[at + 2 : at + 3].isdecimal()
    ]


def _wrapped_numbers(view: TextView, brackets: list[int]) -> list[Range]:
    """The ``view.norm`` ranges of 发文字号 that a line break cuts after the bracketed year;
    ``brackets``: :func:`~replyparse.fields.docnumber.before_digit` of ``view.norm`` for
    ``_CUT_NUMBER_BRACKETS`` or more characters."""
    out: list[Range] = []
    # only the lines holding what _CUT_NUMBER opens with are read
    opens = _cut_number_opens(view.norm, brackets)
    if not opens:
        return out
    lines = view.content_lines
    for i in line_indexes_at(lines, opens):
        if i + 1 == len(lines):
            break  # the last line: no line after it to join
        line, after = lines[i], lines[i + 1]
        last = line.text[-1:]
        if not (last.isdigit() or last in _CUT_NUMBER_ENDS) or not _CUT_NUMBER.search(line.text):
            continue
        flat = Flat.of(view, (line.start, after.end))
        joint = len(line.text)
        # the joined lines are normalised text already: their view is themselves
        joined = TextView(flat.text)
        if joined.norm != flat.text:
            continue
        for d in find_doc_numbers(joined):
            if d.start < joint < d.end:
                out.append(flat.range(d.start, d.end))
    return out
