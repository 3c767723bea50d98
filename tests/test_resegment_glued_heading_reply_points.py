"""A reply template's headings glued to their paragraphs (a copy that lost its line breaks
with nothing between): the point that answers what was raised (``二、关于建议中反映问题的回应``,
``回应`` a reply's topic as ``答复`` is, after 的) over a paragraph turning to the member, and
the point-by-point answer (``三、关于对建议内容的逐条答复``: 逐条 between the 的 and 答复)
over a paragraph that names the point in quotes (``关于“…”的建议，…``). Each heading ends
there, as on the kept lines (an earlier round ran the paragraph's first sentence into the
heading, dev131/003). The verb (``积极回应群众关切``, ``逐条答复了代表``) ends no heading.
Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import glued

OPENING = "孙某某代表：\n您提出的《关于修缮甲村祠堂的建议》收悉，现答复如下：\n"
TAIL = "感谢您对我们工作的关心和支持。\n戊县某某局\n2099年3月4日\n"
TIDY = (
    OPENING
    + "一、办理工作开展情况\n我局高度重视，及时召开会议研究。\n"
    + "二、关于建议中反映问题的回应\n您的建议谈到“甲村祠堂年久失修”。\n"
    + "三、关于对建议内容的逐条答复\n关于“拨付专项资金修缮祠堂”的建议，我们的办理意见如下：\n"
    + "我局将积极争取资金。\n"
    + TAIL
)
WANT = ["办理工作开展情况", "关于建议中反映问题的回应", "关于对建议内容的逐条答复"]


def _headings(text: str) -> list[str | None]:
    return [s.heading for s in parse_text(text, keywords=False).sections]


@pytest.mark.parametrize("text", [TIDY, glued(TIDY)], ids=["lined", "glued"])
def test_the_reply_points_headings_end_at_their_topic(text: str) -> None:
    assert _headings(text) == WANT


@pytest.mark.parametrize(
    "section",
    [
        pytest.param("一、积极回应群众关切我局已召开座谈会。\n", id="respond-verb"),
        pytest.param("一、及时逐条答复代表提出的问题我局已召开座谈会。\n", id="answer-verb"),
    ],
)
def test_the_verb_ends_no_heading(section: str) -> None:
    text = glued(OPENING + section + TAIL)
    verb = "回应" if "回应" in section else "答复"
    (heading,) = _headings(text)
    assert heading is not None
    assert not heading.endswith(verb)  # (its object after it, 群众关切, 代表提出的问题)


# the paragraph may name the point it answers unquoted, by the item's word or the member who
# asked (``关于建议…，``, ``关于您提出的…，``): the heading ends before it as before the quote
# (fix168)
@pytest.mark.parametrize(
    "point",
    [
        pytest.param("关于建议增设甲村候车亭，我局研究后认为：", id="item-word"),
        pytest.param("关于您提出的候车亭问题，我局研究后认为：", id="member-asked"),
    ],
)
def test_unquoted_point_after_the_point_by_point_heading(point: str) -> None:
    text = glued(
        OPENING
        + "一、办理工作开展情况\n我局高度重视，及时召开会议研究。\n"
        + "二、关于对建议内容的逐条答复\n"
        + point
        + "一是已列入计划。二是已拨付资金。\n"
        + TAIL
    )
    assert _headings(text) == ["办理工作开展情况", "关于对建议内容的逐条答复"]
