"""The salutation's names (resegment.py, ``_Reader._names_start``): the bounds before the
names searched only where their characters stand, read as the plain searches.

``_TITLE_END`` is searched only in a run that holds one of ``_TITLE_END_CHARS``, and
``_HARD_BOUND`` only in one that holds 号 or ）: on every run of ``_NAME_RUN`` before a
role word in the letters (and in snippets of our own), each search finds nothing where
its gate is shut.
"""

from __future__ import annotations

import goldsets
from replyparse import resegment as R
from replyparse.textview import TextView, normalise_newlines
from replyparse.unwrap import unwrap

# Runs of names as a salutation's line may hold them, a title's ending or a number before.
_SNIPPETS = (
    "尊敬的王某",
    "关于某事的答复函李某",
    "第12号建议张三、李四",
    "姜某（等10位）",
    "王某（领衔）、刘某",
    "某局复函王某",
    "意见报告陈某",
    "1号代表建议黄某",
    "（二）周某",
    "亲爱的赵某·钱某，孙某",
)


def _runs() -> list[str]:
    """Every run of ``_NAME_RUN`` before a role word in the letters, and the snippets."""
    out = list(_SNIPPETS)
    for letter in goldsets.all_letters():
        norm = unwrap(TextView(normalise_newlines(letter.text()))).norm
        for m in R._SALUTATION_END.finditer(norm):
            lo = max(0, m.start() - R.MAX_NAMES)
            out.append(
                norm[m.start() - R._run_before(R._NAME_RUN, norm, lo, m.start()) : m.start()]
            )
    return out


def test_the_gates_shut_only_where_the_searches_find_nothing() -> None:
    runs = _runs()
    assert len(runs) > goldsets.at_least(200, 20)
    for text in runs:
        assert R._NAME_RUN.fullmatch(text)
        if not any(c in text for c in R._TITLE_END_CHARS):
            assert R._TITLE_END.search(text) is None, text
        if "号" not in text and "）" not in text:
            assert R._HARD_BOUND.search(text) is None, text
    # (the runs hold both kinds, so each gate is met open and shut)
    assert any(R._TITLE_END.search(t) for t in runs) and any(R._HARD_BOUND.search(t) for t in runs)


def test_a_closing_bracket_other_than_the_round_one_is_no_part_of_a_run() -> None:
    # (why _HARD_BOUND's bracket branch needs no gate: a run never holds one)
    for bracket in "〕]］】":
        assert R._NAME_RUN.fullmatch(f"王某{bracket}") is None
