"""A site's section name and a government's disclosure platform named alone on their
lines above the letter (``政府信息公开`` over ``某县人民政府信息公开``) are the page's chrome,
never the letter's title, even on a page that shows nothing else of itself: the platform's
name is a page's sign, and the section's name beside it the page's furniture. A line that
names what it answers (关于…, …的答复, 建议, 提案) or does more than name the platform
(``三是加强政府信息公开``) stays the letter's. Snippets in our own words, invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line
from snippets import COPIES

LETTER = (
    "钱某某、孙某某代表：\n"
    "你们提出的《关于硬化柳树坪村道的建议》收悉。现答复如下：\n"
    + "柳树坪村道已列入今年农村公路提档升级计划，预计年底前完工。" * 3
    + "\n乙县交通运输局\n2024年3月9日\n"
)


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("政府信息公开\n乙县人民政府信息公开\n", id="section-and-platform"),
        pytest.param("乙县人民政府信息公开\n", id="platform-alone"),
        pytest.param("丙市政府政务公开平台\n", id="city-platform"),
    ],
)
def test_platform_name_is_no_title(head: str) -> None:
    r = parse_text(head + LETTER)
    assert r.title is None
    assert r.issuer == "乙县交通运输局"
    assert [a.name for a in r.addressees] == ["钱某某", "孙某某"]


@pytest.mark.parametrize(
    "line",
    [
        "乙县人民政府信息公开",
        "丙市政府政务公开平台",
        "甲省人民政府信息公开专栏",
    ],
)
def test_platform_line_is_chrome(line: str) -> None:
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "关于加强政府信息公开的建议的答复",
        "对政府信息公开工作建议的答复",
        "三是加强政府信息公开",
        "乙县人民政府信息公开工作年度报告",
        "（一）政府信息公开",
        "政府信息公开",  # (the section's name alone: chrome only on a page, by its neighbours)
    ],
)
def test_letter_lines_stay(line: str) -> None:
    assert not is_chrome_line(line)


def test_title_about_disclosure_is_kept() -> None:
    r = parse_text("关于加强政府信息公开的建议的答复\n" + LETTER)
    assert r.title == "关于加强政府信息公开的建议的答复"


# A copy that lost its line breaks glues the platform's name, the section's name before it or
# not, to the salutation (``政府信息公开乙县人民政府信息公开钱某某、孙某某代表：…``): the names
# stay the page's, no title, as on their lines (fix140: an earlier round read the glued
# names as the title). A title about the disclosure glued so stays the title.
@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "head",
    [
        pytest.param("政府信息公开\n乙县人民政府信息公开\n", id="section-and-platform"),
        pytest.param("乙县人民政府信息公开\n", id="platform-alone"),
    ],
)
def test_platform_name_is_no_title_in_a_flattened_copy(
    flatten: Callable[[str], str], head: str
) -> None:
    r = parse_text(flatten(head + LETTER), keywords=False)
    assert r.title is None
    assert r.issuer == "乙县交通运输局"
    assert [a.name for a in r.addressees] == ["钱某某", "孙某某"]


@pytest.mark.parametrize("flatten", COPIES)
def test_title_about_disclosure_is_kept_in_a_flattened_copy(flatten: Callable[[str], str]) -> None:
    r = parse_text(flatten("关于加强乙县人民政府信息公开的建议的答复\n" + LETTER), keywords=False)
    assert r.title == "关于加强乙县人民政府信息公开的建议的答复"
