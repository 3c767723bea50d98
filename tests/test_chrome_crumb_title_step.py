"""A crumb whose last step, after its step mark and a blank, is the reply's whole title with
its authority (``首页 > 政府信息公开 > 甲山县交通局关于…的答复``), the page writing no heading
under it: the page's only title, read with its authority on the line as the page kept it and
flattened with blanks (an earlier round dropped the whole line as the crumb, or cut the
authority off as the crumb's last step). A heading under the crumb that writes the title
again is the title, the crumb chrome whole; glued with nothing between, the step and a title
on the line under it read alike, and the authority stays the crumb's. Invented words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import glued, spaced
from spans import span_problems

REPLY = (
    "王某代表：\n您提出的关于治理河道的建议收悉，现答复如下：\n我局已加强巡查。\n"
    "甲山县交通局\n2099年5月6日\n"
)
WHOLE = "甲山县交通局关于王某代表建议的答复"


@pytest.mark.parametrize(
    "flatten", [pytest.param(str, id="lined"), pytest.param(spaced, id="blank")]
)
@pytest.mark.parametrize(
    "crumb",
    [
        pytest.param("首页 > 政府信息公开 > ", id="home"),
        pytest.param("当前位置：首页 > 建议提案 > ", id="lead"),
    ],
)  # fmt: skip
def test_a_crumbs_last_step_that_is_the_only_title(
    crumb: str, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten(crumb + WHOLE + "\n" + REPLY), keywords=False)
    assert letter.title == WHOLE
    assert letter.issuer == "甲山县交通局"
    assert span_problems(letter) == []


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        pytest.param(WHOLE, WHOLE, id="written-again"),
        pytest.param("关于王某代表建议的答复", "关于王某代表建议的答复", id="heading-without-authority"),
    ],
)  # fmt: skip
def test_a_heading_under_the_crumb_is_the_title(heading: str, title: str) -> None:
    text = "首页 > 政府信息公开 > " + WHOLE + "\n" + heading + "\n" + REPLY
    assert parse_text(text, keywords=False).title == title


def test_glued_the_step_keeps_the_authority() -> None:
    text = glued("首页 > 政府信息公开 > " + WHOLE + "\n" + REPLY)
    assert parse_text(text, keywords=False).title == "关于王某代表建议的答复"


def test_a_sections_step_glued_to_the_title_is_no_authority() -> None:
    # (the section's banner the step names, the heading glued to it: the crumb's, as before)
    text = "当前位置: 首页 > 信息公开 > 建议提案办理结果公开" + WHOLE + "\n" + REPLY
    letter = parse_text(text, keywords=False)
    assert not (letter.title or "").startswith("建议提案")
    assert not (letter.issuer or "").startswith("建议提案")
