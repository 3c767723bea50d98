"""A page's heading that repeats the title over the letter's own header (类别, 签发人, its
发文字号), and the letter's title under that header broken after its session (对…会议 /
第N号提案的复函), a blank line between the halves as a web copy leaves it: the session's
line opens the letter's title, it is no cell of a listing under the heading (which a
session alone right under a title is), so the title is whole and the session the
proposal's. Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEADER = """类 别：B

签发人：李某

桐交函〔2023〕21号

"""

_LETTER = """关于对政协桐溪县第九届委员会第三次会议

第21号提案的复函

王某委员：

现将您提出的关于修缮村道的提案办理情况答复如下：

我局已将该村道列入明年维修计划。

桐溪县交通运输局

2023年9月8日
"""

_HEADING = "关于对政协桐溪县第九届委员会第三次会议第21号提案的复函\n\n"
_TITLE = "关于对政协桐溪县第九届委员会第三次会议第21号提案的复函"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_HEADING + _HEADER + _LETTER, id="heading-over-header-over-broken-title"),
        pytest.param(_HEADER + _LETTER, id="no-heading"),
        pytest.param(_HEADING + "桐交函〔2023〕21号\n\n" + _LETTER, id="heading-over-number-alone"),
    ],
)
def test_the_letter_title_is_whole(text: str) -> None:
    letter = parse_text(text)
    assert letter.title == _TITLE
    assert letter.proposal is not None
    assert letter.proposal.session == "政协桐溪县第九届委员会第三次会议"
    assert letter.proposal.number == "21"


def test_a_session_cell_right_under_a_listing_title_stays_header() -> None:
    # a listing's cells under the title it heads: the session alone, then the salutation
    text = (
        "关于桐溪县第九届人大第三次会议第8号建议的答复\n"
        "桐溪县第九届人大第三次会议\n"
        "张某代表：\n"
        "您提出的关于修缮村道的建议收悉，现答复如下：\n"
        "我局已将该村道列入明年维修计划。\n"
        "桐溪县交通运输局\n"
        "2023年9月8日\n"
    )
    letter = parse_text(text)
    assert letter.title == "关于桐溪县第九届人大第三次会议第8号建议的答复"
