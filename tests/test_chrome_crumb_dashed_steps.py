"""A breadcrumb whose steps dashes part (``首页-政务公开-建议提案办理-正文``, a blank around
each dash or none) over the letter's title is the page's chrome, as the crumbs drawn with
``>``, ``>>`` or ``/`` are: the title opens after the crumb's last step, where the copy kept
its lines, flattened them with a blank, or glued them (left69; an earlier round kept the
glued crumb, or the spaced dashes, in the title)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from replyparse import parse_text
from snippets import COPIES

TITLE = "甲山县住房和城乡建设局关于县人大某届某次会议第12号建议的答复"
LETTER = (
    "{crumb}\n" + TITLE + "\n王某代表：\n"
    "您提出的关于加强老旧小区改造的建议收悉，现答复如下：\n"
    "我局已将老旧小区改造列入今年计划，共涉及小区8个。\n"
    "感谢您对我局工作的关心和支持。\n甲山县住房和城乡建设局\n2024年5月6日\n"
)


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize(
    "crumb",
    [
        "首页-政务公开-建议提案办理-正文",
        "首页 - 政务公开 - 建议提案办理 - 正文",
        "首页-政务公开-建议提案办理",
        "网站首页－政务公开－人大代表建议",
        "首页——政务公开——正文",
        # (the full-width hyphen with a blank around it, as its neighbours are read: left70)
        "首页 － 政务公开 － 正文",
        "网站首页 － 政务公开 － 人大代表建议",
    ],
)
def test_dashed_crumb_is_no_part_of_the_title(crumb: str, flatten: Callable[[str], str]) -> None:
    letter = parse_text(flatten(LETTER.format(crumb=crumb)), keywords=False)
    assert letter.title == TITLE
    assert letter.issuer == "甲山县住房和城乡建设局"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]


@pytest.mark.parametrize("flatten", COPIES)
def test_a_sentence_naming_the_home_page_with_dashes_stays_the_letters(
    flatten: Callable[[str], str],
) -> None:
    text = LETTER.format(crumb="").replace(
        "共涉及小区8个。", "已在县政府网站首页—政务公开—建议提案栏目公布。"
    )
    letter = parse_text(flatten(text.lstrip("\n")), keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某", "代表")]
    assert letter.issuer == "甲山县住房和城乡建设局"
    assert letter.signature.date == "2024-05-06"
