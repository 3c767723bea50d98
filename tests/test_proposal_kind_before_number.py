"""The kind word written right before the item's number in the title (代表建议、批评和意见第542号
办理情况的答复, 建议第12号的答复) names the item as one right after the number does: the
compound whole, over the ending of the proposal's own title in the opening. Snippets are
invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

OPENING = "王某代表：\n您提出的《关于加快某港建设的提案》收悉。现答复如下：\n感谢。\n某厅\n2016年7月29日\n"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        pytest.param(
            "关于某省五届人大四次会议代表建议、批评和意见第542号办理情况的答复",
            "建议、批评和意见",
            id="compound-after-whose",
        ),
        pytest.param(
            "关于某省五届人大四次会议建议、批评和意见第542号的答复",
            "建议、批评和意见",
            id="compound-before-di-hao",
        ),
        pytest.param("关于某省五届人大四次会议建议第12号的答复", "建议", id="plain-kind"),
        pytest.param("关于某县政协十届二次会议提案第7号的答复", "提案", id="proposal-kind"),
    ],
)
def test_the_kind_before_the_number_names_the_item(title: str, kind: str) -> None:
    proposal = parse_text(f"{title}\n{OPENING.replace('提案》', '建议》')}").proposal
    assert proposal is not None
    assert proposal.kind == kind
