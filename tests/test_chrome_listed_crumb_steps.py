"""A page's breadcrumb copied without its arrows, one step a line: a lone 首页 (or 网站首页)
near the top, then the channel's short names, over the title (``网站首页`` / ``县政协提案`` /
``对…第12号提案的答复``), on a page known by another sign. The steps are the site's, never
the title's first lines; an authority's name or a short title under 首页 stays the letter's.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "对县九届政协二次会议第12号提案的答复"
REST = (
    "浏览：120次 时间：2099年5月6日\n\n"
    "郑某某委员：\n\n"
    "您提出的《关于改善乡村道路照明的建议》收悉，现答复如下：\n\n"
    "我局已在三个乡镇主干道安装路灯八十盏，其余路段列入明年计划。\n\n"
    "感谢您对我们工作的关心和支持。\n\n"
    "子县交通运输局\n\n2099年5月6日\n"
)


@pytest.mark.parametrize(
    "steps",
    [
        ["网站首页", "县政协提案"],
        ["首页", "政务公开", "建议提案办理"],
    ],
)
def test_crumb_steps_over_title_are_chrome(steps: list[str]) -> None:
    page = "\n".join(steps) + "\n" + TITLE + "\n" + REST
    letter = parse_text(page, keywords=False)
    assert letter.title == TITLE
    assert letter.proposal.number == "12"


def test_authority_under_home_stays() -> None:
    page = "首页\n子县交通运输局\n" + TITLE + "\n" + REST
    letter = parse_text(page, keywords=False)
    assert letter.issuer == "子县交通运输局"
    assert letter.title == TITLE


def test_letter_without_crumb_keeps_its_reading() -> None:
    letter = parse_text(TITLE + "\n" + REST, keywords=False)
    assert letter.title == TITLE
    assert letter.proposal.number == "12"
