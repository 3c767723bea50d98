"""The pure core: letter text in, :class:`~replyparse.model.Letter` out. No I/O here.

The text view and the layout are built first; then the extractors of :data:`REGISTRY` run
in order, each one a ``(Context) -> list[Item]`` (:mod:`replyparse.context`) that sees the
record, the items and the claims of the ones above it. Each runs guarded: an exception
inside one becomes an ``internal-error`` diagnostic and the others still run, so
:func:`parse_text` never raises.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import NamedTuple

from replyparse import checks
from replyparse.context import Context, Item
from replyparse.fields import (
    addressees,
    amounts,
    cc,
    contacts,
    dates,
    docnumber,
    handling,
    issuer,
    keywords,
    proposal,
    publicity,
    references,
    sections,
    signature,
    standards,
    title,
)
from replyparse.invisible import drop_invisible, has_invisible
from replyparse.layout import Layout, segment
from replyparse.model import (
    Addressee,
    Diagnostic,
    DiagnosticCode,
    Letter,
    Source,
    Span,
    make_letter,
)
from replyparse.resegment import resegment
from replyparse.textview import TextView, normalise_newlines
from replyparse.traditional import fold, unfold
from replyparse.unwrap import unwrap


class Extractor(NamedTuple):
    """One entry of the registry: a name for diagnostics and the function that extracts."""

    name: str
    run: Callable[[Context], Sequence[Item]]


KEYWORDS = Extractor("keywords", keywords.extract)
"""Skipped by ``parse_text(..., keywords=False)``: jieba is the costliest step."""

# The order matters where one field limits another (each sees the claims above it):
# - 发文字号 first: the one in the header is the letter's own, the others are cited; all are
#   claimed, so no date or amount is read inside one and references know the own one.
# - the proposal's own title and session before references, amounts and dates, which keep
#   out of them; standard codes (their years are no dates) before amounts and dates too.
# - the signature before the issuer (its first authority stands in when the header names
#   none) and before dates (its date gives the year that year-less dates take); the title
#   before the issuer too (a title may open with the issuer's name).
# - the layout checks last, so their diagnostics follow the fields' own.
# The others read only the view and the layout: their place changes nothing but the order
# of the diagnostics (the record's keys keep the model's order).
SALUTATION = Extractor("salutation", addressees.extract)
REGISTRY: tuple[Extractor, ...] = (
    Extractor("doc_number", docnumber.extract),
    Extractor("title", title.extract),
    Extractor("proposal", proposal.extract),
    SALUTATION,
    Extractor("signature", signature.extract),
    Extractor("issuer", issuer.extract),
    Extractor("handling_type", handling.extract),
    Extractor("public", publicity.extract),
    Extractor("sections", sections.extract),
    Extractor("standard_codes", standards.extract),
    Extractor("amounts", amounts.extract),
    Extractor("dates", dates.extract),
    Extractor("contacts", contacts.extract),
    Extractor("cc", cc.extract),
    Extractor("references", references.extract),
    KEYWORDS,
    Extractor("layout_checks", checks.extract),
)


def parse_text(
    text: str, *, source: Source | None = None, keep_text: bool = True, keywords: bool = True
) -> Letter:
    """Parse one reply letter. Never raises on any ``str``; problems become diagnostics.

    ``keywords=False`` leaves ``keywords`` empty (and skips loading jieba).
    """
    text = normalise_newlines(text)
    letter = make_letter({"source": source, "text": text if keep_text else None})
    folded = fold(text)  # a letter in traditional characters is read in its fold
    invisible: bool | None = None
    glossed = False
    try:
        view = TextView(folded or text)
        invisible = view.invisible  # (told by the view's scan of the letter: no search)
        glossed = view.glossed
        try:
            view = unwrap(view)
        except Exception as exc:  # the letter is read with the lines it has
            letter.diagnostics.append(_internal_error("unwrap", exc))
        try:
            view = resegment(view)
        except Exception as exc:  # the letter is read with the lines it has
            letter.diagnostics.append(_internal_error("resegment", exc))
        layout = segment(view)
    except Exception as exc:  # a failing step is reported, never raised
        letter.diagnostics.append(_internal_error("layout", exc))
        view, layout = TextView(""), Layout.empty()
    ctx = Context(view=view, layout=layout, letter=letter)
    # the registry as it stands, without the keywords when they are not wanted (the usual
    # parse runs every extractor: no test for each)
    extractors = REGISTRY if keywords else tuple(e for e in REGISTRY if e is not KEYWORDS)
    for extractor in extractors:
        try:
            found = extractor.run(ctx)
        except Exception as exc:  # the parse goes on without it
            letter.diagnostics.append(_internal_error(extractor.name, exc))
            continue
        if extractor is SALUTATION and "\n" in view.original and not _names_by_role(found):
            # the lined reading names no one by a role: the head read again joined by blanks
            try:
                found = _salutation_joined(ctx) or found
            except Exception as exc:  # the letter is read as the lines read it
                letter.diagnostics.append(_internal_error("salutation", exc))
        if not found:  # nothing to place or claim (add_all of none does nothing)
            continue
        try:
            ctx.add_all(found)
        except Exception as exc:  # the items before the failing one stay, the rest go
            letter.diagnostics.append(_internal_error(extractor.name, exc))
    if folded is not None or glossed:
        unfold(letter, text, folded or text, glossed)  # (a gloss kept in the strings)
    if invisible or (invisible is None and has_invisible(text)):
        drop_invisible(letter)  # a web copy's zero-width space inside a value: none is seen
    return letter


# Blanks with a line break among them: what a copy flattened with blanks writes as one blank.
_BREAK_BLANKS = re.compile(r"[ \t\u3000]*\n[\s\u3000]*")
_NOT_IN_NAME = re.compile(r"[0-9０-９:：]")
"""A figure or a colon: in no name a salutation gives (a page's date or clock, a label)."""
_SALUTED_ROLES = ("代表", "委员")
"""The roles a joined reading's salutation must give someone (人大代表, 政协委员 …): a form's
row labels its proposer 提案人 or 建议人 (提案人：王某), which a joined copy may read after
the form's name as a salutation (某某征询表 提案人：)."""
_ROLES_ALT = "|".join(_SALUTED_ROLES)
_SALUTED = re.compile(rf"(?:{_ROLES_ALT})[们等]?(?:\s|[:：,，])|(?:{_ROLES_ALT})[^。\n]{{0,3}}您好")
"""A role as a salutation ends it (`…代表：`, `…委员，您好`), or a blank or a line break after
it (`李某委员 联系人：…`): without one before the first sentence's stop (a title's
`…代表建议的答复` is none) the joined reading has no salutation to find, and is not run."""
_JOINED_HEAD_MOST = 5000
"""The most characters of a letter's head the joined reading reads when no `。` ends its first
sentence sooner (the salutations of the dev sets' pages stand within 500: a text of lines with no
sentence in it is no letter's head, and re-reading all of it cost seconds)."""
_ROLE_NAME_LONGEST = 6
"""The longest name before a role the joined reading may give (a person's, masks too)."""


def _names_by_role(found: Sequence[Item]) -> bool:
    """Whether the salutation's ``found`` items name someone by a role (代表, 委员 …)."""
    return any(isinstance(item, addressees.AddresseeFound) and item.value.role for item in found)


def _salutation_joined(ctx: Context) -> list[Item]:
    """The salutation of a letter whose lined reading names no one by a role (no one, or
    bodies only: a page's label read as one, 搜索位置：), read again in the letter joined by
    blanks (each line break and the blanks around it one blank, as a copy
    flattened with blanks writes it): the flattened reading's fewer rules may find one the
    lines hid (a byline's cells over it, a title run on into it, a body with no breaks). Taken
    only when it names a person as 代表 or 委员 (:data:`_SALUTED_ROLES`), each person's
    name short, no name with a figure or a colon (a page's date, clock or label); else none
    (decided, head68); it then stands for the lined reading's. Its spans are the letter's, its
    claim the lined view's range over them."""
    original = ctx.view.original
    head_end = original.find("。", 0, _JOINED_HEAD_MOST)
    head = original[: head_end + 1 if head_end >= 0 else _JOINED_HEAD_MOST]  # (its salutation's)
    if not _SALUTED.search(head):
        return []  # (no role saluted before the first sentence's stop: no salutation with one)
    chars: list[str] = []
    origin: list[int] = []  # (each joined character's place in the letter)
    at = 0
    for m in _BREAK_BLANKS.finditer(head):
        chars.append(original[at : m.start()])
        origin.extend(range(at, m.start()))
        chars.append(" ")
        origin.append(m.start())
        at = m.end()
    chars.append(head[at:])
    origin.extend(range(at, len(head)))
    joined = "".join(chars)
    view = resegment(unwrap(TextView(joined)))
    again = Context(view=view, layout=segment(view), letter=make_letter({"text": None}))
    for extractor in REGISTRY[: REGISTRY.index(SALUTATION) + 1]:
        again.add_all(extractor.run(again))
    named = again.letter.addressees
    if not any(a.role and a.role.endswith(_SALUTED_ROLES) for a in named) or any(
        _NOT_IN_NAME.search(a.name) or (a.role and len(a.name) > _ROLE_NAME_LONGEST) for a in named
    ):
        return []

    def back(span: Span | None) -> Span | None:
        if span is None or span[1] <= span[0]:
            return None
        return (origin[span[0]], origin[span[1] - 1] + 1)

    found: list[Item] = []
    said, span = again.letter.salutation, back(again.letter.salutation_span)
    if said is not None and span is not None:
        kept = ctx.view.origin  # (the lined view's characters' places: in order)
        claim = (bisect_left(kept, span[0]), bisect_left(kept, span[1]))
        found.append(addressees.Salutation(said, span, claim))
    for a in named:
        where = back(a.span)
        found.append(
            addressees.AddresseeFound(Addressee(name=a.name, role=a.role, span=where), where)
        )
    return found


def _internal_error(step: str, exc: Exception) -> Diagnostic:
    return Diagnostic(
        code=DiagnosticCode.INTERNAL_ERROR,
        severity="error",
        message=f"extractor {step} failed with {type(exc).__name__}; its fields are missing",
        span=None,
    )
