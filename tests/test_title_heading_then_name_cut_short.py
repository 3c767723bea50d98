"""A page's heading that opens with the authority's name (某县文化局关于…的答复), then the
letter's header: that name with its last character lost in copying (某县文化…) alone on a
line (or a place, a site's name: names alone), over the letter's own title (关于…的答复),
which writes the session otherwise (a damaged 届次). Such a line is the header's, as the
name whole is under a title that has ended: the title is the letter's own line, its
session the proposal's (an earlier round glued the heading, the name and the title into
one). Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEADING = "某县文化广电体育局关于某县十六届人大三次会议代表建议第5号办理情况的答复\n\n"
_OWN = "关于某县十届人大次会议代表建议第5号办理情况的答复\n\n"
_BODY = (
    "王某代表：\n\n您提出的“关于加强某村文化设施建设的建议”收悉，现答复如下：\n\n"
    "我局将积极争取资金。\n\n某县文化广电体育局\n\n2023年6月30日\n"
)
_PAGE_DATE = "来源: 发布日期:2023-07-02 08:57 【字体: 小   中   大\n\n"


# (name, issuer): the signer's name cut short by one or two characters is the issuer as the
# head writes it, as over a title with no heading above (record.md's issuer row; decided,
# fix74: dev30's round gave the signer's whole name here, no clause saying why); a name
# cut shorter, a place or a site's name is none, and the signer is the issuer
@pytest.mark.parametrize(
    ("name", "issuer"),
    [
        pytest.param("某县文化广电体育", "某县文化广电体育", id="last-character-lost"),
        pytest.param("某县文化", "某县文化广电体育局", id="more-lost"),
        pytest.param("某县文化广电体育局", "某县文化广电体育局", id="name-whole"),
        pytest.param("某县", "某县文化广电体育局", id="a-place"),
        pytest.param("某县人民政府网", "某县文化广电体育局", id="a-site"),
    ],
)
@pytest.mark.parametrize(
    "between", [pytest.param(_PAGE_DATE, id="page-date"), pytest.param("", id="none")]
)
def test_a_name_between_the_heading_and_the_title_is_header(
    name: str, issuer: str, between: str
) -> None:
    letter = parse_text(_HEADING + between + name + "\n\n" + _OWN + _BODY, keywords=False)
    assert letter.title == "关于某县十届人大次会议代表建议第5号办理情况的答复"
    assert letter.proposal.session == "某县十届人大次会议"
    assert letter.issuer == issuer
    assert letter.signature.issuer == "某县文化广电体育局"


# Near-misses: a title broken after its issuer's name under no heading runs on; a line with
# a title's words or a clause is no name.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "某县文化广电体育局\n\n" + _OWN + _BODY,
            "关于某县十届人大次会议代表建议第5号办理情况的答复",
            id="no-heading",
        ),
        pytest.param(
            "某县文化广电体育局关于某事的答复函\n\n" + _OWN + _BODY,
            "关于某县十届人大次会议代表建议第5号办理情况的答复",
            id="heading-then-title",
        ),
    ],
)
def test_near_misses(text: str, title: str) -> None:
    assert parse_text(text, keywords=False).title == title


_OWN_BROKEN = "关于某县十届人大次会议\n5号建议的答复\n\n"


@pytest.mark.parametrize("name", ["某县文化广电体育", "某县文化广电体育局"])
def test_a_name_over_the_letters_title_broken_over_two_lines(name: str) -> None:
    # (dev36: the own title broken after its damaged session, under the cut name; the
    # issuer the name as the head writes it, as above)
    letter = parse_text(_HEADING + _PAGE_DATE + name + "\n" + _OWN_BROKEN + _BODY, keywords=False)
    assert letter.title == "关于某县十届人大次会议5号建议的答复"
    assert letter.proposal.session == "某县十届人大次会议"
    assert letter.issuer == name
