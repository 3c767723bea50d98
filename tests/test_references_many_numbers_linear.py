"""A letter of many 发文字号 that other readers find too (a lost bracket, an unfilled serial,
a number wrapped after its year), each asked whether it meets a number kept before it: the
test of each kept number was quadratic on a long letter (a flattened page, a hostile file).
Each is now asked of the stretches the kept ones cover (:meth:`Covered.meets`), and added
to them (:meth:`Covered.add`). The work is counted, never timed. Snippets are invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from replyparse import parse_text
from replyparse.context import Covered
from replyparse.fields import references
from workcount import lines_run

_HEAD = "关于某某问题的答复\n王某代表：\n你提出的建议收悉，现答复如下：\n"


@pytest.mark.parametrize(
    "unit",
    [
        "依据某府函〔2099〕15号和某办〔2099109号文件，",  # a bracket lost
        "依据某府函〔2099〕15号和某财建〔2099〕号文件，",  # a serial unfilled
        "依据某府函〔2099〕15号和某府发〔2099〕\n16号文件，",  # wrapped after its year
    ],
    ids=["lost-bracket", "unfilled", "wrapped"],
)
def test_work_grows_linearly(unit: str) -> None:
    small = lines_run((references,), lambda: parse_text(_HEAD + unit * 300))
    large = lines_run((references,), lambda: parse_text(_HEAD + unit * 600))
    assert large < 2.3 * small, (small, large)


def test_each_number_read_once() -> None:
    """Numbers the readers find, each a reference once, the doc number's own kept."""
    letter = parse_text(_HEAD + "依据某府函〔2099〕15号和某办〔2099109号、某财建〔2099〕号文件。\n")
    assert [r.text for r in letter.references] == [
        "某府函〔2099〕15号",
        "某办〔2099109号",
        "某财建〔2099〕号",
    ]


_RANGES = st.lists(
    st.tuples(st.integers(0, 40), st.integers(1, 6)).map(lambda r: (r[0], r[0] + r[1])),
    max_size=8,
)


@given(_RANGES, _RANGES)
def test_meets_and_add_are_the_plain_reading(kept: list[tuple[int, int]], found: list) -> None:
    """Kept so, the numbers are the ones the plain test of each kept range keeps."""
    plain = list(kept)
    plain.extend(w for w in found if not any(w[0] < b and a < w[1] for a, b in plain))
    covered = Covered.of(kept)
    halved = list(kept)
    for w in found:
        if not covered.meets(*w):
            covered.add(*w)
            halved.append(w)
    assert halved == plain
