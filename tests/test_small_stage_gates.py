"""The cc reader's split of glued names reads the same as the plain walk it skips, over
every gold letter's lines and invented names. (The standard codes' gates are tested with
the other extractors' gates, in test_field_gates.py.)"""

from __future__ import annotations

from goldsets import all_letters, at_least
from replyparse.elements import LEVELS
from replyparse.fields import cc
from replyparse.orgnames import ORG_END, ORG_INSIDE

_LETTERS = [g.text() for g in all_letters()]


# -- cc: a body that holds its level once ---------------------------------------------------


def _glued_plain(name: str) -> list[tuple[int, int]]:
    """cc._glued as written before its count of the level (the walk over every name)."""
    if not name:
        return []
    level = name[0]
    if level not in LEVELS or not ORG_END.search(name):
        return [(0, len(name))]
    cuts = [0]
    for m in ORG_INSIDE.finditer(name):
        end = m.end()
        if (
            end < len(name)
            and name[end] == level
            and end - cuts[-1] >= 3
            and ORG_END.search(name, 0, end)
        ):
            cuts.append(end)
    pieces = list(zip(cuts, [*cuts[1:], len(name)], strict=True))
    if len(pieces) > 1 and all(b - a >= 3 and ORG_END.search(name, a, b) for a, b in pieces):
        return pieces
    return [(0, len(name))]


_NAMES = [
    "市督查局市政协提案委",
    "区住建局市政工程处",
    "市财政局",
    "县县委办",
    "市市场监管局",
    "县教育局县财政局县人社局",
    "省发展改革委省财政厅",
    "市局市委",
    "镇人民政府镇村建设办",
    "乡政府",
    "",
]


def test_glued_level_count_reads_as_the_walk() -> None:
    names = list(_NAMES)
    for text in _LETTERS:
        for line in text.splitlines():
            # every stretch of a line from a level character: names in plenty
            names += [line[i : i + 24] for i, ch in enumerate(line) if ch in LEVELS]
    assert len(names) > at_least(1000, 200)
    assert sum(len(_glued_plain(name)) > 1 for name in names) >= 3  # not vacuous
    for name in names:
        assert cc._glued(name) == _glued_plain(name), name
