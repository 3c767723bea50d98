"""Where the entries of the label table (``data/labels.tsv``) stand on a line of the view.

A label counts where a reader sees one, not wherever its characters occur (``驾驶证类型C1``
holds no 类型 label). It must begin a token: at the line's start, after an opening bracket
or quote, after a separator (``，；。、：``), after a number (``…12号类别：A``, a line glued
together) or after a gap of blanks the view dropped. And it must end one: before its ``：``,
before a gap, or at the line's end. Two kinds of entry are looser at a line's start:

- ``start``: glued to its value (``签发人王某``, ``联系人李某``; a label of two characters
  only to a value that is no word: ``电话139…``, not ``电话沟通``);
- ``suffix``: as ``start``, and after up to four words of its own when its ``：`` follows
  (``承办负责人：``, ``分管领导签发：``).

A label of three characters or more followed by its ``：`` counts anywhere on the line
(``某〔2021〕3号是否公开：是``, where a copy glued two header lines together).

Who signed, checked, drafted or answers for a reply is labelled in more ways than any table
holds (承办经手人, 复核人, 具体经办人, 带班领导): a line opened by a few words ending in 人 or
领导 and its ``：`` is a person's label of that kind (:func:`opening_label`, for a set that
holds the table's leader labels), unless the words are a salutation's (尊敬的…, 张某等人：).

The gap test reads :attr:`TextView.origin`: the view drops blanks between two hanzi, so a
gap is a place where two neighbouring characters of ``view.norm`` were apart in the letter.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from replyparse import vocab
from replyparse.orgnames import (
    ORG_END,
    UNNAMED_OFFICES,
    names_in_clause,
    own_words_alone,
    own_words_end,
)
from replyparse.textview import CELL_BARS, Line, TextView

NAME_WORD = "姓名"
"""The word a person's label may end with before the name (联系人姓名, 代表姓名, 主管领导姓名),
or that labels a form's slot for a person alone (姓名：王某): one spelling for each reader."""
NAME_COLON = f"{NAME_WORD}："
""":data:`NAME_WORD` and its colon: the gate before a pattern that reads such a label."""
OPENERS = "（(〔[［【〖﹝「『“\"‘'<《"
"""Characters after which a label may begin (an opening bracket or quote)."""
_BEFORE = OPENERS + "，,；;。.、：:！!？?）)〕]］】〗﹞」』”’>》" + CELL_BARS
_SUFFIX_WORDS = 4
"""How many characters may stand before a ``suffix`` label at a line's start."""
_CONTACT_PERSON = "contact_name"
"""The field of a contact's person labels (联系人, 承办人, 经办人及电话…)."""
_CONTACT_OFFICE = "contact_org"
"""The field of a contact's office labels (承办单位, 责任科室, 联系部门…)."""
OFFICE_LEAD_LONGEST = 16
"""How long the office's name glued before a contact's label opening a line may be
(某县某某局某某科联系人：, :func:`_office_lead`)."""
_OPENING_REACH = max(len(OPENERS), 1 + _SUFFIX_WORDS, 1 + OFFICE_LEAD_LONGEST)
"""The furthest a label that opens its line may start: after opening brackets (a run of
:data:`OPENERS` as they stand there), after a bracket and a ``suffix`` label's own words,
or after a bracket and the office's name glued before a contact's label."""
_HANZI = re.compile(r"[\u4e00-\u9fff]+")
_OPENERS_OF_SALUTATION = vocab.words("salutation_openers")
# A person's label the table does not hold: two to four words of its own, then 人 (not 等人,
# 们, a salutation's list) or 领导, then its colon, at the line's start (after a bracket).
_PERSON_LABEL = re.compile(
    r"^[（(]?(?P<label>[\u4e00-\u9fff]{2,4}(?<![等们])人|[\u4e00-\u9fff]{1,4}领导)："
)
_PERSON_COLON = 1 + 4 + 2 + 1
"""How far into a line the colon of :data:`_PERSON_LABEL` may stand, and one more: a
bracket, four words and 领导 before it."""


@dataclass(unsafe_hash=True)
class LabelAt:
    """An entry of the label table standing as a label on a line.

    Never changed once made, and handed out again (:func:`opening_label` keeps it on the
    view); not declared frozen, which made one several times as dear to build (as
    :class:`replyparse.textview.Line`)."""

    entry: vocab.Label
    start: int
    """Offset in ``view.norm`` of the label's first character."""
    end: int
    """Offset in ``view.norm`` after the label's last character."""
    value: int
    """Offset in ``view.norm`` where its value begins (after the ``：``, if any)."""
    colon: bool
    """Whether the label is followed by its ``：``."""


class LabelSet:
    """Some labels of the table, ready to be searched for (built once, at import, by
    whoever asks about them: ``LabelSet(vocab.labels_of(*vocab.CONTACT_FIELDS))``). Marks
    and note heads among the entries are left out: they are no labels."""

    def __init__(self, entries: tuple[vocab.Label, ...]) -> None:
        self.entries = tuple(e for e in entries if e.is_label)
        self.pattern = re.compile(f"(?:{vocab.spellings(self.entries)})")
        self.by_spelling = {e.spelling: e for e in self.entries}
        self.longest = max((len(e.spelling) for e in self.entries), default=0)
        """The length of the longest spelling (no match of :attr:`pattern` is longer)."""
        self.people = any(e.field == "leader" for e in self.entries)
        """Whether a person's label of the usual shape counts too (:func:`opening_label`)."""
        # a contact's person labels, which an office's name may open the line before
        # (:func:`_office_lead`)
        contacts = [e.spelling for e in self.entries if e.field == _CONTACT_PERSON]
        # (a contact's person label glued after its office with no colon, before the
        # person's name: the shorter spellings, those a name may follow; the longest first)
        self.glued = (
            re.compile("|".join(sorted(contacts, key=len, reverse=True))) if contacts else None
        )
        """The contact's person labels as :func:`_glued_to_person` searches them."""
        # (and its office labels, which the work the office answers for may open the line
        # before: :func:`_work_lead`)
        offices = [e.spelling for e in self.entries if e.field == _CONTACT_OFFICE]
        self.leads = frozenset(OPENERS) | {e.spelling[0] for e in self.entries}
        """The characters a line one of these labels opens may begin with, unless a colon
        stands within :attr:`colon_reach` (:func:`opening_label`)."""
        self.colon_reach = max(
            _SUFFIX_WORDS + self.longest + 1,
            _PERSON_COLON if self.people else 0,
            1 + OFFICE_LEAD_LONGEST + max(map(len, contacts + offices), default=0),
        )
        """How far into a line the colon stands of a label opening it after its own words
        (a ``suffix`` label's few words, or a person's label)."""
        self.colon_after = frozenset(
            [e.spelling[-1] for e in self.entries if e.needs == "suffix"]
            + (["人", "导"] if self.people else [])
            + [spelling[-1] for spelling in contacts + offices]
        )
        """The characters such a label ends with, right before its colon: the last of a
        ``suffix`` label's spelling, a person's label's 人 or 领导, a contact's label's last
        after an office's name, or an office label's after the work it answers for."""

    def spelled(self, text: str) -> vocab.Label | None:
        """The entry whose spelling, then its colon, opens ``text`` (联系人：王某, the usual
        label line), or None. Such an entry is the label :func:`opening_label` finds there:
        the longest spelling its search can find at the line's start (a longer one would
        hold the colon, which none does), standing (the line's start, then its colon)."""
        head, colon, _ = text.partition("：")
        return self.by_spelling.get(head) if colon else None


ALL = LabelSet(vocab.labels())
UNIT_LABEL_HEADS = tuple(
    sorted(
        {
            e.spelling[:-2]
            for e in vocab.labels()
            if e.spelling.endswith("单位") and len(e.spelling) > 2
        },
        key=lambda w: (-len(w), w),
    )
)
"""The words a unit's label writes before its 单位 (答复单位, 承办单位, 回复单位…): the unit's
seal slot after them (答复单位盖章：, 承办单位签章：) is one label, the slot's (mend75b)."""
"""Every label of the table."""


def gap_before(view: TextView, pos: int) -> bool:
    """Whether blanks the view dropped stand right before ``view.norm[pos]`` on its line."""
    return pos in view.gaps


def starts_token(view: TextView, line: Line, i: int) -> bool:
    """Whether a token may begin at ``line.text[i]``: the line's start, after an opening
    bracket or quote, a separator, a number or a gap."""
    text = line.text
    if i == 0 or (i == 1 and text[0] in OPENERS):
        return True
    before = text[i - 1]
    return (
        before in _BEFORE or before.isdigit() or before == "号" or gap_before(view, line.start + i)
    )


def _at_line_start(line: Line, i: int) -> bool:
    return i == 0 or (i == 1 and line.text[0] in OPENERS)


def labels_on(view: TextView, line: Line, labels: LabelSet = ALL) -> list[LabelAt]:
    """The labels of ``labels`` that stand as labels on ``line``, in order."""
    if not labels.entries:
        return []
    text, out, pos = line.text, [], 0
    while (m := labels.pattern.search(text, pos)) is not None:
        found = _stands(view, line, m, labels.by_spelling[m.group()])
        if found is None:
            pos = m.start() + 1
            continue
        out.append(found)
        pos = m.end()
    return out


def _first_standing(view: TextView, line: Line, labels: LabelSet, reach: int) -> LabelAt | None:
    """The first label standing on ``line`` that a search stopping at ``reach`` (an offset
    in ``line.text``) finds: the first of :func:`labels_on` whenever that one starts by
    ``reach - labels.longest`` (the pattern is literal spellings, none longer, so the stop
    changes no match that starts there)."""
    if not labels.entries:
        return None
    text, pos = line.text, 0
    while (m := labels.pattern.search(text, pos, reach)) is not None:
        found = _stands(view, line, m, labels.by_spelling[m.group()])
        if found is not None:
            return found
        pos = m.start() + 1
    return None


def _own_words(lead: str) -> bool:
    """Whether ``lead`` may be a ``suffix`` label's own words (单位 of 单位负责人：): a few
    hanzi after an optional bracket, not a salutation's opening (尊敬的负责人：)."""
    words = lead[1:] if lead[:1] in OPENERS else lead
    return (
        len(words) <= _SUFFIX_WORDS
        and _HANZI.fullmatch(words) is not None
        and not words.startswith(_OPENERS_OF_SALUTATION)
    )


def _office_lead(view: TextView, found: LabelAt, lead: str) -> bool:
    """Whether ``lead``, the words opening a line before ``found``, are the office the
    contact works in glued before the contact's label and its colon: an office's name
    (县水利局联系人：, 某局办公室承办人：), the letter's own words (本部门联系人：, 本单位联系人：,
    我县联系人：) or both (我局工程科联系人：, 我县水利局联系人：; :mod:`replyparse.orgnames`),
    after an optional bracket. A blank between them makes the words no label's (某局    联系人：
    is an authority beside the label, the closing's own reading), and a salutation's
    opening (尊敬的…), words that end as no office does (各乡镇联系人：) or a clause that
    names an office (由县水利局联系人：, 已通知县水利局联系人：: a body's sentence,
    :func:`~replyparse.orgnames.names_in_clause`) are none."""
    if not found.colon or found.entry.field != _CONTACT_PERSON or gap_before(view, found.start):
        return False
    return office_words(lead)


def office_words(lead: str) -> bool:
    """Whether ``lead``, the words glued before a contact's person label that opens a line
    after them, are the office the person works in, the letter's own words or both (an
    opening bracket before them allowed): :func:`_office_lead`'s reading of the words."""
    words = lead[1:] if lead[:1] in OPENERS else lead
    if (
        len(words) > OFFICE_LEAD_LONGEST
        or _HANZI.fullmatch(words) is None
        or words.startswith(_OPENERS_OF_SALUTATION)
    ):
        return False
    office = words[own_words_end(words) :]
    return own_words_alone(words) or (
        len(office) >= 2 and ORG_END.search(office) is not None and not names_in_clause(office)
    )


# A person's name right after a contact's label written with no colon (本部门联系人王某): two to
# four characters, or parts a middle dot parts, ended by the line's end, a separator, a
# bracket, a figure (the phone) or a phone's label (王某电话…, 王某联系电话：…).
_GLUED_NAME = re.compile(
    r"(?:[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,2}|[\u4e00-\u9fff]{2,4}?)"
    r"(?=$|[，,；;、。（(\s0-9]|(?:联系)?电话|手机|座机|联系方式)"
)


_PHONE_AFTER_NAME = re.compile(r"[，,；;\s]*(?:(?:联系)?电话|手机|座机|联系方式|[0-9])")
"""A phone, its label or its figures, after a contact's name (王某  电话：…, 王某，0000…)."""


def _unnamed_offices(lead: str) -> bool:
    """Whether ``lead`` points to offices it does not name, whose contact the person is
    (各乡镇, 各成员单位, 相关科室: :data:`~replyparse.orgnames.UNNAMED_OFFICES`), short and
    Han characters only: 各乡镇联系人王某, as 本部门联系人王某 (no office for the contact)."""
    return (
        lead.startswith(UNNAMED_OFFICES)
        and len(lead) <= OFFICE_LEAD_LONGEST
        and _HANZI.fullmatch(lead) is not None
    )


def glued_person(lead: str, rest: str) -> bool:
    """Whether a contact's person label written with no colon, ``lead`` the words glued
    before it on its line and ``rest`` what follows it there, stands as a label: ``lead``
    the office the person works in or the letter's own words (:func:`office_words`:
    本部门联系人王某, 我局联系人张某某，电话：…, 县水利局承办人李某), ``rest`` opening with the
    person's name (:data:`_GLUED_NAME`, a surname first or a middle dot in it). A sentence's
    word after the label (本部门联系人制度, 各乡镇联系人要…) is none. After offices pointed to
    unnamed the person's phone follows the name (各乡镇联系人王某  电话：…): a group's words
    glued after the label with none are a sentence's (各乡镇联系人包村负责。, 高度重视)."""
    if not lead:
        return False
    unnamed = not office_words(lead)
    if unnamed and not _unnamed_offices(lead):
        return False
    name = _GLUED_NAME.match(rest)
    return (
        name is not None
        and ("·" in name.group() or (name.group()[0] in _SURNAMES or name.group()[:2] in _SURNAMES))
        and ORG_END.search(name.group()) is None
        and (not unnamed or _PHONE_AFTER_NAME.match(rest, name.end()) is not None)
    )


def _stands(view: TextView, line: Line, m: re.Match[str], entry: vocab.Label) -> LabelAt | None:
    text, i, j = line.text, m.start(), m.end()
    colon = j < len(text) and text[j] == "："
    ends = colon or j == len(text) or gap_before(view, line.start + j) or text[j] in CELL_BARS
    begins = starts_token(view, line, i)
    if entry.needs == "suffix" and not begins and colon:
        begins = _own_words(text[:i])
    if not begins and colon and len(entry.spelling) >= 3:
        begins = True
    if (
        not ends
        and entry.needs in ("start", "suffix")
        and _at_line_start(line, i)
        and (len(entry.spelling) >= 3 or not _HANZI.match(text, j))  # 电话沟通 is no label
    ):
        ends = True
    if not (begins and ends):
        return None
    value = j + 1 if colon else j
    return LabelAt(entry, line.start + i, line.start + j, line.start + value, colon)


_UNKNOWN: Any = object()
"""The answer :func:`opening_label` keeps on the view for a line not asked about yet."""


def opening_label(view: TextView, line: Line, labels: LabelSet = ALL) -> LabelAt | None:
    """The label of ``labels`` that opens ``line``: its first token, after an opening
    bracket or a ``suffix`` label's own few words; else, when ``labels`` holds the leader
    labels, a person's label of the usual shape (:func:`person_label`)."""
    # A label that opens the line begins it, or follows opening brackets; else it is a
    # ``suffix`` label after its few words, or a person's label, and its colon stands near
    # the line's start. A line that shows neither is opened by none (the usual line).
    # Such a label's colon is the line's first (no label and none of its words hold one),
    # and the label ends right before it: a salutation (张某代表：) is opened by none.
    text = line.text
    if text[:1] not in labels.leads:
        colon = text[: labels.colon_reach].find("：")
        if (colon < 1 or text[colon - 1] not in labels.colon_after) and (
            labels.glued is None or labels.glued.search(text, 1, labels.colon_reach) is None
        ):
            return None  # (nor a contact's label glued after its office, no colon)
    # The layout asks about most lines three times or more (a form's rows, the salutation's
    # reach, the closing, the elements): the answer reads only the view's ``norm`` and gaps,
    # which never change, and the line's place and text, so it is kept on the view. A
    # LabelAt is frozen: the same one may be handed out again.
    key = ("opening_label", line.start, line.text, labels)
    known = view.answers
    found = known.get(key, _UNKNOWN)
    if found is _UNKNOWN:
        found = known[key] = _opening_label(view, line, labels)
    # typed only once it is an answer: compiled by mypyc, the type is checked where it is
    # given, and the sentinel is no LabelAt
    label: LabelAt | None = found
    return label


def _opening_label(view: TextView, line: Line, labels: LabelSet) -> LabelAt | None:
    # the usual label line, a spelling of the table then its colon, without the search
    if (entry := labels.spelled(line.text)) is not None:
        end = line.start + len(entry.spelling)
        return LabelAt(entry, line.start, end, end + 1, True)
    # Only the first label standing on the line may open it, and one that opens it starts
    # by _OPENING_REACH: the search looks no further than where such a label would end.
    found = _first_standing(
        view, line, labels, min(len(line.text), _OPENING_REACH + labels.longest)
    )
    glued = _glued_to_person(view, line, labels) if labels.glued is not None else None
    if glued is not None and (found is None or glued.start < found.start):
        return glued  # 本部门联系人王某: a contact's label after its office, no colon
    if found is not None:
        lead = line.text[: found.start - line.start]
        if lead == "" or lead in OPENERS:
            return found
        if found.entry.needs == "suffix" and found.colon and _own_words(lead):
            return found
        if found.colon and _unit_slot(found, lead):
            return found  # 答复单位盖章：: the unit's seal slot, its label's words before it
        if _office_lead(view, found, lead) or _work_lead(view, found, lead):
            return found
    return person_label(line) if labels.people else None


# The work a contact is the liaison for, named before the person's label (某区人大代表建议办理
# 联络人：, 政协提案办复联系人：, 建议提案办理工作联系人：) or the office's (建议承办责任科室：):
# a place's name up to its level or not, whose items (人大代表, 政协委员…), the kind of item
# and its handling (the words of each: data/work_lead_filers.txt, work_lead_kinds.txt,
# work_lead_handlings.txt).
_WORK_KIND = vocab.alternation("work_lead_kinds")
_WORK_ITEMS = (
    rf"(?:[\u4e00-\u9fff]{{0,6}}?[省市县区州旗盟镇乡])?(?:{vocab.alternation('work_lead_filers')})?"
    rf"(?:{_WORK_KIND})(?:[和、及]?(?:{_WORK_KIND}))?"
)
_WORK_HANDLING = vocab.alternation("work_lead_handlings")
_WORK_LEAD = re.compile(rf"{_WORK_ITEMS}(?:{_WORK_HANDLING})(?:工作)?")
_WORK_ITEMS_ALONE = re.compile(_WORK_ITEMS)
"""The items alone, their handling left out: before an office's label that opens with the
handling (建议承办单位：, 提案办理部门：), whose own first word names it."""
_HANDLING_FIRST = re.compile(_WORK_HANDLING)


def _unit_slot(found: LabelAt, lead: str) -> bool:
    """Whether ``found`` is the unit's seal or signature slot (单位盖章, 单位签章) and
    ``lead`` the words a unit's label writes before its 单位 (答复单位盖章：, mend75b)."""
    spelling = found.entry.spelling
    return (
        found.entry.field == "leader"
        and spelling.startswith("单位")
        and spelling.endswith(("盖章", "签章"))
        and lead in UNIT_LABEL_HEADS
    )


def _work_lead(view: TextView, found: LabelAt, lead: str) -> bool:
    """Whether ``lead``, the words opening a line before ``found``, a contact's person or
    office label and its colon, name the work the person or the office answers for
    (:data:`_WORK_LEAD`, an opening bracket before them allowed): the contact's label, as
    after an office's name (fix92: an earlier round read no label there, and lost the
    name). Before an office's label that opens with the handling (承办单位, 办理部门) the
    items alone are the work (建议承办单位：); fix164: an earlier round read no label before
    an office's (建议承办责任科室：), and the line under the signed date ended the closing."""
    field = found.entry.field
    if (
        not found.colon
        or field not in (_CONTACT_PERSON, _CONTACT_OFFICE)
        or gap_before(view, found.start)
    ):
        return False
    words = lead[1:] if lead[:1] in OPENERS else lead
    return work_before_label(words, found.entry.spelling, field)


def work_before_label(words: str, spelling: str, field: str) -> bool:
    """Whether ``words`` name the work a contact's person or office label ``spelling`` (of
    ``field``) answers for, right before it (建议办理联络人：, 建议承办责任科室：, the items
    alone before an office's label that opens with the handling, 建议承办单位：)."""
    if len(words) > OFFICE_LEAD_LONGEST:
        return False
    if _WORK_LEAD.fullmatch(words) is not None:
        return True
    return (
        field == _CONTACT_OFFICE
        and _HANDLING_FIRST.match(spelling) is not None
        and _WORK_ITEMS_ALONE.fullmatch(words) is not None
    )


def _glued_to_person(view: TextView, line: Line, labels: LabelSet) -> LabelAt | None:
    """A contact's person label of ``labels`` glued, with no colon, between the office the
    person works in (or the letter's own words) opening ``line`` and the person's name
    (:func:`glued_person`), the label glued to the words before it (a blank between makes
    them an authority beside it, as with a colon)."""
    assert labels.glued is not None
    text = line.text
    m = labels.glued.search(text, 1, 1 + OFFICE_LEAD_LONGEST + labels.longest)
    if m is None or text[m.end() : m.end() + 1] == "：" or gap_before(view, line.start + m.start()):
        return None
    if not glued_person(text[: m.start()], text[m.end() :]):
        return None
    entry = labels.by_spelling[m.group()]
    return LabelAt(entry, line.start + m.start(), line.start + m.end(), line.start + m.end(), False)


def person_label(line: Line) -> LabelAt | None:
    """A label the table does not hold that opens ``line`` in the shape of a person's
    (承办经手人：, 复核人：, 带班领导：): read as a leader's label."""
    found = person_label_span(line.text)
    if found is None:
        return None
    start, end = found
    entry = vocab.Label(line.text[start:end], "leader", "suffix", "both")
    return LabelAt(entry, line.start + start, line.start + end, line.start + end + 1, colon=True)


def person_label_span(text: str) -> tuple[int, int] | None:
    """Where a person's label of the usual shape opening ``text`` stands (its colon
    follows), or None (:func:`person_label`)."""
    if "：" not in text[:_PERSON_COLON]:
        return None  # no colon where the shape puts it
    m = _PERSON_LABEL.match(text)
    if m is None or m.group("label").startswith(_OPENERS_OF_SALUTATION):
        return None
    if _named_proposer(m.group("label")) and not text[m.end() :].strip():
        return None  # a salutation (王某提案人：): the proposer named, nothing after
    return m.span("label")


_PROPOSER_ROLES = ("提案人", "建议人")
"""The role words of :data:`_PERSON_LABEL`'s shape that follow a proposer's name in a
salutation (``王某提案人：``), as ``代表`` does."""
_SURNAMES = vocab.word_set("surnames")


def _named_proposer(label: str) -> bool:
    """Whether ``label`` is a proposer's name, a surname first, then a role word of
    :data:`_PROPOSER_ROLES` (``王某提案人``; ``领衔提案人`` names nobody)."""
    if not label.endswith(_PROPOSER_ROLES):
        return False
    name = label[:-3]
    return bool(name) and (name[0] in _SURNAMES or name[:2] in _SURNAMES)


_CELL_VALUE = 12
"""How long a value under its label may be (a form's cell: a letter, a number, a word)."""


def labelled_value(view: TextView, line: Line, found: LabelAt) -> tuple[int, int]:
    """The ``view.norm`` range of the value of ``found``, a label on ``line``: the rest of
    its line; or, for a label alone on its line with no colon (a form flattened into lines,
    ``办理类型`` over ``B``), the next line when no label opens it and it is short."""
    if found.value < line.end or found.colon or found.start > line.start + 1:
        if found.value < line.end and not found.colon and gap_before(view, found.value):
            # a row of labels over its row of values, each a line (文号⇥办理类型 over
            # 某函〔2024〕5号⇥B类): the cell under it
            under = _cell_under(view, line, found)
            if under is not None:
                return under
        return (found.value, line.end)
    below = view.norm.find("\n", line.end)
    while below >= 0 and view.norm.startswith("\n", below + 1):
        below += 1  # blank lines between
    if below < 0:
        return (found.value, line.end)
    start = below + 1
    end = view.norm.find("\n", start)
    end = len(view.norm) if end < 0 else end
    cell = Line(line.index + 1, start, end, view.norm[start:end])
    if not cell.text:
        return (found.value, line.end)
    # a row of labels over its row of values, one cell a line (another label under it, or
    # over it: 届次 / 建议号 / 某会议 / 15)
    if (value := column_value(view, line)) is not None:
        return (value.start, value.end)
    if len(cell.text) > _CELL_VALUE or opening_label(view, cell) is not None:
        return (found.value, line.end)
    return (start, end)


_COLUMN_CELL = 80
"""How long a cell's value may be in a row flattened one cell a line (a proposal's title
fills one line whole)."""
# A value that is no cell's: a sentence, a salutation (its colon), a reply's own title.
_NOT_CELL = re.compile(r"[。！？]|：$|(?:答复|复函|的函|回复)$")


_LABEL_LAST = frozenset(e.spelling[-1] for e in ALL.entries)
"""The last characters of the labels (a label alone with no colon ends its line so)."""


def _alone(view: TextView, line: Line) -> bool:
    """Whether ``line`` is a label of the table alone, no colon (a form's cell)."""
    text = line.text
    if len(text) > len(OPENERS) + ALL.longest or text[-1:] not in _LABEL_LAST:
        return False  # too long to be a label alone, or ending otherwise
    found = opening_label(view, line)
    return found is not None and found.value >= line.end and not found.colon


def label_column(view: TextView, lines: Sequence[Line], i: int) -> tuple[int, int] | None:
    """A web table's row of labels over its row of values flattened one cell a line
    (``建议编号`` / ``标题`` / ``领衔代表`` / ``88`` / ``关于…的建议`` / ``王某``): for
    ``lines[i]``, a label alone in a run of two or more such labels (no colon) that as many
    values follow, the index of the run's first label and the run's length; the value of
    ``lines[first + k]`` is ``lines[first + count + k]``. A value holds no sentence, opens
    with no label and is no salutation or reply's title (the letter under the form). None
    when ``lines[i]`` stands in no such run."""
    if not _alone(view, lines[i]):
        return None
    first, stop = i, i + 1
    while first > 0 and _alone(view, lines[first - 1]):
        first -= 1
    while stop < len(lines) and _alone(view, lines[stop]):
        stop += 1
    count = stop - first
    if count < 2 or stop + count > len(lines):
        return None
    for cell in lines[stop : stop + count]:
        text = cell.text
        if (
            not text
            or len(text) > _COLUMN_CELL
            or _NOT_CELL.search(text)
            or opening_label(view, cell) is not None
        ):
            return None
    return first, count


def column_value(view: TextView, line: Line) -> Line | None:
    """The value of ``line``, a label alone in a row of labels flattened one cell a line
    (:func:`label_column`), among the view's content lines."""
    lines = view.content_lines
    at = bisect_left(lines, line.start, key=_start_of)
    if at >= len(lines) or lines[at].start != line.start:
        return None
    column = label_column(view, lines, at)
    if column is None:
        return None
    return lines[at + column[1]]


def _start_of(line: Line) -> int:
    return line.start


_ROW_LABELS = frozenset(ALL.by_spelling) | vocab.word_set("column_heads")
"""What a row of a web table's labels holds: labels of the table, and a listing's heads of
its columns that no letter's label is (the row's count, 序号, its people's 单位, 姓名)."""
ROW_HEADS = frozenset(label[:2] for label in _ROW_LABELS)
"""The first two characters of each of them: a row of labels opens with one."""
_ROW_LONGEST = 60
"""How long a row of labels may be (a dozen labels)."""


def gap_cells(view: TextView, line: Line) -> list[tuple[int, int]]:
    """The cells of a table's row a web copy kept with tabs or runs of blanks between them
    rather than bars (``建议编号⇥标题⇥领衔代表``): the ranges of ``view.norm`` on ``line``
    between the gaps the view dropped (and the blanks it keeps between two figures, ``88 15``),
    blanks out; one range, the whole line, when it has none."""
    gaps = view.gaps_in(line.start, line.end)
    if not gaps and " " not in line.text:
        return [(line.start, line.end)]
    norm = view.norm
    spaces = [line.start + i for i, char in enumerate(line.text) if char == " "]
    out: list[tuple[int, int]] = []
    at = line.start
    for stop in [*sorted({*gaps, *spaces}), line.end]:
        start = at
        while start < stop and norm[start] == " ":
            start += 1
        if start < stop:
            out.append((start, stop))
        at = stop
    return out


def labels_row(view: TextView, line: Line) -> list[str] | None:
    """The cells' texts of ``line`` when it is a row of a web table's labels copied with
    gaps between its cells (``建议编号⇥标题⇥领衔代表``, ``序号  建议号  标题``): two cells or
    more, each a label of the table (or 序号); else None."""
    text = line.text
    if text[:2] not in ROW_HEADS or len(text) > _ROW_LONGEST:
        return None  # (the usual line)
    if not view.gaps_in(line.start, line.end):
        return None  # (a row of labels has a gap between each two: hanzi all)
    cells = gap_cells(view, line)
    words = [view.norm[a:b] for a, b in cells]
    if len(words) < 2 or not all(word in _ROW_LABELS for word in words):
        return None
    return words


def values_row(view: TextView, lines: Sequence[Line], i: int) -> list[tuple[int, int]] | None:
    """The cells of ``lines[i]`` when it is the row of values under a row of labels copied
    with gaps (:func:`labels_row`, the line right above): as many cells as labels, parted
    the same way (``88⇥关于…的建议⇥王某``); else None."""
    if i == 0:
        return None
    line = lines[i]
    if not view.gaps_in(line.start, line.end) and " " not in line.text:
        return None  # one cell: no row of several
    labels = labels_row(view, lines[i - 1])
    if labels is None:
        return None
    cells = gap_cells(view, line)
    return cells if len(cells) == len(labels) else None


def _cell_under(view: TextView, line: Line, found: LabelAt) -> tuple[int, int] | None:
    """The ``view.norm`` range of the cell under ``found`` when ``line`` is a row of labels
    parted by gaps (:func:`labels_row`) over its row of as many values
    (:func:`values_row`); else None."""
    if labels_row(view, line) is None:
        return None
    lines = view.content_lines
    at = bisect_left(lines, line.start, key=_start_of)
    if at + 1 >= len(lines) or lines[at].start != line.start:
        return None
    cells = values_row(view, lines, at + 1)
    if cells is None:
        return None
    for k, (a, b) in enumerate(gap_cells(view, line)):
        if a <= found.start < b:
            return cells[k]
    return None
