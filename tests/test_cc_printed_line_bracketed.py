"""The 版记's 印发 line glued after the 抄送 list in round brackets (``…县教育局（2099年8月
24日印发）``): its opening bracket is the line's, no part of the last body nor a body of
its own (an earlier round read ``县教育局（`` or a lone ``（``). Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEAD = (
    "关于某某问题的答复\n王某代表：\n你提出的建议收悉，现答复如下：我局将加强管理。\n"
    "某县某局\n2099年5月6日\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "抄送：县财政局，县教育局（2099年8月24日印发）",
        "抄送：县财政局，县教育局(2099年8月24日印发)",
        "抄送：县财政局，县教育局 （2099年8月24日印发）",
        "抄送：县财政局，县教育局（2099年8月24日印发",
    ],
)
def test_the_bracket_is_the_printed_lines(tail: str) -> None:
    assert parse_text(_HEAD + tail + "\n").cc == ["县财政局", "县教育局"]


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        # must not change: a body's own bracket, the copies' count, the bare printed line
        ("抄送：县财政局，某县教育局（筹）", ["县财政局", "某县教育局（筹）"]),
        ("抄送：县财政局（2份），县教育局（1份）", ["县财政局", "县教育局"]),
        ("抄送：县财政局，县教育局 县某局办公室 2099年8月24日印发", ["县财政局", "县教育局"]),
    ],
)
def test_tidy_lists_unchanged(tail: str, want: list[str]) -> None:
    assert parse_text(_HEAD + tail + "\n").cc == want
