"""The pure core: letter text in, :class:`~replyparse.model.Letter` out. No I/O here.

The order of the steps matters where one field limits another:

1. the layout splits the lines into header, title, salutation, body and closing;
2. document numbers are found everywhere: the one in the header is the letter's own,
   the others are references;
3. the signature date gives the year that year-less dates in the body take;
4. the proposal's own title and session are found before references and dates, so that
   they are kept out of both.
"""

from __future__ import annotations

import re

from replyparse.checks import check_layout
from replyparse.fields.addressees import find_addressees
from replyparse.fields.amounts import find_amounts
from replyparse.fields.cc import find_cc
from replyparse.fields.contacts import find_contacts
from replyparse.fields.dates import find_dates
from replyparse.fields.docnumber import Found, check_doc_number, find_doc_numbers
from replyparse.fields.handling import find_handling_type
from replyparse.fields.issuer import find_issuer
from replyparse.fields.keywords import find_keywords
from replyparse.fields.proposal import find_proposal
from replyparse.fields.publicity import find_public
from replyparse.fields.references import find_references
from replyparse.fields.sections import find_sections
from replyparse.fields.signature import find_signature, signature_issuer
from replyparse.fields.title import find_title
from replyparse.layout import Layout, segment
from replyparse.model import Diagnostic, Letter, Source
from replyparse.textview import TextView, normalise_newlines

# Codes of standards (GB/T 9704-2012, DB35/T 2036-2021): their years are no dates.
_STANDARD_CODE = re.compile(
    r"(?:GB|DB|JGJ|CJJ|HJ|WS|YY|JT|SL|DL|NY|LY)[0-9]*(?:/[TZ])?\s?[0-9.]+-\d{4}"
)


def parse_text(text: str, *, source: Source | None = None, keep_text: bool = True) -> Letter:
    """Parse one reply letter. Never raises on any ``str``; problems become diagnostics."""
    text = normalise_newlines(text)
    view = TextView(text)
    layout = segment(view)
    diagnostics: list[Diagnostic] = []

    doc_numbers = find_doc_numbers(view)
    own = _own_doc_number(layout, doc_numbers)
    if own is not None:
        diagnostics.extend(check_doc_number(own, view))

    title = find_title(view, layout.title)
    found_proposal = find_proposal(view, layout.title, layout.body)
    salutation, addressees = find_addressees(view, layout.salutation)

    exclude = [(d.start, d.end) for d in doc_numbers]
    exclude.extend((m.start(), m.end()) for m in _STANDARD_CODE.finditer(view.norm))
    if found_proposal.session_range:
        exclude.append(found_proposal.session_range)

    # the date line alone, as a small view of its own: only its value is wanted here
    signature_dates = (
        find_dates(TextView(layout.signature_date.text)) if layout.signature_date else []
    )
    signed_by = signature_issuer(view, layout.signature_issuer)
    signature = find_signature(signed_by, signature_dates)
    letter_year = int(signature.date[:4]) if signature.date else None

    sections, section_diagnostics = find_sections(view, *layout.body_range)
    diagnostics.extend(section_diagnostics)

    not_references = [(own.start, own.end)] if own is not None else []
    if found_proposal.title_range:
        not_references.append(found_proposal.title_range)

    body_start, body_end = layout.body_range
    letter = Letter(
        source=source,
        text=text if keep_text else None,
        issuer=find_issuer(layout.header, signed_by, title),
        doc_number=own.item if own is not None else None,
        handling_type=find_handling_type(view.content_lines),
        public=find_public(view.content_lines),
        title=title,
        proposal=found_proposal.proposal if found_proposal.proposal.model_fields_set else None,
        addressees=addressees,
        salutation=salutation,
        sections=sections,
        amounts=find_amounts(view, exclude=exclude),
        dates=find_dates(view, default_year=letter_year, exclude=exclude),
        contacts=find_contacts(view, view.content_lines),
        signature=signature,
        cc=find_cc(view, view.content_lines),
        references=find_references(view, doc_numbers, exclude=not_references),
        keywords=find_keywords(view.norm[body_start:body_end]),
        diagnostics=diagnostics + check_layout(layout, view),
    )
    return letter


def _own_doc_number(layout: Layout, doc_numbers: list[Found]) -> Found | None:
    """The letter's own 发文字号: the first one in the header (or on a line of its own)."""
    if not doc_numbers:
        return None
    header_end = (
        layout.title[0].start if layout.title else (layout.header[-1].end if layout.header else 0)
    )
    for d in doc_numbers:
        if d.end <= header_end or any(h.start <= d.start < h.end for h in layout.header):
            return d
    return None
