"""A page's heading that ends in the proposal's own title in brackets or title quotes
(``…的答复（关于…的提案）``, ``《…》``, ``【…】``, a note of how it is handled after it or
not; the reader may set a bracketed note on a line of its own under its ``…的答复``) over
the letter's own title: the heading has ended, so the letter's title is the later one, whole on its line,
after the issuer's name alone or broken over lines, not the heading glued to it (as a
heading with no note already reads). The heading alone stays the title, its note dropped.
Snippets in our own words."""

from __future__ import annotations

import pytest

from replyparse import parse_text

_HEADINGS = [
    pytest.param(
        "桐溪县交通运输局对县政协十届二次会议第15号提案的答复（关于改善某乡道路的提案）",
        id="full-width-brackets",
    ),
    pytest.param(
        "桐溪县交通运输局对县政协十届二次会议第15号提案的答复(关于改善某乡道路的提案)",
        id="half-width-brackets",
    ),
    pytest.param(
        "桐溪县交通运输局对县政协十届二次会议第15号提案的答复《关于改善某乡道路的提案》",
        id="title-quotes",
    ),
    pytest.param(
        "桐溪县交通运输局对县政协十届二次会议第15号提案的答复【关于改善某乡道路的提案】",
        id="lenticular-brackets",
    ),
]
_BODY = """李某委员：
您提出的提案收悉，现答复如下：
今年县财政安排道路资金60万元。
感谢您对交通工作的关心和支持！
桐溪县交通运输局
2021年6月18日
"""
_OWN = [
    pytest.param(
        "桐溪县交通运输局关于县政协十届二次会议第15号提案的答复",
        "桐溪县交通运输局关于县政协十届二次会议第15号提案的答复",
        id="issuer-and-title",
    ),
    pytest.param(
        "关于县政协十届二次会议第15号提案的答复",
        "关于县政协十届二次会议第15号提案的答复",
        id="title-alone",
    ),
    pytest.param(
        "桐溪县交通运输局\n关于改善某乡道路的提案的答复",
        "关于改善某乡道路的提案的答复",
        id="issuer-line-then-title",
    ),
    pytest.param(
        "对县政协十届二次会议\n第15号提案的答复",
        "对县政协十届二次会议第15号提案的答复",
        id="title-broken-after-its-session",
    ),
]


@pytest.mark.parametrize("heading", _HEADINGS)
@pytest.mark.parametrize(("own", "title"), _OWN)
def test_the_letters_title_under_the_heading(heading: str, own: str, title: str) -> None:
    letter = parse_text(f"{heading}\n{own}\n{_BODY}")
    assert letter.title == title
    assert letter.issuer == "桐溪县交通运输局"
    if "15" in title:  # (the proposal is read off the letter's own title, not the heading)
        assert letter.proposal is not None
        assert (letter.proposal.number, letter.proposal.session) == ("15", "县政协十届二次会议")


def test_a_heading_with_two_notes_has_ended() -> None:
    heading = (
        "桐溪县交通运输局对县政协十届二次会议第15号提案的答复（关于改善某乡道路的提案）（主办）"
    )
    own = "桐溪县交通运输局关于县政协十届二次会议第15号提案的答复"
    assert parse_text(f"{heading}\n{own}\n{_BODY}").title == own


@pytest.mark.parametrize("heading", _HEADINGS)
def test_the_heading_alone_is_the_title(heading: str) -> None:
    letter = parse_text(f"{heading}\n{_BODY}")
    assert letter.title == "桐溪县交通运输局对县政协十届二次会议第15号提案的答复"
    assert letter.proposal is not None
    assert letter.proposal.title == "关于改善某乡道路的提案"
