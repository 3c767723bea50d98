"""The 印发 line that lost its word (:func:`replyparse.closing._print_line_over_date`) looks
for the signer over each line past the seal notes under it (某局 / （盖章）): the walk up
over those notes was made again for every line, so a closing of many seal notes (a
hostile text, each note a line) was read in quadratic time, 8,000 notes taking seconds.
The nearest line over each that is no seal note is now kept as the lines go down: each
kind is read a bounded number of times. What the rule reads is unchanged: a seal note
between the signer and its office's line still parts nothing. Snippets are invented."""

from __future__ import annotations

from replyparse import parse_text
from replyparse.closing import Kind, _print_line_over_date
from replyparse.textview import Line


class _CountingKinds(list[Kind]):
    """A closing's kinds that count how often they are read."""

    reads = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        type(self).reads += 1
        return super().__getitem__(key)


def _line(text: str) -> Line:
    return Line(0, 0, len(text), text)


def test_a_run_of_seal_notes_is_walked_once() -> None:
    notes = 4000
    # (the lines as the view reads them: the blank between an authority and its date gone)
    texts = ["某县水务局", *(["（盖章）"] * notes), "某县水务局办公室2023年3月9日", "2023年3月9日"]
    kinds = _CountingKinds([Kind.AUTHORITY, *([Kind.SEAL] * notes), Kind.AUTHORITY_DATE, Kind.DATE])
    _CountingKinds.reads = 0
    _print_line_over_date([_line(t) for t in texts], 0, kinds)
    assert _CountingKinds.reads < 10 * len(kinds)  # (quadratic: some 8 million)
    assert kinds[-2] is Kind.OTHER  # (the office's line under the seal notes: 版记's)


LETTER = (
    "某县水务局\n"
    "关于整治村内排水沟渠建议的答复\n"
    "吴某代表：\n"
    "　　您提出的关于整治村内排水沟渠的建议收悉，现答复如下：\n"
    "　　我局已将沟渠清淤列入今年计划。\n"
    "　　　　　　　　某县水务局\n"
    "{seal}"
    "　　　　　　　　某县水务局办公室 2023年3月9日\n"
    "　　　　　　　　2023年3月10日\n"
)


def test_a_seal_note_still_parts_the_signer_from_its_office() -> None:
    for seal in ("", "　　　　　　　　（盖章）\n"):
        record = parse_text(LETTER.format(seal=seal))
        assert record.signature.issuer == "某县水务局"
        assert record.signature.date == "2023-03-10"


def test_many_seal_notes_parse() -> None:
    # (a suite that crawls shows the walk quadratic again)
    record = parse_text(LETTER.format(seal="（盖章）\n" * 3000))
    assert record.signature.issuer == "某县水务局"
