"""A long run of lines each opening with 二、 and a short heading (a hostile file, or a
page repeating one row): each such 二、, with no level open, asks whether an earlier line
opened with a heading of its shape (a first point written without its 一、). Each asking
read every line before it again (quadratic: 40,000 characters took seconds); the shapes of
the body's lines are now read once. The work is counted (headings matched), never timed.
Snippets are invented."""

from __future__ import annotations

import re

import pytest

from replyparse import parse_text
from replyparse.fields import sections

HEAD = (
    "庚县民政局关于县人大二届一次会议第4号建议的答复\n周某代表：\n您提出的建议收悉，现答复如下：\n"
)


class _Counted:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.match(text, pos)


def _matched(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    counted = _Counted(sections._POINT_HEADING)
    with monkeypatch.context() as patch:
        patch.setattr(sections, "_POINT_HEADING", counted)
        parse_text(text, keywords=False)
    return counted.calls


def test_headings_matched_grow_with_the_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    small = _matched(HEAD + "二、甲乙方面\n" * 300, monkeypatch)
    large = _matched(HEAD + "二、甲乙方面\n" * 600, monkeypatch)
    assert large < 2.5 * small, (small, large)


def test_a_first_point_without_its_numeral_still_opens_the_run() -> None:
    text = (
        HEAD
        + "养老方面：新建养老服务站两处。\n二、托育方面：新增托位三十个。\n"
        + "三、助残方面：发放补贴。\n感谢关心。\n庚县民政局\n2099年1月2日\n"
    )
    assert [s.number for s in parse_text(text, keywords=False).sections] == [2, 3]
