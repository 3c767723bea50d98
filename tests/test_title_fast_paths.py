"""The title's loops (issue #9, round 12) answer as the ``any`` over a generator they
replaced, over every gold letter's lines and invented ones."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from goldsets import all_letters, at_least
from replyparse.fields import title
from replyparse.textview import Line, TextView


def _lines() -> list[Line]:
    texts = [g.text() for g in all_letters()]
    texts.append("关于某某的答复：关于某某的建议\n某  某\n\n第二行——某某\n-\n")
    return [line for text in texts for line in TextView(text).lines]


def test_the_leads_are_found_as_any_finds_them() -> None:
    lines = _lines()
    held = 0
    for line in lines:
        plain = any(ch in line.text for ch in title._LEAD_CHARS)
        assert title._holds_lead(line.text) == plain, line.text
        held += plain
    assert held >= at_least(200, 5)  # not vacuous: both answers given
    assert len(lines) - held >= at_least(200, 5)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="：:—－-某答复 ", max_size=6))
def test_the_leads_are_found_alike_on_any_text(text: str) -> None:
    assert title._holds_lead(text) == any(ch in text for ch in title._LEAD_CHARS)


def test_runs_are_whole_as_any_finds_them() -> None:
    lines = _lines()
    runs = [lines[i : i + n] for n in (1, 2, 3) for i in range(len(lines) - n + 1)]
    whole = 0
    for run in runs:
        plain = not any(" " in line.text or not line.text for line in run)
        assert title._whole_runs(run) == plain, [line.text for line in run]
        whole += plain
    assert whole >= at_least(200, 5)  # not vacuous: both answers given
    assert len(runs) - whole >= at_least(200, 5)
    assert title._whole_runs(())
