"""A breadcrumb copied one step a line (``首页`` / ``县政协提案``) may stand right over the
letter's own issuer's name, then the title (``某县某局`` / ``对…的答复``): the run of steps
ends at the name, which stays the letter's, and the steps above it are still the crumb's.
(An earlier round kept only the 首页 as the crumb's there, as where more short names
follow than a crumb has steps, and glued the steps and the name into the title, where
the name is short: ``县政协提案丑县水务局对…的答复``.) Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "对县八届政协三次会议第27号提案的答复"
REST = (
    "浏览：88次 时间：2099年7月8日\n\n"
    "孔某某委员：\n\n"
    "您提出的《关于加快某镇污水管网建设的提案》收悉，现答复如下：\n\n"
    "某镇污水管网一期工程已完工，二期列入明年计划。\n\n"
    "谢谢您一直关注水务工作。\n\n"
    "丑县水务局\n\n2099年7月8日\n"
)


@pytest.mark.parametrize(
    "steps",
    [
        ["首页", "县政协提案"],
        ["网站首页", "政务公开", "提案办理"],
        ["首页", "政务公开", "建议提案", "提案办理"],
    ],
)
def test_steps_over_the_issuer_s_name_are_the_crumb_s(steps: list[str]) -> None:
    page = "\n".join([*steps, "丑县水务局", TITLE]) + "\n" + REST
    letter = parse_text(page, keywords=False)
    assert letter.title == TITLE
    assert letter.issuer == "丑县水务局"


def test_more_short_names_than_steps_keep_the_reading() -> None:
    # (four short names under 首页: more than a crumb's steps; the page's other rules read
    # them, the title and the issuer as before)
    steps = ["首页", "县政协", "委员提案", "办理答复", "提案摘编", "丑县水务局"]
    page = "\n".join([*steps, TITLE]) + "\n" + REST
    letter = parse_text(page, keywords=False)
    assert letter.title == TITLE
    assert letter.issuer == "丑县水务局"


def test_issuer_under_home_alone_stays() -> None:
    page = "首页\n丑县水务局\n" + TITLE + "\n" + REST
    letter = parse_text(page, keywords=False)
    assert letter.title == TITLE
    assert letter.issuer == "丑县水务局"
