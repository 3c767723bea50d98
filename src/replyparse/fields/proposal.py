"""The suggestion or proposal answered: kind, number, session and its own title.

Searched in the letter's title first, then in the opening paragraph of the body
(``您提出的《…》建议收悉``, ``您在…会议上提出的第12号提案``). Each part is an item of its
own: the session's and the title's claims keep dates out of the one and references out of
the other.
"""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from replyparse import vocab
from replyparse.context import Context, Flat, Found, Item, Range
from replyparse.model import Letter, Proposal
from replyparse.textview import Line

_KINDS = "建议|提案|议案|意见建议|批评意见"
# The kind follows the number (第12号建议) or ends the quoted title written between them
# (第12号《关于…的建议》的答复).
_NUMBERED = re.compile(
    rf"第(?P<number>[0-9A-Za-z\-]{{1,10}})号(?:代表)?"
    rf"(?:(?P<kind>{_KINDS})|[《“「][^《》“”「」]{{1,80}}?(?P<qkind>{_KINDS})[》”」])"
)
_KIND = re.compile(r"(?P<kind>建议|提案|议案)")
_NUMERAL = "0-9一二三四五六七八九十"
_SESSION = re.compile(
    rf"[\u4e00-\u9fff0-9]{{0,24}}?[{_NUMERAL}]{{1,4}}届[\u4e00-\u9fff0-9]{{0,12}}?"
    rf"[{_NUMERAL}]{{1,3}}次(?:全体)?会议"
)
_CUT = re.compile(r"关于|在|于|对|的|提出")
_LEAD = re.compile(f"^(?:{vocab.alternation('session_lead_words')})")
# Quotes around the proposal's own title, in the opening paragraph. Order: book-title
# marks first, then curly and straight quotes. Each branch has one group (_quoted_span).
_QUOTED = re.compile(r"《(?P<a>[^《》]+)》|“(?P<b>[^“”]+)”|\"(?P<c>[^\"]+)\"|「(?P<d>[^「」]+)」")
_RECEIVED = re.compile(r"收悉|收到|已交|转来|交由|交我|现答复|答复如下|现将")
_ASKED = re.compile(r"提出|所提|提交|领衔|联名|关于")
_PHRASE = re.compile(rf"关于[^，。；：“”《》]{{2,80}}?的?(?:{_KINDS})")


class ProposalPart(Found[str]):
    """One part of the proposal answered; ``part`` names its field (and its span's)."""

    part: ClassVar[Literal["kind", "number", "session", "title"]]

    def place(self, letter: Letter) -> None:
        if letter.proposal is None:
            letter.proposal = Proposal()
        setattr(letter.proposal, self.part, self.value)
        setattr(letter.proposal, f"{self.part}_span", self.span)


class ProposalKind(ProposalPart):
    part = "kind"


class ProposalNumber(ProposalPart):
    part = "number"


class ProposalSession(ProposalPart):
    """The session's name (its years and numbers are no dates)."""

    part = "session"


class ProposalTitle(ProposalPart):
    """The proposal's own title (not a reference, wherever it is cited)."""

    part = "title"


def _strip_lead(session: str) -> str:
    """Drop what stands before the session name: an issuer and 关于 in a title, 您在, 对 …

    Session names hold none of the cut words, so the name starts after the last of them.
    """
    cut = 0
    for cut_at in _CUT.finditer(session):
        cut = cut_at.end()
    session = session[cut:]
    while (lead := _LEAD.match(session)) and lead.end():
        session = session[lead.end() :]
    return session


def _part(ctx: Context, kind: type[ProposalPart], value: str, flat: Flat, at: int) -> ProposalPart:
    """The part ``value``, found at ``flat.text[at:]``."""
    where = flat.range(at, at + len(value)) if value and at >= 0 else None
    return kind(value, ctx.span(*where) if where else None, where)


def extract(ctx: Context) -> list[Item]:
    title, opening = ctx.layout.title, ctx.layout.body[:2]
    places: list[Range] = []
    if title:
        places.append((title[0].start, title[-1].end))
    places.extend((line.start, line.end) for line in opening)

    kind: ProposalPart | None = None
    number: ProposalPart | None = None
    session: ProposalPart | None = None
    for place in places:
        flat = ctx.flat(place)
        text = flat.text
        if number is None and (m := _NUMBERED.search(text)):
            number = _part(ctx, ProposalNumber, m.group("number"), flat, m.start("number"))
            group = "kind" if m.group("kind") else "qkind"
            kind = _part(ctx, ProposalKind, m.group(group), flat, m.start(group))
        if session is None and (sm := _SESSION.search(text)):
            name = _strip_lead(sm.group(0))
            session = _part(ctx, ProposalSession, name, flat, text.find(name))
        if kind is None and (km := _KIND.search(text)):
            kind = _part(ctx, ProposalKind, km.group("kind"), flat, km.start("kind"))

    found = _proposal_title(ctx, title, opening)
    own_title: ProposalPart | None = None
    if found is not None:
        flat, claim = found
        if flat.text:
            span = ctx.span(*flat.range(0, len(flat.text)))
        else:  # quotes around nothing but blanks: an empty span where they open
            at = ctx.span(*claim)[0]
            span = (at, at)
        own_title = ProposalTitle(flat.text, span, claim)
        tail = len(flat.text) - len(flat.text[-4:])
        if kind is None and (km := _KIND.search(flat.text[-4:])):
            kind = _part(ctx, ProposalKind, km.group("kind"), flat, tail + km.start("kind"))
    return [part for part in (kind, number, session, own_title) if part is not None]


def _quoted_span(m: re.Match[str]) -> tuple[int, int]:
    """The span of the text between the quotes: the group of the branch that matched."""
    assert m.lastgroup is not None  # every branch of _QUOTED has its group
    return m.span(m.lastgroup)


def _proposal_title(
    ctx: Context, title: tuple[Line, ...], opening: tuple[Line, ...]
) -> tuple[Flat, Range] | None:
    """The proposal's own title as written (line breaks out, ends stripped) and the range
    of ``view.norm`` it was read from."""
    for line in opening:
        received = _RECEIVED.search(line.text)
        limit = received.start() if received else len(line.text)
        for m in _QUOTED.finditer(line.text, 0, limit):
            if not _ASKED.search(line.text, 0, m.start()):
                continue
            start, end = (line.start + at for at in _quoted_span(m))
            return ctx.flat((start, end), written=True).strip(), (start, end)
        if m2 := _PHRASE.search(line.text, 0, limit + 4):
            start, end = line.start + m2.start(), line.start + m2.end()
            return ctx.flat((start, end), written=True), (start, end)
    if title:
        start, end = title[0].start, title[-1].end
        joined = ctx.view.norm[start:end]
        for m in _QUOTED.finditer(joined):
            s, e = (start + at for at in _quoted_span(m))
            return ctx.flat((s, e), written=True).strip(), (s, e)
        flat = ctx.flat((start, end))
        m3 = _PHRASE.search(flat.text)
        if m3 and "号" not in m3.group(0) and "会议" not in m3.group(0):
            where = flat.range(*m3.span())
            return ctx.flat(where, written=True), where
    return None
