"""A salutation written without its colon (``王某某等代表``) further down the head, right
over the opening sentence: under a 发文字号's line and the letter's own title written again
under the page's heading, or glued under a damaged title that does not end as a title
does. It is the 主送 line, and the lines above it are read as they are when its colon is
there (the later title line is the title, the number's line header). An earlier round
found none (no addressee), or glued it into the title (``…第88建议王某某等代表``).
Snippets are invented.
"""

from __future__ import annotations

import pytest

from replyparse import parse_text

TITLE = "对某市一届二次会议第88号建议的答复"
OWN = "某市人大次会议第88建议"  # the letter's own title line, damaged in copying
BODY = """你们提出的《关于某路改造的建议》收悉。现答复如下：
我局做了大量工作。
某市某局
2023年8月31日
"""

_SPANS = {"kind_span", "number_span", "session_span", "title_span"}
HEADS = [
    pytest.param([TITLE, "某资字〔2023〕5号", TITLE], id="number-then-title-again"),
    pytest.param([TITLE, "某资字〔2023〕5号 B1类 同意公开", TITLE], id="number-marks-title-again"),
    pytest.param([TITLE, "同意公开", TITLE], id="mark-then-title-again"),
    pytest.param([TITLE, "某资字〔2023〕5号", OWN], id="number-then-damaged-own-title"),
    pytest.param([OWN], id="damaged-title-alone"),
    pytest.param([TITLE, "&nbsp;"], id="html-space-left-as-text"),
]


def _letter(head: list[str], salutation: str) -> str:
    return "\n\n".join([*head, salutation, BODY])


@pytest.mark.parametrize("head", HEADS)
def test_the_salutation_without_its_colon_is_read(head: list[str]) -> None:
    letter = parse_text(_letter(head, "王某某等代表"), keywords=False)
    assert letter.salutation == "王某某等代表"
    assert [(a.name, a.role) for a in letter.addressees] == [("王某某", "代表")]
    assert "王某某" not in (letter.title or "")


@pytest.mark.parametrize("head", HEADS)
def test_the_head_reads_as_with_the_colon(head: list[str]) -> None:
    bare = parse_text(_letter(head, "王某某等代表"), keywords=False)
    colon = parse_text(_letter(head, "王某某等代表："), keywords=False)
    assert bare.title == colon.title
    assert bare.proposal.model_dump(exclude=_SPANS) == (colon.proposal.model_dump(exclude=_SPANS))
    assert (bare.doc_number is None) == (colon.doc_number is None)
    assert (bare.handling_type, bare.public) == (colon.handling_type, colon.public)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            f"{TITLE}\n你们的来信收悉。\n王某某等代表\n我局做了大量工作。\n某市某局\n2023年8月31日\n",
            id="under-a-sentence",
        ),
        pytest.param(
            f"{TITLE}\n某资字〔2023〕5号\n{TITLE}\n王某某等代表\n某市某局\n", id="over-no-sentence"
        ),
    ],
)
def test_names_and_a_role_elsewhere_are_no_salutation(text: str) -> None:
    assert parse_text(text, keywords=False).salutation is None


@pytest.mark.parametrize("salutation", ["王某某等代表", "王某某等代表："])
@pytest.mark.parametrize("between", ["&nbsp;", "&nbsp; &#12288;"])
def test_an_html_reference_left_as_text_is_no_title_line(salutation: str, between: str) -> None:
    letter = parse_text(_letter([TITLE, between], salutation), keywords=False)
    assert letter.title == TITLE
    assert [(a.name, a.role) for a in letter.addressees] == [("王某某", "代表")]
