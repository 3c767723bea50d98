"""主送: the people and bodies a letter answers, from its salutation line.

``陈锦代表：`` → 陈锦 (代表); ``尊敬的甲、乙等各位代表：`` → 甲, 乙 (代表);
``甲等13位代表：`` → 甲 only; ``民盟某市委：`` → a body, role null; ``各位代表：`` names
nobody.
Names are split on the letter's own separators, spaces included, so the original line is
read (the view drops spaces between CJK characters).
"""

from __future__ import annotations

import re

from replyparse import vocab
from replyparse.context import Context, Found, Item
from replyparse.model import Addressee, Letter, Span
from replyparse.textview import Line, TextView

_OPENERS = re.compile(f"^(?:{vocab.alternation('salutation_openers')})")
_ROLES = vocab.alternation("roles")
# A body's name can end in a role word's letters (代表团, 委员会): these endings win.
_BODY_END = re.compile(
    rf"(?:代表团|代表组|委员会|工委|常委会|{vocab.alternation('org_suffixes')})$"
)
_GROUP = re.compile(
    rf"^(?P<names>.+?)等(?:(?P<count>[0-9一二三四五六七八九十两]+)(?:位|名)|各位|诸位)?"
    rf"(?P<role>{_ROLES})(?:们)?$"
)
_ONE = re.compile(rf"^(?P<name>.+?)(?P<role>{_ROLES})(?:们)?$")
_SEP = re.compile(r"[、，,；;\s\u3000]+")
_BLANKS = re.compile(r"\s+")
_NAME_CHARS = re.compile(r"[^\u4e00-\u9fff·A-Za-z（）()]")
# Words that address everyone and name nobody (各位代表：).
_COLLECTIVE = re.compile(r"^(?:各位|诸位|全体|各)$")


class Salutation(Found[str]):
    """The 主送 line as written."""

    def place(self, letter: Letter) -> None:
        letter.salutation = self.value
        letter.salutation_span = self.span


class AddresseeFound(Found[Addressee]):
    def place(self, letter: Letter) -> None:
        letter.addressees.append(self.value)


def extract(ctx: Context) -> list[Item]:
    """The salutation and the addressees it names."""
    line = ctx.layout.salutation
    if line is None:
        return []
    salutation, span, addressees = find_addressees(ctx.view, line)
    found: list[Item] = [Salutation(salutation, span, (line.start, line.end))]
    found.extend(AddresseeFound(a, a.span) for a in addressees)
    return found


def find_addressees(view: TextView, line: Line) -> tuple[str, Span, list[Addressee]]:
    """The salutation as written, its span and the addressees it names."""
    written, span = view.source(line.start, line.end)
    salutation = written.strip()
    lead = len(written) - len(written.lstrip())
    base = span[0] + lead
    body = salutation.rstrip("：:").rstrip()
    opener = _OPENERS.match(body.replace(" ", ""))
    skip = 0
    if opener:
        # skip the opener's characters in the written form (which may hold spaces)
        seen = 0
        while skip < len(body) and seen < opener.end():
            if not body[skip].isspace():
                seen += 1
            skip += 1
    return salutation, (base, base + len(salutation)), _parse(body[skip:], base + skip)


def _parse(text: str, base: int) -> list[Addressee]:
    compact = text.strip()
    if not compact:
        return []
    offset = base + text.index(compact[0])
    flat = _BLANKS.sub("", compact)
    group = _GROUP.match(flat)
    if group:
        names, role = group.group("names"), group.group("role")
        cut = _cut_written(compact, len(names))
        return _names(compact[:cut], offset, role)
    parts = _split(compact, offset)
    out: list[Addressee] = []
    for part, at in parts:
        flat_part = _BLANKS.sub("", part)
        if _is_body(flat_part):
            out.append(Addressee(name=flat_part, role=None, span=(at, at + len(part))))
            continue
        one = _ONE.match(flat_part)
        if one:
            name = one.group("name")
            out.append(Addressee(name=name, role=one.group("role"), span=(at, at + len(name))))
        else:
            out.append(Addressee(name=flat_part, role=None, span=(at, at + len(part))))
    # 甲、乙代表：the role written once after the last name applies to all
    roles = {a.role for a in out if a.role}
    if len(roles) == 1:
        role = roles.pop()
        out = [
            a if a.role or _is_body(a.name) else a.model_copy(update={"role": role}) for a in out
        ]
    return [a for a in out if a.name and not _COLLECTIVE.match(a.name)]


def _is_body(name: str) -> bool:
    """A body's name: an organisation ending, and long enough not to be a person's name."""
    if name.endswith(("代表", "委员", "同志", "先生", "女士")):
        return False
    return len(name) >= 4 and bool(_BODY_END.search(name))


def _cut_written(written: str, flat_len: int) -> int:
    """Index in ``written`` after ``flat_len`` non-space characters."""
    seen = 0
    for i, ch in enumerate(written):
        if seen == flat_len:
            return i
        if not ch.isspace():
            seen += 1
    return len(written)


def _split(text: str, base: int) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    pos = 0
    for m in _SEP.finditer(text):
        if m.start() > pos:
            out.append((text[pos : m.start()], base + pos))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], base + pos))
    return out


def _names(text: str, base: int, role: str) -> list[Addressee]:
    out = []
    for part, at in _split(text, base):
        one = _ONE.match(part)
        name = one.group("name") if one else part
        if _NAME_CHARS.sub("", name):
            out.append(Addressee(name=name, role=role, span=(at, at + len(name))))
    return out
