"""A heading glued to its paragraph in a copy that lost its line breaks, where the paragraph
opens by citing a document whose title holds a blank of the web copy's (``二、前期所做工作根据
《关于做好某某 工作的方案》…``): the blank ends no heading's line inside the 《…》 it opened,
so the glued heading ends at the paragraph's opening word as with no blank there (an earlier
round ran the paragraph's first sentence into the heading, dev168/004 glued). Snippets in our
own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued

OPENING = "钱某某代表：\n您提出的《关于改善乙镇学校午餐的建议》收悉，现答复如下：\n"
TAIL = "感谢您对我们工作的关心和支持。\n己县教育局\n2099年4月5日\n"


def _text(cited: str) -> str:
    return glued(
        OPENING
        + "一、基本情况\n全县有学校12所，其中乡镇学校4所。\n"
        + "二、前期所做工作\n根据"
        + cited
        + "（己教发〔2099〕3号），学校按家长意愿供餐，费用据实结算。\n"
        + TAIL
    )


@pytest.mark.parametrize(
    "cited",
    [
        pytest.param("《关于做好乙镇学校午餐 工作的实施方案》", id="blank-inside"),
        pytest.param("《关于做好乙镇学校午餐工作的实施方案》", id="no-blank"),
    ],
)
def test_heading_ends_before_the_citing_paragraph(cited: str) -> None:
    headings = [s.heading for s in parse_text(_text(cited), keywords=False).sections]
    assert headings == ["基本情况", "前期所做工作"]


def test_blank_after_a_closed_title_still_ends_a_short_heading() -> None:
    # a heading's line ended by the copy's blank, no 《 open: the gap ends it as before
    text = (
        OPENING.replace("\n", "")
        + "一、《某某方案》落实情况 全县已全部落实。二、下一步打算 我局将继续推进。"
        + TAIL.replace("\n", "")
    )
    headings = [s.heading for s in parse_text(text, keywords=False).sections]
    assert headings == ["《某某方案》落实情况", "下一步打算"]
