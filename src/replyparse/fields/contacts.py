"""Contact people: 联系人 / 承办人 / 联系单位 / 联系电话 lines, on one line or several.

``联系人及电话：严某、13900000000`` and ``联系人：李某  联系电话：0871-65550123`` give one
contact each; a 联系单位 line gives the office (``org``); a phone on the next line joins
the contact above it. A 签发人, 负责人 or 审核人 with no phone is not a contact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from replyparse.context import Context, Found, Item, Range
from replyparse.model import Contact, Letter
from replyparse.textview import Line, TextView

# Labels, longest first so 联系人及电话 is not read as 联系人 + garbage.
_PEOPLE = ("联系人", "承办人", "经办人", "办理人")
_NAME_LABELS = tuple(
    person + suffix
    for person in _PEOPLE
    for suffix in ("及联系电话", "及联系方式", "及电话", "和电话", "电话", "")
)
_ORG_LABELS = ("联系单位", "承办单位", "承办处室", "承办科室", "办理单位")
_PHONE_LABELS = ("联系电话", "联系方式", "办公电话", "电话", "手机")
# A fax number is no way to reach the contact person: its value is skipped.
_FAX_LABELS = ("传真", "传真号码")
# 办理人员, 联系人员 are no labels. A label without its ： must open the line or follow a
# separator: inside running text (我们办理人员在…, 电话沟通) the same characters are words.
_LABEL = re.compile(
    "(?P<label>"
    + "|".join(
        sorted(_NAME_LABELS + _ORG_LABELS + _PHONE_LABELS + _FAX_LABELS, key=len, reverse=True)
    )
    + ")(?!员)(?P<colon>[：])?"
)
_LABEL_AFTER = "，；。、（"


def _labels(view: TextView, line: Line) -> list[re.Match[str]]:
    """The contact labels of one line that stand as labels, not as words of a sentence.

    Without its ： a label opens the line, follows a separator, follows a gap of spaces
    that the normalised view dropped (联系人 李某  电话 139…) or runs straight into a
    phone number (联系人李某电话139…).
    """
    text, origin = line.text, view.origin
    out = []
    for m in _LABEL.finditer(text):
        at = line.start + m.start()
        if (
            m.group("colon")
            or m.start() == 0
            or text[m.start() - 1] in _LABEL_AFTER
            or origin[at] - origin[at - 1] > 1
            or _PHONE.match(text, m.end())
        ):
            out.append(m)
    return out


_PHONE = re.compile(
    r"(?<![0-9])(?:"
    r"1[3-9][0-9](?:[- ]?[0-9]{4}){2}"  # mobile, also grouped 139-0000-0123
    r"|（?0[0-9]{2,3}[）\-—－]?[0-9]{7,8}(?:[-转][0-9]{1,5})?"  # landline with area code
    r"|[0-9]{7,8}(?:[-转][0-9]{1,5})?"  # local landline (8 digits, 7 in old letters)
    r"|400-?[0-9]{3}-?[0-9]{4}"
    r")(?![0-9])"
)
_NAME_PART = re.compile(r"[^、，,；;]+")
_NAME_JUNK = re.compile(r"[^\u4e00-\u9fff·]")
_TITLE_WORDS = re.compile(r"(?:同志|科长|处长|主任|局长|副)$")
_PHONE_DASH = re.compile(r"[）)\u2014\uff0d—]")
_NOT_PHONE_CHAR = re.compile(r"[^0-9-]")
_BLANKS = re.compile(r"\s+")
_ORG_TAIL = re.compile(r"[\s，,；;。（）()]+$")
_ORG_HEAD = re.compile(r"^[\s，,；;（(]+")


@dataclass
class _Draft:
    name: str | None = None
    org: str | None = None
    phones: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0


def _phone_text(written: str) -> str:
    """The phone as written, reduced to digits and dashes (a bracketed area code → dash)."""
    return _NOT_PHONE_CHAR.sub("", _PHONE_DASH.sub("-", written)).strip("-")


def _phones(view: TextView, base: int, text: str) -> list[str]:
    """The phones in ``text``, which stands at ``view.norm[base:]``, as written."""
    return [
        _phone_text(view.source(base + p.start(), base + p.end())[0]) for p in _PHONE.finditer(text)
    ]


class ContactFound(Found[Contact]):
    def place(self, letter: Letter) -> None:
        letter.contacts.append(self.value)


def extract(ctx: Context) -> list[Item]:
    found = _contacts(ctx.view, ctx.view.content_lines)
    return [ContactFound(contact, contact.span, claim) for contact, claim in found]


def find_contacts(view: TextView, lines: tuple[Line, ...]) -> list[Contact]:
    return [contact for contact, _ in _contacts(view, lines)]


def _contacts(view: TextView, lines: tuple[Line, ...]) -> list[tuple[Contact, Range | None]]:
    """The contacts and the ``view.norm`` ranges they were read from."""
    drafts: list[_Draft] = []
    current: _Draft | None = None
    # the people named together on one 联系人 line (甲、乙) share the phone that follows
    group: list[_Draft] = []
    previous_was_contact = False
    for line in lines:
        labels = _labels(view, line)
        if not labels:
            bare = list(_PHONE.finditer(line.text))
            if (
                previous_was_contact
                and bare
                and current
                and not current.phones
                and len(line.text) <= len(bare[0].group(0)) + 4
            ):
                current.phones.extend(_phones(view, line.start, line.text))
                current.end = line.end
            previous_was_contact = False
            continue
        # a phone given alone on the line above waits for the name that follows it
        phone_waits = previous_was_contact and current is not None and _phone_only(current)
        previous_was_contact = True
        for k, m in enumerate(labels):
            value_end = labels[k + 1].start() if k + 1 < len(labels) else len(line.text)
            value_start = m.end()
            label = m.group("label")
            value = line.text[value_start:value_end]
            phones = _phones(view, line.start + value_start, value)
            if label in _FAX_LABELS:
                continue
            if label in _ORG_LABELS:
                org = _clean_org(view, line.start + value_start, line.start + value_end)
                if current is None or current.org or current.name or current.phones:
                    current = _Draft(start=line.start + m.start())
                    drafts.append(current)
                current.org = org
                current.phones.extend(phones)
            elif label in _NAME_LABELS:
                waiting = k == 0 and phone_waits and not phones
                if current is None or ((current.name or current.phones) and not waiting):
                    current = _Draft(start=line.start + m.start())
                    drafts.append(current)
                group = []
                # 甲、乙 or 甲 139…、乙 138…: a phone goes to the name written before it
                for part in _NAME_PART.finditer(value):
                    for name in _names(_PHONE.sub(" ", part.group(0))):
                        if group:
                            current = _Draft(start=line.start + m.start())
                            drafts.append(current)
                        current.name = name
                        current.end = line.end  # the span reaches the line naming it
                        group.append(current)
                    current.phones.extend(
                        _phones(view, line.start + value_start + part.start(), part.group(0))
                    )
                if not group:
                    group = [current]
            else:  # a phone label
                if current is None or (current.phones and phones):
                    current = _Draft(start=line.start + m.start())
                    drafts.append(current)
                    group = []
                if current in group and not any(d.phones for d in group):
                    for d in group:
                        d.phones.extend(phones)
                        d.end = line.end
                else:
                    current.phones.extend(phones)
            current.end = line.end
    out: list[tuple[Contact, Range | None]] = []
    for d in drafts:
        if d.name is None and d.org is None and not d.phones:
            continue
        where = (d.start, d.end) if d.end > d.start else None
        span = view.span(*where) if where else None
        phone = d.phones[0] if d.phones else None
        out.append((Contact(name=d.name, phone=phone, org=d.org, span=span), where))
    return out


def _phone_only(draft: _Draft) -> bool:
    return bool(draft.phones) and draft.name is None and draft.org is None


def _names(text: str) -> list[str]:
    return [n for n in (_clean_name(p) for p in _BLANKS.split(text)) if n]


def _clean_name(text: str) -> str | None:
    name = _NAME_JUNK.sub("", text)
    name = _TITLE_WORDS.sub("", name)
    return name or None


def _clean_org(view: TextView, start: int, end: int) -> str | None:
    """The office named in ``view.norm[start:end]`` as written, phones and separators gone."""
    written = _PHONE.sub("", view.written(start, end))
    org = _ORG_HEAD.sub("", _ORG_TAIL.sub("", written.strip()))
    return org or None
