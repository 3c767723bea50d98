"""A title that quotes only the item's designation, its session and number
(关于“某市政协十三届二次会议第103号提案”的答复), quotes no proposal's title: the opening's
quoted title is the proposal's. Snippets are invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

OPENING = "王某委员：\n您提出的《关于开放机关内部停车场的提案》收悉。现答复如下：\n感谢。\n某局\n2018年7月23日\n"


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("关于“某市政协十三届二次会议第103号提案”的答复", id="session-and-number"),
        pytest.param("关于“第103号提案”的答复", id="number-alone"),
        pytest.param("关于“市政协十三届二次会议第103号委员提案”的答复", id="whose-before-kind"),
    ],
)
def test_a_quoted_designation_is_no_title(title: str) -> None:
    proposal = parse_text(f"{title}\n{OPENING}").proposal
    assert proposal is not None
    assert proposal.title == "关于开放机关内部停车场的提案"
    assert proposal.number == "103"


def test_a_quoted_title_ending_in_its_kind_stays_the_title() -> None:
    proposal = parse_text(f"关于“加快某港建设的提案”的答复\n{OPENING}").proposal
    assert proposal is not None
    assert proposal.title == "加快某港建设的提案"
