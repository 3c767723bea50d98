"""The small extractors' gates read the same as the plain scans they skip: each is switched
off here (patched to let every letter through) and the answers compared over every gold
letter and invented lines."""

from __future__ import annotations

import re

import pytest

from goldsets import all_letters, at_least
from replyparse.closing import ORG_END, ORG_INSIDE
from replyparse.context import Context
from replyparse.fields import cc, standards
from replyparse.layout import segment
from replyparse.model import Letter
from replyparse.parser import REGISTRY
from replyparse.resegment import resegment
from replyparse.textview import TextView

_LETTERS = [g.text() for g in all_letters()]


def _contexts(extra: list[str]) -> list[Context]:
    """Each text read up to its standard codes, the extractors before them added."""
    out = []
    for text in _LETTERS + extra:
        view = resegment(TextView(text))
        ctx = Context(view=view, layout=segment(view), letter=Letter(source=None, text=text))
        for extractor in REGISTRY:
            if extractor.run is standards.extract:
                break
            for item in extractor.run(ctx):
                ctx.add(item)
        out.append(ctx)
    return out


# -- standards: the prefix letters ---------------------------------------------------------


def test_every_code_prefix_holds_a_gate_letter() -> None:
    m = re.match(r"\(\?:([A-Z|]+)\)", standards._CODE.pattern)
    assert m is not None
    prefixes = m.group(1).split("|")
    assert len(prefixes) >= 10
    for prefix in prefixes:
        assert any(letter in prefix for letter in standards._PREFIX_LETTERS), prefix


_CODES = [
    "按照GB/T 9704-2012执行。",
    "参照DB35/T 2036-2021和JGJ 79-2012。",
    "依据DL 5009-2014办理。",
    "依据SL 252-2017办理。",
    "执行HJ 2.2-2018，电话：0000-5550123。",
    "符合WS/T 10-2009和NY 525-2021、LY 1000-2019、YY 0466-2009、CJJ 1-2008。",
    "联系电话：0755-1234567，邮编518000。",
    "JT/T 1-2000",
    "GB 50016",
]


def test_standard_code_prefix_gate_skips_no_code(monkeypatch: pytest.MonkeyPatch) -> None:
    contexts = _contexts(_CODES)
    fast = [standards.extract(ctx) for ctx in contexts]
    monkeypatch.setattr(standards, "_PREFIX_LETTERS", ("",))  # ("" is in every text)
    assert fast == [standards.extract(ctx) for ctx in contexts]
    assert sum(bool(found) for found in fast) >= 5  # not vacuous


# -- cc: a body that holds its level once ---------------------------------------------------


def _glued_plain(name: str) -> list[tuple[int, int]]:
    """cc._glued as written before its count of the level (the walk over every name)."""
    if not name:
        return []
    level = name[0]
    if level not in cc._LEVELS or not ORG_END.search(name):
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
            names += [line[i : i + 24] for i, ch in enumerate(line) if ch in cc._LEVELS]
    assert len(names) > at_least(1000, 200)
    assert sum(len(_glued_plain(name)) > 1 for name in names) >= 3  # not vacuous
    for name in names:
        assert cc._glued(name) == _glued_plain(name), name
