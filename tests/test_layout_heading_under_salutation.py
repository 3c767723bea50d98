"""A heading under the addressee's line (``某县人民政府：`` / ``关于…的报告``, a report's
own heading set in the body): the letter's title is the one over the addressee, as GB/T
9704 sets the title above the 主送机关; the heading under it is the body's. Pinned as read
(left57a: a round's note said the second was taken; no shape of ours shows it).
Snippets invented."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_TITLE = "关于疏浚城南排水沟的建议的答复"
_CLOSE = "    已完成疏浚。\n某县水务局\n2099年4月6日\n"


@pytest.mark.parametrize(
    ("addressee", "heading"),
    [
        pytest.param("某县人民政府：", "关于城南排水沟疏浚办理情况的报告", id="report-heading"),
        pytest.param("某县交通运输局：", "关于城南排水沟疏浚工作的意见", id="opinion-heading"),
        pytest.param("某县交通运输局：", _TITLE, id="the-title-again"),
    ],
)
def test_the_title_over_the_addressee_is_the_letters(addressee: str, heading: str) -> None:
    text = f"{_TITLE}\n{addressee}\n{heading}\n    杜某代表提出的建议收悉，现报告如下。\n{_CLOSE}"
    letter = parse_text(text, keywords=False)
    assert letter.title == _TITLE
    assert letter.issuer == "某县水务局"
