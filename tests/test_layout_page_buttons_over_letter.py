"""A page's buttons alone on a line over the letter (``朗读``, ``【打印】【关闭】``, ``打印本页
关闭窗口``), on a copy that shows no other sign of its page (no crumb, no footer: chrome
reads nothing there): the page's tools, never the title. A letter with no title line under
them has none (an earlier round read the read-aloud button as the title). Snippets
invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_TITLE = "关于增设某村公交站点的建议的答复"
_BODY = (
    "钱某代表：\n    您提出的建议收悉，现答复如下。\n    已列入明年计划。\n"
    "某县交通运输局\n2099年3月2日\n"
)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("朗读", id="read-aloud"),
        pytest.param("【打印】【关闭】", id="bracketed"),
        pytest.param("打印本页  关闭窗口", id="two-apart"),
    ],
)
def test_buttons_are_no_title(line: str) -> None:
    assert parse_text(f"\n{line}\n{_BODY}", keywords=False).title is None
    letter = parse_text(f"{line}\n{_TITLE}\n{_BODY}", keywords=False)
    assert letter.title == _TITLE
    assert letter.issuer == "某县交通运输局"


def test_a_title_that_names_reading_aloud_keeps_it() -> None:
    title = "关于开展中小学朗读比赛的建议的答复"
    assert parse_text(f"{title}\n{_BODY}", keywords=False).title == title
