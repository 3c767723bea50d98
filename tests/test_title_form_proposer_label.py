"""A 建议 database's form flattened a cell a line under the reply's title, its proposer's
label written ``代表提案者`` (or ``委员提案者``) alone over the name: a form's row, no part of
the title. The title ran on over it and the name (``…建议的答复代表提案者王某某``, dev32).
Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "某县公安局对县某届人大三次会议第2024085号代表关于整治某路环境建议的答复"
PAGE = """首页 > 政务公开 > 县人大代表建议办理结果 > 内容详情

{title}

发布时间:2024-11-21

{label}

王某某

会议届次

某县十九届人大三次会议

办理类型

B

答复内容


王某某代表:

您提出的《关于整治某路环境的建议》收悉。现答复如下:

一是协调施划网状线。

某县公安局

2024年11月15日
"""


@pytest.mark.parametrize("label", ["代表提案者", "委员提案者", "提案者"])
def test_the_proposers_label_is_no_part_of_the_title(label: str) -> None:
    letter = parse_text(PAGE.format(title=TITLE, label=label))
    assert letter.title == TITLE
    assert letter.handling_type == "B"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某某", "代表")]
