"""An inline run the proposal wrote, quoted by the reply, is none of its sections.

A reply often repeats what the deputy asked for, numbered as the proposal numbered it:
inside quotation marks (您提出的“一是…；二是…”的建议) or after the proposer saying it (您在
建议中提出一是…，二是…). Sections come from the reply's own text (the corpus's gold rules),
so such a run gives none; the reply's own 一是 runs, also in the same paragraph after it,
are read as ever. Snippets are invented.
"""

from __future__ import annotations

import pytest

from test_sections import Flat, flat, parse

_ANSWER = "\n一、基本情况\n我局一是完善制度；二是加强巡查。"
_ANSWER_FLAT: list[Flat] = [
    (1, 1, "一、", "基本情况"),
    (2, 1, "一是", "完善制度"),
    (2, 2, "二是", "加强巡查"),
]

# The proposal's run: not read, the reply's own sections below it are.
QUOTED_FROM_THE_PROPOSAL = [
    pytest.param(
        "您提出的“一是加快东线改造；二是增开夜班公交”的建议收悉，现答复如下：" + _ANSWER,
        id="curly-quotes-in-the-opening",
    ),
    pytest.param(
        '您提出的"一是加快东线改造；二是增开夜班公交"的建议收悉，现答复如下：' + _ANSWER,
        id="straight-quotes-of-a-web-copy",
    ),
    pytest.param(
        "关于“一是加快东线改造；二是增开夜班公交”的建议收悉，现答复如下：" + _ANSWER,
        id="curly-quotes-with-no-proposer",
    ),
    pytest.param(
        '关于"一是加快东线改造；二是增开夜班公交"的建议收悉，现答复如下：' + _ANSWER,
        id="straight-quotes-with-no-proposer",
    ),
    pytest.param(
        "你们提出的‘其一，增设站点；其二，延长班次’的建议收悉。" + _ANSWER,
        id="qi-run-in-single-quotes",
    ),
    pytest.param(
        "您提出的建议收悉。您在建议中提出一是加快东线改造，二是增开夜班公交。现答复如下："
        + _ANSWER,
        id="in-the-proposal-said-glued",
    ),
    pytest.param(
        "您在提案中提出：一是加快东线改造；二是增开夜班公交。现答复如下：" + _ANSWER,
        id="proposer-says-colon",
    ),
    pytest.param(
        "王五等代表建议，一是加快东线改造；二是增开夜班公交。经研究，答复如下：" + _ANSWER,
        id="deputies-suggest-comma",
    ),
    pytest.param(
        "委员在来信中反映：一是路面破损；二是路灯不亮。" + _ANSWER,
        id="letter-reports",
    ),
    pytest.param(
        "您提出的一是加快东线改造、二是增开夜班公交的建议收悉。" + _ANSWER,
        id="proposer-said-de",
    ),
    pytest.param(
        "您在建议中提出：1、加快东线改造；2、增开夜班公交。现答复如下：" + _ANSWER,
        id="arabic-run-after-the-proposers-colon",
    ),
    pytest.param(
        "代表建议：（一）加快东线改造；（二）增开夜班公交。现答复如下：" + _ANSWER,
        id="paren-run-after-the-proposers-colon",
    ),
    pytest.param(
        "您提出：第一，加快东线改造；第二，增开夜班公交。现答复如下：" + _ANSWER,
        id="di-run-after-the-proposers-colon",
    ),
]


@pytest.mark.parametrize("text", QUOTED_FROM_THE_PROPOSAL)
def test_the_proposals_run_is_no_section(text: str) -> None:
    sections, _ = parse(text)
    assert flat(sections) == _ANSWER_FLAT


# The reply's own runs, next to a proposer or a quotation mark: read.
THE_REPLYS_OWN = [
    pytest.param(
        "根据代表建议，一是加快东线改造；二是增开夜班公交。",
        [(1, 1, "一是", "加快东线改造"), (1, 2, "二是", "增开夜班公交")],
        id="according-to-the-suggestion",
    ),
    pytest.param(
        "对于您提出的建议，一是加快东线改造；二是增开夜班公交。",
        [(1, 1, "一是", "加快东线改造"), (1, 2, "二是", "增开夜班公交")],
        id="as-to-the-suggestion",
    ),
    pytest.param(
        "针对您提出的问题，我局一是加快东线改造；二是增开夜班公交。",
        [(1, 1, "一是", "加快东线改造"), (1, 2, "二是", "增开夜班公交")],
        id="the-bureau-acts-on-it",
    ),
    pytest.param(
        "您提出的问题我局认真研究后提出一是加快东线改造；二是增开夜班公交。",
        [(1, 1, "一是", "加快东线改造"), (1, 2, "二是", "增开夜班公交")],
        id="the-bureau-between-the-proposer-and-the-run",
    ),
    pytest.param(
        '关于"东线改造问题，一是加快改造；二是增开夜班公交。',
        [(1, 1, "一是", "加快改造"), (1, 2, "二是", "增开夜班公交")],
        id="straight-quote-never-closed-on-its-line",
    ),
    pytest.param(
        "您提出的建议收悉，现答复如下：1、加快东线改造；2、增开夜班公交。",
        [(1, 1, "1、", "加快东线改造"), (1, 2, "2、", "增开夜班公交")],
        id="arabic-run-after-the-answer-lead-in",
    ),
    pytest.param(
        "根据代表建议：第一，加快东线改造；第二，增开夜班公交。",
        [(1, 1, "第一，", "加快东线改造"), (1, 2, "第二，", "增开夜班公交")],
        id="di-run-according-to-the-suggestion",
    ),
    pytest.param(
        "您提出的建议收悉，现答复如下：一是加快东线改造；二是增开夜班公交。",
        [(1, 1, "一是", "加快东线改造"), (1, 2, "二是", "增开夜班公交")],
        id="after-the-answer-lead-in",
    ),
    pytest.param(
        "您提出的“关于东线改造”的建议很有针对性，我们一是加快改造；二是增开夜班公交。",
        [(1, 1, "一是", "加快改造"), (1, 2, "二是", "增开夜班公交")],
        id="quote-closed-before-the-run",
    ),
    pytest.param(
        "关于“东线改造问题，一是加快改造；二是增开夜班公交。",
        [(1, 1, "一是", "加快改造"), (1, 2, "二是", "增开夜班公交")],
        id="quote-never-closed-on-its-line",
    ),
    pytest.param(
        "您在建议中提出一是加快东线改造，二是增开夜班公交。对此，我局一是列入计划；二是调整线路。",
        [(1, 1, "一是", "列入计划"), (1, 2, "二是", "调整线路")],
        id="the-replys-run-after-the-proposals-in-one-paragraph",
    ),
    pytest.param(
        "您提出的建议收悉。\n一是加快东线改造；二是增开夜班公交。",
        [(1, 1, "一是", "加快东线改造"), (1, 2, "二是", "增开夜班公交")],
        id="run-on-the-next-line",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THE_REPLYS_OWN)
def test_the_replys_own_run_is_read(text: str, expected: list[Flat]) -> None:
    sections, _ = parse(text)
    assert flat(sections) == expected
