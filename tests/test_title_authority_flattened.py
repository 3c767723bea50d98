"""A flattened copy (its lines joined by blanks, or by nothing) of a page whose heading
writes the authority glued to the title over the letter's own header line and title
(``某局关于…的答复`` / ``某函〔2024〕3号`` / ``某局`` / ``关于…的答复``):

- decided (flat55): where a blank parts the letter's own name from its title (``… 某局
  关于…的答复 王某代表：``), the flattened reading agrees with the kept lines' (fix7071): the
  name is the header's line (the issuer), the title the letter's own without it, whether
  the view drops the heading as the title's copy or not, and whether the header named the
  authority once before already (``（B类） 某局 某函〔…〕 签发人：王某 某局 关于…``);
- where nothing parts them (a copy glued with no blanks) no sign tells the name's line
  from a title that opens with its authority (``某局关于…的答复`` on one line), and the
  title keeps the name, as a letter whose title writes it is read;
- with no heading writing the two glued, the reading is as before.

Snippets in our own words, invented names and numbers.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import REPLY_UNDER_TITLE, glued, spaced
from spans import span_problems

AUTHORITY = "某县水务局"
OWN = "关于对县某届人大一次会议第9号建议的复函"
BODY = f"{REPLY_UNDER_TITLE}{AUTHORITY}\n2099年5月12日\n"
HEADING_GLUED = (
    f"网站首页 政务公开\n{AUTHORITY}{OWN}\n某水函〔2099〕8号\n{AUTHORITY}\n{OWN}\n{BODY}"
)
HEADING_BLANK = (
    f"{AUTHORITY} {OWN}\n（B类）\n{AUTHORITY}\n某水复〔2099〕3号\n签发人：王某\n"
    f"{AUTHORITY}\n{OWN}\n{BODY}"
)
TITLE_WITH_AUTHORITY = f"{AUTHORITY}{OWN}\n某水函〔2099〕8号\n{AUTHORITY}{OWN}\n{BODY}"
NO_HEADING_MARKED = (
    f"（B类）\n{AUTHORITY}\n某水复〔2099〕3号\n签发人：王某\n{AUTHORITY}\n{OWN}\n{BODY}"
)

OWN_TITLE = [
    pytest.param(HEADING_GLUED, id="kept-heading-glued"),
    pytest.param(spaced(HEADING_GLUED), id="spaced-heading-glued"),
    pytest.param(HEADING_BLANK, id="kept-heading-blank-marked"),
    pytest.param(spaced(HEADING_BLANK), id="spaced-heading-blank-marked"),
]

NAMED_TITLE = [
    # nothing parts the name from the title: a title that opens with its authority
    pytest.param(glued(HEADING_GLUED), id="glued-heading-glued"),
    pytest.param(TITLE_WITH_AUTHORITY, id="kept-title-writes-it"),
    pytest.param(spaced(TITLE_WITH_AUTHORITY), id="spaced-title-writes-it"),
    # no heading: the name given again over the title opens it, as before
    pytest.param(NO_HEADING_MARKED, id="kept-no-heading-marked"),
    pytest.param(spaced(NO_HEADING_MARKED), id="spaced-no-heading-marked"),
]


@pytest.mark.parametrize("text", OWN_TITLE)
def test_the_name_under_a_heading_writing_it_is_the_headers(text: str) -> None:
    letter = parse_text(text, keywords=False)
    assert letter.title == OWN
    assert letter.issuer == AUTHORITY
    assert span_problems(letter) == []


@pytest.mark.parametrize("text", NAMED_TITLE)
def test_the_title_keeps_the_name(text: str) -> None:
    letter = parse_text(text, keywords=False)
    assert letter.title == AUTHORITY + OWN
    assert letter.issuer == AUTHORITY
    assert span_problems(letter) == []
