"""A long paragraph of lead-ins each followed by a run numbered 1, 2 inside it (a cited
document's provisions quoted again and again: ``…规定：1.禁止甲。2.禁止乙。`` thousands of
times, a hostile file): each lead-in asked for its paragraph's end and the run's item 2
after it. Each read the text to the paragraph's end and walked the items before it
(quadratic: 230,000 characters took twelve seconds). The breaks and the items numbered 2
are now found once and halved. The work is counted (characters read), never timed.
Snippets are invented."""

from __future__ import annotations

from replyparse.fields import sections
from replyparse.textview import TextView
from test_sections_proposals_run_linear import _READ, _Counted


def _read(count: int) -> int:
    view = TextView("王某代表：\n" + "《某规定》明确要求：1.禁止甲。2.禁止乙。" * count + "\n某局")
    view.norm = _Counted(view.norm)
    _READ[0] = 0
    sections.find_sections(view, 0, len(view.norm))
    return _READ[0]


def test_characters_read_grow_with_the_paragraph() -> None:
    small, large = _read(150), _read(300)
    assert large < 2.5 * small, (small, large)
