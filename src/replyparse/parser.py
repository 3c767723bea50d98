"""The pure core: letter text in, :class:`~replyparse.model.Letter` out. No I/O here.

The text view and the layout are built first; then the extractors of :data:`REGISTRY` run
in order, each one a ``(Context) -> list[Item]`` (:mod:`replyparse.context`) that sees the
record, the items and the claims of the ones above it. Each runs guarded: an exception
inside one becomes an ``internal-error`` diagnostic and the others still run, so
:func:`parse_text` never raises.
"""

from __future__ import annotations

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
from replyparse.model import Diagnostic, DiagnosticCode, Letter, Source, make_letter
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
REGISTRY: tuple[Extractor, ...] = (
    Extractor("doc_number", docnumber.extract),
    Extractor("title", title.extract),
    Extractor("proposal", proposal.extract),
    Extractor("salutation", addressees.extract),
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


def _internal_error(step: str, exc: Exception) -> Diagnostic:
    return Diagnostic(
        code=DiagnosticCode.INTERNAL_ERROR,
        severity="error",
        message=f"extractor {step} failed with {type(exc).__name__}; its fields are missing",
        span=None,
    )
