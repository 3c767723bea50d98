"""The gates of the small readers (the title's notes, the date line's checks) against the
searches they spare: each gate passes every text the search finds a match in."""

from __future__ import annotations

import pytest

from goldsets import all_letters, at_least
from replyparse import checks
from replyparse.fields import title

# Date lines and titles in our own words, with and without what each search looks for.
DATE_LINES = [
    "2021年1月5日",
    "2021年1月",
    "2021年12月。",
    "二〇二一年一月",
    "二〇二一年十二月．",
    "某市民政局  2021年3月.",
    "2021年1月5日。",
    "2021年1月 ",
    "月",
    "",
]
TITLES = [
    "关于某某建议的答复",
    "关于某某建议的答复：关于加强养老服务的建议",
    "关于某某提案的复函——“关于某事的提案”",
    "关于某某建议的答复－关于某事的建议",
    "关于某某建议的答复:关于某事的建议",
    "关于某某建议的答复（关于某事的建议）",
    "",
]


def _texts() -> tuple[list[str], list[str]]:
    dates, titles = list(DATE_LINES), list(TITLES)
    for gold in all_letters():
        lines = [line.strip() for line in gold.text().splitlines() if line.strip()]
        titles += lines[:4]
        dates += lines[-6:]
    return dates, titles


def test_no_day_gate_passes_every_line_the_search_matches() -> None:
    dates, _ = _texts()
    assert len(dates) >= at_least(300, 30)
    matched = [text for text in dates if checks._NO_DAY.search(text)]
    assert matched  # the gate is put to the test
    for text in matched:
        assert text.endswith(checks._NO_DAY_ENDS), text


@pytest.mark.parametrize("text", DATE_LINES)
def test_no_day_gate_on_our_lines(text: str) -> None:
    if checks._NO_DAY.search(text):
        assert text.endswith(checks._NO_DAY_ENDS)


def _plain_without_notes(text: str) -> int:
    """:func:`title.without_notes` with no gate before the leads' scan."""
    gate = title._LEAD_CHARS
    try:
        title._LEAD_CHARS = text  # the gate opens on any text but the empty one (no lead)
        return title.without_notes(text)
    finally:
        title._LEAD_CHARS = gate


def test_title_lead_gate_reads_as_the_plain_scan() -> None:
    _, titles = _texts()
    assert len(titles) >= at_least(200, 20)
    for text in titles:
        assert title.without_notes(text) == _plain_without_notes(text), text
    for text in titles:
        if title._NOTE_LEAD.search(text):
            assert any(ch in text for ch in title._LEAD_CHARS), text
    assert any(title._NOTE_LEAD.search(text) for text in titles)


def test_amounts_read_as_with_their_exclusions_made_first() -> None:
    """The amounts' exclusions made at the first amount read (a function) give what the
    list made before reading gives: over the gold letters, with no exclusion and with
    every amount's start excluded."""
    from replyparse.fields.amounts import _amounts
    from replyparse.textview import TextView

    read = 0
    for gold in all_letters():
        view = TextView(gold.text())
        for exclude in ([], [(0, len(view.norm))]):
            made = list(exclude)
            assert _amounts(view, lambda made=made: made) == _amounts(view, exclude)
            read += len(_amounts(view, []))
    assert read >= at_least(20, 2)
