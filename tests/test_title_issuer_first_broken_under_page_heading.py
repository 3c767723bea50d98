"""A page's heading that writes the title again with a character or two more or fewer (a
site's editor's hand: `六`, `第` added), over the letter's own title opened by its issuer
(某局关于…) and broken over two lines, a blank line between them as a web copy leaves it:
the first line opens the letter's title, it is no cell of a listing under the heading
(a cell names no 关于), so the title is the letter's lines joined and the session the
proposal's as written (an earlier round read the title from its second line only, and the
session from the first line whole, the issuer in it). Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_BODY = (
    "王某委员：\n"
    "你提出的“关于加强某村养老服务的提案”已收悉，现答复如下：\n"
    "我局已安排专项资金，今年建成两处养老服务站。\n"
    "某县民政局\n"
    "2021年6月28日\n"
)
_PAGE_DATE = "日期：2021年06月29日   作者：   来源：县民政局\n"
_HEADING_MORE = "某县民政局关于答复县政协九届六次会议第8号提案的函\n"
_HEADING_FEWER = "某县民政局关于答复县政协九届会议第8号提案的函\n"
_BROKEN = "某县民政局关于答复县政协九届次会议\n\n8号提案的函\n\n"
_BROKEN_WHOLE = "某县民政局关于答复县政协九届六次会议\n\n第8号提案的函\n\n"


@pytest.mark.parametrize(
    ("text", "title", "session"),
    [
        pytest.param(
            _HEADING_MORE + _PAGE_DATE + _BROKEN + _BODY,
            "某县民政局关于答复县政协九届次会议8号提案的函",
            "县政协九届次会议",
            id="heading-two-more-page-date-between",
        ),
        pytest.param(
            _HEADING_MORE + _BROKEN.replace("\n\n", "\n") + _BODY,
            "某县民政局关于答复县政协九届次会议8号提案的函",
            "县政协九届次会议",
            id="heading-two-more-no-blank-lines",
        ),
        pytest.param(
            _HEADING_FEWER + "\n" + _BROKEN_WHOLE + _BODY,
            "某县民政局关于答复县政协九届六次会议第8号提案的函",
            "县政协九届六次会议",
            id="heading-one-fewer",
        ),
    ],
)
def test_the_letter_title_is_its_lines_joined(text: str, title: str, session: str) -> None:
    letter = parse_text(text)
    assert letter.title == title
    assert letter.proposal is not None
    assert letter.proposal.session == session
    assert letter.proposal.number == "8"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_BROKEN + _BODY, id="no-heading"),
        pytest.param(
            "某县民政局关于答复县政协九届次会议8号提案的函\n\n" + _BROKEN + _BODY,
            id="heading-written-again-exactly",
        ),
    ],
)
def test_already_whole(text: str) -> None:
    assert parse_text(text).title == "某县民政局关于答复县政协九届次会议8号提案的函"


def test_a_session_cell_with_its_body_under_a_title_stays_a_cell() -> None:
    # a listing's session cell under the title it heads names no 关于: header, as before
    text = (
        "某县民政局关于县政协九届六次会议第8号提案的答复\n某县政协第九届委员会第六次会议\n" + _BODY
    )
    letter = parse_text(text)
    assert letter.title == "某县民政局关于县政协九届六次会议第8号提案的答复"
