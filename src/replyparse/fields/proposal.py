"""The suggestion or proposal answered: kind, number, session and its own title.

Searched in the letter's title first, then in the opening paragraph of the body
(``您提出的《…》建议收悉``, ``您在…会议上提出的第12号提案``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from replyparse import vocab
from replyparse.model import Proposal
from replyparse.textview import Line, TextView

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


@dataclass(frozen=True)
class FoundProposal:
    proposal: Proposal
    title_range: tuple[int, int] | None
    """Where the proposal's own title stands in ``view.norm`` (it is not a reference)."""
    session_range: tuple[int, int] | None


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


def find_proposal(view: TextView, title: tuple[Line, ...], body: tuple[Line, ...]) -> FoundProposal:
    opening = body[:2]
    places: list[tuple[int, int]] = []
    if title:
        places.append((title[0].start, title[-1].end))
    places.extend((line.start, line.end) for line in opening)

    kind = number = session = None
    session_range = None
    for start, end in places:
        text = view.norm[start:end].replace("\n", "")
        if number is None and (m := _NUMBERED.search(text)):
            number, kind = m.group("number"), m.group("kind") or m.group("qkind")
        if session is None and (sm := _SESSION.search(text)):
            session = _strip_lead(sm.group(0))
            session_range = _range_in(view, start, end, session)
        if kind is None and (km := _KIND.search(text)):
            kind = km.group("kind")

    title_text, title_range = _proposal_title(view, title, opening)
    if kind is None and title_text and (km := _KIND.search(title_text[-4:])):
        kind = km.group("kind")
    if kind is None and number is None and session is None and title_text is None:
        return FoundProposal(Proposal(), None, None)
    return FoundProposal(
        Proposal(kind=kind, number=number, session=session, title=title_text),
        title_range,
        session_range,
    )


def _range_in(view: TextView, start: int, end: int, needle: str) -> tuple[int, int] | None:
    """Where ``needle`` stands in ``view.norm[start:end]``, ignoring line breaks."""
    flat_to_norm = [i for i in range(start, end) if view.norm[i] != "\n"]
    flat = "".join(view.norm[i] for i in flat_to_norm)
    at = flat.find(needle)
    if at < 0 or not needle:
        return None
    return (flat_to_norm[at], flat_to_norm[at + len(needle) - 1] + 1)


def _quoted_span(m: re.Match[str]) -> tuple[int, int]:
    """The span of the text between the quotes: the group of the branch that matched."""
    assert m.lastgroup is not None  # every branch of _QUOTED has its group
    return m.span(m.lastgroup)


def _proposal_title(
    view: TextView, title: tuple[Line, ...], opening: tuple[Line, ...]
) -> tuple[str | None, tuple[int, int] | None]:
    for line in opening:
        received = _RECEIVED.search(line.text)
        limit = received.start() if received else len(line.text)
        for m in _QUOTED.finditer(line.text, 0, limit):
            if not _ASKED.search(line.text, 0, m.start()):
                continue
            start, end = (line.start + at for at in _quoted_span(m))
            return view.written(start, end).strip(), (start, end)
        if m2 := _PHRASE.search(line.text, 0, limit + 4):
            start, end = line.start + m2.start(), line.start + m2.end()
            return view.written(start, end), (start, end)
    if title:
        start, end = title[0].start, title[-1].end
        joined = view.norm[start:end]
        for m in _QUOTED.finditer(joined):
            s, e = (start + at for at in _quoted_span(m))
            return view.written(s, e).replace("\n", "").strip(), (s, e)
        flat = joined.replace("\n", "")
        m3 = _PHRASE.search(flat)
        if m3 and "号" not in m3.group(0) and "会议" not in m3.group(0):
            where = _range_in(view, start, end, m3.group(0))
            if where:
                return view.written(*where).replace("\n", ""), where
    return None, None
