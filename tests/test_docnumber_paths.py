"""The 发文字号 reader's shortcuts (issue #9) give what its plain readings give: the numbers
written with the year first matched only at the brackets a digit follows, a damaged one
read only on a part that ends with a digit or 号, the brackets asked by ``in`` before
``find``. Compared over every gold letter, their perturbations, invented lines and random
text over the characters that matter."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from goldsets import all_letters, at_least, perturbed_texts
from replyparse.elements import damaged_doc_number, gap_parts
from replyparse.fields import docnumber
from replyparse.labels import gap_before, opening_label
from replyparse.resegment import resegment
from replyparse.textview import Line, TextView
from replyparse.unwrap import unwrap

_INVENTED = [
    "[2016]某政复函 3号\n【2016】某政函3号\n（2016）某民终3号代表",
    "某交复〔2022〕闭会15号  [2019]某办第12号",
    "关于〔2021〕某某的答复  〈2020〉某局发7号 <2020>某委函 8号",
    "某发〔202527\n某发2025〕27号\n文号：某议字20182\n某发〔202527号 某发〔2025〕27",
    "某发〔２０２５２７\n某办［2019１２",
    "",
]
_ALPHABET = "〔〕[]［］【】（）〈〉<>2019２号第某政函发字关于 \n　"


def _view(text: str) -> TextView:
    return resegment(unwrap(TextView(text)))


_VIEWS = [_view(text) for text in [g.text() for g in all_letters()] + perturbed_texts()]


def _year_first_plain(view: TextView, start: int, end: int) -> list[tuple[int, int, str]]:
    """The spans and texts the plain scan of ``_YEAR_FIRST`` gives."""
    out: list[tuple[int, int, str]] = []
    for m in docnumber._YEAR_FIRST.finditer(view.norm, start, end):
        at = m.start()
        if at > 0 and docnumber._PREFIX_CHAR.match(view.norm, at - 1) and not gap_before(view, at):
            continue
        out.append((at, m.end(), view.source(at, m.end())[0]))
    return out


def _damaged_plain(view: TextView, start: int, end: int) -> tuple[int, int] | None:
    label = opening_label(view, Line(0, start, end, view.norm[start:end]))
    if label is not None and label.entry.field != "doc_number":
        return None
    at = label.value if label is not None else start
    m = damaged_doc_number(view.norm[at:end])
    if m is None or at + m.end() != end:
        return None
    return at + m.start(), at + m.end()


def _check(view: TextView) -> int:
    """Compare each shortcut on ``view`` with its plain reading; how many found."""
    norm = view.norm
    plain = [m.start() for m in re.finditer(f"[{re.escape(docnumber.BRACKETS)}]\\d", norm)]
    assert docnumber.before_digit(norm, docnumber.BRACKETS) == plain
    found = 0
    for line in view.lines:
        for start, end in ((line.start, line.end), (0, line.end), (line.start, len(norm))):
            fast = [
                (f.start, f.end, f.item.text) for f in docnumber.find_year_first(view, start, end)
            ]
            assert fast == _year_first_plain(view, start, end)
            found += len(fast)
        for part in gap_parts(view, line):
            damaged = docnumber._damaged_at(view, part)
            got = None if damaged is None else (damaged.start, damaged.end)
            assert got == _damaged_plain(view, part.start, part.end)
            found += got is not None
    return found


def test_the_shortcuts_give_the_plain_readings() -> None:
    found = sum(_check(view) for view in [*_VIEWS, *map(_view, _INVENTED)])
    assert found >= at_least(20, 5)  # not vacuous


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_the_shortcuts_on_any_text(text: str) -> None:
    _check(_view(text))
