"""A signed date that lost its 年 and 月 but kept its 日 (``2023630日``), with a page's junk
under it: a server's error page a copy kept (``404 Not Found`` / ``nginx``, chrome on a
page that shows it) or a few short lines of no kind (a cut word): the authority over the
date still signs, the date null (damaged past reading). An earlier round read no signer:
the junk ended the closing. A damaged date without its 日 (``2023630``) is such an anchor
only right under the authority's name (fix93). Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text
from replyparse.chrome import is_chrome_line

_LETTER = (
    "关于某县一届人大一次会议代表建议第5号办理情况的答复\n\n王某代表：\n\n"
    "您提出的《关于某事的建议》收悉，现答复如下：\n\n我局将积极争取资金。\n\n"
    "某县文化局\n\n{date}   \n\n{junk}"
)


@pytest.mark.parametrize(
    "junk",
    [
        pytest.param(
            "404 Not Found\n\n404 Not Found\n\n\nnginx\n\n电\n", id="error-page-and-a-cut-word"
        ),
        pytest.param("电\n\n返回\n", id="short-unknown-lines"),
    ],
)
def test_the_authority_over_a_damaged_date_signs(junk: str) -> None:
    letter = parse_text(_LETTER.format(date="2023630日", junk=junk), keywords=False)
    assert letter.signature.issuer == "某县文化局"
    assert letter.signature.date is None


def test_a_damaged_date_without_its_day_mark_right_under_its_signer_is_an_anchor() -> None:
    # decided (fix93): the run alone, 年月日 all lost, right under a whole authority's name
    # stands where the 成文日期 stands (dev30's round read no signer here)
    letter = parse_text(_LETTER.format(date="2023630", junk="电\n\n返回\n"), keywords=False)
    assert letter.signature.issuer == "某县文化局"
    assert letter.signature.date is None


def test_a_damaged_date_without_its_day_mark_and_no_signer_right_over_it_is_no_anchor() -> None:
    # a contact's line between the authority and the run: the run may be any figures
    text = _LETTER.format(date="联系电话：0000-5550123\n\n2023630", junk="电\n\n返回\n")
    letter = parse_text(text, keywords=False)
    assert letter.signature.issuer is None


@pytest.mark.parametrize(
    "heading", ["相关推荐", "精彩推荐", "猜你喜欢", "相关阅读", "为您推荐", "延伸阅读"]
)
def test_a_pages_recommendations_heading_under_a_damaged_date_hides_no_signer(
    heading: str,
) -> None:
    # the heading of the page's list of other articles is chrome (its links cut off with
    # the copy): the damaged date, 年月日 all lost, is the closing's last line again
    letter = parse_text(_LETTER.format(date="2023630", junk=f"\n{heading}\n"), keywords=False)
    assert letter.signature.issuer == "某县文化局"
    assert letter.signature.date is None


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("404 Not Found", True),
        ("403 Forbidden", True),
        ("502 Bad Gateway", True),
        ("nginx/1.18.0", True),
        ("Not Found", False),
        ("404", False),
    ],
)
def test_a_server_error_page_line(line: str, chrome: bool) -> None:
    assert is_chrome_line(line) is chrome
