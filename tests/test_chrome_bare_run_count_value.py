"""A flattened page's metadata table without colons, in a run of two labels or more
(chrome._bare_run), whose last cell is a count (浏览量 12, 阅读次数 12次) with the
salutation glued after its figures: the figures are the page's, the names after them the
salutation's, as after a count's colon (浏览量：12王某代表：). A tidy page, a labelled
count and a count label standing alone (no run) keep their reading."""

import pytest

from replyparse import parse_text

TITLE = "关于增设城区公共停车位的提案的答复"
BODY = (
    "钱某某委员：\n你在县政协第五届二次会议上提出的《关于增设城区公共停车位的提案》收悉，"
    "现将办理情况答复如下：\n"
    "我局已在城区新建公共停车场两处，施划停车泊位四百个。\n"
    "下一步，我局将结合老旧小区改造，继续挖掘停车资源，缓解停车难问题。\n"
    "感谢你对城市管理工作的关心和支持。\n"
    "癸县城市管理局\n2099年4月5日\n"
)
CRUMB = "首页 > 政务公开 > 建议提案\n\n"


def _glued(page: str) -> str:
    return "".join(line.strip() for line in page.split("\n"))


@pytest.mark.parametrize(
    "cells",
    [
        "发布时间 2099-04-06  浏览量 12",
        "发布时间 2099-04-06  阅读次数 12次",
        "索引号 x-01 点击量  305",
    ],
)
def test_count_value_glued_to_salutation(cells: str) -> None:
    letter = parse_text(_glued(CRUMB + TITLE + "\n" + cells + "\n\n" + BODY), keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("钱某某", "委员")]


@pytest.mark.parametrize(
    "page",
    [
        CRUMB + TITLE + "\n发布时间 2099-04-06  浏览量 12\n\n" + BODY,  # tidy: lines kept
        _glued(CRUMB + TITLE + "\n发布时间：2099-04-06  浏览量：12\n\n" + BODY),
    ],
)
def test_tidy_and_labelled_pages_keep_their_reading(page: str) -> None:
    letter = parse_text(page, keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("钱某某", "委员")]
