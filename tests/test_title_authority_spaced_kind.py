"""The letter's authority over a title block whose 文种 is spaced out, in a copy glued with
nothing between its lines (decided, glued71):

- a print that sets its title as a block, broken over its lines with the 文种 spaced and
  centred on the last (``关于…第9号建议的`` / ``答 复``), sets the authority's name on a line
  of its own over it; glued, the name runs into the title (``某局关于…的答 复王某代表：``),
  and the spaced 文种 is the sign the kept lines give: the name is the header's line (the
  issuer), the title the block without it, lined, flattened with blanks or glued;
- a title whose 文种 is written whole keeps the name glued before it, as flat55 reads it
  (a title the letter writes with its authority on one line);
- a title that writes its authority, a blank and its words on one line (``某局 关于…``), the
  signer's row glued after its ending and run into the salutation's names
  (``…的复函签发人：王某李某委员：``), is read as when the salutation is glued right after the
  ending: the copy lost its breaks with nothing in their place, so that blank is the
  letter's own, inside the title's line.

Snippets in our own words, invented names and numbers.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text
from snippets import COPIES, REPLY_UNDER_TITLE, glued
from spans import span_problems

AUTHORITY = "甲山县水务局"
OWN = "关于县某届人大二次会议第9号建议的答复"
BODY = f"{REPLY_UNDER_TITLE}{AUTHORITY}\n2099年5月12日\n"
SPACED_KIND = [
    pytest.param(f"{AUTHORITY}\n关于县某届人大二次会议第9号建议的\n答 复\n{BODY}", id="half-width"),
    pytest.param(
        f"{AUTHORITY}\n\n关于县某届人大二次会议第9号建议的\n\n答　复\n\n{BODY}", id="ideographic"
    ),
    pytest.param(
        f"类别：B类\n签发人：王某\n某水函〔2099〕8号\n{AUTHORITY}\n对县某届人大二次会议第9号建议的\n复   函\n{BODY}",
        id="after-marks",
    ),
]


@pytest.mark.parametrize("flatten", COPIES)
@pytest.mark.parametrize("text", SPACED_KIND)
def test_the_name_over_a_spaced_kind_is_the_headers(text: str, flatten) -> None:
    letter = parse_text(flatten(text), keywords=False)
    assert letter.title is not None
    assert not letter.title.startswith(AUTHORITY)
    assert letter.title.endswith(("的答复", "的复函"))
    assert letter.issuer == AUTHORITY
    assert span_problems(letter) == []


def test_a_kind_written_whole_keeps_the_name_glued() -> None:
    letter = parse_text(glued(f"{AUTHORITY}\n{OWN}\n{BODY}"), keywords=False)
    assert letter.title == AUTHORITY + OWN
    assert letter.issuer == AUTHORITY


def test_the_signers_row_between_the_title_and_the_names_keeps_the_blank_the_letters() -> None:
    text = f"{AUTHORITY} 关于县某届政协二次会议第5号提案的复函\n\n签发人：王某\n\n李某某委员：\n{REPLY_UNDER_TITLE}"
    letter = parse_text(glued(text), keywords=False)
    assert letter.title == f"{AUTHORITY}关于县某届政协二次会议第5号提案的复函"
    assert letter.issuer == AUTHORITY
    assert span_problems(letter) == []


NAME_ON_THE_TITLES_LINE = [
    pytest.param(f"{AUTHORITY}关于县某届人大二次会议第9号建议的答 复\n{BODY}", id="one-line"),
    pytest.param(f"{AUTHORITY}关于县某届人大二次会议\n第9号建议的答  复\n{BODY}", id="wrapped"),
    pytest.param(f"{AUTHORITY}关于乡村道路用地问题的复   函\n{BODY}", id="reply-letter"),
]


@pytest.mark.parametrize("flatten", COPIES[:2])
@pytest.mark.parametrize("text", NAME_ON_THE_TITLES_LINE)
def test_a_name_on_the_spaced_titles_own_line_stays_its_first_words(text: str, flatten) -> None:
    # review71b: the spaced 文种 is a sign only where the copy lost its breaks with
    # nothing in their place; where the lines were kept, or a blank stands for each
    # break, the name the letter wrote on the title's line opens the title (flat55)
    letter = parse_text(flatten(text), keywords=False)
    assert letter.title is not None
    assert letter.title.startswith(AUTHORITY + "关于")
    assert letter.issuer == AUTHORITY
    assert span_problems(letter) == []


LONG = "我局将会同有关部门加快推进水塘修缮工作。" * 8 + "\n"
PAGE_CELLS = "发布时间:2099-05-31 11:36 作者: 来源:甲山县水务局 浏览次数: 字体:【大】 【中】 【小】"


@pytest.mark.parametrize(
    "title",
    [
        pytest.param(f"{AUTHORITY} 关于县某届人大二次会议第9号建议的 答 复", id="spaced-kind"),
        pytest.param(f"{AUTHORITY} 关于县某届人大二次会议第9号建议的答复", id="whole-kind"),
    ],
)
def test_the_pages_cells_glued_between_the_title_and_the_names_keep_the_blank_the_letters(
    title: str,
) -> None:
    # fix164: the page's cells the view drops, glued to the title's ending and to the
    # salutation with no blank on either side, show the copy glued as the salutation glued
    # right after the ending does: the blank after the name is the letter's own, inside the
    # title's line (an earlier round read the name as a line of its own there)
    # (a page's letter longer than a line of chrome: its head is read as the page's)
    text = f"{title}\n{PAGE_CELLS}\n\n尊敬的{REPLY_UNDER_TITLE}{LONG}{AUTHORITY}\n2099年5月12日\n"
    letter = parse_text(glued(text), keywords=False)
    assert letter.title == f"{AUTHORITY}关于县某届人大二次会议第9号建议的答复"
    assert letter.issuer == AUTHORITY
    assert span_problems(letter) == []
