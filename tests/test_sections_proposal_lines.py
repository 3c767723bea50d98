"""A proposal's points quoted on lines of their own, under the proposer saying them alone on
a line (``您建议：`` then ``一、…`` ``二、…``), are none of the reply's sections, as an inline
run the proposal wrote is not (test_sections_proposal_runs.py).

Read so only where the run is certainly the proposal's: it ends at a line saying the reply's
answer follows (``现答复如下：``, ``经研究，函复如下：``), or where the same markers start
again at 1 (the reply answering point by point). A reply that answers under its own
numbered headings after ``您提出的建议：``, a lead-in that is the reply's (``针对您提出的
建议：``), or a run broken by another level's marker stays as it is. Snippets are invented.
"""

from __future__ import annotations

import pytest

from test_sections import Flat, flat, parse

_REPLY = "一、关于东线改造\n已列入年度计划。\n二、关于夜班公交\n已开通两条线路。"
_REPLY_FLAT: list[Flat] = [(1, 1, "一、", "关于东线改造"), (1, 2, "二、", "关于夜班公交")]

QUOTED = [
    pytest.param(
        "您建议：\n一、加快东线改造。\n二、增开夜班公交。\n现答复如下：\n" + _REPLY,
        _REPLY_FLAT,
        id="same-markers-after-the-answer-line",
    ),
    pytest.param(
        "您在建议中提出：\n1.加快东线改造；\n2.增开夜班公交。\n经研究，现答复如下：\n" + _REPLY,
        _REPLY_FLAT,
        id="arabic-points-then-the-replys-cn-headings",
    ),
    pytest.param(
        "您在建议中提出以下几点：\n（一）加快东线改造；\n（二）增开夜班公交；\n（三）延长运营时间。\n"
        "现将办理情况答复如下：\n" + _REPLY,
        _REPLY_FLAT,
        id="three-paren-points-how-many-said",
    ),
    pytest.param(
        "王某等代表建议：\n一是加快东线改造；\n二是增开夜班公交。\n经认真研究，函复如下：\n"
        "我局一是列入计划；二是调整线路。",
        [(1, 1, "一是", "列入计划"), (1, 2, "二是", "调整线路")],
        id="inline-markers-one-a-line",
    ),
    pytest.param(
        "委员在提案中提出：\n一是加快东线改造；二是增开夜班公交。\n现回复如下：\n" + _REPLY,
        _REPLY_FLAT,
        id="inline-run-on-one-line",
    ),
    pytest.param(
        "您提出的建议：\n1.加快东线改造。\n建议分两期实施。\n2.增开夜班公交。\n现答复如下：\n"
        + _REPLY,
        _REPLY_FLAT,
        id="a-point-over-two-lines",
    ),
    pytest.param(
        "您建议：\n一、加快东线改造。\n二、增开夜班公交。\n" + _REPLY,
        _REPLY_FLAT,
        id="the-reply-answers-point-by-point",
    ),
    pytest.param(
        "你们提出了三点建议：\n1.加快东线改造；\n2.增开夜班公交；\n3.延长运营时间。\n"
        "现答复如下：\n1.关于东线改造。已列入计划。\n2.关于夜班公交。已开通。",
        [(1, 1, "1.", "关于东线改造"), (1, 2, "2.", "关于夜班公交")],
        id="how-many-points-said",
    ),
    pytest.param(
        "您提出如下：\n一、加快东线改造。\n二、增开夜班公交。\n现答复如下：\n" + _REPLY,
        _REPLY_FLAT,
        id="as-follows",
    ),
    pytest.param(
        "您在提案中反映的问题：\n一、东线改造滞后。\n二、夜班公交不足。\n现答复如下：\n" + _REPLY,
        _REPLY_FLAT,
        id="the-problems-reported",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_quoted_points_are_no_sections(text: str, expected: list[Flat]) -> None:
    sections, diagnostics = parse(text)
    assert flat(sections) == expected
    assert diagnostics == []


THE_REPLYS_OWN = [
    pytest.param(
        "您提出的建议：\n一、关于东线改造。我局已列入计划。\n二、关于夜班公交。已开通。\n感谢您的关心。",
        [(1, 1, "一、", "关于东线改造"), (1, 2, "二、", "关于夜班公交")],
        id="the-reply-answers-under-its-own-headings",
    ),
    pytest.param(
        "您提出的建议：\n一、关于东线改造。我局已列入计划。\n二、关于夜班公交。已开通。\n"
        "现将下一步打算说明如下：\n继续推进。",
        [(1, 1, "一、", "关于东线改造"), (1, 2, "二、", "关于夜班公交")],
        id="a-later-line-saying-more-follows",
    ),
    pytest.param(
        "针对您提出的建议：\n一、加快东线改造。\n二、增开夜班公交。\n现答复如下：\n继续推进。",
        [(1, 1, "一、", "加快东线改造"), (1, 2, "二、", "增开夜班公交")],
        id="the-replys-lead-in",
    ),
    pytest.param(
        "关于您提出的建议：\n1.加快东线改造。\n2.增开夜班公交。\n现答复如下：\n继续推进。",
        [(1, 1, "1.", "加快东线改造"), (1, 2, "2.", "增开夜班公交")],
        id="the-replys-lead-in-about",
    ),
    pytest.param(
        "您建议：\n一、加快东线改造。\n现答复如下：\n继续推进。",
        [(1, 1, "一、", "加快东线改造")],
        id="one-point-only",
    ),
    pytest.param(
        "您建议：\n一、加快东线改造。\n（一）新建站点。\n二、增开夜班公交。\n现答复如下：\n继续推进。",
        [
            (1, 1, "一、", "加快东线改造"),
            (2, 1, "（一）", "新建站点"),
            (1, 2, "二、", "增开夜班公交"),
        ],
        id="another-level-inside",
    ),
    pytest.param(
        "您提出的建议：\n一、关于东线改造\n已列入计划。\n二、关于夜班公交\n1.新开两条线路。\n"
        "2.延长运营时间。\n现将其他情况答复如下：\n继续推进。",
        [
            (1, 1, "一、", "关于东线改造"),
            (1, 2, "二、", "关于夜班公交"),
            (2, 1, "1.", "新开两条线路"),
            (2, 2, "2.", "延长运营时间"),
        ],
        id="a-child-level-is-no-new-run",
    ),
    pytest.param(
        "您建议：加快东线改造。\n一、关于东线改造\n已列入计划。\n二、关于夜班公交\n已开通。\n现答复如下：",
        _REPLY_FLAT,
        id="lead-in-not-alone-on-its-line",
    ),
    pytest.param(
        "您建议：\n近年来我市公交发展较快。\n一、加快东线改造。\n二、增开夜班公交。\n现答复如下：\n继续推进。",
        [(1, 1, "一、", "加快东线改造"), (1, 2, "二、", "增开夜班公交")],
        id="points-not-right-under-the-lead-in",
    ),
    pytest.param(
        "您建议：\n二、加快东线改造。\n三、增开夜班公交。\n现答复如下：\n" + _REPLY,
        _REPLY_FLAT,
        id="not-numbered-from-one",
    ),
]


@pytest.mark.parametrize(("text", "expected"), THE_REPLYS_OWN)
def test_the_replys_own_points_are_read(text: str, expected: list[Flat]) -> None:
    sections, _ = parse(text)
    assert flat(sections) == expected
