"""Contact people: a small grammar over the lines of the closing block.

**Words.** A contact line is labels and their values. A label names the kinds of value
it holds (the contact rows of ``data/labels.tsv``): a *person* (联系人, 承办人, 经办人,
承办人员), an *office* (联系单位, 承办单位, 联系科室), a *phone* (联系电话, 电话, 手机,
联系方式), a *post* (职务), a *leader* (主管领导, 分管领导, 签发人, 审核人: who heads,
signs or checks the reply) or *nothing* (传真, 邮编, 地址). One label may join two or
three words, in the order its value follows: 联系人及电话, 联系人/电话, 联系单位及联系人,
联系科室、人员及电话, 联系单位电话. A label stands as a label before its colon (``：``,
also ``；`` mistyped), at a line's start, after a separator or a gap, or glued to a phone;
inside a sentence its characters are words (我局办理人员在…, 电话沟通). A word may name its
slot's 姓名 or the form's row where the person signs (联系人姓名, 承办人签字); in the
closing block 姓名 alone labels a contact form's person slot when a phone stands beside or
under it (``姓名：王某  电话：…``, :func:`_bare_labels`). A label that lost
its first characters at a line's start (``人：王某`` for 联系人) still counts in the
closing block, and so does one that lost an inner character where the page left a blank
(``联 人：``) or the words before a 姓名 slot's 人 (``人姓名：…  联系电话：…``; see
:func:`replyparse.closing.lost_label`).

A label may carry words of its own glued before its table word (监督电话：, 办公地址：,
工作手机：): its head, no person's name and no part of the value before it
(:func:`_value_end`). A phone's label left empty at its line's end takes the number that
opens the next line as its value, more labels after it there (联系电话： / 0000-…，传真：…).

**Values.** A value is cut into pieces at separators (、，；/及), brackets and gaps; one
character between gaps belongs to its neighbour (``王  明``). A piece is a phone (area code
and any dash, a mobile, one with digits masked, ``1*******000``, ``139××××0000``,
``0000-555****``, or by a mask of its own length, ``139******0123``, kept as written,
an extension), a person (a name of two to six characters, a ``·`` name, a masked one:
``娄**``, ``王某``; a surname alone when it is all a person's label gives,
``联系人：王``; a post after a full name is none of it, ``王某某科长``, but a
surname and a post are kept whole, ``张科长``), an office (a name ending in an
organisation word), an office and a person run together (``某县交通运输局王某``,
``电力股杨某``), an office and a post (``市公安局某分局纪委书记``: the office is the org,
``data/posts.txt``), a post alone, or a note (``手机号码``). A value ends at the next
label, a 抄送, a date, or an authority written
after the person (a flattened copy's signature).

**Pairing.**

1. One value, one person: the parts of a value go to one contact; a second name in it
   starts another (``甲、乙``), and people named together share the phone that follows,
   or take one each, in order, when the value that follows holds as many phones; people
   named on lines one right under another, none with a phone, share the one that follows
   too (``联系人：甲`` / ``联系人：乙`` / ``联系电话：…``).
2. Lines pair up: a part joins the contact being read while that contact lacks it and
   was read on this line or the one above (``联系人：…`` over ``联系电话：…``, either order).
3. An office label's value is the org of every contact of its block (adjacent contact
   lines), before or after it (in the closing block also an office's word alone as its
   label, ``单位：``, ``科室：``, standing as a label: :func:`_bare_labels`), but a
   承办单位 (办理单位, 经办单位) alone on its line is the org only of the contacts on the
   lines right under it (with none there it names the unit handling the proposal, as a
   form does, and is nobody's org); an office written beside the person (on the person's
   line, or in front of a post; or the authority a closing's contact line opens with,
   ``某局    联系电话：…  联系人：…``) is that person's org when no office label gives one,
   and one written before a value's list of names, every name's (``办公室 王某、李某``).
4. A leader is a contact only with a phone of his own (``主管领导：…`` over ``联系电话：…``;
   a person's label the table does not hold, ``复核人：``, is a leader's);
   while a person named by a contact label waits for a phone, a leader's line between is
   passed over (``联系人：甲`` / ``审核人：乙`` / ``电话：…`` gives 甲 the phone). A phone
   under a label with a person's slot of its own that names nobody (``承办人及联系电话：
   0000-…``) is that unnamed person's, never the leader's beside it (a contact with the
   phone alone), and so is an office a person's label gives with no name (``办理人员：
   （某股）  电话：…`` under a leader's line, or under a contact given whole): a contact
   of its own, the office its org.
5. A contact is a person or a phone: an office alone (a form's 承办单位) is none, and so is
   a second number that names nobody.

**Where.** Lines of the closing block, and lines elsewhere that open with a contact label
(a bracketed note at the end of the body, a 办理单's lines), or with the signature's date
or authority before it (a flattened closing). A label inside a sentence is prose, with
one exception: the last sentence that sends the reader to an office and gives its phone
after a comma (``…请与某科联系，电话：…。``, fix88: the office its org; ``欢迎联系我局，
联系电话：…。``, contacts62: the letter's own words, the phone alone), also where a copy's
line break was put back right before the label; a label written without its colon glued
to the few words that open the line (``群众可凭手机139…预约办理。``) is prose. The body's
last paragraph may give its contact in its closing sentence after the first clause, a
person's name and a phone to
the sentence's end (``此件由某局办理，联系人王某，电话…。``, :func:`_sentence_contact`),
closing formulas on the lines after it allowed (``感谢您…``, ``特此答复。``), the unit the
sentence names the person's org (``由某局办理``, ``承办单位：某局，``, a section glued before
the label, ``规划科联系人…``).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Literal, NamedTuple

from replyparse import vocab
from replyparse.closing import (
    AUTHORITY_LINE,
    HANDLING_UNIT,
    LIST_SEPARATORS,
    SENT_TO_ANY,
    SENT_TO_REACH,
    SQUEEZED,
    appended_form,
    contact_row,
    lost_label,
)
from replyparse.context import Context, Flat, Found, Item, Range
from replyparse.elements import CITY_WORD, LEVEL_CHARS
from replyparse.fields.numerals import CN_YEAR_DIGITS
from replyparse.labels import ALL, NAME_COLON, NAME_WORD, glued_person, person_label_span
from replyparse.masks import MASKED_MOBILE, MOBILE, MOBILE_HEAD, STAR_MASKS, TYPED_MASKS
from replyparse.model import Contact, Letter, make_contact
from replyparse.orgnames import (
    ORG_END,
    ORG_INSIDE,
    ORG_SUFFIX,
    OWN_WORDS_END,
    SENTENCE_WORDS,
    SPAM_LAST,
    names_in_clause,
    own_words_alone,
    own_words_end,
    spam_name,
)
from replyparse.textview import ASCII_DIGITS, CELL_BARS, Line, TextView, invisible_alone

Kind = Literal["person", "office", "phone", "post", "leader", "nothing"]
_KIND_OF_FIELD: dict[str, Kind] = {
    "contact_name": "person",
    "contact_org": "office",
    "contact_phone": "phone",
    "contact_post": "post",
    "contact_fax": "nothing",
    "contact_address": "nothing",
    "leader": "leader",
}
_JOINERS = "及和与、/"
_SENTENCE_JOINERS = frozenset("及与")
"""Joiners no surname is: a value opening with one joins nothing to a name before it, and is
a sentence's words (及时报送材料, 与县水利局对接)."""
_ENTRIES = tuple(e for e in vocab.labels() if e.field in _KIND_OF_FIELD)


def _atoms() -> dict[str, tuple[Kind, bool]]:
    """The label words: each table entry that is not other entries joined (联系人及电话 is
    联系人 + 电话), with its kind and whether it needs its colon."""
    spellings = {e.spelling for e in _ENTRIES}

    def joined(word: str, first: bool) -> bool:
        if not first and word in spellings:
            return True
        for cut in range(2, len(word)):
            head, rest = word[:cut], word[cut:]
            if head in spellings and rest:
                rest = rest[1:] if rest[0] in _JOINERS else rest
                if rest and joined(rest, False):
                    return True
        return False

    return {
        e.spelling: (_KIND_OF_FIELD[e.field], e.needs == "colon")
        for e in _ENTRIES
        if not joined(e.spelling, True)
    }


_WORDS = _atoms()
# Words that only follow another one: 联系人及单位, 联系科室、人员及电话, 联系人及科室.
_TAILS: dict[str, Kind] = {
    "单位": "office",
    "部门": "office",
    "科室": "office",
    "处室": "office",
    "股室": "office",
    "人员": "person",
}
_PART_WORDS: dict[str, Kind] = {**{w: k for w, (k, _) in _WORDS.items()}, **_TAILS}


def _alternation(words: list[str]) -> str:
    """``words`` as one alternation, the longest first (as a tree: the same matches, fewer
    branches tried at each character; see :func:`vocab.longest_first`)."""
    return vocab.longest_first(words)


_FIRST = _alternation(list(_WORDS))
_MORE = _alternation([w for w, k in _PART_WORDS.items() if k not in ("leader", "nothing")])
# A word may name its slot's 姓名 (联系人姓名, 具体经办人姓名, 主管领导人姓名), or the form's
# row where the person signs (承办人签字, 经办人签名): the same slot, no name.
_NAME_SLOT = f"(?:人?{NAME_WORD}|签字|签名)?"
# A phone's word (联系电话, 手机, 联系方式, 号码: each ends in 话, 机, 式 or 码) may carry the
# fax it doubles as (电话/传真, 联系电话及传真, 电话传真) or a bracketed note of a few words
# before its colon or its phone (联系电话（传真）：, 电话（办）：, 办公电话（兼传真）：,
# 电话（传真）0000-…): the label's own words, its value the phone (the note names no
# office and no person).
_PHONE_NOTE = (
    rf"(?:(?<=[话机式码])(?:[{re.escape(_JOINERS)}]?传真"
    r"|[（(][\u4e00-\u9fff]{1,4}[）)](?=[：；]|\s*[0-9])))?"
)
_LABEL = re.compile(
    rf"(?P<label>(?:{_FIRST}){_NAME_SLOT}"
    rf"(?:[{re.escape(_JOINERS)}]?(?:{_MORE}){_NAME_SLOT}){{0,2}})(?!员){_PHONE_NOTE}"
    r"(?P<colon>[：；](?=\S))?"
)
_FIRST_WORD = re.compile(_FIRST)  # what a line needs to hold a label of _LABEL
# First words whose head opens common words (人大 and 人民, 政府, 通过), each ending in
# another first word (督办领导, 地址) and none of whose head's other characters opens
# one: :func:`_label_lines` scans for the others (fewer false starts) and reads such a word
# back from its tail's match (a test asks these conditions of each).
_LED = {"人大督办领导": "督办领导", "政府督办领导": "督办领导", "通讯地址": "地址"}
_FIRST_SCAN = re.compile(_alternation([w for w in _WORDS if w not in _LED]))
# each led word's head by the first character of its tail: the scan's match starts there
_HEADS: dict[str, tuple[str, ...]] = {}
for _word, _tail in _LED.items():
    _HEADS[_tail[0]] = (*_HEADS.get(_tail[0], ()), _word)
_LABEL_PART = re.compile(_alternation(list(_PART_WORDS)))
# A person or phone word that lost its first characters (人：, 系电话：), at a line's start.
_HEADLESS = re.compile(
    "^[（(]?(?P<label>"
    + _alternation(
        sorted(
            {
                w[cut:]
                for w, (k, _) in _WORDS.items()
                if k in ("person", "phone") and len(w) >= 3
                for cut in range(1, len(w))
                if len(w) - cut >= 2 or w.endswith("人")
            }
            - set(_PART_WORDS)
        )
    )
    + ")(?P<colon>：)"
)
# Without its colon a label opens the line, follows one of these, follows a gap or runs
# into a phone (联系人李某电话139…); inside running text the same characters are words.
_LABEL_AFTER = "，；。、（" + CELL_BARS
# The name slot of the one who made the proposal (代表姓名, 代表人姓名, 委员姓名, 提案人姓名,
# 领衔代表姓名…): a row it opens is a reply slip's or a form's row about the proposer, and
# gives no contact (a contact's own slot, 联系人姓名, names none of these words).
_PROPOSER_SLOT = re.compile(
    rf"[（(]?[^：]{{0,4}}(?:代表|委员|提案|建议|议案)[^：]{{0,3}}{NAME_COLON}"
)
# A note's label that opens the line, its colon right before a contact label written
# without its own colon (附注：联系人王某，电话…, 注：承办人王某…): the contact label opens
# the note's value as it would open a line, when a person's name follows it (a surname, two
# or three characters), alone before a separator, a gap, a bracket or a phone (附注：联系人
# 大代表工作…, 附注：联系人高度重视，… are sentences). 附：, an attachment's label, heads
# such a note too (附：联系人王某，联系电话：…).
_NOTE_HEAD = re.compile(rf"[（(]?(?:{vocab.spellings(vocab.labels_of('note'))}|附)：")
_NOTE_NAME = re.compile(
    r"(?:(?!的)[\u4e00-\u9fff]){2,3}(?=$|[，,；;。、\s（(0-9]|(?:联系)?电话|手机)"
)


def _opens_note(text: str, k: int, end: int) -> bool:
    """Whether the contact label at ``text[k:end]``, glued to its value, opens a note's
    value (``附注：联系人王某，…``: :data:`_NOTE_HEAD` before it, a name after it)."""
    return (
        _NOTE_HEAD.fullmatch(text, 0, k) is not None
        and text.startswith(_SURNAMES, end)
        and _NOTE_NAME.match(text, end) is not None
    )


# (the minus signs − and ﹣ too, as a word processor or a copy writes the dash)
_DASH = "\\-—–─―‐‑−﹣~～－ "
_PHONE_MASK = TYPED_MASKS  # what masks a phone's digits
_PHONE = re.compile(
    r"(?<![0-9])(?:"
    # a mobile, also grouped by any dash or a blank: 139-0000-0123, 139−0000−0123
    rf"{MOBILE_HEAD}(?:[{_DASH}]?[0-9]{{4}}){{2}}"
    # a mobile with digits masked: 139****0123, 139******0123 (masks.MASKED_MOBILE)
    rf"|{MASKED_MOBILE}"
    # a landline with digits masked after its area code: 0000-555****, 0000-55**0123
    rf"|0[0-9]{{2,3}}[{_DASH}]{{1,2}}(?=[0-9{_PHONE_MASK}]{{7,8}}(?![0-9{_PHONE_MASK}]))"
    rf"[0-9]{{0,6}}[{_PHONE_MASK}]{{2,8}}[0-9]{{0,6}}(?![{_PHONE_MASK}])"
    # a landline whose local number a blank or a dash groups after its area code:
    # 0000-555 1234, 0000 5555 1234
    rf"|（?0[0-9]{{2,3}}(?:）[{_DASH}]?|[{_DASH}]{{1,2}})[0-9]{{3,4}}[{_DASH}][0-9]{{4}}(?:[-转][0-9]{{1,5}})?"
    rf"|（?0[0-9]{{2,3}}(?:）[{_DASH}]?|[{_DASH}]{{1,2}})?[0-9]{{7,8}}(?:[-转][0-9]{{1,5}})?"
    r"|[0-9]{7,8}(?:[-转][0-9]{1,5})?"  # local landline (8 digits, 7 in old letters)
    r"|400-?[0-9]{3}-?[0-9]{4}"
    r")(?![0-9])"
)
# A letter typed or read for a digit inside a phone (0000-555O123, 139l2340000: l and I read
# 1, O and o read 0, as in a date's year), one between two digits of a run of digits and
# dashes that no letter, digit or mark of an address (@ . _) is glued to (an e-mail's
# wang5550l23@… is none). Read so only where a contact's line is cut into phones and words
# (:func:`_pieces`), and in the phone so found; the letter's text keeps full-width ones.
_PHONE_RUN = re.compile(
    r"(?<![A-Za-z0-9０-９@._])[0-9０-９][-－0-9０-９lIOoｌＩＯｏ]*[0-9０-９](?![A-Za-z0-9０-９@.])"
)
_ASCII_DIGIT = re.compile("[0-9]")  # what every phone of _PHONE holds
_PHONE_LETTER = re.compile(r"(?<=[0-9０-９])[lIOoｌＩＯｏ](?=[0-9０-９])")
_ANY_PHONE_LETTER = re.compile("[lIOoｌＩＯｏ]")  # a charset: the engine scans for it in C
_PHONE_LETTER_DIGITS = str.maketrans("lIOoｌＩＯｏ", "11001100")


def _run_digits(run: re.Match[str]) -> str:
    return _PHONE_LETTER.sub(_phone_letter, run.group())


def _phone_letter(m: re.Match[str]) -> str:
    return m.group().translate(_PHONE_LETTER_DIGITS)


def _letters_as_digits(text: str) -> str:
    """``text`` with each letter between two digits of a phone-like run read as the digit
    it stands for (one character for one: offsets stay); ``text`` itself when it holds
    none of the letters."""
    if _ANY_PHONE_LETTER.search(text) is None:  # exact: none of the letters, nothing to read
        return text
    return _PHONE_RUN.sub(_run_digits, text)


# A line's text read so, kept for the next ask: each label's value of the line reads it
# (:func:`_pieces`), the whole line's letters once, not once for each of its labels (a long
# line of glued labels made it again for each: quadratic). The text object asked last is
# kept (a hit is one identity test), never a stale one: a text is its own key.
_line_digits = functools.lru_cache(maxsize=2)(_letters_as_digits)


# A run of digits a phone's label gives that no phone's shape reads (555012345, nine
# digits: a landline written one digit short, or damaged), its area code's dash kept or not,
# six to twelve digits in all: the phone as written. Only as the value of a label that asks
# for a phone (:func:`_read_value`), never a bare row's number.
_ODD_PHONE = re.compile(r"(?=(?:-?[0-9]){6,12}$)[0-9]+(?:-[0-9]+)?")
# Two numbers a copy glued with nothing between (a local landline of seven or eight digits,
# then a mobile: 55501234 and 139…, nineteen digits in all): one run that parts so one way
# only, the landline's first digit no 0 or 1 and the mobile's 1[3-9]; the phone is its first
# number, the landline (group 1), as of any value giving several numbers (review60f; fix93
# read the whole run, which no one can dial). A run opening with a mobile, or a landline
# with its area code, parts more ways than one (an identity number's digits among them) and
# stays none.
_GLUED_PHONES = re.compile(rf"([2-9][0-9]{{6,7}}){MOBILE}")
_DIGIT_OPENS = frozenset("0123456789")
"""What a match of :data:`_ODD_PHONE` opens with: the gate before it."""
# the area code's bracket, either width; a dash the letter wrote 一 (the view reads it -)
_PHONE_DASHES = re.compile(rf"[）){_DASH}转一]+")
_NOT_PHONE_CHAR = re.compile(rf"[^0-9{_PHONE_MASK}-]")

# Where a value ends at the latest: a 抄送 list, an attachment note, a printing line, a date.
_STOP = re.compile(
    r"抄送|抄报|报送：|主送：|附件：|印发"
    rf"|\d{{4}}年\d{{1,2}}月|[{CN_YEAR_DIGITS}]{{4}}年"
)


def _may_stop(text: str) -> bool:
    """Whether ``text`` may hold a match of :data:`_STOP`. Exact: each match holds 抄, 送：,
    附件：, 印发 or a date's 年, so a text holding none holds none (these look in C; the
    search tries each of its places)."""
    return "抄" in text or "送：" in text or "附件：" in text or "印发" in text or "年" in text


# (a web table's cells, copied as text, end with a bar: 联系人|王某|联系电话|…, │ too)
_SEPARATORS = frozenset("、，,；;。：:！？!?及/" + CELL_BARS)
_BRACKETS = frozenset("（）()【】[]〔〕")
# What ends a run of words: a separator, a bracket or a blank (\s is str.isspace).
_BOUNDARY = re.compile("[" + re.escape("".join(sorted(_SEPARATORS | _BRACKETS))) + r"\s]")
_WORD_CHARS = re.compile(rf"[\u4e00-\u9fff·{STAR_MASKS}]+")
# Words a broken tag of a web page's markup follows, glued (李某span lang="EN-US">, 李某</span>,
# 李某?span…, the ? for a character the break ate): the words before it.
_MARKUP_GLUED = re.compile(r"[\u4e00-\u9fff]{2,}(?=[?？]?<|[?？/]?[A-Za-z]{2})")
_MASK = STAR_MASKS  # a name's mask: no Latin letter (masks.STAR_MASKS says why)
_NAME = re.compile(
    r"[\u4e00-\u9fff]{2,6}"
    r"|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+"
    rf"|[\u4e00-\u9fff]{{1,3}}[{_MASK}]{{1,3}}"  # a masked name: 娄**
    # or masked in its middle, the surname and the last character kept: 李*兴, 欧阳*某
    rf"|[\u4e00-\u9fff]{{1,2}}[{_MASK}]{{1,2}}[\u4e00-\u9fff]"
)
_SURNAMES = vocab.words("surnames")
_SURNAME_SET = frozenset(_SURNAMES)
# A post, with 副 and a grade before it: 科员, 副局长, 一级主任科员.
_POST = re.compile(rf"(?:[一二三四]级)?副?(?:{vocab.alternation('posts')})$")
# What a match of _POST ends with: a post's last character, right at the end or before a
# last line break ($); a text ending otherwise holds none (no search tried at each place).
_POST_LAST = frozenset(word[-1] for word in vocab.words("posts")) | {"\n"}


# A post opening the words after an office (县教育局局长李某: 局长 between the office and the
# name), with 副 and a grade before it as :data:`_POST`'s.
_POST_LEAD = re.compile(rf"(?:[一二三四]级)?副?(?:{vocab.alternation('posts')})")


def _post_search(words: str) -> re.Match[str] | None:
    """``_POST.search(words)``, not tried where ``words`` cannot end as a match does."""
    return _POST.search(words) if words[-1:] in _POST_LAST else None


def _post_fullmatch(words: str) -> re.Match[str] | None:
    """``_POST.fullmatch(words)``, gated as :func:`_post_search`."""
    return _POST.fullmatch(words) if words[-1:] in _POST_LAST else None


# Notes that stand in a value beside a phone or a name and name nobody.
_NOTE = re.compile(
    r"^(?:手机号码|手机号|手机|电话|座机|办公室?电话|固话|微信|邮箱|工作日|周末|白天|节假日|同上)$"
    r"|微信|同号|号码|分机|工作时间|传真"  # 微信同号, 同微信, 分机801, 工作时间拨打, 兼传真
)
# Words no person's name holds: a publication note or a seal beside the phone, or 单位
# (a surname's character opens it) before a phone's label, whose phone it is: 单位电话：….
_NOT_NAME = re.compile(r"公开|此件|盖章|印章|申请|不予|附件|抄送|办理|答复|类别|类型|单位")
# A site's footer links (网站地图, 联系我们: data/page_footer_links.txt) are the page's words,
# never a contact's name, wherever a copy left them on a contact's line.
_FOOTER_LINKS = vocab.word_set("page_footer_links")
# What may stand before the first label of a line outside the closing block: an opening
# bracket, a few words of its own (我局联系人：, 附：联系人：), or the signature's date,
# whole or with its 年月日 lost (a flattened copy: …2021年9月3日 联系人：…, 2021093联系人…).
_OWN_WORDS = re.compile(
    r"^(?:[（(〔【\[]|[\u4e00-\u9fff]{1,4}：?|.*(?:\d{4}年\d{1,2}月\d{1,2}日|(?:19|20)\d{4,6}))$"
)
_HANZI_RUN = re.compile(r"[\u4e00-\u9fff]+")
# A line's indent a copy of a page's source kept as character references (&nbsp;&nbsp;联系人：
# …, its ; written ；): blanks, the label opening the line as it does after a real indent.
_REFERENCE_INDENT = re.compile(r"(?:&(?:nbsp|ensp|emsp|thinsp|#160|#12288)；?)+", re.IGNORECASE)
# A closing formula opening a line (感谢您…, 特此答复, 此致 / 敬礼): the reply's last words
# after its answer, no paragraph of it (:func:`_last_paragraphs`).
_FORMULA_LINE = re.compile(f"(?:{vocab.alternation('closing_formulas')})")
# The label of the unit handling a proposal (a form's field, :func:`_unit_of_the_form`),
# its 部门 as its 单位 (承办部门, as the closing's 承办单位 line reads it), the answering
# unit's too (答复单位, 回复部门: labels of the unit as 承办单位 is).
_HANDLING_UNIT = re.compile(rf"{HANDLING_UNIT}[：；]?")
# A sentence that goes on: the character before a line break a copy lost.
_MID_SENTENCE = "，,、"


class _Piece(NamedTuple):
    """A stretch of a value between separators: a phone, or words (``flat`` indices). (A
    tuple, as :class:`_Event` and :class:`_Label`: several are made for each contact line.)"""

    kind: Literal["phone", "words"]
    start: int
    end: int
    bracketed: bool = False


Part = Literal["name", "org", "phone"]


class _Event(NamedTuple):
    """One part of a contact read from a label's value."""

    part: Part
    text: str
    value: int
    """Which label value it came from (names and phones of one value go together)."""
    start: int
    end: int
    """Where it stands in the line's ``flat.text``."""
    leader: bool = False
    """A name a leader's label gives (a contact only with a phone of his own)."""
    beside: bool = False
    """An office written beside the person (before a post), not under an office label."""
    heads: bool = False
    """An office written right before the person's name (某科王某, 某科 王某): his, not the
    office of a name before it (王某（某科）)."""


@dataclass
class _Draft:
    name: str | None = None
    org: str | None = None
    phone: str | None = None
    phone_value: int = -1
    start: int = 0
    end: int = 0
    line: int = 0
    org_from: Literal["label", "block", "beside"] | None = None
    """Where its org came from: an office label's value on its own lines, an office label
    of the block above, or an office written beside the person."""
    leader: bool = False
    extra_phone: bool = False
    """A phone given after the contact above already had one: its second number, unless
    a name or an office joins it."""
    unnamed: bool = False
    """Its phone came under a label of a person's own that names nobody (承办人及联系电话：
    0000-…): the phone of that unnamed person, never a leader's."""


class ContactFound(Found[Contact]):
    def place(self, letter: Letter) -> None:
        letter.contacts.append(self.value)


def extract(ctx: Context) -> list[Item]:
    closing = ctx.layout.closing
    closing_from = closing[0].start if closing else len(ctx.view.norm) + 1
    lines = ctx.view.content_lines
    if closing and (form := appended_form(closing)) is not None:
        # a form given after the letter (…代表意见征询表): its rows are the deputy's, or
        # the form's own, none of the letter's contacts
        lines = lines[: lines.index(form)]
    found = _contacts(ctx.view, lines, closing_from)
    return [ContactFound(contact, contact.span, claim) for contact, claim in found]


def find_contacts(
    view: TextView, lines: tuple[Line, ...], *, closing_from: int = 0
) -> list[Contact]:
    """The contacts of ``lines``; those starting at ``closing_from`` (``view.norm``
    offset) or later are the closing block's (by default, all of them)."""
    return [contact for contact, _ in _contacts(view, lines, closing_from)]


# -- lines and labels ----------------------------------------------------------------------

# A label cut by a line break (PDF copies: 联系电 / 话：139…): the line's end and the next
# line's start that make one label word again.
_WRAPS = tuple(
    (word[:cut], word[cut:])
    for word in _PART_WORDS
    if word not in _TAILS
    for cut in range(2, len(word))
)


def _by_end(wraps: tuple[tuple[str, str], ...]) -> dict[str, list[tuple[str, str]]]:
    """The pairs by their head's last two characters: a line's end picks the few to try."""
    out: dict[str, list[tuple[str, str]]] = {}
    for head, rest in wraps:
        out.setdefault(head[-2:], []).append((head, rest))
    return out


_WRAPS_BY_END = _by_end(_WRAPS)
# Their heads' last characters: a line ending otherwise ends in none (one character read
# from the text, no slice made).
_WRAP_LAST = frozenset(end[-1] for end in _WRAPS_BY_END)


@dataclass
class _Row:
    """One logical line: its index, its text as a :class:`Flat`, where it ends in
    ``view.norm``, and whether it stands in the closing block."""

    index: int
    flat: Flat
    end: int
    closing: bool
    labelled: bool = True
    """Whether :func:`_labels` may find a label on it: a line :func:`_label_lines` gives
    (or two joined); the line under one, read for its bare phone only, holds none."""
    first: int = 0
    """Where in ``flat.text`` the first word of :data:`_LABEL` starts at the earliest
    (:func:`_label_lines` found it); -1 when none does: no match of :data:`_LABEL` starts
    before it (a match opens with such a word), so its search starts there."""
    top: int = -1
    """The index of its first line when it is two (a label alone over its value's line:
    ``index`` is the second); -1 when it starts at ``index``."""

    def above(self) -> int:
        """The index of its first line: the contact read on the line before it may go on."""
        return self.index if self.top < 0 else self.top


def _rows(
    view: TextView,
    lines: tuple[Line, ...],
    closing_from: int,
    found: _Assembly | None = None,
) -> Iterator[_Row]:
    """Each line as a :class:`_Row`; a line ending in the first characters of a label
    whose rest opens the next line is joined with it.

    Only the lines that may hold a label (:func:`_label_lines`) and the line under each are
    read: on any other line :func:`_contacts` finds nothing to do (no label, and no contact
    read on the line above to give a bare phone to). With ``found``, the contacts read so
    far (the rows are read one at a time), the line under one only while a contact there
    may take its bare phone (:func:`_takes_bare_phone`), or while it is a contact table's
    next row (:func:`replyparse.closing.contact_row`)."""
    may = _label_lines(view, lines, closing_from)
    i = 0
    last = len(lines) - 1
    norm = view.norm
    while i <= last:
        line = lines[i]
        if (
            i < last
            and norm[line.end - 1] in _WRAP_LAST  # line.text's last character (a line is
            and line.text[-2:] in _WRAPS_BY_END  # norm[start:end]), read without a slice
            and any(
                line.text.endswith(head) and lines[i + 1].text.startswith(rest + "：")
                for head, rest in _WRAPS_BY_END[line.text[-2:]]
            )
        ):
            end = lines[i + 1].end
            yield _Row(i, Flat.of(view, (line.start, end)), end, line.start >= closing_from)
            i += 2
            continue
        if i in may:
            if i < last and (
                (
                    # a phone a copy broke after its area code's dash (电话：0000- / 5550123)
                    norm[line.end - 1] in _BROKEN_DASHES
                    and _broken_phone(line.text, lines[i + 1].text)
                )
                or (
                    # a phone's label left empty at the line's end, its number opening the
                    # next line with more after it (联系电话： / 0000-5550123，传真：…)
                    norm[line.end - 1] == "："
                    and _EMPTY_PHONE_LABEL.search(line.text) is not None
                    and _PHONE.match(lines[i + 1].text) is not None
                )
                or (
                    # a table's cells one to a line (联系人 / 王某 / 联系电话 / 0000-…): the
                    # label's value is the next line
                    may[i] == 0 and _lone_label(line, lines[i + 1], may.get(i + 1))
                )
            ):
                end = lines[i + 1].end
                closing = line.start >= closing_from
                yield _Row(i + 1, Flat.of(view, (line.start, end)), end, closing, True, may[i], i)
                i += 2
                continue
            yield _Row(i, Flat.line(line), line.end, line.start >= closing_from, True, may[i])
        elif i - 1 in may:  # (one look-up for the usual line, as before the rows below)
            if found is None or _takes_bare_phone(found, i):
                yield _Row(i, Flat.line(line), line.end, line.start >= closing_from, False, -1)
            elif line.start >= closing_from and contact_row(view, line) is not None:
                # a contact table's next row under a contact line; the row under it is read
                # as under a label line (no label is looked for on this one: it is read)
                may[i] = -1
                yield _Row(i, Flat.line(line), line.end, True, False, -1)
        i += 1


_START = attrgetter("start")
# A phone's label that ends its line, its value empty (联系电话：, 联系人及电话：): the number
# opens the next line, which :func:`_rows` joins to it (the label's value is there, also
# where more labels follow it on that line, 0000-5550123，传真：…).
_EMPTY_PHONE_LABEL = re.compile(
    "(?:" + _alternation([w for w, k in _PART_WORDS.items() if k == "phone"]) + ")：$"
)
_BROKEN_DASHES = frozenset("-—–－‐‑−﹣")
"""The dash a landline's area code ends with where a copy broke the phone after it: the
gate before :func:`_broken_phone`."""
_AREA_CODE_END = re.compile(r"(?<![0-9])0[0-9]{2,3}[-—–－‐‑−﹣]$")
_NUMBER_START = re.compile(r"[0-9]{7,8}(?![0-9])")


def _broken_phone(text: str, below: str) -> bool:
    """Whether ``text`` ends with a landline's area code and its dash and ``below`` opens
    with the rest of the number (``联系电话：0000-`` / ``5550123``): one phone a copy broke
    after its dash, as a 发文字号 broken after its year is one number."""
    return _AREA_CODE_END.search(text) is not None and _NUMBER_START.match(below) is not None


# A form's next label in words the label table does not hold, alone on its line: a few
# words ending in what such a row asks for (落实情况, 处理意见, 代表签名; the words an empty
# row of a 办理单 ends with, blanks between its characters or not): no person's value.
_FORM_CELL = re.compile(rf"^[\u4e00-\u9fff]{{0,8}}(?:{vocab.alternation('form_row_words')})$")

_LONE_LONGEST = 12
"""The longest line a contact label alone fills (承办人及联系电话：, spaced 联 系 人：)."""
_CELL_LONGEST = 30
"""The longest line :func:`_lone_label` reads as a label's value under it (a cell)."""


def _lone_label(line: Line, below: Line, below_first: int | None) -> bool:
    """Whether ``line`` is a contact label alone (its colon may follow), ``below`` a short
    line holding no label and no colon (``below_first``, where its first label word
    starts, None when it holds none): a cell's value under its label's cell; or, the
    label's colon written, a line that opens with its value, more labels after it
    (``联系人及电话：`` over ``王某  0000-5550123  传真：…``). A label of the table alone
    under it (``具体承办人`` over ``办理情况``: the form's next cell, the contact's left
    empty), or a row's label in words the table does not hold (``落实情况``, ``处理意见``:
    :data:`_FORM_CELL`), is no value (an earlier round read ``办理 情况``'s second word as
    the person)."""
    text = below.text
    if len(line.text) > _LONE_LONGEST:
        return False
    if below_first is None:
        if len(text) > _CELL_LONGEST or "：" in text or text in ALL.by_spelling:
            return False
        if _FORM_CELL.match("".join(text.split())):
            return False  # (the form's next row, its label in other words)
    elif not 0 < below_first <= _CELL_LONGEST or line.text[-1:] != "：":
        return False  # (the value before its first label is the cell)
    if (m := _LABEL.match(line.text)) is None:
        return False
    return line.text[m.end() :] in ("", "：")


def _takes_bare_phone(found: _Assembly, index: int) -> bool:
    """Whether a row at ``index`` holding no label may give a contact its bare phone, as
    :func:`_contacts` asks it (its other step there, forgetting the block's office, the
    next row read takes too: a row without a label is no contact line)."""
    current = found.joinable(index)
    return current is not None and current.phone is None


def _label_lines(view: TextView, lines: tuple[Line, ...], closing_from: int) -> dict[int, int]:
    """The indices in ``lines`` of the lines where :func:`_labels` may find a label: those
    holding a first word of :data:`_LABEL`, and the closing block's holding a colon (a
    headless label, a person's label the table does not hold: both need one). Searched
    over the text, not line by line, going on past a line once its first word is found.

    Each with where in its line the first such word starts, -1 for a line holding none.
    The earliest: no word spans a line break (the words hold none), so the search meets a
    line's words as a search of the line alone does, the earliest first."""
    if not lines:
        return {}
    # the lines are in text order: bisected by their starts (no list of them built)
    may: dict[int, int] = {}
    norm, pos, end, i = view.norm, lines[0].start, lines[-1].end, 0
    while (m := _FIRST_SCAN.search(norm, pos, end)) is not None:
        at = m.start()
        if norm[at] in _HEADS:
            # a led word ending here starts where _FIRST_WORD's search finds it: no
            # first word starts inside its head, so no match of it starts before
            for word in _HEADS[norm[at]]:
                back = at + len(_LED[word]) - len(word)
                if back >= pos and norm.startswith(word, back):
                    at = back
                    break
        i = bisect_right(lines, at, i, key=_START) - 1
        if at < lines[i].end:  # a label word never spans a line break
            may[i] = at - lines[i].start
            # the line's first word is all it needs: the search goes on after the line
            # (a word never spans a line break, so none starts before it and ends after)
            pos = lines[i].end
        else:
            pos = m.end()
    for i in range(bisect_left(lines, closing_from, key=_START), len(lines)):
        text = lines[i].text
        if i not in may and (colon := text.find("：")) > 0 and text[colon - 1] in _BEFORE_COLON:
            may[i] = -1
    for i in [j + step for j, first in may.items() if first == 0 for step in (-1, 1)]:
        # a person's label lost whole beside a line a contact label opens (联系电话：… /
        # ：王某): its colon opens the line (one look at each neighbour's first character)
        if 0 <= i < len(lines) and i not in may and _label_lost_whole(lines[i].text):
            may[i] = -1
    return may


def _label_lost_whole(text: str) -> bool:
    """Whether ``text`` is a person's name alone after the colon of a label a copy lost
    whole (``：王某`` under ``联系电话：…``; fix96): the contact's name, as ``联系人：王某``
    would give it. Asked only beside a line a contact label opens."""
    return text[:1] == "：" and _unlabelled_name(text[1:].strip())


# What stands right before the first colon of a closing line whose label has no first word
# (_HEADLESS's, lost_label's, person_label_span's: each ends with the line's first colon):
# a contact word's last character, a squeezed word's, 姓名's 名, 人 or 领导's 导. A line
# whose first colon follows another (抄送：, 办复类别：) holds none of them: no label.
_BEFORE_COLON = frozenset({w[-1] for w in _WORDS} | {w[-1] for w in SQUEEZED} | {"名", "人", "导"})


def _gap_before(view: TextView, flat: Flat, k: int) -> bool:
    """Whether the letter has blanks (or a line break) right before ``flat.text[k]``: an
    invisible format character alone (养\\u200b老服务科) is none."""
    if k <= 0:
        return False
    before, at = view.origin[flat.at[k - 1]], view.origin[flat.at[k]]
    return at - before > 1 and (
        view.invisible is False or not invisible_alone(view.original, before, at)
    )


class _Label(NamedTuple):
    start: int
    end: int
    """Where its value begins (after the colon)."""
    kinds: tuple[Kind, ...]


def _labels(view: TextView, row: _Row) -> list[_Label]:
    """The contact labels of one line that stand as labels, not as words of a sentence. A
    row that opens with the proposer's name slot (``代表姓名：张某  联系电话：…``, a reply
    slip's row) is the proposer's: none."""
    text = row.flat.text
    if NAME_COLON in text and _PROPOSER_SLOT.match(text):
        return []
    out: list[_Label] = []
    scan_from = 0
    # A closing line that _LABEL reads a label at the start of (only where a first word
    # starts it, row.first == 0) is never read as one of the three damaged labels below:
    # exact, as a person's label then ends at a colon past that label (no label holds a
    # colon), so _LABEL's search of its span finds the label and its branch is not taken;
    # and a headless or lost label before its colon is never a label of _LABEL followed by
    # its colon (tests/test_contacts_fast_paths.py asks each of their words).
    opening = _LABEL.match(text) if row.closing and row.first == 0 else None
    whole = opening is not None and opening.group("colon") is not None
    headless = _HEADLESS.match(text) if row.closing and not whole else None
    lost = None
    if row.closing and not whole and not headless:
        lost = lost_label(view, text, row.flat.at)
    if headless:
        out.append(_Label(headless.start("label"), headless.end(), _kinds(headless["label"])))
        scan_from = headless.end()
    elif lost:
        # a label that lost a character in copying: 联 人：, 人姓名：… 联系电话：
        out.append(_Label(lost[0], lost[1], ("person" if lost[2] == "contact_name" else "phone",)))
        scan_from = lost[1]
    elif row.first < 0 and _label_lost_whole(text):
        # a person's label lost whole, its colon left before the name (联系电话：… / ：王某)
        out.append(_Label(0, 1, ("person",)))
        scan_from = 1
    elif (
        row.closing
        and opening is None
        and (own := person_label_span(text)) is not None
        and (row.first < 0 or _LABEL.search(text, own[0], own[1]) is None)
    ):
        # a person's label the table does not hold (复核人：): a leader's (rule 4)
        out.append(_Label(own[0], own[1] + 1, ("leader",)))
        scan_from = own[1] + 1
    # a match opens with a first word: none starts before row.first, none at all without one
    if opening is not None and not scan_from:
        # the search's first match is the one at the line's start: read once
        matches: Iterable[re.Match[str]] = (opening, *_LABEL.finditer(text, opening.end()))
    elif row.first >= 0:
        matches = _LABEL.finditer(text, max(scan_from, row.first))
    else:
        matches = ()
    for m in matches:
        k, label = m.start(), m.group("label")
        kinds = _kinds(label)
        if m.group("colon") is None and _needs_colon(label):
            continue
        if (
            m.group("colon")
            or k == 0
            or text[k - 1] in _LABEL_AFTER
            or (text[k - 1] == "：" and _opens_note(text, k, m.end()))
            or _gap_before(view, row.flat, k)
            or _PHONE.match(text, m.end())
            or (text[k - 1].isdigit() and len(label) >= 3)  # glued to a date
            or (row.first >= 0 and _section_glued(view, row.flat, k, m.end(), kinds))
            or (
                # 本部门联系人王某, 县水利局承办人李某，电话…: after its office, no colon
                row.closing
                and kinds[0] == "person"
                and not _gap_before(view, row.flat, k)
                and glued_person(text[:k], text[m.end() :])
            )
        ):
            out.append(_Label(k, m.end(), kinds))
    if row.closing and ("位：" in text or "门：" in text or "室：" in text or "名：" in text):
        _bare_labels(view, row, out)
    if row.closing and out and out[0].kinds[0] == "phone":
        lead = text[: out[0].start]
        if _unlabelled_name(lead):
            # a form's next row, its label cell blank: 王某  联系电话 … under 主管领导 王某 …
            out.insert(0, _Label(0, 0, ("person",)))
        elif lead[:1] == "：" and _unlabelled_name(lead[1:].strip()):
            # the person's label a copy lost whole, its colon left opening the row, the
            # phone's cell after the name (：王某  联系电话：…), as fix96 reads ：王某 alone
            # beside a line the phone's label opens
            out.insert(0, _Label(0, 1, ("person",)))
    return out


# An office's word alone as its label (单位：, 部门：, 科室：, 处室：, 股室：), a contact
# block's line of its own or a cell of a contact line: the office of the block's contacts;
# and a person's slot alone as its label (姓名：王某  电话：…, a contact form's row), the
# person. Only where it stands as a label: opening the line (an opening bracket allowed),
# after a separator, or after a gap that parts a whole word from it; glued to the words
# before it (协办单位：, 工作单位：, 所在单位：, 代表姓名：) or spread with the rest of its
# word (协 办 单 位：) it is the tail of another label. 办公室： right before a phone is the
# office's phone (联系人：王某  办公室：0000-…  手机：139…): a phone's label.
_BARE_LABEL = re.compile(
    f"(?:(?P<person>{NAME_WORD})|(?P<phone>办公室)|单位|部门|科室|处室|股室)：(?=\\S)"
)


def _bare_labels(view: TextView, row: _Row, out: list[_Label]) -> None:
    """Add to ``out`` (kept in order) the bare office and person labels of a closing line
    that no label found already covers (:data:`_BARE_LABEL`)."""
    text, flat = row.flat.text, row.flat
    for m in _BARE_LABEL.finditer(text):
        k = m.start()
        if any(label.start <= k < label.end for label in out):
            continue
        lead = text[:k]
        if not (
            lead in ("", "（", "(")
            or lead[-1] in _SEPARATORS
            or (_gap_before(view, flat, k) and not _gap_before(view, flat, k - 1))
        ):
            continue
        if m.group("phone") is not None:
            # the office's phone, its word alone as its label (联系人：王某  办公室：0000-…)
            if _PHONE.match(_letters_as_digits(text), m.end()):
                out.append(_Label(k, m.end(), ("phone",)))
        elif m.group("person") is None:
            out.append(_Label(k, m.end(), ("office",)))
        elif _phone_follows(view, row, m.end(), out):
            out.append(_Label(k, m.end(), ("person",)))
    out.sort(key=_START)


def _phone_follows(view: TextView, row: _Row, at: int, out: list[_Label]) -> bool:
    """Whether a phone follows a bare 姓名 label's value, as on a contact form's row: a
    phone's label or a phone after ``at`` on the line (``姓名：王某  电话：…``), or a phone's
    label opening the line under it (``姓名：王某`` / ``电话：…``). A name with no phone
    beside it (a reply slip's ``姓名：`` row after the letter) is no contact's."""
    if any(label.start >= at and "phone" in label.kinds for label in out):
        return True
    text = row.flat.text
    if _ASCII_DIGIT.search(text, at) and _PHONE.search(_letters_as_digits(text), at):
        return True
    norm = view.norm
    below = row.end + 1 if norm.startswith("\n", row.end) else row.end
    end = norm.find("\n", below)
    label = _LABEL.match(norm, below, len(norm) if end < 0 else end)
    return label is not None and "phone" in _kinds(label.group("label"))


def _unlabelled_name(lead: str) -> bool:
    """Whether ``lead``, what stands before a line's first label, is a person's name alone."""
    return (
        _is_name(lead)
        and (lead.startswith(_SURNAMES) or "·" in lead)  # (阿某·某某  联系电话：…)
        and not ORG_END.search(lead)
        and not _post_search(lead)
    )


# A label's kinds and colon depend on its words alone: read once per spelling.
@functools.lru_cache(maxsize=1024)
def _kinds(label: str) -> tuple[Kind, ...]:
    found = [m.group(0) for m in _LABEL_PART.finditer(label)]
    if not found:  # a word that lost its head: what it was the tail of
        return ("phone",) if label.endswith(("话", "机", "式")) else ("person",)
    kinds = tuple(_PART_WORDS[w] for w in found)
    if kinds[:2] == ("nothing", "phone") and label[len(found[0])] in _JOINERS:
        # a fax joined to a phone (传真/电话, 传真及电话): one number, the phone's (a
        # 传真电话 with no joiner is the fax's own number)
        return kinds[1:]
    return kinds


@functools.lru_cache(maxsize=1024)
def _slot_kinds(kinds: tuple[Kind, ...]) -> tuple[Kind, ...]:
    """The kinds of ``kinds`` a run of words fills (a person, an office, a leader), in
    order: they depend on the label's kinds alone, so read once per label's kinds."""
    return tuple(k for k in kinds if k in ("person", "office", "leader"))


@functools.lru_cache(maxsize=1024)
def _needs_colon(label: str) -> bool:
    return any(_WORDS.get(m.group(0), ("person", False))[1] for m in _LABEL_PART.finditer(label))


def _continues_sentence(view: TextView, flat: Flat) -> bool:
    """Whether the line was cut out of a sentence: no line break in the letter before it,
    and what stands before is a comma (…请与我局联系，|联系电话：…。)."""
    if not flat.at:
        return False
    k = view.origin[flat.at[0]] - 1
    original = view.original
    while k >= 0 and original[k] in " \t\u3000\u00a0":
        k -= 1
    return k >= 0 and original[k] != "\n" and original[k] in _MID_SENTENCE


def _section_glued(view: TextView, flat: Flat, k: int, end: int, kinds: tuple[Kind, ...]) -> bool:
    """Whether the person's label at ``text[k:end]``, written without its colon, follows the
    section the person works in, glued to it after a comma (…办理，规划科联系人王某，电话…。)
    or opening its sentence (…推进。规划科联系人王某，…): a label, as one after the comma is,
    when a name and a phone follow it to the sentence's end (:func:`_sentence_contact`);
    各科室联系人 with no phone after it stays words. The letter's own words glued before the
    label (我局联系人, 本部门联系人) are read so too, naming no section."""
    text = flat.text
    # (the section's name ends right before the label, within its longest: a search from
    # the line's start would try every place before each label, quadratic on a long line)
    if kinds[0] != "person":
        return False
    reach = max(0, k - _SECTION_LONGEST)
    if not ORG_END.search(text, reach, k) and not OWN_WORDS_END.search(text, reach, k):
        return False  # (the letter's own words alone: 本部门联系人王某, 我县联系人王某)
    clause = k - _glued_section(view, flat, k)
    return 0 < clause != k and text[clause - 1] in _CLAUSE_OPENERS and _person_and_phone(text, end)


def _glued_section(view: TextView, flat: Flat, k: int) -> int:
    """How many characters before ``flat.text[k]`` are a section's name glued to the label
    there (规划科, 办公室, 某局规划科: an office's ending last, three characters or more, or
    two that open no surname, :func:`_short_office`), back to the clause's comma or the
    sentence's start (:data:`_CLAUSE_OPENERS`), no blank between them in the letter
    (``某局    联系人：…`` is an office beside a label, read as such); 0 if none. The words
    the letter says itself with (我局, 本委) name no office, but the section after them is
    named (我局工程科: :data:`.orgnames.SELF_REFERENCE`), and they alone glued before the label
    (我局联系人王某) are the run all the same, naming none."""
    text = flat.text
    # (the opener looked for no further back than a section's longest name: a longer
    # clause names none, and a look back to the line's start at every label is quadratic)
    reach = max(0, k - _SECTION_LONGEST - 1)
    opener = max(text.rfind(c, reach, k) for c in _CLAUSE_OPENERS)
    if opener < 0 < reach:
        return 0
    start = opener + 1
    words = text[start:k]
    if (
        len(words) > _SECTION_LONGEST
        or not _HANZI_RUN.fullmatch(words)
        or view.origin[flat.at[k]] - view.origin[flat.at[start]] != k - start  # (a blank)
    ):
        return 0
    if own_words_alone(words):
        return len(words)
    section = words[own_words_end(words) :]
    if section[0] in _SELF_WORDS:
        return 0
    if ORG_END.search(section) and (_is_office(section) or _short_office(section)):
        return len(words)
    return 0


def _section_named(words: str) -> int:
    """How many of the last characters of ``words``, a clause glued before a person's label
    (:func:`_glued_section`), name the section: all of them (规划科, 某局规划科), or what follows
    the words that send the reader to it (如有疑问可联系县局, 可致电我局规划科: a clause spoken
    to the reader, the office after its verb, :data:`_REACHING`), the letter's own words
    before the section none of its name (我局规划科 → 规划科: the section is named, the
    bureau is the letter's, :data:`.orgnames.SELF_REFERENCE`); 0 when what is left names none, the
    letter's own words alone (我局, 该局规划科) or a section left unnamed (相关科室, 各科室)."""
    ends = [m.end() for m in _REACHING.finditer(words)]  # (the last verb's: 请联系…或致电…)
    rest = words[ends[-1] :] if ends else words
    rest = rest[own_words_end(rest) :]
    if (
        not rest
        or rest[0] in _SELF_WORDS
        or names_in_clause(rest)
        or not ORG_END.search(rest)
        or not (_is_office(rest) or _short_office(rest))
    ):
        return 0
    return len(rest)


# The words a sentence sends its reader to an office with (可联系, 请致电, 拨打): a verb of
# reaching someone, 联系 and 咨询 only after a modal (人大代表联系服务中心, 政务咨询中心 are
# offices' names).
_REACHING = re.compile(r"(?:可以?|请|或|欢迎)(?:联系|致电|拨打|咨询|垂询)|致电|拨打|垂询")
_SECTION_LONGEST = 16
"""The longest office's name read glued before a person's label in a sentence."""
_SELF_WORDS = "我本该贵此"
"""The first characters of the words a letter names an office by without its name (我局,
本委, 该局, 贵单位, 此办)."""
_CLAUSE_OPENERS = "，。！？"
"""What a contact's clause in a sentence opens after: a comma, or the end of the sentence
before it (…推进。联系人王某，电话…。), where a person's label or the section glued to it
stands as after a comma."""


def _is_contact_line(
    view: TextView, row: _Row, labels: list[_Label], after_one: bool, last_paragraph: bool
) -> bool:
    """Whether a line's labels are a contact block's, not words of the body's prose
    (``after_one``: the line above is a contact line, whose value a comma may end;
    ``last_paragraph``: the line is the body's last, whose closing sentence may give one)."""
    if not after_one and _continues_sentence(view, row.flat):
        return False
    if row.closing:
        return True
    text = row.flat.text
    lead = text[: labels[0].start]
    if lead == "" or _REFERENCE_INDENT.fullmatch(lead):
        return True
    if _OWN_WORDS.match(lead) is None:
        return _bracket_at_the_end(text, labels[0]) or (
            last_paragraph and _sentence_contact(view, row.flat, labels) is not None
        )
    # a few words of its own glued before a label written without its colon are a
    # sentence's (群众可凭手机139…预约: the label's characters glued to a number are words)
    first = labels[0]
    return (
        text[first.end - 1] in "：；"
        or not _HANZI_RUN.fullmatch(lead)
        or _gap_before(view, row.flat, first.start)
    )


# A contact the letter's closing paragraph gives in its last sentence, after the sentence's
# first clause (此件由某局办理，联系人王某，电话0000-…。; 联系人：王某，联系电话：…。): how a
# reply that signs with no contact block, or a 办理情况 page, names whom to call. Read only
# in the last paragraph of the body (the last that is no closing formula, _answer_end), the
# label a person's after a comma (or a labelled list's ；, _list_cell), its value a
# person's name (opening with a surname, two to four characters) and a phone right after,
# under its own label or none, the sentence ending there. A body's 联系人 as a word
# (建立联系人制度, 明确专门联系人) names nobody and gives no phone: prose.
_SENTENCE_PERSON = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,4}?)(?:[，、；\s]+|(?=(?:联系)?电话|手机|[0-9]))"
    r"(?:(?:联系)?电话|手机|联系方式)?：?\s*"
)
# What may follow the phone to the sentence's end: more numbers, an extension, the stop;
# after the stop, the closing formulas the paragraph ends with, on the same line as on lines
# of their own (…，电话：…。感谢您对我局工作的支持！: decided, left61b).
_SENTENCE_PHONE_TAIL = re.compile(
    rf"[0-9\-—、/，转（）()\s]*(?:[。；]?[）)]?\s*"
    rf"|[。！]\s*(?:{vocab.alternation('closing_formulas')}).*)"
)
# The unit the same sentence says handles the item (此件由某局办理，…; 由某局承办，…): the
# contact's org, as an office written beside the person on a contact line is.
_HANDLED_BY = re.compile(
    rf"由(?P<org>[\u4e00-\u9fff]{{2,30}}?{ORG_SUFFIX})(?:负责|牵头)?(?:主办|承办|办理|答复)"
)


def _sentence_contact(view: TextView, flat: Flat, labels: list[_Label]) -> _Label | None:
    """The person's label of a contact the line's first label opens after its sentence's
    first clause, a person and a phone to the sentence's end (:data:`_SENTENCE_PERSON`);
    None when the line gives none so. The unit may come first under its own label, with
    its colon, its value up to a comma (此件承办单位：某局，联系人王某，电话…。; 经办单位,
    联系科室 alike), or glued before the person's label (…，规划科联系人王某，…). A ``；``
    before a label with its colon parts the cells of a labelled list (（协办单位：某局；联系人：
    王某；联系电话：…）); one a copy left of a page's ``&nbsp;`` parts nothing."""
    text = flat.text
    first = labels[0]
    if first.kinds[0] == "office" and "person" not in first.kinds:
        if len(labels) < 2 or text[first.end - 1] != "：" or not _opens_clause(text, first.start):
            return None
        unit = text[first.end : labels[1].start]
        if not unit.endswith("，") or not ORG_END.search(unit, 0, len(unit) - 1):
            return None
        first = labels[1]
    k = first.start
    if "person" not in first.kinds or k == 0:
        return None
    if (
        text[k - 1] not in _CLAUSE_OPENERS
        and not _list_cell(text, first)
        and not _glued_section(view, flat, k)
    ):
        return None
    return first if _person_and_phone(text, first.end) else None


_SentTo = tuple[tuple[int, int] | None, tuple[int, int] | None]
"""Where the office a sentence sends the reader to stands, and the person after it or None;
the office None where the sentence sends the reader to the letter's own office (请与我局联系,
欢迎联系我中心) or names none (请来电咨询)."""
_OWN_OFFICE = re.compile(r"我们|[我本][处科股站所室队]")
"""The letter's own words for its office beside :data:`.orgnames.SELF_REFERENCE`'s (我局,
本单位, 我中心): 我们, an office's one character (我处, 本科室's 本科 aside: 本所)."""

_OFFICES_JOINED = re.compile(r"以及|和|及|与|或")
"""What joins two offices a sentence sends the reader to (县医保局和县卫健局): inside one
office's name too (县住房和城乡建设局), where no office ends before it."""
_NOBODY_NAMED = ("负责同志", "负责人", "工作人员")
"""Who a sentence names after the office without naming anyone (某科负责同志): the office's."""


_UNNAMED_PLACE = re.compile(
    r"(?:当地|本地区?|附近|就近|辖区|属地|各地区?|(?:户籍|居住|住所)?所在地|(?:户籍|居住|住所)地)"
    r"(?:的|各级|相关)?"
    r"(?=[\u4e00-\u9fff]{2})"
)
"""What opens an office a sentence sends the reader to without naming it, the reader's own
place's (当地派出所, 所在地社区居委会, 辖区派出所, 户籍所在地派出所): an office of everyone's, none
of the letter's (decided, small67)."""


_OWN_PLACE = re.compile(
    rf"(?:(?![{LEVEL_CHARS}])[\u4e00-\u9fff]){{1,4}}?[{LEVEL_CHARS}](?![政场域村级])(?<!{CITY_WORD})"
)
"""A place's name and its level opening an office's name (东坪镇派出所, 青石县人社局): a name of
its own, though the reader's place's word stands before it (当地东坪镇派出所); a level alone
(县民政局, 县级…, the reader's own county) or a city's word (社区居委会) names none."""


def _local_office(who: str) -> int | None:
    """Where the office's own name starts in ``who``, a reader's place's word opening it or
    none (:data:`_UNNAMED_PLACE`): 0 with no such word; after it where the office names its
    own place (:data:`_OWN_PLACE`: 当地东坪镇派出所 gives 东坪镇派出所, review67); None where
    the office has no name of its own (当地派出所, 附近的社区服务中心: the reader's place's
    office, none of the letter's, decided small67)."""
    m = _UNNAMED_PLACE.match(who)
    if m is None:
        return 0
    if _OWN_PLACE.match(who, m.end()) is not None:
        return m.end()
    return None if _shape(who[m.end() :])[0] == "office" else 0


def _two_offices(who: str) -> bool:
    """Whether ``who`` names two offices joined (县医保局和县卫健局, 某科或某站): a whole
    office before the joining word and one after it, whose phone the sentence does not say."""
    return any(
        _shape(who[: m.start()])[0] == "office"
        and _shape(who[m.end() :])[0] in ("office", "office+person", "office+post")
        for m in _OFFICES_JOINED.finditer(who, 2)
    )


def _sent_to(flat: Flat, labels: list[_Label], before: str = "") -> _SentTo | None:
    """Where the office (and the person after it, or None) stand that the line's closing
    sentence sends the reader to, its first label a phone's that gives the number to the
    sentence's end (:data:`SENT_TO_ANY`): in ``flat.text``, or in ``before`` when the label
    opens the line, the line right above it (``before``, no blank between) ending with the
    clause and its comma (…，欢迎及时联系我中心， / 联系电话：…。, a copy's line break put
    back right before the label). The office None where the sentence names the letter's own
    office alone (请与我局联系, 欢迎及时联系我中心, 请联系我们) or none (如有疑问请来电咨询):
    the phone alone (decided, contacts62; fix88 read nothing). None when it gives no contact
    so: a person alone or a deputy (请与王某代表联系), offices left unnamed (相关科室),
    another's office pointed to (请与该局联系)."""
    text, first = flat.text, labels[0]
    k = first.start
    if first.kinds[0] != "phone":
        return None
    if k >= 4 and (dialed := _DIALED.search(text, max(0, k - SENT_TO_REACH), k)) is not None:
        return _dialed(text, first, dialed)
    if k == 0 and before.endswith(("，", ",")):
        clause, k = before, len(before)
    elif k >= 4:
        clause = text
    else:
        return None
    m = SENT_TO_ANY.search(clause, max(0, k - SENT_TO_REACH), k)
    if m is None:
        return None
    phone = _PHONE.match(text, first.end)
    if phone is None or _SENTENCE_PHONE_TAIL.fullmatch(text, phone.end()) is None:
        return None
    if clause[k - 1] in "（(" and not text.rstrip("。；").endswith(("）", ")")):
        return None
    text = clause
    start, end = m.span("who") if m.group("who") is not None else m.span("whom")
    if start == end or own_words_alone(text[start:end]) or _OWN_OFFICE.fullmatch(text, start, end):
        return None, None  # (the letter's own office, or none named: the phone alone)
    start += own_words_end(text[start:end])
    if nobody := next((w for w in _NOBODY_NAMED if text.endswith(w, start, end)), ""):
        end -= len(nobody)  # (请与某科负责同志联系: the office's, no one named)
    elif text.endswith("同志", start, end):
        end -= 2  # (请与某科王某同志联系)
    if (local := _local_office(text[start:end])) is None:
        return None, None  # (当地派出所: no office of the letter's, the phone alone)
    start += local  # (当地东坪镇派出所: the office's own name)
    who = text[start:end]
    if not who or who[0] in _SELF_WORDS or names_in_clause(who) or _two_offices(who):
        return None
    shape, cut = _shape(who)
    if shape == "office":
        return (start, end), None
    if shape == "office+person" and (_is_office(who[:cut]) or _short_office(who[:cut])):
        return (start, start + cut), (start + cut, end)
    return None


# A closing sentence that has the reader dial an office, the phone's label glued after its
# name (如有疑问，可拨打某局某科电话0000-5550123咨询。, 请致电某站联系电话…): the clause
# from its verb to the label, the office ``whom``; what the reader dials for may follow the
# number (咨询, 向我们反映, 与我局联系), then the sentence's end, the closing formulas after
# it or not (decided, fix122).
_DIALED = re.compile(
    r"(?:拨打|致电)(?P<whom>(?:(?!拨打|致电|联系)[\u4e00-\u9fff]){2,30})(?:联系)?$"
)
_DIALED_FOR = re.compile(
    r"(?:(?:向|与|同|和)(?:我们|[我本][\u4e00-\u9fff]{1,3}?))?(?:进行)?(?:咨询|反映|联系|沟通)?"
    rf"(?:[。；！!]?\s*|[，,。！!]\s*(?:{vocab.alternation('closing_formulas')}).*)"
)


def _dialed(text: str, first: _Label, dialed: re.Match[str]) -> _SentTo | None:
    """:func:`_sent_to` of a sentence that has the reader dial an office (:data:`_DIALED`),
    the number to the sentence's end but for what the reader dials for: the office, or
    none where the sentence names the letter's own alone (可拨打我局电话…咨询: the phone
    alone, as contacts62 reads 请与我局联系，电话：…); None for words that name no office
    (拨打服务电话…, a hotline's name, a person)."""
    phone = _PHONE.match(text, first.end)
    if phone is None or _DIALED_FOR.fullmatch(text, phone.end()) is None:
        return None
    start, end = dialed.span("whom")
    if own_words_alone(text[start:end]) or _OWN_OFFICE.fullmatch(text, start, end):
        return None, None
    start += own_words_end(text[start:end])
    if (local := _local_office(text[start:end])) is None:
        return None, None  # (可拨打当地派出所电话…: no office of the letter's, small67)
    start += local  # (当地东坪镇派出所: the office's own name, review67)
    who = text[start:end]
    if not who or who[0] in _SELF_WORDS or names_in_clause(who) or _two_offices(who):
        return None
    return ((start, end), None) if _shape(who)[0] == "office" else None


def _line_above(view: TextView, lines: tuple[Line, ...], i: int) -> Flat | None:
    """The line right above ``lines[i]`` with nothing but a line break between (no blank
    line: the same paragraph), as a :class:`Flat`; None when there is none so."""
    if i <= 0 or view.norm[lines[i - 1].end : lines[i].start] != "\n":
        return None
    return Flat.of(view, (lines[i - 1].start, lines[i - 1].end))


# A character reference a copy of a page's source kept as text, its ; written ； (&nbsp;).
_REFERENCE_BEFORE = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{1,6})；$")


def _list_cell(text: str, label: _Label) -> bool:
    """Whether ``label``, with its colon, opens a cell of a labelled list after its ``；``
    (…；联系人：王某；…), not after a character reference's (&nbsp；联系人：…)."""
    k = label.start
    return (
        text[k - 1] == "；"
        and text[label.end - 1] == "："
        and _REFERENCE_BEFORE.search(text, max(0, k - 10), k) is None
    )


def _person_and_phone(text: str, at: int) -> bool:
    """Whether a person's name (opening with a surname) and a phone follow ``text[at]`` to
    the sentence's end (:data:`_SENTENCE_PERSON`, :data:`_SENTENCE_PHONE_TAIL`)."""
    m = _SENTENCE_PERSON.match(text, at)
    if m is None or not m.group("name").startswith(_SURNAMES):
        return False
    phone = _PHONE.match(text, m.end())
    return phone is not None and _SENTENCE_PHONE_TAIL.fullmatch(text, phone.end()) is not None


# What may open the clause a unit's label opens in a sentence: the item it speaks of.
_CLAUSE_HEAD = ("此件", "本件", "该件", "此件的", "该建议", "该提案", "本建议", "本提案")


def _opens_clause(text: str, k: int) -> bool:
    """Whether ``text[k]`` opens a sentence or a clause, the item's words before it allowed
    (…支持。此件承办单位：…, …，承办单位：…)."""
    head = text[:k]
    for word in _CLAUSE_HEAD:
        if head.endswith(word):
            head = head[: -len(word)]
            break
    return head == "" or head[-1] in "，。"


def _answer_end(lines: tuple[Line, ...], last_body: int) -> int:
    """The body's last line that is no closing formula: the answer's last paragraph, whose
    closing sentence may give the contact with the formulas after it (…，联系人王某，电话…。 /
    感谢您对我局工作的支持。), over as many formula lines as the letter writes (感谢您… /
    再次感谢… / 如有不妥… / 以上答复…: the run is the closing's words however long, no fixed
    count); ``last_body`` when the body ends otherwise."""
    i = last_body
    while i >= 0 and _FORMULA_LINE.match(lines[i].text):
        i -= 1
    return i


def _sentence_org(view: TextView, flat: Flat, person: _Label) -> tuple[int, int] | None:
    """Where the sentence the person's label stands in names the person's unit: the section
    glued before the label (…，规划科联系人王某), else the unit :data:`_HANDLED_BY` names."""
    text, k = flat.text, person.start
    glued = _glued_section(view, flat, k)
    if glued and (named := _section_named(text[k - glued : k])):
        return k - named, k
    said = _HANDLED_BY.search(text, text.rfind("。", 0, k) + 1, k)
    return said.span("org") if said else None


def _bracket_at_the_end(text: str, first: _Label) -> bool:
    """Whether the line's first label, with its colon, opens a bracket that closes where the
    line ends, a full stop after it allowed: a note the last paragraph gives its contact in
    (``…请与我局联系（联系人：王某，电话：…）。``)."""
    k = first.start
    return (
        k > 0
        and text[k - 1] in "（("
        and text[first.end - 1] == "："
        and text.endswith(("）", ")", "）。", ")。"))
        and "）" not in text[k:].rstrip("。")[:-1]
        and ")" not in text[k:].rstrip("。")[:-1]
    )


# -- values --------------------------------------------------------------------------------


def _pieces(view: TextView, flat: Flat, start: int, end: int) -> list[_Piece]:
    """``flat.text[start:end]`` cut into phones and runs of words.

    Words end at separators, brackets and gaps of spaces; a run of one character that a gap
    parts from its neighbour belongs to it (``王  明``, ``王 小 明`` are one name each).
    """
    text = flat.text
    digits = _line_digits(text)
    if _ASCII_DIGIT.search(digits, start, end) is None:
        # exact: every match of _PHONE holds an ASCII digit (each branch reads one), so
        # none is found (its search tries each place: this scan opens with a class)
        return _word_pieces(view, flat, start, end)
    out: list[_Piece] = []
    pos = start
    for p in _PHONE.finditer(digits, start, end):
        if "证" in text[max(start, p.start() - _ID_REACH) : p.start()] and (
            card := _ID_LABEL.search(text, max(pos, p.start() - _ID_REACH), p.start())
        ):
            # an identity number, masked as a phone may be (身份证130******1234): neither
            # its label nor its digits are a contact's
            out.extend(_word_pieces(view, flat, pos, card.start()))
            pos = p.end()
            continue
        out.extend(_word_pieces(view, flat, pos, p.start()))
        out.append(_Piece("phone", p.start(), p.end()))
        pos = p.end()
    out.extend(_word_pieces(view, flat, pos, end))
    return out


# An identity document's label right before its number (身份证130******1234, 身份证号：…,
# 证件号码 …): the number, masked or not, may take a phone's shape (a masked mobile keeps
# 139******0123) but is none.
_ID_LABEL = re.compile(r"(?:(?:居民)?身份证|证件|护照)(?:号码|号|编号)?\s*[:：]?\s*$")
_ID_REACH = 12
"""How far before a phone's digits its identity label may start."""


def _word_pieces(view: TextView, flat: Flat, start: int, end: int) -> list[_Piece]:
    if start >= end:
        return []  # an empty stretch (after a value's last phone): no run in it
    text = flat.text
    m = _BOUNDARY.search(text, start, end)
    if m is None:
        origin, offsets = view.origin, flat.at
        if origin[offsets[end - 1]] - origin[offsets[start]] == end - 1 - start:
            # one run, neither bracketed nor gapped (王某): what the loops below give it
            # (no boundary, and origin grows by as much as the offsets: see _gapped_runs)
            return [_Piece("words", start, end)]
    runs: list[tuple[int, int, bool, bool]] = []  # start, end, bracketed, gap before
    depth = 0
    pos = start
    while m is not None:  # the stretches between boundaries
        at = m.start()
        if pos < at:
            _gapped_runs(view, flat, pos, at, depth > 0, runs)
        if text[at] in "（(【[〔":
            depth += 1
        elif text[at] in "）)】]〕":
            depth = max(0, depth - 1)
        pos = at + 1
        m = _BOUNDARY.search(text, pos, end)
    if pos < end:
        _gapped_runs(view, flat, pos, end, depth > 0, runs)
    return _merged(text, runs)


def _merged(text: str, runs: list[tuple[int, int, bool, bool]]) -> list[_Piece]:
    """The pieces of words ``runs`` (start, end, bracketed, gap before) of ``text`` make:
    one character parted by a gap joins the run beside it; single characters one after
    another so are a name letter-spaced, or names side by side (:func:`_spaced_names`)."""
    merged: list[tuple[int, int, bool, bool]] = []
    k = 0
    while k < len(runs):
        run = runs[k]
        j = k + 1
        if run[1] - run[0] == 1:
            while j < len(runs) and runs[j][3] and runs[j][1] - runs[j][0] == 1:
                j += 1
        if j - k > 1:
            names = _spaced_names(text[run[0] : runs[j - 1][1]], bool(merged) and run[3])
            if names is not None:
                at = k
                for n in names:
                    merged.append((runs[at][0], runs[at + n - 1][1], run[2], runs[at][3]))
                    at += n
                k = j
                continue
        for one in runs[k:j]:
            if merged and one[3] and (one[1] - one[0] == 1 or merged[-1][1] - merged[-1][0] == 1):
                last = merged[-1]
                merged[-1] = (last[0], one[1], last[2], last[3])
            else:
                merged.append(one)
        k = j
    return [_Piece("words", a, b, bracketed) for a, b, bracketed, _ in merged]


_SPACED_LONGEST = 12
"""The most letter-spaced characters :func:`_spaced_names` parts into names (four names of
three): a longer run of single characters is read whole, as before."""


def _spaced_names(chars: str, after_words: bool) -> list[int] | None:
    """How many of ``chars``, single hanzi a gap parts each from the next, each name holds
    when they are people's names letter-spaced side by side (``韩 冬 邓 秋 生``: 2 and 3):
    the one way to part them into names of two or three (four after a double surname) each
    opening with a surname (data/surnames.txt), in more than one name; None when they are one
    name (``邓 秋 生``, ``欧 阳 秋 生``), no names, or may be parted more ways than one.

    ``after_words``: a run of words stands before them with a gap between: then two or three
    are their own name (``韩冬 邓 秋 生``, ``科长 邓 秋 生``), parted from those words, where
    they are a name so (a surname first, no office's ending); else they join them as before
    (``某县 财 政 局``). Characters that hold a post (``张 三 主 任 王 五``) are not parted:
    the post would be cut across two would-be names."""
    if (
        len(chars) > _SPACED_LONGEST
        or not all("\u4e00" <= c <= "\u9fff" for c in chars)
        or _POST_LEAD.search(chars)  # (张 三 主 任 王 五: no 张三主, 任王五)
    ):
        return None
    if len(chars) <= 3:
        return [len(chars)] if after_words and _spaced_name(chars) else None
    # ways[i]: how many partings of chars[i:] there are (counted up to two), first[i]: the
    # length of the first name in the last found
    ways = [0] * len(chars) + [1]
    first = [0] * (len(chars) + 1)
    for i in range(len(chars) - 1, -1, -1):
        for n in (2, 3, 4):
            if i + n <= len(chars) and ways[i + n] and _spaced_name(chars[i : i + n]):
                ways[i] = min(2, ways[i] + ways[i + n])
                first[i] = n
    if ways[0] != 1:
        return None
    names, i = [], 0
    while i < len(chars):
        names.append(first[i])
        i += first[i]
    return names if len(names) > 1 or after_words else None


def _spaced_name(chars: str) -> bool:
    """Whether ``chars`` are a name of :func:`_spaced_names`: a surname and one or two
    characters after it, no organisation's ending (``林 业 局`` is an office), no place's
    level last (``黄 山 市``, ``张 家 村``: :data:`_NOT_NAME_END`)."""
    if ORG_END.search(chars) or chars[-1] in _NOT_NAME_END:
        return False
    # (a surname is one character or two: two set lookups, no walk over every surname)
    return (len(chars) in (2, 3) and chars[0] in _SURNAME_SET) or (
        len(chars) in (3, 4) and chars[:2] in _SURNAME_SET
    )


def _gapped_runs(
    view: TextView,
    flat: Flat,
    start: int,
    end: int,
    bracketed: bool,
    runs: list[tuple[int, int, bool, bool]],
) -> None:
    """Add to ``runs`` the runs of ``flat.text[start:end]``, a stretch with no boundary,
    cut where the letter had blanks or a line break (:func:`_gap_before`), each with
    whether one stands before it."""
    origin, at = view.origin, flat.at
    if origin[at[end - 1]] - origin[at[start]] == end - 1 - start:
        # origin only grows (a flat holds no line break, the one place it may not): when
        # it grows by as much as the offsets do, no step between skips a character
        runs.append((start, end, bracketed, False))
        return
    run_start, gap = start, False
    original, invisible = view.original, view.invisible is not False
    for k in _gaps_within(origin, at, start, end):
        if invisible and invisible_alone(original, origin[at[k - 1]], origin[at[k]]):
            continue  # an invisible character alone (养\u200b老服务科) parts nothing
        runs.append((run_start, k, bracketed, gap))
        run_start, gap = k, True
    runs.append((run_start, end, bracketed, gap))


def _gaps_within(origin: list[int], at: Sequence[int], start: int, end: int) -> list[int]:
    """Every ``k`` in ``start < k < end`` with :func:`_gap_before` (the letter skips
    characters between ``text[k - 1]`` and ``text[k]`` of a flat placed at ``at``), in order.

    Exact without asking each ``k``: ``at`` and ``origin`` both grow by one or more a step,
    so ``origin[at[k]] - k`` never falls, and it rises exactly at such a ``k``; each is
    found by halving the stretch after the last one (a few steps for a line's few gaps)."""
    out: list[int] = []
    lo, lead, last = start, origin[at[start]] - start, end - 1
    while origin[at[last]] - last > lead:  # a gap lies in (lo, last]: the first one is b
        a, b = lo, last
        while b - a > 1:
            mid = (a + b) // 2
            if origin[at[mid]] - mid > lead:
                b = mid
            else:
                a = mid
        out.append(b)
        lo, lead = b, origin[at[b]] - b
    return out


def _phone_text(written: str) -> str:
    """The phone as written, reduced to digits, dashes and the marks that mask digits
    (brackets, blanks, 转 → dash); full-width digits in ASCII width (``００００`` → ``0000``)."""
    if _plain_phone(written):
        return written
    digits = written.translate(ASCII_DIGITS)  # a phone typed in an IME's full-width mode
    digits = _letters_as_digits(digits)  # 0000-555O123
    return _NOT_PHONE_CHAR.sub("", _PHONE_DASHES.sub("-", digits)).strip("-")


def _plain_phone(written: str) -> bool:
    """Whether ``written`` is ASCII digits and single dashes between them (13900000000,
    0000-5550123), which :func:`_phone_text` gives back as they are: exact, as nothing there
    is full-width, a letter, a run of dashes, a mark to drop or a dash at an end."""
    return (
        written.isascii()
        and written.replace("-", "").isdigit()
        and "--" not in written
        and written[0] != "-"
        and written[-1] != "-"
    )


Shape = Literal["office", "person", "office+person", "office+post", "skip", "other"]


def _shape(words: str) -> tuple[Shape, int]:
    """What a run of words is, and for the shapes of two parts where the first ends.

    ``words`` is the run without blanks. An office ends in an organisation word and has at
    least three characters, or two whose first opens no surname (某科, 一科); a person is
    a name's shape with no such ending (a post after it aside); an office and a person, or
    an office and a post, run together are both.
    """
    if not words or _NOTE.search(words) or len(words) == 1 or _post_fullmatch(words):
        return "skip", 0
    if not _WORD_CHARS.fullmatch(words):
        return "other", 0
    if len(words) >= 3 and ORG_END.search(words):
        return "office", 0
    if _short_office(words):
        return "office", 0
    post = _post_search(words)
    if post and _is_office(words[: post.start()]):
        return "office+post", post.start()
    cut = _office_before_person(words)
    if (len(words) >= 5 or cut == 2) and cut and words[cut:].startswith(_SURNAMES):
        # 电力股杨某: a name of five or six is rarely one; 某科王某: no name opens 某科
        return "office+person", cut
    if _is_name(_strip_post(words)):
        return "person", 0
    if cut:
        return "office+person", cut
    return "other", 0


def _short_office(words: str) -> bool:
    """Whether ``words``, two characters, are an office named short (某科, 一科, 二股): an
    organisation word after one character that opens no surname, so no person's name."""
    return (
        len(words) == 2
        and "\u4e00" <= words[0] <= "\u9fff"
        and words[0] not in _SURNAME_SET
        and ORG_END.search(words) is not None
    )


def _surname_alone(pieces: list[_Piece], n: int, words: str) -> bool:
    """Whether ``words``, the only run of words of a person's value (a phone aside), is a
    surname written alone (``联系人：王``)."""
    alone = all(p.kind == "phone" for k, p in enumerate(pieces) if k != n)
    return alone and len(words) == 1 and words in _SURNAME_SET


def _office_before_person(words: str) -> int:
    """Where an office of three characters or more (or two, :func:`_short_office`) ends in
    ``words`` when a person's name (of four at most, a post after it aside) follows it; 0
    when none does."""
    if len(words) < _OFFICE_AND_NAME:
        return 0  # exact: an office of two and a name of two at least (_NAME) run longer
    best = 0
    for m in ORG_INSIDE.finditer(words):
        end = m.end()
        if _in_post(words, end):
            continue  # 县教育局局|长, 县教育局副局|长: the post's 局 after the office
        rest = _name_after(words, end)
        if (
            (end >= 3 or _short_office(words[:end]))
            and _is_name(rest)
            and len(rest) <= 4
            and not ORG_END.search(rest)
        ):
            best = end
    return best


_POST_HEAD_LONGEST = 6
"""How far before an office's last character a post covering it may open (一级主任科 of
一级主任科员, 副 of 副局长: a grade, 副 and a post's first characters)."""


def _in_post(words: str, end: int) -> bool:
    """Whether the office ending at ``end`` in ``words`` ends inside a post: one opening
    before its last character (县教育局副局|长, 一级主任科|员, a 副局长 opening the words), or
    at it after a whole office (县教育局局|长: the 局 of 局长 is the post's). A post whose
    first character is the office's last with no whole office before it (县教育局长…)
    leaves the office whole."""
    for at in range(max(0, end - 1 - _POST_HEAD_LONGEST), end):
        post = _POST_LEAD.match(words, at)
        if post is None or post.end() < end:
            continue
        if at < end - 1 or ORG_END.search(words, 0, at) is not None:
            return True
    return False


def _name_after(words: str, cut: int) -> str:
    """The person's name after the office that ends at ``cut`` in ``words``: past a post
    between them (县教育局局长李某, 某局办公室主任王某 → 李某, 王某), also one whose first
    character ends the office too (县教育局长李某: 局长), a post after the name aside
    (:func:`_strip_post`). A post with less than a name after it is none of this."""
    for at in (cut, cut - 1):
        post = _POST_LEAD.match(words, at)
        if post is not None and len(words) - post.end() >= 2:
            return _strip_post(words[post.end() :])
    return _strip_post(words[cut:])


_OFFICE_AND_NAME = 4
"""The fewest characters of an office (two) and a name (two) run together."""
_NAME_THEN_OFFICE = 5
"""The fewest characters of a name (two) and an office (three) run together."""
_NOT_NAME_END = frozenset("省市县区镇乡村州旗盟")
"""A place's level: a name whose last character is one is a place's (黄山市, 丁村)."""
_PERSON_TAGS = frozenset({"nr", "nrt"})
"""The segmenter's tags of a person's name (a transliterated one too): the name glued before
its unit is one word so tagged, or a surname the segmenter cut off alone before the given
name it does not know (许|明明)."""


def person_then_office(words: str) -> int:
    """Where the person's name ends in ``words``, an office's shape in a person's slot
    (联系人：许某某交警某某大队), when the person's name is glued before the unit he works
    in: a name of two or three characters opening with a surname (three or four with a
    compound surname), whose end is where the segmenter ends a word (许明明|交警, 李明|交通
    运输局), its first word a person's name as the segmenter tags it or the surname alone
    (:data:`_PERSON_TAGS`; not a place's, a body's or a firm's, 黄河|水利委员会, 金山区|教育局,
    万达|广场管理处, nor a word, 方圆|建筑公司), nor its last character a place's level
    (黄山市|交通局, 丁村|中心小学), and an office of three characters or more after it
    (赵某|办公室); 0 when the words are one office (林业局办公室, 黄河水利委员会: an office
    alone under a person's label). The segmenter tags some words a name that are also a
    unit's place (白云|街道办事处): such a unit alone under a person's label is read glued.

    Public for the re-segmenter, which cuts a flattened closing's signer after such a name
    (``resegment._Reader._person_before_signer``) by this very reading: kept here, beside
    :func:`_is_name`, the contacts' test of the name half (masks, the words no name holds,
    a footer's links), which :mod:`replyparse.orgnames` (offices' names only, importing no
    field) could not ask without a cycle (left63)."""
    if len(words) < _NAME_THEN_OFFICE or (
        words[0] not in _SURNAME_SET and words[:2] not in _SURNAME_SET
    ):
        return 0
    shortest = 3 if words[:2] in _SURNAME_SET else 2
    cuts = [
        cut
        for cut in (shortest, shortest + 1)
        if len(words) - cut >= 3
        and words[cut - 1] not in _NOT_NAME_END
        and ORG_END.search(words[:cut]) is None
        and _is_name(words[:cut])
        and ORG_END.search(words, cut) is not None
    ]
    if not cuts:
        return 0
    from replyparse import nlp  # jieba's tagger loads only for a name glued to its unit

    at = 0
    for word, flag in nlp.tag(words):
        if at >= cuts[-1]:
            break
        if at == 0 and word not in _SURNAME_SET and flag not in _PERSON_TAGS:
            return 0  # (the first word no person's: a place's, a body's, a firm's, a word)
        at += len(word)
        if at in cuts:
            return at
    return 0


def _is_office(words: str) -> bool:
    """An office before a post: three characters or more ending in an organisation word,
    and not a name of three that happens to end in one (王立会科长 is 王立会)."""
    if len(words) < 3 or not ORG_END.search(words):
        return False
    return len(words) > 3 or not words.startswith(_SURNAMES)


def _is_name(words: str) -> bool:
    return (
        _NAME.fullmatch(words) is not None
        and not _NOT_NAME.search(words)
        and words not in _FOOTER_LINKS
    )


def _strip_post(words: str) -> str:
    """``words`` without the post after a person's name (王某某科长 → 王某某); a surname
    alone before the post is how the letter names the person, kept whole (张科长, 欧阳科长).
    Nor the verb of the clause the label stands in after the name (由某局联系人：王某负责 →
    王某)."""
    if words.endswith("负责") and len(words) >= 4:
        words = words[:-2]
    post = _post_search(words)
    if post is None or post.start() < 2 or words[: post.start()] in _SURNAME_SET:
        return words
    return words[: post.start()]


_BRAND_PIECES = 4
"""How many pieces a mirror's brand may make: its words, a bracketed note and the words
after it (``环宇国际`` ``(中国)`` ``官方网站``), a mark a mirror writes among them."""


def _past_brands(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """``pieces`` without the runs of words that make a hijacked mirror's brand whole
    (:func:`~replyparse.orgnames.spam_name`: ``环宇国际(中国)官方网站``, ``大发体育投注``), set
    where a place stood before an office (``联系单位：某某官方网站 督查室``) or alone: the brand
    is part of no name, so the office is the org as written after it, and the brand alone
    gives none (spam62). A brand glued to the office with no gap (``某某官网教育局``) is one
    piece, read as written."""
    if not any(text[p.end - 1] in SPAM_LAST for p in pieces if p.kind == "words"):
        return pieces  # (the usual value: no piece ends as a brand does)
    out: list[_Piece] = []
    n = 0
    while n < len(pieces):
        after = _brand_end(text, pieces, n)
        if after > n:
            n = after  # (the brand's pieces: none of the value's)
            continue
        out.append(pieces[n])
        n += 1
    return out


def _brand_end(text: str, pieces: list[_Piece], n: int) -> int:
    """The index after the last of the pieces from ``n`` on that make a mirror's brand whole
    with no gap among them (:func:`_past_brands`), or ``n`` where none does."""
    first = pieces[n]
    for j in range(n, min(n + _BRAND_PIECES, len(pieces))):
        last = pieces[j]
        if last.kind != "words" or any(ch.isspace() for ch in text[first.start : last.end]):
            break
        if text[last.end - 1] in SPAM_LAST and spam_name(text[first.start : last.end]):
            return j + 1
    return n


def _read_value(
    view: TextView, flat: Flat, start: int, end: int, kinds: tuple[Kind, ...], value: int
) -> list[_Event]:
    """The names, offices and phones of one label's value, in the label's order.

    A run of words takes the label's next person or office slot when its shape allows
    (联系单位：某局 is an office however short); an office after the person, or words
    that are neither, end the value (a flattened copy's signature, its prose).
    """
    text = flat.text
    # (the gate reads the value alone: a long line's labels each read their own stretch)
    if _may_stop(text[start:end]) and (stop := _STOP.search(text, start, end)):
        end = stop.start()
    if kinds[0] == "nothing":
        return []
    if text[start:end].lstrip()[:1] in _SENTENCE_JOINERS:
        return []  # 联系人：及时报送材料, 与县水利局对接: a sentence's words, joining nothing
    leader = kinds[0] == "leader"
    post_only = kinds[0] == "post"
    slots = list(_slot_kinds(kinds))  # (a copy: the loop takes the slots it fills)
    events: list[_Event] = []
    held: set[Part] = set()  # the parts of events[:scanned] (events only grow; a last org
    scanned = 0  # replaced stays an org): asked per piece, so no walk over all events each

    def holds(part: Part) -> bool:
        nonlocal scanned
        held.update(e.part for e in events[scanned:])
        scanned = len(events)
        return part in held

    pieces = _past_brands(flat.text, _pieces(view, flat, start, end))
    # (what the events read so far hold is asked of them only where a rule needs it: a
    # piece's rules read the events as they stand before it adds one, the same answers)
    for n, piece in enumerate(pieces):
        if piece.kind == "phone":
            if post_only:
                break
            written = view.written(*flat.range(piece.start, piece.end))
            events.append(_Event("phone", _phone_text(written), value, piece.start, piece.end))
            continue
        # a run of words holds no blank (none to take out): _word_pieces cuts at each of
        # _BOUNDARY's \s, the characters str.split() parts at, and joins only runs the
        # letter's gaps part, which the flat does not hold
        words = flat.text[piece.start : piece.end]
        if (
            words[:1] in _DIGIT_OPENS
            and "phone" in kinds
            and (
                (odd := _ODD_PHONE.fullmatch(words)) is not None
                or (odd := _GLUED_PHONES.fullmatch(words)) is not None
            )
            and not holds("phone")
        ):
            # a number of a length no phone has (555012345: a digit lost or one too many),
            # the first the phone's label gives: the phone as written; of a landline glued
            # to a mobile, the landline alone (its group 1; the whole run for an odd length)
            end = piece.start + (odd.end(1) if odd.re is _GLUED_PHONES else len(words))
            written = view.written(*flat.range(piece.start, end))
            events.append(_Event("phone", _phone_text(written), value, piece.start, end))
            continue
        shape, cut = _shape(words)
        if shape == "other" and (glued := _MARKUP_GLUED.match(words)) is not None:
            # 李某span lang="EN-US">: a broken tag a mirror glued after the words
            words = glued.group()
            piece = piece._replace(end=piece.start + len(words))
            shape, cut = _shape(words)
        slot = slots[0] if slots else None
        if shape == "skip" and slot in ("person", "leader") and _surname_alone(pieces, n, words):
            shape = "person"  # 联系人：王 (the surname alone names the person to ask for)
        if shape == "office" and events and events[-1].part == "org" and piece.bracketed:
            # 某局（某办）: the office's other name in brackets is part of it
            last = events[-1]
            close = (
                piece.end + 1 if flat.text[piece.end : piece.end + 1] in ("）", ")") else piece.end
            )
            org = _written(view, flat, last.start, close)
            events[-1] = _Event("org", org, value, last.start, close, beside=last.beside)
            continue
        if flat.text[piece.end : piece.end + 1] == "：" and not (
            (shape == "person" and slot in ("person", "leader"))
            or (
                shape in ("person", "office+person")
                and _phone_after_colon(flat, pieces, n)
                and _tagged_person(words[cut:])
            )
        ):
            # another label (答复类型：…, 报：…, 值班：…), not a stray colon after the name,
            # nor a name that labels its own phone (联系单位及电话：某科 王某：0000-5550123,
            # the office glued before the name or not)
            break
        if shape == "skip":
            continue
        if shape == "office+post":
            # the office in front of a person's post: his org, unless a label gives one
            events.append(_Event("org", words[:cut], value, piece.start, piece.end, beside=True))
            continue
        if post_only:
            continue
        if shape == "office" and piece.bracketed and events and events[-1].part == "name":
            # 王某（办公室）: the person's office in brackets after his name
            org = _written(view, flat, piece.start, piece.end)
            events.append(_Event("org", org, value, piece.start, piece.end, beside=True))
            continue
        if shape == "office" and events and slot != "office":
            if not _office_of_next(flat, pieces, n):
                break  # an authority after the contact (a flattened copy's signature)
            # 办公室 王某、财务科 李某: the next person's own office, listed before him
            events.append(
                _Event("org", words, value, piece.start, piece.end, beside=True, heads=True)
            )
            continue
        if (
            shape in ("person", "office+person")
            and holds("phone")
            and not _name_after_phone(flat, pieces, n, kinds, cut)
        ):
            break  # words after a phone: a name only in brackets, at the end or in a list
        if shape == "other":
            if events:
                break  # a date or prose after the contact: the value ends
            continue
        if (
            shape == "office"
            and slot == "person"
            and not piece.bracketed
            and (name_end := person_then_office(words))
        ):
            # 许某某交警某某大队: the person's name, the unit he works in glued after it
            events.append(_Event("name", words[:name_end], value, piece.start, piece.end))
            events.append(
                _Event("org", words[name_end:], value, piece.start, piece.end, beside=True)
            )
            slots.pop(0)
            continue
        if shape == "office+person":
            org = words[:cut]
            events.append(
                _Event("org", org, value, piece.start, piece.end, beside=True, heads=True)
            )
            name = _dots_written(view, flat, piece.start, words, _name_after(words, cut))
            events.append(_Event("name", name, value, piece.start, piece.end, leader=leader))
            slots = []
        elif shape == "office" or (
            slot == "office" and not holds("org") and not _person_of_office(flat, pieces, n, slots)
        ):
            org = _written(view, flat, piece.start, piece.end)
            beside = slot != "office"
            events.append(_Event("org", org, value, piece.start, piece.end, beside=beside))
            if slot == "office":
                slots.pop(0)
        else:
            name = _dots_written(view, flat, piece.start, words, _strip_post(words))
            events.append(_Event("name", name, value, piece.start, piece.end, leader=leader))
            if slot in ("person", "leader"):
                slots.pop(0)
    return events


_LIST_MARKS = LIST_SEPARATORS


def _office_of_next(flat: Flat, pieces: list[_Piece], n: int) -> bool:
    """Whether ``pieces[n]``, an office after the contact read so far, is the office of
    the person listed next (``办公室 王某、财务科 李某``): a list's mark before it, and
    the run of words right after it a person's name alone."""
    if n + 1 >= len(pieces) or pieces[n + 1].kind != "words":
        return False
    if flat.text[: pieces[n].start].rstrip()[-1:] not in _LIST_MARKS:
        return False
    nxt = pieces[n + 1]
    return _shape(flat.text[nxt.start : nxt.end])[0] == "person"


def _phone_after_colon(flat: Flat, pieces: list[_Piece], n: int) -> bool:
    """Whether the piece after ``pieces[n]`` (a name, a colon after it) is a phone right
    after that colon: the name labels its own number (``王某：0000-5550123``), as a value
    under an office's and a phone's label writes its person (联系单位及电话：某科 王某：…)."""
    if n + 1 >= len(pieces) or pieces[n + 1].kind != "phone":
        return False
    return not flat.text[pieces[n].end + 1 : pieces[n + 1].start].strip()


def _tagged_person(words: str) -> bool:
    """Whether ``words``, shaped as a name, open with a person's name as the segmenter reads
    them (tagged so, or the surname it cut off alone: 王某, 王|某某, 欧阳|某某), not with a
    word a name's shape holds too (值班, 应急, 咨询, 办公: a phone's label without its 电话,
    labelling the number after its colon as a name never does: 值班：0000-5550123)."""
    from replyparse import nlp  # jieba's tagger loads only for a name before its phone

    tagged = nlp.tag(words)
    return bool(tagged) and (tagged[0][0] in _SURNAME_SET or tagged[0][1] in _PERSON_TAGS)


def _phones_after_names(events: list[_Event]) -> list[int]:
    """Where the phones of one value stand when all of them follow every name of it
    (``联系人及电话：甲、乙 0000-5550123``, ``甲  乙 0000-…``, ``甲、乙 0000-…、139…``): the
    numbers of the people named together, shared or one each as a phone label's value
    after theirs gives them (rule 1); empty when a phone stands between names (``甲 0000-…
    乙 139…``: each name's own, the one after it)."""
    phones = [j for j, e in enumerate(events) if e.part == "phone"]
    last_name = max((j for j, e in enumerate(events) if e.part == "name"), default=-1)
    return phones if phones and last_name < phones[0] else []


def _holds(events: list[_Event], part: Part) -> bool:
    """Whether one of ``events`` is a ``part``."""
    for e in events:  # noqa: SIM110 (a loop: no generator)
        if e.part == part:
            return True
    return False


def _person_of_office(flat: Flat, pieces: list[_Piece], n: int, slots: list[Kind]) -> bool:
    """Whether ``pieces[n]``, a person's shape under a label asking for an office and a
    person (承办单位联系人姓名及电话, 联系单位及联系人), is the person: no other run of words
    that could be him follows it in the value (phones, notes, a table's ``|`` may), so the
    office was not written. (A run of words holds no blank: see :func:`_read_value`.)"""
    return "person" in slots and all(
        p.kind == "phone" or _shape(flat.text[p.start : p.end])[0] in ("skip", "other")
        for p in pieces[n + 1 :]
    )


def _name_after_phone(
    flat: Flat, pieces: list[_Piece], n: int, kinds: tuple[Kind, ...], cut: int = 0
) -> bool:
    """Whether the words of ``pieces[n]``, after a phone, name a person: in brackets
    (``0000-5550123（王某）``), ending the value (``139… 王某``), after a list separator
    in a 联系人 value (``甲 139…、乙 138…``), or in a 联系人 value a short name opening
    with a surname right before a phone of its own (``甲 0000-… 乙 139…``, people listed
    with a gap between them). Under a phone's label alone, likewise such a name right
    before a phone: whose the numbers are (``联系电话：0000-… 王某 139…``, the number
    written first; ``电话：甲 0000-… 乙 139…``). Other words there run on into what
    follows.

    Out of brackets the name there is a person's, as a contact's name is written where it
    stands after a number: a short name opening with a surname (a post after it aside),
    the office written before it when ``cut`` (where that office ends in the words) is not
    0. Words of a sentence a copy ran on after the number (``…0000-5550123，欢迎来电咨询``,
    ``…，办理进度可查阅网站地图``) or a page's link left after a gap (``联系我们``) name
    nobody."""
    if pieces[n].bracketed:
        return True
    if not _listed_name(flat, pieces[n], cut):
        return False
    if n + 1 == len(pieces):
        return True
    if "person" not in kinds:
        return kinds[0] == "phone" and pieces[n + 1].kind == "phone"
    before = flat.text[: pieces[n].start].rstrip()
    if before[-1:] in ("、", "，", "；"):
        return True
    return pieces[n + 1].kind == "phone"


def _listed_name(flat: Flat, piece: _Piece, cut: int = 0) -> bool:
    """Whether the words of ``piece`` (from ``cut``, the office written before the name
    aside) are a short name opening with a surname (a post after it allowed), as a gap
    alone parts it from the numbers around it."""
    words = flat.text[piece.start + cut : piece.end]
    if cut:
        whole = flat.text[piece.start : piece.end]
        # (an "office" holding a sentence's word before a name after a phone is a
        # sentence run on after the number: orgnames.SENTENCE_WORDS)
        if SENTENCE_WORDS.search(whole, 0, cut) is not None:
            return False  # 详情请登录网站查询: a sentence's words, no office before a name
        words = _name_after(whole, cut)
    return len(_strip_post(words)) <= _LISTED_NAME and words.startswith(_SURNAMES)


_LISTED_NAME = 4
"""The longest name :func:`_name_after_phone` reads between two phones with no separator
(a surname of two and a given name of two)."""


def _dots_written(view: TextView, flat: Flat, start: int, words: str, name: str) -> str:
    """``name``, read in ``words`` (the piece of ``flat`` at ``start``), with the dot between
    its parts as the letter wrote it (阿某•某某, 阿某.某某: the view reads each ·), as the
    addressees give a name; a name with no such dot (most) as read."""
    if "·" not in name or (at := words.find(name)) < 0:
        return name
    return _written(view, flat, start + at, start + at + len(name))


def _written(view: TextView, flat: Flat, start: int, end: int) -> str:
    """``flat.text[start:end]`` as the letter writes it (its own bracket widths), blanks out."""
    return "".join(view.written(*flat.range(start, end)).split())


# -- pairing -------------------------------------------------------------------------------


def _names_next(events: list[_Event], k: int) -> bool:
    """Whether the event after ``events[k]`` is a name (an office written before it)."""
    return k + 1 < len(events) and events[k + 1].part == "name"


class _Assembly:
    """Contacts put together from the events of one line after another (the pairing rules
    of the module's docstring)."""

    def __init__(self) -> None:
        self.drafts: list[_Draft] = []
        self.current: _Draft | None = None
        self.group: list[_Draft] = []
        """The people one value named (甲、乙): they share the phone that follows."""
        self.block_org: str | None = None
        """The office an office label gave, for every contact of the block."""
        self.opened: int | None = None
        """Where an empty label stands (联系人： at a line's end): the next contact starts
        there, its value being on the next line."""

    def joinable(self, index: int) -> _Draft | None:
        current = self.current
        return current if current is not None and current.line >= index - 1 else None

    def waiting(self, index: int) -> _Draft | None:
        """A person named by a contact label who still waits for a phone (rule 4)."""
        current = self.joinable(index)
        if current is not None and current.phone is None and current.name and not current.leader:
            return current
        return None

    def new(self, start: int, index: int) -> _Draft:
        if self.opened is not None:
            start, self.opened = self.opened, None
        draft = _Draft(start=start, line=index)
        if self.block_org is not None:
            draft.org, draft.org_from = self.block_org, "block"
        self.drafts.append(draft)
        self.current = draft
        self.group = []
        return draft

    def value(self, events: list[_Event], kinds: tuple[Kind, ...], at: int, row: _Row) -> None:
        """Add what one label's value holds; ``at`` is where the label stands."""
        index, above = row.index, row.above()
        if events and events[0].leader and self.waiting(above) is not None:
            self.current.line = index  # type: ignore[union-attr]  # passed over (rule 4)
            return
        if self._one_each(events, index, row):
            return
        named: list[_Draft] = []
        own_office = kinds[0] == "person" and not _holds(events, "name")
        shared: str | None = None
        """An office written beside the value's first name, before it (办公室 王某、李某):
        the org of every name after it until another office."""
        for k, event in enumerate(events):
            joinable = self.joinable(above)
            if event.part == "org" and event.heads and named and _names_next(events, k):
                shared = event.text  # 王某、财务科 李某: the office of the name after it
                continue
            if event.part == "org":
                if own_office and joinable is not None and (joinable.leader or joinable.phone):
                    # 分管领导：王某 over 办理人员：（某股） 电话：…: the office a person's
                    # slot gives with no name is the contact of its own line, not the org
                    # of a leader or of a contact given whole above it (rule 4)
                    joinable = None
                draft = self._org(event, joinable, kinds, at, index)
                if own_office and draft.name is None:
                    draft.unnamed = True  # (a leader named under it is not this contact)
                shared = event.text if event.beside and not named else None
            elif event.part == "name":
                if (
                    joinable is not None
                    and joinable.name is None
                    and not named
                    and not (event.leader and joinable.unnamed)
                ):
                    draft = joinable
                else:
                    draft = self.new(at, index)
                draft.name, draft.leader = event.text, event.leader
                draft.extra_phone = False
                if shared is not None and draft.org is None:
                    draft.org, draft.org_from = shared, "beside"
                named.append(draft)
            else:
                own = "person" in kinds  # the label has a person's slot of its own
                if len(named) > 1 and (after := _phones_after_names(events)):
                    # 联系人及电话：甲  乙 0000-5550123: people named together share the
                    # number after them, or take one each when it gives as many (rule 1)
                    if k == after[0]:
                        each = len(after) == len(named)
                        for n, d in enumerate(named):
                            given = events[after[n]] if each else event
                            if d.phone is None:
                                d.phone, d.phone_value = given.text, given.value
                                d.end, d.line = row.end, index
                    continue
                for d in self.phone(event, joinable, named, at, index, own=own):
                    d.end, d.line = row.end, index
                continue
            draft.end, draft.line = row.end, index
        if named:
            self.group = named

    def _one_each(self, events: list[_Event], index: int, row: _Row) -> bool:
        """Give people named together (甲、乙) one number each, in order, when the value
        that follows holds phones alone, as many as they are (``0000-5550001、5550002``);
        whether it did (rule 1)."""
        group = self.group
        joinable = self.joinable(row.above())
        if len(group) < 2 or len(events) != len(group) or joinable not in group:
            return False
        if any(e.part != "phone" for e in events) or any(d.phone is not None for d in group):
            return False
        for draft, event in zip(group, events, strict=True):
            draft.phone, draft.phone_value = event.text, event.value
            draft.end, draft.line = row.end, index
        return True

    def _people_above(self, last: _Draft) -> list[_Draft]:
        """``last`` and the people named on the lines right above it, one a line with no
        phone yet (``联系人：甲`` / ``联系人：乙`` / ``联系电话：…``): they share the phone
        that follows, as people named together on one line do (rule 1). Empty when no one
        stands above ``last`` so."""
        if not self.drafts or self.drafts[-1] is not last or not last.name or last.leader:
            return []
        run = [last]
        for draft in reversed(self.drafts[:-1]):
            if draft.line != run[-1].line - 1 or draft.phone is not None:
                break
            if not draft.name or draft.leader or draft in self.group:
                break
            run.append(draft)
        return run[::-1] if len(run) > 1 else []

    def _org(
        self, event: _Event, joinable: _Draft | None, kinds: tuple[Kind, ...], at: int, index: int
    ) -> _Draft:
        if event.beside:
            # an office beside the person: his own, unless an office label gave one
            draft = joinable if joinable is not None else self.new(at, index)
            if draft.org_from in (None, "beside"):
                draft.org, draft.org_from = event.text, "beside"
            return draft
        if joinable is not None and joinable.org_from != "label":
            draft = joinable
        else:
            draft = self.new(at, index)
        for d in self.group if draft in self.group else [draft]:
            d.org, d.org_from = event.text, "label"
        if "office" in kinds:
            self.block_org = event.text
        return draft

    def phone(
        self,
        event: _Event,
        joinable: _Draft | None,
        named: list[_Draft],
        at: int,
        index: int,
        *,
        own: bool = False,
    ) -> list[_Draft]:
        """Give a phone to whom it belongs; the contacts it went to. ``own``: the phone's
        label has a person's slot of its own (承办人及联系电话：)."""
        if named:
            # a phone inside a person's value goes to the name written before it
            draft = named[-1]
            if draft.phone is None:
                draft.phone, draft.phone_value = event.text, event.value
            return [draft]
        if own and joinable is not None and joinable.leader:
            # 承办负责人：甲 over 承办人及联系电话：0000-…: the phone of the unnamed 承办人,
            # not the leader's (who has none of his own)
            draft = self.new(at, index)
            draft.phone, draft.phone_value, draft.unnamed = event.text, event.value, True
            return [draft]
        if joinable is not None and joinable.phone is None:
            sharing = [d for d in self.group if d.phone is None] if joinable in self.group else []
            if len(sharing) < 2:  # one named alone: with those named above it, if any
                sharing = self._people_above(joinable) or sharing
            for d in sharing or [joinable]:
                d.phone, d.phone_value = event.text, event.value
            return sharing or [joinable]
        if joinable is not None and joinable.phone_value == event.value:
            return [joinable]  # a second number for the same person
        extra = joinable is not None
        draft = self.new(at, index)
        draft.phone, draft.phone_value, draft.extra_phone = event.text, event.value, extra
        draft.unnamed = own
        return [draft]


def _contacts(
    view: TextView, lines: tuple[Line, ...], closing_from: int = 0
) -> list[tuple[Contact, Range | None]]:
    """The contacts and the ``view.norm`` ranges they were read from."""
    found = _Assembly()
    last_contact_line = -2
    value_id = 0
    last_body = bisect_left(lines, closing_from, key=_START) - 1
    answer_end = _answer_end(lines, last_body)
    in_sentence = -2  # the row whose closing sentence gave a contact (_sentence_contact)
    for row in _rows(view, lines, closing_from, found):
        labels = _labels(view, row) if row.labelled else []
        above = row.above()
        if last_contact_line != above - 1:
            found.block_org, found.opened = None, None
        after_one = last_contact_line == above - 1
        if not labels and after_one and row.closing:
            labels = _row_labels(view, lines[row.index])
        last_paragraph = row.index in (last_body, answer_end) and not row.closing
        sent_to = None
        before: Flat | None = None  # (the line above, where the sentence's clause ends)
        if labels and (row.closing or answer_end <= row.index <= last_body):
            # (the answer's last paragraph and the formula lines after it: 以上答复如不满意，
            # 请与某科联系，电话：… is such a line's; or a line of the closing, as a reply
            # writes it under its date too)
            if labels[0].start == 0 and (before := _line_above(view, lines, above)) is not None:
                sent_to = _sent_to(row.flat, labels, before.text)
            else:
                sent_to = _sent_to(row.flat, labels)
        if not labels or not (
            sent_to is not None or _is_contact_line(view, row, labels, after_one, last_paragraph)
        ):
            current = found.joinable(above)
            if not labels and current is not None and current.phone is None:
                _bare_phone_line(view, row, current, found.group)
            continue
        last_contact_line = row.index
        person = None
        if last_paragraph and labels[0].start:
            person = _sentence_contact(view, row.flat, labels)
        if person is not None:
            in_sentence = row.index
        if sent_to is not None:
            # 请与某局某科（王某）联系，电话：…: the office the sentence sends the reader to,
            # and the person named after it (the phone is the label's value, read below)
            value_id += 1
            office_at, who = sent_to
            if office_at is not None:
                o_start, o_end = office_at
                line = before if before is not None and labels[0].start == 0 else row.flat
                text = line.text
                events = [_Event("org", text[o_start:o_end], value_id, o_start, o_end, heads=True)]
                if who is not None:
                    events.append(_Event("name", text[who[0] : who[1]], value_id, *who))
                kinds: tuple[Kind, ...] = ("person",) if who is not None else ("office",)
                found.value(events, kinds, line.at[o_start], row)
        elif person is labels[0] and (said := _sentence_org(view, row.flat, person)):
            # 此件由某局办理，联系人王某，…: the unit the sentence names is the person's (a
            # unit under its own label before the person is read as its label's value)
            value_id += 1
            event = _Event("org", row.flat.text[said[0] : said[1]], value_id, *said)
            found.value([event], ("office",), row.flat.at[said[0]], row)
        elif office := _office_before(view, row, labels) or _office_cut_off(
            view, lines, row, labels
        ):
            # 某局    联系电话：…  联系人：… (a flattened closing): the office is theirs
            value_id += 1
            at, name = office
            event = _Event("org", name, value_id, at, at + len(name), beside=True)
            found.value([event], ("office",), row.flat.at[at], row)
        clause = _clause_before(view, row, labels)
        for k, label in enumerate(labels):
            if k + 1 < len(labels):
                value_end = _value_end(view, row.flat, label, labels[k + 1].start)
            else:
                value_end = len(row.flat.text)
            value_id += 1
            events = _read_value(view, row.flat, label.end, value_end, label.kinds, value_id)
            if clause and not _names_a_person(events):
                events = []  # 请县水利局联系人：尽快报送材料: the sentence's own words
            if len(labels) == 1 and _unit_of_the_form(view, row.flat, label, events):
                # the unit alone on its line: the org of the contacts on the lines right
                # under it (the block's next lines), as on a contact's own line
                found.block_org = events[0].text if events else None
                events = []
            at = row.flat.at[label.start]
            if not events:
                if label.kinds[0] in ("leader", "nothing", "post"):
                    if (current := found.joinable(above)) is not None:
                        current.line = row.index  # 审核人：… between two lines of one contact
                elif found.opened is None:
                    found.opened = at
                continue
            if k == 0 and _phone_before_its_person(view, lines, row, labels, found.joinable(above)):
                found.current = None  # (the leader keeps no phone: the person after it takes it)
            found.value(events, label.kinds, at, row)
            found.opened = None
        if sent_to is not None:
            # (the sentence gives its contact whole: no line under it goes on with it)
            in_sentence, found.current, last_contact_line = row.index, None, -2
    kept = [d for d in found.drafts if not _dropped(d)]
    if in_sentence >= 0 and len(kept) > 1:
        # the person the closing sentence named, given again on a contact line: once,
        # the line's; a line giving the sentence's phone again and nothing else (联系电话：…
        # under 请与某科联系，电话：…。) is the sentence's contact, its office or person kept
        given = [d for d in kept if d.line == in_sentence]
        kept = [d for d in kept if d.line == in_sentence or not _phone_again(d, given)]
        others = [d for d in kept if d.line != in_sentence]
        kept = [
            d
            for d in kept
            if d.line != in_sentence
            or not any(
                (d.name is not None and d.name == o.name)
                or (d.phone is not None and d.phone == o.phone)
                for o in others
            )
        ]
    return _masked_twins_dropped([_finish(view, d) for d in kept])


def _phone_before_its_person(
    view: TextView,
    lines: tuple[Line, ...],
    row: _Row,
    labels: list[_Label],
    joinable: _Draft | None,
) -> bool:
    """Whether the phone's label that opens ``row`` stands, in a contact row a copy glued
    together, between a leader's value and a person's label (``签发人:王某某联系电话:0000-…
    联系人:郑某某``, which the view set on lines of their own): the phone labelled before
    its contact, as ``联系电话：… 联系人：…`` writes it, is the person's after it, who gives
    none of his own, not the leader's before it (small66). The leader's own line over the
    phone's line keeps it (rule 4), and so does a leader the person's phone follows."""
    if len(labels) != 1 or labels[0].start or labels[0].kinds[0] != "phone":
        return False
    if joinable is None or not joinable.leader or joinable.phone is not None:
        return False
    at = row.above()
    if joinable.line != at - 1 or at + 1 >= len(lines) or row.index != at:
        return False
    leader, below = lines[at - 1], lines[at + 1]
    if not (_view_parted(view, leader, lines[at]) and _view_parted(view, lines[at], below)):
        return False  # (lines of the letter's own)
    after = _Row(at + 1, Flat.line(below), below.end, row.closing)
    person = _labels(view, after)
    if not person or person[0].start or person[0].kinds[0] != "person":
        return False
    if any("phone" in label.kinds for label in person):
        return False  # (the person's phone after his name: the first is the leader's)
    k = at + 2
    while k < len(lines) and _one_line_in_the_letter(view, lines[k - 1], lines[k]):
        # (the labels glued after his: a phone of his own among them, after his post or not,
        # …联系人:郑某某职务:科员联系电话:…, leaves the first to the leader)
        more = _labels(view, _Row(k, Flat.line(lines[k]), lines[k].end, row.closing))
        if not more or more[0].start or more[0].kinds[0] in ("person", "leader"):
            break
        if any("phone" in label.kinds for label in more):
            return False
        k += 1
    return True


def _one_line_in_the_letter(view: TextView, line: Line, below: Line) -> bool:
    """Whether ``below`` follows ``line`` on one line of the letter, the view having parted
    them: no line break of the letter's between (blanks, or what the view read past, a
    copy's invisible characters, may stand there). The letter's line breaks are all ``\n``
    (:func:`replyparse.newlines.normalise_newlines`)."""
    if not line.text or not below.text:
        return False
    return "\n" not in view.original[view.origin[line.end - 1] + 1 : view.origin[below.start]]


def _view_parted(view: TextView, line: Line, below: Line) -> bool:
    """Whether ``below`` follows ``line`` in the letter with nothing between, the view
    having parted them (a glued copy's labels, each set on a line of its own)."""
    if not line.text or not below.text:
        return False
    return view.origin[below.start] - view.origin[line.end - 1] == 1


def _phone_again(draft: _Draft, given: list[_Draft]) -> bool:
    """Whether ``draft`` gives nothing but the phone a contact of the closing sentence
    (``given``) gave: no name, no office, the same number."""
    return (
        draft.name is None
        and draft.org is None
        and draft.phone is not None
        and any(g.phone == draft.phone and (g.name or g.org) for g in given)
    )


_MASKS = re.compile(rf"[{_PHONE_MASK}]{{2}}")
"""Masked digits in a phone (``1370000****``, ``139××××0000``)."""


def _masked_twins_dropped(
    found: list[tuple[Contact, Range | None]],
) -> list[tuple[Contact, Range | None]]:
    """``found`` without a contact whose phone is masked when another of the same name
    gives a phone in full (``承办负责人：王某  1390000****`` / ``承办人及联系电话：王某
    0000-5550123``): one person, one contact, the number one can call."""
    if len(found) < 2 or not any(c.phone and _MASKS.search(c.phone) for c, _ in found):
        return found  # (most letters: one contact, or no masked phone)
    full = {c.name for c, _ in found if c.name and c.phone and not _MASKS.search(c.phone)}
    return [
        (c, where)
        for c, where in found
        if not (c.name in full and c.phone and _MASKS.search(c.phone))
    ]


def _value_end(view: TextView, flat: Flat, label: _Label, after: int) -> int:
    """Where ``label``'s value ends, the next label starting at ``after``: there, or where
    the words glued before that label start, its head (``监督电话：``, ``办公地址：``,
    ``工作手机：``: a label's own words, whatever they are, no person's name and no part
    of the value before). A run that opens the value (``联系人：王某电话：…``) or follows a
    list's 、 in a person's value (``联系人：甲、乙电话：…``) is the value's: the person,
    masked or not (``联系人：李*兴电话：…``)."""
    text = flat.text
    if not "\u4e00" <= text[after - 1] <= "\u9fff" or after <= label.end:
        return after  # (the usual label: a blank, a separator or a phone before it)
    if _gap_before(view, flat, after):
        return after
    head = after - 1
    while (
        head > label.end
        and ("\u4e00" <= text[head - 1] <= "\u9fff" or text[head - 1] in _MASK)
        and not _gap_before(view, flat, head)
    ):  # (a mask a run holds is its name's: 联系人：李*兴电话：…)
        head -= 1
    if head == label.end or (text[head - 1] == "、" and "person" in label.kinds):
        return after
    if "person" in label.kinds and _padded_tail(view, flat, label.end, head, after):
        return after  # (联系人：陈　锦联系电话：…: the name's last character, no label's head)
    return head


def _padded_tail(view: TextView, flat: Flat, start: int, head: int, after: int) -> bool:
    """Whether ``flat.text[head:after]``, one character glued before the next label, is the
    last of a name a typist spaced out to a form's width, the value ``[start:after]`` two
    or three characters a gap parts each from the next (``陈　锦``, ``王 小 明``): no label's
    own words are one character standing apart."""
    text = flat.text
    return (
        after - head == 1
        and 2 <= after - start <= _PADDED_NAME_LONGEST
        and all("\u4e00" <= ch <= "\u9fff" for ch in text[start:after])
        and all(_gap_before(view, flat, k) for k in range(start + 1, after))
        and _spaced_name(text[start:after])
    )


_PADDED_NAME_LONGEST = 3
"""The most characters of a name :func:`_padded_tail` reads spaced out."""


def _row_labels(view: TextView, line: Line) -> list[_Label]:
    """The labels a contact table's next row stands under, its label cells blank (黄某
    1390… under 联系人：王某  联系电话：…, :func:`contact_row`): a person, then a phone."""
    at = contact_row(view, line)
    if at is None:
        return []
    k = at - line.start
    return [_Label(0, 0, ("person",)), _Label(k, k, ("phone",))]


def _office_before(view: TextView, row: _Row, labels: list[_Label]) -> tuple[int, str] | None:
    """Where the office a closing's contact line opens with, before its first label, starts
    in ``row.flat.text``, and its name, when it does (rule 3: an office beside the person).
    Glued to a person's label, the section the person works in, as one glued before it
    in a sentence (县水利局联系人：, 我局工程科联系人： → 工程科, 我县水利局联系人： →
    县水利局: :func:`_section_named`; the letter's own words alone, 本部门联系人：, name none);
    apart from it, an authority (某局    联系电话：…), whose bare office (办公室, 某科) names
    no one's."""
    if not row.closing:
        return None
    text, first = row.flat.text, labels[0].start
    lead = text[:first]
    if labels[0].kinds[0] == "person" and _glued_words(view, row.flat, lead):
        named = _section_named(lead)
        return (first - named, lead[first - named :]) if named else None
    office = _authority(lead.strip())
    return None if office is None else (0, office)


def _clause_before(view: TextView, row: _Row, labels: list[_Label]) -> bool:
    """Whether the words glued before the person's label opening a closing's line are a
    clause that names an office (请县水利局联系人：…, 由县林业局联系人：…:
    :func:`~replyparse.orgnames.names_in_clause`), a sentence the line may hold."""
    text, first = row.flat.text, labels[0].start
    if not row.closing or not first or labels[0].kinds[0] != "person":
        return False
    lead = text[:first]
    return _glued_words(view, row.flat, lead) and names_in_clause(lead[own_words_end(lead) :])


def _names_a_person(events: list[_Event]) -> bool:
    """Whether the names ``events`` read are each a person's as a sentence writes one after
    a contact's label (two to four characters opening with a surname, a post after it
    aside, or a name a middle dot parts), not the sentence's own words (尽快报送材料,
    及时报送材料); a value with a phone and no name counts."""
    for e in events:
        if (
            e.part == "name"
            and "·" not in e.text
            and not (len(_strip_post(e.text)) <= _LISTED_NAME and e.text.startswith(_SURNAMES))
        ):
            return False
    return True


def _glued_words(view: TextView, flat: Flat, lead: str) -> bool:
    """Whether ``lead``, the words opening ``flat.text``, are hanzi glued to what follows
    them, no blank between."""
    return _HANZI_RUN.fullmatch(lead) is not None and not _gap_before(view, flat, len(lead))


_AUTHORITY_SHORTEST = 4
"""The fewest characters of an authority's name that gives its place and kind (某县某局)."""


def _office_cut_off(
    view: TextView, lines: tuple[Line, ...], row: _Row, labels: list[_Label]
) -> tuple[int, str] | None:
    """:func:`_office_before` (at the line's start) of a contact line that opens with its
    label where the parser cut the authority that opened the letter's line off it, as the
    undated signer's (``某县财政局  联系电话：…`` as written, :mod:`replyparse.resegment`):
    the line above, an authority's name alone, with no line break of the letter's between
    the two."""
    if not row.closing or labels[0].start != 0 or row.top >= 0 or row.index == 0:
        return None
    above = lines[row.index - 1]
    line = lines[row.index]
    if above.end + 1 != line.start or not _one_line_in_the_letter(view, above, line):
        return None  # (a line of its own in the letter: the signer's, no contact's office)
    first = view.origin[above.start]
    if view.original[view.original.rfind("\n", 0, first) + 1 : first].strip():
        return None  # (the name opens no line of the letter: 承办科室 cut off a date's line)
    office = _authority(above.text.strip())
    return None if office is None else (0, office)


def _authority(lead: str) -> str | None:
    """``lead`` when it is an authority's name that gives its place and kind (no bare
    办公室 or 某科), else None."""
    if len(lead) >= _AUTHORITY_SHORTEST and AUTHORITY_LINE.match(lead):
        return lead
    return None


def _unit_of_the_form(view: TextView, flat: Flat, label: _Label, events: list[_Event]) -> bool:
    """Whether ``label`` is a 承办单位 (办理单位, 经办单位, the answering unit's 答复单位,
    回复部门…: :data:`~replyparse.closing.HANDLING_UNIT`) alone on its line in the letter
    as written, its value an office only: the unit that handles the proposal, as a form
    names it, the org only of the contacts right under it (on a contact's own line,
    ``承办单位：某局某科　承办人：…``, also where a copy that lost its line breaks was cut
    into lines again, it is his)."""
    return (
        _HANDLING_UNIT.fullmatch(flat.text, label.start, label.end) is not None
        and all(e.part == "org" for e in events)
        and _line_break_after(view, flat)
    )


def _line_break_after(view: TextView, flat: Flat) -> bool:
    """Whether the letter has a line break (or its end) after ``flat``, blanks aside."""
    if not flat.at:
        return False
    k = view.origin[flat.at[-1]] + 1
    original = view.original
    while k < len(original) and original[k] in " \t\u3000\u00a0":
        k += 1
    return k >= len(original) or original[k] in "\r\n"


def _dropped(draft: _Draft) -> bool:
    """A leader with no phone of his own, a second phone naming nobody, an office alone."""
    if draft.leader and draft.phone is None:
        return True
    if draft.extra_phone and draft.name is None and draft.org_from in (None, "block"):
        return True
    return draft.name is None and draft.phone is None


def _finish(view: TextView, draft: _Draft) -> tuple[Contact, Range | None]:
    where = (draft.start, draft.end) if draft.end > draft.start else None
    span = view.span(*where) if where else None
    return make_contact(
        {"name": draft.name, "phone": draft.phone, "org": draft.org, "span": span}
    ), where


def _bare_phone_line(view: TextView, row: _Row, current: _Draft, group: list[_Draft]) -> None:
    """A line holding only a phone under a contact line gives that contact its phone."""
    flat = row.flat
    phones = list(_PHONE.finditer(flat.text))
    if not phones or len(flat.text) > len(phones[0].group(0)) + 4:
        return
    written = view.written(*flat.range(phones[0].start(), phones[0].end()))
    targets = [d for d in group if d.phone is None] if current in group else []
    for d in targets or [current]:
        d.phone = _phone_text(written)
        d.end = row.end
