"""Whether a parsed record is a letter at all: a pure function of the record.

The layout takes the first line of any text for a title and any line ending with a colon
for a salutation, so a shopping list or a page of code still parses into a record. What
makes a text a reply letter is one of the parts nothing else carries: a 发文字号, a
salutation naming an addressee in Chinese, numbered sections headed in Chinese, a
signature or 成文日期, or the proposal it answers (its kind or number). A text with none of
them is not a letter:
``validate`` reports it as the ``not-a-letter`` error, and ``extract`` can fail the file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from replyparse.model import Letter

NOT_A_LETTER = "not-a-letter"
"""The rule code (see :mod:`replyparse.rules`)."""

NOT_A_LETTER_MESSAGE = (
    "no 发文字号, salutation, numbered sections, signature, date or proposal found"
)
"""The one-line reason, for a diagnostic or a failed file."""


def has_han(text: str) -> bool:
    """Whether ``text`` holds a Han character: CJK Unified Ideographs and Extension A,
    U+3400 to U+9FFF, or the compatibility ideographs, U+F900 to U+FAFF.

    Compared, not searched with a pattern: :mod:`re` makes a class of those two ranges by
    walking their 28,160 characters one by one, 25 M instructions of every cold
    ``extract`` and ``validate`` (the parser's patterns come made from
    :mod:`replyparse.patterncache`'s table; this module is not imported with them), to
    test a few short names and headings of a letter."""
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


def letter_parts(letter: Letter) -> list[str]:
    """The parts of a letter the record holds, by name, in a fixed order (empty: none)."""
    parts: list[str] = []
    if letter.doc_number is not None:
        parts.append("doc_number")
    if any(has_han(a.name) for a in letter.addressees):
        parts.append("addressees")
    if any(_headed(section.heading) for section in letter.sections):
        parts.append("sections")
    if letter.signature.issuer is not None or letter.signature.date is not None:
        parts.append("signature")
    proposal = letter.proposal
    if proposal is not None and (proposal.kind is not None or proposal.number is not None):
        parts.append("proposal")
    return parts


def _headed(heading: str) -> bool:
    """Whether a section's heading is a letter's: Chinese words after the marker. A page
    that numbers lines of other text has none, and one that only writes about markers
    (`一是…；二是…`, `一、…`) has an ellipsis where the words would be."""
    return not heading.startswith(("…", "⋯", "...")) and has_han(heading)


def is_letter(letter: Letter) -> bool:
    """True when the record holds at least one part of a letter (see the module doc)."""
    return bool(letter_parts(letter))
