"""A page's column heading alone on its line over the letter's title, one whose own words end
it (``人大代表建议专栏``, ``政协提案办理专栏``, ``建议提案办理结果公开``), is the page's, no
part of the title: over a title that names its own authority, flattened with a blank or glued
to it, and over a title with none (``关于…的答复``, ``对…的答复``) where no title's first line
ends so (left69; an earlier round glued the heading to the title)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

AUTHORITY = "甲山县住房和城乡建设局"
REST = "关于县人大某届某次会议第12号建议的答复"
LETTER = (
    "{heading}\n{title}\n王某代表：\n"
    "您提出的关于加强老旧小区改造的建议收悉，现答复如下：\n"
    "我局已将老旧小区改造列入今年计划，共涉及小区8个。\n"
    "感谢您对我局工作的关心和支持。\n" + AUTHORITY + "\n2024年5月6日\n"
)
HEADINGS = [
    "人大代表建议专栏",
    "政协提案办理专栏",
    "建议提案办理结果公开",
    "建议提案办理情况公开",
    # (the handling's account, the bodies' and kinds' words alone before it: left70)
    "人大代表建议办理情况",
    "建议提案办理情况",
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize("title", [AUTHORITY + REST, REST, "对县人大某届某次会议第12号建议的答复"])
def test_column_heading_is_no_part_of_the_title(
    heading: str, title: str, flatten: Callable[[str], str]
) -> None:
    letter = parse_text(flatten(LETTER.format(heading=heading, title=title)), keywords=False)
    assert letter.title == title
    assert letter.issuer == AUTHORITY
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


@pytest.mark.parametrize("flatten", COPIES)
def test_a_title_broken_over_two_lines_stays_whole(flatten: Callable[[str], str]) -> None:
    # (a first line that ends in no column's own word: the title's, broken)
    text = LETTER.format(heading="关于县人大某届某次会议", title="第12号建议的答复")
    assert parse_text(flatten(text), keywords=False).title == REST


# (a title whose first line ends in 办理情况 after the item's session or number, broken over
# two lines, stays whole: no column's words hold them; left70)
@pytest.mark.parametrize("flatten", COPIES)
def test_a_title_ending_its_first_line_in_its_handling_stays_whole(
    flatten: Callable[[str], str],
) -> None:
    title = "关于县政协某届某次会议第5号提案办理情况的答复"
    text = LETTER.format(heading="关于县政协某届某次会议第5号提案办理情况", title="的答复")
    assert parse_text(flatten(text), keywords=False).title == title
