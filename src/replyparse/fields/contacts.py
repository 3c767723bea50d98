"""Contact people: 联系人 / 承办人 / 联系单位 / 联系电话 lines, on one line or several.

A contact is a person (or an office alone) with at most one phone, put together from
adjacent contact lines:

- a **label** names what its value holds: a person (联系人, 承办人, 经办人), an office
  (联系单位, 承办单位) or a phone (联系电话, 手机); combined labels (``联系人及电话``,
  ``联系单位及联系人``, ``联系人及单位``) hold their parts in the label's order. A
  签发人, 审核人, 负责人 or fax label ends the value before it and gives nobody;
- a **value** is read piece by piece (pieces end at separators, brackets, 及 and gaps of
  spaces; a single character between spaces belongs to its neighbour: ``王  明``):
  phones anywhere, an office by its organisation ending, a person by a name's shape, an
  office and a person run together split where the office ends
  (``某县交通运输局王某``); a value stops at 抄送, a date, or an authority written after
  the person (a flattened copy's signature), so it never runs on;
- **lines pair up** while neither has the other's part: ``联系人：`` and ``联系电话：``
  on two lines make one contact, so do ``联系单位：…`` and a name on the 电话 line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from replyparse import vocab
from replyparse.context import Context, Flat, Found, Item, Range
from replyparse.model import Contact, Letter
from replyparse.textview import Line, TextView

Part = Literal["name", "org", "phone", "skip"]

# The words labels are made of, by what their value holds.
_PEOPLE = ("联系人", "承办人", "经办人", "办理人")
_OFFICES = ("联系单位", "承办单位", "承办处室", "承办科室", "办理单位")
_PHONES = ("联系电话", "联系方式", "办公电话", "联系手机", "手机号码", "电话", "手机", "座机")
# Values that are nobody's contact: a fax, and people who only sign off or answer for it.
_SKIPS = (
    "传真号码",
    "传真",
    "签发人",
    "领导签发",
    "主要签发领导",
    "分管领导",
    "领导签字",
    "审核人",
    "核稿人",
    "负责人",
    "承办负责人",
    "单位负责人",
    "分管负责人",
    "分管单位",
)
_PART: dict[str, Part] = {
    **dict.fromkeys(_PEOPLE, "name"),
    **dict.fromkeys(_OFFICES, "org"),
    **dict.fromkeys(_PHONES, "phone"),
    **dict.fromkeys(_SKIPS, "skip"),
    "单位": "org",  # only after another part: 联系人及单位
}


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_FIRST = _alternation([w for w in _PART if w != "单位"])
_MORE = _alternation([w for w, part in _PART.items() if part != "skip"])
# A label: one word, or up to three joined (联系单位及联系人, 联系人电话). 办理人员 and
# 联系人员 are no labels.
_LABEL = re.compile(
    rf"(?P<label>(?:{_FIRST})(?:[及和与、/]?(?:{_MORE})){{0,2}})(?!员)(?P<colon>：)?"
)
_LABEL_PART = re.compile(_alternation(list(_PART)))
# Without its ： a label opens the line, follows one of these, follows a gap of spaces the
# view dropped (联系人 李某  电话 139…) or runs straight into a phone (联系人李某电话139…):
# inside running text (我们办理人员在…, 电话沟通) the same characters are words.
_LABEL_AFTER = "，；。、（"

_DASH = "\\-—–─―‐‑~～－ "
_PHONE = re.compile(
    r"(?<![0-9])(?:"
    r"1[3-9][0-9](?:[- ]?[0-9]{4}){2}"  # mobile, also grouped 139-0000-0123
    rf"|（?0[0-9]{{2,3}}(?:）[{_DASH}]?|[{_DASH}]{{1,2}})?[0-9]{{7,8}}(?:[-转][0-9]{{1,5}})?"
    r"|[0-9]{7,8}(?:[-转][0-9]{1,5})?"  # local landline (8 digits, 7 in old letters)
    r"|400-?[0-9]{3}-?[0-9]{4}"
    r")(?![0-9])"
)
_PHONE_DASHES = re.compile(rf"[）{_DASH}转]+")
_NOT_PHONE_CHAR = re.compile(r"[^0-9-]")

# Where a value ends at the latest: a 抄送 list, an attachment note, a printing line, a date.
_STOP = re.compile(
    r"抄送|抄报|报送：|主送：|附件：|印发"
    r"|\d{4}年\d{1,2}月|[〇○零O一二三四五六七八九]{4}年"
)
_SEPARATORS = frozenset("、，,；;。：:！？!?及")
_BRACKETS = frozenset("（）()【】[]〔〕")
_HANZI = re.compile(r"[\u4e00-\u9fff·]+")
_ORG = re.compile(rf"(?:{vocab.alternation('org_suffixes')})$")
_ORG_INSIDE = re.compile(vocab.alternation("org_suffixes"))
_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+")
# Words after a name that say what the person is, not who.
_TITLE = re.compile(
    r"(?:同志|先生|女士|副?科长|科员|副?处长|副?主任|副?局长|股长|所长|站长|队长|部长|"
    r"秘书|干事|专干|工作人员|经理|书记|老师)$"
)
# Notes that stand in a value beside a phone or a name and name nobody.
_NOTE = re.compile(r"^(?:手机号码|手机号|手机|电话|座机|办公室?电话|固话|微信|邮箱|工作日|同上)$")
# Words no person's name holds: a publication note or a seal beside the phone.
_NOT_NAME = re.compile(r"公开|此件|盖章|印章|申请|不予|附件|抄送|办理|答复|类别|类型")


@dataclass(frozen=True)
class _Piece:
    """A stretch of a value between separators: a phone, or words (``flat`` indices)."""

    kind: Literal["phone", "words"]
    start: int
    end: int
    bracketed: bool = False


@dataclass(frozen=True)
class _Event:
    """One part of a contact read from a label's value."""

    part: Literal["name", "org", "phone"]
    text: str
    value: int
    """Which label value it came from (names and phones of one value go together)."""
    start: int
    end: int
    """Where it stands in the line's ``flat.text``."""


@dataclass
class _Draft:
    name: str | None = None
    org: str | None = None
    phone: str | None = None
    phone_value: int = -1
    start: int = 0
    end: int = 0
    line: int = 0
    inherited_org: bool = False
    extra_phone: bool = False
    """A phone given after the contact above already had one: its second number, unless
    a name or an office joins it."""


class ContactFound(Found[Contact]):
    def place(self, letter: Letter) -> None:
        letter.contacts.append(self.value)


def extract(ctx: Context) -> list[Item]:
    found = _contacts(ctx.view, ctx.view.content_lines)
    return [ContactFound(contact, contact.span, claim) for contact, claim in found]


def find_contacts(view: TextView, lines: tuple[Line, ...]) -> list[Contact]:
    return [contact for contact, _ in _contacts(view, lines)]


# -- lines and labels ----------------------------------------------------------------------

# A label cut by a line break (PDF copies: 联系电 / 话：139…): the line's end and the next
# line's start that make one label word again.
_WRAPS = tuple(
    (word[:cut], word[cut:]) for word in _PART if word != "单位" for cut in range(2, len(word))
)


def _logical_lines(view: TextView, lines: tuple[Line, ...]) -> Iterator[tuple[int, Flat, int]]:
    """Each line as a :class:`Flat` (index, text, end in ``view.norm``); a line ending in
    the first characters of a label whose rest opens the next line is joined with it."""
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and any(
            line.text.endswith(head) and lines[i + 1].text.startswith(rest + "：")
            for head, rest in _WRAPS
        ):
            yield i, Flat.of(view, (line.start, lines[i + 1].end)), lines[i + 1].end
            i += 2
            continue
        yield i, Flat.of(view, (line.start, line.end)), line.end
        i += 1


def _gap_before(view: TextView, flat: Flat, k: int) -> bool:
    """Whether the letter has blanks (or a line break) right before ``flat.text[k]``."""
    return k > 0 and view.origin[flat.at[k]] - view.origin[flat.at[k - 1]] > 1


def _labels(view: TextView, flat: Flat) -> list[re.Match[str]]:
    """The contact labels of one line that stand as labels, not as words of a sentence."""
    text = flat.text
    out = []
    for m in _LABEL.finditer(text):
        k = m.start()
        if (
            m.group("colon")
            or k == 0
            or text[k - 1] in _LABEL_AFTER
            or _gap_before(view, flat, k)
            or _PHONE.match(text, m.end())
            or (text[k - 1].isdigit() and len(m.group("label")) >= 3)  # glued to a date
        ):
            out.append(m)
    return out


def _parts(label: str) -> list[Part]:
    return [_PART[m.group(0)] for m in _LABEL_PART.finditer(label)]


# -- values --------------------------------------------------------------------------------


def _pieces(view: TextView, flat: Flat, start: int, end: int) -> list[_Piece]:
    """``flat.text[start:end]`` cut into phones and runs of words.

    Words end at separators, brackets and gaps of spaces; a run of one character that a gap
    parts from its neighbour belongs to it (``王  明``, ``王 小 明`` are one name each).
    """
    text = flat.text
    out: list[_Piece] = []
    pos = start
    for p in _PHONE.finditer(text, start, end):
        out.extend(_word_pieces(view, flat, pos, p.start()))
        out.append(_Piece("phone", p.start(), p.end()))
        pos = p.end()
    out.extend(_word_pieces(view, flat, pos, end))
    return out


def _word_pieces(view: TextView, flat: Flat, start: int, end: int) -> list[_Piece]:
    text = flat.text
    runs: list[tuple[int, int, bool, bool]] = []  # start, end, bracketed, gap before
    depth = 0
    k = start
    run_start: int | None = None
    gap = False
    while k <= end:
        ch = text[k] if k < end else ""
        boundary = k == end or ch in _SEPARATORS or ch in _BRACKETS or ch.isspace()
        if not boundary and run_start is not None and _gap_before(view, flat, k):
            runs.append((run_start, k, depth > 0, gap))
            run_start, gap = None, True
        if boundary:
            if run_start is not None:
                runs.append((run_start, k, depth > 0, gap))
                run_start = None
            gap = False
            if ch in "（(【[〔":
                depth += 1
            elif ch in "）)】]〕":
                depth = max(0, depth - 1)
        elif run_start is None:
            run_start = k
        k += 1
    # one character parted by a gap joins the run beside it
    merged: list[tuple[int, int, bool, bool]] = []
    for run in runs:
        if merged and run[3] and (run[1] - run[0] == 1 or merged[-1][1] - merged[-1][0] == 1):
            last = merged[-1]
            merged[-1] = (last[0], run[1], last[2], last[3])
        else:
            merged.append(run)
    return [_Piece("words", a, b, bracketed) for a, b, bracketed, _ in merged]


def _phone_text(written: str) -> str:
    """The phone as written, reduced to digits and dashes (brackets, blanks, 转 → dash)."""
    return _NOT_PHONE_CHAR.sub("", _PHONE_DASHES.sub("-", written)).strip("-")


Shape = Literal["org", "name", "org+name", "skip", "other"]


def _shape(words: str) -> tuple[Shape, int]:
    """What a run of words is, and for ``org+name`` where the office ends.

    ``words`` is the run without blanks. An office ends in an organisation word and has at
    least three characters; a name is two to six characters (a ``·`` name longer) with no
    such ending; a longer run that ends in a name after an office is both.
    """
    if not words or _NOTE.match(words) or _TITLE.fullmatch(words) or len(words) == 1:
        return "skip", 0
    if not _HANZI.fullmatch(words):
        return "other", 0
    if len(words) >= 3 and _ORG.search(words):
        return "org", 0
    name = _strip_title(words)
    if _NAME.fullmatch(name) and not _NOT_NAME.search(name):
        return "name", 0
    best = 0
    for m in _ORG_INSIDE.finditer(words):
        rest = _strip_title(words[m.end() :])
        if m.end() >= 3 and _NAME.fullmatch(rest) and len(rest) <= 4 and not _ORG.search(rest):
            best = m.end()
    if best:
        return "org+name", best
    return "other", 0


def _strip_title(words: str) -> str:
    stripped = _TITLE.sub("", words)
    return stripped if len(stripped) >= 2 else words


def _read_value(
    view: TextView, flat: Flat, start: int, end: int, parts: list[Part], value: int
) -> list[_Event]:
    """The names, offices and phones of one label's value, in the label's order.

    A run of words takes the label's next name or office slot when its shape allows
    (联系单位：某局 is an office however short); an office after the person, or words
    that are neither, end the value (a flattened copy's signature, its prose).
    """
    if stop := _STOP.search(flat.text, start, end):
        end = stop.start()
    slots = [p for p in parts if p in ("name", "org")]
    events: list[_Event] = []
    pieces = _pieces(view, flat, start, end)
    for n, piece in enumerate(pieces):
        have = {e.part for e in events}
        if piece.kind == "phone":
            written = view.written(*flat.range(piece.start, piece.end))
            events.append(_Event("phone", _phone_text(written), value, piece.start, piece.end))
            continue
        words = "".join(ch for ch in flat.text[piece.start : piece.end] if not ch.isspace())
        shape, cut = _shape(words)
        slot = slots[0] if slots else None
        if shape == "org" and events and events[-1].part == "org" and piece.bracketed:
            # 某局（某办）: the office's other name in brackets is part of it
            last = events[-1]
            close = (
                piece.end + 1 if flat.text[piece.end : piece.end + 1] in ("）", ")") else piece.end
            )
            events[-1] = _Event(
                "org", _written(view, flat, last.start, close), value, last.start, close
            )
            continue
        if flat.text[piece.end : piece.end + 1] == "：" and not (
            shape == "name" and slot == "name"
        ):
            break  # another label (答复类型：…, 报：…), not a stray colon after the name
        if shape == "skip":
            continue
        if shape == "org" and have and slot != "org":
            break  # an authority after the contact (a flattened copy's signature)
        if shape == "name" and "phone" in have and not _name_after_phone(flat, pieces, n, parts):
            break  # words after a phone: a name only in brackets, at the end or in a list
        if shape == "other":
            if have:
                break  # a date or prose after the contact: the value ends
            continue
        if shape == "org+name":
            events.append(_Event("org", words[:cut], value, piece.start, piece.end))
            events.append(_Event("name", _strip_title(words[cut:]), value, piece.start, piece.end))
            slots = []
        elif shape == "org" or (slot == "org" and "org" not in have):
            org = _written(view, flat, piece.start, piece.end)
            events.append(_Event("org", org, value, piece.start, piece.end))
            if slot == "org":
                slots.pop(0)
        else:
            events.append(_Event("name", _strip_title(words), value, piece.start, piece.end))
            if slot == "name":
                slots.pop(0)
    return events


def _name_after_phone(flat: Flat, pieces: list[_Piece], n: int, parts: list[Part]) -> bool:
    """Whether the words of ``pieces[n]``, after a phone, name a person: in brackets
    (``0000-5550123（王某）``), ending the value (``139… 王某``), or after a list separator
    in a 联系人 value (``甲 139…、乙 138…``). Other words there run on into what follows."""
    before = flat.text[: pieces[n].start].rstrip()
    listed = "name" in parts and before[-1:] in ("、", "，", "；")
    return pieces[n].bracketed or n + 1 == len(pieces) or listed


def _written(view: TextView, flat: Flat, start: int, end: int) -> str:
    """``flat.text[start:end]`` as the letter writes it (its own bracket widths), blanks out."""
    return "".join(ch for ch in view.written(*flat.range(start, end)) if not ch.isspace())


# -- putting contacts together -------------------------------------------------------------


class _Assembly:
    """Contacts put together from the events of one line after another.

    A part joins the contact being read while that contact lacks it and was read on this
    line or the one above; otherwise it starts a new contact.
    """

    def __init__(self) -> None:
        self.drafts: list[_Draft] = []
        self.current: _Draft | None = None
        self.group: list[_Draft] = []
        """The people one 联系人 value named (甲、乙): they share the phone that follows."""
        self.block_org: str | None = None
        """The office a 联系单位 label gave, for every contact of the block."""
        self.opened: int | None = None
        """Where an empty label stands (联系人： at a line's end): the next contact starts
        there, its value being on the next line."""

    def joinable(self, index: int) -> _Draft | None:
        current = self.current
        return current if current is not None and current.line >= index - 1 else None

    def new(self, start: int, index: int) -> _Draft:
        if self.opened is not None:
            start, self.opened = self.opened, None
        draft = _Draft(start=start, line=index)
        if self.block_org is not None:
            draft.org, draft.inherited_org = self.block_org, True
        self.drafts.append(draft)
        self.current = draft
        self.group = []
        return draft

    def value(
        self, events: list[_Event], parts: list[Part], start: int, index: int, end: int
    ) -> None:
        """Add what one label's value holds; ``start`` is where the label stands."""
        named: list[_Draft] = []
        for event in events:
            joinable = self.joinable(index)
            if event.part == "org":
                if joinable is not None and (joinable.org is None or joinable.inherited_org):
                    draft = joinable
                else:
                    draft = self.new(start, index)
                for d in self.group if draft in self.group else [draft]:
                    d.org, d.inherited_org = event.text, False
                if "org" in parts:
                    self.block_org = event.text
            elif event.part == "name":
                if joinable is not None and joinable.name is None and not named:
                    draft = joinable
                else:
                    draft = self.new(start, index)
                draft.name = event.text
                draft.extra_phone = False
                named.append(draft)
            else:
                touched = self.phone(event, joinable, named, start, index)
                for d in touched:
                    d.end, d.line = end, index
                continue
            draft.end, draft.line = end, index
        if named:
            self.group = named

    def phone(
        self, event: _Event, joinable: _Draft | None, named: list[_Draft], start: int, index: int
    ) -> list[_Draft]:
        """Give a phone to whom it belongs; the contacts it went to."""
        if named:
            # a phone inside a 联系人 value goes to the name written before it
            draft = named[-1]
            if draft.phone is None:
                draft.phone, draft.phone_value = event.text, event.value
            return [draft]
        if joinable is not None and joinable.phone is None:
            sharing = [d for d in self.group if d.phone is None] if joinable in self.group else []
            for d in sharing or [joinable]:
                d.phone, d.phone_value = event.text, event.value
            return sharing or [joinable]
        if joinable is not None and joinable.phone_value == event.value:
            return [joinable]  # a second number for the same person
        extra = joinable is not None
        draft = self.new(start, index)
        draft.phone, draft.phone_value, draft.extra_phone = event.text, event.value, extra
        return [draft]


def _contacts(view: TextView, lines: tuple[Line, ...]) -> list[tuple[Contact, Range | None]]:
    """The contacts and the ``view.norm`` ranges they were read from."""
    found = _Assembly()
    last_contact_line = -2
    value_id = 0
    for index, flat, line_end in _logical_lines(view, lines):
        labels = _labels(view, flat)
        if last_contact_line != index - 1:
            found.block_org, found.opened = None, None
        if not labels:
            current = found.joinable(index)
            if current is not None and current.phone is None:
                _bare_phone_line(view, flat, current, found.group, line_end)
            continue
        last_contact_line = index
        if all(_parts(m.group("label"))[0] == "skip" for m in labels):
            if (current := found.joinable(index)) is not None:
                current.line = index  # 审核人：… between two lines of one contact
            continue
        for k, m in enumerate(labels):
            parts = _parts(m.group("label"))
            if parts[0] == "skip":
                continue  # 签发人：… beside the contact gives nobody
            value_end = labels[k + 1].start() if k + 1 < len(labels) else len(flat.text)
            value_id += 1
            events = _read_value(view, flat, m.end(), value_end, parts, value_id)
            label_at = flat.at[m.start()]
            if not events:
                if found.opened is None:
                    found.opened = label_at
                continue
            found.value(events, parts, label_at, index, line_end)
            found.opened = None
    return [_finish(view, d) for d in found.drafts if not _dropped(d)]


def _dropped(draft: _Draft) -> bool:
    """A second phone with nobody of its own, or nothing at all."""
    if draft.extra_phone and draft.name is None and (draft.org is None or draft.inherited_org):
        return True
    return draft.name is None and draft.org is None and draft.phone is None


def _finish(view: TextView, draft: _Draft) -> tuple[Contact, Range | None]:
    where = (draft.start, draft.end) if draft.end > draft.start else None
    span = view.span(*where) if where else None
    return Contact(name=draft.name, phone=draft.phone, org=draft.org, span=span), where


def _bare_phone_line(
    view: TextView, flat: Flat, current: _Draft, group: list[_Draft], line_end: int
) -> None:
    """A line holding only a phone under a contact line gives that contact its phone."""
    phones = list(_PHONE.finditer(flat.text))
    if not phones or len(flat.text) > len(phones[0].group(0)) + 4:
        return
    written = view.written(*flat.range(phones[0].start(), phones[0].end()))
    targets = [d for d in group if d.phone is None] if current in group else []
    for d in targets or [current]:
        d.phone = _phone_text(written)
        d.end = line_end
