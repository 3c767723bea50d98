"""A title that opens (关于…, 对…) after a blank line, or after lines the view dropped (a
page's chrome), under lines that neither open a title nor end one: those lines are header
(a site's menu the chrome does not know, a place's name over the title), the title begins
where it opens. A title broken over a blank line runs on, and so does one broken after its
issuer's name. Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "关于县政协十届二次会议第9号提案的答复"
LETTER = """

李某委员：

您提出的《关于整治某河道的提案》收悉，现答复如下：

我局将认真研究，逐步推进。

桐溪县水务局
2024年6月8日
"""

PARTED = [
    pytest.param("综合信息 政务公开 提案办理", TITLE, id="menu-with-a-kind-word"),
    pytest.param("某省桐溪县", TITLE, id="place-name"),
    pytest.param("2024年第9号", TITLE, id="year-and-number"),
    pytest.param("综合信息 政务公开", "对县政协十届二次会议第9号提案的答复", id="opens-with-dui"),
]


@pytest.mark.parametrize(("above", "title"), PARTED)
def test_a_line_over_a_blank_line_is_no_part_of_the_title(above: str, title: str) -> None:
    assert parse_text(f"{above}\n\n{title}{LETTER}").title == title


def test_a_line_over_dropped_chrome_is_no_part_of_the_title() -> None:
    # the page's heading, which the title under it writes again, is chrome
    text = f"某某栏目\n{TITLE}\n{TITLE}{LETTER}"
    assert parse_text(text).title == TITLE


RUNS_ON = [
    pytest.param("关于县政协十届二次会议\n\n第9号提案的答复", TITLE, id="broken-after-about"),
    pytest.param(
        "对县政协十届二次会议\n\n第9号提案的答复",
        "对县政协十届二次会议第9号提案的答复",
        id="broken-after-dui",
    ),
    pytest.param(
        "桐溪县水务局\n桐水函〔2024〕3号\n桐溪县水务局\n\n" + TITLE,
        "桐溪县水务局" + TITLE,
        id="broken-after-its-issuer",
    ),
]


@pytest.mark.parametrize(("text", "title"), RUNS_ON)
def test_a_title_broken_over_a_blank_line_runs_on(text: str, title: str) -> None:
    assert parse_text(text + LETTER).title == title


def test_a_place_right_over_the_title_is_header() -> None:
    # no blank line between: a place's name alone is header all the same
    # (tests/test_title_place_over_title.py)
    assert parse_text(f"某省桐溪县\n{TITLE}{LETTER}").title == TITLE
