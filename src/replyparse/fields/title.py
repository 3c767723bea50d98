"""标题: the title lines joined, whitespace removed, as written.

A note a page put after the title's 文种 ending is no part of it: the proposal's own
title in brackets or book-title marks (``…的答复（关于…的建议）``, ``…答复函《关于…》``),
or after a colon or a dash (``…的答复：关于…的建议``), or the office that replied
(``…的答复（水利局）``), how it handles the item (``…的答复（主办）``, ``（会办件）``,
``（市长督办件）``) or
the item's number alone (``…的答复（第58号）``). The layout keeps such a note on the
title's line (the proposal's extractor reads the quoted title there); the title drops it.
A bracket that is no note stays (``…的答复（第二次）``).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence

from replyparse import vocab
from replyparse.chrome import (
    BULLET_MARKS,
    IPV6_BADGE,
    SECTION_BANNER,
    SITE_COLUMN,
    VALIDITY_CELL,
)
from replyparse.context import Context, Flat, Found, Item
from replyparse.elements import (
    DOC_NUMBER,
    HANDLING,
    ITEM_FILERS,
    ITEM_NUMBER,
    NUMBER_CLASS_NOTE,
    bracket_start,
)
from replyparse.fields.numerals import CN_YEAR_DIGITS
from replyparse.layout import (
    BUTTON,
    SITE_HOST,
    SITE_THANKS,
    SITE_THANKS_FIRSTS,
    VIEWS_LABEL,
    site_thanks,
    title_issuer,
)
from replyparse.model import Letter
from replyparse.orgnames import spam_end
from replyparse.textview import Line, TextView

# How a title ends (its 文种): a note may follow only this.
_ENDINGS = ("答复", "复函", "回复", "函", "复文", "意见", "报告", "说明")
_ENDING = re.compile(rf"(?:{'|'.join(_ENDINGS)})$")
# What a note after the ending holds: a proposal's title (关于…, …的建议) or an office.
_PROPOSAL_ENDS = ("建议", "提案", "议案")
_PROPOSAL_TITLE = re.compile(rf"^关于|(?:{'|'.join(_PROPOSAL_ENDS)})$")
# The proposal's title may also follow the ending after a colon or a dash
# (…的答复：关于…的建议, …的答复——“关于…的提案”).
_NOTE_LEAD = re.compile(r"[：:]|[—－-]{1,2}")
# A character of each match of _NOTE_LEAD: a title holding none has no note after a lead
# (most titles), found with ``in`` where the class-led scan costs a ``finditer`` call.
_LEAD_CHARS = "：:—－-"
_QUOTES = "“”\"'‘’《》「」〈〉 "
_QUOTE_RUN = re.compile(f"[{re.escape(_QUOTES)}]*")
# A note in brackets that says how the office handles the item (主办, 会办件, 协办单位,
# 市长督办件, 重点督办: elements.HANDLING; 单办 too) or gives the item's number alone
# (第58号, its year before it: 2021年第58号): neither is part of the title. Nor is the stage
# of the handling a later reply reports (…的再次答复（跟踪办理情况）, （办理进展）: fix156).
_HANDLING_NOTE = re.compile(
    rf"^(?:单办(?:件|单位|意见)?|{HANDLING}|{ITEM_NUMBER}"
    r"|(?:跟踪|后续)办理(?:进展)?(?:情况)?|办理进展(?:情况)?)$"
)
_ORG_SUFFIX = vocab.alternation("org_suffixes")
_OFFICE = re.compile(rf"^[\u4e00-\u9fff]{{2,20}}?(?:{_ORG_SUFFIX})$")
# A handling note a page put in brackets after the title, its label and the class's letter
# (…的答复（复文类型：A）, (办理类型:B类), 【答复类别：B】): a label of two to four hanzi
# and 类型/类别, a colon, one class letter.
_CLASS_NOTE = re.compile(r"^[\u4e00-\u9fff]{2,4}类[型别][：:][A-D甲乙丙丁]类?$")

# A hacked page's keyword stuffing glued before the title (一些词,另一些词_某词某词关于…的答复,
# a line of its own on the page that a flattened copy ran on): phrases parted by commas,
# underscores or bars, none of them an office's name (a joint reply's offices listed with
# commas, 甲局,乙局关于…, are the reply's). The title starts at that word.
_TITLE_OPENER = re.compile(r"关于|關于|關於|对|對")
_STUFFING_MARKS = re.compile(r"[,，_|｜]")


def _stuffed_head(text: str) -> int:
    """Where the title starts after keyword stuffing glued before it; 0 where none is."""
    if _STUFFING_MARKS.search(text) is None:
        return 0  # (the usual title: no such mark anywhere)
    opener = _TITLE_OPENER.search(text)
    if opener is None or _STUFFING_MARKS.search(text, 0, opener.start()) is None:
        return 0
    pieces = _STUFFING_MARKS.split(text[: opener.start()])
    if any(_OFFICE.match(piece) for piece in pieces[:-1]):
        return 0  # offices listed with commas (甲局,乙局,丙局 …关于…): a joint reply's
    if _ENDING.search(text) is None:
        return 0
    return opener.start()


def _bullets_lead(text: str) -> int:
    """How many list bullets open the title ``text`` (0 for the usual title): the bullets a
    copy rendered for a page's list item (• 关于…的答复, the page's cells and its heading
    listed one to a line, :data:`~replyparse.chrome.BULLET_MARKS`), no part of the title,
    which starts after them; all of it when nothing else is there is none (the title
    keeps its words)."""
    n = 0
    while n < len(text) and text[n] in BULLET_MARKS:
        n += 1
    return n if n < len(text) else 0


class Title(Found[Flat]):
    """The title; its value maps each of its characters back to ``view.norm``."""

    @property
    def text(self) -> str:
        return self.value.text

    def place(self, letter: Letter) -> None:
        letter.title = self.text
        letter.title_span = self.span


# A reply's whole title: opening as a title does (关于, 对), or with its authority before
# that (title_issuer), and ending as a reply does.
_REPLY_ENDINGS = (*vocab.words("reply_endings"), "函")  # (答复书, 答复意见 too)
_OPENS_AS_TITLE = re.compile(r"关于|对")
WRAPPERS = "（(【[［〔〖﹝"
"""The brackets a heading wraps the letter's title in: no quote, nor a cited title's 《》."""
# A title of its own that opens with neither (区政协某届某次会议第58号提案的答复函): it names
# the item answered by its number and ends as a reply's title does after 的; a page's
# listing names a year's items (某镇2031年人大代表建议办理答复) and none.
_ITEM_NAMED = re.compile(r"[0-9一二三四五六七八九十〇零]号")
_OWN_TAIL = re.compile(rf"的[\u4e00-\u9fff]{{0,2}}(?:{'|'.join(_ENDINGS)})$")


def wrapped_title(text: str) -> tuple[int, int] | None:
    """Where the reply's whole title stands inside the brackets that end ``text``, a page's
    heading around it (``某镇2031年人大代表建议办理答复（某局关于…第14号代表建议办理的函）``,
    any bracket kind): the bracket's title is the letter's, its authority and all, and the
    heading's words before it the page's listing of it. None when the bracket holds no
    whole title (a proposal's title, ``（关于…的建议）``, a note, an office's name), when
    nothing stands before it, or when what does is a title of its own (``关于…的答复
    （关于…的函）``, ``对…的答复（…）``, ``区政协…第58号提案的答复函（…）``: the reply's title,
    the bracket a note after it),
    unless that title is the bracket's own, the page printing it over its heading again
    (``某局关于…的函`` / ``某镇2031年…答复（某局关于…的函）``, the layout joining the two)."""
    at = bracket_start(text)
    if not at or text[at] not in WRAPPERS:
        return None  # (no bracket at the end, nothing before it, or a cited title's 《》)
    inner = text[at + 1 : -1]
    if not _whole_reply_title(inner):
        return None
    head = text[:at]
    if head.startswith(inner):
        return at + 1, len(text) - 1  # (the title the page printed over its heading again)
    if "关于" in head or head.startswith("对") or title_issuer(head) is not None:
        return None
    if _OWN_TAIL.search(head) is not None and _ITEM_NAMED.search(head) is not None:
        return None  # (区政协…第58号提案的答复函（…）: the letter's title, the bracket a note)
    return at + 1, len(text) - 1


def _whole_reply_title(inner: str) -> bool:
    """Whether ``inner``, a bracket's words, is a reply's whole title: opening as a title
    does (关于, 对) or with its authority before that, and ending as a reply does."""
    if not inner.endswith(_REPLY_ENDINGS):
        return False
    return _OPENS_AS_TITLE.match(inner) is not None or title_issuer(inner) is not None


def bracketed_whole(text: str) -> bool:
    """Whether the title ``text`` is a reply's whole title wholly in brackets, nothing before
    them (``（关于…的答复）``, a class mark's line over it or glued before it: ``（A类）（关于…
    的答复）``; any of :data:`WRAPPERS`): the brackets are no part of the title (left59a), as a
    page heading's around it are none (:func:`wrapped_title`). A proposal's title or a note
    alone in brackets (``（关于…的建议）``) stays as written."""
    return text[:1] in WRAPPERS and bracket_start(text) == 0 and _whole_reply_title(text[1:-1])


class TitleChrome(Found[str]):
    """What a page ran on after the title on its line (:func:`run_on_end`) or glued before
    it (:func:`junk_lead`): claimed so that no field reads the page's date row, cells or
    site name there as the letter's; no field of the record."""


def without_notes(text: str) -> int:
    """Where the title ``text`` ends once the notes after its 文种 ending are off."""
    end = len(text)
    while (at := bracket_start(text[:end])) is not None and at > 0:
        inner = text[at + 1 : end - 1]
        if not _ENDING.search(text[:at]) or not _is_note(text[at], inner):
            break
        end = at
    if not _holds_lead(text):
        return end  # exact: every match of _NOTE_LEAD holds one of _LEAD_CHARS
    # Each lead is asked in place, the text neither cut nor searched whole at it (a cut
    # head and note, searched from their starts, read a long line of leads once a lead:
    # quadratic; a page's cells line ``- 发布机构- 发布机构- …``). The note is the text
    # from the lead to ``end`` with the quotes stripped off both ends: its last character
    # is the same for every lead, found once.
    last = len(text[:end].rstrip(_QUOTES))  # (the note's end; a lead is no quote)
    for lead in _NOTE_LEAD.finditer(text, 0, end):
        at = lead.start()
        if at > 4 and _ends_with(text, at, _ENDINGS):
            first = _QUOTE_RUN.match(text, lead.end(), end).end()  # type: ignore[union-attr]
            if first < last and (
                text.startswith("关于", first, last)
                or _ends_with(text, last, _PROPOSAL_ENDS, first)
            ):
                return at
    return end


def _ends_with(text: str, at: int, endings: tuple[str, ...], start: int = 0) -> bool:
    """Whether ``text[start:at]`` ends with one of ``endings``, or with one and a line
    break: what a search of ``(?:…)$`` in it finds (``$`` stands before a last line
    break too), asked at its end alone where the search tries every place before."""
    if text.endswith(endings, start, at):
        return True
    return at > start and text[at - 1] == "\n" and text.endswith(endings, start, at - 1)


def _holds_lead(text: str) -> bool:
    """Whether ``text`` holds one of _LEAD_CHARS (a loop: no generator for ``any``)."""
    for ch in _LEAD_CHARS:  # noqa: SIM110
        if ch in text:
            return True
    return False


# A page's tool in its brackets that a flattened copy glued after the title, before the
# salutation (…的答复【关闭】王某代表：): a button's word, no note of the letter's.
_TOOL = re.compile(vocab.alternation("page_buttons"))


def _is_note(opener: str, inner: str) -> bool:
    if opener == "《":
        return len(inner) >= 4
    return bool(
        _PROPOSAL_TITLE.search(inner)
        or _OFFICE.match(inner)
        or _HANDLING_NOTE.match(inner)
        or NUMBER_CLASS_NOTE.match(inner)
        or _CLASS_NOTE.match(inner)
        or (opener in "【[［" and _TOOL.fullmatch(inner))
    )


def written_flat(view: TextView, lines: Sequence[Line]) -> Flat:
    """The lines joined as the letter wrote them, spaces and line breaks left out: what
    ``Flat.of(view, *ranges, drop=" \n", written=True)`` gives. A line holds no line
    break, and one with no space (nor empty) is one run of its own: read as written whole
    (:meth:`TextView.written`), not a character at a time (a test compares the two)."""
    if not _whole_runs(lines):
        return Flat.of(view, *((line.start, line.end) for line in lines), drop=" \n", written=True)
    text = "".join([view.written(line.start, line.end) for line in lines])
    if len(lines) == 1:
        return Flat(text, range(lines[0].start, lines[0].end))
    at: list[int] = []
    for line in lines:  # (each line's range added in C: no generator stepped per place)
        at += range(line.start, line.end)
    return Flat(text, tuple(at))


def _whole_runs(lines: Sequence[Line]) -> bool:
    """Whether each of ``lines`` is one run of its own: not empty, no space in it (a loop:
    no generator for ``any``)."""
    for line in lines:  # noqa: SIM110
        if " " in line.text or not line.text:
            return False
    return True


# --- what a page ran on after the title's last ending, or glued before its first word ------
# A copy that lost the page's line breaks glues to the title's line what stands after it on
# the page: its cells, the 发文字号, its date row, the site's name, a crumb's step. None of
# these continues a title after its last ending word (a title names its session, item and
# office before its 文种, never a date, a cell or a site after it); the title ends there.
_LAST_ENDINGS = ("答复书", "答复函", *_ENDINGS)
_KIND_ENDINGS = ("办理情况", *_PROPOSAL_ENDS)
_ALL_ENDINGS = tuple(sorted((*_LAST_ENDINGS, *_KIND_ENDINGS), key=len, reverse=True))
_LAST_ENDING = re.compile("(?:" + "|".join(_ALL_ENDINGS) + ")")
_FULL_DATE = r"(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日?)"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
"""A clock time after a page's date (``09:30``, ``09:30:15``)."""
_PAGE_WORDS = vocab.longest_first(
    {*(e.spelling for e in vocab.labels_of("page")), *vocab.words("page_table_labels"), "索引号"}
)
# What cannot go on after the title's last ending: a full date in figures (the page's row of
# its date, the authority and the views after it or not), a page's cell's label (its colon
# or none: 文号成文日期:…, 发布时间…来源…, 索引号…), a 发文字号 (the letter's number, its
# class after it; its code, read greedily, opens with no reply's ending, which would cut a
# title's 的答复 off before a number glued after it: …建议的答复某函〔2099〕5号, mend73a), or a
# separator the page's own title or crumb writes (…的答复_某市政府,
# …的答复-正文, …｜某局, …>正文), also before figures, a page's or a file's fragment
# (…的答复-2, a second page's or copy's; left59a); an em dash stays (a subtitle, or the
# proposal's note).
_NOT_GOING_ON = re.compile(
    rf"\[?{_FULL_DATE}"
    rf"|(?:{_PAGE_WORDS})"
    rf"|(?=[\u4e00-\u9fffA-Za-z])(?!的?(?:{'|'.join(_LAST_ENDINGS)})){DOC_NUMBER}"
    r"|[_｜|]|-{1,2}(?=[\u4e00-\u9fff0-9]|$)"
)
_NOT_GOING_ON_LONGEST = 64
"""Longer than any match of :data:`_NOT_GOING_ON` (a 发文字号 of a long code and serial)."""
# After a reply's ending, the site's or an authority's name that ends the text, the site's
# word, the page's date in figures (its clock time after it) and a serial after it or not
# (…的答复某县水务局, …的复函某市人民政府门户网站, …的答复某县水务局2099年1月2日: the
# page's row of the authority then its date, as the date then the authority is cut).
_SITE_AFTER = re.compile(
    rf"[\u4e00-\u9fff]{{2,20}}?(?:{_ORG_SUFFIX})"
    rf"(?:门户网站|网站|官网)?(?:\[?{_FULL_DATE}\]?(?:{_CLOCK})?)?\d{{0,6}}$"
)


_PAGE_TITLE = re.compile(
    rf"[\u4e00-\u9fff]{{2,40}}?(?:{'|'.join(_LAST_ENDINGS)})_[\u4e00-\u9fff]{{2,30}}"
)
"""A page's own title on a line of its own: the item's heading ending as a reply does, then
the ``_`` a site's template writes and the page's publisher (``排涝工程答复_水务局``;
fullmatch). (A bar there parts a table's cells in the view: no line holds one.)"""


def page_title(text: str) -> bool:
    """Whether ``text`` is a page's own title with its publisher after the separator
    (:data:`_PAGE_TITLE`): what stands after it is the page's (title58), and its publisher
    names no issuer (issuer59), so the line signs nothing (decided, left64)."""
    return "_" in text and _PAGE_TITLE.fullmatch(text) is not None


def run_on_end(text: str) -> int:
    """Where the title ``text`` ends once what a page ran on after it is off: after an
    ending word, what cannot continue a title (:data:`_NOT_GOING_ON`) with no ending after
    it, or the site's name after the last (:data:`_SITE_AFTER`); then the title written
    again after it whole (the page's heading and the letter's title glued, a 发文字号 or
    the page's cells between them: the first copy stays)."""
    endings = _last_endings(text)
    if not endings:
        return len(text)
    end = _cells_after(text, endings)
    again = _written_again(text, end)
    return again if again is not None else end


def _last_endings(text: str) -> list[re.Match[str]]:
    """The ending words of ``text`` near its last one, in order: the last, and those whose
    end is close enough before its start for :data:`_NOT_GOING_ON` to reach past it (each
    ending at least one character, so ``_NOT_GOING_ON_LONGEST + 2`` at most). Only these are
    kept: a long line of endings is read once and holds no match of each (which cost a
    200,000-character line of 函 most of a second)."""
    near: deque[re.Match[str]] = deque(maxlen=_NOT_GOING_ON_LONGEST + 2)
    near.extend(_LAST_ENDING.finditer(text))
    return list(near)


_AGAIN_HEAD = 6
"""How many of the title's first characters its copy after it is looked for by."""
_AGAIN_TRIES = 3
"""How many places the copy is tried at (the page's heading and the letter's title are two
copies, a third at most: a long hostile line is not compared at each place)."""


def _written_again(text: str, end: int) -> int | None:
    """Where the first copy of a title ``text[:end]`` written twice ends: the copy after
    it ends ``text[:end]`` and the first ends with an ending word, the page's heading and
    the letter's title, a number or cells between them or nothing."""
    head = text[:_AGAIN_HEAD]
    at = _AGAIN_HEAD
    for _ in range(_AGAIN_TRIES):
        at = text.find(head, at, end)
        if at < 0:
            return None
        size = end - at
        if size <= at and text.endswith(_ALL_ENDINGS, 0, size) and text.startswith(text[at:end]):
            return size
        at += 1
    return None


def _cells_after(text: str, endings: list[re.Match[str]]) -> int:
    """Where what cannot continue a title starts after one of ``endings`` (the ending
    words near the last in ``text``, in order: :func:`_last_endings`), with none after it;
    ``len(text)`` where none does."""
    if endings[-1].end() == len(text):
        return len(text)  # (the usual title: its last word an ending)
    last_start = endings[-1].start()
    for m in endings:
        if m.end() + _NOT_GOING_ON_LONGEST < last_start:
            continue  # (what follows it is too short to reach past the last ending)
        end = _closed(text, m.end())
        after = _NOT_GOING_ON.match(text, end)
        if after is not None and after.end() > last_start:
            return end
    last = endings[-1]
    end = _closed(text, last.end())
    if last.group() in _LAST_ENDINGS and _SITE_AFTER.fullmatch(text, end):
        return end
    return len(text)


_WRAPPER_CLOSES = "）)】]］〕〗﹞"
"""The closing brackets of :data:`_WRAPPERS`."""


def _closed(text: str, at: int) -> int:
    """``at``, past the bracket closing there: an ending that closes a bracket (a page's
    heading wrapping the reply's title, ``…答复（某局关于…的函）``) ends the title with it,
    what the page ran on after it as after a bare ending (``…的函）2099-01-02``)."""
    return at + 1 if at < len(text) and text[at] in _WRAPPER_CLOSES else at


# A mirror's tag of the province a document comes from, in square or lenticular brackets
# ([福建], 【北京市】, data/provinces.txt): the site's filing, no word of the title (fix99).
_REGION_TAG = rf"[\[［【](?:{vocab.alternation('provinces')})(?:省|市|自治区)?[\]］】]"
# A page's column tag naming the kind of item the letter answers, in the same brackets
# (【人大建议】, 【政协提案】, 【代表建议】, [建议提案], 【人大建议办理】, 【建议提案办理情况】:
# chrome's SECTION_BANNER, the words a site's section is named by, one list): the site's
# filing too, no word of the title (fix144; left72a).
_KIND_TAG = rf"[\[［【](?:{ITEM_FILERS})?(?:{SECTION_BANNER})[\]］】]"
# A page's junk glued before the title's first word: a validity cell and its closed value
# (时效性有效, 有效性：有效), a title cell's label (标题：, -文号:无-标题:, 信息名称; a bare
# 名称 or 标题 with its colon only: 名称登记服务中心 is an office's name) and the region tag
# after it or not, a
# list's number (1、, 2., （1）, 004（1）.) or the page's date (2099-01-02, [2099-01-02], its clock
# time after it). The title starts after it.
# An authority's name opening with its place (甲山县教育局), then the title's 关于 or 对:
# what a site's column glued before the title may stand over; a name going on from the
# column's own words (政务公开办公室, 建议提案办理工作领导小组) opens with none.
_PLACE_AUTHORITY_TO_TITLE = (
    r"[\u4e00-\u9fff]{1,8}?[省市县区州旗盟镇乡][\u4e00-\u9fff()（）]{0,24}?(?:关于|对)"
)
_JUNK_LEAD = re.compile(
    r"[-—·•]?(?:"
    rf"{VALIDITY_CELL}"
    r"|(?:文号[：:](?:无|空)?[-—]?)?(?:(?:标题|题目|名称)[：:]|(?:信息名称|文件名称|文章标题)[：:]?)"
    rf"(?:{_REGION_TAG})?"
    rf"|{_REGION_TAG}"
    rf"|{_KIND_TAG}"
    r"|(?P<num>\d{1,2})(?P<mark>[、.．])"
    # (a listing's number and its sub-number, a dot after or not: 004(1)., (2).; fix92)
    r"|\d{1,4}[（(]\d{1,2}[）)][.．]?|[（(]\d{1,2}[）)][.．]"
    r"|[（(](?P<bracketed>\d{1,2})[）)]"
    rf"|\[?{_FULL_DATE}\]?(?:{_CLOCK})?"
    # (a site's IPv6 badge a flattened page glued before the title: 网站支持IPv6 关于…;
    # review60g, on its own line it is chrome)
    rf"|{IPV6_BADGE}\s*"
    # (a site's column a menu entry names, glued before the title under the page's cells:
    # 建议提案办理关于…, 政务公开对…; page76), where a title opening with 关于 or 对 follows,
    # its authority first or not: a title that is the column's words and a reply's ending
    # (市政协提案答复函) is no column's
    rf"|{SITE_COLUMN}\s*(?=关于|对|{_PLACE_AUTHORITY_TO_TITLE})"
    r")"
)
_TITLE_FIRST = re.compile(
    rf"《?(?:关于|对)|{_LAST_ENDING.pattern}|[\u4e00-\u9fff]{{1,30}}?(?:{_ORG_SUFFIX})"
)


def junk_lead(text: str) -> int:
    """How many characters of a page's junk open the title ``text`` (0 for the usual title):
    :data:`_JUNK_LEAD`, when a title's first words (关于, 对, an authority) follow it and
    the title goes on to an ending."""
    m = _JUNK_LEAD.match(text)
    if m is None or not m.group():
        return 0
    at = m.end()
    if not _TITLE_FIRST.match(text, at) or not _LAST_ENDING.search(text, at):
        return 0
    if (following := _next_in_list(m)) is not None and text.find(following, at) >= 0:
        return 0  # (a list of titles, each numbered: 1、关于…的答复2、关于…的答复; the list's)
    return at


# A page's listing heading glued before the reply's own title in a copy that lost its line
# breaks: the item's title and its proposer's name (关于…的建议李某某对某会议…第5号建议的答复,
# a blank between or not), the reply's title opening with 对 or 关于 right after the name.
_ITEM_HEADING = re.compile(
    r"关于[^，。；：“”《》]{2,80}?的(?:建议|提案|议案) ?"
    r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?:等\d{0,2}[名位人]?)?(?:代表|委员)? ?(?=对|关于)"
)
_SURNAMES = vocab.word_set("surnames")


def item_heading_lead(text: str) -> int:
    """How many characters of a page's listing heading (:data:`_ITEM_HEADING`: the item's
    title and its proposer's name, a name opening with a surname) open the title ``text``
    before the reply's own title, which opens with 对 or 关于 and ends as a reply does (0 for
    the usual title; left59a)."""
    if not text.startswith("关于"):
        return 0  # (the gate: the heading opens with the item's 关于)
    m = _ITEM_HEADING.match(text)
    if m is None:
        return 0
    name = m.group("name")
    if name[:1] not in _SURNAMES and name[:2] not in _SURNAMES:
        return 0
    rest = text[m.end() :]
    return m.end() if rest.endswith(_REPLY_ENDINGS) and _LAST_ENDING.search(rest) else 0


# A page's buttons glued before the title on its line (【打印】【关闭】 关于…的答复, 打印本页
# 关闭窗口 关于…): the page's tools, as a line of them alone is (layout's buttons' line), the
# view having dropped the blanks between. Each button bracketed or bare, a bar or a slash
# between them or not; counted one by one (:func:`buttons_lead`).
# (a site's search box's label left empty among them, glued: 关闭热门搜索：关闭某局关于…;
# data/search_box_labels.txt, fix88's)
_BUTTONS_LEAD = re.compile(
    rf"(?:(?:{BUTTON}|(?:{vocab.alternation('search_box_labels')})[：:])[|｜/]*)+"
)
# An authority's name and the 关于 or 对 its title opens with after it: the title's first
# words, so a button's word glued before them is the page's (关闭某局关于…), not the first
# word of a title that opens with it (关闭对外开放的码头…).
_AUTHORITY_TITLE_FIRST = re.compile(rf"[\u4e00-\u9fff]{{2,30}}?(?:{_ORG_SUFFIX})(?:关于|对)")
_BUTTON_ONE = re.compile(BUTTON)
_BUTTON_BRACKETS = frozenset("【[［")
_BUTTON_CLOSERS = frozenset("】]］")
_ABOUT_FIRST = re.compile(r"《?关于")


def buttons_lead(flat: Flat, gaps: frozenset[int] = frozenset()) -> int:
    """How many characters of a page's buttons open the title ``flat`` (0 for the usual
    title; ``gaps``, the view's, where blanks stood): :data:`_BUTTONS_LEAD`, when the page
    shows they are its own (a button in its bracket, or two buttons or more in a row, or a
    bare word alone apart before 关于, below: a bare word alone may open the title's own
    words, ``关闭对外开放的码头的建议的答复``, ``分享经济…``), and a title's first words
    (关于, 对, an authority) follow them and the title goes on to an ending. A bare button's
    word last in the run, glued in the letter to the words after it that no 关于 opens
    (``【打印】 关闭对外开放的…``, ``【打印】 打印机…``), is the title's first word: the
    buttons end before it, the title going on to an ending from it. A bare word alone set
    apart from a title's 关于 by a blank (``打印 关于…的答复``) is the page's too (decided,
    left61b): no title reads so (glued, or before 对, it may be the title's own word)."""
    text = flat.text
    m = _BUTTONS_LEAD.match(text)
    if m is None:
        return 0
    at = m.end()
    buttons = list(_BUTTON_ONE.finditer(text, 0, at))
    own = (  # (the title's own word after the buttons, glued to its next ones)
        buttons[-1].end() == at < len(text)
        and buttons[-1].group()[-1:] not in _BUTTON_CLOSERS
        and flat.at[at] == flat.at[at - 1] + 1
        and not _ABOUT_FIRST.match(text, at)
        and not _AUTHORITY_TITLE_FIRST.match(text, at)
    )
    if own:
        at = buttons.pop().start()
    if not buttons or (
        len(buttons) < 2
        and buttons[0].group()[:1] not in _BUTTON_BRACKETS
        and (own or flat.at[at] not in gaps or not _ABOUT_FIRST.match(text, at))
    ):
        return 0  # a bare word alone: the title's own, as written
    if not (own or _TITLE_FIRST.match(text, at)) or not _LAST_ENDING.search(text, at):
        return 0
    return at


def thanks_lead(text: str) -> int:
    """How many characters of a site's thanks to its visitor open the title ``text``
    (``感谢您访问本站 某县人民政府主办 关于…的答复``: :data:`~replyparse.layout.SITE_THANKS`,
    the page's line a copy ran the title on after; 0 for the usual title), when a title's
    first words (关于, 对, an authority) follow it and the title goes on to an ending."""
    if text[:1] not in SITE_THANKS_FIRSTS:
        return 0
    m = SITE_THANKS.match(text)
    if m is None:
        return 0
    at = m.end()
    if not _TITLE_FIRST.match(text, at) or not _LAST_ENDING.search(text, at):
        return 0
    return at


# What a mirror's brand writes among its words and no title's first words hold (an
# underscore, a tag's lenticular brackets, Latin letters: 某某体育_某某app下载): with the
# colon the mirror set after it, what tells a brand opening the title from a title's own
# words that end in a brand's word (体育设施…, 关于加强全民体育…).
_BRAND_MARKS = re.compile(r"[_【】A-Za-z]")
_BRAND_COLONS = "：:"


def brand_lead(text: str) -> int:
    """How many characters of a hijacked mirror's brand open the title ``text``, where the
    mirror set it in the place's (or the authority's) seat, once or written twice, its
    colon after it or not (``某某体育_某某投注-彩票平台:第九届…第8号建议的答复``): the
    brand (:func:`~replyparse.orgnames.spam_end`) holding a mirror's mark or followed by
    its colon, the title going on after it to an ending; 0 for the usual title. The brand
    is no word of the title, as it is none of the session's (spam60; fix124)."""
    end = spam_end(text)
    if not end:
        return 0
    while (again := spam_end(text[end:])) > 0:
        end += again  # (the brand written twice, glued: 某某体育某某体育:…)
    at = end
    colon = at < len(text) and text[at] in _BRAND_COLONS
    if colon:
        at += 1
    at += len(text) - at - len(text[at:].lstrip())
    if not (colon or _BRAND_MARKS.search(text, 0, end)):
        return 0
    if at >= len(text) or not ("\u4e00" <= text[at] <= "\u9fff" or text[at] == "《"):
        return 0
    return at if _LAST_ENDING.search(text, at) else 0


# A site's host's note right before the title's 关于, on the title's line under a line of
# the site's thanks (感谢您访问本站 / 某县人民政府主办关于…的答复: a copy that lost its line
# breaks, where the lines were set again cut the thanks after its 站 and read the host as
# the authority that leads the title): the page's, as on the thanks' line (:func:`host_lead`).
_HOST_LEAD = re.compile(rf"{SITE_HOST}(?=《?关于)")


def host_lead(text: str, above: str) -> int:
    """How many characters of a site's host's note (:data:`_HOST_LEAD`) open the title
    ``text`` whose line ``above`` is a site's thanks alone (0 for the usual title), the
    title going on from its 关于 to an ending."""
    if not site_thanks(above) or (m := _HOST_LEAD.match(text)) is None:
        return 0
    return m.end() if _LAST_ENDING.search(text, m.end()) else 0


def _next_in_list(lead: re.Match[str]) -> str | None:
    """The number after the list's number ``lead`` (of :data:`_JUNK_LEAD`) as the list would
    write it (``2、`` after ``1、``, ``（4）`` after ``（3）``); None when ``lead`` is no
    list's number."""
    if (num := lead.group("num")) is not None:
        return f"{int(num) + 1}{lead.group('mark')}"
    if (bracketed := lead.group("bracketed")) is not None:
        opener, closer = lead.string[lead.start("bracketed") - 1], lead.group()[-1]
        return f"{opener}{int(bracketed) + 1}{closer}"
    return None


def extract(ctx: Context) -> list[Item]:
    if not ctx.layout.title:
        return []  # (no line, no text: nothing to read)
    flat = written_flat(ctx.view, ctx.layout.title)
    if (wrapped := wrapped_title(flat.text)) is not None:
        flat = Flat(flat.text[wrapped[0] : wrapped[1]], flat.at[wrapped[0] : wrapped[1]])
    elif bracketed_whole(flat.text):
        flat = Flat(flat.text[1:-1], flat.at[1:-1])
    end = without_notes(flat.text)
    if end < len(flat.text):  # (no note, the usual title: the flat as it is)
        flat = Flat(flat.text[:end], flat.at[:end])
    items: list[Item] = []
    if brand := brand_lead(flat.text):
        # (off before the run-on is looked for: the title written again after it is found
        # by its own first words, the brand's written again too)
        led = flat.range(0, brand)
        items.append(TitleChrome(flat.text[:brand], ctx.span(*led), led))
        flat = Flat(flat.text[brand:], flat.at[brand:])
    end = run_on_end(flat.text)
    if end < len(flat.text):
        ran_on = flat.range(end, len(flat.text))
        items.append(TitleChrome(flat.text[end:], ctx.span(*ran_on), ran_on))
        flat = Flat(flat.text[:end], flat.at[:end])
        if (wrapped := wrapped_title(flat.text)) is not None:  # (its bracket now ends it)
            flat = Flat(flat.text[wrapped[0] : wrapped[1]], flat.at[wrapped[0] : wrapped[1]])
    if (end := _cn_date_end(flat.text)) < len(flat.text):
        flat = Flat(flat.text[:end], flat.at[:end])  # (unclaimed: the letter's date)
    cut = _stuffed_head(flat.text)
    if not cut and (bullets := _bullets_lead(flat.text)):
        # (a list's bullets, and the list's number after them: •004(1).对…; fix92)
        cut = bullets + junk_lead(flat.text[bullets:])
    if not cut and (
        cut := junk_lead(flat.text)
        or item_heading_lead(flat.text)
        or buttons_lead(flat, ctx.view.gaps)
        or thanks_lead(flat.text)
        or host_lead(flat.text, _line_above(ctx))
    ):
        led = flat.range(0, cut)
        items.append(TitleChrome(flat.text[:cut], ctx.span(*led), led))
    if cut:
        flat = Flat(flat.text[cut:], flat.at[cut:])
    if (glued := _date_glued_after(ctx, ctx.layout.title[-1])) is not None:
        items.append(glued)
    if not flat.text:
        return items
    items += _dated_headings(ctx, flat.text)
    where = flat.range(0, len(flat.text))
    return [Title(flat, ctx.span(*where), where), *items]


def _line_above(ctx: Context) -> str:
    """The text of the line right above the title's first line ("" at the letter's top)."""
    at = ctx.layout.title[0].index
    return ctx.view.lines[at - 1].text if at > 0 else ""


# A date in Chinese numerals (二〇二三年六月一日) glued after the title's last ending: the
# letter's own date, as a sealed letter writes its 成文日期 (a page stamps its date in
# figures, title58's run-on, the page's): no part of the title, and still the letter's date
# (left59a). Its year four numerals, its month and day as said (十二, 二十三, 三十一).
_CN_DATE_END = re.compile(
    rf"[一二][{CN_YEAR_DIGITS}]{{3}}年(?:十[一二]?|[一二三四五六七八九])月"
    r"(?:[一二]?十[一二三四五六七八九]?|三十[一]?|[一二三四五六七八九])日$"
)


def _cn_date_end(text: str) -> int:
    """Where the title ``text`` ends before a date in Chinese numerals glued after its last
    ending word (:data:`_CN_DATE_END`); ``len(text)`` when none is."""
    if not text.endswith("日"):
        return len(text)  # (the gate: a date ends with its 日)
    m = _CN_DATE_END.search(text)
    if m is None or not _ends_with(text, m.start(), _ALL_ENDINGS):
        return len(text)
    return m.start()


_PAGE_DATE_FIGURES = r"(?:19|20)\d{2}(?P<sep>[-/.])\d{1,2}(?P=sep)\d{1,2}"
"""A page's date in figures (2099-01-02, 2099/1/2, 2099.01.02: one separator throughout), the
core :data:`_FIGURES_DATE` and :data:`_ROW_OPENS` share (its group named, each holds it once)."""
# A page's date in figures alone (2099-01-02, 2099.01.02, its clock time after it or not),
# in the brackets a listing sets it in or not ([2099-01-02], （2099-01-02）: variants65).
_FIGURES_DATE = re.compile(
    rf"(?P<open>[\[［(（])?{_PAGE_DATE_FIGURES}(?:{_CLOCK})?(?(open)[\]］)）])"
)
# What opens the page's row that a copy glued to the title's line and the view set apart
# (…的答复发布时间：2099-01-02来源：某局, …的答复2099/01/02 某局 8123, …的答复文号：成文日期：…):
# its date in figures, or a label of the page's own (发布时间, 来源, 浏览次数…), an empty 文号
# cell before its 成文日期 or not. (A date with 年月日 there may be the letter's own, a copy
# of a one-line letter running its signature's date on: not asked.)
_PAGE_LABELS = vocab.longest_first({e.spelling for e in vocab.labels_of("page")})
_SITE_WORDS = ("门户网站", "网站", "官网")
"""What a site's name ends with (:data:`_GLUED_SITE`), and a publisher's alone does not."""
_GLUED_SITE = re.compile(rf"[\u4e00-\u9fff]{{2,20}}?(?:{_ORG_SUFFIX})(?:{'|'.join(_SITE_WORDS)})?")
"""The site's or its publisher's name a page glued after the title (title58's
:data:`_SITE_AFTER` set on a line of its own by the view): the page's, no issuer's mark."""
_ROW_OPENS = re.compile(
    rf"{_PAGE_DATE_FIGURES}|(?:文号[：:]?)?(?:成文日期|{_PAGE_LABELS})|文号[：:]?$"
    # (a count of views by a bare word, its count after the colon: 阅读：88, 【点击：12】;
    # the word alone is no label, 阅读：《某某》: left69)
    rf"|[【\[(（]?{VIEWS_LABEL}[：:]\d"
)


def _date_glued_after(ctx: Context, last: Line) -> TitleChrome | None:
    """The page's row glued right after the title's last line, or after a blank on its
    line (no break in the letter: …的答复2099.01.02, a listing's item ``• 关于…的答复
    2099-01-02``, …的答复发布时间：2099-01-02来源：某局), which the view set on lines of its
    own: the page's stamp and cells, as they are on a line the letter gave them (record.md),
    no date of the letter's. A date in figures alone; or, under a title that ended as one
    does, the site's or its publisher's name alone ending the line (:data:`_GLUED_SITE`),
    or the lines the view parted off that line that open with the page's date or a page
    cell's label (:data:`_ROW_OPENS`), from the first one on (pert65)."""
    lines = ctx.view.lines
    below = lines[last.index + 1] if last.index + 1 < len(lines) else None
    if below is not None and not below.text and last.index + 2 < len(lines):
        below = lines[last.index + 2]  # (a page's bar between them, dropped: …的答复｜某局)
    if below is None or not _glued_to(ctx, last, below):
        return None  # (a line of its own in the letter: the page's chrome reads it)
    if _FIGURES_DATE.fullmatch(below.text.replace(" ", "")):
        return _row(ctx, below, below)
    ended = last.text.rstrip(" -_|｜")  # (the dash the page set before its site: …的答复 -)
    if not _ends_with(ended, len(ended), _ALL_ENDINGS):
        return None  # (a row after a title that ended as a title does only)
    site = below.text.replace(" ", "")
    if (
        _GLUED_SITE.fullmatch(site)
        and _ends_its_line(ctx, below)
        and (site.endswith(_SITE_WORDS) or not _blanks_between(ctx, last, below))
    ):
        # (the site's or its publisher's name ending the line: …的答复｜某局; an authority a
        # 发文字号 or a salutation follows on it is a flattened head's mark, 关于…的答复 某局
        # 某函〔2024〕1号 王某代表：, and so is one blanks alone set after the title, 关于…的
        # 答复  某局, the head's issuer on the title's line: review65b)
        return _row(ctx, below, below)
    if not _ROW_OPENS.match(below.text.replace(" ", "")):
        return None
    end = below
    while (
        end.index + 1 < len(lines)
        and _glued_to(ctx, end, lines[end.index + 1])
        and _ROW_OPENS.match(lines[end.index + 1].text.replace(" ", ""))
    ):
        end = lines[end.index + 1]  # (the rest of the row: 来源：… after 发布时间：…)
    if end is below and below.text.startswith("成文日期"):
        # (the letter's own label alone, no page's cell beside it: its date the letter's,
        # as on a line of its own; a page's table writes it among its cells; left70)
        return None
    return _row(ctx, below, end)


def _blanks_between(ctx: Context, line: Line, below: Line) -> bool:
    """Whether blanks alone, no bar or dash, part ``below`` from ``line`` in the letter (the
    view may keep the dash on ``line``: …的答复 - / 某局)."""
    if line.text.rstrip(" \t\u3000").endswith(("-", "_", "|", "｜")):
        return False
    gap = _gap(ctx, line, below)
    return bool(gap) and not gap.strip(" \t\u3000")


def _gap(ctx: Context, line: Line, below: Line) -> str:
    """What the letter writes between ``line``'s last character and ``below``'s first."""
    return ctx.view.original[
        ctx.span(line.end - 1, line.end)[1] : ctx.span(below.start, below.start + 1)[0]
    ]


def _ends_its_line(ctx: Context, line: Line) -> bool:
    """Whether nothing but blanks follows ``line`` on its line in the letter."""
    original = ctx.view.original
    end = ctx.span(line.end - 1, line.end)[1]
    stop = original.find("\n", end)
    return not original[end : len(original) if stop < 0 else stop].strip()


def _row(ctx: Context, first: Line, last: Line) -> TitleChrome:
    """The page's row from ``first`` to ``last``, claimed."""
    where = (first.start, last.end)
    return TitleChrome(ctx.view.norm[first.start : last.end], ctx.span(*where), where)


def _glued_to(ctx: Context, line: Line, below: Line) -> bool:
    """Whether ``below`` stands on ``line``'s line in the letter (the view parted them: only
    blanks, a table's bar or a title's dash, or nothing, between them there), both holding
    text."""
    if not line.text or not below.text:
        return False
    return not _gap(ctx, line, below).strip(" \t\u3000|｜-_")


# The page's heading over the letter, which writes its title again, with the page's date
# glued before it or its row glued after it (``2099-01-02关于…的答复`` / ``关于…的答复``,
# ``关于…的答复发布时间：2099-01-02来源：某局`` over ``关于…的答复``): the date the page
# listed the reply under and its cells, as before or after the title itself.
_DATE_LEAD = re.compile(rf"\[?{_FULL_DATE}\]?(?:{_CLOCK})?\s*")


def _dated_headings(ctx: Context, title: str) -> list[TitleChrome]:
    """What the page glued to its heading on the header lines above the title that hold the
    title ``title`` again: a date before it (:data:`_DATE_LEAD`), a row after it that opens
    as :data:`_ROW_OPENS` says; claimed (pert65)."""
    top = ctx.layout.title[0].start
    out: list[TitleChrome] = []
    for line in ctx.layout.header:
        if line.start >= top or len(line.text) <= len(title):
            continue
        text = line.text
        at = text.find(title)
        if at < 0:
            continue
        pieces = []
        if at and (m := _DATE_LEAD.match(text)) is not None and m.end() == at:
            pieces.append((0, at))
        after = at + len(title)
        if after < len(text) and (_ROW_OPENS.match(text, after) or _DATE_LEAD.match(text, after)):
            pieces.append((after, len(text)))
        for a, b in pieces:
            where = (line.start + a, line.start + b)
            out.append(TitleChrome(text[a:b], ctx.span(*where), where))
    return out
